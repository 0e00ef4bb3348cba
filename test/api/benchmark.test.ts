// 对标 (issue 15): a city with three counties whose plans state the same kinds of target in different
// words and units (学前三年毛入园率 达到92% / 毛入园率不低于90% / 提高到95%; 教师培训 5000人次 / 0.5万人次 /
// 8000人), reports with values, and a sibling city whose county must never appear. All built through
// the API (province admin → cities, counties, units, accounts; each county's office: plan, tasks with
// targets, publish, round, the report filed for its unit), on SQLite and PostgreSQL.
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dialects, makeTestServer, signedInAccount, type TestClient, type TestServer } from "../helpers/harness.js";
import { must } from "../helpers/bureaus.js";
import { setUp } from "../../src/server/commands/accounts.js";
import { shanghaiInstant } from "../../src/server/clock.js";
import type { BenchmarkMetricGroup, BenchmarkResult } from "../../src/shared/benchmark.js";

interface T { metric: string; op: ">=" | "<="; value: number; unit: string; latest: number | null }
/** Each county's targets: planned and reported, in the county's own words and units. */
const COUNTIES: Record<string, { city: "甲市" | "乙市"; login: string; targets: T[] }> = {
  东县: { city: "甲市", login: "east", targets: [
    { metric: "学前三年毛入园率达到92%", op: ">=", value: 92, unit: "%", latest: 90 },
    { metric: "教师培训", op: ">=", value: 5000, unit: "人次", latest: 3000 },
  ] },
  西县: { city: "甲市", login: "west", targets: [
    { metric: "毛入园率不低于90%", op: ">=", value: 90, unit: "%", latest: 93 },
    { metric: "教师培训", op: ">=", value: 0.5, unit: "万人次", latest: 0.45 },
  ] },
  南县: { city: "甲市", login: "south", targets: [
    { metric: "全县学前三年毛入园率提高到95%", op: ">=", value: 95, unit: "%", latest: 95 },
    { metric: "开展教师培训", op: ">=", value: 8000, unit: "人", latest: 2000 },
    { metric: "教师培训覆盖率", op: ">=", value: 100, unit: "%", latest: 80 },
    { metric: "新建学校", op: ">=", value: 3, unit: "所", latest: null },
  ] },
  北县: { city: "乙市", login: "north", targets: [
    { metric: "学前三年毛入园率达到99%", op: ">=", value: 99, unit: "%", latest: 99 },
    { metric: "教师培训", op: ">=", value: 9, unit: "万人次", latest: 9 },
  ] },
};

