// Plain text and markdown reader: guesses the encoding, then turns lines into paragraphs
// (markdown "#" headings and "**bold**" prefixes become attributes) and pipe tables into tables.
import { isUtf8 } from "node:buffer";
import iconv from "iconv-lite";
import type { Block, Paragraph, SourceDocument, Table, TableCell } from "../model.js";
import { joinHeadedCellLines } from "./headedCellLines.js";
import { labelCellParagraphs } from "./labelCells.js";
import { joinListCellLines, listCellTableAt } from "./listCellLines.js";
import { joinWeekRowLines, weekRowTableAt } from "./weekRowLines.js";
import { joinWeekActivityLines, runOnWeekTable, weekTableAt } from "./weekActivityLines.js";
import { joinMonthCellLines, monthTableAt } from "./monthCellLines.js";
import { gluedCellTableAt, joinGluedCellRows } from "./gluedCellRows.js";
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

// (one decoder for every sample: it keeps no state between whole decodes)
const UTF8 = new TextDecoder("utf-8");

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
  const utf8Head = UTF8.decode(head).replace(/\uFFFD+$/, "");
  return cjkScore(gbHead) > cjkScore(utf8Head) + 2 ? iconv.decode(b, "gb18030") : utf8;
}

const PIPE_ROW = /^\s*\|.*\|\s*$/;
// (its dashes typographic where Word's AutoFormat or a converter's smart punctuation made "---" an em dash
// and "--" an en dash: "—|—|—|")
const PIPE_RULE = /^\s*\|?\s*:?(?:-{2,}|[—–]+)[-—–]*:?\s*(\|\s*:?[-—–]*:?\s*)*\|?\s*$/;

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
  // **bold** at the start (possibly the whole line; not a masked name's stars, "****中心")
  const b = /^\s*\*\*(?!\*)(.+?)\*\*(.*)$/.exec(text);
  if (b) {
    const rest = b[2];
    text = b[1] + rest;
    if (!rest.trim()) p.bold = true;
    else p.boldPrefix = b[1];
  }
  // (and a run of stars where a web copy masked a name, "会同******局", "落实***要求", goes as a Word file's does: dropMaskStars)
  p.text = text.replace(MASK_STARS, "").trim();
  return p.text ? p : null;
}

/** Two stars or more: a Markdown bold mark, or a name a web copy masked ("****中心", "***精神"). */
const MASK_STARS = /\*{2,}/g;

/**
 * A name masked by stars in a Word file's or a PDF's text ("会同******局、财政局…", "落实***要求") is read as the
 * text reader reads it, the stars left out: the sentence round them reads as it would without the name.
 */
