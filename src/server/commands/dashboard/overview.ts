// The bureau dashboard (issue 14): every figure is an aggregate query (GROUP BY, correlated
// subqueries picking one row per task or per target), never a load of the reports. Rows that come
// back are one per section × status, unit × status, round, target or period — bounded by the
// ledger's size, not by the reports' history. The same SQL runs on SQLite and PostgreSQL.
import { sql, type ExpressionBuilder, type Kysely } from "kysely";
import type { DB } from "../../db/schema.js";
import { assess, latestLeadReport, latestTargetValue, type Assessment } from "../rounds/progress.js";

/** Reports that left the unit's hands: what the ledger's progress counts (progress.ts). */
const COUNTED = ["submitted", "approved", "merged"] as const;

export interface DashboardScope {
  /** The bureau whose findings are counted. */
  orgId: number;
  planIds: number[];
  year: number | null;
  /** Status, targets and milestones as of this reporting period ("2026-03"); null: the latest. */
  period: string | null;
  /** Asia/Shanghai calendar day. */
  today: string;
}

type Counts = Record<string, number>;
const num = (v: unknown) => Number(v ?? 0);

/** The end of a Shanghai calendar day as the ISO UTC text of `submitted_at`: "2026-03-25" → "2026-03-25T16:00:00.000Z". */
const dueCutoff = sql<string>`(rounds.due_on || 'T16:00:00.000Z')`;

/** The task's status: its lead unit's latest reported status (by period, then id), as of the period (null: the latest). 下级对比 reads it too. */
export function latestStatus(eb: ExpressionBuilder<DB & { t: DB["tasks"] }, "t">, period: string | null) {
  return latestLeadReport(eb, { period, withStatus: true }).select("r.status");
}

function tasksWithStatus(db: Kysely<DB>, s: DashboardScope) {
  return db
    .selectFrom("tasks as t")
    .select((eb) => ["t.id", "t.plan_id", "t.position", "t.section_no", "t.section_title", latestStatus(eb, s.period).as("status")])
    .where("t.plan_id", "in", s.planIds);
}

export async function dashboardOverview(db: Kysely<DB>, s: DashboardScope) {
  if (!s.planIds.length) return emptyOverview(s, await findingCounts(db, s));
  // Each task's status is looked up once (materialized), not once per row it is grouped or joined in.
  const withStatus = db.with((w) => w("ts").materialized(), () => tasksWithStatus(db, s));
  const bySectionRows = await withStatus
    .selectFrom("ts")
    .select((eb) => [
      "ts.plan_id",
      "ts.section_no",
      eb.fn.min("ts.section_title").as("section_title"),
      eb.fn.min("ts.position").as("first"),
      "ts.status",
      eb.fn.countAll().as("n"),
    ])
    .groupBy(["ts.plan_id", "ts.section_no", "ts.status"])
    .execute();
  const byUnitRows = await withStatus
    .selectFrom("ts")
    .innerJoin("task_units as tu", "tu.task_id", "ts.id")
    .innerJoin("units as u", "u.id", "tu.unit_id")
    .select((eb) => ["tu.unit_id", "u.name", "ts.status", eb.fn.count("ts.id").distinct().as("n")])
    .groupBy(["tu.unit_id", "u.name", "ts.status"])
    .execute();

  const sections = new Map<string, { planId: number; section: string | null; title: string | null; counts: Counts; total: number; first: number }>();
  const statusTotals: Counts = {};
  let taskTotal = 0;
  for (const r of bySectionRows) {
    const key = `${r.plan_id}:${r.section_no ?? ""}`;
    const entry = sections.get(key) ?? { planId: r.plan_id, section: r.section_no, title: r.section_title as string | null, counts: {}, total: 0, first: num(r.first) };
    entry.first = Math.min(entry.first, num(r.first));
    const status = r.status ?? "none";
    entry.counts[status] = (entry.counts[status] ?? 0) + num(r.n);
    entry.total += num(r.n);
    statusTotals[status] = (statusTotals[status] ?? 0) + num(r.n);
    taskTotal += num(r.n);
    sections.set(key, entry);
  }
  const units = new Map<number, { unitId: number; name: string; counts: Counts; total: number }>();
  for (const r of byUnitRows) {
    const entry = units.get(r.unit_id!) ?? { unitId: r.unit_id!, name: r.name, counts: {}, total: 0 };
    entry.counts[r.status ?? "none"] = (entry.counts[r.status ?? "none"] ?? 0) + num(r.n);
    entry.total += num(r.n);
    units.set(r.unit_id!, entry);
  }

  const rounds = await roundFigures(db, s);
  return {
    tasks: {
      total: taskTotal,
      byStatus: statusTotals,
      // In the plan's order: by the position of each section's first task.
      bySection: [...sections.values()].sort((a, b) => a.planId - b.planId || a.first - b.first).map(({ first: _first, ...x }) => x),
      byUnit: [...units.values()].sort((a, b) => b.total - a.total || a.name.localeCompare(b.name, "zh-CN")),
    },
    rounds,
    trend: await trend(db, s, rounds),
    targets: await targetCounts(db, s),
    milestones: await milestoneCounts(db, s),
    findings: await findingCounts(db, s),
  };
}

