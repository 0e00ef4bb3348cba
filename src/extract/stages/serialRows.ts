// A table copied one cell a line with no header row, each row opened by a line holding only its serial
// number ("1" / "3月中旬" / "拟制…方案" / "区教育局" / "2" / …; a web copy's cells may each keep the pipe
// that closed it, "区教育局 |"). Nothing names the columns, so they are told apart by what their cells
// are, row after row: a date ("3月中旬", "5月6-9日"), a short list of bodies ("市、区教育局,学校"), a
// person's name, and the work — the longest cells left. The numbers must run 1, 2, 3… and most rows hold
// as many cells; a column is named for its kind only where nearly all its cells are of that kind, and
// the table is taken only with a work column beside a date or a body column (a numbered list whose
// items are a paragraph or two is no table). The rows become a table under made-up column names the
// table model knows (序号 / 时间 / 工作任务 / 责任单位 …), flagged `headerless`: its tasks are a guess
// at the columns, and said so.
import { HAN } from "./han.js";
import { numbering } from "./numbering.js";
import { Stitched } from "./stitched.js";
import { cheapestCuts } from "./cellCuts.js";
import type { ColumnRole } from "./columnRoles.js";
import { lineAt, type GridTable, type Item, type Line } from "./types.js";
import { WORK_VERB } from "./workCandidates.js";

/** A line holding only a row's number ("7", "| 7 |", "7 |"). */
const SERIAL = /^\|?\s*(\d{1,3})\s*\|?$/;
/** A cell's closing pipe, and a row's first cell opened by one. */
const cellText = (t: string) => t.trim().replace(/^\|\s*/, "").replace(/\s*\|$/, "").trim();
const MIN_ROWS = 3;
const MAX_WIDTH = 6;
/** The share of a column's cells that must be of one kind for the column to be named by it. */
const KIND_SHARE = 0.75;

// a date cell: a day, a month's part, a span, a week, a term's part — the cell opens with it and is short
const DATE_CELL = /^(?:(?:\d{4}\s*年\s*)?\d{1,2}\s*月|\d{4}\s*年|\d{1,2}\s*[./．]\s*\d{1,2}|第\s*[\d一二三四五六七八九十]{1,3}\s*[周週]|[上下]半年|年[初中底内]|全年|[一二三四五六七八九十]{1,3}月|每[周週月]|长期|持续)/;
// a body's name ends as one does ("区教育局", "管委会", "初中学校", "李家镇"), a bracketed note after it aside
const BODY_END = /(?:[股室办局站心会委组部校院所队处科园馆府司厅]|单位|街道|社区|集团|公司|小学|中学|初中|高中|学校|\S{2}[镇乡村县市区])(?:[（(][^（()）]{1,10}[)）])?$/u;
// a level word before the body it is said of ("市、区教育局": the city's bureau and the district's)
const LEVEL_WORD = /^[省市县区乡镇]$/;
const PERSON = new RegExp(`^${HAN}{2,4}$`, "u");
const OPENS_WORK = new RegExp(`^(?:${WORK_VERB.source})`);

type CellKind = "date" | "bodies" | "people" | "text";

/** What a cell is: a date, a list of bodies, a list of people's names, or text (the work, a note). */
function cellKind(cell: string): CellKind {
  const t = cell.replace(/\s+/g, "");
  if (!t || /[。；;！!？?]/.test(t)) return "text";
  if (t.length <= 16 && DATE_CELL.test(t) && !/[，,]/.test(t)) return "date";
  if (t.length > 40) return "text";
  const pieces = cell.trim().split(/[、，,/／\s]+/).filter(Boolean);
  const body = (p: string, k: number) => (LEVEL_WORD.test(p) && k + 1 < pieces.length) || (p.length >= 2 && p.length <= 15 && BODY_END.test(p) && !(p.length >= 5 && OPENS_WORK.test(p)));
  if (pieces.every(body)) return "bodies";
  if (pieces.every((p) => PERSON.test(p))) return "people";
  return "text";
}

const NAMES: Partial<Record<ColumnRole, string>> = { no: "序号", deadline: "时间", title: "工作任务", responsible: "责任单位", lead: "牵头单位", co: "配合单位", leaders: "负责人", ignore: "备注" };


const serialOf = (l: Line | null): number | null => {
  const m = l ? SERIAL.exec(l.text.trim()) : null;
  return m ? Number(m[1]) : null;
};

/** A line that can be a cell: no heading, no item of the text's own numbering ("二、…", "（三）…"), not a page of prose. */
const cellLike = (l: Line | null): l is Line => {
  if (!l || l.heading || l.numbering) return false;
  const t = cellText(l.text);
  if (!t || t.length > 200) return false;
  const n = numbering(t);
  return !(n && n.level <= 2 && !/^\d/.test(t));
};

