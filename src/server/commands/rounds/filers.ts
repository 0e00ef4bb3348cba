// Who files a report (填报): the unit itself when it has an active head to submit it; otherwise,
// on its behalf (代报), the task's liaison unit (牵头联络股室) when that unit has a head; otherwise
// the office. Units named in plans are often bodies outside the bureau (县委, 县法院, 各乡镇) that
// will never have accounts: their reports must still be written by someone who can log in.
import type { Kysely } from "kysely";
import type { DB } from "../../db/schema.js";
import type { Tx } from "../../db/transaction.js";
import { inChunks as chunked } from "../../db/chunks.js";

type Db = Kysely<DB> | Tx;

export type FilerKind = "self" | "liaison" | "office";
/** How a unit stands for reporting: an active head (submits), only staff (writes, cannot submit), nobody. */
export type UnitAccounts = "ok" | "no_head" | "none";

export interface Filer {
  kind: FilerKind;
  /** The unit whose staff write and whose head submits: the report's own unit or the liaison unit; null for the office. */
  unitId: number | null;
  unitName: string | null;
  accounts: UnitAccounts;
}

export interface FilerReport {
  id: number;
  task_id: number;
  unit_id: number;
}

const UNIT_ROLES = ["unit_staff", "unit_head"];

/** Per unit: whether it has active staff or heads. */
export async function unitAccounts(db: Db, unitIds: number[]): Promise<Map<number, UnitAccounts>> {
  const out = new Map<number, UnitAccounts>();
  const ids = [...new Set(unitIds)];
  for (const id of ids) out.set(id, "none");
  const rows = await chunked(ids, (part) => db.selectFrom("users").select(["unit_id", "roles"]).where("unit_id", "in", part).where("active", "=", 1).execute());
  for (const u of rows) {
    const roles = JSON.parse(u.roles) as string[];
    if (!roles.some((r) => UNIT_ROLES.includes(r))) continue;
    if (roles.includes("unit_head")) out.set(u.unit_id!, "ok");
    else if (out.get(u.unit_id!) === "none") out.set(u.unit_id!, "no_head");
  }
  return out;
}

/** The filer of each report, by report id. */
export async function filersOf(db: Db, reports: FilerReport[]): Promise<Map<number, Filer>> {
  const out = new Map<number, Filer>();
  if (!reports.length) return out;
  const taskIds = [...new Set(reports.map((r) => r.task_id))];
  const liaisons = await chunked(taskIds, (part) =>
    db.selectFrom("task_units").select(["task_id", "unit_id"]).where("task_id", "in", part).where("role", "=", "liaison").where("unit_id", "is not", null).orderBy("position").execute(),
  );
  const unitIds = [...reports.map((r) => r.unit_id), ...liaisons.map((l) => l.unit_id!)];
  const accounts = await unitAccounts(db, unitIds);
  const names = new Map(
    (await chunked([...new Set(unitIds)], (part) => db.selectFrom("units").select(["id", "name"]).where("id", "in", part).execute())).map((u) => [u.id, u.name]),
  );
  // Each task's liaison units in position order, looked up per report (not a scan of all of them).
  const liaisonsOf = new Map<number, typeof liaisons>();
  for (const l of liaisons) {
    const list = liaisonsOf.get(l.task_id);
    if (list) list.push(l);
    else liaisonsOf.set(l.task_id, [l]);
  }
  for (const r of reports) {
    const own = accounts.get(r.unit_id) ?? "none";
    if (own === "ok") {
      out.set(r.id, { kind: "self", unitId: r.unit_id, unitName: names.get(r.unit_id) ?? null, accounts: own });
      continue;
    }
    const liaison = liaisonsOf.get(r.task_id)?.find((l) => l.unit_id !== r.unit_id && accounts.get(l.unit_id!) === "ok");
    out.set(
      r.id,
      liaison
        ? { kind: "liaison", unitId: liaison.unit_id!, unitName: names.get(liaison.unit_id!) ?? null, accounts: own }
        : { kind: "office", unitId: null, unitName: null, accounts: own },
    );
  }
  return out;
}