function emptyOverview(_s: DashboardScope, findings: Awaited<ReturnType<typeof findingCounts>>) {
  return {
    tasks: { total: 0, byStatus: {} as Counts, bySection: [], byUnit: [] },
    rounds: [] as Awaited<ReturnType<typeof roundFigures>>,
    trend: [] as Awaited<ReturnType<typeof trend>>,
    targets: { total: 0, met: 0, on_track: 0, behind: 0, none: 0 },
    milestones: { total: 0, done: 0, overdue: 0, overdueTasks: 0 },
    findings,
  };
}

/**
 * On time per round: of the round's reports (withdrawn ones no longer count), those submitted
 * before the end of the due day; late: not submitted by then once the due day is past.
 */
async function roundFigures(db: Kysely<DB>, s: DashboardScope) {
  const submitted = sql<number>`sum(case when reports.submitted_at is not null then 1 else 0 end)`;
  const onTime = sql<number>`sum(case when reports.submitted_at is not null and reports.submitted_at < ${dueCutoff} then 1 else 0 end)`;
  const approved = sql<number>`sum(case when reports.state = 'approved' then 1 else 0 end)`;
  let q = db
    .selectFrom("rounds")
    .innerJoin("plans", "plans.id", "rounds.plan_id")
    .leftJoin("reports", (j) => j.onRef("reports.round_id", "=", "rounds.id").on("reports.state", "!=", "withdrawn"))
    .select((eb) => [
      "rounds.id", "rounds.plan_id", "plans.title as plan_title", "rounds.period", "rounds.due_on", "rounds.state",
      eb.fn.count("reports.id").as("reports"), submitted.as("submitted"), onTime.as("on_time"), approved.as("approved"),
    ])
    .where("rounds.plan_id", "in", s.planIds)
    .where("rounds.state", "!=", "scheduled");
  if (s.period) q = q.where("rounds.period", "<=", s.period);
  const rows = await q
    .groupBy(["rounds.id", "rounds.plan_id", "plans.title", "rounds.period", "rounds.due_on", "rounds.state"])
    .orderBy("rounds.period")
    .orderBy("rounds.id")
    .execute();
  return rows.map((r) => {
    const reports = num(r.reports), done = num(r.submitted), inTime = num(r.on_time);
    const duePassed = r.due_on < s.today;
    return {
      id: r.id, planId: r.plan_id, planTitle: r.plan_title, period: r.period, dueOn: r.due_on, state: r.state,
      reports, submitted: done, onTime: inTime, approved: num(r.approved),
      late: duePassed ? reports - inTime : 0,
      pending: duePassed ? 0 : reports - done,
      /** Share submitted on time; null before anything is due. */
      onTimeRate: reports && (duePassed || done) ? Math.round((inTime / reports) * 1000) / 10 : null,
    };
  });
}

/** Over the year: per period, on-time rate (from the rounds) and the lead reports' statuses. */
async function trend(db: Kysely<DB>, s: DashboardScope, rounds: Awaited<ReturnType<typeof roundFigures>>) {
  let q = db
    .selectFrom("reports")
    .innerJoin("rounds", "rounds.id", "reports.round_id")
    .select((eb) => ["rounds.period", "reports.status", eb.fn.countAll().as("n")])
    .where("rounds.plan_id", "in", s.planIds)
    .where("reports.role", "=", "lead")
    .where("reports.state", "in", COUNTED);
  if (s.period) q = q.where("rounds.period", "<=", s.period);
  const rows = await q.groupBy(["rounds.period", "reports.status"]).execute();
  const periods = new Map<string, { period: string; reports: number; onTime: number; late: number; statuses: Counts }>();
  const at = (period: string) => {
    const p = periods.get(period) ?? { period, reports: 0, onTime: 0, late: 0, statuses: {} };
    periods.set(period, p);
    return p;
  };
  for (const r of rounds) {
    const p = at(r.period);
    p.reports += r.reports;
    p.onTime += r.onTime;
    p.late += r.late;
  }
  for (const r of rows) {
    const p = at(r.period);
    const status = r.status ?? "none";
    p.statuses[status] = (p.statuses[status] ?? 0) + num(r.n);
  }
  return [...periods.values()]
    .sort((a, b) => a.period.localeCompare(b.period))
    .map((p) => ({ ...p, onTimeRate: p.reports ? Math.round((p.onTime / p.reports) * 1000) / 10 : null }));
}

