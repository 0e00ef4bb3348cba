#!/usr/bin/env python3
# Session-19 post-mortem: title-cut rules simulated on a dump of every dev corpus (default /tmp/xpost19-out); prints
# pooled tp/fp/fn change and corpora for/against per rule. Needs scripts/postmortem/cmp.py.
import json, os, re, sys, collections
exec(open(__import__('os').path.join(__import__('os').path.dirname(__file__), 'cmp.py')).read().split('T = [0, 0, 0]')[0].replace('a = ap.parse_args()', 'a = ap.parse_args(["x"])'))
FIX = __import__('os').path.join(__import__('os').path.dirname(__import__('os').path.abspath(__file__)), '../../test/fixtures'); OUT = sys.argv[1] if len(sys.argv) > 1 else '/tmp/xpost19-out'
def t_comma(t):
    m = re.match(r'^([^，,：:（(]{4,}?)[，,]', t); return m.group(1) if m else t
def t_colon(t):
    m = re.match(r'^([^，,：:]{2,12})[：:]', t); return m.group(1) if m else t
def t_paren(t):
    m = re.match(r'^([^，,（(]{4,})[（(]', t); return m.group(1) if m else t
def t_date(t):
    m = re.match(r'^\d{1,2}月\d{1,2}日[^，,]{0,14}[，,](.{4,})$', t); return m.group(1) if m else t
def t_subject(t):
    m = re.match(r'^(?:请)?各[^，,。要应須须應]{1,12}(?:要|应|須|须|應|應於[^，,]{2,24}?前|于[^，,]{2,24}?前)(.{4,})$', t); return m.group(1) if m else t
T = {'comma': t_comma, 'colon': t_colon, 'paren': t_paren, 'date-lead': t_date, 'subject-lead': t_subject}
def mk(minlen, hmin, hmax):  # cut at the first comma only in long titles with a short head
    def f(t):
        if len(t) < minlen: return t
        m = re.match(r'^([^，,：:（(]{%d,%d})[，,]' % (hmin, hmax), t); return m.group(1) if m else t
    return f
T.update({f'comma L{a} h{b}-{c}': mk(a, b, c) for a, b, c in [(20, 4, 8), (30, 4, 8), (40, 4, 10), (30, 4, 6), (50, 4, 12)]})
def score(corpus, fn):
    gd = __import__('os').path.join(__import__('os').path.dirname(__import__('os').path.abspath(__file__)), '../../../shared/gold') if corpus == "seeds" else os.path.join(FIX, corpus, "gold"); t = [0, 0, 0]; ch = 0
    for f in sorted(os.listdir(gd)):
        if not f.endswith('.json'): continue
        g = json.load(open(os.path.join(gd, f)))['tasks']; pf = os.path.join(OUT, corpus, f)
        p = json.load(open(pf)).get('tasks', []) if os.path.exists(pf) else []
        if fn:
            p = [dict(x) for x in p]
            for x in p:
                nt = fn(x.get('title') or '')
                if nt != x.get('title'): ch += 1; x['title'] = nt
        m = align(g, p); t[0] += len(m); t[1] += len(p) - len(m); t[2] += len(g) - len(m)
    return t, ch
cs = sorted(os.listdir(OUT)); base = {c: score(c, None)[0] for c in cs}
for name, fn in T.items():
    fo = ag = 0; d = collections.Counter(); changed = 0; det = []
    for c in cs:
        t, ch = score(c, fn); changed += ch; dt = t[0] - base[c][0]
        if dt > 0: fo += 1
        if dt < 0: ag += 1
        if dt: det.append(f'{c}:{dt:+d}')
        for i in range(3): d[i] += t[i] - base[c][i]
    print(f'{name:13} titles changed {changed:4}  tp {d[0]:+d} fp {d[1]:+d} fn {d[2]:+d}  corpora for {fo} against {ag}  {" ".join(det)}')
