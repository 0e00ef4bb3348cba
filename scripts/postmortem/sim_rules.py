#!/usr/bin/env python3
# Session-19 post-mortem: output-space simulations of the level rules (schedule rows -> their heading; numbered
# basis/purpose/programme lists dropped; 其次/再次/一是… clauses of one body as tasks) on a dump of every dev corpus.
import os, re, sys, collections
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__))); import cmp
OUT = sys.argv[1] if len(sys.argv) > 1 else '/tmp/xpost19-out'
ROW = re.compile(r'^\s*(?:[（(]?[0-9一二三四五六七八九十]+[)）.．、]\s*)?(?:\d{1,2}月\d{1,2}日|\d{1,2}[:：]\d{2}|星期|周[一二三四五六日]|第[一二三四五六七八九十0-9]+周)|(?:项目)?负责人[:：]|[（(][^）)]{2,4}[)）]\s*$')
def rows_to_heading(d, p):
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
def drop_basis(d, p):
    return [t for t in p if not (t.get('sectionTitle') and BASIS.search(t['sectionTitle']) and len(t['sectionTitle']) <= 8)]
OPEN = re.compile(r'[。；;]\s*(?:其次|再次|然后|最后|二是|三是|四是|五是|第二|第三)[，,]?([^，,。；;]{4,30})')
def clauses(d, p):
    out = list(p)
    for t in p:
        for m in OPEN.finditer(t.get('body') or ''): out.append({'no': None, 'title': m.group(1)})
    return out
RULES = {'schedule rows -> heading': rows_to_heading, 'drop basis/purpose/programme lists': drop_basis, 'opener clauses as tasks': clauses}
for name, fn in RULES.items():
    per, d, docs = cmp.for_against(OUT, fn)
    fo, ag, det = cmp.tally(per, lambda c, x: f'{c}:{x[3]:+.3f}({x[0]:+d}/{x[1]:+d})')
    print(f'{name:36} docs changed {docs:3}  tp {d[0]:+d} fp {d[1]:+d}  F1 for {fo} against {ag}  {det}')
