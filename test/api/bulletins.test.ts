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
import { blocksText } from "../../src/shared/bulletin-blocks.js";

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
    const blocksOf = (h: string) => bulletin.sections.find((x: any) => x.heading === h).blocks;
    const section = (h: string) => blocksText(blocksOf(h));
    expect(bulletin.sections.map((x: any) => x.heading)).toEqual(["总体情况", "报送情况", "指标进展", "亮点工作", "存在问题", "下步工作"]);
    expect(section("报送情况")).toContain("（一）按时报送单位\n基础教育股。");
    expect(section("报送情况")).toContain("（二）逾期未报单位");
    // The units not in: a table with the reports each still owes.
    expect(blocksOf("报送情况")).toContainEqual({ type: "table", rows: [["单位", "未报送报告（份）"], ["安全管理股", "1"]] });
    expect(blocksOf("亮点工作")).toContainEqual(expect.objectContaining({ type: "paragraph", runs: [{ text: "基础教育股：", bold: true }, expect.objectContaining({ text: expect.stringContaining("两所新园已开工") })] }));
    expect(blocksOf("存在问题")).toContainEqual(expect.objectContaining({ type: "list", ordered: true }));
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

    const sections = bulletin.sections.map((x: any) => (x.heading === "亮点工作" ? { heading: x.heading, text: "（一）学前教育扩容提质。新建幼儿园进展顺利。" } : x));
    expect((await leader.request("PUT", `/api/bulletins/${bulletin.id}`, { version: bulletin.version, sections })).statusCode).toBe(403);
    expect((await office.request("PUT", `/api/bulletins/${bulletin.id}`, { version: bulletin.version, sections, extra: 1 })).statusCode).toBe(400);
    let res = await office.request("PUT", `/api/bulletins/${bulletin.id}`, { version: bulletin.version, sections, title: "2026年3月重点工作推进情况" });
    expect(res.statusCode, res.body).toBe(200);
    bulletin = res.json();
    // Plain text is still accepted on write and stored as blocks.
    expect(bulletin.sections[3].blocks).toEqual([{ type: "heading", level: 2, runs: [{ text: "学前教育扩容提质" }] }, { type: "paragraph", runs: [{ text: "新建幼儿园进展顺利。" }] }]);
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

  it("keeps rich text through save, read and DOCX: bold runs, heading fonts, lists numbered anew, a table", async () => {
    const drafts = (await office.get("/api/bulletins")).json().items.filter((b: any) => b.state === "draft");
    let draft = (await office.get(`/api/bulletins/${drafts[0].id}`)).json();
    const rich = [
      { type: "heading", level: 2, runs: [{ text: "总体推进" }] },
      { type: "paragraph", runs: [{ text: "全县" }, { text: "按时报送率百分之百", bold: true }, { text: "，推进有序。" }] },
      { type: "heading", level: 3, runs: [{ text: "学前教育" }] },
      { type: "list", ordered: true, items: [[{ text: "新建幼儿园2所" }], [{ text: "改扩建", bold: true }, { text: "1所" }]] },
      { type: "list", ordered: true, items: [[{ text: "另一列表第一项" }]] },
      { type: "list", ordered: false, items: [[{ text: "要点一" }]] },
      { type: "table", rows: [["单位", "未报送报告（份）"], ["安全管理股", "1"]] },
    ];
    const sections = [{ heading: "总体情况", blocks: rich }, { heading: "存在问题", blocks: [{ type: "paragraph", runs: [{ text: "按期整改。" }] }] }];
    let res = await office.request("PUT", `/api/bulletins/${draft.id}`, { version: draft.version, sections });
    expect(res.statusCode, res.body).toBe(200);
    draft = res.json();
    expect(draft.sections).toEqual(sections); // read back exactly
    expect((await leader.get(`/api/bulletins/${draft.id}`)).json().sections).toEqual(sections);
    // A stale edit is refused as before.
    expect((await office.request("PUT", `/api/bulletins/${draft.id}`, { version: draft.version - 1, sections })).json().error.code).toBe("VERSION_CONFLICT");

    const docx = await office.get(`/api/bulletins/${draft.id}/export.docx`);
    expect(docx.statusCode).toBe(200);
    const xml = xmlOf(docx.rawPayload, "word/document.xml");
    const runs = [...xml.matchAll(/<w:r>((?:(?!<\/w:r>).)*)<\/w:r>/g)].map((m) => ({ xml: m[1], text: textOf(m[1]) }));
    const runOf = (t: string) => runs.find((r) => r.text === t)!;
    expect(runOf("按时报送率百分之百").xml).toContain("<w:b/>");
    expect(runOf("全县").xml).not.toContain("<w:b/>");
    expect(runOf("改扩建").xml).toContain("<w:b/>");
    expect(runOf("一、总体情况").xml).toContain('w:eastAsia="黑体"');
    expect(runOf("（一）").xml).toContain('w:eastAsia="楷体_GB2312"');
    expect(runOf("总体推进").xml).toContain('w:eastAsia="楷体_GB2312"');
    expect(runOf("1.").xml).toMatch(/w:eastAsia="仿宋_GB2312".*<w:b\/>|<w:b\/>.*w:eastAsia="仿宋_GB2312"/);
    expect(runOf("学前教育").xml).toContain("<w:b/>");
    // Lists: Word numbering, decimal "1." and a bullet, each list its own instance starting at 1.
    const paragraphs = [...xml.matchAll(/<w:p>((?:(?!<\/w:p>).)*)<\/w:p>/g)].map((m) => m[1]);
    const numIdOf = (t: string) => /<w:numId w:val="(\d+)"\/>/.exec(paragraphs.find((p) => textOf(p) === t)!)?.[1];
    expect(numIdOf("新建幼儿园2所")).toBeDefined();
    expect(numIdOf("改扩建1所")).toBe(numIdOf("新建幼儿园2所"));
    expect(numIdOf("另一列表第一项")).not.toBe(numIdOf("新建幼儿园2所"));
    const numbering = xmlOf(docx.rawPayload, "word/numbering.xml");
    const abstractOf = (id: string) => new RegExp(`<w:num w:numId="${id}"><w:abstractNumId w:val="(\\d+)"/>`).exec(numbering)![1];
    const formatOf = (id: string) => new RegExp(`<w:abstractNum w:abstractNumId="${abstractOf(id)}"[^>]*>(?:(?!</w:abstractNum>).)*?<w:numFmt w:val="(\\w+)"/>(?:(?!</w:abstractNum>).)*?<w:lvlText w:val="([^"]*)"`).exec(numbering)!.slice(1);
    expect(formatOf(numIdOf("新建幼儿园2所")!)).toEqual(["decimal", "%1. "]);
    expect(formatOf(numIdOf("要点一")!)[0]).toBe("bullet");
    expect(numbering).toMatch(new RegExp(`<w:num w:numId="${numIdOf("另一列表第一项")}">(?:(?!</w:num>).)*<w:startOverride w:val="1"/>`));
    // The table: ruled, header row repeated, the cells' text.
    expect(xml).toMatch(/<w:tbl>(?:(?!<\/w:tbl>).)*<w:tblHeader\/>(?:(?!<\/w:tbl>).)*安全管理股/);
  });

  it("stores no HTML and nothing that breaks the DOCX: unknown keys and block types refused, text cleaned", async () => {
    const drafts = (await office.get("/api/bulletins")).json().items.filter((b: any) => b.state === "draft");
    const draft = (await office.get(`/api/bulletins/${drafts[1].id}`)).json();
    const put = (blocks: unknown[]) => office.request("PUT", `/api/bulletins/${draft.id}`, { version: draft.version, sections: [{ heading: "总体情况", blocks }] });
    for (const hostile of [
      [{ type: "html", html: "<img src=x onerror=alert(1)>" }],
      [{ type: "paragraph", runs: [{ text: "x" }], html: "<b>x</b>" }],
      [{ type: "paragraph", runs: [{ text: "x", style: "color:red" }] }],
      [{ type: "paragraph", runs: [{ text: "x", bold: "yes" }] }],
      [{ type: "heading", level: 1, runs: [{ text: "x" }] }],
      [{ type: "table", rows: [Array(11).fill("x")] }],
      [{ type: "paragraph", runs: "<p>x</p>" }],
    ]) {
      const res = await put(hostile);
      expect(res.statusCode, JSON.stringify(hostile)).toBe(400);
      expect(res.json().error.message).toMatch(/[\u4e00-\u9fa5]/);
    }
    expect((await office.get(`/api/bulletins/${draft.id}`)).json().version).toBe(draft.version); // nothing saved

    // Markup typed as text stays text; control and zero-width characters go; empty blocks go; table rows padded.
    const res = await put([
      { type: "paragraph", runs: [{ text: "<script>alert(1)</script>\u0001\u200b问题" }, { text: "" }, { text: "\u0007加粗", bold: true }, { text: "也加粗", bold: true }] },
      { type: "paragraph", runs: [{ text: "  \u0000 " }] },
      { type: "list", ordered: false, items: [[], [{ text: "第二项\n换行" }]] },
      { type: "table", rows: [["单位", "说明", "备注"], ["基础教育股"], ["", ""]] },
    ]);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().sections[0].blocks).toEqual([
      { type: "paragraph", runs: [{ text: "<script>alert(1)</script>问题" }, { text: "加粗也加粗", bold: true }] },
      { type: "list", ordered: false, items: [[{ text: "第二项 换行" }]] },
      { type: "table", rows: [["单位", "说明", "备注"], ["基础教育股", "", ""]] },
    ]);
    const docx = await office.get(`/api/bulletins/${draft.id}/export.docx`);
    const xml = xmlOf(docx.rawPayload, "word/document.xml");
    expect(xml).toContain("&lt;script&gt;alert(1)&lt;/script&gt;问题");
    expect(xml).not.toMatch(/[\u0000-\u0008]/);

    // The section heading, title, issuer and 发 line are cleaned too (a control character there broke the DOCX).
    const now = (await office.get(`/api/bulletins/${draft.id}`)).json();
    const dirty = await office.request("PUT", `/api/bulletins/${draft.id}`, {
      version: now.version, title: "第\u0001一期\u200b通报", issuer: "县教育局\u0007", distribution: "各股室\u000b，各学校",
      sections: [{ heading: "总体\u0002情况", blocks: [{ type: "paragraph", runs: [{ text: "正文" }] }] }],
    });
    expect(dirty.statusCode, dirty.body).toBe(200);
    expect(dirty.json()).toMatchObject({ title: "第一期通报", issuer: "县教育局", distribution: "各股室，各学校", sections: [{ heading: "总体情况" }] });
    const again = await office.get(`/api/bulletins/${draft.id}/export.docx`);
    expect(again.statusCode).toBe(200);
    for (const part of ["word/document.xml", "docProps/core.xml"]) expect(xmlOf(again.rawPayload, part)).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/);
    expect(textOf(xmlOf(again.rawPayload, "word/document.xml"))).toContain("一、总体情况");
  });

  it("opens a bulletin saved as plain text before rich text, and exports it", async () => {
    const drafts = (await office.get("/api/bulletins")).json().items.filter((b: any) => b.state === "draft");
    const id = drafts[2].id;
    await s.database.db.updateTable("bulletins").set({ sections: JSON.stringify([{ heading: "总体情况", text: "全县推进有序。\n（一）按时报送单位。基础教育股。\n1. 新建幼儿园。进展顺利。" }]) }).where("id", "=", id).execute();
    const b = (await office.get(`/api/bulletins/${id}`)).json();
    expect(b.sections).toEqual([{ heading: "总体情况", blocks: [
      { type: "paragraph", runs: [{ text: "全县推进有序。" }] },
      { type: "heading", level: 2, runs: [{ text: "按时报送单位" }] },
      { type: "paragraph", runs: [{ text: "基础教育股。" }] },
      { type: "paragraph", runs: [{ text: "1. 新建幼儿园。", bold: true }, { text: "进展顺利。" }] },
    ] }]);
    const docx = await office.get(`/api/bulletins/${id}/export.docx`);
    expect(docx.statusCode).toBe(200);
    expect(textOf(xmlOf(docx.rawPayload, "word/document.xml"))).toContain("（一）按时报送单位");
    // Saving it back as it was read stores blocks.
    const saved = await office.request("PUT", `/api/bulletins/${id}`, { version: b.version, sections: b.sections });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(JSON.parse((await s.database.db.selectFrom("bulletins").select("sections").where("id", "=", id).executeTakeFirstOrThrow()).sections)[0].blocks).toHaveLength(4);
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
    expect(text).toContain("（一）学前教育扩容提质\n新建幼儿园进展顺利。");
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
