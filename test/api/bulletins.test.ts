// Issue 14: the division table with 进展情况 from approved reports (DOCX and XLSX opened back), and
// 通报 / 工作专报 on SQLite and PostgreSQL — generated from a round (on time / late units, targets,
// highlights, open findings), numbered 第N期 per year and kind (also under concurrency), edited,
// approved by a leader, published to the units; who may do what; a second bureau sees nothing;
// the GB/T 9704 DOCX opened back (page, margins, fonts, red 版头 and rule, page number field).
import ExcelJS from "exceljs";
import { strFromU8, unzipSync } from "fflate";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dialects, makeTestServer, type TestClient, type TestServer } from "../helpers/harness.js";
import { shanghaiInstant } from "../../src/server/clock.js";
import { hashPassword } from "../../src/server/auth/passwords.js";

const PLAN = `示例县教育局2026年工作要点
一、提升教育质量
1. 扩大优质学前教育资源。新建公办幼儿园4所。（责任领导：张明，责任股室：基础教育股）
2. 加强校园安全管理。开展安全隐患排查4次。（责任领导：张明，责任股室：安全管理股）
`;

const xmlOf = (buf: Buffer, part: string) => strFromU8(unzipSync(new Uint8Array(buf))[part]);
const textOf = (xml: string) => xml.replace(/<\/w:p>/g, "\n").replace(/<[^>]+>/g, "");

