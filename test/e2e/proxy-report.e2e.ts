// 代报 in the browser: a task led by a unit nobody can log in as (县委), followed by the bureau's own
// 牵头联络股室 (政策法规股). The office is warned when it starts the round and sees the grid's banner;
// the liaison clerk writes the report on 县委's behalf, the liaison head submits it, the leader
// approves it — marked 代报 on the report and in its history. Then the server restarts on the same
// data directory: the round is still there, and the next round runs the same way.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startServer } from "../../src/server/start.js";
import { ADMIN_PASSWORD, chromiumMissing, dayFromToday, launchBrowser, loginAs, openPage, ORG_NAME } from "./harness.js";
import { answerOf, FIRST, NEXT, pageApi, signInThroughApi } from "./plan-helpers.js";

const repoRoot = resolve(import.meta.dirname, "../..");

/** The real server on a random port over a data directory that outlives it (for the restart). */
async function serve(dataDir: string) {
  return startServer({
    port: 0, host: "127.0.0.1", dataDir, webDir: join(repoRoot, "dist/web"),
    env: { NODE_ENV: "test", LOG_LEVEL: "silent", DUBAN_SCHEDULER: "0", DUBAN_API_RATE: "100000", DUBAN_ADMIN_PASSWORD: ADMIN_PASSWORD, DUBAN_ORG_NAME: ORG_NAME },
  });
}

