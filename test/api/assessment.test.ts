// 目标管理考核 (issue 14): every unit's score against a fixture counted by hand, on SQLite and
// PostgreSQL — each rule (on time, first-time approval, targets, milestones, findings), the weights,
// 加分 / 减分 items, a 一票否决 cap, grade thresholds and a tie in the ranking. A second bureau has its
// own plan and units and sees nothing of the first.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import ExcelJS from "exceljs";
import { strFromU8, unzipSync } from "fflate";
import { dialects, makeTestServer, type TestClient, type TestServer } from "../helpers/harness.js";
import { bureauPeople, must, otherBureau, publishShaped } from "../helpers/bureaus.js";
import { shanghaiInstant } from "../../src/server/clock.js";

const PLAN = `示例县教育局2026年工作要点
一、提升教育质量
1. 扩大优质学前教育资源。（责任领导：张明，责任股室：基础教育股）
2. 加强校园安全管理。（责任领导：张明，责任股室：安全管理股）
二、加强队伍建设
3. 开展教师全员培训。（责任领导：张明，责任股室：人事股）
`;
const PLAN_B = `乙县教育局2026年工作要点
一、办学条件
1. 改造薄弱学校。（责任领导：王五，责任股室：乙县计财股）
`;

const xmlOf = (buf: Buffer, part: string) => strFromU8(unzipSync(new Uint8Array(buf))[part]!);
/** [rule, numerator, denominator, points] of each rule, in order. */
const breakdown = (u: any) => u.rules.map((r: any) => [r.rule, r.numerator, r.denominator, r.points]);

