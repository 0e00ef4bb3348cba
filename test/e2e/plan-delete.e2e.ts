// Deleting plans from 工作方案: a draft and an archived plan (with a round of reports) are deleted
// through the 删除 button and its confirmation, which says what goes with the plan; a published
// plan offers no 删除. After a reload both are gone.
import { describe, expect, it } from "vitest";
import { ADMIN_PASSWORD, chromiumMissing, loginAs, openPage, serverAndBrowser } from "./harness.js";
import { answerOf, pageApi, ROUND_PLAN_TEXT } from "./plan-helpers.js";

describe.skipIf(chromiumMissing)("工作方案: 删除草稿和已归档的方案", () => {
  const env = serverAndBrowser();

  it("deletes a draft and an archived plan after confirmation; they stay gone after a reload", async () => {
    const page = await openPage(env.browser, env.server.url);
    await loginAs(page, "admin", ADMIN_PASSWORD);
    const api = await pageApi(page);
    await api.call("POST", "/api/units", { name: "基础教育股", kind: "department", aliases: [] });
    const draft = (await api.call("POST", "/api/plans", { title: "待删除的草稿方案", year: 2026 })).plan;
    const old = (await api.call("POST", "/api/plans/import", { text: ROUND_PLAN_TEXT, filename: "去年的要点.txt" })).plan;
    await api.call("PATCH", `/api/plans/${old.id}`, { title: "已归档的旧方案" });
    await api.call("POST", `/api/plans/${old.id}/publish`, {});
    const kept = (await api.call("POST", "/api/plans/import", { text: ROUND_PLAN_TEXT, filename: "今年的要点.txt" })).plan;
    await api.call("PATCH", `/api/plans/${kept.id}`, { title: "正在执行的方案" });
    await api.call("POST", `/api/plans/${kept.id}/publish`, {});
    await api.call("POST", `/api/plans/${old.id}/rounds`, { period: "2026-03" });
    await api.call("POST", `/api/plans/${old.id}/archive`, {});

    await page.getByRole("menuitem", { name: "工作方案" }).click();
    const row = (title: string) => page.getByRole("row").filter({ hasText: title });
    await row("正在执行的方案").waitFor();
    expect(await row("正在执行的方案").getByRole("button", { name: "删除" }).count()).toBe(0);

    // The draft: the confirmation names what goes with it; 取消 keeps it.
    await row("待删除的草稿方案").getByRole("button", { name: "删除" }).click();
    let confirm = page.getByRole("tooltip").filter({ hasText: "删除《待删除的草稿方案》？" });
    await confirm.getByText("草稿及其 0 项任务将一并删除").waitFor();
    await confirm.getByRole("button", { name: "取消" }).click();
    await confirm.waitFor({ state: "hidden" });
    await row("待删除的草稿方案").getByRole("button", { name: "删除" }).click();
    confirm = page.getByRole("tooltip").filter({ hasText: "删除《待删除的草稿方案》？" });
    const first = await answerOf(page, "DELETE", `/api/plans/${draft.id}`, () => confirm.getByRole("button", { name: "删除" }).click());
    expect(first.status(), await first.text()).toBe(200);
    await row("待删除的草稿方案").waitFor({ state: "detached" });

    // The archived plan: its rounds and reports go with it, and the confirmation says so.
    await row("已归档的旧方案").getByRole("button", { name: "删除" }).click();
    confirm = page.getByRole("tooltip").filter({ hasText: "删除《已归档的旧方案》？" });
    await confirm.getByText(/全部调度轮次、各单位的进展报告和佐证材料、季度总结将一并删除/).waitFor();
    const second = await answerOf(page, "DELETE", `/api/plans/${old.id}`, () => confirm.getByRole("button", { name: "删除" }).click());
    expect(second.status(), await second.text()).toBe(200);
    expect(((await second.json()) as { deleted: { rounds: number; reports: number } }).deleted.rounds).toBe(1);
    await row("已归档的旧方案").waitFor({ state: "detached" });

    await page.reload();
    await row("正在执行的方案").waitFor();
    expect(await row("待删除的草稿方案").count()).toBe(0);
    expect(await row("已归档的旧方案").count()).toBe(0);
  });
});
