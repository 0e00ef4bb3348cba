// A month's report on phones (390×844, touch, 3× pixels, as a DingTalk/WeCom link opens): the unit
// clerk signs in (first password change), finds the round in the bell and on 工作台, looks at
// 我的任务, writes the report with a photo and saves; the unit head submits; the leader reaches it
// through the bell and approves. Every screen must fit the width (no sideways scrolling) and its
// key buttons must be on the screen. SCREENSHOTS=1 writes docs/screenshots/phone-*.png.
import { mkdirSync } from "node:fs";
import { join, resolve } from "node:path";
import type { Browser, Locator, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ADMIN_PASSWORD, chooseOption, chromiumMissing, dayFromToday, launchBrowser, loginAs, openPage, startTestServer, submitLogin, type TestServer } from "./harness.js";
import { PHONE_CONTEXT } from "./bureau.js";
import { answerOf, apiSignIn, FIRST, NEXT, pageApi, ROUND_PLAN_TEXT, signInThroughApi } from "./plan-helpers.js";

const PHONE = PHONE_CONTEXT.viewport;
const PNG = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==", "base64");

/** The page is no wider than the screen, and neither is the shell's content area. */
async function expectFits(page: Page, screen: string): Promise<void> {
  const m = await page.evaluate(() => {
    const main = document.querySelector("main");
    return {
      page: document.documentElement.scrollWidth,
      screen: window.innerWidth,
      main: main ? main.scrollWidth - main.clientWidth : 0,
    };
  });
  expect(m.page, `${screen}：页面宽于屏幕`).toBeLessThanOrEqual(m.screen);
  expect(m.main, `${screen}：内容区可横向滚动`).toBeLessThanOrEqual(0);
}

/** Scrolled to if need be, the element lies wholly on the screen. */
async function expectOnScreen(target: Locator, what: string): Promise<void> {
  await target.scrollIntoViewIfNeeded();
  const box = await target.boundingBox();
  expect(box, `${what}：不可见`).not.toBeNull();
  const { x, y, width, height } = box!;
  expect(x >= 0 && y >= 0 && x + width <= PHONE.width && y + height <= PHONE.height, `${what}：超出屏幕 ${JSON.stringify(box)}`).toBe(true);
}

async function shot(page: Page, name: string, fullPage = false): Promise<void> {
  if (process.env.SCREENSHOTS !== "1") return;
  const directory = resolve(import.meta.dirname, "../../docs/screenshots");
  mkdirSync(directory, { recursive: true });
  await page.waitForTimeout(300);
  await page.screenshot({ path: join(directory, `phone-${name}.png`), fullPage });
}

