// The findings ledgers (问题台账 / 隐患台账): one filter for the list, the export and the statistics,
// and the statistics per unit and per category computed by the database (GROUP BY), never by
// loading every finding.
import { sql, type ExpressionBuilder, type Kysely, type RawBuilder } from "kysely";
import type { DB } from "../../db/schema.js";
import type { Dialect } from "../../db/connection.js";
import { HAZARD_CATEGORY, type FindingStatsRow } from "../../../shared/findings.js";
import type { FindingRow } from "./findings.js";

export interface LedgerFilter {
  state?: string;
  unitId?: number;
  taskId?: number;
  category?: string;
  source?: string;
  /** "true": not yet closed (销号) */
  open?: "true";
  overdue?: "true" | "false";
  /** "true": the 隐患台账 (安全隐患 only); "false": the 问题台账 without hazards */
  hazard?: "true" | "false";
  from?: string;
  to?: string;
}

/** Which findings a caller's list holds (policies/scope.ts `findingListScope`). */
export interface LedgerScope {
  orgIds: number[];
  unitId: number | null;
}

/** The WHERE of a ledger: the caller's scope and the filters; `today` is the Asia/Shanghai day. */
export function ledgerWhere(scope: LedgerScope, q: LedgerFilter, today: string) {
  return (eb: ExpressionBuilder<DB, "findings">) => {
    const all = [eb("findings.org_id", "in", scope.orgIds)];
    if (scope.unitId != null) all.push(eb("findings.unit_id", "=", scope.unitId));
    if (q.state) all.push(eb("findings.state", "=", q.state as FindingRow["state"]));
    if (q.unitId) all.push(eb("findings.unit_id", "=", q.unitId));
    if (q.taskId) all.push(eb("findings.task_id", "=", q.taskId));
    if (q.category) all.push(eb("findings.category", "=", q.category));
    if (q.source) all.push(eb("findings.source", "=", q.source));
    if (q.hazard) all.push(eb("findings.category", q.hazard === "true" ? "=" : "!=", HAZARD_CATEGORY));
    if (q.from) all.push(eb("findings.found_on", ">=", q.from));
    if (q.to) all.push(eb("findings.found_on", "<=", q.to));
    if (q.open === "true") all.push(eb("findings.state", "!=", "closed"));
    if (q.overdue === "true") all.push(eb.and([eb("findings.state", "!=", "closed"), eb("findings.deadline", "is not", null), eb("findings.deadline", "<", today)]));
    if (q.overdue === "false") all.push(eb.or([eb("findings.state", "=", "closed"), eb("findings.deadline", "is", null), eb("findings.deadline", ">=", today)]));
    return eb.and(all);
  };
}


/** The Asia/Shanghai day (YYYY-MM-DD text) of the finding's closing instant (an ISO UTC text). */
function closedDay(dialect: Dialect): RawBuilder<string> {
  return dialect === "postgres"
    ? sql<string>`to_char(findings.closed_at::timestamptz at time zone 'Asia/Shanghai', 'YYYY-MM-DD')`
    : sql<string>`date(findings.closed_at, '+8 hours')`;
}

/** Days from found_on to the closing day. */
function daysToClose(dialect: Dialect): RawBuilder<number> {
  const day = closedDay(dialect);
  return dialect === "postgres" ? sql<number>`(${day}::date - findings.found_on::date)` : sql<number>`(julianday(${day}) - julianday(findings.found_on))`;
}

async function grouped(db: Kysely<DB>, dialect: Dialect, by: "unit_id" | "category", where: ReturnType<typeof ledgerWhere>, today: string) {
  const closed = sql<boolean>`findings.state = 'closed' and findings.closed_at is not null`;
  const rows = await db
    .selectFrom("findings")
    .where(where)
    .select([
      `findings.${by} as key`,
      sql<number>`count(*)`.as("found"),
      sql<number>`sum(case when ${closed} then 1 else 0 end)`.as("closed"),
      sql<number>`sum(case when ${closed} and findings.deadline is not null and ${closedDay(dialect)} <= findings.deadline then 1 else 0 end)`.as("closed_on_time"),
      sql<number>`sum(case when findings.state <> 'closed' and findings.deadline is not null and findings.deadline < ${today} then 1 else 0 end)`.as("open_overdue"),
      sql<number | null>`avg(case when ${closed} then ${daysToClose(dialect)} end)`.as("average_days"),
    ])
    .groupBy(`findings.${by}`)
    .execute();
  return rows.map((r) => ({
    key: r.key as number | string | null,
    found: Number(r.found),
    closed: Number(r.closed ?? 0),
    closedOnTime: Number(r.closed_on_time ?? 0),
    openOverdue: Number(r.open_overdue ?? 0),
    averageDaysToClose: r.average_days == null ? null : Math.round(Number(r.average_days) * 10) / 10,
  }));
}

/** Statistics per unit and per category of the findings the filter selects. */
export async function ledgerStats(db: Kysely<DB>, dialect: Dialect, scope: LedgerScope, q: LedgerFilter, today: string): Promise<{ byUnit: FindingStatsRow[]; byCategory: FindingStatsRow[] }> {
  const where = ledgerWhere(scope, q, today);
  const units = await grouped(db, dialect, "unit_id", where, today);
  const unitIds = units.map((u) => u.key).filter((k): k is number => typeof k === "number");
  const names = unitIds.length ? await db.selectFrom("units").select(["id", "name"]).where("id", "in", unitIds).execute() : [];
  const byName = (a: FindingStatsRow, b: FindingStatsRow) => b.found - a.found || a.name.localeCompare(b.name, "zh-CN");
  return {
    byUnit: units.map((u) => ({ ...u, key: u.key == null ? null : Number(u.key), name: names.find((n) => n.id === Number(u.key))?.name ?? "未指定单位" })).sort(byName),
    byCategory: (await grouped(db, dialect, "category", where, today)).map((c) => ({ ...c, name: String(c.key) })).sort(byName),
  };
}
