// How tasks stand: the latest reported status, each target's values round by round against
// its goal, and which milestones are done — for the ledger and the task page.
import { sql, type Kysely, type SelectQueryBuilder } from "kysely";
import type { DB } from "../../db/schema.js";
import { REPORT_STATUSES } from "./reports.js";
import { inChunks } from "../../db/chunks.js";
import { deadlineEnd } from "../../presenters/plans.js";

export type Assessment = "met" | "on_track" | "behind";

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

export async function progressOf(db: Kysely<DB>, taskIds: number[]): Promise<Map<number, TaskProgress>> {
  const out = new Map<number, TaskProgress>();
  if (!taskIds.length) return out;
  // Reports that left the unit's hands count; drafts do not. Values and milestones are joined to
  // those reports, never looked up by a list of report ids (it grows with every round).
  const counted = ["submitted", "approved", "merged"] as const;
  const reports = await inChunks(taskIds, (chunk) =>
    db
      .selectFrom("reports")
      .innerJoin("rounds", "rounds.id", "reports.round_id")
      .select(["reports.id", "reports.task_id", "reports.unit_id", "reports.role", "reports.state", "reports.status", "rounds.period"])
      .where("reports.task_id", "in", chunk)
      .where("reports.state", "in", counted)
      // Within a period the lead's report first, then by id: the same points in the same order on
      // both databases, whatever order their rows were stored in.
      .orderBy("rounds.period")
      .orderBy("reports.role", "desc")
      .orderBy("reports.id")
      .execute(),
  );
  const values = groupBy(
    await inChunks(taskIds, (chunk) =>
      db
        .selectFrom("report_values")
        .innerJoin("reports", "reports.id", "report_values.report_id")
        .select(["report_values.report_id", "report_values.target_id", "report_values.value"])
        .where("reports.task_id", "in", chunk)
        .where("reports.state", "in", counted)
        .execute(),
    ),
  );
  const done = groupBy(
    await inChunks(taskIds, (chunk) =>
      db
        .selectFrom("report_milestones")
        .innerJoin("reports", "reports.id", "report_milestones.report_id")
        .select(["report_milestones.report_id", "report_milestones.milestone_id", "report_milestones.done_on"])
        .where("reports.task_id", "in", chunk)
        .where("reports.state", "in", counted)
        .execute(),
    ),
  );
  const targets = await inChunks(taskIds, (chunk) =>
    db.selectFrom("targets").select(["id", "task_id", "op", "value", "unit", "metric"]).where("task_id", "in", chunk).execute(),
  );
  // The lead unit's report speaks for the task; a co-unit's value counts only while the lead has none.
  const latestPeriod = new Map<number, string>();
  const leadValued = new Set<number>();
  for (const taskId of taskIds) out.set(taskId, { status: null, statusLabel: null, latestPeriod: null, targets: new Map(), milestonesDone: new Map() });
  for (const r of reports) {
    const p = out.get(r.task_id)!;
    if (r.role === "lead" && r.status) {
      p.status = r.status;
      p.statusLabel = REPORT_STATUSES[r.status as keyof typeof REPORT_STATUSES] ?? r.status;
      p.latestPeriod = r.period;
    }
    for (const v of values.get(r.id) ?? []) {
      const t = p.targets.get(v.target_id) ?? { points: [], latest: null, assessment: null };
      t.points.push({ period: r.period, value: Number(v.value), unitId: r.unit_id, state: r.state });
      const fromLead = r.role === "lead";
      if (fromLead || !leadValued.has(v.target_id)) {
        t.latest = Number(v.value);
        latestPeriod.set(v.target_id, r.period);
      }
      if (fromLead) leadValued.add(v.target_id);
      p.targets.set(v.target_id, t);
    }
    // Only the lead unit's report says a milestone is done (or, by leaving it out later, not).
    if (r.role === "lead") {
      p.milestonesDone.clear();
      for (const m of done.get(r.id) ?? []) p.milestonesDone.set(m.milestone_id, m.done_on);
    }
  }
  for (const t of targets) {
    const tp = out.get(t.task_id)!.targets.get(t.id);
    if (tp && tp.latest !== null) tp.assessment = assess(t.op, Number(t.value), tp.latest, latestPeriod.get(t.id)!, t.unit, t.metric);
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
 * What the tasks' lead units last said, as progressOf reads it, without the values: per task, its
 * counted lead reports in (period, id) order; the status is the last one given, the milestones
 * done those of the last report. One query (a window over the tasks' lead reports), whatever the
 * number of tasks; only tasks with a counted lead report are in the map.
 */
export async function latestLeadOf(db: Kysely<DB>, taskIds: TaskIdSource): Promise<Map<number, LeadProgress>> {
  const out = new Map<number, LeadProgress>();
  const query = (ids: readonly number[] | SelectQueryBuilder<DB, any, { task_id: number }>) => {
    const lead = db
      .selectFrom("reports as r")
      .innerJoin("rounds as ro", "ro.id", "r.round_id")
      .select([
        "r.task_id", "r.id", "r.status", "ro.period",
        // 1 on the task's last lead report, and on its last one with a status.
        sql<number>`row_number() over (partition by r.task_id order by ro.period desc, r.id desc)`.as("k"),
        sql<number>`row_number() over (partition by r.task_id, case when r.status is null then 1 else 0 end order by ro.period desc, r.id desc)`.as("ks"),
      ])
      .where("r.task_id", "in", ids as any)
      .where("r.role", "=", "lead")
      .where("r.state", "in", COUNTED);
    return db
      .selectFrom(lead.as("l"))
      .leftJoin("report_milestones as rm", (j) => j.onRef("rm.report_id", "=", "l.id").on("l.k", "=", 1))
      .select(["l.task_id", "l.status", "l.period", "l.k", "l.ks", "rm.milestone_id", "rm.done_on"])
      .where((eb) => eb.or([eb("l.k", "=", 1), eb.and([eb("l.ks", "=", 1), eb("l.status", "is not", null)])]))
      .execute();
  };
  const rows = Array.isArray(taskIds) ? await inChunks(taskIds as readonly number[], query) : await query(taskIds);
  for (const r of rows) {
    let p = out.get(r.task_id);
    if (!p) out.set(r.task_id, (p = { status: null, statusLabel: null, latestPeriod: null, milestonesDone: new Map() }));
    if (Number(r.ks) === 1 && r.status) {
      p.status = r.status;
      p.statusLabel = REPORT_STATUSES[r.status as keyof typeof REPORT_STATUSES] ?? r.status;
      p.latestPeriod = r.period;
    }
    if (Number(r.k) === 1 && r.milestone_id != null) p.milestonesDone.set(r.milestone_id, r.done_on!);
  }
  return out;
}

function groupBy<T extends { report_id: number }>(rows: T[]): Map<number, T[]> {
  const out = new Map<number, T[]>();
  for (const row of rows) {
    const list = out.get(row.report_id);
    if (list) list.push(row);
    else out.set(row.report_id, [row]);
  }
  return out;
}

export function milestoneStateWith(by: string, doneOn: string | undefined, today: string): "done" | "overdue" | "due" {
  if (doneOn) return "done";
  return deadlineEnd(by) < today ? "overdue" : "due";
}
