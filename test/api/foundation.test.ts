import { afterAll, beforeAll, describe, expect, it } from "vitest";
import ExcelJS from "exceljs";
import { sql } from "kysely";
import { ADMIN_PASSWORD, dialects, makeTestServer, multipartBody, type TestServer } from "../helpers/harness.js";
import { verifyAuditChain } from "../../src/server/commands/audit.js";
import { setUp } from "../../src/server/commands/accounts.js";
import { localDay } from "../../src/server/clock.js";
import { helmetHeaders } from "../../src/server/security-headers.js";

describe.each(dialects())("foundation API on $name", (dialect) => {
  let s: TestServer;
  beforeAll(async () => {
    s = await makeTestServer(dialect);
  });
  afterAll(async () => s?.close());

  it("reports health with the dialect", async () => {
    const res = await s.client().get("/api/health");
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ status: "ok", db: dialect.name });
  });

  it("answers unknown API routes with a JSON 404", async () => {
    const res = await s.client().get("/api/no-such-thing");
    expect(res.statusCode).toBe(404);
    expect(res.json().error.code).toBe("NOT_FOUND");
  });

  it("documents every route in OpenAPI", async () => {
    const res = await s.client().get("/api/openapi.json");
    const paths = Object.keys(res.json().paths);
    for (const p of ["/api/auth/login", "/api/users", "/api/units", "/api/orgs", "/api/audit", "/api/health"]) expect(paths).toContain(p);
  });

  it("sets security headers", async () => {
    const res = await s.client().get("/api/health");
    expect(res.headers["content-security-policy"]).toContain("frame-ancestors 'none'");
    expect(res.headers["x-content-type-options"]).toBe("nosniff");
    // helmet's whole set, worked out once at start, on answers of every kind: a route, a 401, a
    // 404, a refused body.
    const expected = helmetHeaders();
    expect(expected.length).toBeGreaterThanOrEqual(10);
    const answers = [
      res,
      await s.client().get("/api/auth/me"),
      await s.client().get("/api/no-such-thing"),
      await s.client().request("POST", "/api/auth/login", "{not json", { "content-type": "application/json" }),
    ];
    expect(answers.map((a) => a.statusCode)).toEqual([200, 401, 404, 400]);
    for (const a of answers) for (const [name, value] of expected) expect([a.statusCode, name, a.headers[name.toLowerCase()]]).toEqual([a.statusCode, name, value]);
  });

  it("refuses a second setup", async () => {
    const c = s.client();
    expect((await c.get("/api/setup")).json()).toEqual({ needsSetup: false });
    const res = await c.post("/api/setup", { orgName: "另一个局", username: "x", password: "Abcdef#123" });
    expect(res.statusCode).toBe(409);
  });

  it("logs in, rotates the session cookie and rejects a wrong password", async () => {
    const c = s.client();
    const first = await c.login("admin", ADMIN_PASSWORD);
    expect(first.statusCode).toBe(200);
    expect(first.json()).toMatchObject({ user: { username: "admin", roles: ["admin"] }, mustChangePassword: false });
    const setCookie = String(first.headers["set-cookie"]);
    expect(setCookie).toMatch(/HttpOnly/i);
    expect(setCookie).toMatch(/SameSite=Lax/i);
    const cookie1 = c.cookie;
    await c.login("admin", ADMIN_PASSWORD);
    expect(c.cookie).not.toBe(cookie1);
    // The old session is gone after the new login.
    const old = s.client();
    old.cookie = cookie1;
    expect((await old.get("/api/auth/me")).statusCode).toBe(401);
    const bad = await s.client().login("admin", "wrong-password");
    expect(bad.statusCode).toBe(401);
    expect(bad.json().error.code).toBe("INVALID_CREDENTIALS");
  });

  it("requires the CSRF token and a same-origin Origin on mutations", async () => {
    const c = await s.admin();
    const noToken = await c.request("POST", "/api/units", { name: "无令牌股", kind: "department" }, { "x-csrf-token": "" });
    expect(noToken.statusCode).toBe(403);
    expect(noToken.json().error.code).toBe("CSRF_INVALID");
    const foreign = await c.request("POST", "/api/units", { name: "跨站股", kind: "department" }, { origin: "http://evil.example" });
    expect(foreign.statusCode).toBe(403);
  });

  it("validates bodies with Chinese field names and rejects unknown fields", async () => {
    const c = await s.admin();
    const res = await c.post("/api/users", { username: "a b", name: "", roles: ["boss"], hacker: true });
    expect(res.statusCode).toBe(400);
    const err = res.json().error;
    expect(err.code).toBe("VALIDATION_FAILED");
    expect(err.message).toContain("用户名");
    expect(err.message).toContain("不允许的字段");
    const broken = await c.request("POST", "/api/units", "{not json", { "content-type": "application/json" });
    expect(broken.statusCode).toBe(400);
  });

  it("refuses bodies over the limit with 413", async () => {
    const c = await s.admin();
    const res = await c.post("/api/units", { name: "大", kind: "department", aliases: ["x".repeat(2 * 1024 * 1024)] });
    expect(res.statusCode).toBe(413);
    expect(res.json().error.code).toBe("PAYLOAD_TOO_LARGE");
  });

  it("manages units with aliases and versions", async () => {
    const c = await s.admin();
    const created = await c.post("/api/units", { name: "基础教育股", kind: "department", aliases: ["基教股", " 县教育局基教股 ", "基教股"] });
    expect(created.statusCode).toBe(201);
    const unit = created.json();
    expect(unit.aliases).toEqual(["基教股", "县教育局基教股"]);
    expect((await c.post("/api/units", { name: "基础教育股", kind: "department" })).statusCode).toBe(409);
    const patched = await c.patch(`/api/units/${unit.id}`, { kind: "department", version: unit.version });
    expect(patched.json().version).toBe(unit.version + 1);
    const stale = await c.patch(`/api/units/${unit.id}`, { name: "基教股室", version: unit.version });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.code).toBe("VERSION_CONFLICT");
    const list = (await c.get("/api/units")).json().items;
    expect(list.map((u: any) => u.name)).toContain("基础教育股");
  });

  it("adds bureaus only below the administrator's own, never beside or above it", async () => {
    const c = await s.admin();
    const me = (await c.get("/api/auth/me")).json().user;
    // The first bureau is a county: nothing goes above it, and a county has no level below.
    const root = await c.post("/api/orgs", { name: "湖南省教育厅", level: "province", parentId: null });
    expect(root.statusCode).toBe(403);
    expect(root.json().error.message).toBe("只能在本机构之下新建机构");
    const below = await c.post("/api/orgs", { name: "某某乡教育办", level: "county" });
    expect(below.statusCode).toBe(400);
    const renamed = await c.patch(`/api/orgs/${me.orgId}`, { name: "示例县教育局（改）" });
    expect(renamed.statusCode, renamed.body).toBe(200);
    expect((await c.patch(`/api/orgs/${me.orgId}`, { name: "示例县教育局" })).statusCode).toBe(200);
    const items = (await c.get("/api/orgs")).json().items;
    expect(items.map((o: any) => o.id)).toEqual([me.orgId]);
  });


  it("creates a user with a temporary password that must be changed", async () => {
    const c = await s.admin();
    const unit = (await c.post("/api/units", { name: "安全管理股", kind: "department" })).json();
    const res = await c.post("/api/users", { username: "wangwu", name: "王五", roles: ["unit_staff"], unitId: unit.id, phone: "13800000001" });
    expect(res.statusCode).toBe(201);
    const created = res.json();
    expect(created).toMatchObject({ username: "wangwu", unitName: "安全管理股", mustChangePassword: true });
    expect(created.temporaryPassword).toBeTruthy();
    expect(created).not.toHaveProperty("password_hash");

    const u = s.client();
    const login = await u.login("wangwu", created.temporaryPassword);
    expect(login.json().mustChangePassword).toBe(true);
    const blocked = await u.get("/api/units");
    expect(blocked.statusCode).toBe(403);
    expect(blocked.json().error.code).toBe("PASSWORD_CHANGE_REQUIRED");
    const weak = await u.post("/api/auth/password", { currentPassword: created.temporaryPassword, newPassword: "short" });
    expect(weak.statusCode).toBe(400);
    const ok = await u.post("/api/auth/password", { currentPassword: created.temporaryPassword, newPassword: "Ww#2026strong" });
    expect(ok.statusCode).toBe(200);
    expect((await u.get("/api/units")).statusCode).toBe(200);

    // A reset makes the password temporary again and ends the user's sessions.
    const reset = (await c.post(`/api/users/${created.id}/reset-password`)).json();
    expect(reset.temporaryPassword).toBeTruthy();
    expect((await u.get("/api/units")).statusCode).toBe(401);
    expect((await s.client().login("wangwu", reset.temporaryPassword)).json().mustChangePassword).toBe(true);
  });

  it("deactivates instead of deleting, and an inactive user cannot log in", async () => {
    const c = await s.admin();
    const created = (await c.post("/api/users", { username: "zhaoliu", name: "赵六", roles: ["viewer"], password: "Zl#2026abcd" })).json();
    const off = await c.patch(`/api/users/${created.id}`, { active: false });
    expect(off.json().active).toBe(false);
    const res = await s.client().login("zhaoliu", "Zl#2026abcd");
    expect(res.statusCode).toBe(403);
    expect(res.json().error.code).toBe("ACCOUNT_INACTIVE");
    expect((await c.request("DELETE", `/api/users/${created.id}`)).statusCode).toBe(404);
  });

  it("locks an account after five failures, even for the right password", async () => {
    const c = await s.admin();
    await c.post("/api/users", { username: "locked", name: "锁定", roles: ["unit_staff"], password: "Lk#2026right" });
    const u = s.client();
    for (let i = 0; i < 5; i++) expect((await u.login("locked", "nope")).statusCode).toBe(401);
    const res = await u.login("locked", "Lk#2026right");
    expect(res.statusCode).toBe(401);
    expect(res.json().error.code).toBe("INVALID_CREDENTIALS");
    expect(res.json().error.message).toMatch(/锁定 15 分钟/);
  });

  it("expires idle sessions", async () => {
    const c = await s.admin();
    await sql`update sessions set last_seen_at = ${new Date(Date.now() - 31 * 60_000).toISOString()}`.execute(s.database.db);
    const res = await c.get("/api/auth/me");
    expect(res.statusCode).toBe(401);
    expect(res.json().error.code).toBe("SESSION_EXPIRED");
  });

  it("refuses a logged-out session at once, also where the answer was cached a moment before", async () => {
    // The session and the data version are read in one statement per request (auth/sessions.ts):
    // nothing of the session is kept between requests.
    const c = await s.admin();
    const cookie = c.cookie;
    expect((await c.get("/api/notifications")).statusCode).toBe(200);
    const again = await c.get("/api/notifications");
    expect(again.statusCode).toBe(200);
    expect(again.headers["x-response-cache"]).toBe("hit");
    expect((await c.post("/api/auth/logout")).statusCode).toBe(204);
    c.cookie = cookie; // the old cookie sent again
    const after = await c.get("/api/notifications");
    expect(after.statusCode).toBe(401);
    expect((await c.get("/api/auth/me")).statusCode).toBe(401);
  });

  it("imports units and users from the XLSX template, all or nothing", async () => {
    const c = await s.admin();
    const tpl = await c.get("/api/import/template.xlsx");
    expect(tpl.statusCode).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(tpl.rawPayload as any);
    const units = wb.getWorksheet("单位")!;
    const users = wb.getWorksheet("用户")!;
    expect(units.getRow(1).getCell(1).value).toBe("单位名称");

    // A bad row (unknown role) anywhere: nothing is imported.
    users.addRow(["bad-role", "错角色", "", "基础教育股", "校长大人", ""]);
    let buf = Buffer.from(await wb.xlsx.writeBuffer());
    let mp = multipartBody("file", "导入.xlsx", buf);
    const failed = await c.request("POST", "/api/import/directory", mp.body, mp.headers);
    expect(failed.statusCode).toBe(400);
    const err = failed.json().error;
    expect(err.code).toBe("IMPORT_FAILED");
    expect(err.details).toContainEqual(expect.objectContaining({ sheet: "用户", row: 4 }));
    expect((await c.get("/api/units")).json().items.map((u: any) => u.name)).not.toContain("示例县第一中学");

    users.spliceRows(4, 1);
    buf = Buffer.from(await wb.xlsx.writeBuffer());
    // The template's example unit 基础教育股 exists already (created above on this server).
    units.spliceRows(2, 1);
    buf = Buffer.from(await wb.xlsx.writeBuffer());
    mp = multipartBody("file", "导入.xlsx", buf);
    const ok = await c.request("POST", "/api/import/directory", mp.body, mp.headers);
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toMatchObject({ units: 1, users: 2 });
    expect(ok.json().passwords).toHaveLength(2);
    const zs = (await c.get("/api/users?q=zhangsan")).json().items[0];
    expect(zs).toMatchObject({ name: "张三", unitName: "基础教育股", roles: ["unit_staff"] });

    const wrongType = multipartBody("file", "a.pdf", Buffer.from("%PDF-1.4"));
    expect((await c.request("POST", "/api/import/directory", wrongType.body, wrongType.headers)).statusCode).toBe(415);
    const broken = multipartBody("file", "a.xlsx", Buffer.from("PK\u0003\u0004garbage"));
    expect((await c.request("POST", "/api/import/directory", broken.body, broken.headers)).statusCode).toBe(422);
  });

  it("keeps an audit trail with filters and an intact chain that the database protects", async () => {
    const c = await s.admin();
    const res = await c.get("/api/audit?action=user.create&pageSize=5");
    expect(res.statusCode).toBe(200);
    const page = res.json();
    expect(page.total).toBeGreaterThan(0);
    expect(page.items[0]).toMatchObject({ action: "user.create", entity: "user", actorName: "管理员" });
    expect(JSON.stringify(page.items)).not.toContain("password_hash");
    const today = localDay(new Date()); // the audit filter counts days in Asia/Shanghai
    expect((await c.get(`/api/audit?from=${today}&to=${today}`)).json().total).toBeGreaterThan(0);
    expect((await c.get(`/api/audit?from=2000-01-01&to=2000-01-02`)).json().total).toBe(0);
    for (const bad of ["from=2026-02-30", "to=2026-13-01", "from=0000-00-00"]) {
      const res = await c.get(`/api/audit?${bad}`);
      expect(res.statusCode, `${bad} ${res.body}`).toBe(400);
      expect(res.json().error.message).toMatch(/有效的日期/);
    }

    expect(await verifyAuditChain(s.database)).toMatchObject({ ok: true });
    await expect(sql`update audit_events set action = 'x'`.execute(s.database.db)).rejects.toThrow(/append-only/);
    await expect(sql`delete from audit_events`.execute(s.database.db)).rejects.toThrow(/append-only/);
  });
});

