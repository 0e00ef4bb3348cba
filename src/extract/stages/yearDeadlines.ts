// Dates printed with their year: "2031年9月底前", "二〇三一年八月", a Minguo "104年10月12日", a span of months
// "2031年3-5月", a year with a part of it, a term or a festival after it ("2031年底", "2031年秋季学期", "2031年国庆节前"),
// or a year alone where it dates work (not a year a plan or a figure is for, nor a signature's date).
import { clauseStarting, PREP_BEFORE, START_WORDS } from "./dateContext.js";
import { dayList, dayRange, type DayRun, eachMonth, weekdayThenStart } from "./dateDays.js";
import { minguoYear, numeral, ym, ymd } from "./dateNumerals.js";
import { add, addEach, type DeadlineScan } from "./deadlineScan.js";
import { insideQuotes } from "./clauses.js";
import { progressReport, restLabelled, restPeriod, signatureDate } from "./notDue.js";
import { FESTIVAL_AFTER, festivalMonth, SUFFIX_BY } from "./relativeDates.js";
import { firstMatch } from "./matchFrom.js";

const ATTRIBUTIVE_BEFORE = /(完成|做好|开展好|完成好|抓好|办好|开展|组织|举办|实施|制定|制订|编制|启动|争取|印发|出台|落实|的|局|县|区|市)\s*$/;
const FOLLOWING_VERB = /^\s*(建成|完成|启动|开工|动工|投入|实现|通过|达到|达|全面|全县|全区|全市|推开|遴选|先行|试点|开始实施|基本|确保|力争|前|底|内)/;
// a year's own plan said after it: 计划/规划/拟, after a scope word ("全市", "我镇") or not
const PLANNED_AFTER = /^\s*[，,]?\s*(?:[全我][省市县区镇乡校])?\s*(?:计划|规划|拟)/;
const YEAR_MONTH_SPAN = /(?<!\d)(20\d{2})\s*年\s*(\d{1,2})\s*[-—–～~至到]\s*(\d{1,2})\s*月(?:份|底|末)?(?:以前|之前|前)?/g;
const PROJECT_NAME_AFTER = /^[^，,。；;：:\n\d]{2,24}?(?:工程|项目)[ \t]*(?:$|\n)/;
// "2031年全国青少年定向越野锦标赛、全省业余联赛。": the year and an event's name, a sentence of its own (no verb of work:
// "2031年举办全市运动会。" dates the work), names the event's edition
const EVENT_NAME_AFTER = /^[^，,。；;：:\n\d]{2,40}?(?:赛|大会|运动会|博览会|艺术节|文化节|体育节)[ \t]*(?:[。；;]|$|\n)/;
const YEAR_IS = /^\s*(?:[^，,。；;《》\n]{0,4}《[^》\n]{1,30}》\s*)?(?:将|也|就|仍|又)?\s*是(?!否)/;

/**
 * "（一）动员部署阶段（2031年7月底前）", "1.宣传发动阶段(2031年9月)": a month printed with its year as the whole of
 * a bracket after an item's words is when the item is due (the bracket closes right after it; a span's end,
 * "（2031年8月—2032年9月）", is read where the span's dash stands before it). Not a bracket that opens its line
 * ("（2031年3月13日）" under a title is the document's date) nor a bare year ("（2031年）", "（2031—2032年）").
 */
function bracketedDate(t: string, i: number, end: number, month: boolean, day: boolean): boolean {
  if (!month) return false;
  const open = Math.max(t.lastIndexOf("(", i), t.lastIndexOf("（", i));
  const ls = t.lastIndexOf("\n", open - 1) + 1;
  if (!/[\u3400-\u9fff]/u.test(t.slice(ls, open))) return false;
  // (a day without 前 in a bracket is when something took place: "会议纪要（2031年3月5日）")
  if (day && !/(?:以前|之前|前)$/.test(t.slice(i, end).trimEnd())) return false;
  return /^\s*[）)]/.test(t.slice(end));
}

