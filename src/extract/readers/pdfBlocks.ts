// Step 3 of PDF layout: lines → blocks. Runs of lines whose text falls into the same
// columns become a Table; the other lines are re-joined into paragraphs where the layout
// (not the author) broke them: a line that reaches the right margin continues on the next
// line, unless it ends a sentence or the next line starts a numbered item or is indented.
import type { Block, Paragraph, TableCell } from "../model.js";
import { continueTable, type RuledTable } from "./pdfGrid.js";
import { isSpacedRow, joinWords, median, tidySpaces, type Line, type Segment } from "./pdfLines.js";

/** A text without its spaces (cells compared as printed, whatever the layout spaced out). */
const compact = (text: string) => text.replace(/\s+/g, "");
const NUMBERED_START =
  /^\s*(?:[一二三四五六七八九十百]+\s*[、.．]|[（(]\s*[一二三四五六七八九十百]+\s*[）)]|\d{1,3}\s*[.．、](?!\d)|[（(]\s*\d{1,3}\s*[）)]|[①-⑳㉑-㉟]|第[一二三四五六七八九十百]+[章节条部分]|[•●■◆★▲□√])/;
const SENTENCE_END = /[。；;：:！!？?]["”’）)]?$/;

interface Column {
  x0: number;
  x1: number;
}

/**
 * `tables` are the ruled tables found from the page's rules, whose text is not in `lines`;
 * they are placed among the lines by page and position, and a table continued on the next
 * page is joined to its first part.
 */
export function linesToBlocks(lines: Line[], tables: RuledTable[] = []): Block[] {
  const bodySize = median(lines.flatMap((line) => Array(Math.max(1, line.text.length)).fill(line.fontSize)));
  const headingLevelOf = headingLevels(lines, bodySize);
  const prose = lines.filter((line) => line.segments.length === 1);
  const left = Math.min(...prose.map((line) => line.x0));
  const right = rightMargin(prose);
  const margins: Margins = { left, right, indentStyle: usesFirstLineIndent(prose, left, right), linePitch: spacedLinePitch(prose, right), breakGap: lineBreakGap(prose, right) };
  const blocks: Block[] = [];
  let index = 0;
  let paragraphLines: Line[] = [];
  const flush = () => {
    if (paragraphLines.length) blocks.push(...joinParagraphs(paragraphLines, bodySize, margins, headingLevelOf));
    paragraphLines = [];
  };
  let pending = [...tables].sort((a, b) => a.page - b.page || a.top - b.top);
  let lastRuled: RuledTable | undefined;
  const placeTablesBefore = (line: Line | undefined) => {
    const due = pending.filter((t) => !line || t.page < line.page || (t.page === line.page && t.top < line.y));
    if (!due.length) return;
    pending = pending.slice(due.length);
    for (const ruled of due) {
      if (lastRuled && !paragraphLines.length && blocks[blocks.length - 1] === lastRuled.table && continueTable(lastRuled, ruled)) continue;
      flush();
      blocks.push(ruled.table);
      lastRuled = ruled;
    }
  };
  while (index < lines.length) {
    placeTablesBefore(lines[index]);
    const table = tableAt(lines, index, paragraphLines.length);
    if (table?.columns) {
      // a page section set in two columns of running text: read the left column, then the right
      flush();
      for (const col of table.columns) {
        const colLines = splitColumn(lines.slice(index, table.end), table.columnsAt, col);
        if (!colLines.length) continue;
        const l = Math.min(...colLines.map((x) => x.x0));
        const r = Math.max(...colLines.map((x) => x.x1));
        blocks.push(...joinParagraphs(colLines, bodySize, { left: l, right: r, indentStyle: usesFirstLineIndent(colLines, l, r), linePitch: spacedLinePitch(colLines, r), breakGap: 0 }, headingLevelOf));
      }
      index = table.end;
    } else if (table) {
      // the top lines of a header row set in the middle of its cells came before its first full line
      paragraphLines.splice(paragraphLines.length - (index - table.start));
      flush();
      blocks.push(table.block);
      index = table.end;
    } else {
      paragraphLines.push(lines[index]);
      index++;
    }
  }
  placeTablesBefore(undefined);
  flush();
  return blocks;
}

/** The lines of one column of a two-column text layout, as lines of their own. */
function splitColumn(lines: Line[], columns: Column[], which: number): Line[] {
  const out: Line[] = [];
  for (const line of lines) {
    const segs = line.segments.filter((sg) => columnOf(sg, columns) === which);
    if (!segs.length) continue;
    const text = segs.reduce((acc, sg) => joinWords(acc, sg.text, true), "");
    out.push({ ...line, segments: [{ x0: segs[0].x0, x1: segs[segs.length - 1].x1, text }], x0: segs[0].x0, x1: segs[segs.length - 1].x1, text });
  }
  return out;
}

/**
 * Two columns of about equal, wide width whose lines wrap inside each column (a sentence goes on
 * on the next line of the same column) are text set in two columns, not a table.
 */
function isTextColumns(lines: Line[], columns: Column[]): boolean {
  if (columns.length !== 2) return false;
  const size = median(lines.map((l) => l.fontSize));
  const widths = columns.map((c) => c.x1 - c.x0);
  if (Math.min(...widths) < 10 * size || Math.min(...widths) / Math.max(...widths) < 0.7) return false;
  // a first line of short names in both columns ("重点任务  具体措施") is a table's header
  const first = lines[0];
  if (first.segments.length >= 2 && first.segments.every((sg) => compact(sg.text).length <= 8)) return false;
  // wrapped lines: a column's line that does not end a sentence and is followed by more text in that column
  let wraps = 0,
    total = 0;
  for (let c = 0; c < 2; c++) {
    const col = splitColumn(lines, columns, c);
    for (let i = 0; i + 1 < col.length; i++) {
      total++;
      if (!SENTENCE_END.test(col[i].text) && col[i].x1 >= columns[c].x1 - 2 * size && !NUMBERED_START.test(col[i + 1].text)) wraps++;
    }
  }
  return total >= 6 && wraps >= total * 0.25;
}

/** `free`: how many lines before `start` are still free to join a table (not yet in a block). */
function tableAt(
  lines: Line[],
  first: number,
  free = 0,
): { block: Block; start: number; end: number; columns?: number[]; columnsAt: Column[] } | undefined {
  if (lines[first].segments.length < 2) return undefined;
  const start = first;
  let end = start;
  let columns: Column[] = [];
  let multiLines = 0;
  const headerCells = new Set<string>();
  while (end < lines.length) {
    const line = lines[end];
    if (line.segments.length >= 2) {
      const widened = mergeColumns([...columns, ...line.segments]);
      // text across the gap between two columns: the table ended (another with other columns may follow)
      if (multiLines >= 2 && (widened.length < 2 || widened.length < columns.length - 1)) break;
      // the header row again over other columns: the next of a stack of tables, each with its header
      if (multiLines >= 4 && widened.length < columns.length && repeatsHeader(line, headerCells)) {
        while (end - 1 > start && lines[end - 1].page === line.page && isHeaderTop(lines[end - 1], lines[end], columns)) end--;
        break;
      }
      if (multiLines < 4) for (const sg of line.segments) headerCells.add(compact(sg.text));
      columns = widened;
      multiLines++;
    } else if (!(multiLines && (continuesCell(line, columns, lines[end - 1]) || continuesInnerColumn(line, columns, lines[end - 1]) || (fitsColumn(line, columns) && multiLineFollows(lines, end, columns))))) {
      break;
    }
    end++;
  }
  if (multiLines < 2 || columns.length < 2) return undefined;
  if (isTextColumns(lines.slice(start, end), columns)) return { block: { kind: "table", rows: [] }, start, end, columns: [0, 1], columnsAt: columns };
  let top = start;
  while (top > first - free && isHeaderTop(lines[top - 1], lines[top], columns)) top--;
  const own = lines.slice(top, end);
  const voted = votedColumns(own);
  return { columnsAt: columns, block: { kind: "table", rows: tableRows(own, voted.length > columns.length ? voted : columns), page: lines[top].page }, start: top, end };
}

/** Most of the line's cells (three or more) are cells of the table's first lines: its header row. */
function repeatsHeader(line: Line, headerCells: Set<string>): boolean {
  if (line.segments.length < 3) return false;
  const known = line.segments.filter((sg) => headerCells.has(compact(sg.text))).length;
  return known >= 3 && known >= 0.6 * line.segments.length;
}

/**
 * Columns where a single line (a header cell "类别 序号" set too tight, a wide merged cell) runs
 * across a gap that every other line leaves open: that gap still separates two columns (the
 * ranges that two lines or more write into).
 */
function votedColumns(lines: Line[]): Column[] {
  const spans = lines.flatMap((l) => l.segments);
  if (lines.filter((l) => l.segments.length >= 2).length < 6) return mergeColumns(spans);
  const edges = spans.flatMap((sg) => [
    { x: sg.x0, d: 1 },
    { x: sg.x1 + 1, d: -1 },
  ]);
  edges.sort((a, b) => a.x - b.x || a.d - b.d);
  const columns: Column[] = [];
  let depth = 0;
  let open: number | undefined;
  for (const { x, d } of edges) {
    depth += d;
    if (depth >= 2 && open === undefined) open = x;
    else if (depth < 2 && open !== undefined) {
      columns.push({ x0: open, x1: x - 1 });
      open = undefined;
    }
  }
  // a range only one line writes into, away from the shared ranges (a column empty but for its
  // header, 进展情况), is a column too
  const merged = mergeColumns(spans);
  const lone = merged.filter((m) => !columns.some((c) => c.x0 >= m.x0 - 1 && c.x1 <= m.x1 + 1));
  const all = [...columns, ...lone].sort((a, b) => a.x0 - b.x0);
  return all.length >= 2 ? all : merged;
}

/** A short line right above a table's first full line, inside one of its later columns: the top of a centred header cell. */
function isHeaderTop(line: Line, below: Line, columns: Column[]): boolean {
  return (
    line.segments.length === 1 &&
    line.page === below.page &&
    below.y - line.y < 1.6 * line.fontSize &&
    line.x0 > columns[0].x1 &&
    fitsColumn(line, columns)
  );
}

/** The line's text stays between the neighbouring columns' text: it wraps inside one column's slot. */
function fitsColumn(line: Line, columns: Column[]): boolean {
  const segment = line.segments[0];
  const c = columnOf(segment, columns);
  const tolerance = 0.5 * line.fontSize;
  const left = c > 0 ? columns[c - 1].x1 : -Infinity;
  const right = c + 1 < columns.length ? columns[c + 1].x0 : Infinity;
  return line.segments.length === 1 && segment.x0 >= left - tolerance && segment.x1 <= right + tolerance;
}

/** A line inside a later column's slot (prose starts at the left, in the first one), not far below. */
function continuesInnerColumn(line: Line, columns: Column[], previous: Line): boolean {
  if (!fitsColumn(line, columns) || line.x0 <= columns[0].x1) return false;
  return line.page === previous.page + 1 || (line.page === previous.page && line.y - previous.y < 3 * line.fontSize);
}

/** Within a few line steps below, a line with text in two of the table's columns: the table goes on. */
function multiLineFollows(lines: Line[], index: number, columns: Column[]): boolean {
  const line = lines[index];
  for (let k = index + 1; k < lines.length && k <= index + 4; k++) {
    const next = lines[k];
    if (next.page !== line.page || next.y - line.y > 3 * line.fontSize) return false;
    if (next.segments.length >= 2 && new Set(next.segments.map((sg) => columnOf(sg, columns))).size >= 2) return true;
    if (!fitsColumn(next, columns)) return false;
  }
  return false;
}

/** A single-segment line inside a table: wrapped text that fits inside one column, close below. */
function continuesCell(line: Line, columns: Column[], previous: Line): boolean {
  if (columns.length < 2) return false;
  const segment = line.segments[0];
  const column = columns[columnOf(segment, columns)];
  const tolerance = 0.5 * line.fontSize;
  const fits = segment.x0 >= column.x0 - tolerance && segment.x1 <= column.x1 + 2 * tolerance;
  // A row broken by a page break continues at the top of the next page.
  if (line.page === previous.page + 1) return fits;
  return fits && line.page === previous.page && line.y - previous.y < 2.5 * line.fontSize;
}

/** Columns are the x-ranges covered by text; a range nobody writes into separates two columns. */
function mergeColumns(spans: Column[]): Column[] {
  const sorted = [...spans].sort((a, b) => a.x0 - b.x0);
  const merged: Column[] = [];
  for (const span of sorted) {
    const last = merged[merged.length - 1];
    if (last && span.x0 <= last.x1 + 1) last.x1 = Math.max(last.x1, span.x1);
    else merged.push({ x0: span.x0, x1: span.x1 });
  }
  return merged;
}

function columnOf(segment: Segment, columns: Column[]): number {
  const center = (segment.x0 + segment.x1) / 2;
  let best = 0;
  for (let i = 0; i < columns.length; i++) if (columns[i].x0 <= center + 1) best = i;
  return best;
}

interface Piece {
  column: number;
  page: number;
  y: number;
  size: number;
  text: string;
}

interface CellBlock {
  column: number;
  page: number;
  top: number;
  bottom: number;
  pieces: Piece[];
}

/**
 * Rows of a table without rules. In each column, lines a line-step apart are one cell (its
 * text wrapped); cells of different columns whose vertical extents overlap are one row, so
 * cells set at the top, the middle or the bottom of their row all land in it. A row whose
 * first column holds two cells is two rows (rows with no space between them).
 */
function tableRows(lines: Line[], columns: Column[]): TableCell[][] {
  const byColumn: Piece[][] = columns.map(() => []);
  for (const line of lines) {
    for (const segment of line.segments) {
      const column = columnOf(segment, columns);
      byColumn[column].push({ column, page: line.page, y: line.y, size: line.fontSize, text: segment.text });
    }
  }
  const size = median(lines.map((l) => l.fontSize));
  const pageTops: TableCell[][] = [];
  const rows = rowsOf(byColumn, columns, size, pageTops);
  // a header row repeated at a later page's top, whose cells run on into the cells under them
  // (a narrow column's tall cell set right under its header): its own lines go, not the row's
  const stripped = rows.length ? withoutRepeatedHeader(byColumn, rows[0]) : undefined;
  if (stripped) return rowsOf(stripped, columns, size);
  // a table that starts on a page's first row (its header went with the rows before it, on the page
  // before): the row that opens two pages or more the same way is its header, repeated
  const header = repeatedPageTop(pageTops.slice(1));
  const again = header && compactRow(header) !== compactRow(rows[0]) ? withoutRepeatedHeader(byColumn, header, true) : undefined;
  return again ? [header!, ...rowsOf(again, columns, size)] : rows;
}

/**
 * The row that opens two pages or more, with two cells or more filled: the cells those pages' first
 * rows begin with alike (a tall cell under the header may run on into its header cell).
 */
function repeatedPageTop(tops: TableCell[][]): TableCell[] | undefined {
  const rows = tops.filter((row) => row.filter((c) => c.text).length >= 2);
  for (let i = 0; i < rows.length; i++) {
    for (let j = i + 1; j < rows.length; j++) {
      // (a cell's start of one character is no header's: two rows of one department, "县…")
      const common = rows[i].map((cell, c) => {
        const text = commonStart(cell.text, rows[j][c]?.text ?? "");
        return { text: compact(text).length >= 2 || (compact(text) === compact(cell.text) && text === rows[j][c]?.text) ? text : "" };
      });
      const filled = rows[i].filter((c) => c.text).length;
      const kept = common.filter((c) => c.text).length;
      if (kept >= 2 && kept >= 0.6 * filled) return common;
    }
  }
  return undefined;
}

/** The start two texts share, spaces aside (as the first text has it). */
function commonStart(a: string, b: string): string {
  const bb = compact(b);
  let n = 0;
  let end = 0;
  for (let k = 0; k < a.length; k++) {
    if (/\s/.test(a[k])) continue;
    if (a[k] !== bb[n]) break;
    n++;
    end = k + 1;
  }
  return a.slice(0, end);
}


/**
 * The pieces without those of the header row repeated at the top of each later page: on such a
 * page, the first pieces of each column the header fills spell its cell exactly, in two columns
 * or more and in most of the header's columns. undefined where no page repeats it.
 */
export function withoutRepeatedHeader<P extends { page: number; text: string }>(byColumn: P[][], header: TableCell[], everyPage = false): P[][] | undefined {
  const cells = header.map((cell) => compact(cell.text));
  const filled = cells.filter(Boolean).length;
  if (filled < 2) return undefined;
  const firstPage = Math.min(...byColumn.flat().map((p) => p.page));
  const pages = [...new Set(byColumn.flat().map((p) => p.page))].filter((page) => everyPage || page > firstPage);
  const drop = new Set<P>();
  for (const page of pages) {
    const matched: P[] = [];
    const partial: P[] = [];
    let columnsMatched = 0;
    byColumn.forEach((pieces, c) => {
      if (!cells[c]) return;
      const own = pieces.filter((p) => p.page === page);
      let text = "";
      let tail: P[] = [];
      for (let k = 0; k < own.length && text.length < cells[c].length; k++) {
        text += compact(own[k].text);
        if (text === cells[c]) {
          columnsMatched++;
          matched.push(...own.slice(0, k + 1));
        } else if (text.length >= 2 && cells[c].endsWith(text)) tail = own.slice(0, k + 1);
      }
      // (the cell's first lines, alone at each page's top, may have gone as page furniture: its rest)
      partial.push(...tail);
    });
    if (columnsMatched >= 2 && columnsMatched >= 0.6 * filled) [...matched, ...partial].forEach((p) => drop.add(p));
  }
  return drop.size ? byColumn.map((pieces) => pieces.filter((p) => !drop.has(p))) : undefined;
}

function rowsOf(byColumn: Piece[][], columns: Column[], size: number, pageTops?: TableCell[][]): TableCell[][] {
  const steps: number[] = [];
  for (const pieces of byColumn) {
    for (let i = 1; i < pieces.length; i++) {
      const step = pieces[i].y - pieces[i - 1].y;
      if (pieces[i].page === pieces[i - 1].page && step > 0.5 * pieces[i].size) steps.push(step);
    }
  }
  const pitch = steps.length ? [...steps].sort((a, b) => a - b)[Math.floor(steps.length / 4)] : 1.2 * size;
  const blocks: CellBlock[] = [];
  byColumn.forEach((pieces, column) => {
    let block: CellBlock | undefined;
    for (const piece of pieces) {
      if (block && piece.page === block.page && piece.y - block.bottom <= 1.3 * pitch) {
        block.pieces.push(piece);
        block.bottom = piece.y;
        continue;
      }
      blocks.push((block = { column, page: piece.page, top: piece.y - piece.size, bottom: piece.y, pieces: [piece] }));
    }
  });
  blocks.sort((a, b) => a.page - b.page || a.top - b.top);
  const groups: CellBlock[][] = [];
  let bottom = -Infinity;
  let page = 0;
  for (const block of blocks) {
    const last = groups[groups.length - 1];
    if (last && block.page === page && block.top < bottom) {
      last.push(block);
      bottom = Math.max(bottom, block.bottom);
    } else {
      groups.push([block]);
      page = block.page;
      bottom = block.bottom;
    }
  }
  const rows: TableCell[][] = [];
  let lastPage = 0;
  for (const group of groups.flatMap(splitAtFirstColumn)) {
    const cells = columns.map((_, column) => {
      const pieces = group.filter((b) => b.column === column).flatMap((b) => b.pieces);
      pieces.sort((a, b) => a.y - b.y);
      return { text: tidySpaces(pieces.reduce((text, piece) => joinWords(text, piece.text, true), "")) };
    });
    const previous = rows[rows.length - 1];
    // a row the page break split goes on at the top of the next page without its first cell
    const newPage = group[0].page > lastPage;
    lastPage = group[0].page;
    if (previous && newPage && !cells[0].text && previous[0].text) {
      cells.forEach((cell, c) => {
        if (cell.text) previous[c].text = tidySpaces(joinWords(previous[c].text, cell.text, true));
      });
      continue;
    }
    rows.push(cells);
    if (newPage) pageTops?.push(cells);
  }
  // Header rows repeated at the top of each page.
  const header = rows[0] && compactRow(rows[0]);
  return rows.filter((row, index) => index === 0 || compactRow(row) !== header);
}

function compactRow(row: TableCell[]): string {
  return row.map((cell) => compact(cell.text)).join("|");
}

/** Two cells in the first column of one row: the row is two rows, split where the second starts. */
function splitAtFirstColumn(group: CellBlock[]): CellBlock[][] {
  const anchors = group.filter((b) => b.column === 0).sort((a, b) => a.top - b.top);
  if (anchors.length < 2) return [group];
  const cuts = anchors.slice(1).map((b) => b.top);
  const parts: CellBlock[][] = anchors.map(() => []);
  for (const block of group) {
    for (const piece of block.pieces) {
      let part = 0;
      while (part < cuts.length && piece.y > cuts[part]) part++;
      const target = parts[part];
      const existing = target.find((b) => b.column === block.column);
      if (existing) existing.pieces.push(piece);
      else target.push({ ...block, pieces: [piece] });
    }
  }
  return parts.filter((part) => part.length);
}

interface Margins {
  left: number;
  right: number;
  /** Paragraphs start indented (公文 style), so an unindented line after a full line always continues. */
  indentStyle: boolean;
  /**
   * Paragraphs are set apart by space, not by an indent (a web page's text pasted into Word, a paragraph
   * a line): the pitch between a paragraph's own lines, clearly less than between paragraphs; else 0.
   */
  linePitch: number;
  /**
   * Paragraphs are set apart by space, and some short lines follow one another closer than that: below
   * this gap a short line's next line is the same paragraph's after a line break (Shift+Enter, a
   * line block); else 0.
   */
  breakGap: number;
}

/** Each line with the pitch to the next, where the next follows on the same page in the same size of type. */
function forEachPitch(lines: Line[], visit: (line: Line, pitch: number) => void): void {
  for (let i = 0; i + 1 < lines.length; i++) {
    const line = lines[i];
    const next = lines[i + 1];
    const pitch = next.y - line.y;
    if (next.page === line.page && pitch > 0 && Math.abs(next.fontSize - line.fontSize) <= 0.15 * line.fontSize) visit(line, pitch);
  }
}

/**
 * The gap under which a line that stops short goes on in the same paragraph after a line break:
 * where the lines after short lines mostly follow at one paragraph spacing, a gap clearly below it
 * (three quarters) is a line break's. 0 where short lines are too few to tell.
 */
function lineBreakGap(lines: Line[], right: number): number {
  const after: number[] = [];
  forEachPitch(lines, (line, pitch) => {
    if (line.x1 < right - 3 * line.fontSize) after.push(pitch);
  });
  if (after.length < 6) return 0;
  const sorted = after.sort((a, b) => a - b);
  // the widest jump between two gaps, each side three or more
  let split = -1;
  for (let k = 3; k <= sorted.length - 3; k++) if (sorted[k] >= 1.3 * sorted[k - 1] && (split < 0 || sorted[k] / sorted[k - 1] > sorted[split] / sorted[split - 1])) split = k;
  if (split < 0) return 0;
  const low = median(sorted.slice(0, split));
  const high = median(sorted.slice(split));
  // (paragraph spacing, not a heading's space now and then: a good share of the short lines are followed by it)
  return sorted.length - split >= 0.2 * sorted.length && high >= 1.5 * low ? (sorted[split - 1] + sorted[split]) / 2 : 0;
}

/**
 * The pitch of a paragraph's own lines where the text sets its paragraphs apart by space: the lines
 * after a full line follow at one pitch, and the lines after a paragraph's last line (a short one: a
 * sentence's end, a heading, a title) at a clearly larger one, nearly always. 0 where they do not (paragraphs set close).
 */
function spacedLinePitch(lines: Line[], right: number): number {
  const inside: number[] = [];
  const after: number[] = [];
  forEachPitch(lines, (line, pitch) => {
    if (line.x1 >= right - 1.5 * line.fontSize && !SENTENCE_END.test(line.text)) inside.push(pitch);
    else if (line.x1 < right - 3 * line.fontSize) after.push(pitch);
  });
  if (inside.length < 2 || after.length < 1) return 0;
  const pitch = median(inside);
  return after.filter((p) => p > 1.3 * pitch).length >= after.length * 0.8 ? pitch : 0;
}

/**
 * Where the body's full lines end: most full lines end within a point of each other, but a line
 * ending in punctuation set past the margin (hanging "、" "，") or a long Latin word reaches
 * further; the margin is where the longer lines end, not the one that goes furthest.
 */
export function rightMargin(lines: Line[]): number {
  if (!lines.length) return -Infinity;
  const ends = Float64Array.from(lines, (line) => line.x1).sort();
  const longest = ends[ends.length - 1];
  // the 90th percentile of the lines that are at least half as long as the longest
  const long = ends.filter((x) => x >= longest / 2);
  return long[Math.floor((long.length - 1) * 0.9)];
}

/** After lines that clearly end a paragraph (short, ending a sentence), is the next line indented? */
function usesFirstLineIndent(lines: Line[], left: number, right: number): boolean {
  let ends = 0;
  let indentedNext = 0;
  for (let i = 0; i + 1 < lines.length; i++) {
    const line = lines[i];
    if (!SENTENCE_END.test(line.text) || line.x1 >= right - 3 * line.fontSize) continue;
    ends++;
    if (lines[i + 1].x0 > left + 1.5 * lines[i + 1].fontSize) indentedNext++;
  }
  return ends >= 3 && indentedNext >= ends * 0.8;
}

const HEADING_SIZE_RATIO = 1.07;

/** Lines in a font clearly larger than the body are headings; the largest size is level 1. */
function headingLevels(lines: Line[], bodySize: number): (line: Line) => number | undefined {
  const round = (size: number) => Math.round(size * 2) / 2;
  const sizes = [...new Set(lines.filter((l) => l.fontSize >= bodySize * HEADING_SIZE_RATIO).map((l) => round(l.fontSize)))];
  sizes.sort((a, b) => b - a);
  return (line) => {
    const rank = sizes.indexOf(round(line.fontSize));
    return rank >= 0 ? Math.min(rank + 1, 6) : undefined;
  };
}

function joinParagraphs(
  lines: Line[],
  bodySize: number,
  margins: Margins,
  headingLevelOf: (line: Line) => number | undefined,
): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  let current: { paragraph: Paragraph; last: Line; first: boolean } | undefined;
  for (const line of lines) {
    const headingLevel = headingLevelOf(line);
    if (current && continues(current.last, line, margins, bodySize, current.first, current.paragraph.text)) {
      current.paragraph.text = joinWords(current.paragraph.text, line.text, true);
      current.last = line;
      current.first = false;
      continue;
    }
    if (current && !headingLevel && !current.paragraph.heading && brokenLine(current.last, line, margins)) {
      current.paragraph.text += "\n" + line.text;
      current.last = line;
      current.first = false;
      continue;
    }
    const paragraph: Paragraph = { kind: "paragraph", text: line.text, page: line.page };
    paragraphs.push(paragraph);
    if (headingLevel) paragraph.heading = headingLevel;
    current = { paragraph, last: line, first: true };
  }
  for (const paragraph of paragraphs) paragraph.text = paragraph.text.split("\n").map((line) => (isSpacedRow(line) ? line : tidySpaces(line))).join("\n");
  return paragraphs;
}

