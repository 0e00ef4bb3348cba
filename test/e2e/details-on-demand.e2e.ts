// Issue 12, smaller answers: 我的任务 carries each task's milestone summary and 进展调度 each report's
// first words; the details come when the user opens the tooltip (hover on a desk, a tap on a phone),
// which says 加载中… until they are in. The list answers do not carry them.
import type { Locator, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { chromiumMissing, dayFromToday } from "./harness.js";
import { startE2eBureau, type E2eBureau } from "./bureau.js";
import { pageApi, ROUND_PLAN_TEXT } from "./plan-helpers.js";

const LONG_TEXT =
  "新园建设按计划推进，两所已封顶，一所正在进行主体施工。" +
  "城东幼儿园完成内部装修招标，预计八月交付；城西幼儿园因征地手续延误两周，已协调自然资源局加快办理。" +
  "下一步将组织开园前的安全评估和师资招聘，确保九月按期开园。";
const TAIL = "确保九月按期开园。";

/** Holds the answers of `pattern` until `release()`: the tooltip's 加载中… can be seen. */
async function hold(page: Page, pattern: string) {
  let release!: () => void;
  const gate = new Promise<void>((r) => (release = r));
  await page.route(pattern, async (route) => {
    await gate;
    await route.continue();
  });
  return release;
}

/**
 * Hovers `target` until `shown` appears: a board that re-renders under the pointer (its data
 * refreshing on a loaded machine) can swallow the first mouseenter, as a user would just move again.
 */
async function hoverUntil(page: Page, target: Locator, shown: Locator) {
  for (let attempt = 0; attempt < 5; attempt++) {
    await page.mouse.move(0, 0);
    await target.hover();
    if (await shown.waitFor({ timeout: 5000 }).then(() => true, () => false)) return;
  }
  await shown.waitFor();
}

describe.skipIf(chromiumMissing)("details on demand (我的任务 时间节点, 进展调度 full text)", () => {
  let bureau: E2eBureau;

  beforeAll(async () => {
    bureau = await startE2eBureau({
      units: ["基础教育股", "安全管理股"],
      accounts: [
        ["jj_head", "基教负责人", ["unit_head"], "基础教育股"],
        ["zhangming", "张明", ["leader"]],
        ["office1", "督查室", ["office"]],
        ["director1", "王局长", ["director"]],
      ],
    });
    const { api, users: ids } = bureau;
    const planId = (await api.call("POST", "/api/plans/import", { text: ROUND_PLAN_TEXT, filename: "2026年工作要点.txt" })).plan.id;
    for (const t of (await api.call("GET", `/api/plans/${planId}/tasks`)).items) {
      await api.call("PATCH", `/api/tasks/${t.id}`, {
        leaders: [{ name: "张明", userId: ids.zhangming }],
        // Task 1: one milestone past (overdue), one to come.
        ...(t.no === "1" ? { milestones: [{ what: "完成新园选址", by: dayFromToday(-10) }, { what: "新园主体封顶", by: dayFromToday(40) }] } : {}),
        version: t.version,
      });
    }
    const plan = await api.call("GET", `/api/plans/${planId}`);
    await api.call("POST", `/api/plans/${planId}/publish`, { version: plan.version });
    const office = await pageApi(await bureau.userPage("office1"));
    const round = (await office.call("POST", `/api/plans/${planId}/rounds`, { period: "2026-03", opensOn: dayFromToday(-7), dueOn: dayFromToday(7) })).round;
    const one = (await office.call("GET", `/api/rounds/${round.id}/reports`)).items.find((r: any) => r.taskNo === "1");
    const lead = await pageApi(await bureau.userPage("jj_head"));
    const draft = await lead.call("GET", `/api/reports/${one.id}`);
    const saved = await lead.call("PUT", `/api/reports/${one.id}`, { text: LONG_TEXT, status: "on_track", version: draft.version });
    await lead.call("POST", `/api/reports/${one.id}/submit`, { version: saved.version });
  });
  afterAll(async () => bureau?.close());

  it("我的任务: the row shows the next milestone; hovering loads the list (加载中… first)", async () => {
    const page = await bureau.userPage("jj_head");
    await page.goto("/mine");
    // The list's answer has the summary, not the milestones' words. (Asked again through the page's
    // own session: a network response read after the page navigated on is gone.)
    const body = JSON.stringify(await (await pageApi(page)).call("GET", "/api/tasks/mine"));
    expect(body).toContain("milestoneSummary");
    expect(body).not.toContain("新园主体封顶");
    const cell = page.getByTestId("milestone-cell").first();
    await cell.getByText("（已逾期）").waitFor();
    const release = await hold(page, "**/api/tasks/*/milestones");
    const tip = page.getByTestId("milestone-list");
    await hoverUntil(page, cell, tip.getByText("加载中…"));
    release();
    await tip.getByText(/新园主体封顶/).waitFor();
    await tip.getByText(/完成新园选址（已逾期）/).waitFor();
  });

  it("进展调度: the row shows the text's first words; hovering loads the whole text", async () => {
    const page = await bureau.userPage("director1");
    await page.goto("/");
    const body = JSON.stringify(await (await pageApi(page)).call("GET", "/api/dashboard/progress"));
    expect(body).not.toContain(TAIL);
    const board = page.getByRole("table", { name: "进展调度" });
    const excerpt = board.getByTestId("progress-excerpt").first();
    await excerpt.getByText(/^新园建设按计划推进/).waitFor();
    const release = await hold(page, "**/api/dashboard/progress/*");
    const tip = page.getByTestId("progress-text");
    await hoverUntil(page, excerpt, tip.getByText("加载中…"));
    release();
    await tip.getByText(new RegExp(TAIL)).waitFor();
  });

  it("on a phone (390×844) a tap opens the same details", async () => {
    const clerk = await bureau.userPage("jj_head", { phone: true });
    await clerk.goto("/mine");
    const card = clerk.getByTestId("my-tasks-cards");
    await card.getByTestId("milestone-cell").first().tap();
    await clerk.getByTestId("milestone-list").getByText(/新园主体封顶/).waitFor();

    const director = await bureau.userPage("director1", { phone: true });
    const excerpt = director.getByTestId("progress-excerpt").first();
    await excerpt.scrollIntoViewIfNeeded();
    await excerpt.tap();
    await director.getByTestId("progress-text").getByText(new RegExp(TAIL)).waitFor();
  });
});
