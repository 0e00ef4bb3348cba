// 下级对比 (issue 15): GET /api/rollup and its XLSX on SQLite and PostgreSQL, over the world of
// test/helpers/counties.ts (丙市 with 甲县, 乙县, 丁县; the sibling 戊市 with 己县). The figures are
// counted by hand from that file's header. The city reads its counties and writes nothing there;
// nobody sees a sibling's bureau.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import ExcelJS from "exceljs";
import { dialects, signedInAccount } from "../helpers/harness.js";
import { buildCounties, must, type CountiesWorld } from "../helpers/counties.js";

describe.each(dialects())("roll-up on $name", (dialect) => {
  let w: CountiesWorld;
  beforeAll(async () => {
    w = await buildCounties(dialect);
  }, 240_000);
  afterAll(async () => w?.s.close());

  const byName = (items: any[]) => Object.fromEntries(items.map((r) => [r.name, r]));

  it("shows the city its three counties side by side, counted in SQL", async () => {
    for (const client of [w.city.viewer, w.city.director]) {
      const d = must(await client.get("/api/rollup?year=2026"));
      expect(d.filters).toEqual({ year: 2026, today: "2026-03-28" });
      expect(d.options.years).toEqual([2026]);
      expect(d.items.map((r: any) => r.name).sort()).toEqual(["丁县教育局", "乙县教育局", "甲县教育局"].sort());
      const rows = byName(d.items);
      expect(rows["甲县教育局"]).toMatchObject({
        orgId: w.counties.A.orgId, path: ["甲县教育局"], depth: 1, parentId: w.cityId,
        plans: 1,
        tasks: { total: 3, closed: 1, byStatus: { done: 1, on_track: 1, behind: 1 } },
        // February 3 of 3 on time, March 2 of 3: 5 of 6.
        reports: { total: 6, onTime: 5, onTimeRate: 83.3 },
        latestRound: { period: "2026-03", reports: 3, submitted: 3, onTime: 2, onTimeRate: 66.7 },
        // February's three and March's tasks 2 and 3 (task 1's March report approved).
        awaitingApproval: 5,
        findings: { total: 2, open: 2, overdue: 1 },
      });
      expect(rows["甲县教育局"].assessment).toMatchObject({ units: 1 });
      expect(rows["乙县教育局"]).toMatchObject({
        plans: 1,
        tasks: { total: 2, closed: 0, byStatus: { on_track: 1, none: 1 } },
        reports: { total: 2, onTime: 1, onTimeRate: 50 },
        latestRound: { period: "2026-03", reports: 2, submitted: 1, onTime: 1, onTimeRate: 50 },
        awaitingApproval: 1,
        findings: { total: 0, open: 0, overdue: 0 },
        assessment: null,
      });
      // A draft plan is no ledger yet: nothing to count.
      expect(rows["丁县教育局"]).toMatchObject({
        plans: 0, tasks: { total: 0, closed: 0, byStatus: {} }, reports: { total: 0, onTime: 0, onTimeRate: null },
        latestRound: null, awaitingApproval: 0, findings: { total: 0, open: 0, overdue: 0 }, assessment: null,
      });
      const text = JSON.stringify(d);
      for (const leak of ["己县", "戊市", "丙市", "丁省"]) expect(text).not.toContain(leak);
    }
  });

  it("filters by year and says what is wrong with a bad one", async () => {
    const d = must(await w.city.viewer.get("/api/rollup?year=2025"));
    expect(d.items).toHaveLength(3);
    for (const r of d.items) expect([r.plans, r.tasks.total, r.reports.total, r.findings.total, r.latestRound, r.assessment]).toEqual([0, 0, 0, 0, null, null]);
    const bad = await w.city.viewer.get("/api/rollup?year=1999");
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain("年度须在");
    expect((await w.city.viewer.get("/api/rollup?org=1")).statusCode).toBe(400);
  });

  it("defaults to the latest year with plans below, not the calendar year (as 对标)", async () => {
    // January of the next year: nothing published below for it yet.
    w.setDay("2027-01-15");
    try {
      const d = must(await w.city.viewer.get("/api/rollup"));
      expect(d.filters).toEqual({ year: 2026, today: "2027-01-15" });
      expect(d.options.years).toEqual([2026]);
      expect(d.items.find((r: any) => r.name === "甲县教育局")).toMatchObject({ plans: 1, tasks: { total: 3 } });
      expect(d.filters.year).toBe(must(await w.city.viewer.get("/api/benchmark/metrics")).year);
      const x = await w.city.viewer.get("/api/rollup/export.xlsx");
      expect(x.statusCode).toBe(200);
      expect(decodeURIComponent(String(x.headers["content-disposition"]))).toContain("2026年下级单位工作对比.xlsx");
      // Nothing published below: the current year.
      expect(must(await w.countyViewer.get("/api/rollup")).filters.year).toBe(2027);
      // A year asked for stays as asked.
      expect(must(await w.city.viewer.get("/api/rollup?year=2027")).filters.year).toBe(2027);
    } finally {
      w.setDay("2026-03-28");
    }
  });

  it("shows the province both cities' counties, deeper with their path, and a county nothing below it", async () => {
    const province = (await signedInAccount(w.s, w.admin, { username: "p_viewer", name: "省查看", roles: ["viewer"], orgId: w.provinceId })).client;
    const d = must(await province.get("/api/rollup?year=2026"));
    expect(d.items.map((r: any) => r.path.join("/")).sort()).toEqual(
      ["丙市教育局", "丙市教育局/甲县教育局", "丙市教育局/乙县教育局", "丙市教育局/丁县教育局", "戊市教育局", "戊市教育局/己县教育局"].sort(),
    );
    // A city comes before the counties below it.
    const paths = d.items.map((r: any) => r.path.join("/"));
    expect(paths.indexOf("丙市教育局")).toBeLessThan(paths.indexOf("丙市教育局/甲县教育局"));
    expect(byName(d.items)["己县教育局"]).toMatchObject({ depth: 2, plans: 1, reports: { total: 2, onTime: 1 }, findings: { open: 1, overdue: 1 } });

    // The menu entry: only for a reader of the work below, whose org has bureaus below it.
    expect(must(await w.city.viewer.get("/api/auth/me")).user.readsBelow).toBe(true);
    for (const c of [w.city.office, w.countyViewer, w.counties.A.director]) expect(must(await c.get("/api/auth/me")).user.readsBelow).toBe(false);
    // A county's viewer and director read no bureau below theirs: an empty comparison.
    for (const c of [w.countyViewer, w.counties.A.director]) expect(must(await c.get("/api/rollup")).items).toEqual([]);
    // Roles that do not read the work below: 403, the export too.
    for (const c of [w.city.office, w.admin, w.counties.A.office, w.counties.A.staff]) {
      expect((await c.get("/api/rollup")).statusCode).toBe(403);
      expect((await c.get("/api/rollup/export.xlsx")).statusCode).toBe(403);
    }
  });

  it("exports the comparison as a workbook that opens back", async () => {
    const res = await w.city.viewer.get("/api/rollup/export.xlsx?year=2026");
    expect(res.statusCode).toBe(200);
    expect(res.headers["content-type"]).toContain("spreadsheetml");
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as any);
    const ws = wb.getWorksheet("下级对比")!;
    expect(String(ws.getCell(1, 1).value)).toBe("丙市教育局2026年下级单位工作对比");
    expect(ws.getRow(3).getCell(1).value).toBe("单位");
    expect(ws.getRow(3).getCell(1).border?.top?.style).toBe("thin");
    expect(ws.pageSetup.fitToWidth).toBe(1);
    const rows = [4, 5, 6].map((i) => ws.getRow(i).values as unknown[]);
    const jia = rows.find((r) => r[1] === "甲县教育局")!;
    expect(jia.slice(2, 14)).toEqual([1, 3, 1, "正常推进 1，已完成 1，滞后 1", 6, 5, "83.3%", "2026-03", "66.7%", 5, 2, 1]);
    expect(ws.rowCount).toBe(6);
    const all = JSON.stringify(rows);
    expect(all).not.toContain("己县");
  });

  it("lets the city open a county's plans, ledger and reports, and write nothing there", async () => {
    const A = w.counties.A, X = w.counties.X;
    const plans = must(await w.city.viewer.get(`/api/plans?orgId=${A.orgId}`)).items as any[];
    expect(plans.map((p) => p.id)).toEqual([A.planId]);
    expect((await w.city.viewer.get(`/api/plans?orgId=${X.orgId}`)).statusCode).toBe(404);
    expect((await w.countyViewer.get(`/api/plans?orgId=${w.counties.B.orgId}`)).statusCode).toBe(404);
    const plan = must(await w.city.viewer.get(`/api/plans/${A.planId}`));
    must(await w.city.viewer.get(`/api/plans/${A.planId}/tasks`));
    const history = must(await w.city.viewer.get(`/api/tasks/${A.tasks["3"]}/reports`)).items as any[];
    expect(history.length).toBe(2);
    const report = A.reports["2026-03:3"]!;
    must(await w.city.viewer.get(`/api/reports/${report}`));
    // Reading is all: every write of the county's plan and reports is refused (403: the record is visible).
    const version = plan.plan?.version ?? plan.version;
    expect((await w.city.viewer.request("PATCH", `/api/plans/${A.planId}`, { title: "市局改写", version })).statusCode).toBe(403);
    expect((await w.city.director.request("PATCH", `/api/plans/${A.planId}`, { title: "市局改写", version })).statusCode).toBe(403);
    for (const c of [w.city.viewer, w.city.director]) {
      expect((await c.request("PUT", `/api/reports/${report}`, { text: "市局改写", version: 0 })).statusCode).toBe(403);
      expect((await c.post(`/api/reports/${report}/approve`, { version: 0 })).statusCode).toBe(403);
      expect((await c.post(`/api/reports/${report}/return`, { version: 0, comment: "退回" })).statusCode).toBe(403);
      expect((await c.post(`/api/tasks/${A.tasks["2"]}/close`, {})).statusCode).toBe(403);
      expect((await c.post(`/api/plans/${A.planId}/rounds`, { period: "2026-04" })).statusCode).toBe(403);
    }
    // The sibling city's county does not exist for 丙市.
    expect((await w.city.viewer.get(`/api/plans/${X.planId}`)).statusCode).toBe(404);
    expect((await w.city.viewer.get(`/api/reports/${X.reports["2026-02:1"]}`)).statusCode).toBe(404);
  });

  it("links a county's task to the city task it implements; the city sees the county tasks under its own", async () => {
    const A = w.counties.A, B = w.counties.B, X = w.counties.X;
    const cityPlan = must(await w.city.office.post("/api/plans/import", { text: "丙市教育局2026年工作要点\n一、重点工作\n1. 统筹推进学前教育普及。（责任股室：基础教育股）\n", filename: "市要点.txt" }), 201).plan.id;
    must(await w.city.office.post(`/api/plans/${cityPlan}/publish`, {}));
    const cityTask = (must(await w.city.office.get(`/api/plans/${cityPlan}/tasks`)).items as any[])[0].id as number;

    // 甲县's office chooses among the tasks of the published plans above it: the city's, never 戊市's.
    const choices = must(await A.office.get(`/api/plans/${A.planId}/upper-tasks`)).items as any[];
    expect(choices.map((t) => [t.id, t.orgName])).toEqual([[cityTask, "丙市教育局"]]);
    must(await A.office.request("PUT", `/api/tasks/${A.tasks["2"]}/implements`, { taskId: cityTask }));
    must(await B.office.request("PUT", `/api/tasks/${B.tasks["1"]}/implements`, { taskId: cityTask }));
    // 己县 is below 戊市: the 丙市 task is no choice of its.
    const refused = await X.office.request("PUT", `/api/tasks/${X.tasks["1"]}/implements`, { taskId: cityTask });
    expect(refused.statusCode).toBe(400);
    expect(refused.body).toContain("只能关联上级机构已发布方案中的任务");
    // A county task is no upper task for another county.
    expect((await B.office.request("PUT", `/api/tasks/${B.tasks["2"]}/implements`, { taskId: A.tasks["1"] })).statusCode).toBe(400);

    const under = must(await w.city.viewer.get(`/api/tasks/${cityTask}/implementations`)).items as any[];
    expect(under.map((t) => [t.orgName, t.id]).sort()).toEqual([["乙县教育局", B.tasks["1"]], ["甲县教育局", A.tasks["2"]]].sort());
    // 甲县's viewer reads the city's task? No: an org above does not exist for a county's reader.
    expect((await w.countyViewer.get(`/api/tasks/${cityTask}/implementations`)).statusCode).toBe(404);
    // The city writes no link below; a county's viewer writes none either.
    expect((await w.city.viewer.request("PUT", `/api/tasks/${A.tasks["2"]}/implements`, { taskId: null })).statusCode).toBe(403);
    expect((await w.city.office.request("PUT", `/api/tasks/${A.tasks["2"]}/implements`, { taskId: null })).statusCode).toBe(404);
    // Unlinking takes it out of the city's list.
    must(await B.office.request("PUT", `/api/tasks/${B.tasks["1"]}/implements`, { taskId: null }));
    expect((must(await w.city.director.get(`/api/tasks/${cityTask}/implementations`)).items as any[]).map((t) => t.id)).toEqual([A.tasks["2"]]);
  });
});
