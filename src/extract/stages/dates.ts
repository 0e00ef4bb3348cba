// Dated commitments. Relative dates resolve against the plan year: 暑假前 → YYYY-07,
// 秋季开学前 → YYYY-08, 年底/年内 → YYYY-12, 年初 → YYYY-01, 9 月底 → YYYY-09, 2年内 → YYYY+2.
import type { ExtractedDeadline } from "../model.js";
import { insideQuotes } from "./clauses.js";
import { cnToInt } from "./numbering.js";
import type { Stitched } from "./stitched.js";
import { foldHan } from "./hanFold.js";
import { pad } from "./dateNumerals.js";
import { festivalMonth, RELATIVE } from "./relativeDates.js";
import { realDay } from "./dateDays.js";
import { DUTY_OR_RULE, progressReport, SIGNER_LINE } from "./notDue.js";
import { add, type DeadlineScan, TIME_LIMIT_LABEL } from "./deadlineScan.js";
import { type MonthYears, type OwnTime, yearOf } from "./dateYears.js";
import { clauseStarting, PREP_BEFORE } from "./dateContext.js";
import { readYearDates } from "./yearDeadlines.js";
import { readGluedDays, readMonthDates } from "./monthDeadlines.js";
export { minguoYear, numeral } from "./dateNumerals.js";
export { monthDay } from "./dateDays.js";
export { signerLine } from "./notDue.js";
export { ownTime, type OwnTime, workYear } from "./dateYears.js";
export { monthDaysWithoutMonth } from "./gluedMonthDays.js";

const FORECAST_BEFORE = /(?:预计|计划|拟|有望)\s*(?:将|可|于|在)?\s*$/;

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
  const printedYears = readYearDates(scan, mentioned);
  if (planYear === null) return out;
  // (`eve`: the plan's own time in the year before the plan's: its months from that one on are in that year)
  const years: MonthYears = { planYear, rollover, eve: eve ?? null, prior: undefined };
  readMonthDates(scan, years, printedYears, mentioned);
  readGluedDays(scan, years);
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

// "2031.3", "2031.3.15", "2031-06-30", "2031/6/30" (a year, a month and perhaps a day, one separator throughout);
// a Minguo year with month and day, "114/10/21", "104.10.22", "97.09.17" (Taiwan)
const NUMERIC_DATE = /(?<![\d.．/\-－])(20\d{2}|1[0-4]\d|[6-9]\d)\s*([.．/\-－])\s*(\d{1,2})(?:\s*\2\s*(\d{1,2}))?(?![\d%％]|\s*(?:[.．]\d|万|亿|元|倍|版|次|年))/g;
const NUMERIC_RANGE_END = /^\s*(?:-|—+|–|~|～|至|到)\s*(?:(20\d{2})\s*[.．/\-－]\s*)?(\d{1,2})(?:\s*[.．/\-－]\s*(\d{1,2}))?(?![\d%％]|\s*[.．]\d)/;
const NUMERIC_LABEL = /(?:时限|期限|时间节点|完成时间|时间|日期|截止|截至|节点)\s*[：:]?\s*$/;
const TERM_END = /(?<![上下每新一二])(?:本学期|学期)(?:末|结束前|结束|内)(?:以前|之前|前)?/g;
const NEXT_YEAR_WORK = /明年(?=\s*(?:要|将|力争|争取|确保|全面|基本|完成|抓好|实现|建成|启动|开展|推进|再|继续)(?!\s*[一-龥]{0,2}月))/g;
const NEXT_YEAR_MONTH = /(?:明年|次年|来年)\s*(\d{1,2})\s*月(?:份|底|末|中旬|上旬|下旬)?(?:以前|之前|前)?/g;
const BRACKETED_DAYS = /[（(](\d{1,2})[.．](\d{1,2})\s*[-—–~～至到]\s*(\d{1,2})[.．](\d{1,2})\s*(?:上午|下午|晚上|中午)?\s*[）)](?!\s*[分米元万亿倍%％个人次岁秒])/g;
const DOTTED_DAY = /(?:(?:时间|日期)\s*[：:]\s*|“)((\d{1,2})[.．](\d{1,2})(?:\s*[-—–~～至到]\s*(\d{1,2})[.．](\d{1,2}))?)(?![\d.．%％万亿倍])(?=\s*(?:$|[，,。；;、）)\s]|[\u4e00-\u9fff]{0,8}(?:日|节)))/g;

// work done and over with ("建设到位", "完成改造")
const DONE_WORK = /完成|完工|竣工|交付|投入使用|投用|到位|就绪|建成/;
