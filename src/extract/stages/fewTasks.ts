// Never nothing, as structure (issue 9 §3): after the rule stages, a document for which they found no
// task or one — or one that does not read as work ("各级各类学校及幼儿园", "2024年工作要点：") — is
// read again for the structures that could hold its tasks, each a candidate:
//   - every numbering level (一、 （一） 1. （1） ① 一是), its items that read as work;
//   - an enumeration run into the text under a part ("…。一是全面加强…。二是持续…", "一要…" "二要…");
//   - items counted under a name of their own ("专项行动1 …", "隐患2：…");
//   - a month-by-month schedule copied one cell a line ("3月份" over its lines of work);
//   - a week-by-week schedule copied one cell a line (the week, "3.9-3.15", the week's theme, its lines).
// The candidate with the most items that read as work is taken, where it holds more than the rules
// found (or the rules' one task is no work): its items are the tasks, with low confidence, and one
// warning says the structure was unclear. Documents the rules refused (a speech, a notice of general
// demands, framing parts only) and tables the rules read stay as they are.
import { cnToInt } from "./numbering.js";
import { Stitched } from "./stitched.js";
import { collectTasks, paraNumbering, RANK, titleOf, type Lv, type Num } from "./structure.js";
import { termYear } from "./datedLines.js";
import type { Ctx, Para, RawTask, Stage, WarningCode, WorkDoc } from "./types.js";

export const FEW_TASKS_CONFIDENCE = 0.4;

/** The tasks the fields stage goes on with: a task table's rows, or the prose items. */
export function usesTable(doc: WorkDoc): boolean {
  return doc.tableTasks.length >= Math.max(3, doc.proseTasks.length * 0.5) || (doc.tableTasks.length > 0 && doc.proseTasks.length === 0);
}

// verbs that open or carry a piece of work
const WORK_VERB =
  /加强|開展|开展|推进|推動|推动|落实|落實|完善|建立|健全|做好|组织|組織|提高|提升|实施|實施|强化|強化|确保|確保|创建|創建|建设|建設|完成|制定|召开|召開|举办|舉辦|严格|嚴格|形成|营造|培养|培養|改善|优化|發揮|发挥|深化|规范|規範|抓好|抓实|打造|巩固|促进|促進|继续|繼續|坚持|堅持|扩大|新建|改扩建|启动|啟動|参与|參與|迎接|搞好|聚焦|突出|开发|開發|引用|把好|检查|檢查|排查|整改|报送|報送|填报|填報|培训|培訓|测试|測試|宣传|宣傳|展示|设置|設置|撰写|撰寫|收集|整理|清理|督查|保障|维护|提醒|执行|執行|履行|选派|動員|动员|部署|指导|指導|评选|征集|编制|实行|實行|通报|更新|审核|推广|增加|新增|达到|達到|实现|實現|覆盖|建成|改造|维修|加快|做到|保证|保證|管理|开齐|增强|增強|对照|對照|对比|對比|细化|查收|纳入|納入|紧盯|緊盯|抓紧|抓緊/;
// the whole name of a notice's note: a holiday's dates or a contact ("元旦放假时间", "联系人")
const HOLIDAY_OR_CONTACT = String.raw`[^，,。；;]{0,8}(?:放假|假期|休假)(?:时间|安排)?|联系人|联系电话|联系方式`;
// items that are no work: a holiday's dates, contacts, attachments, a site's notes
const NOT_WORK = new RegExp(String.raw`^(?:${HOLIDAY_OR_CONTACT}|电子邮箱|邮箱|附件|备注|说明)$|放假时间|版权|下载|会员|客服`);

/** The item reads as work: an action in its name or its first sentence, and it is none of the framing or notes. */
function readsAsWork(t: RawTask): boolean {
  const title = t.title.text.trim();
  if (title.replace(/[\s\p{P}]/gu, "").length < 2 || NOT_WORK.test(title)) return false;
  return WORK_VERB.test(title) || WORK_VERB.test(t.body.text.split("\n")[0]);
}
const titleIsWork = (t: RawTask) => WORK_VERB.test(t.title.text);
/** A heading or a label, not work: no action in its name nor in its own paragraph ("（一）各级各类学校及幼儿园", "1.2024年工作要点："). */
const headingOnly = (t: RawTask) => !titleIsWork(t) && !WORK_VERB.test(t.body.text.split("\n")[0]);
/** Every item of the candidate lies inside the task's text (its deeper items). */
const inside = (c: Candidate, t: RawTask) => {
  const [a, b] = t.body.span();
  return c.tasks.every((x) => x.body.span()[0] >= a && x.body.span()[1] <= b);
};

