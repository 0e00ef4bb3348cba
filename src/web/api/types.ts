// Types of the JSON the server returns (the API contract as the web app sees it).
import type { Light } from "../../shared/supervision.js";

/** Record ids are database integers. */
export type Id = number;

import type { ReportStatus } from "../../shared/reports.js";
import type { Role } from "../../shared/roles.js";
import type { LeaderRef as LeaderInput, MilestoneInput, Span, TableRowSource, TargetInput, TaskValue as TaskInput, UnitRef as UnitInput } from "../../shared/tasks.js";
export type { SourceCell, Span, TableRowSource, TargetOp } from "../../shared/tasks.js";

export type RoleCode = Role;

export interface SessionUser {
  id: Id;
  username: string;
  name: string;
  roles: RoleCode[];
  unitId: Id | null;
  orgId: Id;
  orgName: string;
  /** The user's org has bureaus below it whose work the user reads (下级对比). */
  readsBelow: boolean;
}

/** Returned by login, GET /api/auth/me, setup and password change. */
export interface SessionPayload {
  user: SessionUser;
  csrfToken: string;
  mustChangePassword: boolean;
}

export interface ApiErrorBody {
  error: { code: string; message: string; details?: unknown };
}

export type { Org, OrgLevel, Unit, UnitKind, User } from "../../shared/directory.js";
import type { User } from "../../shared/directory.js";

export interface CreatedUser extends User {
  temporaryPassword?: string;
}

export type { ImportRowError, DirectoryImportResult as ImportResult } from "../../shared/directory-import.js";

export type { AuditEntry } from "../../shared/directory.js";

export interface Page<T> {
  items: T[];
  total: number;
}

export interface Items<T> {
  items: T[];
}

// ---------------------------------------------------------------------------
// Plans and the task ledger (src/server/presenters/plans.ts).

export type PlanStatus = "draft" | "published" | "archived";

export interface Plan {
  id: Id;
  orgId: Id;
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
  createdAt: string;
  publishedAt: string | null;
  archivedAt: string | null;
  version: number;
  taskCount?: number;
}

export interface PlanImportResult {
  plan: Plan;
  taskCount: number;
  warnings: string[];
}

export interface PlanSource {
  text: string;
  format: string | null;
  fileName: string | null;
  fileUrl: string | null;
}

/** Units, leaders, targets and milestones as the server returns them: ids always present. */
export interface UnitRef extends UnitInput {
  unitId: Id | null;
}
export interface LeaderRef extends LeaderInput {
  userId: Id | null;
}
export interface Target extends TargetInput {
  /** Progress (read-only, from submitted/approved reports): the lead unit's latest value. */
  latest?: number | null;
  assessment?: TargetAssessment | null;
  points?: TargetPoint[];
}
/** met: goal reached; on_track: on pace for the year; behind: not. */
export type TargetAssessment = "met" | "on_track" | "behind";
export interface TargetPoint {
  period: string;
  value: number;
  unitId: Id;
  state: string;
}
export type MilestoneState = "due" | "overdue" | "done";
export interface Milestone extends MilestoneInput {
  state?: MilestoneState;
  /** The day a report said it was done. */
  doneOn?: string | null;
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

export interface Task extends Omit<TaskValue, "sectionNo"> {
  id: Id;
  planId: Id;
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
  /** 办结 (issue 11). */
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

export interface TaskClosure {
  state: "requested" | "closed" | null;
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
/** proxy: "办公室代县委签收" when signed on the unit's behalf (代签). */
export interface Signoff { unitId: Id; name: string; signedAt: string | null; signedBy: string | null; proxy?: string | null }
export interface ExtensionRequest {
  id: Id; taskId: Id; milestoneId: Id | null; milestone: string; unitId: Id | null; unitName: string | null;
  from: string; to: string; reason: string; state: "pending" | "approved" | "rejected";
  requestedBy: string | null; requestedAt: string; decidedBy: string | null; decidedAt: string | null; comment: string | null;
}
/** GET /api/tasks/:id/supervision */
export interface TaskSupervisionView {
  taskId: Id;
  light: Light;
  lightReason: string;
  closure: TaskClosure;
  signoffs: Signoff[];
  milestones: { id: Id; what: string; by: string; state: string }[];
  extensions: ExtensionRequest[];
  access: {
    signFor: Id[];
    /** Of signFor, the units without accounts signed for on their behalf (代签). */
    signOnBehalf: Id[];
    signAs: { unitId: Id; name: string } | null;
    request: boolean; decide: boolean; declare: boolean; close: boolean; reopen: boolean;
  };
}

/** The editable part of a task, as PATCH /api/tasks/:id takes it (src/shared/tasks.ts), with the
 * server's richer units, leaders, targets and milestones. */
export interface TaskValue extends Omit<TaskInput, "lead" | "co" | "liaison" | "leaders" | "targets" | "milestones"> {
  lead: UnitRef[];
  co: UnitRef[];
  liaison: UnitRef[];
  leaders: LeaderRef[];
  targets: Target[];
  milestones: Milestone[];
}

export interface TaskVersion {
  version: number;
  changedBy: string | null;
  changedAt: string;
  before: Partial<TaskValue>;
  after: Partial<TaskValue>;
}

export interface TaskDetail extends Task {
  plan: Plan;
  history: TaskVersion[];
  /** The task of a plan above that this one implements (上下级任务关联). */
  implementsTaskId: Id | null;
}

export type MyRole = "lead" | "co" | "liaison" | "leader";
/** A row of the ledger screen (GET /api/plans/:id/tasks?view=list): the task page and the review screen load the rest. */
export interface LedgerTask extends Omit<Task, "body" | "measures" | "provenance" | "confidence" | "targets" | "milestones"> {
  targets: (Pick<Target, "metric" | "op" | "value" | "unit" | "latest" | "assessment"> & { id: Id })[];
  milestones: (Pick<Milestone, "what" | "by" | "doneOn"> & { id: Id; state: MilestoneState })[];
}

/** A row of 我的任务 (GET /api/tasks/mine): only what the list shows; the task page loads the rest. */
export interface MyTask extends Pick<Task, "id" | "planId" | "no" | "title" | "lead" | "hasOverdueMilestone" | "status" | "statusLabel" | "closure"> {
  planTitle: string;
  myRoles: MyRole[];
  leaders: LeaderRef[];
  milestones: (Pick<Milestone, "what" | "by" | "doneOn"> & { id: Id; state: MilestoneState })[];
  light: Light;
  lightReason: string;
  signoffs: Signoff[];
  unsigned: string[];
  pendingExtensions: number;
}

export interface PublishResult extends Plan {
  createdUnits: { id: Id; name: string }[];
}

export interface LedgerChange {
  row: number;
  kind: "update" | "create";
  taskId: Id | null;
  no: string;
  title: string;
  fields: { field: string; label: string; before: string; after: string }[];
}

export interface LedgerImportResult {
  changes: LedgerChange[];
  /** What the import leaves alone (rows removed in Excel, edits to 进展情况), said before confirming. */
  notes: string[];
  applied: boolean;
}

export interface TaskFilters {
  section?: string;
  unitId?: Id;
  leader?: string;
  q?: string;
  overdue?: "1";
  /** none: the lead unit has not reported yet. */
  status?: TaskStatus | "none";
  /** Tasks with a target so assessed. */
  target?: "met" | "on_track" | "behind" | "none";
}

export interface DemoAccount {
  username: string;
  name: string;
  role: RoleCode;
  roleName: string;
  unit?: string | null;
  password: string;
}
