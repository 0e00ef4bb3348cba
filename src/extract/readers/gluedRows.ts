// A table's text rows run into one paragraph: a text copied from a web page ("a | b | c |" a row a
// line, or one cell a line closed by its pipe) that a converter or a paste into Word glued into a
// single paragraph, the line breaks turned into spaces. Every pipe still closes a cell; where the
// rows ended is lost. The row width is the one under which the columns agree best in kind (a
// number column, a date column, a unit column, long texts…), and the cells are cut into rows of
// that width again.
import type { Block, SourceDocument } from "../model.js";
import { cellKind } from "./text.js";

/** Fewest cells (header and two rows) before a paragraph is read as glued rows. */
const MIN_CELLS = 9;
const MAX_WIDTH = 12;

function kind(cell: string): string {
  return cell ? cellKind(cell) : "empty";
}

/** How well the columns agree in kind when the cells are cut into rows of `width` (0..1). */
function agreement(cells: string[], width: number): number {
  // (the last row may be cut short: an excerpt that ends inside it, or a row short of its trailing cells)
  const rows = Math.ceil(cells.length / width) - 1;
  if (rows < 2) return 0;
  let sum = 0;
  for (let c = 0; c < width; c++) {
    const count = new Map<string, number>();
    let n = 0;
    for (let r = 1; r <= rows && r * width + c < cells.length; r++, n++) {
      const k = kind(cells[r * width + c]);
      count.set(k, (count.get(k) ?? 0) + 1);
    }
    sum += n ? Math.max(...count.values()) / n : 0;
  }
  // (few rows agree by chance: two rows of anything agree half the time)
  return sum / width - 0.5 / rows;
}

/**
 * The width whose columns agree best, or 0. Rows twice as wide agree as well, but are half as
 * many (fewer rows are worth less): a width that divides the best one and agrees as well is the row.
 */
export function rowWidth(cells: string[]): number {
  const scores: number[] = [];
  let best = 0;
  for (let w = 2; w <= Math.min(MAX_WIDTH, Math.floor(cells.length / 3)); w++) {
    scores[w] = agreement(cells, w);
    if (!best || scores[w] > scores[best]) best = w;
  }
  if (!best || scores[best] < 0.6) return 0;
  for (let w = 2; w < best; w++) if (best % w === 0 && scores[w] >= scores[best] - 0.02) return w;
  return best;
}

/**
 * The lines of a paragraph that holds a table's rows run together: the text before the table,
 * one "a | b | c |" line per row, the text after it. Null when the paragraph is not such a run.
 */
export function unglueRows(text: string, above = 0): string[] | null {
  const firstPipe = text.indexOf("|");
  if (firstPipe < 0) return null;
  const lastPipe = text.lastIndexOf("|");
  // the first cell is the last word before the first pipe; what comes before it is a title or a sentence
  const head = text.slice(0, firstPipe).replace(/\s+$/, "");
  const start = firstCellStart(head);
  if (start < 0) return null;
  let cells = text
    .slice(start, lastPipe)
    .split("|")
    .map((c) => c.trim());
  // a page's "索引号: | … | 成文日期: | …" footer after the table is not rows of it
  const footer = cells.findIndex((c, k) => k >= MIN_CELLS && /[：:]$/.test(c) && /[：:]$/.test(cells[k + 2] ?? ""));
  const tail = footer > 0 ? `${cells.slice(footer).join(" | ")} |` : "";
  if (footer > 0) cells = cells.slice(0, footer);
  // rows under a header line of their own (the line above, `above` cells wide): rows of that width,
  // no header among them (the last row's closing pipe may be missing)
  const rows = above >= 2 ? rowsUnder(text.slice(start), above) : null;
  if (rows) return [...(text.slice(0, start).trim() ? [text.slice(0, start).trim()] : []), ...rows];
  if (cells.length < MIN_CELLS) return null;
  const width = rowWidth(cells);
  if (!width) return null;
  // (a header is names: short, no sentence)
  if (cells.slice(0, width).some((c) => c.length > 20 || /[。；;]/.test(c))) return null;
  const lines: string[] = [];
  const before = text.slice(0, start).trim();
  if (before) lines.push(before);
  const after = text.slice(lastPipe + 1).trim();
  // (an excerpt that ends inside a row, "… | 五 | 上午：…": the words after the last pipe are that row's next cell)
  const cutShort = !tail && after && cells.length % width !== 0;
  for (let r = 0; r < cells.length; r += width) lines.push(`${[...cells.slice(r, r + width), ...(cutShort && r + width >= cells.length ? [after] : [])].join(" | ")} |`);
  if (tail) lines.push(tail);
  if (after && !cutShort) lines.push(after);
  return lines;
}

/**
 * Where the first cell starts in the text before the first pipe: its last word, or a header name
 * spaced out a character at a time ("日 期 | 星 期 | 備 註 |", a printed form's header copied from a
 * PDF) — the run of single characters, the title before it ("… 行事曆 日 期") not part of it.
 */
