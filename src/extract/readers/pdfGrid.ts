// Ruled tables: the page's ruling lines give the cell grid. Rules that touch each other form
// one table; their x and y positions are the grid's column and row boundaries; where an inner
// rule is missing, the cells on both sides are one merged cell. Text items are put into the
// cell under their centre, and each cell's lines are re-joined as running text.
import type { Table, TableCell } from "../model.js";
import { joinWords, linesOfPage, tidySpaces, type Line, type PageText, type PositionedText } from "./pdfLines.js";
import type { PageRules, Rule } from "./pdfRules.js";

export interface RuledTable {
  page: number;
  top: number;
  bottom: number;
  left: number;
  right: number;
  /** x of each column boundary, left to right (columns + 1 values). */
  columns: number[];
  table: Table;
}

/** Rule ends and positions closer than this (points) are the same. */
const SNAP = 2;
/** An inner rule separates two cells when it covers this share of their common edge. */
const COVERAGE = 0.6;
/** An empty column at least this wide (points) is a column of the table, not a sliver between rules. */
const MIN_EMPTY_COLUMN = 12;
const NUMBERED_START = /^\s*(?:[（(]?[一二三四五六七八九十\d]{1,3}[）)、.．](?!\d)|[①-⑳㉑-㉟]|[•●■◆★▲□√])/;
const SENTENCE_END = /[。；;！!？?]["”’）)]?$/;

export function ruledTables(page: PageText, rules: PageRules): { tables: RuledTable[]; rest: PositionedText[] } {
  const tables: RuledTable[] = [];
  let items = page.items;
  for (const group of ruleGroups(rules).flatMap((g) => stackedTables(g, rules.vertical))) {
    const grid = gridOf(group);
    if (!grid) continue;
    const inside = (item: PositionedText) => {
      const cy = item.y - 0.3 * item.fontSize;
      const cx = item.x + item.width / 2;
      return cy > grid.top && cy < grid.bottom && cx > grid.left && cx < grid.right;
    };
    const mine = items.filter(inside);
    const table = tableOf(grid, mine, page);
    if (!table) continue;
    tables.push(table);
    items = items.filter((item) => !inside(item));
  }
  tables.sort((a, b) => a.top - b.top);
  return { tables: headersJoined(tables), rest: items };
}

/**
 * A one-row table right on top of a table with as many columns is its header (LibreOffice
 * repeats a header row on a new page with the columns of another table): one table.
 */
function headersJoined(tables: RuledTable[]): RuledTable[] {
  const out: RuledTable[] = [];
  for (const table of tables) {
    const above = out[out.length - 1];
    const touches = above && Math.abs(table.top - above.bottom) <= SNAP;
    if (touches && above.table.rows.length === 1 && above.columns.length === table.columns.length) {
      table.table.rows.unshift(...above.table.rows);
      table.top = above.top;
      out[out.length - 1] = table;
    } else out.push(table);
  }
  return out;
}

interface Group {
  horizontal: Rule[];
  vertical: Rule[];
}

/** Joins collinear pieces (a border drawn cell by cell) into one rule. */
function mergeCollinear(rules: Rule[], vertical: boolean): Rule[] {
  const at = (r: Rule) => (vertical ? r.x0 : r.y0);
  const from = (r: Rule) => (vertical ? r.y0 : r.x0);
  const to = (r: Rule) => (vertical ? r.y1 : r.x1);
  const sorted = [...rules].sort((a, b) => at(a) - at(b) || from(a) - from(b));
  const out: Rule[] = [];
  const open: Rule[] = [];
  for (const rule of sorted) {
    // rules at (about) the same position, still open for extension
    while (open.length && at(rule) - at(open[0]) > SNAP) open.shift();
    // (a rule a little to the side may start above the open one: two stacked tables whose
    // column rules differ by a point meet end to end; both ends are kept)
    const joined = open.find((r) => from(rule) <= to(r) + SNAP && to(rule) >= from(r) - SNAP);
    if (joined) {
      if (vertical) {
        joined.y0 = Math.min(joined.y0, rule.y0);
        joined.y1 = Math.max(joined.y1, rule.y1);
      } else {
        joined.x0 = Math.min(joined.x0, rule.x0);
        joined.x1 = Math.max(joined.x1, rule.x1);
      }
      continue;
    }
    const copy = { ...rule };
    out.push(copy);
    open.push(copy);
  }
  return out;
}

/** Rules that touch each other, transitively: one table each. */
function ruleGroups(rules: PageRules): Group[] {
  const horizontal = mergeCollinear(rules.horizontal, false);
  const vertical = mergeCollinear(rules.vertical, true);
  const parent = [...horizontal, ...vertical].map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])));
  horizontal.forEach((h, i) => {
    vertical.forEach((v, j) => {
      if (v.x0 >= h.x0 - SNAP && v.x0 <= h.x1 + SNAP && h.y0 >= v.y0 - SNAP && h.y0 <= v.y1 + SNAP) {
        parent[find(i)] = find(horizontal.length + j);
      }
    });
  });
  const groups = new Map<number, Group>();
  const groupOf = (i: number) => {
    const root = find(i);
    let group = groups.get(root);
    if (!group) groups.set(root, (group = { horizontal: [], vertical: [] }));
    return group;
  };
  horizontal.forEach((h, i) => groupOf(i).horizontal.push(h));
  vertical.forEach((v, j) => groupOf(horizontal.length + j).vertical.push(v));
  return [...groups.values()].filter((g) => g.horizontal.length >= 2 && g.vertical.length >= 2);
}

