// Step 2 of PDF layout: drop page furniture — page numbers ("— 3 —", "第 3 页", "3/12") and
// running headers/footers (the same line at the same place on most pages) — from the first
// and last lines of each page, and say once, in Chinese, which pages were affected.
import type { Line } from "./pdfLines.js";

const PAGE_NUMBER = [
  /^[-—–－﹣_~·\s]*\d{1,4}[-—–－﹣_~·\s]*$/,
  /^第\s*\d{1,4}\s*页(\s*[,，/／]?\s*共\s*\d{1,4}\s*页)?$/,
  /^共\s*\d{1,4}\s*页\s*第\s*\d{1,4}\s*页$/,
  /^\d{1,4}\s*[/／]\s*\d{1,4}$/,
  /^page\s*\d{1,4}(\s*(of|\/)\s*\d{1,4})?$/i,
  /^[-—–－\s]*[ivxlc]{1,6}[-—–－\s]*$/i,
];

/** Only this many lines at the top and bottom of a page are candidates. */
const EDGE_LINES = 2;
/** …and only when they sit in the outer part of the page. */
const EDGE_BAND = 0.15;

export function isPageNumber(text: string): boolean {
  const compact = text.trim();
  return compact.length <= 20 && PAGE_NUMBER.some((pattern) => pattern.test(compact));
}

/** A number and nothing else: a page number, or a table row's number copied one cell a line. */
const BARE_NUMBER = /^\d{1,4}$/;

export function removePageFurniture(pages: Line[][]): { pages: Line[][]; warning?: string } {
  const candidates = pages.map(edgeLines);
  const repeated = repeatedKeys(candidates, pages.length);
  // pages with a page number at the top or the bottom: numbering a document has runs over its pages
  const numbered = new Map<string, number>();
  for (const lines of candidates) {
    for (const band of new Set(lines.filter((line) => isPageNumber(line.text)).map(bandOf))) numbered.set(band, (numbered.get(band) ?? 0) + 1);
  }
  const needed = Math.max(2, Math.ceil(pages.length * 0.5));
  // (a bare number between the numbers before and after it, N − 1 and N + 1, is a table's row: no page number,
  // nor a running header for opening two pages)
  const rowNumbers = numberedRowLines(pages);
  const affected: number[] = [];
  const kept = pages.map((lines, index) => {
    const margin = Math.min(...lines.map((line) => line.x0));
    // a bare number at the text's left margin on a page of a document numbered nowhere else is
    // a body line (a row number of a table copied one cell a line), not the page's number
    const pageNumber = (line: Line) =>
      isPageNumber(line.text) &&
      (!BARE_NUMBER.test(line.text.trim()) || line.x0 > margin + 2 * line.fontSize || (numbered.get(bandOf(line)) ?? 0) >= needed);
    const drop = new Set(
      candidates[index].filter((line) => !rowNumbers.has(line) && (pageNumber(line) || (line.segments.length < 3 && !CLOSED_CELL.test(line.text) && repeated.has(positionKey(line))))),
    );
    if (drop.size) affected.push(lines[0].page);
    return lines.filter((line) => !drop.has(line));
  });
  return { pages: kept, warning: affected.length ? `已忽略第${pageRanges(affected)}页的页眉页脚和页码` : undefined };
}

/**
 * The bare numbers of a table's rows copied one cell a line: a bare number whose nearest bare number before it is
 * the one less, or whose nearest after it is the one more ("6" … "7"), on its own page, whatever page edge it
 * falls on.
 */
function numberedRowLines(pages: Line[][]): Set<Line> {
  const bare = pages.flat().filter((line) => BARE_NUMBER.test(line.text.trim()));
  const out = new Set<Line>();
  bare.forEach((line, k) => {
    const n = Number(line.text.trim());
    // (page numbers run so too, one a page: a row's number shares its page with the row before or after it)
    const before = bare[k - 1], after = bare[k + 1];
    if ((before && before.page === line.page && Number(before.text.trim()) === n - 1) || (after && after.page === line.page && Number(after.text.trim()) === n + 1)) out.add(line);
  });
  return out;
}

/**
 * A table's cell copied a line each, closed by its pipe ("2024 |", "住建局 |") or opened by it ("| 12",
 * a calendar's day): content, however often the same cell (a year, a bureau, a day number) happens to
 * open or close a page; no running header starts or ends with a pipe.
 */
const CLOSED_CELL = /\|\s*$|^\s*\|/;

function edgeLines(lines: Line[]): Line[] {
  const edges = new Set([...lines.slice(0, EDGE_LINES), ...lines.slice(-EDGE_LINES)]);
  return [...edges].filter((line) => line.y < line.pageHeight * EDGE_BAND || line.y > line.pageHeight * (1 - EDGE_BAND));
}

function bandOf(line: Line): string {
  return line.y < line.pageHeight / 2 ? "top" : "bottom";
}

/** Text with digits masked plus the page edge, so "第3页" and "第4页" in the footer match. */
function positionKey(line: Line): string {
  const masked = line.text.replace(/\s+/g, "").replace(/\d+/g, "#");
  return `${masked}@${line.y < line.pageHeight / 2 ? "top" : "bottom"}`;
}

function repeatedKeys(candidates: Line[][], pageCount: number): Set<string> {
  if (pageCount < 2) return new Set();
  const pagesWithKey = new Map<string, number>();
  for (const lines of candidates) {
    for (const key of new Set(lines.map(positionKey))) pagesWithKey.set(key, (pagesWithKey.get(key) ?? 0) + 1);
  }
  const needed = Math.max(2, Math.ceil(pageCount * 0.5));
  return new Set([...pagesWithKey].filter(([, count]) => count >= needed).map(([key]) => key));
}

/** [1,2,3,5] → "1–3、5" */
export function pageRanges(pages: number[]): string {
  const sorted = [...new Set(pages)].sort((a, b) => a - b);
  const parts: string[] = [];
  for (let i = 0; i < sorted.length; i++) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j] + 1) j++;
    parts.push(j > i ? `${sorted[i]}–${sorted[j]}` : `${sorted[i]}`);
    i = j;
  }
  return parts.join("、");
}
