// 下级对比 (issue 15): the comparison as API JSON.
import type { RollupRow } from "../../shared/rollup.js";

export function presentRollup(filters: { year: number; today: string }, years: number[], rows: RollupRow[]) {
  return { filters, options: { years }, items: rows };
}
