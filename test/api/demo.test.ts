import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dialects, makeTestServer, type TestServer } from "../helpers/harness.js";

describe.each(dialects())("example data on $name", (dialect) => {
  let s: TestServer;
  beforeAll(async () => {
    s = await makeTestServer(dialect, {}, { setup: false });
  });
  afterAll(async () => s?.close());

  it("loads the example bureau once, with one account per role and published plans", async () => {
    const c = s.client();
    const res = await c.post("/api/setup/demo", {});
    expect(res.statusCode, res.body).toBe(201);
    const accounts = res.json().accounts as { username: string; role: string; password: string }[];
    for (const role of ["admin", "office", "unit_staff", "unit_head", "leader", "director", "viewer"]) {
      expect(accounts.some((a) => a.role === role), role).toBe(true);
    }
    expect((await c.post("/api/setup/demo", {})).statusCode).toBe(409);

    const office = accounts.find((a) => a.role === "office")!;
    const login = await c.login(office.username, office.password);
    expect(login.json().mustChangePassword).toBe(true);
    await c.post("/api/auth/password", { currentPassword: office.password, newPassword: "Bangong#2026x" });
    const plans = (await c.get("/api/plans")).json().items;
    expect(plans).toHaveLength(2);
    expect(plans.every((p: any) => p.status === "published" && p.taskCount >= 10)).toBe(true);
    const orgs = (await c.get("/api/orgs")).json().items;
    expect(orgs.map((o: any) => o.level).sort()).toEqual(["city", "county", "province"]);

    // The leaders named in the plans are accounts, and their tasks find them.
    const leader = accounts.find((a) => a.role === "leader")!;
    const l = s.client();
    await l.login(leader.username, leader.password);
    await l.post("/api/auth/password", { currentPassword: leader.password, newPassword: "Lingdao#2026x" });
    expect((await l.get("/api/tasks/mine")).json().items.length).toBeGreaterThan(0);
    const staff = accounts.find((a) => a.role === "unit_staff")!;
    const u = s.client();
    await u.login(staff.username, staff.password);
    await u.post("/api/auth/password", { currentPassword: staff.password, newPassword: "Jingban#2026x" });
    expect((await u.get("/api/tasks/mine")).json().items.length).toBeGreaterThan(0);
    // The example 工作要点 has co-units with accounts, so the co-unit flow can be seen in the demo.
    const visible = (await u.get("/api/plans")).json().items as any[];
    const yaodian = visible.find((p) => p.title.includes("工作要点"));
    const tasks = (await u.get(`/api/plans/${yaodian.id}/tasks`)).json().items as any[];
    expect(tasks.some((t) => t.co.some((c: any) => c.name === "计划财务股") && t.lead.some((l: any) => l.name === "基础教育股"))).toBe(true);
  });
});
