#!/usr/bin/env python3
# Session-19 post-mortem: title-cut rules simulated on a dump of every dev corpus (default /tmp/xpost19-out); prints
# pooled tp/fp/fn change and corpora for/against per rule. Needs scripts/postmortem/cmp.py.
import os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__))); import cmp
OUT = sys.argv[1] if len(sys.argv) > 1 else '/tmp/xpost19-out'
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
def titles(fn):  # the rewrite: every title through fn; the count: titles changed
    return lambda d, p: [dict(x, title=fn(x.get('title') or '')) for x in p]
def n_titles(p, q): return sum(x.get('title') != y['title'] for x, y in zip(p, q))
for name, fn in T.items():
    per, d, changed = cmp.for_against(OUT, titles(fn), count=n_titles)
    fo, ag, det = cmp.tally(per, lambda c, x: f'{c}:{x[0]:+d}', key=lambda x: x[0])
    print(f'{name:13} titles changed {changed:4}  tp {d[0]:+d} fp {d[1]:+d} fn {d[2]:+d}  corpora for {fo} against {ag}  {det}')
