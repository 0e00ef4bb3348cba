// Chooses the task list (a division table wins over numbered prose when the plan has one),
// extracts units, leaders, targets and deadlines per task, and assembles the plan with provenance.
import { usesTable } from "./fewTasks.js";
import type { ExtractedPlan, ExtractedTask, LocatedText } from "../model.js";
import { weekDeadlines } from "./calendarWeeks.js";
import { findDeadlines, monthDaysWithoutMonth, ownTime, workYear } from "./dates.js";
import { findTargets, routineOf, withoutRepeats } from "./targets.js";
import { tableRowLocator } from "./tableRows.js";
import type { RawTask, Stage, WorkDoc } from "./types.js";
import { bracketsNameUnits, declaresFirstLead, findNames, MASKED_NAME, type FoundName } from "./units.js";
import { isProblemList, problemSubjects } from "./problemSubjects.js";
import { partsByUnit } from "./partUnits.js";
import { dutyGroups } from "./dutyGroups.js";
import { officeBlocks, reporterBlocks } from "./officeBlocks.js";
import { headingClauseOf, leadInTimes } from "./leadInTime.js";
import { columnUnits } from "./columnUnits.js";
import { groupOverItsRoster, groupRoster, headPeople, peopleOnLabel, unitHeadingItem } from "./rosters.js";
import { addresseeOf, asAddressee, dutyHolder, isRoleBody, findBracketedPeople, findDoers, findPeopleOnDuty } from "./doers.js";
import { addressed, leadSubjects } from "./subjects.js";
import { isHanCodePoint } from "./han.js";
import { foldHan } from "./hanFold.js";
import { Stitched } from "./stitched.js";
import { sectionsOf } from "./taskSections.js";
import { nothingFoundWarning } from "./nothingFound.js";

// units of measure a table's header row may leave where a person's cell would be
const MEASURE_WORD = /^(?:[万亿千百]?元|平方米|立方米|米|吨|个|人|所|间|台|套|项|次)$/u;

const CJK_PUNCT = "“”《》（）、，。：；";
const WS_RUN = /\s+/g;

/**
 * Collapses whitespace and drops a space between Chinese characters or Chinese punctuation and
 * what follows them (a digit, a Chinese character or punctuation), and between a digit and a
 * Chinese character; trims. One pass over the whitespace runs: each is judged by its neighbours.
 */
export function compact(s: string): string {
  // the whitespace runs are found by a pattern (a native scan): a loop over every character runs
  // interpreted until the engine has optimised it, which for one plan it often never does
  WS_RUN.lastIndex = 0;
  let m = WS_RUN.exec(s);
  if (!m) return s;
  const len = s.length;
  let out = "";
  let from = 0;
  for (; m; m = WS_RUN.exec(s)) {
    const a = m.index;
    const b = a + m[0].length;
    out += s.slice(from, a);
    from = b;
    if (a === 0 || b === len) continue; // trimmed
    // (by char codes, no one-character strings: the character before, a surrogate pair read whole)
    const pPair = isLowSurrogate(s.charCodeAt(a - 1)) && a >= 2 && isHighSurrogate(s.charCodeAt(a - 2));
    const pCode = pPair ? s.codePointAt(a - 2)! : s.charCodeAt(a - 1),
      nCode = s.codePointAt(b)!;
    const nHan = isHanCodePoint(nCode);
    const pCjk = isHanCodePoint(pCode) || (!pPair && CJK_PUNCT_CODES.has(pCode)),
      nDigit = nCode >= 0x30 && nCode <= 0x39;
    if (pCjk && (nDigit || nHan || CJK_PUNCT_CODES.has(nCode))) continue;
    if (!pPair && pCode >= 0x30 && pCode <= 0x39 && nHan) continue;
    out += " ";
  }
  return out + s.slice(from);
}

const CJK_PUNCT_CODES = new Set([...CJK_PUNCT].map((c) => c.charCodeAt(0)));
const isHighSurrogate = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLowSurrogate = (c: number) => c >= 0xdc00 && c <= 0xdfff;

/**
 * A plan's numbered items, then a schedule table after all of them (its rows the term's activities,
 * no unit or leader column: "附：活动安排"): the items are tasks and so is each row. A table that
 * divides the work among units, or that sits among the items, stands for the items alone.
 */
