// Test servers on a real database: SQLite in a temp folder, and PostgreSQL in a schema of its own
// when TEST_DATABASE_URL is set. Requests go through fastify.inject (the full request pipeline).
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import type { FastifyInstance, LightMyRequestResponse } from "fastify";
import { configFromEnv, type ServerConfig } from "../../src/server/config.js";
import { prepareDatabase, VERSION } from "../../src/server/start.js";
import { buildApp } from "../../src/server/app.js";
import { setUp } from "../../src/server/commands/accounts.js";
import type { Database } from "../../src/server/db/connection.js";
import type { AppContext } from "../../src/server/context.js";

export interface DialectCase {
  name: "sqlite" | "postgres";
  databaseUrl?: string;
}

export function dialects(): DialectCase[] {
  const url = process.env.TEST_DATABASE_URL;
  if (!url) console.log("PostgreSQL suites skipped: TEST_DATABASE_URL is not set");
  return [{ name: "sqlite" }, ...(url ? [{ name: "postgres" as const, databaseUrl: url }] : [])];
}

export const ADMIN_PASSWORD = "Duban#Test2026";

export interface TestServer {
  app: FastifyInstance;
  ctx: AppContext;
  database: Database;
  config: ServerConfig;
  dataDir: string;
  client(): TestClient;
  /** A signed-in client for the first administrator. */
  admin(): Promise<TestClient>;
  /**
   * Creates an account through the API (as the admin) and returns it signed in, its first
   * password already changed — a user ready for the flows under test.
   */
  user(account: { username: string; name: string; roles: string[]; unitId?: number; email?: string }): Promise<TestClient>;
  close(): Promise<void>;
}

export async function makeTestServer(
  dialect: DialectCase,
  overrides: Partial<ServerConfig> = {},
  opts: { setup?: boolean; clock?: () => Date; webDir?: string } = {},
): Promise<TestServer> {
  const dataDir = mkdtempSync(join(tmpdir(), "duban-test-"));
  let schema: string | undefined;
  if (dialect.databaseUrl) {
    schema = `t_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`;
    await withPg(dialect.databaseUrl, (c) => c.query(`CREATE SCHEMA ${schema}`));
  }
  const config = configFromEnv({ NODE_ENV: "test" }, { dataDir, databaseUrl: dialect.databaseUrl, ...overrides });
  const database = await prepareDatabase(config, schema);
  const ctx = { database, config, version: VERSION, clock: opts.clock };
  const app = await buildApp(ctx, { webDir: opts.webDir ?? join(dataDir, "no-web") });
  await app.ready();
  if (opts.setup !== false) {
    await setUp(database, { orgName: "示例县教育局", username: "admin", name: "管理员", password: ADMIN_PASSWORD });
  }
  const server: TestServer = {
    app, database, config, dataDir, ctx,
    client: () => new TestClient(app),
    admin: async () => {
      const c = new TestClient(app);
      await c.login("admin", ADMIN_PASSWORD);
      return c;
    },
    user: async (account) => (await signedInAccount(server, await server.admin(), account)).client,
    close: async () => {
      await app.close();
      await database.close();
      if (schema) await withPg(dialect.databaseUrl!, (c) => c.query(`DROP SCHEMA ${schema} CASCADE`));
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
  return server;
}

/** One PostgreSQL connection for a test's own setup (schemas), closed after `fn`. */
export async function withPg<T>(url: string, fn: (c: pg.Client) => Promise<T>): Promise<T> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    return await fn(c);
  } finally {
    await c.end();
  }
}

export class TestClient {
  cookie = "";
  csrf = "";
  constructor(private app: FastifyInstance) {}

  async login(username: string, password: string) {
    const res = await this.request("POST", "/api/auth/login", { username, password });
    if (res.statusCode === 200) this.csrf = res.json().csrfToken;
    return res;
  }

