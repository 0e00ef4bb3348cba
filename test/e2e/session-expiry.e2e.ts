// An idle session ends on the server; the next request (a click, or reloading the page) lands on
// the login page with "登录已过期", and signing in again returns to the page the user was on.
import { describe, expect, it } from "vitest";
import { ADMIN_PASSWORD, chromiumMissing, loginAs, openPage, serverAndBrowser, submitLogin } from "./harness.js";

// Short enough to wait out, long enough that a busy machine keeps the session alive between
// the steps that should not time out (log in → open the page).
const IDLE_MINUTES = 0.05; // 3 s
const WAIT_PAST_IDLE_MS = 4_500;

describe.skipIf(chromiumMissing)("session expiry in the browser", () => {
  const env = serverAndBrowser({ sessionIdleMinutes: IDLE_MINUTES });

  it("a request after the idle timeout sends the user to login and back to the same page", async () => {
    const page = await openPage(env.browser, env.server.url);
    await loginAs(page, "admin", ADMIN_PASSWORD);
    await page.getByRole("menuitem", { name: "系统管理" }).click();
    await page.getByRole("tab", { name: "用户" }).click();
    await page.waitForURL((url) => url.pathname === "/admin/users");
    await page.getByRole("row").filter({ hasText: "admin" }).first().waitFor();

    // 1. A click that asks the server for data.
    await page.waitForTimeout(WAIT_PAST_IDLE_MS);
    await page.getByPlaceholder("姓名或用户名").fill("admin");
    await page.getByPlaceholder("姓名或用户名").press("Enter");
    await page.waitForURL((url) => url.pathname === "/login");
    const afterClick = new URL(page.url());
    expect(afterClick.searchParams.get("expired")).toBe("1");
    expect(afterClick.searchParams.get("redirect")).toBe("/admin/users");
    await page.getByText("登录已过期，请重新登录").waitFor();
    await submitLogin(page, "admin", ADMIN_PASSWORD);
    await page.waitForURL((url) => url.pathname === "/admin/users");
    await page.getByRole("tab", { name: "用户", selected: true }).waitFor();

    // 2. Reloading the page after the idle timeout.
    await page.waitForTimeout(WAIT_PAST_IDLE_MS);
    await page.reload();
    await page.waitForURL((url) => url.pathname === "/login");
    expect(new URL(page.url()).searchParams.get("redirect")).toBe("/admin/users");
    await page.getByText("登录已过期，请重新登录").waitFor();
    await submitLogin(page, "admin", ADMIN_PASSWORD);
    await page.waitForURL((url) => url.pathname === "/admin/users");
    await page.context().close();
  });
});
