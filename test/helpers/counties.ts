// A province → two cities → counties world for roll-up tests (issue 15), built through the API with
// a clock the test moves: 丙市 has 甲县, 乙县 and 丁县; the sibling city 戊市 has 己县. Each county
// has one 股室 (staff + head), an office and a director; the figures below are what the tests
// count by hand.
//
//   甲县  plan 2026 published, tasks 1–3 (lead: 基础教育股)
//         2026-02 round (due 02-25): tasks 1, 2, 3 submitted on 02-24 (on time); closed 03-24
//         2026-03 round (due 03-25): 1 (done) and 2 (on_track) on 03-24, 3 (behind) late on 03-28;
//         March report of task 1 approved, task 1 closed (办结); two findings, one overdue;
//         the year's assessment published
//   乙县  plan 2026 published, tasks 1–2; no February round; 2026-03 round: task 1 (on_track) on time
//   丁县  a draft plan only
//   己县  (below 戊市) plan, round and a report: never in 丙市's figures
// "Today" at the end is 2026-03-28 (both rounds' due days have passed).
import { setUp } from "../../src/server/commands/accounts.js";
import { shanghaiInstant } from "../../src/server/clock.js";
import { ADMIN_PASSWORD, makeTestServer, signedInAccount, type DialectCase, type TestClient, type TestServer } from "./harness.js";

import { must } from "./bureaus.js";
export { must };

/** The password of an account the builder made (signedInAccount's rule, after the first change). */
export const passwordOf = (username: string) => `Pw#2026${username.length}Zzx`;

export const COUNTY_NAMES = { A: "甲县教育局", B: "乙县教育局", D: "丁县教育局", X: "己县教育局" } as const;
export type CountyKey = keyof typeof COUNTY_NAMES;

const planText = (org: string, n: number) =>
  `${org}2026年工作要点\n一、重点工作\n${Array.from({ length: n }, (_, i) => `${i + 1}. 推进第${i + 1}项重点工作。（责任股室：基础教育股）`).join("\n")}\n`;

export interface County {
  orgId: number;
  unitId: number;
  office: TestClient;
  director: TestClient;
  staff: TestClient;
  head: TestClient;
  planId: number | null;
  /** Task ids by their number in the plan ("1", "2", …). */
  tasks: Record<string, number>;
  rounds: Record<string, number>;
  /** Report ids by `${period}:${taskNo}`. */
  reports: Record<string, number>;
}

export interface CountiesWorld {
  s: TestServer;
  /** Moves the server's clock to 10:00 of a Shanghai day. */
  setDay(day: string): void;
  /** Moves the server's clock to an instant (a browser test puts it back to the wall clock). */
  setNow(at: Date): void;
  provinceId: number;
  cityId: number;
  siblingCityId: number;
  counties: Record<CountyKey, County>;
  city: { viewer: TestClient; director: TestClient; office: TestClient };
  /** A viewer of 甲县: nothing below it. */
  countyViewer: TestClient;
  /** The province's admin (the test server's first administrator). */
  admin: TestClient;
}

