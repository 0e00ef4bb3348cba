// A body's duties, a paragraph each, where nothing is numbered: "教研组主要承担…三大职能。由某某担任组长。",
// "后勤组主要职能是：管理…", "工会小组负责…" — a statement of who does what (a 职责 or 分工 page).
import { paraNumbering } from "./itemNumbers.js";
import { bodyLine, dutyBody } from "./subjects.js";
import type { RawTask, WorkDoc } from "./types.js";
import { FEW_TASKS_CONFIDENCE, withoutByline, type Candidate } from "./workCandidates.js";

/**
 * Paragraphs that each open with a body and its duties, two or more, none numbered: each is a task
 * named by its first clause ("教研大组主要承担课程实施、教师培养…两项职能"); the rest of the paragraph
 * (who heads the body, how it is divided) is its text.
 */
export function dutyCandidate(doc: WorkDoc): Candidate | null {
  const paras = doc.paras.slice(doc.meta?.bodyStart ?? 0);
  if (paras.some((p) => paraNumbering(p))) return null;
  const tasks: RawTask[] = [];
  for (const p of paras) {
    const st = p.st.trim();
    // (the body whose duties they are is the task's doer: subjects.ts says what a body is)
    const doer = dutyBody(st);
    if (!doer) continue;
    const body = withoutByline(st);
    const end = body.text.search(/[，,。；;！!？?]|$/);
    const title = body.slice(0, Math.min(end, 60));
    if (title.text.length < 6) continue;
    const unitCells = [{ role: "lead" as const, cell: doer.st }];
    // (its figures and dates are the duty's own sentence's: "分为3个教研组" says how the body is made up)
    const duty = body.slice(0, body.text.search(/[。！!？?]|$/));
    tasks.push({ no: "", section: null, title, titleConfidence: 0.5, body, unitCells, measureItems: [], factText: duty, confidence: FEW_TASKS_CONFIDENCE });
  }
  return tasks.length >= 2 ? { tasks, label: "逐段所列的职责" } : null;
}

// what a body's duty line opens with or holds: work, not a heading or a label ("相关依据", "案例：")
const DUTY_LINE = /[\u4e00-\u9fff]{6}/u;

/**
 * A duty list copied one cell a line (a 责任清单's "相关部门 | 职责分工" table): a line naming a body and nothing
 * else, then the line of its duties — two such pairs or more in a row, nothing numbered. Each pair is a task led by
 * the body, named by its duty's first sentence (up to its first 。 or ；); its own module's neighbour, dutyCandidate,
 * reads a body and its duties written as one paragraph.
 */
export function bodyLinesCandidate(doc: WorkDoc): Candidate | null {
  const paras = doc.paras.slice(doc.meta?.bodyStart ?? 0).filter((p) => p.st.text.trim());
  if (paras.some((p) => paraNumbering(p))) return null;
  let best: RawTask[] = [];
  let run: RawTask[] = [];
  for (let i = 0; i < paras.length; i++) {
    const head = paras[i].st.trim();
    const next = paras[i + 1]?.st.trim();
    if (next && bodyLine(head.text) && !bodyLine(next.text) && DUTY_LINE.test(next.text)) {
      const stop = next.text.search(/[。；;！!？?]|$/);
      const title = next.slice(0, Math.min(stop, 60));
      // (its figures and dates are the duty's own)
      run.push({ no: "", section: null, title, titleConfidence: 0.5, body: next, unitCells: [{ role: "lead", cell: head }], measureItems: [], factText: next, confidence: FEW_TASKS_CONFIDENCE });
      i++;
      continue;
    }
    if (run.length > best.length) best = run;
    run = [];
  }
  if (run.length > best.length) best = run;
  return best.length >= 2 ? { tasks: best, label: "逐行所列的部门及其职责" } : null;
}
