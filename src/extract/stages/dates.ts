// Dated commitments. Relative dates resolve against the plan year: 暑假前 → YYYY-07,
// 秋季开学前 → YYYY-08, 年底/年内 → YYYY-12, 年初 → YYYY-01, 9 月底 → YYYY-09, 2年内 → YYYY+2.
import type { ExtractedDeadline } from "../model.js";
import { afterItemNumber, clauseEnd, clauseStart, insideQuotes, sentenceStart } from "./clauses.js";
import { cnToInt } from "./numbering.js";
import type { Stitched } from "./stitched.js";
import { foldHan } from "./hanFold.js";
import { minguoYear, numeral, pad } from "./dateNumerals.js";
import { FESTIVAL_AFTER, festivalMonth, RELATIVE, SUFFIX_BY } from "./relativeDates.js";
import { afterWeekday, dayList, dayRange, type DayRun, eachMonth, monthDay, realDay, weekdayYear } from "./dateDays.js";
import { DUTY_OR_RULE, progressReport, restLabelled, restPeriod, SIGNER_LINE, signatureDate, SWAP_DAY } from "./notDue.js";
import { add, addEach, type DeadlineScan, TIME_LIMIT_LABEL } from "./deadlineScan.js";
import { type MonthYears, type OwnTime, yearOf } from "./dateYears.js";
import { clauseStarting, PREP_BEFORE, START_WORDS } from "./dateContext.js";
export { minguoYear, numeral } from "./dateNumerals.js";
export { monthDay } from "./dateDays.js";
export { signerLine } from "./notDue.js";
export { ownTime, type OwnTime, workYear } from "./dateYears.js";
export { monthDaysWithoutMonth } from "./gluedMonthDays.js";

const ATTRIBUTIVE_BEFORE = /(完成|做好|开展好|完成好|抓好|办好|开展|组织|举办|实施|制定|制订|编制|启动|争取|印发|出台|落实|的|局|县|区|市)\s*$/;
const FOLLOWING_VERB = /^\s*(建成|完成|启动|开工|动工|投入|实现|通过|达到|达|全面|全县|全区|全市|推开|遴选|先行|试点|开始实施|基本|确保|力争|前|底|内)/;
// a year's own plan said after it: 计划/规划/拟, after a scope word ("全市", "我镇") or not
const PLANNED_AFTER = /^\s*[，,]?\s*(?:[全我][省市县区镇乡校])?\s*(?:计划|规划|拟)/;

const YEAR_MONTH_SPAN = /(?<!\d)(20\d{2})\s*年\s*(\d{1,2})\s*[-—–～~至到]\s*(\d{1,2})\s*月(?:份|底|末)?(?:以前|之前|前)?/g;
// after a month label, its theme or themes only: "：行为规范月，尊敬师长月。", "：安全教育月" (up to the line's
// end or the next month's label)
const THEME_MONTH = /^\s*[：:]\s*(?![^，,、。；;\n]{0,4}(?:开展|举办|组织|完成|召开|启动|举行|进行|做好))(?:[^，,、。；;：:\n\d]{1,10}\s*[，,、；;]\s*){0,3}[^，,、。；;：:\n\d]{1,10}月\s*(?:[。；;]|$|\n|\s+(?:\d{1,2}|十[一二]?|[一二三四五六七八九])\s*月)/;
// after a day, only the day's name: "植树节；", "为国际禁毒日。", "世界水日" up to the clause's end
const NAMED_DAY = /^\s*(?:为|是|定为)?\s*(?![^，,、。；;\n]{0,4}(?:开展|举办|组织|完成|召开|启动|举行|进行|做好|庆祝|迎接|参加))[^，,、。；;：:\n\d]{1,12}?(?:节|日)\s*(?=[，,、。；;]|$|\n)/;
const YEAR_IS = /^\s*(?:[^，,。；;《》\n]{0,4}《[^》\n]{1,30}》\s*)?(?:将|也|就|仍|又)?\s*是(?!否)/;
const FORECAST_BEFORE = /(?:预计|计划|拟|有望)\s*(?:将|可|于|在)?\s*$/;

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