/** `next` follows a short line closer than paragraphs are set apart: the same paragraph after a line break. */
function brokenLine(previous: Line, next: Line, { right, breakGap, indentStyle }: Margins): boolean {
  const size = previous.fontSize;
  if (!breakGap || indentStyle || next.page !== previous.page || Math.abs(next.fontSize - size) > size * 0.15) return false;
  const gap = next.y - previous.y;
  return gap > 0 && gap < breakGap && previous.x1 < right - 1.5 * size && Math.abs(next.x0 - previous.x0) <= 0.5 * size;
}

function pipes(text: string): number {
  let n = 0;
  for (let i = text.indexOf("|"); i >= 0; i = text.indexOf("|", i + 1)) n++;
  return n;
}

/**
 * A word a line may not be broken in ("(xué)、", "Word2016，", a document number's year "〔2022〕16号"):
 * Latin or figures, their brackets and the punctuation no line starts with.
 */
const UNBREAKABLE_START = /^[（(\[“"〔［【]?[A-Za-z0-9\u00c0-\u024f\u0300-\u036f.%'-]{2,}[)）\]”"〕］】]?[、，,。；;：:）)]?/;

/**
 * A character with the closing mark no line may start with ("干”，", "力）"): set as a line's first
 * characters, they were carried over together where the mark did not fit at the line's end. A
 * half-width mark (",;:!?)", a text typed with Latin punctuation) binds the letters, circled numbers
 * and figures after it too ("金;②4-6月", a list of steps run on in one cell): the line breaker keeps
 * "金;②4-6" one word, so the line before stopped short of the margin by its whole width.
 */
const KINSOKU_START = /^[\u4e00-\u9fff](?:[”’」』）》〕】，。、；：！？]{1,2}|[”’）]?[,;:!?)](?:[A-Za-z\u2460-\u2473][A-Za-z0-9.%-]*)?)/;