export function dropMaskStars(doc: SourceDocument): SourceDocument {
  const bare = (t: string) => (t.includes("**") ? t.replace(MASK_STARS, "") : t);
  if (!doc.blocks.some((b) => (b.kind === "paragraph" ? b.text.includes("**") : b.rows.some((r) => r.some((c) => c.text.includes("**")))))) return doc;
  const blocks = doc.blocks.map((b): Block => {
    if (b.kind === "table") return { ...b, rows: b.rows.map((r) => r.map((c) => (c.text.includes("**") ? { ...c, text: bare(c.text) } : c))) };
    if (!b.text.includes("**")) return b;
    return { ...b, text: bare(b.text), ...(b.boldPrefix ? { boldPrefix: bare(b.boldPrefix) } : {}) };
  });
  return { ...doc, blocks };
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

/**
 * A Word file made of a PDF's text (a page copied into Word, or the text pandoc turned into a DOCX) keeps
 * the pages' numbers, "— 3 —", as paragraphs of their own, and after each the running header the next page
 * opened with. They are the page's furniture as in the text, which dropPageFurniture drops: each such
 * number ends a page, and the paragraphs read as the text's lines are (a table is a line no page repeats).
 */
export function dropParagraphPageFurniture(doc: SourceDocument): SourceDocument {
  if (!doc.blocks.some((b) => b.kind === "paragraph" && !b.text.includes("\n") && DASHED_PAGE_NUMBER.test(b.text))) return doc;
  const lines = doc.blocks.map((b, i) => (b.kind === "paragraph" ? b.text.replace(/[\f\n]/g, " ") : `\u0000${i}`));
  for (let i = 1; i < lines.length; i++) if (DASHED_PAGE_NUMBER.test(lines[i - 1]) && doc.blocks[i - 1].kind === "paragraph") lines[i] = `\f${lines[i]}`;
  const kept = dropPageFurniture(lines);
  const blocks = doc.blocks.filter((b, i) => b.kind !== "paragraph" || !b.text.trim() || kept[i].trim());
  return blocks.length === doc.blocks.length ? doc : { ...doc, blocks };
}

/**
 * Cells of a row written with pipes between its cells ("a | b | c |", the leading or trailing
 * pipe optional), or null: two filled cells at least, and not a page's "索引号: | … | 成文日期: | …"
 * label-and-value footer.
 */
function splitLooseRow(line: string): string[] | null {
  if (!line.includes("|") || PIPE_RULE.test(line)) return null;
  const cells = splitPipeRow(line);
  const filled = cells.filter(Boolean);
  if (filled.length < 2) return null;
  if (filled.filter((c) => /[：:]$/.test(c)).length * 2 >= filled.length) return null;
  return cells;
}

/** Cells of a tab-separated row (a table copied from a web page or a spreadsheet), or null. */
function splitTabRow(line: string, inTable = false): string[] | null {
  if (!line.includes("\t")) return null;
  const cells = line.replace(/[ \u3000]+$/, "").split("\t").map((c) => c.replace(/\u3000/g, " ").trim());
  // inside a table, a row with one filled cell is a category row merged across
  return cells.length >= (inTable ? 2 : 3) && cells.filter(Boolean).length >= (inTable ? 1 : 2) ? cells : null;
}

/** A table's cell on a line of its own with the pipe that closed it ("县教育局 |"). */
const CELL_LINE = /^[^|]+\|\s*$/;
// (most lines hold no pipe: told by includes, not by the pattern, which reads such a line to its end and back)
const isCellLine = (line: string) => line.includes("|") && CELL_LINE.test(line);
/** A cell on a line of its own opened and closed by its pipes ("| 1 |"): among cells closed by theirs, a row's first. */
const SHUT_CELL = /^\s*\|[^|]*[^|\s][^|]*\|\s*$/;

/**
 * A web table copied one cell per line, each cell followed by its closing pipe: the pipes go,
 * the cells stay one a line (as the other one-cell-per-line copies arrive).
 */
function dropCellPipes(lines: string[]): string[] {
  let run = 0;
  for (let i = 0; i <= lines.length; i++) {
    // (a row's first cell opened by its pipe as well, "| 1 |", the row's number: a cell of the run)
    if (i < lines.length && (isCellLine(lines[i]) || (SHUT_CELL.test(lines[i]) && (run > 0 || (i + 1 < lines.length && isCellLine(lines[i + 1])))))) {
      run++;
      continue;
    }
    // (a lone pipe between two cells is an empty cell: it goes, as an empty cell of the other copies does)
    if (i < lines.length && run && LONE_PIPE.test(lines[i]) && i + 1 < lines.length && isCellLine(lines[i + 1])) {
      run++;
      continue;
    }
    if (run >= 4) for (let k = i - run; k < i; k++) lines[k] = LONE_PIPE.test(lines[k]) ? "" : lines[k].replace(/\s*\|\s*$/, "").replace(/^\s*\|\s*/, "");
    run = 0;
  }
  return lines;
}

/**
 * A web table copied one cell per line, each cell closed by its pipe and each row opened by a lone
 * "|" line: each row is joined back into one "| a | b | c |" line. The excerpt may end inside the
 * last row, with a cell cut off before its pipe.
 */
function joinClosedCells(lines: string[]): string[] {
  if (!lines.some((l) => LONE_PIPE.test(l))) return lines;
  const out: string[] = [];
  // (a lone pipe right after a cell opens a row only in a table whose rows it has opened from the
  // first: among cells one a line, each closed by its pipe, it is an empty cell)
  let open = false;
  for (let i = 0; i < lines.length; ) {
    let k = i + 1;
    const opens = LONE_PIPE.test(lines[i]) && (open || i === 0 || !isCellLine(lines[i - 1]));
    while (opens && k < lines.length && isCellLine(lines[k])) k++;
    if (k - i < 3) {
      out.push(lines[i++]);
      open = false;
      continue;
    }
    open = true;
    const cells = lines.slice(i + 1, k).map((l) => l.replace(/\s*\|\s*$/, "").trim());
    const last = k < lines.length && lines[k].trim() && !lines[k].includes("|") && lines.slice(k + 1).every((l) => !l.trim());
    if (last) cells.push(lines[k++].trim());
    out.push(`| ${cells.join(" | ")} |`);
    i = k;
  }
  return out;
}

/**
 * A web table copied one cell per line under a header whose cells are closed by pipes and ruled
 * ("日 期 |", "星 期 |", "备 注 |", then "---|---|---|"): the rule says how many cells a row holds,
 * so a lone "|" below it is an empty cell, not a new row; every row is joined back into one
 * "| a | b | c |" line, the last one cut off by the excerpt as far as it goes.
 */
function joinRuledCellLines(lines: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < lines.length; ) {
    let h = i;
    while (h < lines.length && isCellLine(lines[h])) h++;
    const width = h - i;
    // (a line of no cells, most lines: kept without looking for a rule under it)
    if (width < 2) {
      out.push(lines[i++]);
      continue;
    }
    const rule = h < lines.length && PIPE_RULE.test(lines[h]) ? lines[h].split("|").filter((c) => /[-—–]/.test(c)).length : 0;
    if (rule !== width) {
      out.push(lines[i++]);
      continue;
    }
    const cell = (l: string) => l.replace(/\s*\|\s*$/, "").trim();
    const rows: string[][] = [lines.slice(i, h).map(cell)];
    let k = h + 1;
    let row: string[] = [];
    for (; k < lines.length && (isCellLine(lines[k]) || LONE_PIPE.test(lines[k])); k++) {
      row.push(cell(lines[k]));
      if (row.length === width) rows.push(row), (row = []);
    }
    // (the excerpt's last cell, cut off before its pipe)
    if (row.length && k < lines.length && lines[k].trim() && !lines[k].includes("|") && lines.slice(k + 1).every((l) => !l.trim())) row.push(lines[k++].trim());
    if (row.length) rows.push(row);
    if (rows.length < 3) {
      out.push(lines[i++]);
      continue;
    }
    out.push(`| ${rows[0].join(" | ")} |`, `|${rows[0].map(() => "---").join("|")}|`, ...rows.slice(1).map((r) => `| ${r.join(" | ")} |`));
    i = k;
  }
  return out;
}

// a column name on a line of its own: a short word, no punctuation ("主题", "時間", "活动形式")
const COLUMN_NAME = /^[\u4e00-\u9fff]{2,6}$/;
// the same name on a line as it stands, spaces anywhere ("主  题"): tested before the line is compacted
const COLUMN_NAME_LINE = /^\s*(?:[\u4e00-\u9fff]\s*){2,6}$/;
// the column that says when each row is done
const TIME_COLUMN = /^(?:[\u4e00-\u9fff]{0,2}(?:时间|時間|日期)|周次|週次|月份)$/;
// its cells: a week or a day ("第3周", "第十週", "9月", "9月10日", "9月1日—9月5日", "3.15"), or a dotted span ("3·4-3·6", "3.4—3.6")
const TIME_CELL = /^(?:第\s*[\d一二三四五六七八九十]{1,3}\s*[周週](?:\s*[-—–~～至]+\s*第?\s*[\d一二三四五六七八九十]{1,3}\s*[周週]?)?|\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?(?:\s*[-—–~～至]+\s*(?:\d{1,2}\s*月)?\s*\d{1,2}\s*日?)?(?:份|上旬|中旬|下旬)?|\d{1,2}[./]\d{1,2}|\d{1,2}[.·・]\d{1,2}\s*[-—–~～至]+\s*\d{1,2}[.·・]\d{1,2})$/;
// a line the web site put into the page's text: a call for contributions ("(教育歡迎您投稿)"), a
// source or editor credit ("来源：区教育局", "責任編輯：王明")
const SITE_LINE = /^[（(【\[]?[^（()）【】\[\]]{0,12}(?:欢迎|歡迎)(?:您|你|各位)?(?:投稿|来稿|來稿|赐稿|賜稿)[^（()）【】\[\]]{0,8}[)）】\]]?$|^(?:来源|來源|编辑|編輯|责任编辑|責任編輯|作者|供稿|撰稿)\s*[：:].{0,30}$/;

