#!/usr/bin/env python3
# Session-19 post-mortem: drop tasks nested in another task's span (or the nesting ones) on /tmp/xpost19-out; corpora for/against.
import os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__))); import cmp
OUT = '/tmp/xpost19-out'
def kids_of(p):
    # children: tasks whose span lies inside another task's span (engine kept both levels)
    out = set()
    for i, a in enumerate(p):
        sa = a.get('span')
        if not sa: continue
        for j, b in enumerate(p):
            sb = b.get('span')
            if i != j and sb and sa[0] < sb[0] and sb[1] <= sa[1]: out.add((i, j))
    return out
def drop_kids(d, p):
    k = kids_of(p); return [x for j, x in enumerate(p) if j not in {b for _, b in k}]
def drop_parents(d, p):
    k = kids_of(p); return [x for j, x in enumerate(p) if j not in {a for a, _ in k}]
for name, fn in {'drop nested kids': drop_kids, 'drop nesting parents': drop_parents}.items():
    per, d, changed = cmp.for_against(OUT, fn, count=lambda p, q: len(p) - len(q))
    fo, ag, det = cmp.tally(per, lambda c, x: f'{c}:{x[3]:+.3f}')
    print(f'{name:20} removed {changed:4}  tp {d[0]:+d} fp {d[1]:+d} fn {d[2]:+d}  F1 for {fo} against {ag}  {det}')
