// Issue 12 (perf11): 进展调度 on the dashboard is paged on the server. A bureau of 20 tasks: the
// director's board asks for one page of 15 (the answer carries 15 rows and the total), a click on
// page 2 asks the server for the next 5, and the 推进状态 column's filter asks the server for the
// rows it keeps (a task of page 2 found from page 1).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { chromiumMissing, dayFromToday } from "./harness.js";
import { startE2eBureau, type E2eBureau } from "./bureau.js";
import { pageApi } from "./plan-helpers.js";

const TASKS = 20;
const PLAN = `示例县教育局2026年工作要点\n\n一、重点工作\n${Array.from({ length: TASKS }, (_, i) => `${i + 1}. 推进第${i + 1}项重点工作。（责任股室：基础教育股）`).join("\n")}\n`;
const row = (n: number) => new RegExp(`^${n}\\. 推进第${n}项重点工作$`);

describe.skipIf(chromiumMissing)("进展调度 paged on the server", () => {
  let bureau: E2eBureau;

  beforeAll(async () => {
    bureau = await startE2eBureau({
      units: ["基础教育股"],
      accounts: [
        ["jj_head", "基教负责人", ["unit_head"], "基础教育股"],
        ["office1", "督查室", ["office"]],
        ["director1", "王局长", ["director"]],
      ],
    });
    const { api } = bureau;
    const planId = (await api.call("POST", "/api/plans/import", { text: PLAN, filename: "2026年工作要点.txt" })).plan.id;
    const plan = await api.call("GET", `/api/plans/${planId}`);
    await api.call("POST", `/api/plans/${planId}/publish`, { version: plan.version });
    const office = await pageApi(await bureau.userPage("office1"));
    const round = (await office.call("POST", `/api/plans/${planId}/rounds`, { period: "2026-03", opensOn: dayFromToday(-7), dueOn: dayFromToday(7) })).round;
    // Task 17 (on the second page) reports 滞后.
    const r17 = (await office.call("GET", `/api/rounds/${round.id}/reports`)).items.find((r: any) => r.taskNo === "17");
    const lead = await pageApi(await bureau.userPage("jj_head"));
    const draft = await lead.call("GET", `/api/reports/${r17.id}`);
    const saved = await lead.call("PUT", `/api/reports/${r17.id}`, { text: "第十七项因资金未到位暂缓。", status: "behind", version: draft.version });
    await lead.call("POST", `/api/reports/${r17.id}/submit`, { version: saved.version });
  });
  afterAll(async () => bureau?.close());

  it("pages through the board and filters it on the server", async () => {
    const page = await bureau.userPage("director1");
    const asked: URL[] = [];
    page.on("request", (req) => {
      const url = new URL(req.url());
      if (url.pathname === "/api/dashboard/progress") asked.push(url);
    });
    await page.goto("/");
    const board = page.getByTestId("progress-board");
    const links = board.locator("tbody").getByRole("link", { name: /推进第\d+项重点工作/ });
    await board.getByRole("link", { name: row(1) }).waitFor();
    await board.getByText("共 20 项").waitFor();
    await expect.poll(() => links.count()).toBe(15);
    // The server gave one page: 15 rows of the 20.
    const first = await (await pageApi(page)).call("GET", "/api/dashboard/progress?page=1&pageSize=15");
    expect([first.items.length, first.total]).toEqual([15, 20]);
    expect(asked.some((u) => u.searchParams.get("page") === "1" && u.searchParams.get("pageSize") === "15")).toBe(true);

    // Page 2: the next five, asked of the server.
    await board.locator(".ant-pagination").getByTitle("2", { exact: true }).click();
    await board.getByRole("link", { name: row(16) }).waitFor();
    await expect.poll(() => links.count()).toBe(5);
    expect(await board.getByRole("link", { name: row(1) }).count()).toBe(0);
    expect(asked.some((u) => u.searchParams.get("page") === "2")).toBe(true);
    await board.getByText("第十七项因资金未到位暂缓。").waitFor();

    // Back to page 1, then 推进状态 = 滞后: the server keeps task 17 alone, and the board shows it on its first page.
    await board.locator(".ant-pagination").getByTitle("1", { exact: true }).click();
    await board.getByRole("link", { name: row(1) }).waitFor();
    await board.getByRole("columnheader", { name: /推进状态/ }).locator(".ant-table-filter-trigger").click();
    const dropdown = page.locator(".ant-table-filter-dropdown:visible");
    await dropdown.getByText("滞后", { exact: true }).click();
    await dropdown.getByRole("button", { name: /确\s*定/ }).click();
    await board.getByRole("link", { name: row(17) }).waitFor();
    await expect.poll(() => links.count()).toBe(1);
    expect(asked.some((u) => u.searchParams.get("status") === "behind" && u.searchParams.get("page") === "1")).toBe(true);
  });
});
