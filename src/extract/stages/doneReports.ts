// A meeting record's reports (a 校務會議記錄's officers reporting office by office): an item that only reports what
// was done or thanks those who did it ("102年10月已完成…送至消防隊。", "感謝…老師的鼎力相助，…") is no task; the
// plans among the reports are ("…於近日1月底前進行填報作業", "下學期預計…", "…務必關機"). An item whose own
// sentence reports and then plans ("…完成綠色採購統計，已達成目標90%，第四季於1月底前進行填報作業") is named by its
// plan, from the clause after the last one that reports.
import { foldHan } from "./hanFold.js";
import type { RawTask, WorkDoc } from "./types.js";

// a record of a meeting, by its title
const RECORD_TITLE = /(?:会议|会务|校务|行政|园务|主管)[^，,。；;]{0,6}(?:记录|纪录|纪要)/;
// a clause that reports what was done, or thanks ("102年10月完成…": done in a month gone; "开学前完成…" is a plan)
const DONE = /已|感谢|达成|\d{2,4}\s*年\s*\d{1,2}\s*月\s*完成/;
// a clause that plans or asks: what is to come, a date work is due by, a demand
const PLANNED = /预计|将(?!近)|拟|计划|务必|请|要|须|应|下学期|下学年|下年度|明年|未来|\d{1,2}\s*月(?:底|中旬|上旬|下旬)?前|月份/;

const clausesOf = (s: string) => [...s.matchAll(/[^，,；;。！!？?\n]+/g)].map((m) => ({ at: m.index!, text: m[0] }));

/** The record's items with reports of what was done dropped, and an item that reports then plans named by its plan. */
export function withoutDoneReports(doc: WorkDoc): RawTask[] {
  const tasks = doc.proseTasks;
  // (its title, or a line of its head where the title was not taken)
  const head = [doc.meta?.title ?? "", ...doc.paras.slice(0, 3).map((p) => p.st.text.trim())];
  if (!head.some((h) => h.length <= 60 && RECORD_TITLE.test(foldHan(h)))) return tasks;
  const out: RawTask[] = [];
  for (const t of tasks) {
    const text = foldHan(t.body.text);
    const clauses = clausesOf(text);
    const plan = clauses.findIndex((c) => PLANNED.test(c.text));
    const done = clauses.some((c) => DONE.test(c.text));
    if (plan < 0) {
      if (!done) out.push(t);
      continue;
    }
    // (named by its plan where its name only reports: from the clause after the last one reporting before the plan)
    if (done && !PLANNED.test(foldHan(t.title.text)) && DONE.test(foldHan(t.title.text))) {
      let from = plan;
      while (from > 0 && !DONE.test(clauses[from - 1].text) && !/[。；;！!？?]/.test(text.slice(clauses[from - 1].at + clauses[from - 1].text.length, clauses[from].at))) from--;
      const end = text.slice(clauses[plan].at).search(/[。；;！!？?]|$/) + clauses[plan].at;
      const [a] = t.body.span();
      const own = t.body.slice(clauses[from].at, end).trim();
      if (own.text && own.span()[0] >= a) {
        out.push({ ...t, title: own.slice(0, own.text.replace(/[，,\s]+$/, "").length) });
        continue;
      }
    }
    out.push(t);
  }
  // (a record whose every item reports keeps them: the rules' reading is all there is)
  return out.length ? out : tasks;
}
