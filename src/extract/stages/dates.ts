// Dated commitments. Relative dates resolve against the plan year: 暑假前 → YYYY-07,
// 秋季开学前 → YYYY-08, 年底/年内 → YYYY-12, 年初 → YYYY-01, 9 月底 → YYYY-09, 2年内 → YYYY+2.
// The entry: findDeadlines runs the passes (yearDeadlines, monthDeadlines, relativeDeadlines, numericDeadlines)
// over one scan (deadlineScan) and drops the deadlines said twice; the rest of the date code is in the modules
// it imports (docs/ARCHITECTURE.md's map).
import type { ExtractedDeadline } from "../model.js";
import type { Stitched } from "./stitched.js";
import { foldHan } from "./hanFold.js";
import type { DeadlineScan } from "./deadlineScan.js";
import type { MonthYears, OwnTime } from "./dateYears.js";
import { readYearDates } from "./yearDeadlines.js";
import { readGluedDays, readLoneDays, readMonthDates } from "./monthDeadlines.js";
import { readRelativeDates } from "./relativeDeadlines.js";
import { readNumericDates } from "./numericDeadlines.js";
export { minguoYear, numeral } from "./dateNumerals.js";
export { monthDay } from "./dateDays.js";
export { signerLine } from "./notDue.js";
export { ownTime, type OwnTime, workYear } from "./dateYears.js";
export { monthDaysWithoutMonth } from "./gluedMonthDays.js";

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
  readLoneDays(scan, years, printedYears);
  readRelativeDates(scan, planYear, term, season);
  readNumericDates(scan, years);
  // "整改时限：春季开学前" after "春季开学前消除全部大班额": a time-limit label repeating the very
  // date words of a commitment in the text is that commitment again, not a second deadline
  // (a label with other words — "暑假前完成…；时限：7月" — stays a deadline of its own)
  return out
    .filter((d) => {
      const w = said.get(d)!;
      if (w.label && out.some((e) => e !== d && e.by === d.by && !said.get(e)!.label && said.get(e)!.words === w.words)) return false;
      // ("…拟于2031年7月8日上午播出…观看时间：7月8日上午10:00": a label giving the very day a sentence dates, year or not, is that day again)
      if (w.label && d.by.length === 10 && out.some((e) => e !== d && e.by === d.by && !said.get(e)!.label)) return false;
      // "（二）报批阶段（3月）…3月底前完成报批": a stage's bracketed period that its own work dates again, to the
      // same month or day, is that deadline again
      return !(w.bracketed && out.some((e) => e !== d && e.by === d.by && !said.get(e)!.bracketed));
    })
    .sort((a, b) => a.span![0] - b.span![0]);
}
