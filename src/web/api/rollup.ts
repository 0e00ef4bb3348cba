// 下级对比 (GET /api/rollup and its XLSX).
import { request } from "./client.js";
import type { LowerTask, RollupRow, UpperTask } from "../../shared/rollup.js";

export type { LowerTask, RollupRow, UpperTask };
export interface Rollup {
  filters: { year: number; today: string };
  options: { years: number[] };
  items: RollupRow[];
}


export const rollupApi = {
  upperTasks: (planId: number) => request<{ items: UpperTask[] }>(`/api/plans/${planId}/upper-tasks`),
  implementations: (taskId: number) => request<{ items: LowerTask[] }>(`/api/tasks/${taskId}/implementations`),
  link: (taskId: number, upperTaskId: number | null) =>
    request<{ id: number; implementsTaskId: number | null }>(`/api/tasks/${taskId}/implements`, { method: "PUT", body: { taskId: upperTaskId } }),
  get: (year?: number) => request<Rollup>(`/api/rollup${year ? `?year=${year}` : ""}`),
  exportUrl: (year?: number) => `/api/rollup/export.xlsx${year ? `?year=${year}` : ""}`,
};
