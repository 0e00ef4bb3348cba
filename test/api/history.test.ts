// Years of history (issue 17): a busy unit's years of plans, monthly rounds, reports saved,
// submitted and approved, written through the app's own routes and commands, then the year in
// progress. 我的任务, the ledger, the round grid, todos and the bell answer 200 with the same content
// (ids and timestamps aside) whether one year or several came before: the current plan's lists
// never take in archived years. 1 year against 3 here; against 10 with FIGURES_FULL=1.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dialects, makeTestServer, threeUnitDirectory, type TestClient, type TestServer } from "../helpers/harness.js";
import { shanghaiInstant } from "../../src/server/clock.js";
import { inTransaction, type Tx } from "../../src/server/db/transaction.js";
import { reportFor } from "../../src/server/policies/scope.js";
import { decideReport, saveReport, submitReport, type LoadedReport } from "../../src/server/commands/rounds/reports.js";
import type { UserRow } from "../../src/server/auth/sessions.js";
import type { Actor } from "../../src/server/commands/audit.js";

const YEARS = process.env.FIGURES_FULL === "1" ? 10 : 3;
const CURRENT = 2026;
const OPEN_MONTH = 6;

interface Bureau {
  s: TestServer;
  c: Record<string, TestClient>;
  planId: number;
  roundId: number;
}

const pad = (m: number) => String(m).padStart(2, "0");

