// A 通报 / 工作专报 as a DOCX laid out per GB/T 9704-2012 (党政机关公文格式):
// A4; margins top 37 mm, bottom 35 mm, left 28 mm, right 26 mm; 22 lines × 28 characters of
// 3号 (16 pt) 仿宋 body (line grid and exact line spacing of 28.95 pt; the 156 mm line holds 27.6
// characters of 16 pt at their own width — a character grid was spread by LibreOffice, so none);
// 版头: the issuer's name in red 小标宋, the 期号 line, the editor and date over a red separator line;
// title in 2号 (22 pt) 小标宋; level-1 headings 一、 in 黑体, level-2 （一） in 楷体, level-3 1. in 仿宋 bold;
// page numbers "— 1 —" in 4号 宋体, outside (odd pages right, even pages left);
// 版记 at the end: distribution (发：…) and the 印发机关 with the 印发日期 between two rules.
//
// Fonts: the names the standard asks for (方正小标宋简体, 仿宋_GB2312, 黑体, 楷体_GB2312) are written into
// the document; each is given an alternative name in the font table (w:altName: 宋体, 仿宋, 黑体, 楷体)
// that Word and WPS use where the first is missing. LibreOffice on the server (fonts-noto-cjk) falls
// back to Noto Serif CJK SC / Noto Sans CJK SC for the PDF.
import { AlignmentType, BorderStyle, Document, DocumentGridType, Footer, Packer, PageNumber, Paragraph, TabStopType, TextRun } from "docx";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import type { BulletinDocData } from "../shared/bulletins.js";

const MM = 56.7; // twips per millimetre
export const GBT9704 = { top: 37, bottom: 35, left: 28, right: 26 } as const;
export const FONTS = { title: "方正小标宋简体", body: "仿宋_GB2312", h1: "黑体", h2: "楷体_GB2312", page: "宋体" } as const;
/** The alternative (w:altName) Word/WPS use when the font itself is not installed. */
export const FONT_FALLBACKS: Record<string, string> = { 方正小标宋简体: "宋体", 仿宋_GB2312: "仿宋", 楷体_GB2312: "楷体", 黑体: "SimHei" };
const RED = "FF0000";
const SIZE = { title: 44, body: 32, issuer: 72, page: 28 }; // half-points: 2号 22 pt, 3号 16 pt, 4号 14 pt
const LINE = 579; // 28.95 pt: 22 lines in the 225 mm text block

const run = (text: string, font: string, size = SIZE.body, extra: { bold?: boolean; color?: string } = {}) =>
  new TextRun({ text, font: { eastAsia: font, ascii: font === FONTS.h1 ? font : "Times New Roman", hAnsi: font === FONTS.h1 ? font : "Times New Roman" }, size, ...extra });

const CN_NUM = "一二三四五六七八九十";
const cnNumber = (n: number) => (n <= 10 ? CN_NUM[n - 1] : n < 20 ? `十${CN_NUM[n - 11] ?? ""}` : String(n));

/** One body line: （一） lines are 楷体 headings, 1. lines start in 仿宋 bold up to their first 。 */
function bodyParagraph(line: string): Paragraph {
  const base = { indent: { firstLine: 2 * 320 }, spacing: { line: LINE, lineRule: "exact" as const }, alignment: AlignmentType.JUSTIFIED };
  if (/^（[一二三四五六七八九十]+）/.test(line)) {
    const m = /^(（[一二三四五六七八九十]+）[^。：:]*[。：:]?)(.*)$/.exec(line)!;
    // A heading line of its own keeps with the next paragraph (never alone at a page's foot).
    return new Paragraph({ ...base, ...(m[2] ? {} : { keepNext: true, keepLines: true }), children: [run(m[1], FONTS.h2), ...(m[2] ? [run(m[2], FONTS.body)] : [])] });
  }
  if (/^\d{1,2}[.．]/.test(line)) {
    const m = /^(\d{1,2}[.．][^。]*。?)(.*)$/.exec(line)!;
    return new Paragraph({ ...base, children: [run(m[1], FONTS.body, SIZE.body, { bold: true }), ...(m[2] ? [run(m[2], FONTS.body)] : [])] });
  }
  return new Paragraph({ ...base, children: [run(line, FONTS.body)] });
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
  const body: Paragraph[] = [];
  d.sections.forEach((s, i) => {
    if (s.heading.trim()) body.push(new Paragraph({ indent: { firstLine: 640 }, spacing: { line: LINE, lineRule: "exact" }, keepNext: true, keepLines: true, children: [run(`${cnNumber(i + 1)}、${s.heading.trim()}`, FONTS.h1)] }));
    for (const line of s.text.split(/\n+/).map((l) => l.trim()).filter(Boolean)) body.push(bodyParagraph(line));
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
    title: d.title,
    evenAndOddHeaderAndFooters: true,
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
