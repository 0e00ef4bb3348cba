// A letter or notice copied from a web page that sets each item in two cells, its number or its
// label in the first and its text in the second, arrives with the cells' pipes between them:
// "一、 | 依据…办理。 |", "（一） | 报名方式： |", "主旨： | 检送…，请查照。 |", "说明： |". Each such line
// is the paragraph the page showed — its number or label, then its text — not a table's row: the
// lines have one cell of text each, and the stages read the numbers as they read any item's.
import type { Block, Paragraph, SourceDocument } from "../model.js";

/** An item's number ("一、", "（一）", "(1)", "1、", "2.") alone in the first cell. */
const NUMBER_CELL = /^(?:[一二三四五六七八九十]{1,3}、|[（(](?:[一二三四五六七八九十]{1,3}|\d{1,2})[)）]|\d{1,2}[、.．])$/;
/** A label alone in the first cell ("主旨：", "说 明："): a few characters before a colon. */
const LABEL_CELL = /^[\u4e00-\u9fff](?:\s?[\u4e00-\u9fff]){1,3}\s*[：:]$/;
/** The line: its first cell, then at most one cell of text, the closing pipe optional. */
const TWO_CELLS = /^\s*([^|]{1,8}?)\s*\|\s*([^|]*?)\s*\|?\s*$/;

interface Cut {
  head: string;
  body: string;
  numbered: boolean;
}

function cutOf(text: string): Cut | null {
  if (!text.includes("|")) return null;
  const m = TWO_CELLS.exec(text);
  if (!m) return null;
  const head = m[1].trim();
  const numbered = NUMBER_CELL.test(head);
  if (!numbered && !LABEL_CELL.test(head)) return null;
  return { head, body: m[2], numbered };
}

/**
 * The document with each number-and-text line read as its paragraph ("一、依据…办理。"), where three
 * lines or more are so, two of them numbered (a page's label-and-value footer, "索引号： | … |", has no
 * numbers and stays as it is).
 */
export function labelCellParagraphs(doc: SourceDocument): SourceDocument {
  const cuts = new Map<Block, Cut>();
  let numbered = 0;
  for (const b of doc.blocks) {
    if (b.kind !== "paragraph" || b.heading) continue;
    const cut = cutOf(b.text);
    if (!cut) continue;
    cuts.set(b, cut);
    if (cut.numbered) numbered++;
  }
  if (cuts.size < 3 || numbered < 2) return doc;
  const blocks = doc.blocks.map((b): Block => {
    const cut = cuts.get(b);
    if (!cut) return b;
    const text = cut.numbered ? `${cut.head}${cut.body}` : `${cut.head}${cut.body ? " " + cut.body : ""}`;
    return { ...(b as Paragraph), text };
  });
  return { ...doc, blocks };
}
