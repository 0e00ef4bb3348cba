// Each task read from a table carries its row (and the header) for the review screen.
import { Document, Packer, Paragraph, Table, TableCell, TableRow, VerticalMergeType } from "docx";
import { describe, expect, it } from "vitest";
import { extractPlan, type ExtractedPlan } from "../index.js";

const texts = (plan: ExtractedPlan, i: number) => {
  const row = plan.tasks[i].tableRow!;
  return { table: row.table, header: row.header.map((c) => c.text), rows: row.rows.map((r) => r.cells.map((c) => c.text)) };
};
const spansHold = (plan: ExtractedPlan) => {
  for (const t of plan.tasks)
    for (const c of [...t.tableRow!.header, ...t.tableRow!.rows.flatMap((r) => r.cells)]) {
      if (!c.span) expect(c.text).toBe("");
      else expect(plan.sourceText.slice(...c.span).replace(/\s+/g, "")).toBe(c.text.replace(/\s+/g, ""));
    }
};

describe("table row of a task", () => {
  it("gives the header and the row of each task in a text table, and nothing for prose tasks", async () => {
    const text = [
      "青禾县教育局2026年重点工作任务分解表",
      "| 序号 | 重点工作任务 | 牵头单位 | 责任领导 |",
      "|---|---|---|---|",
      "| 1 | 新建公办幼儿园2所 | 学前股 | 俞 悦 |",
      "| 2 | 推进集团化办学 | 基教股 | 张三、李四 |",
    ].join("\n");
    const { plan } = await extractPlan(text, { filename: "x.md" });
    expect(texts(plan, 1)).toEqual({ table: 0, header: ["序号", "重点工作任务", "牵头单位", "责任领导"], rows: [["2", "推进集团化办学", "基教股", "张三、李四"]] });
    spansHold(plan);
    const lead = plan.tasks[1].fields.lead[0].span;
    const cell = plan.tasks[1].tableRow!.rows[0].cells[2].span!;
    expect(lead[0] >= cell[0] && lead[1] <= cell[1]).toBe(true);

    const prose = await extractPlan("青禾县教育局2026年工作要点\n1. 开展主题教育。牵头单位：办公室。\n2. 推进清廉学校建设。牵头单位：纪检组。", { filename: "y.txt" });
    expect(prose.plan.tasks.every((t) => t.tableRow === undefined)).toBe(true);
  });

  it("shows a unit cell merged down over two rows of a DOCX table in both rows", async () => {
    const cell = (text: string, verticalMerge?: (typeof VerticalMergeType)[keyof typeof VerticalMergeType]) =>
      new TableCell({ children: [new Paragraph(text)], ...(verticalMerge ? { verticalMerge } : {}) });
    const doc = new Document({
      sections: [
        {
          children: [
            new Paragraph("青禾县教育局2026年重点工作任务分解表"),
            new Table({
              rows: [
                new TableRow({ children: ["序号", "重点工作任务", "牵头单位", "完成时限"].map((t) => cell(t)) }),
                new TableRow({ children: [cell("1"), cell("新建公办幼儿园2所"), cell("学前股", VerticalMergeType.RESTART), cell("2026年9月")] }),
                new TableRow({ children: [cell("2"), cell("新增普惠性学位600个"), cell("", VerticalMergeType.CONTINUE), cell("2026年12月")] }),
              ],
            }),
          ],
        },
      ],
    });
    const { plan } = await extractPlan(Buffer.from(await Packer.toBuffer(doc)), { filename: "x.docx" });
    expect(plan.tasks.map((t) => t.lead)).toEqual([["学前股"], ["学前股"]]);
    expect(texts(plan, 1)).toEqual({ table: 0, header: ["序号", "重点工作任务", "牵头单位", "完成时限"], rows: [["2", "新增普惠性学位600个", "学前股", "2026年12月"]] });
    spansHold(plan);
  });
});
