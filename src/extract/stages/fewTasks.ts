// Never nothing, as structure (issue 9 §3): after the rule stages, a document for which they found no
// task or one — or one that does not read as work ("各级各类学校及幼儿园", "2024年工作要点：") — is
// read again for the structures that could hold its tasks, each a candidate:
//   - every numbering level (一、 （一） 1. （1） ① 一是), its items that read as work;
//   - an enumeration run into the text under a part ("…。一是全面加强…。二是持续…", "一要…" "二要…");
//   - items counted under a name of their own ("专项行动1 …", "隐患2：…");
//   - a month-by-month schedule copied one cell a line ("3月份" over its lines of work);
//   - a week-by-week schedule copied one cell a line (the week, "3.9-3.15", the week's theme, its lines);
//   - headings whose numbers were lost, short lines each over a paragraph of its own;
//   - records, each a short line over lines of its fields under their labels ("责任单位：…", "进度安排：…").
// The candidate with the most items that read as work is taken, where it holds more than the rules
// found (or the rules' one task is no work): its items are the tasks, with low confidence, and one
// warning says the structure was unclear. Documents the rules refused (a speech, a notice of general
// demands, framing parts only) and tables the rules read stay as they are.
// The candidates live in their own modules: numbering (enumerationCandidates), demands in running text
// (demandCandidates), a body's duties a paragraph each (dutyCandidates), a notice's demands (noticeCandidates), a report's lines (reportCandidates), rows and
// lines (lineCandidates), records over their labels (labelRecords); what they share in workCandidates.
import { bulletListCandidate } from "./bulletLists.js";
import { checklistItems } from "./checklists.js";
import { demandCandidate } from "./demandCandidates.js";
import { bodyFromLead } from "./coverBody.js";
import { bodyLinesCandidate, dutyCandidate } from "./dutyCandidates.js";
import { enumerationCandidate, levelCandidates } from "./enumerationCandidates.js";
import { headerlessTableCandidate } from "./headerlessTables.js";
import { labelRecordsCandidate } from "./labelRecords.js";
import { meetingMattersCandidate } from "./meetingMatters.js";
import { monthRunCandidate } from "./monthRuns.js";
import { newsWorkCandidate } from "./newsWork.js";
import { countedRunCandidate } from "./countedRuns.js";
import { withoutDoneReports } from "./doneReports.js";
import { partParagraphsCandidate } from "./partParagraphs.js";
import { bareHeadingsCandidate, bareMarkCandidate, letteredCountCandidate, monthRowsCandidate, namedCountCandidate, weekRowsCandidate } from "./lineCandidates.js";
import { datedDemandCandidate, leadDemands, noticeDemandCandidate } from "./noticeCandidates.js";
import { demandsUnderLabel, meetingFacts, noticeNote, outlineHead, outlinesAsTasks, outsideDivision, particularItem } from "./noticeItems.js";
import { planLineCandidate, plannedFigureCandidate, titleWorkCandidate } from "./reportCandidates.js";
import { countBefore } from "./sortedSearch.js";
import { sectionsOf } from "./taskSections.js";
import type { Ctx, RawTask, Stage, WarningCode, WorkDoc } from "./types.js";
import { FEW_TASKS_CONFIDENCE, HOLIDAY_OR_CONTACT, headingOnly, readsAsWork, titleIsWork, WORK_VERB, type Candidate } from "./workCandidates.js";

const CLOCK_ROW = /^\s*[0-2]?\d\s*[:：]\s*[0-5]\d(?!\d)/;

/** The tasks the fields stage goes on with: a task table's rows, or the prose items. */
export function usesTable(doc: WorkDoc): boolean {
  // a day's program ("13:00〜13:10 | 學校整隊集合"), every row opening with a time of day and naming
  // no one responsible, is the agenda of one event: numbered prose items beside it are the plan's work
  // (a program with a 负责人 column is the plan itself)
  if (doc.proseTasks.length >= 2 && doc.tableTasks.length && doc.tableTasks.every((t) => CLOCK_ROW.test(t.body.text) && !t.unitCells.length)) return false;
  return doc.tableTasks.length >= Math.max(3, doc.proseTasks.length * 0.5) || (doc.tableTasks.length > 0 && doc.proseTasks.length === 0);
}

/** Every item of the candidate lies inside the task's text (its deeper items). */
const inside = (c: Candidate, t: RawTask) => {
  const [a, b] = t.body.span();
  return c.tasks.every((x) => x.body.span()[0] >= a && x.body.span()[1] <= b);
};

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

