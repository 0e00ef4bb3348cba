// Issue 13, second part, on SQLite and PostgreSQL: the ledger XLSX import (all-or-nothing, row
// errors, type and size checks, template), a finding raised from a round's report in one click
// (idempotent, also when clicked twice at once), the findings of a task, the statistics per unit and
// category computed in SQL, the rectification report uploaded as a file, and the findings' own
// escalation setting. A second bureau sees nothing of the first.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import ExcelJS from "exceljs";
import { dialects, makeTestServer, multipartBody, type TestClient, type TestServer } from "../helpers/harness.js";
import { addDays, localDay, shanghaiInstant } from "../../src/server/clock.js";
import { hashPassword } from "../../src/server/auth/passwords.js";
import { inTransaction } from "../../src/server/db/transaction.js";
import { escalateOverdueFindings } from "../../src/server/commands/findings/findings.js";

const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

async function workbook(sheet: string, header: string[], rows: (string | number | Date)[][]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(sheet);
  ws.addRow(header);
  for (const r of rows) ws.addRow(r);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

async function sheetRows(buf: Buffer): Promise<string[][]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buf as any);
  const out: string[][] = [];
  wb.worksheets[0].eachRow((row) => out.push((row.values as unknown[]).slice(1).map((v) => (v == null ? "" : String(v)))));
  return out;
}

const HEADER = ["序号", "问题", "问题描述", "来源", "类别", "严重程度", "发现地点", "承办单位", "发现日期", "发现人", "整改期限", "状态"];

