// How tasks stand: the latest reported status, each target's values round by round against
// its goal, and which milestones are done — for the ledger and the task page.
import { sql, type ExpressionBuilder, type Kysely, type SelectQueryBuilder } from "kysely";
import type { DB } from "../../db/schema.js";
import { REPORT_STATUSES } from "./reports.js";
import { inChunks } from "../../db/chunks.js";

export type Assessment = "met" | "on_track" | "behind";

/**
 * A target's latest value, as one correlated subquery on the target row aliased `tg`: the lead
 * unit's latest report that left the unit (submitted, approved, merged), else a co-unit's, by period
 * then id; `column` picks the value or its period. As of `period` when given. The one rule the
 * dashboard, the assessment and 对标 read a target's figure by.
 */
export function latestTargetValue(eb: ExpressionBuilder<DB & { tg: DB["targets"] }, "tg">, column: "rv.value" | "ro.period", period: string | null = null) {
  let q = eb
    .selectFrom("report_values as rv")
    .innerJoin("reports as r", "r.id", "rv.report_id")
    .innerJoin("rounds as ro", "ro.id", "r.round_id")
    .select(column)
    .whereRef("rv.target_id", "=", "tg.id")
    .where("r.state", "in", COUNTED);
  if (period) q = q.where("ro.period", "<=", period);
  return q
    .orderBy(sql`case when r.role = 'lead' then 0 else 1 end`)
    .orderBy("ro.period", "desc")
    .orderBy("r.id", "desc")
    .limit(1);
}

export interface TargetProgress {
  points: { period: string; value: number; unitId: number; state: string }[];
  latest: number | null;
  assessment: Assessment | null;
}

export interface TaskProgress {
  status: string | null;
  statusLabel: string | null;
  latestPeriod: string | null;
  targets: Map<number, TargetProgress>;
  milestonesDone: Map<number, string>;
}

/** Share of the plan year gone by the end of a period ("2026-03" → 0.25). */
function yearElapsed(period: string): number {
  const [, rest] = period.split("-");
  const month = rest.startsWith("Q") ? Number(rest.slice(1)) * 3 : Number(rest);
  return Math.min(1, month / 12);
}

/**
 * Met, on track or behind. A count (新建4所, 培训8000人次) adds up over the year, so it is on
 * track while it keeps pace with the share of the year gone; a rate (入园率95%, 1:13 生师比) does not
 * add up, so it is on track only while it is within 5% of the goal and the year is not over.
 */
export function assess(op: string, goal: number, value: number, period: string, unit = "", metric = ""): Assessment {
  if (op === "<=" || op === "<") return (op === "<" ? value < goal : value <= goal) ? "met" : "behind";
  if (op === ">" ? value > goal : value >= goal) return "met";
  const elapsed = yearElapsed(period);
  if (goal <= 0 || elapsed >= 1) return "behind";
  const isRate = unit === "%" || unit === "ratio" || /率|比/.test(metric);
  return value / goal >= (isRate ? 0.95 : elapsed) ? "on_track" : "behind";
}

/** Reports that left the unit's hands count; drafts do not. */
const COUNTED = ["submitted", "approved", "merged"] as const;

/**
 * Where the tasks stand (the ledger, 我的任务, the task page): the lead unit's latest status and
 * milestones from latestLeadOf, and each target's values round by round. The lead unit's value
 * speaks for the target; a co-unit's counts only while the lead has none. Three queries whatever
 * the number of tasks; the tasks are a list or a subquery (a plan's, a unit's).
 */
