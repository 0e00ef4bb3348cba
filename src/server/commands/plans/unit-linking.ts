// Every unit a published task names must be a unit of the directory: names still unmatched are
// matched once more (the directory may have grown) or created.
import type { Tx } from "../../db/transaction.js";
import type { Actor } from "../audit.js";
import { createUnit } from "../directory.js";
import { loadDirectory } from "./directory-lookup.js";
import { guessUnitKind, matchUnit, normalizeName } from "./unit-matching.js";

export async function linkUnits(tx: Tx, actor: Actor, orgId: number, taskIds: number[]): Promise<{ id: number; name: string }[]> {
  if (!taskIds.length) return [];
  const unmatched = await tx.selectFrom("task_units").selectAll().where("task_id", "in", taskIds).where("unit_id", "is", null).execute();
  if (!unmatched.length) return [];
  const dir = await loadDirectory(tx, orgId);
  const created: { id: number; name: string }[] = [];
  for (const row of unmatched) {
    const name = normalizeName(row.name);
    let unit = matchUnit(name, dir.units);
    if (!unit) {
      unit = await createUnit(tx, actor, { orgId, name, kind: guessUnitKind(name), aliases: [] });
      dir.units.push(unit);
      created.push({ id: unit.id, name: unit.name });
    }
    await tx.updateTable("task_units").set({ unit_id: unit.id }).where("id", "=", row.id).execute();
  }
  return created;
}