/** The roles of the columns of rows `full` (each as many cells), or null where they do not read as a task table. */
function columnRoles(full: string[][]): ColumnRole[] | null {
  const width = full[0].length;
  const roles: (ColumnRole | null)[] = new Array(width).fill(null);
  const share = (c: number, kind: CellKind) => full.filter((r) => cellKind(r[c]) === kind).length / full.length;
  const mean = (c: number) => full.reduce((s, r) => s + r[c].replace(/\s+/g, "").length, 0) / full.length;
  for (let c = 0; c < width; c++) {
    if (share(c, "date") >= KIND_SHARE) roles[c] = "deadline";
    else if (share(c, "bodies") >= KIND_SHARE) roles[c] = "responsible";
    else if (share(c, "people") >= KIND_SHARE) roles[c] = "leaders";
  }
  // the work: the longest cells of a column of no other kind, most of them a phrase or a sentence
  let title = -1;
  for (let c = 0; c < width; c++) if (roles[c] === null && (title < 0 || mean(c) > mean(title))) title = c;
  if (title < 0) return null;
  const work = full.filter((r) => cellKind(r[title]) === "text").length / full.length;
  // (the work is longer than any body's or date's cell: a column of names is no work)
  if (work < KIND_SHARE || mean(title) < 6 || roles.some((r, c) => r !== null && mean(c) >= mean(title))) return null;
  roles[title] = "title";
  // (a work column beside a date or a body: a table; beside nothing it reads, a list of paragraphs)
  if (!roles.some((r) => r === "deadline" || r === "responsible")) return null;
  // two columns of bodies: the first leads, the second helps (牵头 / 配合, as such tables order them)
  const units = roles.flatMap((r, c) => (r === "responsible" ? [c] : []));
  if (units.length === 2) (roles[units[0]] = "lead"), (roles[units[1]] = "co");
  else if (units.length > 2) return null;
  // (two date columns are a span's start and end, or a date and its hour: the first dates the row)
  roles.forEach((r, c) => {
    if (r === "deadline" && roles.indexOf("deadline") !== c) roles[c] = "ignore";
  });
  return roles.map((r) => r ?? "ignore");
}

/** The cost of lines [i, j) of a row as the cell of a column of role `role` (no line: an empty cell). */
function cellCost(role: ColumnRole, lines: string[], i: number, j: number): number {
  if (i === j) return role === "title" ? 5 : 1;
  let cost = 0;
  for (let t = i; t < j; t++) {
    const kind = cellKind(lines[t]);
    const extra = t > i;
    if (role === "deadline") cost += kind === "date" ? (extra ? 1 : 0) : 4;
    else if (role === "leaders") cost += kind === "people" ? (extra ? 0.5 : 0) : 4;
    else if (role === "title") cost += !extra ? (kind === "text" ? 0 : 2) : /[，,、：:]$/.test(lines[t - 1]) ? 0.5 : kind === "text" ? 1.5 : 3;
    else if (role === "ignore") cost += 0.5;
    else cost += kind === "bodies" ? (extra ? 0.5 : 0) : 4;
  }
  return cost;
}

/** Where a row's lines are cut into the columns (cuts[c] to cuts[c + 1]: column c's lines), cheapest first. */
function cutRow(roles: ColumnRole[], lines: string[]): number[] {
  const n = lines.length;
  // (a line that ends on a comma goes on in the next: no cell ends there)
  const broken = (i: number) => (i > 0 && i < n && /[，,、]$/.test(lines[i - 1]) ? 2 : 0);
  return cheapestCuts(roles.length, n, (c, i, j) => broken(i) + cellCost(roles[c], lines, i, j));
}

/** The header-less table of numbered rows one cell a line that opens at `at` (see above), or null. */
export function serialRowTable(src: string, items: Item[], at: number, order: number): { table: GridTable; end: number } | null {
  if (serialOf(lineAt(items, at)) !== 1) return null;
  // (the number column's own name above it: a headed table, the one-cell-per-line stage's)
  const above = lineAt(items, at - 1);
  if (above && /^(?:序号|编号|序)$/.test(cellText(above.text).replace(/\s+/g, ""))) return null;
  // the rows: a number, then the lines up to the next number (at most MAX_WIDTH + 2 of them)
  const rows: { no: Line; cells: Line[] }[] = [];
  let j = at;
  while (serialOf(lineAt(items, j)) === rows.length + 1) {
    const no = lineAt(items, j)!;
    const cells: Line[] = [];
    let k = j + 1;
    for (; k < items.length && cells.length <= MAX_WIDTH + 2; k++) {
      const l = lineAt(items, k);
      if (serialOf(l) === rows.length + 2 || !cellLike(l)) break;
      cells.push(l);
    }
    if (!cells.length) break;
    rows.push({ no, cells });
    j = k;
  }
  if (rows.length < MIN_ROWS) return null;
  // the width: the count of cells most rows hold (the last row's lines run on into what follows: not counted)
  const counts = new Map<number, number>();
  for (const r of rows.slice(0, -1)) counts.set(r.cells.length, (counts.get(r.cells.length) ?? 0) + 1);
  const [width, often] = [...counts].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0];
  if (width < 2 || width > MAX_WIDTH || often < (rows.length - 1) * (2 / 3)) return null;
  // the last row: its cells as far as the width (the lines after it are the text's again), fewer where the text ends inside it
  const last = rows[rows.length - 1];
  if (last.cells.length > width) {
    j -= last.cells.length - width;
    last.cells = last.cells.slice(0, width);
  }
  const texts = (r: { cells: Line[] }) => r.cells.map((l) => cellText(l.text));
  const roles = columnRoles(rows.filter((r) => r.cells.length === width).map(texts));
  if (!roles) return null;
  const cell = (ls: Line[]) =>
    Stitched.join(
      ls.map((l) => {
        const t = cellText(l.text);
        const from = l.start + l.text.indexOf(t);
        return Stitched.of(src, from, from + t.length);
      }),
      "\n",
    );
  const out: Stitched[][] = [["序号", ...roles.map((r) => NAMES[r] ?? "备注")].map((n) => Stitched.literal(n))];
  for (const r of rows) {
    // a row of another width: its lines cut into the columns by what each is (a cell wrapped onto two lines, one left empty)
    const cuts = r.cells.length === width ? roles.map((_, c) => c).concat(width) : cutRow(roles, texts(r));
    out.push([cell([r.no]), ...roles.map((_, c) => cell(r.cells.slice(cuts[c], cuts[c + 1])))]);
  }
  return { table: { rows: out, order, flattened: true, headerless: true }, end: j };
}
