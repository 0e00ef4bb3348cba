// 对标 (issue 15): the same kind of target across the bureaus below the caller, compared. One query
// reads one row per target of the bureaus' published plans with its latest value (the correlated
// subquery of progress.ts's latestTargetValue, as the dashboard and the assessment read it); the
// metric text is then normalised (shared/benchmark.ts), grouped by similarity, and the values of one
// kind of unit summed or taken per bureau, ranked by completion. Units of different kinds are kept
// in sections apart, never mixed. The caller's scope (which bureaus) is the route's: policies/scope.ts.
import type { Kysely } from "kysely";
import type { DB } from "../../db/schema.js";
import { latestTargetValue } from "../rounds/progress.js";
import {
  normaliseMetric, normaliseUnit, sameMetric, toBase, unitKey,
  type BenchmarkMetricGroup, type BenchmarkResult, type BenchmarkRow, type BenchmarkSection, type UnitKind,
} from "../../../shared/benchmark.js";

export interface BenchmarkScope {
  /** The bureaus compared: those below the caller whose work the caller reads. */
  orgs: { id: number; name: string }[];
  year: number | null;
}

interface TargetRow {
  orgId: number;
  orgName: string;
  planTitle: string;
  task: string;
  metric: string;
  key: string;
  op: string;
  value: number;
  unit: string;
  latest: number | null;
  latestPeriod: string | null;
}

async function targetRows(db: Kysely<DB>, s: BenchmarkScope): Promise<TargetRow[]> {
  if (!s.orgs.length) return [];
  const rows = await db
    .selectFrom("targets as tg")
    .innerJoin("tasks as t", "t.id", "tg.task_id")
    .innerJoin("plans as p", "p.id", "t.plan_id")
    .innerJoin("orgs as o", "o.id", "p.org_id")
    .select((eb) => [
      "o.id as org_id", "o.name as org_name", "p.title as plan_title", "t.title as task_title", "tg.metric", "tg.op", "tg.value", "tg.unit",
      latestTargetValue(eb, "rv.value").as("latest"), latestTargetValue(eb, "ro.period").as("latest_period"),
    ])
    .where("p.org_id", "in", s.orgs.map((o) => o.id))
    .where("p.status", "!=", "draft")
    .$if(s.year !== null, (q) => q.where("p.year", "=", s.year))
    .orderBy("p.org_id").orderBy("p.id").orderBy("t.position").orderBy("tg.position")
    .execute();
  return rows
    .map((r) => ({
      orgId: Number(r.org_id), orgName: r.org_name, planTitle: r.plan_title, task: r.task_title, metric: r.metric, key: normaliseMetric(r.metric),
      op: r.op, value: Number(r.value), unit: r.unit,
      latest: r.latest === null || r.latest === undefined ? null : Number(r.latest), latestPeriod: r.latest_period ? String(r.latest_period) : null,
    }))
    .filter((r) => r.key.length > 0);
}

/** Distinct normalised metrics clustered: each joins the first group whose key (its shortest metric) is the same metric. */
function cluster(rows: TargetRow[]): Map<string, TargetRow[]> {
  const byKey = new Map<string, TargetRow[]>();
  for (const r of rows) byKey.set(r.key, [...(byKey.get(r.key) ?? []), r]);
  const keys = [...byKey.keys()].sort((a, b) => [...a].length - [...b].length || byKey.get(b)!.length - byKey.get(a)!.length || a.localeCompare(b));
  const groups = new Map<string, TargetRow[]>();
  for (const k of keys) {
    const anchor = [...groups.keys()].find((g) => sameMetric(g, k)) ?? k;
    groups.set(anchor, [...(groups.get(anchor) ?? []), ...byKey.get(k)!]);
  }
  return groups;
}

/** GET /api/benchmark/metrics: the groups of similar metrics found below, the most widely set first. */
export async function metricGroups(db: Kysely<DB>, s: BenchmarkScope): Promise<BenchmarkMetricGroup[]> {
  const groups = cluster(await targetRows(db, s));
  return [...groups.entries()]
    .map(([key, rows]) => ({
      key,
      variants: [...new Set(rows.map((r) => r.metric))],
      orgs: new Set(rows.map((r) => r.orgId)).size,
      orgNames: [...new Set(rows.map((r) => r.orgName))],
      targets: rows.length,
      units: [...new Set(rows.map((r) => normaliseUnit(r.unit).base))],
    }))
    .sort((a, b) => b.orgs - a.orgs || b.targets - a.targets || a.key.localeCompare(b.key));
}