describe.each(dialects())("assessment on $name", (dialect) => {
  let s: TestServer;
  let office: TestClient, director: TestClient, zhang: TestClient, officeB: TestClient;
  const users: Record<string, TestClient> = {};
  const unit: Record<string, number> = {};
  const task: Record<string, any> = {};
  const rounds: Record<string, number> = {};
  const byName = (d: any) => Object.fromEntries(d.units.map((u: any) => [u.unitId, u]));

  beforeAll(async () => {
    s = await makeTestServer(dialect, {}, { clock: () => shanghaiInstant("2026-03-21", 10) });
    const people = await bureauPeople(s, [["jj", "基础教育股"], ["aq", "安全管理股"], ["rs", "人事股"]], ["jj", "aq", "rs"]);
    ({ office, director, zhang } = people);
    Object.assign(unit, people.unit);
    Object.assign(users, people.users);
    const leaders = [{ name: "张明", userId: people.zhangId }];
    const published = await publishShaped(office, PLAN, {
      "1": { lead: [{ name: "基础教育股", unitId: unit.jj }], co: [{ name: "安全管理股", unitId: unit.aq }], leaders, targets: [{ metric: "新建公办幼儿园", op: ">=", value: 4, unit: "所" }], milestones: [{ what: "完成主体工程", by: "2026-06" }] },
      "2": { lead: [{ name: "安全管理股", unitId: unit.aq }], co: [], leaders, targets: [{ metric: "安全隐患排查", op: ">=", value: 4, unit: "次" }], milestones: [{ what: "完成春季排查", by: "2026-02" }] },
      "3": { lead: [{ name: "人事股", unitId: unit.rs }], co: [], leaders, targets: [], milestones: [{ what: "印发培训方案", by: "2026-03-10" }] },
    });
    const planId = published.planId;
    Object.assign(task, published.task);

    // February is due on the 25th (past: today is 2026-03-21), March on the 25th (to come).
    rounds.feb = must(await office.post(`/api/plans/${planId}/rounds`, { period: "2026-02", opensOn: "2026-02-20", dueOn: "2026-02-25" })).round.id;
    rounds.mar = must(await office.post(`/api/plans/${planId}/rounds`, { period: "2026-03", opensOn: "2026-03-20", dueOn: "2026-03-25" })).round.id;
    const reportOf = async (round: number, no: string, unitId: number) =>
      (must(await office.get(`/api/rounds/${round}/reports`)).items as any[]).find((r) => r.taskId === task[no].id && r.unitId === unitId);
    const file = async (round: number, no: string, key: string, body: object) => {
      const r = must(await office.get(`/api/reports/${(await reportOf(round, no, unit[key])).id}`));
      const saved = must(await users[`${key}_staff`].request("PUT", `/api/reports/${r.id}`, { ...body, version: r.version }));
      return must(await users[`${key}_head`].post(`/api/reports/${r.id}/submit`, { version: saved.version }));
    };
    const target = (no: string) => task[no].targets[0].id;
    // 基础教育股: February's report a month late; March's on time, its milestone done in time, approved at once.
    await file(rounds.feb, "1", "jj", { text: "二月：完成选址。", status: "on_track", values: [{ targetId: target("1"), value: 1 }] });
    const one = await file(rounds.mar, "1", "jj", {
      text: "三月：三所新园已开工。", status: "on_track", values: [{ targetId: target("1"), value: 3 }],
      milestones: [{ milestoneId: task["1"].milestones[0].id, doneOn: "2026-03-15" }],
    });
    must(await zhang.post(`/api/reports/${one.id}/approve`, { version: one.version }));
    // 安全管理股: March on time with its target met, but its February milestone done in March; returned once, then approved.
    let two = await file(rounds.mar, "2", "aq", {
      text: "三月：完成四次排查。", status: "on_track", values: [{ targetId: target("2"), value: 4 }],
      milestones: [{ milestoneId: task["2"].milestones[0].id, doneOn: "2026-03-01" }],
    });
    two = must(await zhang.post(`/api/reports/${two.id}/return`, { version: two.version, comment: "请补充排查记录" }));
    const again = must(await users.aq_staff.request("PUT", `/api/reports/${two.id}`, { text: "三月：完成四次排查，附记录。", version: two.version }));
    two = must(await users.aq_head.post(`/api/reports/${two.id}/submit`, { version: again.version }));
    must(await zhang.post(`/api/reports/${two.id}/approve`, { version: two.version }));

    // Findings: 基础教育股's closed before its deadline; 安全管理股's past its deadline and open; one of last year (not counted).
    const f1 = must(await office.post("/api/findings", { source: "督导检查", title: "食堂台账不全", category: "其他", unitId: unit.jj, foundOn: "2026-03-02" }), 201);
    const f2 = must(await office.post("/api/findings", { source: "督导检查", title: "消防通道堆物", category: "安全隐患", unitId: unit.aq, foundOn: "2026-03-02" }), 201);
    const f3 = must(await office.post("/api/findings", { source: "督导检查", title: "去年的问题", category: "其他", unitId: unit.rs, foundOn: "2025-11-02" }), 201);
    const db = s.database.db;
    await db.updateTable("findings").set({ deadline: "2026-03-15", state: "closed", closed_at: "2026-03-10T02:00:00.000Z" }).where("id", "=", f1.id).execute();
    await db.updateTable("findings").set({ deadline: "2026-03-15" }).where("id", "=", f2.id).execute();
    await db.updateTable("findings").set({ deadline: "2025-12-31" }).where("id", "=", f3.id).execute();

    // The second bureau: its own plan and office.
    officeB = (await otherBureau(s, PLAN_B)).office;
  }, 180_000);
  afterAll(async () => s?.close());

  it("scores every rule with the default weights, ranks and grades", async () => {
    const d = must(await director.get("/api/assessment"));
    expect(d.year).toBe(2026);
    expect(d.rules.version).toBe(0);
    expect(d.rules.weights).toEqual({ on_time: 30, first_pass: 20, targets: 20, milestones: 15, findings: 15 });
    const u = byName(d);
    expect(breakdown(u[unit.jj])).toEqual([["on_time", 1, 2, 15], ["first_pass", 1, 1, 20], ["targets", 0, 1, 0], ["milestones", 1, 1, 15], ["findings", 1, 1, 15]]);
    expect(breakdown(u[unit.aq])).toEqual([["on_time", 1, 3, 10], ["first_pass", 0, 1, 0], ["targets", 1, 1, 20], ["milestones", 0, 1, 0], ["findings", 0, 1, 0]]);
    // Nothing to count (no decided report, no target, no finding of the year): the full weight.
    expect(breakdown(u[unit.rs])).toEqual([["on_time", 0, 1, 0], ["first_pass", 0, 0, 20], ["targets", 0, 0, 20], ["milestones", 0, 1, 0], ["findings", 0, 0, 15]]);
    expect(u[unit.rs].rules[1].rate).toBeNull();
    expect(u[unit.aq].rules[0].rate).toBe(0.3333);
    expect(d.units.map((x: any) => [x.name, x.rank, x.total, x.gradeLabel])).toEqual([
      ["基础教育股", 1, 65, "合格"],
      ["人事股", 2, 55, "不合格"],
      ["安全管理股", 3, 30, "不合格"],
    ]);
    expect(JSON.stringify(d)).not.toContain("乙县");
  });

  it("the office sets weights and thresholds; bonus, penalty and veto items move the ranking; ties share a rank", async () => {
    const bad = await office.request("PUT", "/api/assessment/rules", { year: 2026, version: 0, weights: { on_time: 20, first_pass: 20, targets: 20, milestones: 20, findings: 20 }, thresholds: { excellent: 60, good: 70, pass: 50 } });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.message).toContain("优秀 > 良好 > 合格");
    const rules = { year: 2026, weights: { on_time: 20, first_pass: 20, targets: 20, milestones: 20, findings: 20 }, thresholds: { excellent: 85, good: 70, pass: 50 } };
    expect((await director.request("PUT", "/api/assessment/rules", { ...rules, version: 0 })).statusCode).toBe(403);
    const saved = must(await office.request("PUT", "/api/assessment/rules", { ...rules, version: 0 }));
    expect(saved.version).toBe(1);
    expect((await office.request("PUT", "/api/assessment/rules", { ...rules, version: 0 })).statusCode).toBe(409);

    let d = must(await director.get("/api/assessment?year=2026"));
    expect(d.units.map((x: any) => [x.name, x.rank, x.total, x.gradeLabel])).toEqual([
      ["基础教育股", 1, 70, "良好"],
      ["人事股", 2, 60, "合格"],
      ["安全管理股", 3, 26.67, "不合格"],
    ]);

    const noPoints = await office.post("/api/assessment/items", { year: 2026, unitId: unit.rs, kind: "bonus", reason: "获省级表彰" });
    expect(noPoints.statusCode).toBe(400);
    expect(noPoints.json().error.message).toContain("分值");
    must(await office.post("/api/assessment/items", { year: 2026, unitId: unit.rs, kind: "bonus", points: 10, reason: "获省级表彰", evidence: "湘教通〔2026〕5号" }), 201);
    const penalty = must(await office.post("/api/assessment/items", { year: 2026, unitId: unit.aq, kind: "penalty", points: 5, reason: "信息报送失实" }), 201);
    expect(penalty).toMatchObject({ kind: "penalty", kindLabel: "减分", points: 5, createdBy: "督查室" });
    const veto = must(await office.post("/api/assessment/items", { year: 2026, unitId: unit.jj, kind: "veto", capGrade: "pass", reason: "发生安全责任事故" }), 201);
    expect(veto).toMatchObject({ capGrade: "pass", capGradeLabel: "合格", points: 0 });

    d = must(await director.get("/api/assessment?year=2026"));
    expect(d.units.map((x: any) => [x.name, x.rank, x.base, x.bonus, x.penalty, x.total, x.gradeLabel, x.vetoed])).toEqual([
      ["基础教育股", 1, 70, 0, 0, 70, "合格", true],
      ["人事股", 1, 60, 10, 0, 70, "良好", false],
      ["安全管理股", 3, 26.67, 0, 5, 21.67, "不合格", false],
    ]);
    expect(byName(d)[unit.jj].gradeBeforeVeto).toBe("good");
    expect(byName(d)[unit.rs].items.map((i: any) => [i.kindLabel, i.points, i.reason, i.evidence])).toEqual([["加分", 10, "获省级表彰", "湘教通〔2026〕5号"]]);

    // Items are audited; removing one needs its version and is audited too.
    const audit = await s.database.db.selectFrom("audit_events").select(["action", "actor_name"]).where("action", "like", "assessment.%").orderBy("seq").execute();
    expect(audit.map((a) => a.action)).toEqual(["assessment.rules", "assessment.item.add", "assessment.item.add", "assessment.item.add"]);
    expect(audit.every((a) => a.actor_name === "督查室")).toBe(true);
    expect((await office.request("DELETE", `/api/assessment/items/${penalty.id}?version=7`)).statusCode).toBe(409);
    must(await office.request("DELETE", `/api/assessment/items/${penalty.id}?version=1`));
    d = must(await director.get("/api/assessment?year=2026"));
    expect(byName(d)[unit.aq].total).toBe(26.67);
    must(await office.post("/api/assessment/items", { year: 2026, unitId: unit.aq, kind: "penalty", points: 5, reason: "信息报送失实" }), 201);
  });

  it("a unit account sees its own unit's score only, and cannot change or export anything", async () => {
    const mine = must(await users.rs_staff.get("/api/assessment"));
    expect(mine.units.map((x: any) => [x.name, x.rank, x.total])).toEqual([["人事股", 1, 70]]);
    expect(mine.unitsTotal).toBe(3);
    expect(mine.can).toEqual({ manage: false, export: false });
    expect(JSON.stringify(mine)).not.toContain("基础教育股");
    expect(must(await users.aq_head.get("/api/assessment")).units.map((x: any) => x.name)).toEqual(["安全管理股"]);
    expect((await users.rs_staff.get("/api/assessment/export.xlsx")).statusCode).toBe(403);
    expect((await users.rs_head.post("/api/assessment/items", { year: 2026, unitId: unit.rs, kind: "bonus", points: 50, reason: "自己加分" })).statusCode).toBe(403);
    // The leader reads the whole ranking.
    expect(must(await zhang.get("/api/assessment")).units).toHaveLength(3);
  });

  it("exports the ranking as XLSX and DOCX, read back", async () => {
    const x = await director.get("/api/assessment/export.xlsx?year=2026");
    expect(x.statusCode).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(x.rawPayload as unknown as ArrayBuffer);
    const ws = wb.worksheets[0]!;
    expect(String(ws.getCell(1, 1).value)).toBe("示例县教育局2026年度目标管理考核结果");
    const head = (ws.getRow(3).values as unknown[]).slice(1);
    expect(head.slice(0, 4)).toEqual(["名次", "单位", "按时报送率（20分）完成/应完成", "按时报送率得分"]);
    expect(head.slice(-5)).toEqual(["加分", "减分", "总分", "等次", "加减分及否决说明"]);
    const row = (n: number) => (ws.getRow(n).values as unknown[]).slice(1);
    expect(row(4).slice(0, 4)).toEqual([1, "基础教育股", "1/2（50%）", 10]);
    expect(row(4).slice(-5, -1)).toEqual([0, 0, 70, "合格（一票否决）"]);
    expect(row(4).at(-1)).toBe("一票否决（最高合格）：发生安全责任事故");
    expect(row(5).slice(0, 2)).toEqual([1, "人事股"]);
    expect(row(5).slice(-5)).toEqual([10, 0, 70, "良好", "加分 10 分：获省级表彰（依据：湘教通〔2026〕5号）"]);
    expect(row(6).slice(0, 4)).toEqual([3, "安全管理股", "1/3（33.3%）", 6.67]);
    expect(row(6).slice(-4, -1)).toEqual([5, 21.67, "不合格"]);

    const docx = await office.get("/api/assessment/export.docx?year=2026");
    expect(docx.statusCode).toBe(200);
    const xml = xmlOf(docx.rawPayload, "word/document.xml");
    expect(xml).toContain("示例县教育局2026年度目标管理考核结果");
    expect(xml).toContain("w:tblHeader");
    expect(xml.indexOf("基础教育股")).toBeLessThan(xml.indexOf("安全管理股"));
  });

  it("the second bureau sees nothing of the first and cannot touch its units", async () => {
    const b = must(await officeB.get("/api/assessment"));
    expect(b.units).toHaveLength(1);
    expect(b.units[0].name).toContain("计财股");
    expect(b.rules.version).toBe(0);
    const text = JSON.stringify(b);
    for (const name of ["基础教育股", "安全管理股", "人事股", "示例县"]) expect(text).not.toContain(name);
    const item = await officeB.post("/api/assessment/items", { year: 2026, unitId: unit.jj, kind: "penalty", points: 5, reason: "越权减分" });
    expect(item.statusCode).toBe(404);
    const anItem = await s.database.db.selectFrom("assessment_items").select(["id", "version"]).where("unit_id", "=", unit.rs).executeTakeFirstOrThrow();
    expect((await officeB.request("DELETE", `/api/assessment/items/${anItem.id}?version=${anItem.version}`)).statusCode).toBe(404);
    const xb = new ExcelJS.Workbook();
    const resB = await officeB.get("/api/assessment/export.xlsx");
    expect(resB.statusCode).toBe(200);
    await xb.xlsx.load(resB.rawPayload as unknown as ArrayBuffer);
    const cellsB = xb.worksheets[0]!.getSheetValues().flat().map(String).join("|");
    expect(cellsB).toContain("计财股");
    expect(cellsB).not.toContain("基础教育股");
    // Its own rules do not change the first bureau's.
    must(await officeB.request("PUT", "/api/assessment/rules", { year: 2026, version: 0, weights: { on_time: 100, first_pass: 0, targets: 0, milestones: 0, findings: 0 }, thresholds: { excellent: 90, good: 80, pass: 60 } }));
    expect(must(await director.get("/api/assessment")).rules.weights.on_time).toBe(20);
  });

  it("published results are frozen: later data do not move them, edits wait for a reopen", async () => {
    expect((await director.post("/api/assessment/publish", { year: 2026 })).statusCode).toBe(403);
    const pub = must(await office.post("/api/assessment/publish", { year: 2026 }));
    expect(pub.published.by).toBe("督查室");
    const frozen = pub.units.map((x: any) => [x.name, x.rank, x.total, x.gradeLabel]);
    expect(frozen).toEqual([["基础教育股", 1, 70, "合格"], ["人事股", 1, 70, "良好"], ["安全管理股", 3, 21.67, "不合格"]]);
    expect((await office.post("/api/assessment/publish", { year: 2026 })).statusCode).toBe(409);
    // 安全管理股's overdue finding is closed after all (on time, by the data): the published ranking stays.
    await s.database.db.updateTable("findings").set({ state: "closed", closed_at: "2026-03-14T02:00:00.000Z" }).where("unit_id", "=", unit.aq).execute();
    expect(must(await director.get("/api/assessment?year=2026")).units.map((x: any) => [x.name, x.rank, x.total, x.gradeLabel])).toEqual(frozen);
    expect(must(await users.aq_staff.get("/api/assessment")).units.map((x: any) => x.total)).toEqual([21.67]);
    const edit = await office.post("/api/assessment/items", { year: 2026, unitId: unit.aq, kind: "bonus", points: 1, reason: "公布后加分" });
    expect(edit.statusCode).toBe(409);
    expect(edit.json().error.code).toBe("ASSESSMENT_PUBLISHED");
    const rules = must(await director.get("/api/assessment?year=2026")).rules;
    expect((await office.request("PUT", "/api/assessment/rules", { year: 2026, version: rules.version, weights: rules.weights, thresholds: rules.thresholds })).statusCode).toBe(409);
    // Reopened, the ranking follows the data again: 问题按期整改 1/1 gives 安全管理股 20 points more.
    const open = must(await office.post("/api/assessment/reopen", { year: 2026 }));
    expect(open.published).toBeNull();
    expect(open.units.find((x: any) => x.unitId === unit.aq).total).toBe(41.67);
    const actions = (await s.database.db.selectFrom("audit_events").select("action").where("action", "in", ["assessment.publish", "assessment.reopen"]).orderBy("seq").execute()).map((a) => a.action);
    expect(actions).toEqual(["assessment.publish", "assessment.reopen"]);
  });

  it("grades within quotas by rank: a tie at the boundary is taken whole or not at all, explained, frozen on publish", async () => {
    // Reopened above: 基础教育股 70 (capped by a veto), 人事股 70, 安全管理股 41.67. The veto goes: three compete.
    const veto = await s.database.db.selectFrom("assessment_items").select(["id", "version"]).where("unit_id", "=", unit.jj).where("kind", "=", "veto").executeTakeFirstOrThrow();
    must(await office.request("DELETE", `/api/assessment/items/${veto.id}?version=${veto.version}`));
    let rules = must(await director.get("/api/assessment?year=2026")).rules;
    expect(rules.quotas).toEqual({ excellent: null, good: null });
    const put = (thresholds: object, quotas: object) => office.request("PUT", "/api/assessment/rules", { year: 2026, version: rules.version, weights: rules.weights, thresholds, quotas });
    const grades = (d: any) => d.units.map((x: any) => [x.name, x.rank, x.total, x.gradeBeforeQuota, x.gradeLabel]);
    // Without a quota the lines fall strictly; a grade with a quota may share the next one's line.
    expect((await put({ excellent: 30, good: 30, pass: 20 }, { excellent: null })).statusCode).toBe(400);
    expect((await put({ excellent: 40, good: 30, pass: 20 }, { excellent: 101 })).statusCode).toBe(400);

    // 优秀 ≤ 50 %: 3 units × 50 % = 1.5 → 1 place. 基础教育股 and 人事股 tie at 70 for it: both cannot fit,
    // so neither takes it — both 良好 — and 安全管理股 below them finds the quota closed.
    rules = must(await put({ excellent: 40, good: 30, pass: 20 }, { excellent: 50 }));
    expect(rules.quotas).toEqual({ excellent: 50, good: null });
    let d = must(await director.get("/api/assessment?year=2026"));
    expect(grades(d)).toEqual([["基础教育股", 1, 70, "excellent", "良好"], ["人事股", 1, 70, "excellent", "良好"], ["安全管理股", 3, 41.67, "excellent", "良好"]]);
    expect(byName(d)[unit.jj].quotaNotes).toEqual(["优秀名额 1 个（3 个单位 × 50%，向下取整），已评 0 个；本单位与另 1 个单位同为 70 分，并列将超出名额，同分单位均评为良好"]);
    expect(byName(d)[unit.aq].quotaNotes).toEqual(["优秀名额 1 个（3 个单位 × 50%，向下取整）已满，评为良好"]);

    // 优秀 ≤ 67 % (2.01 → 2 places) and 良好 ≤ 34 % (1.02 → 1): the tie fits; 安全管理股 takes the 良好 place.
    rules = must(await put({ excellent: 40, good: 30, pass: 20 }, { excellent: 67, good: 34 }));
    d = must(await director.get("/api/assessment?year=2026"));
    expect(grades(d)).toEqual([["基础教育股", 1, 70, "excellent", "优秀"], ["人事股", 1, 70, "excellent", "优秀"], ["安全管理股", 3, 41.67, "excellent", "良好"]]);
    expect(byName(d)[unit.aq].quotaNotes).toEqual(["优秀名额 2 个（3 个单位 × 67%，向下取整）已满，评为良好", "良好名额 1 个（3 个单位 × 34%，向下取整），本单位在名额内"]);

    // Quotas instead of score lines (all lines equal): 良好 ≤ 33 % is 0.99 → no place, so 安全管理股 is 合格.
    rules = must(await put({ excellent: 20, good: 20, pass: 20 }, { excellent: 67, good: 33 }));
    d = must(await director.get("/api/assessment?year=2026"));
    expect(grades(d)).toEqual([["基础教育股", 1, 70, "excellent", "优秀"], ["人事股", 1, 70, "excellent", "优秀"], ["安全管理股", 3, 41.67, "excellent", "合格"]]);
    // A unit account reads its grade as the whole ranking gave it.
    expect(must(await users.aq_staff.get("/api/assessment")).units.map((x: any) => x.gradeLabel)).toEqual(["合格"]);

    // The export says so; publishing freezes grades and explanations; rules wait for a reopen.
    const x = await director.get("/api/assessment/export.xlsx?year=2026");
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(x.rawPayload as unknown as ArrayBuffer);
    const cells = wb.worksheets[0]!.getSheetValues().flat().map(String).join("|");
    expect(cells).toContain("名额：优秀≤67%，良好≤33%（按名次，向下取整）");
    expect(cells).toContain("良好名额 0 个（3 个单位 × 33%，向下取整）已满，评为合格");
    const pub = must(await office.post("/api/assessment/publish", { year: 2026 }));
    expect(grades(pub)).toEqual(grades(d));
    expect((await put({ excellent: 20, good: 20, pass: 20 }, { excellent: 60, good: 30 })).statusCode).toBe(409);
    await s.database.db.updateTable("assessment_rules").set({ rules: JSON.stringify({ ...rules, quotas: { excellent: null, good: null } }) }).where("year", "=", 2026).where("rules", "like", '%"excellent":67%').execute();
    expect(grades(must(await director.get("/api/assessment?year=2026")))).toEqual(grades(d));
    must(await office.post("/api/assessment/reopen", { year: 2026 }));
  });

  it("checks its input in Chinese", async () => {
    const r = await director.get("/api/assessment?year=1999");
    expect(r.statusCode).toBe(400);
    expect(r.body).toContain("年度");
    const k = await office.post("/api/assessment/items", { year: 2026, unitId: unit.rs, kind: "extra", points: 1, reason: "理由充分" });
    expect(k.statusCode).toBe(400);
    expect(k.json().error.message).toMatch(/加分|类型/);
    expect((await office.post("/api/assessment/items", { year: 2026, unitId: 999999, kind: "bonus", points: 1, reason: "理由充分" })).statusCode).toBe(404);
  });
});
