// First run with example data: 加载示例数据 shows every account's password once, 去登录 leads to
// the login page, the first-run page is gone for good, and a unit clerk signs in (forced password
// change) and lands on 我的任务 with the example plans' tasks.
import { describe, expect, it } from "vitest";
import { chromiumMissing, openPage, serverAndBrowser, submitLogin } from "./harness.js";
import { answerOf, changeFirstPassword } from "./plan-helpers.js";

describe.skipIf(chromiumMissing)("first run with example data", () => {
  const env = serverAndBrowser({ firstRun: true });
  let adminPassword = "";

  it("loads the example data, shows the passwords once, and a clerk signs in to 我的任务", async () => {
    const page = await openPage(env.browser, env.server.url);
    await page.goto("/");
    await page.waitForURL((url) => url.pathname === "/setup");
    await page.getByRole("button", { name: "加载示例数据" }).click();
    const loaded = await answerOf(page, "POST", "/api/setup/demo", () => page.getByRole("tooltip").getByRole("button", { name: "加载" }).click());
    expect(loaded.status()).toBe(201);

    await page.getByText("请立即记下，密码只显示这一次；首次登录须修改密码").waitFor();
    const clerkRow = page.getByRole("row").filter({ hasText: "jjg_staff" });
    await clerkRow.waitFor();
    await expect.poll(() => clerkRow.innerText()).toContain("基础教育股");
    const password = (await clerkRow.getByTestId("demo-password").innerText()).trim();
    adminPassword = (await page.getByRole("row").filter({ hasText: "系统管理员" }).getByTestId("demo-password").innerText()).trim();
    expect(password.length).toBeGreaterThanOrEqual(8);
    await expect.poll(() => page.getByTestId("demo-password").count()).toBeGreaterThanOrEqual(7);
    await page.getByRole("button", { name: "全部复制" }).waitFor();

    await page.getByRole("button", { name: "去登录" }).click();
    await page.waitForURL((url) => url.pathname === "/login");
    // The passwords are not shown again: the first-run page is gone.
    await page.goto("/setup");
    await page.waitForURL((url) => url.pathname === "/login");
    await expect.poll(() => page.getByTestId("demo-password").count()).toBe(0);

    await submitLogin(page, "jjg_staff", password);
    await changeFirstPassword(page, password, "Wang#Fang2026");
    await page.getByRole("heading", { name: "基教股王芳，您好" }).waitFor();
    const myTasks = page.locator(".ant-card").filter({ hasText: "我的任务" }).first();
    await myTasks.locator("tbody tr.ant-table-row").first().waitFor();
    await expect.poll(() => myTasks.locator("tbody tr.ant-table-row").count()).toBeGreaterThan(0);
    await expect.poll(() => myTasks.innerText()).toMatch(/牵头|协办|联络/);
    await page.context().close();
  });

  it("shows the county's administrator actions on its own bureau only, not on the city and province above", async () => {
    const page = await openPage(env.browser, env.server.url);
    await page.goto("/login");
    await submitLogin(page, "admin", adminPassword);
    await changeFirstPassword(page, adminPassword, "Guan#Li2026x");
    await page.goto("/admin/orgs");
    const county = page.getByRole("row").filter({ hasText: "示例县教育局" });
    await county.getByRole("button", { name: "重命名" }).waitFor();
    for (const above of ["示例省教育厅", "示例市教育局"]) {
      const row = page.getByRole("row").filter({ hasText: above }).first();
      await row.waitFor();
      expect(await row.getByRole("button", { name: /重命名|添加下级/ }).count()).toBe(0);
    }
    await page.context().close();
  });
});
