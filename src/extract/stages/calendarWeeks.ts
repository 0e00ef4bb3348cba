// A school calendar's grid (校历): a row a week, a column a weekday holding the day's number, the
// week's events in a notes column ("23日新生报到；24日上午开学典礼"). The events name bare days: the
// month is the week's, told by the grid — the "年 月" cell where a month starts ("2013 9", "10",
// "2014 1", printed on the row the month's first day falls in or the week before) and the day
// numbers starting again from 1.
import type { ExtractedDeadline } from "../model.js";
import { ymd } from "./dateNumerals.js";
import { foldHan } from "./hanFold.js";
import type { Stitched } from "./stitched.js";

export interface CalendarDay {
  year: number;
  month: number;
  day: number;
}

const WEEKDAY = /^(?:星期|周)[一二三四五六日天]$/;
/** "2013 9", "2014年1月", "10": the year and month a row's leading cells name. */
const YEAR_MONTH = /^\s*(?:(20\d{2})\s*年?\s*)?(\d{1,2})\s*月?\s*$/;

/** Reads the weeks of a calendar grid row by row; null when the header has no weekday columns. */
export function calendarWeeks(headers: string[], planYear: number | null): ((row: Stitched[]) => CalendarDay[]) | null {
  const dayCols = headers.flatMap((h, i) => (WEEKDAY.test(foldHan(h).replace(/\s+/g, "")) ? [i] : []));
  if (dayCols.length < 5) return null;
  let year = planYear;
  let month = 0;
  let lastDay = 0;
  // a month named on the row before its first day: it starts where the day numbers start again
  let pending: { year: number | null; month: number } | null = null;
  const nextMonth = () => {
    if (pending) {
      if (pending.year) year = pending.year;
      else if (pending.month < month) year = year === null ? null : year + 1;
      month = pending.month;
      pending = null;
    } else if (month === 12) {
      month = 1;
      year = year === null ? null : year + 1;
    } else month++;
  };
  return (row) => {
    const named = row
      .slice(0, dayCols[0])
      .map((c) => YEAR_MONTH.exec(c.text))
      .find(Boolean);
    if (named && Number(named[2]) >= 1 && Number(named[2]) <= 12) {
      pending = { year: named[1] ? Number(named[1]) : null, month: Number(named[2]) };
      if (!month) nextMonth();
    }
    const days: CalendarDay[] = [];
    for (const i of dayCols) {
      const n = /^\s*(\d{1,2})\s*$/.exec(row[i]?.text ?? "");
      if (!n) continue;
      const day = Number(n[1]);
      if (day < 1 || day > 31) continue;
      if (lastDay && day < lastDay) nextMonth();
      lastDay = day;
      if (year !== null && month) days.push({ year, month, day });
    }
    return days;
  };
}

// a bare day or range of days ("23日", "24日上午", "8—18日", "14—15秋季运动会", "10下午"), not a month's day
const BARE_DAY = /(?<![\d月.．/年:：])(\d{1,2})(?:\s*[—–\-~～至到]+\s*(\d{1,2}))?\s*(日|号|(?=[上下]午))?/g;
const REST = /放假|休假|调休|假期/;
const SWAP = /^\s*(?:上|补|按)\s*(?:周|星期)[一二三四五六日天](?:的)?课/;
// a day of observance: "国际盲人节", "国际残疾人日", "教师节"
const OBSERVANCE = /^[^，,；;。\d]{2,10}(?:节|日)$/;

/**
 * The deadlines of a calendar week's notes: each bare day (or range's last day) an event is held on,
 * in the week's month — or the next month's, for a day before the week's first. Days off, class
 * swaps and observances are no deadlines.
 */
export function weekDeadlines(notes: Stitched, week: CalendarDay[]): ExtractedDeadline[] {
  if (!week.length) return [];
  const t = foldHan(notes.text);
  const out: ExtractedDeadline[] = [];
  for (const m of t.matchAll(BARE_DAY)) {
    const single = !m[2];
    if (single && !m[3]) continue;
    // a range without 日 must be followed by its event's words ("14—15秋季运动会"), not a number's unit
    if (!m[3] && !/^[\u4e00-\u9fff]/.test(t.slice(m.index! + m[0].length)) ) continue;
    const day = Number(m[2] ?? m[1]);
    if (day < 1 || day > 31) continue;
    const a = m.index!;
    const b = a + m[0].length;
    const cs = Math.max(...["，", ",", "；", ";", "。", "、"].map((p) => t.lastIndexOf(p, a - 1) + 1));
    const ends = ["，", ",", "；", ";", "。"].map((p) => t.indexOf(p, b)).filter((x) => x >= 0);
    const ce = ends.length ? Math.min(...ends) : t.length;
    const clause = t.slice(cs, ce).trim();
    const rest = t.slice(b, ce).trim();
    if (!rest || REST.test(clause) || SWAP.test(rest) || OBSERVANCE.test(rest.replace(/^[上下]午/, ""))) continue;
    const at = week.find((d) => d.day === day);
    let by: CalendarDay;
    if (at) by = at;
    else if (day >= week[0].day) by = { ...week[0], day };
    else by = week[0].month === 12 ? { year: week[0].year + 1, month: 1, day } : { ...week[0], month: week[0].month + 1, day };
    const text = notes.text.slice(cs, ce).replace(/\s+/g, "").trim();
    out.push({ what: notes.text.slice(b, ce).replace(/\s+/g, "").replace(/^[上下]午/, "") || text, by: ymd(by.year, by.month, by.day), text, span: notes.span(cs, ce), confidence: 0.7 });
  }
  return out;
}
