#!/usr/bin/env python3
# classify lost (missed gold) and false (extra) tasks of a held-out dump by structural cause
# Session-19 post-mortem tooling (docs/extraction-postmortem.md). Needs scripts/postmortem/cmp.py (alignment) and dumps made by
# scripts/postmortem/dump.mts: /tmp/pm/{h,x,f,t}N/realN (held-out, end of held-out session, end of opened session, today).
# Usage: python3 classify.py realN /tmp/pm/hN > /tmp/pm/cN.tsv (one per corpus), then agg.py from /tmp/pm.
import json, os, re, sys, unicodedata, collections
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__))); from cmp import clean, dice, align, documents, FIXTURES as FIX
NUMRE = re.compile(r'^\s*(?:[（(]\s*[0-9一二三四五六七八九十百]+\s*[)）]|[0-9]+(?:[.．][0-9]+)*\s*[.．、,，]|[0-9]+\s*[)）]|[一二三四五六七八九十百]+\s*[、.．,，]|第[一二三四五六七八九十百0-9]+[条章节部分项点个]|[①-⑳]|[一二三四五六七八九十]+是|[★●◆■•·\-—]+)')
INLINE = re.compile(r'[（(][0-9一二三四五六七八九十]+[)）]|[①-⑳]|[一二三四五六七八九十]是[，,：:]?|(?<=[。；;：:])\s*[0-9]+[.．、]')
HEAD = re.compile(r'^\s*(?:[一二三四五六七八九十]+\s*[、.．]|第[一二三四五六七八九十]+[部分章])')
GOALS = re.compile(r'目标|指导思想|原则|总体要求|意义|背景|依据|基本情况|现状|成效|工作思路|总体思路')
MEAS = re.compile(r'保障|措施|工作要求|有关要求|相关要求|组织领导|注意事项|纪律|步骤|安排|实施步骤|时间安排|进度')
CHROME = re.compile(r'首页|来源|发布时间|发布日期|浏览|点击|打印|关闭|责任编辑|上一篇|下一篇|版权|ICP|分享|字号|当前位置|阅读|访问量|编辑：|作者|扫一扫|附件|联系人|联系电话|电话')
def norm_map(s):
    out, idx = [], []
    for i, ch in enumerate(s):
        c = unicodedata.normalize('NFKC', ch)
        for cc in c:
            if cc.isspace(): continue
            out.append(cc); idx.append(i)
    return ''.join(out), idx
def locate(ns, idx, title, start=0):
    t = clean(title)
    if 0 < len(t) < 4:
        j = ns.find(t, start)
        if j < 0: j = ns.find(t)
        return idx[j] if j >= 0 else None
    for k in range(min(len(t), 12), 3, -1):
        for off in (0, 2, 4):
            q = t[off:off + k]
            if len(q) < 4: continue
            j = ns.find(q, start)
            if j < 0 and start: j = ns.find(q)
            if j >= 0: return max(0, idx[j] - 0)
    return None
def line_of(s, pos):
    a = s.rfind('\n', 0, pos) + 1; b = s.find('\n', pos); b = len(s) if b < 0 else b
    return a, b
def part_heading(s, pos):
    # nearest preceding top-level heading line
    a = pos
    while a > 0:
        a0, b0 = line_of(s, a - 1)
        ln = s[a0:b0]
        if HEAD.match(ln): return ln.strip()[:30]
        a = a0
        if a0 == 0: break
    return ''
def form(line, offs_in_line):
    st = line.lstrip(); lead = len(line) - len(st)
    m = NUMRE.match(line)
    mend = m.end() if m else lead
    tablish = '|' in line or '\t' in line or len(re.findall(r'\S {2,}\S', line)) >= 2
    if tablish: return 'table'
    inl = INLINE.findall(line)
    if offs_in_line > mend + 3:
        if len(inl) >= 2: return 'runin'
        return 'prose-midpara'
    if not m: return 'unnumbered-line'
    return 'numbered'
