// 下级对比 (issue 15): one row per bureau below the caller's, side by side. Every figure is an
// aggregate grouped by org (GROUP BY plans.org_id / findings.org_id), never a load of the reports;
// the rows that come back are bounded by the number of bureaus × statuses. Same SQL on SQLite and PostgreSQL.
import { sql, type ExpressionBuilder, type Kysely } from "kysely";
import type { DB } from "../../db/schema.js";
import type { RollupRow } from "../../../shared/rollup.js";
import { latestStatus } from "../dashboard/overview.js";


export interface RollupScope {
  /** The caller's own org: the root of the paths. */
  rootId: number;
  /** The bureaus below it (never the root itself, a sibling or an org above). */
  orgIds: number[];
  year: number;
  /** Asia/Shanghai calendar day. */
  today: string;
}

type Counts = Record<string, number>;
export type { RollupRow };
const num = (v: unknown) => Number(v ?? 0);
const rate = (part: number, whole: number) => (whole ? Math.round((part / whole) * 1000) / 10 : null);
/** The end of a Shanghai calendar day as the ISO UTC text of `submitted_at`. */
const dueCutoff = sql<string>`(ro.due_on || 'T16:00:00.000Z')`;


export async function rollupRows(db: Kysely<DB>, s: RollupScope): Promise<RollupRow[]> {
  const orgs = await db.selectFrom("orgs").select(["id", "name", "level", "parent_id"]).execute();
  const byId = new Map(orgs.map((o) => [o.id, o]));
  const pathOf = (id: number) => {
    const out: string[] = [];
    for (let o = byId.get(id); o && o.id !== s.rootId && out.length < 50; o = o.parent_id == null ? undefined : byId.get(o.parent_id)) out.unshift(o.name);
    return out;
  };
  if (!s.orgIds.length) return [];
  const ids = s.orgIds;
  // Plans of the year that were published (archived ones were published too); drafts are no ledger yet.
  const yearPlans = (eb: ExpressionBuilder<DB & { p: DB["plans"] }, "p">) =>
    eb.and([eb("p.org_id", "in", ids), eb("p.year", "=", s.year), eb("p.status", "!=", "draft")]);

  const planRows = await db.selectFrom("plans as p").select((eb) => ["p.org_id", eb.fn.countAll().as("n")]).where(yearPlans).groupBy("p.org_id").execute();

  const taskRows = await db
    .selectFrom(
      db.selectFrom("tasks as t").innerJoin("plans as p", "p.id", "t.plan_id").where(yearPlans)
        .select((eb) => ["p.org_id", "t.closure_state", latestStatus(eb, null).as("status")])
        .as("ts"),
    )
    .select((eb) => [
      "ts.org_id", "ts.status", eb.fn.countAll().as("n"),
      sql<number>`sum(case when ts.closure_state = 'closed' then 1 else 0 end)`.as("closed"),
    ])
    .groupBy(["ts.org_id", "ts.status"])
    .execute();

  // On time over the year: the reports of the rounds whose due day has passed (withdrawn ones no longer count).
  const reportRows = await db
    .selectFrom("reports as r")
    .innerJoin("rounds as ro", "ro.id", "r.round_id")
    .innerJoin("plans as p", "p.id", "ro.plan_id")
    .where(yearPlans)
    .where("ro.state", "!=", "scheduled")
    .where("r.state", "!=", "withdrawn")
    .select((eb) => [
      "p.org_id",
      sql<number>`sum(case when ro.due_on < ${s.today} then 1 else 0 end)`.as("due"),
      sql<number>`sum(case when ro.due_on < ${s.today} and r.submitted_at is not null and r.submitted_at < ${dueCutoff} then 1 else 0 end)`.as("on_time"),
      sql<number>`sum(case when r.role = 'lead' and r.state = 'submitted' then 1 else 0 end)`.as("awaiting"),
      eb.fn.countAll().as("n"),
    ])
    .groupBy("p.org_id")
    .execute();

  // The latest round of each bureau (by period): its reports, submitted and on time.
  const latestPeriod = db
    .selectFrom("rounds as ro2")
    .innerJoin("plans as p2", "p2.id", "ro2.plan_id")
    .select((eb) => eb.fn.max("ro2.period").as("period"))
    .where(sql<boolean>`p2.org_id = p.org_id`)
    .where("p2.year", "=", s.year)
    .where("p2.status", "!=", "draft")
    .where("ro2.state", "!=", "scheduled");
  const latestRows = await db
    .selectFrom("rounds as ro")
    .innerJoin("plans as p", "p.id", "ro.plan_id")
    .leftJoin("reports as r", (j) => j.onRef("r.round_id", "=", "ro.id").on("r.state", "!=", "withdrawn"))
    .where(yearPlans)
    .where("ro.state", "!=", "scheduled")
    .where("ro.period", "=", latestPeriod)
    .select((eb) => [
      "p.org_id", "ro.period",
      eb.fn.min("ro.due_on").as("due_on"),
      eb.fn.count("r.id").as("n"),
      sql<number>`sum(case when r.submitted_at is not null then 1 else 0 end)`.as("submitted"),
      sql<number>`sum(case when r.submitted_at is not null and r.submitted_at < ${dueCutoff} then 1 else 0 end)`.as("on_time"),
    ])
    .groupBy(["p.org_id", "ro.period"])
    .execute();

  const findingRows = await db
    .selectFrom("findings")
    .select((eb) => [
      "org_id", eb.fn.countAll().as("total"),
      sql<number>`sum(case when state <> 'closed' then 1 else 0 end)`.as("open"),
      sql<number>`sum(case when state <> 'closed' and deadline is not null and deadline < ${s.today} then 1 else 0 end)`.as("overdue"),
    ])
    .where("org_id", "in", ids)
    .where("found_on", ">=", `${s.year}-01-01`)
    .where("found_on", "<=", `${s.year}-12-31`)
    .groupBy("org_id")
    .execute();

  // The published assessment of the year: one snapshot per bureau (the latest), summarised.
  const assessmentRows = await db
    .selectFrom("assessment_results as a")
    .select(["a.org_id", "a.snapshot", "a.published_at"])
    .where("a.org_id", "in", ids)
    .where("a.year", "=", s.year)
    .where("a.id", "=", (eb) => eb.selectFrom("assessment_results as a2").select((e2) => e2.fn.max("a2.id").as("id")).whereRef("a2.org_id", "=", "a.org_id").where("a2.year", "=", s.year))
    .execute();

  const by = <T extends { org_id: number }>(rows: T[]) => new Map(rows.map((r) => [r.org_id, r]));
  const plans = by(planRows), reports = by(reportRows), latest = by(latestRows), findings = by(findingRows), assessments = by(assessmentRows);
  const tasks = new Map<number, RollupRow["tasks"]>();
  for (const r of taskRows) {
    const t = tasks.get(r.org_id) ?? { total: 0, closed: 0, byStatus: {} };
    const status = r.status ?? "none";
    t.byStatus[status] = (t.byStatus[status] ?? 0) + num(r.n);
    t.total += num(r.n);
    t.closed += num(r.closed);
    tasks.set(r.org_id, t);
  }

  const rows = ids.flatMap((id): RollupRow[] => {
    const o = byId.get(id);
    if (!o) return [];
    const path = pathOf(id);
    const rep = reports.get(id), l = latest.get(id), f = findings.get(id), a = assessments.get(id);
    const latestRound = l
      ? (() => {
          const n = num(l.n), submitted = num(l.submitted), onTime = num(l.on_time);
          // Before the due day, the rate says nothing until something is in (as the dashboard reads a round).
          const duePassed = String(l.due_on) < s.today;
          return { period: String(l.period), reports: n, submitted, onTime, onTimeRate: duePassed || submitted ? rate(onTime, n) : null };
        })()
      : null;
    return [{
      orgId: id, name: o.name, level: o.level, parentId: o.parent_id, path, depth: path.length,
      plans: num(plans.get(id)?.n),
      tasks: tasks.get(id) ?? { total: 0, closed: 0, byStatus: {} },
      reports: { total: num(rep?.due), onTime: num(rep?.on_time), onTimeRate: rate(num(rep?.on_time), num(rep?.due)) },
      latestRound,
      awaitingApproval: num(rep?.awaiting),
      findings: { total: num(f?.total), open: num(f?.open), overdue: num(f?.overdue) },
      assessment: a ? summariseAssessment(a.snapshot, a.published_at) : null,
    }];
  });
  // Depth first in the tree's order: a bureau, then the ones below it; siblings by name.
  const key = (r: RollupRow) => r.path;
  return rows.sort((x, y) => {
    const a = key(x), b = key(y);
    for (let i = 0; i < Math.min(a.length, b.length); i++) if (a[i] !== b[i]) return a[i]!.localeCompare(b[i]!, "zh-CN");
    return a.length - b.length;
  });
}

function summariseAssessment(snapshot: string, publishedAt: string): NonNullable<RollupRow["assessment"]> {
  let units: { total?: number; gradeLabel?: string }[] = [];
  try {
    units = (JSON.parse(snapshot) as { units?: typeof units }).units ?? [];
  } catch {
    units = [];
  }
  const grades: Counts = {};
  for (const u of units) if (u.gradeLabel) grades[u.gradeLabel] = (grades[u.gradeLabel] ?? 0) + 1;
  const totals = units.map((u) => Number(u.total)).filter((n) => Number.isFinite(n));
  return {
    publishedAt,
    units: units.length,
    averageTotal: totals.length ? Math.round((totals.reduce((a, b) => a + b, 0) / totals.length) * 10) / 10 : null,
    grades,
  };
}
