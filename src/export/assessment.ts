// 目标管理考核 ranking: XLSX (one row per unit: rank, unit, each rule's rate and points, 加分, 减分,
// total, grade, the items' reasons) and a DOCX table (A4 landscape, ruled, header row repeated).
import { AlignmentType, BorderStyle, Document, Packer, PageOrientation, Paragraph, Table, TableCell, TableRow, TextRun, VerticalAlign, WidthType } from "docx";
import { safeCell } from "./cells.js";
import { titledSheet, xlsxBuffer } from "./sheet.js";

export interface AssessmentSheetRule {
  label: string;
  weight: number;
}

export interface AssessmentSheetRow {
  rank: number;
  name: string;
  rules: { numerator: number; denominator: number; rate: number | null; points: number }[];
  bonus: number;
  penalty: number;
  total: number;
  gradeLabel: string;
  vetoed: boolean;
  notes: string;
}

export interface AssessmentSheet {
  title: string;
  note: string;
  rules: AssessmentSheetRule[];
  rows: AssessmentSheetRow[];
}

const pct = (rate: number | null) => (rate === null ? "—" : `${Math.round(rate * 1000) / 10}%`);
/** "一次通过率（20分）" over "比率" and "得分". */
const headers = (s: AssessmentSheet) => [
  "名次", "单位", ...s.rules.flatMap((r) => [`${r.label}（${r.weight}分）完成/应完成`, `${r.label}得分`]), "加分", "减分", "总分", "等次", "加减分及否决说明",
];
const cells = (r: AssessmentSheetRow): (string | number)[] => [
  r.rank, r.name,
  ...r.rules.flatMap((x) => [x.denominator ? `${x.numerator}/${x.denominator}（${pct(x.rate)}）` : "无考核数据", x.points]),
  r.bonus, r.penalty, r.total, r.vetoed ? `${r.gradeLabel}（一票否决）` : r.gradeLabel, r.notes,
];

export async function assessmentXlsx(s: AssessmentSheet): Promise<Buffer> {
  const head = headers(s);
  const { wb, ws } = await titledSheet({ name: "考核排名", title: s.title, note: s.note, columns: head.length, noteAlign: "left", header: true, freezeColumns: 2 });
  const hr = ws.getRow(3);
  head.forEach((h, i) => {
    const c = hr.getCell(i + 1);
    c.value = h;
    c.font = { bold: true };
    c.alignment = { wrapText: true, vertical: "middle", horizontal: "center" };
    c.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFF2F2F2" } };
  });
  s.rows.forEach((r, i) => {
    const row = ws.getRow(4 + i);
    cells(r).forEach((v, j) => {
      const c = row.getCell(j + 1);
      c.value = typeof v === "string" ? safeCell(v) : v;
      c.alignment = { wrapText: true, vertical: "top" };
    });
  });
  ws.columns.forEach((col, i) => (col.width = i === 0 ? 6 : i === 1 ? 18 : i === head.length - 1 ? 40 : 12));
  return xlsxBuffer(wb);
}

const MM = 56.7;
const LINE = { style: BorderStyle.SINGLE, size: 4, color: "000000" };
const BORDERS = { top: LINE, bottom: LINE, left: LINE, right: LINE };
const CELL_FONT = { font: "仿宋_GB2312", size: 18 }; // 小五
const HEAD_FONT = { font: "黑体", size: 18 };

const para = (text: string, font: object, align: (typeof AlignmentType)[keyof typeof AlignmentType] = AlignmentType.CENTER) =>
  (text ? text.split("\n") : [""]).map((l) => new Paragraph({ alignment: align, children: [new TextRun({ text: l, ...font })] }));

export async function assessmentDocx(s: AssessmentSheet): Promise<Buffer> {
  const head = headers(s);
  const width = (297 - 2 * 15) * MM;
  const weights = head.map((_, i) => (i === 0 ? 0.6 : i === 1 ? 2 : i === head.length - 1 ? 3 : 1));
  const sum = weights.reduce((a, b) => a + b, 0);
  const colWidths = weights.map((w) => Math.round((width * w) / sum));
  const cell = (text: string, i: number, font: object, align?: (typeof AlignmentType)[keyof typeof AlignmentType]) =>
    new TableCell({ width: { size: colWidths[i]!, type: WidthType.DXA }, borders: BORDERS, verticalAlign: VerticalAlign.CENTER, children: para(text, font, align) });
  const header = new TableRow({ tableHeader: true, cantSplit: true, children: head.map((h, i) => cell(h, i, HEAD_FONT)) });
  const rows = s.rows.map((r) => new TableRow({ cantSplit: true, children: cells(r).map((v, i) => cell(String(v), i, CELL_FONT, i === 1 || i === head.length - 1 ? AlignmentType.LEFT : AlignmentType.CENTER)) }));
  const doc = new Document({
    creator: "督办",
    title: s.title,
    sections: [{
      properties: { page: { size: { width: 210 * MM, height: 297 * MM, orientation: PageOrientation.LANDSCAPE }, margin: { top: 15 * MM, bottom: 15 * MM, left: 15 * MM, right: 15 * MM } } },
      children: [
        new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 120 }, children: [new TextRun({ text: s.title, font: "方正小标宋简体", size: 36 })] }),
        new Paragraph({ alignment: AlignmentType.RIGHT, spacing: { after: 120 }, children: [new TextRun({ text: s.note, font: "楷体_GB2312", size: 24 })] }),
        new Table({ width: { size: colWidths.reduce((a, b) => a + b, 0), type: WidthType.DXA }, columnWidths: colWidths, rows: [header, ...rows] }),
      ],
    }],
  });
  return Buffer.from(await Packer.toBuffer(doc));
}
