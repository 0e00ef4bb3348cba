// Dates said against the plan year: 全年 or a bare year as a time-limit cell, 年底/上半年/暑假前/开学前/国庆节前/第三季度,
// N年内, the end of the term (本学期末), 明年 with a month or opening a clause of work.
import { insideQuotes } from "./clauses.js";
import { clauseStarting, PREP_BEFORE } from "./dateContext.js";
import { ym } from "./dateNumerals.js";
import { add, type DeadlineScan, TIME_LIMIT_LABEL } from "./deadlineScan.js";
import { DUTY_OR_RULE } from "./notDue.js";
import { cnToInt } from "./numbering.js";
import { festivalMonth, RELATIVE } from "./relativeDates.js";
import { firstMatch } from "./matchFrom.js";

const FORECAST_BEFORE = /(?:预计|计划|拟|有望)\s*(?:将|可|于|在)?\s*$/;
const YEAR_ROUND_RE = /(?:^|\n|(?:时限|时间|期限)\s*[：:])[ \t]*(全年(?:度)?)[ \t]*(?=$|\n|[）)；;。])/g;
const BARE_YEAR_RE = /(?:^|\n)[ \t]*(20\d{2})[ \t]*(?=$|\n)/g;
const REL_RE = /(?:(年底|年末|年内|年初|上半年|下半年|暑假前|暑期前|放暑假前|暑假期间|寒假前|放假前|放假之前|秋季开学前|秋季学期开学前|春季开学前|春季学期开学前|新学期(?:开学)?(?:以前|之前|前)|(?<![季期每])开学前|汛期前|汛前|([一两二三四五\d])\s*年内|(?<![每\d一二三四])第?([一二三四1-4])\s*季度(?:末|底)?|(清明节|清明|五一劳动节|五一|劳动节|五四青年节|五四|青年节|六一儿童节|六一|儿童节|七一|建党节|八一|建军节|教师节|国庆节|国庆)(?=以前|之前|前|期间|当天)|暑期|暑假)(?:以前|之前|前)?)/g;
const TERM_END = /(?<![上下每新一二])(?:本学期|学期)(?:末|结束前|结束|内)(?:以前|之前|前)?/g;
const NEXT_YEAR_WORK = /明年(?=\s*(?:要|将|力争|争取|确保|全面|基本|完成|抓好|实现|建成|启动|开展|推进|再|继续)(?!\s*[一-龥]{0,2}月))/g;
const NEXT_YEAR_MONTH = /(?:明年|次年|来年)\s*(\d{1,2})\s*月(?:份|底|末|中旬|上旬|下旬)?(?:以前|之前|前)?/g;
// work done and over with ("建设到位", "完成改造")
const DONE_WORK = /完成|完工|竣工|交付|投入使用|投用|到位|就绪|建成/;

/** The words after `end` up to the end of their clause (a comma, a stop, a line break). */
function clauseAfter(t: string, end: number): string {
  return t.slice(end, end + (t.slice(end).search(/[，,。；;\n]|$/) >>> 0));
}

/** Reads the dates said against the plan year (`term`, `season`: see `findDeadlines`). */
export function readRelativeDates(scan: DeadlineScan, planYear: number, term?: "spring" | "autumn", season?: "summer" | "winter"): void {
  const { t, out } = scan;
  // "全年" as the whole of a time-limit cell, or after a 时限/时间 label: work due by the year's end
  // ("全年开展…" in a sentence is how often, not when)
  if (t.includes("全年")) for (let m = firstMatch(YEAR_ROUND_RE, t); m; m = YEAR_ROUND_RE.exec(t)) {
    const i = m.index! + m[0].indexOf(m[1]);
    add(scan, i, i + m[1].length, `${planYear}-12`, 0.7);
  }
  // a year as the whole of a time-limit cell ("建设时间 | 2024"): work due within that year
  // (said once: a year the task's own words name already stands)
  if (t.includes("20")) for (let m = firstMatch(BARE_YEAR_RE, t); m; m = BARE_YEAR_RE.exec(t)) {
    const i = m.index! + m[0].indexOf(m[1]);
    if (!out.some((d) => d.by.startsWith(m[1]))) add(scan, i, i + m[1].length, m[1], 0.6);
  }
  // relative expressions
  // quarters ("第三季度", "三季度末前"; not "每季度") end in their last month; festivals (above)
  for (let m = firstMatch(REL_RE, t); m; m = REL_RE.exec(t)) {
    const i = m.index!;
    const end = i + m[0].length;
    if (insideQuotes(t, i)) continue;
    // "国庆前后及假期期间", "开学前后": the days round the day, no day anything is due by ("开学前后勤保障": 前 and 后勤)
    if (/前$/.test(m[0]) && /^后(?!勤)/.test(t.slice(end, end + 2))) continue;
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
    // ("各校要利用暑假完成…": the break a doer uses opens the work as a clause's start does)
    const used = /利用\s*$/.test(before) && /^暑(?:假|期)$/.test(m[1]);
    if (!prep && !dueBefore && !used && !clauseStarting(t, i - (yearWord?.[0].length ?? 0))) continue;
    if (/(从|自)\s*$/.test(before)) continue;
    let by: string;
    if (m[2]) {
      const n = /\d/.test(m[2]) ? Number(m[2]) : cnToInt(m[2].replace("两", "二"));
      by = String(planYear + n);
    } else if (m[3]) {
      by = ym(planYear, (/\d/.test(m[3]) ? Number(m[3]) : cnToInt(m[3])) * 3);
    } else if (m[4]) {
      by = ym(planYear, festivalMonth(m[4], /前$/.test(m[0]))!);
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
      const clause = clauseAfter(t, end);
      if (!/(?:确保|力争|务必)\s*$/.test(before) && !/完成|完工|竣工|交付|投入使用|投用|到位|就绪|呈现|建成/.test(clause)) continue;
      by = `${planYear}-${season === "summer" ? "08" : "02"}`;
    } else if (m[1] === "暑期" || m[1] === "暑假") {
      // "力争在暑期之前完成" is due before the break, "在暑期把运动场建设到位" by its end (work that
      // holds through the break, "在暑期对学生加强监管", or the break alone, "暑期安全教育", no deadline)
      if (/前$/.test(m[0])) by = `${planYear}-07`;
      // ("利用暑假完成校舍维修": the break used for work done by its end, xnotice27)
      else if (/(?:在|于|利用)\s*$/.test(before) && DONE_WORK.test(clauseAfter(t, end))) by = `${planYear}-08`;
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
    if (t.includes("学期")) for (let m = firstMatch(TERM_END, t); m; m = TERM_END.exec(t)) {
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
  if (t.includes("年")) for (let m = firstMatch(NEXT_YEAR_MONTH, t); m; m = NEXT_YEAR_MONTH.exec(t)) {
    const mo = Number(m[1]);
    if (!(mo >= 1 && mo <= 12) || insideQuotes(t, m.index!)) continue;
    add(scan, m.index!, m.index! + m[0].length, ym(planYear + 1, mo), 0.7);
  }
  // "今年底前基本完成建设，明年抓好功能完善": the next year opening a clause of work dates that work
  if (t.includes("明年")) for (let m = firstMatch(NEXT_YEAR_WORK, t); m; m = NEXT_YEAR_WORK.exec(t)) {
    if (insideQuotes(t, m.index!) || !clauseStarting(t, m.index!)) continue;
    add(scan, m.index!, m.index! + 2, String(planYear + 1), 0.6);
  }
}