// (xtasks26) a holiday's or a contact's label and nothing but its value: days and weekdays, "放假", "共3天", numbers
// ("1、放假安排：4月3日（星期六）—4月5日（星期一）放假。", "5、值班电话：66001234（日），传真：66001235。")
const NOTE_LABEL = new RegExp(String.raw`^(?:${HOLIDAY_OR_CONTACT}|[^，,。；;：:]{0,8}(?:值班)?(?:电话|電話|传真|傳真|邮箱|郵箱))$`);
const VALUE_ONLY = /^(?:[\d\s\p{P}\p{S}a-zA-Z]|[年月日号號时時分至到和或及、]|(?:星期|周)[一二三四五六日天]|[（(][日夜][）)]|放假|调休|調休|上班|上课|上課|共|天|传真|傳真|电话|電話|手机|手機|邮箱|郵箱|值班)*$/u;
const bareNote = (t: RawTask) => {
  const label = t.title.text.trim().replace(/[：:。]$/, "");
  if (!NOTE_LABEL.test(label)) return false;
  // (its own line: a record's field the page set under it, "编号：…", is no part of it)
  const text = t.body.text.trim().split("\n")[0];
  const colon = text.search(/[：:]/);
  return colon >= 0 && VALUE_ONLY.test(text.slice(colon + 1));
};

/**
 * Where the rules read the notes of a notice among its work ("1.元旦放假时间" "2.寒假放假时间" above
 * "1.筑牢校园安全防线"…), the notes go: at least two items that read as work stay.
 */
function dropNotes(doc: WorkDoc, ctx: Ctx): WorkDoc {
  if (usesTable(doc)) return doc;
  // (a meeting record's reports of what was done are no tasks, its plans are)
  const planned = withoutDoneReports(doc);
  if (planned !== doc.proseTasks) doc = withoutDropped(doc, planned, ctx);
  doc = dropNoticeNotes(doc, ctx);
  // (a note that says nothing but the days or the numbers it labels goes wherever two items stay, one of them work)
  const unlabelled = doc.proseTasks.filter((t) => !bareNote(t));
  if (unlabelled.length < doc.proseTasks.length && unlabelled.length >= 2 && unlabelled.some(readsAsWork)) doc = withoutDropped(doc, unlabelled, ctx);
  if (!doc.proseTasks.some(isNote)) return doc;
  // (a note among the work of its own part — "一、放假时间" beside "二、…" "三、…" — is one of the notice's
  // items; only notes in parts of their own, above "三、有关要求" and its work, go)
  const part = (t: RawTask) => t.section?.no ?? null;
  const work = doc.proseTasks.filter((t) => !isNote(t));
  const rest = doc.proseTasks.filter((t) => !isNote(t) || work.some((w) => part(w) === part(t)));
  if (rest.length === doc.proseTasks.length) return doc;
  if (rest.filter(readsAsWork).length < 2) return doc;
  return withoutDropped(doc, rest, ctx);
}

/** The document with `rest` for its prose tasks; a rule's warning that counted the dropped items counts those left only. */
function withoutDropped(doc: WorkDoc, rest: RawTask[], ctx: Ctx): WorkDoc {
  const dropped = doc.proseTasks.length - rest.length;
  for (const w of ctx.warnings) w.message = w.message.replace(/列出(\d+)项任务/, (_, n: string) => `列出${Number(n) - dropped}项任务`);
  return { ...doc, proseTasks: rest };
}

/**
 * A notice's items that are no one's work — the document it carries out ("一、依据…函办理。"), a pointer to the
 * attachment ("…，请详见附件。"), those who attend ("三、参加人员" over "1.全体校领导；"), the items naming no doer
 * in a part that hands out duties ("在主席台就座的领导统一着正装" beside four "X负责…"), what a report is to contain
 * ("一、报告内容：…") — go where an item of work stays; the points of a report's outline are its heading's measures
 * (xnotices24, `noticeItems.ts`).
 */
