// Turns rows of "origin" cells (HTML style: each merged cell appears once with its spans)
// into the model's rectangular grid, where every covered position holds a `continuation`
// cell repeating the merged text. Shared by the DOCX, HTML, XLSX and PDF readers so a merged
// cell looks the same whatever format it came from.
import type { Table, TableCell } from "../model.js";

export interface SpanCell {
  text: string;
  rowSpan?: number;
  colSpan?: number;
}

const MAX_COLUMNS = 200;
const MAX_CELLS = 2_000_000;

export function buildTable(rows: SpanCell[][], page?: number): Table {
  const grid: (TableCell | undefined)[][] = rows.map(() => []);
  let cellCount = 0;
  rows.forEach((row, r) => {
    let c = 0;
    for (const source of row) {
      while (grid[r][c]) c++;
      if (c >= MAX_COLUMNS) break;
      const colSpan = clamp(source.colSpan ?? 1, 1, MAX_COLUMNS - c);
      const rowSpan = clamp(source.rowSpan ?? 1, 1, rows.length - r);
      cellCount += colSpan * rowSpan;
      if (cellCount > MAX_CELLS) return;
      const origin: TableCell = { text: source.text };
      if (rowSpan > 1) origin.rowSpan = rowSpan;
      if (colSpan > 1) origin.colSpan = colSpan;
      for (let dr = 0; dr < rowSpan; dr++) {
        for (let dc = 0; dc < colSpan; dc++) {
          if (dr === 0 && dc === 0) grid[r][c] = origin;
          else grid[r + dr][c + dc] ??= { text: source.text, continuation: true };
        }
      }
      c += colSpan;
    }
  });
  const table: Table = {
    kind: "table",
    rows: grid.map((row) => Array.from(row, (cell) => cell ?? { text: "" })),
  };
  if (page !== undefined) table.page = page;
  return table;
}

function clamp(value: number, min: number, max: number): number {
  if (!Number.isFinite(value)) return min;
  return Math.max(min, Math.min(Math.floor(value), max));
}

export function isBlankRow(row: TableCell[]): boolean {
  return row.every((cell) => !cell.text.trim());
}
