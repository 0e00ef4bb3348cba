// The exported division table carries 进展情况: each task's latest lead-unit report that left the
// unit (submitted or approved), not drafts.
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dialects, makeTestServer, multipartBody, type TestClient, type TestServer } from "../helpers/harness.js";
import { shanghaiInstant } from "../../src/server/clock.js";
import { latestLeadOf } from "../../src/server/commands/rounds/progress.js";

const PLAN = `示例县教育局2026年工作要点
一、提升教育质量
1. 扩大优质学前教育资源。新建公办幼儿园3所。（责任领导：张明，责任股室：基础教育股）
2. 加强校园安全管理。开展安全隐患排查4次。（责任领导：张明，责任股室：安全管理股）
`;

async function progressColumn(res: { rawPayload: Buffer }): Promise<Record<string, string>> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
  const sheet = wb.worksheets[0];
  let header = 0;
  sheet.eachRow((row, n) => {
    if (!header && row.values && (row.values as unknown[]).includes("进展情况")) header = n;
  });
  const cols = sheet.getRow(header).values as unknown[];
  const noCol = cols.indexOf("序号"), progressCol = cols.indexOf("进展情况");
  const out: Record<string, string> = {};
  for (let n = header + 1; n <= sheet.rowCount; n++) {
    const row = sheet.getRow(n);
    const no = String(row.getCell(noCol).value ?? "");
    if (/^\d+$/.test(no)) out[no] = String(row.getCell(progressCol).value ?? "");
  }
  return out;
}

