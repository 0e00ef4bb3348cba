// 下级对比 (GET /api/rollup and its XLSX).
import { request } from "./client.js";
import type { RollupRow } from "../../shared/rollup.js";

export type { RollupRow };
export interface Rollup {
  filters: { year: number; today: string };
  options: { years: number[] };
  items: RollupRow[];
}

export const rollupApi = {
  get: (year?: number) => request<Rollup>(`/api/rollup${year ? `?year=${year}` : ""}`),
  exportUrl: (year?: number) => `/api/rollup/export.xlsx${year ? `?year=${year}` : ""}`,
};
