// Dates in figures and dots: a schedule's dotted days ("时间：4.23-5.30"), a bracketed span of them ("（2.18-2.25）"),
// numeric dates with their year ("2031.3-2031.5", "2031/6/30", a Minguo "114/10/21").
import { insideQuotes } from "./clauses.js";
import { clauseStarting } from "./dateContext.js";
import { realDay } from "./dateDays.js";
import { ym, ymd } from "./dateNumerals.js";
import { type MonthYears, yearOf } from "./dateYears.js";
import { add, type DeadlineScan } from "./deadlineScan.js";
import { progressReport, SIGNER_LINE } from "./notDue.js";
import { firstMatch } from "./matchFrom.js";

// "2031.3", "2031.3.15", "2031-06-30", "2031/6/30" (a year, a month and perhaps a day, one separator throughout);
// a Minguo year with month and day, "114/10/21", "104.10.22", "97.09.17" (Taiwan)
const NUMERIC_DATE = /(?<![\d.．/\-－])(20\d{2}|1[0-4]\d|[6-9]\d)\s*([.．/\-－])\s*(\d{1,2})(?:\s*\2\s*(\d{1,2}))?(?![\d%％]|\s*(?:[.．]\d|万|亿|元|倍|版|次|年))/g;
const NUMERIC_RANGE_END = /^\s*(?:-|—+|–|~|～|至|到)\s*(?:(20\d{2})\s*[.．/\-－]\s*)?(\d{1,2})(?:\s*[.．/\-－]\s*(\d{1,2}))?(?![\d%％]|\s*[.．]\d)/;
const STAMP_TIME = /^\s*\d{1,2}[:：]\d{2}[:：]\d{2}(?!\d)/;
const NUMERIC_LABEL = /(?:时限|期限|时间节点|完成时间|时间|日期|截止|截至|节点)\s*[：:]?\s*$/;
const BRACKETED_DAYS = /[（(](\d{1,2})[.．](\d{1,2})\s*[-—–~～至到]\s*(\d{1,2})[.．](\d{1,2})\s*(?:上午|下午|晚上|中午)?\s*[）)](?!\s*[分米元万亿倍%％个人次岁秒])/g;
const DOTTED_DAY = /(?:(?:时间|日期)\s*[：:]\s*|“)((\d{1,2})[.．](\d{1,2})(?:\s*[-—–~～至到]\s*(\d{1,2})[.．](\d{1,2}))?)(?![\d.．%％万亿倍])(?=\s*(?:$|[，,。；;、）)\s]|[\u4e00-\u9fff]{0,8}(?:日|节)))/g;
// (what every match holds: DOTTED_DAY and BRACKETED_DAYS a dot, NUMERIC_DATE a digit and its separator)
const DOT = /[.．]/;
const DIGIT = /\d/;
const NUMERIC_SIGN = /[.．/\-－]/;

/** Reads the dotted days and the numeric dates (months without a year by `years`). */
export function readNumericDates(scan: DeadlineScan, years: MonthYears): void {
  const { t } = scan;
  // a schedule's dotted days: "时间：4.23-5.30" (the last day), "开展“3.22世界水日”活动" (a day the
  // activity is named by); not an amount ("2.5万元", "1.5倍"), which has neither the label nor the quote
  const dotted = DOT.test(t);
  if (dotted) for (let m = firstMatch(DOTTED_DAY, t); m; m = DOTTED_DAY.exec(t)) {
    const i = m.index! + m[0].length - m[1].length;
    const mo = Number(m[4] ?? m[2]);
    const day = Number(m[5] ?? m[3]);
    if (!(mo >= 1 && mo <= 12 && day >= 1 && day <= 31)) continue;
    add(scan, i, m.index! + m[0].length, ymd(yearOf(years, mo), mo, day), 0.7);
  }
  // "网络申报（2.18-2.25下午）": a bracketed span of dotted days after an item is when it is done, by the last
  if (dotted) for (let m = firstMatch(BRACKETED_DAYS, t); m; m = BRACKETED_DAYS.exec(t)) {
    const [a, b, c, d] = [m[1], m[2], m[3], m[4]].map(Number);
    // (real days, in order: "2.30-1.10" is no span; "12.28-1.3" runs over the new year)
    const onward = c > a || (c === a && d > b) || (a === 12 && c === 1);
    if (!realDay(a, b) || !realDay(c, d) || !onward || insideQuotes(t, m.index!)) continue;
    add(scan, m.index! + 1, m.index! + m[0].length - 1, ymd(yearOf(years, c), c, d), 0.7);
  }
  // numeric dates: "时间：2031.3-2031.5" (the last month), "完成时限：2031.12", a cell of "2031/6/30",
  // "2031-06-30前完成"; read after a time label, as a whole line or cell, or before 前/底/完成; not
  // an amount ("2031.5万元"), a version or a span of years ("2021-2035")
  if (DIGIT.test(t) && NUMERIC_SIGN.test(t)) for (let m = firstMatch(NUMERIC_DATE, t); m; m = NUMERIC_DATE.exec(t)) {
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
    const first = m[4] ? ymd(y, mo, day) : ym(y, mo);
    let by = first;
    let stop = end;
    const r = NUMERIC_RANGE_END.exec(t.slice(end, end + 16));
    if (r) {
      const ry = r[1] ? Number(r[1]) : y;
      const a = Number(r[2]);
      const b = r[3] ? Number(r[3]) : null;
      if (m[4]) {
        // a day range: "3.1-3.31" (month and day) or "3.1-15" (the day)
        if (b !== null && a >= 1 && a <= 12 && b >= 1 && b <= 31) by = ymd(ry, a, b);
        else if (b === null && a >= 1 && a <= 31) by = ymd(ry, mo, a);
      } else if (a >= 1 && a <= 12) by = b !== null && b >= 1 && b <= 31 ? ymd(ry, a, b) : ym(ry, a);
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
    // (so does a date stamped with its second, "2031-03-12 16:00:00": a system's record of a post or an edit, whatever its label)
    if (progressReport(t, i, stop) || /(?:发布|发文|成文|印发|更新|上传|录入|浏览)(?:时间|日期)\s*[：:]?\s*$/.test(t.slice(Math.max(0, i - 10), i)) || STAMP_TIME.test(t.slice(stop, stop + 12))) continue;
    add(scan, i, stop, by, 0.75);
  }
}
