// 督办 (issue 11): 签收, 延期申请, 办结 and the 红黄绿灯 on the lists, in two sibling bureaus on
// both databases, so that a leak between them shows.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { shanghaiInstant } from "../../src/server/clock.js";
import { taskLight } from "../../src/shared/supervision.js";
import { joinCollective } from "../../src/shared/units.js";
import { dialects, makeTestServer, type TestClient, type TestServer } from "../helpers/harness.js";
import { cityAdmin, countyBureau, type CountyBureau } from "../helpers/bureaus.js";

type B = "A" | "B";
const MARK: Record<B, string> = { A: "甲县", B: "乙县" };
const OTHER: Record<B, B> = { A: "B", B: "A" };

type Bureau = CountyBureau;

describe("the 红黄绿灯 rule", () => {
  const today = "2026-03-21";
  it("grey when closed, red when overdue or a report is missing, amber when close, green otherwise", () => {
    expect(taskLight({ closure: "closed", milestones: [{ by: "2026-01", done: false }], today }).light).toBe("grey");
    expect(taskLight({ closure: null, milestones: [{ by: "2026-02", done: false }], today }).light).toBe("red");
    expect(taskLight({ closure: null, milestones: [{ by: "2026-02", done: true }], today }).light).toBe("green");
    expect(taskLight({ closure: null, milestones: [], report: { dueOn: "2026-03-20", submittedAt: null }, today }).light).toBe("red");
    expect(taskLight({ closure: null, milestones: [{ by: "2026-04-01", done: false }], today }).light).toBe("amber");
    expect(taskLight({ closure: null, milestones: [], report: { dueOn: "2026-03-20", submittedAt: "2026-03-20T17:00:00.000Z" }, today }).light).toBe("amber");
    expect(taskLight({ closure: null, milestones: [], report: { dueOn: "2026-03-20", submittedAt: "2026-03-20T15:00:00.000Z" }, today }).light).toBe("green");
    expect(taskLight({ closure: null, milestones: [], report: { dueOn: "2026-03-23", submittedAt: null }, today }).light).toBe("amber");
    expect(taskLight({ closure: null, milestones: [{ by: "2026-12", done: false }], status: "blocked", today }).light).toBe("red");
    expect(taskLight({ closure: "requested", milestones: [{ by: "2026-12", done: false }], today }).light).toBe("green");
  });
});

describe("collective entries", () => {
  it("a bare body word after a 各… entry joins it", () => {
    expect(joinCollective(["各乡镇党委", "政府", "县财政局"])).toEqual(["各乡镇党委、政府", "县财政局"]);
    expect(joinCollective(["各街道党工委", "人民政府", "团委"])).toEqual(["各街道党工委、人民政府、团委"]);
    expect(joinCollective(["县委", "政府"])).toEqual(["县委", "政府"]);
    expect(joinCollective(["各学校"])).toEqual(["各学校"]);
  });
});

