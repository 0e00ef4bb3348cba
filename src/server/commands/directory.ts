// Use cases on the org tree and the unit directory.
import type { Selectable } from "kysely";
import type { OrgTable, UnitTable } from "../db/schema.js";
import { now, type Tx } from "../db/transaction.js";
import { flag, updateVersioned } from "../db/versioned.js";
import { errors } from "../errors.js";
import { writeAudit, type Actor } from "./audit.js";
import { normalizeName } from "./plans/unit-matching.js";
import { claimUnitNames } from "../db/unit-names.js";

export type OrgLevel = OrgTable["level"];
export type UnitKind = UnitTable["kind"];
const LEVEL_ORDER: OrgLevel[] = ["province", "city", "county"];

export async function createOrg(tx: Tx, actor: Actor, input: { name: string; parentId: number | null; level: OrgLevel }) {
  if (input.parentId != null) {
    const parent = await tx.selectFrom("orgs").selectAll().where("id", "=", input.parentId).executeTakeFirst();
    if (!parent) throw errors.validation("上级机构不存在", [{ field: "parentId", message: "上级机构不存在" }]);
    if (LEVEL_ORDER.indexOf(parent.level) >= LEVEL_ORDER.indexOf(input.level)) {
      throw errors.validation("下级机构的级别必须低于上级机构（省 → 市 → 县/区）");
    }
  }
  const org = await tx
    .insertInto("orgs")
    .values({ name: input.name, parent_id: input.parentId, level: input.level, version: 1, created_at: now() })
    .returningAll()
    .executeTakeFirstOrThrow();
  await writeAudit(tx, actor, { action: "org.create", entity: "org", entityId: org.id, after: org });
  return org;
}

export async function updateOrg(tx: Tx, actor: Actor, id: number, patch: { name?: string; parentId?: number | null; version?: number }) {
  const before = await tx.selectFrom("orgs").selectAll().where("id", "=", id).executeTakeFirst();
  if (!before) throw errors.notFound("ORG_NOT_FOUND", "找不到该机构");
  if (patch.version !== undefined && patch.version !== before.version) throw errors.stale();
  if (patch.parentId != null) {
    const parent = await tx.selectFrom("orgs").selectAll().where("id", "=", patch.parentId).executeTakeFirst();
    if (!parent) throw errors.validation("上级机构不存在", [{ field: "parentId", message: "上级机构不存在" }]);
    if (LEVEL_ORDER.indexOf(parent.level) >= LEVEL_ORDER.indexOf(before.level)) throw errors.validation("上级机构的级别必须高于本机构");
  }
  const after = await updateVersioned(tx, "orgs", before, { name: patch.name, parent_id: patch.parentId });
  await writeAudit(tx, actor, { action: "org.update", entity: "org", entityId: id, before, after });
  return after;
}

/** Aliases are trimmed, de-duplicated and never equal to the name itself. */
export function cleanAliases(name: string, aliases: string[]): string[] {
  return [...new Set(aliases.map((a) => a.replace(/\s+/g, "")).filter((a) => a && a !== name))];
}


export interface NameConflict {
  name: string;
  unitId: number;
  unitName: string;
}

/**
 * A unit's name and aliases identify it when a plan names it, so within one bureau each of them
 * may belong to one unit only: the names given here that another unit already uses as its name
 * or as an alias.
 */
export async function unitNameConflicts(tx: Tx, orgId: number, names: string[], exceptId?: number): Promise<NameConflict[]> {
  const wanted = new Map(names.map((n) => [normalizeName(n), n] as const).filter(([k]) => k));
  if (!wanted.size) return [];
  const units = await tx.selectFrom("units").select(["id", "name", "aliases"]).where("org_id", "=", orgId).execute();
  const conflicts: NameConflict[] = [];
  for (const u of units) {
    if (u.id === exceptId) continue;
    for (const used of [u.name, ...(JSON.parse(u.aliases) as string[])]) {
      const name = wanted.get(normalizeName(used));
      if (name !== undefined && !conflicts.some((c) => c.name === name)) conflicts.push({ name, unitId: u.id, unitName: u.name });
    }
  }
  return conflicts;
}

export function conflictMessage(c: NameConflict): string {
  return normalizeName(c.name) === normalizeName(c.unitName) ? `单位“${c.unitName}”已存在` : `“${c.name}”已是单位“${c.unitName}”的别名`;
}

/** 409 when the name or an alias is already another unit's name or alias in the bureau. */
export async function assertUnitNamesFree(tx: Tx, orgId: number, names: string[], exceptId?: number) {
  const [first] = await unitNameConflicts(tx, orgId, names, exceptId);
  if (!first) return;
  const isName = normalizeName(first.name) === normalizeName(first.unitName);
  throw errors.conflict(isName ? "UNIT_NAME_TAKEN" : "UNIT_ALIAS_TAKEN", `${conflictMessage(first)}，同一名称只能对应一个单位`);
}

export async function createUnit(tx: Tx, actor: Actor, input: { orgId: number; name: string; kind: UnitKind; aliases: string[] }) {
  if (!(await tx.selectFrom("orgs").select("id").where("id", "=", input.orgId).executeTakeFirst())) {
    throw errors.validation("所属机构不存在", [{ field: "orgId", message: "所属机构不存在" }]);
  }
  const name = input.name.trim();
  await assertUnitNamesFree(tx, input.orgId, [name, ...cleanAliases(name, input.aliases)]);
  const unit = await tx
    .insertInto("units")
    .values({ org_id: input.orgId, name, kind: input.kind, aliases: JSON.stringify(cleanAliases(name, input.aliases)), active: 1, version: 1, created_at: now() })
    .returningAll()
    .executeTakeFirstOrThrow();
  await claimUnitNames(tx, unit);
  await writeAudit(tx, actor, { action: "unit.create", entity: "unit", entityId: unit.id, after: unit });
  return unit;
}

export async function updateUnit(
  tx: Tx,
  actor: Actor,
  id: number,
  patch: { name?: string; kind?: UnitKind; aliases?: string[]; active?: boolean; version?: number },
): Promise<Selectable<UnitTable>> {
  const before = await tx.selectFrom("units").selectAll().where("id", "=", id).executeTakeFirst();
  if (!before) throw errors.notFound("UNIT_NOT_FOUND", "找不到该单位");
  if (patch.version !== undefined && patch.version !== before.version) throw errors.stale();
  const name = patch.name?.trim() ?? before.name;
  if (patch.name !== undefined || patch.aliases !== undefined) {
    const aliases = patch.aliases ?? (JSON.parse(before.aliases) as string[]);
    await assertUnitNamesFree(tx, before.org_id, [name, ...cleanAliases(name, aliases)], id);
  }
  const after = await updateVersioned(tx, "units", before, {
    name,
    kind: patch.kind,
    aliases: patch.aliases && JSON.stringify(cleanAliases(name, patch.aliases)),
    active: flag(patch.active),
  });
  if (after.name !== before.name || after.aliases !== before.aliases) await claimUnitNames(tx, after);
  await writeAudit(tx, actor, { action: patch.active === false ? "unit.deactivate" : "unit.update", entity: "unit", entityId: id, before, after });
  return after;
}
