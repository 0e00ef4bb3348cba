// 任务台账 of a published plan: filters, 导出Excel → edit a cell with exceljs → 导入修改 shows the
// difference → 确认导入 → the table shows the new unit; a broken file changes nothing. Then the
// task detail page: the office edits a published task, a stale save (409) keeps what was typed
// and re-applies it to the latest version, and 修改历史 lists the change in Chinese. 审计日志 names
// the actions in Chinese.
import { readFileSync } from "node:fs";
import ExcelJS from "exceljs";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ADMIN_PASSWORD, chromiumMissing, launchBrowser, loginAs, openPage, screenshotIfWanted, startTestServer, type TestServer } from "./harness.js";
import { answerOf, pageApi, type PageApi } from "./plan-helpers.js";

const PLAN_TEXT = `示例县教育局2026年教育工作要点

一、加强党的建设
1. 深化理论学习。坚持每月开展理论中心组学习。（责任领导：张明，责任股室：办公室）
2. 推进清廉学校建设。2026年6月底前实现清廉学校建设全覆盖。（责任领导：李华，责任股室：办公室、基础教育股）

二、提升教育质量
3. 扩大优质学前教育资源。新建公办幼儿园3所，学前三年毛入园率达到95%。（责任领导：张明，责任股室：基础教育股、计划财务股）
4. 加强教师队伍建设。完成教师培训1200人次以上，2025年9月底前完成新教师招聘。（责任领导：李华，责任股室：教师工作股）
`;

const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

