// More rows than SQLite binds parameters (32,766): 我的任务, the ledger and deleting the plan must
// not bind one parameter per task or per report (issue 17; the 32,767-task draft of issue 10).
// The rows beyond the first task are written in bulk with SQL: the app's own commands refuse a plan
// of more than 2,000 tasks, but databases written before that cap may hold one.
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dialects, makeTestServer, type TestClient, type TestServer } from "../helpers/harness.js";
import { shanghaiInstant } from "../../src/server/clock.js";

const EXTRA = 33_000;

describe.each(dialects())("33,000 tasks and reports on $name", (dialect) => {
  let s: TestServer;
  let admin: TestClient;
  let staff: TestClient;
  let planId: number;
  beforeAll(async () => {
    s = await makeTestServer(dialect, {}, { clock: () => shanghaiInstant("2026-03-21", 10) });
    admin = await s.admin();
    const unitId = (await admin.post("/api/units", { name: "基础教育股", kind: "department" })).json().id as number;
    staff = await s.user({ username: "jj_staff", name: "基教经办", roles: ["unit_staff"], unitId });
    planId = (await admin.post("/api/plans", { title: "示例县教育局2026年工作要点", year: 2026 })).json().plan.id;
    expect((await admin.post(`/api/plans/${planId}/tasks`, { title: "扩大优质学前教育资源", lead: [{ name: "基础教育股" }] })).statusCode).toBe(201);
    expect((await admin.post(`/api/plans/${planId}/publish`, {})).statusCode).toBe(200);
    const roundId = (await admin.post(`/api/plans/${planId}/rounds`, { period: "2026-03" })).json().round.id as number;

    const db = s.database.db;
    const at = new Date().toISOString();
    await sql`WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ${EXTRA})
      INSERT INTO tasks (plan_id, position, no, title, body, measures, provenance, version, updated_at)
      SELECT ${planId}, 100 + i, 'x' || i, '批量任务', '', '[]', '{}', 1, ${at} FROM n`.execute(db);
    await sql`INSERT INTO task_units (task_id, role, position, name, unit_id)
      SELECT id, 'lead', 0, '基础教育股', ${unitId} FROM tasks WHERE plan_id = ${planId} AND position >= 100`.execute(db);
    await sql`INSERT INTO reports (round_id, task_id, unit_id, role, state, text, status, updated_at)
      SELECT ${roundId}, id, ${unitId}, 'lead', 'submitted', '按计划推进', 'on_track', ${at} FROM tasks WHERE plan_id = ${planId} AND position >= 100`.execute(db);
  }, 120_000);
  afterAll(async () => s?.close());

  it("answers 我的任务 and the ledger, then deletes the archived plan", async () => {
    const mine = await staff.get("/api/tasks/mine");
    expect(mine.statusCode, mine.body.slice(0, 300)).toBe(200);
    // One page, counted over every task (issue 12: paged in SQL).
    expect(mine.json()).toMatchObject({ total: EXTRA + 1, counts: { all: EXTRA + 1, lead: EXTRA + 1 } });
    expect(mine.json().items).toHaveLength(15);
    const last = (await staff.get(`/api/tasks/mine?pageSize=100&page=${Math.ceil((EXTRA + 1) / 100)}`)).json();
    expect(last.items).toHaveLength((EXTRA + 1) % 100 || 100);
    const ledger = await admin.get(`/api/plans/${planId}/tasks`);
    expect(ledger.statusCode, ledger.body.slice(0, 300)).toBe(200);
    expect(ledger.json().total).toBe(EXTRA + 1);
    expect((await admin.post(`/api/plans/${planId}/archive`, {})).statusCode).toBe(200);
    expect((await staff.get("/api/tasks/mine")).json().items).toHaveLength(0);
    const deleted = await admin.request("DELETE", `/api/plans/${planId}`);
    expect(deleted.statusCode, deleted.body).toBe(200);
    expect(deleted.json().deleted).toMatchObject({ tasks: EXTRA + 1, reports: EXTRA + 1 });
  }, 120_000);
});
