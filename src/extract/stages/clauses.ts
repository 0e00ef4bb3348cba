import { numberingLength } from "./numbering.js";

// Clause and sentence boundaries, and whether a position sits inside quotes or a book title.
// A circled number starts the next enumerated measure, so it ends a clause as a full stop does.
const CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳";
export const CLAUSE_END = "，,；;。：:！？!?\n" + CIRCLED;
export const SENTENCE_END = "；;。！？!?\n" + CIRCLED;

/**
 * An item number at the start of a line or clause: "3." "3、" "（3）" "③". A dot followed by a
 * digit is a decimal ("3.5万"), except before a year ("1.2024年…") or a month ("2.5月底前…").
 */
export const ITEM_NO = String.raw`(?:\d{1,2}\s*(?:[.．、](?!\d)|[.．](?=\d{4}\s*年|\d{1,2}\s*月))|[（(]\d{1,2}[）)]|[\u2460-\u2473])`;

// Look-arounds are bounded so that text without punctuation stays linear.
const MAX_SCAN = 300;

// Boundary characters as a table of UTF-16 units (1 = ends a sentence and a clause, 2 = a clause
// only): the scans below compare numbers instead of making a one-character string per step.
const BOUNDARY = new Uint8Array(0x10000);
for (const c of CLAUSE_END) BOUNDARY[c.charCodeAt(0)] = 2;
for (const c of SENTENCE_END) BOUNDARY[c.charCodeAt(0)] = 1;

const COLON = 0x3a, WIDE_COLON = 0xff1a;
const isDigit = (c: number) => (c >= 0x30 && c <= 0x39) || (c >= 0xff10 && c <= 0xff19);
/** A clock time's colon ("18：00", "8:30") is no clause end. */
function clockColon(t: string, j: number): boolean {
  const c = t.charCodeAt(j);
  return (c === COLON || c === WIDE_COLON) && isDigit(t.charCodeAt(j - 1)) && isDigit(t.charCodeAt(j + 1)) && isDigit(t.charCodeAt(j + 2));
}

export function clauseStart(t: string, i: number): number {
  let j = i;
  const stop = Math.max(0, i - MAX_SCAN);
  while (j > stop && (BOUNDARY[t.charCodeAt(j - 1)] === 0 || clockColon(t, j - 1))) j--;
  return j;
}
export function clauseEnd(t: string, i: number): number {
  let j = i;
  const stop = Math.min(t.length, i + MAX_SCAN);
  while (j < stop && (BOUNDARY[t.charCodeAt(j)] === 0 || clockColon(t, j))) j++;
  return j;
}
export function sentenceStart(t: string, i: number): number {
  let j = i;
  const stop = Math.max(0, i - MAX_SCAN);
  while (j > stop && BOUNDARY[t.charCodeAt(j - 1)] !== 1) j--;
  return j;
}
export function sentenceEnd(t: string, i: number): number {
  let j = i;
  const stop = Math.min(t.length, i + MAX_SCAN);
  while (j < stop && BOUNDARY[t.charCodeAt(j)] !== 1) j++;
  return j;
}

const LDQ = 0x201c, RDQ = 0x201d, LBOOK = 0x300a, RBOOK = 0x300b, ASCII_DQ = 0x22;
const LCORNER = 0x300c, RCORNER = 0x300d, LWCORNER = 0x300e, RWCORNER = 0x300f;

/**
 * True when position i is inside “…”, "…" or 《…》 within its sentence; with `corner`, inside 「…」 or 『…』 too (the
 * quotation marks of traditional-character text).
 */
export function insideQuotes(t: string, i: number, corner = false): boolean {
  const s = sentenceStart(t, i);
  let dq = 0,
    book = 0,
    ascii = 0;
  for (let j = s; j < i; j++) {
    const c = t.charCodeAt(j);
    if (c === LDQ || (corner && (c === LCORNER || c === LWCORNER))) dq++;
    else if (c === RDQ || (corner && (c === RCORNER || c === RWCORNER))) dq = Math.max(0, dq - 1);
    else if (c === LBOOK) book++;
    else if (c === RBOOK) book = Math.max(0, book - 1);
    else if (c === ASCII_DQ) ascii ^= 1;
  }
  return dq > 0 || book > 0 || ascii > 0;
}

/** Strips a leading item number ("3.", "②", "二、") so a clause that starts an item counts as a clause start. */
export function afterItemNumber(t: string, start: number): number {
  return start + numberingLength(t.slice(start, start + 12));
}