function firstCellStart(head: string): number {
  const spaced = /(?:^|\s)((?:[\u4e00-\u9fff] ){1,7}[\u4e00-\u9fff])$/u.exec(head);
  if (spaced) return head.length - spaced[1].length;
  return head.search(/\S+$/);
}

/** Every body paragraph of `doc` that holds a table's rows run together, as one paragraph a row. */
export function unglueParagraphs(doc: SourceDocument): SourceDocument {
  const pipes = (b: Block | undefined) => (b?.kind === "paragraph" ? b.text.split("|").length - 1 : 0);
  const blocks = doc.blocks.flatMap<Block>((b, i) => {
    if (b.kind !== "paragraph" || b.heading || b.text.length < 20) return [b];
    // a row a paragraph, as wide as the paragraph beside it (a wide table's header and its rows,
    // eleven cells each): one row, not rows run together
    // (or a line of a table whose rows go on over several lines, each closed by its pipe, between
    // two such lines: the rows are told apart later, by their numbers)
    const n = pipes(b);
    if (n >= 3 && (pipes(doc.blocks[i - 1]) === n || pipes(doc.blocks[i + 1]) === n)) return [b];
    const closed = (x: Block | undefined) => x?.kind === "paragraph" && /\|\s*$/.test(x.text);
    // (a numbered row, or a line of fewer filled cells than rows run together hold)
    const filled = b.text.split("|").filter((c) => c.trim()).length;
    const numbered = (x: Block | undefined) => x?.kind === "paragraph" && /^\s*\|?\s*\d{1,3}\s*\|/.test(x.text);
    if (closed(b) && closed(doc.blocks[i - 1]) && (closed(doc.blocks[i + 1]) || numbered(doc.blocks[i + 1])) && (numbered(b) || filled < MIN_CELLS)) return [b];
    const lines = b.text.includes("|") ? unglueRows(b.text, headerAbove(doc.blocks[i - 1])) : /\d\s/.test(b.text) ? unglueNumberedRows(b.text) : null;
    return lines ? lines.map((text, k) => (k ? { kind: "paragraph", text, ...(b.page === undefined ? {} : { page: b.page }) } : { ...b, text })) : [b];
  });
  return { ...doc, blocks };
}

/** Rows `width` cells wide, two or more, the first not a header (a sentence in a cell); else null. */
function rowsUnder(text: string, width: number): string[] | null {
  const cells = text.split("|").map((c) => c.trim());
  if (!cells[cells.length - 1]) cells.pop();
  if (cells.length < 2 * width || cells.length % width) return null;
  if (!cells.slice(0, width).some((c) => c.length > 20 || /[。；;]/.test(c))) return null;
  const lines: string[] = [];
  for (let r = 0; r < cells.length; r += width) lines.push(`${cells.slice(r, r + width).join(" | ")} |`);
  return lines;
}

/** The cells of a header line above ("周次 | 时间 | 工作内容 |": short names, one row), or 0. */
function headerAbove(b: Block | undefined): number {
  if (!b || b.kind !== "paragraph") return 0;
  const cells = b.text.replace(/^\s*\|/, "").replace(/\|\s*$/, "").split("|").map((c) => c.trim());
  return cells.length >= 2 && b.text.trim().endsWith("|") && cells.every((c) => c && c.length <= 12 && !/[。；;，,]/.test(c)) ? cells.length : 0;
}

/** A row numbered with a bare number ("12 推进…"), after a space, a sentence closed before it. */
const BARE_ROW = /(?<=[。；;！？!?）)”"]\s+|^)(\d{1,3})\s+(?=[\u4e00-\u9fff“"《])/g;
/** A header line of such rows: 序号 and a few column names. */
const HEADER_THEN_ROW = /^(序号(?:\s+[^\s\d。，；]{2,12}){1,6})\s+(?=\d{1,3}\s+[\u4e00-\u9fff“"《])/;

/**
 * A table copied with spaces between its cells, each row a line numbered with a bare number
 * ("131 加大… 采取…。"), run into one paragraph: a line again before every number that goes on
 * from the one before (the header line "序号 目标任务 …" before the first).
 */
export function unglueNumberedRows(text: string): string[] | null {
  const lines: string[] = [];
  let rest = text;
  const header = HEADER_THEN_ROW.exec(rest);
  if (header) {
    lines.push(header[1]);
    rest = rest.slice(header[0].length);
  }
  const cuts: number[] = [];
  let last = -1;
  for (const m of rest.matchAll(BARE_ROW)) {
    const n = Number(m[1]);
    if (m.index === 0) last = n;
    else if (last >= 0 && n === last + 1) {
      cuts.push(m.index!);
      last = n;
    }
  }
  if (!cuts.length && !header) return null;
  let from = 0;
  for (const at of cuts) {
    lines.push(rest.slice(from, at).trim());
    from = at;
  }
  lines.push(rest.slice(from).trim());
  return lines.filter(Boolean);
}