/**
 * A web table copied one cell per line without a number column: its column names one a line
 * ("主题" / "时间" / "活动形式" / "完成情况"), then each row's cells, one a line, a line the site put
 * in between them dropped. The time column's cells ("第3周", "9月10日") mark the rows: the lines
 * before one, after the cells the row before it took, are the row's first cells; a trailing column
 * left empty in every row has no line at all. Each row is joined back into one "| a | b |" line.
 * (Rows that open on their time cell are left to the date rows' stage.)
 */
function joinTimedCellLines(lines: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < lines.length; ) {
    const found = timedTableAt(lines, i);
    if (!found) out.push(lines[i++]);
    else out.push(...found.lines), (i = found.next);
  }
  return out;
}

/**
 * The web table copied one cell per line that opens at line `i` (see joinTimedCellLines): its rows
 * as "| a | b |" lines under a ruled header, and the index of the first line after it; null when
 * no such table opens there.
 */
function timedTableAt(lines: string[], i: number): { lines: string[]; next: number } | null {
  {
    // the header: column names one a line (blank lines between), one of them the time column; the
    // first row's cells before its time cell follow it, then its time cell
    // (most lines are no column name: told without compacting each)
    if (!COLUMN_NAME_LINE.test(lines[i])) return null;
    const lead: string[] = [];
    let h = i;
    for (; h < lines.length && lead.length < 16; h++) {
      const t = lines[h].replace(/[\s\u3000]+/g, "");
      if (!t || SITE_LINE.test(lines[h].trim())) continue;
      if (TIME_CELL.test(t)) break;
      // (the first three names are column names in any such header: a line that is none ends the search)
      if (lead.length < 3 && !COLUMN_NAME.test(t)) return null;
      lead.push(t);
    }
    const time = lead.findIndex((n) => TIME_COLUMN.test(n));
    const names = time >= 0 && h < lines.length ? lead.slice(0, lead.length - time) : [];
    // (rows that open on their time cell are the date rows' stage's: stages/datedLines.ts)
    if (names.length < 3 || names.length <= time || time < 1 || !names.every((n) => COLUMN_NAME.test(n)) || names.filter((n) => TIME_COLUMN.test(n)).length > 1) return null;
    // (back to the line after the header)
    for (h = i, lead.length = 0; lead.length < names.length; h++) if (lines[h].trim() && !SITE_LINE.test(lines[h].trim())) lead.push(lines[h]);
    // the cells under it, up to a long line or a stretch with no time cell
    const cells: string[] = [];
    let k = h;
    let since = 0;
    for (; k < lines.length; k++) {
      const t = lines[k].trim();
      if (!t) continue;
      if (SITE_LINE.test(t)) continue;
      // (a heading of the text, "三、其他工作", "（二）家校联系", ends the table)
      if (t.length > 80 || t.includes("|") || since > names.length + 2 || /^(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[)）])/.test(t)) break;
      cells.push(t);
      since = TIME_CELL.test(t) ? 0 : since + 1;
    }
    // (the lines after the last row that held no time cell are the prose's again)
    const anchors = cells.map((c, x) => (TIME_CELL.test(c) ? x : -1)).filter((x) => x >= 0);
    if (anchors.length < 3 || anchors[0] !== time) return null;
    // how many cells a row holds after its time cell: the most common gap, less the next row's first cells
    const width = names.length;
    const gaps = anchors.slice(1).map((a, x) => a - anchors[x] - 1 - time);
    const count = new Map<number, number>();
    for (const g of gaps) count.set(g, (count.get(g) ?? 0) + 1);
    const after = Math.max(0, Math.min(width - 1 - time, [...count].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]?.[0] ?? 0));
    const rows: string[][] = [];
    let start = 0;
    let end = cells.length;
    anchors.forEach((a, x) => {
      const next = x + 1 < anchors.length ? anchors[x + 1] : -1;
      const tail = next < 0 ? Math.min(after, cells.length - a - 1) : Math.max(0, Math.min(after, next - a - 1 - (time ? 1 : 0)));
      const lead = cells.slice(start, a);
      const row: string[] = [];
      // (more first cells than columns before the time column: the first one was wrapped onto lines)
      const extra = Math.max(0, lead.length - time);
      if (time) row.push(lead.slice(0, extra + 1).join(""), ...lead.slice(extra + 1));
      row.push(cells[a], ...cells.slice(a + 1, a + 1 + tail));
      rows.push(row);
      start = a + 1 + tail;
      if (next < 0) end = start;
    });
    // the excerpt's last row, cut off before its time cell: its first cells end the text
    const rest = cells.slice(end);
    let consumed = k;
    if (rest.length && time && rest.length <= time + 1 && !rest.some((c) => /[。；;]$/.test(c)) && lines.slice(k).every((l) => !l.trim())) rows.push([rest.join("")]);
    else if (rest.length) {
      // (the lines after the table go back to the text: find where the last row's cells ended)
      let left = rest.length;
      for (consumed = k; left > 0; ) if (lines[--consumed].trim() && !SITE_LINE.test(lines[consumed].trim())) left--;
    }
    const pad = (r: string[]) => [...r, ...new Array<string>(Math.max(0, width - r.length)).fill("")].slice(0, width);
    return { lines: [`| ${names.join(" | ")} |`, `|${names.map(() => "---").join("|")}|`, ...rows.map((r) => `| ${pad(r).join(" | ")} |`)], next: consumed };
  }
}

// a web page's markup copied with its text ("<p>…</p><h3 class='h3_title'>…</h3>"): its block tags end lines
const BLOCK_TAG = /<\/?(?:p|h[1-6]|div|li|br)(?:\s[^<>]*)?\/?>/gi;

const MARKUP_ONLY = /^\s*(?:\d{1,3}[.、]\s*)?(?:<\/?[a-z][a-z0-9]*(?:\s[^<>]*)?\/?>\s*)+$/i;

/** The lines of a line that holds a page's block markup (two tags or more, not a pipe row), the tags taken out. */
function markupLines(line: string): string[] {
  if (!line.includes("<") || PIPE_ROW.test(line)) return [line];
  // a line of the page's markup only, its text empty ("<code id=…></code>", "1. <noscript …></noscript>"): nothing
  if (MARKUP_ONLY.test(line)) return [];
  const tags = line.match(BLOCK_TAG);
  if (!tags || tags.length < 2) return [line];
  return line.split(BLOCK_TAG).filter((l) => l.trim());
}

// a row of a numbered table, opened by its number ("3 | 机构职能 | …", "| 3 | …")
const NUMBERED_PIPE_LINE = /^\s*\|?\s*(\d{1,3})\s*\|/;
// a line closed by an empty cell ("√ | |", "公开对象 | |||"): the row's empty cells at its end
const EMPTY_CLOSED = /\|\s*\|\s*$/;

