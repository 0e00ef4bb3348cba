// PDF reader for documents with a text layer, via pdfjs-dist's legacy build (the modern
// build needs browser APIs; 6.x fails on Node 20). Layout → model happens in pure steps:
// pdfRules (operator list → ruling lines), pdfGrid (ruled tables: rules → cell grid),
// pdfLines (the other items → lines), pdfFurniture (headers/footers/page numbers), pdfBlocks
// (borderless tables by column alignment, re-joined paragraphs, ruled tables in place).
import { createRequire } from "node:module";
import path from "node:path";
import type { PDFDocumentProxy } from "pdfjs-dist/legacy/build/pdf.mjs";
import { ExtractError, type Block, type SourceDocument } from "../model.js";
import { importKeepingBuiltins, restoreBuiltins } from "./builtins.js";
import { linesToBlocks } from "./pdfBlocks.js";
import { removePageFurniture, pageRanges } from "./pdfFurniture.js";
import { ruledTables } from "./pdfGrid.js";
import { linesOfPage, mayHoldTable, type PageText, type PositionedText } from "./pdfLines.js";
import { rulesOfOperatorList, type Matrix, type PageRules } from "./pdfRules.js";
import { corruptFile } from "./zip.js";

/** Fewer visible characters than this in the whole file means a scan without OCR. */
const MIN_TEXT_CHARACTERS = 10;

const pdfjsRoot = path.dirname(createRequire(import.meta.url).resolve("pdfjs-dist/package.json"));

type Pdfjs = typeof import("pdfjs-dist/legacy/build/pdf.mjs");
let pdfjs: Promise<Pdfjs> | undefined;
/** pdfjs is loaded with the first PDF (text and Office documents never need it), keeping the
 * process's built-ins (see builtins.ts). */
function loadPdfjs(): Promise<Pdfjs> {
  return (pdfjs ??= importKeepingBuiltins(() => import("pdfjs-dist/legacy/build/pdf.mjs")));
}

export async function readPdf(bytes: Uint8Array): Promise<SourceDocument> {
  const pages = await readPageTexts(bytes);
  const characterCount = pages.reduce((sum, page) => sum + page.items.reduce((n, item) => n + item.text.trim().length, 0), 0);
  if (characterCount < MIN_TEXT_CHARACTERS) {
    throw new ExtractError("NO_TEXT_LAYER", "该PDF没有可提取的文字（可能是扫描件），请提供文字版PDF、Word或文本文件");
  }
  const warnings: string[] = [];
  // a page without text that shows an image is a scanned page the user should know was skipped;
  // a blank page (a converter's empty first page, a page break before a table) is nothing to say
  const scannedPages = pages.filter((page) => page.image && !page.items.some((item) => item.text.trim())).map((page) => page.page);
  if (scannedPages.length) warnings.push(`第${pageRanges(scannedPages)}页没有可提取的文字（可能是扫描页），已跳过`);

  const laidOut = pages.map((page) => ruledTables(page, page.rules));
  const lines = pages.map((page, i) => linesOfPage({ ...page, items: laidOut[i].rest }));
  const furniture = removePageFurniture(lines.filter((pageLines) => pageLines.length));
  if (furniture.warning) warnings.push(furniture.warning);
  return { format: "pdf", blocks: withoutEmptyItems(linesToBlocks(furniture.pages.flat(), laidOut.flatMap((page) => page.tables))), warnings };
}

/** A list's number alone ("1.", "1、"), and what the next number of its list would open with. */
const LONE_NUMBER = /^\s*(\d{1,2})([.．、])\s*$/;

/**
 * A Word list's item that holds no text (its words were markup a copy lost) is a number alone on its line in
 * the PDF ("1."), where the DOCX holds an empty paragraph the reader leaves out: left out too where its list goes
 * on nowhere — no paragraph opens with the next number in its form (a number set on a line above its text has
 * its list's next numbers below).
 */
function withoutEmptyItems(blocks: Block[]): Block[] {
  const opens = (no: number, mark: string) => blocks.some((b) => b.kind === "paragraph" && new RegExp(`^\\s*${no}\\s*[${mark === "、" ? "、" : ".．"}]`).test(b.text));
  const empty = (b: Block) => {
    const m = b.kind === "paragraph" ? LONE_NUMBER.exec(b.text) : null;
    return !!m && !opens(Number(m[1]) + 1, m[2]);
  };
  return blocks.some(empty) ? blocks.filter((b) => !empty(b)) : blocks;
}

function paintsImage(list: { fnArray: number[] }, ops: Pdfjs["OPS"]): boolean {
  const paint = new Set<number>([ops.paintImageXObject, ops.paintInlineImageXObject, ops.paintImageMaskXObject, ops.paintImageXObjectRepeat, ops.paintInlineImageXObjectGroup]);
  return list.fnArray.some((fn) => paint.has(fn));
}

interface PageContent extends PageText {
  rules: PageRules;
  /** The page paints an image (read only for a page without text: a scanned page). */
  image?: boolean;
}

async function readPageTexts(bytes: Uint8Array): Promise<PageContent[]> {
  const { getDocument, Util, OPS } = await loadPdfjs();
  let pdf: PDFDocumentProxy | undefined;
  try {
    pdf = await getDocument({
      // pdfjs takes ownership of (detaches) the buffer it is given.
      data: new Uint8Array(bytes),
      verbosity: 0,
      isEvalSupported: false,
      useSystemFonts: false,
      disableFontFace: true,
      cMapUrl: `${pdfjsRoot}/cmaps/`,
      cMapPacked: true,
      standardFontDataUrl: `${pdfjsRoot}/standard_fonts/`,
    }).promise;
    const pages: PageContent[] = [];
    for (let number = 1; number <= pdf.numPages; number++) {
      const page = await pdf.getPage(number);
      const viewport = page.getViewport({ scale: 1 });
      const content = await page.getTextContent();
      const items: PositionedText[] = [];
      for (const item of content.items) {
        if (!("str" in item) || !item.str) continue;
        // Device space: y grows downwards from the top; handles rotation and crop offsets.
        const [a, b, c, d, x, y] = Util.transform(viewport.transform, item.transform);
        const fontSize = Math.hypot(c, d) || Math.hypot(a, b);
        items.push({ text: item.str, x, y, width: item.width, fontSize });
      }
      const text: PageText = { page: number, width: viewport.width, height: viewport.height, items };
      // the operator list costs about as much as the text: read it only where a table may be
      const rules = mayHoldTable(linesOfPage(text))
        ? rulesOfOperatorList(await page.getOperatorList(), viewport.transform as Matrix, OPS)
        : { horizontal: [], vertical: [] };
      const image = !items.some((item) => item.text.trim()) && paintsImage(await page.getOperatorList(), OPS);
      pages.push({ ...text, rules, ...(image ? { image } : {}) });
      page.cleanup();
    }
    return pages;
  } catch (error) {
    if (error instanceof ExtractError) throw error;
    const name = (error as { name?: string } | undefined)?.name;
    if (name === "PasswordException") {
      throw new ExtractError("UNREADABLE", "该PDF设有打开密码，无法读取。请取消密码后再上传");
    }
    throw corruptFile("PDF 结构无法解析");
  } finally {
    await pdf?.destroy().catch(() => undefined);
    // the fake worker pdfjs loads with the first document brings the same polyfills again
    restoreBuiltins();
  }
}
