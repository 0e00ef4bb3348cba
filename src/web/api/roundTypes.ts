// Types of the reporting rounds (进展调度), reports, todos, notifications, quarterly summaries
// and notification settings, as the server presents them.
import type { Id } from "./types.js";

export type { FieldChange, Filer, ReportRole, ReportState, ReportStatus, ReportSummary, Round, RoundState } from "../../shared/reports.js";
import type { Filer, ReportStatus, ReportSummary, Round, RoundState } from "../../shared/reports.js";
export type { CoReport, Evidence, PendingCoUnit, ReportDetail, ReportEvent, ReportMilestone, ReportValue, SinceReturn } from "../../shared/report-detail.js";
export type { Rhythm } from "../../shared/plans.js";
import type { Rhythm } from "../../shared/plans.js";

/** A period a new round can take, in the plan's rhythm, with the default dates the server computes. */
export interface PeriodChoice {
  period: string;
  label: string;
  opensOn: string;
  dueOn: string;
  taken: boolean;
}
export interface RoundList {
  items: Round[];
  rhythm: Rhythm;
  rhythmLabel: string;
  openDay: number;
  dueDay: number;
  planVersion: number;
  planStatus: string;
  planYear: number | null;
  periods: PeriodChoice[];
}

/** Before a round opens: units of the plan that cannot report themselves. */
export interface Coverage {
  units: { unitId: Id; unitName: string; accounts: Filer["accounts"]; reports: number; byLiaison: number; byOffice: number; liaisonUnits: string[] }[];
  reports: number;
  byLiaison: number;
  byOffice: number;
}

/** One report in a task's history (报送历史): the approved text comes along. */
export interface TaskReport extends ReportSummary {
  period: string;
  periodLabel: string;
  dueOn: string;
  roundState: RoundState;
  text: string | null;
  nextSteps: string | null;
  comment: string | null;
}
export interface ReportInput {
  text?: string;
  status?: ReportStatus | null;
  problems?: string;
  nextSteps?: string;
  values?: { targetId: Id; value: number | null }[];
  milestones?: { milestoneId: Id; doneOn: string | null }[];
  version: number;
}

export interface TodoItem extends ReportSummary {
  /** A report the user files on behalf of a unit without accounts. */
  proxy?: "liaison" | "office";
  dueOn: string;
  period: string;
  planTitle: string;
  overdue: boolean;
}
export type TodoKind = "write" | "consolidate" | "approve" | "late" | "returned";
export type Todos = Record<TodoKind, TodoItem[]> & {
  counts: Record<TodoKind | "sign", number>;
  /** 待签收: tasks my unit has not signed, and those I sign for on a unit's behalf (代签). */
  sign: SignTodo[];
  /** Findings (督导问题) waiting for me: to notice, assign or verify (office), to rectify (the unit). */
  findings?: { waiting: number; overdue: number; items: { id: number; title: string; state: string; deadline: string | null }[] };
  /** Quarterly summaries waiting for my 审定 (counted in counts.approve). */
  approveSummaries?: SummaryTodo[];
};
export interface SignTodo {
  taskId: Id;
  taskNo: string;
  taskTitle: string;
  planId: Id;
  planTitle: string;
  unitId: Id;
  unitName: string;
  role: "lead" | "co";
  proxy: "office" | "liaison" | null;
}
export interface SummaryTodo {
  id: Id;
  title: string;
  quarter: string;
  quarterLabel: string;
  scope: "unit" | "leader";
  submittedAt: string | null;
  planTitle: string;
}

export interface AppNotification {
  id: Id;
  kind: string;
  title: string;
  body: string;
  link: string | null;
  createdAt: string;
  read: boolean;
}

/** One page of the bell, newest first; `nextBefore` asks for the older page after it. */
export interface NotificationPage {
  items: AppNotification[];
  unread: number;
  nextBefore: Id | null;
}

export type { Summary, SummaryState } from "../../shared/summaries.js";

export interface NotificationSettings {
  reminders: { beforeDays: number; escalateAfterDays: number; findingEscalateAfterDays: number };
  channels: {
    dingtalk: { enabled: boolean; webhook: string; secret: string };
    wecom: { enabled: boolean; webhook: string };
    email: { enabled: boolean; host: string; port: number; secure: boolean; user: string; pass: string; from: string };
  };
}

export interface JobStatus {
  name: string;
  label: string;
  lastRunAt: string | null;
  nextRunAt: string | null;
  lastError: string | null;
  running: boolean;
}

export interface OutboxItem {
  id: Id;
  channel: string;
  state: "pending" | "sent" | "failed";
  attempts: number;
  nextAttemptAt: string | null;
  lastError: string | null;
  createdAt: string;
  sentAt: string | null;
  summary: string;
}
