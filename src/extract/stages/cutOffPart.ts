// A part cut off after its first heading (xtasks2): a plan copied from a document site often ends a few lines
// into its measures part — "三、工作措施 / （一）<the first goal again> / 1.… 2.…" and then nothing —, after a
// part that listed the goals or tasks one a line. The lone "（一）" repeats a task already listed in that earlier
// part: it is that task's measures begun, not one more task. Dropped when it is the document's last task, the
// only task of its part, numbered 一, and its name says again (the same words, one inside the other, or most
// of the same) what a task of another part before it says.
// (measured and left: the lone 一 at the end without the repeat — 6 corpora against; any task of a later part
// that repeats an earlier one — 4 corpora against.)
import type { RawTask, Stage } from "./types.js";

const compact = (s: string) => s.replace(/[\s。；;，,、：:]+/g, "");

function bigrams(s: string): Map<string, number> {
  const m = new Map<string, number>();
  for (let i = 0; i + 1 < s.length; i++) m.set(s.slice(i, i + 2), (m.get(s.slice(i, i + 2)) ?? 0) + 1);
  return m;
}

/** Two names that say the same: equal, one inside the other (four characters or more), or most bigrams shared. */
export function namesAlike(a: string, b: string): boolean {
  const x = compact(a);
  const y = compact(b);
  if (!x || !y) return false;
  if (x === y) return true;
  if (x.length >= 4 && y.length >= 4 && (x.includes(y) || y.includes(x))) return true;
  const A = bigrams(x);
  const B = bigrams(y);
  let both = 0;
  for (const [g, n] of A) both += Math.min(n, B.get(g) ?? 0);
  const total = Math.max(x.length - 1, 0) + Math.max(y.length - 1, 0);
  return total > 0 && (2 * both) / total >= 0.7;
}

const partOf = (t: RawTask) => t.section?.no ?? null;

/** The index of the last task when it is a cut-off part's lone first heading repeating an earlier task, or -1. */
export function cutOffHeading(tasks: RawTask[]): number {
  if (tasks.length < 4) return -1;
  const last = tasks.length - 1;
  const t = tasks[last];
  if (t.no !== "一") return -1;
  const part = partOf(t);
  if (tasks.some((u, i) => i !== last && partOf(u) === part)) return -1;
  const earlier = tasks.slice(0, last).filter((u) => partOf(u) !== part);
  return earlier.some((u) => namesAlike(u.title.text, t.title.text)) ? last : -1;
}

export const cutOffPart: Stage = (doc) => {
  if (doc.tableTasks.length) return doc;
  const k = cutOffHeading(doc.proseTasks);
  return k < 0 ? doc : { ...doc, proseTasks: doc.proseTasks.filter((_, i) => i !== k) };
};
