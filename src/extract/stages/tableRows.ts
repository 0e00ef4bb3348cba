// Which table row a task was read from, found by where its name is in the source text: any stage
// that reads tasks from a table (division, schedule or project tables; DOCX, PDF or text) leaves
// the name's span inside a cell, so the review screen can show the row with its header.
import type { SourceCell, Span, TableRowSource } from "../model.js";
import { countBefore } from "./sortedSearch.js";
import type { Stitched } from "./stitched.js";
import { headerRoles } from "./tables.js";
import type { GridTable, WorkDoc } from "./types.js";

interface RowExtent {
  table: number;
  row: number;
  start: number;
  end: number;
}

function cellOf(own: Stitched, merged: Stitched | null | undefined): SourceCell {
  const st = own.text.trim() ? own : merged?.text.trim() ? merged : null;
  return st ? { text: st.text.trim(), span: st.trim().span() } : { text: "", span: null };
}

function rowTexts(table: GridTable, r: number): string[] {
  return table.rows[r].map((c, i) => c.text || table.merged?.[r]?.[i]?.text || "");
}

/** Returns a lookup from a task's name span (and the end of its whole span) to its table rows. */
export function tableRowLocator(doc: WorkDoc): (title: Span, end: number) => TableRowSource | undefined {
  const tables = doc.items.flatMap((it) => (it.kind === "table" ? [it.table] : []));
  if (!tables.length) return () => undefined;
  const extents: RowExtent[] = [];
  const byTable: (RowExtent | undefined)[][] = tables.map(() => []);
  tables.forEach((table, t) =>
    table.rows.forEach((cells, r) => {
      let start = Infinity,
        end = -1;
      for (const c of cells) {
        if (!c.text.trim()) continue;
        const [a, b] = c.span();
        if (a < start) start = a;
        if (b > end) end = b;
      }
      if (end > start) {
        const e = { table: t, row: r, start, end };
        extents.push(e);
        byTable[t][r] = e;
      }
    }),
  );
  extents.sort((a, b) => a.start - b.start);
  const headers = new Map<number, SourceCell[]>();
  // per table, the nearest header row above each row (-1: none), computed once
  const headerRows = new Map<number, Int32Array>();
  const headerRowAbove = (t: number, below: number): number => {
    let rows = headerRows.get(t);
    if (!rows) {
      const table = tables[t];
      rows = new Int32Array(table.rows.length + 1);
      let last = -1;
      for (let r = 0; r <= table.rows.length; r++) {
        rows[r] = last;
        if (r < table.rows.length && headerRoles(rowTexts(table, r))) last = r;
      }
      headerRows.set(t, rows);
    }
    return rows[below];
  };
  const headerCells = new Map<string, SourceCell[]>();
  const headerOf = (t: number, below: number): SourceCell[] => {
    const table = tables[t];
    const r = headerRowAbove(t, below);
    if (r >= 0) {
      const key = `${t}:${r}`;
      let cells = headerCells.get(key);
      if (!cells) headerCells.set(key, (cells = table.rows[r].map((c, i) => cellOf(c, table.merged?.[r]?.[i]))));
      return cells;
    }
    // a table continued after a page break or a heading row: the header of the table it continues
    if (!headers.has(t)) {
      let found: SourceCell[] = [];
      for (let p = t - 1; p >= 0 && !found.length; p--) {
        if (tables[p].rows[0]?.length !== table.rows[0]?.length) break;
        found = headerOf(p, tables[p].rows.length);
      }
      headers.set(t, found);
    }
    return headers.get(t)!;
  };
  return (title, end) => {
    const at = title[0];
    const lo = countBefore(extents.length, (k) => extents[k].start <= at);
    let hit: RowExtent | undefined;
    for (let k = lo - 1; k >= 0 && k >= lo - 8; k--) if (extents[k].start <= at && at < extents[k].end) { hit = extents[k]; break; }
    if (!hit) return undefined;
    const table = tables[hit.table];
    const rows: TableRowSource["rows"] = [];
    const take = (r: number) => rows.push({ row: r, cells: table.rows[r].map((c, i) => cellOf(c, table.merged?.[r]?.[i])) });
    take(hit.row);
    // the rows that continue the task: after its row, up to the end of its text
    for (let r = hit.row + 1; r < table.rows.length; r++) {
      const e = byTable[hit.table][r];
      if (!e || e.start >= end) break;
      take(r);
    }
    return { table: hit.table, header: headerOf(hit.table, hit.row), rows };
  };
}