// the patterns `findDeadlines` scans with (built once: only matchAll reads them, which copies each)
const YEAR_RE = /(?<!\d)(?<![^\d]\.)(20\d{2}|二[〇○零][〇○零一二三四五六七八九]{2}|(?<![一二三四五六七八九十百零〇○])(?:民国\s*)?(?:1[0-4]\d|一百(?:[零〇○][一二三四五六七八九]|[一二三四]?十[一二三四五六七八九]?)?)|民国\s*(?:[3-9]\d|[三四五六七八九]十[一二三四五六七八九]?))\s*(?:年|(?<=(?<!\d)20\d{2})(?=(?:1[0-2]|[1-9])\s*月))\s*(?:(\d{1,2}|十[一二]?|[一二三四五六七八九])\s*月(?:\s*(\d{1,2}|[一二三]?十[一二三四五六七八九]?|[一二三四五六七八九])\s*日)?\s*(?:份|底|末|中旬|上旬|下旬)?(?:以前|之前|前)?)?/g;
const MONTH_RE = /(?<!\d)(?<!(?<!今|当|20[*xX×＊]{1,2})年)(\d{1,2}|十[一二]?|[一二三四五六七八九])\s*月\s*(?:(\d{1,2})(?:\s*(?:-|—|～|~|至|到|、)\s*(\d{1,2}))?\s*(?:日|号|(?=\s*(?:以前|之前|前))))?\s*((?:份|底|末|中旬|上旬|下旬)?(?:以前|之前|前)?)/g;
const YEAR_ROUND_RE = /(?:^|\n|(?:时限|时间|期限)\s*[：:])[ \t]*(全年(?:度)?)[ \t]*(?=$|\n|[）)；;。])/g;
const BARE_YEAR_RE = /(?:^|\n)[ \t]*(20\d{2})[ \t]*(?=$|\n)/g;
const REL_RE = /(?:(年底|年末|年内|年初|上半年|下半年|暑假前|暑期前|放暑假前|暑假期间|寒假前|放假前|放假之前|秋季开学前|秋季学期开学前|春季开学前|春季学期开学前|新学期(?:开学)?(?:以前|之前|前)|(?<![季期每])开学前|汛期前|汛前|([一两二三四五\d])\s*年内|(?<![每\d一二三四])第?([一二三四1-4])\s*季度(?:末|底)?|(清明节|清明|五一劳动节|五一|劳动节|五四青年节|五四|青年节|六一儿童节|六一|儿童节|七一|建党节|八一|建军节|教师节|国庆节|国庆)(?=以前|之前|前|期间|当天)|暑期|暑假)(?:以前|之前|前)?)/g;

/**
 * `term`: the school term a plan is for ("2026年春季学期…"), which places a bare 开学前 (the start of
 * that term: 春季 → 02, 秋季 → 08); without it a bare 开学前 is left unresolved. `season`: the break a
 * notice is about ("…暑假放假安排的通知"), which places a bare 放假前 (暑假 → 07, 寒假 → 01).
 * `rollover`: in a plan for an autumn term or a whole school year the months up to this one, printed
 * without a year, are in the year after the plan's (an autumn term's 1月 → the next January).
 * `eve`: the plan's own time (see `ownTime`) when it falls in the year before the plan's: a notice
 * sent in September about next year's plan, a 元旦 party held in December: months without a year from
 * that month on are in that year ("10月10日前报送" → the notice's year), the rest in the plan's.
 */