describe.skipIf(chromiumMissing)("a monthly report on phones (390×844)", () => {
  let server: TestServer;
  let browser: Browser;
  let reportId: number;
  const pages: Page[] = [];

  async function phonePage(): Promise<Page> {
    const context = await browser.newContext({ baseURL: server.url, ...PHONE_CONTEXT });
    const page = await context.newPage();
    page.setDefaultTimeout(30_000);
    pages.push(page);
    return page;
  }

  /** A phone signed in through the API (first password changed), on 工作台. */
  async function phoneSignedIn(username: string): Promise<Page> {
    const page = await phonePage();
    await apiSignIn(page, username, FIRST, NEXT);
    await page.goto("/");
    await page.getByTestId("todo-panel").waitFor();
    return page;
  }

  beforeAll(async () => {
    server = await startTestServer();
    browser = await launchBrowser();
    const admin = await openPage(browser, server.url);
    pages.push(admin);
    await loginAs(admin, "admin", ADMIN_PASSWORD);
    const api = await pageApi(admin);
    const unit = (await api.call("POST", "/api/units", { name: "基础教育股", kind: "department", aliases: [] })).id;
    await api.call("POST", "/api/units", { name: "安全管理股", kind: "department", aliases: [] });
    const users: [string, string, string[], number | undefined][] = [
      ["jj_staff", "基教经办", ["unit_staff"], unit],
      ["jj_head", "基教负责人", ["unit_head"], unit],
      ["zhangming", "张明", ["leader"], undefined],
      ["office1", "督查室", ["office"], undefined],
    ];
    for (const [username, name, roles, unitId] of users) await api.call("POST", "/api/users", { username, name, roles, unitId, password: FIRST });
    const imported = await api.call("POST", "/api/plans/import", { text: ROUND_PLAN_TEXT, filename: "2026年工作要点.txt" });
    const planId = imported.plan.id;
    const t1 = (await api.call("GET", `/api/plans/${planId}/tasks`)).items.find((t: any) => t.no === "1");
    await api.call("PATCH", `/api/tasks/${t1.id}`, { leaders: [{ name: "张明" }], version: t1.version });
    const plan = await api.call("GET", `/api/plans/${planId}`);
    await api.call("POST", `/api/plans/${planId}/publish`, { version: plan.version });

    // The office opens March's round on a desk; its notice reaches the clerk's phone.
    const officePage = await openPage(browser, server.url);
    pages.push(officePage);
    await signInThroughApi(officePage, "office1", FIRST, NEXT);
    const office = await pageApi(officePage);
    const created = await office.call("POST", `/api/plans/${planId}/rounds`, { period: "2026-03", opensOn: dayFromToday(-3), dueOn: dayFromToday(5) });
    const reports = (await office.call("GET", `/api/rounds/${created.round.id}/reports`)).items;
    reportId = reports.find((r: any) => r.taskNo === "1" && r.unitName === "基础教育股").id;
  });
  afterAll(async () => {
    for (const page of pages) await page.context().close().catch(() => {});
    await browser?.close();
    await server?.close();
  });

  it("clerk writes and saves, head submits, leader approves — all at 390×844", async () => {
    // (1) The clerk opens the link: sign-in, then the forced password change.
    const clerk = await phonePage();
    await clerk.goto(`/login`);
    await clerk.getByLabel("用户名").waitFor();
    await expectFits(clerk, "登录");
    await expectOnScreen(clerk.getByRole("button", { name: "登录", exact: true }), "登录按钮");
    await shot(clerk, "login");
    await submitLogin(clerk, "jj_staff", FIRST);
    await clerk.waitForURL(/\/change-password/);
    await expectFits(clerk, "修改密码");
    await clerk.getByLabel("临时密码").fill(FIRST);
    await clerk.getByLabel("新密码", { exact: true }).fill(NEXT);
    await clerk.getByLabel("确认新密码").fill(NEXT);
    await expectOnScreen(clerk.getByRole("button", { name: "确认修改" }), "确认修改按钮");
    await clerk.getByRole("button", { name: "确认修改" }).tap();

    // (2) 工作台: one line of header, the menu behind a button, the todo tiles on the screen.
    const todo = clerk.getByTestId("todo-panel");
    await expect.poll(() => todo.getByTestId("todo-write").getAttribute("aria-label")).toBe("待填报 1");
    await expectFits(clerk, "工作台");
    for (const kind of ["write", "consolidate", "approve", "late", "returned"]) await expectOnScreen(todo.getByTestId(`todo-${kind}`), `待办格 ${kind}`);
    await expectOnScreen(clerk.getByTestId("nav-toggle"), "菜单按钮");
    await expectOnScreen(clerk.getByTestId("notification-bell"), "通知铃");
    await expectOnScreen(clerk.getByRole("button", { name: "用户菜单：基教经办" }), "用户菜单");
    expect(await clerk.getByRole("menu", { name: "主导航" }).count()).toBe(0);
    await shot(clerk, "dashboard");

    // 我的任务 through the drawer menu: cards, not a table.
    await clerk.getByTestId("nav-toggle").tap();
    const nav = clerk.getByRole("menu", { name: "主导航" });
    await expectOnScreen(nav.getByRole("menuitem", { name: "我的任务" }), "菜单项我的任务");
    await nav.getByRole("menuitem", { name: "我的任务" }).tap();
    await clerk.waitForURL("**/mine");
    await clerk.getByTestId("my-tasks-cards").getByRole("link", { name: /扩大优质学前教育资源/ }).waitFor();
    await nav.waitFor({ state: "hidden" });
    await expectFits(clerk, "我的任务");
    await clerk.getByTestId("my-tasks-cards").getByRole("link", { name: /扩大优质学前教育资源/ }).tap();
    await clerk.getByText("任务内容").waitFor();
    await expectFits(clerk, "任务详情");
    await shot(clerk, "task", true);
    await clerk.goBack();
    await clerk.getByTestId("my-tasks-cards").waitFor();

    // (3) The bell: the round's notice, full width; it leads to the round, then 工作台 to the report.
    const bell = clerk.getByTestId("notification-bell");
    await expect.poll(() => bell.getAttribute("aria-label")).toMatch(/通知（\d+条未读）/);
    await bell.tap();
    const notice = clerk.getByTestId("notification-list").getByText("2026年3月进展调度已开始");
    await expectOnScreen(notice, "通知");
    await expectFits(clerk, "通知");
    await shot(clerk, "bell");
    await notice.tap();
    await clerk.waitForURL((url) => url.pathname.startsWith("/rounds/"));
    await expectFits(clerk, "调度");
    await clerk.goto("/");
    await todo.getByRole("link", { name: /扩大优质学前教育资源/ }).tap();
    await clerk.waitForURL(`**/reports/${reportId}`);

    // (4) The report: one column, buttons in the bottom bar; text, status, values, a photo; save.
    const text = clerk.getByLabel("进展情况");
    await text.waitFor();
    await expectFits(clerk, "进展报告（经办人）");
    const bar = clerk.getByTestId("phone-actions");
    await bar.getByText("请单位负责人提交").waitFor();
    await text.fill("已完成两所新园选址，资金已纳入预算；第三所正在办理用地手续。");
    await clerk.getByLabel("正常推进").check();
    await clerk.getByRole("spinbutton", { name: "学前三年毛入园率当前值" }).fill("92");
    await clerk.getByLabel("存在问题").fill("个别乡镇用地手续较慢。");
    await clerk.getByLabel("下一步打算").fill("4月开工建设。");
    await expectOnScreen(clerk.getByRole("spinbutton", { name: "学前三年毛入园率当前值" }), "指标输入框");
    const uploaded = await answerOf(clerk, "POST", `/api/reports/${reportId}/evidence`, () =>
      clerk.locator('input[type="file"][capture]').setInputFiles({ name: "新园选址.png", mimeType: "image/png", buffer: PNG }),
    );
    expect(uploaded.status()).toBe(201);
    await clerk.getByRole("link", { name: "新园选址.png", exact: true }).waitFor();
    await bar.getByTestId("unsaved").waitFor();
    await expectOnScreen(bar.getByRole("button", { name: "保存", exact: true }), "保存按钮");
    await expectFits(clerk, "进展报告（填写后）");
    await shot(clerk, "report", true);
    const saved = await answerOf(clerk, "PUT", `/api/reports/${reportId}`, () => bar.getByRole("button", { name: "保存", exact: true }).tap());
    expect(saved.status()).toBe(200);
    await bar.getByText("已保存", { exact: true }).waitFor();

    // (5) The unit head: 工作台 → the report → 提交 (confirmed in a popover on the screen).
    const head = await phoneSignedIn("jj_head");
    await expectFits(head, "工作台（负责人）");
    await head.getByTestId("todo-panel").getByRole("link", { name: /扩大优质学前教育资源/ }).tap();
    await head.waitForURL(`**/reports/${reportId}`);
    await expect.poll(() => head.getByLabel("进展情况").inputValue()).toContain("已完成两所新园选址");
    await expectFits(head, "进展报告（负责人）");
    const submitButton = head.getByTestId("phone-actions").getByRole("button", { name: "提交", exact: true });
    await expectOnScreen(submitButton, "提交按钮");
    await submitButton.tap();
    const confirm = head.locator(".ant-popconfirm").getByRole("button", { name: "提交" });
    await expectOnScreen(confirm, "确认提交");
    await expectFits(head, "确认提交");
    await answerOf(head, "POST", `/api/reports/${reportId}/submit`, () => confirm.tap());
    await expect.poll(() => head.getByTestId("report-state").getAttribute("data-state")).toBe("submitted");
    await expect.poll(() => head.getByTestId("phone-actions").count()).toBe(0);

    // (6) The leader: the bell → the report (read-only) → 退回 dialog fits → 审定.
    const leader = await phoneSignedIn("zhangming");
    const leaderBell = leader.getByTestId("notification-bell");
    await expect.poll(() => leaderBell.getAttribute("aria-label")).toMatch(/通知（\d+条未读）/);
    await leaderBell.tap();
    await leader.getByTestId("notification-list").getByText(/待审定：1 扩大优质学前教育资源/).tap();
    await leader.waitForURL(`**/reports/${reportId}`);
    await leader.getByTestId("report-readonly").getByText("已完成两所新园选址", { exact: false }).waitFor();
    await leader.getByRole("link", { name: "新园选址.png", exact: true }).waitFor();
    await expectFits(leader, "进展报告（领导）");
    const decide = leader.getByTestId("phone-actions");
    await expectOnScreen(decide.getByRole("button", { name: "审定", exact: true }), "审定按钮");
    await expectOnScreen(decide.getByRole("button", { name: "退回", exact: true }), "退回按钮");
    await leader.evaluate(() => window.scrollTo(0, 0));
    await shot(leader, "leader");
    await decide.getByRole("button", { name: "退回", exact: true }).tap();
    const returnDialog = leader.getByRole("dialog");
    await expectOnScreen(returnDialog.getByLabel("退回意见（必填）"), "退回意见");
    await expectOnScreen(returnDialog.getByRole("button", { name: "取消" }), "取消按钮");
    await returnDialog.getByRole("button", { name: "取消" }).tap();
    await returnDialog.waitFor({ state: "hidden" });
    await decide.getByRole("button", { name: "审定", exact: true }).tap();
    const approveDialog = leader.getByRole("dialog");
    await approveDialog.getByLabel("审定意见（可不填）").fill("同意。");
    const approveButton = approveDialog.getByRole("button", { name: "审定" });
    await expectOnScreen(approveButton, "确认审定");
    await expectFits(leader, "审定对话框");
    await shot(leader, "approve");
    await answerOf(leader, "POST", `/api/reports/${reportId}/approve`, () => approveButton.tap());
    await expect.poll(() => leader.getByTestId("report-state").getAttribute("data-state")).toBe("approved");
    await expectFits(leader, "已审定");

    // The round's grid scrolls sideways inside its card; the page itself does not.
    await leader.getByRole("link", { name: "返回调度" }).tap();
    await leader.getByTestId("round-grid").getByText("扩大优质学前教育资源").waitFor();
    await expectFits(leader, "调度");
    await shot(leader, "round");

    // The unit head assembles the quarter's summary from the approved report, on the phone.
    await head.getByTestId("nav-toggle").tap();
    await head.getByRole("menu", { name: "主导航" }).getByRole("menuitem", { name: "季度总结" }).tap();
    await head.waitForURL("**/summaries**");
    const create = head.getByRole("button", { name: "生成季度总结" });
    await expectOnScreen(create, "生成季度总结");
    await expectFits(head, "季度总结");
    await create.tap();
    await chooseOption(head, "季度", "2026年第一季度");
    await expectFits(head, "生成季度总结对话框");
    await head.getByRole("dialog").getByRole("button", { name: "生成" }).tap();
    await head.waitForURL(/\/summaries\/\d+$/);
    await head.getByText("基础教育股2026年第一季度工作总结").waitFor();
    await expect.poll(() => head.getByLabel("总结内容").inputValue()).toContain("已完成两所新园选址");
    await expectFits(head, "季度总结详情");
    await expectOnScreen(head.getByRole("button", { name: "提交", exact: true }), "提交总结");
    await shot(head, "summary");

    // The clerk's bell says so; the user menu signs out from the phone.
    await clerk.reload();
    await clerk.getByTestId("notification-bell").tap();
    await clerk.getByTestId("notification-list").getByText(/已审定：1 扩大优质学前教育资源/).waitFor();
    await clerk.getByRole("button", { name: "关闭", exact: true }).tap();
    await clerk.getByRole("button", { name: "用户菜单：基教经办" }).tap();
    await expectOnScreen(clerk.getByRole("menuitem", { name: "退出登录" }), "退出登录");
    await clerk.getByRole("menuitem", { name: "退出登录" }).tap();
    await clerk.waitForURL((url) => url.pathname === "/login");
  }, 300_000); // four browser contexts on a shared two-core machine
});
