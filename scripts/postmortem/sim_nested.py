#!/usr/bin/env python3
# Session-19 post-mortem: drop tasks nested in another task's span (or the nesting ones) on /tmp/xpost19-out; corpora for/against.
import json, os, re, sys, collections
exec(open(__import__('os').path.join(__import__('os').path.dirname(__file__), 'cmp.py')).read().split('T = [0, 0, 0]')[0].replace('a = ap.parse_args()', 'a = ap.parse_args(["x"])'))
FIX = __import__('os').path.join(__import__('os').path.dirname(__import__('os').path.abspath(__file__)), '../../test/fixtures'); OUT = '/tmp/xpost19-out'
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
def drop_kids(p):
    k = kids_of(p); return [x for j, x in enumerate(p) if j not in {b for _, b in k}]
def drop_parents(p):
    k = kids_of(p); return [x for j, x in enumerate(p) if j not in {a for a, _ in k}]
def score(corpus, fn):
    gd = __import__('os').path.join(__import__('os').path.dirname(__import__('os').path.abspath(__file__)), '../../../shared/gold') if corpus == "seeds" else os.path.join(FIX, corpus, "gold"); t = [0, 0, 0]; ch = 0
    for f in sorted(os.listdir(gd)):
        if not f.endswith('.json'): continue
        g = json.load(open(os.path.join(gd, f)))['tasks']; pf = os.path.join(OUT, corpus, f)
        p = json.load(open(pf)).get('tasks', []) if os.path.exists(pf) else []
        if fn: q = fn(p); ch += len(p) - len(q); p = q
        m = align(g, p); t[0] += len(m); t[1] += len(p) - len(m); t[2] += len(g) - len(m)
    return t, ch
cs = sorted(os.listdir(OUT)); base = {c: score(c, None)[0] for c in cs}
for name, fn in {'drop nested kids': drop_kids, 'drop nesting parents': drop_parents}.items():
    fo = ag = 0; d = collections.Counter(); changed = 0; det = []
    for c in cs:
        t, ch = score(c, fn); changed += ch; dt = (t[0] - base[c][0], t[1] - base[c][1])
        s = f1(*t) - f1(*base[c])
        if s > 1e-9: fo += 1
        if s < -1e-9: ag += 1
        if abs(s) > 1e-9: det.append(f'{c}:{s:+.3f}')
        for i in range(3): d[i] += t[i] - base[c][i]
    print(f'{name:20} removed {changed:4}  tp {d[0]:+d} fp {d[1]:+d} fn {d[2]:+d}  F1 for {fo} against {ag}  {" ".join(det)}')
