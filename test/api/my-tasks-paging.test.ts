// 我的任务 paged on the server (issue 12): GET /api/tasks/mine answers one page (page, pageSize), with
// the filters role / planId / q and sort applied in SQL, the total of what they keep, each 我的职责
// tab's count and the plans to choose from. Counted by hand on SQLite and PostgreSQL, beside a second
// bureau whose clerk has tasks of their own: neither ever sees a row, a count or a plan of the other.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dialects, makeTestServer, type TestClient, type TestServer } from "../helpers/harness.js";
import { bureauPeople, must, otherBureau, publishShaped } from "../helpers/bureaus.js";
import { hashPassword } from "../../src/server/auth/passwords.js";
import { shanghaiInstant } from "../../src/server/clock.js";

const planText = (title: string, n: number) =>
  `${title}\n一、重点工作\n${Array.from({ length: n }, (_, i) => `${i + 1}. 推进第${i + 1}项重点工作。（责任股室：基础教育股）`).join("\n")}\n`;

// Plan A: tasks 1–12 led by 基础教育股 (jj), 13–16 led by 安全管理股 (aq) with jj as co-unit, 17–18 with jj
// as liaison, 19–20 aq's alone; 张明 leads 1, 13, 19 and 20; tasks 7 and 14 are about the 食堂.
const shapeA = (unit: Record<string, number>, zhangId: number) => {
  const shape: Record<string, object> = {};
  for (let n = 1; n <= 20; n++) {
    const jj = { name: "基础教育股", unitId: unit.jj }, aq = { name: "安全管理股", unitId: unit.aq };
    shape[String(n)] = {
      title: n === 7 || n === 14 ? `第${n}项：规范学校食堂管理` : `第${n}项：推进重点工作`,
      lead: n <= 12 ? [jj] : [aq],
      co: n >= 13 && n <= 16 ? [jj] : [],
      liaison: n === 17 || n === 18 ? [jj] : [],
      leaders: [1, 13, 19, 20].includes(n) ? [{ name: "张明", userId: zhangId }] : [],
      milestones: [],
    };
  }
  return shape;
};

const PLAN_OTHER = `乙县教育局2026年工作要点
一、办学条件
1. 改造薄弱学校食堂。（责任股室：基础教育股）
2. 建设智慧校园。（责任股室：基础教育股）
`;

