// A quarterly summary as a DOCX: title in 小标宋-style bold, body in 仿宋 三号, headings in 黑体,
// A4 with the margins of GB/T 9704 (top 37 mm, bottom 35 mm, left 28 mm, right 26 mm).
import { AlignmentType, Document, Packer, Paragraph, TextRun } from "docx";

const MM = 56.7; // twips per millimetre
const BODY = { font: "仿宋_GB2312", size: 32 }; // 三号 = 16 pt
const HEADING = { font: "黑体", size: 32 };

export async function summaryDocx(input: { title: string; org: string; date: string; text: string }): Promise<Buffer> {
  const body = input.text.split("\n").map((line) => {
    const heading = /^[一二三四五六七八九十]+、/.test(line);
    const sub = /^（[一二三四五六七八九十]+）/.test(line);
    return new Paragraph({
      indent: line ? { firstLine: 2 * 320 } : undefined,
      spacing: { line: 560, lineRule: "exact" },
      // A heading never stays alone at the bottom of a page: it goes with the paragraph after it.
      ...(heading || (sub && line.length <= 40) ? { keepNext: true, keepLines: true } : {}),
      children: [new TextRun({ text: line, ...(heading ? HEADING : { ...BODY, bold: sub }) })],
    });
  });
  const doc = new Document({
    creator: "督办",
    title: input.title,
    sections: [
      {
        properties: { page: { size: { width: 210 * MM, height: 297 * MM }, margin: { top: 37 * MM, bottom: 35 * MM, left: 28 * MM, right: 26 * MM } } },
        children: [
          new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 560 }, children: [new TextRun({ text: input.title, font: "方正小标宋简体", size: 44, bold: true })] }),
          ...body,
          new Paragraph({ spacing: { before: 560 }, alignment: AlignmentType.RIGHT, children: [new TextRun({ text: input.org, ...BODY })] }),
          new Paragraph({ alignment: AlignmentType.RIGHT, children: [new TextRun({ text: input.date, ...BODY })] }),
        ],
      },
    ],
  });
  return Buffer.from(await Packer.toBuffer(doc));
}