export async function filerOf(db: Db, report: FilerReport): Promise<Filer> {
  return (await filersOf(db, [report])).get(report.id)!;
}

/** Active users who write or submit for a filer: the unit's staff and heads, or the bureau's office. */
export async function filerUsers(db: Db, orgId: number, filer: Filer, only: "all" | "heads" = "all"): Promise<number[]> {
  const wanted = filer.kind === "office" ? ["office"] : only === "heads" ? ["unit_head"] : UNIT_ROLES;
  let q = db.selectFrom("users").select(["id", "roles"]).where("active", "=", 1);
  q = filer.kind === "office" ? q.where("org_id", "=", orgId) : q.where("unit_id", "=", filer.unitId!);
  const rows = await q.execute();
  return rows.filter((u) => (JSON.parse(u.roles) as string[]).some((r) => wanted.includes(r))).map((u) => u.id);
}

/** Who is told about a report: its filer's users, and the unit's own staff when it has staff but no head (they still write). */
export async function reportUsers(db: Db, orgId: number, report: FilerReport, filer: Filer, only: "all" | "heads" = "all"): Promise<number[]> {
  const users = await filerUsers(db, orgId, filer, only);
  if (filer.kind !== "self" && filer.accounts === "no_head" && only === "all") {
    users.push(...(await filerUsers(db, orgId, { kind: "self", unitId: report.unit_id, unitName: null, accounts: "no_head" })));
  }
  return [...new Set(users)];
}

/** The words a report and its history use for a proxy filing. */
export function proxyLabel(filer: Pick<Filer, "kind" | "unitName">, representedName: string): string | null {
  if (filer.kind === "liaison") return `${filer.unitName ?? "牵头联络股室"}代${representedName}填报`;
  if (filer.kind === "office") return `办公室代${representedName}填报`;
  return null;
}

export interface CoverageUnit {
  unitId: number;
  unitName: string;
  accounts: UnitAccounts;
  /** Reports this unit would get in a round (one per task it leads or assists). */
  reports: number;
  /** Of those, filed by a liaison unit on its behalf, and by the office. */
  byLiaison: number;
  byOffice: number;
  liaisonUnits: string[];
}

/**
 * Before a round opens: the units of the plan's tasks that cannot report themselves, and who will
 * file for them. One entry per unit; units that can report themselves are left out.
 */
export async function planCoverage(db: Db, planId: number): Promise<CoverageUnit[]> {
  const rows = await db
    .selectFrom("task_units").innerJoin("tasks", "tasks.id", "task_units.task_id")
    .select(["task_units.task_id", "task_units.unit_id", "task_units.role"])
    .where("tasks.plan_id", "=", planId).where("task_units.role", "in", ["lead", "co"]).where("task_units.unit_id", "is not", null)
    .execute();
  const pairs = new Map<string, FilerReport>();
  for (const r of rows) {
    const key = `${r.task_id}:${r.unit_id}`;
    if (!pairs.has(key)) pairs.set(key, { id: pairs.size + 1, task_id: r.task_id, unit_id: r.unit_id! });
  }
  const filers = await filersOf(db, [...pairs.values()]);
  const byUnit = new Map<number, CoverageUnit>();
  for (const p of pairs.values()) {
    const f = filers.get(p.id)!;
    if (f.kind === "self") continue;
    const e = byUnit.get(p.unit_id) ?? { unitId: p.unit_id, unitName: "", accounts: f.accounts, reports: 0, byLiaison: 0, byOffice: 0, liaisonUnits: [] };
    e.reports++;
    if (f.kind === "liaison") {
      e.byLiaison++;
      if (f.unitName && !e.liaisonUnits.includes(f.unitName)) e.liaisonUnits.push(f.unitName);
    } else e.byOffice++;
    byUnit.set(p.unit_id, e);
  }
  const ids = [...byUnit.keys()];
  const names = await chunked(ids, (part) => db.selectFrom("units").select(["id", "name"]).where("id", "in", part).execute());
  for (const n of names) byUnit.get(n.id)!.unitName = n.name;
  return [...byUnit.values()].sort((a, b) => b.reports - a.reports || a.unitName.localeCompare(b.unitName, "zh-CN"));
}
