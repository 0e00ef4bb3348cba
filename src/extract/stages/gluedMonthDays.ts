// A plan for one month whose page lost the 月 of its days: "410日" in an April plan is 4月10日.
import type { ExtractedDeadline } from "../model.js";
import { afterItemNumber, clauseEnd, clauseStart } from "./clauses.js";
import { ymd } from "./dateNumerals.js";
import { compact } from "./deadlineScan.js";
import { foldHan } from "./hanFold.js";
import type { Stitched } from "./stitched.js";

// a day run into its month's number, "410日" in April: one pattern a month, built once (only matchAll reads them)
const monthDayGlued = (month: number) => new RegExp(String.raw`(?<![\d.．/年月-])${month}(\d{1,2})\s*日(?!\s*内)`, "g");
const MONTH_DAY_GLUED: RegExp[] = Array.from({ length: 13 }, (_, month) => monthDayGlued(month));

/**
 * A plan for one month whose page lost the 月 of its days ("时间暂定410日下午", "时间：42日中午" in a
 * 四月 plan): a day number too large for a day that opens with the month's own number is a day of
 * that month. Only for items that carry no date of their own otherwise; the first such day.
 */
export function monthDaysWithoutMonth(st: Stitched, year: number, month: number): ExtractedDeadline[] {
  const t = foldHan(st.text);
  for (const m of t.matchAll(MONTH_DAY_GLUED[month] ?? monthDayGlued(month))) {
    const day = Number(m[1]);
    if (Number(`${month}${m[1]}`) <= 31 || day < 1 || day > 31) continue;
    const i = m.index!;
    const cs = afterItemNumber(t, clauseStart(t, i));
    const ce = clauseEnd(t, i + m[0].length);
    const text = compact(st.text.slice(cs, ce).replace(/\s+/g, " ").trim());
    return [{ what: text, by: ymd(year, month, day), text, span: st.span(cs, ce), confidence: 0.6 }];
  }
  return [];
}
