import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import type { Paragraph, Table } from "../model.js";
import { readXlsx } from "./xlsx.js";

async function buildBreakdownXlsx(): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("分解表");
  sheet.mergeCells("A1:F1");
  sheet.getCell("A1").value = "某县2025年教育重点任务分解表";
  // Row 2 left blank on purpose; header spans rows 3–4.
  sheet.mergeCells("A3:A4");
  sheet.getCell("A3").value = "序号";
  sheet.mergeCells("B3:B4");
  sheet.getCell("B3").value = "重点任务";
  sheet.mergeCells("C3:D3");
  sheet.getCell("C3").value = "责任单位";
  sheet.getCell("C4").value = "牵头";
  sheet.getCell("D4").value = "协办";
  sheet.mergeCells("E3:E4");
  sheet.getCell("E3").value = "完成时限";
  sheet.mergeCells("F3:F4");
  sheet.getCell("F3").value = "目标值";
  sheet.addRow([]);
  sheet.getRow(5).values = [1, "新建幼儿园2所", "基教股", "计财股", new Date(Date.UTC(2025, 5, 30)), 0.95];
  sheet.getCell("E5").numFmt = "yyyy-mm-dd";
  sheet.getRow(6).values = [2, { richText: [{ text: "完善", font: { bold: true } }, { text: "控辍保学机制" }] }, "", "政教股", "2025年底", 12.5];
  sheet.mergeCells("C5:C6");
  sheet.getCell("B7").value = "说明：\n多行单元格";

  const hidden = workbook.addWorksheet("隐藏", { state: "hidden" });
  hidden.getCell("A1").value = "不应读取";
  const plain = workbook.addWorksheet("附表");
  plain.getCell("B2").value = "甲";
  plain.getCell("C2").value = "乙";
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

describe("readXlsx", () => {
  it("emits the merged title as a paragraph and the sheet as a table with spans", async () => {
    const doc = readXlsx(await buildBreakdownXlsx());
    expect(doc.format).toBe("xlsx");
    expect(doc.warnings).toEqual(["已跳过隐藏的工作表“隐藏”"]);
    const [title, table, second] = doc.blocks as [Paragraph, Table, Table];
    expect(title).toEqual({ kind: "paragraph", text: "某县2025年教育重点任务分解表" });
    expect(table.rows.map((row) => row.map((cell) => cell.text))).toEqual([
      ["序号", "重点任务", "责任单位", "责任单位", "完成时限", "目标值"],
      ["序号", "重点任务", "牵头", "协办", "完成时限", "目标值"],
      ["1", "新建幼儿园2所", "基教股", "计财股", "2025年6月30日", "0.95"],
      ["2", "完善控辍保学机制", "基教股", "政教股", "2025年底", "12.5"],
      ["", "说明：\n多行单元格", "", "", "", ""],
    ]);
    expect(table.rows[0][0]).toEqual({ text: "序号", rowSpan: 2 });
    expect(table.rows[1][0]).toEqual({ text: "序号", continuation: true });
    expect(table.rows[0][2]).toEqual({ text: "责任单位", colSpan: 2 });
    expect(table.rows[0][3].continuation).toBe(true);
    expect(table.rows[2][2]).toEqual({ text: "基教股", rowSpan: 2 });
    expect(table.rows[3][2]).toEqual({ text: "基教股", continuation: true });
    // Leading blank rows and columns are trimmed.
    expect(second.rows).toEqual([[{ text: "甲" }, { text: "乙" }]]);
    expect(doc.blocks).toHaveLength(3);
  });
});
