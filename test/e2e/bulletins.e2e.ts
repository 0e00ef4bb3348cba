// Issue 14 in the browser: the office generates a 工作专报 from a round, rewrites its 亮点工作 in the
// rich-text editor (a heading, a paragraph, one phrase bold), saves, downloads the DOCX and finds the
// bold run in it; the leader approves it; the office publishes it; a unit head sees it in 通报 and was told.
import { readFileSync } from "node:fs";
import { strFromU8, unzipSync } from "fflate";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { chromiumMissing, dayFromToday, screenshotIfWanted } from "./harness.js";
import { startE2eBureau, type E2eBureau } from "./bureau.js";
import { answerOf, pageApi, ROUND_PLAN_TEXT } from "./plan-helpers.js";

describe.skipIf(chromiumMissing)("bulletins (通报 / 工作专报)", () => {
  let bureau: E2eBureau;
  let office: Page, leader: Page, unitHead: Page;
  let roundId: number;
  const userPage = (username: string) => bureau.userPage(username);

  beforeAll(async () => {
    bureau = await startE2eBureau({
      units: ["基础教育股", "安全管理股"],
      accounts: [
        ["office1", "督查室", ["office"]],
        ["zhangming", "张明", ["leader"]],
        ["jj_head", "基教负责人", ["unit_head"], "基础教育股"],
      ],
    });
    const { api } = bureau;
    const imported = await api.call("POST", "/api/plans/import", { text: ROUND_PLAN_TEXT, filename: "2026年工作要点.txt" });
    const plan = await api.call("GET", `/api/plans/${imported.plan.id}`);
    await api.call("POST", `/api/plans/${plan.id}/publish`, { version: plan.version });
    office = await userPage("office1");
    leader = await userPage("zhangming");
    unitHead = await userPage("jj_head");
    const created = await (await pageApi(office)).call("POST", `/api/plans/${plan.id}/rounds`, { period: "2026-03", opensOn: dayFromToday(-7), dueOn: dayFromToday(-1) });
    roundId = created.round.id;
  }, 120_000);
  afterAll(async () => bureau?.close());

  it("generates from a round → edits → approves → publishes → a unit sees it", async () => {
    // The office generates a 工作专报 from the round's page.
    await office.goto(`/rounds/${roundId}`);
    await office.getByRole("button", { name: "生成通报" }).click();
    const dialog = office.getByRole("dialog");
    await dialog.getByText("工作专报").click();
    await answerOf(office, "POST", `/api/rounds/${roundId}/bulletins`, () => dialog.getByRole("button", { name: "生成草稿" }).click());
    await office.waitForURL(/\/bulletins\/\d+$/);
    const path = new URL(office.url()).pathname;
    const year = dayFromToday(0).slice(0, 4);
    await office.getByText(`工作专报${year}年第1期`).waitFor();
    const submission = office.getByRole("textbox", { name: "报送情况正文" });
    expect(await submission.innerText()).toContain("逾期未报单位");
    await submission.locator("table").getByText("未报送报告（份）").waitFor(); // the units not in, as a table

    // Rewrites 亮点工作: a level-2 heading, then a paragraph with one phrase made bold from the toolbar.
    const highlights = office.getByRole("textbox", { name: "亮点工作正文" });
    await highlights.click();
    await office.keyboard.press("ControlOrMeta+A");
    await office.keyboard.press("Delete");
    await office.keyboard.type("学前教育扩容提质");
    const toolbar = office.getByRole("toolbar", { name: "亮点工作正文格式" });
    await toolbar.getByRole("button", { name: "二级标题（一）" }).click();
    await highlights.locator("h3").getByText("学前教育扩容提质").waitFor();
    await office.keyboard.press("End");
    await office.keyboard.press("Enter");
    await toolbar.getByRole("button", { name: "正文" }).click();
    await office.keyboard.type("新建幼儿园两所已开工。");
    await office.keyboard.press("ArrowLeft"); // before 。
    for (let i = 0; i < 5; i++) await office.keyboard.press("Shift+ArrowLeft"); // 两所已开工
    await toolbar.getByRole("button", { name: "加粗" }).click();
    await highlights.locator("b, strong").getByText("两所已开工").waitFor();
    await screenshotIfWanted(office, "bulletin-editor");
    await answerOf(office, "PUT", path.replace("/bulletins", "/api/bulletins"), () => office.getByRole("button", { name: "保存" }).click());
    const saved = await (await pageApi(office)).call("GET", path.replace("/bulletins", "/api/bulletins"));
    expect(saved.sections.find((x: any) => x.heading === "亮点工作").blocks).toEqual([
      { type: "heading", level: 2, runs: [{ text: "学前教育扩容提质" }] },
      { type: "paragraph", runs: [{ text: "新建幼儿园" }, { text: "两所已开工", bold: true }, { text: "。" }] },
    ]);

    // The preview numbers the heading; the DOCX downloaded from the page has the bold run and the 楷体 heading.
    await office.getByRole("tab", { name: "预览" }).click();
    const preview = office.getByTestId("bulletin-preview");
    await preview.getByText("（一）学前教育扩容提质").waitFor();
    await preview.locator("b").getByText("两所已开工").waitFor();
    const download = office.waitForEvent("download");
    await office.getByRole("link", { name: /下载 Word/ }).click();
    const xml = strFromU8(unzipSync(new Uint8Array(readFileSync((await (await download).path())!)))["word/document.xml"]!);
    const runs = [...xml.matchAll(/<w:r>((?:(?!<\/w:r>).)*)<\/w:r>/g)].map((m) => m[1]!);
    const run = (text: string) => runs.find((r) => r.replace(/<[^>]+>/g, "") === text);
    expect(run("两所已开工")).toContain("<w:b/>");
    expect(run("新建幼儿园")).not.toContain("<w:b/>");
    expect(run("学前教育扩容提质")).toContain('w:eastAsia="楷体_GB2312"');
    await screenshotIfWanted(office, "bulletin-preview");
    // Nothing for the unit yet.
    await unitHead.goto("/bulletins");
    await unitHead.getByText("暂无通报").waitFor();

    // The leader approves.
    await leader.goto(path);
    await leader.getByRole("button", { name: "审定" }).click();
    await answerOf(leader, "POST", /\/approve$/, () => leader.getByRole("dialog").getByRole("button", { name: "审定" }).click());
    await leader.getByText("已审定").first().waitFor();

    // The office publishes.
    await office.reload();
    await office.getByRole("button", { name: "印发" }).click();
    await answerOf(office, "POST", /\/publish$/, () => office.getByRole("dialog").getByRole("button", { name: "印发" }).click());
    await office.getByText("已印发").first().waitFor();

    // The unit head sees it in the list, opens it, and was notified.
    await unitHead.goto("/bulletins");
    await unitHead.getByRole("link", { name: /2026年3月重点工作推进情况/ }).click();
    await unitHead.getByTestId("bulletin-preview").getByText("两所已开工").waitFor();
    const notes = await (await pageApi(unitHead)).call("GET", "/api/notifications");
    expect(notes.items.some((n: any) => n.link === path && n.title.includes(`工作专报${year}年第1期`))).toBe(true);
  }, 180_000);
});
