// Types of the JSON the server returns (the API contract as the web app sees it).
import type { Light } from "../../shared/supervision.js";

/** Record ids are database integers. */
export type Id = number;

import type { Role } from "../../shared/roles.js";
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
// Plans and the task ledger (src/server/presenters/plans.ts; the shapes in src/shared/plans.ts).

export type {
  LedgerTask, ListedMilestone, LocatedText, MilestoneState, MilestoneSummary, MyRole, MyTask, MyTaskList, MyTaskListQuery, Plan, PlanStatus, Signoff, Task, TaskClosure, TaskDetail, TaskProvenance, TaskStatus,
  TaskVersion, TargetAssessment, TargetPoint, TaskMilestone as Milestone, TaskLeader as LeaderRef, TaskTarget as Target, TaskUnit as UnitRef,
  StoredTaskValue as TaskValue,
} from "../../shared/plans.js";
import type { Plan, Signoff, TaskClosure, TaskStatus } from "../../shared/plans.js";
import type { FieldChange } from "../../shared/reports.js";

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

export interface PublishResult extends Plan {
  createdUnits: { id: Id; name: string }[];
}

export interface LedgerChange {
  row: number;
  kind: "update" | "create";
  taskId: Id | null;
  no: string;
  title: string;
  fields: FieldChange[];
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
