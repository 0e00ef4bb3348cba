// The org tree is read up and down by recursive queries (policies/scope.ts subtreeOf, ancestorsOf):
// each step down looks an org's children up by parent_id, which is indexed (migration 0021), so a
// walk reads the subtree it returns, not every org once per level.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sql } from "kysely";
import { dialects, makeTestServer, type TestServer } from "../helpers/harness.js";
import { ancestorsOf, subtreeOf } from "../../src/server/policies/scope.js";

describe.each(dialects())("org tree walks on $name", (dialect) => {
  let s: TestServer;
  const ids: Record<string, number> = {};
  beforeAll(async () => {
    s = await makeTestServer(dialect);
    const db = s.database.db;
    const add = async (key: string, name: string, parent: string | null, level: "province" | "city" | "county") => {
      ids[key] = (await db.insertInto("orgs").values({ name, parent_id: parent ? ids[parent] : null, level, version: 1, created_at: new Date().toISOString() }).returning("id").executeTakeFirstOrThrow()).id;
    };
    await add("prov", "某省教育厅", null, "province");
    await add("cityA", "甲市教育局", "prov", "city");
    await add("cityB", "乙市教育局", "prov", "city");
    await add("a1", "甲市一县教育局", "cityA", "county");
    await add("a2", "甲市二县教育局", "cityA", "county");
    await add("b1", "乙市一县教育局", "cityB", "county");
    // Another tree beside it: never reached from the first.
    await add("other", "另一省教育厅", null, "province");
    await add("otherCity", "另一市教育局", "other", "city");
  });
  afterAll(async () => s?.close());

  it("reads a subtree level by level and the chain of parents, nearest first", async () => {
    const db = s.database.db;
    expect(await subtreeOf(db, ids.prov)).toEqual([ids.prov, ids.cityA, ids.cityB, ids.a1, ids.a2, ids.b1]);
    expect(await subtreeOf(db, ids.cityA)).toEqual([ids.cityA, ids.a1, ids.a2]);
    expect(await subtreeOf(db, ids.b1)).toEqual([ids.b1]);
    expect(await ancestorsOf(db, ids.a2)).toEqual([ids.cityA, ids.prov]);
    expect(await ancestorsOf(db, ids.prov)).toEqual([]);
    expect(await ancestorsOf(db, ids.otherCity)).toEqual([ids.other]);
  });

  it("looks children up by an index on orgs.parent_id", async () => {
    const db = s.database.db;
    if (dialect.name === "sqlite") {
      const indexes = (await sql<{ name: string }>`select name from pragma_index_list('orgs')`.execute(db)).rows.map((r) => r.name);
      expect(indexes).toContain("orgs_parent");
      const plan = (await sql<{ detail: string }>`EXPLAIN QUERY PLAN WITH RECURSIVE sub(id, parent_id) AS (
          SELECT id, parent_id FROM orgs WHERE id = ${ids.prov}
          UNION SELECT o.id, o.parent_id FROM orgs o JOIN sub ON o.parent_id = sub.id
        ) SELECT id FROM sub`.execute(db)).rows.map((r) => r.detail);
      expect(plan.join("\n")).toMatch(/INDEX orgs_parent/);
    } else {
      const rows = (await sql<{ indexdef: string }>`select indexdef from pg_indexes where tablename = 'orgs' and schemaname = current_schema()`.execute(db)).rows;
      expect(rows.some((r) => /orgs_parent\b.*\(parent_id\)/.test(r.indexdef))).toBe(true);
    }
  });
});
