// The year of a date printed without one: the plan's year, the year a notice is signed in, the plan's own time
// (a page's or an event's date before the items), a year printed earlier in the sentence.
import { foldHan } from "./hanFold.js";

/** The year of a month printed without one: a year printed before it in the sentence, else the plan's (see `findDeadlines`). */
export interface MonthYears {
  planYear: number;
  rollover: number;
  eve: OwnTime | null;
  /** the latest date printed with its year earlier in the sentence */
  prior: { y: number; mo: number } | undefined;
}

export function yearOf({ planYear, rollover, eve, prior }: MonthYears, mo: number): number {
  // (in the next year when the month comes round again: "2023年12月28日至1月3日")
  if (prior) return mo >= prior.mo ? prior.y : prior.y + 1;
  // (`eve`: the plan's own time in the year before the plan's: its months from that one on are in that year)
  return eve && eve.y === planYear - 1 && mo >= eve.mo ? eve.y : mo <= rollover ? planYear + 1 : planYear;
}

/**
 * The year a plan's dates without a year fall in: its own year, or the year after it where the document is signed
 * then ("关于开展2008年度…督导评估的通知", signed 二〇〇九年二月十六日: the year's work is looked at in the next one, and the
 * notice's "4月20日—24日" are that year's days).
 */
export function workYear(year: number | null, issuedOn: string | null): number | null {
  const signed = issuedOn ? Number(issuedOn.slice(0, 4)) : NaN;
  return year !== null && signed === year + 1 ? signed : year;
}

export interface OwnTime {
  y: number;
  mo: number;
}
// (not the period a statistic counts, "统计时间：2030年7月1日——…": what the figures cover, xnotice27)
// the date of the page or the notice ("发布时间：2030-09-18", "成文日期：2030年9月18日", "日期：2030-07-10"), or
// of the event a plan is for ("活动时间：2030年12月29日下午"), printed before the items
const OWN_TIME = /(?:^|\n)[^\n]{0,24}?(?:发布|发稿|成文|印发|活动)?(?<!统计)(?:时间|日期)\s*[：:]\s*(20\d{2})\s*(?:年|[-./])\s*(\d{1,2})(?:\s*(?:月|[-./]))/g;
/** The plan's own time, printed in `head` (the text before its first item): the last such date; null when none. */
export function ownTime(head: string): OwnTime | null {
  let last: OwnTime | null = null;
  for (const m of foldHan(head).matchAll(OWN_TIME)) {
    const mo = Number(m[2]);
    if (mo >= 1 && mo <= 12) last = { y: Number(m[1]), mo };
  }
  return last;
}
