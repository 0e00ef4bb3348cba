// A web table copied one cell a line, each cell closed by its pipe, with no number column: its
// column names one a line ("项目 |" "负责人 |" "要求 |" "完成时间 |"), then the rows' cells in order.
// The header says how many cells a row holds, so the cells are counted off into rows — a cell's own
// spaces ("欧小燕(做好方案) 江道方协助 |") and its commas stay inside it. The column names are the
// leading short cells up to the last that ends with a column's word (项目, 内容, 部门, 时间…): a
// first row of short cells ("校园安全防范 |") is no column name. The rows must fill the header's
// width exactly (a merged cell left out would shift every row after it), the last row short only
// where the text ends with it (an excerpt cut off inside it, its last cell before its pipe).
// Tables numbered by a 序号 column (their first) are left to the one-cell-per-line stage (stages/tables.ts), which
// finds rows by their numbers and copes with merged cells; a week's number after its date (日期 | 周次 | …) is a cell.

import { joinTablesAt } from "./joinTablesAt.js";

const CELL_LINE = /^[^|]+\|\s*$/;
// (most lines hold no pipe: told by includes, not by the pattern, which reads such a line to its end and back)
const isCellLine = (line: string) => line.includes("|") && CELL_LINE.test(line);
const LONE_PIPE = /^\s*\|\s*$/;
// the word a column's name ends with
const COLUMN_WORD = /(?:项目|类型|类别|内容|文件|清单|重点|部门|单位|股室|科室|处室|时间|日期|时限|节点|负责人|责任人|联系人|人员|要求|措施|备注|名称|地点|部位|对象|事项|目标|任务|情况|问题|领导|主题|形式|安排|分工|标准|依据|进度|星期|纪要|数|班级|年级)$/;
const PART_HEADING = /^(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[)）])/;
const NUMBER_COLUMN = /^(?:序号|编号|序|周次)$/;
// the traditional forms of the column words' characters
const TRAD: Record<string, string> = { 項: "项", 類: "类", 內: "内", 單: "单", 時: "时", 間: "间", 節: "节", 點: "点", 負: "负", 責: "责", 聯: "联", 員: "员", 註: "注", 稱: "称", 題: "题", 導: "导", 標: "标", 準: "准", 據: "据", 進: "进", 紀: "纪", 數: "数", 務: "务", 門: "门", 處: "处", 編: "编", 號: "号", 週: "周" };
const fold = (s: string) => s.replace(/[項類內單時間節點負責聯員註稱題導標準據進紀數務門處編號週]/g, (c) => TRAD[c]);

// (the closing pipe taken off by hand: /\s*\|\s*$/ is quadratic on a long run of spaces)
const cellOf = (line: string) => {
  const t = line.trimEnd();
  return (t.endsWith("|") ? t.slice(0, -1) : t).trim();
};
/** A cell short enough to be a column's name: a few characters of Chinese, no punctuation but a bracket. */
const shortName = (cell: string) => {
  // (a note in brackets after the name, "周参考主题内容 (具体节目名称、内容、形式自定)", is no part of it)
  const t = cell.replace(/\s+/g, "").replace(/(?<=[\u4e00-\u9fff]{2})[（(][^（()）]{1,30}[)）]$/, "");
  return t.length >= 2 && t.length <= 12 && /^[\u4e00-\u9fff()（）]+$/.test(t);
};
const columnName = (cell: string) => COLUMN_WORD.test(fold(cell.replace(/\s+/g, "").replace(/[（(][^）)]*[）)]$/, "")));

