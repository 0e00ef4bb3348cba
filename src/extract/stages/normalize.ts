// Lays the reader's blocks out as one source text (what the review screen shows and what every
// span points into): a paragraph per line, a table row per line with cells separated by " | ".
import type { Block, SourceDocument } from "../model.js";
import { fromPrinted, matchText } from "./script.js";
import { Stitched } from "./stitched.js";
import type { Item, Line, WorkDoc } from "./types.js";

const CLEAN_CHARS = /[\u200b\u200c\u200d\u2060\ufeff\u00ad]/g;

/**
 * Folds full-width digits, Latin letters and the ASCII-like signs that carry numbers
 * (０-９, Ａ-Ｚ, ａ-ｚ, ％, ．, ＋, －, ／, ＜, ＝, ＞, ～) to their half-width forms, as NFKC does,
 * one UTF-16 unit for one, so every offset into the folded text is an offset into the original.
 * Chinese punctuation （）：；，、 is kept: the stages read it as printed.
 */
export function foldWidth(s: string): string {
  return s.replace(/[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a\uff05\uff0e\uff0b\uff0d\uff0f\uff1c-\uff1e]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
}

const ODD_CHARS = /[\u200b\u200c\u200d\u2060\ufeff\u00ad\u3000\u00a0\t]/;

function cleanLine(s: string): string {
  if (!ODD_CHARS.test(s)) return s.trimEnd();
  return s.replace(CLEAN_CHARS, "").replace(/[\u3000\u00a0\t]/g, " ").trimEnd();
}

export function layout(source: SourceDocument, file: string): WorkDoc {
  const parts: string[] = [];
  let pos = 0;
  const items: Item[] = [];
  const push = (s: string) => {
    parts.push(s);
    pos += s.length;
  };
  const addBlock = (b: Block) => {
    if (b.kind === "paragraph") {
      // (most paragraphs are one line: no pattern split, and one trim tells both blank and indent)
      const lines = b.text.includes("\n") || b.text.includes("\r") ? b.text.split(/\r\n|\r|\n/) : [b.text];
      lines.forEach((raw, i) => {
        const text = cleanLine(raw);
        // (a line never starts with a comma: a web page's line breaks saved as commas, ",1、…,")
        const lead = text.length - text.replace(/^[\s,，]+/, "").length;
        if (lead === text.length) return;
        const line: Line = { text: text.slice(lead), start: pos + lead };
        if (i === 0) {
          if (b.heading) line.heading = b.heading;
          if (b.bold) line.bold = true;
          if (b.boldPrefix) line.boldPrefix = cleanLine(b.boldPrefix).trim();
          if (b.numbering) line.numbering = b.numbering.trim();
        }
        if (b.numbering && i === 0) {
          // numbering is shown in the source text too, so the review screen reads like the document
          push(b.numbering.trim() + " ");
          line.start = pos + lead;
        }
        push(text + "\n");
        items.push({ kind: "line", line });
      });
      return;
    }
    const rows: Stitched[][] = [];
    const merged: (Stitched | null)[][] = [];
    let anyMerged = false;
    b.rows.forEach((row, ri) => {
      const cells: Stitched[] = [];
      const origins: (Stitched | null)[] = [];
      row.forEach((cell, ci) => {
        if (ci > 0) push(" | ");
        const t = cell.text.replace(CLEAN_CHARS, "").replace(/[\u3000\u00a0\t]/g, " ");
        const start = pos;
        push(t);
        const own = pending(start, start + t.length);
        cells.push(cell.continuation ? Stitched.empty() : own);
        let origin: Stitched | null = null;
        if (cell.continuation && cell.text.trim()) {
          // covered from above (merged down) or from the left (merged across): the merged cell's text
          const up = ri > 0 ? b.rows[ri - 1][ci] : undefined;
          if (up && up.text === cell.text) origin = up.continuation ? merged[ri - 1][ci] : rows[ri - 1][ci];
          else if (ci > 0 && row[ci - 1].text === cell.text) origin = row[ci - 1].continuation ? origins[ci - 1] : cells[ci - 1];
          anyMerged ||= !!origin;
        }
        origins.push(origin);
      });
      push("\n");
      rows.push(cells);
      merged.push(origins);
    });
    if (rows.length) items.push({ kind: "table", table: { rows, order: items.length, ...(anyMerged ? { merged } : {}) } });
  };
  // Cells are cut from the final text once it is joined: slicing a string that is still being
  // appended to would flatten it again for every cell (quadratic in the number of cells).
  const cuts: { st: Stitched; start: number; end: number }[] = [];
  const pending = (start: number, end: number): Stitched => {
    const st = Stitched.literal("\u0000");
    cuts.push({ st, start, end });
    return st;
  };
  for (const b of source.blocks) addBlock(b);
  const original = parts.join("");
  // Stitched texts are cut from the matched text: same offsets as the original unless pinyin
  // annotations were taken out (script.ts), when every offset is moved to the matched text.
  const printed = foldWidth(original);
  const matched = matchText(printed);
  const { toPrinted } = matched;
  // (xnotice27) January called 元月 after its year ("2031年元月4日") is read as 1月, one character for one (the
  // plan's strings keep 元月: they are given back from the printed text)
  const text = matched.text.includes("元月") ? matched.text.replace(/(?<=\d\s{0,2}年\s{0,2})元(?=\s{0,2}月)/g, "1") : matched.text;
  const from = toPrinted ? fromPrinted(toPrinted, printed.length) : null;
  const to = (i: number) => (from ? from[i] : i);
  const resolved = new Map<Stitched, Stitched>();
  for (const c of cuts) resolved.set(c.st, Stitched.of(text, to(c.start), to(c.end)));
  const resolve = (st: Stitched) => resolved.get(st) ?? st;
  // a line's text is the source text at its offsets, so its folded form is a slice of the folded text
  for (const it of items)
    if (it.kind === "line") {
      const start = to(it.line.start);
      it.line.text = text.slice(start, to(it.line.start + it.line.text.length));
      it.line.start = start;
    } else {
    it.table.rows = it.table.rows.map((r) => r.map(resolve));
    if (it.table.merged) it.table.merged = it.table.merged.map((r) => r.map((c) => (c ? resolve(c) : c)));
  }
  return { file, source, text, original, ...(text !== printed ? { printed, toPrinted } : {}), items, paras: [], tableTasks: [], proseTasks: [], sections: [] };
}
