// Every unit a published task names must be a unit of the directory: names still unmatched are
// matched once more (the directory may have grown, by name, alias or the normalised key), mapped as
// the office chose at publish, or created — one unit per key, never two units that normalise the same.
import type { Kysely } from "kysely";
import type { DB } from "../../db/schema.js";
import type { Tx } from "../../db/transaction.js";
import { errors } from "../../errors.js";
import type { Actor } from "../audit.js";
import { writeAudit } from "../audit.js";
import { createUnit } from "../directory.js";
import { claimUnitNames } from "../../db/unit-names.js";
import { loadDirectory } from "./directory-lookup.js";
import { collectiveJoins } from "../../../shared/units.js";
import { guessUnitKind, looksAlike, matchUnit, normalizeName, unitKey, type UnitRow } from "./unit-matching.js";

/** The office's choice for a name printed in the plan: an existing unit (merged, the name kept as its alias), or a new unit. */
export interface UnitChoice {
  name: string;
  unitId: number | null;
}

export interface UnitProposal {
  /** The new unit that would be created, and every printed spelling that goes into it. */
  name: string;
  names: string[];
  tasks: number;
  /** Existing units it looks like (abbreviation, one character apart). */
  similar: { unitId: number; name: string }[];
  /** Other new names it looks like (they would be separate units unless merged). */
  similarNew: string[];
}

async function unmatchedRows(db: Kysely<DB>, taskIds: number[]) {
  if (!taskIds.length) return [];
  return db.selectFrom("task_units").selectAll().where("task_id", "in", taskIds).where("unit_id", "is", null).execute();
}

/** What publishing would create: one proposal per key, with existing and new names that look alike. */
export async function unitProposals(db: Kysely<DB>, orgId: number, taskIds: number[]): Promise<UnitProposal[]> {
  const rows = await unmatchedRows(db, taskIds);
  const dir = await loadDirectory(db, orgId);
  const groups = new Map<string, { names: Set<string>; tasks: Set<number>; existing: UnitRow | null }>();
  for (const row of rows) {
    const name = normalizeName(row.name);
    const existing = matchUnit(name, dir.units);
    if (existing) continue; // matched since (the directory grew): nothing to create
    const key = unitKey(name);
    const g = groups.get(key) ?? { names: new Set(), tasks: new Set(), existing: null };
    g.names.add(name);
    g.tasks.add(row.task_id);
    groups.set(key, g);
  }
  const keys = [...groups.keys()];
  return keys.map((key) => {
    const g = groups.get(key)!;
    const names = [...g.names];
    return {
      name: key, names, tasks: g.tasks.size,
      similar: dir.units.filter((u) => looksAlike(u.name, key) || (JSON.parse(u.aliases) as string[]).some((a) => looksAlike(a, key))).map((u) => ({ unitId: u.id, name: u.name })),
      similarNew: keys.filter((k) => k !== key && looksAlike(k, key)),
    };
  });
}

export async function linkUnits(tx: Tx, actor: Actor, orgId: number, taskIds: number[], choices: UnitChoice[] = []): Promise<{ id: number; name: string }[]> {
  await joinCollectiveEntries(tx, taskIds);
  const unmatched = await unmatchedRows(tx, taskIds);
  if (!unmatched.length) return [];
  const dir = await loadDirectory(tx, orgId);
  const chosen = new Map<string, number | null>();
  for (const c of choices) {
    if (c.unitId !== null && !dir.units.some((u) => u.id === c.unitId)) throw errors.validation(`“${c.name}”所选的单位不存在或不属于本机构`, [{ field: "unitId", message: "所选单位不存在或不属于本机构" }]);
    chosen.set(unitKey(c.name), c.unitId);
    chosen.set(normalizeName(c.name), c.unitId);
  }
  const created: { id: number; name: string }[] = [];
  const aliasesAdded = new Map<number, Set<string>>();
  for (const row of unmatched) {
    const name = normalizeName(row.name);
    const pick = chosen.has(name) ? chosen.get(name) : chosen.get(unitKey(name));
    let unit: UnitRow | null | undefined = pick ? dir.units.find((u) => u.id === pick) : undefined;
    unit ??= matchUnit(name, dir.units);
    if (!unit) {
      unit = await createUnit(tx, actor, { orgId, name: unitKey(name), kind: guessUnitKind(name), aliases: [] });
      dir.units.push(unit);
      created.push({ id: unit.id, name: unit.name });
    }
    // The spelling as printed stays findable: an alias of the unit it went into.
    if (name !== unit.name && !(JSON.parse(unit.aliases) as string[]).includes(name)) aliasesAdded.set(unit.id, (aliasesAdded.get(unit.id) ?? new Set()).add(name));
    await tx.updateTable("task_units").set({ unit_id: unit.id }).where("id", "=", row.id).execute();
  }
  for (const [unitId, names] of aliasesAdded) {
    const unit = dir.units.find((u) => u.id === unitId)!;
    const before = JSON.parse(unit.aliases) as string[];
    const after = [...before, ...names];
    await tx.updateTable("units").set({ aliases: JSON.stringify(after), version: unit.version + 1 }).where("id", "=", unitId).execute();
    unit.aliases = JSON.stringify(after);
    unit.version += 1;
    await claimUnitNames(tx, unit);
    await writeAudit(tx, actor, { action: "unit.update", entity: "unit", entityId: unitId, before: { aliases: before }, after: { aliases: after, reason: "发布方案时合并的写法" } });
  }
  return created;
}

/**
 * "各乡镇党委、政府" is one collective entry, not a unit "政府" (issue 11): an unmatched bare body word
 * right after a "各…" entry of the same task and role is joined into it before any unit is made.
 */
export async function joinCollectiveEntries(tx: Tx, taskIds: number[]): Promise<void> {
  if (!taskIds.length) return;
  const rows = await tx.selectFrom("task_units").select(["id", "task_id", "role", "name", "unit_id"]).where("task_id", "in", taskIds).orderBy("task_id").orderBy("role").orderBy("position").execute();
  const lists = new Map<string, typeof rows>();
  for (const r of rows) lists.set(`${r.task_id}:${r.role}`, [...(lists.get(`${r.task_id}:${r.role}`) ?? []), r]);
  for (const list of lists.values()) {
    const joins = collectiveJoins(list.map((r) => r.name));
    for (const i of joins) {
      if (list[i].unit_id != null) continue; // a directory unit chosen by a person stays
      let j = i - 1;
      while (joins.includes(j)) j--;
      list[j].name = `${list[j].name}、${list[i].name.trim()}`;
      await tx.updateTable("task_units").set({ name: list[j].name }).where("id", "=", list[j].id).execute();
      await tx.deleteFrom("task_units").where("id", "=", list[i].id).execute();
    }
  }
}
