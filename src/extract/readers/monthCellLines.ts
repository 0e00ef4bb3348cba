// A month-by-month schedule (行事历) copied one cell a line: its column names one a line ("月份 / 周次 /
// 主要工作 / 负责者"), then each month's row — its month, maybe spelled a character a line ("二 / 月 / 份"),
// its short cells (the weeks it covers, "二 / 至 / 六 / 周"; its theme wrapped over lines), one numbered list
// or more (each from 1 again: the work, the measures), then its short cells after them (the bodies or posts
// that answer for it). Each month is joined back into one "| a | b |" row, so the table model reads the
// month column as the date of every item of its row and the column of bodies as their units.
import { joinTablesAt, type JoinedTable } from "./joinTablesAt.js";

// a column name on a line of its own ("月份", "主要工作", "负责者")
const NAME = /^[\u4e00-\u9fff]{1,8}$/;
// a month's cell: "九月", "二月份", "3月", a year before it ("一一年一月", "2011年1月")
const MONTH_CELL = /^(?:(?:\d{2,4}|[〇零○一二三四五六七八九]{2,4})年)?(?:[一二三四五六七八九十]{1,3}|\d{1,2})月份?$/;
// an item of a numbered list ("1、…", "2.…"; not a decimal "1.5")
const ITEM = /^(\d{1,2})\s*(?:[.．](?!\d)|、|[.．](?=\d{1,4}[年月日号]))\s*\S/;
// a short cell: no sentence, no item number
const SHORT = /^[^。；;，,：:！!？?]{1,12}$/;
// a cell of bodies or posts one a line ("教科室", "有关专家", "课题组长")
// the names a calendar's header gives its columns (readers read no stage: the roles are told later, by columnRoles)
const COLUMN_NAME = /(?:月份|月|周次|周|日期|时间|工作|内容|活动|项目|事项|重点|安排|措施|备注|负责者|负责人|责任人|负责部门|部门|者)$/;
// a column name that says who answers for the row ("负责者", a lone "者", "责任部门"); another is named 负责人 below
const OWNER_NAME = /(?:负责|责任|者|人|部门|处室|科室|单位|领导)/;

const HOLDER = /^[\u4e00-\u9fff]{2,10}$/;

/** The lines of a text with each such month schedule joined back into pipe rows; other lines as they are. */
export function joinMonthCellLines(lines: string[]): string[] {
  let months = 0;
  for (const l of lines) if (MONTH_CELL.test(l.trim()) || /^[一二三四五六七八九十]$/.test(l.trim())) months++;
  if (months < 2) return lines;
  return joinTablesAt(lines, monthTableAt);
}

/** The month read from lines at `k` (one line, or characters a line each): its text and the index after it; null where none. */
function monthAt(lines: string[], k: number): { month: string; next: number } | null {
  let text = "";
  for (let j = k; j < lines.length && j - k < 6; j++) {
    const t = lines[j].trim();
    if (!t) continue;
    // (spelled a character a line: each line one or two characters)
    if (text && t.length > 2) break;
    text += t;
    if (MONTH_CELL.test(text)) {
      // (the 份 of 二月份 on the next line)
      let next = j + 1;
      while (next < lines.length && !lines[next].trim()) next++;
      if (next < lines.length && lines[next].trim() === "份" && !text.endsWith("份")) return { month: text + "份", next: next + 1 };
      return { month: text, next: j + 1 };
    }
    if (text.length > 8) break;
  }
  return null;
}

interface MonthRow {
  month: string;
  lead: string[];
  lists: string[][];
  tail: string[];
}

