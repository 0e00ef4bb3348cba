// A task as the review screen, the ledger import and PATCH /api/tasks/:id exchange it: the API
// contract shared by the server (src/server/commands/plans/task-store.ts) and the web app.
export type TargetOp = ">=" | "<=" | "=" | ">" | "<";
/** [start, end) offsets into the plan's source text. */
export type Span = [number, number];

export interface UnitRef {
  name: string;
  /** The directory unit, once matched (null: 将新建 on publish). */
  unitId?: number | null;
}
export interface LeaderRef {
  name: string;
  userId?: number | null;
}
export interface TargetInput {
  id?: number;
  metric: string;
  op: TargetOp;
  value: number;
  unit: string;
  text?: string;
  span?: Span | null;
  confidence?: number | null;
}
export interface MilestoneInput {
  id?: number;
  what: string;
  /** YYYY-MM or YYYY-MM-DD */
  by: string;
  text?: string;
  span?: Span | null;
  confidence?: number | null;
}

/** Everything a task holds that a person can edit. */
export interface TaskValue {
  no: string;
  sectionNo: string | null;
  sectionTitle: string | null;
  title: string;
  body: string;
  lead: UnitRef[];
  co: UnitRef[];
  liaison: UnitRef[];
  leaders: LeaderRef[];
  measures: string[];
  targets: TargetInput[];
  milestones: MilestoneInput[];
}

/** A cell of a table as the review screen shows it: its text and where it is in the source text. */
export interface SourceCell {
  text: string;
  /** null for an empty cell. */
  span: Span | null;
}

/** The table row(s) a task was read from (kept in the task's provenance), shown on the review screen. */
export interface TableRowSource {
  /** 0-based index of the table among the document's tables, in reading order. */
  table: number;
  /** The table's header row (the nearest one above, or the header of the table it continues); [] when none. */
  header: SourceCell[];
  /** The task's rows: the row of its name first, then the rows that continue it. */
  rows: { row: number; cells: SourceCell[] }[];
}

/** A stored task as the server loads it: the editable value with its ids, version and 办结 state. */
export interface LoadedTask extends TaskValue {
  id: number;
  planId: number;
  position: number;
  version: number;
  confidence: number | null;
  provenance: Record<string, unknown>;
  updatedAt: string;
  lead: (UnitRef & { unitId: number | null })[];
  co: (UnitRef & { unitId: number | null })[];
  liaison: (UnitRef & { unitId: number | null })[];
  leaders: (LeaderRef & { userId: number | null })[];
  targets: (TargetInput & { id: number })[];
  milestones: (MilestoneInput & { id: number })[];
  /** 办结 (issue 11): not part of the editable value. */
  closure: { state: "requested" | "closed" | null; note: string | null; requestedBy: string | null; requestedAt: string | null; closedBy: string | null; closedAt: string | null; reopenedBy: string | null; reopenedAt: string | null; reopenReason: string | null };
}

/** A deadline "YYYY", "YYYY-MM" or "YYYY-MM-DD" → the last day it covers: what overdue is reckoned against. */
export function deadlineEnd(by: string): string {
  const [y, m, d] = by.split("-").map(Number);
  if (d) return by;
  if (m) return new Date(Date.UTC(y!, m, 0)).toISOString().slice(0, 10);
  return `${y}-12-31`;
}
