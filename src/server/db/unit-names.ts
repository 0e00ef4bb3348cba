// Within one bureau a unit's name and each of its aliases name one unit only. The aliases live in
// a JSON column, which no index can see, so every name and alias is also a row of unit_names under
// the primary key (org_id, name_key): two instances adding the same name at once cannot both commit.
import type { Kysely } from "kysely";

/** Spaces and line-break artefacts never distinguish two unit names. */
export const normalizeName = (s: string) => s.normalize("NFKC").replace(/\s+/g, "").replace(/[。，、,;；：:]+$/u, "");

/** The keys a unit holds: its name and aliases, normalized, once each. */
export function unitNameKeys(name: string, aliases: string[]): string[] {
  return [...new Set([name, ...aliases].map(normalizeName).filter(Boolean))];
}

/** Makes unit_names hold exactly the unit's current keys (a taken key fails with unit_names_pk). */
export async function claimUnitNames(db: Kysely<any>, unit: { id: number; org_id: number; name: string; aliases: string }): Promise<void> {
  const keys = unitNameKeys(unit.name, JSON.parse(unit.aliases) as string[]);
  const held = (await db.selectFrom("unit_names").select("name_key").where("unit_id", "=", unit.id).execute()).map((r) => r.name_key as string);
  const gone = held.filter((k) => !keys.includes(k));
  const added = keys.filter((k) => !held.includes(k));
  if (gone.length) await db.deleteFrom("unit_names").where("unit_id", "=", unit.id).where("name_key", "in", gone).execute();
  if (added.length) await db.insertInto("unit_names").values(added.map((k) => ({ org_id: unit.org_id, name_key: k, unit_id: unit.id }))).execute();
}
