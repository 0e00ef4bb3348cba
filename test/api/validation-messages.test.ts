// Every 400 a clerk can meet names the field in Chinese: the test walks the route table with a few
// malformed bodies, queries and path parameters and reads every message.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { dialects, makeTestServer, type TestClient, type TestServer } from "../helpers/harness.js";
import { allRoutes } from "../../src/server/routes/index.js";
import type { RouteDef } from "../../src/server/routes/define.js";

/** No raw zod wording and no ASCII field name before a colon ("op：", "reminders："). */
function expectPlainChinese(message: string, where: string) {
  expect(message, where).toMatch(/[\u4e00-\u9fa5]/);
  expect(message, where).not.toMatch(/[A-Za-z_][A-Za-z0-9_.]*\s*[：:]/);
  expect(message, where).not.toMatch(/无效输入|期望|实际接收|Invalid|expected|received/i);
}

type JsonSchema = { type?: string | string[]; properties?: Record<string, JsonSchema>; items?: JsonSchema; anyOf?: JsonSchema[] };

const propertiesOf = (schema: z.ZodType | undefined): string[] => {
  if (!schema) return [];
  const js = z.toJSONSchema(schema, { io: "input", unrepresentable: "any" }) as JsonSchema;
  return Object.keys(js.properties ?? {});
};

/** Malformed bodies: each field of the wrong type, lists of empty items, nested objects left empty. */
function badBodies(def: RouteDef): unknown[] {
  const keys = propertiesOf(def.body);
  if (!keys.length) return [];
  const all = (value: unknown) => Object.fromEntries(keys.map((k) => [k, value]));
  return [all({}), all([{}]), all("x"), all(-1), all(null), ...keys.map((k) => ({ [k]: [{ op: "约等于", value: "很多", by: "年底", what: "" }] }))];
}

const badQueries = (def: RouteDef) => propertiesOf(def.query).flatMap((k) => [`${k}=abc`, `${k}=-1`]);

describe.each(dialects())("validation messages on $name", (dialect) => {
  let s: TestServer;
  let c: TestClient;
  beforeAll(async () => {
    s = await makeTestServer(dialect, { apiRatePerMinute: 100_000 });
    const admin = await s.admin();
    const everyone = await admin.post("/api/users", {
      username: "all_roles", name: "全角色", password: "AllRoles#2026x",
      roles: ["admin", "office", "leader", "director", "unit_head", "unit_staff"],
    });
    expect(everyone.statusCode, everyone.body).toBe(201);
    c = s.client();
    await c.login("all_roles", "AllRoles#2026x");
    expect((await c.post("/api/auth/password", { currentPassword: "AllRoles#2026x", newPassword: "AllRoles#2026y" })).statusCode).toBe(200);
  });
  afterAll(async () => s?.close());

  it("answers malformed input on every route with Chinese field names", async () => {
    let checked = 0;
    for (const def of allRoutes) {
      if (def.url === "/api/auth/logout" || def.multipart) continue;
      const withId = def.url.replace(/:id\b/g, "1");
      const where = `${def.method} ${def.url}`;
      const send = async (url: string, body?: unknown) => {
        const res = await c.request(def.method, url, def.method === "GET" || def.method === "DELETE" ? undefined : (body ?? {}));
        expect(res.statusCode, `${where} ${url} ${JSON.stringify(body)} → ${res.body}`).toBeLessThan(500);
        if (res.statusCode === 400) {
          expectPlainChinese(res.json().error.message, `${where} ${JSON.stringify(body)} → ${res.json().error.message}`);
          checked++;
        }
        return res;
      };
      if (def.params && def.url.includes(":id")) {
        const res = await send(def.url.replace(/:id\b/g, "abc"), badBodies(def)[0]);
        expect(res.statusCode, where).toBe(400);
        expect(res.json().error.message).toContain("编号须为正整数");
      }
      for (const q of badQueries(def)) await send(`${withId}?${q}`);
      for (const body of badBodies(def)) await send(withId, body);
    }
    expect(checked).toBeGreaterThan(100);
  }, 120_000);

  it("names the fields of the reviewer's examples in Chinese", async () => {
    const admin = await s.admin();
    const { plan } = (await admin.post("/api/plans", { title: "检查用方案" })).json();
    const task = await admin.post(`/api/plans/${plan.id}/tasks`, {
      title: "任务", targets: [{ metric: "覆盖率", op: "约", value: "九十五", unit: "%" }], milestones: [{ what: "", by: "年底" }],
    });
    expect(task.statusCode).toBe(400);
    const message = task.json().error.message as string;
    expect(message).toContain("比较方式须为");
    expect(message).toContain("目标值须为数字");
    expect(message).toContain("请填写节点内容");
    expect(message).toContain("完成时限格式应为");
    expect(message).toContain("指标第 1 项");
    expect(message).toContain("时间节点第 1 项");

    const settings = await admin.request("PUT", "/api/settings/notifications", { reminders: "x", channels: 1 });
    expect(settings.statusCode).toBe(400);
    expect(settings.json().error.message).toMatch(/提醒设置：须为.*；通知渠道：须为/);

    const report = await admin.get("/api/reports/abc");
    expect(report.statusCode).toBe(400);
    expect(report.json().error.message).toBe("编号须为正整数");

    const paste = await admin.post("/api/plans/import", { text: "  " });
    expect(paste.statusCode).toBe(400);
    expect(paste.json().error.message).toBe("请粘贴方案文本");
    const pasteType = await admin.post("/api/plans/import", { text: 5 });
    expect(pasteType.json().error.message).toBe("方案文本：须为文字");

    const ret = await admin.post("/api/reports/1/return", { version: 1 });
    expect(ret.statusCode).toBe(400);
    expect(ret.json().error.message).toBe("退回时须填写意见，说明需要修改的地方");

    const unit = await admin.post("/api/units", { name: "", kind: "学校" });
    expect(unit.json().error.message).toMatch(/^单位名称：/);
    const user = await admin.post("/api/users", { username: "u1", name: 3, roles: [] });
    expect(user.json().error.message).toContain("姓名：须为文字");
  });
});
