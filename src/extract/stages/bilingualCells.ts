// A bilingual web table copied one cell a line: each column's name a Chinese line (a long name broken over
// two or three lines, "校內" / "專案" / "實習") then its English line ("On-campus Project Internship"), and
// each cell of a row its Chinese text then its English translation — a row's English name glued to its
// Chinese one at times ("…作業要點Departmental Workplace Internship Guidelines"). The English is a
// translation, read as nothing; what is left is a table in one language. Its rows are told by the column
// naming the work (辦理事項, 工作項目: a title column) and the notes column closing the header (備註): a
// Chinese line with no sentence's punctuation opens a row, its task's name; the lines after it up to the
// next are the row's notes. Columns between the two (marks such as "◎", lost in the copy) hold nothing.
import { foldHan } from "./hanFold.js";
import { numbering } from "./numbering.js";
import { Stitched } from "./stitched.js";
import { columnRole } from "./columnRoles.js";
import { lineAt, type GridTable, type Item, type Line } from "./types.js";

/** A line of English only: Latin words, figures and their punctuation, two letters at least. */
const ENGLISH = /^[\x20-\x7e“”‘’–—…]*[A-Za-z]{2}[\x20-\x7e“”‘’–—…]*$/;
/** Where a Chinese line's English translation begins, glued to it: a capital opening two words or more. */
const GLUED_ENGLISH = /(?<=[\u4e00-\u9fff）)])[A-Z][a-z]+(?:[ -][A-Za-z]+)+[\x20-\x7e]*$/;
const NAME_LINE = /^[\u4e00-\u9fff()（）]{1,6}$/;
const NOTES = /^备注$/;
/** A row's name: no sentence's punctuation, not numbered; the cells after it are its notes. */
const ROW_NAME = /^[^，,。；;：:、!！?？]{2,30}$/;
const MIN_ROWS = 2;


/** The Chinese part of a line: all of it, or what comes before its glued English; null for a line of English. */
function chinese(src: string, l: Line): Stitched | null {
  const t = l.text.trim();
  if (!t || ENGLISH.test(t)) return null;
  const from = l.start + l.text.indexOf(t);
  const glued = GLUED_ENGLISH.exec(t);
  return Stitched.of(src, from, from + (glued ? glued.index : t.length)).trim();
}

/** The bilingual table whose header opens at `at` (see above), or null. */
export function bilingualCellTable(src: string, items: Item[], at: number, order: number): { table: GridTable; end: number } | null {
  const first = lineAt(items, at);
  if (!first || !NAME_LINE.test(first.text.trim())) return null;
  // the header: groups of short Chinese lines, each group followed by its English line(s)
  const names: { lines: Line[]; text: string }[] = [];
  let j = at;
  for (;;) {
    const zh: Line[] = [];
    while (zh.length < 3 && NAME_LINE.test(lineAt(items, j)?.text.trim() ?? "")) zh.push(lineAt(items, j++)!);
    let en = 0;
    while (en < 2 && ENGLISH.test(lineAt(items, j)?.text.trim() ?? "")) en++, j++;
    if (!zh.length || !en) {
      j -= en;
      if (zh.length) j -= zh.length;
      break;
    }
    names.push({ lines: zh, text: foldHan(zh.map((l) => l.text.trim()).join("")) });
  }
  if (names.length < 3) return null;
  const titleAt = names.findIndex((n) => columnRole(n.text) === "title");
  const notesAt = names.length - 1;
  if (titleAt < 0 || titleAt >= notesAt || !NOTES.test(names[notesAt].text)) return null;
  // the cells: each its Chinese lines up to its English (a line of English, or English glued to its end)
  const cells: Stitched[][] = [];
  const starts: number[] = [];
  let open: Stitched[] | null = null;
  let k = j;
  for (; k < items.length; k++) {
    const l = lineAt(items, k);
    if (!l || l.heading) break;
    const zh = chinese(src, l);
    if (zh?.text) {
      if (!open) cells.push((open = [])), starts.push(k);
      open.push(zh);
    }
    if (!zh || zh.text !== l.text.trim()) open = null;
  }
  // the rows: a row's name, then its notes (a notes cell numbered on from 2 goes on in the one before)
  const rows: { name: Stitched; notes: Stitched[] }[] = [];
  let named = false;
  let end = k;
  for (const [x, cell] of cells.entries()) {
    const t = cell.map((c) => c.text).join("");
    const n = numbering(t);
    if (named) {
      rows[rows.length - 1].notes.push(...cell);
      named = false;
      continue;
    }
    if (rows.length && rows[rows.length - 1].notes.length && n && /^\d/.test(t) && Number(n.no) >= 2) {
      rows[rows.length - 1].notes.push(...cell);
      continue;
    }
    // (a cell that names no row: the text after the table)
    if (!ROW_NAME.test(t) || n) {
      end = starts[x];
      break;
    }
    rows.push({ name: Stitched.join(cell), notes: [] });
    named = true;
  }
  if (rows.length < MIN_ROWS) return null;
  const headerCell = (n: { lines: Line[] }) => Stitched.join(n.lines.map((l) => Stitched.of(src, l.start, l.start + l.text.length).trim()));
  const out: Stitched[][] = [[headerCell(names[titleAt]), headerCell(names[notesAt])], ...rows.map((r) => [r.name, Stitched.join(r.notes, "\n")])];
  return { table: { rows: out, order, flattened: true }, end };
}