describe.each(dialects())("我的任务 paged on $name", (dialect) => {
  let s: TestServer;
  let staff: TestClient, zhang: TestClient, otherClerk: TestClient;
  let planA: number, planB: number, planOther: number;
  const taskA: Record<string, any> = {};
  const taskB: Record<string, any> = {};

  beforeAll(async () => {
    s = await makeTestServer(dialect, {}, { clock: () => shanghaiInstant("2026-03-21", 10) });
    const people = await bureauPeople(s, [["jj", "基础教育股"], ["aq", "安全管理股"]], ["jj", "aq"]);
    ({ zhang } = people);
    staff = people.users.jj_staff;
    const a = await publishShaped(people.office, planText("示例县教育局2026年工作要点", 20), shapeA(people.unit, people.zhangId));
    planA = a.planId;
    Object.assign(taskA, a.task);
    const jj = [{ name: "基础教育股", unitId: people.unit.jj }];
    const b = await publishShaped(people.office, planText("示例县教育局2026年民生实事", 3), {
      "1": { lead: jj, co: [], liaison: [], leaders: [] }, "2": { lead: jj, co: [], liaison: [], leaders: [] }, "3": { lead: jj, co: [], liaison: [], leaders: [] },
    });
    planB = b.planId;
    Object.assign(taskB, b.task);
    // A draft with a task of jj's: not in anyone's 我的任务 until published.
    const draft = must(await people.office.post("/api/plans/import", { text: planText("示例县教育局2026年草稿", 1), filename: "草稿.txt" }), 201).plan.id;
    const drafted = must(await people.office.get(`/api/plans/${draft}/tasks`)).items[0];
    must(await people.office.request("PATCH", `/api/tasks/${drafted.id}`, { lead: jj, version: drafted.version }));

    // 乙县: its own 基础教育股 leads both its tasks, and that unit's clerk is signed in.
    const other = await otherBureau(s, PLAN_OTHER);
    planOther = other.planId;
    const db = s.database.db;
    const now = new Date().toISOString();
    // Publishing made 乙县's own 基础教育股 (the plan names it) and linked both tasks to it.
    const unitB = (await db.selectFrom("units").select("id").where("org_id", "=", other.org).where("name", "=", "基础教育股").executeTakeFirstOrThrow()).id;
    const linked = await db.selectFrom("task_units").innerJoin("tasks", "tasks.id", "task_units.task_id").select("task_units.unit_id").where("tasks.plan_id", "=", planOther).execute();
    expect(linked.map((u) => u.unit_id)).toEqual([unitB, unitB]);
    const pw = "Other#Clerk2026";
    await db.insertInto("users").values({ org_id: other.org, unit_id: unitB, username: "clerk_b", name: "乙县基教经办", roles: JSON.stringify(["unit_staff"]), password_hash: await hashPassword(pw), must_change_password: 0, active: 1, failed_logins: 0, version: 1, created_at: now } as never).execute();
    otherClerk = s.client();
    must(await otherClerk.login("clerk_b", pw));
  }, 180_000);
  afterAll(async () => s?.close());

  const mine = async (c: TestClient, query = "") => must(await c.get(`/api/tasks/mine${query}`));
  const nosA = (items: any[]) => items.map((t) => `${t.planId === planA ? "A" : t.planId === planB ? "B" : "?"}${taskNo(t)}`);
  const taskNo = (t: any) => Object.entries(t.planId === planA ? taskA : taskB).find(([, x]) => x.id === t.id)?.[0];

  it("answers 15 rows a page by default, in plan order, with the total and each tab's count", async () => {
    const first = await mine(staff);
    expect(first).toMatchObject({ total: 21, page: 1, pageSize: 15, counts: { all: 21, lead: 15, co: 4, liaison: 2, leader: 0 } });
    expect(nosA(first.items)).toEqual(Array.from({ length: 15 }, (_, i) => `A${i + 1}`));
    expect(first.plans).toEqual([{ id: planA, title: "示例县教育局2026年工作要点", count: 18 }, { id: planB, title: "示例县教育局2026年民生实事", count: 3 }]);
    const second = await mine(staff, "?page=2");
    expect(nosA(second.items)).toEqual(["A16", "A17", "A18", "B1", "B2", "B3"]);
    expect(second.total).toBe(21);
    // Past the last page: no rows, the same total.
    expect(await mine(staff, "?page=3")).toMatchObject({ items: [], total: 21 });
    expect(nosA((await mine(staff, "?page=2&pageSize=8")).items)).toEqual(["A9", "A10", "A11", "A12", "A13", "A14", "A15", "A16"]);
  });

  it("rows say the caller's roles, and carry only the list's fields", async () => {
    const row = (await mine(staff, "?page=1&pageSize=100")).items.find((t: any) => t.id === taskA["13"].id);
    expect(row.myRoles).toEqual(["co"]);
    expect(row).not.toHaveProperty("body");
    const led = (await mine(zhang)).items;
    expect(nosA(led)).toEqual(["A1", "A13", "A19", "A20"]);
    expect(led.every((t: any) => t.myRoles.join() === "leader")).toBe(true);
  });

  it("filters by role, plan and words in SQL; the tabs count with the plan and words applied", async () => {
    expect(await mine(staff, "?role=co")).toMatchObject({ total: 4, counts: { all: 21, co: 4 } });
    expect(nosA((await mine(staff, "?role=co")).items)).toEqual(["A13", "A14", "A15", "A16"]);
    expect(nosA((await mine(staff, "?role=liaison")).items)).toEqual(["A17", "A18"]);
    expect(await mine(staff, "?role=leader")).toMatchObject({ items: [], total: 0 });
    expect(await mine(zhang, "?role=lead")).toMatchObject({ items: [], total: 0, counts: { all: 4, leader: 4, lead: 0 } });
    const words = await mine(staff, `?q=${encodeURIComponent("食堂")}`);
    expect(nosA(words.items)).toEqual(["A7", "A14"]);
    expect(words).toMatchObject({ total: 2, counts: { all: 2, lead: 1, co: 1, liaison: 0, leader: 0 } });
    // LIKE's wildcards are words like any other.
    expect((await mine(staff, `?q=${encodeURIComponent("%")}`)).total).toBe(0);
    expect((await mine(staff, `?q=${encodeURIComponent("第1_项")}`)).total).toBe(0);
    const planOnly = await mine(staff, `?planId=${planB}`);
    expect(nosA(planOnly.items)).toEqual(["B1", "B2", "B3"]);
    expect(planOnly).toMatchObject({ total: 3, counts: { all: 3, lead: 3, co: 0 } });
    // The plan choices stay those of every task of the caller's.
    expect(planOnly.plans.map((p: any) => p.id)).toEqual([planA, planB]);
    expect((await mine(staff, `?planId=${planA}&role=lead&pageSize=5&page=3`)).items.map(taskNo)).toEqual(["11", "12"]);
  });

  it("sorts the newest plan first", async () => {
    const newest = await mine(staff, "?sort=-plan&pageSize=5");
    expect(nosA(newest.items)).toEqual(["B1", "B2", "B3", "A1", "A2"]);
    expect(newest.total).toBe(21);
  });

  it("never shows a row, a count or a plan of another bureau", async () => {
    const other = await mine(otherClerk);
    expect(other).toMatchObject({ total: 2, counts: { all: 2, lead: 2, co: 0, liaison: 0, leader: 0 } });
    expect(other.items.every((t: any) => t.planId === planOther)).toBe(true);
    expect(other.plans.map((p: any) => p.id)).toEqual([planOther]);
    // Asking for the other bureau's plan finds nothing, either way.
    expect(await mine(otherClerk, `?planId=${planA}`)).toMatchObject({ items: [], total: 0, counts: { all: 0 } });
    expect(await mine(staff, `?planId=${planOther}`)).toMatchObject({ items: [], total: 0, counts: { all: 0 } });
    expect((await mine(staff, `?q=${encodeURIComponent("食堂")}`)).items.some((t: any) => t.planId === planOther)).toBe(false);
  });

  it("refuses a bad page, size, role or sort with a Chinese 400", async () => {
    for (const query of ["?page=0", "?pageSize=0", "?pageSize=101", "?role=boss", "?sort=title", "?planId=x", "?view=full"]) {
      const res = await staff.get(`/api/tasks/mine${query}`);
      expect(res.statusCode, query).toBe(400);
      expect(res.json().error.message, query).toMatch(/[\u4e00-\u9fff]/);
    }
  });
});