describe.each(dialects())("supervision (签收, 延期申请, 办结) on $name", (dialect) => {
  let s: TestServer;
  let now = shanghaiInstant("2026-03-21", 10);
  const w = {} as Record<B, Bureau>;

  beforeAll(async () => {
    s = await makeTestServer(dialect, { apiRatePerMinute: 1_000_000, loginRatePerMinute: 1_000_000 }, { setup: false, clock: () => now });
    const { top, orgId: parentId } = await cityAdmin(s);
    for (const b of ["A", "B"] as B[]) {
      const bureau = await countyBureau(s, top, {
        mark: MARK[b], prefix: b.toLowerCase(), parentId, planTitle: "2026年教育工作要点",
        // 县委办: a unit nobody can log in as (signed for on its behalf, 代签).
        units: [["jj", "基础教育股", "department"], ["zf", "政策法规股", "department"], ["xw", "县委办", "department"]],
        staffed: ["jj", "zf"],
        tasks: (ref) => ({
          T1: ["推进学前教育", { lead: [ref("jj", "基础教育股")], co: [ref("zf", "政策法规股")], milestones: [{ what: "新建幼儿园投入使用", by: "2026-05" }] }],
          T2: ["依法治校", { lead: [ref("zf", "政策法规股")], milestones: [{ what: "完成章程修订", by: "2026-09" }] }],
        }),
      });
      const { c, ids } = bureau;
      ids.M1 = (await c.office.get(`/api/tasks/${ids.T1}`)).json().milestones[0].id;
      w[b] = bureau;
    }
  }, 180_000);
  afterAll(async () => s?.close());

  const notices = async (client: TestClient, kind: string) => ((await client.get("/api/notifications")).json().items as any[]).filter((x) => x.kind === kind);
  const ledger = async (b: B) => (await w[b].c.office.get(`/api/plans/${w[b].plan}/tasks`)).json().items as any[];

  it("请签收: at publish each responsible unit gets one digest; the todo panel lists the unsigned tasks", async () => {
    for (const b of ["A", "B"] as B[]) {
      const { c, ids } = w[b];
      const jj = await notices(c.jj_staff, "task.sign-request");
      expect(jj.length).toBe(1);
      expect(jj[0].title).toBe(`请签收：《${MARK[b]}2026年教育工作要点》本单位 1 项任务`);
      // 政策法规股: co on T1, lead on T2 — one notice for both.
      const zf = await notices(c.zf_head, "task.sign-request");
      expect(zf.length).toBe(1);
      expect(zf[0].body).toContain("牵头 1 项、协办 1 项");
      expect(await notices(c.leader, "task.sign-request")).toEqual([]);
      const todos = (await c.zf_staff.get("/api/me/todos")).json();
      expect(todos.counts.sign).toBe(2);
      expect(todos.sign.map((t: any) => [t.taskId, t.role, t.proxy])).toEqual([[ids.T1, "co", null], [ids.T2, "lead", null]]);
      expect(JSON.stringify(todos.sign)).not.toContain(MARK[OTHER[b]]);
    }
  });

  it("签收: the lead and co units sign; the office sees who has not; another bureau's task does not exist", async () => {
    for (const b of ["A", "B"] as B[]) {
      const { c, ids } = w[b];
      const before = (await c.office.get(`/api/plans/${w[b].plan}/signoffs`)).json();
      expect(before).toMatchObject({ total: 3, signed: 0 });
      expect((await ledger(b)).find((t) => t.id === ids.T1).unsigned).toEqual([`${MARK[b]}基础教育股`, `${MARK[b]}政策法规股`]);
      const view = (await c.jj_staff.get(`/api/tasks/${ids.T1}/supervision`)).json();
      expect(view.access.signFor).toEqual([w[b].units.jj]);
      const signed = await c.jj_staff.post(`/api/tasks/${ids.T1}/sign`, {});
      expect(signed.statusCode, signed.body).toBe(200);
      expect(signed.json().signoffs.find((x: any) => x.unitId === w[b].units.jj)).toMatchObject({ signedBy: `${MARK[b]}jj_staff` });
      const again = await c.jj_head.post(`/api/tasks/${ids.T1}/sign`, {});
      expect(again.statusCode).toBe(409);
      expect(again.json().error.message).toBe("本单位已签收该任务");
      // Not a unit of T2: refused.
      expect((await c.jj_staff.post(`/api/tasks/${ids.T2}/sign`, {})).statusCode).toBe(403);
      expect((await c.office.post(`/api/tasks/${ids.T1}/sign`, {})).statusCode).toBe(403);
      expect((await w[OTHER[b]].c.zf_staff.post(`/api/tasks/${ids.T1}/sign`, {})).statusCode).toBe(404);
      const after = (await c.office.get(`/api/plans/${w[b].plan}/signoffs`)).json();
      expect(after).toMatchObject({ total: 3, signed: 1 });
      expect(after.items.find((t: any) => t.taskId === ids.T1).unsigned).toEqual([`${MARK[b]}政策法规股`]);
      expect(JSON.stringify(after)).not.toContain(MARK[OTHER[b]]);
      expect((await c.jj_staff.get("/api/me/todos")).json().counts.sign).toBe(0);
      const mine = (await c.jj_staff.get("/api/tasks/mine")).json().items as any[];
      expect(mine.find((t) => t.id === ids.T1).unsigned).toEqual([`${MARK[b]}政策法规股`]);
      // 我的任务 carries the 签收 column's figures only: how many units sign, which have not, the closure's state.
      expect(mine.find((t) => t.id === ids.T1)).toMatchObject({ signoffCount: 2, closure: { state: null } });
      expect(mine.find((t) => t.id === ids.T1)).not.toHaveProperty("signoffs");
      expect(Object.keys(mine.find((t) => t.id === ids.T1).closure)).toEqual(["state"]);
    }
  });

  it("红黄绿灯 on the ledger: green, then red once the round's report is late", async () => {
    const { c, ids, plan } = w.A;
    expect((await ledger("A")).find((t) => t.id === ids.T1)).toMatchObject({ light: "green" });
    const round = await c.office.post(`/api/plans/${plan}/rounds`, { period: "2026-03", opensOn: "2026-03-20", dueOn: "2026-03-25" });
    expect(round.statusCode, round.body).toBe(201);
    // 催办 of the whole round: 政策法规股 has two reports (co on T1, lead on T2) — one bell item (a digest).
    const reminded = await c.office.post(`/api/rounds/${round.json().round.id}/remind`, {});
    expect(reminded.statusCode, reminded.body).toBe(200);
    const bell = await notices(c.zf_staff, "remind.manual");
    expect(bell.length).toBe(1);
    expect(bell[0].title).toMatch(/（2 项）$/);
    expect(bell[0].body).toContain("甲县推进学前教育");
    expect(bell[0].body).toContain("甲县依法治校");
    expect((await notices(c.jj_staff, "remind.manual"))[0].link).toMatch(/^\/reports\/\d+$/);
    // The round list's counts are what each one sees: the office the whole round, 基础教育股 its task's two.
    const counted = async (client: TestClient) => ((await client.get(`/api/plans/${plan}/rounds`)).json().items as any[]).find((r) => r.period === "2026-03").counts;
    expect(await counted(c.office)).toEqual({ draft: 3 });
    expect(await counted(c.jj_staff)).toEqual({ draft: 2 });
    now = shanghaiInstant("2026-03-26", 10);
    const t1 = (await ledger("A")).find((t) => t.id === ids.T1);
    expect(t1.light).toBe("red");
    expect(t1.lightReason).toContain("逾期未报");
    const board = (await c.leader.get(`/api/dashboard/progress?planId=${plan}`)).json().items as any[];
    expect(board.find((x) => x.taskId === ids.T1).light).toBe("red");
    // The other bureau has no round: still green there.
    expect((await ledger("B")).find((t) => t.id === w.B.ids.T1).light).toBe("green");
    now = shanghaiInstant("2026-03-21", 10);
  });

  it("延期申请: a unit asks, the task's leader decides; approved moves the milestone; both stay in the history", async () => {
    for (const b of ["A", "B"] as B[]) {
      const { c, ids } = w[b];
      const early = await c.zf_staff.post(`/api/tasks/${ids.T1}/extensions`, { milestoneId: ids.M1, by: "2026-04", reason: "资金未到位" });
      expect(early.statusCode).toBe(400);
      expect(early.json().error.details[0].message).toContain("须晚于原时限");
      expect((await c.zf_staff.post(`/api/tasks/${ids.T1}/extensions`, { milestoneId: ids.M1, by: "2026-07", reason: "" })).statusCode).toBe(400);
      expect((await c.office.post(`/api/tasks/${ids.T1}/extensions`, { milestoneId: ids.M1, by: "2026-07", reason: "x" })).statusCode).toBe(403);
      expect((await c.jj_staff.post(`/api/tasks/${ids.T2}/extensions`, { milestoneId: ids.M1, by: "2026-07", reason: "x" })).statusCode).toBe(403);
      const asked = await c.zf_staff.post(`/api/tasks/${ids.T1}/extensions`, { milestoneId: ids.M1, by: "2026-07", reason: "施工受雨季影响" });
      expect(asked.statusCode, asked.body).toBe(201);
      const ext = asked.json().extensions[0];
      expect(ext).toMatchObject({ state: "pending", from: "2026-05", to: "2026-07", unitName: `${MARK[b]}政策法规股` });
      expect((await c.zf_staff.post(`/api/tasks/${ids.T1}/extensions`, { milestoneId: ids.M1, by: "2026-08", reason: "再延" })).statusCode).toBe(409);
      expect((await ledger(b)).find((t) => t.id === ids.T1).pendingExtensions).toBe(1);
      const bell = (await c.leader.get("/api/notifications")).json().items as any[];
      expect(bell.find((x) => x.kind === "extension.request").body).toContain("施工受雨季影响");
      // Others may not decide; another bureau's leader does not see it.
      expect((await c.jj_head.post(`/api/extensions/${ext.id}/decide`, { approve: true })).statusCode).toBe(403);
      expect((await c.office.post(`/api/extensions/${ext.id}/decide`, { approve: true })).statusCode).toBe(403);
      expect((await w[OTHER[b]].c.leader.post(`/api/extensions/${ext.id}/decide`, { approve: true })).statusCode).toBe(404);
      expect((await c.leader.post(`/api/extensions/${ext.id}/decide`, { approve: false })).statusCode).toBe(400);
      if (b === "A") {
        const ok = await c.leader.post(`/api/extensions/${ext.id}/decide`, { approve: true, comment: "同意，务必按期完成" });
        expect(ok.statusCode, ok.body).toBe(200);
        expect(ok.json().extensions[0]).toMatchObject({ state: "approved", decidedBy: "甲县leader", comment: "同意，务必按期完成" });
        const task = (await c.office.get(`/api/tasks/${ids.T1}`)).json();
        expect(task.milestones[0].by).toBe("2026-07");
        expect(task.history[0].before.milestones[0].by).toBe("2026-05");
        const mine = (await c.zf_staff.get("/api/notifications")).json().items as any[];
        expect(mine.find((x) => x.kind === "extension.decision").title).toContain("已同意");
      } else {
        const no = await c.leader.post(`/api/extensions/${ext.id}/decide`, { approve: false, comment: "不同意，按原计划" });
        expect(no.statusCode, no.body).toBe(200);
        expect((await c.office.get(`/api/tasks/${ids.T1}`)).json().milestones[0].by).toBe("2026-05");
      }
      expect((await c.leader.post(`/api/extensions/${ext.id}/decide`, { approve: true })).statusCode).toBe(409);
    }
    const audit = await s.database.db.selectFrom("audit_events").select(["action", "org_id"]).where("action", "like", "extension.%").execute();
    expect(audit.map((a) => a.action).sort()).toEqual(["extension.approve", "extension.reject", "extension.request", "extension.request"]);
  });

  it("办结: the lead unit's head declares, the leader sends it back, the office closes; later rounds skip it", async () => {
    const { c, ids, plan } = w.A;
    expect((await c.jj_staff.post(`/api/tasks/${ids.T1}/declare-done`, {})).statusCode).toBe(403);
    expect((await c.zf_head.post(`/api/tasks/${ids.T1}/declare-done`, {})).statusCode).toBe(403);
    const declared = await c.jj_head.post(`/api/tasks/${ids.T1}/declare-done`, { note: "幼儿园已投入使用" });
    expect(declared.statusCode, declared.body).toBe(200);
    expect(declared.json().closure).toMatchObject({ state: "requested", requestedBy: "甲县jj_head" });
    expect(((await c.office.get("/api/notifications")).json().items as any[]).some((x) => x.kind === "task.declare-done")).toBe(true);
    expect((await c.leader.post(`/api/tasks/${ids.T1}/reject-done`, { comment: "" })).statusCode).toBe(400);
    const back = await c.leader.post(`/api/tasks/${ids.T1}/reject-done`, { comment: "请补充验收材料" });
    expect(back.statusCode, back.body).toBe(200);
    expect(back.json().closure.state).toBeNull();
    expect((await c.jj_staff.post(`/api/tasks/${ids.T1}/close`, {})).statusCode).toBe(403);
    expect((await w.B.c.office.post(`/api/tasks/${ids.T1}/close`, {})).statusCode).toBe(404);
    const grid = async (round: number) => (await c.office.get(`/api/rounds/${round}/reports`)).json().items as any[];
    const rounds = (await c.office.get(`/api/plans/${plan}/rounds`)).json().items as any[];
    const march = rounds.find((r) => r.period === "2026-03").id;
    expect((await grid(march)).filter((r) => r.taskId === ids.T1).length).toBe(2);
    const closed = await c.office.post(`/api/tasks/${ids.T1}/close`, { comment: "经核实已完成" });
    expect(closed.statusCode, closed.body).toBe(200);
    expect(closed.json()).toMatchObject({ light: "grey", closure: { state: "closed", closedBy: "甲县office" } });
    // The untouched drafts of the open round are gone; the next round has no report for it.
    expect((await grid(march)).filter((r) => r.taskId === ids.T1 && r.state !== "withdrawn").length).toBe(0);
    now = shanghaiInstant("2026-04-21", 10);
    const april = await c.office.post(`/api/plans/${plan}/rounds`, { period: "2026-04", opensOn: "2026-04-20", dueOn: "2026-04-25" });
    expect(april.statusCode, april.body).toBe(201);
    const aprilGrid = await grid(april.json().round.id);
    expect(aprilGrid.some((r) => r.taskId === ids.T1)).toBe(false);
    expect(aprilGrid.some((r) => r.taskId === ids.T2)).toBe(true);
    now = shanghaiInstant("2026-03-21", 10);
    expect((await ledger("A")).find((t) => t.id === ids.T1)).toMatchObject({ light: "grey", closure: { state: "closed" } });
    expect((await c.jj_staff.post(`/api/tasks/${ids.T1}/sign`, {})).statusCode).toBe(409);
    expect((await c.office.post(`/api/tasks/${ids.T1}/close`, {})).json().error.message).toBe("该任务已办结");
    // Bureau B's task is untouched.
    expect((await ledger("B")).find((t) => t.id === w.B.ids.T1).closure.state).toBeNull();
    const lead = ((await c.jj_staff.get("/api/notifications")).json().items as any[]).find((x) => x.kind === "task.close");
    expect(lead.title).toContain("已办结");
  });

  it("publish makes one collective entry of 各乡镇党委、政府, never a unit 政府", async () => {
    for (const b of ["A", "B"] as B[]) {
      const { c } = w[b];
      const plan = (await c.office.post("/api/plans", { title: `${MARK[b]}2026年教育工作分工方案`, year: 2026 })).json().plan.id as number;
      const made = await c.office.post(`/api/plans/${plan}/tasks`, {
        title: "落实教育优先发展", lead: [{ name: `${MARK[b]}基础教育股`, unitId: w[b].units.jj }], co: [{ name: "各乡镇党委" }, { name: "政府" }, { name: "各学校" }],
      });
      expect(made.statusCode, made.body).toBe(201);
      const fresh = (await c.office.get(`/api/plans/${plan}`)).json();
      const published = await c.office.post(`/api/plans/${plan}/publish`, { version: fresh.version });
      expect(published.statusCode, published.body).toBe(200);
      const task = (await c.office.get(`/api/tasks/${made.json().id}`)).json();
      expect(task.co.map((u: any) => u.name)).toEqual(["各乡镇党委、政府", "各学校"]);
      const units = (await c.office.get("/api/units")).json().items as any[];
      expect(units.some((u) => u.name === "政府")).toBe(false);
    }
  });

  it("代签: the liaison unit or the office signs for a unit without accounts, marked and audited", async () => {
    for (const b of ["A", "B"] as B[]) {
      const { c, units, ids } = w[b];
      const m = MARK[b];
      const plan = (await c.office.post("/api/plans", { title: `${m}2026年党建工作要点`, year: 2026 })).json().plan.id as number;
      const mk = async (title: string, body: object) => {
        const res = await c.office.post(`/api/plans/${plan}/tasks`, { title: `${m}${title}`, leaders: [{ name: `${m}leader`, userId: ids.leader }], ...body });
        expect(res.statusCode, res.body).toBe(201);
        return res.json().id as number;
      };
      const xw = { name: `${m}县委办`, unitId: units.xw };
      ids.T3 = await mk("落实党建责任", { lead: [xw], liaison: [{ name: `${m}基础教育股`, unitId: units.jj }] });
      ids.T4 = await mk("意识形态工作", { lead: [xw] });
      // A task without milestones (the next test asks to move its own deadline).
      ids.T5 = await mk("完善督导制度", { lead: [{ name: `${m}政策法规股`, unitId: units.zf }] });
      const fresh = (await c.office.get(`/api/plans/${plan}`)).json();
      expect((await c.office.post(`/api/plans/${plan}/publish`, { version: fresh.version })).statusCode).toBe(200);
      // The liaison unit and the office are asked to sign on its behalf, one digest each.
      expect((await notices(c.jj_head, "task.sign-request")).find((n) => n.title.startsWith("请代签"))?.title).toBe(`请代签：《${m}2026年党建工作要点》1 项任务`);
      expect((await notices(c.office, "task.sign-request")).filter((n) => n.title.includes("党建")).map((n) => n.title)).toEqual([`请代签：《${m}2026年党建工作要点》1 个单位没有账号`]);
      const jjTodo = ((await c.jj_staff.get("/api/me/todos")).json().sign as any[]).filter((t) => t.planId === plan);
      expect(jjTodo.map((t) => [t.taskId, t.unitName, t.proxy])).toEqual([[ids.T3, `${m}县委办`, "liaison"]]);
      const officeTodo = ((await c.office.get("/api/me/todos")).json().sign as any[]).filter((t) => t.planId === plan);
      expect(officeTodo.map((t) => [t.taskId, t.proxy])).toEqual([[ids.T3, "office"], [ids.T4, "office"]]);
      // Others may not: a unit that is not the liaison, the office for a unit with accounts, the other bureau.
      expect((await c.zf_staff.post(`/api/tasks/${ids.T3}/sign`, { unitId: units.xw })).statusCode).toBe(403);
      expect((await c.jj_staff.post(`/api/tasks/${ids.T4}/sign`, { unitId: units.xw })).statusCode).toBe(403);
      expect((await c.office.post(`/api/tasks/${ids.T5}/sign`, { unitId: units.zf })).statusCode).toBe(403);
      expect((await w[OTHER[b]].c.office.post(`/api/tasks/${ids.T3}/sign`, { unitId: units.xw })).statusCode).toBe(404);
      const view = (await c.jj_staff.get(`/api/tasks/${ids.T3}/supervision`)).json();
      expect(view.access).toMatchObject({ signFor: [units.xw], signOnBehalf: [units.xw], signAs: { unitId: units.jj, name: `${m}基础教育股` } });
      const signed = await c.jj_staff.post(`/api/tasks/${ids.T3}/sign`, { unitId: units.xw });
      expect(signed.statusCode, signed.body).toBe(200);
      expect(signed.json().signoffs[0]).toMatchObject({ unitId: units.xw, signedBy: `${m}jj_staff`, proxy: `${m}基础教育股代${m}县委办签收` });
      expect((await c.office.post(`/api/tasks/${ids.T3}/sign`, { unitId: units.xw })).statusCode).toBe(409);
      const byOffice = await c.office.post(`/api/tasks/${ids.T4}/sign`, { unitId: units.xw });
      expect(byOffice.statusCode, byOffice.body).toBe(200);
      expect(byOffice.json().signoffs[0].proxy).toBe(`办公室代${m}县委办签收`);
      expect(((await c.office.get("/api/me/todos")).json().sign as any[]).filter((t) => t.planId === plan)).toEqual([]);
      const ledgerRow = ((await c.office.get(`/api/plans/${plan}/tasks`)).json().items as any[]).find((t) => t.id === ids.T3);
      expect(ledgerRow.unsigned).toEqual([]);
      const audit = await s.database.db.selectFrom("audit_events").select(["after_json"]).where("action", "=", "task.sign").where("org_id", "=", w[b].org).orderBy("seq").execute();
      const proxied = audit.map((a) => JSON.parse(a.after_json ?? "{}")).filter((a) => a.proxy);
      expect(proxied.map((a) => [a.proxy.signedAs, a.proxy.onBehalfOfUnitId])).toEqual([["liaison", units.xw], ["office", units.xw]]);
    }
  });

  it("延期申请 for a task without milestones moves the task's own deadline; the leader decides; the history keeps both", async () => {
    for (const b of ["A", "B"] as B[]) {
      const { c, ids } = w[b];
      const withMilestones = await c.zf_staff.post(`/api/tasks/${ids.T2}/extensions`, { milestoneId: null, by: "2027-03", reason: "x" });
      expect(withMilestones.statusCode).toBe(400);
      expect(withMilestones.json().error.message).toContain("请选择要延期的时间节点");
      expect((await c.zf_staff.post(`/api/tasks/${ids.T5}/extensions`, { by: "2026-06", reason: "早于年底" })).statusCode).toBe(400);
      const asked = await c.zf_staff.post(`/api/tasks/${ids.T5}/extensions`, { by: "2027-03", reason: "需配合省级制度出台" });
      expect(asked.statusCode, asked.body).toBe(201);
      const ext = asked.json().extensions[0];
      expect(ext).toMatchObject({ milestoneId: null, milestone: "任务完成时限", from: "2026", to: "2027-03", state: "pending" });
      expect((await c.zf_staff.post(`/api/tasks/${ids.T5}/extensions`, { by: "2027-06", reason: "再延" })).statusCode).toBe(409);
      expect((await w[OTHER[b]].c.leader.post(`/api/extensions/${ext.id}/decide`, { approve: true })).statusCode).toBe(404);
      if (b === "A") {
        const ok = await c.leader.post(`/api/extensions/${ext.id}/decide`, { approve: true });
        expect(ok.statusCode, ok.body).toBe(200);
        const task = (await c.office.get(`/api/tasks/${ids.T5}`)).json();
        expect(task.milestones.map((m: any) => [m.what, m.by])).toEqual([["任务完成时限", "2027-03"]]);
        expect(task.history[0].before.milestones).toEqual([]);
        const view = (await c.zf_staff.get(`/api/tasks/${ids.T5}/supervision`)).json();
        expect(view.extensions.map((e: any) => [e.state, e.from, e.to])).toEqual([["approved", "2026", "2027-03"]]);
      } else {
        expect((await c.leader.post(`/api/extensions/${ext.id}/decide`, { approve: false, comment: "按年度完成" })).statusCode).toBe(200);
        expect((await c.office.get(`/api/tasks/${ids.T5}`)).json().milestones).toEqual([]);
      }
    }
  });

  it("重新打开: the office reopens a closed task with a reason; it rejoins the open rounds; audited", async () => {
    const { c, ids, plan } = w.A;
    expect((await c.office.post(`/api/tasks/${ids.T2}/reopen`, { reason: "未办结" })).statusCode).toBe(409);
    expect((await c.jj_head.post(`/api/tasks/${ids.T1}/reopen`, { reason: "x" })).statusCode).toBe(403);
    expect((await w.B.c.office.post(`/api/tasks/${ids.T1}/reopen`, { reason: "x" })).statusCode).toBe(404);
    expect((await c.office.post(`/api/tasks/${ids.T1}/reopen`, { reason: " " })).statusCode).toBe(400);
    const rounds = (await c.office.get(`/api/plans/${plan}/rounds`)).json().items as any[];
    const open = rounds.filter((r) => r.state === "open");
    expect(open.length).toBeGreaterThan(0);
    const reopened = await c.office.post(`/api/tasks/${ids.T1}/reopen`, { reason: "验收发现问题，需继续整改" });
    expect(reopened.statusCode, reopened.body).toBe(200);
    expect(reopened.json()).toMatchObject({ closure: { state: null, reopenedBy: "甲县office", reopenReason: "验收发现问题，需继续整改" } });
    expect(reopened.json().light).not.toBe("grey");
    for (const r of open) {
      const grid = (await c.office.get(`/api/rounds/${r.id}/reports`)).json().items as any[];
      expect(grid.filter((x) => x.taskId === ids.T1 && x.state !== "withdrawn").length).toBe(2);
    }
    expect((await c.office.post(`/api/tasks/${ids.T1}/reopen`, { reason: "again" })).statusCode).toBe(409);
    const audit = await s.database.db.selectFrom("audit_events").select(["before_json", "org_id"]).where("action", "=", "task.reopen").execute();
    expect(audit.length).toBe(1);
    expect(audit[0].org_id).toBe(w.A.org);
    expect(JSON.parse(audit[0].before_json!)).toMatchObject({ closure: "closed", closedBy: "甲县office" });
    // The audit log names the record ("任务 甲县推进学前教育"), not only its number.
    const top = s.client();
    await top.login("admin", "Duban#Test2026");
    const logged = (await top.get("/api/audit?action=task.reopen")).json().items as any[];
    expect(logged[0]).toMatchObject({ entity: "task", entityName: "甲县推进学前教育" });
    expect(((await c.jj_staff.get("/api/notifications")).json().items as any[]).find((x) => x.kind === "task.reopen").body).toContain("验收发现问题");
    expect((await ledger("A")).find((t) => t.id === ids.T1).closure.state).toBeNull();
  });
});
