// Candidates of a report: the lines of a progress report that say what comes next ("3月份计划：…"), the one
// activity a news report's title names ("某校开展X活动"), and the plan a news page states by its figures.
import { foldHan } from "./hanFold.js";
import { cnToInt } from "./numbering.js";
import { Stitched } from "./stitched.js";
import type { RawTask, WorkDoc } from "./types.js";
import { FEW_TASKS_CONFIDENCE, lineItems, withoutByline, WORK_VERB, type Candidate } from "./workCandidates.js";

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

// a count of what a plan builds or does: "30个" "11所" "1.62万个" "1次" (not a date, a share, money or a rank "第20个")
const COUNT = /(?<![第\d.])\d+(?:\.\d+)?\s*(?:万|萬)?\s*(?:所|个|個|座|项|項|次|名|间|間|处|處|班|套|栋|棟|平方米)/;
// a sentence that reports what was done, not what is planned: "已完成…", "截至目前…", "实际开工…"
const REPORTED = /已|了|截至|截止|目前|实际|實際|累计|累計/;
// the word that says the figure is the plan's: "某县将建成…", "天津计划新建…" (the title starts after it)
const PLANNED = /将|將|计划|計劃|拟|擬/;
// a sentence that states a plan or a norm, not a year's result: "今年…将…", "每学期至少…" ("今年共有…投入使用" is none)
const PLAN_OR_NORM = /将|將|计划|計劃|拟|擬|每|至少/;
// the work by a count quoted as a project's name: "“新增城镇学位3.2万个”项目"
const QUOTED = /[“"]([^”"]{4,40})[”"]/;

/** The clause does work by a count: a work verb, then the figure ("将建成…项目30个"). */
function doesCount(clause: string): boolean {
  const verb = WORK_VERB.exec(clause);
  const count = COUNT.exec(clause);
  return !!verb && !!count && verb.index < count.index;
}

/**
 * A page with no structure and no demand that states its plan by figures ("今年，某县将建成、续建教育项目30个，
 * 总投资…"): in the first paragraph of its body that states a count (a news page's lead), the first clause that
 * does work by a count ("将建成…30个", "每学期至少组织1次…排查") is the one task, named from the work (after
 * 将/计划), with the clauses after it in its sentence that do more work by a count ("…11所，新增学位1.62万个"),
 * or by the quotes that name it as a project. A sentence that reports what was done, or says no word of plan or
 * norm (a past year's result), gives none, nor does a lead that states counts without work (later paragraphs are
 * the report's details, not its plan).
 */
export function plannedFigureCandidate(doc: WorkDoc): Candidate | null {
  const lead = doc.paras.slice(doc.meta?.bodyStart ?? 0).find((p) => COUNT.test(p.st.text));
  if (!lead) return null;
  const t = lead.st.text;
  // (the lead from the plan's sentence on is the task's text: the paragraphs after it report the details)
  const task = (title: Stitched, a: number): Candidate => {
    const body = withoutByline(lead.st.slice(a).trim());
    return { tasks: [{ no: "", section: null, title, titleConfidence: 0.5, body, unitCells: [], measureItems: [], factText: body, confidence: FEW_TASKS_CONFIDENCE }], label: "正文中带数字的计划", one: true };
  };
  for (const s of t.matchAll(/[^。！!？?；;]+/g)) {
    const at = s.index!;
    const quoted = QUOTED.exec(s[0]);
    if (quoted && doesCount(quoted[1])) return task(lead.st.slice(at + quoted.index + 1, at + quoted.index + 1 + quoted[1].length), at + quoted.index);
    if (REPORTED.test(s[0]) || !PLAN_OR_NORM.test(s[0])) continue;
    const clauses = [...s[0].matchAll(/[^，,：:]+/g)];
    const i = clauses.findIndex((c) => doesCount(c[0]));
    if (i < 0) continue;
    const first = clauses[i];
    const plan = PLANNED.exec(first[0]);
    const from = plan && plan.index < WORK_VERB.exec(first[0])!.index ? plan.index + plan[0].length : first[0].length - first[0].trimStart().length;
    let end = first.index! + first[0].trimEnd().length;
    for (const c of clauses.slice(i + 1)) {
      if (!doesCount(c[0]) || WORK_VERB.exec(c[0].trimStart())!.index !== 0) break;
      end = c.index! + c[0].trimEnd().length;
    }
    const title = lead.st.slice(at + first.index! + from, at + end);
    if (title.text.replace(/[\s\p{P}]/gu, "").length >= 4) return task(title, at);
  }
  return null;
}