// the patterns `findDeadlines` scans with (built once; read with exec from offset 0, matchFrom.ts)
// (a Minguo year of two figures, 1971–2010, before its month and day: "於97年4月9日到縣專題演講"; as "97.09.17" in figures)
const YEAR_RE = /(?<!\d)(?<![^\d]\.)(20\d{2}|二[〇○零][〇○零一二三四五六七八九]{2}|(?<![一二三四五六七八九十百零〇○])(?:民国\s*)?(?:1[0-4]\d|一百(?:[零〇○][一二三四五六七八九]|[一二三四]?十[一二三四五六七八九]?)?)|民国\s*(?:[3-9]\d|[三四五六七八九]十[一二三四五六七八九]?)|[6-9]\d(?=\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*[日号]))\s*(?:年|(?<=(?<!\d)20\d{2})(?=(?:1[0-2]|[1-9])\s*月))\s*(?:(\d{1,2}|十[一二]?|[一二三四五六七八九])\s*月(?:\s*(\d{1,2}|[一二三]?十[一二三四五六七八九]?|[一二三四五六七八九])\s*日)?\s*(?:份|底|末|中旬|上旬|下旬)?(?:以前|之前|前)?)?/g;
// (every match of YEAR_RE holds 年 or, a year glued to its month, 月: a text with neither is not scanned)
const YEAR_OR_MONTH = /[年月]/;
// what a plan promises to have done by a date
const COMMITMENT = /试点|推开|推广|实施|完成|建成|实现|达到|达|启动|开工|竣工|投入使用|确保|力争|争取|新建|改扩建|扩建|改建|建设|推进|开展|举办|出台|印发|覆盖|提高|提升|降低|控制|新增|增加|创建|通过|全面|基本|培训|招聘|补充|引进/;
// a figure stated ("1.2亿元", "X人", "x家")
const STATED_FIGURE = /(?:\d+(?:\.\d+)?|[Xx×]+)\s*(?:万|亿|元|人|家|个|所|项|次|名|%|％)/;
// after a term's words: a tally of what was done in it, its opening, or a comma and a day of its own that dates
// the sentence's work more precisely ("2031年春季学期，高中于2月19日正式上课")
const TERM_FRAME_AFTER = /^\s*(?:累计|共计|已|开学(?!前|时|之前|以前))|^\s*[，,][^。；;\n]*?\d{1,2}\s*月\s*\d{1,2}\s*[日号]/;
const TERM_SUFFIX = /^\s*(?:上学期|下学期|春季学期|秋季学期)/;
const TERM_NAMES_A_THING = /^\s*(?:的)?\s*(?:工作计划|计划|课程|教学计划|教学进度|工作安排|校历|行事历|教材|作息)/;

/** The dates printed with their year (the year, the month, where each stands), read first: a month later in the same sentence takes that year. */
export type PrintedYears = { at: number; y: number; mo: number }[];

/** A year found by YEAR_RE: the match, where it stands, the few characters round it, a run of days after a day. */
interface YearAt {
  t: string;
  m: RegExpMatchArray;
  i: number;
  end: number;
  before: string;
  after: string;
  holiday: DayRun | null;
}