/** The cells of a line of a broken row, its closing pipe and its empty cells at the end left out. */
function lineCells(line: string): string[] {
  const cells = line.trim().replace(/^\|/, "").replace(/\|\s*$/, "").split("|").map((c) => c.trim());
  while (cells.length && !cells[cells.length - 1]) cells.pop();
  return cells;
}

/**
 * Two header rows as one: a run of lower names that share their ending with an upper name
 * ("一级事项 | 二级事项" under "公开事项") takes that name's place; lower names left over ("全社会 |
 * 特定群体" under "公开对象") take the places of the last upper names, as many as the rows need.
 */
function flatHeader(upper: string[], lower: string[]): string[] {
  const out = [...upper];
  let rest = [...lower];
  const tail = (n: string) => n.replace(/\s+/g, "").slice(-2);
  for (let u = 0; u < out.length; u++) {
    const family = rest.filter((l) => tail(l) === tail(out[u]));
    if (family.length < 2) continue;
    out.splice(u, 1, ...family);
    rest = rest.filter((l) => !family.includes(l));
    u += family.length - 1;
  }
  if (!rest.length) return out;
  // (the names left over stand under one upper name: the last)
  return [...out.slice(0, -1), ...rest];
}

/**
 * A web table whose cells kept their line breaks: a row goes on over several lines, each closed by
 * its pipe, and only the rows' numbers ("1 |", "2 |" …) tell where a row starts. Each row is joined
 * back into one line; so is the header above the first row (a line closed by empty cells ends a
 * header row; a second header row under the first is flattened into it).
 */
function joinNumberedRows(lines: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < lines.length; ) {
    let j = i;
    while (j < lines.length && lines[j].includes("|") && !PIPE_RULE.test(lines[j]) && lines[j].length < 20000) j++;
    // (a line of no run, most lines: kept as it is)
    if (j === i) {
      out.push(lines[i++]);
      continue;
    }
    // (the excerpt's last line, a row cut off before its pipe)
    if (j === lines.length - 1 && lines[j].trim() && j > i) j++;
    const run = lines.slice(i, j);
    const nums = run.map((l) => NUMBERED_PIPE_LINE.exec(l)?.[1]).map((n) => (n === undefined ? 0 : Number(n)));
    const at = nums.flatMap((n, k) => (n ? [k] : []));
    // rows numbered 1, 2, 3 … with lines between them that go on with the row above (not a category row)
    const ascending = at.length >= 3 && nums[at[0]] === 1 && at.every((k, x) => x === 0 || nums[k] === nums[at[x - 1]] + 1);
    const broken = at.filter((k, x) => {
      const next = at[x + 1] ?? run.length;
      return next > k + 1 && !EMPTY_CLOSED.test(run[k]);
    }).length;
    if (!ascending || broken < 2 || run.slice(at[0]).some((l) => /^\s*\|?\s*(?:[一二三四五六七八九十]{1,3}[、.．]|[（(][一二三四五六七八九十]{1,3}[）)])/.test(l))) {
      out.push(...(j > i ? run : [lines[i]]));
      i = Math.max(j, i + 1);
      continue;
    }
    // the header: its lines above the first row, after the captions (a line of one filled cell)
    let h = 0;
    while (h < at[0] && lineCells(run[h]).filter(Boolean).length < 2) h++;
    const captions = run.slice(0, h);
    const headers: string[][] = [];
    let cur: string[] = [];
    for (; h < at[0]; h++) {
      cur.push(...lineCells(run[h]));
      if (EMPTY_CLOSED.test(run[h])) headers.push(cur), (cur = []);
    }
    if (cur.length) headers.push(cur);
    const rows: string[][] = [];
    // (lines after a row closed by its empty cells, before the next number: no such table)
    let stray = false;
    for (const [x, k] of at.entries()) {
      const end = at[x + 1] ?? run.length;
      const row: string[] = [];
      for (let m = k; m < end; m++) {
        // (a row closed by its empty cells ends there: a line after it is no part of it)
        if (m > k && EMPTY_CLOSED.test(run[m - 1])) {
          stray = true;
          break;
        }
        row.push(...lineCells(run[m]));
      }
      rows.push(row);
    }
    const header = headers.length >= 2 ? flatHeader(headers[0], headers[1]) : headers[0];
    // (a row joined wider than the header is no row: lines of other rows, a calendar's weeks under its months)
    if (!header || header.length < 3 || rows.some((r) => r.length > header.length) || stray) {
      out.push(...run);
      i = j;
      continue;
    }
    out.push(...captions);
    if (header) out.push(`| ${header.join(" | ")} |`, `|${header.map(() => "---").join("|")}|`);
    // (each row as wide as the header: its empty cells at the end were left out of its lines)
    const pad = (r: string[]) => [...r, ...new Array<string>(Math.max(0, (header?.length ?? 0) - r.length)).fill("")];
    out.push(...rows.map((r) => `| ${pad(r).join(" | ")} |`));
    i = j;
  }
  return out;
}

