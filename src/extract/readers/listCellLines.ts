// A table copied one cell a line whose last column holds a numbered list in each row (组别 / 职称 /
// 职掌, then per row a group, a post and the post's duties "1. … 2. …"): the numbered list is one
// cell, the row's content, not a list of tasks. The header's names and the first row's short cells
// come before the first list, 2W−1 short lines for a table W columns wide; each later row prints its
// short cells before its content (a list, or one line of text), a cell merged down over its rows
// (a group) only on the first of them. A row with no content of its own shares a merged content cell:
// the row below's where it opens a group of its own, else the row above's. Where one run of short
// cells holds several rows, each cell goes to the column whose other cells end as it does. Each row is
// joined back into one "| a | b |" line, the list's items kept apart by "<br>", so the table model
// reads one task a row.

import { joinTablesAt } from "./joinTablesAt.js";

// a short cell: a name of a few characters (a group, a post, a column's name), whitespace inside it
// aside (told without taking the whitespace out: a long line fails at its seventh character)
const KEY_LINE = /^\s*(?:[\u4e00-\u9fff]\s*){2,6}$/;
// an item of a numbered list ("1. 督导…", "2、…")
const ITEM = /^(\d{1,2})\s*[.．、](?!\d)\s*(\S.*)$/;
// (a heading of the text ends the table)
const HEADING = /^(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[)）]|第[一二三四五六七八九十]+[章节条部分])/;
const MAX_WIDTH = 6;
const MAX_CELLS = 2000;

type Token = { kind: "key" | "content"; text: string; list: boolean; end: number };

const compact = (s: string) => s.replace(/[\s\u3000\u00a0]+/g, "");

/**
 * The cells from line `i`: short cells and contents (a numbered list's lines one cell), up to a line that fits neither;
 * with `toContent`, only up to the first content (the cells before it are the same).
 */
function tokensFrom(lines: string[], i: number, most: number, toContent = false): Token[] {
  const out: Token[] = [];
  for (let k = i; k < lines.length && out.length < most; k++) {
    const t = lines[k].replace(/[\u3000\u00a0]/g, " ").trim();
    if (!t) continue;
    if (KEY_LINE.test(t)) {
      out.push({ kind: "key", text: compact(t), list: false, end: k + 1 });
      continue;
    }
    const m = ITEM.exec(t);
    const last = out[out.length - 1];
    if (m && last?.list && Number(m[1]) === last.text.split("<br>").length + 1) {
      last.text += `<br>${t}`;
      last.end = k + 1;
      continue;
    }
    if (t.length > 80 || t.includes("|") || HEADING.test(t) || (m && Number(m[1]) !== 1)) break;
    out.push({ kind: "content", text: t, list: !!m, end: k + 1 });
    if (toContent) break;
  }
  // (a list of one item is one line of text)
  for (const tok of out) if (tok.list && !tok.text.includes("<br>")) tok.list = false;
  return out;
}