/** The same bureau, its directory created in the same order: years-1 archived years, then the current one. */
async function buildBureau(dialect: ReturnType<typeof dialects>[number], years: number): Promise<Bureau> {
  let now = shanghaiInstant(`${CURRENT - years + 1}-01-05`, 9);
  const s = await makeTestServer(dialect, {}, { clock: () => now });
  const admin = await s.admin();
  const { units: { jj, cw, aq }, users } = await threeUnitDirectory(s, admin, [{ username: "director", name: "局长", roles: ["director"] }]);
  const c: Record<string, TestClient> = { admin, ...users };
  const leaderId = (await c.zhangming.get("/api/auth/me")).json().user.id as number;
  // Reports are written through the commands the report routes call (faster than over HTTP, the same rules).
  const db = s.database.db;
  const rows = new Map((await db.selectFrom("users").selectAll().execute()).map((u) => [u.username, u]));
  const as = <T>(username: string, reportId: number, fn: (tx: Tx, user: UserRow, actor: Actor, loaded: LoadedReport) => Promise<T>) =>
    inTransaction(s.database, async (tx) => {
      const user = rows.get(username)!;
      return fn(tx, user, { id: user.id, name: user.name, orgId: user.org_id }, await reportFor(tx, user, reportId));
    });
  const staffOf: Record<number, [string, string]> = { [jj]: ["jj_staff", "jj_head"], [cw]: ["cw_staff", "cw_head"], [aq]: ["aq_staff", "aq_head"] };
  const ref = (id: number) => ({ name: id === jj ? "基础教育股" : id === cw ? "计划财务股" : "安全管理股", unitId: id });
  // The busy unit leads three of six tasks and helps on two more.
  const tasks = [
    { title: "扩大优质学前教育资源", lead: [ref(jj)], co: [ref(cw)], targets: [{ metric: "新建公办幼儿园", op: ">=", value: 4, unit: "所" }] },
    { title: "推进义务教育优质均衡", lead: [ref(jj)], milestones: [{ what: "完成督导评估申报", by: "" }] },
    { title: "落实教育经费保障", lead: [ref(cw)], co: [ref(jj)] },
    { title: "加强校园安全管理", lead: [ref(aq)], co: [ref(jj)], targets: [{ metric: "安全隐患排查", op: ">=", value: 4, unit: "次" }] },
    { title: "深化课堂教学改革", lead: [ref(jj)] },
    { title: "开展防溺水专项行动", lead: [ref(aq)] },
  ];
  let planId = 0, roundId = 0;
  const ok = async (res: Promise<{ statusCode: number; body: string; json(): any }>, status = 200) => {
    const r = await res;
    expect(r.statusCode, r.body.slice(0, 300)).toBe(status);
    return r.body ? r.json() : undefined;
  };
  for (let year = CURRENT - years + 1; year <= CURRENT; year++) {
    now = shanghaiInstant(`${year}-01-05`, 9);
    planId = (await ok(admin.post("/api/plans", { title: `示例县教育局${year}年工作要点`, year }), 201)).plan.id;
    for (const t of tasks) {
      const milestones = (t.milestones ?? []).map((m) => ({ ...m, by: `${year}-09` }));
      await ok(admin.post(`/api/plans/${planId}/tasks`, { ...t, milestones, leaders: [{ name: "张明", userId: leaderId }] }), 201);
    }
    await ok(admin.post(`/api/plans/${planId}/publish`, {}));
    const months = year === CURRENT ? OPEN_MONTH : 12;
    for (let m = 1; m <= months; m++) {
      const period = `${year}-${pad(m)}`;
      now = shanghaiInstant(`${period}-20`, 9);
      roundId = (await ok(c.office1.post(`/api/plans/${planId}/rounds`, { period }), 201)).round.id;
      const grid = (await ok(c.office1.get(`/api/rounds/${roundId}/reports`))).items as { id: number; role: string; unitId: number; taskNo: string }[];
      const open = year === CURRENT && m === OPEN_MONTH;
      // Co-units first, so that their input is merged when the lead submits.
      for (const r of [...grid.filter((x) => x.role === "co"), ...grid.filter((x) => x.role === "lead")]) {
        const [staff, head] = staffOf[r.unitId];
        // The month in progress: some reports saved, one co-unit's input waiting, one lead report waiting for the leader.
        if (open && !(r.role === "co" && r.unitId === cw) && !(r.taskNo === "2") && !(r.taskNo === "1" && r.role === "lead")) continue;
        const report = await db.selectFrom("reports").select(["task_id", "version"]).where("id", "=", r.id).executeTakeFirstOrThrow();
        const targets = await db.selectFrom("targets").select("id").where("task_id", "=", report.task_id).execute();
        const milestones = await db.selectFrom("milestones").select("id").where("task_id", "=", report.task_id).execute();
        const title = tasks[Number(r.taskNo) - 1].title;
        const saved = await as(staff, r.id, (tx, user, actor, loaded) =>
          saveReport(tx, user, actor, loaded, {
            text: `${period}：${title}按计划推进，召开专题会议${m}次。`, status: m === 12 ? "done" : "on_track",
            values: targets.map((t) => ({ targetId: t.id, value: m })),
            milestones: m >= 9 && r.role === "lead" ? milestones.map((x) => ({ milestoneId: x.id, doneOn: `${period}-20` })) : [],
            version: report.version,
          }, now));
        if (open && r.taskNo === "1" && r.role === "lead") continue;
        now = shanghaiInstant(`${period}-24`, 9);
        const submitted = await as(head, r.id, (tx, user, actor, loaded) => submitReport(tx, user, actor, loaded, saved.version, now));
        if (r.role === "lead" && !open) await as("zhangming", r.id, (tx, user, actor, loaded) => decideReport(tx, user, actor, loaded, "approve", { version: submitted.version }, now));
        now = shanghaiInstant(`${period}-20`, 9);
      }
      if (!open) {
        now = shanghaiInstant(`${period}-28`, 9);
        await ok(c.office1.post(`/api/rounds/${roundId}/close`, {}));
      }
    }
    if (year < CURRENT) {
      now = shanghaiInstant(`${year}-12-31`, 17);
      await ok(admin.post(`/api/plans/${planId}/archive`, {}));
      // People read their bell at the year's end; what they leave unread is theirs to keep.
      for (const u of ["jj_staff", "zhangming"]) await ok(c[u].post("/api/notifications/read-all", {}), 204);
    }
  }
  now = shanghaiInstant(`${CURRENT}-${pad(OPEN_MONTH)}-26`, 9);
  return { s, c, planId, roundId };
}