/** The month's row that opens at `k`: its cells and the index after it; null where no such row opens there. */
function rowAt(lines: string[], k: number): { row: MonthRow; next: number } | null {
  const m = monthAt(lines, k);
  if (!m) return null;
  const row: MonthRow = { month: m.month, lead: [], lists: [], tail: [] };
  let j = m.next;
  for (; j < lines.length; j++) {
    const t = lines[j].trim();
    if (!t) continue;
    const item = ITEM.exec(t);
    if (item) {
      const n = Number(item[1]);
      const list = row.lists[row.lists.length - 1];
      if (n === 1 && !row.tail.length) row.lists.push([t]);
      else if (list && n === list.length + 1 && !row.tail.length) list.push(t);
      else break;
      continue;
    }
    // (the next month's row)
    if (row.lists.length && monthAt(lines, j)) break;
    if (!SHORT.test(t)) {
      // a line of a long item carried over to the next line goes on with it
      if (row.lists.length && !row.tail.length) {
        const list = row.lists[row.lists.length - 1];
        list[list.length - 1] += t;
        continue;
      }
      break;
    }
    if (row.lists.length) row.tail.push(t);
    else if (row.lead.length < 12) row.lead.push(t);
    else return null;
  }
  return row.lists.length ? { row, next: j } : null;
}

/** The month schedule whose column names open at line `i`: its pipe rows and the line after it; null where none opens there. */
export function monthTableAt(lines: string[], i: number): JoinedTable | null {
  const names: string[] = [];
  let k = i;
  for (; k < lines.length && names.length < 8; k++) {
    const t = lines[k].replace(/[\s\u3000]+/g, "");
    if (!t) continue;
    if (!NAME.test(t) || monthAt(lines, k)) break;
    names.push(t);
  }
  if (names.length < 3 || names.length > 7) return null;
  // (the names before the first month: a column name is no month; a month right after them)
  if (!names.some((n) => COLUMN_NAME.test(n))) return null;
  const rows: MonthRow[] = [];
  let next = k;
  for (let r = rowAt(lines, k); r; r = rowAt(lines, next)) {
    rows.push(r.row);
    next = r.next;
  }
  if (rows.length < 2) return null;
  // the months follow each other (a school year wraps after 十二月)
  const nums = rows.map((r) => monthNumber(r.month));
  if (nums.some((n, x) => !n || (x > 0 && (n - nums[x - 1] + 12) % 12 > 4))) return null;
  // the cells of each row fill the header's columns: the month first (its column unnamed where the header
  // has one fewer name), the short cells before the lists one cell, each list a cell, the short cells after one
  const lists = rows[0].lists.length;
  if (rows.some((r) => r.lists.length !== lists && r !== rows[rows.length - 1])) return null;
  const leads = rows.some((r) => r.lead.length) ? 1 : 0;
  const tails = rows.some((r) => r.tail.length) ? 1 : 0;
  const width = 1 + leads + lists + tails;
  const header = names.length === width ? names.slice() : names.length === width - 1 ? ["月份", ...names] : null;
  if (!header) return null;
  // (a column after the work that its name does not tell, filled with bodies and posts, answers for its rows)
  // (a name that says so already, such as a lone "者" for 负责者, stays as printed)
  if (tails && !OWNER_NAME.test(header[width - 1]) && rows.every((r) => r.tail.every((t) => HOLDER.test(t)))) header[width - 1] = "负责人";
  const out = [`| ${header.join(" | ")} |`, `|${header.map(() => "---").join("|")}|`];
  const cell = (xs: string[], sep: string) => xs.join(sep).replace(/\|/g, "｜");
  for (const r of rows) {
    const cells = [r.month];
    if (leads) cells.push(cell(r.lead, ""));
    for (let x = 0; x < lists; x++) cell(r.lists[x] ?? [], "<br>") && cells.push(cell(r.lists[x] ?? [], "<br>"));
    while (cells.length < 1 + leads + lists) cells.push("");
    if (tails) cells.push(cell(r.tail, "<br>"));
    out.push(`| ${cells.join(" | ")} |`);
  }
  return { lines: out, next };
}

const NUMERAL: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 };

/** The month of a month's cell (1–12); 0 where none. */
function monthNumber(cell: string): number {
  const m = /(?:^|年)([一二三四五六七八九十]{1,3}|\d{1,2})月份?$/.exec(cell);
  if (!m) return 0;
  const s = m[1];
  const n = /^\d+$/.test(s) ? Number(s) : s.length === 1 ? NUMERAL[s] : s[0] === "十" ? 10 + (NUMERAL[s[1]] ?? 0) : s.length === 2 && s[1] === "十" ? NUMERAL[s[0]] * 10 : NUMERAL[s[0]] * 10 + NUMERAL[s[2]];
  return n >= 1 && n <= 12 ? n : 0;
}