// in quotes, or in a bracket that is not an item's date
const quotedOrBracketed = ({ t, m, i, end }: YearAt) =>
  insideQuotes(t, i) || (/[（(]\s*$/.test(t.slice(Math.max(0, i - 2), i)) && !bracketedDate(t, i, end, !!m[2], !!m[3]));

/**
 * Where a day off ends, when the date is one: "2031年9月29日至10月6日放假调休" (a holiday, its last day no deadline
 * either); "寒假从2031年2月7日开始至2031年3月2日结束" (the last day of a break's span); "元旦放假时间：2031年1月1日"
 * (a day under a break's label; a single day "于…放暑假" stays: the day a break starts is the date the term's work
 * is due by). Null otherwise.
 */
function dayOffEnd({ t, m, i, end, before, holiday }: YearAt): number | null {
  if (holiday && restPeriod(t, i, holiday.end)) return holiday.end;
  if (m[3] && /(?:至|到)\s*$/.test(before) && restPeriod(t, i, end)) return end;
  if (m[3] && !holiday && restLabelled(t, i)) return end;
  return null;
}

// "从2031年…", "2031年9月1日起", "2031年9月1日（周一）开始", "2030年至2031年": the start of a period
// ("2031年2月1日至3日": a range of days, due on its last, read below)
const startsAPeriod = ({ t, m, i, end, before, after, holiday }: YearAt) =>
  /(从|自)\s*$/.test(before) || (START_WORDS.test(after) && !holiday) || (m[3] && weekdayThenStart(t, end)) || (/至\s*$/.test(before) && /\d\s*年\s*至\s*$/.test(t.slice(Math.max(0, i - 12), i)));

// "2031年是“十五五”开局之年", "2031年市《政府工作报告》是…": a sentence about the year (or about a document it
// names) says what the year is, not what is due by it; "在2024年工作的基础上": what the work builds on
const saysWhatTheYearIs = ({ t, m, end }: YearAt) =>
  (!m[2] && YEAR_IS.test(t.slice(end, end + 48))) || /^[^，,。；;\n]{0,16}基础上/.test(t.slice(end));

/** A year with its month (and day): the date, or the last day of a run of days after it. */
function addMonthDate(scan: DeadlineScan, mentioned: Set<string>, { t, m, i, end, holiday }: YearAt, y: number): void {
  const mo = numeral(m[2]);
  if (!(mo >= 1 && mo <= 12)) return;
  const day = m[3] ? numeral(m[3]) : 0;
  if (m[3] && !(day >= 1 && day <= 31)) return;
  // "2031年3月1日、3月2日全天", "2031年9月1日至3日": the days of one thing, due on the last
  const run = m[3] ? (holiday ?? dayList(t, end)) : null;
  if (run) {
    for (const d of run.days) mentioned.add(`${d.month ?? mo}-${d.day}`);
    if (run !== holiday && eachMonth(mo, run)) addEach(scan, i, end, run, () => y, ymd(y, mo, day), 0.9);
    else add(scan, i, run.end, ymd(y, run.month ?? mo, run.day), 0.9);
    return;
  }
  // "2031年4月12-13日": two days under one 日, due on the second (a holiday's none)
  const days = m[3] ? null : /^\s*(\d{1,2})\s*[-—–～~至到]\s*(\d{1,2})\s*[日号]/.exec(t.slice(end, end + 12));
  if (days && Number(days[1]) >= 1 && Number(days[1]) < Number(days[2]) && Number(days[2]) <= 31) {
    const stop = end + days[0].length;
    if (restPeriod(t, i, stop)) scan.taken.push([i, stop]);
    else add(scan, i, stop, ymd(y, mo, Number(days[2])), 0.9);
    return;
  }
  add(scan, i, end, m[3] ? ymd(y, mo, day) : ym(y, mo), 0.9);
}

/**
 * A term, a half or a part of the year after it ("2031年秋季学期", "2031年下半年", "2031年底") that is not when work
 * is due: a term naming what a plan or a course is for ("拟定2026年春季学期工作计划"); a term as the time frame of
 * what a sentence tells, with nothing promised by its end ("2031年春季学期，高中于2月19日正式上课", "2031年春季学期累计
 * 检查1561堂课", "对2031年秋季学期开学工作进行核查"; "2031年秋季学期全面完成改造" is due); the start of a period
 * ("2011年下半年至2012年": its end, read next, is).
 */
function partNotDue({ t, end, after }: YearAt, suffixLength: number): boolean {
  const term = TERM_SUFFIX.test(after);
  if (term && TERM_NAMES_A_THING.test(after.replace(TERM_SUFFIX, "") + t.slice(end + 8, end + 12))) return true;
  if (term && TERM_FRAME_AFTER.test(t.slice(end + suffixLength, end + suffixLength + 80))) return true;
  return /^\s*(?:至|到|—|–|-|~|～)\s*(?:20\d{2}|19\d{2})\s*年/.test(after.slice(suffixLength) + t.slice(end + 8, end + 20)) && /^\s*(?:上半年|下半年|初|第?[一二三四1-4]\s*季度)/.test(after);
}

/**
 * A year alone dates work when a preposition stands before it ("于2031年", not "争取2031年"), a verb after it
 * ("2031年建成"), or it opens its clause; not when it is the year a plan states its figures or its work for
 * ("2031年，全市规划投资1.2亿元，新建…", "2031年我镇计划于下半年举办…": a part of the year said after it, 下半年,
 * is read on its own), what a word before it does or names ("完成2031年…", "的2031年"), a project's name
 * ("一、2031年村内道路提升工程", the whole of its line or clause), a document's name ("2031年教育局工作计划要点"),
 * or a figure stated for it ("2031年奖励经费X万元") with nothing promised to be done by it.
 */
function bareYearDates({ t, i, end, before, after }: YearAt): boolean {
  if (PREP_BEFORE.test(before) && !/争取\s*$/.test(before)) return true;
  if (PLANNED_AFTER.test(after)) return false;
  if (FOLLOWING_VERB.test(after)) return true;
  if (!clauseStarting(t, i) || /^\s*的/.test(after)) return false;
  if (ATTRIBUTIVE_BEFORE.test(before)) return false;
  if (PROJECT_NAME_AFTER.test(t.slice(end, end + 40))) return false;
  const event = EVENT_NAME_AFTER.exec(t.slice(end, end + 48));
  if (event && !COMMITMENT.test(event[0]) && !/举办|举行|承办|参加|组织|筹备/.test(event[0])) return false;
  const sentence = t.slice(end, end + Math.max(0, t.slice(end).search(/[。；;\n]|$/)));
  if (/^[^，,。；;\n]{0,24}?(?:工作计划|计划|要点|方案|总结|通知|报告|意见|规划|校历|行事历|校历安排|日程安排|工作安排)(?:[^\u4e00-\u9fff]|$)/u.test(sentence) && !COMMITMENT.test(sentence)) return false;
  return !(STATED_FIGURE.test(sentence.replace(/20\d{2}\s*年/g, "")) && !COMMITMENT.test(sentence));
}

/** Reads the dates printed with their year; `mentioned` gets the days of a list or range read (not read again alone). */
export function readYearDates(scan: DeadlineScan, mentioned: Set<string>): PrintedYears {
  const { t, taken } = scan;
  const printedYears: PrintedYears = [];
  // "2031年3-5月开展排查", "2031年9—10月": a span of months under one 年 and one 月, due by its last month
  if (t.includes("20") && t.includes("月")) for (let m = firstMatch(YEAR_MONTH_SPAN, t); m; m = YEAR_MONTH_SPAN.exec(t)) {
    const i = m.index!;
    const a = Number(m[2]), b = Number(m[3]);
    if (!(a >= 1 && b <= 12 && a < b) || insideQuotes(t, i)) continue;
    printedYears.push({ at: i, y: Number(m[1]), mo: b });
    if (/(从|自)\s*$/.test(t.slice(Math.max(0, i - 2), i)) || progressReport(t, i, i + m[0].length)) {
      taken.push([i, i + m[0].length]);
      continue;
    }
    add(scan, i, i + m[0].length, ym(m[1], b), 0.85);
  }
  // digits or Chinese numerals as a signature writes them (二〇二五年八月底前), a Minguo year with its month
  if (YEAR_OR_MONTH.test(t)) for (let m = firstMatch(YEAR_RE, t); m; m = YEAR_RE.exec(t)) {
    const i = m.index!;
    const end = i + m[0].length;
    const roc = minguoYear(m[1]);
    // a Minguo year counts only with its month (a bare "120年" or "一百年" is a span, not a date)
    if (roc !== null && !m[2]) continue;
    const y = roc ?? numeral(m[1]);
    if (m[2] && numeral(m[2]) >= 1 && numeral(m[2]) <= 12) printedYears.push({ at: i, y, mo: numeral(m[2]) });
    const before = t.slice(Math.max(0, i - 6), i);
    const after = t.slice(end, end + 8);
    const at: YearAt = { t, m, i, end, before, after, holiday: m[3] ? dayRange(t, end) : null };
    if (quotedOrBracketed(at)) continue;
    const offEnd = dayOffEnd(at);
    if (offEnd !== null) {
      taken.push([i, offEnd]);
      continue;
    }
    if (startsAPeriod(at) || progressReport(t, i, end)) continue;
    // "城港路街道中心小学" / "二○○八年二月": a signature's date on its line under the body that signs
    if (signatureDate(t, i, i + m[0].trimEnd().length)) {
      taken.push([i, end]);
      continue;
    }
    if (saysWhatTheYearIs(at)) continue;
    if (m[2]) {
      addMonthDate(scan, mentioned, at, y);
      continue;
    }
    // "2026年国庆节前": the festival, in that year
    const fest = FESTIVAL_AFTER.exec(t.slice(end, end + 12));
    const festMonth = fest && festivalMonth(fest[1], !!fest[2] && /前$/.test(fest[2]));
    if (fest && festMonth) {
      add(scan, i, end + fest[0].length, ym(y, festMonth), 0.85);
      continue;
    }
    const suf = SUFFIX_BY.find(([re]) => re.test(after));
    if (suf) {
      const sm = suf[0].exec(after)!;
      if (!partNotDue(at, sm[0].length)) add(scan, i, end + sm[0].length, suf[1](y), 0.9);
      continue;
    }
    if (bareYearDates(at)) add(scan, i, end, String(y), 0.8);
  }
  return printedYears;
}
