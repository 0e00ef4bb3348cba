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