/**
 * Tables set one right under the other touch, so their rules form one group; where the inner
 * column rules change (few positions in common, none running through, neither set within the
 * other as under a merged header cell), a new table starts.
 * A row without inner rules (a section row across the table) does not split it.
 */
function stackedTables(group: Group, drawnVertical: Rule[]): Group[] {
  const xs = cluster(group.vertical.map((v) => v.x0));
  const ys = cluster(group.horizontal.map((h) => h.y0));
  if (ys.length < 3) return [group];
  const left = Math.min(...group.horizontal.map((h) => h.x0));
  const right = Math.max(...group.horizontal.map((h) => h.x1));
  const inner = xs.filter((x) => x > left + SNAP && x < right - SNAP);
  const columnsAt = (from: number, to: number) =>
    inner.filter((x) => group.vertical.some((v) => Math.abs(v.x0 - x) <= SNAP && v.y0 <= from + SNAP && v.y1 >= to - SNAP));
  const cuts: number[] = [];
  let previous: number[] = [];
  for (let r = 0; r + 1 < ys.length; r++) {
    const here = columnsAt(ys[r], ys[r + 1]);
    if (!here.length) continue;
    const shared = here.filter((x) => previous.some((p) => Math.abs(p - x) <= SNAP)).length;
    // (as drawn: two tables' rules that meet end to end were merged into one)
    const crossing = here.some((x) => drawnVertical.some((v) => Math.abs(v.x0 - x) <= SNAP && v.y0 < ys[r] - SNAP && v.y1 > ys[r] + SNAP));
    const nested = shared === Math.min(previous.length, here.length);
    // a table set right under another with as many columns but two or more inner rules moved
    // (LibreOffice draws the outer and unmoved borders of touching tables through as one line):
    // rules running through do not make it one table with the first
    const reshaped = here.length === previous.length && here.length >= 3 && shared <= here.length - 2;
    const fewShared = shared < 0.5 * Math.max(previous.length, here.length);
    if (previous.length && !nested && (reshaped || (!crossing && fewShared))) cuts.push(ys[r]);
    previous = here;
  }
  if (!cuts.length) return [group];
  const bounds = [-Infinity, ...cuts, Infinity];
  return bounds.slice(1).map((bottom, i) => {
    const top = bounds[i];
    return {
      horizontal: group.horizontal.filter((h) => h.y0 >= top - SNAP && h.y0 <= bottom + SNAP),
      vertical: group.vertical
        .map((v) => ({ ...v, y0: Math.max(v.y0, top), y1: Math.min(v.y1, bottom) }))
        .filter((v) => v.y1 - v.y0 > SNAP),
    };
  });
}

interface Grid {
  xs: number[];
  ys: number[];
  top: number;
  bottom: number;
  left: number;
  right: number;
  /** the cell's merged region, by grid row and column */
  region: number[][];
}

function cluster(values: number[]): number[] {
  const sorted = [...values].sort((a, b) => a - b);
  const out: number[][] = [];
  for (const value of sorted) {
    const last = out[out.length - 1];
    if (last && value - last[last.length - 1] <= SNAP) last.push(value);
    else out.push([value]);
  }
  return out.map((c) => c.reduce((s, v) => s + v, 0) / c.length);
}

