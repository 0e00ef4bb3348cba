// Candidates of a report: the lines of a progress report that say what comes next ("3月份计划：…"), and the
// one activity a news report's title names ("某校开展X活动").
import { foldHan } from "./hanFold.js";
import { cnToInt } from "./numbering.js";
import { Stitched } from "./stitched.js";
import type { RawTask, WorkDoc } from "./types.js";
import { FEW_TASKS_CONFIDENCE, lineItems, WORK_VERB, type Candidate } from "./workCandidates.js";

// a progress report's line of what comes next: "3月份计划：…", "下一步计划：…", "下步打算:…" (the label short,
// a month in it the deadline)
const PLAN_LINE = /^((?:(?:20\d{2})\s*年\s*)?(?:(十[一二]?|[一二三四五六七八九]|1[0-2]|[1-9])\s*月份?)?(?:下一?步|下阶段|下階段|近期|今后|今後)?(?:工作)?(?:计划|計劃|打算|安排))\s*[:：]\s*(?=\S)/;

/**
 * The lines of a progress report that say what comes next ("3月份计划：加快办理前期手续，…"): each is
 * a task named by its whole value, due in the month its label names. A copy of the page that repeats
 * them gives each once.
 */
export function planLineCandidate(doc: WorkDoc): Candidate | null {
  const lines = lineItems(doc);
  const year = doc.meta?.year ?? null;
  const tasks: RawTask[] = [];
  for (const st of lines) {
    const m = PLAN_LINE.exec(foldHan(st.text));
    if (!m) continue;
    const value = st.slice(m[0].length).trim();
    const title = value.slice(0, value.text.replace(/[。；;，,\s]+$/, "").length);
    if (title.text.length < 4 || !WORK_VERB.test(title.text) || tasks.some((t) => t.title.text === title.text)) continue;
    const month = m[2] ? (/\d/.test(m[2]) ? Number(m[2]) : cnToInt(m[2])) : 0;
    const scheduled = month && year !== null ? { by: `${year}-${String(month).padStart(2, "0")}`, year, st: st.slice(0, m[1].length) } : undefined;
    tasks.push({ no: "", section: null, title, titleConfidence: 0.6, body: st, unitCells: [], measureItems: [], factText: value, confidence: FEW_TASKS_CONFIDENCE, ...(scheduled ? { scheduled } : {}) });
  }
  return tasks.length ? { tasks, label: "“计划：”一行", one: true } : null;
}

// a news report's title naming the one activity it reports: "某校开展春季开学前安全卫生大检查活动"
const TITLE_WORK = /(?:开展|開展|举行|舉行|举办|舉辦|组织|組織|启动|啟動|实施|實施)(?:了)?([\u4e00-\u9fff“”"]{4,30}?)(?:活动|活動|工作)?$/;

/**
 * A news report of one activity (no structure, no demands): the activity its title names is the one task
 * ("某小学开展开学前安全大检查活动" → 开学前安全大检查), its text the report.
 */
export function titleWorkCandidate(doc: WorkDoc): Candidate | null {
  const located = doc.meta?.located?.title;
  const title = doc.meta?.title?.replace(/\s+/g, "") ?? "";
  if (!located || !title || /方案|计划|計畫|計劃|通知|意见|意見|办法|辦法|制度|要点|要點|总结|總結|报告|報告/.test(foldHan(title))) return null;
  const m = TITLE_WORK.exec(title);
  if (!m) return null;
  const body = Stitched.join(doc.paras.slice(doc.meta?.bodyStart ?? 0).map((p) => p.st.trim()).filter((st) => st.text), "\n");
  // (a report that does the work: its text says so, not a title over nothing)
  if (body.text.length < 40 || !WORK_VERB.test(body.text)) return null;
  const span = located.span;
  if (!span) return null;
  const head = Stitched.of(doc.text, span[0], Math.min(span[1], doc.text.length));
  const at = head.text.indexOf(m[1]);
  if (at < 0) return null;
  const name = head.slice(at, at + m[1].length);
  return { tasks: [{ no: "", section: null, title: name, titleConfidence: 0.5, body, unitCells: [], measureItems: [], factText: body, confidence: FEW_TASKS_CONFIDENCE }], label: "标题所述的活动", one: true };
}
