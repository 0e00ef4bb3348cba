// Issue 13: the findings loop on SQLite and PostgreSQL — register → 提示单 → 交办单 → 整改结果报告单 →
// 销号 / 退回 / 重新打开, who may take each step, stale versions, the per-year numbers of the three
// forms (also under concurrency), overdue and escalation with a fake clock, the DOCX forms read back.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { strFromU8, unzipSync } from "fflate";
import { dialects, makeTestServer, type TestClient, type TestServer } from "../helpers/harness.js";
import { addDays, localDay, shanghaiInstant } from "../../src/server/clock.js";
import { inTransaction } from "../../src/server/db/transaction.js";
import { hashPassword } from "../../src/server/auth/passwords.js";
import { escalateOverdueFindings } from "../../src/server/commands/findings/findings.js";

function docText(buf: Buffer): string {
  const xml = strFromU8(unzipSync(new Uint8Array(buf))["word/document.xml"]);
  return xml.replace(/<[^>]+>/g, "");
}

describe.each(dialects())("findings on $name", (dialect) => {
  let s: TestServer;
  let now = shanghaiInstant("2026-03-02", 10);
  const today = () => localDay(now);
  let admin: TestClient, office: TestClient, leader: TestClient, director: TestClient;
  let schoolStaff: TestClient, schoolHead: TestClient, otherHead: TestClient, otherOffice: TestClient;
  let school: number, other: number, leaderId: number, schoolHeadId: number;

  beforeAll(async () => {
    s = await makeTestServer(dialect, { apiRatePerMinute: 100_000 }, { clock: () => now });
    admin = await s.admin();
    school = (await admin.post("/api/units", { name: "城关第一小学", kind: "school" })).json().id;
    other = (await admin.post("/api/units", { name: "安全管理股", kind: "department" })).json().id;
    office = await s.user({ username: "office1", name: "督导室张三", roles: ["office"] });
    leader = await s.user({ username: "leader1", name: "李副局长", roles: ["leader"] });
    director = await s.user({ username: "director1", name: "王局长", roles: ["director"] });
    schoolStaff = await s.user({ username: "school_staff", name: "学校经办人", roles: ["unit_staff"], unitId: school });
    schoolHead = await s.user({ username: "school_head", name: "赵校长", roles: ["unit_head"], unitId: school });
    otherHead = await s.user({ username: "other_head", name: "安全股长", roles: ["unit_head"], unitId: other });
    const users = (await admin.get("/api/users")).json().items as { id: number; username: string }[];
    leaderId = users.find((u) => u.username === "leader1")!.id;
    schoolHeadId = users.find((u) => u.username === "school_head")!.id;
    // Another bureau (below this one): its office must not see this bureau's findings.
    // Another bureau (a second tree in the same installation): its office must not see this bureau's findings.
    const orgB = (await s.database.db.insertInto("orgs").values({ name: "乙县教育局", parent_id: null, level: "county", version: 1, created_at: new Date().toISOString() }).returning("id").executeTakeFirstOrThrow()).id;
    const pw = "Other#Office2026";
    await s.database.db.insertInto("users").values({ org_id: orgB, unit_id: null, username: "office_b", name: "乙县督导室", roles: JSON.stringify(["office"]), password_hash: await hashPassword(pw), must_change_password: 0, active: 1, failed_logins: 0, version: 1, created_at: new Date().toISOString() } as never).execute();
    otherOffice = s.client();
    await otherOffice.login("office_b", pw);
  }, 120_000);
  afterAll(async () => s?.close());

  const create = async (c: TestClient, extra: object = {}) =>
    c.post("/api/findings", { source: "督导检查", title: "教学楼消防通道堆放杂物", description: "三楼东侧消防通道堆放课桌椅，影响疏散。", category: "安全隐患", severity: "serious", place: "城关第一小学教学楼", unitId: school, foundOn: today(), ...extra });

  it("runs the loop with the right role at each step, stale versions refused, numbers per year", async () => {
    expect((await create(schoolHead)).statusCode).toBe(403);
    const made = await create(office);
    expect(made.statusCode, made.body).toBe(201);
    let f = made.json();
    expect(f).toMatchObject({ state: "registered", stateLabel: "登记", hazard: true, unitName: "城关第一小学", can: { notice: true, assign: false } });

    // Who sees it: the office, leaders, the director, the school; not another unit, not another bureau.
    expect((await leader.get(`/api/findings/${f.id}`)).statusCode).toBe(200);
    expect((await director.get(`/api/findings/${f.id}`)).statusCode).toBe(200);
    expect((await schoolStaff.get(`/api/findings/${f.id}`)).statusCode).toBe(200);
    expect((await otherHead.get(`/api/findings/${f.id}`)).statusCode).toBe(404);
    expect((await otherOffice.get(`/api/findings/${f.id}`)).statusCode).toBe(404);
    expect((await otherOffice.post(`/api/findings/${f.id}/notice`, { version: f.version })).statusCode).toBe(404);
    expect((await otherOffice.get("/api/findings")).json().items).toEqual([]);
    expect((await otherHead.get("/api/findings")).json().items).toEqual([]);

    // Wrong role for the office's steps: 403.
    expect((await leader.post(`/api/findings/${f.id}/notice`, { version: f.version })).statusCode).toBe(403);
    expect((await schoolHead.post(`/api/findings/${f.id}/notice`, { version: f.version })).statusCode).toBe(403);
    // Steps out of order: 409.
    expect((await office.post(`/api/findings/${f.id}/assign`, { version: f.version, deadline: addDays(today(), 10) })).statusCode).toBe(409);

    let res = await office.post(`/api/findings/${f.id}/notice`, { version: f.version });
    expect(res.statusCode, res.body).toBe(200);
    f = res.json();
    expect(f.state).toBe("noticed");
    expect(f.noticeNumber).toBe("督导问题提示单〔2026〕第1号");
    // Stale version: 409 VERSION_CONFLICT.
    res = await office.post(`/api/findings/${f.id}/assign`, { version: f.version - 1, deadline: addDays(today(), 10) });
    expect(res.statusCode).toBe(409);
    expect(res.json().error.code).toBe("VERSION_CONFLICT");
    // Closing without a report is refused.
    res = await office.post(`/api/findings/${f.id}/close`, { version: f.version });
    expect(res.statusCode).toBe(409);
    expect(res.json().error.message).toContain("尚未报送整改结果");
    // The assignment needs a deadline, not in the past, and a unit of the bureau.
    expect((await office.post(`/api/findings/${f.id}/assign`, { version: f.version })).statusCode).toBe(400);
    expect((await office.post(`/api/findings/${f.id}/assign`, { version: f.version, deadline: addDays(today(), -1) })).statusCode).toBe(400);

    res = await office.post(`/api/findings/${f.id}/assign`, { version: f.version, deadline: addDays(today(), 10), requirement: "立即清理，建立巡查制度。" });
    expect(res.statusCode, res.body).toBe(200);
    f = res.json();
    expect(f).toMatchObject({ state: "assigned", assignmentNumber: "督导问题交办单〔2026〕第1号", deadline: addDays(today(), 10), overdue: false });
    const notes = (await schoolHead.get("/api/notifications")).json().items as { title: string }[];
    expect(notes.some((n) => n.title.includes("交办督导问题"))).toBe(true);

    // The report: the assigned unit only.
    expect((await office.post(`/api/findings/${f.id}/report`, { version: f.version, text: "已清理" })).statusCode).toBe(403);
    expect((await leader.post(`/api/findings/${f.id}/report`, { version: f.version, text: "已清理" })).statusCode).toBe(403);
    expect((await otherHead.post(`/api/findings/${f.id}/report`, { version: f.version, text: "已清理" })).statusCode).toBe(404);
    res = await schoolStaff.post(`/api/findings/${f.id}/report`, { version: f.version, text: "正在清理", draft: true });
    expect(res.statusCode, res.body).toBe(200);
    f = res.json();
    expect(f.state).toBe("rectifying");
    expect((await schoolHead.post(`/api/findings/${f.id}/report`, { version: f.version, text: "" })).statusCode).toBe(400);
    res = await schoolHead.post(`/api/findings/${f.id}/report`, { version: f.version, text: "杂物已全部清理。", measures: "每周巡查一次。" });
    expect(res.statusCode, res.body).toBe(200);
    f = res.json();
    expect(f).toMatchObject({ state: "reported", reportNumber: "督导问题整改结果报告单〔2026〕第1号" });

    // Returned once with a reason, reported again (the report keeps its number), closed.
    expect((await office.post(`/api/findings/${f.id}/return`, { version: f.version })).statusCode).toBe(400);
    expect((await schoolHead.post(`/api/findings/${f.id}/return`, { version: f.version, reason: "x" })).statusCode).toBe(403);
    res = await office.post(`/api/findings/${f.id}/return`, { version: f.version, reason: "请附清理后的照片。" });
    f = res.json();
    expect(f).toMatchObject({ state: "rectifying", returnCount: 1, lastReason: "请附清理后的照片。" });
    res = await schoolHead.post(`/api/findings/${f.id}/report`, { version: f.version, text: "杂物已全部清理，照片附后。" });
    f = res.json();
    expect(f).toMatchObject({ state: "reported", reportNumber: "督导问题整改结果报告单〔2026〕第1号" });
    now = new Date(now.getTime() + 3 * 86_400_000);
    res = await office.post(`/api/findings/${f.id}/close`, { version: f.version, comment: "经现场核实，已整改到位。" });
    expect(res.statusCode, res.body).toBe(200);
    f = res.json();
    expect(f).toMatchObject({ state: "closed", stateLabel: "已销号", closedOnTime: true, overdue: false });
    expect(f.events.map((e: { action: string }) => e.action)).toEqual(["create", "notice", "assign", "save", "report", "return", "report", "close"]);

    // The ledgers: the hazard ledger shows it closed on time; the problem ledger without hazards does not.
    const hazards = (await office.get("/api/findings?hazard=true&state=closed")).json().items;
    expect(hazards.map((x: { id: number }) => x.id)).toContain(f.id);
    expect((await office.get("/api/findings?hazard=false")).json().items.map((x: { id: number }) => x.id)).not.toContain(f.id);
    expect((await schoolStaff.get("/api/findings")).json().items.map((x: { id: number }) => x.id)).toEqual([f.id]);

    // Reopen needs a reason; the audit trail has every step.
    expect((await office.post(`/api/findings/${f.id}/reopen`, { version: f.version })).statusCode).toBe(400);
    res = await office.post(`/api/findings/${f.id}/reopen`, { version: f.version, reason: "复查发现又有堆放。", deadline: addDays(today(), 5) });
    expect(res.json()).toMatchObject({ state: "rectifying", closedAt: null, deadline: addDays(today(), 5) });
    const audit = (await admin.get("/api/audit?entity=finding&pageSize=100")).json();
    const actions = (audit.items as { action: string; entityId: string }[]).filter((e) => String(e.entityId) === String(f.id)).map((e) => e.action);
    for (const a of ["finding.create", "finding.notice", "finding.assign", "finding.report", "finding.return", "finding.close", "finding.reopen"]) expect(actions).toContain(a);
  });

  it("fills the three DOCX forms from the record, with their numbers", async () => {
    let f = (await create(office, { title: "食堂操作间灭火器过期" })).json();
    expect((await office.get(`/api/findings/${f.id}/documents/notice.docx`)).statusCode).toBe(409);
    f = (await office.post(`/api/findings/${f.id}/notice`, { version: f.version })).json();
    f = (await office.post(`/api/findings/${f.id}/assign`, { version: f.version, deadline: addDays(today(), 7), requirement: "一周内更换全部过期灭火器" })).json();
    f = (await schoolHead.post(`/api/findings/${f.id}/report`, { version: f.version, text: "已更换灭火器12具", measures: "建立月检台账" })).json();
    const notice = await schoolStaff.get(`/api/findings/${f.id}/documents/notice.docx`);
    expect(notice.statusCode).toBe(200);
    expect(notice.headers["content-type"]).toContain("wordprocessingml");
    const n = docText(notice.rawPayload);
    expect(n).toContain("督导问题提示单");
    expect(n).toContain(f.noticeNumber);
    expect(n).toContain("食堂操作间灭火器过期");
    expect(n).toContain("示例县教育局");
    const a = docText((await office.get(`/api/findings/${f.id}/documents/assignment.docx`)).rawPayload);
    expect(a).toContain("督导问题交办单〔2026〕第");
    expect(a).toContain("一周内更换全部过期灭火器");
    expect(a).toContain("城关第一小学");
    const [y, m, d] = f.deadline.split("-").map(Number);
    expect(a).toContain(`${y}年${m}月${d}日`);
    const r = docText((await office.get(`/api/findings/${f.id}/documents/report.docx`)).rawPayload);
    expect(r).toContain(f.reportNumber);
    expect(r).toContain("已更换灭火器12具");
    expect(r).toContain("建立月检台账");
    expect(r).toContain("赵校长");
    expect((await otherHead.get(`/api/findings/${f.id}/documents/notice.docx`)).statusCode).toBe(404);
  });

  it("numbers the forms without gaps or duplicates when issued at once", async () => {
    const made = await Promise.all(Array.from({ length: 6 }, (_, i) => create(office, { title: `并发编号问题${i + 1}` })));
    const issued = await Promise.all(made.map((r) => office.post(`/api/findings/${r.json().id}/notice`, { version: r.json().version })));
    for (const r of issued) expect(r.statusCode, r.body).toBe(200);
    const numbers = issued.map((r) => Number(/第(\d+)号/.exec(r.json().noticeNumber)![1])).sort((a, b) => a - b);
    expect(new Set(numbers).size).toBe(6);
    expect(numbers.at(-1)! - numbers[0]).toBe(5);
  });

  it("is overdue past its deadline and escalates to the unit's leader after N days (fake clock)", async () => {
    // Linked to no task: the unit's head hears of it.
    let f = (await create(office, { title: "围墙破损未修复" })).json();
    f = (await office.post(`/api/findings/${f.id}/notice`, { version: f.version })).json();
    f = (await office.post(`/api/findings/${f.id}/assign`, { version: f.version, deadline: addDays(today(), 2) })).json();
    expect(f.overdue).toBe(false);
    const start = now;
    now = new Date(start.getTime() + 4 * 86_400_000);
    const got = (await office.get(`/api/findings/${f.id}`)).json();
    expect(got).toMatchObject({ overdue: true, overdueDays: 2 });
    expect((await office.get("/api/findings?overdue=true")).json().items.map((x: { id: number }) => x.id)).toContain(f.id);
    expect((await office.get("/api/findings?overdue=false")).json().items.map((x: { id: number }) => x.id)).not.toContain(f.id);
    // Two days overdue: below the default of three, nobody is told yet.
    expect(await inTransaction(s.database, (tx) => escalateOverdueFindings(tx, now))).toBe(0);
    now = new Date(start.getTime() + 5 * 86_400_000);
    expect(await inTransaction(s.database, (tx) => escalateOverdueFindings(tx, now))).toBeGreaterThanOrEqual(1);
    expect(await inTransaction(s.database, (tx) => escalateOverdueFindings(tx, now))).toBe(0); // once
    const notes = (await schoolHead.get("/api/notifications")).json().items as { title: string }[];
    expect(notes.some((n) => n.title.includes("逾期3天未整改：围墙破损未修复"))).toBe(true);
    const detail = (await office.get(`/api/findings/${f.id}`)).json();
    expect(detail.escalatedAt).not.toBeNull();
    expect(detail.events.at(-1).action).toBe("escalate");
    // Reported and closed after the deadline: closed, but not on time.
    f = (await schoolHead.post(`/api/findings/${f.id}/report`, { version: detail.version, text: "已修复" })).json();
    f = (await office.post(`/api/findings/${f.id}/close`, { version: f.version })).json();
    expect(f).toMatchObject({ state: "closed", closedOnTime: false, overdue: false });
    void leaderId; void schoolHeadId;
  });

  it("counts the findings waiting for me on 工作台", async () => {
    const f = (await create(office, { title: "待办计数问题" })).json();
    const officeTodos = (await office.get("/api/me/todos")).json();
    expect(officeTodos.findings.items.map((x: { id: number }) => x.id)).toContain(f.id);
    const n = (await office.post(`/api/findings/${f.id}/notice`, { version: f.version })).json();
    await office.post(`/api/findings/${f.id}/assign`, { version: n.version, deadline: addDays(today(), 3) });
    expect((await office.get("/api/me/todos")).json().findings.items.map((x: { id: number }) => x.id)).not.toContain(f.id);
    const schoolTodos = (await schoolHead.get("/api/me/todos")).json();
    expect(schoolTodos.findings.items.map((x: { id: number }) => x.id)).toContain(f.id);
    expect(schoolTodos.findings.waiting).toBeGreaterThanOrEqual(1);
    expect((await otherHead.get("/api/me/todos")).json().findings.waiting).toBe(0);
  });

  it("exports the ledger as XLSX and keeps files to the finding's readers", async () => {
    const x = await office.get("/api/findings/export.xlsx?hazard=true");
    expect(x.statusCode).toBe(200);
    expect(x.rawPayload.subarray(0, 2).toString()).toBe("PK");
    const stats = (await office.get("/api/findings/stats")).json();
    const byUnit = stats.byUnit.find((g: { name: string }) => g.name === "城关第一小学");
    expect(byUnit.found).toBeGreaterThanOrEqual(3);
    expect(byUnit.closed).toBeGreaterThanOrEqual(1);
    expect(byUnit.closedOnTime).toBeLessThan(byUnit.closed + 1);
    expect(stats.byCategory.map((g: { name: string }) => g.name)).toContain("安全隐患");
    expect((await otherOffice.get("/api/findings/stats")).json().byUnit).toEqual([]);
    const bad = await office.get("/api/findings?state=done");
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.message).toMatch(/状态/);
  });
});
