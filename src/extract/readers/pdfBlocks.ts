// Step 3 of PDF layout: lines → blocks. Runs of lines whose text falls into the same
// columns become a Table; the other lines are re-joined into paragraphs where the layout
// (not the author) broke them: a line that reaches the right margin continues on the next
// line, unless it ends a sentence or the next line starts a numbered item or is indented.
import type { Block, Paragraph, TableCell } from "../model.js";
import { continueTable, type RuledTable } from "./pdfGrid.js";
import { joinWords, median, tidySpaces, type Line, type Segment } from "./pdfLines.js";

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
  const right = Math.max(...prose.map((line) => line.x1));
  const margins = { left, right, indentStyle: usesFirstLineIndent(prose, left, right) };
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
    const table = tableAt(lines, index);
    if (table?.columns) {
      // a page section set in two columns of running text: read the left column, then the right
      flush();
      for (const col of table.columns) {
        const colLines = splitColumn(lines.slice(index, table.end), table.columnsAt, col);
        if (!colLines.length) continue;
        const l = Math.min(...colLines.map((x) => x.x0));
        const r = Math.max(...colLines.map((x) => x.x1));
        blocks.push(...joinParagraphs(colLines, bodySize, { left: l, right: r, indentStyle: usesFirstLineIndent(colLines, l, r) }, headingLevelOf));
      }
      index = table.end;
    } else if (table) {
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
  if (first.segments.length >= 2 && first.segments.every((sg) => sg.text.replace(/\s+/g, "").length <= 8)) return false;
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

function tableAt(lines: Line[], start: number): { block: Block; end: number; columns?: number[]; columnsAt: Column[] } | undefined {
  if (lines[start].segments.length < 2) return undefined;
  let end = start;
  let columns: Column[] = [];
  let multiLines = 0;
  while (end < lines.length) {
    const line = lines[end];
    if (line.segments.length >= 2) {
      const widened = mergeColumns([...columns, ...line.segments]);
      if (multiLines >= 2 && widened.length < 2) break;
      columns = widened;
      multiLines++;
    } else if (!(multiLines && continuesCell(line, columns, lines[end - 1]))) {
      break;
    }
    end++;
  }
  if (multiLines < 2 || columns.length < 2) return undefined;
  if (isTextColumns(lines.slice(start, end), columns)) return { block: { kind: "table", rows: [] }, end, columns: [0, 1], columnsAt: columns };
  return { columnsAt: columns, block: { kind: "table", rows: tableRows(lines.slice(start, end), columns), page: lines[start].page }, end };
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

function tableRows(lines: Line[], columns: Column[]): TableCell[][] {
  const isWrap = wrapDetector(lines);
  const rows: TableCell[][] = [];
  lines.forEach((line, index) => {
    const cells = columns.map(() => "");
    for (const segment of line.segments) {
      const column = columnOf(segment, columns);
      cells[column] = joinWords(cells[column], segment.text, true);
    }
    const filled = cells.flatMap((text, i) => (text ? [i] : []));
    const previousRow = rows[rows.length - 1];
    // One cell under a filled cell of the row above ("序" / "号") reads as that cell wrapping.
    const looksWrapped = !cells[0] || (filled.length === 1 && !!previousRow?.[filled[0]].text);
    if (rows.length && isWrap(index, looksWrapped)) {
      const last = rows[rows.length - 1];
      cells.forEach((text, i) => {
        if (text) last[i].text = tidySpaces(joinWords(last[i].text, text, true));
      });
    } else {
      rows.push(cells.map((text) => ({ text: tidySpaces(text) })));
    }
  });
  // Header rows repeated at the top of each page.
  const header = JSON.stringify(rows[0]);
  return rows.filter((row, index) => index === 0 || JSON.stringify(row) !== header);
}

/**
 * Is line `index` wrapped text of the row above? When line gaps come in two sizes (line
 * spacing inside a cell, and the larger step between rows with their padding), the small gap
 * says so. When all gaps are alike, only a line that looks wrapped (empty first column, or a
 * single cell under a filled one) and follows closely is taken as a wrap.
 */
function wrapDetector(lines: Line[]): (index: number, looksWrapped: boolean) => boolean {
  const gapAt = (i: number) => (i > 0 && lines[i].page === lines[i - 1].page ? lines[i].y - lines[i - 1].y : Infinity);
  const gaps = lines.map((_, i) => gapAt(i)).filter(Number.isFinite);
  const smallest = Math.min(...gaps);
  const twoSizes = gaps.some((gap) => gap > smallest * 1.3) && gaps.some((gap) => gap <= smallest * 1.15);
  return (index, looksWrapped) => {
    if (index === 0) return false;
    const gap = gapAt(index);
    if (!Number.isFinite(gap)) return looksWrapped;
    if (twoSizes) return gap <= smallest * 1.15;
    return looksWrapped && gap < 1.6 * lines[index].fontSize;
  };
}

interface Margins {
  left: number;
  right: number;
  /** Paragraphs start indented (公文 style), so an unindented line after a full line always continues. */
  indentStyle: boolean;
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
    if (current && continues(current.last, line, margins, bodySize, current.first)) {
      current.paragraph.text = joinWords(current.paragraph.text, line.text, true);
      current.last = line;
      current.first = false;
      continue;
    }
    const paragraph: Paragraph = { kind: "paragraph", text: line.text, page: line.page };
    paragraphs.push(paragraph);
    if (headingLevel) paragraph.heading = headingLevel;
    current = { paragraph, last: line, first: true };
  }
  for (const paragraph of paragraphs) paragraph.text = tidySpaces(paragraph.text);
  return paragraphs;
}

/** `first`: previous is the first line of its paragraph. */
function continues(previous: Line, next: Line, { left, right, indentStyle }: Margins, bodySize: number, first: boolean): boolean {
  const size = previous.fontSize;
  if (Math.abs(next.fontSize - size) > size * 0.15) return false;
  if (NUMBERED_START.test(next.text)) return false;
  if (SENTENCE_END.test(previous.text) && !indentStyle) return false;
  if (next.page === previous.page && next.y - previous.y > 2.2 * size) return false;
  if (next.page !== previous.page && next.page !== previous.page + 1) return false;
  // Large-font lines (titles) are usually centred: join them while they stay large.
  if (size >= bodySize * HEADING_SIZE_RATIO) return next.page === previous.page;
  const reachesRight = previous.x1 >= right - 1.5 * size;
  // a list item's lines hang under the text after its number, and then keep that left edge
  const hangs = first && NUMBERED_START.test(previous.text) && next.x0 > previous.x0 + 0.5 * size && next.x0 <= previous.x0 + 4 * size;
  const aligned = !first && Math.abs(next.x0 - previous.x0) <= 0.5 * size;
  const indented = !hangs && !aligned && next.x0 > left + 1.5 * size;
  return reachesRight && !indented;
}