function gridOf(group: Group): Grid | undefined {
  const xs = cluster([
    ...group.vertical.map((v) => v.x0),
    Math.min(...group.horizontal.map((h) => h.x0)),
    Math.max(...group.horizontal.map((h) => h.x1)),
  ]);
  const ys = cluster([
    ...group.horizontal.map((h) => h.y0),
    Math.min(...group.vertical.map((v) => v.y0)),
    Math.max(...group.vertical.map((v) => v.y1)),
  ]);
  if (xs.length < 3 || ys.length < 2) return undefined;
  const rows = ys.length - 1;
  const columns = xs.length - 1;
  const covers = (rules: Rule[], vertical: boolean, at: number, from: number, to: number) => {
    const need = COVERAGE * (to - from);
    let covered = 0;
    for (const r of rules) {
      if (Math.abs((vertical ? r.x0 : r.y0) - at) > SNAP) continue;
      const lo = Math.max(from, vertical ? r.y0 : r.x0);
      const hi = Math.min(to, vertical ? r.y1 : r.x1);
      if (hi > lo) covered += hi - lo;
    }
    return covered >= need;
  };
  const parent = Array.from({ length: rows * columns }, (_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])));
  const join = (a: number, b: number) => {
    const ra = find(a);
    const rb = find(b);
    if (ra !== rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
  };
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < columns; c++) {
      if (c + 1 < columns && !covers(group.vertical, true, xs[c + 1], ys[r], ys[r + 1])) join(r * columns + c, r * columns + c + 1);
      if (r + 1 < rows && !covers(group.horizontal, false, ys[r + 1], xs[c], xs[c + 1])) join(r * columns + c, (r + 1) * columns + c);
    }
  }
  const region = Array.from({ length: rows }, (_, r) => Array.from({ length: columns }, (_, c) => find(r * columns + c)));
  return { xs, ys, top: ys[0], bottom: ys[rows], left: xs[0], right: xs[columns], region };
}

function indexOf(bounds: number[], value: number): number {
  for (let i = 0; i + 1 < bounds.length; i++) if (value < bounds[i + 1]) return i;
  return bounds.length - 2;
}

function tableOf(grid: Grid, items: PositionedText[], page: PageText): RuledTable | undefined {
  const { xs, ys, region } = grid;
  const byRegion = new Map<number, PositionedText[]>();
  for (const item of items) {
    const r = indexOf(ys, item.y - 0.3 * item.fontSize);
    for (const piece of splitAtRules(item, xs, (k) => region[r][k - 1] !== region[r][k])) {
      const id = region[r][indexOf(xs, piece.x + piece.width / 2)];
      const list = byRegion.get(id);
      if (list) list.push(piece);
      else byRegion.set(id, [piece]);
    }
  }
  if (byRegion.size < 2) return undefined;
  const text = new Map<number, string>();
  for (const [id, list] of byRegion) text.set(id, cellText(linesOfPage({ ...page, items: list })));
  // rows with no text at all, and thin columns with none, are spacing or drawing artefacts; a
  // column as wide as a character stays even when empty (进展情况, 备注): a continued table's
  // columns must match its first part's
  const keptRows = region.map((_, r) => r).filter((r) => region[r].some((id) => text.get(id)));
  const written = region[0].map((_, c) => c).filter((c) => region.some((row) => !!text.get(row[c])));
  if (written.length < 2 || !keptRows.length) return undefined;
  const keptColumns = region[0].map((_, c) => c).filter((c) => written.includes(c) || xs[c + 1] - xs[c] >= MIN_EMPTY_COLUMN);
  const ids = keptRows.map((r) => keptColumns.map((c) => region[r][c]));
  const rows: TableCell[][] = ids.map((row, r) =>
    row.map((id, c) => {
      const value = text.get(id) ?? "";
      const isOrigin = (r === 0 || ids[r - 1][c] !== id) && (c === 0 || row[c - 1] !== id);
      if (!isOrigin) return { text: value, continuation: true };
      const cell: TableCell = { text: value };
      let rowSpan = 1;
      while (r + rowSpan < ids.length && ids[r + rowSpan][c] === id) rowSpan++;
      let colSpan = 1;
      while (c + colSpan < row.length && row[c + colSpan] === id) colSpan++;
      if (rowSpan > 1) cell.rowSpan = rowSpan;
      if (colSpan > 1) cell.colSpan = colSpan;
      return cell;
    }),
  );
  return {
    page: page.page,
    top: grid.top,
    bottom: grid.bottom,
    left: grid.left,
    right: grid.right,
    columns: [...keptColumns.map((c) => xs[c]), xs[keptColumns[keptColumns.length - 1] + 1]],
    table: { kind: "table", rows, page: page.page },
  };
}

