// Parallel lists over the same items (xrepeat17): a plan may list its items once and then again in
// later parts, each time with another fact — "一、活动项目 1.篮球友谊赛 2.足球邀请赛", then "二、组织
// 1.篮球友谊赛由篮球协会承办 2.足球邀请赛由足球协会承办", then "三、负责人 1.篮球友谊赛 负责人：张三".
// A clerk types each item once with all its facts, so two numbered runs of tasks in different parts
// are one list when they are as long as each other (two items or more) and pair up item by item in
// order: the later item is the earlier's name (the same words, or the name with more words after it),
// or opens with the end of the earlier name (its head noun: "“我是灌篮高手”篮球友谊赛" →
// "篮球友谊赛由…承办"), that name being at least 4 characters and found in no other item of the list.
// Each item becomes one task: the first of the runs whose items say more than the name (a sentence on
// the item, not a label such as "负责人：") names it and keeps its place, number and part; the other
// runs' texts join its body, so that the fields stage finds the unit, leader and date each run gives.
// Items that only share a short category ("1.学生 2.教职工" under 放假 and again under 开学, each part its
// own dates) or runs of other lengths stay as they are: pooled golds keep them apart.
import { Stitched } from "./stitched.js";
import { numberedRuns } from "./numberedRuns.js";
import type { RawTask, Stage } from "./types.js";

const MIN_NAME = 4;

/** The item's name as compared: letters, digits and Han characters only (quotes and marks dropped). */
const key = (t: RawTask) => t.title.text.normalize("NFKC").replace(/[^\p{L}\p{N}]/gu, "");

/** The name a later item shares with an earlier one and what it says beyond it, or null. */
function pair(a: string, b: string): { name: string; more: string } | null {
  if (a === b) return { name: a, more: "" };
  if (b.startsWith(a)) return { name: a, more: b.slice(a.length) };
  if (a.startsWith(b)) return { name: b, more: "" };
  for (let k = a.length - 1; k >= MIN_NAME; k--) {
    const tail = a.slice(a.length - k);
    if (b.startsWith(tail)) return { name: tail, more: b.slice(k) };
  }
  return null;
}

/** How the later run's items pair with the earlier run's, or null when one does not. */
function pairRuns(tasks: RawTask[], first: number[], later: number[]): { more: boolean } | null {
  if (first.length !== later.length || first[0] === later[0]) return null;
  if (tasks[first[0]].section === tasks[later[0]].section) return null;
  const names = first.map((i) => key(tasks[i]));
  let more = true;
  for (let j = 0; j < first.length; j++) {
    const p = pair(names[j], key(tasks[later[j]]));
    // a short name ("篮球赛") is the same item only where the later run says something on it; two bare
    // short names ("学生", "教职工") are categories each part treats on its own
    if (!p || (p.name.length < MIN_NAME && p.more.length < 2) || p.name.length < 2) return null;
    if (names.some((n, k) => k !== j && n.includes(p.name))) return null;
    // a label after the name ("…负责人：张三") is a fact of the item, not more said about it
    if (!/\p{Script=Han}{2}/u.test(p.more) || /[:：]/.test(tasks[later[j]].title.text)) more = false;
  }
  return { more };
}

export const parallelLists: Stage = (doc) => {
  const tasks = doc.proseTasks;
  if (tasks.length < 4) return doc;
  const rs = numberedRuns(tasks, 2);
  if (rs.length < 2) return doc;
  const taken = new Set<number>();
  const merged = new Map<number, RawTask>();
  const dropped = new Set<number>();
  for (let f = 0; f < rs.length; f++) {
    if (taken.has(f)) continue;
    const group = [{ run: rs[f], more: false }];
    for (let l = f + 1; l < rs.length; l++) {
      if (taken.has(l)) continue;
      const p = pairRuns(tasks, rs[f], rs[l]);
      if (p) group.push({ run: rs[l], more: p.more });
    }
    if (group.length < 2) continue;
    for (let l = f + 1; l < rs.length; l++) if (group.some((g) => g.run === rs[l])) taken.add(l);
    const named = group.find((g) => g.more) ?? group[0];
    for (let j = 0; j < named.run.length; j++) {
      const keep = tasks[named.run[j]];
      const others = group.filter((g) => g !== named).map((g) => tasks[g.run[j]]);
      merged.set(named.run[j], {
        ...keep,
        body: Stitched.join([keep.body, ...others.map((o) => o.body)], "\n"),
        factText: Stitched.join([keep.factText, ...others.map((o) => o.factText)], "\n"),
        unitCells: [...keep.unitCells, ...others.flatMap((o) => o.unitCells)],
        measureItems: [...keep.measureItems, ...others.flatMap((o) => o.measureItems)],
        scheduled: keep.scheduled ?? others.find((o) => o.scheduled)?.scheduled,
      });
      for (const g of group) if (g !== named) dropped.add(g.run[j]);
    }
  }
  if (!merged.size) return doc;
  return { ...doc, proseTasks: tasks.flatMap((t, i) => (dropped.has(i) ? [] : [merged.get(i) ?? t])) };
};
