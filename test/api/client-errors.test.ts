// Client input never ends in 500: deeply nested JSON, ids beyond PostgreSQL's int4, impossible dates.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { dialects, makeTestServer, type TestClient, type TestServer } from "../helpers/harness.js";
import { allRoutes } from "../../src/server/routes/index.js";
import { MAX_JSON_DEPTH, jsonDepth } from "../../src/server/app.js";
import { INT4_MAX } from "../../src/server/validation.js";

const TOO_BIG = String(2 ** 31);
const fill = (url: string, id: string) => url.replace(/:[a-zA-Z]+/g, id);
const nested = (depth: number) => "[".repeat(depth) + "]".repeat(depth);

describe("the route table bounds every integer to int4", () => {
  it("every integer of params, query and body has a maximum within 2^31 − 1", () => {
    const unbounded: string[] = [];
    const walk = (node: unknown, where: string) => {
      if (!node || typeof node !== "object") return;
      const n = node as Record<string, unknown>;
      if (n.type === "integer" && !(typeof n.maximum === "number" && n.maximum <= INT4_MAX)) unbounded.push(where);
      for (const [k, v] of Object.entries(n)) walk(v, `${where}.${k}`);
    };
    for (const def of allRoutes) {
      for (const part of ["params", "query", "body"] as const) {
        const schema = def[part];
        if (schema) walk(z.toJSONSchema(schema, { io: "input", unrepresentable: "any" }), `${def.method} ${def.url} ${part}`);
      }
    }
    expect(unbounded).toEqual([]);
  });

  it("measures nesting without parsing", () => {
    expect(jsonDepth('{"a":[1,{"b":"[[[["}]}')).toBe(3);
    expect(jsonDepth(nested(40))).toBe(40);
  });
});

describe.each(dialects())("client errors on $name", (dialect) => {
  let s: TestServer;
  let c: TestClient;
  beforeAll(async () => {
    s = await makeTestServer(dialect, { apiRatePerMinute: 100_000, loginRatePerMinute: 100_000 });
    c = await s.user({ username: "many", name: "多角色", roles: ["admin", "office", "director", "leader", "viewer", "unit_staff", "unit_head"] });
  });
  afterAll(async () => s?.close());

  it("answers ~8.7 KB of deeply nested JSON with 400 on every route (before login: 401 unread where a session is needed)", async () => {
    const body = nested(4350); // 8,700 bytes
    const statuses: Record<number, number> = {};
    const wrong: string[] = [];
    const routes = allRoutes.filter((r) => r.method !== "GET");
    const tooDeep = (res: { statusCode: number; json(): any }) => res.statusCode === 400 && res.json().error.message.includes("嵌套层数过多");
    for (const def of routes) {
      // Before login the session is checked before the body is read: 401 without parsing it.
      const anonymous = await s.client().request(def.method, fill(def.url, "1"), body, { "content-type": "application/json" });
      statuses[anonymous.statusCode] = (statuses[anonymous.statusCode] ?? 0) + 1;
      if (def.access === "public" ? !tooDeep(anonymous) : anonymous.statusCode !== 401) wrong.push(`anonymous ${def.method} ${def.url} → ${anonymous.statusCode}`);
      if (def.access === "public" || def.multipart) continue;
      const signedIn = await c.request(def.method, fill(def.url, "1"), body, { "content-type": "application/json" });
      statuses[signedIn.statusCode] = (statuses[signedIn.statusCode] ?? 0) + 1;
      if (!tooDeep(signedIn)) wrong.push(`signed in ${def.method} ${def.url} → ${signedIn.statusCode}`);
    }
    console.log(`nested JSON (${dialect.name}): ${routes.length} routes → ${JSON.stringify(statuses)}`);
    expect(wrong).toEqual([]);
    // A body as deep as the limit still reaches the route (and its own validation).
    const ok = await s.client().request("POST", "/api/auth/login", { username: "admin", password: JSON.parse(nested(MAX_JSON_DEPTH - 1)) });
    expect(ok.statusCode).toBe(400);
    expect(ok.json().error.code).toBe("VALIDATION_FAILED");
  });

  it("answers ids of 2^31 and more with 400 in Chinese on every route with an id", async () => {
    const routes = allRoutes.filter((r) => r.url.includes(":"));
    const statuses: Record<number, number> = {};
    const wrong: string[] = [];
    for (const def of routes) {
      const res = await c.request(def.method, fill(def.url, TOO_BIG), def.method === "GET" ? undefined : {});
      statuses[res.statusCode] = (statuses[res.statusCode] ?? 0) + 1;
      const explained = res.statusCode === 400 ? /编号超出范围/.test(res.json().error.message) : [403, 404].includes(res.statusCode);
      if (!explained) wrong.push(`${def.method} ${def.url} → ${res.statusCode}`);
    }
    console.log(`ids ≥ 2^31 (${dialect.name}): ${routes.length} routes → ${JSON.stringify(statuses)}`);
    expect(wrong).toEqual([]);
    for (const url of ["/api/users?orgId=", "/api/units?orgId=", "/api/audit?actorId=", "/api/plans?year=", "/api/notifications?limit="]) {
      const res = await c.get(url + TOO_BIG);
      expect(res.statusCode, url).toBe(400);
    }
    const body = await c.post("/api/users", { username: "bigorg", name: "大编号", roles: ["viewer"], orgId: INT4_MAX + 1 });
    expect(body.statusCode).toBe(400);
    expect(body.json().error.message).toMatch(/所属机构.*2147483647/);
  });

  it("answers the lists' detail routes (issue 12) with 400 for a bad id and 404 in Chinese for a missing record", async () => {
    for (const [url, missing] of [["/api/tasks/:id/milestones", "找不到该任务"], ["/api/dashboard/progress/:id", "找不到该进展报告"]] as const) {
      for (const bad of ["abc", "0", "-1", "1.5"]) {
        const res = await c.get(fill(url, bad));
        expect(res.statusCode, `${url} ${bad}`).toBe(400);
        expect(res.json().error.message, `${url} ${bad}`).toMatch(/[\u4e00-\u9fff]/);
      }
      const gone = await c.get(fill(url, String(INT4_MAX)));
      expect(gone.statusCode, url).toBe(404);
      expect(gone.json().error.message).toBe(missing);
    }
  });

  it("answers impossible audit dates with 400", async () => {
    for (const q of ["from=2026-13-45", "to=2026-02-30", "from=9999-99-99&to=0000-00-00"]) {
      const res = await c.get(`/api/audit?${q}`);
      expect(res.statusCode, q).toBe(400);
      expect(res.json().error.message).toMatch(/日期/);
    }
    expect((await c.get("/api/audit?from=2026-02-28&to=2026-03-01")).statusCode).toBe(200);
  });
});
