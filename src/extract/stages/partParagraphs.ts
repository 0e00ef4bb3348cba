// The paragraphs under a numbered part with no items of its own (issue 9, xnews23): "六、工作要求" over
// "切实落实责任，…。" "坚持边检查边整改，…，要登记建档…；" "对不能立即整改的，要…；" "确保…。" — each paragraph
// that opens with work is a task, one ending on ；goes on in the next, named by its first sentence. Two such
// paragraphs at least under one part; one that asks (是否, an inspection's point) or opens with its purpose
// ("为贯彻…，") is none.
import { asksQuestion } from "./checklists.js";
import { paraNumbering } from "./itemNumbers.js";
import { Stitched } from "./stitched.js";
import type { RawTask, WorkDoc } from "./types.js";
import { FEW_TASKS_CONFIDENCE, WORK_VERB, type Candidate } from "./workCandidates.js";

// a paragraph that opens with its purpose or its ground, not with work
const FRAMED = /^(?:为了?|按照|根据|依据|围绕)/;

/** The paragraphs of work under each numbered part that has no items, two or more under one part: a task each. */
export function partParagraphsCandidate(doc: WorkDoc): Candidate | null {
  const tasks: RawTask[] = [];
  const paras = doc.paras.slice(doc.meta?.bodyStart ?? 0);
  for (let i = 0; i < paras.length; i++) {
    const num = paraNumbering(paras[i]);
    if (!num) continue;
    const head = paras[i].st.trim();
    const section = { no: num.no, title: head.text.slice(num.length).trim().replace(/[。：:]$/, ""), span: head.span() };
    // (the part's paragraphs, up to the next numbered one; each that ends on ；with the next)
    const lines: Stitched[] = [];
    for (let j = i + 1; j < paras.length && !paraNumbering(paras[j]); j++) lines.push(paras[j].st.trim());
    const work = workParagraphs(lines, (clause) => WORK_VERB.test(clause)).flatMap(({ body, first }) => {
      const task: RawTask = { no: "", section, title: body.slice(0, first.length), titleConfidence: 0.5, body, unitCells: [], measureItems: [], factText: body, confidence: FEW_TASKS_CONFIDENCE };
      return asksQuestion(task) ? [] : [task];
    });
    if (work.length >= 2) tasks.push(...work);
  }
  return tasks.length >= 2 ? { tasks, label: "编号部分下的各段工作" } : null;
}

/**
 * Paragraphs that open with work, each with its first sentence: one ending on ；goes on in the next; one shorter than
 * eight characters, or opening with its purpose or ground, is none. `opensWork` judges the first clause.
 */
export function workParagraphs(lines: Stitched[], opensWork: (clause: string) => boolean): { body: Stitched; first: string }[] {
  const groups: Stitched[][] = [];
  let open = false;
  for (const st of lines) {
    if (!st.text) continue;
    if (open) groups[groups.length - 1].push(st);
    else groups.push([st]);
    open = /[；;]$/.test(st.text);
  }
  return groups.flatMap((g) => {
    const body = Stitched.join(g, "\n");
    const first = /^[^。！!；;]+/.exec(body.text)?.[0] ?? "";
    const clause = /^[^，,：:]+/.exec(first)?.[0] ?? "";
    return first.length < 8 || FRAMED.test(clause) || !opensWork(clause) ? [] : [{ body, first }];
  });
}
