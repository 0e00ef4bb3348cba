// Runs of tasks numbered 1, 2, 3… under one part: the lists that parallelLists pairs and siblingHeads reads alike.
import type { RawTask } from "./types.js";

const CN = "一二三四五六七八九十";
/** The item's number: "1", "（2）", "三" (up to 十). */
export const itemNumber = (no: string): number | null => {
  const t = no.normalize("NFKC").replace(/[^\d一二三四五六七八九十]/gu, "");
  if (/^\d{1,2}$/.test(t)) return Number(t);
  return t.length === 1 && CN.includes(t) ? CN.indexOf(t) + 1 : null;
};

/** Runs of tasks numbered 1, 2, 3… under one part, each at least `min` long (indices into `tasks`). */
export function numberedRuns(tasks: RawTask[], min: number): number[][] {
  const out: number[][] = [];
  let cur: number[] = [];
  const close = () => {
    if (cur.length >= min) out.push(cur);
    cur = [];
  };
  for (let i = 0; i < tasks.length; i++) {
    const n = itemNumber(tasks[i].no);
    const prev = cur.length ? tasks[cur[cur.length - 1]] : null;
    if (prev && n === cur.length + 1 && tasks[i].section === prev.section) cur.push(i);
    else {
      close();
      if (n === 1) cur = [i];
    }
  }
  close();
  return out;
}
