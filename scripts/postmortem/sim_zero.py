#!/usr/bin/env python3
# Session-19 post-mortem: a zero-task document reads its demand sentences (subject + 要/应/须/要求 + verb); simulated on
# the dump of every dev corpus (default /tmp/xpost19-out). Prints tp/fp change and corpora for/against.
import json, os, re, sys, collections
exec(open(__import__('os').path.join(__import__('os').path.dirname(__file__), 'cmp.py')).read().split('T = [0, 0, 0]')[0].replace('a = ap.parse_args()', 'a = ap.parse_args(["x"])'))
FIX = __import__('os').path.join(__import__('os').path.dirname(__import__('os').path.abspath(__file__)), '../../test/fixtures'); OUT = sys.argv[1] if len(sys.argv) > 1 else '/tmp/xpost19-out'
SUBJ = r'(?:各[^，,。；;：:]{1,14}?|[^，,。；;：:]{0,12}?(?:学校|學校|单位|單位|部门|部門|教师|教師|班主任|院校|幼儿园|幼兒園|处室|科室|工作组|小组|全体|师生))'
DEM = re.compile(r'(?:^|[，,])\s*(?:请)?' + SUBJ + r'(?:要|應|应|须|須|必须|务必)(?!求)(?P<t>[^，,。；;]{4,30})')
REQ = re.compile(r'要求' + SUBJ + r'?(?P<t>[^，,。；;]{4,30})')
def demands(text, with_req):
    out = []
    for sent in re.split(r'[。；;\n！!？?]', text):
        m = DEM.search(sent) or (REQ.search(sent) if with_req else None)
        if m: out.append({'no': None, 'title': m.group('t').strip()})
    return out
def score(corpus, mode):
    gd = __import__('os').path.join(__import__('os').path.dirname(__import__('os').path.abspath(__file__)), '../../../shared/gold') if corpus == "seeds" else os.path.join(FIX, corpus, "gold"); t = [0, 0, 0]; add = 0
    for f in sorted(os.listdir(gd)):
        if not f.endswith('.json'): continue
        g = json.load(open(os.path.join(gd, f)))['tasks']; pf = os.path.join(OUT, corpus, f)
        P = json.load(open(pf)) if os.path.exists(pf) else {}
        p = P.get('tasks', [])
        if mode and not p: p = demands(P.get('sourceText') or '', mode == 2); add += len(p)
        m = align(g, p); t[0] += len(m); t[1] += len(p) - len(m); t[2] += len(g) - len(m)
    return t, add
cs = sorted(os.listdir(OUT)); base = {c: score(c, 0)[0] for c in cs}
for mode in (1, 2):
    fo = ag = 0; d = collections.Counter(); det = []; added = 0
    for c in cs:
        t, a = score(c, mode); added += a; s = f1(*t) - f1(*base[c])
        if s > 1e-9: fo += 1
        if s < -1e-9: ag += 1
        if abs(s) > 1e-9: det.append(f'{c}:{s:+.3f}({t[0]-base[c][0]:+d}tp/{t[1]-base[c][1]:+d}fp)')
        for i in range(3): d[i] += t[i] - base[c][i]
    print(f'mode {mode} ({"要/应/须" if mode == 1 else "+要求"}) tasks added {added}  tp {d[0]:+d} fp {d[1]:+d}  F1 for {fo} against {ag}  {" ".join(det)}')
