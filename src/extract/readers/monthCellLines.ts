// A school calendar (行事历) copied one cell a line whose rows are months (and weeks) spelled a character or two a
// line ("二 / 月 / 份 / 第 / 一 / 周"), whose work cell lists the row's works numbered from 1 again in every row, and
// whose last column names who answers for them ("教务处", "有关专家", a line each). Its column names come one a
// line: the period columns (月份, 周次), the work column (主要工作, 工作内容), the owner column last (负责者, 责任人, or
// its last character alone, "者", where the name wrapped). Each numbered work becomes a row of its own, the
// period and owner cells it shares with the row's other works repeated beside it (as a merged cell's are): the
// table model then reads a task a work, due in its month, its owners its units and leaders.
// (weekActivityLines.ts reads a week calendar whose weeks are dated and themed, the week's works its measures.)

// a column name on a line of its own
const PERIOD_COLUMN = /^(?:月份|月|周次|週次|周)$/;
const WORK_COLUMN = /^[\u4e00-\u9fff]{0,4}(?:工作|内容|內容|事项|事項|活动|活動|要点|要點)$/;
const OWNER_COLUMN = /^(?:(?:负责|負責|责任|責任|主持)?者|(?:负责|負責|责任|責任)(?:人|部门|部門|单位|單位|处室|處室|科室))$/;
// a work of the row, numbered ("1、盛市级课题负责人会议;")
const WORK = /^(\d{1,2})\s*(?:、|[.．](?!\d))\s*\S/;
// a row's period spelled a character or two a line ("二", "十一", "至"); an owner's line: a body or a post
const PERIOD_PIECE = /^[一二三四五六七八九十\d月份第至到周週~～\-—]{1,2}$/;
const OWNER_LINE = /^[\u4e00-\u9fff]{3,10}$/;
// the period cells, in the order of their columns
const MONTH_CELL = /^[一二三四五六七八九十\d]{1,3}月份?/;
const WEEK_CELL = /^第?[一二三四五六七八九十\d]{1,3}(?:[至到~～\-—][一二三四五六七八九十\d]{1,3})?[周週]/;

import { joinTablesAt } from "./joinTablesAt.js";

const squeeze = (s: string) => s.replace(/[\s\u3000]+/g, "");

/** The period cells of a row's pieces joined, one per period column ("二月份第一周" → 二月份, 第一周), or null. */
function periodCells(text: string, columns: string[]): string[] | null {
  const cells: string[] = [];
  let rest = text;
  for (const c of columns) {
    const m = (/^月/.test(c) ? MONTH_CELL : WEEK_CELL).exec(rest);
    if (!m) return null;
    cells.push(m[0]);
    rest = rest.slice(m[0].length);
  }
  return rest ? null : cells;
}

/** The calendar that opens at line `i`: its pipe rows, a row a work, and the index of the line after it; or null. */
export function monthCellTableAt(lines: string[], i: number): { lines: string[]; next: number } | null {
  if (!PERIOD_COLUMN.test(squeeze(lines[i] ?? ""))) return null;
  // the header: period columns, the work column, the owner column
  const names: string[] = [];
  let k = i;
  for (; k < lines.length && names.length < 6; k++) {
    const t = squeeze(lines[k]);
    if (!t) continue;
    names.push(t);
    if (OWNER_COLUMN.test(t)) break;
  }
  const periods = names.slice(0, -2);
  if (names.length < 3 || !OWNER_COLUMN.test(names[names.length - 1]) || !WORK_COLUMN.test(names[names.length - 2]) || !periods.every((n) => PERIOD_COLUMN.test(n))) return null;
  k++;
  const rows: { period: string[]; works: string[]; owners: string[] }[] = [];
  let end = k;
  while (k < lines.length) {
    // the row's period, a piece a line, up to its first work
    const pieces: string[] = [];
    let j = k;
    for (; j < lines.length && pieces.length < 12; j++) {
      const t = squeeze(lines[j]);
      if (!t) continue;
      if (!PERIOD_PIECE.test(t)) break;
      pieces.push(t);
    }
    const period = pieces.length ? periodCells(pieces.join(""), periods) : null;
    if (!period) break;
    // its works, numbered from 1
    const works: string[] = [];
    for (; j < lines.length; j++) {
      const t = lines[j].trim();
      if (!t) continue;
      const m = WORK.exec(t);
      if (!m || Number(m[1]) !== works.length + 1) break;
      works.push(t);
    }
    if (!works.length) break;
    // who answers for them, a line each
    const owners: string[] = [];
    for (; j < lines.length; j++) {
      const t = squeeze(lines[j]);
      if (!t) continue;
      if (!OWNER_LINE.test(t)) break;
      owners.push(t);
    }
    rows.push({ period, works, owners });
    k = end = j;
  }
  // (two rows at least, a row's works at least two somewhere: a calendar, not a heading over a list)
  if (rows.length < 2 || !rows.some((r) => r.works.length >= 2) || !rows.some((r) => r.owners.length)) return null;
  const out = [`| ${names.join(" | ")} |`, `|${names.map(() => "---").join("|")}|`];
  for (const r of rows) for (const w of r.works) out.push(`| ${[...r.period, w.replace(/\|/g, "｜"), r.owners.join(" ")].join(" | ")} |`);
  return { lines: out, next: end };
}

/** The lines of a text with each such calendar joined back into pipe rows; other lines as they are. */
export const joinMonthCellLines = (lines: string[]): string[] => joinTablesAt(lines, monthCellTableAt);
