// The 分工方案 table with its 进展情况 filled: DOCX (A4 landscape, ruled table, the header row
// repeated on every page, rows not split across pages) and XLSX (frozen header, wrapped text,
// column widths, landscape print setup with the header row repeated).
import { AlignmentType, BorderStyle, Document, Packer, PageOrientation, Paragraph, Table, TableCell, TableRow, TextRun, VerticalAlign, WidthType } from "docx";
import { DIVISION_COLUMNS, type DivisionRow, type DivisionTable } from "../shared/division.js";
import { safeCell } from "./cells.js";
import { ruledHeader, ruledRow, THIN_BORDER, titledSheet, xlsxBuffer } from "./sheet.js";

const MM = 56.7;
const LINE = { style: BorderStyle.SINGLE, size: 4, color: "000000" };
const BORDERS = { top: LINE, bottom: LINE, left: LINE, right: LINE };
const CELL_FONT = { font: "仿宋_GB2312", size: 21 }; // 五号 10.5 pt
const HEAD_FONT = { font: "黑体", size: 21 };

const lines = (text: string, font: object, align: (typeof AlignmentType)[keyof typeof AlignmentType] = AlignmentType.LEFT) =>
  (text ? text.split("\n") : [""]).map((l) => new Paragraph({ alignment: align, children: [new TextRun({ text: l, ...font })] }));

export async function divisionDocx(t: DivisionTable): Promise<Buffer> {
  const total = DIVISION_COLUMNS.reduce((n, c) => n + c.docx, 0);
  const width = (297 - 2 * 20) * MM;
  const colWidths = DIVISION_COLUMNS.map((c) => Math.round((width * c.docx) / total));
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: DIVISION_COLUMNS.map((c, i) => new TableCell({ width: { size: colWidths[i], type: WidthType.DXA }, borders: BORDERS, verticalAlign: VerticalAlign.CENTER, shading: { fill: "F2F2F2" }, children: lines(c.header, HEAD_FONT, AlignmentType.CENTER) })),
  });
  const rows = t.rows.map((r) =>
    r.section != null
      ? new TableRow({ cantSplit: true, children: [new TableCell({ columnSpan: DIVISION_COLUMNS.length, borders: BORDERS, children: lines(r.section, HEAD_FONT) })] })
      : new TableRow({
          cantSplit: true,
          children: DIVISION_COLUMNS.map((c, i) => new TableCell({ width: { size: colWidths[i], type: WidthType.DXA }, borders: BORDERS, children: lines(String(r[c.key] ?? ""), CELL_FONT, c.key === "no" ? AlignmentType.CENTER : AlignmentType.LEFT) })),
        }),
  );
  const doc = new Document({
    creator: "督办",
    title: t.title,
    sections: [{
      properties: { page: { size: { width: 210 * MM, height: 297 * MM, orientation: PageOrientation.LANDSCAPE }, margin: { top: 20 * MM, bottom: 20 * MM, left: 20 * MM, right: 20 * MM } } },
      children: [
        new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 120 }, children: [new TextRun({ text: t.title, font: "方正小标宋简体", size: 36 })] }),
        new Paragraph({ alignment: AlignmentType.RIGHT, spacing: { after: 120 }, children: [new TextRun({ text: t.note, font: "楷体_GB2312", size: 24 })] }),
        new Table({ width: { size: colWidths.reduce((a, b) => a + b, 0), type: WidthType.DXA }, columnWidths: colWidths, rows: [header, ...rows] }),
      ],
    }],
  });
  return Buffer.from(await Packer.toBuffer(doc));
}

export async function divisionXlsx(t: DivisionTable): Promise<Buffer> {
  const n = DIVISION_COLUMNS.length;
  const { wb, ws } = await titledSheet({ name: "分工方案", title: t.title, note: t.note, columns: n, header: true });
  ruledHeader(ws, DIVISION_COLUMNS);
  for (const r of t.rows as DivisionRow[]) {
    if (r.section != null) {
      const row = ws.addRow([safeCell(r.section)]);
      ws.mergeCells(row.number, 1, row.number, n);
      row.font = { bold: true };
      row.getCell(1).border = THIN_BORDER;
      continue;
    }
    ruledRow(ws, DIVISION_COLUMNS.map((c) => String(r[c.key] ?? "")));
  }
  return xlsxBuffer(wb);
}