function dropNoticeNotes(doc: WorkDoc, ctx: Ctx): WorkDoc {
  const outside = outsideDivision(doc.proseTasks);
  // (a meeting's time and place go wherever another item stays, work or not: "三、…敬請所有同仁務必參加")
  const facts = meetingFacts(doc.proseTasks);
  if (facts.size && facts.size < doc.proseTasks.length) doc = withoutDropped(doc, doc.proseTasks.filter((t) => !facts.has(t)), ctx);
  // (a particular under its label is no task, or the hand-over its time names: xnotice27)
  const items = outlinesAsTasks(doc).filter((t) => !noticeNote(t) && !outside.has(t));
  const rest = items
    .map(particularItem)
    .filter((t): t is RawTask => !!t)
    // (a label over the notice's remaining demands, "五、其他要求 请各县区…": those demands)
    .flatMap((t) => demandsUnderLabel(t) ?? [t]);
  // (an outline's heading over its points is work: the report it asks for)
  // (or a demand on the notice's addressees, "五、请受访学校务必…上传…", whose verb no list names: xtasksA25)
  // (where particulars went, an item asking its addressees anything in its text: "五、其他要求 请各县区…于…前…")
  const particulars = rest.length < items.length;
  if (!rest.some((t) => asWork(t) || ASKS.test(t.title.text) || (particulars && ASKS.test(t.body.text)))) return doc;
  // (outlinesAsTasks folds two items or more into one, or gives the tasks back as they were: the same length and items are the same tasks)
  if (rest.length === doc.proseTasks.length && rest.every((t, i) => t === doc.proseTasks[i])) return doc;
  return withoutDropped(doc, rest, ctx);
}

/** An item that reads as work, or a report's outline heading over its points (the report it asks for). */
const asWork = (t: RawTask) => readsAsWork(t) || outlineHead(t);
const ASKS = /请|請|务必|務必/;

/**
 * Where the rules' items are headings over records ("一、教育" over short lines each with its "责任单位：…"
 * "完成时限：…" lines), the records are the tasks and the headings their sections; the rules' items that
 * hold fewer than two records stay. Items that are the records themselves ("1.改造…" over its labels) are left alone.
 */
function recordsUnderHeadings(doc: WorkDoc, records: Candidate | null): WorkDoc {
  if (!records || doc.proseTasks.length < 2) return doc;
  const held = holders(doc.proseTasks, records.tasks);
  if (!held.every((f) => f)) return doc;
  // (a rule's item whose title is a record's is that record; one holding a single record is that record's
  // own item, its heading over its paragraph and labels — "（一）推进…" over "实施…。" "- 牵头：…")
  if (titlesMeet(doc.proseTasks, records.tasks)) return doc;
  const count = new Map<RawTask, number>();
  for (const f of held) count.set(f!, (count.get(f!) ?? 0) + 1);
  const heads = new Set(held.filter((f) => count.get(f!)! >= 2));
  if (!heads.size) return doc;
  const tasks = [
    ...doc.proseTasks.filter((f) => !heads.has(f)),
    ...records.tasks.flatMap((r, i) => {
      const f = held[i]!;
      if (!heads.has(f)) return [];
      const head = f.body.slice(0, f.body.text.indexOf("\n") < 0 ? f.body.text.length : f.body.text.indexOf("\n")).trim();
      return [{ ...r, section: { no: f.no, title: f.title.text.replace(/\s+/g, ""), span: head.span() } }];
    }),
  ].sort((a, b) => a.body.span()[0] - b.body.span()[0]);
  return { ...doc, proseTasks: tasks, sections: sectionsOf(tasks) };
}

/**
 * For spans in any order, the farthest end among those that start at or before `at` (before it, when
 * `strict`): -Infinity where none does.
 */
function farthest(spans: [number, number][]): (at: number, strict: boolean) => number {
  const sorted = [...spans].sort((a, b) => a[0] - b[0]);
  const ends: number[] = [];
  for (const [, e] of sorted) ends.push(Math.max(e, ends.length ? ends[ends.length - 1] : -Infinity));
  return (at, strict) => {
    const lo = countBefore(sorted.length, (k) => (strict ? sorted[k][0] < at : sorted[k][0] <= at));
    return lo ? ends[lo - 1] : -Infinity;
  };
}

const ascending = (spans: [number, number][], at: 0 | 1) => spans.every((s, i) => i === 0 || s[at] >= spans[i - 1][at]);

/**
 * Each record's holder: the first of the items, in their order, whose text holds the record's. One sweep
 * where both lists go in the document's order (the records always do), else a search for each record.
 */
function holders(items: RawTask[], records: RawTask[]): (RawTask | undefined)[] {
  const is = items.map((t) => t.body.span());
  const rs = records.map((t) => t.body.span());
  const holds = (f: [number, number], r: [number, number]) => f[0] <= r[0] && r[1] <= f[1];
  if (!ascending(is, 0) || !ascending(rs, 0)) return rs.map((r) => items.find((_, i) => holds(is[i], r)));
  let p = 0;
  return rs.map((r) => {
    // (the items that end before this record starts end before every later one's too)
    while (p < is.length && is[p][1] < r[0]) p++;
    for (let i = p; i < is.length && is[i][0] <= r[0]; i++) if (holds(is[i], r)) return items[i];
    return undefined;
  });
}

