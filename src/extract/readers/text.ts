// Plain text and markdown reader: guesses the encoding, then turns lines into paragraphs
// (markdown "#" headings and "**bold**" prefixes become attributes) and pipe tables into tables.
import { isUtf8 } from "node:buffer";
import iconv from "iconv-lite";
import type { Block, Paragraph, SourceDocument, Table, TableCell } from "../model.js";
import { isPageNumber } from "./pdfFurniture.js";

// Frequent characters of Chinese official documents; used to tell a right decoding from mojibake.
const COMMON =
  "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处府研信教育校局县务股室案要落责领导督办深化推改革";
const COMMON_TABLE = new Uint8Array(0x10000);
for (let i = 0; i < COMMON.length; i++) COMMON_TABLE[COMMON.charCodeAt(i)] = 1;

function cjkScore(text: string): number {
  let cjk = 0,
    common = 0,
    bad = 0;
  // by UTF-16 unit: characters outside the BMP (surrogate halves here) count in no class
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0xfffd) bad++;
    else if (c >= 0x4e00 && c <= 0x9fff) {
      cjk++;
      common += COMMON_TABLE[c];
    } else if ((c >= 0x80 && c < 0x2000) || (c >= 0xe000 && c <= 0xf8ff) || (c >= 0x3400 && c < 0x4e00)) bad++; // latin-1 / private use / ext-A: mojibake signs
  }
  return common * 2 + cjk * 0.2 - bad * 3;
}

export function decodeText(input: Buffer | string): string {
  if (typeof input === "string") return input.replace(/^\uFEFF/, "");
  const b = input;
  if (b.length >= 3 && b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) return b.subarray(3).toString("utf8");
  if (b.length >= 2 && b[0] === 0xff && b[1] === 0xfe) return iconv.decode(b.subarray(2), "utf16le");
  if (b.length >= 2 && b[0] === 0xfe && b[1] === 0xff) return iconv.decode(b.subarray(2), "utf16be");
  // strict UTF-8: validated natively, then decoded (what a fatal TextDecoder does, without the exception)
  const utf8: string | null = isUtf8(b) ? b.toString("utf8") : null;
  // all bytes ASCII: every character took one byte
  if (utf8 !== null && utf8.length === b.length) return utf8;
  if (utf8 === null) return iconv.decode(b, "gb18030");
  // Short GBK byte runs can be valid UTF-8 by accident: keep the reading that looks more like
  // Chinese. The choice is made on a sample of the first bytes; the whole text is decoded once.
  const SAMPLE = 8192;
  if (b.length <= SAMPLE) {
    const gb = iconv.decode(b, "gb18030");
    return cjkScore(gb) > cjkScore(utf8) + 2 ? gb : utf8;
  }
  const head = b.subarray(0, SAMPLE);
  const gbHead = iconv.decode(head, "gb18030");
  // the UTF-8 reading of the same bytes (a character cut at the end of the sample is dropped)
  const utf8Head = new TextDecoder("utf-8").decode(head).replace(/\uFFFD+$/, "");
  return cjkScore(gbHead) > cjkScore(utf8Head) + 2 ? iconv.decode(b, "gb18030") : utf8;
}

const PIPE_ROW = /^\s*\|.*\|\s*$/;
const PIPE_RULE = /^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-*:?\s*)*\|?\s*$/;

function splitPipeRow(line: string): string[] {
  const inner = line.trim().replace(/^\|/, "").replace(/\|$/, "");
  // (HTML line breaks only where there is markup; trimming both ends is what the two patterns did)
  return inner.split("|").map((c) => (c.includes("<") ? c.replace(/<\/?p>/gi, " ").replace(/<br\s*\/?>/gi, "\n") : c).trim());
}

const ODD_SPACES = /[\u3000\u200b\u200c\u200d\u2060]/;

