// How a unit says its task stands in a report (推进状态), with the Chinese names the forms,
// the grid, the summaries and the DOCX export use; rounds and report rows as the API answers them.
import type { Light } from "./supervision.js";

export const REPORT_STATUSES = { not_started: "未启动", on_track: "正常推进", done: "已完成", behind: "滞后", blocked: "受阻" } as const;
export type ReportStatus = keyof typeof REPORT_STATUSES;
export const REPORT_STATUS_CODES = Object.keys(REPORT_STATUSES) as ReportStatus[];

export type RoundState = "scheduled" | "open" | "closed";
export type ReportState = "draft" | "returned" | "submitted" | "merged" | "approved" | "withdrawn";
export type ReportRole = "lead" | "co";

/** A reporting round (进展调度) as the API answers it: presenters/reports.ts presentRound. */
export interface Round {
  id: number;
  planId: number;
  period: string;
  label: string;
  opensOn: string;
  dueOn: string;
  state: RoundState;
  openedAt: string | null;
  closedAt: string | null;
  version: number;
  counts?: Partial<Record<ReportState, number>>;
  planTitle?: string;
}

/** Who files a report: the unit itself (it has an active head), its task's liaison unit on its behalf, or the office. */
export interface Filer {
  kind: "self" | "liaison" | "office";
  unitId: number | null;
  unitName: string | null;
  /** ok: an active head; no_head: only staff (they write, cannot submit); none: no account. */
  accounts: "ok" | "no_head" | "none";
}

/** A report's row (round grid, todos, history): presenters/reports.ts presentReportSummary. */
export interface ReportSummary {
  id: number;
  roundId: number;
  taskId: number;
  unitId: number;
  role: ReportRole;
  state: ReportState;
  status: ReportStatus | null;
  statusLabel: string | null;
  submittedAt: string | null;
  decidedAt: string | null;
  copiedUnchanged: boolean;
  version: number;
  updatedAt: string;
  unitName?: string;
  taskNo?: string;
  taskTitle?: string;
  /** 红黄绿灯 of the row (the round grid only; src/shared/supervision.ts). */
  light?: Light;
  lightReason?: string;
  /** Filed on behalf of the unit (代报) by its task's liaison unit or the office; null: by the unit itself. */
  filedAs: "liaison" | "office" | null;
  filedByUnitId: number | null;
  filedByUnitName?: string | null;
  /** Who files it now (grid and report). */
  filer?: Filer;
}

/** A field that differs between two versions of a record, with its Chinese label (a report since its
 * return: commands/rounds/changes.ts; a ledger row against its task: commands/plans/ledger-import.ts). */
export interface FieldChange {
  field: string;
  label: string;
  before: string;
  after: string;
}