describe.skipIf(chromiumMissing)("代报: the liaison unit files for a unit without accounts", () => {
  const dataDir = mkdtempSync(join(tmpdir(), "duban-e2e-proxy-"));
  let server: Awaited<ReturnType<typeof serve>>;
  let browser: Browser;
  let planId: number;
  const pages: Page[] = [];

  async function userPage(username: string): Promise<Page> {
    const page = await openPage(browser, server.url);
    pages.push(page);
    await signInThroughApi(page, username, FIRST, NEXT);
    return page;
  }
  async function closePages() {
    for (const page of pages.splice(0)) await page.context().close().catch(() => {});
  }

  beforeAll(async () => {
    server = await serve(dataDir);
    browser = await launchBrowser();
    const admin = await openPage(browser, server.url);
    pages.push(admin);
    await loginAs(admin, "admin", ADMIN_PASSWORD);
    const api = await pageApi(admin);
    const zf = (await api.call("POST", "/api/units", { name: "政策法规股", kind: "department", aliases: [] })).id;
    const xw = (await api.call("POST", "/api/units", { name: "县委", kind: "external", aliases: [] })).id;
    const users: [string, string, string[], number | undefined][] = [
      ["zf_staff", "法规经办", ["unit_staff"], zf],
      ["zf_head", "法规负责人", ["unit_head"], zf],
      ["zhangming", "张明", ["leader"], undefined],
      ["office1", "督查室", ["office"], undefined],
    ];
    const ids: Record<string, number> = {};
    for (const [username, name, roles, unitId] of users) ids[username] = (await api.call("POST", "/api/users", { username, name, roles, unitId, password: FIRST })).id;
    planId = (await api.call("POST", "/api/plans", { title: "2026年教育工作分工方案", year: 2026 })).plan.id;
    await api.call("POST", `/api/plans/${planId}/tasks`, {
      title: "落实教育优先发展战略", lead: [{ name: "县委", unitId: xw }], liaison: [{ name: "政策法规股", unitId: zf }], leaders: [{ name: "张明", userId: ids.zhangming }],
    });
    const plan = await api.call("GET", `/api/plans/${planId}`);
    await api.call("POST", `/api/plans/${planId}/publish`, { version: plan.version });
    await closePages();
  }, 120_000);
  afterAll(async () => {
    await closePages();
    await browser?.close();
    await server?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  /** The liaison clerk writes for 县委, the liaison head submits, the leader approves. */
  async function fileOnBehalf(reportId: number, text: string) {
    const clerk = await userPage("zf_staff");
    const todo = clerk.getByTestId("todo-panel");
    await todo.getByRole("link", { name: /落实教育优先发展战略/ }).click();
    await clerk.waitForURL(`**/reports/${reportId}`);
    await clerk.getByTestId("proxy-alert").getByText("代报：县委没有可登录的账号，本报告由政策法规股代为填报").waitFor();
    await clerk.getByLabel("进展情况").fill(text);
    await clerk.getByLabel("正常推进").check();
    const saved = await answerOf(clerk, "PUT", `/api/reports/${reportId}`, () => clerk.getByRole("button", { name: "保存", exact: true }).click());
    expect(saved.status(), await saved.text()).toBe(200);
    expect(await clerk.getByRole("button", { name: "提交", exact: true }).count()).toBe(0); // the clerk does not submit

    const head = await userPage("zf_head");
    await head.getByTestId("notification-bell").click();
    await head.getByTestId("notification-list").getByText(/报告待提交：.*落实教育优先发展战略/).first().click();
    await head.waitForURL(`**/reports/${reportId}`);
    await head.getByRole("button", { name: "提交", exact: true }).click();
    const submitted = await answerOf(head, "POST", `/api/reports/${reportId}/submit`, () => head.locator(".ant-popconfirm").getByRole("button", { name: "提交" }).click());
    expect(submitted.status(), await submitted.text()).toBe(200);
    await expect.poll(() => head.getByTestId("report-state").getAttribute("data-state")).toBe("submitted");

    const leader = await userPage("zhangming");
    await leader.goto(`/reports/${reportId}`);
    await leader.getByTestId("proxy-alert").getByText("代报：本报告由政策法规股代县委填报").waitFor();
    await leader.getByRole("button", { name: "审定", exact: true }).click();
    const approved = await answerOf(leader, "POST", /\/approve$/, () => leader.getByRole("dialog").getByRole("button", { name: "审定" }).click());
    expect(approved.status(), await approved.text()).toBe(200);
    await expect.poll(() => leader.getByTestId("report-state").getAttribute("data-state")).toBe("approved");
    await expect.poll(() => leader.getByTestId("report-history").textContent()).toContain("政策法规股代县委填报");
  }

  it("the office is warned when it starts the round, and the liaison unit files for 县委", async () => {
    const office = await userPage("office1");
    await office.goto(`/rounds?plan=${planId}`);
    await office.getByRole("button", { name: "新建调度" }).click();
    const dialog = office.getByRole("dialog");
    await dialog.getByTestId("coverage-warning").getByText("1 个责任单位没有账号，1 份报告需代报").waitFor();
    await expect.poll(() => dialog.getByTestId("coverage-warning").textContent()).toContain("县委：1 份，由政策法规股代报 1 份");
    await dialog.getByRole("link", { name: "为单位创建账号" }).waitFor();
    // The default dates start this month's round later (the 20th); 开始 by hand warns again before it opens.
    const created = await answerOf(office, "POST", `/api/plans/${planId}/rounds`, () => dialog.getByRole("button", { name: "创建" }).click());
    expect(created.status(), await created.text()).toBe(201);
    const roundId = (await created.json()).round.id as number;
    await office.getByRole("row").filter({ hasText: "2026年12月" }).getByRole("button", { name: "开始", exact: true }).click();
    const confirm = office.getByRole("dialog").filter({ hasText: "开始2026年12月调度？" });
    await confirm.getByTestId("coverage-warning").waitFor().catch(async (e) => {
      await office.screenshot({ path: join(tmpdir(), "proxy-e2e-open.png") });
      throw e;
    });
    const opened = await answerOf(office, "POST", `/api/rounds/${roundId}/open`, () => confirm.getByRole("button", { name: "开始调度" }).click());
    expect(opened.status(), await opened.text()).toBe(200);

    await office.goto(`/rounds/${roundId}`);
    await office.getByTestId("no-accounts-banner").getByText("1 份报告的单位没有账号（1 个单位）").waitFor();
    const grid = office.getByTestId("round-grid");
    await expect.poll(() => grid.getByTestId("filer-1-县委").textContent()).toContain("政策法规股代报");
    const reportId = (await (await pageApi(office)).call("GET", `/api/rounds/${roundId}/reports`)).items[0].id as number;

    await fileOnBehalf(reportId, "县委常委会专题研究教育工作2次，出台《关于优先发展教育的实施意见》。");
    await office.reload();
    await grid.getByTestId("cell-1-县委").locator('[data-state="approved"]').waitFor();
    await closePages();
  });

  it("after a restart the round is still there, and the next round runs the same way", async () => {
    await server.close();
    server = await serve(dataDir);
    const office = await userPage("office1");
    const api = await pageApi(office);
    const rounds = (await api.call("GET", `/api/plans/${planId}/rounds`)).items as { id: number; period: string }[];
    expect(rounds).toHaveLength(1);
    await office.goto(`/rounds/${rounds[0]!.id}`);
    await office.getByTestId("round-grid").getByTestId("cell-1-县委").locator('[data-state="approved"]').waitFor();
    await expect.poll(() => office.getByTestId("round-grid").getByTestId("filer-1-县委").textContent()).toContain("政策法规股代报");

    const next = await api.call("POST", `/api/plans/${planId}/rounds`, { period: "2026-11", opensOn: dayFromToday(0), dueOn: dayFromToday(5) });
    expect(next.round.state).toBe("open");
    const reportId = (await api.call("GET", `/api/rounds/${next.round.id}/reports`)).items[0].id as number;
    await fileOnBehalf(reportId, "县委专题会议部署教育督导工作。");
  });
});
