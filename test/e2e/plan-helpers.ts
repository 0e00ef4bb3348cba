// Helpers of the plan and ledger browser tests: JSON API calls made with a page's own session
// (cookie + CSRF token), a small DOCX plan, and the forced first password change.
import { Document, Packer, Paragraph, TextRun } from "docx";
import type { Page } from "playwright-core";

export interface PageApi {
  call<T = any>(method: "GET" | "POST" | "PUT" | "PATCH" | "DELETE", path: string, body?: unknown): Promise<T>;
}

/** API calls as the user signed in on `page` (shares the browser context's cookies). */
export async function pageApi(page: Page): Promise<PageApi> {
  const me = await page.request.get("/api/auth/me");
  if (!me.ok()) throw new Error(`not signed in: ${me.status()}`);
  const { csrfToken } = (await me.json()) as { csrfToken: string };
  return {
    async call(method, path, body) {
      const response = await page.request.fetch(path, {
        method,
        headers: { "X-CSRF-Token": csrfToken, ...(body !== undefined ? { "Content-Type": "application/json" } : {}) },
        data: body !== undefined ? JSON.stringify(body) : undefined,
      });
      const text = await response.text();
      if (!response.ok()) throw new Error(`${method} ${path} → ${response.status()}: ${text}`);
      return (text ? JSON.parse(text) : undefined) as any;
    },
  };
}

export async function docxOf(lines: string[]): Promise<Buffer> {
  const doc = new Document({ sections: [{ children: lines.map((line) => new Paragraph({ children: [new TextRun(line)] })) }] });
  return Buffer.from(await Packer.toBuffer(doc));
}

/**
 * Signs `page`'s context in as `username` through the API: with `first`, changing it to `next`
 * when the server demands it, or with `next` if that was done before.
 */
export async function apiSignIn(page: Page, username: string, first: string, next: string): Promise<void> {
  let login = await page.request.post("/api/auth/login", { data: { username, password: first } });
  if (!login.ok()) login = await page.request.post("/api/auth/login", { data: { username, password: next } });
  if (!login.ok()) throw new Error(`login ${username}: ${login.status()} ${await login.text()}`);
  const session = await login.json();
  if (session.mustChangePassword) {
    const changed = await page.request.post("/api/auth/password", {
      data: { currentPassword: first, newPassword: next },
      headers: { "X-CSRF-Token": session.csrfToken },
    });
    if (!changed.ok()) throw new Error(`password change ${username}: ${changed.status()} ${await changed.text()}`);
  }
}

/** apiSignIn, then 工作台 with the desktop menu. */
export async function signInThroughApi(page: Page, username: string, first: string, next: string): Promise<void> {
  await apiSignIn(page, username, first, next);
  await page.goto("/");
  await page.getByRole("menu", { name: "主导航" }).waitFor();
}

/** On the forced change-password page after signing in with a password someone else set. */
export async function changeFirstPassword(page: Page, current: string, next: string): Promise<void> {
  await page.waitForURL(/\/change-password/);
  await page.getByLabel("临时密码").fill(current);
  await page.getByLabel("新密码", { exact: true }).fill(next);
  await page.getByLabel("确认新密码").fill(next);
  await page.getByRole("button", { name: "确认修改" }).click();
  await page.getByRole("menu", { name: "主导航" }).waitFor();
}

/** Waits for the response of the first request to `pathname` (and method) after `action`. */
export async function answerOf(page: Page, method: string, pathname: string | RegExp, action: () => Promise<unknown>) {
  const answered = page.waitForResponse((response) => {
    const url = new URL(response.url());
    const full = url.pathname + url.search;
    const matches = typeof pathname === "string" ? (pathname.includes("?") ? full : url.pathname) === pathname : pathname.test(full);
    return matches && response.request().method() === method;
  });
  await action();
  return answered;
}

/** The small plan the rounds and progress tests report on, and the passwords their users get. */
export const ROUND_PLAN_TEXT = `示例县教育局2026年工作要点

一、提升教育质量
1. 扩大优质学前教育资源。新建公办幼儿园3所，学前三年毛入园率达到95%，9月底前完成新园建设。（责任领导：张明，责任股室：基础教育股）
2. 加强校园安全管理。开展安全隐患排查4次。（责任领导：张明，责任股室：安全管理股）
`;
export const FIRST = "Duban#2026first";
export const NEXT = "Duban#2026next";