export async function progressOf(db: Kysely<DB>, taskIds: TaskIdSource, opts: { series?: boolean } = {}): Promise<Map<number, TaskProgress>> {
  const list = Array.isArray(taskIds) ? (taskIds as readonly number[]) : null;
  if (list && !list.length) return new Map();
  const inTasks = <T>(query: (ids: TaskIdSource) => Promise<T[]>) => (list ? inChunks(list, query) : query(taskIds));
  if (opts.series === false) return latestOnly(db, taskIds, list, inTasks);
  const out = new Map<number, TaskProgress>();
  const [lead, values, targets] = await Promise.all([
    latestLeadOf(db, taskIds),
    // Values of the reports that left the unit's hands, joined to them (never looked up by a list of
    // report ids). Within a period the lead's report first, then by id: the same points in the same
    // order on both databases, whatever order their rows were stored in.
    inTasks((ids) =>
      db
        .selectFrom("report_values as rv")
        .innerJoin("reports as r", "r.id", "rv.report_id")
        .innerJoin("rounds as ro", "ro.id", "r.round_id")
        .select(["r.task_id", "r.unit_id", "r.role", "r.state", "ro.period", "rv.target_id", "rv.value"])
        .where("r.task_id", "in", ids as readonly number[])
        .where("r.state", "in", COUNTED)
        .orderBy("ro.period")
        .orderBy("r.role", "desc")
        .orderBy("r.id")
        .execute(),
    ),
    inTasks((ids) => db.selectFrom("targets").select(["id", "task_id", "op", "value", "unit", "metric"]).where("task_id", "in", ids as readonly number[]).execute()),
  ]);
  const entry = (taskId: number) => progressEntry(out, lead, taskId);
  for (const taskId of list ?? lead.keys()) entry(taskId);
  const latestPeriod = new Map<number, string>();
  const leadValued = new Set<number>();
  for (const v of values) {
    const p = entry(v.task_id);
    const t = p.targets.get(v.target_id) ?? { points: [], latest: null, assessment: null };
    t.points.push({ period: v.period, value: Number(v.value), unitId: v.unit_id, state: v.state });
    const fromLead = v.role === "lead";
    if (fromLead || !leadValued.has(v.target_id)) {
      t.latest = Number(v.value);
      latestPeriod.set(v.target_id, v.period);
    }
    if (fromLead) leadValued.add(v.target_id);
    p.targets.set(v.target_id, t);
  }
  for (const t of targets) {
    const tp = out.get(t.task_id)?.targets.get(t.id);
    if (tp && tp.latest !== null) tp.assessment = assess(t.op, Number(t.value), tp.latest, latestPeriod.get(t.id)!, t.unit, t.metric);
  }
  return out;
}

/** The task's progress in `out`, started from its latest lead report when first asked for. */
function progressEntry(out: Map<number, TaskProgress>, lead: Awaited<ReturnType<typeof latestLeadOf>>, taskId: number): TaskProgress {
  let p = out.get(taskId);
  if (!p) {
    const l = lead.get(taskId);
    p = { status: l?.status ?? null, statusLabel: l?.statusLabel ?? null, latestPeriod: l?.latestPeriod ?? null, targets: new Map(), milestonesDone: l?.milestonesDone ?? new Map() };
    out.set(taskId, p);
  }
  return p;
}

/**
 * progressOf without the round-by-round series (`points` left empty; the ledger screen shows none):
 * each target's latest value and its period by latestTargetValue, the rule that picks the same row
 * progressOf's walk through the series ends on (the lead's latest by period then id, else a
 * co-unit's), looked up per target instead of reading every value of every round.
 */
async function latestOnly(db: Kysely<DB>, taskIds: TaskIdSource, list: readonly number[] | null, inTasks: <T>(query: (ids: TaskIdSource) => Promise<T[]>) => Promise<T[]>): Promise<Map<number, TaskProgress>> {
  const out = new Map<number, TaskProgress>();
  const [lead, targets] = await Promise.all([
    latestLeadOf(db, taskIds),
    inTasks((ids) =>
      db
        .selectFrom("targets as tg")
        .select((eb) => ["tg.id", "tg.task_id", "tg.op", "tg.value", "tg.unit", "tg.metric", latestTargetValue(eb, "rv.value").as("latest"), latestTargetValue(eb, "ro.period").as("period")])
        .where("tg.task_id", "in", ids as readonly number[])
        .execute(),
    ),
  ]);
  const entry = (taskId: number) => progressEntry(out, lead, taskId);
  for (const taskId of list ?? lead.keys()) entry(taskId);
  for (const t of targets) {
    if (t.latest == null) continue;
    const latest = Number(t.latest);
    entry(t.task_id).targets.set(t.id, { points: [], latest, assessment: assess(t.op, Number(t.value), latest, String(t.period), t.unit, t.metric) });
  }
  return out;
}

