// A week-by-week schedule copied one cell a line without its header: each row its week ("第十二周"),
// the week's dates ("11.11-11.17") and then its other cells (the work, the bodies that do it), the
// rows all as many lines long. The week and its dates mark the rows, their distance the width; an
// excerpt that opens inside a row leaves that row's last cells before the first week (taken where its
// last cell is one its column holds elsewhere). The columns are named by what their cells are — the
// week, the dates, the bodies (every cell a short name or a list of them), the work — and each row is
// joined back into one "| a | b |" line, so the table model reads one task a week, due when it ends.

import { joinTablesAt } from "./joinTablesAt.js";

const WEEK_CELL = /^第\s*[\d一二三四五六七八九十]{1,3}\s*[周週]$/;
// a span of days, dotted ("11.11-11.17", "12.30-1.5") or written ("3月1日—3月7日")
const SPAN_CELL = /^\d{1,2}\s*(?:[.．·・/]\s*\d{1,2}|月\s*\d{1,2}\s*日?)\s*[-—–~～至]+\s*(?:\d{1,2}\s*(?:[.．·・/]|月)\s*)?\d{1,2}\s*日?$/;
const HEADING = /^(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[)）]|第[一二三四五六七八九十]+[章节条部分])/;
// a cell of bodies: short names apart by 、 or commas ("德育处、班主任")
const BODY_LIST = /^[\u4e00-\u9fff]{2,8}(?:[、，,/][\u4e00-\u9fff]{2,8}){0,4}$/;
const MAX_WIDTH = 8;

const cellLike = (t: string) => t.length <= 120 && !t.includes("|") && !HEADING.test(t);
const isAnchor = (ls: string[], k: number) => WEEK_CELL.test(ls[k] ?? "") && SPAN_CELL.test((ls[k + 1] ?? "").replace(/\s+/g, ""));

/** The schedule that opens at line `i` (see above): its pipe rows and the index of the line after it; null when none opens there. */
export function weekRowTableAt(lines: string[], i: number): { lines: string[]; next: number } | null {
  if (!lines[i]?.trim()) return null;
  // the non-blank lines from i, each with its index
  const nb: { t: string; at: number }[] = [];
  for (let k = i; k < lines.length && nb.length < 400; k++) {
    const t = lines[k].replace(/[\u3000\u00a0]/g, " ").trim();
    if (!t) continue;
    // (most lines open no such table: a week within the first few lines, or nothing more is read)
    if (nb.length === MAX_WIDTH + 1 && !nb.some((x) => WEEK_CELL.test(x.t))) return null;
    nb.push({ t, at: k });
  }
  const ts = nb.map((x) => x.t);
  let first = 0;
  while (first < ts.length && first <= MAX_WIDTH && !isAnchor(ts, first)) first++;
  if (first > MAX_WIDTH || first >= ts.length) return null;
  // the rows: weeks at one distance
  const second = ts.findIndex((_, k) => k > first + 1 && isAnchor(ts, k));
  const width = second - first;
  if (second < 0 || width < 3 || width > MAX_WIDTH) return null;
  const starts: number[] = [];
  for (let k = first; k + 1 < ts.length && isAnchor(ts, k); k += width) {
    const cells = ts.slice(k + 2, k + width);
    if (cells.some((c) => !cellLike(c) || WEEK_CELL.test(c))) break;
    starts.push(k);
  }
  if (starts.length < 3) return null;
  const rows = starts.map((k) => ts.slice(k, k + width));
  // (the last row runs only as far as it has cells)
  const last = rows[rows.length - 1];
  if (last.length < width) return null;
  // the cut first row: exactly its last cells before the first week, its last one a cell its column holds below
  if (first) {
    if (first !== width - 2) return null;
    const lead = ts.slice(0, first);
    if (lead.some((c) => !cellLike(c) || WEEK_CELL.test(c) || SPAN_CELL.test(c))) return null;
    if (!rows.some((r) => r[width - 1] === lead[lead.length - 1])) return null;
    rows.unshift(["", "", ...lead]);
  }
  const bodies = (col: number) => rows.every((r) => BODY_LIST.test(r[col]));
  const others = rows[0].map((_, c) => c).slice(2);
  const bodyCol = others.length >= 2 ? others.find((c) => c > others[0] && bodies(c)) : undefined;
  const names = rows[0].map((_, c) => (c === 0 ? "周次" : c === 1 ? "日期" : c === bodyCol ? "负责部门" : c === others[0] ? "工作内容" : "备注"));
  return {
    lines: [`| ${names.join(" | ")} |`, `|${names.map(() => "---").join("|")}|`, ...rows.map((r) => `| ${r.map((c) => c.replace(/\|/g, "｜")).join(" | ")} |`)],
    next: nb[starts[starts.length - 1] + width - 1].at + 1,
  };
}

/** The lines of a text with each such schedule joined back into pipe rows; other lines as they are. */
export function joinWeekRowLines(lines: string[]): string[] {
  if (lines.filter((l) => WEEK_CELL.test(l.trim())).length < 3) return lines;
  return joinTablesAt(lines, weekRowTableAt);
}
