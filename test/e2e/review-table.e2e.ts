// A plan whose tasks stand in a division table: on the review screen the selected task shows the
// table row it was read from (header over the row's cells), and the cell of the selected field is
// marked, as the source text marks the field.
import { AlignmentType, Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun, VerticalMergeType } from "docx";
import { describe, expect, it } from "vitest";
import { ADMIN_PASSWORD, chromiumMissing, loginAs, openPage, screenshotIfWanted, serverAndBrowser } from "./harness.js";
import { answerOf } from "./plan-helpers.js";

const HEADER = ["序号", "重点工作任务", "牵头单位", "责任领导", "完成时限"];

async function divisionTableDocx(): Promise<Buffer> {
  const cell = (text: string, verticalMerge?: (typeof VerticalMergeType)[keyof typeof VerticalMergeType]) =>
    new TableCell({ children: [new Paragraph({ children: [new TextRun(text)] })], ...(verticalMerge ? { verticalMerge } : {}) });
  const doc = new Document({
    sections: [
      {
        children: [
          new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: "示例县教育局2026年重点工作任务分解表", bold: true })] }),
          new Table({
            rows: [
              new TableRow({ tableHeader: true, children: HEADER.map((t) => cell(t)) }),
              new TableRow({ children: [cell("1"), cell("新建公办幼儿园3所"), cell("基教股", VerticalMergeType.RESTART), cell("张明"), cell("2026年9月底前")] }),
              new TableRow({ children: [cell("2"), cell("推进集团化办学改革试点"), cell("", VerticalMergeType.CONTINUE), cell("俞 悦"), cell("2026年12月底前")] }),
              new TableRow({ children: [cell("3"), cell("保障教育经费投入"), cell("计财股"), cell("李华"), cell("全年")] }),
            ],
          }),
        ],
      },
    ],
  });
  return Buffer.from(await Packer.toBuffer(doc));
}

describe.skipIf(chromiumMissing)("审核: a task read from a table shows its row", () => {
  const env = serverAndBrowser();

  it("shows the header and the row, and marks the cell of the selected field", async () => {
    const page = await openPage(env.browser, env.server.url);
    await loginAs(page, "admin", ADMIN_PASSWORD);
    await page.getByRole("menuitem", { name: "工作方案" }).click();
    await page.getByRole("button", { name: "导入" }).click();
    const dialog = page.getByRole("dialog", { name: "导入工作方案" });
    await dialog.getByText("点击或将方案文件拖到此处").waitFor();
    const imported = await answerOf(page, "POST", "/api/plans/import", async () =>
      dialog.locator('input[type="file"]').setInputFiles({
        name: "2026年重点工作任务分解表.docx",
        mimeType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        buffer: await divisionTableDocx(),
      }),
    );
    expect(imported.status(), await imported.text()).toBe(201);
    const planId = ((await imported.json()) as { plan: { id: number } }).plan.id;
    await page.waitForURL((url) => url.pathname === `/plans/${planId}/review`);

    const list = page.getByTestId("task-list");
    await expect.poll(() => list.getByRole("option").count()).toBe(3);
    await list.getByRole("option").filter({ hasText: "推进集团化办学改革试点" }).click();

    // The row under its header; the lead unit merged down from the row above is shown in this row too.
    const row = page.getByTestId("source-row");
    await row.waitFor();
    expect(await row.locator("thead th").allInnerTexts()).toEqual(HEADER);
    await expect.poll(() => row.locator("tbody tr").first().locator("td").allInnerTexts()).toEqual(["2", "推进集团化办学改革试点", "基教股", "俞 悦", "2026年12月底前"]);
    expect(await row.locator('td[data-highlight="field"]').count()).toBe(0);

    // Focusing the title marks the title's cell; the unit's tag marks the unit's cell (merged from the row above).
    const editor = page.getByTestId("task-editor");
    await editor.getByLabel("任务名称").click();
    await expect.poll(() => row.locator('td[data-highlight="field"]').allInnerTexts()).toEqual(["推进集团化办学改革试点"]);
    await editor.locator('[data-unit-name="基教股"] .ant-tag').first().click();
    await expect.poll(() => row.locator('td[data-highlight="field"]').allInnerTexts()).toEqual(["基教股"]);
    await screenshotIfWanted(page, "review-table-row");

    // Another task shows its own row.
    await list.getByRole("option").filter({ hasText: "保障教育经费投入" }).click();
    await expect.poll(() => row.locator("tbody tr").first().locator("td").nth(1).innerText()).toBe("保障教育经费投入");
  });
});
