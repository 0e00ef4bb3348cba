// A plan from DOCX to 我的任务: the office imports a DOCX by drag-and-drop upload, reviews it
// side by side with the source (highlights), maps an unknown unit abbreviation to a directory
// unit in one click, edits a title, publishes (the confirm dialog names the units it will create),
// and the unit's clerk finds the task under 我的任务 after the forced password change.
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ADMIN_PASSWORD, chooseOption, chromiumMissing, launchBrowser, loginAs, logout, openPage, screenshotIfWanted, startTestServer, submitLogin, type TestServer } from "./harness.js";
import { answerOf, changeFirstPassword, docxOf, pageApi } from "./plan-helpers.js";

const PLAN_LINES = [
  "示例县教育局2026年教育工作要点",
  "一、提升教育质量",
  "1. 扩大优质学前教育资源。新建公办幼儿园3所，学前三年毛入园率达到95%。（责任领导：张明，责任股室：基教股、计财股）",
  "2. 推进义务教育优质均衡发展。9月底前完成集团化办学改革试点。（责任领导：张明，责任股室：基教股）",
  "3. 保障教育经费投入。确保一般公共预算教育支出逐年只增不减。（责任领导：李华，责任股室：计财股、督导室）",
];

describe.skipIf(chromiumMissing)("工作方案: import, review, publish, 我的任务", () => {
  let server: TestServer;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    server = await startTestServer();
    browser = await launchBrowser();
    page = await openPage(browser, server.url);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it("imports a DOCX, reviews with source highlights, maps a unit, edits, publishes; the clerk sees the task", async () => {
    await loginAs(page, "admin", ADMIN_PASSWORD);
    const api = await pageApi(page);
    const jj = await api.call("POST", "/api/units", { name: "基础教育股", kind: "department", aliases: ["基教股"] });
    await api.call("POST", "/api/units", { name: "计划财务股", kind: "department", aliases: [] });
    await api.call("POST", "/api/users", { username: "zhangming", name: "张明", roles: ["leader"], password: "Zhang#Ming2026" });
    await api.call("POST", "/api/users", { username: "jj_clerk", name: "基教股小王", roles: ["unit_staff"], unitId: jj.id, password: "Jj#Clerk2026" });

    // 工作方案 → 导入 → drop the DOCX on the upload area.
    await page.getByRole("menuitem", { name: "工作方案" }).click();
    await page.getByRole("button", { name: "导入" }).click();
    const dialog = page.getByRole("dialog", { name: "导入工作方案" });
    await dialog.getByText("点击或将方案文件拖到此处").waitFor();
    const docx = await docxOf(PLAN_LINES);
    // Files the server refuses: its Chinese message is shown (415 for a dropped .exe, 422 for a broken DOCX).
    const dropped = await page.evaluateHandle(() => {
      const transfer = new DataTransfer();
      transfer.items.add(new File(["MZ\u0090"], "virus.exe", { type: "application/octet-stream" }));
      return transfer;
    });
    const refused = await answerOf(page, "POST", "/api/plans/import", () => dialog.locator(".ant-upload-drag").dispatchEvent("drop", { dataTransfer: dropped }));
    expect(refused.status()).toBe(415);
    const refusal = ((await refused.json()) as { error: { message: string } }).error.message;
    await dialog.getByRole("alert").filter({ hasText: refusal }).waitFor();
    const broken = await answerOf(page, "POST", "/api/plans/import", () =>
      dialog.locator('input[type="file"]').setInputFiles({ name: "损坏.docx", mimeType: "application/octet-stream", buffer: docx.subarray(0, 300) }),
    );
    expect(broken.status()).toBe(422);
    const brokenMessage = ((await broken.json()) as { error: { message: string } }).error.message;
    expect(brokenMessage).toMatch(/[\u4e00-\u9fa5]/);
    await dialog.getByRole("alert").filter({ hasText: brokenMessage }).waitFor();

    const imported = await answerOf(page, "POST", "/api/plans/import", () =>
      dialog.locator('input[type="file"]').setInputFiles({
        name: "2026年工作要点.docx",
        mimeType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        buffer: docx,
      }),
    );
    expect(imported.status(), await imported.text()).toBe(201);
    const planId = ((await imported.json()) as { plan: { id: number } }).plan.id;
    await page.waitForURL((url) => url.pathname === `/plans/${planId}/review`);

    // The review screen: source on the left, three tasks, the first one selected.
    const list = page.getByTestId("task-list");
    await page.getByTestId("source-text").waitFor();
    await list.getByRole("option").nth(2).waitFor();
    await expect.poll(() => list.getByRole("option").count()).toBe(3);
    const source = page.getByTestId("source-text");
    await expect.poll(() => source.innerText()).toContain("保障教育经费投入");

    // Pick task 1: its paragraph is marked in the source; focusing the title marks the title.
    await list.getByRole("option").filter({ hasText: "扩大优质学前教育资源" }).click();
    await source.locator('mark[data-highlight="task"]').first().waitFor();
    expect(await source.locator("mark").allInnerTexts().then((t) => t.join(""))).toContain("新建公办幼儿园3所");
    const editor = page.getByTestId("task-editor");
    await editor.getByLabel("任务名称").click();
    await expect.poll(() => source.locator('mark[data-highlight="field"]').allInnerTexts().then((t) => t.join(""))).toContain("扩大优质学前教育资源");
    expect(await source.locator('mark[data-highlight="field"]').first().isVisible()).toBe(true);

    // Clicking a unit tag marks where the unit name stands.
    await editor.locator('[data-unit-name="基教股"] .ant-tag').first().click();
    await expect.poll(() => source.locator('mark[data-highlight="field"]').allInnerTexts().then((t) => t.join(""))).toBe("基教股");

    // 基教股 is a known alias; 计财股 is not: marked 将新建 and mapped in one click.
    const unknown = editor.locator('[data-unit-name="计财股"]');
    await unknown.getByText("将新建").waitFor();
    await expect.poll(() => editor.locator('[data-unit-name="基教股"]').getByText("将新建").count()).toBe(0);
    await unknown.getByRole("button", { name: "对应到已有单位" }).click();
    await chooseOption(page, "已有单位", "计划财务股");
    const mapped = await answerOf(page, "POST", `/api/plans/${planId}/unit-mappings`, () =>
      page.getByRole("tooltip").getByRole("button", { name: "确定" }).click(),
    );
    expect(mapped.status()).toBe(200);
    expect(((await mapped.json()) as { changed: number }).changed).toBe(2); // tasks 1 and 3
    await unknown.getByText("（计划财务股）").waitFor();
    await expect.poll(() => unknown.getByText("将新建").count()).toBe(0);
    // Task 3's 计财股 was mapped too; only 督导室 is left to create.
    await list.getByRole("option").filter({ hasText: "保障教育经费投入" }).click();
    await editor.locator('[data-unit-name="计财股"]').getByText("（计划财务股）").waitFor();
    await editor.locator('[data-unit-name="督导室"]').getByText("将新建").waitFor();
    const units = await api.call("GET", "/api/units");
    expect(units.items.find((u: { name: string }) => u.name === "计划财务股").aliases).toContain("计财股");

    // Edit task 1's title and save.
    await list.getByRole("option").filter({ hasText: "扩大优质学前教育资源" }).click();
    await editor.getByLabel("任务名称").fill("扩大普惠性学前教育资源");
    // Leaving with unsaved changes asks first.
    await page.getByRole("menuitem", { name: "任务台账" }).click();
    const leave = page.getByRole("dialog").filter({ hasText: "任务有未保存的修改" });
    await leave.getByRole("button", { name: "留在本页" }).click();
    await leave.waitFor({ state: "hidden" });
    expect(new URL(page.url()).pathname).toBe(`/plans/${planId}/review`);
    await expect.poll(() => editor.getByLabel("任务名称").inputValue()).toBe("扩大普惠性学前教育资源");
    const saved = await answerOf(page, "PATCH", /^\/api\/tasks\/\d+$/, () => editor.getByRole("button", { name: "保存" }).click());
    expect(saved.status(), await saved.text()).toBe(200);
    await list.getByRole("option").filter({ hasText: "扩大普惠性学前教育资源" }).waitFor();
    await editor.getByLabel("任务名称").click();
    if (process.env.SCREENSHOTS === "1") await page.locator(".ant-message-notice").first().waitFor({ state: "detached" });
    await screenshotIfWanted(page, "review");

    // 发布: the dialog names the one unit that will be created.
    await page.getByRole("button", { name: /发布$/ }).click();
    const confirm = page.getByTestId("publish-confirm");
    await confirm.getByText("督导室").waitFor();
    await expect.poll(() => confirm.innerText()).not.toContain("计财股");
    const published = await answerOf(page, "POST", `/api/plans/${planId}/publish`, () =>
      page.locator(".ant-modal").filter({ has: confirm }).getByRole("button", { name: /^发布/ }).click(),
    );
    expect(published.status(), await published.text()).toBe(200);
    await page.waitForURL((url) => url.pathname === "/tasks" && url.search === `?plan=${planId}`);
    await page.getByText("已发布，新建单位：督导室").waitFor();
    await page.getByRole("row").filter({ hasText: "扩大普惠性学前教育资源" }).waitFor();

    await logout(page, "系统管理员");

    // The clerk of 基础教育股: forced password change, then 工作台 shows 我的任务.
    await submitLogin(page, "jj_clerk", "Jj#Clerk2026");
    await changeFirstPassword(page, "Jj#Clerk2026", "Jj#Better2026");
    const row = page.getByRole("row").filter({ hasText: "扩大普惠性学前教育资源" });
    await row.waitFor();
    await expect.poll(() => row.innerText()).toContain("牵头");
    await expect.poll(() => page.getByRole("row").filter({ hasText: "推进义务教育优质均衡发展" }).count()).toBe(1);
    await expect.poll(() => page.getByRole("row").filter({ hasText: "保障教育经费投入" }).count()).toBe(0);
    await page.getByRole("menuitem", { name: "我的任务" }).click();
    await page.waitForURL((url) => url.pathname === "/mine");
    await row.getByRole("link").click();
    await page.waitForURL(/\/tasks\/\d+$/);
    await page.getByText("数值变化将在进展调度后显示").waitFor();
    // A clerk reads; only the office edits.
    await expect.poll(() => page.getByRole("button", { name: "修改" }).count()).toBe(0);
    await page.context().close();
  });

  it("imports pasted text; edits plan info; adds, splits, merges, moves and deletes tasks in review", async () => {
    const office = await openPage(browser, server.url);
    await loginAs(office, "admin", ADMIN_PASSWORD);
    await (await pageApi(office)).call("POST", "/api/units", { name: "安全稳定股", kind: "department", aliases: [] });
    await office.goto("/plans");
    await office.getByRole("button", { name: /导入$/ }).click();
    const dialog = office.getByRole("dialog", { name: "导入工作方案" });
    await dialog.getByRole("tab", { name: "粘贴文本" }).click();
    await dialog.getByLabel("文件名").fill("2027年工作要点");
    await dialog.getByLabel("方案文本").fill(
      ["示例县教育局2027年工作要点", "一、重点任务", "1. 深化课堂教学改革。（责任股室：基教股）", "2. 建设智慧校园。（责任股室：电教站）", "3. 加强校园安全管理。（责任股室：安全股）"].join("\n"),
    );
    const imported = await answerOf(office, "POST", "/api/plans/import", () => dialog.getByRole("button", { name: "识别并导入" }).click());
    expect(imported.status(), await imported.text()).toBe(201);
    await office.waitForURL(/\/plans\/\d+\/review$/);
    const list = office.getByTestId("task-list");
    const titles = () => list.getByRole("option").evaluateAll((items) => items.map((item) => item.textContent ?? ""));
    await expect.poll(async () => (await titles()).length).toBe(3);

    // 方案信息: the document number.
    await office.getByRole("button", { name: /方案信息$/ }).click();
    const meta = office.getByRole("dialog", { name: "方案信息" });
    await meta.getByLabel("文号").fill("示教发〔2027〕3号");
    await meta.getByRole("button", { name: "保存" }).click();
    await meta.waitFor({ state: "hidden" });
    await office.getByText(/示教发〔2027〕3号/).waitFor();

    // Give task 1 three measures, then split it from the third.
    const editor = office.getByTestId("task-editor");
    await list.getByRole("option").filter({ hasText: "深化课堂教学改革" }).click();
    for (const text of ["推进大单元教学", "开展课堂教学比武", "建立教研指导制度"]) {
      await editor.getByRole("button", { name: /添加措施$/ }).click();
      await editor.getByRole("textbox", { name: /^措施\d+$/ }).last().fill(text);
    }
    await answerOf(office, "PATCH", /^\/api\/tasks\/\d+$/, () => editor.getByRole("button", { name: "保存" }).click());
    await editor.getByRole("button", { name: "拆分" }).click();
    const split = office.getByRole("dialog", { name: /^拆分任务/ });
    await chooseOption(office, "从哪一条措施起拆分", `第 ${(await editor.getByRole("textbox", { name: /^措施\d+$/ }).count())} 条：建立教研指导制度`);
    await split.getByLabel("新任务名称").fill("建立教研指导制度");
    await split.getByRole("button", { name: "拆分" }).click();
    await split.waitFor({ state: "hidden" });
    await expect.poll(titles).toEqual([
      expect.stringContaining("深化课堂教学改革"),
      expect.stringContaining("建立教研指导制度"),
      expect.stringContaining("建设智慧校园"),
      expect.stringContaining("加强校园安全管理"),
    ]);

    // Merge the split-off task back with task 2 (建设智慧校园).
    await list.getByRole("option").nth(1).getByRole("checkbox").check();
    await list.getByRole("option").nth(2).getByRole("checkbox").check();
    await office.getByRole("button", { name: /合并（2）$/ }).click();
    await office.getByRole("tooltip").getByRole("button", { name: "合并" }).click();
    await expect.poll(async () => (await titles()).length).toBe(3);
    expect((await titles())[1]).toContain("建立教研指导制度");

    // Add co-units: pick a directory unit from the suggestions, and type a new name.
    await list.getByRole("option").filter({ hasText: "深化课堂教学改革" }).click();
    const addCo = editor.getByRole("combobox", { name: "添加协办单位" });
    await addCo.fill("安全");
    await office.locator(".ant-select-dropdown:not(.ant-select-dropdown-hidden)").getByTitle("安全稳定股").waitFor();
    await addCo.press("ArrowDown");
    await addCo.press("Enter");
    await editor.locator('[data-unit-name="安全稳定股"]').waitFor();
    await addCo.fill("教研室");
    await addCo.press("Enter");
    await editor.locator('[data-unit-name="教研室"]').getByText("将新建").waitFor();
    await expect.poll(() => editor.locator('[data-unit-name="安全"]').count()).toBe(0);
    await expect.poll(() => editor.locator('[data-unit-name="安全稳定股"]').getByText("将新建").count()).toBe(0);
    await answerOf(office, "PATCH", /^\/api\/tasks\/\d+$/, () => editor.getByRole("button", { name: "保存" }).click());
    await list.getByRole("option").filter({ hasText: "深化课堂教学改革" }).getByText("将新建 1").waitFor();

    // Move the last task up, then delete it; add a new one after the selected task.
    await list.getByRole("option").filter({ hasText: "加强校园安全管理" }).click();
    await editor.getByRole("button", { name: "上移" }).click();
    await expect.poll(async () => (await titles())[1]).toContain("加强校园安全管理");
    await editor.getByRole("button", { name: "删除" }).click();
    await office.getByRole("tooltip").getByRole("button", { name: "删除" }).click();
    await expect.poll(async () => (await titles()).length).toBe(2);
    expect((await titles()).join()).not.toContain("加强校园安全管理");

    await office.getByRole("button", { name: /新增任务$/ }).click();
    const add = office.getByRole("dialog", { name: "新增任务" });
    await add.getByLabel("任务名称").fill("推进教育数字化转型");
    await add.getByRole("button", { name: "新增" }).click();
    await add.waitFor({ state: "hidden" });
    await expect.poll(async () => (await titles()).length).toBe(3);
    await expect.poll(() => editor.getByLabel("任务名称").inputValue()).toBe("推进教育数字化转型");
    await office.context().close();
  });
});
