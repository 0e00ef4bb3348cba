// How tasks stand after a round: set up through the API (a published plan whose task 1 has the
// target 学前三年毛入园率 ≥ 95% and a milestone; March's round; the lead unit reports 93 and the
// milestone done on 2026-04-10; the leader approves). Then in the browser: the ledger shows
// 正常推进 and "达标 0 / 共 1", the status filter (incl. 未报送) works, the task page draws the
// chart and says "当前 93%" and 已完成（2026-04-10）. Also: drafts kept on a shared PC are keyed
// by user and removed at logout, and a unit user sees only their unit's rows in a round.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { chromiumMissing, dayFromToday, logout, screenshotIfWanted, submitLogin } from "./harness.js";
import { startE2eBureau, type E2eBureau } from "./bureau.js";
import { answerOf, pageApi } from "./plan-helpers.js";
import { NEXT, ROUND_PLAN_TEXT as PLAN_TEXT } from "./plan-helpers.js";


describe.skipIf(chromiumMissing)("task progress (指标 and 时间节点 round by round)", () => {
  let bureau: E2eBureau;
  let planId: number;
  let roundId: number;
  let task1: any;
  const reportIds: Record<string, number> = {};
  const userPage = (username: string) => bureau.userPage(username);

  beforeAll(async () => {
    bureau = await startE2eBureau({
      units: ["基础教育股", "安全管理股"],
      accounts: [
        ["jj_head", "基教负责人", ["unit_head"], "基础教育股"],
        ["aq_staff", "安全经办", ["unit_staff"], "安全管理股"],
        ["aq_head", "安全负责人", ["unit_head"], "安全管理股"],
        ["zhangming", "张明", ["leader"]],
        ["office1", "督查室", ["office"]],
      ],
    });
    const { api } = bureau;

    const imported = await api.call("POST", "/api/plans/import", { text: PLAN_TEXT, filename: "2026年工作要点.txt" });
    planId = imported.plan.id;
    const tasks = (await api.call("GET", `/api/plans/${planId}/tasks`)).items;
    const t1 = tasks.find((t: any) => t.no === "1");
    await api.call("PATCH", `/api/tasks/${t1.id}`, {
      leaders: [{ name: "张明" }],
      targets: [{ metric: "学前三年毛入园率", op: ">=", value: 95, unit: "%" }],
      milestones: [{ what: "完成新园建设", by: "2026-09" }],
      version: t1.version,
    });
    const plan = await api.call("GET", `/api/plans/${planId}`);
    await api.call("POST", `/api/plans/${planId}/publish`, { version: plan.version });

    for (const username of ["aq_staff", "aq_head"]) await userPage(username); // first passwords changed
    const office = await pageApi(await userPage("office1"));
    const created = await office.call("POST", `/api/plans/${planId}/rounds`, {
      period: "2026-03",
      opensOn: dayFromToday(-7),
      dueOn: dayFromToday(7),
    });
    roundId = created.round.id;
    for (const r of (await office.call("GET", `/api/rounds/${roundId}/reports`)).items) reportIds[`${r.taskNo}:${r.unitName}`] = r.id;
    expect(Object.keys(reportIds).sort()).toEqual(["1:基础教育股", "2:安全管理股"]);

    // The lead unit reports 93 and the milestone done; the leader approves.
    task1 = (await office.call("GET", `/api/plans/${planId}/tasks`)).items.find((t: any) => t.no === "1");
    const lead = await pageApi(await userPage("jj_head"));
    const id = reportIds["1:基础教育股"];
    const draft = await lead.call("GET", `/api/reports/${id}`);
    const saved = await lead.call("PUT", `/api/reports/${id}`, {
      text: "新园建设按计划推进，毛入园率93%。",
      status: "on_track",
      values: [{ targetId: task1.targets[0].id, value: 93 }],
      milestones: [{ milestoneId: task1.milestones[0].id, doneOn: "2026-04-10" }],
      version: draft.version,
    });
    const submitted = await lead.call("POST", `/api/reports/${id}/submit`, { version: saved.version });
    const leader = await pageApi(await userPage("zhangming"));
    await leader.call("POST", `/api/reports/${id}/approve`, { version: submitted.version });
  });
  afterAll(async () => bureau?.close());

  it("the API says where task 1 stands", async () => {
    const office = await pageApi(await userPage("office1"));
    const t1 = (await office.call("GET", `/api/plans/${planId}/tasks`)).items.find((t: any) => t.no === "1");
    expect(t1).toMatchObject({ status: "on_track", statusLabel: "正常推进", latestPeriod: "2026-03" });
    expect(t1.targets[0]).toMatchObject({ latest: 93, assessment: "on_track", points: [{ period: "2026-03", value: 93 }] });
    expect(t1.milestones[0]).toMatchObject({ state: "done", doneOn: "2026-04-10" });
  });

  it("the ledger shows the status, 达标 x / 共 y, done milestones, and filters by status", async () => {
    const office = await userPage("office1");
    await office.goto(`/tasks?plan=${planId}`);
    const table = office.getByTestId("ledger-table");
    const rowOf = (title: string) => table.getByRole("row").filter({ has: office.getByRole("link", { name: title }) });
    const first = rowOf("扩大优质学前教育资源");
    await first.waitFor();
    await expect.poll(() => first.locator('[data-status="on_track"]').textContent()).toBe("正常推进");
    await expect.poll(() => first.getByTestId("targets-cell").textContent()).toBe("达标 0 / 共 1");
    await first.getByTestId("targets-cell").hover();
    await office.getByRole("tooltip").getByText("学前三年毛入园率：当前 93%（目标 ≥ 95%） 正常推进").waitFor();
    await expect.poll(() => first.locator("[data-done]").textContent()).toBe("已完成");
    await expect.poll(() => rowOf("加强校园安全管理").locator('[data-status="none"]').textContent()).toBe("未报送");
    await screenshotIfWanted(office, "ledger-progress");

    const pick = async (label: string) => {
      const dropdown = office.locator(".ant-select-dropdown:not(.ant-select-dropdown-hidden)").last();
      await office.locator(".ant-select").filter({ has: office.getByRole("combobox", { name: "状态" }) }).click();
      await dropdown.waitFor();
      const answered = answerOf(office, "GET", new RegExp(`/api/plans/${planId}/tasks\\?.*status=`), () => dropdown.getByTitle(label, { exact: true }).click());
      return answered;
    };
    const onTrack = await pick("正常推进");
    expect(new URL(onTrack.url()).searchParams.get("status")).toBe("on_track");
    await office.getByText("筛选出 1 项 / 共 2 项").waitFor();
    await rowOf("扩大优质学前教育资源").waitFor();
    await expect.poll(() => rowOf("加强校园安全管理").count()).toBe(0);

    const none = await pick("未报送");
    expect(new URL(none.url()).searchParams.get("status")).toBe("none");
    await rowOf("加强校园安全管理").waitFor();
    await expect.poll(() => rowOf("扩大优质学前教育资源").count()).toBe(0);
    await office.getByText("筛选出 1 项 / 共 2 项").waitFor();
  });

  it("the task page draws the target's values and says 当前 93% and 已完成（2026-04-10）", async () => {
    const leader = await userPage("zhangming");
    await leader.goto(`/tasks/${task1.id}`);
    const card = leader.getByTestId("target-card");
    await card.waitFor();
    await expect.poll(() => card.locator('[data-assessment="on_track"]').textContent()).toBe("正常推进");
    await expect.poll(() => card.getByTestId("target-current").textContent()).toBe("当前 93%（目标 ≥ 95%）");
    await card.locator("canvas").waitFor();
    await expect.poll(() => card.getByTestId("target-chart").getAttribute("aria-label")).toContain("2026年3月 93%");
    await expect.poll(() => leader.getByText("数值变化将在进展调度后显示").count()).toBe(0);
    const milestone = leader.getByTestId("milestone");
    await expect.poll(() => milestone.getAttribute("data-state")).toBe("done");
    await milestone.getByText("已完成（2026-04-10）").waitFor();
    await leader.waitForTimeout(400); // the chart animates in
    await screenshotIfWanted(leader, "task-progress");
  });

  it("a round opened from an old notice shows a unit user only their unit's rows", async () => {
    const unit = await userPage("aq_staff");
    await unit.goto(`/rounds/${roundId}`);
    const grid = unit.getByTestId("round-grid");
    await grid.getByTestId("cell-2-安全管理股").waitFor();
    await expect.poll(() => grid.getByTestId("cell-1-基础教育股").count()).toBe(0);
    await expect.poll(() => unit.getByRole("combobox", { name: "按单位筛选" }).count()).toBe(0);
    await unit.getByText("共 1 份报告").waitFor();

    const office = await userPage("office1");
    await office.goto(`/rounds/${roundId}`);
    await office.getByTestId("round-grid").getByTestId("cell-1-基础教育股").waitFor();
    await office.getByRole("combobox", { name: "按单位筛选" }).waitFor();
    await office.getByText("共 2 份报告").waitFor();
  });

  it("on a shared PC a draft is kept per user and removed at logout", async () => {
    const id = reportIds["2:安全管理股"];
    const page = await userPage("aq_staff");
    const draftKeys = () => page.evaluate(() => Object.keys(localStorage).filter((key) => key.startsWith("duban.draft.")));
    await page.goto(`/reports/${id}`);
    await page.getByLabel("进展情况").fill("经办人未保存的内容。");
    await expect.poll(draftKeys).toHaveLength(1);
    expect((await draftKeys())[0]).toMatch(/^duban\.draft\.u\d+\.report\.\d+@\d+$/);

    // The session ends without a logout (idle timeout); the next person signs in on this PC.
    await page.context().clearCookies();
    await page.goto("/login");
    await submitLogin(page, "aq_head", NEXT);
    await page.getByRole("menu", { name: "主导航" }).waitFor();
    await page.goto(`/reports/${id}`);
    await page.getByLabel("进展情况").waitFor();
    await expect.poll(() => page.getByRole("button", { name: "恢复本地草稿" }).count()).toBe(0);
    await expect.poll(() => page.getByLabel("进展情况").inputValue()).not.toContain("经办人未保存的内容。");
    expect(await draftKeys()).toHaveLength(1); // still kept for its writer

    // Logout removes every draft kept in this browser.
    await logout(page, "安全负责人");
    expect(await draftKeys()).toEqual([]);
    await submitLogin(page, "aq_staff", NEXT);
    await page.getByRole("menu", { name: "主导航" }).waitFor();
    await page.goto(`/reports/${id}`);
    await page.getByLabel("进展情况").waitFor();
    await expect.poll(() => page.getByRole("button", { name: "恢复本地草稿" }).count()).toBe(0);
  });

  it("logging out with unsaved text leaves no draft behind", async () => {
    const id = reportIds["2:安全管理股"];
    const page = await userPage("aq_staff");
    const draftKeys = () => page.evaluate(() => Object.keys(localStorage).filter((key) => key.startsWith("duban.draft.")));
    await page.goto(`/reports/${id}`);
    await page.getByLabel("进展情况").fill("退出前没有保存。");
    await expect.poll(draftKeys).toHaveLength(1);
    await logout(page, "安全经办");
    expect(await draftKeys()).toEqual([]);
    await submitLogin(page, "aq_head", NEXT);
    await page.getByRole("menu", { name: "主导航" }).waitFor();
    await page.goto(`/reports/${id}`);
    await page.getByLabel("进展情况").waitFor();
    await expect.poll(() => page.getByRole("button", { name: "恢复本地草稿" }).count()).toBe(0);
    expect(await draftKeys()).toEqual([]);
  });
});