export function parseTextBlocks(text: string): Block[] {
  const split: string[] = [];
  for (const line of text.replace(/\r\n?/g, "\n").split("\n")) {
    if (line.includes("<")) split.push(...markupLines(line));
    else split.push(line);
  }
  const lines = joinNumberedRows(joinOpenedCells(joinClosedRows(dropCellPipes(joinHeadedCellLines(joinClosedCells(joinHeadedCellLines(joinRuledCellLines(joinWeekRowLines(joinListCellLines(joinTimedCellLines(joinWeekActivityLines(joinMonthCellLines(joinGluedCellRows(dropPageFurniture(split)))))))))))))));
  const blocks: Block[] = [];
  let i = 0;
  while (i < lines.length) {
    const line = lines[i];
    if (line.length < 20000 && PIPE_ROW.test(line) && i + 1 < lines.length && lines[i + 1].length < 2000 && PIPE_RULE.test(lines[i + 1])) {
      const rows: string[][] = [splitPipeRow(line)];
      i += 2;
      while (i < lines.length && PIPE_ROW.test(lines[i])) {
        if (lines[i].length > 2000 || !PIPE_RULE.test(lines[i])) rows.push(splitPipeRow(lines[i]));
        i++;
      }
      blocks.push(squareTable(rows));
      continue;
    }
    // rows of cells between pipes with no rule line under the header and no leading or trailing
    // pipe required, as a web page's table arrives in its text
    const loose = line.length < 20000 ? splitLooseRow(line) : null;
    // (a markdown rule line under the header, written without its outer pipes, is no row)
    const ruled = i + 1 < lines.length && lines[i + 1].length < 2000 && PIPE_RULE.test(lines[i + 1]) && lines[i + 1].includes("|");
    const next = i + (ruled ? 2 : 1);
    if (loose && loose.length >= 3 && next < lines.length && lines[next].length < 20000 && splitLooseRow(lines[next])) {
      const rows: string[][] = [loose];
      let cutRow = -1;
      for (i = next; i < lines.length; i++) {
        const row = lines[i].length < 20000 ? splitLooseRow(lines[i]) : null;
        // (the excerpt's last line, a row whose rows above close on a pipe and which does not: cut off in its last cell,
        // the cells it has are its leading ones, none covered by a merged cell above)
        if (row && lines.slice(i + 1).every((l) => !l.trim()) && !/\|\s*$/.test(lines[i]) && /\|\s*$/.test(lines[i - 1])) cutRow = rows.length;
        if (!row) {
          // the excerpt ends in the middle of a row: its first cell, cut off before any pipe
          const rest = lines.slice(i + 1).every((l) => !l.trim());
          // (not the signing date or the signature under the table)
          const t = lines[i].trim();
          const signature = /\d{4}\s*年\s*\d{1,2}\s*月|[〇零○一二三四五六七八九十]{4}年|[局委府室校院]$|^(?:注|说明|备注|附)|[。！]$/.test(t);
          if (rest && !ruled && rows.length >= 3 && t && !t.includes("|") && t.length <= 60 && !signature) rows.push([lines[i++].trim()]);
          break;
        }
        rows.push(row);
      }
      blocks.push(squareTable(rows, cutRow));
      continue;
    }
    // two or more tab-separated rows of three or more cells, as a copied table arrives
    const tabs = line.length < 20000 ? splitTabRow(line) : null;
    const nextTabs = tabs && i + 1 < lines.length ? splitTabRow(lines[i + 1], true) : null;
    if (tabs && nextTabs) {
      const rows: string[][] = [tabs];
      for (i++; i < lines.length; i++) {
        const row = splitTabRow(lines[i], true);
        if (row) rows.push(row);
        // a category row copied without its empty cells, between two rows of the table
        else if (lines[i].trim() && lines[i].trim().length <= 40 && i + 1 < lines.length && splitTabRow(lines[i + 1], true)) rows.push([lines[i].trim()]);
        else break;
      }
      blocks.push(squareTable(rows));
      continue;
    }
    const p = parseParagraph(line);
    if (p) blocks.push(p);
    i++;
  }
  return blocks;
}

/**
 * Rows of cells as typed → the model's full rectangle. A row with trailing cells left out is
 * filled with empty cells; a row short of its leading cells (a category or date cell that spans
 * rows on the page it was copied from, written once) is read as covered by the cells above.
 * The row `cutRow` (an excerpt cut off inside its last row) keeps its cells first.
 */
export function squareTable(rows: string[][], cutRow = -1): Table {
  // trailing empty cells beyond the header are the ragged edge of a typed row
  const filledWidth = Math.max(0, ...rows.slice(1).map((r) => lastFilled(r) + 1));
  const width = Math.max(rows[0].length, filledWidth);
  const kinds = columnKinds(rows, width, filledWidth);
  rows = [spanHeader(rows[0], kinds, filledWidth), ...rows.slice(1)];
  const out: TableCell[][] = [];
  const leads: number[] = [];
  rows.forEach((raw, r) => {
    let cells = raw.slice(0, Math.max(lastFilled(raw) + 1, Math.min(raw.length, width)));
    // (a row's own empty cells at its end may be the ragged edge of a row short of its leading cells)
    const filled = raw.slice(0, lastFilled(raw) + 1);
    const missing = filledWidth - filled.length;
    let lead = 0;
    let gap = 0;
    // (a row that opens with an empty cell of its own has its leading cells: its empty ones at its end are its own)
    if (missing > 0 && r > 1 && out[r - 1] && filled[0]?.trim() && r !== cutRow) {
      // the alignment whose cells look more like their columns' (ties: trailing cells left out)
      // (a cell of a distinct kind under a column of another distinct kind counts against)
      const fit = (shift: number) =>
        filled.reduce((n, c, i) => {
          if (!c) return n;
          const k = cellKind(c), col = kinds[i + shift];
          return n + (k === col ? 1 : DISTINCT.has(k) && DISTINCT.has(col) ? -1 : 0);
        }, 0);
      // (a merged cell that covered the row above may go on over this one: on a tie, it does)
      const above = leads[r - 1] ?? 0;
      let score = fit(0);
      if (above > 0 && above <= missing && fit(above) >= score) {
        lead = above;
        score = fit(above);
      }
      if (missing !== lead && fit(missing) > score) lead = missing;
      if (lead) cells = filled;
      // a numbered row whose categories, merged down from the row above, follow its number
      // ("3 | 机构职能 | …" under "1 | 机构信息 | 法定职责 | …"): its own number stays first, the
      // covered cells come after it
      // (here a number or a body under a column of another kind counts against wherever the table has a
      // column of its kind: "6 | 积极推进… | 财务处 | …" under "序号 | 工作任务 | 细化分工 | 责任处室")
      if (kinds[0] === "no" && cellKind(filled[0]) === "no" && out[r - 1][0].text && filled.length > 1) {
        const strict = (at: (i: number) => number) =>
          filled.reduce((n, c, i) => {
            if (!c) return n;
            const k = cellKind(c), col = kinds[at(i)];
            return n + (k === col ? 1 : DISTINCT.has(k) && (DISTINCT.has(col) || kinds.includes(k)) ? -1 : 0);
          }, 0);
        const after = strict((i) => (i ? i + missing : 0));
        if (after > Math.max(strict((i) => i), strict((i) => i + lead))) {
          gap = missing;
          lead = 0;
          cells = filled;
        }
      }
    }
    const row: TableCell[] = [];
    if (gap) row.push({ text: cells[0] });
    for (let c = gap ? 1 : 0; c < (gap ? gap + 1 : lead); c++) {
      const above = out[r - 1][c];
      row.push(above.text ? { text: above.text, continuation: true } : { text: "" });
      if (above.text) {
        // the merged cell above spans one row more
        let top = r - 1;
        while (top > 0 && out[top][c].continuation) top--;
        out[top][c].rowSpan = (out[top][c].rowSpan ?? 1) + 1;
      }
    }
    for (const t of gap ? cells.slice(1) : cells) row.push({ text: t });
    while (row.length < width) row.push({ text: "" });
    out.push(row);
    leads.push(lead);
  });
  return { kind: "table", rows: out };
}

