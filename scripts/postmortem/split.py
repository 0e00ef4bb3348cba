#!/usr/bin/env python3
# Session-19 post-mortem: copy of the dev fixtures (never real18/real19) with flattened lines split before chains of
# >= 3 consecutive heading markers, to /tmp/pm/fx-split; run dump.mts with --fixtures /tmp/pm/fx-split to test rule 1.
# make a copy of the dev fixtures with flattened lines split before consecutive heading markers
import os, re, shutil, sys
SRC = os.path.join(os.path.dirname(os.path.abspath(__file__)), '../../test/fixtures'); DST = '/tmp/pm/fx-split'
CN = '零一二三四五六七八九十'
def cnum(s):
    if s.isdigit(): return int(s)
    if s == '十': return 10
    if len(s) == 2 and s[0] == '十': return 10 + CN.index(s[1])
    if len(s) == 2 and s[1] == '十': return CN.index(s[0]) * 10
    if len(s) == 3 and s[1] == '十': return CN.index(s[0]) * 10 + CN.index(s[2])
    return CN.index(s) if len(s) == 1 and s in CN else None
STYLES = [re.compile(r'(?<![0-9一二三四五六七八九十])([一二三四五六七八九十]{1,3})、'),
          re.compile(r'[（(]([一二三四五六七八九十]{1,3})[)）]'),
          re.compile(r'(?<![0-9.])([0-9]{1,2})\.([0-9]{1,2})(?![0-9.])'),
          re.compile(r'(?<![0-9.])([0-9]{1,2})[、．](?![0-9])')]
def split_line(line, minlen):
    if len(line) <= minlen: return line, 0
    cuts = set()
    for st in STYLES:
        ms = list(st.finditer(line))
        seq = []
        for m in ms:
            if st.groups == 2: key = (int(m.group(1)), int(m.group(2)))
            else: key = cnum(m.group(1))
            if key is None: continue
            seq.append((m.start(), key))
        # chains of consecutive numbers
        run = []
        for pos, key in seq:
            if run:
                pk = run[-1][1]
                ok = (key == pk + 1) if isinstance(key, int) else (key[0] == pk[0] and key[1] == pk[1] + 1) or (key[0] == pk[0] + 1 and key[1] == 1)
                if ok: run.append((pos, key)); continue
                if len(run) >= 3: cuts.update(p for p, _ in run)
            run = [(pos, key)] if (key == 1 if isinstance(key, int) else key[1] == 1) else []
        if len(run) >= 3: cuts.update(p for p, _ in run)
    cuts.discard(0)
    if not cuts: return line, 0
    out, last = [], 0
    for c in sorted(cuts): out.append(line[last:c]); last = c
    out.append(line[last:])
    return '\n'.join(x for x in out if x), len(cuts)
minlen = int(sys.argv[1]) if len(sys.argv) > 1 else 400
shutil.rmtree(DST, ignore_errors=True); tot = 0; docs = 0
for c in sorted(os.listdir(SRC)):
    if not re.match(r'^(blind|real)\d*$', c) or c in ('real18', 'real19'): continue
    base = os.path.join(SRC, c); dd = os.path.join(base, 'docs') if os.path.isdir(os.path.join(base, 'docs')) else base
    if not os.path.isdir(os.path.join(base, 'gold')): continue
    os.makedirs(os.path.join(DST, c, 'docs')); os.symlink(os.path.join(base, 'gold'), os.path.join(DST, c, 'gold'))
    for f in os.listdir(dd):
        p = os.path.join(dd, f)
        if os.path.isdir(p) or f.endswith('.json'): continue
        try: s = open(p, encoding='utf-8').read() if f.endswith('.txt') else None
        except UnicodeDecodeError: s = None
        if s is not None:
            n = 0; lines = []
            for ln in s.split('\n'):
                a, k = split_line(ln, minlen); n += k; lines.append(a)
            if n: docs += 1; tot += n; print('split', c, f[:40], n, file=sys.stderr)
            open(os.path.join(DST, c, 'docs', f), 'w', encoding='utf-8').write('\n'.join(lines))
        else: os.link(p, os.path.join(DST, c, 'docs', f))
print('docs changed', docs, 'breaks', tot)