function tasksBeforeSchedule(doc: WorkDoc): RawTask[] {
  const prose = doc.proseTasks;
  const table = doc.tableTasks;
  const at = (t: RawTask) => (t.title.text ? t.title.src(0) : -1);
  if (prose.length >= 2) {
    const inside = tableInsideItem(prose, table, at);
    if (inside) return inside;
  }
  if (prose.length < 2 || table.some((t) => t.unitCells.length)) return table;
  const lastItem = Math.max(...prose.map(at));
  return table.every((t) => at(t) > lastItem) ? [...prose, ...table] : table;
}

/**
 * A table set inside one numbered item of work (a sentence, not a part's heading), items of work before and after it ("3、…具体安排如下：" over a 检查部位 | 参加检查部门 table, then "4、总结表彰"): the item's
 * tasks, after it, among the items, which stay tasks.
 */
function tableInsideItem(prose: RawTask[], table: RawTask[], at: (t: RawTask) => number): RawTask[] | null {
  const starts = prose.map(at);
  const rows = table.map(at);
  if (starts.some((s) => s < 0) || rows.some((r) => r < 0)) return null;
  const k = starts.findIndex((s, i) => i + 1 < starts.length && rows.every((r) => r > s && r < starts[i + 1]));
  if (k < 0) return null;
  // (not a plan's parts, "二、任务分工" over its division table among "一、总体情况" and "三、工作要求": the table is
  // the plan's work, the parts only its frame; nor an item that is a heading alone)
  if (prose.some((t) => /^[一二三四五六七八九十]+$/.test(t.no.trim())) || prose[k].title.text.trim().length < 10) return null;
  return [...prose.slice(0, k + 1), ...table, ...prose.slice(k + 1)];
}

