// The three forms of the findings loop as DOCX: 督导问题提示单, 督导问题交办单, 督导问题整改结果报告单.
// A4 with the margins of GB/T 9704 (top 37 mm, bottom 35 mm, left 28 mm, right 26 mm); the title in
// 小标宋-style bold, the number under it, the fields in a ruled two-column table in 仿宋.
import { AlignmentType, BorderStyle, Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun, VerticalAlign, WidthType } from "docx";
import { chineseDate, FINDING_FORMS, type FindingFormData } from "../shared/findings.js";

const MM = 56.7; // twips per millimetre
const BODY = { font: "仿宋_GB2312", size: 28 }; // 四号 = 14 pt: a form, not a letter
const LABEL = { font: "黑体", size: 28 };
const LINE = { style: BorderStyle.SINGLE, size: 6, color: "000000" };

function rowsOf(d: FindingFormData): [string, string][] {
  const common: [string, string][] = [
    ["问题标题", d.title],
    ["问题来源", d.source],
    ["问题类别", `${d.category}（${d.severity}）`],
    ["发现地点", d.place || d.unitName || "—"],
    ["发现时间", chineseDate(d.foundOn)],
    ["发现人", d.foundBy],
    ...(d.taskTitle ? [["关联任务", d.taskTitle] as [string, string]] : []),
    ["问题描述", d.description || "—"],
  ];
  if (d.form === "notice") return [...common, ["提示事项", "请相关单位对照上述问题立即自查，做好整改准备。"]];
  const assignment: [string, string][] = [
    ["承办单位", d.unitName || "—"],
    ["整改要求", d.requirement || "按照有关规定和要求认真整改，并按期报送整改结果。"],
    ["整改期限", chineseDate(d.deadline) || "—"],
  ];
  if (d.form === "assignment") return [...common, ...assignment];
  return [
    ["问题标题", d.title],
    ["承办单位", d.unitName || "—"],
    ["整改期限", chineseDate(d.deadline) || "—"],
    ["问题描述", d.description || "—"],
    ["整改情况", d.reportText || "—"],
    ["整改措施", d.reportMeasures || "—"],
    ["报送人", d.reportedBy || "—"],
    ["报送时间", chineseDate(d.reportedOn) || "—"],
  ];
}

const cell = (text: string, label: boolean) =>
  new TableCell({
    width: { size: label ? 22 : 78, type: WidthType.PERCENTAGE },
    verticalAlign: VerticalAlign.CENTER,
    borders: { top: LINE, bottom: LINE, left: LINE, right: LINE },
    children: text.split("\n").map((line) => new Paragraph({ alignment: label ? AlignmentType.CENTER : AlignmentType.LEFT, spacing: { before: 80, after: 80 }, children: [new TextRun({ text: line, ...(label ? LABEL : BODY) })] })),
  });

export async function findingDocx(d: FindingFormData): Promise<Buffer> {
  const title = FINDING_FORMS[d.form];
  const table = new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: rowsOf(d).map(([k, v]) => new TableRow({ children: [cell(k, true), cell(v, false)] })),
  });
  const signer = d.form === "report" ? d.unitName : d.orgName;
  const doc = new Document({
    creator: "督办",
    title: `${title} ${d.number}`,
    sections: [
      {
        properties: { page: { size: { width: 210 * MM, height: 297 * MM }, margin: { top: 37 * MM, bottom: 35 * MM, left: 28 * MM, right: 26 * MM } } },
        children: [
          new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 240 }, children: [new TextRun({ text: title, font: "方正小标宋简体", size: 44, bold: true })] }),
          new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 360 }, children: [new TextRun({ text: d.number, ...BODY })] }),
          new Paragraph({ spacing: { after: 240 }, children: [new TextRun({ text: d.form === "report" ? `${d.orgName}：` : `${d.unitName || "有关单位"}：`, ...BODY })] }),
          table,
          new Paragraph({ spacing: { before: 560 }, alignment: AlignmentType.RIGHT, children: [new TextRun({ text: signer, ...BODY })] }),
          new Paragraph({ alignment: AlignmentType.RIGHT, children: [new TextRun({ text: d.date, ...BODY })] }),
        ],
      },
    ],
  });
  return Buffer.from(await Packer.toBuffer(doc));
}
