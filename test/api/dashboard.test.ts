// 工作台统计 (issue 14): every figure of GET /api/dashboard and /api/dashboard/progress against a
// small dataset counted by hand, on SQLite and PostgreSQL. A second bureau has its own plan,
// rounds, reports and findings: none of them may move the first bureau's figures.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dialects, makeTestServer, type TestClient, type TestServer } from "../helpers/harness.js";
import { bureauPeople, must, otherBureau, publishShaped } from "../helpers/bureaus.js";
import { shanghaiInstant } from "../../src/server/clock.js";

const PLAN = `示例县教育局2026年工作要点
一、提升教育质量
1. 扩大优质学前教育资源。（责任领导：张明，责任股室：基础教育股）
2. 加强校园安全管理。（责任领导：张明，责任股室：安全管理股）
二、加强队伍建设
3. 开展教师全员培训。（责任领导：李强，责任股室：人事股）
`;
/** Task 2's March report: longer than a board row's excerpt (60 characters), with a line break. */
const LONG = "三月：排查尚未开展。\n受汛期影响，各校安全员集中参加防汛值守，春季隐患排查推迟到四月上旬开展，届时逐校逐项登记。已制定排查清单，涵盖消防、食堂、校车、实验室四类，四月底前完成整改台账。";
const PLAN_B = `乙县教育局2026年工作要点
一、办学条件
1. 改造薄弱学校。（责任领导：王五，责任股室：乙县计财股）
2. 建设智慧校园。（责任领导：王五，责任股室：乙县计财股）
`;