/** Whether an item's title and a record's overlap: a binary search among the records' titles, which go in order. */
function titlesMeet(items: RawTask[], records: RawTask[]): boolean {
  const rs = records.map((r) => r.title.span());
  const meet = (f: [number, number], r: [number, number]) => f[0] < r[1] && r[0] < f[1];
  if (!ascending(rs, 0) || !ascending(rs, 1)) return items.some((f) => rs.some((r) => meet(f.title.span(), r)));
  return items.some((f) => {
    const s = f.title.span();
    // the first record whose title ends after the item's starts: of those, the one that starts first
    const lo = countBefore(rs.length, (k) => rs[k][1] <= s[0]);
    return lo < rs.length && meet(s, rs[lo]);
  });
}

/** The rules' items without an inspection's checklist, whose questions are what is checked, not work. */
function dropChecklists(doc: WorkDoc): { doc: WorkDoc; asked: RawTask[] } {
  const asked = checklistItems(doc.proseTasks);
  if (!asked.size) return { doc, asked: [] };
  const proseTasks = doc.proseTasks.filter((t) => !asked.has(t));
  return { doc: { ...doc, proseTasks, sections: sectionsOf(proseTasks) }, asked: [...asked] };
}

/** The candidate without the items a checklist's items name (a numbering level read again holds them too); null where none is left. */
function withoutChecklist(c: Candidate | null, asked: RawTask[]): Candidate | null {
  if (!c || !asked.length) return c;
  const named = farthest(asked.map((t) => t.title.span()));
  const tasks = c.tasks.filter((t) => !(named(t.title.span()[0], false) > t.title.span()[0]));
  return tasks.length ? { ...c, tasks } : null;
}

/** The rules' items with the demands of a notice's opening paragraph above them (xnotice27, `leadDemands`). */
function withLeadDemands(doc: WorkDoc): WorkDoc {
  if (usesTable(doc)) return doc;
  const leads = leadDemands(doc);
  return leads.length ? { ...doc, proseTasks: [...leads, ...doc.proseTasks] } : doc;
}

/** The candidate without a notice's particulars under their labels ("统计时间：…", xnotice27); null where none is left. */
function withoutParticulars(c: Candidate | null): Candidate | null {
  if (!c) return c;
  const tasks = c.tasks.filter((t) => particularItem(t) !== null);
  return tasks.length === c.tasks.length ? c : tasks.length ? { ...c, tasks } : null;
}

