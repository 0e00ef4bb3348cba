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