  async request(method: string, url: string, body?: unknown, headers: Record<string, string> = {}): Promise<LightMyRequestResponse> {
    const res = await this.app.inject({
      method: method as any,
      url,
      headers: {
        ...(this.cookie ? { cookie: this.cookie } : {}),
        ...(this.csrf ? { "x-csrf-token": this.csrf } : {}),
        ...(body !== undefined && typeof body !== "string" && !Buffer.isBuffer(body) ? { "content-type": "application/json" } : {}),
        ...headers,
      },
      payload: body === undefined ? undefined : typeof body === "string" || Buffer.isBuffer(body) ? body : JSON.stringify(body),
    });
    const set = res.headers["set-cookie"];
    const first = Array.isArray(set) ? set[0] : set;
    if (first) this.cookie = first.split(";")[0];
    return res;
  }

  get = (url: string) => this.request("GET", url);
  post = (url: string, body?: unknown) => this.request("POST", url, body ?? {});
  patch = (url: string, body?: unknown) => this.request("PATCH", url, body ?? {});
}

/** Builds a multipart/form-data body with one file field. */
export function multipartBody(field: string, filename: string, data: Buffer, contentType = "application/octet-stream") {
  const boundary = "----duban" + Math.random().toString(16).slice(2);
  const head = Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${field}"; filename="${filename}"\r\nContent-Type: ${contentType}\r\n\r\n`);
  const tail = Buffer.from(`\r\n--${boundary}--\r\n`);
  return { body: Buffer.concat([head, data, tail]), headers: { "content-type": `multipart/form-data; boundary=${boundary}` } };
}

/**
 * An account made by `by` (an admin), signed in, its first password changed: its id and its client.
 * The password follows the username, so the same directory gets the same passwords.
 */
export async function signedInAccount(
  s: TestServer,
  by: TestClient,
  account: { username: string; name: string; roles: string[]; unitId?: number; orgId?: number; email?: string },
): Promise<{ id: number; client: TestClient }> {
  const password = `Pw#2026${account.username.length}Zz`;
  const created = await by.post("/api/users", { ...account, password });
  if (created.statusCode !== 201) throw new Error(`创建用户 ${account.username} 失败：${created.body}`);
  const client = s.client();
  const login = await client.login(account.username, password);
  if (login.statusCode !== 200) throw new Error(`登录 ${account.username} 失败：${login.body}`);
  const changed = await client.post("/api/auth/password", { currentPassword: password, newPassword: `${password}x` });
  if (changed.statusCode !== 200) throw new Error(`修改 ${account.username} 的密码失败：${changed.body}`);
  return { id: created.json().id as number, client };
}

/**
 * The three-股室 directory most round tests start from: 基础教育股, 计划财务股, 安全管理股, each with a
 * staff member and a head, the leader 张明 and the office clerk; `extra` users are added before the clerk.
 */
export async function threeUnitDirectory(
  s: TestServer,
  admin: TestClient,
  extra: { username: string; name: string; roles: string[] }[] = [],
): Promise<{ units: { jj: number; cw: number; aq: number }; users: Record<string, TestClient> }> {
  const unit = async (name: string) => (await admin.post("/api/units", { name, kind: "department" })).json().id as number;
  const jj = await unit("基础教育股"), cw = await unit("计划财务股"), aq = await unit("安全管理股");
  const users: Record<string, TestClient> = {};
  const accounts: { username: string; name: string; roles: string[]; unitId?: number }[] = [
    { username: "jj_staff", name: "基教经办", roles: ["unit_staff"], unitId: jj },
    { username: "jj_head", name: "基教负责人", roles: ["unit_head"], unitId: jj },
    { username: "cw_staff", name: "计财经办", roles: ["unit_staff"], unitId: cw },
    { username: "cw_head", name: "计财负责人", roles: ["unit_head"], unitId: cw },
    { username: "aq_staff", name: "安全经办", roles: ["unit_staff"], unitId: aq },
    { username: "aq_head", name: "安全负责人", roles: ["unit_head"], unitId: aq },
    { username: "zhangming", name: "张明", roles: ["leader"] },
    ...extra,
    { username: "office1", name: "办公室", roles: ["office"] },
  ];
  for (const a of accounts) users[a.username] = await s.user(a);
  return { units: { jj, cw, aq }, users };
}
