#!/usr/bin/env python3
# python3 unitloss.py PRED_ROOT  (a dump of scripts/postmortem/dump.mts, every corpus): where unit entries (lead/co/liaison) are
# lost or added, per class and corpus — lost with their task (missed, or its title cut too long/short so it does not align),
# a collective (各X) or a named body not found in an aligned task, a name cut or joined wrong, a role wrong, or added.
import sys, os, re, collections
import cmp
OUT = sys.argv[1]
corp = [c for c in sorted(os.listdir(OUT), key=lambda x:(re.sub(r"\d","",x), int(re.sub(r"\D","",x) or 0))) if c != "real27"]
def facts(t): return [(r, cmp.clean(u)) for r in ("lead","co","liaison") for u in (t.get(r) or [])]
COLL = re.compile(r"^(?:各|每个|每個|区属各|區屬各|县属各|全[市县区]各)|^(?:各?县[市区]|各?[县区]市|乡镇|村\(社区\)|村（社区）)$")
T = collections.defaultdict(collections.Counter)
for c in corp:
    for f, G, d in cmp.documents(OUT, c):
        g = G["tasks"]; p = d.get("tasks", []); m = cmp.align(g, p); inv = {gi: pi for pi, gi in m.items()}
        for gi, gt in enumerate(g):
            gf = facts(gt)
            if not gf: continue
            if gi not in inv:
                gtc = cmp.clean(gt.get("title")); cls = "FN lost with task: task missed"
                for pt in p:
                    ptc = cmp.clean(pt.get("title"))
                    if not ptc: continue
                    if gtc and gtc in ptc: cls = "FN lost with task: title too long"; break
                    if ptc in gtc and len(ptc) >= 4: cls = "FN lost with task: title too short"; break
                    if cmp.dice(gtc, ptc) >= .3: cls = "FN lost with task: title differs"
                T[cls][c] += len(gf); continue
            pf = facts(p[inv[gi]])
            G_ = collections.Counter(gf); P_ = collections.Counter(pf)
            miss = list((G_ - P_).elements()); extra = list((P_ - G_).elements())
            for r, u in miss:
                if any(u2 == u for r2, u2 in extra): T["FN role wrong (lead/co)"][c] += 1; continue
                if any(cmp.dice(u, u2) >= .5 or u in u2 or u2 in u for r2, u2 in extra): T["FN name cut/joined wrong"][c] += 1; continue
                T["FN collective (各X) doer not found" if COLL.search(u) else "FN named body not found"][c] += 1
            for r, u in extra:
                if any(u2 == u for r2, u2 in miss): T["FP role wrong (lead/co)"][c] += 1; continue
                if any(cmp.dice(u, u2) >= .5 or u in u2 or u2 in u for r2, u2 in miss): T["FP name cut/joined wrong"][c] += 1; continue
                T["FP collective (各X) not in gold" if COLL.search(u) else "FP other body/post not in gold"][c] += 1
        for pi, pt in enumerate(p):
            if pi not in m and facts(pt): T["FP on a task not in gold"][c] += len(facts(pt))
cs = [c for c in corp if any(T[k][c] for k in T)]
print(f"{'class':42}" + "".join(f"{c.replace('real','r').replace('blind','b').replace('seeds','sd'):>5}" for c in cs) + "  total corpora")
for k in sorted(T, key=lambda k: -sum(T[k].values())):
    print(f"{k:42}" + "".join(f"{T[k][c] or '':>5}" for c in cs) + f"  {sum(T[k].values()):5} {sum(1 for c in cs if T[k][c]):3}")