describe.each(dialects())("对标 on $name", (dialect) => {
  let s: TestServer;
  const org: Record<string, number> = {};
  const c: Record<string, TestClient> = {};

  beforeAll(async () => {
    s = await makeTestServer(dialect, {}, { setup: false, clock: () => shanghaiInstant("2026-03-21", 10) });
    await setUp(s.database, { orgName: "某省教育厅", username: "p_admin", name: "省管理员", password: "Province#2026x", level: "province" });
    const admin = s.client();
    must(await admin.login("p_admin", "Province#2026x"));
    const province = must(await admin.get("/api/auth/me")).user.orgId;
    for (const city of ["甲市", "乙市"]) org[city] = must(await admin.post("/api/orgs", { name: `${city}教育局`, level: "city", parentId: province }), 201).id;
    const account = async (key: string, orgId: number, roles: string[]) =>
      (c[key] = (await signedInAccount(s, admin, { username: key, name: key, roles, orgId })).client);
    await account("city_viewer", org.甲市, ["viewer"]);
    await account("city_office", org.甲市, ["office"]);
    await account("city2_viewer", org.乙市, ["viewer"]);
    for (const [county, { city, login, targets }] of Object.entries(COUNTIES)) {
      org[county] = must(await admin.post("/api/orgs", { name: `${county}教育局`, level: "county", parentId: org[city] }), 201).id;
      const unitId = must(await admin.post("/api/units", { orgId: org[county], name: `${county}基础教育股`, kind: "department" }), 201).id;
      const office = await account(`${login}_office`, org[county], ["office"]);
      const plan = must(await office.post("/api/plans", { title: `${county}2026年教育工作要点`, year: 2026 }), 201).plan;
      const task = must(await office.post(`/api/plans/${plan.id}/tasks`, {
        title: `${county}推进学前教育和队伍建设`, lead: [{ name: `${county}基础教育股`, unitId }],
        targets: targets.map((t) => ({ metric: t.metric, op: t.op, value: t.value, unit: t.unit })),
      }), 201);
      must(await office.post(`/api/plans/${plan.id}/publish`, { version: must(await office.get(`/api/plans/${plan.id}`)).version }));
      const round = must(await office.post(`/api/plans/${plan.id}/rounds`, { period: "2026-03", opensOn: "2026-03-20", dueOn: "2026-03-25" }), 201).round;
      const report = (must(await office.get(`/api/rounds/${round.id}/reports`)).items as any[]).find((r) => r.taskId === task.id);
      const values = task.targets.map((tg: any, i: number) => ({ targetId: tg.id, value: targets[i].latest })).filter((v: any) => v.value !== null);
      const saved = must(await office.request("PUT", `/api/reports/${report.id}`, { text: `${county}三月进展。`, status: "on_track", values, version: report.version }));
      must(await office.post(`/api/reports/${report.id}/submit`, { version: saved.version }));
    }
    await account("east_director", org.东县, ["director"]);
  }, 240_000);
  afterAll(async () => s?.close());

  const groupsOf = async (who: string) => must(await c[who].get("/api/benchmark/metrics?year=2026")) as { groups: BenchmarkMetricGroup[]; orgs: number; years: number[] };
  const compare = async (who: string, metric: string) => must(await c[who].get(`/api/benchmark?metric=${encodeURIComponent(metric)}&year=2026`)) as BenchmarkResult;

  it("groups the counties' metrics by their normalised text", async () => {
    const g = await groupsOf("city_viewer");
    expect(g.orgs).toBe(3);
    expect(g.years).toEqual([2026]);
    const byKey = new Map(g.groups.map((x) => [x.key, x]));
    expect(byKey.get("毛入园率")).toMatchObject({ orgs: 3, targets: 3, units: ["%"] });
    expect(byKey.get("毛入园率")!.variants.sort()).toEqual(["全县学前三年毛入园率提高到95%", "学前三年毛入园率达到92%", "毛入园率不低于90%"].sort());
    expect(byKey.get("教师培训")).toMatchObject({ orgs: 3, targets: 4 });
    expect(byKey.get("教师培训")!.units.sort()).toEqual(["%", "人次"].sort());
    expect(byKey.get("新建学校")).toMatchObject({ orgs: 1, targets: 1, units: ["所"] });
    expect(g.groups[0].orgs).toBe(3);
    expect(JSON.stringify(g)).not.toContain("北县");
  });

  it("ranks the counties by completion, units normalised, incomparable units apart", async () => {
    const r = await compare("city_viewer", "毛入园率");
    expect(r.sections).toHaveLength(1);
    expect(r.sections[0].unit).toBe("%");
    expect(r.sections[0].rows.map((x) => [x.rank, x.orgName, x.planned, x.latest, x.ratio])).toEqual([
      [1, "西县教育局", 90, 93, 1.0333],
      [2, "南县教育局", 95, 95, 1],
      [3, "东县教育局", 92, 90, 0.9783],
    ]);
    expect(r.sections[0].rows[0].latestPeriod).toBe("2026-03");
    expect(r.missing).toEqual([]);

    const t = await compare("city_viewer", "教师培训");
    expect(t.sections.map((x) => x.unit)).toEqual(["人次", "%"]);
    // 0.5万人次 is 5000 人次; 8000人 counts with 人次; the 覆盖率 in % is a section of its own.
    expect(t.sections[0].rows.map((x) => [x.rank, x.orgName, x.planned, x.latest, x.ratio])).toEqual([
      [1, "西县教育局", 5000, 4500, 0.9],
      [2, "东县教育局", 5000, 3000, 0.6],
      [3, "南县教育局", 8000, 2000, 0.25],
    ]);
    expect(t.sections[1].rows.map((x) => [x.orgName, x.planned, x.latest])).toEqual([["南县教育局", 100, 80]]);

    // A typed keyword; a county without a report comes with no ratio; counties without the metric are listed.
    const n = await compare("city_viewer", "新建学校");
    expect(n.sections[0].rows).toMatchObject([{ orgName: "南县教育局", planned: 3, latest: null, ratio: null, rank: 1 }]);
    expect(n.missing.map((m) => m.orgName).sort()).toEqual(["东县教育局", "西县教育局"].sort());
    const kw = await compare("city_viewer", "入园");
    expect(kw.sections[0].rows).toHaveLength(3);
  });

  it("never shows a bureau the caller does not read from above", async () => {
    const other = await compare("city2_viewer", "毛入园率");
    expect(other.sections[0].rows.map((x) => x.orgName)).toEqual(["北县教育局"]);
    expect(JSON.stringify(other)).not.toMatch(/东县|西县|南县/);
    // A county (no bureaus below) and an office of the city (it does not read the work below) compare nothing.
    for (const who of ["east_director", "city_office"]) {
      const g = await groupsOf(who);
      expect(g).toMatchObject({ orgs: 0, groups: [] });
      const r = await compare(who, "毛入园率");
      expect(r.sections).toEqual([]);
      expect(JSON.stringify(r)).not.toMatch(/西县|南县|北县/);
    }
    const empty = await c.city_viewer.get("/api/benchmark?metric=");
    expect(empty.statusCode).toBe(400);
    expect(empty.json().error.message).toContain("指标");
  });

  it("exports the comparison as XLSX, opened back", async () => {
    const res = await c.city_viewer.get(`/api/benchmark/export.xlsx?metric=${encodeURIComponent("教师培训")}&year=2026`);
    expect(res.statusCode).toBe(200);
    expect(res.headers["content-type"]).toContain("spreadsheetml");
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as never);
    const ws = wb.getWorksheet("对标")!;
    const rows: unknown[][] = [];
    ws.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
    const data = rows.filter((r) => typeof r[0] === "number");
    expect(data.map((r) => [r[0], r[1], r[2], r[3]])).toEqual([
      [1, "西县教育局", 5000, 4500], [2, "东县教育局", 5000, 3000], [3, "南县教育局", 8000, 2000], [1, "南县教育局", 100, 80],
    ]);
    expect(String(rows[0][0])).toContain("教师培训");
    expect(JSON.stringify(rows)).not.toContain("北县");
  });
});