/** `webDir`: the built web app, for a browser test that listens on a port. */
export async function buildCounties(dialect: DialectCase, opts: { webDir?: string } = {}): Promise<CountiesWorld> {
  let now = shanghaiInstant("2026-02-24", 10);
  const s = await makeTestServer(dialect, {}, { setup: false, clock: () => now, webDir: opts.webDir });
  const setDay = (day: string) => (now = shanghaiInstant(day, 10));
  await setUp(s.database, { orgName: "丁省教育厅", username: "admin", name: "管理员", password: ADMIN_PASSWORD, level: "province" });
  const admin = await s.admin();
  const provinceId = must(await admin.get("/api/auth/me")).user.orgId as number;
  const cityId = must(await admin.post("/api/orgs", { name: "丙市教育局", level: "city", parentId: provinceId }), 201).id as number;
  const siblingCityId = must(await admin.post("/api/orgs", { name: "戊市教育局", level: "city", parentId: provinceId }), 201).id as number;
  const account = async (orgId: number, username: string, name: string, roles: string[], unitId?: number) =>
    (await signedInAccount(s, admin, { username, name, roles, orgId, unitId })).client;

  const counties = {} as Record<CountyKey, County>;
  for (const key of ["A", "B", "D", "X"] as CountyKey[]) {
    const parentId = key === "X" ? siblingCityId : cityId;
    const orgId = must(await admin.post("/api/orgs", { name: COUNTY_NAMES[key], level: "county", parentId }), 201).id as number;
    const unitId = must(await admin.post("/api/units", { orgId, name: "基础教育股", kind: "department" }), 201).id as number;
    const k = key.toLowerCase();
    counties[key] = {
      orgId, unitId,
      office: await account(orgId, `${k}_office`, `${COUNTY_NAMES[key]}督查室`, ["office"]),
      director: await account(orgId, `${k}_director`, `${COUNTY_NAMES[key]}局长`, ["director"]),
      staff: await account(orgId, `${k}_staff`, `${COUNTY_NAMES[key]}经办`, ["unit_staff"], unitId),
      head: await account(orgId, `${k}_head`, `${COUNTY_NAMES[key]}股长`, ["unit_head"], unitId),
      planId: null, tasks: {}, rounds: {}, reports: {},
    };
  }
  const city = {
    viewer: await account(cityId, "city_viewer", "丙市查看", ["viewer"]),
    director: await account(cityId, "city_director", "丙市局长", ["director"]),
    office: await account(cityId, "city_office", "丙市督查室", ["office"]),
  };
  const countyViewer = await account(counties.A.orgId, "a_viewer", "甲县查看", ["viewer"]);

  const plan = async (c: County, name: string, tasks: number, publish: boolean) => {
    c.planId = must(await c.office.post("/api/plans/import", { text: planText(name, tasks), filename: "要点.txt" }), 201).plan.id;
    const drafted = must(await c.office.get(`/api/plans/${c.planId}/tasks`)).items as any[];
    for (const t of drafted) {
      must(await c.office.request("PATCH", `/api/tasks/${t.id}`, { lead: [{ name: "基础教育股", unitId: c.unitId }], co: [], leaders: [], targets: [], milestones: [], version: t.version }));
    }
    if (publish) must(await c.office.post(`/api/plans/${c.planId}/publish`, {}));
    for (const t of must(await c.office.get(`/api/plans/${c.planId}/tasks`)).items as any[]) c.tasks[t.no] = t.id;
  };
  const round = async (c: County, period: string, opensOn: string, dueOn: string) => {
    const id = must(await c.office.post(`/api/plans/${c.planId}/rounds`, { period, opensOn, dueOn })).round.id as number;
    c.rounds[period] = id;
    for (const r of must(await c.office.get(`/api/rounds/${id}/reports`)).items as any[]) {
      const no = Object.entries(c.tasks).find(([, tid]) => tid === r.taskId)?.[0];
      if (no) c.reports[`${period}:${no}`] = r.id;
    }
  };
  const file = async (c: County, period: string, no: string, status: string) => {
    const id = c.reports[`${period}:${no}`]!;
    const r = must(await c.staff.get(`/api/reports/${id}`));
    const version = (r.report ?? r).version;
    const saved = must(await c.staff.request("PUT", `/api/reports/${id}`, { text: `${period}：第${no}项进展。`, status, version }));
    return must(await c.head.post(`/api/reports/${id}/submit`, { version: (saved.report ?? saved).version }));
  };

  const { A, B, D, X } = counties;
  await plan(A, COUNTY_NAMES.A, 3, true);
  await plan(B, COUNTY_NAMES.B, 2, true);
  await plan(D, COUNTY_NAMES.D, 2, false);
  await plan(X, COUNTY_NAMES.X, 2, true);

  // 2026-02-24: 甲县's February round, all three filed on time; 己县 files too.
  await round(A, "2026-02", "2026-02-20", "2026-02-25");
  for (const no of ["1", "2", "3"]) await file(A, "2026-02", no, "on_track");
  await round(X, "2026-02", "2026-02-20", "2026-02-25");
  await file(X, "2026-02", "1", "behind");

  // 2026-03-24: the March rounds; 甲县 1 and 2 on time, 乙县 1 on time.
  setDay("2026-03-24");
  must(await A.office.post(`/api/rounds/${A.rounds["2026-02"]}/close`, {}));
  await round(A, "2026-03", "2026-03-20", "2026-03-25");
  await round(B, "2026-03", "2026-03-20", "2026-03-25");
  const a1 = await file(A, "2026-03", "1", "done");
  await file(A, "2026-03", "2", "on_track");
  await file(B, "2026-03", "1", "on_track");
  const a1r = a1.report ?? a1;
  must(await A.director.post(`/api/reports/${a1r.id}/approve`, { version: a1r.version }));
  const f1 = must(await A.office.post("/api/findings", { source: "督导检查", title: "消防通道堆物", category: "安全隐患", unitId: A.unitId, foundOn: "2026-03-02" }), 201);
  must(await A.office.post("/api/findings", { source: "督导检查", title: "食堂台账不全", category: "其他", unitId: A.unitId, foundOn: "2026-03-05" }), 201);
  await s.database.db.updateTable("findings").set({ deadline: "2026-03-15" }).where("id", "=", f1.id).execute();
  const fx = must(await X.office.post("/api/findings", { source: "督导检查", title: "己县问题", category: "其他", foundOn: "2026-03-01" }), 201);
  await s.database.db.updateTable("findings").set({ deadline: "2026-03-10" }).where("id", "=", fx.id).execute();

  // 2026-03-28: 甲县 task 3 late; task 1 closed (办结); the assessment published.
  setDay("2026-03-28");
  await file(A, "2026-03", "3", "behind");
  must(await A.office.post(`/api/tasks/${A.tasks["1"]}/close`, {}));
  must(await A.office.post("/api/assessment/publish", { year: 2026 }));

  return { s, setDay, setNow: (at: Date) => (now = at), provinceId, cityId, siblingCityId, counties, city, countyViewer, admin };
}