// A server of its own, set up as a city; kept apart from the suite above so that only one test
// schema of this file exists at a time on PostgreSQL.
describe.each(dialects())("a city installation on $name", (dialect) => {
  it("lets a city's administrator set up a county below it, with its first administrator", async () => {
    const city = await makeTestServer(dialect, {}, { setup: false });
    try {
      await setUp(city.database, { orgName: "示例市教育局", username: "cityadmin", name: "市管理员", password: "Shi#Admin2026", level: "city" });
      const c = city.client();
      expect((await c.login("cityadmin", "Shi#Admin2026")).statusCode).toBe(200);
      const cityId = (await c.get("/api/auth/me")).json().user.orgId;
      const county = await c.post("/api/orgs", { name: "甲县教育局", level: "county" });
      expect(county.statusCode, county.body).toBe(201);
      expect(county.json().parentId).toBe(cityId);
      const sibling = await c.post("/api/orgs", { name: "乙县教育局", level: "county", parentId: cityId });
      expect(sibling.statusCode).toBe(201);
      const made = await c.post("/api/users", { orgId: county.json().id, username: "jiaxian_admin", name: "甲县管理员", roles: ["admin"] });
      expect(made.statusCode, made.body).toBe(201);
      // The county's administrator manages its own county, not its sibling nor the city above.
      const a = city.client();
      expect((await a.login("jiaxian_admin", made.json().temporaryPassword)).statusCode).toBe(200);
      expect((await a.post("/api/auth/password", { currentPassword: made.json().temporaryPassword, newPassword: "Jia#Xian2026x" })).statusCode).toBe(200);
      expect((await a.post("/api/units", { name: "基础教育股", kind: "department" })).statusCode).toBe(201);
      expect((await a.post("/api/units", { orgId: sibling.json().id, name: "基础教育股", kind: "department" })).statusCode).toBe(404);
      expect((await a.patch(`/api/orgs/${sibling.json().id}`, { name: "改名" })).statusCode).toBe(404);
      expect((await a.patch(`/api/orgs/${cityId}`, { name: "改名" })).statusCode).toBe(403);
      expect((await a.post("/api/users", { orgId: cityId, username: "grab", name: "越权", roles: ["admin"] })).statusCode).toBe(404);
      expect((await a.get("/api/orgs")).json().items.map((o: any) => o.name).sort()).toEqual(["甲县教育局", "示例市教育局"].sort());
    } finally {
      await city.close();
    }
  });
});
