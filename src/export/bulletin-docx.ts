// A 通报 / 工作专报 as a DOCX laid out per GB/T 9704-2012 (党政机关公文格式):
// A4; margins top 37 mm, bottom 35 mm, left 28 mm, right 26 mm; 22 lines × 28 characters of
// 3号 (16 pt) 仿宋 body (line grid and exact line spacing of 28.95 pt; the 156 mm line holds 27.6
// characters of 16 pt at their own width — a character grid was spread by LibreOffice, so none);
// 版头: the issuer's name in red 小标宋, the 期号 line, the editor and date over a red separator line;
// title in 2号 (22 pt) 小标宋; level-1 headings 一、 in 黑体, level-2 （一） in 楷体, level-3 1. in 仿宋 bold
// (the section's rich-text blocks, src/shared/bulletin-blocks.ts: bold runs, numbered / bulleted lists as
// Word numbering restarting per list, tables ruled with a repeated bold header row in 4号 仿宋);
// page numbers "— 1 —" in 4号 宋体, outside (odd pages right, even pages left);
// 版记 at the end: distribution (发：…) and the 印发机关 with the 印发日期 between two rules.
//
// Fonts: the names the standard asks for (方正小标宋简体, 仿宋_GB2312, 黑体, 楷体_GB2312) are written into
// the document; each is given an alternative name in the font table (w:altName: 宋体, 仿宋, 黑体, 楷体)
// that Word and WPS use where the first is missing. LibreOffice on the server (fonts-noto-cjk) falls
// back to Noto Serif CJK SC / Noto Sans CJK SC for the PDF.
import {
  AlignmentType, BorderStyle, Document, DocumentGridType, Footer, LevelFormat, LevelSuffix, Packer, PageNumber, Paragraph, Table, TableCell, TableRow, TabStopType, TextRun, WidthType,
} from "docx";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import type { BulletinDocData } from "../shared/bulletins.js";
import { cnNumber, headingNumbers, stripUnsafe, type Block, type Run } from "../shared/bulletin-blocks.js";

const MM = 56.7; // twips per millimetre
export const GBT9704 = { top: 37, bottom: 35, left: 28, right: 26 } as const;
export const FONTS = { title: "方正小标宋简体", body: "仿宋_GB2312", h1: "黑体", h2: "楷体_GB2312", page: "宋体" } as const;
/** The alternative (w:altName) Word/WPS use when the font itself is not installed. */
export const FONT_FALLBACKS: Record<string, string> = { 方正小标宋简体: "宋体", 仿宋_GB2312: "仿宋", 楷体_GB2312: "楷体", 黑体: "SimHei" };
const RED = "FF0000";
const SIZE = { title: 44, body: 32, issuer: 72, page: 28 }; // half-points: 2号 22 pt, 3号 16 pt, 4号 14 pt
const LINE = 579; // 28.95 pt: 22 lines in the 225 mm text block

// Every text goes through stripUnsafe: a control character (from a bulletin saved before the sections were
// cleaned, or a title) would make the document unreadable.
const run = (text: string, font: string, size = SIZE.body, extra: { bold?: boolean; color?: string } = {}) =>
  new TextRun({ text: stripUnsafe(text), font: { eastAsia: font, ascii: font === FONTS.h1 ? font : "Times New Roman", hAnsi: font === FONTS.h1 ? font : "Times New Roman" }, size, ...extra });

const BASE = { indent: { firstLine: 2 * 320 }, spacing: { line: LINE, lineRule: "exact" as const }, alignment: AlignmentType.JUSTIFIED };
const runsOf = (runs: Run[], font: string, extra: { bold?: boolean } = {}) => runs.map((r) => run(r.text, font, SIZE.body, { bold: extra.bold || !!r.bold }));

