#!/usr/bin/env python3
# Session-19 post-mortem: a zero-task document reads its demand sentences (subject + 要/应/须/要求 + verb); simulated on
# the dump of every dev corpus (default /tmp/xpost19-out). Prints tp/fp change and corpora for/against.
import os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__))); import cmp
OUT = sys.argv[1] if len(sys.argv) > 1 else '/tmp/xpost19-out'
SUBJ = r'(?:各[^，,。；;：:]{1,14}?|[^，,。；;：:]{0,12}?(?:学校|學校|单位|單位|部门|部門|教师|教師|班主任|院校|幼儿园|幼兒園|处室|科室|工作组|小组|全体|师生))'
DEM = re.compile(r'(?:^|[，,])\s*(?:请)?' + SUBJ + r'(?:要|應|应|须|須|必须|务必)(?!求)(?P<t>[^，,。；;]{4,30})')
REQ = re.compile(r'要求' + SUBJ + r'?(?P<t>[^，,。；;]{4,30})')
def demands(text, with_req):
    out = []
    for sent in re.split(r'[。；;\n！!？?]', text):
        m = DEM.search(sent) or (REQ.search(sent) if with_req else None)
        if m: out.append({'no': None, 'title': m.group('t').strip()})
    return out
for mode in (1, 2):  # the rewrite: a document with no task reads its demand sentences; the count: tasks added
    rw = lambda d, p: p or demands(d.get('sourceText') or '', mode == 2)
    per, d, added = cmp.for_against(OUT, rw, count=lambda p, q: len(q) - len(p))
    fo, ag, det = cmp.tally(per, lambda c, x: f'{c}:{x[3]:+.3f}({x[0]:+d}tp/{x[1]:+d}fp)')
    print(f'mode {mode} ({"要/应/须" if mode == 1 else "+要求"}) tasks added {added}  tp {d[0]:+d} fp {d[1]:+d}  F1 for {fo} against {ag}  {det}')