export function findDeadlines(
  st: Stitched,
  planYear: number | null,
  term?: "spring" | "autumn",
  season?: "summer" | "winter",
  rollover = 0,
  eve?: OwnTime | null,
): ExtractedDeadline[] {
  // matched on the text with traditional characters folded; read as printed
  const o = st.text;
  const t = foldHan(o);
  const out: ExtractedDeadline[] = [];
  const taken: [number, number][] = [];
  const said = new Map<ExtractedDeadline, { words: string; label: boolean; bracketed: boolean }>();
  const scan: DeadlineScan = { st, o, t, out, taken, said };
  // days already read (a list's or a range's), not read again as days of their own
  const mentioned = new Set<string>();
  // explicit years, with optional month / day / part of the year
  // digits or Chinese numerals as a signature writes them: 二〇二五年八月底前, 二〇二五年一月十五日
  // a Minguo year (Taiwan, 1912 = year 1) with its month: "104年10月12日", "一百零一年十月三十一日前", "民國98年9月"
  // the dates printed with their year, so that a month later in the same sentence takes that year
  const printedYears: { at: number; y: number; mo: number }[] = [];
  // "2031年3-5月开展排查", "2031年9—10月": a span of months under one 年 and one 月, due by its last month
  for (const m of t.matchAll(YEAR_MONTH_SPAN)) {
    const i = m.index!;
    const a = Number(m[2]), b = Number(m[3]);
    if (!(a >= 1 && b <= 12 && a < b) || insideQuotes(t, i)) continue;
    printedYears.push({ at: i, y: Number(m[1]), mo: b });
    if (/(从|自)\s*$/.test(t.slice(Math.max(0, i - 2), i)) || progressReport(t, i, i + m[0].length)) {
      taken.push([i, i + m[0].length]);
      continue;
    }
    add(scan, i, i + m[0].length, `${m[1]}-${pad(b)}`, 0.85);
  }
  for (const m of t.matchAll(YEAR_RE)) {
    const i = m.index!;
    const end = i + m[0].length;
    const roc = minguoYear(m[1]);
    // a Minguo year counts only with its month (a bare "120年" or "一百年" is a span, not a date)
    if (roc !== null && !m[2]) continue;
    const y = roc ?? numeral(m[1]);
    if (m[2] && numeral(m[2]) >= 1 && numeral(m[2]) <= 12) printedYears.push({ at: i, y, mo: numeral(m[2]) });
    if (insideQuotes(t, i) || (/[（(]\s*$/.test(t.slice(Math.max(0, i - 2), i)) && !bracketedDate(t, i, end, !!m[2], !!m[3]))) continue;
    const before = t.slice(Math.max(0, i - 6), i);
    const after = t.slice(end, end + 8);
    // "2031年9月29日至10月6日放假调休": a holiday is no deadline, nor is its last day
    const holiday = m[3] ? dayRange(t, end) : null;
    if (holiday && restPeriod(t, i, holiday.end)) {
      taken.push([i, holiday.end]);
      continue;
    }
    // "元旦放假时间：2031年1月1日": a day under a break's label is the day off (a single day "于…放暑假"
    // stays: the day a break starts is the date the term's work is due by)
    // "寒假从2031年2月7日开始至2031年3月2日结束": the last day of a break's span, no deadline either
    if (m[3] && /(?:至|到)\s*$/.test(before) && restPeriod(t, i, end)) {
      taken.push([i, end]);
      continue;
    }
    if (m[3] && !holiday && restLabelled(t, i)) {
      taken.push([i, end]);
      continue;
    }
    // ("2031年2月1日至3日": a range of days, due on its last, read below)
    if (/(从|自)\s*$/.test(before) || (START_WORDS.test(after) && !holiday) || /至\s*$/.test(before) && /\d\s*年\s*至\s*$/.test(t.slice(Math.max(0, i - 12), i))) continue;
    if (progressReport(t, i, end)) continue;
    // "城港路街道中心小学" / "二○○八年二月": a signature's date on its line under the body that signs
    if (signatureDate(t, i, i + m[0].trimEnd().length)) {
      taken.push([i, end]);
      continue;
    }
    // "2031年是“十五五”开局之年", "2031年市《政府工作报告》是…": a sentence about the year (or about a document
    // it names) says what the year is, not what is due by it
    if (!m[2] && YEAR_IS.test(t.slice(end, end + 48))) continue;
    // "在2024年工作的基础上": what the work builds on, not when it is due
    if (/^[^，,。；;\n]{0,16}基础上/.test(t.slice(end))) continue;
    if (m[2]) {
      const mo = numeral(m[2]);
      if (!(mo >= 1 && mo <= 12)) continue;
      const day = m[3] ? numeral(m[3]) : 0;
      if (m[3] && !(day >= 1 && day <= 31)) continue;
      // "2031年3月1日、3月2日全天", "2031年9月1日至3日": the days of one thing, due on the last
      const run = m[3] ? (holiday ?? dayList(t, end)) : null;
      if (run) {
        for (const d of run.days) mentioned.add(`${d.month ?? mo}-${d.day}`);
        if (run !== holiday && eachMonth(mo, run)) addEach(scan, i, end, run, () => y, `${y}-${pad(mo)}-${pad(day)}`, 0.9);
        else add(scan, i, run.end, `${y}-${pad(run.month ?? mo)}-${pad(run.day)}`, 0.9);
        continue;
      }
      // "2031年4月12-13日": two days under one 日, due on the second (a holiday's none)
      const days = m[3] ? null : /^\s*(\d{1,2})\s*[-—–～~至到]\s*(\d{1,2})\s*[日号]/.exec(t.slice(end, end + 12));
      if (days && Number(days[1]) >= 1 && Number(days[1]) < Number(days[2]) && Number(days[2]) <= 31) {
        const stop = end + days[0].length;
        if (restPeriod(t, i, stop)) taken.push([i, stop]);
        else add(scan, i, stop, `${y}-${pad(mo)}-${pad(Number(days[2]))}`, 0.9);
        continue;
      }
      const by = m[3] ? `${y}-${pad(mo)}-${pad(day)}` : `${y}-${pad(mo)}`;
      add(scan, i, end, by, 0.9);
      continue;
    }
    // "2026年国庆节前": the festival, in that year
    const fest = FESTIVAL_AFTER.exec(t.slice(end, end + 12));
    if (fest) {
      const mo = festivalMonth(fest[1], !!fest[2] && /前$/.test(fest[2]));
      if (mo) {
        add(scan, i, end + fest[0].length, `${y}-${pad(mo)}`, 0.85);
        continue;
      }
    }
    const suf = SUFFIX_BY.find(([re]) => re.test(after));
    // "拟定2026年春季学期工作计划": a term naming what a plan or a course is for is no deadline
    if (suf && TERM_SUFFIX.test(after) && TERM_NAMES_A_THING.test(after.replace(TERM_SUFFIX, "") + t.slice(end + 8, end + 12))) continue;
    if (suf) {
      const sm = suf[0].exec(after)!;
      // "2031年春季学期，高中于2月19日正式上课", "2031年春季学期累计检查1561堂课": a term as the time frame of what
      // a sentence tells, with nothing promised to be done by its end ("2031年秋季学期全面完成改造" is)
      // ("对2031年秋季学期开学工作进行核查": the term's opening, a thing named; the term's end is no date of it)
      if (TERM_SUFFIX.test(after) && TERM_FRAME_AFTER.test(t.slice(end + sm[0].length, end + sm[0].length + 80))) continue;
      // "2011年下半年至2012年": the start of a period is no deadline (its end, read next, is)
      if (/^\s*(?:至|到|—|–|-|~|～)\s*(?:20\d{2}|19\d{2})\s*年/.test(after.slice(sm[0].length) + t.slice(end + 8, end + 20)) && /^\s*(?:上半年|下半年|初|第?[一二三四1-4]\s*季度)/.test(after)) continue;
      add(scan, i, end + sm[0].length, suf[1](y), 0.9);
      continue;
    }
    const prep = PREP_BEFORE.test(before) && !/争取\s*$/.test(before);
    const verbAfter = FOLLOWING_VERB.test(after);
    const atStart = clauseStarting(t, i) && !/^\s*的/.test(after);
    // "2031年，全市规划投资1.2亿元，新建…", "2031年我镇计划于下半年举办…": the year a plan states its figures or
    // its work for, not a date promised (a part of the year said after it, 下半年, is read on its own)
    if (!prep && PLANNED_AFTER.test(after)) continue;
    if (!prep && !verbAfter && !atStart) continue;
    if (!prep && ATTRIBUTIVE_BEFORE.test(before) && !verbAfter) continue;
    if (!prep && !verbAfter) {
      // "2031年教育局工作计划要点": a year naming a document; "2031年，全县规划投资1.2亿元", "2031年奖励
      //经费X万元": a year a figure is stated for, with nothing promised to be done by it
      const sentence = t.slice(end, end + Math.max(0, t.slice(end).search(/[。；;\n]|$/)));
      if (/^[^，,。；;\n]{0,24}?(?:工作计划|计划|要点|方案|总结|通知|报告|意见|规划|校历|行事历|校历安排|日程安排|工作安排)(?:[^\u4e00-\u9fff]|$)/u.test(sentence) && !COMMITMENT.test(sentence)) continue;
      if (STATED_FIGURE.test(sentence.replace(/20\d{2}\s*年/g, "")) && !COMMITMENT.test(sentence)) continue;
    }
    add(scan, i, end, String(y), 0.8);
  }
  if (planYear === null) return out;
  // (`eve`: the plan's own time in the year before the plan's: its months from that one on are in that year)
  const years: MonthYears = { planYear, rollover, eve: eve ?? null, prior: undefined };
  // "2023年2月6日开学，2月7日正式上课": a month after a date printed with its year in the same sentence
  // is in that year (in the next one when the month comes round again: "2023年12月28日至1月3日")
  // months without a year: "9月底", "9 月份", "三月份"
  // ("8月26-27日": two days under one 日, the range's last day)
  // ("10月10号前", "10月10前": a day written with 号, or without 日 before 前)
  // ("今年9月1日前", "当年10月": this year's month; not "2031年9月", read above, nor "去年9月"; a year masked by the
  // page, "20*年11月末", "20xx年5月", is the plan's own: its month is read as a month without a year)
  for (const m of t.matchAll(MONTH_RE)) {
    const i = m.index!;
    const end = i + m[0].length;
    const chinese = !/^\d/.test(m[1]);
    // "十月" alone is a month only as a time limit: the whole of a line or a cell, or after a time
    // label, perhaps as a range's end ("三月至五月", "时间：三至五月")
    if (chinese && !m[4] && !bareMonthAsLimit(t, i, end)) continue;
    if (insideQuotes(t, i)) continue;
    // "9月份：行为规范月，尊师月。": a month's theme (names ending in 月) is what the month is about, no deadline
    if (!m[2] && THEME_MONTH.test(t.slice(end, end + 60))) continue;
    // "3月12日植树节；3月22日世界水日", "6月26日为国际禁毒日": a day and its name only (a day of the calendar,
    // nothing to be done by it) is no deadline
    if (m[2] && !m[4] && NAMED_DAY.test(t.slice(end, end + 24))) continue;
    // "3.5月": a decimal, unless the "3." is the number of the item the month starts ("3.5月底前…")
    if (/[.．]/.test(t[i - 1] ?? "") && afterItemNumber(t, clauseStart(t, i)) !== i) continue;
    const mo = chinese ? cnToInt(m[1]) : Number(m[1]);
    if (!(mo >= 1 && mo <= 12)) continue;
    const ss = sentenceStart(t, i);
    years.prior = printedYears.filter((p) => p.at >= ss && p.at < i).pop();
    const before = t.slice(Math.max(0, i - 4), i);
    if (/(从|自|每|个|每个)[ \t]*$/.test(before)) continue;
    if (m[2] && !m[4]) {
      // a notice's days: "补考9月11日至17日" → the 17th; "2月20日、21日报到注册" → the 21st; a
      // holiday or a rest period ("1月25日至2月19日放假", "…合理安排轮休") is no deadline
      const both = m[3] ? { end, month: null, day: Number(m[3]), days: [{ month: null, day: Number(m[3]) }] } : null;
      const range = both ?? dayRange(t, end) ?? dayList(t, end);
      if (range) {
        if (restPeriod(t, i, range.end) || /^[^，,。；;\n]{0,6}的/.test(t.slice(range.end)) || progressReport(t, i, range.end)) {
          taken.push([i, range.end]);
          continue;
        }
        const endMo = range.month ?? mo;
        for (const d of range.days) mentioned.add(`${d.month ?? mo}-${d.day}`);
        mentioned.add(`${mo}-${Number(m[2])}`);
        const shift = weekdayYear(t, end, yearOf(years, mo), mo, Number(m[2])) - yearOf(years, mo);
        if (!both && eachMonth(mo, range) && (range.days as DayRun["days"]).every((d) => d.at !== undefined)) {
          addEach(scan, i, end, range, (x) => yearOf(years, x) + shift, `${yearOf(years, mo) + shift}-${pad(mo)}-${pad(Number(m[2]))}`, 0.75);
          continue;
        }
        add(scan, i, range.end, `${yearOf(years, endMo) + shift}-${pad(endMo)}-${pad(range.day)}`, 0.75);
        continue;
      }
      // the same day named again ("10月7日（星期六）、10月8日上班；10月7日按…课表"): said once
      if (mentioned.has(`${mo}-${Number(m[2])}`)) continue;
      mentioned.add(`${mo}-${Number(m[2])}`);
      // a day of a class swap ("9月28日（周四）上周五的课"), or a day off, is no deadline
      if (SWAP_DAY.test(afterWeekday(t, end)) || restPeriod(t, i, end)) continue;
    }
    // "3个月", "每月", "从3月": not a deadline ("15个\n6月底前" in a table row is: the break ends the cell)
    if (START_WORDS.test(t.slice(end, end + 4))) continue;
    const afterDay = afterWeekday(t, end);
    if (afterDay.length !== t.length - end && /^\s*(?:开始|起|以来)/.test(afterDay)) continue;
    if (progressReport(t, i, end)) continue;
    // "8月份督查发现…": what an inspection found, in a report
    if (/发现/.test(t.slice(end, clauseEnd(t, end)))) continue;
    const by = m[2] ? `${weekdayYear(t, end, yearOf(years, mo), mo, Number(m[2]))}-${pad(mo)}-${pad(Number(m[2]))}` : `${yearOf(years, mo)}-${pad(mo)}`;
    add(scan, i, end, by, 0.75);
  }
  years.prior = undefined;
  // a month and day that lost their 月 and 日, glued to the clock time after them: "于101017:00前" (10月10日
  // 17:00), "时间：491400-1600" (4月9日14:00—16:00); read only where the split is one and the words around
  // it are a deadline's (于…前, a time label)
  for (const m of t.matchAll(GLUED_DAY)) {
    const i = m.index!;
    const end = i + m[0].length;
    const due = /^\s*(?:以前|之前|前)/.test(t.slice(end, end + 3)) || /(?:于|在)\s*$/.test(t.slice(Math.max(0, i - 2), i));
    if (!due && !TIME_LIMIT_LABEL.test(t.slice(Math.max(0, i - 8), i))) continue;
    const md = monthDay(m[1]);
    if (!md) continue;
    add(scan, i, end + (/^\s*(?:以前|之前|前)/.exec(t.slice(end, end + 3))?.[0].length ?? 0), `${yearOf(years, md[0])}-${pad(md[0])}-${pad(md[1])}`, 0.6);
  }
  // "全年" as the whole of a time-limit cell, or after a 时限/时间 label: work due by the year's end
  // ("全年开展…" in a sentence is how often, not when)
  for (const m of t.matchAll(YEAR_ROUND_RE)) {
    const i = m.index! + m[0].indexOf(m[1]);
    add(scan, i, i + m[1].length, `${planYear}-12`, 0.7);
  }
  // a year as the whole of a time-limit cell ("建设时间 | 2024"): work due within that year
  // (said once: a year the task's own words name already stands)
  for (const m of t.matchAll(BARE_YEAR_RE)) {
    const i = m.index! + m[0].indexOf(m[1]);
    if (!out.some((d) => d.by.startsWith(m[1]))) add(scan, i, i + m[1].length, m[1], 0.6);
  }
  // relative expressions
  // quarters ("第三季度", "三季度末前"; not "每季度") end in their last month; festivals (above)
  for (const m of t.matchAll(REL_RE)) {
    const i = m.index!;
    const end = i + m[0].length;
    if (insideQuotes(t, i)) continue;
    const before = t.slice(Math.max(0, i - 6), i);
    if (/\d\s*$/.test(before) && !m[2]) continue; // part of "2024年底", handled above
    // "今年底前完成", "本年度内": this year named before the relative expression; "明年春季开学前": the next
    const thisYear = /(?:今年|今|本年度?|当年)\s*$/.exec(before);
    // ("至明年底": 明 before 年底 names the next year, as 今 before it names this one)
    const nextYear = /(?:明年|次年|来年|明)\s*$/.exec(before);
    const yearWord = thisYear ?? nextYear;
    const lead = yearWord ? t.slice(Math.max(0, i - yearWord[0].length - 6), i - yearWord[0].length) : before;
    // "预计年内可全部完成", "计划年底前交付": a forecast or a plan dates the work as well as 力争/确保 do
    const prep = PREP_BEFORE.test(lead) || FORECAST_BEFORE.test(lead);
    // "积案年底前全部化解": a "…前" deadline right before what is to be done
    const dueBefore = /前$/.test(m[0]) && /^\s*(?:全部|全面|完成|实现|建成|基本|启动|出台|印发|制定|落实|化解|投入|通过|交付|竣工|完工)/.test(t.slice(end, end + 4));
    if (!prep && !dueBefore && !clauseStarting(t, i - (yearWord?.[0].length ?? 0))) continue;
    if (/(从|自)\s*$/.test(before)) continue;
    let by: string;
    if (m[2]) {
      const n = /\d/.test(m[2]) ? Number(m[2]) : cnToInt(m[2].replace("两", "二"));
      by = String(planYear + n);
    } else if (m[3]) {
      by = `${planYear}-${pad((/\d/.test(m[3]) ? Number(m[3]) : cnToInt(m[3])) * 3)}`;
    } else if (m[4]) {
      by = `${planYear}-${pad(festivalMonth(m[4], /前$/.test(m[0]))!)}`;
    } else if (m[1] === "开学前") {
      // "开学前48小时": a time before the opening day, measured from a day the plan does not date
      // (weeks before it are still the opening month or the one before: "开学前两周完成课程调整", "开学前2周")
      // (in a plan for a break, the term after it: a winter break's 开学前 is the spring term's start, a summer's the autumn's)
      const opens = term ?? (season === "winter" ? "spring" : season === "summer" ? "autumn" : undefined);
      if (!opens || /^\s*(?:\d+|[一二两三四五六七八九十]+)\s*(?:小时|天|日)/.test(t.slice(end, end + 6))) continue;
      // ("开学前后": around the opening, before and after)
      if (t[end] === "后") continue;
      by = `${planYear}-${opens === "spring" ? "02" : "08"}`;
      // "开学前对全县学校开展检查，2月28日前完成": the sentence dates the same work precisely
      const from = Math.max(t.lastIndexOf("。", i), t.lastIndexOf("\n", i)) + 1;
      const stop = t.slice(end).search(/[。\n]/);
      const sentence = t.slice(from, stop < 0 ? t.length : end + stop);
      const mo = Number(by.slice(5));
      if ([...sentence.matchAll(/(?<!\d)(\d{1,2})\s*月/g)].some((d) => Number(d[1]) === mo)) continue;
    } else if (/^新学期/.test(m[1])) {
      // "确保新学期开学前完工" in a notice about the summer (winter) break: the autumn (spring) term's start
      // (only work due by then: "确保…前完工", "…前如期完成"; not "新学期开学前要提前上班", when staff come back)
      if (!season) continue;
      const clause = t.slice(end, end + (t.slice(end).search(/[，,。；;\n]|$/) >>> 0));
      if (!/(?:确保|力争|务必)\s*$/.test(before) && !/完成|完工|竣工|交付|投入使用|投用|到位|就绪|呈现|建成/.test(clause)) continue;
      by = `${planYear}-${season === "summer" ? "08" : "02"}`;
    } else if (m[1] === "暑期" || m[1] === "暑假") {
      // "力争在暑期之前完成" is due before the break, "在暑期把运动场建设到位" by its end (work that
      // holds through the break, "在暑期对学生加强监管", or the break alone, "暑期安全教育", no deadline)
      if (/前$/.test(m[0])) by = `${planYear}-07`;
      else if (/(?:在|于)\s*$/.test(before) && DONE_WORK.test(t.slice(end, end + (t.slice(end).search(/[，,。；;\n]|$/) >>> 0)))) by = `${planYear}-08`;
      else continue;
    } else if (/^放假/.test(m[1])) {
      if (!season) continue;
      by = `${planYear}-${season === "summer" ? "07" : "01"}`;
    } else by = RELATIVE.find(([re]) => re.test(m[1]))![1](planYear);
    // "暑假期间校外人员一律不得进校", "暑假期间落实领导带班": a rule or a duty for the whole break, not work due by its end
    if (/期间$/.test(m[1]) && DUTY_OR_RULE.test(t.slice(end, t.slice(end).search(/[。；;\n]|$/) + end))) continue;
    if (nextYear && !m[2]) by = String(Number(by.slice(0, 4)) + 1) + by.slice(4);
    add(scan, i, end, by, 0.7);
  }
  // "本学期末前完成", "学期结束前": the end of the term a plan is for (a spring term ends in July, an
  // autumn term in the next January); unresolved without the term
  if (term) {
    for (const m of t.matchAll(TERM_END)) {
      const i = m.index!;
      if (insideQuotes(t, i)) continue;
      const before = t.slice(Math.max(0, i - 6), i);
      if (!PREP_BEFORE.test(before) && !clauseStarting(t, i) && !TIME_LIMIT_LABEL.test(t.slice(Math.max(0, i - 8), i))) continue;
      // "本学期内每月开展一次": how often through the term, not when it is due
      if (/^[，,\s]*(?:每|定期|不定期|多次|分批|坚持)/.test(t.slice(i + m[0].length, i + m[0].length + 6))) continue;
      add(scan, i, i + m[0].length, term === "spring" ? `${planYear}-07` : `${planYear + 1}-01`, 0.7);
    }
  }
  // "明年3月前", "次年6月底": a month of the year after the plan's
  for (const m of t.matchAll(NEXT_YEAR_MONTH)) {
    const mo = Number(m[1]);
    if (!(mo >= 1 && mo <= 12) || insideQuotes(t, m.index!)) continue;
    add(scan, m.index!, m.index! + m[0].length, `${planYear + 1}-${pad(mo)}`, 0.7);
  }
  // "今年底前基本完成建设，明年抓好功能完善": the next year opening a clause of work dates that work
  for (const m of t.matchAll(NEXT_YEAR_WORK)) {
    if (insideQuotes(t, m.index!) || !clauseStarting(t, m.index!)) continue;
    add(scan, m.index!, m.index! + 2, String(planYear + 1), 0.6);
  }
  // a schedule's dotted days: "时间：4.23-5.30" (the last day), "开展“3.22世界水日”活动" (a day the
  // activity is named by); not an amount ("2.5万元", "1.5倍"), which has neither the label nor the quote
  for (const m of t.matchAll(DOTTED_DAY)) {
    const i = m.index! + m[0].length - m[1].length;
    const mo = Number(m[4] ?? m[2]);
    const day = Number(m[5] ?? m[3]);
    if (!(mo >= 1 && mo <= 12 && day >= 1 && day <= 31)) continue;
    add(scan, i, m.index! + m[0].length, `${yearOf(years, mo)}-${pad(mo)}-${pad(day)}`, 0.7);
  }
  // "网络申报（2.18-2.25下午）": a bracketed span of dotted days after an item is when it is done, by the last
  for (const m of t.matchAll(BRACKETED_DAYS)) {
    const [a, b, c, d] = [m[1], m[2], m[3], m[4]].map(Number);
    // (real days, in order: "2.30-1.10" is no span; "12.28-1.3" runs over the new year)
    const onward = c > a || (c === a && d > b) || (a === 12 && c === 1);
    if (!realDay(a, b) || !realDay(c, d) || !onward || insideQuotes(t, m.index!)) continue;
    add(scan, m.index! + 1, m.index! + m[0].length - 1, `${yearOf(years, c)}-${pad(c)}-${pad(d)}`, 0.7);
  }
  // numeric dates: "时间：2031.3-2031.5" (the last month), "完成时限：2031.12", a cell of "2031/6/30",
  // "2031-06-30前完成"; read after a time label, as a whole line or cell, or before 前/底/完成; not
  // an amount ("2031.5万元"), a version or a span of years ("2021-2035")
  for (const m of t.matchAll(NUMERIC_DATE)) {
    const i = m.index!;
    const end = i + m[0].length;
    if (insideQuotes(t, i)) continue;
    const roc = m[1].length <= 3;
    // (a Minguo date only with its day and a dot or slash: "104.5" is a number, "112-3-5" a code;
    // "97.09.17前" is a Minguo year of two digits, 1971–2010)
    if (roc && (!m[4] || /[\-－]/.test(m[2]))) continue;
    const y = Number(m[1]) + (roc ? 1911 : 0);
    const mo = Number(m[3]);
    const day = m[4] ? Number(m[4]) : 0;
    if (!(mo >= 1 && mo <= 12) || (m[4] && !(day >= 1 && day <= 31))) continue;
    // a range's end: "2031.3-2031.5", "2031.3—5", "2031.3.1-3.31", "2031.3.1-15"
    const first = m[4] ? `${y}-${pad(mo)}-${pad(day)}` : `${y}-${pad(mo)}`;
    let by = first;
    let stop = end;
    const r = NUMERIC_RANGE_END.exec(t.slice(end, end + 16));
    if (r) {
      const ry = r[1] ? Number(r[1]) : y;
      const a = Number(r[2]);
      const b = r[3] ? Number(r[3]) : null;
      if (m[4]) {
        // a day range: "3.1-3.31" (month and day) or "3.1-15" (the day)
        if (b !== null && a >= 1 && a <= 12 && b >= 1 && b <= 31) by = `${ry}-${pad(a)}-${pad(b)}`;
        else if (b === null && a >= 1 && a <= 31) by = `${ry}-${pad(mo)}-${pad(a)}`;
      } else if (a >= 1 && a <= 12) by = b !== null && b >= 1 && b <= 31 ? `${ry}-${pad(a)}-${pad(b)}` : `${ry}-${pad(a)}`;
      if (by !== first) stop = end + r[0].length;
    }
    const lineStart = t.lastIndexOf("\n", i - 1) + 1;
    const nl = t.indexOf("\n", stop);
    const labelled = NUMERIC_LABEL.test(t.slice(Math.max(0, i - 10), i));
    const ownLine = /^[\s（(]*$/.test(t.slice(lineStart, i)) && /^[\s）)。；;]*$/.test(t.slice(stop, nl < 0 ? t.length : nl));
    const due = /^\s*(?:以前|之前|前|底|完成|建成|竣工|交付)/.test(t.slice(stop, stop + 4));
    // ("97.09.23出發前實施": a day with its year opening a clause dates what the clause says, as "2031年9月23日…" does)
    const opens = !!m[4] && clauseStarting(t, i);
    if (!labelled && !ownLine && !due && !opens) continue;
    // "教务处\n2031-1-15": a signature's date under the body that signs
    if (ownLine && !labelled && !due && SIGNER_LINE.test(t.slice(Math.max(0, lineStart - 40), lineStart))) continue;
    // a page's own record ("发布时间：2031-03-12") dates the page, not a task
    if (progressReport(t, i, stop) || /(?:发布|发文|成文|印发|更新|上传|录入|浏览)(?:时间|日期)\s*[：:]?\s*$/.test(t.slice(Math.max(0, i - 10), i))) continue;
    add(scan, i, stop, by, 0.75);
  }
  // "整改时限：春季开学前" after "春季开学前消除全部大班额": a time-limit label repeating the very
  // date words of a commitment in the text is that commitment again, not a second deadline
  // (a label with other words — "暑假前完成…；时限：7月" — stays a deadline of its own)
  return out
    .filter((d) => {
      const w = said.get(d)!;
      if (w.label && out.some((e) => e !== d && e.by === d.by && !said.get(e)!.label && said.get(e)!.words === w.words)) return false;
      // "（二）报批阶段（3月）…3月底前完成报批": a stage's bracketed period that its own work dates again, to the
      // same month or day, is that deadline again
      return !(w.bracketed && out.some((e) => e !== d && e.by === d.by && !said.get(e)!.bracketed));
    })
    .sort((a, b) => a.span![0] - b.span![0]);
}

// digits of a month and a day run into a clock time: "1010" + "17:00", "49" + "1400-1600"
const GLUED_DAY = /(?<![\d.．/\-－年月日号])(?<!\d[:：])(\d{2,4})(?:(?:[01]\d|2[0-3])[:：][0-5]\d|(?:[01]\d|2[0-3])[0-5]\d(?=\s*[-—–~～至]\s*(?:[01]\d|2[0-3])[:：]?[0-5]\d(?!\d))|(?:[01]\d|2[0-3])[0-5]\d(?=\s*(?:以前|之前|前)))(?![\d%％])/g;

// "2031.3", "2031.3.15", "2031-06-30", "2031/6/30" (a year, a month and perhaps a day, one separator throughout);
// a Minguo year with month and day, "114/10/21", "104.10.22", "97.09.17" (Taiwan)
const NUMERIC_DATE = /(?<![\d.．/\-－])(20\d{2}|1[0-4]\d|[6-9]\d)\s*([.．/\-－])\s*(\d{1,2})(?:\s*\2\s*(\d{1,2}))?(?![\d%％]|\s*(?:[.．]\d|万|亿|元|倍|版|次|年))/g;
const NUMERIC_RANGE_END = /^\s*(?:-|—+|–|~|～|至|到)\s*(?:(20\d{2})\s*[.．/\-－]\s*)?(\d{1,2})(?:\s*[.．/\-－]\s*(\d{1,2}))?(?![\d%％]|\s*[.．]\d)/;
const NUMERIC_LABEL = /(?:时限|期限|时间节点|完成时间|时间|日期|截止|截至|节点)\s*[：:]?\s*$/;
// what a plan promises to have done by a date
const COMMITMENT = /试点|推开|推广|实施|完成|建成|实现|达到|达|启动|开工|竣工|投入使用|确保|力争|争取|新建|改扩建|扩建|改建|建设|推进|开展|举办|出台|印发|覆盖|提高|提升|降低|控制|新增|增加|创建|通过|全面|基本|培训|招聘|补充|引进/;
// a figure stated ("1.2亿元", "X人", "x家")
const STATED_FIGURE = /(?:\d+(?:\.\d+)?|[Xx×]+)\s*(?:万|亿|元|人|家|个|所|项|次|名|%|％)/;
const TERM_END = /(?<![上下每新一二])(?:本学期|学期)(?:末|结束前|结束|内)(?:以前|之前|前)?/g;
const NEXT_YEAR_WORK = /明年(?=\s*(?:要|将|力争|争取|确保|全面|基本|完成|抓好|实现|建成|启动|开展|推进|再|继续)(?!\s*[一-龥]{0,2}月))/g;
const NEXT_YEAR_MONTH = /(?:明年|次年|来年)\s*(\d{1,2})\s*月(?:份|底|末|中旬|上旬|下旬)?(?:以前|之前|前)?/g;
const BRACKETED_DAYS = /[（(](\d{1,2})[.．](\d{1,2})\s*[-—–~～至到]\s*(\d{1,2})[.．](\d{1,2})\s*(?:上午|下午|晚上|中午)?\s*[）)](?!\s*[分米元万亿倍%％个人次岁秒])/g;
const DOTTED_DAY = /(?:(?:时间|日期)\s*[：:]\s*|“)((\d{1,2})[.．](\d{1,2})(?:\s*[-—–~～至到]\s*(\d{1,2})[.．](\d{1,2}))?)(?![\d.．%％万亿倍])(?=\s*(?:$|[，,。；;、）)\s]|[\u4e00-\u9fff]{0,8}(?:日|节)))/g;