/** What a screen shows, ids and timestamps aside (they differ with the history written before). */
function content(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(content);
  if (value && typeof value === "object") {
    return Object.fromEntries(
      Object.entries(value).map(([k, v]) => [k, /^id$|Id$|At$|^nextBefore$/.test(k) && v !== null ? "#" : content(v)]),
    );
  }
  return typeof value === "string" ? value.replace(/\/(reports|plans|rounds|tasks)\/\d+/g, "/$1/#") : value;
}

async function screens(b: Bureau) {
  const get = async (who: string, url: string) => {
    const res = await b.c[who].get(url);
    expect(res.statusCode, `${who} ${url}: ${res.body.slice(0, 300)}`).toBe(200);
    return content(res.json());
  };
  return {
    mineClerk: await get("jj_staff", "/api/tasks/mine"),
    mineLeader: await get("zhangming", "/api/tasks/mine"),
    ledger: await get("office1", `/api/plans/${b.planId}/tasks`),
    gridOffice: await get("office1", `/api/rounds/${b.roundId}/reports`),
    gridClerk: await get("jj_staff", `/api/rounds/${b.roundId}/reports`),
    todosClerk: await get("jj_staff", "/api/me/todos"),
    todosHead: await get("jj_head", "/api/me/todos"),
    todosLeader: await get("zhangming", "/api/me/todos"),
    todosDirector: await get("director", "/api/me/todos"),
    bellClerk: await get("jj_staff", "/api/notifications?limit=10"),
    bellLeader: await get("zhangming", "/api/notifications?limit=5"),
  };
}

describe.each(dialects())(`${YEARS} years of history against one on $name`, (dialect) => {
  let one: Bureau, many: Bureau;
  beforeAll(async () => {
    one = await buildBureau(dialect, 1);
    many = await buildBureau(dialect, YEARS);
  }, 1_200_000);
  afterAll(async () => {
    await one?.s.close();
    await many?.s.close();
  });

  it("我的任务, the ledger, the grid, todos and the bell show the current year only, the same as at one year", async () => {
    const before = await screens(one);
    const after = await screens(many);
    for (const key of Object.keys(before) as (keyof typeof before)[]) expect(after[key], key).toEqual(before[key]);
    // The year in progress is what they show: its tasks, its open round, its work to do.
    const mine = before.mineClerk as { items: { planTitle: string; myRoles: string[] }[] };
    expect(mine.items).toHaveLength(5);
    expect(mine.items.every((t) => t.planTitle === `示例县教育局${CURRENT}年工作要点`)).toBe(true);
    const todos = before.todosHead as { counts: Record<string, number> };
    expect(todos.counts).toMatchObject({ write: 4, consolidate: 1 });
    expect((before.todosLeader as { counts: Record<string, number> }).counts.approve).toBe(1);
    expect((before.gridOffice as { items: unknown[] }).items).toHaveLength(9);
  }, 120_000);

  it("the bell pages back through every year kept, a page at a time", async () => {
    const db = many.s.database.db;
    const me = (await many.c.jj_staff.get("/api/auth/me")).json().user.id as number;
    const total = Number((await db.selectFrom("notifications").select((eb) => eb.fn.countAll().as("n")).where("user_id", "=", me).executeTakeFirstOrThrow()).n);
    expect(total).toBeGreaterThan(100);
    const seen = new Set<number>();
    let before: number | null = null;
    for (let page = 0; page < 100; page++) {
      const res = await many.c.jj_staff.get(`/api/notifications?limit=50${before ? `&before=${before}` : ""}`);
      expect(res.statusCode).toBe(200);
      const body = res.json() as { items: { id: number }[]; nextBefore: number | null; unread: number };
      for (const n of body.items) seen.add(n.id);
      expect(body.items.length).toBeLessThanOrEqual(50);
      before = body.nextBefore;
      if (!before) break;
    }
    expect(seen.size).toBe(total);
    // The past years were read at their end: the badge counts this year's only, the same as at one year.
    expect((await many.c.jj_staff.get("/api/notifications")).json().unread).toBe((await one.c.jj_staff.get("/api/notifications")).json().unread);
  });
});