describe.each(dialects())("division table and bulletins on $name", (dialect) => {
  let s: TestServer;
  let now = shanghaiInstant("2026-03-20", 10);
  let admin: TestClient, office: TestClient, leader: TestClient, director: TestClient, jjStaff: TestClient, jjHead: TestClient, aqHead: TestClient, otherOffice: TestClient;
  let planId: number, roundId: number;
  let bulletin: any;

  beforeAll(async () => {
    s = await makeTestServer(dialect, { apiRatePerMinute: 100_000 }, { clock: () => now });
    admin = await s.admin();
    const unit = async (name: string) => (await admin.post("/api/units", { name, kind: "department" })).json().id as number;
    const jj = await unit("基础教育股"), aq = await unit("安全管理股");
    office = await s.user({ username: "office1", name: "办公室", roles: ["office"] });
    leader = await s.user({ username: "zhangming", name: "张明", roles: ["leader"] });
    director = await s.user({ username: "director1", name: "王局长", roles: ["director"] });
    jjStaff = await s.user({ username: "jj_staff", name: "基教经办", roles: ["unit_staff"], unitId: jj });
    jjHead = await s.user({ username: "jj_head", name: "基教负责人", roles: ["unit_head"], unitId: jj });
    aqHead = await s.user({ username: "aq_head", name: "安全负责人", roles: ["unit_head"], unitId: aq });
    const imported = await office.post("/api/plans/import", { text: PLAN, filename: "要点.txt" });
    expect(imported.statusCode, imported.body).toBe(201);
    planId = imported.json().plan.id;
    expect((await office.post(`/api/plans/${planId}/publish`, {})).statusCode).toBe(200);
    // A second bureau (another tree): its office must see nothing of this one.
    const orgB = (await s.database.db.insertInto("orgs").values({ name: "乙县教育局", parent_id: null, level: "county", version: 1, created_at: new Date().toISOString() }).returning("id").executeTakeFirstOrThrow()).id;
    const pw = "Other#Office2026";
    await s.database.db.insertInto("users").values({ org_id: orgB, unit_id: null, username: "office_b", name: "乙县办公室", roles: JSON.stringify(["office"]), password_hash: await hashPassword(pw), must_change_password: 0, active: 1, failed_logins: 0, version: 1, created_at: new Date().toISOString() } as never).execute();
    otherOffice = s.client();
    await otherOffice.login("office_b", pw);

    // Round 2026-03 (due the 25th): 基础教育股 reports on time with a value and is approved; 安全管理股 does not report.
    const created = await office.post(`/api/plans/${planId}/rounds`, { period: "2026-03" });
    expect(created.statusCode, created.body).toBe(201);
    roundId = created.json().round.id;
    const reports = (await office.get(`/api/rounds/${roundId}/reports`)).json().items;
    const tasks = (await office.get(`/api/plans/${planId}/tasks`)).json().items;
    const t1 = tasks.find((t: any) => t.no === "1");
    const r1 = reports.find((r: any) => r.taskId === t1.id);
    const saved = await jjStaff.request("PUT", `/api/reports/${r1.id}`, { text: "两所新园已开工，另两所完成选址，预计9月投入使用。", status: "正常推进", values: [{ targetId: t1.targets[0].id, value: 2 }], version: r1.version });
    expect(saved.statusCode, saved.body).toBe(200);
    const submitted = await jjHead.post(`/api/reports/${r1.id}/submit`, { version: saved.json().version });
    expect(submitted.statusCode, submitted.body).toBe(200);
    const approved = await leader.post(`/api/reports/${r1.id}/approve`, { version: submitted.json().version });
    expect(approved.statusCode, approved.body).toBe(200);
    // An open finding, assigned and past its deadline by the time the bulletin is written.
    let f = (await office.post("/api/findings", { source: "督导检查", title: "教学楼消防通道堆放杂物", category: "安全隐患", unitId: aq, foundOn: "2026-03-20" })).json();
    f = (await office.post(`/api/findings/${f.id}/notice`, { version: f.version })).json();
    expect((await office.post(`/api/findings/${f.id}/assign`, { version: f.version, deadline: "2026-03-24" })).statusCode).toBe(200);
    now = shanghaiInstant("2026-03-27", 10);
  }, 120_000);
  afterAll(async () => s?.close());

  it("exports the division table with 进展情况 from the approved report, DOCX landscape with a repeated header and XLSX", async () => {
    const docx = await office.get(`/api/plans/${planId}/division.docx`);
    expect(docx.statusCode, docx.body).toBe(200);
    const xml = xmlOf(docx.rawPayload, "word/document.xml");
    expect(xml).toMatch(/<w:pgSz[^>]*w:orient="landscape"/);
    const w = Number(/<w:pgSz[^>]*w:w="(\d+)"/.exec(xml)![1]), h = Number(/<w:pgSz[^>]*w:h="(\d+)"/.exec(xml)![1]);
    expect(w).toBeGreaterThan(h);
    expect(xml).toMatch(/<w:trPr>(?:(?!<\/w:trPr>).)*<w:tblHeader\/>/);
    expect(xml).toMatch(/<w:tcBorders><w:top w:val="single"/); // cells ruled
    const text = textOf(xml);
    for (const header of ["序号", "目标任务", "具体要求", "进展情况", "牵头部门", "责任部门", "牵头联络股室"]) expect(text).toContain(header);
    expect(text).toContain("扩大优质学前教育资源");
    expect(text).toContain("2026年3月：两所新园已开工");
    // The header row is the first row and the only one marked as repeated.
    expect(xml.match(/<w:tblHeader\/>/g)).toHaveLength(1);

    const xlsx = await office.get(`/api/plans/${planId}/division.xlsx`);
    expect(xlsx.statusCode).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const ws = wb.worksheets[0];
    expect(ws.views[0]).toMatchObject({ state: "frozen", ySplit: 3 });
    expect(ws.pageSetup.orientation).toBe("landscape");
    const head = (ws.getRow(3).values as unknown[]).slice(1);
    expect(head).toEqual(["序号", "目标任务", "具体要求", "进展情况", "牵头部门", "责任部门", "牵头联络股室"]);
    expect(ws.getColumn(4).width).toBeGreaterThan(30);
    const rows = [] as string[][];
    ws.eachRow((r, n) => { if (n > 3) rows.push((r.values as unknown[]).slice(1).map((v) => String(v ?? ""))); });
    expect(rows[0][0]).toContain("提升教育质量"); // the section row
    const one = rows.find((r) => r[0] === "1")!;
    expect(one[3]).toBe("2026年3月：两所新园已开工，另两所完成选址，预计9月投入使用。");
    expect(ws.getRow(5).alignment).toMatchObject({ wrapText: true });
    expect(rows.find((r) => r[0] === "2")![3]).toBe(""); // nothing approved for task 2
    // Another bureau: not found.
    expect((await otherOffice.get(`/api/plans/${planId}/division.docx`)).statusCode).toBe(404);
  });

  it("generates a bulletin from the round: only the office; the sections say who was on time and who not", async () => {
    expect((await jjHead.post(`/api/rounds/${roundId}/bulletins`, { kind: "brief" })).statusCode).toBe(403);
    expect((await leader.post(`/api/rounds/${roundId}/bulletins`, { kind: "brief" })).statusCode).toBe(403);
    expect((await otherOffice.post(`/api/rounds/${roundId}/bulletins`, { kind: "brief" })).statusCode).toBe(404);
    expect((await office.post(`/api/rounds/${roundId}/bulletins`, { kind: "weekly" })).statusCode).toBe(400);
    const res = await office.post(`/api/rounds/${roundId}/bulletins`, { kind: "brief" });
    expect(res.statusCode, res.body).toBe(201);
    bulletin = res.json();
    expect(bulletin).toMatchObject({ state: "draft", kind: "brief", year: 2026, seq: 1, number: "工作专报2026年第1期", can: { edit: true, approve: false, publish: false } });
    const section = (h: string) => bulletin.sections.find((x: any) => x.heading === h).text as string;
    expect(bulletin.sections.map((x: any) => x.heading)).toEqual(["总体情况", "报送情况", "指标进展", "亮点工作", "存在问题", "下步工作"]);
    expect(section("报送情况")).toContain("按时报送单位。基础教育股。");
    expect(section("报送情况")).toContain("逾期未报单位。安全管理股。");
    expect(section("指标进展")).toMatch(/量化指标2项/);
    expect(section("亮点工作")).toContain("基础教育股：两所新园已开工");
    expect(section("存在问题")).toContain("教学楼消防通道堆放杂物（安全管理股，逾期3天）");
    expect(section("下步工作")).toContain("督促安全管理股尽快补报");
  });

  it("keeps drafts from the units and the other bureau; edits, approval and publishing by the right roles", async () => {
    expect((await jjHead.get(`/api/bulletins/${bulletin.id}`)).statusCode).toBe(404);
    expect((await jjHead.get("/api/bulletins")).json().items).toEqual([]);
    expect((await otherOffice.get(`/api/bulletins/${bulletin.id}`)).statusCode).toBe(404);
    expect((await otherOffice.get("/api/bulletins")).json().items).toEqual([]);
    expect((await leader.get(`/api/bulletins/${bulletin.id}`)).json().can).toMatchObject({ approve: true, edit: false });

    const sections = bulletin.sections.map((x: any) => (x.heading === "亮点工作" ? { ...x, text: "（一）学前教育扩容提质。新建幼儿园进展顺利。" } : x));
    expect((await leader.request("PUT", `/api/bulletins/${bulletin.id}`, { version: bulletin.version, sections })).statusCode).toBe(403);
    expect((await office.request("PUT", `/api/bulletins/${bulletin.id}`, { version: bulletin.version, sections, extra: 1 })).statusCode).toBe(400);
    let res = await office.request("PUT", `/api/bulletins/${bulletin.id}`, { version: bulletin.version, sections, title: "2026年3月重点工作推进情况" });
    expect(res.statusCode, res.body).toBe(200);
    bulletin = res.json();
    expect(bulletin.sections[3].text).toBe("（一）学前教育扩容提质。新建幼儿园进展顺利。");
    expect((await office.request("PUT", `/api/bulletins/${bulletin.id}`, { version: bulletin.version - 1, title: "旧版本" })).json().error.code).toBe("VERSION_CONFLICT");

    expect((await office.post(`/api/bulletins/${bulletin.id}/publish`, { version: bulletin.version })).statusCode).toBe(409); // not approved yet
    expect((await office.post(`/api/bulletins/${bulletin.id}/approve`, { version: bulletin.version })).statusCode).toBe(403);
    expect((await jjHead.post(`/api/bulletins/${bulletin.id}/approve`, { version: bulletin.version })).statusCode).toBe(403);
    expect((await otherOffice.post(`/api/bulletins/${bulletin.id}/publish`, { version: bulletin.version })).statusCode).toBe(404);
    res = await leader.post(`/api/bulletins/${bulletin.id}/approve`, { version: bulletin.version });
    expect(res.statusCode, res.body).toBe(200);
    bulletin = res.json();
    expect(bulletin.state).toBe("approved");
    expect((await office.request("PUT", `/api/bulletins/${bulletin.id}`, { version: bulletin.version, title: "审定后再改" })).statusCode).toBe(409);
    expect((await leader.post(`/api/bulletins/${bulletin.id}/publish`, { version: bulletin.version })).statusCode).toBe(403);
    expect((await jjHead.get(`/api/bulletins/${bulletin.id}`)).statusCode).toBe(404);
    res = await office.post(`/api/bulletins/${bulletin.id}/publish`, { version: bulletin.version });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().state).toBe("published");

    // The units see it and were told; the other bureau still sees nothing.
    expect((await jjHead.get(`/api/bulletins/${bulletin.id}`)).json().title).toBe("2026年3月重点工作推进情况");
    expect((await aqHead.get("/api/bulletins")).json().items.map((b: any) => b.id)).toEqual([bulletin.id]);
    const notes = (await jjStaff.get("/api/notifications")).json().items as any[];
    expect(notes.some((n) => n.link === `/bulletins/${bulletin.id}` && n.title.includes("工作专报2026年第1期"))).toBe(true);
    expect((await director.get(`/api/bulletins/${bulletin.id}`)).statusCode).toBe(200);
    expect((await otherOffice.get(`/api/bulletins/${bulletin.id}`)).statusCode).toBe(404);
    expect((await otherOffice.get(`/api/bulletins/${bulletin.id}/export.docx`)).statusCode).toBe(404);
  });

  it("numbers 第N期 per kind and year without gaps or doubles when offices generate at once", async () => {
    const results = await Promise.all([0, 1, 2, 3].map((i) => office.post(`/api/rounds/${roundId}/bulletins`, { kind: i % 2 ? "notice" : "brief" })));
    for (const r of results) expect(r.statusCode, r.body).toBe(201);
    const briefs = results.map((r) => r.json()).filter((b) => b.kind === "brief").map((b) => b.seq).sort();
    const notices = results.map((r) => r.json()).filter((b) => b.kind === "notice").map((b) => b.seq).sort();
    expect(briefs).toEqual([2, 3]);
    expect(notices).toEqual([1, 2]);
    expect(results.find((r) => r.json().kind === "notice")!.json().title).toMatch(/^关于2026年3月重点工作推进情况的通报$/);
  });

  it("exports the DOCX laid out per GB/T 9704", async () => {
    const res = await jjHead.get(`/api/bulletins/${bulletin.id}/export.docx`);
    expect(res.statusCode).toBe(200);
    const xml = xmlOf(res.rawPayload, "word/document.xml");
    expect(xml).toMatch(/<w:pgSz w:w="11907" w:h="16839"|<w:pgSz w:w="1190[0-9]" w:h="1683[0-9]"/);
    const mar = /<w:pgMar ([^>]*)\/>/.exec(xml)![1];
    const twips = (k: string) => Number(new RegExp(`w:${k}="(\\d+)"`).exec(mar)![1]);
    expect(Math.round(twips("top") / 56.7)).toBe(37);
    expect(Math.round(twips("bottom") / 56.7)).toBe(35);
    expect(Math.round(twips("left") / 56.7)).toBe(28);
    expect(Math.round(twips("right") / 56.7)).toBe(26);
    expect(xml).toContain('w:eastAsia="方正小标宋简体"');
    expect(xml).toContain('w:eastAsia="仿宋_GB2312"');
    expect(xml).toContain('w:eastAsia="黑体"');
    expect(xml).toContain('w:eastAsia="楷体_GB2312"');
    expect(xml).toMatch(/<w:color w:val="FF0000"\/>/); // red issuer
    expect(xml).toMatch(/<w:bottom w:val="single" w:color="FF0000"/); // red separator line
    expect(xml).toMatch(/<w:sz w:val="44"\/>/); // 2号 title
    expect(xml).toMatch(/<w:sz w:val="32"\/>/); // 3号 body
    const text = textOf(xml);
    expect(text).toContain("示例县教育局工作专报");
    expect(text).toContain("2026年第1期");
    expect(text).toContain("一、总体情况");
    expect(text).toContain("（一）学前教育扩容提质。");
    expect(text).toContain("2026年3月27日印发");
    // Page numbers "— N —" outside: a PAGE field in the odd (right) and even (left) footers.
    const rels = xmlOf(res.rawPayload, "word/_rels/document.xml.rels");
    const footers = [...rels.matchAll(/Target="(footer\d+\.xml)"/g)].map((m) => xmlOf(res.rawPayload, `word/${m[1]}`));
    expect(footers.length).toBe(2);
    for (const f of footers) {
      expect(f).toMatch(/PAGE/);
      expect(textOf(f)).toMatch(/— .*—/);
    }
    expect(footers.map((f) => /<w:jc w:val="(\w+)"/.exec(f)![1]).sort()).toEqual(["left", "right"]);
    expect(xmlOf(res.rawPayload, "word/settings.xml")).toContain("<w:evenAndOddHeaders");
    expect(xmlOf(res.rawPayload, "word/fontTable.xml")).toMatch(/w:name="方正小标宋简体"><w:altName w:val="宋体"/);
  });
});