function lastFilled(row: string[]): number {
  for (let i = row.length - 1; i >= 0; i--) if (row[i]) return i;
  return -1;
}

const DISTINCT = new Set(["no", "number", "date", "unit"]);

/** A coarse kind of cell text, to tell which column a cell of a short row belongs to. */
export function cellKind(t: string): string {
  if (/^\d{1,3}$/.test(t)) return "no";
  if (/^[\d.,，]+(?:万元|元)?$/.test(t)) return "number";
  if (/^[^，。；]{0,16}(?:\d{1,2}\s*月|\d{4}\s*年|周[一二三四五六日])[^，。；]{0,16}$/.test(t) && t.length <= 24) return "date";
  // (in traditional script too: 總務處, 教務處, 家委會)
  if (t.length <= 30 && /[股室办局站心会委组部校院所队处科园馆府處辦會組隊園館]$/.test(t)) return "unit";
  return t.length > 24 ? "long" : "short";
}

/** What a column name says its cells are, where it says it. */
function headerKind(h: string): string | null {
  if (/日期|时间|时限|起止|周次/.test(h)) return "date";
  if (/单位|处室|科室|股室|部门/.test(h)) return "unit";
  return null;
}

/**
 * A header with fewer names than the rows have cells: one name stood over two columns
 * ("起止日期" over a week column and a date column). The name goes over the column whose cells
 * are what it names; the other column has no name.
 */
function spanHeader(header: string[], kinds: string[], filledWidth: number): string[] {
  const names = header.slice(0, lastFilled(header) + 1);
  const extra = filledWidth - names.length;
  if (extra <= 0 || extra > 2 || names.some((n) => !n)) return header;
  const fit = (cols: string[]) => cols.reduce((n, h, c) => n + (h && headerKind(h) && headerKind(h) === kinds[c] ? 1 : 0), 0);
  let best = header;
  let bestFit = fit(header);
  for (let p = 0; p < names.length; p++) {
    const span = Array.from({ length: extra + 1 }, (_, k) => p + k);
    const home = span.find((c) => headerKind(names[p]) === kinds[c]) ?? p;
    const cols = [...names.slice(0, p), ...span.map((c) => (c === home ? names[p] : "")), ...names.slice(p + 1)];
    if (fit(cols) > bestFit) {
      best = cols;
      bestFit = fit(cols);
    }
  }
  return best;
}

/**
 * The most frequent kind of each column's cells over the full rows (the header row aside); where the
 * header names every filled column and a column's name says what its cells are ("责任处室": bodies), that kind,
 * if one of its cells is of it (a body's list "应急处、监督处等按职责分工落实" reads as a long text).
 */
function columnKinds(rows: string[][], width: number, filledWidth: number): string[] {
  const kinds: string[] = [];
  const named = lastFilled(rows[0]) + 1 >= filledWidth && rows[0].slice(0, filledWidth).every((h) => h.trim());
  for (let c = 0; c < width; c++) {
    const count = new Map<string, number>();
    for (const row of rows.slice(1)) if (row.length >= width && lastFilled(row) + 1 === filledWidth && row[c]) count.set(cellKind(row[c]), (count.get(cellKind(row[c])) ?? 0) + 1);
    const said = named ? headerKind(rows[0][c] ?? "") : null;
    kinds.push(said && count.has(said) ? said : ([...count].sort((a, b) => b[1] - a[1])[0]?.[0] ?? ""));
  }
  return kinds;
}

const OPENED_CELL = /^\s*\|\s*\S/;
const LONE_PIPE = /^\s*\|\s*$/;

/**
 * A web table copied one cell per line, each cell opened by its pipe ("| 星期一", an empty cell a
 * lone "|"), the row's first cell (or two: a year over a month) without one. Two such rows or more
 * in a row are joined back into one "a | b | c |" line per row; a row ends where the next row's
 * first cell starts.
 */
function joinOpenedCells(lines: string[]): string[] {
  if (!lines.some((l) => LONE_PIPE.test(l))) return lines;
  // the row that starts at `i` (its lead cells at most `leads` lines): the index after it, or -1
  // (no row holds more cells than the header: one that does ran into the next, whose first cell is covered from above)
  const rowAt = (i: number, leads: number, most = Infinity): number => {
    let k = i;
    while (k < lines.length && k - i < leads && lines[k].trim() && !lines[k].includes("|") && lines[k].trim().length <= 20) k++;
    if (k === i) return -1;
    const first = k;
    let opened = 0;
    for (; k < lines.length && k - first < most && (OPENED_CELL.test(lines[k]) || LONE_PIPE.test(lines[k])); k++) if (OPENED_CELL.test(lines[k])) opened++;
    return k - first >= 2 && opened >= 1 ? k : -1;
  };
  const out: string[] = [];
  for (let i = 0; i < lines.length; ) {
    // (the first row of a run takes one lead line: the line above it may be the table's caption)
    const end = rowAt(i, 1);
    if (end < 0 || rowAt(end, 2) < 0) {
      out.push(lines[i++]);
      continue;
    }
    const width = end - i;
    for (let at = i, next = end; next > 0; at = next, next = rowAt(at, 2, width)) {
      const row = lines.slice(at, next);
      const lead = row.findIndex((l) => l.includes("|"));
      const cells = row.slice(lead).map((l) => l.replace(/^\s*\|/, "").trim());
      if (LONE_PIPE.test(row[row.length - 1])) cells.pop();
      out.push([row.slice(0, lead).map((l) => l.trim()).join(" "), ...cells].join(" | "));
      i = next;
    }
  }
  return out;
}

/**
 * A web table copied with each cell opened by its pipe and each row closed by a lone "|", whose
 * cells kept their line breaks: "三月份 / 安全教育月 / | 1、… / 2、… / | 第一周 / | 3月1日—3月7日 / |".
 * The lines before a row's first pipe are its first cell, a line without a pipe after an opened
 * cell goes on with that cell. Two such rows or more in a row, one of them with a cell of several
 * lines, are joined back into one "a | b | c" line per row (a cell's lines kept as "<br>").
 */
