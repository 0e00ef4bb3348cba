#!/usr/bin/env python3
# Session-19 post-mortem: tables of docs/extraction-postmortem.md from /tmp/pm/cN.tsv (classify.py) and the dumps
# /tmp/pm/{x,f,t}N. Needs scripts/postmortem/cmp.py. Run from /tmp/pm.
import json, os, collections, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__))); from cmp import align, dice, FIXTURES as FIX
LOST = {'zero-doc': 'A zero tasks from the document', 'level-enclosing': 'B wrong level', 'level-subitems': 'B wrong level',
 'rows-swallowed': 'C unnumbered item lines under a heading taken as one task', 'title-long': 'D title extent', 'title-short': 'D title extent',
 'table': 'E table form not read', 'table-merged': 'E table form not read', 'prose-midpara': 'F prose demands (mid-paragraph)',
 'unnumbered-line': 'G unnumbered lines', 'merged-into-matched': 'G unnumbered lines', 'runin': 'H run-in numbering in one paragraph',
 'numbered-skipped-goalsmeas': 'I goals/measures/requirements part skipped', 'numbered-skipped': 'J numbered list dropped (other)'}
EXTRA = {'level-subitem-of-gold': 'b wrong level: sub-items of a gold task', 'level-section-taken': 'b wrong level: enclosing heading/section',
 'chrome/record': 'c web/news chrome, record lines', 'goals-part': 'd goals/measures part', 'measures/requirements-part': 'd goals/measures part',
 'numbered-nontask': 'e numbered non-task line', 'prose-line-taken': 'f unnumbered prose line'}
FOL = {11: 'f11', 12: 'f12', 13: 'f13', 14: 'f14', 15: 'f15', 16: 'f16', 17: 't17'}
def load(d, c, doc):
    pf = os.path.join(d, c, doc + '.json')
    return json.load(open(pf)).get('tasks', []) if os.path.exists(pf) else []
lost = collections.Counter(); extra = collections.Counter(); docs = collections.defaultdict(set)
lx = collections.Counter(); ex_ = collections.Counter(); lf = collections.Counter(); lt = collections.Counter(); ef = collections.Counter(); et = collections.Counter()
rows_out = []
for n in range(11, 18):
    c = f'real{n}'; rows = [r.rstrip('\n').split('\t') for r in open(f'c{n}.tsv')]
    linecause = {(r[2], r[7]): r[3] for r in rows if r[0] == 'lost'}
    cache = {}
    for r in rows:
        doc = r[2]
        if doc not in cache:
            g = json.load(open(os.path.join(FIX, c, 'gold', doc + '.json')))['tasks']
            st = {}
            for tag, d in (('x', f'/tmp/pm/x{n}'), ('f', f'/tmp/pm/{FOL[n]}'), ('t', f'/tmp/pm/t{n}')):
                p = load(d, c, doc); m = align(g, p)
                st[tag] = (set(m.values()), [pt for pi, pt in enumerate(p) if pi not in m])
            cache[doc] = st
        st = cache[doc]; i = int(r[8])
        if r[0] == 'lost':
            k = LOST[r[3]]
            lost[(n, k)] += 1; docs[(n, k)].add(doc)
            lx[(n, k)] += i in st['x'][0]; fx_f = i in st['f'][0]; fx_t = i in st['t'][0]
            lf[(n, k)] += fx_f; lt[(n, k)] += fx_t
            rows_out.append((c, 'lost', k, doc, r[5], 'fixedHeldSession' if i in st['x'][0] else '', 'fixedNext' if fx_f else '', 'fixedToday' if fx_t else ''))
        else:
            k = ('a same line as a lost task: ' + LOST[linecause[(doc, r[7])]][2:]) if r[3] == 'title-extent-pair' and (doc, r[7]) in linecause else EXTRA.get(r[3], r[3])
            extra[(n, k)] += 1; docs[(n, 'x' + k)].add(doc)
            ex_[(n, k)] += not any(dice(r[5], pt['title']) >= .8 for pt in st['x'][1]); still_f = any(dice(r[5], pt['title']) >= .8 for pt in st['f'][1]); still_t = any(dice(r[5], pt['title']) >= .8 for pt in st['t'][1])
            ef[(n, k)] += not still_f; et[(n, k)] += not still_t
            rows_out.append((c, 'extra', k, doc, r[5], '', '' if still_f else 'goneNext', '' if still_t else 'goneToday'))
def table(C, X, F, T, title, pref=''):
    ks = sorted({k for _, k in C})
    print(f'\n### {title}\n')
    print('| cause | ' + ' | '.join(f'r{n}' for n in range(11, 18)) + ' | total | held-outs (≥3 = recurs) | docs | transfer: fixed by session end (dev fixes only) | fixed once opened (next session) | fixed today (still lost) |')
    print('|---|' + '---|' * 13)
    for k in ks:
        tot = sum(C[(n, k)] for n in range(11, 18)); nh = sum(1 for n in range(11, 18) if C[(n, k)])
        nd = sum(len(docs[(n, pref + k)]) for n in range(11, 18))
        xn = sum(X[(n, k)] for n in range(11, 18)); fn = sum(F[(n, k)] for n in range(11, 18)); ft = sum(T[(n, k)] for n in range(11, 18))
        print(f'| {k} | ' + ' | '.join(str(C[(n, k)] or '') for n in range(11, 18)) + f' | **{tot}** | {nh}{" ✔" if nh >= 3 else ""} | {nd} | {xn} | {fn} | {ft} ({tot - ft}) |')
    tot = sum(C.values()); print('| **all** | ' + ' | '.join(str(sum(v for (m, _), v in C.items() if m == n)) for n in range(11, 18)) + f' | **{tot}** | | | {sum(X.values())} | {sum(F.values())} | {sum(T.values())} ({tot - sum(T.values())}) |')
table(lost, lx, lf, lt, 'Lost gold tasks at held-out time, by cause (fixed = matched by the later engine)')
table(extra, ex_, ef, et, 'False tasks at held-out time, by cause (fixed = no longer produced)', 'x')
with open('/tmp/pm/rows.tsv', 'w') as o:
    for r in rows_out: o.write('\t'.join(r) + '\n')
