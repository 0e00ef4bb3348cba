// Issue 15 in the browser: the office types a two-character word into the header's search box and
// sees a task, a report and a finding with the word marked, grouped by kind; a click opens the task.
// A unit's staff searching the same word sees only what is theirs to read.
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { chromiumMissing, dayFromToday, screenshotIfWanted } from "./harness.js";
import { startE2eBureau, type E2eBureau } from "./bureau.js";
import { pageApi } from "./plan-helpers.js";

const PLAN = `示例县教育局2026年工作要点
一、后勤保障
1. 规范学校食堂管理。（责任领导：张明，责任股室：基础教育股）
2. 加强校园安全管理。（责任领导：张明，责任股室：安全管理股）
`;

describe.skipIf(chromiumMissing)("search (全文搜索)", () => {
  let bureau: E2eBureau;
  let office: Page;
  let aqStaff: Page;
  let taskId: number;

  beforeAll(async () => {
    bureau = await startE2eBureau({
      units: ["基础教育股", "安全管理股"],
      accounts: [
        ["office1", "督查室", ["office"]],
        ["jj_staff", "基教经办", ["unit_staff"], "基础教育股"],
        ["aq_staff", "安全经办", ["unit_staff"], "安全管理股"],
      ],
    });
    const api = bureau.api;
    const jj = bureau.units["基础教育股"], aq = bureau.units["安全管理股"];
    const planId = ((await api.call("POST", "/api/plans/import", { text: PLAN, filename: "要点.txt" })) as any).plan.id;
    const tasks = ((await api.call("GET", `/api/plans/${planId}/tasks`)) as any).items as any[];
    for (const t of tasks) {
      const lead = t.no === "1" ? { name: "基础教育股", unitId: jj } : { name: "安全管理股", unitId: aq };
      await api.call("PATCH", `/api/tasks/${t.id}`, { lead: [lead], co: [], version: t.version });
    }
    await api.call("POST", `/api/plans/${planId}/publish`, {});
    taskId = tasks.find((t) => t.no === "1").id;
    const today = dayFromToday(0);
    const round = ((await api.call("POST", `/api/plans/${planId}/rounds`, { period: today.slice(0, 7), opensOn: today, dueOn: dayFromToday(5) })) as any).round.id;
    const reports = ((await api.call("GET", `/api/rounds/${round}/reports`)) as any).items as any[];
    const jjReport = reports.find((r) => r.unitId === jj);
    const jjApi = await pageApi(await bureau.userPage("jj_staff"));
    await jjApi.call("PUT", `/api/reports/${jjReport.id}`, { text: "已完成食堂改造选址，三所学校开工。", status: "on_track", version: jjReport.version });
    await api.call("POST", "/api/findings", { source: "督导检查", title: "食堂台账不全", category: "其他", unitId: jj, foundOn: today });
    office = await bureau.userPage("office1");
    aqStaff = await bureau.userPage("aq_staff");
  }, 180_000);
  afterAll(async () => bureau?.close());

  it("finds a task, a report and a finding by 食堂, highlighted, and opens the task", async () => {
    await office.goto("/");
    const box = office.getByTestId("header-search").locator("input").or(office.getByLabel("全文搜索")).first();
    await box.fill("食堂");
    await box.press("Enter");
    await office.waitForURL(/\/search\?q=/);
    for (const kind of ["task", "report", "finding"]) {
      const group = office.getByTestId(`search-group-${kind}`);
      await group.waitFor();
      await expect(group.locator("mark").first().textContent()).resolves.toBe("食堂");
    }
    await expect(office.getByTestId("search-result-finding").first().textContent()).resolves.toContain("食堂台账不全");
    await expect(office.getByTestId("search-result-report").first().textContent()).resolves.toContain("基础教育股");
    await screenshotIfWanted(office, "search-results");

    // 类别筛选: only reports.
    await office.getByText("进展报告", { exact: true }).first().click();
    await office.waitForURL(/kind=report/);
    // The URL changes before the filtered answer arrives; the earlier results stay until it does.
    await office.getByTestId("search-group-task").waitFor({ state: "detached" });
    await office.getByTestId("search-group-report").waitFor();
    expect(await office.getByTestId("search-group-finding").count()).toBe(0);
    await office.getByText("全部", { exact: true }).first().click();

    await office.getByTestId("search-result-task").getByRole("link").first().click();
    await office.waitForURL(new RegExp(`/tasks/${taskId}$`));
    await office.getByText("规范学校食堂管理").first().waitFor();
  });

  it("a unit's staff finds only what is theirs: not another unit's task, report or finding", async () => {
    await aqStaff.goto(`/search?q=${encodeURIComponent("食堂")}`);
    await aqStaff.getByText(/没有找到与“食堂”相关的内容/).waitFor();
  });
});
