// 工作台统计 (GET /api/dashboard) and 进展调度 (GET /api/dashboard/progress).
import type { Light } from "../../shared/supervision.js";
import { request } from "./client.js";
import type { Id } from "./types.js";
import type { ReportState } from "./roundTypes.js";

export interface DashboardFilters {
  planId?: Id;
  year?: number;
  period?: string;
}

type Counts = Record<string, number>;

export interface RoundFigure {
  id: Id; planId: Id; planTitle: string; period: string; dueOn: string; state: "open" | "closed";
  reports: number; submitted: number; onTime: number; approved: number; late: number; pending: number; onTimeRate: number | null;
}

export interface Dashboard {
  filters: { planId: Id | null; year: number | null; period: string | null; today: string };
  options: { plans: { id: Id; title: string; year: number | null; status: string }[]; years: number[]; periods: string[] };
  tasks: {
    total: number;
    byStatus: Counts;
    bySection: { planId: Id; section: string | null; title: string | null; counts: Counts; total: number }[];
    byUnit: { unitId: Id; name: string; counts: Counts; total: number }[];
  };
  rounds: RoundFigure[];
  trend: { period: string; reports: number; onTime: number; late: number; onTimeRate: number | null; statuses: Counts }[];
  targets: { total: number; met: number; on_track: number; behind: number; none: number };
  milestones: { total: number; done: number; overdue: number; overdueTasks: number };
  findings: { total: number; open: number; overdue: number; closed: number };
}

/** A row of 进展调度 (server: commands/dashboard/board.ts): only the columns ProgressBoard shows. */
export interface BoardItem {
  taskId: Id; no: string; title: string; leadUnit: string | null;
  /** 红黄绿灯 (src/shared/supervision.ts); a closed task is grey. */
  light: Light; lightReason: string;
  report: {
    id: Id; period: string; state: ReportState; status: string | null; statusLabel: string | null;
    /** The text's first words (≤ 60 characters, white space collapsed) once sent; `more`: the text goes on
     * (progressText gives it whole). */
    excerpt: string | null; more: boolean; onTime: boolean | null;
  } | null;
}

/** 进展调度's paging and column filters (server: routes/dashboard.ts boardFilters). */
export interface BoardQuery {
  mine?: boolean;
  page?: number;
  pageSize?: number;
  /** 推进状态 codes of the sent report; "none": nothing sent. */
  status?: string[];
  onTime?: ("on_time" | "late" | "not_due")[];
}

const qs = (f: Record<string, string | number | undefined>) => {
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries(f)) if (v !== undefined && v !== "") p.set(k, String(v));
  const s = p.toString();
  return s ? `?${s}` : "";
};

export const dashboardApi = {
  overview: (f: DashboardFilters) => request<Dashboard>(`/api/dashboard${qs({ ...f })}`),
  /** One page of 进展调度 (filters and paging on the server; `total` counts every row the filters keep). */
  progress: (f: DashboardFilters & BoardQuery) =>
    request<{ items: BoardItem[]; total: number; page: number; pageSize: number; filters: { mine: boolean } }>(
      `/api/dashboard/progress${qs({ ...f, mine: f.mine ? "1" : undefined, status: f.status?.join(","), onTime: f.onTime?.join(",") })}`,
    ),
  /** A board row's report text, whole (its tooltip). */
  progressText: (reportId: Id) => request<{ id: Id; text: string | null }>(`/api/dashboard/progress/${reportId}`),
};
