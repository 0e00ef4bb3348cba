// Publishing a plan never makes two units of one name: printed spellings are matched to the directory
// and to each other after normalisation (width, spaces, the bureau's own prefix, 股/股室), names that
// look like an existing unit are proposed for merging, and the office's choice is applied.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { setUp } from "../../src/server/commands/accounts.js";
import { ADMIN_PASSWORD, dialects, makeTestServer, type TestClient, type TestServer } from "../helpers/harness.js";

describe.each(dialects())("publish without duplicate units on $name", (dialect) => {
  let s: TestServer;
  let admin: TestClient;
  let office: TestClient;
  const unit: Record<string, number> = {};
  let planId: number;

  beforeAll(async () => {
    s = await makeTestServer(dialect, {}, { setup: false });
    await setUp(s.database, { orgName: "示例市教育局", username: "admin", name: "管理员", password: ADMIN_PASSWORD, level: "city" });
    admin = await s.admin();
    for (const [name, aliases] of [["基础教育股", ["基教股"]], ["计划财务股", []]] as const) {
      unit[name] = (await admin.post("/api/units", { name, kind: "department", aliases })).json().id;
    }
    // A bureau below with a unit of the very name the plan prints: never matched across bureaus.
    const me = (await admin.get("/api/auth/me")).json().user;
    const made = await admin.post("/api/orgs", { name: "乙镇教育办", level: "county", parentId: me.orgId });
    expect(made.statusCode, made.body).toBe(201);
    const child = made.json().id;
    expect((await admin.post("/api/units", { orgId: child, name: "政策法规股", kind: "department" })).statusCode).toBe(201);
    office = await s.user({ username: "office1", name: "办公室", roles: ["office"] });
    planId = (await office.post("/api/plans", { title: "2026年教育工作分工方案", year: 2026 })).json().plan.id;
    const task = async (title: string, lead: string[], co: string[] = []) => {
      const res = await office.post(`/api/plans/${planId}/tasks`, { title, lead: lead.map((name) => ({ name })), co: co.map((name) => ({ name })) });
      expect(res.statusCode, res.body).toBe(201);
    };
    await task("任务一", ["县教育局基础教育股"], ["县委"]);
    await task("任务二", ["基础教育股室"], ["县　委"]);
    await task("任务三", ["县教体局政策法规股"], ["计财股"]);
    await task("任务四", ["政策法规股室"], ["县法院"]);
  });
  afterAll(async () => s?.close());

  it("proposes one new unit per normalised name, and the existing units that look alike", async () => {
    const res = await office.get(`/api/plans/${planId}/unit-proposals`);
    expect(res.statusCode, res.body).toBe(200);
    const items = res.json().items as { name: string; names: string[]; tasks: number; similar: { unitId: number; name: string }[] }[];
    expect(items.map((p) => p.name).sort()).toEqual(["县委", "县法院", "政策法规股", "计财股"].sort());
    expect(items.find((p) => p.name === "政策法规股")!.names.sort()).toEqual(["县教体局政策法规股", "政策法规股室"].sort());
    expect(items.find((p) => p.name === "政策法规股")!.tasks).toBe(2);
    expect(items.find((p) => p.name === "计财股")!.similar).toEqual([{ unitId: unit["计划财务股"], name: "计划财务股" }]);
    expect(res.json().similar).toBe(1);
  });

  it("publishes with the office's merge: no two units of one key, printed spellings kept as aliases, the ledger shows directory names", async () => {
    const before = (await admin.get("/api/units")).json().items.length;
    const plan = (await office.get(`/api/plans/${planId}`)).json();
    const res = await office.post(`/api/plans/${planId}/publish`, { version: plan.version, units: [{ name: "计财股", unitId: unit["计划财务股"] }] });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().createdUnits.map((u: any) => u.name).sort()).toEqual(["县委", "县法院", "政策法规股"].sort());
    const units = (await admin.get("/api/units")).json().items as { id: number; name: string; aliases: string[] }[];
    expect(units.length).toBe(before + 3);
    expect(units.find((u) => u.name === "计划财务股")!.aliases).toContain("计财股");
    expect(units.find((u) => u.name === "政策法规股")!.aliases.sort()).toEqual(["县教体局政策法规股", "政策法规股室"].sort());
    const tasks = (await office.get(`/api/plans/${planId}/tasks`)).json().items as any[];
    const ids = (k: "lead" | "co") => tasks.map((t) => t[k][0]?.unitId);
    expect(ids("lead")).toEqual([unit["基础教育股"], unit["基础教育股"], units.find((u) => u.name === "政策法规股")!.id, units.find((u) => u.name === "政策法规股")!.id]);
    const xw = units.find((u) => u.name === "县委")!.id;
    expect(ids("co")).toEqual([xw, xw, unit["计划财务股"], units.find((u) => u.name === "县法院")!.id]);
  });

  it("refuses a merge into a unit of another bureau", async () => {
    const other = (await office.post("/api/plans", { title: "另一方案", year: 2026 })).json().plan.id;
    await office.post(`/api/plans/${other}/tasks`, { title: "任务", lead: [{ name: "县纪委" }] });
    const childUnit = (await admin.get("/api/units?orgId=" + (await admin.get("/api/orgs")).json().items.find((o: any) => o.name === "乙镇教育办").id)).json().items[0].id;
    const plan = (await office.get(`/api/plans/${other}`)).json();
    const res = await office.post(`/api/plans/${other}/publish`, { version: plan.version, units: [{ name: "县纪委", unitId: childUnit }] });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.message).toContain("不属于本机构");
  });
});
