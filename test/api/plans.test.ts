import { readFileSync, readdirSync, existsSync } from "node:fs";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import ExcelJS from "exceljs";
import { Document, Packer, Paragraph, TextRun } from "docx";
import { dialects, makeTestServer, multipartBody, type TestClient, type TestServer } from "../helpers/harness.js";

const SHARED = resolve("../shared");
const seedsPresent = existsSync(join(SHARED, "seeds"));
if (!seedsPresent) console.log("Seed import tests skipped: ../shared/seeds not found");

const PLAN_TEXT = `示例县教育局2026年工作要点

一、加强党的建设
1. 深化理论学习。坚持每月开展理论中心组学习。（责任领导：张明，责任股室：办公室、组织人事股）
2. 推进清廉学校建设。年底前实现清廉学校建设全覆盖。（责任领导：李华，责任股室：纪检监察室）

二、提升教育质量
3. 扩大优质学前教育资源。新建公办幼儿园3所，学前三年毛入园率达到95%。（责任领导：张明，责任股室：基础教育股、计划财务股）
4. 加强教师队伍建设。完成教师培训1200人次以上，9月底前完成新教师招聘。（责任领导：李华，责任股室：教师工作股）
`;

async function docxOf(lines: string[]): Promise<Buffer> {
  const doc = new Document({ sections: [{ children: lines.map((l) => new Paragraph({ children: [new TextRun(l)] })) }] });
  return Buffer.from(await Packer.toBuffer(doc));
}

