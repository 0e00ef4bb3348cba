// Days of a month: real days, a month and day run together ("49" → 4月9日), the weekday after a day (and the
// year it points to), and the runs of days after a first one: a range ("…日至D日") or a list ("…日、D日").

/** "49" → [4, 9], "1010" → [10, 10], "131" → [1, 31]; null when the digits split into no date or into two. */
export function monthDay(d: string): [number, number] | null {
  const splits: [number, number][] = [];
  for (let k = 1; k < d.length; k++) {
    const a = d.slice(0, k),
      b = d.slice(k);
    if (a.length > 2 || b.length > 2) continue;
    if (realDay(Number(a), Number(b))) splits.push([Number(a), Number(b)]);
  }
  return splits.length === 1 ? splits[0] : null;
}
const MONTH_DAYS = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
/** A month and a day of it (29 February counts). */
export function realDay(mo: number, day: number): boolean {
  return mo >= 1 && mo <= 12 && day >= 1 && day <= MONTH_DAYS[mo - 1];
}

// "（星期一）", "(周五)", "（本周三）" after a day
const WEEKDAY = /^\s*[（(]\s*(?:本|下)?(?:星期|周|礼拜)([一二三四五六日天])\s*[）)]/;
export function afterWeekday(t: string, end: number): string {
  const w = WEEKDAY.exec(t.slice(end, end + 9));
  return t.slice(end + (w ? w[0].length : 0));
}
/**
 * The year of a day printed without one but with its weekday ("11月28日（周三）前"): `y`, or the year
 * either side of it whose calendar puts the day on that weekday when `y`'s does not (a short notice
 * whose year was only guessed from a year it mentions).
 */
export function weekdayYear(t: string, end: number, y: number, mo: number, day: number): number {
  const w = WEEKDAY.exec(t.slice(end, end + 9));
  if (!w) return y;
  const wd = "日一二三四五六".indexOf(w[1] === "天" ? "日" : w[1]);
  const on = (yy: number) => {
    const d = new Date(Date.UTC(yy, mo - 1, day));
    return d.getUTCMonth() === mo - 1 && d.getUTCDay() === wd;
  };
  if (on(y)) return y;
  return [y - 1, y + 1].find(on) ?? y;
}
export interface DayRun {
  /** End offset of the last day (after its weekday). */
  end: number;
  month: number | null;
  day: number;
  days: { month: number | null; day: number; at?: number; end?: number }[];
}
const NEXT_DAY = /^\s*(?:(\d{1,2})\s*月\s*)?(\d{1,2})\s*日/;
// a range's dash: the em dash, or the horizontal bar a converter put for it ("4月23日――4月27日")
const RANGE_SEP = /^\s*(?:至|到|—+|―+|–|-|～|~)\s*/;
// a weekday in its bracket as a numeral alone ("11月14日(五)至11月25日(二)", a Taiwanese calendar's), read
// only round a range's dash: "（二）" alone after a day may open an item
const BARE_WEEKDAY = /^\s*[（(][一二三四五六日天][）)]/;
/** "4月18日（星期一）起", "4月18日(一)起": a day, its weekday in brackets, then 起/开始 — when something starts, no deadline. */
export function weekdayThenStart(t: string, end: number): boolean {
  const w = WEEKDAY.exec(t.slice(end, end + 9)) ?? BARE_WEEKDAY.exec(t.slice(end, end + 5));
  return !!w && /^\s*(?:开始|起|以来)/.test(t.slice(end + w[0].length));
}
/** "…日至（M月）D日", "…日-D日": the range's last day. */
export function dayRange(t: string, end: number): DayRun | null {
  let rest = afterDayParts(t, end);
  const bare = rest.length === t.length - end ? BARE_WEEKDAY.exec(rest) : null;
  if (bare && RANGE_SEP.test(rest.slice(bare[0].length))) rest = rest.slice(bare[0].length);
  const sep = RANGE_SEP.exec(rest);
  if (!sep) return null;
  const d = NEXT_DAY.exec(rest.slice(sep[0].length));
  if (!d) return null;
  let stop = t.length - rest.length + sep[0].length + d[0].length;
  stop += t.length - stop - afterWeekday(t, stop).length;
  if (bare) stop += BARE_WEEKDAY.exec(t.slice(stop))?.[0].length ?? 0;
  const month = d[1] ? Number(d[1]) : null;
  return { end: stop, month, day: Number(d[2]), days: [{ month, day: Number(d[2]) }] };
}
/**
 * "4月8日、7月8日、10月8日及12月8日前" (a report due each quarter): a list of three days or more, each in a month of
 * its own, is one deadline a day; days of one month or two ("3月1日、3月2日全天") are one thing's, due on the last.
 */
export function eachMonth(first: number, run: DayRun): boolean {
  const months = [first, ...run.days.map((d) => d.month)];
  return months.length >= 3 && months.every((x, k) => x !== null && (k === 0 || x > months[k - 1]!));
}
/** "…日、D日、（M月）D日": the list's last day. */
// a part of the day after a day, before the next day of its list or range ("1月21日下午、22日", "3月5日上午至6日")
const PART_OF_DAY = /^\s*(?:上午|下午|中午|晚上|早上|全天|白天)/u;
const NEXT_IN_RUN = /^\s*(?:[、和及]|至|到|—+|―+|–|-|～|~)\s*(?:\d{1,2}\s*月\s*)?\d{1,2}\s*日/u;
/** The text after a day's weekday and a part of the day that stands before the next day of its run. */
function afterDayParts(t: string, end: number): string {
  const rest = afterWeekday(t, end);
  const part = PART_OF_DAY.exec(rest);
  return part && NEXT_IN_RUN.test(rest.slice(part[0].length)) ? rest.slice(part[0].length) : rest;
}
export function dayList(t: string, end: number): DayRun | null {
  let pos = end;
  let run: DayRun | null = null;
  for (;;) {
    const rest = afterDayParts(t, pos);
    const sep = /^\s*[、和及]\s*/.exec(rest);
    const d = sep ? NEXT_DAY.exec(rest.slice(sep[0].length)) : null;
    if (!sep || !d) return run;
    const at = t.length - rest.length + sep[0].length;
    pos = at + d[0].length;
    const dayEnd = pos;
    pos += t.length - pos - afterWeekday(t, pos).length;
    const prev = run as DayRun | null;
    const month: number | null = d[1] ? Number(d[1]) : (prev?.month ?? null);
    run = { end: pos, month, day: Number(d[2]), days: [...(prev?.days ?? []), { month, day: Number(d[2]), at, end: dayEnd }] };
  }
}
