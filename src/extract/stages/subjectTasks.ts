// A document in which no structure showed a task (no numbered item, table or enumeration), whose
// sentences open with a body and its duty: "下一步，各牵头单位要…。县发改委要会同…督导" closing a progress
// bulletin, "大教研组主要承担…。工会小组主要负责…" in a statement of each group's duties. Each such
// sentence is a task, named by its first clause; its text runs to the next one or the paragraph's end.
// (`fields` reads the body as the task's lead, `leadSubjects`.)
import { FEW_TASKS_CONFIDENCE } from "./workCandidates.js";
import type { Stitched } from "./stitched.js";
import { addressed, leadSubjects } from "./subjects.js";
import type { RawTask, Stage } from "./types.js";

// a short phrase of the moment before the body: "下一步，", "今后，"
const MOMENT = /^(?:下一步|下步|今后|同时|此外|另外|最后|接下来)[，,]\s*/u;

export const subjectTasks: Stage = (doc, ctx) => {
  if (doc.refused || doc.proseTasks.length || doc.tableTasks.length) return doc;
  const tasks: RawTask[] = [];
  for (const p of doc.paras.slice(doc.meta?.bodyStart ?? 0)) {
    const t = p.st.text;
    const starts: { at: number; title: Stitched; end: number }[] = [];
    for (const s of t.matchAll(/[^。！!？?]+[。！!？?]?/gu)) {
      let a = s.index! + (s[0].length - s[0].trimStart().length);
      a += MOMENT.exec(t.slice(a))?.[0].length ?? 0;
      const clause = /^[^，,；;。！!？?\n]+/u.exec(t.slice(a))?.[0];
      if (!clause) continue;
      const title = p.st.slice(a, a + clause.length).trim();
      if (leadSubjects(title).some((x) => x.role === "lead")) starts.push({ at: a, title, end: s.index! + s[0].length });
    }
    starts.forEach(({ at, title, end }, k) => {
      const body = p.st.slice(at, k + 1 < starts.length ? starts[k + 1].at : t.length).trim();
      // (its targets and dates are the sentence's own: what follows describes the body — "分为3个教研组")
      const factText = p.st.slice(at, end).trim();
      tasks.push({ no: "", section: null, title, titleConfidence: 0.5, body, unitCells: [], measureItems: [], factText, confidence: FEW_TASKS_CONFIDENCE });
    });
  }
  // (one such sentence in a document is a remark, not a list of work; a notice addressed to bodies,
  // "各乡镇人民政府，县政府各部门：", states what its readers are to do with what it hands out)
  if (tasks.length < 2 || addressed(doc.text.slice(0, tasks[0].body.span()[0]))) return doc;
  ctx.warn(`文档没有编号的任务，已将${tasks.length}句以单位开头的要求列为任务，请逐项核对`, "unnumbered");
  return { ...doc, proseTasks: tasks };
};
