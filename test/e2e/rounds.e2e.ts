// 一月一调度 in the browser, with one context per person: the co-unit head reports and submits;
// the lead unit head sees it beside the form, quotes it, and submits; the leader returns it with
// a comment (reached through the bell); the lead fixes and resubmits; the leader approves; the
// office sees the round grid turn green and reminds the late unit, whose bell shows it.
// Then a stale save: two people on one report — the second keeps their text after 重新加载,
// and a page reload offers the locally kept draft.
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { chooseOption, chromiumMissing, dayFromToday, screenshotIfWanted } from "./harness.js";
import { startE2eBureau, type E2eBureau } from "./bureau.js";
import { answerOf, pageApi, type PageApi } from "./plan-helpers.js";
import { ROUND_PLAN_TEXT as PLAN_TEXT } from "./plan-helpers.js";


describe.skipIf(chromiumMissing)("reporting rounds (一月一调度)", () => {
  let bureau: E2eBureau;
  let admin: Page;
  let api: PageApi;
  let planId: number;
  let roundId: number;
  const reportIds: Record<string, number> = {};
  const userPage = (username: string) => bureau.userPage(username);

  beforeAll(async () => {
    bureau = await startE2eBureau({
      units: ["基础教育股", "计划财务股", "安全管理股"],
      accounts: [
        ["jj_head", "基教负责人", ["unit_head"], "基础教育股"],
        ["cw_head", "计财负责人", ["unit_head"], "计划财务股"],
        ["aq_staff", "安全经办", ["unit_staff"], "安全管理股"],
        ["aq_head", "安全负责人", ["unit_head"], "安全管理股"],
        ["zhangming", "张明", ["leader"]],
        ["office1", "督查室", ["office"]],
      ],
    });
    ({ admin, api } = bureau);

    const imported = await api.call("POST", "/api/plans/import", { text: PLAN_TEXT, filename: "2026年工作要点.txt" });
    planId = imported.plan.id;
    const tasks = (await api.call("GET", `/api/plans/${planId}/tasks`)).items;
    const t1 = tasks.find((t: any) => t.no === "1");
    await api.call("PATCH", `/api/tasks/${t1.id}`, { co: [{ name: "计划财务股" }], leaders: [{ name: "张明" }], version: t1.version });
    const plan = await api.call("GET", `/api/plans/${planId}`);
    await api.call("POST", `/api/plans/${planId}/publish`, { version: plan.version });

    // The office opens March's round: started a week ago, due yesterday (so late units show).
    const office = await pageApi(await userPage("office1"));
    const created = await office.call("POST", `/api/plans/${planId}/rounds`, {
      period: "2026-03",
      opensOn: dayFromToday(-7),
      dueOn: dayFromToday(-1),
    });
    expect(created.round.state).toBe("open");
    roundId = created.round.id;
    for (const r of (await office.call("GET", `/api/rounds/${roundId}/reports`)).items) reportIds[`${r.taskNo}:${r.unitName}`] = r.id;
    expect(Object.keys(reportIds).sort()).toEqual(["1:基础教育股", "1:计划财务股", "2:安全管理股"]);
  });
  afterAll(async () => bureau?.close());

  const stateOf = (page: Page) => page.getByTestId("report-state");
  async function submit(page: Page) {
    await page.getByRole("button", { name: "提交", exact: true }).click();
    await answerOf(page, "POST", /\/api\/reports\/\d+\/submit$/, () => page.locator(".ant-popconfirm").getByRole("button", { name: "提交" }).click());
    await expect.poll(() => stateOf(page).getAttribute("data-state")).toBe("submitted");
  }

  it("co-unit, lead unit and leader take a report through submit, return and approval", async () => {
    // (1) The co-unit head: 工作台 → 待填报 → the report; writes, saves and submits.
    const co = await userPage("cw_head");
    const todo = co.getByTestId("todo-panel");
    await todo.getByTestId("todo-write").waitFor();
    await expect.poll(() => todo.getByTestId("todo-write").getAttribute("aria-label")).toBe("待填报 1");
    await todo.getByRole("link", { name: /扩大优质学前教育资源/ }).click();
    await co.waitForURL(`**/reports/${reportIds["1:计划财务股"]}`);
    await co.getByText("填报单位：").waitFor();
    await expect.poll(() => co.getByTestId("due-text").textContent()).toBe("已逾期1天");
    await co.getByLabel("进展情况").fill("已完成两所新园选址，资金已纳入预算。");
    await co.getByTestId("unsaved").waitFor();
    await co.getByLabel("正常推进").check();
    await co.getByRole("spinbutton", { name: "学前三年毛入园率当前值" }).fill("92");
    await co.getByLabel("下一步打算").fill("4月完成新园招标。");
    // 佐证材料 of the co-unit travel with its report to the lead unit and the leader.
    const pdf = await answerOf(co, "POST", `/api/reports/${reportIds["1:计划财务股"]}/evidence`, () =>
      co.locator('input[type="file"]').setInputFiles({ name: "选址批复.pdf", mimeType: "application/pdf", buffer: Buffer.from("%PDF-1.4\n%%EOF\n") }),
    );
    expect(pdf.status()).toBe(201);
    const saved = await answerOf(co, "PUT", `/api/reports/${reportIds["1:计划财务股"]}`, () => co.getByRole("button", { name: "保存", exact: true }).click());
    expect(saved.status()).toBe(200);
    await co.getByText("已保存", { exact: true }).first().waitFor();
    await submit(co);

    // (2) The lead unit head sees the co-unit's report beside the form and quotes it.
    const lead = await userPage("jj_head");
    await lead.getByTestId("todo-consolidate").click();
    await lead.getByTestId("todo-panel").getByRole("link", { name: /扩大优质学前教育资源/ }).click();
    await lead.waitForURL(`**/reports/${reportIds["1:基础教育股"]}`);
    const coCard = lead.getByTestId("co-reports");
    await coCard.getByText("已完成两所新园选址，资金已纳入预算。").waitFor();
    await expect.poll(() => coCard.getByTestId("co-next-steps").textContent()).toBe("下一步打算：4月完成新园招标。");
    await coCard.getByTestId("co-evidence").getByRole("link", { name: "选址批复.pdf" }).waitFor();
    // 引用 takes the co-unit's text and next steps, each under its name.
    await coCard.getByRole("button", { name: "引用计划财务股的进展" }).click();
    await expect.poll(() => lead.getByLabel("进展情况").inputValue()).toBe("【计划财务股】已完成两所新园选址，资金已纳入预算。");
    await expect.poll(() => lead.getByLabel("下一步打算").inputValue()).toBe("【计划财务股】4月完成新园招标。");
    await lead.getByLabel("进展情况").press("Control+End");
    await lead.getByLabel("进展情况").pressSequentially("\n新园建设按计划推进。");
    await lead.getByLabel("正常推进").check();
    await lead.getByLabel("存在问题").fill("个别乡镇用地手续较慢。");
    await submit(lead); // saves the typed text first, then submits

    // (3) The leader: the bell → the report → 退回 with a comment.
    const leader = await userPage("zhangming");
    await leader.getByTestId("notification-bell").click();
    await leader.getByTestId("notification-list").getByText(/待审定：1 扩大优质学前教育资源/).click();
    await leader.waitForURL(`**/reports/${reportIds["1:基础教育股"]}`);
    await leader.getByTestId("report-readonly").getByText("新园建设按计划推进。", { exact: false }).waitFor();
    // The leader reviews with the co-unit's input, next steps and files.
    await leader.getByTestId("co-reports").getByTestId("co-evidence").getByRole("link", { name: "选址批复.pdf" }).waitFor();
    await expect.poll(() => leader.getByTestId("co-reports").getByTestId("co-next-steps").textContent()).toContain("4月完成新园招标。");
    await expect.poll(async () => (await leader.getByTestId("since-return").count())).toBe(0);
    await leader.getByRole("button", { name: "退回", exact: true }).click();
    const dialog = leader.getByRole("dialog");
    await dialog.getByRole("button", { name: "退回" }).click();
    await dialog.getByText("退回时请填写退回意见").waitFor();
    await dialog.getByLabel("退回意见（必填）").fill("请补充新园开工时间。");
    await answerOf(leader, "POST", /\/return$/, () => dialog.getByRole("button", { name: "退回" }).click());
    await expect.poll(() => stateOf(leader).getAttribute("data-state")).toBe("returned");

    // (2) The lead sees the comment, fixes and resubmits.
    await lead.reload();
    await lead.getByTestId("return-comment").waitFor();
    await expect.poll(() => lead.getByTestId("return-comment").textContent()).toContain("请补充新园开工时间。");
    await lead.getByLabel("进展情况").press("Control+End");
    await lead.getByLabel("进展情况").pressSequentially("4月10日开工。");
    await lead.waitForTimeout(500); // let animations settle for the screenshot
    await screenshotIfWanted(lead, "report");
    await submit(lead);

    // (3) The leader sees what changed since the return, then approves.
    await leader.reload();
    const since = leader.getByTestId("since-return");
    await expect.poll(() => since.getByTestId("change-text").getByTestId("diff-added").first().textContent()).toBe("4月10日开工。");
    await expect.poll(() => since.textContent()).toContain("退回意见：请补充新园开工时间。");
    await screenshotIfWanted(leader, "report-since-return");
    await leader.getByRole("button", { name: "审定", exact: true }).click();
    await answerOf(leader, "POST", /\/approve$/, () => leader.getByRole("dialog").getByRole("button", { name: "审定" }).click());
    await expect.poll(() => stateOf(leader).getAttribute("data-state")).toBe("approved");
    const history = await leader.getByTestId("report-history").textContent();
    for (const step of ["保存", "提交", "退回", "审定", "请补充新园开工时间。"]) expect(history).toContain(step);

    // The task's page keeps its history: the round's reports, the approved text.
    await leader.getByRole("link", { name: "任务详情" }).click();
    await leader.waitForURL(/\/tasks\/\d+$/);
    const reports = leader.getByTestId("task-reports");
    await reports.getByTestId(`task-report-${reportIds["1:基础教育股"]}`).getByTestId("approved-text").getByText("4月10日开工。", { exact: false }).waitFor();
    await expect.poll(() => reports.getByTestId(`task-report-${reportIds["1:计划财务股"]}`).textContent()).toContain("已汇总");
  });

  it("the office sees the grid, filters late units and reminds them; the late unit's bell shows it", async () => {
    const office = await userPage("office1");
    await office.getByRole("menuitem", { name: "进展调度" }).click();
    await office.getByRole("link", { name: "2026年3月", exact: true }).click();
    await office.waitForURL(`**/rounds/${roundId}`);
    const grid = office.getByTestId("round-grid");
    await grid.getByTestId("cell-1-基础教育股").locator('[data-state="approved"]').waitFor();
    await grid.getByTestId("cell-1-计划财务股").locator('[data-state="merged"]').waitFor();
    await grid.getByTestId("cell-2-安全管理股").locator('[data-state="draft"]').waitFor();
    await expect.poll(() => grid.getByTestId("cell-2-安全管理股").textContent()).toContain("逾期");
    await expect.poll(() => office.getByTestId("round-progress").textContent()).toContain("已审定 1 / 2");
    await office.waitForTimeout(800); // the table fade and progress bar animate
    await screenshotIfWanted(office, "round");

    await office.getByRole("checkbox", { name: "只看逾期" }).check();
    await office.getByText("筛选出 1 份 / 共 3 份").waitFor();
    await office.getByRole("checkbox", { name: "选择2 安全管理股" }).check();
    const reminded = await answerOf(office, "POST", `/api/rounds/${roundId}/remind`, () => office.getByRole("button", { name: /批量催办/ }).click());
    expect(await reminded.json()).toMatchObject({ reports: 1 });
    await office.getByText(/已催办 1 份报告，通知 2 人/).waitFor();

    const late = await userPage("aq_staff");
    const bell = late.getByTestId("notification-bell");
    // The count arrives after the first render: poll instead of reading once.
    await expect.poll(() => bell.getAttribute("aria-label")).toMatch(/通知（\d+条未读）/);
    await bell.click();
    await late.getByTestId("notification-list").getByText(/办公室催办：2026年3月进展调度请尽快报送/).click();
    await late.waitForURL(`**/reports/${reportIds["2:安全管理股"]}`);
    await late.getByLabel("进展情况").waitFor();
    // Clerks cannot submit: the page says who does.
    await late.getByText("请单位负责人提交").waitFor();

    // Evidence: an image is uploaded, listed with a preview link, and deleted again.
    const png = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==", "base64");
    const uploaded = await answerOf(late, "POST", `/api/reports/${reportIds["2:安全管理股"]}/evidence`, () =>
      late.locator('input[type="file"]').setInputFiles({ name: "现场照片.png", mimeType: "image/png", buffer: png }),
    );
    expect(uploaded.status()).toBe(201);
    const link = late.getByRole("link", { name: "现场照片.png", exact: true });
    await late.getByRole("link", { name: "预览现场照片.png" }).waitFor();
    await expect.poll(() => link.getAttribute("href")).toMatch(/^\/api\/evidence\/\d+$/);
    await expect.poll(() => link.getAttribute("target")).toBe("_blank");
    await late.getByRole("button", { name: "删除现场照片.png" }).click();
    await answerOf(late, "DELETE", /\/api\/evidence\/\d+$/, () => late.locator(".ant-popconfirm").getByRole("button", { name: "删除" }).click());
    await link.waitFor({ state: "detached" });
  });

  it("季度总结: the lead unit assembles Q1 from approved reports and submits; the leader approves; Word export", async () => {
    const lead = await userPage("jj_head");
    await lead.getByRole("menuitem", { name: "季度总结" }).click();
    await lead.getByRole("button", { name: "生成季度总结" }).click();
    await chooseOption(lead, "季度", "2026年第一季度");
    await lead.getByRole("dialog").getByRole("button", { name: "生成" }).click();
    await lead.waitForURL(/\/summaries\/\d+$/);
    const summaryId = Number(new URL(lead.url()).pathname.split("/").pop());
    await lead.getByText("基础教育股2026年第一季度工作总结").waitFor();
    const text = lead.getByLabel("总结内容");
    await expect.poll(() => text.inputValue()).toContain("新园建设按计划推进。4月10日开工。");
    await text.press("Control+End");
    await text.pressSequentially("\n（经办人补充）");
    await lead.getByText("有未保存的修改").waitFor();
    await lead.getByRole("button", { name: "提交", exact: true }).click();
    await answerOf(lead, "POST", `/api/summaries/${summaryId}/submit`, () => lead.locator(".ant-popconfirm").getByRole("button", { name: "提交" }).click());
    await lead.getByText("已提交", { exact: true }).first().waitFor();

    // The leader finds it among 待审定 on 工作台 (and in the bell).
    const leader = await userPage("zhangming");
    await leader.getByTestId("todo-approve").click();
    await leader.getByTestId("todo-summaries").getByRole("link", { name: "基础教育股2026年第一季度工作总结" }).click();
    await leader.waitForURL(`**/summaries/${summaryId}`);
    await leader.getByText("（经办人补充）", { exact: false }).waitFor();
    await leader.getByRole("button", { name: "审定", exact: true }).click();
    await answerOf(leader, "POST", `/api/summaries/${summaryId}/approve`, () => leader.getByRole("dialog").getByRole("button", { name: "审定" }).click());
    await leader.getByText("已审定", { exact: true }).first().waitFor();
    const docx = await leader.request.get(`/api/summaries/${summaryId}/export.docx`);
    expect(docx.status()).toBe(200);
    expect(docx.headers()["content-type"]).toContain("wordprocessingml");
    await expect.poll(() => leader.getByRole("link", { name: /导出Word/ }).getAttribute("href")).toBe(`/api/summaries/${summaryId}/export.docx`);
  });

  it("通知设置: the admin turns on the DingTalk robot; the secret comes back masked", async () => {
    await admin.goto("/admin/notifications");
    await admin.getByRole("tab", { name: "通知设置" }).waitFor();
    await admin.getByRole("switch", { name: "启用钉钉机器人" }).click();
    await admin.getByLabel("Webhook 地址").first().fill("https://oapi.dingtalk.com/robot/send?access_token=abc");
    await admin.getByLabel("加签密钥").fill("SECabc");
    const saved = await answerOf(admin, "PUT", "/api/settings/notifications", () => admin.getByRole("button", { name: "保存设置" }).click());
    expect(saved.status()).toBe(200);
    await admin.reload();
    await admin.getByLabel("加签密钥").waitFor();
    await expect.poll(() => admin.getByLabel("加签密钥").inputValue()).toBe("********");
    await expect.poll(() => admin.getByRole("switch", { name: "启用钉钉机器人" }).getAttribute("aria-checked")).toBe("true");
    await admin.getByText("外发记录").waitFor();
    // The scheduled jobs' last run and error are shown beside the outbox.
    await admin.getByTestId("jobs").getByText("定时任务", { exact: true }).waitFor();
  });

  it("a stale save keeps the typed text, shows the server's, and a reload offers the local draft", async () => {
    const id = reportIds["2:安全管理股"];
    const first = await userPage("aq_staff");
    const second = await userPage("aq_head");
    await first.goto(`/reports/${id}`);
    await second.goto(`/reports/${id}`);
    // Both have the report loaded (goto returns before the page's own fetch) before either saves.
    await second.getByLabel("进展情况").waitFor();
    await first.getByLabel("进展情况").fill("经办人：已开展安全隐患排查1次。");
    await answerOf(first, "PUT", `/api/reports/${id}`, () => first.getByRole("button", { name: "保存", exact: true }).click());

    const mine = "负责人：已开展排查2次，整改隐患5处。";
    await second.getByLabel("进展情况").fill(mine);
    const stale = await answerOf(second, "PUT", `/api/reports/${id}`, () => second.getByRole("button", { name: "保存", exact: true }).click());
    expect(stale.status()).toBe(409);
    await second.getByText("该报告已被他人修改：请重新加载（您填写的内容已保留在本页）").waitFor();
    await second.getByRole("button", { name: "重新加载" }).click();
    await second.getByTestId("server-text").getByText("经办人：已开展安全隐患排查1次。").waitFor();
    await expect.poll(() => second.getByLabel("进展情况").inputValue()).toBe(mine);

    // Typed but not saved: a reload asks first, then offers the draft kept in this browser.
    await second.getByLabel("进展情况").press("Control+End");
    await second.getByLabel("进展情况").pressSequentially("另查出2处。");
    await second.waitForTimeout(800);
    const dialogs: string[] = [];
    second.on("dialog", (d) => {
      dialogs.push(d.type());
      void d.accept();
    });
    await second.reload();
    expect(dialogs).toContain("beforeunload");
    await second.getByRole("button", { name: "恢复本地草稿" }).click();
    await expect.poll(() => second.getByLabel("进展情况").inputValue()).toBe(`${mine}另查出2处。`);
    const saved = await answerOf(second, "PUT", `/api/reports/${id}`, () => second.getByRole("button", { name: "保存", exact: true }).click());
    expect(saved.status()).toBe(200);
    await second.reload();
    await second.getByLabel("进展情况").waitFor();
    await expect.poll(() => second.getByRole("button", { name: "恢复本地草稿" }).count()).toBe(0);
    await expect.poll(() => second.getByLabel("进展情况").inputValue()).toBe(`${mine}另查出2处。`);
  });

  it("新建调度 with later dates waits as 未开始 until the office clicks 开始", async () => {
    const office = await userPage("office1");
    await office.goto("/rounds");
    await office.getByRole("link", { name: "2026年3月", exact: true }).waitFor();
    await office.getByRole("button", { name: "新建调度" }).click();
    const dialog = office.getByRole("dialog");
    // The dialog offers the periods of the plan's rhythm (monthly here), the next one chosen.
    await expect.poll(() => dialog.locator(".ant-select-selection-item").textContent()).toBe("2026年4月");
    const opens = dayFromToday(10);
    const due = dayFromToday(15);
    await dialog.getByLabel("开始日期").fill(opens);
    await dialog.getByLabel("开始日期").press("Enter");
    await dialog.getByLabel("截止日期").fill(due);
    await dialog.getByLabel("截止日期").press("Enter");
    const created = await answerOf(office, "POST", `/api/plans/${planId}/rounds`, () => dialog.getByRole("button", { name: "创建" }).click());
    expect(await created.json()).toMatchObject({ round: { period: "2026-04", opensOn: opens, dueOn: due, state: "scheduled" } });
    const row = office.getByRole("row").filter({ hasText: "2026年4月" });
    await row.getByText("未开始").waitFor();
    await answerOf(office, "POST", /\/api\/rounds\/\d+\/open$/, () => row.getByRole("button", { name: "开始" }).click());
    await row.getByText("进行中").waitFor();

    // The office changes the plan's rule to quarterly, due in the next month: the dialog then offers quarters.
    await office.getByRole("button", { name: "修改调度规则" }).click();
    const rule = office.getByRole("dialog", { name: "调度规则" });
    await rule.getByLabel("每季度").check();
    await rule.getByLabel("开始日").fill("28");
    await rule.getByLabel("截止日").fill("5");
    await rule.getByText("次月 5 日截止", { exact: false }).waitFor();
    await answerOf(office, "PATCH", `/api/plans/${planId}`, () => rule.getByRole("button", { name: "保存" }).click());
    await expect.poll(() => office.getByTestId("schedule-rule").textContent()).toContain("每季度一次，季度末月 28 日开始、次月 5 日截止");
    await office.getByRole("button", { name: "新建调度" }).click();
    const quarterly = office.getByRole("dialog", { name: "新建调度" });
    await quarterly.locator(".ant-select-selector").click();
    const dropdown = office.locator(".ant-select-dropdown:not(.ant-select-dropdown-hidden)").last();
    await dropdown.getByTitle("2026年第4季度").waitFor();
    expect(await dropdown.getByTitle("2026年5月").count()).toBe(0);
    await quarterly.locator(".ant-select-selector").click();
    await quarterly.getByText(/本期 2026-\d\d-28 开始、2026-\d\d-05 截止/).waitFor();
    await quarterly.getByRole("button", { name: "取消" }).click();
  });

  it("the lead sees which co-units have not reported, confirms, and a late co report is flagged; a PDF previews", async () => {
    // The office gives task 2 a co-unit while the round is open: the round follows.
    const office = await pageApi(await userPage("office1"));
    const t2 = (await office.call("GET", `/api/plans/${planId}/tasks`)).items.find((t: any) => t.no === "2");
    await office.call("PATCH", `/api/tasks/${t2.id}`, { co: [{ name: "计划财务股" }], version: t2.version });
    const coReport = (await office.call("GET", `/api/rounds/${roundId}/reports`)).items.find((r: any) => r.taskNo === "2" && r.unitName === "计划财务股");
    expect(coReport).toMatchObject({ role: "co", state: "draft" });

    const lead = await userPage("aq_head");
    await lead.goto(`/reports/${reportIds["2:安全管理股"]}`);
    await expect.poll(() => lead.getByTestId("pending-co").textContent()).toContain("协办单位尚未报送：计划财务股");

    // A PDF evidence opens in the browser: inline, application/pdf, no CSP sandbox (which stops Chromium's viewer).
    const pdf = Buffer.from(
      "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n" +
        "3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n",
    );
    const uploaded = await answerOf(lead, "POST", `/api/reports/${reportIds["2:安全管理股"]}/evidence`, () =>
      lead.locator('input[type="file"]').setInputFiles({ name: "排查记录.pdf", mimeType: "application/pdf", buffer: pdf }),
    );
    expect(uploaded.status()).toBe(201);
    const href = await lead.getByRole("link", { name: "排查记录.pdf", exact: true }).getAttribute("href");
    const viewer = await lead.context().newPage();
    const opened = await viewer.goto(new URL(href!, bureau.server.url).toString()).catch((e: Error) => e);
    const headers = opened instanceof Error ? (await lead.context().request.get(new URL(href!, bureau.server.url).toString())).headers() : await opened!.allHeaders();
    if (opened instanceof Error) expect(opened.message).toMatch(/Download/i); // a browser without the viewer downloads it
    else expect(opened!.status()).toBe(200);
    expect(headers["content-type"]).toBe("application/pdf");
    expect(headers["content-disposition"]).toMatch(/^inline/);
    expect(headers["content-security-policy"]).not.toContain("sandbox");
    expect(await viewer.title()).not.toMatch(/错误|error/i);

    await lead.getByLabel("正常推进").check();
    await lead.getByRole("button", { name: "提交", exact: true }).click();
    await lead.locator(".ant-popconfirm").getByText("协办单位计划财务股尚未报送", { exact: false }).waitFor();
    await answerOf(lead, "POST", /\/api\/reports\/\d+\/submit$/, () => lead.locator(".ant-popconfirm").getByRole("button", { name: "提交" }).click());
    await expect.poll(() => stateOf(lead).getAttribute("data-state")).toBe("submitted");

    // The co-unit reports after the lead's report went on: the lead unit is told, and sees it as late.
    const co = await pageApi(await userPage("cw_head"));
    const saved = await co.call("PUT", `/api/reports/${coReport.id}`, { text: "已配合完成财务检查。", status: "正常推进", version: coReport.version });
    await co.call("POST", `/api/reports/${coReport.id}/submit`, { version: saved.version });
    await lead.reload();
    await lead.getByTestId("co-reports").getByTestId("co-late").waitFor();
    await lead.getByTestId("notification-bell").click();
    await lead.getByTestId("notification-list").getByText(/协办单位晚于牵头报告报送：2 /).waitFor();
  });
});