export const fields: Stage = (doc, ctx) => {
  const meta = doc.meta!;
  const chosen = usesTable(doc) ? tasksBeforeSchedule(doc) : doc.proseTasks;
  // (the items and a schedule's rows after them are read as the items are: the rows name no units)
  const useTable = chosen === doc.tableTasks;
  // a task must have a name: a row or item without one is never a task of its own
  const raw: RawTask[] = chosen.filter((r) => r.title.text.replace(/[\s。；;，,：:]+/g, ""));
  if (useTable && doc.proseTasks.length) ctx.warn(`正文中的${doc.proseTasks.length}条编号事项未列为任务，任务以分工表为准，请核对`);
  // a plan for one school term ("2026年春季学期…"): a bare 开学前 is that term's start
  const plainTitle = foldHan(meta.title ?? "");
  const term = termOf(plainTitle);
  const openingPlan = OPENING_PLAN.test(plainTitle);
  // a notice about a school break ("…暑假放假安排的通知"): a bare 放假前 is the start of that break
  const season = seasonOf(plainTitle) ?? (meta.title ? undefined : seasonOf(foldHan(doc.text.slice(0, 400))));
  // a plan for an autumn term or a whole school year runs into the next year: its months without a
  // year up to February (a term) or August (a school year) are in the year after the plan's
  const rollover = rolloverMonth(plainTitle, meta.year, term);
  const rowOf = useTable ? tableRowLocator(doc) : () => undefined;
  // a progress or completion report ("…项目建设进展", "…实施情况的报告") states what was done: only
  // the figures it gives as planned (规划, 计划, 预计…) are targets
  // (or whose opening says the work is done and lists it: "…项目已于8月底全部竣工，具体情况如下")
  const firstTask = raw.length ? raw[0].body.span()[0] : doc.text.length;
  const report = !useTable && (REPORT_TITLE.test(foldHan(meta.title ?? "")) || DONE_AS_FOLLOWS.test(foldHan(doc.text.slice(0, firstTask))));
  // a review of a year's or a half-year's work ("2020年工作情况及2021年工作思路", "2025年上半年工作总结"):
  // the period it reviews, said again in its sentences ("2020年，高考一本上线X人", "上半年收文368份"),
  // dates what was done
  const reviewed = REVIEWED_PERIOD.exec(foldHan(meta.title ?? ""));
  // the time of the notice or of its event (a page's "发稿时间：…", "活动时间：…"), where it is in the year
  // before the plan's: the year of its months from then on (dates.ts `findDeadlines`). (A plan that names
  // no year of its own gets none from it: the golds give its dates without a year no deadline.)
  // (not a plan of the whole year's work, "2031年工作要点" put on a page in December: its 12月 is the plan's)
  const eve = rollover || YEAR_PLAN.test(plainTitle) ? null : ownTime(doc.text.slice(0, firstTask));
  // (a notice signed in the year after the one it names: its dates are in the signing year)
  const datesYear = workYear(meta.year, meta.issuedOn);
  // the dates of one line read apart from its task's text (a phase heading, a heading's clause, a time label)
  const datesOfLine = (line: string) => findDeadlines(Stitched.of(line, 0, line.length), datesYear, term, season, rollover);
  const firstLeads = declaresFirstLead(doc.text);
  // where the text stops on a Han character inside a bracket it opened and never closed, cut off in mid-list: its end
  // (not a text that ends on a list of names it has no reason to think cut, "项目负责人：甲某、乙某")
  const cutOff = !useTable && /[（(][^（()）]*\p{Script=Han}$/u.test(doc.text.trimEnd()) ? doc.text.trimEnd().length : -1;
  const lineBrackets = !useTable && bracketsNameUnits(doc.text);
  const found = raw.map((r) => findNames(r.body, r.unitCells, { firstLeads, lineBrackets }));
  // a plan that names its units anywhere (labels, phrases, unit columns) names them all that way;
  // one that never does says who acts in its sentences ("教务处根据…", "保卫处牵头…")
  // (a sentence that names its doer, "…由教务处负责", is such a sentence itself, not a label)
  const namesUnits = found.some((names) => names.some((n) => n.role !== "leaders" && !n.prose));
  const outside = outsideIssuer(meta.issuer, meta.region, doc.text.slice(0, firstTask));
  // ("你局要…" in a reply addressed to "县教育局：": that body)
  const addressee = addresseeOf(doc.text.slice(0, firstTask));
  const doersOf = (st: Stitched) => findDoers(st).map((d) => asAddressee(d, addressee)).filter((d) => !outside(foldHan(d.name)) && !isRoleBody(d.name));
  // (a heading that asks a body to do the items under it, "二、相关期程如下，请各校依期程办理各项事宜：", gives it each
  // item that names no doer of its own)
  const headingDoers = new Map<string, ReturnType<typeof doersOf>>();
  const fromHeading = (r: RawTask) => {
    const h = r.section;
    // (the heading's title inside its span, read as printed; a bounded window: one search a task)
    const from = h?.title && h.span ? Math.max(0, h.span[0] - 8) : 0;
    const inSpan = h?.title && h.span ? doc.text.slice(from, h.span[1] + 8).indexOf(h.title) : -1;
    if (inSpan < 0) return [];
    const at = from + inSpan;
    const key = `${at}`;
    if (!headingDoers.has(key)) headingDoers.set(key, doersOf(Stitched.of(doc.text, at, at + h!.title.length)).filter((d) => !d.role));
    return headingDoers.get(key)!;
  };
  // (a problem list, "周督导问题清单": the schools each problem names as its subjects, where it names any)
  const problems = !useTable && isProblemList(meta.title, doc.text.slice(0, firstTask));
  const doers = namesUnits || useTable ? raw.map(() => []) : raw.map((r) => {
    const schools = problems ? problemSubjects(r.body) : [];
    return schools.length ? schools : doersOf(r.body);
  });
  // a statement of one body's duties ("学校资助管理中心是…的具体办事机构" above "一、主要职责 1.负责…")
  // that names no doer in its items: that body does every item
  const holder = namesUnits || useTable || doers.some((d) => d.length) ? null : dutyHolder(doc.text.slice(0, firstTask));
  // (the schools a notice is sent to are units too where it gives them the work: "各校要…" — the
  // office chases each of them; docs/ARCHITECTURE.md "Collective units")
  const parts = useTable ? null : partsByUnit(doc.text, raw);
  const toBodies = addressed(doc.text.slice(0, firstTask));
  // a 承办单位 | 工作项目 table copied as text: each run of items numbered from 1 is the unit's whose cell stands among them
  const columns = useTable ? null : columnUnits(doc.text, raw);
  // an event's working groups, each with its duties numbered under its roster: the group does them
  const groups = useTable ? null : dutyGroups(doc.text, raw);
  // a record that reports office by office ("● 教务处：" over items 1.–3.): the office does its items
  const offices = useTable ? null : officeBlocks(doc.text, raw);
  // a record of reports, each under its officer's line ("总务主任某某报告："): the officer answers for its items
  const reporters = useTable ? null : reporterBlocks(doc.text, raw);
  // a run of items led into by a time label ("第二阶段：全面实施 / 时间：10月—11月 / 内容：")
  const leadIns = useTable ? null : leadInTimes(doc.text, raw);
  const tasks: ExtractedTask[] = raw.map((r, ri) => {
    const names = found[ri];
    for (const d of doers[ri]) names.push({ role: d.role ?? "lead", name: d.name, st: d.st, confidence: 0.6 });
    let titleSt = r.title;
    if (!useTable) {
      // "1. 教务处负责人：负责…": the unit that heads its item does the work
      const head = names.some((n) => n.role === "lead") ? null : unitHeadingItem(r.body);
      if (head) {
        names.unshift({ role: "lead", name: head.text.replace(/\s+/g, ""), st: head, confidence: 0.7 });
        // (its title is the heading before the colon, "总务处负责人", not the duty after it)
        const colon = r.title.text.search(/[：:]/);
        if (colon > 0 && colon <= 26 && r.title.text.slice(0, colon).trim().startsWith(head.text)) titleSt = r.title.slice(0, colon).trim();
        // ("1.宣传组：甲某、乙某等；": the people after the group's name are its leaders)
        for (const p of headPeople(r.body, head)) names.push({ role: "leaders", name: p.name, st: p.st, confidence: 0.7 });
      }
      // "联络协调组 组长：王学林 副组长：朱永刚": the group's heads answer for its duties; its name is the title
      const roster = groupRoster(r.body);
      if (roster) {
        for (const p of roster.leaders) names.push({ role: "leaders", name: p.name, st: p.st, confidence: 0.7 });
        if (roster.name && compact(r.title.text).startsWith(compact(roster.name.text)) && compact(r.title.text) !== compact(roster.name.text)) titleSt = roster.name;
      }
      // "5.医疗保障：甲、乙、丙": the label names the task, the people answer for it
      const duty = peopleOnLabel(titleSt);
      if (duty) {
        titleSt = duty.name;
        for (const p of duty.people) names.push({ role: "leaders", name: p.name, st: p.st, confidence: 0.7 });
      }
      // a part headed by a department, its contacts under the heading: its items' unit and people
      const part = parts?.get(ri);
      if (part) {
        addIfNone(names, "lead", part.unit);
        if (!names.some((n) => n.role === "co")) for (const u of part.units) if (u.name !== part.unit.name) names.push({ role: "co", name: u.name, st: u.st, confidence: 0.6 });
        for (const p of part.leaders) names.push({ role: "leaders", name: p.name, st: p.st, confidence: 0.6 });
      }
      const group = groups?.get(ri);
      if (group) addIfNone(names, "lead", group);
      // "1、宣传组" over "组长：…" "组员：…" and its duties: the group does them
      const rostered = groupOverItsRoster(r.body);
      if (rostered) addIfNone(names, "lead", { name: rostered.text, st: rostered });
      const office = offices?.get(ri);
      if (office) addIfNone(names, "lead", office);
      const reporter = reporters?.get(ri);
      if (reporter && !names.some((n) => n.role === "leaders")) names.push({ role: "leaders", name: reporter.name, st: reporter.st, confidence: 0.6 });
      const column = columns?.get(ri);
      if (column) addIfNone(names, column.role, column);
    }
    if (holder) addIfNone(names, "lead", holder);
    if (!useTable && !namesUnits && !names.some((n) => n.role === "lead")) for (const d of fromHeading(r)) names.push({ role: "lead", name: d.name, st: d.st, confidence: 0.5 });
    // "各责任单位要区分轻重缓急", "校党政办主要工作职责": the body its own lead phrase opens with does the work
    // (where other readings gave a part of that list, "直属各单位" of "各科室、直属各单位要…", the rest is added)
    if (!useTable) {
      const subjects = leadSubjects(titleSt, { addressed: toBodies });
      const named = new Set(subjects.filter((s) => s.role === "lead").map((s) => s.name));
      if (names.every((n) => n.role !== "lead" || named.has(n.name.replace(/\s+/g, "")))) {
        const hasCo = names.some((n) => n.role === "co");
        for (const s of subjects) if ((s.role === "lead" || !hasCo) && !names.some((n) => n.role === s.role && n.name.replace(/\s+/g, "") === s.name)) names.push({ role: s.role, name: s.name, st: s.st, confidence: 0.6 });
      }
    }
    if (!useTable && !names.some((n) => n.role === "leaders")) for (const p of findBracketedPeople(r.body)) names.push({ role: "leaders", name: p.name, st: p.st, confidence: 0.6 });
    // (an item that gives its work to people by name: "吴志刚负责…", "培训方案：郑秋实")
    if (!useTable && !names.some((n) => n.role === "leaders")) for (const p of findPeopleOnDuty(r.body)) names.push({ role: "leaders", name: p.name, st: p.st, confidence: 0.6 });
    // (a leader is somebody: a placeholder, "责任人：xxxx", or a unit of measure, "万元", names nobody)
    const lead = pick(names, "lead"), co = pick(names, "co"), liaison = pick(names, "liaison"), leaders = pick(names, "leaders").filter((l) => (/[\u4e00-\u9fff]/u.test(l.text) || MASKED_NAME.test(l.text)) && !MEASURE_WORD.test(l.text.trim()));
    // (an excerpt cut off inside a list of names, "（三年级：甲某某、四年级：乙某" at the text's very end: its last
    // name may be cut, or the next row's first word, and is no one's; the names before it stay)
    if (leaders.length > 1 && cutOff >= 0) {
      const last = leaders.findIndex((l) => l.span?.[1] === cutOff);
      if (last > 0) leaders.splice(last, 1);
    }
    // "一、推进教育优质均衡（责任领导：张三）": a leader named on the heading answers for each task under it
    // that names none of its own
    const heading = r.section;
    if (!leaders.length && heading?.title && heading.span && /领导|负责人|责任人/.test(heading.title)) {
      for (const n of findNames(Stitched.of(heading.title, 0, heading.title.length), [])) {
        if (n.role === "leaders" && !leaders.some((l) => l.text === n.name)) leaders.push({ text: n.name, span: heading.span, confidence: 0.6 });
      }
    }
    let targets = withoutRepeats(findTargets(r.factText));
    if (r.cellTargets) targets = [...targets, ...r.cellTargets];
    if (report) targets = targets.filter((t) => plannedFigure(doc.text, t.span));
    // a heading that names the target ("一、新建公办幼儿园2所") restated by the text under it:
    // the statement in the text is the target
    const firstLine = r.factText.text.indexOf("\n");
    if (firstLine > 0) {
      const lineEnd = r.factText.span(0, firstLine)[1];
      targets = targets.filter(
        (t, i) => !(t.span && t.span[1] <= lineEnd && !/[。；;，,]/.test(r.factText.text.slice(0, firstLine).replace(/[。；;]$/, "")) && targets.some((u, j) => j !== i && u.span && u.span[0] > lineEnd && u.value === t.value && u.unit === t.unit && u.op === t.op)),
      );
    }
    // an item of a month-by-month schedule: dates without a year are that month's year; the
    // month is the deadline unless the item names a more precise date
    // (a calendar week's month days are in the week's year)
    const dayYear = r.scheduled?.year ?? r.week?.[0]?.year;
    let deadlines = findDeadlines(r.factText, dayYear ?? datesYear, term, season, dayYear ? 0 : rollover, dayYear ? null : eve);
    if (r.week) deadlines = [...deadlines, ...weekDeadlines(r.factText, r.week)];
    // goals state where things are to stand by a year ("到2025年"): the months a goals paragraph names are the work's
    // yearly calendar ("做好3月份和9月份宣传月活动"), no deadline of it
    if (r.goals) deadlines = deadlines.filter((d) => /^\d{4}$/.test(d.by));
    // a report's dates say when things were done ("第一季度共组织了1次…")
    if (report) deadlines = deadlines.filter((d) => !/了|已/.test(d.text));
    // a plan for the opening itself ("春季开学准备工作方案"): all its work is before the opening, a bare
    // 开学前 there says nothing of when
    if (openingPlan) deadlines = deadlines.filter((d) => !(/开学前/.test(foldHan(d.text)) && !/\d\s*[月日号.]|20\d{2}/.test(d.text)));
    if (reviewed) deadlines = deadlines.filter((d) => !datesReview(d, reviewed));
    // (a calendar line's own date is more precise than a month its title names: "3/28 三月份庆生会")
    if (r.scheduled?.exact) deadlines = deadlines.filter((d) => d.by.length >= 10 && d.by !== r.scheduled!.by);
    // (a row of a span of days, a week's "2.17—2.23": a day inside the span is the span's work, due at its end)
    const span = r.scheduled?.from ? [r.scheduled.from, r.scheduled.by] : null;
    if (span) deadlines = deadlines.filter((d) => d.by < span[0] || d.by > span[1]);
    // a task under a phase heading ("二、集中整治阶段（4—9月）") and without a date of its own is due by
    // the end of its phase
    if (!deadlines.length && !r.scheduled && r.section?.title && PHASE_HEADING.test(foldHan(r.section.title))) {
      const head = r.section.title;
      const found = datesOfLine(head);
      if (found.length === 1) deadlines = [{ ...found[0], span: r.section.span, confidence: 0.6 }];
    }
    // (or named by a clause of its part's heading that dates it: "县级自查工作于…前结束，市级考核工作于…底结束")
    const named = !deadlines.length && !r.scheduled && !useTable && r.section?.title ? headingClauseOf(titleSt.text, r.section.title) : null;
    if (named) deadlines = datesOfLine(named).map((d) => ({ ...d, span: r.section!.span, confidence: 0.6 }));
    // (or led into by a time label: the items of that run are done in that time)
    const leadIn = leadIns?.get(ri);
    if (!deadlines.length && !r.scheduled && leadIn) {
      deadlines = datesOfLine(leadIn.text).map((d) => ({ ...d, span: leadIn.span, confidence: 0.6 }));
    }
    if (r.scheduled && !deadlines.length && /^\d{4}-\d{2}$/.test(r.scheduled.by)) deadlines = monthDaysWithoutMonth(r.factText, r.scheduled.year, Number(r.scheduled.by.slice(5)));
    if (r.scheduled && (!deadlines.length || span)) {
      const s = r.scheduled;
      deadlines.push({ what: compact(r.title.text).replace(/[。；;，,：:]+$/, ""), by: s.by, text: compact(s.st.text), span: s.st.span(), confidence: 0.7 });
    }
    const title = compact(titleSt.text).replace(/[。；;，,：:]+$/, "");
    const measureItems = r.measureItems.map((m) => compact(m.text));
    const tableRow = rowOf(titleSt.span(), r.body.span()[1]);
    return {
      no: r.no,
      section: r.section?.no ?? null,
      title,
      lead: lead.map((x) => x.text),
      co: co.map((x) => x.text),
      liaison: liaison.map((x) => x.text),
      leaders: leaders.map((x) => x.text),
      measures: measureItems.length,
      targets,
      deadlines,
      sectionTitle: r.section?.title ?? null,
      body: compact(r.body.text),
      measureItems,
      span: r.body.span(),
      confidence: r.confidence,
      fields: {
        title: { text: title, span: titleSt.span(), confidence: r.titleConfidence },
        lead,
        co,
        liaison,
        leaders,
        measures: r.measureItems.map((m, i) => ({ text: measureItems[i], span: m.span(), confidence: 0.8 })),
      },
      ...(tableRow ? { tableRow } : {}),
    };
  });

  // a document whose only figures are routines ("每周检查一次", "每班两名老师") sets no targets: its
  // allocations to each body are the roster of an activity (pooled golds: 2 of 12 counted; its frequencies
  // are counted as often as not, and stay)
  // (several frequencies and nothing else — "各职能处室每周进行一次…领导小组每月要进行一次", "每年修剪4次，每学期2次" —
  // are the timetable of a set of routines, a 制度 or a housekeeping schedule: no targets either (golds 0 of 9 in
  // 3 documents); a lone one, the plan's one promise of how often, stays (golds 3 of 5))
  const all = tasks.flatMap((t) => t.targets);
  if (all.length && all.every((t) => routineOf(t))) {
    const timetable = all.filter((x) => routineOf(x) === "frequency").length >= 2;
    for (const t of tasks) t.targets = t.targets.filter((x) => routineOf(x) !== "allocation" && !(timetable && routineOf(x) === "frequency"));
  }

  // "nothing found" is said only of a document with no numbered item and no table (nothingFound.ts)
  if (!tasks.length) {
    const nothing = nothingFoundWarning(doc);
    if (nothing) ctx.warn(nothing);
  } else {
    const noLead = tasks.filter((t) => !t.lead.length);
    // (an item without a number of its own — a meeting's demand, a schedule's line — is named by its place)
    const which = (t: (typeof tasks)[number]) => t.no || String(tasks.indexOf(t) + 1);
    if (noLead.length === tasks.length) ctx.warn("本方案未写明牵头或责任单位，请在审核时为各项任务指定");
    else if (noLead.length > 8) ctx.warn(`有${noLead.length}项任务未找到牵头单位（第${noLead.slice(0, 5).map(which).join("、")}项等），请核对`);
    else for (const t of noLead) ctx.warn(`第${which(t)}项未找到牵头单位`);
    const unsure = tasks.filter((t) => t.fields.title.confidence < 0.6);
    if (unsure.length) ctx.warn(`有${unsure.length}项任务的标题是截取的，请核对（第${unsure.slice(0, 5).map(which).join("、")}项${unsure.length > 5 ? "等" : ""}）`);
  }
  if (!meta.title) ctx.warn("未找到方案标题，请手工填写");
  if (meta.year === null) ctx.warn("未能判断方案年度，请手工填写");

  const plan: ExtractedPlan = {
    file: doc.file,
    issuer: meta.issuer,
    docNumber: meta.docNumber,
    issuedOn: meta.issuedOn,
    title: meta.title,
    year: meta.year,
    region: meta.region,
    sections: (useTable ? sectionsOf(raw) : doc.sections).map((s) => ({ no: s.no, title: s.title, span: s.span })),
    tasks,
    sourceText: doc.original ?? doc.text,
    format: doc.source.format,
    meta: meta.located,
  };
  return { ...doc, plan };
};

/**
 * A name the plan's layout gives a task (its part's department, its duty group, its office block, its unit column, the one
 * duty holder) where nothing nearer named one of that role: the layout's reading comes second to the task's own text.
 */
function addIfNone(names: FoundName[], role: FoundName["role"], found: { name: string; st: Stitched }): void {
  if (!names.some((n) => n.role === role)) names.push({ role, name: found.name, st: found.st, confidence: 0.6 });
}

/** The names of one role for a task, each once (a module function: tsx's keepNames wraps a closure made per task in __name). */
function pick(names: FoundName[], role: string): LocatedText[] {
  const seen = new Set<string>();
  const out: LocatedText[] = [];
  for (const n of names) {
    if (n.role !== role) continue;
    // a unit named twice for one task (two labelled lines, a continued table row) counts once
    // (and "各校" after "各学校": one collective, named short the second time)
    const key = foldHan(n.name).replace(/^各学?校$/, "各校");
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ text: n.name, span: n.st.span(), confidence: n.confidence });
  }
  return out;
}