describe.each(dialects())("findings ledger import, raise from report, stats on $name", (dialect) => {
  let s: TestServer;
  let now = shanghaiInstant("2026-03-21", 10);
  const today = () => localDay(now);
  let admin: TestClient, office: TestClient, leader: TestClient, schoolStaff: TestClient, schoolHead: TestClient, otherHead: TestClient, otherOffice: TestClient;
  let school: number, other: number, plan: number, task: number, round: number;

  const upload = (c: TestClient, url: string, filename: string, data: Buffer, type = XLSX) => {
    const m = multipartBody("file", filename, data, type);
    return c.request("POST", url, m.body, m.headers);
  };

  beforeAll(async () => {
    s = await makeTestServer(dialect, { apiRatePerMinute: 100_000 }, { clock: () => now });
    admin = await s.admin();
    school = (await admin.post("/api/units", { name: "城关第二小学", kind: "school", aliases: ["城关二小"] })).json().id;
    other = (await admin.post("/api/units", { name: "安全管理股", kind: "department" })).json().id;
    office = await s.user({ username: "office1", name: "督导室张三", roles: ["office"] });
    leader = await s.user({ username: "leader1", name: "李副局长", roles: ["leader"] });
    schoolStaff = await s.user({ username: "school_staff", name: "学校经办人", roles: ["unit_staff"], unitId: school });
    schoolHead = await s.user({ username: "school_head", name: "钱校长", roles: ["unit_head"], unitId: school });
    otherHead = await s.user({ username: "other_head", name: "安全股长", roles: ["unit_head"], unitId: other });
    const leaderId = ((await admin.get("/api/users")).json().items as { id: number; username: string }[]).find((u) => u.username === "leader1")!.id;
    // A second bureau (its own tree): it must see nothing of the first.
    const orgB = (await s.database.db.insertInto("orgs").values({ name: "乙县教育局", parent_id: null, level: "county", version: 1, created_at: new Date().toISOString() }).returning("id").executeTakeFirstOrThrow()).id;
    const pw = "Other#Office2026";
    await s.database.db.insertInto("users").values({ org_id: orgB, unit_id: null, username: "office_b", name: "乙县督导室", roles: JSON.stringify(["office"]), password_hash: await hashPassword(pw), must_change_password: 0, active: 1, failed_logins: 0, version: 1, created_at: new Date().toISOString() } as never).execute();
    otherOffice = s.client();
    await otherOffice.login("office_b", pw);

    // A published plan with one task led by the school, and an open round.
    plan = (await office.post("/api/plans", { title: "2026年教育工作要点", year: 2026 })).json().plan.id;
    const t = await office.post(`/api/plans/${plan}/tasks`, { title: "校园安全专项整治", lead: [{ name: "城关第二小学", unitId: school }], leaders: [{ name: "李副局长", userId: leaderId }] });
    expect(t.statusCode, t.body).toBe(201);
    task = t.json().id;
    const fresh = (await office.get(`/api/plans/${plan}`)).json();
    expect((await office.post(`/api/plans/${plan}/publish`, { version: fresh.version })).statusCode).toBe(200);
    const r = await office.post(`/api/plans/${plan}/rounds`, { period: "2026-03", opensOn: "2026-03-20", dueOn: "2026-03-25" });
    expect(r.statusCode, r.body).toBe(201);
    round = r.json().round.id;
  }, 120_000);
  afterAll(async () => s?.close());

  it("downloads a blank template in the export's layout", async () => {
    const res = await office.get("/api/findings/import/template.xlsx?hazard=true");
    expect(res.statusCode).toBe(200);
    expect(res.headers["content-type"]).toContain("spreadsheetml");
    expect(res.headers["content-disposition"]).toBe(`attachment; filename*=UTF-8''${encodeURIComponent("隐患台账导入模板.xlsx")}`);
    const rows = await sheetRows(res.rawPayload);
    const exported = await sheetRows((await office.get("/api/findings/export.xlsx?hazard=true")).rawPayload);
    expect(rows[0]).toEqual(exported[0]);
    expect(rows[1]).toContain("安全隐患");
    expect((await schoolHead.get("/api/findings/import/template.xlsx")).statusCode).toBe(403);
  });

  it("imports a ledger all-or-nothing, with each bad row's number and reason", async () => {
    const bad = await workbook("问题台账", HEADER, [
      [1, "食堂留样记录不全", "", "督导检查", "校园管理", "一般", "食堂", "城关二小", "2026-03-02", "", "", ""],
      [2, "", "没有标题", "督导检查", "校园管理", "", "", "", "2026-03-02", "", "", ""],
      [3, "作业公示不到位", "", "路过发现", "教育教学", "", "", "", "2026-03-02", "", "", ""],
      [4, "校车台账缺失", "", "专项督查", "交通", "", "", "", "2026-03-02", "", "", ""],
      [5, "图书室消防器材过期", "", "督导检查", "安全隐患", "", "", "不存在的学校", "2026-03-02", "", "", ""],
      [6, "实验室危化品管理混乱", "", "督导检查", "安全隐患", "", "", "", "2026-02-30", "", "", ""],
      [7, "课后服务收费未公示", "", "群众反映", "经费管理", "", "", "", "2026-03-03", "", "", "已销号"],
    ]);
    const before = (await office.get("/api/findings")).json().items.length;
    const res = await upload(office, "/api/findings/import", "问题台账.xlsx", bad);
    expect(res.statusCode, res.body).toBe(400);
    const err = res.json().error;
    expect(err.code).toBe("IMPORT_FAILED");
    expect(err.message).toContain("未导入任何问题");
    const byRow = Object.fromEntries((err.details as { row: number; message: string }[]).map((d) => [d.row, d.message]));
    expect(Object.keys(byRow).map(Number).sort()).toEqual([3, 4, 5, 6, 7, 8]);
    expect(byRow[3]).toContain("问题不能为空");
    expect(byRow[4]).toContain("来源“路过发现”无效");
    expect(byRow[5]).toContain("类别“交通”无效");
    expect(byRow[6]).toContain("承办单位“不存在的学校”不存在");
    expect(byRow[7]).toContain("不是有效日期");
    expect(byRow[8]).toContain("已在系统中流转");
    expect((await office.get("/api/findings")).json().items.length).toBe(before);

    // Fixed: all rows in, registered, the alias matched, a real Excel date read, the hazard sheet's empty category is 安全隐患.
    const good = await workbook("隐患台账", HEADER, [
      [1, "食堂留样记录不全", "留样柜温度未记录", "督导检查", "校园管理", "较重", "食堂", "城关二小", "2026-03-02", "王督学", "", "登记"],
      [2, "图书室消防器材过期", "", "督导检查", "", "", "图书室", "城关第二小学", new Date(Date.UTC(2026, 2, 3)), "", "", ""],
      [3, "实验室危化品管理混乱", "", "专项督查", "安全隐患", "重大", "", "", "2026年3月4日", "", "", ""],
    ]);
    const ok = await upload(office, "/api/findings/import", "隐患台账.xlsx", good);
    expect(ok.statusCode, ok.body).toBe(201);
    expect(ok.json().created).toBe(3);
    const items = (await office.get("/api/findings?hazard=true")).json().items as { title: string; state: string; unitName: string | null; foundOn: string; severity: string; category: string }[];
    const got = (t: string) => items.find((x) => x.title === t)!;
    expect(got("图书室消防器材过期")).toMatchObject({ state: "registered", unitName: "城关第二小学", foundOn: "2026-03-03", category: "安全隐患" });
    expect(got("实验室危化品管理混乱")).toMatchObject({ severity: "major", foundOn: "2026-03-04" });
    expect((await office.get("/api/findings?hazard=false")).json().items.map((x: { title: string }) => x.title)).toContain("食堂留样记录不全");
    // The other bureau sees none of it.
    expect((await otherOffice.get("/api/findings")).json().items).toEqual([]);
  });

  it("refuses a wrong file type, an unreadable file, a missing header and the wrong role", async () => {
    let res = await upload(office, "/api/findings/import", "台账.csv", Buffer.from("问题,来源\n"), "text/csv");
    expect(res.statusCode).toBe(415);
    expect(res.json().error.message).toContain(".xlsx");
    res = await upload(office, "/api/findings/import", "台账.xlsx", Buffer.from("not a spreadsheet"));
    expect([415, 422]).toContain(res.statusCode);
    expect(res.json().error.message).toMatch(/[\u4e00-\u9fa5]/);
    res = await upload(office, "/api/findings/import", "台账.xlsx", await workbook("问题台账", ["标题", "日期"], [["x", "2026-03-01"]]));
    expect(res.statusCode).toBe(400);
    expect(res.json().error.message).toContain("表头缺少");
    res = await upload(office, "/api/findings/import", "台账.xlsx", Buffer.alloc(6 * 1024 * 1024, 1));
    expect(res.statusCode).toBe(413);
    res = await upload(schoolHead, "/api/findings/import", "台账.xlsx", await workbook("问题台账", HEADER, []));
    expect(res.statusCode).toBe(403);
  });

  it("raises a finding from a report's 存在问题 in one click, once", async () => {
    const grid = (await office.get(`/api/rounds/${round}/reports`)).json().items as { id: number; unitId: number; version: number }[];
    const r = grid.find((x) => x.unitId === school)!;
    // A draft is the unit's own: not yet.
    expect((await office.post(`/api/reports/${r.id}/finding`, {})).statusCode).toBe(409);
    const saved = await schoolStaff.request("PUT", `/api/reports/${r.id}`, { text: "开展安全排查2次。", problems: "部分教室消防通道仍有杂物堆放；宿舍楼应急照明损坏3处。", status: "on_track", version: r.version });
    expect(saved.statusCode, saved.body).toBe(200);
    const submitted = await schoolHead.post(`/api/reports/${r.id}/submit`, { version: saved.json().version });
    expect(submitted.statusCode, submitted.body).toBe(200);

    expect((await schoolHead.post(`/api/reports/${r.id}/finding`, {})).statusCode).toBe(403);
    expect((await leader.post(`/api/reports/${r.id}/finding`, {})).statusCode).toBe(403);
    expect((await otherOffice.post(`/api/reports/${r.id}/finding`, {})).statusCode).toBe(404);

    // Two clicks at once: one finding.
    const [a, b] = await Promise.all([office.post(`/api/reports/${r.id}/finding`, {}), office.post(`/api/reports/${r.id}/finding`, {})]);
    expect(a.statusCode, a.body).toBe(201);
    expect(b.statusCode, b.body).toBe(201);
    expect(a.json().id).toBe(b.json().id);
    expect([a.json().created, b.json().created].filter(Boolean)).toHaveLength(1);
    const f = a.json();
    expect(f).toMatchObject({ source: "调度发现", unitId: school, taskId: task, reportId: r.id, state: "registered", title: "部分教室消防通道仍有杂物堆放" });
    expect(f.description).toContain("宿舍楼应急照明损坏3处");
    expect(f.description).toContain("校园安全专项整治");
    const again = await office.post(`/api/reports/${r.id}/finding`, {});
    expect(again.json()).toMatchObject({ id: f.id, created: false });
    expect((await office.get("/api/findings")).json().items.filter((x: { reportId: number | null }) => x.reportId === r.id)).toHaveLength(1);
    // The report links to it.
    expect((await office.get(`/api/reports/${r.id}`)).json().findingId).toBe(f.id);
  });

  it("lists a task's findings (the task page), scoped to the bureau", async () => {
    const own = (await office.get(`/api/findings?taskId=${task}`)).json().items as { taskId: number; reportId: number | null }[];
    expect(own.length).toBe(1);
    expect(own[0].taskId).toBe(task);
    expect((await otherOffice.get(`/api/findings?taskId=${task}`)).json().items).toEqual([]);
    expect((await schoolStaff.get(`/api/findings?taskId=${task}`)).json().items).toHaveLength(1);
    expect((await otherHead.get(`/api/findings?taskId=${task}`)).json().items).toEqual([]);
  });

  it("takes the rectification report as an uploaded file instead of the text", async () => {
    let f = (await office.post("/api/findings", { source: "督导检查", title: "操场围栏松动", category: "安全隐患", unitId: school, foundOn: today() })).json();
    const pdf = Buffer.from("%PDF-1.4\n整改结果报告单\n%%EOF\n");
    expect((await upload(schoolHead, `/api/findings/${f.id}/report-form`, "整改结果报告单.pdf", pdf, "application/pdf")).statusCode).toBe(409); // not assigned yet
    f = (await office.post(`/api/findings/${f.id}/notice`, { version: f.version })).json();
    f = (await office.post(`/api/findings/${f.id}/assign`, { version: f.version, deadline: addDays(today(), 5) })).json();
    expect((await schoolHead.post(`/api/findings/${f.id}/report`, { version: f.version })).statusCode).toBe(400);
    expect((await upload(office, `/api/findings/${f.id}/report-form`, "整改结果报告单.pdf", pdf, "application/pdf")).statusCode).toBe(403);
    expect((await upload(otherHead, `/api/findings/${f.id}/report-form`, "整改结果报告单.pdf", pdf, "application/pdf")).statusCode).toBe(404);
    expect((await upload(schoolHead, `/api/findings/${f.id}/report-form`, "报告单.exe", pdf)).statusCode).toBe(415);
    expect((await upload(schoolHead, `/api/findings/${f.id}/report-form`, "报告单.pdf", Buffer.alloc(21 * 1024 * 1024, 1), "application/pdf")).statusCode).toBe(413);
    const up = await upload(schoolHead, `/api/findings/${f.id}/report-form`, "整改结果报告单.pdf", pdf, "application/pdf");
    expect(up.statusCode, up.body).toBe(201);
    const detail = (await office.get(`/api/findings/${f.id}`)).json();
    expect(detail.files.find((x: { kind: string }) => x.kind === "report_form").fileName).toBe("整改结果报告单.pdf");
    const back = await office.get(up.json().url);
    expect(back.rawPayload.equals(pdf)).toBe(true);
    const rep = await schoolHead.post(`/api/findings/${f.id}/report`, { version: detail.version });
    expect(rep.statusCode, rep.body).toBe(200);
    expect(rep.json()).toMatchObject({ state: "reported" });
    expect(rep.json().reportText).toContain("整改结果报告单.pdf");
  });

  it("counts per unit and category in SQL: found, closed, on time, average days, open overdue; by period", async () => {
    // A fresh unit so the numbers are exact.
    const unit = (await admin.post("/api/units", { name: "城关第三小学", kind: "school" })).json().id as number;
    const head = await s.user({ username: "third_head", name: "孙校长", roles: ["unit_head"], unitId: unit });
    const run = async (title: string, foundOn: string, deadlineIn: number, closeAfter: number | null) => {
      let f = (await office.post("/api/findings", { source: "督导检查", title, category: "师德师风", unitId: unit, foundOn })).json();
      f = (await office.post(`/api/findings/${f.id}/notice`, { version: f.version })).json();
      f = (await office.post(`/api/findings/${f.id}/assign`, { version: f.version, deadline: addDays(today(), deadlineIn) })).json();
      if (closeAfter == null) return f;
      const start = now;
      now = new Date(start.getTime() + closeAfter * 86_400_000);
      f = (await head.post(`/api/findings/${f.id}/report`, { version: f.version, text: "已整改" })).json();
      f = (await office.post(`/api/findings/${f.id}/close`, { version: f.version })).json();
      now = start;
      return f;
    };
    const d0 = today();
    await run("师德问题一", addDays(d0, -4), 5, 2); // closed on time, 6 days after found
    await run("师德问题二", addDays(d0, -10), 1, 3); // closed late, 13 days
    await run("师德问题三", addDays(d0, -1), 1, null); // open
    await run("师德问题四", "2026-01-05", 2, null); // open, found in January
    now = new Date(now.getTime() + 3 * 86_400_000); // problems three and four are now overdue
    const stats = (await office.get("/api/findings/stats")).json();
    const u = stats.byUnit.find((g: { name: string }) => g.name === "城关第三小学");
    expect(u).toMatchObject({ found: 4, closed: 2, closedOnTime: 1, openOverdue: 2, averageDaysToClose: 9.5 });
    const c = stats.byCategory.find((g: { name: string }) => g.name === "师德师风");
    expect(c).toMatchObject({ found: 4, closed: 2, closedOnTime: 1, openOverdue: 2 });
    const march = (await office.get(`/api/findings/stats?from=2026-02-01&to=${d0}`)).json();
    expect(march.byUnit.find((g: { name: string }) => g.name === "城关第三小学")).toMatchObject({ found: 3, closed: 2, openOverdue: 1 });
    expect((await otherOffice.get("/api/findings/stats")).json()).toEqual({ byUnit: [], byCategory: [] });
    expect((await head.get("/api/findings/stats")).json().byUnit.map((g: { name: string }) => g.name)).toEqual(["城关第三小学"]);
    expect((await office.get("/api/findings/stats?from=2026-13-01")).statusCode).toBe(400);
  });

  it("escalates after the findings' own number of days, not the rounds'", async () => {
    const settings = (await admin.get("/api/settings/notifications")).json();
    expect(settings.reminders.findingEscalateAfterDays).toBe(3);
    const put = await admin.request("PUT", "/api/settings/notifications", { ...settings, reminders: { beforeDays: 2, escalateAfterDays: 10, findingEscalateAfterDays: 1 } });
    expect(put.statusCode, put.body).toBe(200);
    let f = (await office.post("/api/findings", { source: "督导检查", title: "配电房门锁损坏", category: "安全隐患", unitId: school, foundOn: today() })).json();
    f = (await office.post(`/api/findings/${f.id}/notice`, { version: f.version })).json();
    f = (await office.post(`/api/findings/${f.id}/assign`, { version: f.version, deadline: addDays(today(), 1) })).json();
    now = new Date(now.getTime() + 2 * 86_400_000); // one day overdue
    await inTransaction(s.database, (tx) => escalateOverdueFindings(tx, now));
    expect((await office.get(`/api/findings/${f.id}`)).json().escalatedAt).not.toBeNull();
    // A client that leaves the field out keeps it.
    const back = (await admin.get("/api/settings/notifications")).json();
    await admin.request("PUT", "/api/settings/notifications", { ...back, reminders: { beforeDays: 2, escalateAfterDays: 4 } });
    expect((await admin.get("/api/settings/notifications")).json().reminders).toMatchObject({ escalateAfterDays: 4, findingEscalateAfterDays: 1 });
  });

  it("keeps a raised finding when its plan is deleted, without the links", async () => {
    const raised = (await office.get(`/api/findings?taskId=${task}`)).json().items[0];
    expect(raised.reportId).not.toBeNull();
    expect((await office.post(`/api/plans/${plan}/archive`, {})).statusCode).toBe(200);
    const del = await office.request("DELETE", `/api/plans/${plan}`);
    expect(del.statusCode, del.body).toBe(200);
    expect((await office.get(`/api/findings/${raised.id}`)).json()).toMatchObject({ id: raised.id, taskId: null, reportId: null, source: "调度发现" });
  });
});
