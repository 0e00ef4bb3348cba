// The years to choose from in the views over the bureaus below (下级对比, 对标): those of their published
// (or archived) plans, newest first.
import type { Kysely } from "kysely";
import type { DB } from "../../db/schema.js";

export async function publishedPlanYears(db: Kysely<DB>, orgIds: number[]): Promise<number[]> {
  if (!orgIds.length) return [];
  const rows = await db.selectFrom("plans").select("year").distinct().where("org_id", "in", orgIds).where("status", "!=", "draft").where("year", "is not", null).execute();
  return rows.map((r) => Number(r.year)).sort((a, b) => b - a);
}
