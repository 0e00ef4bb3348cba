// Months and days printed without a year ("9月底", "三月份", "10月10号前", a run of days "9月11日至17日", a list
// "2月20日、21日"), in the year a printed year earlier in the sentence or the plan gives them; and a month and
// day glued to a clock time ("于101017:00前").
import { afterItemNumber, clauseEnd, clauseStart, insideQuotes, sentenceStart } from "./clauses.js";
import { START_WORDS } from "./dateContext.js";
import { afterWeekday, dayList, dayRange, type DayRun, eachMonth, monthDay, weekdayThenStart, weekdayYear } from "./dateDays.js";
import { ym, ymd } from "./dateNumerals.js";
import { type MonthYears, yearOf } from "./dateYears.js";
import { add, addEach, type DeadlineScan, TIME_LIMIT_LABEL } from "./deadlineScan.js";
import { progressReport, restPeriod, SWAP_DAY } from "./notDue.js";
import { cnToInt } from "./numbering.js";
import type { PrintedYears } from "./yearDeadlines.js";
import { firstMatch } from "./matchFrom.js";

// after a month label, its theme or themes only: "：行为规范月，尊敬师长月。", "：安全教育月" (up to the line's
// end or the next month's label)
const THEME_MONTH = /^\s*[：:]\s*(?![^，,、。；;\n]{0,4}(?:开展|举办|组织|完成|召开|启动|举行|进行|做好))(?:[^，,、。；;：:\n\d]{1,10}\s*[，,、；;]\s*){0,3}[^，,、。；;：:\n\d]{1,10}月\s*(?:[。；;]|$|\n|\s+(?:\d{1,2}|十[一二]?|[一二三四五六七八九])\s*月)/;
// after a day, only the day's name: "植树节；", "为国际禁毒日。", "世界水日" up to the clause's end
const NAMED_DAY = /^\s*(?:为|是|定为)?\s*(?![^，,、。；;\n]{0,4}(?:开展|举办|组织|完成|召开|启动|举行|进行|做好|庆祝|迎接|参加))[^，,、。；;：:\n\d]{1,12}?(?:节|日)\s*(?=[，,、。；;]|$|\n)/;

// a day's timetable: "按第四周周四课表安排教学", "上周三的课"
const SAME_DAY_TIMETABLE = /^[^，,。；;\n]{0,12}(?:课表|的课)/;
const MONTH_RE = /(?<!\d)(?<!(?<!今|当|20[*xX×＊]{1,2})年)(\d{1,2}|十[一二]?|[一二三四五六七八九])\s*月\s*(?:(\d{1,2})(?:\s*(?:-|—|～|~|至|到|、|[,，](?=\s*\d{1,2}\s*[日号]))\s*(\d{1,2}))?\s*(?:日|号|(?=\s*(?:以前|之前|前))))?\s*((?:份|底|末|中旬|上旬|下旬)?(?:以前|之前|前)?)/g;
// digits of a month and a day run into a clock time: "1010" + "17:00", "49" + "1400-1600"
const GLUED_DAY = /(?<![\d.．/\-－年月日号])(?<!\d[:：])(\d{2,4})(?:(?:[01]\d|2[0-3])[:：][0-5]\d|(?:[01]\d|2[0-3])[0-5]\d(?=\s*[-—–~～至]\s*(?:[01]\d|2[0-3])[:：]?[0-5]\d(?!\d))|(?:[01]\d|2[0-3])[0-5]\d(?=\s*(?:以前|之前|前)))(?![\d%％])/g;
// (what every match of GLUED_DAY holds beside its digits: a clock's colon, a range's dash, or 前)
const GLUED_DAY_SIGN = /[:：前\-—–~～至]/;
const DIGIT = /\d/;

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

