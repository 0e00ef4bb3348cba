// What the lead unit and the leader see of a round's work (issue 11, "Major"): a co-unit's
// evidence and next steps travel with its input; a resubmission after a return shows what
// changed; the unit head is told once that a draft is ready; quarterly summaries of other years
// and their way to the leader (bell + 待审定); a task's history of reports with approved texts.
// A second bureau sees none of it.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dialects, makeTestServer, multipartBody, type TestClient, type TestServer } from "../helpers/harness.js";
import { shanghaiInstant } from "../../src/server/clock.js";
import { hashPassword } from "../../src/server/auth/passwords.js";
import { reportAccess, reportsAccess } from "../../src/server/policies/scope.js";

const PLAN = `示例县教育局2026年工作要点
一、提升教育质量
1. 扩大优质学前教育资源。新建公办幼儿园3所，学前三年毛入园率达到95%。（责任领导：张明，责任股室：基础教育股）
2. 加强校园安全管理。开展安全隐患排查4次。（责任领导：张明，责任股室：安全管理股）
`;

describe.each(dialects())("round review for the lead unit and the leader on $name", (dialect) => {
  let s: TestServer;
  let now = shanghaiInstant("2026-03-21", 10);
  let admin: TestClient;
  const u: Record<string, TestClient> = {};
  const other: Record<string, TestClient> = {};
  let planId: number;
  let t1: number;
  let roundId: number;
  const rep: Record<string, any> = {};

  const bell = async (c: TestClient) => (await c.get("/api/notifications?limit=200")).json().items as any[];
  const detail = async (c: TestClient, id: number) => (await c.get(`/api/reports/${id}`)).json();
  const save = async (c: TestClient, id: number, body: object) => {
    const version = (await detail(c, id)).version;
    const res = await c.request("PUT", `/api/reports/${id}`, { ...body, version });
    expect(res.statusCode, res.body).toBe(200);
    return res.json();
  };
  const act = async (c: TestClient, id: number, action: string, body: object = {}) => {
    const version = (await detail(c, id)).version;
    const res = await c.post(`/api/reports/${id}/${action}`, { ...body, version });
    expect(res.statusCode, res.body).toBe(200);
    return res.json();
  };

  beforeAll(async () => {
    s = await makeTestServer(dialect, { apiRatePerMinute: 100_000 }, { clock: () => now });
    admin = await s.admin();
    const unit = async (name: string) => (await admin.post("/api/units", { name, kind: "department" })).json().id as number;
    const jj = await unit("基础教育股"), cw = await unit("计划财务股"), aq = await unit("安全管理股");
    const add = async (username: string, name: string, roles: string[], unitId?: number) => {
      u[username] = await s.user({ username, name, roles, unitId });
    };
    await add("jj_staff", "基教经办", ["unit_staff"], jj);
    await add("jj_head", "基教负责人", ["unit_head"], jj);
    await add("cw_staff", "计财经办", ["unit_staff"], cw);
    await add("cw_head", "计财负责人", ["unit_head"], cw);
    await add("aq_head", "安全负责人", ["unit_head"], aq);
    await add("zhangming", "张明", ["leader"]);
    await add("director1", "王局长", ["director"]);
    await add("office1", "督查室", ["office"]);
    // A second bureau, a tree of its own: its office, director and leader must see nothing here.
    const orgB = (await s.database.db.insertInto("orgs").values({ name: "乙县教育局", parent_id: null, level: "county", version: 1, created_at: new Date().toISOString() }).returning("id").executeTakeFirstOrThrow()).id;
    const pw = "Other#Bureau2026";
    for (const [username, roles] of [["office_b", ["office"]], ["director_b", ["director"]], ["leader_b", ["leader"]]] as const) {
      await s.database.db.insertInto("users").values({ org_id: orgB, unit_id: null, username, name: `乙县${username}`, roles: JSON.stringify(roles), password_hash: await hashPassword(pw), must_change_password: 0, active: 1, failed_logins: 0, version: 1, created_at: new Date().toISOString() } as never).execute();
      other[username] = s.client();
      expect((await other[username].login(username, pw)).statusCode).toBe(200);
    }

    const imported = await admin.post("/api/plans/import", { text: PLAN, filename: "要点.txt" });
    expect(imported.statusCode, imported.body).toBe(201);
    planId = imported.json().plan.id;
    const tasks = (await admin.get(`/api/plans/${planId}/tasks`)).json().items;
    const task1 = tasks.find((t: any) => t.no === "1");
    t1 = task1.id;
    expect((await admin.patch(`/api/tasks/${t1}`, { co: [{ name: "计划财务股" }], version: task1.version })).statusCode).toBe(200);
    expect((await admin.post(`/api/plans/${planId}/publish`, {})).statusCode).toBe(200);
    const opened = await u.office1.post(`/api/plans/${planId}/rounds`, { period: "2026-03" });
    expect(opened.statusCode, opened.body).toBe(201);
    roundId = opened.json().round.id;
    for (const r of (await admin.get(`/api/rounds/${roundId}/reports`)).json().items) if (r.taskId === t1) rep[r.role] = r;
  }, 120_000);
  afterAll(async () => s?.close());

  it("tells the unit head once that a draft is ready, not on every save; again after a return", async () => {
    const ready = async () => (await bell(u.cw_head)).filter((n) => n.kind === "report.draft-ready" && n.link === `/reports/${rep.co.id}`);
    await save(u.cw_staff, rep.co.id, { text: "已完成两所新园选址。" }); // no status yet: not ready
    expect(await ready()).toHaveLength(0);
    await save(u.cw_staff, rep.co.id, { status: "on_track", nextSteps: "4月完成招标。" });
    await save(u.cw_staff, rep.co.id, { text: "已完成两所新园选址，资金已纳入预算。" });
    now = shanghaiInstant("2026-03-22", 10); // a new day is no new notice either
    await save(u.cw_staff, rep.co.id, { problems: "用地手续较慢。" });
    expect(await ready()).toHaveLength(1);
  });

  it("a co-unit's evidence and next steps reach the lead unit and the leader, never another bureau", async () => {
    const mp = multipartBody("file", "选址批复.pdf", Buffer.from("%PDF-1.4 fake"), "application/pdf");
    const up = await u.cw_staff.request("POST", `/api/reports/${rep.co.id}/evidence`, mp.body, mp.headers);
    expect(up.statusCode, up.body).toBe(201);
    // An unsent co draft stays the co-unit's: its files are not shown to the lead yet.
    let lead = await detail(u.jj_head, rep.lead.id);
    expect(lead.coReports[0]).toMatchObject({ unitName: "计划财务股", text: "", nextSteps: "", evidence: [] });
    expect((await u.jj_head.get(up.json().url)).statusCode).toBe(404);

    await act(u.cw_head, rep.co.id, "submit");
    lead = await detail(u.jj_head, rep.lead.id);
    expect(lead.coReports[0]).toMatchObject({
      unitName: "计划财务股", text: "已完成两所新园选址，资金已纳入预算。", problems: "用地手续较慢。", nextSteps: "4月完成招标。",
      evidence: [{ fileName: "选址批复.pdf", mime: "application/pdf", url: up.json().url }],
    });
    const file = await u.jj_head.get(up.json().url);
    expect(file.statusCode).toBe(200);
    expect(file.body).toBe("%PDF-1.4 fake");

    // The lead consolidates and submits; the leader reviews with the co-unit's input and files.
    await save(u.jj_staff, rep.lead.id, { text: "【计划财务股】已完成两所新园选址，资金已纳入预算。\n新园建设按计划推进。", status: "on_track", nextSteps: "【计划财务股】4月完成招标。" });
    await act(u.jj_head, rep.lead.id, "submit");
    const seen = await detail(u.zhangming, rep.lead.id);
    expect(seen.coReports[0]).toMatchObject({ state: "merged", nextSteps: "4月完成招标。", evidence: [{ fileName: "选址批复.pdf" }] });
    expect((await u.zhangming.get(up.json().url)).statusCode).toBe(200);
    // Not another unit, not another bureau.
    expect((await u.aq_head.get(up.json().url)).statusCode).toBe(404);
    for (const c of Object.values(other)) {
      expect((await c.get(`/api/reports/${rep.lead.id}`)).statusCode).toBe(404);
      expect((await c.get(up.json().url)).statusCode).toBe(404);
    }
  });

  it("a resubmission after a return shows the leader what changed since", async () => {
    let seen = await detail(u.zhangming, rep.lead.id);
    expect(seen.sinceReturn).toBeNull();
    const returned = await act(u.zhangming, rep.lead.id, "return", { comment: "请补充开工时间和入园率。" });
    expect(returned.state).toBe("returned");
    expect((await detail(u.jj_head, rep.lead.id)).sinceReturn).toBeNull();

    const target = seen.task.targets.find((t: any) => t.unit === "%") ?? seen.task.targets[0];
    const unitText = target.unit === "ratio" ? "" : target.unit;
    await save(u.jj_staff, rep.lead.id, {
      text: "【计划财务股】已完成两所新园选址，资金已纳入预算。\n新园建设按计划推进，4月10日开工。",
      values: [{ targetId: target.id, value: 92 }],
    });
    // The fixed draft is ready anew: its head is told once more.
    expect((await bell(u.jj_head)).filter((n) => n.kind === "report.draft-ready" && n.link === `/reports/${rep.lead.id}`)).toHaveLength(2);
    await act(u.jj_head, rep.lead.id, "submit");
    seen = await detail(u.zhangming, rep.lead.id);
    expect(seen.sinceReturn).toMatchObject({ returnedBy: "张明", comment: "请补充开工时间和入园率。" });
    const changes = Object.fromEntries(seen.sinceReturn.changes.map((c: any) => [c.field, c]));
    expect(Object.keys(changes).sort()).toEqual(["text", `value:${target.id}`].sort());
    expect(changes.text).toMatchObject({ label: "进展情况", before: expect.stringContaining("新园建设按计划推进。"), after: expect.stringContaining("4月10日开工") });
    expect(changes[`value:${target.id}`]).toMatchObject({ before: "", after: `92${unitText}` });
    // Approved, it still says what the last round of changes was.
    await act(u.zhangming, rep.lead.id, "approve");
    expect((await detail(u.office1, rep.lead.id)).sinceReturn.changes).toHaveLength(2);
  });

  it("offers quarters of other years and sends a submitted summary to its approvers (bell and 待审定)", async () => {
    const list = (await u.jj_head.get(`/api/plans/${planId}/summaries`)).json();
    const quarters = list.quarters.map((q: any) => q.value);
    // The plan's year, and the quarter before today's (2025年第四季度 is the one to write in January).
    expect(quarters).toEqual(["2025-Q4", "2026-Q1", "2026-Q2", "2026-Q3", "2026-Q4"]);
    expect(list.quarters[0].label).toBe("2025年第四季度");
    expect(list.defaultQuarter).toBe("2026-Q1");

    const made = await u.jj_head.post(`/api/plans/${planId}/summaries`, { quarter: "2025-Q4", scope: "unit" });
    expect(made.statusCode, made.body).toBe(201);
    expect(made.json()).toMatchObject({ quarter: "2025-Q4", quarterLabel: "2025年第四季度", title: "基础教育股2025年第四季度工作总结" });
    const q1 = (await u.jj_head.post(`/api/plans/${planId}/summaries`, { quarter: "2026-Q1", scope: "unit" })).json();
    expect(q1.text).toContain("4月10日开工");
    const submitted = await u.jj_head.post(`/api/summaries/${q1.id}/submit`, { version: q1.version });
    expect(submitted.statusCode, submitted.body).toBe(200);

    for (const c of [u.zhangming, u.director1]) {
      expect((await bell(c)).filter((n) => n.kind === "summary.to-approve" && n.link === `/summaries/${q1.id}`)).toHaveLength(1);
      const todos = (await c.get("/api/me/todos")).json();
      expect(todos.approveSummaries.map((x: any) => x.id)).toEqual([q1.id]);
      expect(todos.counts.approve).toBe(todos.approve.length + 1);
    }
    // The writer is not told; nobody in another bureau is.
    expect((await bell(u.jj_head)).some((n) => n.kind === "summary.to-approve")).toBe(false);
    for (const c of Object.values(other)) {
      expect((await bell(c)).some((n) => n.kind === "summary.to-approve")).toBe(false);
      const todos = (await c.get("/api/me/todos")).json();
      expect(todos.approveSummaries ?? []).toEqual([]);
      expect((await c.get(`/api/plans/${planId}/summaries`)).statusCode).toBe(404);
    }
    // Approved, it leaves 待审定.
    const approved = await u.zhangming.post(`/api/summaries/${q1.id}/approve`, { version: submitted.json().version });
    expect(approved.statusCode, approved.body).toBe(200);
    expect((await u.director1.get("/api/me/todos")).json().approveSummaries).toEqual([]);
  });

  it("a task's history lists every round's reports, newest first, with the approved texts", async () => {
    now = shanghaiInstant("2026-04-21", 10);
    const april = await u.office1.post(`/api/plans/${planId}/rounds`, { period: "2026-04" });
    expect(april.statusCode, april.body).toBe(201);
    const history = (await u.zhangming.get(`/api/tasks/${t1}/reports`)).json().items as any[];
    expect(history.map((r) => `${r.period} ${r.unitName} ${r.role} ${r.state}`)).toEqual([
      "2026-04 基础教育股 lead draft",
      "2026-04 计划财务股 co draft",
      "2026-03 基础教育股 lead approved",
      "2026-03 计划财务股 co merged",
    ]);
    const march = history[2];
    expect(march).toMatchObject({ periodLabel: "2026年3月", text: expect.stringContaining("4月10日开工"), decidedAt: expect.any(String) });
    expect(history[0].text).toBeNull();
    expect(history[3].text).toBeNull();
    // The co-unit sees its own reports only; the lead unit not the co-unit's unsent April draft.
    expect(((await u.cw_staff.get(`/api/tasks/${t1}/reports`)).json().items as any[]).map((r) => `${r.period} ${r.role}`)).toEqual(["2026-04 co", "2026-03 co"]);
    expect(((await u.jj_staff.get(`/api/tasks/${t1}/reports`)).json().items as any[]).map((r) => `${r.period} ${r.role}`)).toEqual(["2026-04 lead", "2026-03 lead", "2026-03 co"]);
    for (const c of Object.values(other)) expect((await c.get(`/api/tasks/${t1}/reports`)).statusCode).toBe(404);
    expect((await u.zhangming.get(`/api/tasks/999999/reports`)).statusCode).toBe(404);
  });

  it("decides many reports of several tasks at once as it decides each one", async () => {
    const db = s.database.db;
    const plan = await db.selectFrom("plans").selectAll().where("id", "=", planId).executeTakeFirstOrThrow();
    const rows = await db.selectFrom("reports").innerJoin("rounds", "rounds.id", "reports.round_id").selectAll("reports").select("rounds.state as round_state")
      .where("rounds.plan_id", "=", planId).orderBy("reports.id").execute();
    expect(new Set(rows.map((r) => r.task_id)).size).toBeGreaterThan(1);
    const items = rows.map(({ round_state, ...report }) => ({ report, roundOpen: round_state === "open" }));
    const users = await db.selectFrom("users").selectAll().where("username", "in", [...Object.keys(u), ...Object.keys(other)]).execute();
    for (const user of users) {
      const one = [];
      for (const x of items) one.push(await reportAccess(db, user, x.report, plan, x.roundOpen));
      expect(await reportsAccess(db, user, items, plan), user.username).toEqual(one);
    }
  });
});
