// Use cases on the org tree and the unit directory.
import type { Selectable } from "kysely";
import type { OrgTable, UnitTable } from "../db/schema.js";
import { now, type Tx } from "../db/transaction.js";
import { flag, updateVersioned } from "../db/versioned.js";
import { errors } from "../errors.js";
import { writeAudit, type Actor } from "./audit.js";

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

async function assertUnitNameFree(tx: Tx, orgId: number, name: string, exceptId?: number) {
  let q = tx.selectFrom("units").select("id").where("org_id", "=", orgId).where("name", "=", name);
  if (exceptId) q = q.where("id", "!=", exceptId);
  if (await q.executeTakeFirst()) throw errors.conflict("UNIT_NAME_TAKEN", `单位“${name}”已存在`);
}

export async function createUnit(tx: Tx, actor: Actor, input: { orgId: number; name: string; kind: UnitKind; aliases: string[] }) {
  if (!(await tx.selectFrom("orgs").select("id").where("id", "=", input.orgId).executeTakeFirst())) {
    throw errors.validation("所属机构不存在", [{ field: "orgId", message: "所属机构不存在" }]);
  }
  const name = input.name.trim();
  await assertUnitNameFree(tx, input.orgId, name);
  const unit = await tx
    .insertInto("units")
    .values({ org_id: input.orgId, name, kind: input.kind, aliases: JSON.stringify(cleanAliases(name, input.aliases)), active: 1, version: 1, created_at: now() })
    .returningAll()
    .executeTakeFirstOrThrow();
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
  if (patch.name !== undefined) await assertUnitNameFree(tx, before.org_id, name, id);
  const after = await updateVersioned(tx, "units", before, {
    name,
    kind: patch.kind,
    aliases: patch.aliases && JSON.stringify(cleanAliases(name, patch.aliases)),
    active: flag(patch.active),
  });
  await writeAudit(tx, actor, { action: patch.active === false ? "unit.deactivate" : "unit.update", entity: "unit", entityId: id, before, after });
  return after;
}