function joinClosedRows(lines: string[]): string[] {
  if (!lines.some((l) => LONE_PIPE.test(l))) return lines;
  // the row that starts at `i`: its cells (lines each) and the index after its closing pipe, or null
  const rowAt = (i: number): { cells: string[][]; next: number } | null => {
    const lead: string[] = [];
    let k = i;
    for (; k < lines.length && k - i < 12 && lines[k].trim() && !lines[k].includes("|") && lines[k].trim().length <= 40; k++) lead.push(lines[k].trim());
    if (!lead.length || k >= lines.length || !OPENED_CELL.test(lines[k])) return null;
    const cells: string[][] = [lead];
    for (; k < lines.length && k - i < 60; k++) {
      const l = lines[k];
      if (LONE_PIPE.test(l)) return cells.length >= 3 ? { cells, next: k + 1 } : null;
      if (!l.trim()) return null;
      if (OPENED_CELL.test(l)) cells.push([l.replace(/^\s*\|/, "").trim()]);
      else if (l.includes("|") || l.trim().length > 60) return null;
      else cells[cells.length - 1].push(l.trim());
    }
    return null;
  };
  const out: string[] = [];
  for (let i = 0; i < lines.length; ) {
    const rows: string[][][] = [];
    let k = i;
    for (let r = rowAt(k); r; r = rowAt(k)) {
      rows.push(r.cells);
      k = r.next;
    }
    // (all of the table or none: a pipe line just before the run or soon after it is a row this reading cannot
    // take — one longer than a lead line, one with no cells after its first — and the table goes on in prose)
    const cut = lines.slice(Math.max(0, i - 16), i).some((l) => OPENED_CELL.test(l) || LONE_PIPE.test(l)) || lines.slice(k, k + 16).some((l) => OPENED_CELL.test(l) || LONE_PIPE.test(l));
    if (rows.length < 2 || cut || !rows.some((cells) => cells.some((c, k) => k > 0 && c.length > 1))) {
      out.push(lines[i++]);
      continue;
    }
    for (const cells of rows) out.push(cells.map((c) => c.join("<br>")).join(" | "));
    i = k;
  }
  return out;
}

/**
 * A Word or PDF file made from a web page's text keeps its pipe-separated rows (and its cells one
 * a line closed by a pipe) as paragraphs: runs of them are read as the text reader reads them. The
 * paragraphs of cells read one a line go into `wholeLines` (each was a line: nothing ran together).
 */
export function pipeParagraphsAsTables(doc: SourceDocument, wholeLines?: Set<Block>): SourceDocument {
  if (!doc.blocks.some((b) => b.kind === "paragraph" && b.text.includes("|"))) return doc;
  const bs = cellLineRunsAsText(openBrokenCells(doc.blocks), wholeLines);
  const out: Block[] = [];
  const pipedOwn = (k: number) => k < bs.length && bs[k].kind === "paragraph" && !(bs[k] as Paragraph).heading && (bs[k] as Paragraph).text.includes("|");
  // (a cell whose closing pipe went onto the next paragraph, "9.1" / "|", is a piped cell too)
  const closedLate = (k: number) => k + 1 < bs.length && bs[k].kind === "paragraph" && !(bs[k] as Paragraph).heading && !(bs[k] as Paragraph).text.includes("|") && (bs[k] as Paragraph).text.trim().length <= 40 && !!(bs[k] as Paragraph).text.trim() && pipedOwn(k + 1) && LONE_PIPE.test((bs[k + 1] as Paragraph).text) && pipedOwn(k - 1);
  const piped = (k: number) => pipedOwn(k) || closedLate(k);
  const opened = (k: number) => piped(k) && (OPENED_CELL.test((bs[k] as Paragraph).text) || LONE_PIPE.test((bs[k] as Paragraph).text));
  // a row's first cells, one a short line without a pipe, before its cells opened by their pipes (joinOpenedCells)
  const leads = (k: number) => {
    let n = 0;
    while (n < 2 && k + n < bs.length && isLeadCell(bs[k + n])) n++;
    return n && opened(k + n) ? n : 0;
  };
  for (let i = 0; i < bs.length; ) {
    const first = leads(i);
    if (!piped(i) && !first) {
      out.push(bs[i++]);
      continue;
    }
    let j = i + first;
    for (;;) {
      while (piped(j)) j++;
      const more = opened(j - 1) ? leads(j) : 0;
      if (!more) break;
      j += more;
    }
    // (one paragraph more when it is the last: a row cut off at the end of an excerpt)
    if (j === bs.length - 1 && bs[j].kind === "paragraph") j++;
    const run = bs.slice(i, j) as Paragraph[];
    const texts = run.map((p) => p.text);
    const parsed = run.length >= 2 ? parseTextBlocks((run.some((p) => OPENED_CELL.test(p.text)) ? texts : unwrapRows(texts)).join("\n")) : [];
    const cellLines = run.filter((p) => isCellLine(p.text)).length;
    if (parsed.some((b) => b.kind === "table") || cellLines >= 4) {
      const page = run[0].page;
      const blocks = page === undefined ? parsed : parsed.map((b) => ({ ...b, page }));
      // (a table's cells copied a line each, each closed by its pipe, are lines already: `wholeLines` says so to softBreaks)
      if (wholeLines && cellLines >= 4) for (const b of blocks) if (b.kind === "paragraph") wholeLines.add(b);
      out.push(...blocks);
    } else out.push(...run);
    i = j;
  }
  return { ...doc, blocks: out };
}

/**
 * A web table copied a cell per line, its cells opened by pipes ("| 周次", rows closed by a lone "|")
 * and its unpiped cells of many lines between them (a month's name and its days), pasted into Word a
 * paragraph per line: the run of one-line paragraphs it lies in is read as the text reader reads
 * those lines, a table where the text finds one. (Runs of few piped cells are left to the row
 * reading below.)
 */
function cellLineRunsAsText(bs: Block[], wholeLines?: Set<Block>): Block[] {
  const plain = (k: number) => k < bs.length && bs[k].kind === "paragraph" && !(bs[k] as Paragraph).heading && !(bs[k] as Paragraph).numbering && !(bs[k] as Paragraph).text.includes("\n");
  let out: Block[] | null = null;
  for (let i = 0; i < bs.length; ) {
    let j = i;
    while (plain(j)) j++;
    const run = bs.slice(i, j) as Paragraph[];
    const opened = run.filter((p) => OPENED_CELL.test(p.text)).length;
    const closers = run.filter((p) => LONE_PIPE.test(p.text)).length;
    const parsed = opened >= 4 && closers >= 2 ? parseTextBlocks(run.map((p) => p.text).join("\n")) : [];
    if (parsed.some((b) => b.kind === "table")) {
      out ??= bs.slice(0, i);
      const page = run[0].page;
      const blocks = page === undefined ? parsed : parsed.map((b) => ({ ...b, page }));
      if (wholeLines) for (const b of blocks) if (b.kind === "paragraph") wholeLines.add(b);
      out.push(...blocks);
    } else out?.push(...bs.slice(i, Math.max(j, i + 1)));
    i = Math.max(j, i + 1);
  }
  return out ?? bs;
}