const ceiling = (op: string) => op === "<=" || op === "<";
const OPS: Record<string, string> = { ">=": "≥", "<=": "≤", "=": "=", ">": ">", "<": "<" };
const round = (n: number) => Math.round(n * 1e4) / 1e4;

/** One bureau's targets of one kind of unit → its row: counts summed, a rate taken from its first target. */
function rowOf(orgId: number, orgName: string, targets: TargetRow[], additive: boolean): Omit<BenchmarkRow, "rank"> {
  const used = additive ? targets : targets.slice(0, 1);
  const planned = round(used.reduce((sum, t) => sum + toBase(t.value, t.unit), 0));
  const reported = used.filter((t) => t.latest !== null);
  const latest = reported.length ? round(reported.reduce((sum, t) => sum + toBase(t.latest!, t.unit), 0)) : null;
  const latestPeriod = reported.map((t) => t.latestPeriod!).sort().pop() ?? null;
  const flip = ceiling(used[0].op);
  const ratio = latest === null ? null : flip ? (latest > 0 ? round(planned / latest) : null) : planned > 0 ? round(latest / planned) : null;
  return {
    orgId, orgName, planned, latest, latestPeriod, ratio,
    targets: targets.map((t) => ({ metric: t.metric, plan: `${OPS[t.op] ?? t.op} ${t.value}${t.unit === "ratio" ? "" : t.unit}`, task: t.task, planTitle: t.planTitle })),
  };
}

/** Competition ranking by completion (then the latest value): equal ratios share a place; no report comes last. */
function ranked(rows: Omit<BenchmarkRow, "rank">[]): BenchmarkRow[] {
  const sorted = [...rows].sort((a, b) => (b.ratio ?? -1) - (a.ratio ?? -1) || (b.latest ?? -1) - (a.latest ?? -1) || a.orgName.localeCompare(b.orgName, "zh-CN"));
  const out: BenchmarkRow[] = [];
  sorted.forEach((r, i) => {
    const tie = i > 0 && sorted[i - 1].ratio === r.ratio && sorted[i - 1].latest === r.latest;
    out.push({ ...r, rank: tie ? out[i - 1].rank : i + 1 });
  });
  return out;
}

/**
 * GET /api/benchmark: rows per bureau for the metric — a group's key as GET …/metrics gave it, or a
 * keyword the user typed (matched against every normalised metric: contains it, or is the same metric).
 */
export async function benchmark(db: Kysely<DB>, s: BenchmarkScope, metric: string): Promise<BenchmarkResult> {
  const q = normaliseMetric(metric) || metric.trim();
  const rows = await targetRows(db, s);
  const matched = rows.filter((r) => r.key.includes(q) || sameMetric(r.key, q));
  const sections = new Map<string, { kind: UnitKind; unit: string; additive: boolean; byOrg: Map<number, TargetRow[]> }>();
  for (const r of matched) {
    const n = normaliseUnit(r.unit);
    const k = unitKey(n);
    const sec = sections.get(k) ?? { kind: n.kind, unit: n.base, additive: n.additive, byOrg: new Map() };
    sec.byOrg.set(r.orgId, [...(sec.byOrg.get(r.orgId) ?? []), r]);
    sections.set(k, sec);
  }
  const out: BenchmarkSection[] = [...sections.values()]
    .map((sec) => ({ kind: sec.kind, unit: sec.unit, rows: ranked([...sec.byOrg.entries()].map(([orgId, ts]) => rowOf(orgId, ts[0].orgName, ts, sec.additive))) }))
    .sort((a, b) => b.rows.length - a.rows.length || a.unit.localeCompare(b.unit));
  const present = new Set(matched.map((r) => r.orgId));
  return {
    metric: metric.trim(),
    year: s.year,
    matched: [...new Set(matched.map((r) => r.key))],
    sections: out,
    missing: s.orgs.filter((o) => !present.has(o.id)).map((o) => ({ orgId: o.id, orgName: o.name })),
  };
}
