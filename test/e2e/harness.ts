// Shared pieces of the browser tests: the system chromium, an in-process server with a fresh
// data directory, pages at the target screen size, and a few user actions.
import { existsSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { chromium, type Browser, type Locator, type Page } from "playwright-core";
import { afterAll, beforeAll } from "vitest";
import { addDays, localDay } from "../../src/server/clock.js";
import { startServer } from "../../src/server/start.js";

export const CHROMIUM_PATH = "/usr/bin/chromium";
export const chromiumMissing = !existsSync(CHROMIUM_PATH);
if (chromiumMissing) {
  console.warn(`SKIPPED browser tests: ${CHROMIUM_PATH} not found (apt-get install chromium fonts-noto-cjk)`);
}

export const ADMIN_PASSWORD = "Jiaoyu#2024ok";
export const ORG_NAME = "示例县教育局";
export const SCREEN = { width: 1366, height: 768 };
const repoRoot = resolve(import.meta.dirname, "../..");

export interface TestServer {
  url: string;
  close(): Promise<void>;
}

/**
 * A server on a random port with its own SQLite data directory. By default the admin account
 * comes from DUBAN_ADMIN_PASSWORD; `firstRun: true` leaves the system to the first-run page.
 */
export async function startTestServer(options: { sessionIdleMinutes?: number; firstRun?: boolean } = {}): Promise<TestServer> {
  const dataDir = mkdtempSync(join(tmpdir(), "duban-e2e-"));
  const server = await startServer({
    port: 0,
    host: "127.0.0.1",
    dataDir,
    webDir: join(repoRoot, "dist/web"),
    sessionIdleMinutes: options.sessionIdleMinutes,
    env: {
      NODE_ENV: "test",
      LOG_LEVEL: "silent",
      // Jobs run by the wall clock (rounds open at 00:05 Shanghai): a test that started at the
      // wrong minute would find rounds it did not make. Tests drive rounds themselves.
      DUBAN_SCHEDULER: "0",
      // Every browser of a test comes from 127.0.0.1: the per-address limit would count them all as one.
      DUBAN_API_RATE: "100000",
      ...(options.firstRun ? {} : { DUBAN_ADMIN_PASSWORD: ADMIN_PASSWORD, DUBAN_ORG_NAME: ORG_NAME }),
    },
  });
  return {
    url: server.url,
    async close() {
      await server.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/**
 * The usual frame of a browser test file: one server and one browser for the file, closed after
 * it. Read `env.server` / `env.browser` inside the tests (they exist once beforeAll has run).
 */
export function serverAndBrowser(options: Parameters<typeof startTestServer>[0] = {}): { server: TestServer; browser: Browser } {
  const env = {} as { server: TestServer; browser: Browser };
  beforeAll(async () => {
    env.server = await startTestServer(options);
    env.browser = await launchBrowser();
  });
  afterAll(async () => {
    await env.browser?.close();
    await env.server?.close();
  });
  return env;
}

/**
 * Closes a dialog with one of its buttons. A click that lands while antd's modal is still
 * zooming in can be lost on a loaded machine (seen once in CI); a person would click again, and
 * so does this — a dialog that really refuses to close still fails the test.
 */
export async function closeDialogWith(dialog: Locator, button: string): Promise<void> {
  for (let attempt = 0; attempt < 3; attempt++) {
    await dialog.getByRole("button", { name: button }).click();
    try {
      await dialog.waitFor({ state: "hidden", timeout: 5_000 });
      return;
    } catch {
      if (attempt === 2) throw new Error(`对话框点击“${button}”后仍未关闭`);
    }
  }
}

/** A day relative to today as the bureau counts days (Asia/Shanghai), whatever the machine's zone. */
export function dayFromToday(n: number): string {
  return addDays(localDay(new Date()), n);
}

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
}

/** A fresh browser context (own cookies) at the office screen size, Chinese locale. */
export async function openPage(browser: Browser, baseURL: string): Promise<Page> {
  // reducedMotion: the app then turns antd's animations off (see src/web/main.tsx).
  const context = await browser.newContext({ baseURL, viewport: SCREEN, locale: "zh-CN", timezoneId: "Asia/Shanghai", reducedMotion: "reduce" });
  const page = await context.newPage();
  // Generous: CI shares two cores with the server under test and the build.
  page.setDefaultTimeout(30_000);
  return page;
}

export async function submitLogin(page: Page, username: string, password: string): Promise<void> {
  await page.getByLabel("用户名").fill(username);
  await page.getByLabel("密码", { exact: true }).fill(password);
  const answered = page.waitForResponse((response) => new URL(response.url()).pathname === "/api/auth/login");
  await page.getByRole("button", { name: "登录", exact: true }).click();
  await answered;
}

export async function loginAs(page: Page, username: string, password: string): Promise<void> {
  await page.goto("/login");
  await submitLogin(page, username, password);
  await page.getByRole("menu", { name: "主导航" }).waitFor();
}

export async function logout(page: Page, displayName: string): Promise<void> {
  await page.getByRole("button", { name: `用户菜单：${displayName}` }).click();
  await page.getByRole("menuitem", { name: "退出登录" }).click();
  await page.waitForURL((url) => url.pathname === "/login" && url.search === "");
}

/** Picks an option of an antd Select found by its form label. */
export async function chooseOption(page: Page, label: string, option: string): Promise<void> {
  const formItem = page.locator(".ant-form-item").filter({ has: page.getByLabel(label, { exact: true }) });
  const dropdown = page.locator(".ant-select-dropdown:not(.ant-select-dropdown-hidden)").last();
  await formItem.locator(".ant-select-selector").click();
  await dropdown.waitFor();
  await dropdown.getByTitle(option, { exact: true }).click();
  await dropdown.waitFor({ state: "hidden" });
}

/** Writes a screenshot to docs/screenshots/ when SCREENSHOTS=1 (kept out of normal runs). */
export async function screenshotIfWanted(page: Page, name: string): Promise<void> {
  if (process.env.SCREENSHOTS !== "1") return;
  const directory = join(repoRoot, "docs/screenshots");
  mkdirSync(directory, { recursive: true });
  await page.screenshot({ path: join(directory, `${name}.png`) });
}