export const fewTasks: Stage = (input, ctx) => {
  if (input.refused) return input;
  const checked = dropChecklists(input);
  const noted = withLeadDemands(dropNotes(checked.doc, ctx));
  // (the records read from the lines, which neither step changes: once for both)
  const records = labelRecordsCandidate(noted);
  const doc = recordsUnderHeadings(noted, records);
  const table = usesTable(doc);
  const found = table ? doc.tableTasks : doc.proseTasks;
  // (two tasks or more, one of them work, are the rules' reading; notes such as "3.12植树节" taken for items are none)
  const work = found.filter(asWork).length;
  // (a task table of one row is a plan of one task, told as one numbered item is)
  if (table && found.length === 1) ctx.warn("本文档只识别到1项任务，请核对是否完整", "one-task");
  if ((found.length >= 2 && work > 0) || doc.tableTasks.length) return doc;
  // (a table of data that gave no task is a table the reader got wrong, not a structure to guess from —
  // unless, with nothing else found, one of its columns names work in every row: a task table without
  // its header row, whose rows are the tasks)
  if (doc.items.some((it) => it.kind === "table" && it.table.rows.filter((r) => r.filter((c) => c.text.trim()).length >= 2).length >= 2)) {
    const rows = found.length ? null : headerlessTableCandidate(doc);
    if (!rows) return doc;
    replaceGuesses(ctx, `文档中的表格没有表头，已将写明工作的一列的${rows.tasks.length}行列为任务，请逐项核对`);
    return { ...doc, proseTasks: rows.tasks, sections: [] };
  }
  // (where nothing was found and the body taken after the cover holds no sentence, the cover was misread: its sentences are read)
  const read = found.length ? doc : bodyFromLead(doc);
  // (a part's paragraphs only where the rules found nothing: the rules' one part over paragraphs is a task, those its text)
  const marked = [...levelCandidates(read), enumerationCandidate(read), namedCountCandidate(read), letteredCountCandidate(read), monthRowsCandidate(read), monthRunCandidate(read), weekRowsCandidate(read), planLineCandidate(read), bareHeadingsCandidate(read), bareMarkCandidate(read), bulletListCandidate(read), titleWorkCandidate(read), dutyCandidate(read), bodyLinesCandidate(read), meetingMattersCandidate(read), countedRunCandidate(read), found.length ? null : partParagraphsCandidate(read), records].map((c) => withoutParticulars(withoutChecklist(c, checked.asked))).filter((c): c is Candidate => !!c && c.tasks.length > 0);
  // (demands in running text are the last resort: a structure the text marks — numbers, 一是, 第一 — comes first)
  const demands = marked.some((c) => c.tasks.length >= 2) ? null : demandCandidate(read);
  // (a notice's demands on its addressees, where it numbers nothing and no reporting verb leads them)
  const asked = marked.some((c) => c.tasks.length >= 2) || (demands?.tasks.length ?? 0) >= 2 ? null : noticeDemandCandidate(read);
  const candidates = [...marked, ...[demands, asked].filter((c): c is Candidate => !!c && c.tasks.length > 0)];
  // (where nothing else holds a task, a page's plan stated by its figures: a wrong one costs one task, a right one wins it)
  const planned = !candidates.length && !found.length ? plannedFigureCandidate(read) : null;
  if (planned) candidates.push(planned);
  // (nor that: a demand to hand something over by a day, "…须于…或之前，把…交抵…" — xnotice27)
  const dated = !candidates.length && !found.length ? datedDemandCandidate(read) : null;
  if (dated) candidates.push(dated);
  // (nor that: the pieces of work a news report's sentences name, two or more — xtasks22)
  // (also beside a candidate of one task only — a title's activity —: a report naming two pieces of work or more names them)
  const reported = candidates.every((c) => c.tasks.length <= 1) && !found.length ? newsWorkCandidate(read) : null;
  if (reported) candidates.push(reported);
  if (!candidates.length) return doc;
  const most = (cs: Candidate[]) => cs.reduce((a, b) => (b.tasks.length > a.tasks.length ? b : a));
  let best: Candidate | null = most(candidates);
  // (where the rules found two items or more, none of them work, they must be fragments of the candidate's
  // items — "3.12植树节" inside a week's row —, not the headings over a candidate's deeper items)
  // (by the farthest end among the items that start by then: a binary search, not a pass over the items for each)
  const within = (c: Candidate) => {
    const reach = farthest(c.tasks.map((t) => t.body.span()));
    return (f: RawTask) => reach(f.title.span()[0], false) >= f.title.span()[1];
  };
  if (found.length >= 2) {
    const enclosing = candidates.filter((c) => c.tasks.length >= 2 && found.every(within(c)));
    if (!enclosing.length) return doc;
    best = most(enclosing);
  } else if (!(best.tasks.length >= 2 && best.tasks.length > work) && found.length !== 0) {
    // (where the rules found nothing, a candidate of one item is taken: a page with no structure whose one
    // demand or activity is its task, never nothing — pooled golds give most such pages a task)
    // the rules' one task is a heading or a label over deeper items that are work: those items
    const deeper = found.length === 1 && headingOnly(found[0]) ? candidates.filter((c) => inside(c, found[0]) && c.tasks.some(titleIsWork)) : [];
    best = deeper.length ? most(deeper) : null;
  }
  if (!best) return doc;
  // (the rules' task stays where the candidate's items lie outside it: "4、…" over a month schedule)
  // (one of them overlaps f where, of those that start before f ends, one ends after f starts)
  const reach = farthest(best.tasks.map((t) => t.body.span()));
  const kept = found.filter((f) => !(reach(f.body.span()[1], true) > f.body.span()[0]));
  const tasks = [...kept, ...best.tasks.map((t) => ({ ...t, confidence: Math.min(t.confidence, FEW_TASKS_CONFIDENCE) }))].sort((a, b) => a.body.span()[0] - b.body.span()[0]);
  replaceGuesses(ctx, `文档的结构不清晰，已按${best.label}列出${best.tasks.length}项任务，请逐项核对`);
  const seen = new Set<string>();
  const sections = tasks.flatMap((t) => (t.section ? [t.section] : [])).filter((s) => {
    const key = JSON.stringify([s.no, s.title]);
    return !seen.has(key) && !!seen.add(key);
  });
  return { ...doc, proseTasks: tasks, sections };
};
