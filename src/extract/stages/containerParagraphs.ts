// A part headed only by a kind of demands ("三、活动要求", "四、安全措施") with no items under it, the walk having
// emitted its heading as a task (xr28b): the heading names no work. Its unnumbered paragraphs are the work when two
// or more of them open with it (each a task named by its first sentence, as partParagraphs reads them, a paragraph
// ending on ；going on in the next); a lone paragraph of general demands is no task, nor is the heading.
import { asksQuestion } from "./checklists.js";
import { CONTAINER_TITLE, NON_TASK_HEADING } from "./partTitles.js";
import { workParagraphs } from "./partParagraphs.js";
import type { Para, RawTask, Stage } from "./types.js";
import { WORK_VERB } from "./workCandidates.js";

// a clause that says what someone must do: "各单位要高度重视…", "广大教师要以…"
const DUTY = /[要应須须](?!求)/;

/** Whether a task is only a demands part's heading: no number of its own, its name its part's title, a kind of demands (not a framing part, 总体要求). */
export function demandsHeadingTask(t: RawTask): boolean {
  const title = t.title.text.trim();
  return t.no === "" && !!t.section && t.section.title === title && title.length <= 8 && CONTAINER_TITLE.test(title) && !NON_TASK_HEADING.test(title);
}

/** The paragraphs of work below a demands heading task (the document's paragraphs inside its text), a task each (none when fewer than two). */
export function demandParagraphs(t: RawTask, paras: Para[]): RawTask[] {
  const [from, to] = t.body.span();
  const lines = paras.filter((p) => { const [a] = p.st.span(); return a >= from && a < to; }).map((p) => p.st.trim());
  lines.shift();
  const work = workParagraphs(lines, (clause) => WORK_VERB.test(clause) || DUTY.test(clause)).flatMap(({ body, first }) => {
    const task: RawTask = { ...t, title: body.slice(0, first.length), titleConfidence: 0.5, body, unitCells: [], measureItems: [], factText: body };
    return asksQuestion(task) ? [] : [task];
  });
  return work.length >= 2 ? work : [];
}

export const containerParagraphs: Stage = (doc) => {
  if (!doc.proseTasks.some(demandsHeadingTask)) return doc;
  return { ...doc, proseTasks: doc.proseTasks.flatMap((t) => (demandsHeadingTask(t) ? demandParagraphs(t, doc.paras) : [t])) };
};
