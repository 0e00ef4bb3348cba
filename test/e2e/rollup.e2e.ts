// 下级对比 (issue 15): a city viewer opens 下级对比 from the menu, sees its three counties side by
// side (never the sibling city's county), a bar chart of on-time rates, downloads the table as
// XLSX (opened back with exceljs), and drills into one county's plan → ledger → task → reports,
// where nothing can be written. The world is test/helpers/counties.ts on SQLite, served on a port.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { resolve } from "node:path";
import ExcelJS from "exceljs";
import type { Browser } from "playwright-core";
import { chromiumMissing, launchBrowser, loginAs, openPage } from "./harness.js";
import { dialects } from "../helpers/harness.js";
import { buildCounties, passwordOf, type CountiesWorld } from "../helpers/counties.js";

describe.skipIf(chromiumMissing)("下级对比 (roll-up)", () => {
  let w: CountiesWorld;
  let browser: Browser;
  let url: string;
  let cityTask: number;

  beforeAll(async () => {
    w = await buildCounties(dialects()[0]!, { webDir: resolve(import.meta.dirname, "../../dist/web") });
    // The browser keeps cookies by the wall clock: the server's clock goes back to it (every round is long due).
    w.setNow(new Date());
    // Tasks linked across levels: the city's task, implemented by 甲县's task 2.
    const city = w.city.office, A = w.counties.A;
    const planId = (await city.post("/api/plans/import", { text: "丙市教育局2026年工作要点\n一、重点工作\n1. 统筹推进学前教育普及。（责任股室：基础教育股）\n", filename: "市要点.txt" })).json().plan.id;
    await city.post(`/api/plans/${planId}/publish`, {});
    cityTask = (await city.get(`/api/plans/${planId}/tasks`)).json().items[0].id;
    const linked = await A.office.request("PUT", `/api/tasks/${A.tasks["2"]}/implements`, { taskId: cityTask });
    if (linked.statusCode !== 200) throw new Error(linked.body);
    url = await w.s.app.listen({ port: 0, host: "127.0.0.1" });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await w?.s.close();
  });

  it("a city viewer compares the three counties, exports the table and drills into a task's reports", async () => {
    const page = await openPage(browser, url);
    await loginAs(page, "city_viewer", passwordOf("city_viewer"));
    await page.getByRole("menu", { name: "主导航" }).getByText("下级对比").click();
    await page.waitForURL(/\/rollup/);
    const table = page.locator(".ant-table");
    for (const name of ["甲县教育局", "乙县教育局", "丁县教育局"]) await table.getByRole("link", { name }).waitFor();
    expect(await page.getByText("己县教育局").count()).toBe(0);
    await expect.poll(() => page.locator(`[data-rate="${w.counties.A.orgId}"]`).textContent()).toBe("83.3%");
    await expect.poll(() => page.locator(`[data-rate="${w.counties.B.orgId}"]`).textContent()).toBe("50%");
    await page.getByTestId("rollup-chart").locator("canvas").waitFor();

    const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId("rollup-export").click()]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile((await download.path())!);
    const ws = wb.getWorksheet("下级对比")!;
    expect(ws.getRow(3).getCell(1).value).toBe("单位");
    const names = [4, 5, 6].map((i) => ws.getRow(i).getCell(1).value).sort();
    expect(names).toEqual(["丁县教育局", "乙县教育局", "甲县教育局"].sort());

    // Drill down: 甲县's plans → its ledger → task 3 → its reports, read only.
    await table.getByRole("link", { name: "甲县教育局" }).click();
    await page.waitForURL(/\/plans\?org=/);
    await page.getByText("工作方案 · 甲县教育局").waitFor();
    expect(await page.getByRole("button", { name: "导入" }).count()).toBe(0);
    await page.getByRole("link", { name: "甲县教育局2026年工作要点" }).click();
    await page.waitForURL(/\/tasks\?plan=/);
    const ledger = page.getByTestId("ledger-table");
    await ledger.getByRole("link", { name: /第3项重点工作/ }).click();
    await page.waitForURL(/\/tasks\/\d+/);
    const history = page.getByTestId("task-reports");
    await expect.poll(() => history.locator('[data-testid^="task-report-"]').count()).toBe(2);
    for (const name of ["编辑", "签收", "办结", "申请延期", "申请办结"]) expect(await page.getByRole("button", { name, exact: true }).count(), name).toBe(0);
    // The March report opens from the history, with no decision or edit buttons.
    await history.locator(`[data-testid="task-report-${w.counties.A.reports["2026-03:3"]}"]`).getByRole("link", { name: "基础教育股" }).click();
    await page.waitForURL(/\/reports\/\d+/);
    await page.getByText("2026-03：第3项进展。").first().waitFor();
    for (const name of ["审定", "退回", "提交", "保存"]) expect(await page.getByRole("button", { name, exact: true }).count(), name).toBe(0);
  });

  it("opens on the latest year with plans below, not the calendar year", async () => {
    // January of the year after the wall clock's: the counties have no plans for it yet.
    w.setNow(new Date(Date.UTC(new Date().getUTCFullYear() + 1, 0, 15, 2)));
    try {
      const page = await openPage(browser, url);
      await loginAs(page, "city_viewer", passwordOf("city_viewer"));
      await page.goto("/rollup");
      const card = page.locator(".ant-card").filter({ hasText: "下级对比" });
      await expect.poll(() => card.locator(".ant-select-selection-item").first().textContent()).toBe("2026年");
      await expect.poll(() => page.locator(`[data-rate="${w.counties.A.orgId}"]`).textContent()).toBe("83.3%");
      expect(await page.getByTestId("rollup-export").getAttribute("href")).toBe("/api/rollup/export.xlsx?year=2026");
    } finally {
      w.setNow(new Date());
    }
  });

  it("the city's task lists the county task that implements it", async () => {
    const page = await openPage(browser, url);
    await loginAs(page, "city_viewer", passwordOf("city_viewer"));
    await page.goto(`/tasks/${cityTask}`);
    const links = page.getByTestId("task-links");
    await links.getByText("下级落实任务").waitFor();
    await links.getByText("甲县教育局").waitFor();
    await links.getByRole("link", { name: /第2项重点工作/ }).click();
    await page.waitForURL(new RegExp(`/tasks/${w.counties.A.tasks["2"]}$`));
    // The county's task page shows no link choice to the city's viewer.
    expect(await page.getByLabel("落实上级任务").count()).toBe(0);
  });

  it("the menu entry is not there for a county's viewer", async () => {
    const page = await openPage(browser, url);
    await loginAs(page, "a_viewer", passwordOf("a_viewer"));
    expect(await page.getByRole("menu", { name: "主导航" }).getByText("下级对比").count()).toBe(0);
  });
});