const OPENING_PLAN = /开学(?:准备)?(?:工作)?(?:方案|安排)|开学准备/;

/**
 * The school term a plan's title names: 春季学期 / 春学期 / 春期 (Sichuan, Chongqing) / 第二学期 → spring,
 * 秋季学期 / 秋学期 / 秋期 / 第一学期 → autumn (not 青春期; 上/下学期 alone is a half of the calendar year in
 * some provinces, of the school year in others: no term).
 */
// a school's or a kindergarten's plan for a season ("幼儿园2031秋季安全管理工作计划", "2031年春季园务工作计划"): its term
// (not a season's event, "秋季运动会", "春季实践活动", nor both seasons, "春秋季")
const SEASON_EVENT = /^[^，,。；;\n]{0,12}?(?:运动会|田径|实践|研学|招生|植树|踏青)/;
const SEASON_WORK = /^[^，,。；;\n]{0,12}?(?:工作计划|工作安排|工作要点)/;
function seasonPlan(title: string, season: "春" | "秋"): boolean {
  const at = title.indexOf(`${season}季`);
  if (at < 0 || /春秋|秋春/.test(title.slice(Math.max(0, at - 1), at + 2))) return false;
  const rest = title.slice(at + 2);
  return SEASON_WORK.test(rest) && !SEASON_EVENT.test(rest);
}