function parseParagraph(raw: string): Paragraph | null {
  let text = ODD_SPACES.test(raw) ? raw.replace(/\u3000/g, " ").replace(/[\u200b\u200c\u200d\u2060]/g, "") : raw;
  text = text.trimEnd();
  if (!text.trim()) return null;
  const p: Paragraph = { kind: "paragraph", text };
  // markdown marks are rare in plain text: look for them only where they can be
  if (text.includes("#")) {
    const h = /^\s{0,3}(#{1,6})\s+(.*)$/.exec(text);
    if (h) {
      p.heading = h[1].length;
      text = h[2].replace(/\s+#+\s*$/, "");
    }
  }
  if (!text.includes("**")) {
    p.text = text.trim();
    return p.text ? p : null;
  }
  // **bold** at the start (possibly the whole line)
  const b = /^\s*\*\*(.+?)\*\*(.*)$/.exec(text);
  if (b) {
    const rest = b[2];
    text = b[1] + rest;
    if (!rest.trim()) p.bold = true;
    else p.boldPrefix = b[1];
  }
  p.text = text.replace(/\*\*/g, "").trim();
  return p.text ? p : null;
}

// "— 3 —", "第 3 页 共 12 页" on a line of their own are page numbers wherever they stand
const DASHED_PAGE_NUMBER = /^\s*(?:[-—–－]{1,2}\s*\d{1,4}\s*[-—–－]{1,2}|第\s*\d{1,4}\s*页(?:\s*[,，/／]?\s*共\s*\d{1,4}\s*页)?|共\s*\d{1,4}\s*页\s*第\s*\d{1,4}\s*页)\s*$/;

/**
 * Text pulled out of a PDF or a printed page: pages are separated by form feeds, each page may
 * begin with a running header and end with a page number. Drops the page numbers and the lines
 * that open (or close) two or more pages identically; keeps everything else.
 */
export function dropPageFurniture(lines: string[]): string[] {
  const out = lines.map((l) => (DASHED_PAGE_NUMBER.test(l) ? "" : l));
  if (!lines.some((l) => l.includes("\f"))) return out;
  // pages: [first line index, last line index] without blank lines at the edges
  const pages: number[][] = [[]];
  out.forEach((l, i) => {
    const parts = l.split("\f");
    if (parts.length > 1) {
      out[i] = parts.join("");
      for (let k = 1; k < parts.length; k++) pages.push([]);
    }
    if (out[i].trim()) pages[pages.length - 1].push(i);
  });
  if (pages.length < 2) return out;
  // (the first page's top line is the document's own: a running header starts on page 2)
  const edge = (pick: (p: number[]) => number | undefined, fromPage = 0) => {
    const seen = new Map<string, number>();
    for (const p of pages.slice(fromPage)) {
      const i = pick(p);
      if (i !== undefined) seen.set(out[i].trim(), (seen.get(out[i].trim()) ?? 0) + 1);
    }
    for (const p of pages.slice(fromPage)) {
      const i = pick(p);
      if (i === undefined) continue;
      const t = out[i].trim();
      // (a running line is a name or a title: no sentence or label punctuation — two pages may
      // well end on the same "（责任科室：督导科）")
      if (isPageNumber(t) || ((seen.get(t) ?? 0) >= 2 && t.length <= 60 && !/[。；;：:，,）)]/.test(t))) out[i] = "";
    }
  };
  // page numbers first (they may sit below a repeated footer), then repeated headers and footers
  edge((p) => p[p.length - 1]);
  for (const p of pages) while (p.length && !out[p[p.length - 1]].trim()) p.pop();
  edge((p) => p[0], 1);
  edge((p) => p[p.length - 1]);
  return out;
}

export function parseTextBlocks(text: string): Block[] {
  const lines = dropPageFurniture(text.replace(/\r\n?/g, "\n").split("\n"));
  const blocks: Block[] = [];
  let i = 0;
  while (i < lines.length) {
    const line = lines[i];
    if (line.length < 20000 && PIPE_ROW.test(line) && i + 1 < lines.length && lines[i + 1].length < 2000 && PIPE_RULE.test(lines[i + 1])) {
      const rows: TableCell[][] = [splitPipeRow(line).map((t) => ({ text: t }))];
      i += 2;
      while (i < lines.length && PIPE_ROW.test(lines[i])) {
        if (lines[i].length > 2000 || !PIPE_RULE.test(lines[i])) rows.push(splitPipeRow(lines[i]).map((t) => ({ text: t })));
        i++;
      }
      blocks.push({ kind: "table", rows } satisfies Table);
      continue;
    }
    const p = parseParagraph(line);
    if (p) blocks.push(p);
    i++;
  }
  return blocks;
}

export function readText(input: Buffer | string, format: "txt" | "md"): SourceDocument {
  const text = decodeText(input);
  return { format, warnings: [], blocks: parseTextBlocks(text) };
}
