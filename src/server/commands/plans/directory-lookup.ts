// The bureau's units and leaders, loaded once per command, to resolve names from a document.
import type { Kysely } from "kysely";
import type { DB } from "../../db/schema.js";
import { matchUnit, normalizeName, type UnitRow } from "./unit-matching.js";
import type { LeaderRef, TaskValue, UnitRef } from "./task-store.js";

export interface Directory {
  units: UnitRow[];
  leaders: { id: number; name: string }[];
}

export async function loadDirectory(db: Kysely<DB>, orgId: number): Promise<Directory> {
  const units = await db.selectFrom("units").selectAll().where("org_id", "=", orgId).where("active", "=", 1).execute();
  const users = await db.selectFrom("users").select(["id", "name", "roles"]).where("org_id", "=", orgId).where("active", "=", 1).execute();
  const leaders = users.filter((u) => (JSON.parse(u.roles) as string[]).some((r) => r === "leader" || r === "director"));
  return { units, leaders: leaders.map((u) => ({ id: u.id, name: u.name })) };
}

export function resolveUnit(ref: UnitRef, dir: Directory): UnitRef {
  const name = normalizeName(ref.name);
  if (ref.unitId && dir.units.some((u) => u.id === ref.unitId)) return { name, unitId: ref.unitId };
  return { name, unitId: matchUnit(name, dir.units)?.id ?? null };
}

export function resolveLeader(ref: LeaderRef, dir: Directory): LeaderRef {
  const name = normalizeName(ref.name);
  if (ref.userId && dir.leaders.some((l) => l.id === ref.userId)) return { name, userId: ref.userId };
  return { name, userId: dir.leaders.find((l) => normalizeName(l.name) === name)?.id ?? null };
}

/** Names matched to the directory where possible; unmatched ones stay as names (将新建). */
export function resolveTask(value: TaskValue, dir: Directory): TaskValue {
  return {
    ...value,
    lead: value.lead.map((u) => resolveUnit(u, dir)),
    co: value.co.map((u) => resolveUnit(u, dir)),
    liaison: value.liaison.map((u) => resolveUnit(u, dir)),
    leaders: value.leaders.map((l) => resolveLeader(l, dir)),
  };
}