export function termOf(title: string): "spring" | "autumn" | undefined {
  if (/春季学期|春季开学|第二学期|春学期|(?<!青)春期(?!间)/.test(title) || seasonPlan(title, "春")) return "spring";
  if (/秋季学期|秋季开学|第一学期|秋学期|秋期(?!间)/.test(title) || seasonPlan(title, "秋")) return "autumn";
  return undefined;
}

/** The last month of the next calendar year an autumn term (2) or a school year (8) of `year` reaches; 0 otherwise. */
export function rolloverMonth(title: string, year: number | null, term: "spring" | "autumn" | undefined): number {
  if (year === null || term === "spring") return 0;
  const sy = /(20\d{2})\s*[-—–至~/]\s*(20\d{2})\s*学年/.exec(title);
  if (sy && (Number(sy[1]) !== year || Number(sy[2]) !== year + 1)) return 0;
  if (/寒假|第二学期|下学期|春季/.test(title)) return 0;
  if (term === "autumn") return 2;
  return sy ? 8 : 0;
}

/** The break a notice is about, when it names one only: 暑假 / 寒假 (not with 元旦 too; traditional script too). */
function seasonOf(text: string): "summer" | "winter" | undefined {
  // (a notice about 元旦 and the winter break has two breaks a bare 放假前 may mean)
  const summer = /暑假|暑期/.test(text),
    winter = /寒假/.test(text) && !/元旦/.test(text);
  return summer && !/寒假/.test(text) ? "summer" : winter && !summer ? "winter" : undefined;
}

