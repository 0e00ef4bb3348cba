// Issue 12: 我的任务 is paged on the server. A clerk of 基础教育股 has 22 tasks in two plans (17 led, 3 as
// co-unit in the first plan, 2 led in the second): the screen asks for 15, then the next 7; the 协办 tab
// (with its count) asks for its rows from page 1 again; a search, the 工作方案 filter and the newest-plan
// sort are answered by the server. On a phone (390×844) the cards page and the tabs filter the same way.
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { chromiumMissing } from "./harness.js";
import { startE2eBureau, type E2eBureau } from "./bureau.js";
import { pageApi } from "./plan-helpers.js";

const planText = (title: string, work: string, n: number) =>
  `${title}\n\n一、重点工作\n${Array.from({ length: n }, (_, i) => `${i + 1}. ${work}第${i + 1}项。（责任股室：基础教育股）`).join("\n")}\n`;
const PLAN_A = "示例县教育局2026年工作要点";
const PLAN_B = "示例县教育局2026年民生实事";

/** The /api/tasks/mine requests the page makes, as URLs. */
function watchMine(page: Page): URL[] {
  const asked: URL[] = [];
  page.on("request", (req) => {
    const url = new URL(req.url());
    if (url.pathname === "/api/tasks/mine") asked.push(url);
  });
  return asked;
}
const askedWith = (asked: URL[], params: Record<string, string | null>) =>
  asked.some((u) => Object.entries(params).every(([k, v]) => u.searchParams.get(k) === v));

describe.skipIf(chromiumMissing)("我的任务 paged on the server", () => {
  let bureau: E2eBureau;

  beforeAll(async () => {
    bureau = await startE2eBureau({
      units: ["基础教育股", "安全管理股"],
      accounts: [["jj_staff", "基教经办", ["unit_staff"], "基础教育股"]],
    });
    const { api, units } = bureau;
    const publish = async (text: string, filename: string, edit?: (t: any) => object | null) => {
      const planId = (await api.call("POST", "/api/plans/import", { text, filename })).plan.id;
      for (const t of (await api.call("GET", `/api/plans/${planId}/tasks`)).items) {
        const change = edit?.(t);
        if (change) await api.call("PATCH", `/api/tasks/${t.id}`, { ...change, version: t.version });
      }
      const plan = await api.call("GET", `/api/plans/${planId}`);
      await api.call("POST", `/api/plans/${planId}/publish`, { version: plan.version });
    };
    // Tasks 18–20 of the first plan: 安全管理股 leads, 基础教育股 assists.
    await publish(planText(PLAN_A, "推进重点工作", 20), "2026年工作要点.txt", (t) =>
      Number(t.no) >= 18 ? { lead: [{ name: "安全管理股", unitId: units["安全管理股"] }], co: [{ name: "基础教育股", unitId: units["基础教育股"] }] } : null);
    await publish(planText(PLAN_B, "办好民生实事", 2), "2026年民生实事.txt");
  });
  afterAll(async () => bureau?.close());

  it("pages, tabs, searches, filters by plan and sorts on the server (desk)", async () => {
    const page = await bureau.userPage("jj_staff");
    const asked = watchMine(page);
    await page.goto("/mine");
    const table = page.getByRole("table");
    const links = page.locator(".ant-table-tbody").getByRole("link", { name: /第\d+项$/ });
    await page.getByText("共 22 项").waitFor();
    await expect.poll(() => links.count()).toBe(15);
    expect(askedWith(asked, { page: "1", pageSize: "15" })).toBe(true);
    // The server gave one page: 15 rows of 22, and every tab's count.
    const first = await (await pageApi(page)).call("GET", "/api/tasks/mine?page=1&pageSize=15");
    expect([first.items.length, first.total, first.counts]).toEqual([15, 22, { all: 22, lead: 19, co: 3, liaison: 0, leader: 0 }]);
    const tabs = page.getByTestId("my-tasks-filters");
    await tabs.getByRole("tab", { name: /全部\s*22/ }).waitFor();
    await tabs.getByRole("tab", { name: /牵头\s*19/ }).waitFor();
    await tabs.getByRole("tab", { name: /协办\s*3/ }).waitFor();
    expect(await tabs.getByRole("tab", { name: /联络/ }).count()).toBe(0);

    // Page 2: the other seven, asked of the server.
    await page.locator(".ant-pagination").getByTitle("2", { exact: true }).click();
    await page.getByRole("link", { name: "办好民生实事第2项" }).waitFor();
    await expect.poll(() => links.count()).toBe(7);
    expect(askedWith(asked, { page: "2" })).toBe(true);

    // 协办 from page 2: the server's first page of that tab.
    await tabs.getByRole("tab", { name: /协办/ }).click();
    await page.getByRole("link", { name: "推进重点工作第18项" }).waitFor();
    await expect.poll(() => links.count()).toBe(3);
    expect(askedWith(asked, { role: "co", page: "1" })).toBe(true);

    // A search within 协办: the tabs count what it keeps.
    const search = page.getByRole("searchbox", { name: "搜索我的任务" });
    await search.fill("第19项");
    await search.press("Enter");
    await page.getByRole("link", { name: "推进重点工作第19项" }).waitFor();
    await expect.poll(() => links.count()).toBe(1);
    await tabs.getByRole("tab", { name: /全部\s*1$/ }).waitFor();
    expect(askedWith(asked, { role: "co", q: "第19项", page: "1" })).toBe(true);

    // Back to 全部 without words; the newest plan first.
    await search.fill("");
    await search.press("Enter");
    await tabs.getByRole("tab", { name: /全部/ }).click();
    await page.getByText("共 22 项").waitFor();
    await table.getByRole("columnheader", { name: /工作方案/ }).click();
    await expect.poll(() => links.first().textContent()).toBe("办好民生实事第1项");
    expect(askedWith(asked, { sort: "-plan", page: "1" })).toBe(true);

    // 工作方案 = the second plan: its two tasks, from the server.
    await table.getByRole("columnheader", { name: /工作方案/ }).locator(".ant-table-filter-trigger").click();
    const dropdown = page.locator(".ant-table-filter-dropdown:visible");
    await dropdown.getByText(`${PLAN_B}（2）`).click();
    await dropdown.getByRole("button", { name: /确\s*定/ }).click();
    await expect.poll(() => links.count()).toBe(2);
    expect(asked.some((u) => !!u.searchParams.get("planId") && u.searchParams.get("page") === "1")).toBe(true);
    await tabs.getByRole("tab", { name: /全部\s*2$/ }).waitFor();
  });

  it("pages the cards and filters by tab on a phone", async () => {
    const phone = await bureau.userPage("jj_staff", { phone: true });
    const asked = watchMine(phone);
    await phone.goto("/mine");
    const cards = phone.getByTestId("my-tasks-cards").locator(".ant-list-item");
    await expect.poll(() => cards.count()).toBe(15);
    // The simple pager: next page, the other seven.
    await phone.locator(".ant-pagination-next").tap();
    await expect.poll(() => cards.count()).toBe(7);
    expect(askedWith(asked, { page: "2" })).toBe(true);
    await phone.getByRole("tab", { name: /协办\s*3/ }).tap();
    await expect.poll(() => cards.count()).toBe(3);
    expect(askedWith(asked, { role: "co", page: "1" })).toBe(true);
    // Nothing wider than the screen.
    const widths = await phone.evaluate(() => ({ page: document.documentElement.scrollWidth, screen: window.innerWidth }));
    expect(widths.page).toBeLessThanOrEqual(widths.screen);
  });
});
