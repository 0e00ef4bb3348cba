// Several app instances on one database: sessions and the audit chain live in the database.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildApp } from "../../src/server/app.js";
import { VERSION } from "../../src/server/start.js";
import { verifyAuditChain } from "../../src/server/commands/audit.js";
import { openDatabase } from "../../src/server/db/connection.js";
import { dialects, makeTestServer, TestClient, type TestServer } from "../helpers/harness.js";
import type { FastifyInstance } from "fastify";
import { sql } from "kysely";

describe.each(dialects())("two app instances on one $name database", (dialect) => {
  let s: TestServer;
  let second: FastifyInstance;
  let closeSecond: () => Promise<void>;
  beforeAll(async () => {
    s = await makeTestServer(dialect);
    // A second instance: its own connection pool (or SQLite handle) on the same database.
    const schema = dialect.databaseUrl ? (await s.database.db.selectNoFrom((eb) => eb.fn<string>("current_schema", []).as("s")).executeTakeFirst())?.s : undefined;
    const database = openDatabase({ databaseUrl: dialect.databaseUrl, dataDir: s.dataDir, pgSchema: schema });
    second = await buildApp({ database, config: s.config, version: VERSION }, { webDir: "/nonexistent" });
    await second.ready();
    closeSecond = async () => {
      await second.close();
      await database.close();
    };
  });
  afterAll(async () => {
    await closeSecond?.();
    await s?.close();
  });

  it("a session made on one instance works on the other", async () => {
    const a = await s.admin();
    const b = new TestClient(second);
    b.cookie = a.cookie;
    b.csrf = a.csrf;
    expect((await b.get("/api/auth/me")).json().user.username).toBe("admin");
    expect((await b.post("/api/units", { name: "跨实例股", kind: "department" })).statusCode).toBe(201);
    await b.post("/api/auth/logout");
    expect((await a.get("/api/auth/me")).statusCode).toBe(401);
  });

  it("a constraint the database refuses (a race lost to the other instance) answers 409 naming the field, never 500", async () => {
    const a = await s.admin();
    const unit = (await a.post("/api/units", { name: "抢先单位", kind: "department" })).json();
    // The other instance gave 抢先单位 the alias 后到股 between this request's check and its insert.
    await s.database.db.insertInto("unit_names").values({ org_id: unit.orgId, name_key: "后到股", unit_id: unit.id }).execute();
    const lost = await a.post("/api/units", { name: "后到股", kind: "department" });
    expect(lost.statusCode, lost.body).toBe(409);
    expect(lost.json().error).toMatchObject({ code: "UNIT_NAME_TAKEN" });
    expect(lost.json().error.message).toContain("单位名称");
    expect(await s.database.db.selectFrom("units").select("id").where("name", "=", "后到股").executeTakeFirst()).toBeUndefined();

    const { inTransaction } = await import("../../src/server/db/transaction.js");
    const user = await s.database.db.selectFrom("users").selectAll().where("username", "=", "admin").executeTakeFirstOrThrow();
    const { id: _id, ...copy } = user;
    const dup = await inTransaction(s.database, (tx) => tx.insertInto("users").values(copy).execute()).catch((e) => e);
    expect(dup).toMatchObject({ status: 409, code: "USERNAME_TAKEN" });
    expect(dup.message).toContain("用户名");
    const orphan = await inTransaction(s.database, (tx) => tx.insertInto("unit_names").values({ org_id: user.org_id, name_key: "无主", unit_id: 987654 }).execute()).catch((e) => e);
    expect(orphan).toMatchObject({ status: 409, code: "REFERENCE_CHANGED" });
  });

  it("concurrent writes on both instances keep one intact audit chain", async () => {
    const a = await s.admin();
    const b = new TestClient(second);
    await b.login("admin", "Duban#Test2026");
    await Promise.all(
      Array.from({ length: 20 }, (_, i) => (i % 2 ? a : b).post("/api/units", { name: `并发单位${i}`, kind: "school" })),
    );
    const result = await verifyAuditChain(s.database);
    expect(result.ok).toBe(true);
    expect(result.count).toBeGreaterThanOrEqual(20);
  });
});

describe("rate limits", () => {
  let s: TestServer;
  beforeAll(async () => {
    s = await makeTestServer({ name: "sqlite" }, { loginRatePerMinute: 3 });
  });
  afterAll(async () => s?.close());

  it("answers 429 with a Chinese message past the per-address login limit", async () => {
    const c = s.client();
    const codes: number[] = [];
    for (let i = 0; i < 5; i++) codes.push((await c.login("nobody", "x")).statusCode);
    expect(codes.slice(0, 3)).toEqual([401, 401, 401]);
    const last = await c.login("nobody", "x");
    expect(last.statusCode).toBe(429);
    expect(last.json().error).toMatchObject({ code: "RATE_LIMITED" });
  });

  it("keeps the default login limit generous for a bureau behind one address", async () => {
    const { configFromEnv } = await import("../../src/server/config.js");
    expect(configFromEnv({}).loginRatePerMinute).toBeGreaterThanOrEqual(30);
  });
});

describe.runIf(process.env.TEST_DATABASE_URL)("installations in two schemas of one PostgreSQL database", () => {
  it("migrates a schema although another schema already has the migration tables", async () => {
    const url = process.env.TEST_DATABASE_URL!;
    const { migrate } = await import("../../src/server/db/migrations.js");
    const names = [0, 1].map((i) => `m${i}_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 6)}`);
    const admin = openDatabase({ databaseUrl: url, dataDir: "/nonexistent" });
    try {
      for (const n of names) await sql.raw(`CREATE SCHEMA ${n}`).execute(admin.db);
      for (const n of names) {
        const database = openDatabase({ databaseUrl: url, dataDir: "/nonexistent", pgSchema: n });
        try {
          expect((await migrate(database)).length).toBeGreaterThan(0);
          const tables = await sql<{ n: number }>`select count(*)::int as n from information_schema.tables where table_schema = ${n} and table_name = 'kysely_migration'`.execute(database.db);
          expect(tables.rows[0].n).toBe(1);
        } finally {
          await database.close();
        }
      }
    } finally {
      for (const n of names) await sql.raw(`DROP SCHEMA IF EXISTS ${n} CASCADE`).execute(admin.db);
      await admin.close();
    }
  });
});
