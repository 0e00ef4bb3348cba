// 目标管理考核 (issue 14): each unit's score for a bureau's year, computed from the ledger by
// aggregate SQL — one GROUP BY per rule over the reports, events and findings, and one row per
// target or milestone of the year's plans (bounded by the ledger, never by the reports' history).
//
// Units scored: those that lead or assist (牵头 / 协办) a task of the bureau's published or archived
// plans of the year, and those with an item (加分 / 减分 / 一票否决) of the year.
// Each rule gives weight × numerator / denominator points (a rule without anything to count for the
// unit gives its full weight: nothing to fault); the total adds the bonus and takes off the penalty
// items; the grade comes from the thresholds, capped by any veto item, then the quotas (优秀 / 良好 ≤ N %
// of the units, by rank, a tie at the boundary taken whole or not at all: applyQuotas in shared/assessment.ts);
// equal totals share a rank.
import { sql, type Kysely, type RawBuilder } from "kysely";
import type { DB } from "../../db/schema.js";
import type { Dialect } from "../../db/connection.js";
import type { Tx } from "../../db/transaction.js";
import { assess, latestTargetValue } from "../rounds/progress.js";
import {
  ASSESSMENT_RULES, ASSESSMENT_RULE_NAMES, DEFAULT_ASSESSMENT_RULES, GRADE_NAMES, ITEM_KIND_NAMES, applyQuotas, gradeOf,
  type AssessmentItem, type AssessmentItemKind, type AssessmentRule, type AssessmentRules, type Grade, type RuleScore, type UnitScore,
} from "../../../shared/assessment.js";

type Db = Kysely<DB> | Tx;
const COUNTED = ["submitted", "approved", "merged"] as const;
const num = (v: unknown) => Number(v ?? 0);
/** Points are kept to the hundredth, each rule's points rounded before they are added. */
export const round2 = (x: number) => Math.round((x + Number.EPSILON) * 100) / 100;

export interface AssessmentScope {
  orgId: number;
  year: number;
  /** Asia/Shanghai calendar day: what is due is due before it. */
  today: string;
  dialect: Dialect;
  /** Only this unit's row (a unit account); null: every unit. */
  unitId: number | null;
}

export type { RuleScore, UnitScore };
/** An item (加分 / 减分 / 一票否决) as the API shows it. */
export type ItemView = AssessmentItem;

export async function rulesOf(db: Db, orgId: number, year: number): Promise<{ rules: AssessmentRules; version: number; updatedAt: string | null }> {
  const row = await db.selectFrom("assessment_rules").selectAll().where("org_id", "=", orgId).where("year", "=", year).executeTakeFirst();
  if (!row) return { rules: DEFAULT_ASSESSMENT_RULES, version: 0, updatedAt: null };
  const saved = JSON.parse(row.rules) as AssessmentRules;
  return {
    rules: {
      weights: { ...DEFAULT_ASSESSMENT_RULES.weights, ...saved.weights },
      thresholds: { ...DEFAULT_ASSESSMENT_RULES.thresholds, ...saved.thresholds },
      quotas: { ...DEFAULT_ASSESSMENT_RULES.quotas, ...saved.quotas },
    },
    version: row.version,
    updatedAt: row.updated_at,
  };
}

/** The Asia/Shanghai day of the finding's closing instant (ISO UTC text). */
function closedDay(dialect: Dialect): RawBuilder<string> {
  return dialect === "postgres"
    ? sql<string>`to_char(f.closed_at::timestamptz at time zone 'Asia/Shanghai', 'YYYY-MM-DD')`
    : sql<string>`date(f.closed_at, '+8 hours')`;
}

/** A time limit (YYYY, YYYY-MM or YYYY-MM-DD) is kept when the day, cut to its length, is not after it. */
const withinLimit = (day: string, limit: string) => day.slice(0, limit.length) <= limit;

type Counts = Map<number, { n: number; d: number }>;
const tally = (m: Counts, unitId: number, n: number, d: number) => {
  const c = m.get(unitId) ?? { n: 0, d: 0 };
  c.n += n;
  c.d += d;
  m.set(unitId, c);
};

export async function yearPlanIds(db: Db, orgId: number, year: number): Promise<number[]> {
  const rows = await db.selectFrom("plans").select("id").where("org_id", "=", orgId).where("year", "=", year).where("status", "!=", "draft").execute();
  return rows.map((r) => r.id);
}