// work done and over with ("建设到位", "完成改造")
const DONE_WORK = /完成|完工|竣工|交付|投入使用|投用|到位|就绪|建成/;

const CN_MONTH_RANGE_START = String.raw`(?:[一二三四五六七八九十]{1,2}|\d{1,2})\s*月?\s*(?:至|到|—+|-|–|～|~)\s*`;
const LIMIT_BEFORE = new RegExp(String.raw`^[ \t]*(?:(?:完成|整改|办结)?(?:时限|期限|时间节点|时间|日期)\s*[：:])?\s*(?:${CN_MONTH_RANGE_START})?$`);
const LABELLED_RANGE_START = new RegExp(`(?:时限|期限|时间节点|时间)\\s*[：:]\\s*${CN_MONTH_RANGE_START}$`);
const LIMIT_AFTER = /^\s*(?:完成|办结|前)?\s*[。；;）)]?[ \t]*(?:\n|$)/;
/** A month in words without 份/底/前 stands as a time limit: a line or cell of its own, or after 时限：. */
function bareMonthAsLimit(t: string, i: number, end: number): boolean {
  const lineStart = t.lastIndexOf("\n", i - 1) + 1;
  const before = t.slice(lineStart, i);
  const labelled = TIME_LIMIT_LABEL.test(t.slice(Math.max(0, i - 8), i)) || LABELLED_RANGE_START.test(t.slice(Math.max(0, i - 16), i));
  return labelled || (LIMIT_BEFORE.test(before) && LIMIT_AFTER.test(t.slice(end)));
}

// after a term's words: a tally of what was done in it, its opening, or a comma and a day of its own that dates
// the sentence's work more precisely ("2031年春季学期，高中于2月19日正式上课")
const TERM_FRAME_AFTER = /^\s*(?:累计|共计|已|开学(?!前|时|之前|以前))|^\s*[，,][^。；;\n]*?\d{1,2}\s*月\s*\d{1,2}\s*[日号]/;
const TERM_SUFFIX = /^\s*(?:上学期|下学期|春季学期|秋季学期)/;
const TERM_NAMES_A_THING = /^\s*(?:的)?\s*(?:工作计划|计划|课程|教学计划|教学进度|工作安排|校历|行事历|教材|作息)/;