/** The table that opens at line `i` (see above): its pipe rows and the index of the line after it; null when none opens there. */
export function listCellTableAt(lines: string[], i: number): { lines: string[]; next: number } | null {
  if (!KEY_LINE.test(lines[i] ?? "")) return null;
  for (let p = i - 1; p >= 0 && p >= i - 3; p--) {
    if (!lines[p].trim()) continue;
    if (KEY_LINE.test(lines[p])) return null;
    break;
  }
  // (most lines open no such table: told from the first few cells before all are read)
  const n = tokensFrom(lines, i, 2 * MAX_WIDTH, true).findIndex((t) => t.kind === "content");
  if (n < 5 || n % 2 === 0) return null;
  const toks = tokensFrom(lines, i, MAX_CELLS);
  const width = (n + 1) / 2;
  if (width > MAX_WIDTH) return null;
  const header = toks.slice(0, width).map((t) => t.text);
  // the runs of short cells, each before a content
  const runs: { keys: string[]; content: Token }[] = [];
  let keys: string[] = toks.slice(width, n).map((t) => t.text);
  for (let k = n; k < toks.length; k++) {
    const t = toks[k];
    if (t.kind === "key") {
      keys.push(t.text);
      if (keys.length > 2 * (width - 1)) break;
      continue;
    }
    if (!keys.length) break;
    runs.push({ keys, content: t });
    keys = [];
  }
  if (runs.length < 3 || runs.filter((r) => r.content.list).length < 2) return null;
  // the cells each column is known to hold: runs of one row
  const known: string[][] = header.map(() => []);
  for (const r of runs) if (r.keys.length <= width - 1) r.keys.forEach((c, x) => known[width - 1 - r.keys.length + x].push(c));
  const affinity = (cell: string, col: number) => known[col].filter((c) => c !== cell && c.slice(-1) === cell.slice(-1)).length;
  type Row = string[][];
  const rows: { cells: Row; own: boolean }[] = [];
  for (const r of runs) {
    for (const seg of segments(r.keys, width - 1, affinity)) {
      const cells: Row = header.map(() => []);
      seg.forEach((c, x) => cells[width - 1 - seg.length + x].push(c));
      rows.push({ cells, own: false });
    }
    const last = rows[rows.length - 1];
    last.cells[width - 1].push(r.content.text.replace(/\|/g, "｜"));
    last.own = true;
  }
  // rows without content join the row whose merged content cell covers them
  const joined: Row[] = [];
  let pending: Row | null = null;
  for (const r of rows) {
    let cells = r.cells;
    if (pending) {
      const before: Row = pending;
      cells = cells.map((c, x) => [...before[x], ...c]);
      pending = null;
    }
    if (r.own) {
      joined.push(cells);
      continue;
    }
    const opensGroup = cells.slice(0, width - 2).some((c) => c.length);
    if (opensGroup || !joined.length) pending = cells;
    else joined[joined.length - 1] = joined[joined.length - 1].map((c, x) => [...c, ...cells[x]]);
  }
  // a cell merged down over its rows (a group) is each row's
  const above: string[] = header.map(() => "");
  const out = joined.map((cells) =>
    cells.map((c, x) => {
      if (c.length) return (above[x] = c.join("<br>"));
      return x < width - 2 ? above[x] : "";
    }),
  );
  return {
    lines: [`| ${header.join(" | ")} |`, `|${header.map(() => "---").join("|")}|`, ...out.map((r) => `| ${r.join(" | ")} |`)],
    next: runs[runs.length - 1].content.end,
  };
}

/**
 * A run of short cells cut into rows of at most `most` cells each, each row's cells the rightmost of
 * its columns: the cut whose cells best fit their columns, fewest rows on a tie.
 */
function segments(keys: string[], most: number, affinity: (cell: string, col: number) => number): string[][] {
  if (keys.length <= most) return [keys];
  const best: { score: number; cuts: number[] }[] = [{ score: 0, cuts: [] }];
  for (let j = 1; j <= keys.length; j++) {
    let top: { score: number; cuts: number[] } | null = null;
    for (let len = 1; len <= most && len <= j; len++) {
      const from = best[j - len];
      if (!from) continue;
      let s = from.score - 0.5;
      for (let x = 0; x < len; x++) s += affinity(keys[j - len + x], most - len + x);
      if (!top || s >= top.score) top = { score: s, cuts: [...from.cuts, j - len] };
    }
    best[j] = top!;
  }
  const cuts = [...best[keys.length].cuts, keys.length];
  return cuts.slice(0, -1).map((c, x) => keys.slice(c, cuts[x + 1]));
}

/** The lines of a text with each such table joined back into pipe rows; other lines as they are. */
export function joinListCellLines(lines: string[]): string[] {
  if (!lines.some((l) => ITEM.test(l.trim()))) return lines;
  return joinTablesAt(lines, listCellTableAt);
}