/** Reads the months printed without a year (`years.prior` set per month to the year printed before it in its sentence). */
export function readMonthDates(scan: DeadlineScan, years: MonthYears, printedYears: PrintedYears, mentioned: Set<string>): void {
  const { t, taken } = scan;
  // "2023年2月6日开学，2月7日正式上课": a month after a date printed with its year in the same sentence
  // is in that year (in the next one when the month comes round again: "2023年12月28日至1月3日")
  // months without a year: "9月底", "9 月份", "三月份"
  // ("8月26-27日": two days under one 日, the range's last day; "1月15,16日": two days of one month set apart by a
// comma, the last)
  // ("10月10号前", "10月10前": a day written with 号, or without 日 before 前)
  // ("今年9月1日前", "当年10月": this year's month; not "2031年9月", read above, nor "去年9月"; a year masked by the
  // page, "20*年11月末", "20xx年5月", is the plan's own: its month is read as a month without a year)
  // the work each day read alone was named for (a day named again for the same work is said once)
  const workOf = new Map<string, string>();
  if (t.includes("月")) for (let m = firstMatch(MONTH_RE, t); m; m = MONTH_RE.exec(t)) {
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
        // ("2月11日至2月24日的表格", "…之表格": a span naming a thing)
        if (restPeriod(t, i, range.end) || /^[^，,。；;\n]{0,6}(?:的|之(?![前后内间际]))/.test(t.slice(range.end)) || progressReport(t, i, range.end)) {
          taken.push([i, range.end]);
          continue;
        }
        const endMo = range.month ?? mo;
        for (const d of range.days) mentioned.add(`${d.month ?? mo}-${d.day}`);
        mentioned.add(`${mo}-${Number(m[2])}`);
        const shift = weekdayYear(t, end, yearOf(years, mo), mo, Number(m[2])) - yearOf(years, mo);
        if (!both && eachMonth(mo, range) && (range.days as DayRun["days"]).every((d) => d.at !== undefined)) {
          addEach(scan, i, end, range, (x) => yearOf(years, x) + shift, ymd(yearOf(years, mo) + shift, mo, Number(m[2])), 0.75);
          continue;
        }
        add(scan, i, range.end, ymd(yearOf(years, endMo) + shift, endMo, range.day), 0.75);
        continue;
      }
      // the same day named again: said once where it is named for the timetable it keeps ("10月7日（星期六）、10月8日
      // 上班；10月7日按…课表"), as a span's end, alone (no words of work round it) or for the same work again ("…2月24日
      // 上班；…2月24日上班"); named for other work ("9月5日、9月6日报到；9月6日班主任到班组织活动", "专任教师报到时间为
      // 3月2日"), a deadline of that work
      const key = `${mo}-${Number(m[2])}`;
      const after = afterWeekday(t, end);
      const work = after.slice(0, clauseEnd(after, 0)).replace(/\s+/g, "");
      if (mentioned.has(key)) {
        const before = t.slice(clauseStart(t, i), i);
        if (SAME_DAY_TIMETABLE.test(after) || /(?:至|到|—|-|－|～|~)\s*$/.test(before) || (!before.trim() && !/^\p{Script=Han}/u.test(work)) || workOf.get(key) === work) continue;
      }
      workOf.set(key, work);
      mentioned.add(key);
      // a day of a class swap ("9月28日（周四）上周五的课"), or a day off, is no deadline
      if (SWAP_DAY.test(afterWeekday(t, end)) || restPeriod(t, i, end)) continue;
    }
    // "3个月", "每月", "从3月": not a deadline ("15个\n6月底前" in a table row is: the break ends the cell)
    // (but "7月10日前到中心学校审核", "…之前到教务处报名": after a day's 前, 到 goes to a place, xnotices)
    if (START_WORDS.test(t.slice(end, end + 4)) && !(/前$/.test(m[4] ?? "") && /^\s*到\s*(?![\d一二三四五六七八九十]|年|月|日|期|时|位|达|底)\p{Script=Han}/u.test(t.slice(end, end + 5)))) continue;
    if (weekdayThenStart(t, end)) continue;
    if (progressReport(t, i, end)) continue;
    // "8月份督查发现…": what an inspection found, in a report
    if (/发现/.test(t.slice(end, clauseEnd(t, end)))) continue;
    const by = m[2] ? ymd(weekdayYear(t, end, yearOf(years, mo), mo, Number(m[2])), mo, Number(m[2])) : ym(yearOf(years, mo), mo);
    add(scan, i, end, by, 0.75);
  }
  years.prior = undefined;
}

/** Reads a month and a day glued to the clock time after them where the words round them are a deadline's. */
export function readGluedDays(scan: DeadlineScan, years: MonthYears): void {
  const { t } = scan;
  // a month and day that lost their 月 and 日, glued to the clock time after them: "于101017:00前" (10月10日
  // 17:00), "时间：491400-1600" (4月9日14:00—16:00); read only where the split is one and the words around
  // it are a deadline's (于…前, a time label)
  if (DIGIT.test(t) && GLUED_DAY_SIGN.test(t)) for (let m = firstMatch(GLUED_DAY, t); m; m = GLUED_DAY.exec(t)) {
    const i = m.index!;
    const end = i + m[0].length;
    const due = /^\s*(?:以前|之前|前)/.test(t.slice(end, end + 3)) || /(?:于|在)\s*$/.test(t.slice(Math.max(0, i - 2), i));
    if (!due && !TIME_LIMIT_LABEL.test(t.slice(Math.max(0, i - 8), i))) continue;
    const md = monthDay(m[1]);
    if (!md) continue;
    add(scan, i, end + (/^\s*(?:以前|之前|前)/.exec(t.slice(end, end + 3))?.[0].length ?? 0), ymd(yearOf(years, md[0]), md[0], md[1]), 0.6);
  }
}

// a day with 前 and no month of its own: "18日前"
const LONE_DAY = /(?<![\d.．/\-－年月日号])(\d{1,2})\s*[日号]\s*(?=以前|之前|前)/g;
// a month and day printed earlier in the sentence, not a recurring one ("每月20日")
const MONTH_AND_DAY = /(?<![每\d])(\d{1,2}|十[一二]?|[一二三四五六七八九])\s*月\s*(\d{1,2})\s*[日号]/g;
/**
 * "3月15日前完成方案，18日前完成比赛": a day due by (…前) without a month of its own, after a month and day in the
 * same sentence, is a later day of that month. (Read after the months, whose runs and lists of days are taken.)
 */
export function readLoneDays(scan: DeadlineScan, years: MonthYears, printedYears: PrintedYears): void {
  const { t } = scan;
  if (t.includes("前") && DIGIT.test(t)) for (let m = firstMatch(LONE_DAY, t); m; m = LONE_DAY.exec(t)) {
    const i = m.index!;
    const ss = sentenceStart(t, i);
    const last = [...t.slice(ss, i).matchAll(MONTH_AND_DAY)].pop();
    if (!last) continue;
    const mo = /^\d/.test(last[1]) ? Number(last[1]) : cnToInt(last[1]);
    const day = Number(m[1]);
    if (!(mo >= 1 && mo <= 12) || !(day > Number(last[2]) && day <= 31)) continue;
    years.prior = printedYears.filter((p) => p.at >= ss && p.at < i).pop();
    add(scan, i, i + m[0].length, ymd(yearOf(years, mo), mo, day), 0.6);
  }
  years.prior = undefined;
}
