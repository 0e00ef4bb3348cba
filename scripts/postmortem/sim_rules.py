#!/usr/bin/env python3
# Session-19 post-mortem: output-space simulations of the level rules (schedule rows -> their heading; numbered
# basis/purpose/programme lists dropped; 其次/再次/一是… clauses of one body as tasks) on a dump of every dev corpus.
import json, os, re, sys, collections
exec(open(__import__('os').path.join(__import__('os').path.dirname(__file__), 'cmp.py')).read().split('T = [0, 0, 0]')[0].replace('a = ap.parse_args()', 'a = ap.parse_args(["x"])'))
FIX = __import__('os').path.join(__import__('os').path.dirname(__import__('os').path.abspath(__file__)), '../../test/fixtures'); OUT = sys.argv[1] if len(sys.argv) > 1 else '/tmp/xpost19-out'
ROW = re.compile(r'^\s*(?:[（(]?[0-9一二三四五六七八九十]+[)）.．、]\s*)?(?:\d{1,2}月\d{1,2}日|\d{1,2}[:：]\d{2}|星期|周[一二三四五六日]|第[一二三四五六七八九十0-9]+周)|(?:项目)?负责人[:：]|[（(][^）)]{2,4}[)）]\s*$')
def rows_to_heading(p):
    groups = collections.defaultdict(list)
    for i, t in enumerate(p):
        if t.get('sectionTitle'): groups[(t.get('section'), t['sectionTitle'])].append(i)
    drop, add = set(), []
    for (no, st), ix in groups.items():
        rows = [i for i in ix if ROW.search(p[i].get('body') or p[i].get('title') or '')]
        if len(ix) >= 3 and len(rows) == len(ix):
            drop.update(ix); add.append({'no': no, 'title': st})
    return [t for i, t in enumerate(p) if i not in drop] + add
BASIS = re.compile(r'依[据據]|目的|意[义義]|程序|流程|[议議]程|背景')
def drop_basis(p):
    return [t for t in p if not (t.get('sectionTitle') and BASIS.search(t['sectionTitle']) and len(t['sectionTitle']) <= 8)]
OPEN = re.compile(r'[。；;]\s*(?:其次|再次|然后|最后|二是|三是|四是|五是|第二|第三)[，,]?([^，,。；;]{4,30})')
def clauses(p):
    out = list(p)
    for t in p:
        for m in OPEN.finditer(t.get('body') or ''): out.append({'no': None, 'title': m.group(1)})
    return out
RULES = {'schedule rows -> heading': rows_to_heading, 'drop basis/purpose/programme lists': drop_basis, 'opener clauses as tasks': clauses}
def score(corpus, fn):
    gd = __import__('os').path.join(__import__('os').path.dirname(__import__('os').path.abspath(__file__)), '../../../shared/gold') if corpus == "seeds" else os.path.join(FIX, corpus, "gold"); t = [0, 0, 0]; ch = 0
    for f in sorted(os.listdir(gd)):
        if not f.endswith('.json'): continue
        g = json.load(open(os.path.join(gd, f)))['tasks']; pf = os.path.join(OUT, corpus, f)
        p = json.load(open(pf)).get('tasks', []) if os.path.exists(pf) else []
        if fn: q = fn(p); ch += q != p; p = q
        m = align(g, p); t[0] += len(m); t[1] += len(p) - len(m); t[2] += len(g) - len(m)
    return t, ch
cs = sorted(os.listdir(OUT)); base = {c: score(c, None)[0] for c in cs}
for name, fn in RULES.items():
    fo = ag = 0; d = collections.Counter(); det = []; docs = 0
    for c in cs:
        t, ch = score(c, fn); docs += ch; s = f1(*t) - f1(*base[c])
        if s > 1e-9: fo += 1
        if s < -1e-9: ag += 1
        if abs(s) > 1e-9: det.append(f'{c}:{s:+.3f}({t[0]-base[c][0]:+d}/{t[1]-base[c][1]:+d})')
        for i in range(3): d[i] += t[i] - base[c][i]
    print(f'{name:36} docs changed {docs:3}  tp {d[0]:+d} fp {d[1]:+d}  F1 for {fo} against {ag}  {" ".join(det)}')