describe.each(dialects())("ledger export with progress on $name", (dialect) => {
  let s: TestServer;
  let admin: TestClient;
  const users: Record<string, TestClient> = {};
  let planId: number;

  beforeAll(async () => {
    s = await makeTestServer(dialect, {}, { clock: () => shanghaiInstant("2026-03-21", 10) });
    admin = await s.admin();
    const unit = async (name: string) => (await admin.post("/api/units", { name, kind: "department" })).json().id as number;
    const jj = await unit("基础教育股"), aq = await unit("安全管理股");
    for (const [username, roles, unitId] of [["jj_staff", ["unit_staff"], jj], ["jj_head", ["unit_head"], jj], ["aq_staff", ["unit_staff"], aq]] as const) {
      users[username] = await s.user({ username, name: username, roles: [...roles], unitId });
    }
    planId = (await admin.post("/api/plans/import", { text: PLAN, filename: "要点.txt" })).json().plan.id;
    expect((await admin.post(`/api/plans/${planId}/publish`, {})).statusCode).toBe(200);
  });
  afterAll(async () => s?.close());

  it("fills 进展情况 with the latest submitted lead report and leaves drafts out", async () => {
    expect(await progressColumn(await admin.get(`/api/plans/${planId}/export.xlsx`))).toEqual({ "1": "", "2": "" });
    const round = (await admin.post(`/api/plans/${planId}/rounds`, { period: "2026-03" })).json().round;
    const reports = (await admin.get(`/api/rounds/${round.id}/reports`)).json().items;
    const tasks = (await admin.get(`/api/plans/${planId}/tasks`)).json().items;
    const reportOf = (no: string) => reports.find((r: any) => r.taskId === tasks.find((t: any) => t.no === no).id);
    const one = reportOf("1"), two = reportOf("2");
    const saved = await users.jj_staff.request("PUT", `/api/reports/${one.id}`, { text: "两所新园已开工。", status: "正常推进", version: one.version });
    expect(saved.statusCode, saved.body).toBe(200);
    expect((await users.jj_head.post(`/api/reports/${one.id}/submit`, { version: saved.json().version })).statusCode).toBe(200);
    // Task 2's unit only drafted: not the unit's word yet.
    expect((await users.aq_staff.request("PUT", `/api/reports/${two.id}`, { text: "草稿，尚未提交。", version: two.version })).statusCode).toBe(200);

    const column = await progressColumn(await admin.get(`/api/plans/${planId}/export.xlsx`));
    expect(column["1"]).toBe("2026年3月：两所新园已开工。");
    expect(column["2"]).toBe("");
  });

  it("a last lead report without a status leaves the task's status to the latest one that gave it", async () => {
    const db = s.database.db;
    const task = (await admin.get(`/api/plans/${planId}/tasks`)).json().items.find((t: any) => t.no === "1");
    const march = await db.selectFrom("reports").innerJoin("rounds", "rounds.id", "reports.round_id").selectAll("reports").where("reports.task_id", "=", task.id).where("reports.role", "=", "lead").where("rounds.period", "=", "2026-03").executeTakeFirstOrThrow();
    const before = (await latestLeadOf(db, [task.id])).get(task.id)!;
    expect(before).toMatchObject({ status: "on_track", latestPeriod: "2026-03" });
    // A later counted lead report that says no status (an older import, say), with a milestone done.
    const { id: _r, plan_id: _p, ...roundRow } = await db.selectFrom("rounds").selectAll().where("id", "=", march.round_id).executeTakeFirstOrThrow();
    const april = (await db.insertInto("rounds").values({ ...roundRow, plan_id: planId, period: "2026-04", state: "closed" }).returning("id").executeTakeFirstOrThrow()).id;
    const { id: _id, ...reportRow } = march;
    const later = (await db.insertInto("reports").values({ ...reportRow, round_id: april, status: null }).returning("id").executeTakeFirstOrThrow()).id;
    const milestone = await db.selectFrom("milestones").select("id").where("task_id", "=", task.id).executeTakeFirst();
    if (milestone) await db.insertInto("report_milestones").values({ report_id: later, milestone_id: milestone.id, done_on: "2026-04-10" }).execute();
    const after = (await latestLeadOf(db, [task.id])).get(task.id)!;
    expect(after).toMatchObject({ status: "on_track", statusLabel: "正常推进", latestPeriod: "2026-03" });
    expect([...after.milestonesDone]).toEqual(milestone ? [[milestone.id, "2026-04-10"]] : []);
    await db.deleteFrom("report_milestones").where("report_id", "=", later).execute();
    await db.deleteFrom("reports").where("id", "=", later).execute();
    await db.deleteFrom("rounds").where("id", "=", april).execute();
  });

  it("re-import: natural 完成时限 is read, removed rows and 进展情况 edits are said, not applied", async () => {
    const exported = await admin.get(`/api/plans/${planId}/export.xlsx`);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(exported.rawPayload as unknown as ArrayBuffer);
    const sheet = wb.worksheets[0];
    let header = 0;
    sheet.eachRow((row, n) => {
      if (!header && (row.values as unknown[]).includes("进展情况")) header = n;
    });
    const cols = sheet.getRow(header).values as unknown[];
    // Printable: every cell of the table bordered, the header repeated on each page, one page wide.
    expect(sheet.pageSetup).toMatchObject({ printTitlesRow: `${header}:${header}`, fitToWidth: 1, orientation: "landscape" });
    expect(sheet.getRow(header + 1).getCell(2).border?.left?.style).toBe("thin");
    expect(sheet.getRow(sheet.rowCount).getCell(cols.length - 1).border?.bottom?.style).toBe("thin");
    const rowOf = (no: string) => {
      for (let n = header + 1; n <= sheet.rowCount; n++) if (String(sheet.getRow(n).getCell(cols.indexOf("序号")).value) === no) return sheet.getRow(n);
      throw new Error(no);
    };
    const one = rowOf("1");
    one.getCell(cols.indexOf("完成时限")).value = "2026年6月底前完成两所新园主体工程";
    one.getCell(cols.indexOf("进展情况")).value = "在表格里改的进展";
    sheet.spliceRows(rowOf("2").number, 1);
    const mp = multipartBody("file", "台账.xlsx", Buffer.from(await wb.xlsx.writeBuffer()));
    const preview = await admin.request("POST", `/api/plans/${planId}/ledger-import`, mp.body, mp.headers);
    expect(preview.statusCode, preview.body).toBe(200);
    const body = preview.json();
    expect(body.changes).toHaveLength(1);
    expect(body.changes[0].fields.map((f: any) => f.label)).toEqual(["完成时限"]);
    expect(body.changes[0].fields[0].after).toMatch(/^2026-06：/);
    expect(body.notes).toHaveLength(2);
    expect(body.notes[0]).toContain("导入不会删除");
    expect(body.notes[0]).toContain("加强校园安全管理");
    expect(body.notes[1]).toContain("进展情况");

    const applied = await admin.request("POST", `/api/plans/${planId}/ledger-import?apply=1`, mp.body, mp.headers);
    expect(applied.statusCode, applied.body).toBe(200);
    const tasks = (await admin.get(`/api/plans/${planId}/tasks`)).json().items;
    expect(tasks).toHaveLength(2);
    expect(tasks.find((t: any) => t.no === "1").milestones.map((m: any) => m.by)).toContain("2026-06");

    // A date nobody can read is a row error, in Chinese, and nothing changes.
    one.getCell(cols.indexOf("完成时限")).value = "尽快完成";
    const bad = multipartBody("file", "台账.xlsx", Buffer.from(await wb.xlsx.writeBuffer()));
    const refused = await admin.request("POST", `/api/plans/${planId}/ledger-import`, bad.body, bad.headers);
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error.message).toContain("没有可识别的日期");
  });
});
