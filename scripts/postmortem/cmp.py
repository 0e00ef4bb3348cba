#!/usr/bin/env python3
# python3 cmp.py PRED_ROOT [--fixtures DIR] [--corpus C] [--show extra|missed|matched|all]
# Also the module the other post-mortem scripts import (sys.path insert of this directory, then `import cmp`):
# clean/dice/align/f1, documents() to walk a dump against the gold, score_corpus() and for_against() to score a rewrite.
import json, os, re, sys, unicodedata, argparse
HERE = os.path.dirname(os.path.abspath(__file__))
FIXTURES = os.path.join(HERE, "../../test/fixtures")
SEED_GOLD = os.path.join(HERE, "../../../shared/gold")
def clean(s):
    s = unicodedata.normalize("NFKC", str(s if s is not None else ""))
    s = re.sub(r"\s+", "", s); s = re.sub(r"[。；;，,、]+$", "", s)
    return re.sub(r"^[（(]?[0-9一二三四五六七八九十]+[)）.．、]\s*", "", s)
def bg(s):
    m = {}
    for i in range(len(s) - 1): m[s[i:i+2]] = m.get(s[i:i+2], 0) + 1
    return m
def dice(a, b):
    a, b = clean(a), clean(b)
    if not a or not b: return 0
    if a == b: return 1
    if len(a) < 2 or len(b) < 2: return 0
    A, B = bg(a), bg(b); both = sum(min(n, B.get(g, 0)) for g, n in A.items())
    return 2 * both / (sum(A.values()) + sum(B.values()))
def align(g, p):
    pairs = []
    for gi, gt in enumerate(g):
        for pi, pt in enumerate(p):
            s = dice(gt.get("title"), pt.get("title")); same = clean(gt.get("no")) != "" and clean(gt.get("no")) == clean(pt.get("no"))
            if (same and s >= .5) or s >= .8: pairs.append((s + (1 if same else 0), gi, pi))
    pairs.sort(key=lambda x: -x[0]); m = {}; ug = set()
    for _, gi, pi in pairs:
        if gi in ug or pi in m: continue
        ug.add(gi); m[pi] = gi
    return m
def f1(tp, fp, fn):
    p = tp / (tp + fp) if tp + fp else 1; r = tp / (tp + fn) if tp + fn else 1
    return 2 * p * r / (p + r) if p + r else 0
def gold_dir(corpus, fixtures=FIXTURES):
    return SEED_GOLD if corpus == "seeds" else os.path.join(fixtures, corpus, "gold")
def documents(out_dir, corpus, fixtures=FIXTURES):
    """Every gold document of a corpus: (file name, gold dict, dump dict); a document missing from the dump is {'tasks': []}."""
    gd = gold_dir(corpus, fixtures)
    for f in sorted(os.listdir(gd)):
        if not f.endswith(".json"): continue
        pf = os.path.join(out_dir, corpus, f)
        yield f, json.load(open(os.path.join(gd, f))), (json.load(open(pf)) if os.path.exists(pf) else {"tasks": []})
def changed_docs(p, q): return q != p
def score_corpus(out_dir, corpus, rewrite=None, fixtures=FIXTURES, count=changed_docs):
    """[tp, fp, fn] of a corpus of a dump, its tasks first passed through rewrite(dump_dict, tasks) -> tasks; and the sum of
    count(tasks, rewritten) over its documents (by default the documents the rewrite changed)."""
    t = [0, 0, 0]; ch = 0
    for f, G, d in documents(out_dir, corpus, fixtures):
        g = G["tasks"]; p = d.get("tasks", [])
        if rewrite: q = rewrite(d, p); ch += count(p, q); p = q
        m = align(g, p); t[0] += len(m); t[1] += len(p) - len(m); t[2] += len(g) - len(m)
    return t, ch
_BASE = {}
def for_against(out_dir, rewrite, fixtures=FIXTURES, count=changed_docs):
    """Every corpus of a dump scored with rewrite against without. Returns (per, pooled, changed): per = {corpus: (dtp, dfp,
    dfn, dF1)} in corpus order, pooled = [dtp, dfp, dfn] summed over the corpora, changed = the summed count (score_corpus)."""
    key = (out_dir, fixtures)
    if key not in _BASE: _BASE[key] = {c: score_corpus(out_dir, c, None, fixtures)[0] for c in sorted(os.listdir(out_dir))}
    per = {}; pooled = [0, 0, 0]; changed = 0
    for c, b in _BASE[key].items():
        t, ch = score_corpus(out_dir, c, rewrite, fixtures, count); changed += ch
        per[c] = (t[0] - b[0], t[1] - b[1], t[2] - b[2], f1(*t) - f1(*b))
        for i in range(3): pooled[i] += t[i] - b[i]
    return per, pooled, changed
def tally(per, fmt, key=lambda d: d[3]):
    """Corpora for (key > 0) and against (key < 0) and the details 'fmt(corpus, delta)' of those where key is not 0."""
    fo = sum(key(d) > 1e-9 for d in per.values()); ag = sum(key(d) < -1e-9 for d in per.values())
    return fo, ag, " ".join(fmt(c, d) for c, d in per.items() if abs(key(d)) > 1e-9)
if __name__ == "__main__":
    ap = argparse.ArgumentParser(); ap.add_argument("pred"); ap.add_argument("--fixtures", default=FIXTURES)
    ap.add_argument("--corpus"); ap.add_argument("--show"); a = ap.parse_args()
    T = [0, 0, 0]
    for c in sorted(os.listdir(a.pred)):
        if a.corpus and c != a.corpus: continue
        t = [0, 0, 0]
        for f, G, d in documents(a.pred, c, a.fixtures):
            g = G["tasks"]; p = d.get("tasks", [])
            m = align(g, p); t[0] += len(m); t[1] += len(p) - len(m); t[2] += len(g) - len(m)
            if a.show:
                inv = {v: k for k, v in m.items()}
                for pi, pt in enumerate(p):
                    if pi not in m and a.show in ("extra", "all"): print(f"  + {c}/{f[:-5]} [{pt.get('no')}] {pt.get('title','')[:70]}")
                for gi, gt in enumerate(g):
                    if gi not in inv and a.show in ("missed", "all"): print(f"  - {c}/{f[:-5]} [{gt.get('no')}] {gt.get('title','')[:70]}")
                    if gi in inv and a.show in ("matched", "all"): print(f"  = {c}/{f[:-5]} [{gt.get('no')}] {gt.get('title','')[:50]} | {p[inv[gi]].get('title','')[:50]}")
        print(f"{c:10} tp {t[0]:4} fp {t[1]:4} fn {t[2]:4} F1 {f1(*t):.3f}")
        for i in range(3): T[i] += t[i]
    print(f"POOLED     tp {T[0]:4} fp {T[1]:4} fn {T[2]:4} F1 {f1(*T):.3f}")