/**
 * A row's first cell as a paragraph of its own: one short line, no pipe, no heading, no item number
 * (a numbered line between rows, "1.6在…；", is the prose's item, as the segment stage reads it).
 */
function isLeadCell(b: Block): boolean {
  return b.kind === "paragraph" && !b.heading && !b.numbering && !b.text.includes("|") && !b.text.includes("\n") && !!b.text.trim() && b.text.trim().length <= 20 && !ITEM_NUMBER.test(b.text.trim());
}
const ITEM_NUMBER = /^(?:\d{1,2}(?:\.\d{1,2})+(?!\d)|\d{1,2}[、．]|[一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]{1,2}[）)])/;

/**
 * A web table's cells one a line, each opened by its pipe ("| 星期一"), rows closed by a lone "|",
 * that reached a Word file as one paragraph of line breaks per row (Markdown's line block reads a
 * "| " line so and drops the pipe): where rows are closed by pipes, such a paragraph next to a piped
 * one is its row's cells again, a line each, opened by their pipes (the last paragraph too: an
 * excerpt's last row cut off).
 */
function openBrokenCells(bs: Block[]): Block[] {
  const closers = bs.filter((b) => b.kind === "paragraph" && /\|\s*$/.test(b.text)).length;
  if (closers < 3) return bs;
  const pipedAt = (k: number) => k < bs.length && bs[k].kind === "paragraph" && (bs[k] as Paragraph).text.includes("|");
  let out: Block[] | null = null;
  bs.forEach((b, k) => {
    const lines = b.kind === "paragraph" && !b.heading ? b.text.split("\n") : [];
    const broken = lines.length >= 2 && lines.every((l) => l.trim() && !/^\s*\|/.test(l)) && (pipedAt(k + 1) || (k === bs.length - 1 && (pipedAt(k - 1) || pipedAt(k - 2))) || lines.some((l) => /\|\s*$/.test(l)));
    if (!broken) return void out?.push(b);
    out ??= bs.slice(0, k);
    for (const line of lines) out.push({ kind: "paragraph", text: `| ${line.trim()}`, ...(b.page === undefined ? {} : { page: b.page }) });
  });
  return out ?? bs;
}

/**
 * A web table copied one cell per line (its column names one a line, a time column's cells marking
 * the rows: joinTimedCellLines) that arrives as a Word file's or a PDF's paragraphs, a paragraph a
 * line: the same table as the text's, in place of its paragraphs.
 */
export function timedParagraphsAsTables(doc: SourceDocument): SourceDocument {
  const bs = doc.blocks;
  const line = (k: number) => k < bs.length && bs[k].kind === "paragraph" && !(bs[k] as Paragraph).text.includes("\n");
  let out: Block[] | null = null;
  for (let i = 0; i < bs.length; ) {
    let j = i;
    while (line(j)) j++;
    if (j - i < 8) {
      out?.push(...bs.slice(i, Math.max(j, i + 1)));
      i = Math.max(j, i + 1);
      continue;
    }
    const run = bs.slice(i, j) as Paragraph[];
    const texts = run.map((p) => p.text);
    // (a Word list's number is the paragraph's, not its text's: a numbered list in a cell, readers/listCellLines.ts)
    const numbered = run.map((p) => (p.numbering ? `${p.numbering} ${p.text}` : p.text));
    for (let k = 0; k < texts.length; ) {
      // (a week calendar whose weeks number their activities from 1: readers/weekActivityLines.ts; a 行事历 by month: monthCellLines.ts)
      const found = timedTableAt(texts, k) ?? weekTableAt(texts, k) ?? listCellTableAt(numbered, k) ?? weekRowTableAt(texts, k) ?? monthTableAt(numbered, k) ?? gluedCellTableAt(texts, k);
      if (!found) {
        out?.push(run[k]);
        k++;
        continue;
      }
      out ??= bs.slice(0, i + k);
      const page = run[k].page;
      const parsed = parseTextBlocks(found.lines.join("\n"));
      out.push(...(page === undefined ? parsed : parsed.map((b) => ({ ...b, page }))));
      k = found.next;
    }
    i = j;
  }
  return out ? { ...doc, blocks: out } : doc;
}

/**
 * A week calendar run into one paragraph (a document site's dump of a Word table pasted into Word:
 * readers/weekActivityLines.ts) that arrives as a Word file's or a PDF's paragraph: the same table as
 * the text's, in place of the paragraph.
 */
export function runOnWeeksAsTables(doc: SourceDocument): SourceDocument {
  let out: Block[] | null = null;
  doc.blocks.forEach((b, k) => {
    const rows = b.kind === "paragraph" && !b.heading && b.text.includes("周次") ? runOnWeekTable(b.text) : null;
    if (!rows) return void out?.push(b);
    out ??= doc.blocks.slice(0, k);
    const parsed = parseTextBlocks(rows.join("\n"));
    out.push(...(b.page === undefined ? parsed : parsed.map((p) => ({ ...p, page: b.page }))));
  });
  return out ? { ...doc, blocks: out } : doc;
}

/**
 * Rows that end with their closing pipe, wrapped by a page's width (a PDF's lines): a line that does
 * not end with a pipe goes on in the next one.
 */
function unwrapRows(texts: string[]): string[] {
  const closed = texts.filter((t) => /\|\s*$/.test(t)).length;
  if (closed * 2 < texts.length) return texts;
  const out: string[] = [];
  let open = "";
  for (const t of texts) {
    const line = open + t;
    if (/\|\s*$/.test(t) || !t.includes("|") && !open) {
      out.push(line);
      open = "";
    } else open = line;
  }
  if (open) out.push(open);
  return out;
}

export function readText(input: Buffer | string, format: "txt" | "md"): SourceDocument {
  const text = decodeText(input);
  return labelCellParagraphs({ format, warnings: [], blocks: parseTextBlocks(text) });
}