/** Task ids as a list, or as a subquery selecting `task_id` (the tasks of a round, of a unit…). */
export type TaskIdSource = readonly number[] | SelectQueryBuilder<DB, any, { task_id: number }>;

export interface LeadProgress {
  status: string | null;
  statusLabel: string | null;
  latestPeriod: string | null;
  milestonesDone: Map<number, string>;
}

/**
 * The lead unit's latest counted report of the task row `t` (by period, then id), as one correlated
 * subquery for the caller to pick a column of: as of `period` when given; with `withStatus` the
 * latest that gave a status. The dashboard, 下级对比 and latestLeadOf read "the latest" by it.
 */
export function latestLeadReport(eb: ExpressionBuilder<DB & { t: DB["tasks"] }, "t">, opts: { period?: string | null; withStatus?: boolean } = {}) {
  return eb
    .selectFrom("reports as r")
    .innerJoin("rounds as ro", "ro.id", "r.round_id")
    .whereRef("r.task_id", "=", "t.id")
    .where("r.role", "=", "lead")
    .where("r.state", "in", COUNTED)
    .$if(!!opts.withStatus, (q) => q.where("r.status", "is not", null))
    .$if(!!opts.period, (q) => q.where("ro.period", "<=", opts.period!))
    .orderBy("ro.period", "desc")
    .orderBy("r.id", "desc")
    .limit(1);
}

/**
 * What the tasks' lead units last said, as progressOf reads it, without the values: per task, its
 * counted lead reports in (period, id) order; the status is the last one given, the milestones
 * done those of the last report. One query per task list: each task joined to its last report
 * found by one index lookup (reports_task_progress) in the join itself, then to that report's
 * round and milestones. Only where the last report gave no status is the latest one that did
 * looked up, for those tasks alone: the last report, when it has a status, is that report.
 * Only tasks with a counted lead report are in the map.
 */
export async function latestLeadOf(db: Kysely<DB>, taskIds: TaskIdSource): Promise<Map<number, LeadProgress>> {
  const out = new Map<number, LeadProgress>();
  const query = (ids: TaskIdSource) =>
    db
      .selectFrom("tasks as t")
      .innerJoin("reports as lr", (j) => j.on((eb) => eb("lr.id", "=", latestLeadReport(eb as never).select("r.id"))))
      .innerJoin("rounds as lo", "lo.id", "lr.round_id")
      .leftJoin("report_milestones as rm", "rm.report_id", "lr.id")
      .select(["t.id as task_id", "lr.status", "lo.period", "rm.milestone_id", "rm.done_on"])
      .where("t.id", "in", ids as readonly number[])
      .execute();
  const rows = Array.isArray(taskIds) ? await inChunks(taskIds as readonly number[], query) : await query(taskIds);
  const noStatus: number[] = [];
  for (const r of rows) {
    let p = out.get(r.task_id);
    if (!p) {
      const status = r.status ?? null;
      p = { status, statusLabel: labelOf(status), latestPeriod: status ? r.period : null, milestonesDone: new Map() };
      out.set(r.task_id, p);
      if (status == null) noStatus.push(r.task_id);
    }
    if (r.milestone_id != null) p.milestonesDone.set(r.milestone_id, r.done_on!);
  }
  // The last report gave no status: the latest that did speaks for the task.
  const earlier = await inChunks(noStatus, (ids) =>
    db
      .selectFrom("tasks as t")
      .innerJoin("reports as sr", (j) => j.on((eb) => eb("sr.id", "=", latestLeadReport(eb as never, { withStatus: true }).select("r.id"))))
      .innerJoin("rounds as so", "so.id", "sr.round_id")
      .select(["t.id as task_id", "sr.status", "so.period"])
      .where("t.id", "in", ids)
      .execute(),
  );
  for (const r of earlier) {
    const p = out.get(r.task_id)!;
    p.status = r.status;
    p.statusLabel = labelOf(r.status);
    p.latestPeriod = r.status ? r.period : null;
  }
  return out;
}

const labelOf = (status: string | null) => status && (REPORT_STATUSES[status as keyof typeof REPORT_STATUSES] ?? status);
