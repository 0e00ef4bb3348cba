// 下级对比 (GET /api/rollup and its XLSX).
import { request } from "./client.js";
import type { RollupRow } from "../../shared/rollup.js";

export type { RollupRow };
export interface Rollup {
  filters: { year: number; today: string };
  options: { years: number[] };
  items: RollupRow[];
}

export interface UpperTask { id: number; no: string; title: string; planId: number; planTitle: string; orgName: string }
export interface LowerTask { id: number; no: string; title: string; closure: string | null; planId: number; planTitle: string; orgId: number; orgName: string }

export const rollupApi = {
  upperTasks: (planId: number) => request<{ items: UpperTask[] }>(`/api/plans/${planId}/upper-tasks`),
  implementations: (taskId: number) => request<{ items: LowerTask[] }>(`/api/tasks/${taskId}/implementations`),
  link: (taskId: number, upperTaskId: number | null) =>
    request<{ id: number; implementsTaskId: number | null }>(`/api/tasks/${taskId}/implements`, { method: "PUT", body: { taskId: upperTaskId } }),
  get: (year?: number) => request<Rollup>(`/api/rollup${year ? `?year=${year}` : ""}`),
  exportUrl: (year?: number) => `/api/rollup/export.xlsx${year ? `?year=${year}` : ""}`,
};