/** Word numbering: an ordered list "1." and a bulleted list "•", each list restarting (its own instance). */
const LISTS = {
  ordered: "bulletin-ordered",
  bullet: "bulletin-bullet",
} as const;
const listLevel = (format: (typeof LevelFormat)[keyof typeof LevelFormat], text: string) => ({
  level: 0, format, text, alignment: AlignmentType.LEFT, suffix: LevelSuffix.NOTHING,
  style: { paragraph: { indent: { left: 0, firstLine: 2 * 320 } }, run: { font: FONTS.body, size: SIZE.body } },
});
const NUMBERING = {
  config: [
    { reference: LISTS.ordered, levels: [listLevel(LevelFormat.DECIMAL, "%1. ")] },
    { reference: LISTS.bullet, levels: [listLevel(LevelFormat.BULLET, "•  ")] },
  ],
};

const cellBorder = { style: BorderStyle.SINGLE, size: 4, color: "000000" };
/** A simple ruled table across the text width: header row bold and repeated, 4号 仿宋 cells. */
function tableOf(rows: string[][]): Table {
  const width = Math.round((210 - GBT9704.left - GBT9704.right) * MM);
  const cols = rows[0]?.length ?? 1;
  return new Table({
    width: { size: width, type: WidthType.DXA },
    columnWidths: Array<number>(cols).fill(Math.floor(width / cols)),
    borders: { top: cellBorder, bottom: cellBorder, left: cellBorder, right: cellBorder, insideHorizontal: cellBorder, insideVertical: cellBorder },
    rows: rows.map((r, i) => new TableRow({
      tableHeader: i === 0,
      cantSplit: true,
      children: r.map((c) => new TableCell({
        width: { size: Math.floor(width / cols), type: WidthType.DXA },
        children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [run(c, FONTS.body, SIZE.page, { bold: i === 0 })] })],
      })),
    })),
  });
}

/** A section's blocks in their GB/T 9704 styles: （一） 楷体, 1. 仿宋 bold, paragraphs 仿宋 with their bold runs. */
function blocksToDocx(blocks: Block[], lists: { n: number }): (Paragraph | Table)[] {
  const numbers = headingNumbers(blocks);
  return blocks.flatMap((b, i): (Paragraph | Table)[] => {
    if (b.type === "heading") {
      const font = b.level === 2 ? FONTS.h2 : FONTS.body;
      const bold = b.level === 3;
      return [new Paragraph({ ...BASE, keepNext: true, keepLines: true, children: [run(numbers[i]!, font, SIZE.body, { bold }), ...runsOf(b.runs, font, { bold })] })];
    }
    if (b.type === "paragraph") return [new Paragraph({ ...BASE, children: runsOf(b.runs, FONTS.body) })];
    if (b.type === "list") {
      const instance = ++lists.n;
      return b.items.map((item) => new Paragraph({
        spacing: BASE.spacing, alignment: BASE.alignment,
        numbering: { reference: b.ordered ? LISTS.ordered : LISTS.bullet, level: 0, instance },
        children: runsOf(item, FONTS.body),
      }));
    }
    return [tableOf(b.rows), new Paragraph({ spacing: { line: 240, lineRule: "auto" as const }, children: [] })];
  });
}

const pageNumber = (align: (typeof AlignmentType)[keyof typeof AlignmentType]) =>
  new Footer({
    children: [
      new Paragraph({
        alignment: align,
        indent: align === AlignmentType.RIGHT ? { right: 320 } : { left: 320 },
        children: [new TextRun({ children: ["— ", PageNumber.CURRENT, " —"], font: FONTS.page, size: SIZE.page })],
      }),
    ],
  });