describe.each(dialects())("dashboard figures on $name", (dialect) => {
  let s: TestServer;
  let office: TestClient, director: TestClient, zhang: TestClient, staff: TestClient, officeB: TestClient;
  const users: Record<string, TestClient> = {};
  const unit: Record<string, number> = {};
  let planId: number, planB: number;
  const task: Record<string, any> = {};
  const rounds: Record<string, number> = {};

  beforeAll(async () => {
    s = await makeTestServer(dialect, {}, { clock: () => shanghaiInstant("2026-03-21", 10) });
    const people = await bureauPeople(s, [["jj", "基础教育股"], ["aq", "安全管理股"], ["rs", "人事股"]], ["jj", "aq"]);
    ({ office, director, zhang } = people);
    Object.assign(unit, people.unit);
    Object.assign(users, people.users);
    staff = users.jj_staff;
    const leaders = [{ name: "张明", userId: people.zhangId }];
    // Exact targets, milestones and responsibilities, whatever the extraction read.
    const published = await publishShaped(office, PLAN, {
      "1": { lead: [{ name: "基础教育股", unitId: unit.jj }], co: [{ name: "安全管理股", unitId: unit.aq }], leaders, targets: [{ metric: "新建公办幼儿园", op: ">=", value: 4, unit: "所" }], milestones: [{ what: "完成主体工程", by: "2026-06" }] },
      "2": { lead: [{ name: "安全管理股", unitId: unit.aq }], co: [], leaders, targets: [{ metric: "安全隐患排查", op: ">=", value: 4, unit: "次" }], milestones: [{ what: "完成春季排查", by: "2026-02" }] },
      "3": { lead: [{ name: "人事股", unitId: unit.rs }], co: [], leaders: [{ name: "李强" }], targets: [], milestones: [{ what: "印发培训方案", by: "2026-03-10" }] },
    });
    planId = published.planId;
    Object.assign(task, published.task);

    // February (due 2026-02-25, past): only task 1's lead reports, a month late.
    rounds.feb = must(await office.post(`/api/plans/${planId}/rounds`, { period: "2026-02", opensOn: "2026-02-20", dueOn: "2026-02-25" })).round.id;
    rounds.mar = must(await office.post(`/api/plans/${planId}/rounds`, { period: "2026-03", opensOn: "2026-03-20", dueOn: "2026-03-25" })).round.id;
    const reportOf = async (round: number, no: string, unitId: number) =>
      (must(await office.get(`/api/rounds/${round}/reports`)).items as any[]).find((r) => r.taskId === task[no].id && r.unitId === unitId);
    const file = async (round: number, no: string, key: string, body: object) => {
      const r = await reportOf(round, no, unit[key]);
      const saved = must(await users[`${key}_staff`].request("PUT", `/api/reports/${r.id}`, { ...body, version: r.version }));
      return must(await users[`${key}_head`].post(`/api/reports/${r.id}/submit`, { version: saved.version }));
    };
    const target = (no: string) => task[no].targets[0].id;
    await file(rounds.feb, "1", "jj", { text: "二月：完成选址。", status: "on_track", values: [{ targetId: target("1"), value: 1 }] });
    // March (due 2026-03-25, today is the 21st): tasks 1 and 2 report on time, task 1 approved.
    const one = await file(rounds.mar, "1", "jj", { text: "三月：三所新园已开工。", status: "on_track", values: [{ targetId: target("1"), value: 3 }] });
    must(await zhang.post(`/api/reports/${one.id}/approve`, { version: one.version }));
    await file(rounds.mar, "2", "aq", {
      text: LONG, status: "behind", values: [{ targetId: target("2"), value: 0 }],
      milestones: [{ milestoneId: task["2"].milestones[0].id, doneOn: "2026-03-01" }],
    });
    // Findings: one past its deadline, one without; a closed-looking one of the other bureau below.
    const f1 = must(await office.post("/api/findings", { source: "督导检查", title: "消防通道堆物", category: "安全隐患", unitId: unit.aq, foundOn: "2026-03-02" }), 201);
    must(await office.post("/api/findings", { source: "督导检查", title: "食堂台账不全", category: "其他", unitId: unit.jj, foundOn: "2026-03-05" }), 201);
    await s.database.db.updateTable("findings").set({ deadline: "2026-03-15" }).where("id", "=", f1.id).execute();

    // The second bureau: its own plan, round, reports and a finding.
    ({ office: officeB, planId: planB } = await otherBureau(s, PLAN_B));
    must(await officeB.post(`/api/plans/${planB}/rounds`, { period: "2026-02", opensOn: "2026-02-20", dueOn: "2026-02-25" }));
    const fb = must(await officeB.post("/api/findings", { source: "督导检查", title: "乙县问题", category: "其他", foundOn: "2026-03-01" }), 201);
    await s.database.db.updateTable("findings").set({ deadline: "2026-03-01" }).where("id", "=", fb.id).execute();
  }, 180_000);
  afterAll(async () => s?.close());

  it("counts tasks by status per section and per unit, rounds on time, targets, milestones, findings and the trend", async () => {
    const d = must(await director.get("/api/dashboard?year=2026"));
    expect(d.filters).toMatchObject({ year: 2026, period: null, today: "2026-03-21" });
    expect(d.options.plans.map((p: any) => p.id)).toEqual([planId]);
    expect(d.options.periods).toEqual(["2026-02", "2026-03"]);
    expect(d.tasks.total).toBe(3);
    expect(d.tasks.byStatus).toEqual({ on_track: 1, behind: 1, none: 1 });
    expect(d.tasks.bySection.map((x: any) => [x.section, x.title, x.counts, x.total])).toEqual([
      ["一", "提升教育质量", { on_track: 1, behind: 1 }, 2],
      ["二", "加强队伍建设", { none: 1 }, 1],
    ]);
    const byUnit = Object.fromEntries(d.tasks.byUnit.map((x: any) => [x.unitId, x.counts]));
    expect(byUnit).toEqual({ [unit.jj]: { on_track: 1 }, [unit.aq]: { on_track: 1, behind: 1 }, [unit.rs]: { none: 1 } });
    // Four reports a round (task 1: lead + co; tasks 2 and 3: lead).
    expect(d.rounds.map((r: any) => [r.period, r.reports, r.submitted, r.onTime, r.late, r.pending, r.approved, r.onTimeRate])).toEqual([
      ["2026-02", 4, 1, 0, 4, 0, 0, 0],
      ["2026-03", 4, 2, 2, 0, 2, 1, 50],
    ]);
    expect(d.targets).toEqual({ total: 2, met: 0, on_track: 1, behind: 1, none: 0 });
    expect(d.milestones).toEqual({ total: 3, done: 1, overdue: 1, overdueTasks: 1 });
    expect(d.findings).toEqual({ total: 2, open: 2, overdue: 1, closed: 0 });
    expect(d.trend.map((p: any) => [p.period, p.reports, p.onTime, p.onTimeRate, p.statuses])).toEqual([
      ["2026-02", 4, 0, 0, { on_track: 1 }],
      ["2026-03", 4, 2, 50, { on_track: 1, behind: 1 }],
    ]);
    expect(JSON.stringify(d)).not.toContain("乙县");
    // The same figures for the plan chosen, and for the office.
    const byPlan = must(await office.get(`/api/dashboard?planId=${planId}`));
    expect(byPlan.tasks).toEqual(d.tasks);
    expect(byPlan.rounds).toEqual(d.rounds);
  });

  it("reads the figures as of a round", async () => {
    const d = must(await director.get(`/api/dashboard?planId=${planId}&period=2026-02`));
    expect(d.tasks.byStatus).toEqual({ on_track: 1, none: 2 });
    expect(d.rounds.map((r: any) => r.period)).toEqual(["2026-02"]);
    expect(d.targets).toEqual({ total: 2, met: 0, on_track: 1, behind: 0, none: 1 });
    // Task 2's milestone was reported done only in March.
    expect(d.milestones).toEqual({ total: 3, done: 0, overdue: 2, overdueTasks: 2 });
  });

  it("the numbers lead to lists of the same size", async () => {
    const d = must(await director.get(`/api/dashboard?planId=${planId}`));
    for (const sec of d.tasks.bySection) {
      for (const [status, n] of Object.entries(sec.counts)) {
        const list = must(await director.get(`/api/plans/${planId}/tasks?section=${encodeURIComponent(sec.section)}&status=${status}`));
        expect(list.items.length, `${sec.section} ${status}`).toBe(n);
      }
    }
    for (const u of d.tasks.byUnit) {
      const list = must(await director.get(`/api/plans/${planId}/tasks?unitId=${u.unitId}`));
      expect(list.items.length).toBe(u.total);
    }
    expect(must(await director.get(`/api/plans/${planId}/tasks?target=behind`)).items.map((t: any) => t.no)).toEqual(["2"]);
    expect(must(await director.get(`/api/plans/${planId}/tasks?target=on_track`)).items.map((t: any) => t.no)).toEqual(["1"]);
    expect(must(await director.get("/api/findings?open=true")).items).toHaveLength(d.findings.open);
  });

  it("the second bureau sees only its own figures, and never the first bureau's plan", async () => {
    const b = must(await officeB.get("/api/dashboard"));
    expect(b.options.plans.map((p: any) => p.id)).toEqual([planB]);
    expect(b.tasks.total).toBe(2);
    expect(b.rounds.map((r: any) => [r.period, r.reports, r.late])).toEqual([["2026-02", 2, 2]]);
    expect(b.findings).toEqual({ total: 1, open: 1, overdue: 1, closed: 0 });
    expect((await officeB.get(`/api/dashboard?planId=${planId}`)).statusCode).toBe(404);
    expect((await officeB.get(`/api/dashboard/progress?planId=${planId}`)).statusCode).toBe(404);
    expect((await office.get(`/api/dashboard?planId=${planB}`)).statusCode).toBe(404);
  });

  it("进展调度: the leader sees their own tasks' latest reports, the director every task", async () => {
    const mine = must(await zhang.get("/api/dashboard/progress"));
    expect(mine.filters.mine).toBe(true);
    expect(mine.items.map((x: any) => [x.no, x.leadUnit, x.report.period, x.report.state, x.report.statusLabel, x.report.onTime])).toEqual([
      ["1", "基础教育股", "2026-03", "approved", "正常推进", true],
      ["2", "安全管理股", "2026-03", "submitted", "滞后", true],
    ]);
    // A row carries the text's first words (issue 12): short ones whole, long ones cut at 60 characters, white space collapsed.
    expect(mine.items[0].report).toMatchObject({ excerpt: "三月：三所新园已开工。", more: false });
    expect(mine.items[1].report.excerpt).toBe(Array.from(LONG.replace(/\s+/g, " ")).slice(0, 60).join(""));
    expect(mine.items[1].report.more).toBe(true);
    for (const x of mine.items) expect(x.report).not.toHaveProperty("text");
    // The whole text on demand, for the leader of the task and the director; never for a unit account.
    for (const who of [zhang, director]) {
      expect(must(await who.get(`/api/dashboard/progress/${mine.items[1].report.id}`))).toEqual({ id: mine.items[1].report.id, text: LONG });
    }
    expect((await staff.get(`/api/dashboard/progress/${mine.items[1].report.id}`)).statusCode).toBe(403);
    expect((await officeB.get(`/api/dashboard/progress/${mine.items[1].report.id}`)).statusCode).toBe(404);
    const all = must(await director.get(`/api/dashboard/progress?planId=${planId}`));
    expect(all.items.map((x: any) => x.no)).toEqual(["1", "2", "3"]);
    // Task 3's unit has not sent anything: no text, not yet late (due on the 25th).
    expect(all.items[2].report).toMatchObject({ period: "2026-03", state: "draft", excerpt: null, more: false, onTime: null });
    // Nor on demand: a draft the unit has not sent gives no text.
    expect(must(await director.get(`/api/dashboard/progress/${all.items[2].report.id}`)).text).toBeNull();
    // A row carries the board's columns only: no plan or section titles, no report comment or timestamps.
    for (const field of ["planTitle", "sectionTitle", "closure"]) expect(all.items[0]).not.toHaveProperty(field);
    for (const field of ["comment", "submittedAt", "decidedAt", "dueOn"]) expect(all.items[0].report).not.toHaveProperty(field);
    // As of February: task 1 late, task 3 missing after the due day.
    const feb = must(await director.get(`/api/dashboard/progress?planId=${planId}&period=2026-02`));
    expect(feb.items.map((x: any) => [x.no, x.report.state, x.report.onTime])).toEqual([["1", "submitted", false], ["2", "draft", false], ["3", "draft", false]]);
    expect(must(await director.get(`/api/dashboard/progress?mine=1`)).items).toEqual([]);
    // The report opens for the leader.
    expect((await zhang.get(`/api/reports/${mine.items[1].report.id}`)).statusCode).toBe(200);
  });

  it("进展调度 pages on the server: page/pageSize, 推进状态 and 按时 filters, the total by count, never another bureau's rows (perf11)", async () => {
    const nos = (body: any) => body.items.map((x: any) => x.no);
    const board = async (who: TestClient, q: string) => must(await who.get(`/api/dashboard/progress?planId=${planId}&${q}`));
    const all = await board(director, "pageSize=100");
    expect(nos(all)).toEqual(["1", "2", "3"]);
    expect([all.total, all.page, all.pageSize]).toEqual([3, 1, 100]);
    // Pages of two: the rows in the same order, the count of all of them on each page.
    const p1 = await board(director, "pageSize=2");
    const p2 = await board(director, "pageSize=2&page=2");
    expect([nos(p1), p1.total, nos(p2), p2.total]).toEqual([["1", "2"], 3, ["3"], 3]);
    expect([...p1.items, ...p2.items]).toEqual(all.items);
    expect(await board(director, "pageSize=2&page=3")).toMatchObject({ items: [], total: 3, page: 3 });
    // Without paging asked: the table's page of 15.
    expect(must(await director.get(`/api/dashboard/progress?planId=${planId}`)).pageSize).toBe(15);
    // 推进状态 of the sent report (none: nothing sent) and 按时, one or several values, the total counting what they keep.
    for (const [q, want] of [
      ["status=behind", ["2"]],
      ["status=on_track,behind", ["1", "2"]],
      ["status=none", ["3"]],
      ["status=done", []],
      ["onTime=on_time", ["1", "2"]],
      ["onTime=not_due", ["3"]],
      ["onTime=late", []],
      ["onTime=late,not_due&status=none,on_track", ["3"]],
      ["period=2026-02&onTime=late", ["1", "2", "3"]],
      ["period=2026-02&onTime=late&status=none", ["2", "3"]],
    ] as const) {
      const one = await board(director, `${q}&pageSize=1`);
      expect(one.total, q).toBe(want.length);
      expect(nos(await board(director, `${q}&pageSize=100`)), q).toEqual(want);
    }
    // Each filtered row is the same row as unfiltered.
    expect((await board(director, "status=behind")).items[0]).toEqual(all.items[1]);
    // The leader: their own tasks only, counted as such.
    const zhangPage = must(await zhang.get("/api/dashboard/progress?pageSize=1&page=2"));
    expect([nos(zhangPage), zhangPage.total]).toEqual([["2"], 2]);
    expect(must(await zhang.get("/api/dashboard/progress?status=none")).total).toBe(0);
    // The other bureau: its own two tasks, never this bureau's, whatever the filters or the page.
    const aTasks = new Set(all.items.map((x: any) => x.taskId));
    const b = must(await officeB.get("/api/dashboard/progress?pageSize=100"));
    expect(b.total).toBe(2);
    expect(b.items.map((x: any) => x.title)).toEqual(["改造薄弱学校", "建设智慧校园"]);
    for (const q of ["pageSize=1&page=2", "onTime=late", "status=none", "page=3"]) {
      const res = must(await officeB.get(`/api/dashboard/progress?${q}`));
      expect(res.total, q).toBeLessThanOrEqual(2);
      for (const x of res.items) expect(aTasks.has(x.taskId), q).toBe(false);
    }
    expect((await officeB.get(`/api/dashboard/progress?planId=${planId}&pageSize=1`)).statusCode).toBe(404);
    // Checked filters: unknown codes, pages out of bounds.
    for (const q of ["status=slow", "onTime=yes", "pageSize=101", "pageSize=0", "page=0", "page=x"]) {
      expect((await director.get(`/api/dashboard/progress?${q}`)).statusCode, q).toBe(400);
    }
  });

  it("is refused to unit users and checks its filters", async () => {
    expect((await staff.get("/api/dashboard")).statusCode).toBe(403);
    expect((await staff.get("/api/dashboard/progress")).statusCode).toBe(403);
    const bad = await director.get("/api/dashboard?period=三月");
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain("调度周期");
    expect((await director.get("/api/dashboard?planId=999999")).statusCode).toBe(404);
  });
});
