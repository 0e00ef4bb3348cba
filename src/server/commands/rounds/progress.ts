// How tasks stand: the latest reported status, each target's values round by round against
// its goal, and which milestones are done — for the ledger and the task page.
import { sql, type ExpressionBuilder, type Kysely } from "kysely";
import type { DB } from "../../db/schema.js";
import { REPORT_STATUSES } from "./reports.js";
import { inChunks } from "../../db/chunks.js";
import { deadlineEnd } from "../../presenters/plans.js";

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
    .where("r.state", "in", ["submitted", "approved", "merged"]);
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