// a plan of a year's work ("2031年教育工作要点", "…2031年度重点工作任务分解")
const YEAR_PLAN = /年(?:度)?[^，。]{0,30}?(?:工作要点|工作计划|工作思路|重点工作|工作任务|责任分工|任务分解)/;
// a heading that names a phase of the plan with its period: "动员部署阶段（3月）", "第二阶段：4—9月"
const PHASE_HEADING = /(?:阶段|步骤)\s*[（(:：]/;
// the provinces and cities under the state, by their short names
const PROVINCE = /^(?:北京|天津|上海|重庆|河北|山西|辽宁|吉林|黑龙江|江苏|浙江|安徽|福建|江西|山东|河南|湖北|湖南|广东|海南|四川|贵州|云南|陕西|甘肃|青海|台湾|内蒙古|广西|西藏|宁夏|新疆|香港|澳门)/;
const ANY_PROVINCE = new RegExp(PROVINCE.source.slice(1));
/**
 * A body named by a province the issuer is not of, or above it ("陕西教育融媒体中心联合…推出…节目" in a
 * district bureau's notice): the plan tells of it and gives it no work.
 */
function outsideIssuer(issuer: string | null, region: string | null, head: string): (name: string) => boolean {
  // without a header read, the province the document's opening names (none: a body below a province)
  const ownProvince = region || issuer ? PROVINCE.exec(foldHan(region || issuer!))?.[0] : ANY_PROVINCE.exec(foldHan(head))?.[0];
  return (name) => {
    const p = PROVINCE.exec(name)?.[0];
    return !!p && p !== ownProvince;
  };
}
const DONE_AS_FOLLOWS = /已[^。；;\n]{0,12}(?:全部|全面)?(?:竣工|完工|完成|建成)[^\n]{0,60}如下/;
const REVIEWED_PERIOD = /(20\d{2})\s*年(?:度)?\s*(上半年|下半年)?\s*(?:工作)?(?:总结|情况|成效|回顾)/;
function datesReview(d: { by: string; text: string }, reviewed: RegExpExecArray): boolean {
  const year = reviewed[1];
  if (!reviewed[2]) return d.by === year;
  return d.by === `${year}-${reviewed[2] === "上半年" ? "06" : "12"}` && d.text.includes(reviewed[2]);
}
const REPORT_TITLE = /进展|完成情况|实施情况|进度情况|工作总结/;
/** The clause of a figure in a report says it is planned ("规划建设面积约6万平方米", "预计可新增学位…"). */
function plannedFigure(text: string, span: [number, number] | undefined): boolean {
  if (!span) return true;
  let a = span[0];
  while (a > 0 && span[0] - a < 60 && !"，,。；;\n".includes(text[a - 1])) a--;
  return /规划|计划|预计|目标|力争|拟|承担|任务|指标|实施/.test(text.slice(a, span[1]));
}
