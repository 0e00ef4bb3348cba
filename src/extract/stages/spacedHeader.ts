// A table's header and its row run into one line, cells apart by spaces (a document site's text of a
// one-page table: "…公示 类型 分项 指标 项目名称 考核内容 责任处室 完成情况 <row's cells>"): the column
// names are the run of short words before the row; where the header ends is told by the row's cells
// landing under the right columns, counted from the right — its long cell under a content column, a
// short one after it under a bodies' column; the words before the header stay a line (a caption, a title). The cell before the content names the row where no column
// is a task's. A guess, as a glued header is (gluedHeader.ts calls it and marks the table glued).
import { type ColumnRole, columnRole } from "./columnRoles.js";
import { Stitched } from "./stitched.js";
import type { GridTable, Line } from "./types.js";

const SHORT = /^[\u4e00-\u9fff（）()]{2,10}$/;
const BODIES: ColumnRole[] = ["lead", "responsible", "co"];

interface Token { a: number; b: number; t: string }

/** The line's words apart by spaces, a bracket left open joined with the words up to its close ("目标(指 标)名称"). */
function tokens(text: string): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(/\S+/g)) {
    const prev = out[out.length - 1];
    const open = prev && (prev.t.split(/[（(]/).length > prev.t.split(/[)）]/).length);
    if (open && prev.t.length <= 10) {
      prev.b = m.index! + m[0].length;
      prev.t += m[0];
    } else out.push({ a: m.index!, b: m.index! + m[0].length, t: m[0] });
  }
  return out;
}

export function spacedHeaderTable(src: string, line: Line, order: number): { table: GridTable; caption: Line | null } | null {
  const text = line.text;
  if (text.length > 4000 || text.length < 40) return null;
  const toks = tokens(text);
  if (toks.length < 8) return null;
  // the first long word after a run of short ones: the row's content
  let s = -1;
  for (let i = 0; i < toks.length; i++) {
    if (SHORT.test(toks[i].t)) {
      if (s < 0) s = i;
      continue;
    }
    if (s >= 0 && i - s >= 6 && toks[i].t.length > 20) return headerUpTo(src, line, toks, s, i, order);
    s = -1;
  }
  return null;
}

function headerUpTo(src: string, line: Line, toks: Token[], s: number, content: number, order: number): { table: GridTable; caption: Line | null } | null {
  const rowEnd = toks.length;
  for (let p = content - 1; p >= s + 4; p--) {
    const names = toks.slice(s, p).map((t) => t.t);
    const roles = names.map((n) => columnRole(n));
    if (roles.filter((r) => r !== null).length < 3) continue;
    const cells = toks.slice(p, rowEnd);
    const offset = names.length - cells.length;
    if (offset < 0 || offset > 2) continue;
    const col = (k: number) => k - p + offset;
    const contentRole = roles[col(content)];
    const bodyCol = col(content + 1);
    if (contentRole !== "measures" || content + 1 >= rowEnd || !BODIES.includes(roles[bodyCol] as ColumnRole) || !SHORT.test(toks[content + 1].t)) continue;
    const kinds: ColumnRole[] = roles.map((r) => r ?? "ignore");
    // (no task column: the short cell before the content names the row)
    const nameCol = col(content) - 1;
    if (!kinds.includes("title") && nameCol >= 0 && content - 1 >= p) kinds[nameCol] = "title";
    const at = (t: Token) => Stitched.of(src, line.start + t.a, line.start + t.b);
    const header = toks.slice(s, p).map((t, k) => (kinds[k] === "title" && roles[k] !== "title" ? Stitched.of("任务名称", 0, 4) : at(t)));
    const row: Stitched[] = names.map(() => Stitched.empty());
    cells.forEach((t, k) => (row[k + offset] = at(t)));
    // (the words before the header, the table's caption or the document's title, stay a line of their own)
    const before = line.text.slice(0, toks[s].a).trimEnd();
    // (a line of its own as a heading is: the lines above it, short once the long line is a table, are not run into it)
    const caption = before.trim() ? { ...line, text: before, heading: line.heading ?? 1 } : null;
    return { table: { rows: [header, row], order, flattened: true, glued: true }, caption };
  }
  return null;
}