def classify(corpus, dumpdir):
    rows = []
    for f, G, P in documents(dumpdir, corpus):
        g = G['tasks']; p = P.get('tasks', []); s = P.get('sourceText') or open(os.path.join(FIX, corpus, 'docs', [x for x in os.listdir(os.path.join(FIX, corpus, 'docs')) if x.startswith(f[:-5] + '.')][0])).read()
        ns, idx = norm_map(s)
        m = align(g, p); inv = {v: k for k, v in m.items()}
        # gold positions
        gpos = []; last = 0
        for t in g:
            x = locate(ns, idx, t.get('title', ''), last)
            gpos.append(x)
            if x is not None:
                last = idx.index(x) if x in idx else last
        glines = [line_of(s, x) if x is not None else None for x in gpos]
        secs = {clean(x.get('no')): x.get('title', '') for x in G.get('sections', []) or []}
        plines = [line_of(s, t['span'][0]) if t.get('span') else None for t in p]
        missed_lines = {glines[gi] for gi in range(len(g)) if gi not in inv and glines[gi]}
        for gi, t in enumerate(g):
            if gi in inv: continue
            x = gpos[gi]; L = glines[gi]; cause = None; det = ''
            if not p:
                cause = 'zero-doc'
                if x is not None:
                    L = glines[gi]; det = form(s[L[0]:L[1]], x - L[0])
            elif x is None: cause = 'unlocated'
            else:
                same = [pi for pi, pt in enumerate(p) if pi not in m and plines[pi] == L]
                cover = [pi for pi, pt in enumerate(p) if pi not in m and pt.get('span') and pt['span'][0] <= x < pt['span'][1] and plines[pi] != L]
                cover_m = [pi for pi, pt in enumerate(p) if pi in m and pt.get('span') and pt['span'][0] <= x < pt['span'][1] and plines[pi] != L]
                nxt = min([gp for gp in gpos if gp is not None and gp > x] + [len(s)])
                nxtl = line_of(s, nxt)[0] if nxt < len(s) else len(s)
                kids = [pi for pi, pt in enumerate(p) if pi not in m and pt.get('span') and L[1] < pt['span'][0] < nxtl]
                if same:
                    pt = p[same[0]]; d = dice(t['title'], pt['title'])
                    cause = 'title-long' if len(clean(pt['title'])) > len(clean(t['title'])) else 'title-short'; det = f'dice {d:.2f} | {pt["title"][:40]}'
                    fm = form(s[L[0]:L[1]], x - L[0])
                    if d < .3 and fm in ('prose-midpara', 'runin'): cause = fm; det = 'same line as ' + pt['title'][:30]
                elif cover:
                    pc = p[cover[0]]; n_in = sum(1 for q in gpos if q is not None and pc['span'][0] <= q < pc['span'][1])
                    line = s[L[0]:L[1]]
                    cause = 'table-merged' if form(line, 0) == 'table' else 'rows-swallowed' if n_in >= 3 and not NUMRE.match(line) else 'level-enclosing'; det = f'{n_in} in | ' + pc['title'][:40]
                elif kids:
                    cause = 'level-subitems'; det = p[kids[0]]['title'][:40]
                elif cover_m:
                    line = s[L[0]:L[1]]
                    cause = 'table-merged' if form(line, 0) == 'table' else 'merged-into-matched'; det = p[cover_m[0]]['title'][:40]
                else:
                    line = s[L[0]:L[1]]; cause = form(line, x - L[0])
                    if cause == 'numbered':
                        ph = part_heading(s, L[0])
                        cause = 'numbered-skipped'
                        if GOALS.search(ph) or MEAS.search(ph): cause = 'numbered-skipped-goalsmeas'; det = ph
            rows.append(('lost', corpus, f[:-5], cause, t.get('no'), t.get('title', '')[:50], det, s[L[0]:L[1]][:60] if L else '', gi, (L[1]-L[0]) if L else 0, len(re.findall(r'[一二三四五六七八九十]+、|[0-9]+\.[0-9]+|[（(][一二三四五六七八九十]+[)）]', s[L[0]:L[1]])) if L else 0))
        for pi, pt in enumerate(p):
            if pi in m: continue
            L = plines[pi]; cause = None; det = ''
            if L in missed_lines: cause = 'title-extent-pair'
            else:
                sp = pt.get('span') or [0, 0]
                enc = [gi for gi, gp in enumerate(gpos) if gp is not None and sp[0] <= gp < sp[1] and glines[gi] != L]
                sec = any(dice(pt['title'], st) >= .5 for st in secs.values())
                # inside a gold task's region
                inside = None
                for gi, gp in enumerate(gpos):
                    if gp is None or gp > sp[0]: continue
                    nx = min([q for q in gpos if q is not None and q > gp] + [len(s)])
                    if glines[gi][1] < sp[0] < nx and glines[gi] != L: inside = gi
                line = s[L[0]:L[1]] if L else ''
                ph = part_heading(s, sp[0])
                if sec or enc: cause = 'level-section-taken'; det = ('sec' if sec else f'encloses {len(enc)}')
                elif CHROME.search(line) or (sp[0] < len(s) * 0.08 and not NUMRE.match(line)): cause = 'chrome/record'
                elif inside is not None and gi is not None: cause = 'level-subitem-of-gold'; det = g[inside]['title'][:30]
                elif GOALS.search(ph): cause = 'goals-part'; det = ph
                elif MEAS.search(ph): cause = 'measures/requirements-part'; det = ph
                elif NUMRE.match(line): cause = 'numbered-nontask'
                else: cause = 'prose-line-taken'
            rows.append(('extra', corpus, f[:-5], cause, pt.get('no'), pt.get('title', '')[:50], det, (s[L[0]:L[1]][:60] if L else ''), pi))
    return rows
if __name__ == '__main__':
    corpus, dumpdir = sys.argv[1], sys.argv[2]
    for r in classify(corpus, dumpdir): print('\t'.join(str(x) for x in r))
