// The reviewer's gaps in the reporting rounds (issue 6): open rounds follow task edits, late
// co-unit reports, archived plans, "次月5日前" due days, rhythms, real dates, audit of saves and
// evidence, PDF previews, honest 催办 counts.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import ExcelJS from "exceljs";
import { dialects, makeTestServer, multipartBody, threeUnitDirectory, type TestClient, type TestServer } from "../helpers/harness.js";
import { runReminders } from "../../src/server/commands/rounds/reminders.js";
import { runDueJobs, scheduleRounds } from "../../src/server/jobs/scheduler.js";
import { shanghaiInstant } from "../../src/server/clock.js";

const PLAN = `示例县教育局2026年工作要点
一、提升教育质量
1. 扩大优质学前教育资源。新建公办幼儿园3所，9月底前完成新园建设。（责任领导：张明，责任股室：基础教育股）
2. 加强校园安全管理。开展安全隐患排查4次。（责任领导：张明，责任股室：安全管理股）
`;

describe.each(dialects())("reporting round gaps on $name", (dialect) => {
  let s: TestServer;
  let now = shanghaiInstant("2026-03-28", 10);
  const clock = () => now;
  let admin: TestClient;
  const users: Record<string, TestClient> = {};
  let planId: number;
  let roundId: number;
  const taskIds: Record<string, number> = {};

  const reports = async () => (await admin.get(`/api/rounds/${roundId}/reports`)).json().items as any[];
  const reportOf = async (task: string, unitName: string) => (await reports()).find((r) => r.taskId === taskIds[task] && r.unitName === unitName);
  const task = async (no: string) => (await admin.get(`/api/plans/${planId}/tasks`)).json().items.find((t: any) => t.no === no);

  beforeAll(async () => {
    s = await makeTestServer(dialect, {}, { clock });
    admin = await s.admin();
    Object.assign(users, (await threeUnitDirectory(s, admin)).users);
    const imported = await admin.post("/api/plans/import", { text: PLAN, filename: "要点.txt" });
    expect(imported.statusCode, imported.body).toBe(201);
    planId = imported.json().plan.id;
    for (const t of (await admin.get(`/api/plans/${planId}/tasks`)).json().items) taskIds[t.no] = t.id;
    const t1 = await task("1");
    expect((await admin.patch(`/api/tasks/${t1.id}`, { co: [{ name: "计划财务股" }], version: t1.version })).statusCode).toBe(200);
    expect((await admin.post(`/api/plans/${planId}/publish`, {})).statusCode).toBe(200);
  });
  afterAll(async () => s?.close());

  it("rolls a due day before the open day into the next month (次月5日前报送)", async () => {
    const plan = (await admin.get(`/api/plans/${planId}`)).json();
    const patched = await users.office1.patch(`/api/plans/${planId}`, { openDay: 28, dueDay: 5, version: plan.version });
    expect(patched.statusCode, patched.body).toBe(200);
    const list = (await users.office1.get(`/api/plans/${planId}/rounds`)).json();
    expect(list.periods.find((p: any) => p.period === "2026-12")).toMatchObject({ opensOn: "2026-12-28", dueOn: "2027-01-05" });
    expect(list.periods.find((p: any) => p.period === "2026-02")).toMatchObject({ opensOn: "2026-02-28", dueOn: "2026-03-05" });
    // The scheduler creates this month's round with these days and opens it today.
    const result = await scheduleRounds(s.ctx, now);
    expect(result).toEqual({ opened: 0, created: 1 });
    const round = (await users.office1.get(`/api/plans/${planId}/rounds`)).json().items[0];
    expect(round).toMatchObject({ period: "2026-03", opensOn: "2026-03-28", dueOn: "2026-04-05", state: "open" });
    roundId = round.id;
    expect(await reports()).toHaveLength(3);
  });

  it("refuses impossible dates and dates far from the period, in Chinese", async () => {
    let res = await users.office1.post(`/api/plans/${planId}/rounds`, { period: "2026-04", opensOn: "2026-02-30" });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.message).toContain("不是有效的日期");
    res = await users.office1.post(`/api/plans/${planId}/rounds`, { period: "2027-01", dueOn: "2026-11-10" });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.message).toMatch(/截止日期.*不能早于开始日期/);
    res = await users.office1.post(`/api/plans/${planId}/rounds`, { period: "2027-01", opensOn: "2026-10-01", dueOn: "2026-11-10" });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.message).toContain("太远");
    res = await users.office1.post(`/api/plans/${planId}/rounds`, { period: "2026-04", opensOn: "2027-06-01", dueOn: "2027-06-05" });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.message).toContain("太远");
    res = await users.office1.patch(`/api/rounds/${roundId}`, { dueOn: "2026-04-31" });
    expect(res.statusCode).toBe(400);
    const lead = await reportOf("1", "基础教育股");
    const detail = (await users.jj_staff.get(`/api/reports/${lead.id}`)).json();
    const milestone = detail.task.milestones[0];
    expect(milestone).toBeTruthy();
    res = await users.jj_staff.request("PUT", `/api/reports/${lead.id}`, { milestones: [{ milestoneId: milestone.id, doneOn: "2026-13-45" }], version: detail.version });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.message).toContain("日期");
  });

  it("offers and accepts only periods of the plan's rhythm", async () => {
    let plan = (await admin.get(`/api/plans/${planId}`)).json();
    expect((await users.office1.patch(`/api/plans/${planId}`, { rhythm: "quarterly", version: plan.version })).statusCode).toBe(200);
    const list = (await users.office1.get(`/api/plans/${planId}/rounds`)).json();
    expect(list.rhythmLabel).toBe("每季度");
    expect(list.periods.map((p: any) => p.period)).toEqual(["2026-Q1", "2026-Q2", "2026-Q3", "2026-Q4"]);
    const monthly = await users.office1.post(`/api/plans/${planId}/rounds`, { period: "2026-04" });
    expect(monthly.statusCode).toBe(400);
    expect(monthly.json().error.message).toContain("每季度");
    plan = (await admin.get(`/api/plans/${planId}`)).json();
    expect((await users.office1.patch(`/api/plans/${planId}`, { rhythm: "monthly", version: plan.version })).statusCode).toBe(200);
  });

  it("open rounds follow a published task's units and new tasks", async () => {
    // The untouched co-unit draft goes, with the reminder that opened it; the new co-unit gets a draft and a notice.
    const cwDraft = await reportOf("1", "计划财务股");
    expect((await users.office1.post(`/api/rounds/${roundId}/remind`, { reportIds: [cwDraft.id] })).json().notices).toBeGreaterThan(0);
    const cwBell = async () => (await users.cw_staff.get("/api/notifications")).json().items.filter((n: any) => n.link === `/reports/${cwDraft.id}`);
    expect(await cwBell()).toHaveLength(1);
    let t1 = await task("1");
    let res = await admin.patch(`/api/tasks/${t1.id}`, { co: [{ name: "安全管理股" }], version: t1.version });
    expect(res.statusCode, res.body).toBe(200);
    expect(await reportOf("1", "计划财务股")).toBeUndefined();
    expect(await cwBell()).toHaveLength(0); // no bell leads to a deleted report
    const aqCo = await reportOf("1", "安全管理股");
    expect(aqCo).toMatchObject({ role: "co", state: "draft" });
    const bell = (await users.aq_staff.get("/api/notifications")).json().items;
    expect(bell.some((n: any) => n.kind === "round.task-added")).toBe(true);

    // A co-unit that has written something keeps its text, withdrawn; nobody chases it.
    const saved = await users.aq_staff.request("PUT", `/api/reports/${aqCo.id}`, { text: "已排查两所园所。", version: aqCo.version });
    expect(saved.statusCode).toBe(200);
    t1 = await task("1");
    res = await admin.patch(`/api/tasks/${t1.id}`, { co: [{ name: "计划财务股" }], version: t1.version });
    expect(res.statusCode).toBe(200);
    const withdrawn = await reportOf("1", "安全管理股");
    expect(withdrawn.state).toBe("withdrawn");
    const again = await users.aq_staff.request("PUT", `/api/reports/${aqCo.id}`, { text: "补充", version: withdrawn.version });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe("REPORT_WITHDRAWN");
    expect(await reportOf("1", "计划财务股")).toMatchObject({ role: "co", state: "draft" });

    // A task added to the published plan joins the open round.
    const added = await users.office1.post(`/api/plans/${planId}/tasks`, { title: "规范课后服务", lead: [{ name: "计划财务股" }] });
    expect(added.statusCode, added.body).toBe(201);
    taskIds["3"] = added.json().id;
    expect((await reports()).find((r) => r.taskId === added.json().id)).toMatchObject({ unitName: "计划财务股", role: "lead", state: "draft" });

    // The ledger XLSX re-import goes through the same edit: a second lead unit for task 2 gets its draft.
    const x = await admin.get(`/api/plans/${planId}/export.xlsx`);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(x.rawPayload as any);
    let row2: ExcelJS.Row | undefined;
    wb.worksheets[0].eachRow((row) => { if (row.getCell(1).value === "2") row2 = row; });
    row2!.getCell(5).value = "安全管理股、基础教育股";
    const mp = multipartBody("file", "台账.xlsx", Buffer.from(await wb.xlsx.writeBuffer()));
    const applied = await users.office1.request("POST", `/api/plans/${planId}/ledger-import?apply=1`, mp.body, mp.headers);
    expect(applied.statusCode, applied.body).toBe(200);
    expect(await reportOf("2", "基础教育股")).toMatchObject({ role: "lead", state: "draft" });
    const t2 = await task("2");
    expect((await admin.patch(`/api/tasks/${t2.id}`, { lead: [{ name: "安全管理股" }], version: t2.version })).statusCode).toBe(200);
    expect(await reportOf("2", "基础教育股")).toBeUndefined(); // untouched: deleted

    const sync = (await admin.get(`/api/audit?action=round.sync`)).json().items;
    expect(sync.length).toBeGreaterThanOrEqual(5);
  });

  it("shows the lead which co-units are pending, and a late co report", async () => {
    const lead = await reportOf("1", "基础教育股");
    const view = (await users.jj_staff.get(`/api/reports/${lead.id}`)).json();
    expect(view.pendingCoUnits).toEqual([expect.objectContaining({ unitName: "计划财务股", state: "draft" })]);
    const saved = await users.jj_staff.request("PUT", `/api/reports/${lead.id}`, { text: "新园选址完成。", status: "正常推进", version: view.version });
    const submitted = await users.jj_head.post(`/api/reports/${lead.id}/submit`, { version: saved.json().version });
    expect(submitted.statusCode, submitted.body).toBe(200);
    expect(submitted.json().pendingCoUnits.map((u: any) => u.unitName)).toEqual(["计划财务股"]);

    const co = await reportOf("1", "计划财务股");
    const coSaved = await users.cw_staff.request("PUT", `/api/reports/${co.id}`, { text: "资金已拨付。", status: "正常推进", version: co.version });
    const coSubmitted = await users.cw_head.post(`/api/reports/${co.id}/submit`, { version: coSaved.json().version });
    expect(coSubmitted.statusCode).toBe(200);
    expect(coSubmitted.json().state).toBe("submitted");
    const leadBell = (await users.jj_head.get("/api/notifications")).json().items;
    const late = leadBell.find((n: any) => n.kind === "report.co-late");
    expect(late?.title).toContain("晚于牵头报告");
    expect(late?.link).toBe(`/reports/${lead.id}`);
    const after = (await users.jj_staff.get(`/api/reports/${lead.id}`)).json();
    expect(after.pendingCoUnits).toEqual([]);
    expect(after.coReports[0]).toMatchObject({ unitName: "计划财务股", state: "submitted", late: true, text: "资金已拨付。" });
  });

  it("audits report saves and evidence, previews PDFs without sandbox, names the size limit", async () => {
    const lead = await reportOf("2", "安全管理股");
    const saved = await users.aq_staff.request("PUT", `/api/reports/${lead.id}`, { text: "排查一次。", status: "正常推进", version: lead.version });
    expect(saved.statusCode).toBe(200);
    const saves = (await admin.get(`/api/audit?action=report.save`)).json().items.filter((e: any) => String(e.entityId) === String(lead.id));
    expect(saves).toHaveLength(1);
    expect(saves[0].after).toMatchObject({ fields: ["text", "status"] });

    let mp = multipartBody("file", "排查记录.pdf", Buffer.from("%PDF-1.4\n%%EOF\n"));
    const up = await users.aq_staff.request("POST", `/api/reports/${lead.id}/evidence`, mp.body, mp.headers);
    expect(up.statusCode, up.body).toBe(201);
    const pdf = await users.aq_staff.get(up.json().url);
    expect(pdf.headers["content-type"]).toBe("application/pdf");
    expect(String(pdf.headers["content-disposition"])).toMatch(/^inline/);
    expect(String(pdf.headers["content-security-policy"])).not.toContain("sandbox");
    mp = multipartBody("file", "照片.png", Buffer.from("\x89PNG\r\n\x1a\nfake"));
    const png = await users.aq_staff.request("POST", `/api/reports/${lead.id}/evidence`, mp.body, mp.headers);
    expect(String((await users.aq_staff.get(png.json().url)).headers["content-security-policy"])).toContain("sandbox");
    expect((await users.aq_staff.request("DELETE", png.json().url)).statusCode).toBeLessThan(300);
    const trail = (await admin.get(`/api/audit?action=evidence`)).json().items.map((e: any) => e.action);
    expect(trail).toEqual(expect.arrayContaining(["evidence.upload", "evidence.delete"]));

    mp = multipartBody("file", "大文件.pdf", Buffer.alloc(21 * 1024 * 1024, 1));
    const big = await users.aq_staff.request("POST", `/api/reports/${lead.id}/evidence`, mp.body, mp.headers);
    expect(big.statusCode).toBe(413);
    expect(big.json().error.message).toContain("20 MB");
  });

  it("a second 催办 within the hour says it reminded nobody again", async () => {
    const first = (await users.office1.post(`/api/rounds/${roundId}/remind`, {})).json();
    expect(first.reports).toBeGreaterThan(0);
    expect(first.skipped).toBe(0);
    // A digest: one bell item per person, however many of their reports are late.
    const bells = await s.database.db.selectFrom("notifications").select(["user_id", "title", "body"]).where("kind", "=", "remind.manual").execute();
    const perUser = new Map<number, number>();
    for (const b of bells) perUser.set(b.user_id, (perUser.get(b.user_id) ?? 0) + 1);
    expect(Math.max(...perUser.values())).toBe(1);
    for (const b of bells.filter((x) => /（\d+ 项）$/.test(x.title))) expect(b.body).toContain("；");
    expect(first.notices).toBe(bells.length);
    const second = (await users.office1.post(`/api/rounds/${roundId}/remind`, {})).json();
    expect(second).toMatchObject({ reports: 0, skipped: first.reports, notices: 0 });
  });

  it("records a failing job for 系统管理", async () => {
    const t0 = shanghaiInstant("2026-03-29", 0);
    const failing = { name: "rounds", cron: "5 0 * * *", run: async () => { throw new Error("《示例》2026年4月：截止日期不能早于开始日期"); } };
    await runDueJobs(s.ctx, [failing], t0);
    await runDueJobs(s.ctx, [failing], shanghaiInstant("2026-03-29", 1));
    const jobs = (await admin.get("/api/settings/jobs")).json().items;
    expect(jobs.find((j: any) => j.name === "rounds")).toMatchObject({ label: "按计划新建和开始调度", lastError: expect.stringContaining("截止日期") });
    expect((await users.office1.get("/api/settings/jobs")).statusCode).toBe(403);
  });

  it("no rounds after the plan's year; archiving closes rounds and stops reminders", async () => {
    now = shanghaiInstant("2027-01-21", 1);
    expect((await scheduleRounds(s.ctx, now)).created).toBe(0);
    expect((await users.office1.get(`/api/plans/${planId}/rounds`)).json().items.map((r: any) => r.period)).not.toContain("2027-01");
    now = shanghaiInstant("2026-04-06", 10);
    const plan = (await admin.get(`/api/plans/${planId}`)).json();
    expect((await admin.post(`/api/plans/${planId}/archive`, { version: plan.version })).statusCode).toBe(200);
    expect((await admin.get(`/api/rounds/${roundId}`)).json().state).toBe("closed");
    const before = (await users.cw_staff.get("/api/notifications")).json().items.length;
    await runReminders(s.database, now);
    expect((await users.cw_staff.get("/api/notifications")).json().items.length).toBe(before);
    expect((await scheduleRounds(s.ctx, shanghaiInstant("2026-05-21", 1))).created).toBe(0);
  });
});
