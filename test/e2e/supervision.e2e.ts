// 督办 (issue 11) in the browser: the lead unit's clerk signs the task (签收) and asks to move its
// milestone (延期申请); the task's leader approves it; the office closes the task (办结). The light
// goes amber (milestone close) → green (moved) → grey (办结), on the task page and in the ledger.
// Then the liaison unit's clerk finds a task of a unit without accounts under 待签收 and signs it on
// that unit's behalf (代签); the office reopens the closed task with a reason.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { chromiumMissing, dayFromToday } from "./harness.js";
import { startE2eBureau, type E2eBureau } from "./bureau.js";

describe.skipIf(chromiumMissing)("督办: 签收, 延期申请, 办结 and the light", () => {
  let bureau: E2eBureau;
  let planId: number;
  let taskId: number;
  let proxyTaskId: number;

  beforeAll(async () => {
    bureau = await startE2eBureau({
      units: ["基础教育股", "县委办"],
      accounts: [
        ["jj_staff", "基教经办", ["unit_staff"], "基础教育股"],
        ["zhangming", "张明", ["leader"]],
        ["office1", "督查室", ["office"]],
      ],
    });
    const { api, units, users } = bureau;
    planId = (await api.call("POST", "/api/plans", { title: "2026年教育工作要点", year: 2026 })).plan.id;
    taskId = (await api.call("POST", `/api/plans/${planId}/tasks`, {
      title: "推进学前教育普及普惠", lead: [{ name: "基础教育股", unitId: units["基础教育股"] }], leaders: [{ name: "张明", userId: users.zhangming }],
      milestones: [{ what: "新建幼儿园投入使用", by: dayFromToday(5) }],
    })).id;
    proxyTaskId = (await api.call("POST", `/api/plans/${planId}/tasks`, {
      title: "落实党建工作责任制", lead: [{ name: "县委办", unitId: units["县委办"] }], liaison: [{ name: "基础教育股", unitId: units["基础教育股"] }],
      leaders: [{ name: "张明", userId: users.zhangming }],
    })).id;
    const plan = await api.call("GET", `/api/plans/${planId}`);
    await api.call("POST", `/api/plans/${planId}/publish`, { version: plan.version });
  }, 120_000);
  afterAll(async () => bureau?.close());

  it("the unit signs and asks for an extension, the leader approves, the office closes; the light changes", async () => {
    const later = dayFromToday(60);

    // The clerk: amber (the milestone is 5 days away), 签收, then 申请延期.
    const clerk = await bureau.userPage("jj_staff");
    await clerk.goto(`/tasks/${taskId}`);
    const card = clerk.getByTestId("task-supervision");
    await expect.poll(() => card.getByTestId("task-light").getAttribute("data-light")).toBe("amber");
    await card.getByText("基础教育股：未签收").waitFor();
    await card.getByRole("button", { name: /^签\s?收$/ }).click();
    await card.getByText("基础教育股：已签收").waitFor();
    await card.getByRole("button", { name: "申请延期" }).click();
    const dialog = clerk.getByRole("dialog", { name: "申请延期" });
    await dialog.getByPlaceholder("选择日期").click();
    await dialog.getByPlaceholder("选择日期").fill(later);
    await dialog.getByPlaceholder("选择日期").press("Enter");
    await dialog.getByLabel("延期理由").fill("新园施工受雨季影响");
    await dialog.getByRole("button", { name: "提交申请" }).click();
    await card.getByTestId("extensions").getByText("待审批").waitFor();

    // The leader approves; the milestone moves and the light turns green.
    const leader = await bureau.userPage("zhangming");
    await leader.goto(`/tasks/${taskId}`);
    const leaderCard = leader.getByTestId("task-supervision");
    await leaderCard.getByText("新园施工受雨季影响").waitFor();
    await leaderCard.getByRole("button", { name: "同 意", exact: true }).or(leaderCard.getByRole("button", { name: "同意", exact: true })).click();
    const decide = leader.getByRole("dialog", { name: "同意延期" });
    await decide.getByLabel("审批意见").fill("同意，务必按期完成");
    await decide.getByRole("button", { name: /^确\s?定$/ }).click();
    await leaderCard.getByText("已同意").waitFor();
    await expect.poll(() => leaderCard.getByTestId("task-light").getAttribute("data-light")).toBe("green");

    // The office sees the green light in the ledger, closes the task, and it turns grey.
    const office = await bureau.userPage("office1");
    await office.goto(`/tasks?plan=${planId}`);
    const row = office.getByRole("row", { name: /推进学前教育普及普惠/ });
    await expect.poll(() => row.getByTestId("task-light").getAttribute("data-light")).toBe("green");
    await row.getByRole("link", { name: "推进学前教育普及普惠" }).click();
    const officeCard = office.getByTestId("task-supervision");
    await officeCard.getByRole("button", { name: /^办\s?结$/ }).click();
    const close = office.getByRole("dialog", { name: "办结任务" });
    await close.getByLabel("办结任务").fill("经核实已完成");
    await close.getByRole("button", { name: /^确\s?定$/ }).click();
    await officeCard.getByText(/督查室 于 .* 办结：经核实已完成/).waitFor();
    await expect.poll(() => officeCard.getByTestId("task-light").getAttribute("data-light")).toBe("grey");
    await office.goto(`/tasks?plan=${planId}`);
    await expect.poll(() => office.getByRole("row", { name: /推进学前教育普及普惠/ }).getByTestId("task-light").getAttribute("data-light")).toBe("grey");

    // The clerk's 我的任务 shows it closed as well.
    await clerk.goto("/");
    await clerk.reload();
    await expect.poll(() => clerk.getByRole("row", { name: /推进学前教育普及普惠/ }).getByTestId("task-light").getAttribute("data-light")).toBe("grey");
  }, 180_000);

  it("the liaison unit signs for a unit without accounts (代签) from 待签收; the office reopens the closed task", async () => {
    const clerk = await bureau.userPage("jj_staff");
    await clerk.goto("/");
    const panel = clerk.getByTestId("todo-panel");
    await panel.getByTestId("todo-sign").click();
    const list = panel.getByTestId("todo-sign-list");
    await list.getByText("代签").waitFor();
    await list.getByRole("link", { name: /落实党建工作责任制/ }).click();
    await clerk.waitForURL(`**/tasks/${proxyTaskId}`);
    const card = clerk.getByTestId("task-supervision");
    await card.getByText("县委办：未签收").waitFor();
    await card.getByRole("button", { name: "代签：县委办" }).click();
    await clerk.getByRole("tooltip").getByRole("button", { name: /^代\s?签$/ }).click();
    await card.getByText("县委办：已代签").waitFor();
    expect(await card.getByText("县委办：已代签").getAttribute("title")).toContain("基础教育股代县委办签收");

    const office = await bureau.userPage("office1");
    await office.goto(`/tasks/${taskId}`);
    const officeCard = office.getByTestId("task-supervision");
    await expect.poll(() => officeCard.getByTestId("task-light").getAttribute("data-light")).toBe("grey");
    await officeCard.getByRole("button", { name: "重新打开" }).click();
    const dialog = office.getByRole("dialog", { name: "重新打开任务" });
    await dialog.getByLabel("重新打开任务").fill("验收发现问题，需继续整改");
    await dialog.getByRole("button", { name: /^确\s?定$/ }).click();
    await officeCard.getByText(/督查室 于 .* 重新打开：验收发现问题，需继续整改/).waitFor();
    await expect.poll(() => officeCard.getByTestId("task-light").getAttribute("data-light")).not.toBe("grey");
    await expect.poll(() => officeCard.getByRole("button", { name: /^办\s?结$/ }).count()).toBe(1);
  }, 180_000);
});
