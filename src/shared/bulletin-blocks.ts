// 通报 rich text (issue 14): a section's body is a list of blocks — headings by level, paragraphs,
// numbered / bulleted lists, simple tables — whose text is runs with an optional bold flag. No HTML is
// ever stored: the web editor turns its contentEditable DOM into blocks, the server validates them
// (zod) and cleans them here, the DOCX writer maps each block to its GB/T 9704 style.
//
// Level 1 (一、黑体) is the section's own heading; inside a section, level 2 headings are numbered
// （一）（二）… (楷体) and level 3 headings 1. 2. … (仿宋 bold) below the level 2 one — numbers are not
// stored, they follow the order. Bulletins saved before rich text have `text` (one paragraph a line,
// （一）… and 1. … lines typed by hand); sectionFromStored reads both.

export interface Run {
  text: string;
  bold?: boolean;
}

export type Block =
  | { type: "heading"; level: 2 | 3; runs: Run[] }
  | { type: "paragraph"; runs: Run[] }
  | { type: "list"; ordered: boolean; items: Run[][] }
  /** The first row is the header row; every cell plain text. */
  | { type: "table"; rows: string[][] };

export interface BulletinSection {
  /** 一级标题 (黑体) without its number: the export numbers them 一、二、… */
  heading: string;
  blocks: Block[];
}

/** A section as stored before rich text. */
export interface LegacySection {
  heading: string;
  text: string;
}

export const BLOCK_LIMITS = { blocks: 500, runs: 200, runText: 5000, listItems: 200, tableRows: 200, tableCols: 10, cell: 500 } as const;

const CN = "一二三四五六七八九十";
/** 1 → 一, 12 → 十二, 21 → 二十一 (up to 99). */
export function cnNumber(n: number): string {
  if (n <= 10) return CN[n - 1] ?? String(n);
  if (n < 20) return `十${CN[n - 11] ?? ""}`;
  if (n < 100) return `${CN[Math.floor(n / 10) - 1]}十${n % 10 ? CN[(n % 10) - 1] : ""}`;
  return String(n);
}

/** The printed number of each block that is a heading ("（二）", "3."), null for the others. */
export function headingNumbers(blocks: Block[]): (string | null)[] {
  let h2 = 0, h3 = 0;
  return blocks.map((b) => {
    if (b.type !== "heading") return null;
    if (b.level === 2) { h2++; h3 = 0; return `（${cnNumber(h2)}）`; }
    h3++;
    return `${h3}.`;
  });
}

// C0/C1 control characters (they make a DOCX unreadable), zero-width and bidi overrides.
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff\ufff9-\ufffb]/g;
/** Text without the characters that break a DOCX (line breaks and tabs kept). */
export const stripUnsafe = (s: string) => s.replace(UNSAFE, "");
/** One line of text: no control characters; tabs and line breaks become spaces. */
export const cleanText = (s: string) => stripUnsafe(s).replace(/[\t\r\n]+/g, " ");

/** Runs cleaned: control characters out, empty runs dropped, neighbours of the same weight merged, ends trimmed. */
export function cleanRuns(runs: Run[]): Run[] {
  const out: Run[] = [];
  for (const r of runs) {
    const text = cleanText(r.text);
    if (!text) continue;
    const last = out[out.length - 1];
    if (last && !!last.bold === !!r.bold) last.text += text;
    else out.push(r.bold ? { text, bold: true } : { text });
  }
  if (out.length) {
    out[0]!.text = out[0]!.text.replace(/^\s+/, "");
    out[out.length - 1]!.text = out[out.length - 1]!.text.replace(/\s+$/, "");
  }
  return out.filter((r) => r.text);
}

/** Blocks cleaned: empty paragraphs, headings, list items and table rows dropped, table rows padded to one width. */
export function cleanBlocks(blocks: Block[]): Block[] {
  const out: Block[] = [];
  for (const b of blocks) {
    if (b.type === "heading" || b.type === "paragraph") {
      const runs = cleanRuns(b.runs);
      if (runs.length) out.push(b.type === "heading" ? { type: "heading", level: b.level === 3 ? 3 : 2, runs } : { type: "paragraph", runs });
    } else if (b.type === "list") {
      const items = b.items.map(cleanRuns).filter((i) => i.length);
      if (items.length) out.push({ type: "list", ordered: !!b.ordered, items });
    } else if (b.type === "table") {
      const rows = b.rows.map((r) => r.map((c) => cleanText(c).trim()));
      const width = Math.max(0, ...rows.map((r) => r.length));
      const kept = rows.filter((r) => r.some((c) => c)).map((r) => [...r, ...Array<string>(width - r.length).fill("")]);
      if (kept.length && width) out.push({ type: "table", rows: kept });
    }
  }
  return out;
}

const plain = (runs: Run[]) => runs.map((r) => r.text).join("");

/** A bulletin saved as plain text, read as blocks: "（一）标题。正文" → a level 2 heading and its paragraph;
 *  "1. 首句。正文" → a paragraph whose first sentence is bold (as the plain-text export printed it). */
export function blocksFromText(text: string): Block[] {
  const blocks: Block[] = [];
  for (const line of text.split(/\n+/).map((l) => l.trim()).filter(Boolean)) {
    const h2 = /^（[一二三四五六七八九十]+）\s*([^。：:]*[。：:]?)(.*)$/.exec(line);
    if (h2) {
      const head = h2[1]!.replace(/[。：:]$/, "").trim();
      const rest = h2[2]!.trim();
      if (head) blocks.push({ type: "heading", level: 2, runs: [{ text: head }] });
      if (rest) blocks.push({ type: "paragraph", runs: [{ text: rest }] });
      continue;
    }
    const h3 = /^(\d{1,2}[.．][^。]*。?)(.*)$/.exec(line);
    if (h3) {
      blocks.push({ type: "paragraph", runs: cleanRuns([{ text: h3[1]!, bold: true }, { text: h3[2]! }]) });
      continue;
    }
    blocks.push({ type: "paragraph", runs: [{ text: line }] });
  }
  return cleanBlocks(blocks);
}

/** A stored section (rich text, or plain text from before) as blocks. */
export function sectionFromStored(s: Partial<BulletinSection & LegacySection>): BulletinSection {
  const heading = typeof s.heading === "string" ? s.heading : "";
  if (Array.isArray(s.blocks)) return { heading, blocks: s.blocks };
  return { heading, blocks: blocksFromText(typeof s.text === "string" ? s.text : "") };
}

/** The section's words as plain text, a line a block (search index, previews of the old kind). */
export function blocksText(blocks: Block[]): string {
  const numbers = headingNumbers(blocks);
  return blocks
    .map((b, i) => {
      if (b.type === "heading") return `${numbers[i]}${plain(b.runs)}`;
      if (b.type === "paragraph") return plain(b.runs);
      if (b.type === "list") return b.items.map((it, j) => `${b.ordered ? `${j + 1}. ` : "• "}${plain(it)}`).join("\n");
      return b.rows.map((r) => r.join("\t")).join("\n");
    })
    .join("\n");
}

/** Block builders (the composer and tests). */
export const para = (...runs: (string | Run)[]): Block => ({ type: "paragraph", runs: runs.map((r) => (typeof r === "string" ? { text: r } : r)) });
export const heading = (level: 2 | 3, text: string): Block => ({ type: "heading", level, runs: [{ text }] });
export const list = (ordered: boolean, items: string[]): Block => ({ type: "list", ordered, items: items.map((text) => [{ text }]) });
export const table = (rows: string[][]): Block => ({ type: "table", rows });