describe.skipIf(chromiumMissing)("任务台账 and task detail", () => {
  let server: TestServer;
  let browser: Browser;
  let page: Page;
  let api: PageApi;
  let planId: number;

  beforeAll(async () => {
    server = await startTestServer();
    browser = await launchBrowser();
    page = await openPage(browser, server.url);
    await loginAs(page, "admin", ADMIN_PASSWORD);
    api = await pageApi(page);
    for (const name of ["办公室", "基础教育股", "计划财务股", "教师工作股"]) await api.call("POST", "/api/units", { name, kind: "department", aliases: [] });
    const imported = await api.call("POST", "/api/plans/import", { text: PLAN_TEXT, filename: "2026年工作要点.txt" });
    planId = imported.plan.id;
    await api.call("POST", `/api/plans/${planId}/publish`, { version: imported.plan.version });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const rowOf = (text: string) => page.getByTestId("ledger-table").getByRole("row").filter({ hasText: text });

  it("filters the ledger and remembers the chosen columns", async () => {
    await page.getByRole("menuitem", { name: "任务台账" }).click();
    await rowOf("扩大优质学前教育资源").waitFor();
    await expect.poll(() => page.getByTestId("ledger-table").locator("tbody tr.ant-table-row").count()).toBe(4);
    // Task 4's milestone (2025-09) is past: shown in red.
    await expect.poll(() => rowOf("加强教师队伍建设").locator('[data-overdue="1"]').count()).toBe(1);

    // Which milestones are past depends on today's date; task 4's (2025-09) always is.
    const overdue = ((await api.call("GET", `/api/plans/${planId}/tasks?overdue=1`)).items as unknown[]).length;
    expect(overdue).toBeGreaterThanOrEqual(1);
    await page.getByRole("checkbox", { name: "有逾期节点" }).check();
    await page.getByText(`筛选出 ${overdue} 项 / 共 4 项`).waitFor();
    await page.getByRole("checkbox", { name: "有逾期节点" }).uncheck();
    await page.getByText("共 4 项", { exact: true }).waitFor();

    await page.getByLabel("搜索任务").fill("清廉");
    await page.getByLabel("搜索任务").press("Enter");
    await page.getByText("筛选出 1 项 / 共 4 项").waitFor();
    await rowOf("推进清廉学校建设").waitFor();
    await page.getByLabel("搜索任务").fill("");
    await page.getByText("共 4 项", { exact: true }).waitFor();

    // Hide 联络 through the column chooser; the choice survives a reload.
    await page.getByRole("button", { name: /列$/ }).click();
    await page.getByRole("checkbox", { name: "联络" }).uncheck();
    await page.keyboard.press("Escape");
    await expect.poll(() => page.getByRole("columnheader", { name: "联络" }).count()).toBe(0);
    await page.reload();
    await rowOf("扩大优质学前教育资源").waitFor();
    await expect.poll(() => page.getByRole("columnheader", { name: "联络" }).count()).toBe(0);
    await page.getByRole("button", { name: /列$/ }).click();
    await page.getByRole("button", { name: "恢复默认" }).click();
    await page.keyboard.press("Escape");
    await page.getByRole("columnheader", { name: "联络" }).waitFor();
  });

  it("exports to Excel, imports an edited copy after showing the difference", async () => {
    await page.goto(`/tasks?plan=${planId}`);
    await rowOf("推进清廉学校建设").waitFor();
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "导出Excel" }).click()]);
    expect(download.suggestedFilename()).toMatch(/任务台账\.xlsx$/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(readFileSync(await download.path()) as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    let taskTwo: ExcelJS.Row | undefined;
    sheet.eachRow((row) => {
      if (String(row.getCell(1).value) === "2") taskTwo = row;
    });
    expect(taskTwo).toBeDefined();
    expect(String(taskTwo!.getCell(5).value)).toContain("办公室");
    taskTwo!.getCell(5).value = "计划财务股";
    const edited = Buffer.from(await workbook.xlsx.writeBuffer());

    const preview = await answerOf(page, "POST", `/api/plans/${planId}/ledger-import`, () =>
      page.locator('input[type="file"]').setInputFiles({ name: "台账-修改.xlsx", mimeType: XLSX_TYPE, buffer: edited }),
    );
    expect(preview.status(), await preview.text()).toBe(200);
    const dialog = page.getByRole("dialog", { name: "导入修改过的台账" });
    const diff = dialog.getByTestId("ledger-diff");
    const change = diff.getByRole("row").filter({ hasText: "推进清廉学校建设" });
    await change.waitFor();
    await expect.poll(() => change.innerText()).toContain("牵头部门");
    await expect.poll(() => change.innerText()).toContain("计划财务股");
    await expect.poll(() => diff.locator("tbody tr.ant-table-row").count()).toBe(1);
    // Nothing has changed yet.
    await expect.poll(() => rowOf("推进清廉学校建设").innerText()).not.toContain("计划财务股");

    const applied = await answerOf(page, "POST", `/api/plans/${planId}/ledger-import?apply=1`, () => dialog.getByRole("button", { name: "确认导入" }).click());
    expect(applied.status(), await applied.text()).toBe(200);
    await dialog.waitFor({ state: "hidden" });
    await expect.poll(() => rowOf("推进清廉学校建设").innerText()).toContain("计划财务股");
    if (process.env.SCREENSHOTS === "1") await page.locator(".ant-message-notice").first().waitFor({ state: "detached" });
    await screenshotIfWanted(page, "ledger");

    // A file with a tampered system id: the row errors are listed and nothing is changed.
    taskTwo!.getCell(10).value = 999999;
    taskTwo!.getCell(5).value = "教师工作股";
    const broken = Buffer.from(await workbook.xlsx.writeBuffer());
    const refused = await answerOf(page, "POST", `/api/plans/${planId}/ledger-import`, () =>
      page.locator('input[type="file"]').setInputFiles({ name: "台账-错误.xlsx", mimeType: XLSX_TYPE, buffer: broken }),
    );
    expect(refused.status()).toBe(400);
    await dialog.getByText("导入失败，未做任何修改").waitFor();
    await dialog.getByRole("row").filter({ hasText: String(taskTwo!.number) }).filter({ hasText: "系统编号" }).waitFor();
    await expect.poll(() => dialog.getByRole("button", { name: "确认导入" }).isDisabled()).toBe(true);
    await dialog.getByRole("button", { name: "取消" }).click();
    await expect.poll(() => rowOf("推进清廉学校建设").innerText()).toContain("计划财务股");
  });

  it("edits a published task on its detail page; a stale save keeps the typing and re-applies it", async () => {
    const tasks = (await api.call("GET", `/api/plans/${planId}/tasks`)).items as { id: number; no: string; version: number }[];
    const task = tasks.find((t) => t.no === "3")!;
    await page.goto(`/tasks?plan=${planId}`);
    await rowOf("扩大优质学前教育资源").getByRole("link").click();
    await page.waitForURL(`**/tasks/${task.id}`);
    await page.getByText("数值变化将在进展调度后显示").waitFor();
    await page.getByText("未到期").or(page.getByText("无时间节点")).first().waitFor();

    await page.getByRole("button", { name: /修改$/ }).click();
    const editor = page.getByTestId("task-editor");
    await editor.getByLabel("任务名称").fill("扩大普惠性学前教育资源");

    // Meanwhile someone else adds a measure: our version is now stale.
    await api.call("PATCH", `/api/tasks/${task.id}`, { measures: ["新建公办幼儿园3所"], version: task.version });
    const stale = await answerOf(page, "PATCH", `/api/tasks/${task.id}`, () => editor.getByRole("button", { name: "保存" }).click());
    expect(stale.status()).toBe(409);
    await editor.getByRole("button", { name: "重新加载" }).click();
    await editor.getByText("已载入最新版本，并保留了您的修改").waitFor();
    await expect.poll(() => editor.getByText("您修改的栏目：任务名称").count()).toBe(1);
    await expect.poll(() => editor.getByText("他人修改的栏目：具体措施").count()).toBe(1);
    await expect.poll(() => editor.getByLabel("任务名称").inputValue()).toBe("扩大普惠性学前教育资源");
    await expect.poll(() => editor.getByLabel("措施1", { exact: true }).inputValue()).toBe("新建公办幼儿园3所");
    const saved = await answerOf(page, "PATCH", `/api/tasks/${task.id}`, () => editor.getByRole("button", { name: "保存" }).click());
    expect(saved.status(), await saved.text()).toBe(200);

    // Back to reading: the history shows both versions with Chinese field names.
    await page.getByText("任务 3：扩大普惠性学前教育资源").waitFor();
    const history = page.locator(".ant-card").filter({ hasText: "修改历史" });
    await history.getByRole("row").filter({ hasText: "任务名称" }).filter({ hasText: "扩大普惠性学前教育资源" }).waitFor();
    await history.getByRole("row").filter({ hasText: "具体措施" }).waitFor();
    await expect.poll(() => history.locator("tbody tr.ant-table-row").count()).toBe(2);
  });

  it("shows plan and task actions in Chinese in 审计日志, with the code in a tooltip", async () => {
    await page.goto("/admin/audit");
    const publish = page.getByRole("row").filter({ hasText: "发布方案" });
    await publish.waitFor();
    await expect.poll(() => publish.innerText()).toContain("工作方案");
    await publish.getByText("发布方案").hover();
    await page.getByRole("tooltip").filter({ hasText: "plan.publish" }).waitFor();
    await expect.poll(() => page.getByRole("row").filter({ hasText: "修改任务" }).count()).toBeGreaterThan(0);
    await expect.poll(() => page.getByRole("row").filter({ hasText: "导入方案" }).count()).toBe(1);
  });
});