export async function bulletinDocx(d: BulletinDocData): Promise<Buffer> {
  const rule = (color: string, size: number) => ({ style: BorderStyle.SINGLE, size, color, space: 4 });
  const header = [
    new Paragraph({ alignment: AlignmentType.CENTER, spacing: { before: 0, after: 240, line: 1200, lineRule: "exact" }, children: [run(d.issuer, FONTS.title, SIZE.issuer, { color: RED })] }),
    new Paragraph({ alignment: AlignmentType.CENTER, spacing: { line: LINE, lineRule: "exact" }, children: [run(d.issueLine, FONTS.body)] }),
    new Paragraph({
      spacing: { line: LINE, lineRule: "exact", after: 480 },
      tabStops: [{ type: TabStopType.RIGHT, position: Math.round((210 - GBT9704.left - GBT9704.right) * MM) }],
      border: { bottom: rule(RED, 18) },
      children: [run(d.editor, FONTS.body), new TextRun({ text: "\t" }), run(d.date, FONTS.body)],
    }),
  ];
  const title = new Paragraph({ alignment: AlignmentType.CENTER, spacing: { before: 240, after: 480, line: 700, lineRule: "exact" }, children: [run(d.title, FONTS.title, SIZE.title)] });
  const body: (Paragraph | Table)[] = [];
  const lists = { n: 0 };
  d.sections.forEach((s, i) => {
    if (s.heading.trim()) body.push(new Paragraph({ indent: { firstLine: 640 }, spacing: { line: LINE, lineRule: "exact" }, keepNext: true, keepLines: true, children: [run(`${cnNumber(i + 1)}、${s.heading.trim()}`, FONTS.h1)] }));
    body.push(...blocksToDocx(s.blocks, lists));
  });
  // 版记: 发 line and 印发机关 + 印发日期 between rules (first and last rule thicker).
  const width = Math.round((210 - GBT9704.left - GBT9704.right) * MM);
  const record = [
    new Paragraph({ spacing: { before: 1200, line: LINE, lineRule: "exact" }, border: { top: rule("000000", 8), bottom: rule("000000", 4) }, indent: { left: 320, right: 320 }, children: [run(`发：${d.distribution}`, FONTS.body, SIZE.page)] }),
    new Paragraph({
      spacing: { line: LINE, lineRule: "exact" }, border: { bottom: rule("000000", 8) }, indent: { left: 320, right: 320 },
      tabStops: [{ type: TabStopType.RIGHT, position: width - 640 }],
      children: [run(d.editor, FONTS.body, SIZE.page), new TextRun({ text: "\t" }), run(`${d.date}印发`, FONTS.body, SIZE.page)],
    }),
  ];
  const doc = new Document({
    creator: "督办",
    title: stripUnsafe(d.title),
    evenAndOddHeaderAndFooters: true,
    numbering: NUMBERING,
    styles: { default: { document: { run: { font: FONTS.body, size: SIZE.body } } } },
    sections: [
      {
        properties: {
          page: {
            size: { width: 210 * MM, height: 297 * MM },
            margin: { top: GBT9704.top * MM, bottom: GBT9704.bottom * MM, left: GBT9704.left * MM, right: GBT9704.right * MM, footer: 28 * MM - 7 * MM },
          },
          grid: { type: DocumentGridType.LINES, linePitch: LINE },
        },
        footers: { default: pageNumber(AlignmentType.RIGHT), even: pageNumber(AlignmentType.LEFT) },
        children: [...header, title, ...body, ...record],
      },
    ],
  });
  return withFontFallbacks(Buffer.from(await Packer.toBuffer(doc)));
}

/** Adds the fonts with their alternative names to word/fontTable.xml. */
function withFontFallbacks(buf: Buffer): Buffer {
  const files = unzipSync(new Uint8Array(buf));
  const path = "word/fontTable.xml";
  if (!files[path]) return buf;
  let xml = strFromU8(files[path]);
  const entries = Object.entries(FONT_FALLBACKS)
    .filter(([name]) => !xml.includes(`w:name="${name}"`))
    .map(([name, alt]) => `<w:font w:name="${name}"><w:altName w:val="${alt}"/><w:charset w:val="86"/><w:family w:val="auto"/><w:pitch w:val="variable"/></w:font>`)
    .join("");
  xml = /<\/w:fonts>\s*$/.test(xml) ? xml.replace(/<\/w:fonts>\s*$/, `${entries}</w:fonts>`) : xml.replace(/<w:fonts([^>]*)\/>\s*$/, `<w:fonts$1>${entries}</w:fonts>`);
  files[path] = strToU8(xml);
  return Buffer.from(zipSync(files));
}
