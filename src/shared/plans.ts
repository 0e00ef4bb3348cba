// Plans and tasks as the API answers them: presenters/plans.ts (presentPlan, presentTask,
// presentLedgerTask, presentMyTask) and routes/tasks.ts (the task page) build them, the web client
// reads them (src/web/api/types.ts re-exports them under its own short names).
import type { ReportStatus } from "./reports.js";
import type { ClosureState, Light } from "./supervision.js";
import type { LeaderRef, MilestoneInput, Span, TableRowSource, TargetInput, TaskValue, UnitRef } from "./tasks.js";

export type PlanStatus = "draft" | "published" | "archived";
/** How often the plan's rounds (进展调度) come. */
export type Rhythm = "monthly" | "biweekly" | "quarterly";

/** A plan (工作方案): presenters/plans.ts presentPlan. */
export interface Plan {
  id: number;
  orgId: number;
  title: string;
  year: number | null;
  docNumber: string | null;
  issuer: string | null;
  issuedOn: string | null;
  region: string | null;
  status: PlanStatus;
  sections: { no: string; title: string }[];
  warnings: string[];
  sourceFormat: string | null;
  fileName: string | null;
  hasFile: boolean;
  metaProvenance: Record<string, { span: Span; confidence: number } | undefined>;
  rhythm: Rhythm;
  openDay: number;
  dueDay: number;
  createdAt: string;
  publishedAt: string | null;
  archivedAt: string | null;
  version: number;
  taskCount?: number;
}

/** Units, leaders, targets and milestones of a stored task: ids always present. */
export interface TaskUnit extends UnitRef {
  unitId: number | null;
}
export interface TaskLeader extends LeaderRef {
  userId: number | null;
}
/** met: goal reached; on_track: on pace for the year; behind: not. */
export type TargetAssessment = "met" | "on_track" | "behind";
export interface TargetPoint {
  period: string;
  value: number;
  unitId: number;
  state: string;
}
export interface TaskTarget extends TargetInput {
  /** Progress (read-only, from submitted/approved reports): the lead unit's latest value. */
  latest?: number | null;
  assessment?: TargetAssessment | null;
  points?: TargetPoint[];
}
export type MilestoneState = "due" | "overdue" | "done";
export interface TaskMilestone extends MilestoneInput {
  state?: MilestoneState;
  /** The day a report said it was done. */
  doneOn?: string | null;
}

/** The editable part of a stored task (PATCH /api/tasks/:id takes the TaskValue of shared/tasks.ts),
 * with the stored units, leaders, targets and milestones. */
export interface StoredTaskValue extends Omit<TaskValue, "lead" | "co" | "liaison" | "leaders" | "targets" | "milestones"> {
  lead: TaskUnit[];
  co: TaskUnit[];
  liaison: TaskUnit[];
  leaders: TaskLeader[];
  targets: TaskTarget[];
  milestones: TaskMilestone[];
}

export interface LocatedText {
  span: Span;
  confidence: number;
  text: string;
}
export interface TaskProvenance {
  span?: Span;
  /** Only for tasks read from a table, in plans imported since the engine records it. */
  tableRow?: TableRowSource;
  fields?: {
    title?: LocatedText;
    lead?: LocatedText[];
    co?: LocatedText[];
    liaison?: LocatedText[];
    leaders?: LocatedText[];
    measures?: LocatedText[];
  };
}

export type TaskStatus = ReportStatus;

/** 办结 (issue 11). */
export interface TaskClosure {
  state: ClosureState;
  note: string | null;
  requestedBy: string | null;
  requestedAt: string | null;
  closedBy: string | null;
  closedAt: string | null;
  /** The latest reopening of a closed task. */
  reopenedBy?: string | null;
  reopenedAt?: string | null;
  reopenReason?: string | null;
}
/** 签收 of a lead or co unit; proxy: "办公室代县委签收" when signed on the unit's behalf (代签). */
export interface Signoff { unitId: number; name: string; signedAt: string | null; signedBy: string | null; proxy?: string | null }

/** A stored milestone as presentTask gives it: its id, the day a report said it was done, its state. */
export type PresentedMilestone = TaskMilestone & { id: number; doneOn: string | null; state: MilestoneState };
/** A stored target as presentTask gives it, with its progress. */
export type PresentedTarget = TaskTarget & { id: number };

