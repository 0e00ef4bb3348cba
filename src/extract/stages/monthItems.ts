// A month-by-month plan inside one item (xprose): "4、园务计划：" over "九月份" / "（1）…" "（2）…" / "十月份" / "（1）…" —
// the month headings sit under the item, not between the task items, so the walk (taskWalk.ts, whose month headings
// close the task items above them) read the month's items as the item's measures. Where two month headings or more
// each head numbered items of one level, and nothing is numbered in the item before its first month, the months'
// items are the tasks (in the item's section, each due in its month where the plan's year is known) and the item,
// a heading over the plan, is none. Its own module: a structure read inside a task once the walk is done, as
// subheadingMeasures reads one the other way round.
import { paraNumbering, type Num } from "./itemNumbers.js";
import { titleOf } from "./itemTitles.js";
import { MONTH_HEAD, monthHeadText, monthSchedule } from "./planDates.js";
import { countBefore } from "./sortedSearch.js";
import { Stitched } from "./stitched.js";
import { sectionsOf } from "./taskSections.js";
import type { Para, RawTask, Stage } from "./types.js";

/** The month a paragraph heads ("九月份", "十月：", "3月份"), or null. */
function monthOf(p: Para): RegExpExecArray | null {
  if (paraNumbering(p)) return null;
  const t = monthHeadText(p.st.text.trim());
  return t.length <= 30 && !/[。；;，,]$/.test(t) ? MONTH_HEAD.exec(t) : null;
}

/** The tasks a month plan inside `task` holds, or null where it holds none. */
function monthTasks(task: RawTask, paras: Para[], planYear: number | null): RawTask[] | null {
  if (paras.length < 5) return null;
  const nums = paras.map((p) => paraNumbering(p));
  const months = paras.map((p, i) => (i > 0 ? monthOf(p) : null));
  const first = months.findIndex((m) => m);
  // (nothing numbered between the item's own line and its first month)
  if (first < 1 || nums.slice(1, first).some((n) => n)) return null;
  let level: Num["level"] | null = null;
  let heads = 0;
  for (let i = first; i < paras.length; i++) {
    if (!months[i]) continue;
    const n = nums[i + 1];
    if (!n) return null;
    if (level !== null && n.level !== level) return null;
    level = n.level;
    heads++;
  }
  if (heads < 2) return null;
  const schedule = planYear === null ? null : monthSchedule(planYear);
  const out: RawTask[] = [];
  let due: RawTask["scheduled"] | undefined;
  let cur: { p: Para; n: Num; ps: Para[] } | null = null;
  const close = () => {
    if (!cur) return;
    const body = Stitched.join(cur.ps.map((x) => x.st.trim()), "\n");
    const { st, confidence } = titleOf(cur.p, cur.n);
    out.push({ no: cur.n.no, section: task.section, title: st, titleConfidence: Math.min(confidence, 0.6), body, unitCells: [], measureItems: [], factText: body, confidence: 0.6, ...(due ? { scheduled: due } : {}) });
    cur = null;
  };
  for (let i = first; i < paras.length; i++) {
    const m = months[i];
    if (m) {
      close();
      if (schedule) due = schedule(m, paras[i], monthHeadText(paras[i].st.text.trim()));
      continue;
    }
    const n = nums[i];
    if (n && n.level === level) {
      close();
      cur = { p: paras[i], n, ps: [paras[i]] };
    } else if (cur) cur.ps.push(paras[i]);
  }
  close();
  return out.length >= 2 ? out : null;
}

export const monthItems: Stage = (doc) => {
  if (doc.refused || !doc.proseTasks.length) return doc;
  const paras = doc.paras;
  const starts = paras.map((p) => p.st.trim().span()[0]);
  let changed = false;
  const tasks = doc.proseTasks.flatMap((t) => {
    const [a, b] = t.body.span();
    // (the paragraphs inside the task's text: a binary search, the paragraphs going in order)
    const from = countBefore(starts.length, (k) => starts[k] < a);
    const to = countBefore(starts.length, (k) => starts[k] < b);
    const own = paras.slice(from, to).filter((p) => p.st.trim().span()[1] <= b);
    const split = own.length && own[0].st.trim().span()[0] === a ? monthTasks(t, own, doc.meta?.year ?? null) : null;
    if (!split) return [t];
    changed = true;
    return split;
  });
  return changed ? { ...doc, proseTasks: tasks, sections: sectionsOf(tasks) } : doc;
};
