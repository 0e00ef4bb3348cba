// The matters a meeting took up, as its record or a news report of it tells them a paragraph each (xprose): "会议听取了
// 关于X的情况汇报。…县教育局要…。" — each such paragraph is a decision on X, a task named by X, the paragraph its
// text (its figures, its dates, the bodies it tells what to do). fewTasks' candidate, two matters or more: a report
// that names no structure of its own still names its matters by the reports the meeting heard.
import { foldHan } from "./hanFold.js";
import type { RawTask, WorkDoc } from "./types.js";
import { FEW_TASKS_CONFIDENCE, type Candidate } from "./workCandidates.js";

// "会议听取了关于X的情况汇报", "会议审议了X工作报告", "会上听取了X有关情况的汇报" (X: the matter)
const HEARD = /^(?:会议|会上|会议上)\s*(?:听取|审议)(?:了|并讨论了|并审议了)?\s*(?:关于)?\s*(.{2,40}?)\s*(?:的)?(?:有关|相关)?(?:进展)?(?:情况|工作)?(?:的)?(?:汇报|报告)/du;

/** The matters a meeting heard reports on, a paragraph each: a task each, named by the matter. */
export function meetingMattersCandidate(doc: WorkDoc): Candidate | null {
  const tasks: RawTask[] = [];
  for (const p of doc.paras.slice(doc.meta?.bodyStart ?? 0)) {
    const st = p.st.trim();
    const m = HEARD.exec(foldHan(st.text));
    if (!m || /[，,。；;！!]/.test(m[1])) continue;
    const [a, b] = m.indices![1];
    const title = st.slice(a, b).trim();
    tasks.push({ no: "", section: null, title, titleConfidence: 0.8, body: st, unitCells: [], measureItems: [], factText: st, confidence: FEW_TASKS_CONFIDENCE });
  }
  return tasks.length >= 2 ? { tasks, label: "会议听取汇报的事项" } : null;
}