/** The table that opens at line `i`, as "| a | b |" lines under a ruled header, and the line after it; or null. */
function headedTableAt(lines: string[], i: number): { lines: string[]; next: number } | null {
  let h = i;
  while (h < lines.length && isCellLine(lines[h]) && shortName(cellOf(lines[h]))) h++;
  const names = lines.slice(i, h).map(cellOf);
  let width = 0;
  names.forEach((n, k) => {
    if (columnName(n)) width = k + 1;
  });
  const header = names.slice(0, width);
  if (width < 2 || header.filter(columnName).length < 2 || NUMBER_COLUMN.test(fold(header[0].replace(/\s+/g, "")))) return null;
  const cells: string[] = [];
  let k = i + width;
  for (; k < lines.length; k++) {
    if (isCellLine(lines[k])) cells.push(cellOf(lines[k]));
    else if (LONE_PIPE.test(lines[k])) cells.push("");
    // a cell whose closing pipe went onto the next line ("9.1" / "|"): a lone pipe after a line without one closes it
    else if (lines[k].trim() && !lines[k].includes("|") && k + 1 < lines.length && LONE_PIPE.test(lines[k + 1])) cells.push(lines[k++].trim());
    else if (lines[k].trim()) break;
  }
  // (the excerpt's last cell, cut off before its pipe; not a heading of the text, "二、要求")
  const cut = cells.length % width !== 0 && k < lines.length && !lines[k].includes("|") && !PART_HEADING.test(lines[k].trim()) && lines.slice(k + 1).every((l) => !l.trim());
  if (cut) cells.push(lines[k++].trim());
  let rows: string[][] = [];
  if (cells.length < 2 || (cells.length % width !== 0 && !cut)) {
    // rows that do not fill the header: counted off by their work cells' item numbers
    const piped = pipedCells(lines, i + width);
    const byItems = piped && itemRows(piped.cells, width);
    if (!byItems) return null;
    rows = byItems;
    k = piped.next;
  } else for (let c = 0; c < cells.length; c += width) rows.push(cells.slice(c, c + width));
  const pad = (r: string[]) => [...r, ...new Array<string>(width - r.length).fill("")];
  return { lines: [`| ${header.join(" | ")} |`, `|${header.map(() => "---").join("|")}|`, ...rows.map((r) => `| ${pad(r).join(" | ")} |`)], next: k };
}

// an item's number opening a work cell ("1、…", "2.…"; not a decimal "1.5")
const ITEM_CELL = /^(\d{1,2})\s*(?:[.．](?!\d)|、)/;

/**
 * The cells of a table whose rows do not fill the header's width (a category merged over its rows is
 * printed on its first only; an empty cell closed by a pipe of its own, "| ||"), counted off into rows by
 * the item number each row's work cell opens with instead: the cells before the first item are the
 * first row's leading cells (the work's column after them), the cells after an item fill that row's
 * columns after the work, and any left over before the next item are the next row's leading cells (a new
 * category, the numbers starting from 1 again). Null where the cells do not read so.
 */
function itemRows(cells: string[], width: number): string[][] | null {
  const starts = cells.flatMap((c, k) => (ITEM_CELL.test(c) ? [k] : []));
  const lead = starts[0];
  if (starts.length < 2 || lead < 1 || lead >= width - 1) return null;
  const after = width - lead - 1;
  const rows: string[][] = [];
  let leading = cells.slice(0, lead);
  let no = 0;
  for (let s = 0; s < starts.length; s++) {
    const at = starts[s];
    const end = s + 1 < starts.length ? starts[s + 1] : cells.length;
    const n = Number(ITEM_CELL.exec(cells[at])![1]);
    const opens = leading.some((c) => c.trim());
    // (the numbers go on, or start from 1 again under a new category)
    if (n !== no + 1 && !(n === 1 && opens)) return null;
    no = n;
    const rest = cells.slice(at + 1, end);
    const own = rest.slice(0, after);
    let next = rest.slice(after);
    // (empty cells beyond the row's: pipes of a row's empty cells set closer than one a line)
    while (next.length > lead && !next[0].trim()) next = next.slice(1);
    if (next.length > lead) return null;
    const row = [...new Array<string>(lead - leading.length).fill(""), ...leading, cells[at], ...own];
    rows.push([...row, ...new Array<string>(width - row.length).fill("")]);
    leading = next;
  }
  return rows;
}

/**
 * The cells from line `from` on, each closed by its pipe, several on a line too ("备注 | |", "| ||": empty
 * cells), the excerpt's last cell cut off before its pipe; and the line after them. Null where none.
 */
function pipedCells(lines: string[], from: number): { cells: string[]; next: number } | null {
  const cells: string[] = [];
  let k = from;
  for (; k < lines.length; k++) {
    const l = lines[k];
    if (!l.trim()) continue;
    if (!l.includes("|")) break;
    const parts = l.split("|");
    if (parts[parts.length - 1].trim()) return null;
    parts.pop();
    cells.push(...parts.map((c) => c.trim()));
  }
  if (k < lines.length && !PART_HEADING.test(lines[k].trim()) && lines.slice(k + 1).every((l) => !l.trim())) cells.push(lines[k++].trim());
  return cells.length ? { cells, next: k } : null;
}

/** Every table of cells one a line closed by pipes under a header of column names, joined back into pipe rows. */
export function joinHeadedCellLines(lines: string[]): string[] {
  // a table starts only at a cell line with no cell line before it
  return joinTablesAt(lines, (ls, i) => (isCellLine(ls[i]) && (i === 0 || !isCellLine(ls[i - 1])) ? headedTableAt(ls, i) : null));
}