export async function computeScores(db: Db, s: AssessmentScope): Promise<{ rules: AssessmentRules; units: UnitScore[] }> {
  const { rules } = await rulesOf(db, s.orgId, s.year);
  const planIds = await yearPlanIds(db, s.orgId, s.year);
  const only = s.unitId !== null;
  const unitId = s.unitId ?? 0;

  // The units: of the year's tasks (lead or co), and those with an item of the year.
  const names = new Map<number, string>();
  if (planIds.length) {
    const rows = await db
        .selectFrom("task_units as tu")
        .innerJoin("tasks as t", "t.id", "tu.task_id")
        .innerJoin("units as u", "u.id", "tu.unit_id")
        .select(["u.id", "u.name"])
        .distinct()
        .where("t.plan_id", "in", planIds)
        .where("tu.role", "in", ["lead", "co"])
      .$if(only, (q) => q.where("u.id", "=", unitId)).execute();
    for (const r of rows) names.set(r.id, r.name);
  }
  const itemRows = await db
      .selectFrom("assessment_items as i")
      .innerJoin("units as u", "u.id", "i.unit_id")
      .selectAll("i")
      .select("u.name as unit_name")
      .where("i.org_id", "=", s.orgId)
      .where("i.year", "=", s.year)
      .$if(only, (q) => q.where("i.unit_id", "=", unitId))
    .orderBy("i.id")
    .execute();
  for (const r of itemRows) names.set(r.unit_id, r.unit_name);

  const counts: Record<AssessmentRule, Counts> = { on_time: new Map(), first_pass: new Map(), targets: new Map(), milestones: new Map(), findings: new Map() };
  if (planIds.length) {
    // 按时报送率: the unit's reports of the year's rounds (withdrawn ones no longer count) whose due
    // day has passed or that were sent; on time: sent before the end of the due day (Asia/Shanghai).
    const dueCutoff = sql<string>`(ro.due_on || 'T16:00:00.000Z')`;
    const onTime = await db
        .selectFrom("reports as r")
        .innerJoin("rounds as ro", "ro.id", "r.round_id")
        .select([
          "r.unit_id",
          sql<number>`sum(case when r.submitted_at is not null and r.submitted_at < ${dueCutoff} then 1 else 0 end)`.as("n"),
          sql<number>`sum(case when ro.due_on < ${s.today} or r.submitted_at is not null then 1 else 0 end)`.as("d"),
        ])
        .where("ro.plan_id", "in", planIds)
        .where("ro.state", "!=", "scheduled")
        .where("r.state", "!=", "withdrawn")
      .$if(only, (q) => q.where("r.unit_id", "=", unitId))
      .groupBy("r.unit_id")
      .execute();
    for (const r of onTime) tally(counts.on_time, r.unit_id, num(r.n), num(r.d));

    // 一次通过率: of the unit's reports a leader decided (approved, or returned at least once),
    // those approved without a return.
    const returned = sql<boolean>`exists (select 1 from report_events e where e.report_id = r.id and e.action = 'return')`;
    const firstPass = await db
        .selectFrom("reports as r")
        .innerJoin("rounds as ro", "ro.id", "r.round_id")
        .select([
          "r.unit_id",
          sql<number>`sum(case when r.state = 'approved' and not ${returned} then 1 else 0 end)`.as("n"),
          sql<number>`sum(case when r.state = 'approved' or ${returned} then 1 else 0 end)`.as("d"),
        ])
        .where("ro.plan_id", "in", planIds)
        .where("r.state", "!=", "withdrawn")
      .$if(only, (q) => q.where("r.unit_id", "=", unitId))
      .groupBy("r.unit_id")
      .execute();
    for (const r of firstPass) tally(counts.first_pass, r.unit_id, num(r.n), num(r.d));

    // 指标完成: the targets of the tasks the unit leads, each assessed on its latest value (the lead
    // unit's latest sent report, else a co-unit's, as the ledger reads it): met or not.
    const targets = await db
        .selectFrom("targets as tg")
        .innerJoin("tasks as t", "t.id", "tg.task_id")
        .innerJoin("task_units as tu", (j) => j.onRef("tu.task_id", "=", "t.id").on("tu.role", "=", "lead"))
        .select((eb) => ["tu.unit_id", "tg.op", "tg.value", "tg.unit", "tg.metric", latestTargetValue(eb, "rv.value").as("latest"), latestTargetValue(eb, "ro.period").as("latest_period")])
        .where("t.plan_id", "in", planIds)
        .where("tu.unit_id", "is not", null)
      .$if(only, (q) => q.where("tu.unit_id", "=", unitId)).execute();
    for (const r of targets) {
      const met = r.latest != null && !!r.latest_period && assess(r.op, Number(r.value), Number(r.latest), String(r.latest_period), r.unit, r.metric) === "met";
      tally(counts.targets, r.unit_id!, met ? 1 : 0, 1);
    }

    // 节点按期: the milestones of the tasks the unit leads that are due (their limit has passed) or
    // done; on time: the first sent report saying it is done dates it within its limit.
    const milestones = await db
        .selectFrom("milestones as m")
        .innerJoin("tasks as t", "t.id", "m.task_id")
        .innerJoin("task_units as tu", (j) => j.onRef("tu.task_id", "=", "t.id").on("tu.role", "=", "lead"))
        .select((eb) => [
          "tu.unit_id",
          "m.by",
          eb
            .selectFrom("report_milestones as rm")
            .innerJoin("reports as r", "r.id", "rm.report_id")
            .select((e) => e.fn.min("rm.done_on").as("d"))
            .whereRef("rm.milestone_id", "=", "m.id")
            .where("r.state", "in", COUNTED)
            .as("done_on"),
        ])
        .where("t.plan_id", "in", planIds)
        .where("tu.unit_id", "is not", null)
      .$if(only, (q) => q.where("tu.unit_id", "=", unitId)).execute();
    for (const r of milestones) {
      const by = r.by;
      const done = r.done_on as string | null;
      const due = !withinLimit(s.today, by);
      if (!done && !due) continue;
      tally(counts.milestones, r.unit_id!, done && withinLimit(done, by) ? 1 : 0, 1);
    }
  }

  // 问题按期整改: the bureau's findings of the year (by the day found) assigned to the unit with a
  // deadline that has passed or that were closed; on time: closed (销号) on or before the deadline.
  const closed = sql<boolean>`f.state = 'closed' and f.closed_at is not null`;
  const findings = await db
      .selectFrom("findings as f")
      .select([
        "f.unit_id",
        sql<number>`sum(case when ${closed} and ${closedDay(s.dialect)} <= f.deadline then 1 else 0 end)`.as("n"),
        sql<number>`sum(case when ${closed} or f.deadline < ${s.today} then 1 else 0 end)`.as("d"),
      ])
      .where("f.org_id", "=", s.orgId)
      .where("f.unit_id", "is not", null)
      .where("f.deadline", "is not", null)
      .where("f.found_on", ">=", `${s.year}-01-01`)
      .where("f.found_on", "<=", `${s.year}-12-31`)
      .$if(only, (q) => q.where("f.unit_id", "=", unitId))
    .groupBy("f.unit_id")
    .execute();
  for (const r of findings) if (names.has(r.unit_id!)) tally(counts.findings, r.unit_id!, num(r.n), num(r.d));

  const items = new Map<number, ItemView[]>();
  for (const r of itemRows) {
    const list = items.get(r.unit_id) ?? [];
    list.push(presentItem(r));
    items.set(r.unit_id, list);
  }

  const units: UnitScore[] = [...names].map(([unitId, name]) => {
    const ruleScores = ASSESSMENT_RULES.map((rule): RuleScore => {
      const c = counts[rule].get(unitId) ?? { n: 0, d: 0 };
      const weight = rules.weights[rule];
      const rate = c.d ? c.n / c.d : null;
      return {
        rule, label: ASSESSMENT_RULE_NAMES[rule], numerator: c.n, denominator: c.d,
        rate: rate === null ? null : Math.round(rate * 10000) / 10000,
        weight, points: round2(rate === null ? weight : weight * rate),
      };
    });
    const own = items.get(unitId) ?? [];
    const base = round2(ruleScores.reduce((a, r) => a + r.points, 0));
    const bonus = round2(own.filter((i) => i.kind === "bonus").reduce((a, i) => a + i.points, 0));
    const penalty = round2(own.filter((i) => i.kind === "penalty").reduce((a, i) => a + i.points, 0));
    const total = round2(base + bonus - penalty);
    const caps = own.filter((i) => i.kind === "veto").map((i) => i.capGrade ?? "fail");
    const before = gradeOf(total, rules.thresholds);
    const grade = gradeOf(total, rules.thresholds, caps);
    return {
      unitId, name, rank: 0, base, bonus, penalty, total, grade, gradeLabel: GRADE_NAMES[grade], gradeBeforeVeto: before, gradeBeforeQuota: grade, quotaNotes: [],
      vetoed: caps.length > 0, rules: ruleScores, items: own,
    };
  });
  // Ranked by total; equal totals share a rank (1, 1, 3) and are listed by name.
  units.sort((a, b) => b.total - a.total || a.name.localeCompare(b.name, "zh-CN") || a.unitId - b.unitId);
  units.forEach((u, i) => (u.rank = i > 0 && units[i - 1]!.total === u.total ? units[i - 1]!.rank : i + 1));
  // Quotas count every unit of the bureau: they grade the whole ranking only (the routes always compute it whole).
  if (s.unitId === null) {
    applyQuotas(units, rules.quotas);
    for (const u of units) u.gradeLabel = GRADE_NAMES[u.grade];
  }
  return { rules, units };
}

export function presentItem(r: DB["assessment_items"] extends infer T ? { [K in keyof T]: any } : never): ItemView {
  const cap = (r.cap_grade as Grade | null) ?? (r.kind === "veto" ? "fail" : null);
  return {
    id: r.id, unitId: r.unit_id, kind: r.kind, kindLabel: ITEM_KIND_NAMES[r.kind as AssessmentItemKind], points: Number(r.points),
    capGrade: cap, capGradeLabel: cap ? GRADE_NAMES[cap] : null, reason: r.reason, evidence: r.evidence,
    createdBy: r.created_by_name, createdAt: r.created_at, version: r.version,
  };
}