/** An item that runs over a cell border (producers may write one run for two cells) is cut there. */
function splitAtRules(item: PositionedText, xs: number[], isBorder: (k: number) => boolean): PositionedText[] {
  const pieces: PositionedText[] = [];
  let rest = item;
  for (let k = 1; k + 1 < xs.length; k++) {
    const x = xs[k];
    if (x <= rest.x + 1 || x >= rest.x + rest.width - 1 || !isBorder(k) || rest.text.length < 2) continue;
    const chars = [...rest.text];
    const cut = Math.round((chars.length * (x - rest.x)) / rest.width);
    if (cut <= 0 || cut >= chars.length) continue;
    const width = x - rest.x;
    pieces.push({ ...rest, text: chars.slice(0, cut).join(""), width });
    rest = { ...rest, text: chars.slice(cut).join(""), x, width: rest.width - width };
  }
  pieces.push(rest);
  return pieces;
}

/**
 * The lines of one cell as text: lines the cell's width broke are joined (Chinese without a
 * space); a numbered item after a finished line starts a new line, as a new paragraph in a
 * Word cell does.
 */
export function cellText(lines: Line[]): string {
  if (!lines.length) return "";
  const right = Math.max(...lines.map((l) => l.x1));
  const paragraphs: string[] = [];
  lines.forEach((line, i) => {
    const own = tidySpaces(line.segments.reduce((acc, s) => joinWords(acc, s.text, true), ""));
    const previous = lines[i - 1];
    const finished = !previous || SENTENCE_END.test(previous.text) || previous.x1 < right - 2 * previous.fontSize;
    if (!paragraphs.length || (finished && NUMBERED_START.test(own))) paragraphs.push(own);
    else paragraphs[paragraphs.length - 1] = tidySpaces(joinWords(paragraphs[paragraphs.length - 1], own, true));
  });
  return paragraphs.join("\n");
}

const compact = (cell: TableCell) => cell.text.replace(/\s+/g, "");
/** The same row again; in a row of three or more cells one may differ (a renderer that clipped
 * an overflowing header cell loses different characters on each page). */
function sameRow(a: TableCell[], b: TableCell[]): boolean {
  if (a.length !== b.length) return false;
  const differing = a.filter((cell, c) => compact(cell) !== compact(b[c])).length;
  return differing === 0 || (a.length >= 3 && differing === 1);
}

/**
 * A table at the top of the next page, with the same columns, continues `previous` (nothing
 * came between them): its repeated header rows are dropped, a row the page break split (first
 * cell empty where the row before it has one) is joined back, and the rest is appended.
 */
export function continueTable(previous: RuledTable, next: RuledTable): boolean {
  if (next.page !== previous.page + 1 || next.columns.length !== previous.columns.length) return false;
  const before = previous.table.rows;
  const rows = next.table.rows;
  const width = previous.right - previous.left;
  // (a header row repeated on the new page may come with another table's column rules)
  const moved = next.columns.some((x, i) => Math.abs(x - previous.columns[i]) > Math.max(4, width * 0.01));
  if (moved && !(rows.length && before.length && rows[0].length >= 3 && sameRow(rows[0], before[0]))) return false;
  let repeated = 0;
  while (repeated < Math.min(3, rows.length, before.length) && sameRow(rows[repeated], before[repeated])) repeated++;
  const rest = rows.slice(repeated);
  const last = before[before.length - 1];
  const first = rest[0];
  if (first && before.length > repeated && !first[0].text && !first[0].continuation && last[0].text && !last[0].continuation) {
    first.forEach((cell, c) => {
      const target = last[c];
      if (!cell.text || cell.continuation || target.continuation) return;
      target.text = tidySpaces(joinWords(target.text, cell.text, true));
    });
    rest.shift();
  }
  before.push(...rest);
  previous.page = next.page;
  previous.bottom = next.bottom;
  return true;
}