/** A task: presenters/plans.ts presentTask (the review screen, the task page, exports, a report's task). */
export interface Task extends Omit<StoredTaskValue, "sectionNo" | "milestones" | "targets"> {
  targets: PresentedTarget[];
  milestones: PresentedMilestone[];
  id: number;
  planId: number;
  position: number;
  section: string | null;
  hasOverdueMilestone: boolean;
  /** The lead unit's latest reported status (null: nothing reported yet). */
  status: TaskStatus | null;
  statusLabel: string | null;
  latestPeriod: string | null;
  confidence: number | null;
  provenance: TaskProvenance;
  version: number;
  updatedAt: string;
  closure: TaskClosure;
  /** 红黄绿灯 (src/shared/supervision.ts); on the lists and the task page. */
  light?: Light;
  lightReason?: string;
  /** 签收 of the lead and co units. */
  signoffs?: Signoff[];
  /** Names of the units that have not signed. */
  unsigned?: string[];
  pendingExtensions?: number;
}

export interface TaskVersion {
  version: number;
  changedBy: string | null;
  changedAt: string;
  before: Partial<StoredTaskValue>;
  after: Partial<StoredTaskValue>;
}

/** GET /api/tasks/:id: the task with its plan and edit history. */
export interface TaskDetail extends Task {
  plan: Plan;
  history: TaskVersion[];
  /** The task of a plan above that this one implements (上下级任务关联). */
  implementsTaskId: number | null;
}

/** A milestone as the lists show it: no source text or span. */
export type ListedMilestone = Pick<PresentedMilestone, "id" | "what" | "by" | "doneOn" | "state">;

/** A row of the ledger screen (GET /api/plans/:id/tasks?view=list): presenters/plans.ts presentLedgerTask. */
export interface LedgerTask extends Omit<Task, "body" | "measures" | "provenance" | "confidence" | "targets" | "milestones"> {
  targets: Pick<PresentedTarget, "id" | "metric" | "op" | "value" | "unit" | "latest" | "assessment">[];
  milestones: ListedMilestone[];
}

export const MY_ROLES = ["lead", "co", "liaison", "leader"] as const;
export type MyRole = (typeof MY_ROLES)[number];
/** 我的任务's orders: plan: by plan (oldest first), then the plan's order; -plan: the newest plan first. */
export const MY_TASK_SORTS = ["plan", "-plan"] as const;
/** A list's summary of a task's milestones (时间节点): how many, how many done, and the next one — the earliest
 * overdue, else the earliest still due — with its date; the list's tooltip loads the milestones themselves
 * (GET /api/tasks/:id/milestones). */
export interface MilestoneSummary {
  total: number;
  done: number;
  next: { id: number; by: string; state: "due" | "overdue" } | null;
}

/** GET /api/tasks/mine's query: one page (1-based; 15 rows by default, ≤ 100), filtered by 我的职责, plan and words
 * (序号 or title); sort `-plan` puts the newest plan first. */
export interface MyTaskListQuery {
  page?: number;
  pageSize?: number;
  role?: MyRole;
  planId?: number;
  q?: string;
  sort?: (typeof MY_TASK_SORTS)[number];
}

/** GET /api/tasks/mine: a page of rows, the total the filters keep, each 我的职责 tab's count (with the plan
 * and words filters applied) and the plans of the caller's tasks (the 工作方案 filter's choices). */
export interface MyTaskList {
  items: MyTask[];
  total: number;
  page: number;
  pageSize: number;
  counts: Record<"all" | MyRole, number>;
  plans: { id: number; title: string; count: number }[];
}

/** A row of 我的任务 (GET /api/tasks/mine): presenters/plans.ts presentMyTask. Only what MyTasksTable reads:
 * the closure's state (not who asked or closed, when), how many units sign and the names of
 * those that have not (not each unit's 签收 details), the milestones' summary (not the list: issue 12's bytes);
 * the task page loads the rest. */
export interface MyTask extends Pick<Task, "id" | "planId" | "no" | "title" | "lead" | "hasOverdueMilestone" | "status" | "statusLabel"> {
  planTitle: string;
  myRoles: MyRole[];
  leaders: TaskLeader[];
  milestoneSummary: MilestoneSummary;
  closure: Pick<TaskClosure, "state">;
  light: Light;
  lightReason: string;
  /** How many lead and co units sign (签收); `unsigned` names those that have not. */
  signoffCount: number;
  unsigned: string[];
}
