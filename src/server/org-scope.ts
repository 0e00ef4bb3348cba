import type { Kysely } from "kysely";
import type { DB } from "./db/schema.js";

/** The orgs a user may read: their own bureau and the bureaus below it (a city sees its counties). */
export async function visibleOrgIds(db: Kysely<DB>, orgId: number): Promise<number[]> {
  const orgs = await db.selectFrom("orgs").select(["id", "parent_id"]).execute();
  const out = [orgId];
  for (let i = 0; i < out.length; i++) for (const o of orgs) if (o.parent_id === out[i] && !out.includes(o.id)) out.push(o.id);
  return out;
}
