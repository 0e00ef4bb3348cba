#!/usr/bin/env python3
# Session-19 (xrows19): conditions for rule 4 — rows with a date or a person under a heading: the heading's measures
# (a run sheet: the heading is the one task) or tasks of their own (a dated task list)? Output-space simulation on a
# dump of every dev corpus (scripts/postmortem/dump.mts OUT, from a checkout BEFORE subheadingMeasures.ts: after it
# the one document it changes no longer has such rows). Each candidate replaces a group of tasks sharing a section by
# that section's heading as one task, where the condition holds; pooled tp/fp change and corpora for/against by F1.
#   python3 scripts/postmortem/sim_rows.py OUT
import os, re, sys, collections
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__))); import cmp
OUT = sys.argv[1] if len(sys.argv) > 1 else '/tmp/xrows19-base'
NUM = r'^\s*(?:[（(]?[0-9一二三四五六七八九十]+[)）.．、]\s*)?'
DATE = re.compile(NUM + r'(?:\d{1,2}月\d{1,2}日|\d{1,2}[:：]\d{2}|星期|周[一二三四五六日]|第[一二三四五六七八九十0-9]+周)')
PERSON = re.compile(r'(?:项目)?负责人[:：]\s*[\u4e00-\u9fff]{1,4}|由[\u4e00-\u9fff、]{2,8}(?:同志)?负责|[（(][\u4e00-\u9fff、]{1,6}[)）]\s*[。.]?\s*$')
NESTED = re.compile(r'^\s*[（(][一二三四五六七八九十]+[)）]')
ARRANGEMENT = re.compile(r'活动安排|实施步骤|时间安排|步骤|日程|安排')
def rowtext(t): return t.get('body') or t.get('title') or ''
def heading_line(d, st):
    s = d.get('sourceText') or ''
    for sec in d.get('sections', []):
        if sec['title'] == st and sec.get('span'):
            a = sec['span'][0]; b = s.rfind('\n', 0, a) + 1; e = s.find('\n', a)
            return s[b:len(s) if e < 0 else e]
    return ''
def feats(d, p, ix, st):
    rows = [rowtext(p[i]) for i in ix]; hl = heading_line(d, st)
    ppl = [m.group(1) for r in rows for m in [re.search(r'(?:负责人[:：]\s*|由)([\u4e00-\u9fff]{2,3})', r)] if m]
    return dict(n=len(ix), dated=sum(bool(DATE.search(r)) for r in rows), person=sum(bool(PERSON.search(r)) for r in rows),
                nested=bool(NESTED.match(hl)), arrangement=bool(ARRANGEMENT.search(st)),
                own=len(re.sub(NUM, '', hl).strip().rstrip('。：:')) > len(st) + 2,
                repeat=len(ppl) >= 2 and len(set(ppl)) < len(ppl), meanlen=sum(map(len, rows)) / len(rows))
def rows(f): return f['n'] >= 2 and max(f['dated'], f['person']) == f['n']
def collapse(cond, siblings=False):
    def fn(d, p):
        groups = collections.OrderedDict()
        for i, t in enumerate(p):
            if t.get('sectionTitle'): groups.setdefault((t.get('section'), t['sectionTitle']), []).append(i)
        F = {k: feats(d, p, ix, k[1]) for k, ix in groups.items()}
        hit = [k for k in groups if cond(F[k])]
        if siblings: hit = hit if hit and len(groups) >= 2 and all(rows(F[k]) for k in groups) else []
        drop = set(i for k in hit for i in groups[k])
        return [t for i, t in enumerate(p) if i not in drop] + [{'no': k[0], 'title': k[1]} for k in hit]
    return fn
CANDIDATES = {
    'plain: >=3 rows, all dated or person-tagged': collapse(lambda f: f['n'] >= 3 and rows(f)),
    'all rows dated (>=3)': collapse(lambda f: f['n'] >= 3 and f['dated'] == f['n']),
    'all rows person-tagged (>=3)': collapse(lambda f: f['n'] >= 3 and f['person'] == f['n']),
    'heading names an arrangement (活动安排/步骤/时间安排)': collapse(lambda f: rows(f) and f['arrangement']),
    'heading has its own text or deadline': collapse(lambda f: rows(f) and f['own']),
    'the same person repeats over the rows': collapse(lambda f: rows(f) and f['repeat']),
    'short rows (mean <= 30 characters)': collapse(lambda f: rows(f) and f['meanlen'] <= 30),
    '>= 5 rows': collapse(lambda f: rows(f) and f['n'] >= 5),
    '<= 3 rows': collapse(lambda f: rows(f) and f['n'] <= 3),
    'every sibling heading has such rows too': collapse(rows, True),
    'heading is a （一） sub-heading of a part': collapse(lambda f: rows(f) and f['nested']),
    'person-tagged rows under a （一） sub-heading': collapse(lambda f: f['n'] >= 2 and f['person'] == f['n'] and f['nested']),
    'dated rows under a （一） sub-heading': collapse(lambda f: f['n'] >= 2 and f['dated'] == f['n'] and f['nested']),
}
for name, fn in CANDIDATES.items():
    per, D, docs = cmp.for_against(OUT, fn)
    fo, ag, det = cmp.tally(per, lambda c, x: f'{c}:{x[3]:+.3f}({x[0]:+d}/{x[1]:+d})')
    print(f'{name:52} docs {docs:2}  tp {D[0]:+d} fp {D[1]:+d}  for {fo} against {ag}  {det}')
