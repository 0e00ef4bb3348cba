#!/usr/bin/env python3
# python3 cmp.py PRED_ROOT [--fixtures DIR] [--corpus C] [--show extra|missed|matched|all]
import json, os, re, sys, unicodedata, argparse
ap = argparse.ArgumentParser(); ap.add_argument("pred"); ap.add_argument("--fixtures", default=os.path.join(os.path.dirname(os.path.abspath(__file__)), "../../test/fixtures"))
ap.add_argument("--corpus"); ap.add_argument("--show"); a = ap.parse_args()
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
T = [0, 0, 0]
for c in sorted(os.listdir(a.pred)):
    if a.corpus and c != a.corpus: continue
    gd = os.path.join(os.path.dirname(os.path.abspath(__file__)), "../../../shared/gold") if c == "seeds" else os.path.join(a.fixtures, c, "gold")
    t = [0, 0, 0]
    for f in sorted(os.listdir(gd)):
        if not f.endswith(".json"): continue
        g = json.load(open(os.path.join(gd, f)))["tasks"]
        pf = os.path.join(a.pred, c, f)
        p = json.load(open(pf)).get("tasks", []) if os.path.exists(pf) else []
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
