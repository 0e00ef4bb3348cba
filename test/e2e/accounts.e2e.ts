// Admin creates a unit and a user; the user signs in with the temporary password, is made to
// change it, and lands in the shell. Also: the lockout message after five wrong passwords.
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  ADMIN_PASSWORD,
  ORG_NAME,
  chooseOption,
  chromiumMissing,
  closeDialogWith,
  launchBrowser,
  loginAs,
  logout,
  openPage,
  screenshotIfWanted,
  startTestServer,
  submitLogin,
  type TestServer,
} from "./harness.js";

describe.skipIf(chromiumMissing)("accounts in the browser", () => {
  let server: TestServer;
  let browser: Browser;

  beforeAll(async () => {
    server = await startTestServer();
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it("admin adds a unit and a user; the user must change the temporary password, then sees the shell", async () => {
    const page = await openPage(browser, server.url);
    await page.goto("/");
    await page.waitForURL(/\/login/);
    await page.getByRole("button", { name: "登录", exact: true }).waitFor();
    await screenshotIfWanted(page, "login");

    await loginAs(page, "admin", ADMIN_PASSWORD);
    await page.getByText(ORG_NAME).first().waitFor();
    await page.getByRole("heading", { name: "系统管理员，您好" }).waitFor();
    await screenshotIfWanted(page, "shell");

    // 系统管理 → 单位 → 添加单位
    await page.getByRole("menuitem", { name: "系统管理" }).click();
    await page.getByRole("tab", { name: "单位" }).click();
    await page.getByRole("button", { name: "添加单位" }).click();
    const unitDialog = page.getByRole("dialog", { name: "添加单位", exact: true });
    await unitDialog.getByLabel("单位名称").fill("基础教育股");
    await chooseOption(page, "类别", "股室");
    await unitDialog.getByLabel("别名").fill("基教股");
    await unitDialog.getByLabel("别名").press("Enter");
    await unitDialog.getByRole("button", { name: "保存" }).click();
    await unitDialog.waitFor({ state: "hidden" });
    const unitRow = page.getByRole("row").filter({ hasText: "基础教育股" });
    await unitRow.waitFor();
    await expect.poll(() => unitRow.textContent()).toContain("基教股");

    // 用户 → 添加用户 without a password: the server issues a temporary one, shown once.
    await page.getByRole("tab", { name: "用户" }).click();
    await page.getByRole("button", { name: "添加用户" }).click();
    const userDialog = page.getByRole("dialog", { name: "添加用户", exact: true });
    await userDialog.getByLabel("用户名").fill("zhangsan");
    await userDialog.getByLabel("姓名").fill("张三");
    await userDialog.getByLabel("手机号").fill("13800000001");
    await chooseOption(page, "所属单位", "基础教育股（股室）");
    await userDialog.getByRole("button", { name: "保存" }).click();
    await userDialog.waitFor({ state: "hidden" });
    const credentialDialog = page.getByRole("dialog").filter({ hasText: "临时密码只显示这一次" });
    const temporaryPassword = (await credentialDialog.getByTestId("temporary-password").innerText()).trim();
    expect(temporaryPassword.length).toBeGreaterThanOrEqual(8);
    await closeDialogWith(credentialDialog, "我已记下");
    const userRow = page.getByRole("row").filter({ hasText: "zhangsan" });
    await userRow.waitFor();
    await expect.poll(() => userRow.textContent()).toContain("单位经办人");

    await logout(page, "系统管理员");

    // The new user: temporary password → forced change → shell.
    await submitLogin(page, "zhangsan", temporaryPassword);
    await page.waitForURL(/\/change-password/);
    await page.getByLabel("临时密码").fill(temporaryPassword);
    await page.getByLabel("新密码", { exact: true }).fill("short");
    await page.getByLabel("确认新密码").fill("short");
    await page.getByRole("button", { name: "确认修改" }).click();
    await page.getByText("密码至少需要 8 个字符").waitFor();
    await page.getByLabel("新密码", { exact: true }).fill("Zhang#San2024");
    await page.getByLabel("确认新密码").fill("Zhang#San2024");
    await page.getByRole("button", { name: "确认修改" }).click();
    await page.getByRole("menu", { name: "主导航" }).waitFor();
    await page.getByRole("heading", { name: "张三，您好" }).waitFor();
    // 系统管理 is for admins only.
    await expect.poll(() => page.getByRole("menuitem", { name: "系统管理" }).count()).toBe(0);

    // The new password works for the next login.
    await logout(page, "张三");
    await loginAs(page, "zhangsan", "Zhang#San2024");
    await page.context().close();
  });

  it("five wrong passwords lock the account; the sixth attempt, right password included, is refused with the same message", async () => {
    const page = await openPage(browser, server.url);
    await page.goto("/login");
    for (let attempt = 1; attempt <= 5; attempt++) {
      await submitLogin(page, "admin", `Wrong#Password${attempt}`);
      await waitForLoginAlert(page, "用户名或密码错误");
    }
    await submitLogin(page, "admin", ADMIN_PASSWORD);
    // Locked answers as unknown and wrong do (no oracle for who exists); the message names the lockout.
    const alert = await waitForLoginAlert(page, "用户名或密码错误");
    expect(alert).toMatch(/锁定 15 分钟/);
    expect(page.url()).toContain("/login");
    await page.context().close();
  });
});

/** Waits for the login page's error alert to contain the text and returns the alert's full text. */
async function waitForLoginAlert(page: Page, text: string): Promise<string> {
  const alert = page.getByRole("alert").filter({ hasText: text });
  await alert.waitFor();
  const content = (await alert.textContent()) ?? "";
  return content;
}
