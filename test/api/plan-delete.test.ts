// Deleting plans: drafts and archived plans with everything that hangs on them, by the office
// and the admin only, audited; a published plan must be archived first.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dialects, makeTestServer, multipartBody, type TestClient, type TestServer } from "../helpers/harness.js";
import { shanghaiInstant } from "../../src/server/clock.js";

const PLAN = `示例县教育局2026年工作要点
一、提升教育质量
1. 扩大优质学前教育资源。新建公办幼儿园3所，学前三年毛入园率达到95%。（责任领导：张明，责任股室：基础教育股）
2. 加强校园安全管理。开展安全隐患排查4次。（责任领导：张明，责任股室：安全管理股）
`;

describe.each(dialects())("deleting plans on $name", (dialect) => {
  let s: TestServer;
  let admin: TestClient;
  let office: TestClient;
  let staff: TestClient;
  const now = shanghaiInstant("2026-03-21", 10);
  beforeAll(async () => {
    s = await makeTestServer(dialect, {}, { clock: () => now });
    admin = await s.admin();
    const unit = (await admin.post("/api/units", { name: "基础教育股", kind: "department" })).json().id as number;
    await admin.post("/api/units", { name: "安全管理股", kind: "department" });
    office = await s.user({ username: "office1", name: "办公室", roles: ["office"] });
    staff = await s.user({ username: "jj_staff", name: "基教经办", roles: ["unit_staff", "unit_head"], unitId: unit });
  });
  afterAll(async () => s?.close());

  const count = async (table: string, column: string, value: number) =>
    Number((await s.database.db.selectFrom(table as any).select((eb: any) => eb.fn.countAll().as("n")).where(column as any, "=", value).executeTakeFirst() as any).n);

  it("deletes a draft with its tasks, audited, for the office only", async () => {
    const draft = (await office.post("/api/plans/import", { text: PLAN, filename: "草稿.txt" })).json().plan;
    expect((await staff.request("DELETE", `/api/plans/${draft.id}`)).statusCode).toBe(403);
    const res = await office.request("DELETE", `/api/plans/${draft.id}`);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().deleted).toMatchObject({ tasks: 2, rounds: 0, reports: 0 });
    expect((await office.get(`/api/plans/${draft.id}`)).statusCode).toBe(404);
    expect(await count("tasks", "plan_id", draft.id)).toBe(0);
    const audit = (await admin.get("/api/audit?entity=plan")).json();
    const event = (audit.items ?? audit).find((e: any) => e.action === "plan.delete" && String(e.entityId) === String(draft.id));
    expect(event, JSON.stringify(audit).slice(0, 400)).toBeTruthy();
    expect((await office.request("DELETE", `/api/plans/${draft.id}`)).statusCode).toBe(404);
  });

  it("refuses a published plan, then deletes it once archived with its rounds, reports, evidence and summaries", async () => {
    const plan = (await office.post("/api/plans/import", { text: PLAN, filename: "要点.txt" })).json().plan;
    expect((await office.post(`/api/plans/${plan.id}/publish`, {})).statusCode).toBe(200);
    const round = (await office.post(`/api/plans/${plan.id}/rounds`, { period: "2026-03" })).json().round;
    const mine = (await staff.get(`/api/rounds/${round.id}/reports`)).json().items[0];
    const detail = (await staff.get(`/api/reports/${mine.id}`)).json();
    const saved = await staff.request("PUT", `/api/reports/${mine.id}`, { text: "已完成选址。", status: "正常推进", version: detail.version });
    expect(saved.statusCode, saved.body).toBe(200);
    const mp = multipartBody("file", "照片.png", Buffer.from("\x89PNG\r\n\x1a\nfake"));
    expect((await staff.request("POST", `/api/reports/${mine.id}/evidence`, mp.body, mp.headers)).statusCode).toBe(201);
    expect((await staff.post(`/api/reports/${mine.id}/submit`, { version: saved.json().version })).statusCode).toBe(200);
    const summary = await staff.post(`/api/plans/${plan.id}/summaries`, { quarter: "2026-Q1", scope: "unit" });
    expect(summary.statusCode, summary.body).toBe(201);

    const refused = await office.request("DELETE", `/api/plans/${plan.id}`);
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.message).toMatch(/请先归档/);

    expect((await office.post(`/api/plans/${plan.id}/archive`, {})).statusCode).toBe(200);
    // The clerk's bell, read (and cached) before the deletion, tells of the round that opened.
    const links = (bell: any) => (bell.items as { link: string }[]).map((n) => n.link);
    const before = (await staff.get("/api/notifications")).json();
    const taskLinks = ((await office.get(`/api/plans/${plan.id}/tasks`)).json().items as { id: number }[]).map((t) => `/tasks/${t.id}`);
    expect(links(before)).toContain(`/rounds/${round.id}`);
    const res = await admin.request("DELETE", `/api/plans/${plan.id}`);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().deleted).toMatchObject({ tasks: 2, rounds: 1, reports: 2, evidenceFiles: 1, summaries: 1 });
    expect((await office.get(`/api/plans/${plan.id}`)).statusCode).toBe(404);
    expect((await staff.get(`/api/reports/${mine.id}`)).statusCode).toBe(404);
    expect((await staff.get(`/api/summaries/${summary.json().id}`)).statusCode).toBe(404);
    expect(await count("rounds", "plan_id", plan.id)).toBe(0);
    expect(await count("reports", "round_id", round.id)).toBe(0);
    expect(await count("evidence_files", "report_id", mine.id)).toBe(0);
    // Afterwards it is answered afresh and opens no page that died with the plan.
    const bell = (await staff.get("/api/notifications")).json();
    const dead = [`/reports/${mine.id}`, `/rounds/${round.id}`, `/summaries/${summary.json().id}`, ...taskLinks];
    expect(links(bell).filter((l) => dead.includes(l))).toEqual([]);
    expect(bell.unread).toBe(bell.items.filter((n: any) => !n.read).length);
    expect((await office.get("/api/tasks/mine")).statusCode).toBe(200);
    expect((await staff.get("/api/tasks/mine")).statusCode).toBe(200);
  });
});