interface Candidate {
  tasks: RawTask[];
  /** How the items were found, for the warning: "“1.”级编号". */
  label: string;
}

const LEVEL_LABEL: Record<Lv, string> = { 1: "“一、”级编号", 2: "“（一）”级编号", 3: "“1.”级编号", 4: "“（1）”级编号", 5: "“①”级编号", 6: "“一是”列举" };

/** Each numbering level's items that read as work. */
function levelCandidates(doc: WorkDoc): Candidate[] {
  const start = doc.meta?.bodyStart ?? 0;
  let paras = doc.paras.slice(start);
  let nums = paras.map(paraNumbering);
  if (!nums.some(Boolean)) {
    paras = doc.paras;
    nums = paras.map(paraNumbering);
  }
  const out: Candidate[] = [];
  for (const lv of [1, 2, 3, 6, 4, 5] as Lv[]) {
    if (!nums.some((n) => n?.level === lv)) continue;
    const tasks = collectTasks(doc, paras, nums, { taskLevel: lv, boldTasks: false, boldWithUnits: false, honourSkips: false }).filter(readsAsWork);
    if (tasks.length) out.push({ tasks, label: LEVEL_LABEL[lv] });
  }
  return out;
}

// "一是…" "二要…": the enumeration of the points under a part, at a paragraph's start or after a sentence,
// or after the verb that reports a meeting's points and its comma ("会议强调，一要…"); not "要紧" (urgent),
// but "二要紧盯…" (keep a close eye on) is a point
const ENUM_MARK = /(^|[。；;：:！!？?]\s*|(?:强调|指出|要求|提出|明确)[，,]\s*)([一二三四五六七八九十])(是|要)(?![否指由因为不非求素点件]|紧(?![盯抓跟扣]))(?=[\u4e00-\u9fff“"])/g;

/**
 * An enumeration 一是/二是/三是 (or 一要/二要) run into the text of a part, the part not itself
 * under a deeper numbered item (a （一） task's 一是/二是 are its measures): each point is an item.
 */
function enumerationCandidate(doc: WorkDoc): Candidate | null {
  const start = doc.meta?.bodyStart ?? 0;
  const paras = doc.paras.slice(start);
  const marks: { para: number; at: number; len: number; value: number; verb: string }[] = [];
  let lastNumbered: Num | null = null;
  paras.forEach((p, i) => {
    const n = paraNumbering(p);
    if (n && n.level !== 6) lastNumbered = n;
    // (points under a （一） / 1. item are that item's measures)
    if (lastNumbered && RANK[lastNumbered.level] > 1) return;
    const t = p.st.text;
    ENUM_MARK.lastIndex = 0;
    for (let m = ENUM_MARK.exec(t); m; m = ENUM_MARK.exec(t)) {
      const at = m.index + m[1].length;
      marks.push({ para: i, at, len: 2, value: cnToInt(m[2]), verb: m[3] });
    }
  });
  // the longest run 1, 2, 3… of one form
  let best: typeof marks = [];
  for (let k = 0; k < marks.length; k++) {
    if (marks[k].value !== 1) continue;
    const run = [marks[k]];
    for (let j = k + 1; j < marks.length && run.length < 20; j++) {
      if (marks[j].verb === marks[k].verb && marks[j].value === run[run.length - 1].value + 1) run.push(marks[j]);
      else if (marks[j].value === 1) break;
    }
    if (run.length > best.length) best = run;
  }
  if (best.length < 2) return null;
  const tasks: RawTask[] = [];
  best.forEach((m, k) => {
    const p = paras[m.para];
    const next = best[k + 1];
    // the point runs to the next point in its paragraph, or to its paragraph's end
    const end = next && next.para === m.para ? next.at : p.st.text.length;
    const body = p.st.slice(m.at, end).trim();
    const item: Para = { st: body };
    const { st, confidence } = titleOf(item, { level: 6, no: "", length: m.len });
    if (!st.text) return;
    tasks.push({ no: "一二三四五六七八九十"[m.value - 1], section: null, title: st, titleConfidence: confidence, body, unitCells: [], measureItems: [], factText: body, confidence: FEW_TASKS_CONFIDENCE });
  });
  return tasks.length >= 2 ? { tasks: tasks.filter(readsAsWork), label: `“一${best[0].verb}、二${best[0].verb}”列举` } : null;
}

// an item counted under a name of its own at a paragraph's start: "专项行动1 民办高校…", "隐患2：进出人员…"
// (not an attachment, a table or a figure, a step of a 第 form)
const NAMED_COUNT = /^(?!附|第)([\u4e00-\u9fff]{1,6}?)\s*(\d{1,2})(?![\d.．%％年月日万亿元个所])\s*(?:[:：、]\s*|\s+)(?=\S)/;
const NOT_COUNTER = /^(?:表|图|例|图表|附表|附件|阶段|年|月|日|号|第)$/;

/**
 * Items counted under a name of their own, each opening its paragraph ("专项行动1 …" "专项行动2 …", "隐患1：…"
 * "隐患2：…"): the longest run 1, 2, 3… of one name; each item runs to the next, its title the rest of its
 * first paragraph. A counted list is structure enough: its items need not read as work.
 */
function namedCountCandidate(doc: WorkDoc): Candidate | null {
  // (lines, not paragraphs: a short name line is joined to the line under it as one sentence)
  const lines = lineItems(doc);
  const marks = lines.flatMap((l, i) => {
    const m = NAMED_COUNT.exec(l.text);
    return m && !NOT_COUNTER.test(m[1]) ? [{ line: i, name: m[1], value: Number(m[2]), len: m[0].length }] : [];
  });
  let best: typeof marks = [];
  for (let k = 0; k < marks.length; k++) {
    if (marks[k].value !== 1) continue;
    const run = [marks[k]];
    for (let j = k + 1; j < marks.length; j++) {
      if (marks[j].name === marks[k].name && marks[j].value === run[run.length - 1].value + 1) run.push(marks[j]);
      else if (marks[j].name === marks[k].name) break;
    }
    if (run.length > best.length) best = run;
  }
  if (best.length < 3) return null;
  const tasks: RawTask[] = [];
  best.forEach((m, k) => {
    const first = lines[m.line].slice(m.len).trim();
    const title = first.slice(0, first.text.replace(/[。；;，,：:\s]+$/, "").length);
    if (title.text.replace(/[\s\p{P}]/gu, "").length < 2 || NOT_WORK.test(title.text)) return;
    // (the last item runs over the lines of its own, up to a line that is no more of it)
    const end = k + 1 < best.length ? best[k + 1].line : Math.min(lines.length, m.line + 3);
    const body = Stitched.join(lines.slice(m.line, end), "\n");
    tasks.push({ no: String(m.value), section: null, title, titleConfidence: 0.6, body, unitCells: [], measureItems: [], factText: body, confidence: FEW_TASKS_CONFIDENCE });
  });
  return tasks.length >= 3 ? { tasks, label: `“${best[0].name}1、${best[0].name}2”编号` } : null;
}

const lineItems = (doc: WorkDoc) => doc.items.flatMap((it) => (it.kind === "line" && it.line.text.trim() ? [Stitched.of(doc.text, it.line.start, it.line.start + it.line.text.length).trim()] : []));

// a month on a line of its own, a web address the copy left after it ("3月份 www.…com")
const MONTH_LINE = /^(?:(20\d{2})\s*年\s*)?(十[一二]?|[一二三四五六七八九]|1[0-2]|[1-9])\s*月份?(?:\s+\S*\.(?:com|cn|net|org)\S*)?$/;
// the column names of such a schedule ("时间", "重点工作", "工作内容")
const COLUMN_NAME = /^(?:时间|月份|日期|重点工作|主要工作|工作内容|活动内容|内容|负责人|备注)$/;

/** A month-by-month schedule one cell a line: each line under a month line is a task due in that month. */
function monthRowsCandidate(doc: WorkDoc): Candidate | null {
  const lines = lineItems(doc);
  const months = lines.filter((l) => MONTH_LINE.test(l.text)).length;
  if (months < 3) return null;
  const planYear = doc.meta?.year ?? null;
  const tasks: RawTask[] = [];
  let month = 0;
  let year = planYear;
  let head: Stitched | null = null;
  for (const st of lines) {
    const m = MONTH_LINE.exec(st.text);
    if (m) {
      const mo = /\d/.test(m[2]) ? Number(m[2]) : cnToInt(m[2]);
      if (m[1]) year = Number(m[1]);
      else if (year !== null && month && mo < month) year++;
      month = mo;
      const mark = st.text.search(/月/);
      head = st.slice(0, st.text.indexOf("份", mark) === mark + 1 ? mark + 2 : mark + 1);
      continue;
    }
    if (!head) continue;
    const t = st.text;
    // (the schedule ends at a sentence of prose or a signature)
    if (t.length > 80) break;
    if (COLUMN_NAME.test(t) || t.length < 4) continue;
    const title = st.slice(0, t.replace(/[。；;，,\s]+$/, "").length);
    const scheduled = year !== null ? { by: `${year}-${String(month).padStart(2, "0")}`, year, st: head } : undefined;
    tasks.push({ no: "", section: null, title, titleConfidence: 0.6, body: st, unitCells: [], measureItems: [], factText: st, confidence: FEW_TASKS_CONFIDENCE, ...(scheduled ? { scheduled } : {}) });
  }
  return tasks.length >= 3 ? { tasks, label: "月份" } : null;
}

// a week's dates on a line of their own: "3.9-3.15", "3/9-3/15", "3月9日-3月15日"
const WEEK_DATES = /^(\d{1,2})\s*[./月]\s*(\d{1,2})\s*日?\s*[-—–~～至]+\s*(?:(\d{1,2})\s*[./月]\s*)?(\d{1,2})\s*日?$/;
// the week's name in the cell before its dates: "1", "第3周", "预备周"
const WEEK_NAME = /^(?:\d{1,2}|第\s*[\d一二三四五六七八九十]{1,3}\s*周|[\u4e00-\u9fff]{1,3}周)$/;

/**
 * A week-by-week schedule one cell a line: the week, its dates, then its cells (a theme printed one
 * character a line, the week's theme, its activity lines, notes). Each week is a task named by its
 * theme — its first line that is a name, not an activity — due on the week's last day.
 */
function weekRowsCandidate(doc: WorkDoc): Candidate | null {
  const lines = lineItems(doc);
  const at = lines.flatMap((l, i) => (WEEK_DATES.test(l.text) ? [i] : []));
  if (at.length < 3) return null;
  const { base, secondTerm, firstTerm } = termYear(doc);
  const tasks: RawTask[] = [];
  at.forEach((i, k) => {
    const m = WEEK_DATES.exec(lines[i].text)!;
    const month = Number(m[3] ?? m[1]);
    const day = Number(m[4]);
    if (month < 1 || month > 12 || day < 1 || day > 31) return;
    let end = k + 1 < at.length ? at[k + 1] : lines.length;
    // (the next week's name stands right before its dates)
    if (k + 1 < at.length && WEEK_NAME.test(lines[end - 1].text)) end--;
    const row = lines.slice(i + 1, end).filter((l) => l.text.replace(/[\s\p{P}・·]/gu, "").length >= 2);
    const title = row.find((l) => l.text.length <= 20 && !/[。；;]/.test(l.text) && /[\u4e00-\u9fff]{2}/.test(l.text) && !/^\d/.test(l.text));
    if (!title) return;
    const name = i > 0 && WEEK_NAME.test(lines[i - 1].text) ? lines[i - 1].text : "";
    const y = base === null ? null : secondTerm ? (month <= 8 ? base + 1 : base) : firstTerm ? (month >= 8 ? base : base + 1) : base;
    const body = Stitched.join([lines[i], ...row], "\n");
    const scheduled = y !== null ? { by: `${y}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`, year: y, st: lines[i], exact: true } : undefined;
    tasks.push({ no: /^\d+$/.test(name) ? name : "", section: null, title, titleConfidence: 0.6, body, unitCells: [], measureItems: row.filter((l) => l !== title && /[；;]$/.test(l.text)), factText: body, confidence: FEW_TASKS_CONFIDENCE, ...(scheduled ? { scheduled } : {}) });
  });
  return tasks.length >= 3 ? { tasks, label: "周次" } : null;
}

// what the rule stages said when they guessed (by the code given where each was made): one warning
// about the structure replaces them
const RULE_GUESSES: ReadonlySet<WarningCode> = new Set<WarningCode>(["one-task", "level-guess", "part-unsplit", "unnumbered", "dated-lines"]);

function replaceGuesses(ctx: Ctx, message: string): void {
  for (let i = ctx.warnings.length - 1; i >= 0; i--) {
    const code = ctx.warnings[i].code;
    if (code && RULE_GUESSES.has(code)) ctx.warnings.splice(i, 1);
  }
  ctx.warn(message);
}

/** An item that only states a holiday's dates or a contact ("元旦放假时间", "联系人"): a note, not work. */
// (the whole name only: "暑假放假时间和开学时间安排" schedules the school's return, and stays)
const NOTE = new RegExp(`^(?:${HOLIDAY_OR_CONTACT})$`);
const isNote = (t: RawTask) => NOTE.test(t.title.text.trim().replace(/[：:。]$/, "")) && !WORK_VERB.test(t.title.text);

/**
 * Where the rules read the notes of a notice among its work ("1.元旦放假时间" "2.寒假放假时间" above
 * "1.筑牢校园安全防线"…), the notes go: at least two items that read as work stay.
 */
function dropNotes(doc: WorkDoc, ctx: Ctx): WorkDoc {
  if (usesTable(doc) || !doc.proseTasks.some(isNote)) return doc;
  // (a note among the work of its own part — "一、放假时间" beside "二、…" "三、…" — is one of the notice's
  // items; only notes in parts of their own, above "三、有关要求" and its work, go)
  const part = (t: RawTask) => t.section?.no ?? null;
  const work = doc.proseTasks.filter((t) => !isNote(t));
  const rest = doc.proseTasks.filter((t) => !isNote(t) || work.some((w) => part(w) === part(t)));
  if (rest.length === doc.proseTasks.length) return doc;
  if (rest.filter(readsAsWork).length < 2) return doc;
  // (a rule's warning that counted the notes counts the work only)
  const dropped = doc.proseTasks.length - rest.length;
  for (const w of ctx.warnings) w.message = w.message.replace(/列出(\d+)项任务/, (_, n: string) => `列出${Number(n) - dropped}项任务`);
  return { ...doc, proseTasks: rest };
}

export const fewTasks: Stage = (input, ctx) => {
  if (input.refused) return input;
  const doc = dropNotes(input, ctx);
  const table = usesTable(doc);
  const found = table ? doc.tableTasks : doc.proseTasks;
  // (two tasks or more, one of them work, are the rules' reading; notes such as "3.12植树节" taken for items are none)
  const work = found.filter(readsAsWork).length;
  if ((found.length >= 2 && work > 0) || doc.tableTasks.length) return doc;
  // (a table of data that gave no task is a table the reader got wrong, not a structure to guess from)
  if (doc.items.some((it) => it.kind === "table" && it.table.rows.filter((r) => r.filter((c) => c.text.trim()).length >= 2).length >= 2)) return doc;
  const candidates = [...levelCandidates(doc), enumerationCandidate(doc), namedCountCandidate(doc), monthRowsCandidate(doc), weekRowsCandidate(doc)].filter((c): c is Candidate => !!c && c.tasks.length > 0);
  if (!candidates.length) return doc;
  const most = (cs: Candidate[]) => cs.reduce((a, b) => (b.tasks.length > a.tasks.length ? b : a));
  let best: Candidate | null = most(candidates);
  // (where the rules found two items or more, none of them work, they must be fragments of the candidate's
  // items — "3.12植树节" inside a week's row —, not the headings over a candidate's deeper items)
  const within = (f: RawTask, c: Candidate) => c.tasks.some((t) => t.body.span()[0] <= f.title.span()[0] && f.title.span()[1] <= t.body.span()[1]);
  if (found.length >= 2) {
    const enclosing = candidates.filter((c) => c.tasks.length >= 2 && found.every((f) => within(f, c)));
    if (!enclosing.length) return doc;
    best = most(enclosing);
  } else if (!(best.tasks.length >= 2 && best.tasks.length > work)) {
    // the rules' one task is a heading or a label over deeper items that are work: those items
    const deeper = found.length === 1 && headingOnly(found[0]) ? candidates.filter((c) => inside(c, found[0]) && c.tasks.some(titleIsWork)) : [];
    best = deeper.length ? most(deeper) : null;
  }
  if (!best) return doc;
  // (the rules' task stays where the candidate's items lie outside it: "4、…" over a month schedule)
  const overlaps = (a: RawTask, b: RawTask) => a.body.span()[0] < b.body.span()[1] && b.body.span()[0] < a.body.span()[1];
  const kept = found.filter((f) => !best!.tasks.some((t) => overlaps(t, f)));
  const tasks = [...kept, ...best.tasks.map((t) => ({ ...t, confidence: Math.min(t.confidence, FEW_TASKS_CONFIDENCE) }))].sort((a, b) => a.body.span()[0] - b.body.span()[0]);
  replaceGuesses(ctx, `文档的结构不清晰，已按${best.label}列出${best.tasks.length}项任务，请逐项核对`);
  const sections = tasks.flatMap((t) => (t.section ? [t.section] : [])).filter((s, i, a) => a.findIndex((x) => x.no === s.no && x.title === s.title) === i);
  return { ...doc, proseTasks: tasks, sections };
};
