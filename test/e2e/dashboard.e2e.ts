// 工作台统计 (issue 14): the director opens 工作台, sees the figures, a chart drawn on a canvas and
// 进展调度 with the lead unit's latest text; clicking a number of the section table lands on the
// ledger filtered to exactly those tasks. At phone width (390×844) the dashboard fits the screen.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { chromiumMissing, dayFromToday, screenshotIfWanted } from "./harness.js";
import { startE2eBureau, type E2eBureau } from "./bureau.js";
import { pageApi, ROUND_PLAN_TEXT } from "./plan-helpers.js";

describe.skipIf(chromiumMissing)("dashboard (工作台统计, 进展调度)", () => {
  let bureau: E2eBureau;
  let planId: number;
  const userPage = (username: string) => bureau.userPage(username);

  beforeAll(async () => {
    bureau = await startE2eBureau({
      units: ["基础教育股", "安全管理股"],
      accounts: [
        ["jj_head", "基教负责人", ["unit_head"], "基础教育股"],
        ["zhangming", "张明", ["leader"]],
        ["office1", "督查室", ["office"]],
        ["director1", "王局长", ["director"]],
      ],
    });
    const { api, users: ids } = bureau;

    planId = (await api.call("POST", "/api/plans/import", { text: ROUND_PLAN_TEXT, filename: "2026年工作要点.txt" })).plan.id;
    for (const t of (await api.call("GET", `/api/plans/${planId}/tasks`)).items) {
      await api.call("PATCH", `/api/tasks/${t.id}`, { leaders: [{ name: "张明", userId: ids.zhangming }], version: t.version });
    }
    const plan = await api.call("GET", `/api/plans/${planId}`);
    await api.call("POST", `/api/plans/${planId}/publish`, { version: plan.version });
    const office = await pageApi(await userPage("office1"));
    const round = (await office.call("POST", `/api/plans/${planId}/rounds`, { period: "2026-03", opensOn: dayFromToday(-7), dueOn: dayFromToday(7) })).round;
    const reports = (await office.call("GET", `/api/rounds/${round.id}/reports`)).items;
    const lead = await pageApi(await userPage("jj_head"));
    const one = reports.find((r: any) => r.taskNo === "1");
    const draft = await lead.call("GET", `/api/reports/${one.id}`);
    const saved = await lead.call("PUT", `/api/reports/${one.id}`, { text: "新园建设按计划推进，两所已封顶。", status: "on_track", version: draft.version });
    await lead.call("POST", `/api/reports/${one.id}/submit`, { version: saved.version });
  });
  afterAll(async () => bureau?.close());

  it("the director sees the figures, a chart and 进展调度, and a number leads to the filtered ledger", async () => {
    const page = await userPage("director1");
    await page.goto("/");
    const tasks = page.locator('[data-figure="tasks"]');
    await expect.poll(() => tasks.locator(".ant-statistic-content-value").textContent()).toBe("2");
    await expect.poll(() => page.locator('[data-figure="on-time"] .ant-statistic-content-value').textContent()).toBe("50");
    await page.getByTestId("chart-sections").locator("canvas").waitFor();
    await page.getByTestId("chart-trend").locator("canvas").waitFor();
    const board = page.getByRole("table", { name: "进展调度" });
    await board.getByText("新园建设按计划推进，两所已封顶。").waitFor();
    await expect.poll(() => board.getByRole("link", { name: "查看报告" }).count()).toBe(2);
    await screenshotIfWanted(page, "dashboard");

    // 一、提升教育质量 · 未报送: task 2 only.
    const cell = page.locator(`[data-figure="section-${planId}-一-none"]`);
    await expect.poll(() => cell.textContent()).toBe("1");
    await cell.click();
    await page.waitForURL(/\/tasks\?/);
    const url = new URL(page.url());
    expect(Object.fromEntries(url.searchParams)).toEqual({ plan: String(planId), section: "一", status: "none" });
    await page.getByText("筛选出 1 项 / 共 2 项").waitFor();
    const table = page.getByTestId("ledger-table");
    await table.getByRole("link", { name: "加强校园安全管理" }).waitFor();
    await expect.poll(() => table.getByRole("link", { name: "扩大优质学前教育资源" }).count()).toBe(0);
  });

  it("the leader sees their tasks' latest reports and opens one", async () => {
    const page = await userPage("zhangming");
    await page.goto("/");
    const board = page.getByRole("table", { name: "进展调度" });
    await board.getByText("新园建设按计划推进，两所已封顶。").waitFor();
    await board.getByRole("link", { name: "查看报告" }).first().click();
    await page.waitForURL(/\/reports\/\d+/);
  });

  it("fits a phone's width (390×844)", async () => {
    const page = await bureau.userPage("director1", { phone: true });
    await page.getByTestId("chart-sections").locator("canvas").waitFor();
    await page.getByRole("table", { name: "进展调度" }).getByText("新园建设按计划推进，两所已封顶。").waitFor();
    const m = await page.evaluate(() => {
      const main = document.querySelector("main");
      return { page: document.documentElement.scrollWidth, screen: window.innerWidth, main: main ? main.scrollWidth - main.clientWidth : 0 };
    });
    expect(m.page, "页面宽于屏幕").toBeLessThanOrEqual(m.screen);
    expect(m.main, "内容区可横向滚动").toBeLessThanOrEqual(0);
    const chart = await page.getByTestId("chart-sections").boundingBox();
    expect(chart!.x + chart!.width).toBeLessThanOrEqual(390);
    await screenshotIfWanted(page, "dashboard-phone");
  });
});
