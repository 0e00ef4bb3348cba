// An inspection checklist is what is checked, not work to do (issue 9, xnews23): items that ask —
// "楼道是否通畅", "有无专人负责疏导", "教职工能否正确使用…" — list the questions an inspection puts. A run of
// items numbered in one form, at least half of them (three or more) questions, is such a list as a whole:
// its other items ("实行专人管理" under a lettered heading of the same list) are points to check too.
import type { RawTask } from "./types.js";

// a question an inspection asks (the text folded to simplified)
const ASKS = /是否|有无|能否|有没有|是不是|可否|[？?]\s*$/;

/**
 * The item asks a question in its own line ("3、楼梯的设计是否符合要求"); a heading over a paragraph that
 * asks ("（一）整改任务完成情况" over "检查是否…") names a part of the work to check, and is work.
 */
export const asksQuestion = (t: RawTask): boolean => ASKS.test(t.title.text) || ASKS.test(t.body.text.split("\n")[0]);

// the form of an item's number: its digits and numerals as one sign each ("12" and "3" alike, "（一）" and "（十二）" alike)
const form = (no: string) => no.trim().replace(/\d+/g, "9").replace(/[一二三四五六七八九十百零〇]+/g, "十");

/** The items in runs of one numbering form that read as a checklist (questions, at least half and three); empty where none. */
export function checklistItems(tasks: readonly RawTask[]): Set<RawTask> {
  const out = new Set<RawTask>();
  let run: RawTask[] = [];
  const close = () => {
    const asked = run.filter(asksQuestion).length;
    if (asked >= 3 && asked * 2 >= run.length) for (const t of run) out.add(t);
    run = [];
  };
  for (const t of tasks) {
    if (run.length && form(run[0].no) !== form(t.no)) close();
    run.push(t);
  }
  close();
  return out;
}