/**
 * A dash of two em dashes, which no line breaks ("组织保障" / "——校长室": a row "X——Y" a page's width
 * wrapped before its dash); not after a closed clause, where "——加强…" is an item of a dashed list.
 */
const DASH_PAIR = /^[—―]{2}/;
const CLAUSE_END = /[。；;！？!?：:]\s*$/;

/**
 * The width the next line's first word takes, when it is a word that cannot be broken: the line
 * before ended short of the margin by as much because the word did not fit at its end (a text with
 * pinyin after its characters, "…1.小学" then "(xué)、初中学生均于…", is one paragraph).
 */
function unbreakableStart(next: Line, previous: Line): number {
  const m = UNBREAKABLE_START.exec(next.text) ?? KINSOKU_START.exec(next.text) ?? (CLAUSE_END.test(previous.text) ? null : DASH_PAIR.exec(next.text));
  const seg = next.segments[0];
  if (!m || !seg || !seg.text.length) return 0;
  return Math.min(m[0].length, seg.text.length) * ((seg.x1 - seg.x0) / seg.text.length);
}

/** `first`: previous is the first line of its paragraph. */
function continues(previous: Line, next: Line, { left, right, indentStyle, linePitch }: Margins, bodySize: number, first: boolean, paragraph = ""): boolean {
  const size = previous.fontSize;
  if (Math.abs(next.fontSize - size) > size * 0.15) return false;
  if (next.page === previous.page && next.y - previous.y > 2.2 * size) return false;
  if (next.page !== previous.page && next.page !== previous.page + 1) return false;
  // table rows run into one paragraph ("a | b | c | a | b…", a text's rows glued by a converter),
  // wrapped over lines: a line that stops inside a cell ("…。", "泉山学校:", a number that would not
  // fit) goes on with the next line's cells; gluedRows.ts cuts the run into rows again
  // (but a row closed by its pipe at the foot of a page, ending short of the margin, is a paragraph
  // of its own, as the rows on the page above it are: a text's rows a paragraph each)
  const closedShort = previous.text.trimEnd().endsWith("|") && previous.x1 < right - 1.5 * size;
  if (pipes(paragraph) >= 3 && (!previous.text.trimEnd().endsWith("|") || (pipes(next.text) >= 1 && !(next.page !== previous.page && closedShort)))) return true;
  // a table's cell copied a line each, closed by its pipe ("校内网络应用竞赛 |"), is whole: at the foot of
  // a page too, where no paragraph spacing tells the next page's first cell from its going on
  if (pipes(paragraph) === 1 && previous.text.trimEnd().endsWith("|")) return false;
  if (NUMBERED_START.test(next.text)) return false;
  // (a row of a table a web page gave as text, cells apart by spaces, is whole, as the next row is: the widest
  // row reaches the page's right edge only because it sets the edge)
  if (isSpacedRow(previous.text) && isSpacedRow(next.text)) return false;
  // (a sentence that ends at the very end of a full line goes on where paragraphs are set apart by
  // space and the next line follows at the paragraph's own pitch)
  const atLinePitch = linePitch > 0 && next.page === previous.page && next.y - previous.y < 1.15 * linePitch && previous.x1 >= right - 1.5 * size;
  if (SENTENCE_END.test(previous.text) && !indentStyle && !atLinePitch) return false;
  // Large-font lines (titles) are usually centred: join them while they stay large.
  if (size >= bodySize * HEADING_SIZE_RATIO) return next.page === previous.page && next.fontSize >= bodySize * HEADING_SIZE_RATIO;
  const reachesRight = previous.x1 + unbreakableStart(next, previous) >= right - 1.5 * size;
  // a list item's lines hang under the text after its number, and then keep that left edge
  const hangs = first && NUMBERED_START.test(previous.text) && next.x0 > previous.x0 + 0.5 * size && next.x0 <= previous.x0 + 4 * size;
  // (a first line too where paragraphs do not indent their first line: a block set in, as the
  // paragraphs of a list item's body are, keeps its left edge)
  const aligned = (!first || !indentStyle) && Math.abs(next.x0 - previous.x0) <= 0.5 * size;
  const indented = !hangs && !aligned && next.x0 > left + 1.5 * size;
  return reachesRight && !indented;
}