/**
 * Targets: one row per target with its latest value — the lead unit's latest, else a co-unit's
 * (as the ledger reads it) — assessed against its goal by progress.ts's `assess`.
 */
async function targetCounts(db: Kysely<DB>, s: DashboardScope) {
  const rows = await db
    .selectFrom("targets as tg")
    .innerJoin("tasks as t", "t.id", "tg.task_id")
    .select((eb) => ["tg.id", "tg.op", "tg.value", "tg.unit", "tg.metric", latestTargetValue(eb, "rv.value", s.period).as("latest"), latestTargetValue(eb, "ro.period", s.period).as("latest_period")])
    .where("t.plan_id", "in", s.planIds)
    .execute();
  const out: Record<Assessment | "none", number> & { total: number } = { total: rows.length, met: 0, on_track: 0, behind: 0, none: 0 };
  for (const r of rows) {
    if (r.latest === null || r.latest === undefined || !r.latest_period) out.none++;
    else out[assess(r.op, Number(r.value), Number(r.latest), String(r.latest_period), r.unit, r.metric)]++;
  }
  return out;
}

/**
 * Milestones: done when the task's latest lead report that left the unit says so (progress.ts);
 * overdue when not done and its time limit (YYYY, YYYY-MM or YYYY-MM-DD) has passed: the limit
 * is earlier than today cut to the same length.
 */
async function milestoneCounts(db: Kysely<DB>, s: DashboardScope) {
  // The latest lead report of each task, looked up once per task (materialized), then joined to
  // the task's milestones and to what that report says of them.
  const latestLead = db.with((w) => w("lt").materialized(), (qb) =>
    qb
      .selectFrom("tasks as t")
      .select((eb) => [
        "t.id as task_id",
        latestLeadReport(eb, { period: s.period }).select("r.id").as("last_id"),
      ])
      .where("t.plan_id", "in", s.planIds),
  );
  const done = sql<boolean>`rm.milestone_id is not null`;
  const overdue = sql`(rm.milestone_id is null and m."by" < substr(cast(${s.today} as text), 1, length(m."by")))`;
  const row = await latestLead
    .selectFrom("milestones as m")
    .innerJoin("lt", "lt.task_id", "m.task_id")
    .leftJoin("report_milestones as rm", (j) => j.onRef("rm.report_id", "=", "lt.last_id").onRef("rm.milestone_id", "=", "m.id"))
    .select([
      sql<number>`count(*)`.as("total"),
      sql<number>`sum(case when ${done} then 1 else 0 end)`.as("done"),
      sql<number>`sum(case when ${overdue} then 1 else 0 end)`.as("overdue"),
      sql<number>`count(distinct case when ${overdue} then m.task_id end)`.as("overdue_tasks"),
    ])
    .executeTakeFirstOrThrow();
  return { total: num(row.total), done: num(row.done), overdue: num(row.overdue), overdueTasks: num(row.overdue_tasks) };
}

/** Findings of the bureau (of the year when one is chosen, by the day found): open and overdue. */
async function findingCounts(db: Kysely<DB>, s: DashboardScope) {
  let q = db
    .selectFrom("findings")
    .select((eb) => [
      eb.fn.countAll().as("total"),
      sql<number>`sum(case when state <> 'closed' then 1 else 0 end)`.as("open"),
      sql<number>`sum(case when state <> 'closed' and deadline is not null and deadline < ${s.today} then 1 else 0 end)`.as("overdue"),
      sql<number>`sum(case when state = 'closed' then 1 else 0 end)`.as("closed"),
    ])
    .where("org_id", "=", s.orgId);
  if (s.year) q = q.where("found_on", ">=", `${s.year}-01-01`).where("found_on", "<=", `${s.year}-12-31`);
  const row = await q.executeTakeFirstOrThrow();
  return { total: num(row.total), open: num(row.open), overdue: num(row.overdue), closed: num(row.closed) };
}
