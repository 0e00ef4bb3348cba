// 对标 in the browser (issue 15): a city installation with three counties below it, each with a
// published plan whose target is stated in its own words and unit, and a report with a value. The
// city's viewer finds 对标 in the menu, picks the metric group, sees the three counties ranked with a
// chart, and exports the table as XLSX (opened back). A county's director (no bureau below) has no 对标 in its menu.
import ExcelJS from "exceljs";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ADMIN_PASSWORD, chromiumMissing, dayFromToday, launchBrowser, openPage, screenshotIfWanted, startTestServer, type TestServer } from "./harness.js";
import { apiSignIn, FIRST, NEXT, pageApi, signInThroughApi } from "./plan-helpers.js";

const COUNTIES = [
  { login: "east", name: "东县教育局", metric: "学前三年毛入园率达到92%", value: 92, unit: "%", latest: 90 },
  { login: "west", name: "西县教育局", metric: "毛入园率不低于90%", value: 90, unit: "%", latest: 93 },
  { login: "south", name: "南县教育局", metric: "学前三年毛入园率提高到95%", value: 95, unit: "%", latest: 95 },
];

describe.skipIf(chromiumMissing)("对标 (benchmark across counties)", () => {
  let server: TestServer;
  let browser: Browser;
  let viewer: Page;
  let countyDirector: Page;

  beforeAll(async () => {
    server = await startTestServer({ firstRun: true });
    browser = await launchBrowser();
    const admin = await openPage(browser, server.url);
    const setup = await admin.request.post("/api/setup", { data: { orgName: "甲市教育局", username: "admin", password: ADMIN_PASSWORD, level: "city" } });
    if (!setup.ok()) throw new Error(`setup: ${setup.status()} ${await setup.text()}`);
    await apiSignIn(admin, "admin", ADMIN_PASSWORD, ADMIN_PASSWORD);
    const api = await pageApi(admin);
    const city = (await api.call("GET", "/api/auth/me")).user.orgId;
    await api.call("POST", "/api/users", { username: "city_viewer", name: "市局查看", roles: ["viewer"], password: FIRST });
    const today = dayFromToday(0);
    for (const c of COUNTIES) {
      const orgId = (await api.call("POST", "/api/orgs", { name: c.name, level: "county", parentId: city })).id;
      const unitId = (await api.call("POST", "/api/units", { orgId, name: `${c.name.slice(0, 2)}基础教育股`, kind: "department" })).id;
      await api.call("POST", "/api/users", { orgId, username: `${c.login}_office`, name: `${c.name.slice(0, 2)}督查室`, roles: ["office"], password: FIRST });
      await api.call("POST", "/api/users", { orgId, username: `${c.login}_director`, name: `${c.name.slice(0, 2)}局长`, roles: ["director"], password: FIRST });
      const page = await openPage(browser, server.url);
      await signInThroughApi(page, `${c.login}_office`, FIRST, NEXT);
      const office = await pageApi(page);
      const plan = (await office.call("POST", "/api/plans", { title: `${c.name.slice(0, 2)}2026年教育工作要点`, year: 2026 })).plan;
      const task = await office.call("POST", `/api/plans/${plan.id}/tasks`, {
        title: "扩大普惠性学前教育资源", lead: [{ name: `${c.name.slice(0, 2)}基础教育股`, unitId }],
        targets: [{ metric: c.metric, op: ">=", value: c.value, unit: c.unit }],
      });
      await office.call("POST", `/api/plans/${plan.id}/publish`, { version: (await office.call("GET", `/api/plans/${plan.id}`)).version });
      const round = (await office.call("POST", `/api/plans/${plan.id}/rounds`, { period: today.slice(0, 7), opensOn: today, dueOn: dayFromToday(5) })).round;
      const report = ((await office.call("GET", `/api/rounds/${round.id}/reports`)).items as any[]).find((r) => r.taskId === task.id);
      const saved = await office.call("PUT", `/api/reports/${report.id}`, { text: "本月进展。", status: "on_track", values: [{ targetId: task.targets[0].id, value: c.latest }], version: report.version });
      await office.call("POST", `/api/reports/${report.id}/submit`, { version: saved.version });
      await page.context().close();
    }
    countyDirector = await openPage(browser, server.url);
    await signInThroughApi(countyDirector, "east_director", FIRST, NEXT);
    viewer = await openPage(browser, server.url);
    await signInThroughApi(viewer, "city_viewer", FIRST, NEXT);
  }, 240_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it("a city viewer picks a metric, sees the three counties ranked, and exports XLSX", async () => {
    const menu = viewer.getByRole("menu", { name: "主导航" });
    await menu.getByText("对标", { exact: true }).click();
    await viewer.waitForURL(/\/benchmark$/);
    const groups = viewer.getByRole("table").first();
    await groups.getByRole("button", { name: "毛入园率", exact: true }).click();
    const ranked = viewer.locator('[data-section="%"] .ant-table-tbody tr');
    await ranked.first().waitFor();
    const rows = await ranked.evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll("td")].slice(0, 6).map((td) => td.textContent?.trim())));
    expect(rows.map((r) => [r[0], r[1], r[5]])).toEqual([
      ["1", "西县教育局", "103.3%"],
      ["2", "南县教育局", "100%"],
      ["3", "东县教育局", "97.8%"],
    ]);
    await viewer.getByTestId("benchmark-chart-percent").locator("canvas").waitFor();
    await screenshotIfWanted(viewer, "benchmark");

    const download = viewer.waitForEvent("download");
    await viewer.getByRole("link", { name: /导出 Excel/ }).click();
    const file = await (await download).path();
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file!);
    const ws = wb.getWorksheet("对标")!;
    const data: unknown[][] = [];
    ws.eachRow((row) => {
      const v = (row.values as unknown[]).slice(1);
      if (typeof v[0] === "number") data.push([v[0], v[1], v[2], v[3]]);
    });
    expect(data).toEqual([[1, "西县教育局", 90, 93], [2, "南县教育局", 95, 95], [3, "东县教育局", 92, 90]]);
  });

  it("a county's director (no bureaus below) has no 对标 in its menu", async () => {
    await countyDirector.goto("/");
    const menu = countyDirector.getByRole("menu", { name: "主导航" });
    await menu.getByText("工作台", { exact: true }).waitFor();
    expect(await menu.getByText("对标", { exact: true }).count()).toBe(0);
  });
});
