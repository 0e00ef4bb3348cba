// The dates a plan gives all its items: its year, a one-month plan's month, a short plan's period, the
// months of a month-by-month schedule.
import { cnToInt } from "./numbering.js";
import { Stitched } from "./stitched.js";
import type { Para, RawTask, Stage } from "./types.js";
import type { Num } from "./itemNumbers.js";
import { simplified } from "./partTitles.js";

// a month heading of a month-by-month schedule: "九月：文明习惯养成月", "一月（2025年）：…", "2025年1月：", "3月份"
// (a short name of the month's part may follow: "二月园务工作", "三月份 教学安排")
export const MONTH_HEAD = /^(?:(20\d{2})\s*年\s*)?(十[一二]?|[一二三四五六七八九]|1[0-2]|[1-9])\s*月份?\s*(?:[（(]\s*(20\d{2})\s*年\s*[）)])?\s*(?:[\u4e00-\u9fff]{1,8}\s*)?(?:[：:]|$)/;

// (a web copy that saved its line breaks as commas prints it "三月,"; the comma is no part of it)
export const monthHeadText = (t: string): string => t.replace(/^((?:20\d{2}\s*年\s*)?(?:十[一二]?|[一二三四五六七八九]|1[0-2]|[1-9])\s*月份?)\s*[,，]+$/, "$1");

// the title of a plan for one month: "四月园部月计划", "2025年3月份工作安排", "九月工作要点" (not "3月至6月")
const MONTH_PLAN_TITLE = /(?<![\d一二三四五六七八九十至到—-])(十[一二]?|[一二三四五六七八九]|1[0-2]|[1-9])月份?(?:[\u4e00-\u9fff]{0,8}?)(?:工作|园务|园部|教学|德育|教研)?(?:月?计划|安排|要点|行事历)$/;

const titleSpan = (span: [number, number] | undefined, text: string): [number, number] => (span ? [span[0], Math.min(span[1], text.length)] : [0, 0]);

// a plan's period on a line of its own: "2023-9-11—2023-9-15", "2031年3月2日至3月6日"
const PERIOD_LINE = /^[（(]?\s*(20\d{2})\s*[-年./]\s*(\d{1,2})\s*[-月./]\s*(\d{1,2})\s*日?\s*(?:[—–\-~～至到]+)\s*(?:(20\d{2})\s*[-年./]\s*)?(?:(\d{1,2})\s*[-月./]\s*)?(\d{1,2})\s*日?\s*[）)]?$/;

const WEEKDAY = /(?:周|星期|礼拜)([一二三四五六日天])/;

/** The period a short plan states under its title, before its first numbered item: its last day and each weekday's date. */
function periodOf(paras: Para[], nums: (Num | null)[]): { scheduled: NonNullable<RawTask["scheduled"]>; dayOf: (title: string) => NonNullable<RawTask["scheduled"]> } | null {
  const first = nums.findIndex((n) => n);
  for (let i = 0; i < Math.min(first < 0 ? 0 : first, 4); i++) {
    const m = PERIOD_LINE.exec(paras[i].st.text.trim());
    if (!m) continue;
    const start = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
    const end = new Date(Date.UTC(Number(m[4] ?? m[1]), Number(m[5] ?? m[2]) - 1, Number(m[6])));
    const days = Math.round((end.getTime() - start.getTime()) / 86400000);
    if (Number.isNaN(days) || days < 0 || days > 31 || end.getUTCDate() !== Number(m[6])) return null;
    const iso = (d: Date) => d.toISOString().slice(0, 10);
    const st = paras[i].st.trim();
    const scheduled = { by: iso(end), year: end.getUTCFullYear(), st, exact: true };
    return {
      scheduled,
      dayOf: (title) => {
        const w = WEEKDAY.exec(title);
        if (!w) return scheduled;
        const want = "日一二三四五六".indexOf(w[1] === "天" ? "日" : w[1]);
        for (let k = 0; k <= days; k++) {
          const d = new Date(start.getTime() + k * 86400000);
          if (d.getUTCDay() === want) return { by: iso(d), year: d.getUTCFullYear(), st, exact: true };
        }
        return scheduled;
      },
    };
  }
  return null;
}

/** The dates a plan gives all its items: its year, a one-month plan's month, a short plan's period. */
export interface PlanDates {
  planYear: number | null;
  /** month headings between the task items (two or more make a schedule) */
  monthHeads: number;
  period: ReturnType<typeof periodOf>;
  /** every item's deadline unless a month heading or its own date says otherwise */
  basePlan: RawTask["scheduled"] | undefined;
}

export function planDates(doc: Parameters<Stage>[0], paras: Para[], nums: (Num | null)[]): PlanDates {
  // month headings between the task items: a schedule; the months run on from the plan's year and
  // cross into the next one after 十二月 (an autumn-term plan's 一月 is next year's)
  const monthHeads = paras.filter((p, i) => !nums[i] && p.st.text.trim().length <= 30 && MONTH_HEAD.test(monthHeadText(p.st.text.trim()))).length;
  const planYear = doc.meta?.year ?? null;
  // a plan for one month ("四月园部月计划", "3月份工作安排"): that month is every item's deadline
  // unless a month heading or the item's own date says otherwise
  const titleMonth = planYear === null ? null : MONTH_PLAN_TITLE.exec(simplified(doc.meta?.title ?? "").replace(/\s+/g, ""));
  const titleMo = titleMonth ? (/\d/.test(titleMonth[1]) ? Number(titleMonth[1]) : cnToInt(titleMonth[1])) : 0;
  const monthPlan: RawTask["scheduled"] | undefined =
    titleMo >= 1 && titleMo <= 12 && doc.meta?.located?.title
      ? { by: `${planYear}-${String(titleMo).padStart(2, "0")}`, year: planYear!, st: Stitched.of(doc.text, ...titleSpan(doc.meta.located.title.span, doc.text)) }
      : undefined;
  // a plan for a week or a few days, its dates on a line under the title ("第二周工作计划" /
  // "2023-9-11—2023-9-15"): the last day is every item's deadline, "周三…" that day of the week
  const period = periodOf(paras, nums);
  return { planYear, monthHeads, period, basePlan: period?.scheduled ?? monthPlan };
}

/** The deadline each month heading of a schedule gives the items under it, the months running on from the plan's year. */
export function monthSchedule(planYear: number): (month: RegExpExecArray, p: Para, th: string) => NonNullable<RawTask["scheduled"]> {
  let lastMonth = 0;
  let scheduleYear = planYear;
  return (month, p, th) => {
    const mo = /\d/.test(month[2]) ? Number(month[2]) : cnToInt(month[2]);
    if (month[1] || month[3]) scheduleYear = Number(month[1] ?? month[3]);
    else if (mo < lastMonth) scheduleYear = scheduleYear + 1;
    lastMonth = mo;
    const head = p.st.trim();
    const colon = head.text.search(/[：:]/);
    return { by: `${scheduleYear}-${String(mo).padStart(2, "0")}`, year: scheduleYear, st: colon > 0 ? head.slice(0, colon).trim() : head.slice(0, th.length) };
  };
}