describe.each(dialects())("plans and ledger API on $name", (dialect) => {
  let s: TestServer;
  let admin: TestClient;
  beforeAll(async () => {
    s = await makeTestServer(dialect);
    admin = await s.admin();
  });
  afterAll(async () => s?.close());

  async function importText(text: string, filename = "plan.txt") {
    return admin.post("/api/plans/import", { text, filename });
  }

  it.skipIf(!seedsPresent)("imports every seed into a draft with the gold task count", async () => {
    for (const f of readdirSync(join(SHARED, "seeds")).sort()) {
      const gold = JSON.parse(readFileSync(join(SHARED, "gold", f.replace(/\.txt$/, ".json")), "utf8"));
      const mp = multipartBody("file", f, readFileSync(join(SHARED, "seeds", f)), "text/plain");
      const res = await admin.request("POST", "/api/plans/import", mp.body, mp.headers);
      expect(res.statusCode, res.body).toBe(201);
      const body = res.json();
      expect(body.plan.status).toBe("draft");
      expect(body.taskCount, f).toBe(gold.tasks.length);
      const tasks = (await admin.get(`/api/plans/${body.plan.id}/tasks`)).json().items;
      expect(tasks).toHaveLength(gold.tasks.length);
    }
  });

  it("refuses a year filter outside 2000–2100 with 400 (a PostgreSQL integer overflowed with 500)", async () => {
    for (const year of ["9007199254740991", "-9007199254740991", "1999"]) {
      const res = await admin.get(`/api/plans?year=${year}`);
      expect(res.statusCode, res.body).toBe(400);
      expect(res.json().error.message).toContain("年份无效");
    }
    expect((await admin.get("/api/plans?year=2026")).statusCode).toBe(200);
  });

  it("imports pasted text, keeps the source and the original file", async () => {
    const res = await importText(PLAN_TEXT, "示例县工作要点.txt");
    expect(res.statusCode, res.body).toBe(201);
    const { plan, taskCount } = res.json();
    expect(plan).toMatchObject({ status: "draft", year: 2026 });
    expect(taskCount).toBe(4);
    const src = (await admin.get(`/api/plans/${plan.id}/source`)).json();
    expect(src.text).toContain("扩大优质学前教育资源");
    const file = await admin.get(`/api/plans/${plan.id}/file`);
    expect(file.statusCode).toBe(200);
    expect(file.body).toContain("示例县教育局");
    const tasks = (await admin.get(`/api/plans/${plan.id}/tasks`)).json().items;
    const t3 = tasks.find((t: any) => t.no === "3");
    expect(t3.lead.map((u: any) => u.name)).toEqual(["基础教育股", "计划财务股"]);
    expect(t3.leaders.map((l: any) => l.name)).toEqual(["张明"]);
    expect(t3.targets).toContainEqual(expect.objectContaining({ value: 95, unit: "%", op: ">=" }));
    expect(t3.targets[0].id).toBeTypeOf("number");
  });

  it("keeps the table row of a task read from a table in its provenance, for the review screen", async () => {
    const table = ["示例县教育局2026年重点工作任务分解表", "| 序号 | 重点工作任务 | 牵头单位 |", "|---|---|---|", "| 1 | 新建公办幼儿园3所 | 基础教育股 |", "| 2 | 建设智慧校园 | 电教站 |"].join("\n");
    const res = await importText(table, "分解表.md");
    expect(res.statusCode, res.body).toBe(201);
    const tasks = (await admin.get(`/api/plans/${res.json().plan.id}/tasks`)).json().items;
    const row = tasks[1].provenance.tableRow;
    expect(row.header.map((c: { text: string }) => c.text)).toEqual(["序号", "重点工作任务", "牵头单位"]);
    expect(row.rows[0].cells.map((c: { text: string }) => c.text)).toEqual(["2", "建设智慧校园", "电教站"]);
    const source = (await admin.get(`/api/plans/${res.json().plan.id}/source`)).json().text as string;
    expect(source.slice(...row.rows[0].cells[1].span)).toBe("建设智慧校园");

    const prose = await importText("示例县教育局2026年工作安排\n1. 开展校园安全专项检查，6月底前完成。（责任股室：安全股）");
    expect(prose.json().taskCount).toBe(1);
    const proseTasks = (await admin.get(`/api/plans/${prose.json().plan.id}/tasks`)).json().items;
    expect(proseTasks[0].provenance.tableRow).toBeUndefined();
  });

  it("imports an uploaded DOCX and answers bad files with 415, 413 and 422", async () => {
    const docx = await docxOf(["示例县教育局2026年工作要点", "一、重点任务", "1. 推进集团化办学。（责任股室：基础教育股）", "2. 建设智慧校园。（责任股室：电教站）"]);
    let mp = multipartBody("file", "要点.docx", docx);
    const ok = await admin.request("POST", "/api/plans/import", mp.body, mp.headers);
    expect(ok.statusCode, ok.body).toBe(201);
    expect(ok.json().taskCount).toBe(2);

    mp = multipartBody("file", "virus.exe", Buffer.from("MZ...."));
    const bad = await admin.request("POST", "/api/plans/import", mp.body, mp.headers);
    expect(bad.statusCode).toBe(415);
    expect(bad.json().error.message).toMatch(/不支持/);

    mp = multipartBody("file", "broken.docx", Buffer.concat([docx.subarray(0, 300)]));
    const broken = await admin.request("POST", "/api/plans/import", mp.body, mp.headers);
    expect(broken.statusCode, broken.body).toBe(422);
    expect(broken.json().error.message).toMatch(/[\u4e00-\u9fa5]/);

    mp = multipartBody("file", "huge.txt", Buffer.alloc(31 * 1024 * 1024, 0x41));
    const huge = await admin.request("POST", "/api/plans/import", mp.body, mp.headers);
    expect(huge.statusCode).toBe(413);

    const before = (await admin.get("/api/plans")).json().items.length;
    expect(before).toBeGreaterThan(0);
  });

  it("keeps a document without tasks as a draft with a warning, for entry by hand", async () => {
    const res = await importText("同志们：今天我们召开全县教育工作会议，总结去年工作，部署今年任务。希望大家团结一心。");
    expect(res.statusCode).toBe(201);
    expect(res.json().taskCount).toBe(0);
    expect(res.json().warnings.length).toBeGreaterThan(0);
    const id = res.json().plan.id;
    const created = await admin.post(`/api/plans/${id}/tasks`, { title: "手工录入的任务", lead: [{ name: "办公室" }] });
    expect(created.statusCode, created.body).toBe(201);
    const blank = await admin.post("/api/plans", { title: "空白方案", year: 2026 });
    expect(blank.statusCode).toBe(201);
    expect(blank.json().plan.status).toBe("draft");
  });

  it("reviews, maps a unit name, publishes, and versions later edits", async () => {
    // The directory knows 基础教育股 under the alias 基教股 and has a leader account 张明.
    const jj = (await admin.post("/api/units", { name: "基础教育股", kind: "department", aliases: ["基教股"] })).json();
    const office = (await admin.post("/api/units", { name: "办公室", kind: "department" })).json();
    await admin.post("/api/users", { username: "zhangming", name: "张明", roles: ["leader"], password: "Zm#2026leader" });
    const staff = await admin.post("/api/users", { username: "jj_staff", name: "基教股小王", roles: ["unit_staff"], unitId: jj.id, password: "Jj#2026staff" });
    expect(staff.statusCode).toBe(201);

    const { plan } = (await importText(PLAN_TEXT.replace("基础教育股、计划财务股", "县教育局基教股、计财股"))).json();
    let tasks = (await admin.get(`/api/plans/${plan.id}/tasks`)).json().items;
    const t3 = tasks.find((t: any) => t.no === "3");
    expect(t3.lead[0]).toMatchObject({ name: "县教育局基教股", unitId: jj.id });
    expect(t3.lead[1]).toMatchObject({ name: "计财股", unitId: null });
    expect(t3.leaders[0].userId).toBeTypeOf("number");
    expect(tasks.find((t: any) => t.no === "1").lead[0].unitId).toBe(office.id);

    // Map 计财股 to a new directory unit by hand: it becomes an alias.
    const cw = (await admin.post("/api/units", { name: "计划财务股", kind: "department" })).json();
    const mapped = await admin.post(`/api/plans/${plan.id}/unit-mappings`, { name: "计财股", unitId: cw.id });
    expect(mapped.json()).toMatchObject({ unitId: cw.id, changed: 1 });
    expect((await admin.get("/api/units")).json().items.find((u: any) => u.id === cw.id).aliases).toContain("计财股");

    // Edit in review, with optimistic concurrency.
    const edit = await admin.patch(`/api/tasks/${t3.id}`, { title: "扩大普惠性学前教育资源", version: t3.version });
    expect(edit.statusCode, edit.body).toBe(200);
    const stale = await admin.patch(`/api/tasks/${t3.id}`, { title: "旧版本的修改", version: t3.version });
    expect(stale.statusCode).toBe(409);

    const published = await admin.post(`/api/plans/${plan.id}/publish`, {});
    expect(published.statusCode, published.body).toBe(200);
    expect(published.json().status).toBe("published");
    const createdNames = published.json().createdUnits.map((u: any) => u.name);
    expect(createdNames).toContain("纪检监察室");
    tasks = (await admin.get(`/api/plans/${plan.id}/tasks`)).json().items;
    expect(tasks.every((t: any) => [...t.lead, ...t.co, ...t.liaison].every((u: any) => u.unitId))).toBe(true);
    expect((await admin.post(`/api/plans/${plan.id}/publish`, {})).statusCode).toBe(409);
    expect((await admin.post(`/api/plans/${plan.id}/reextract`, {})).statusCode).toBe(409);
    expect((await admin.request("DELETE", `/api/tasks/${t3.id}`)).statusCode).toBe(409);

    const current = tasks.find((t: any) => t.id === t3.id);
    const later = await admin.patch(`/api/tasks/${t3.id}`, { milestones: [...current.milestones, { what: "新园开园", by: "2026-09" }], version: current.version });
    expect(later.statusCode, later.body).toBe(200);
    const detail = (await admin.get(`/api/tasks/${t3.id}`)).json();
    expect(detail.history).toHaveLength(1);
    expect(detail.history[0]).toMatchObject({ changedBy: "管理员" });
    expect(detail.history[0].after.milestones.map((m: any) => m.what)).toContain("新园开园");
    const audit = (await admin.get(`/api/audit?action=task.update`)).json();
    expect(audit.total).toBeGreaterThanOrEqual(2);

    // The unit's clerk finds the task under 我的任务; the leader finds theirs.
    const clerk = s.client();
    await clerk.login("jj_staff", "Jj#2026staff");
    await clerk.post("/api/auth/password", { currentPassword: "Jj#2026staff", newPassword: "Jj#2026better" });
    const mine = (await clerk.get("/api/tasks/mine")).json().items;
    expect(mine.map((t: any) => t.id)).toContain(t3.id);
    expect(mine.find((t: any) => t.id === t3.id).myRoles).toContain("lead");
    expect((await clerk.patch(`/api/tasks/${t3.id}`, { title: "越权" })).statusCode).toBe(403);

    const filtered = (await admin.get(`/api/plans/${plan.id}/tasks?unitId=${jj.id}`)).json().items;
    expect(filtered.map((t: any) => t.id)).toEqual([t3.id]);
    expect((await admin.get(`/api/plans/${plan.id}/tasks?q=清廉`)).json().items).toHaveLength(1);

    // A unit named after publishing becomes a unit of the directory right away.
    const fresh = (await admin.get(`/api/tasks/${t3.id}`)).json();
    const withCo = await admin.patch(`/api/tasks/${t3.id}`, { co: [{ name: "县妇联" }], version: fresh.version });
    expect(withCo.statusCode, withCo.body).toBe(200);
    expect(withCo.json().co[0].unitId).toBeTypeOf("number");

    const archived = await admin.post(`/api/plans/${plan.id}/archive`, {});
    expect(archived.json().status).toBe("archived");
    expect((await admin.patch(`/api/tasks/${t3.id}`, { title: "归档后" })).statusCode).toBe(409);
  });

  it("splits, merges, reorders and deletes tasks in a draft", async () => {
    const { plan } = (await importText(PLAN_TEXT)).json();
    let tasks = (await admin.get(`/api/plans/${plan.id}/tasks`)).json().items;
    const [a, b, c] = tasks;
    const withMeasures = await admin.patch(`/api/tasks/${a.id}`, { measures: ["第一条措施", "第二条措施", "第三条措施"] });
    const split = await admin.post(`/api/tasks/${a.id}/split`, { at: 2, title: "拆出的任务" });
    expect(split.statusCode, split.body).toBe(201);
    expect(split.json().measures).toEqual(["第三条措施"]);
    tasks = (await admin.get(`/api/plans/${plan.id}/tasks`)).json().items;
    expect(tasks[1].title).toBe("拆出的任务");
    expect(tasks[0].measures).toHaveLength(2);
    expect(withMeasures.statusCode).toBe(200);

    const merged = await admin.post(`/api/plans/${plan.id}/tasks/merge`, { taskIds: [b.id, c.id] });
    expect(merged.statusCode, merged.body).toBe(200);
    expect(merged.json().lead.map((u: any) => u.name)).toEqual(expect.arrayContaining(["纪检监察室", "基础教育股"]));
    tasks = (await admin.get(`/api/plans/${plan.id}/tasks`)).json().items;
    expect(tasks).toHaveLength(4);

    const order = tasks.map((t: any) => t.id).reverse();
    const re = await admin.post(`/api/plans/${plan.id}/tasks/reorder`, { order });
    expect(re.json().items.map((t: any) => t.id)).toEqual(order);
    expect((await admin.post(`/api/plans/${plan.id}/tasks/reorder`, { order: order.slice(1) })).statusCode).toBe(400);
    expect((await admin.request("DELETE", `/api/tasks/${order[0]}`)).statusCode).toBe(204);
  });

  it("exports the ledger as a division table and imports an edited copy after a diff", async () => {
    const { plan } = (await importText(PLAN_TEXT.replace("深化理论学习", "=HYPERLINK(\"http://x\")深化理论学习"))).json();
    const x = await admin.get(`/api/plans/${plan.id}/export.xlsx`);
    expect(x.statusCode).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(x.rawPayload as any);
    const ws = wb.worksheets[0];
    const header = (ws.getRow(2).values as any[]).slice(1, 10);
    expect(header).toEqual(["序号", "目标任务", "具体要求", "进展情况", "牵头部门", "责任部门", "联络股室", "责任领导", "完成时限"]);
    let injected = false;
    ws.eachRow((row) => row.eachCell((cell) => {
      if (typeof cell.value === "object" && cell.value && "formula" in cell.value) injected = true;
      if (typeof cell.value === "string") expect(cell.value).not.toMatch(/^[=+\-@]/);
    }));
    expect(injected).toBe(false);

    // Edit one cell: the lead unit of task 4.
    let target: ExcelJS.Row | undefined;
    ws.eachRow((row) => { if (row.getCell(1).value === "4") target = row; });
    target!.getCell(5).value = "教师工作股、办公室";
    const edited = Buffer.from(await wb.xlsx.writeBuffer());

    let mp = multipartBody("file", "台账.xlsx", edited);
    const preview = await admin.request("POST", `/api/plans/${plan.id}/ledger-import`, mp.body, mp.headers);
    expect(preview.statusCode, preview.body).toBe(200);
    expect(preview.json().applied).toBe(false);
    expect(preview.json().changes).toEqual([expect.objectContaining({ kind: "update", no: "4", fields: [expect.objectContaining({ field: "lead", after: "教师工作股、办公室" })] })]);
    let tasks = (await admin.get(`/api/plans/${plan.id}/tasks`)).json().items;
    expect(tasks.find((t: any) => t.no === "4").lead).toHaveLength(1);

    mp = multipartBody("file", "台账.xlsx", edited);
    const applied = await admin.request("POST", `/api/plans/${plan.id}/ledger-import?apply=1`, mp.body, mp.headers);
    expect(applied.json().applied).toBe(true);
    tasks = (await admin.get(`/api/plans/${plan.id}/tasks`)).json().items;
    expect(tasks.find((t: any) => t.no === "4").lead.map((u: any) => u.name)).toEqual(["教师工作股", "办公室"]);
    // The first task's title kept its text, formula characters and all.
    expect(tasks[0].title).toContain("=HYPERLINK");

    // A broken row: nothing changes.
    target!.getCell(10).value = 999999;
    target!.getCell(5).value = "别的股室";
    mp = multipartBody("file", "台账.xlsx", Buffer.from(await wb.xlsx.writeBuffer()));
    const failed = await admin.request("POST", `/api/plans/${plan.id}/ledger-import?apply=1`, mp.body, mp.headers);
    expect(failed.statusCode).toBe(400);
    expect(failed.json().error.code).toBe("IMPORT_FAILED");
    expect(failed.json().error.details[0].row).toBe(target!.number);
  });
});
