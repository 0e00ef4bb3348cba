// The start of most browser tests: a server, a browser, the admin signed in, a directory of units
// and accounts made through the API, and one browser context per person (first password changed).
import type { Browser, Page } from "playwright-core";
import { ADMIN_PASSWORD, launchBrowser, loginAs, openPage, startTestServer, type TestServer } from "./harness.js";
import { apiSignIn, FIRST, NEXT, pageApi, signInThroughApi, type PageApi } from "./plan-helpers.js";

/** A phone as a DingTalk/WeCom link opens the app (390×844, touch, 3× pixels). */
export const PHONE_CONTEXT = {
  viewport: { width: 390, height: 844 },
  isMobile: true,
  hasTouch: true,
  deviceScaleFactor: 3,
  userAgent:
    "Mozilla/5.0 (Linux; Android 13; V2154A) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Mobile Safari/537.36 DingTalk/7.6.0",
  locale: "zh-CN",
  timezoneId: "Asia/Shanghai",
  reducedMotion: "reduce" as const,
};

/** username, display name, roles, and the name of the account's unit (none: a bureau-wide role). */
export type Account = [username: string, name: string, roles: string[], unit?: string];

export interface E2eBureau {
  server: TestServer;
  browser: Browser;
  admin: Page;
  /** API calls as the admin */
  api: PageApi;
  /** unit name → id */
  units: Record<string, number>;
  /** username → user id */
  users: Record<string, number>;
  /** A browser context signed in as `username`, closed with the bureau; `phone`: at 390×844, on 工作台 unwaited. */
  userPage(username: string, options?: { phone?: boolean }): Promise<Page>;
  close(): Promise<void>;
}

export async function startE2eBureau(directory: { units: (string | { name: string; kind: string })[]; accounts: Account[] }): Promise<E2eBureau> {
  const server = await startTestServer();
  const browser = await launchBrowser();
  const pages: Page[] = [];
  const admin = await openPage(browser, server.url);
  pages.push(admin);
  await loginAs(admin, "admin", ADMIN_PASSWORD);
  const api = await pageApi(admin);
  const units: Record<string, number> = {};
  for (const u of directory.units) {
    const { name, kind } = typeof u === "string" ? { name: u, kind: "department" } : u;
    units[name] = (await api.call("POST", "/api/units", { name, kind, aliases: [] })).id;
  }
  const users: Record<string, number> = {};
  for (const [username, name, roles, unit] of directory.accounts) {
    users[username] = (await api.call("POST", "/api/users", { username, name, roles, unitId: unit ? units[unit] : undefined, password: FIRST })).id;
  }
  return {
    server,
    browser,
    admin,
    api,
    units,
    users,
    async userPage(username, options = {}) {
      if (!options.phone) {
        const page = await openPage(browser, server.url);
        pages.push(page);
        await signInThroughApi(page, username, FIRST, NEXT);
        return page;
      }
      const context = await browser.newContext({ baseURL: server.url, ...PHONE_CONTEXT });
      const page = await context.newPage();
      page.setDefaultTimeout(30_000);
      pages.push(page);
      await apiSignIn(page, username, FIRST, NEXT);
      await page.goto("/");
      return page;
    },
    async close() {
      for (const page of pages) await page.context().close().catch(() => {});
      await browser.close();
      await server.close();
    },
  };
}
