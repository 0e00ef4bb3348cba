// Chinese words for the search index (issue 15): @node-rs/jieba's search-mode cut (a word and the
// dictionary words inside it: 义务教育 → 义务 教育 义务教育), plus the overlapping two-character
// pieces of every longer Chinese word (入园率 → 入园 园率), so that any two-character word of a
// document is found even where jieba cut the sentence another way. Only words of letters and
// digits are kept (no punctuation reaches FTS5's or PostgreSQL's query syntax), lower-cased.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import type { Jieba as JiebaType } from "@node-rs/jieba";

const require = createRequire(import.meta.url);
let jieba: JiebaType | null = null;
function cutter(): JiebaType {
  if (!jieba) {
    const { Jieba } = require("@node-rs/jieba") as typeof import("@node-rs/jieba");
    // The dictionary file read here, not through "@node-rs/jieba/dict": that module keeps its 5 MB and the
    // 6 MB IDF table (keywords, unused here) for good; this buffer goes once jieba has built its own (perf13).
    jieba = Jieba.withDict(readFileSync(join(dirname(require.resolve("@node-rs/jieba/dict")), "dict.txt")));
  }
  return jieba;
}

/** A word of letters and digits, at most 40 characters (PostgreSQL refuses lexemes over 2 KB; nobody searches such a run). */
const WORD = /^[\p{L}\p{N}]{1,40}$/u;
const HAN = /\p{Script=Han}/u;
/** Upper bound of the text tokenised per record (a bulletin or plan can be long; the index needs no more). */
const MAX_CHARS = 20_000;

function bigrams(word: string): string[] {
  const chars = [...word];
  const out: string[] = [];
  if (chars.length < 3 || !chars.every((c) => HAN.test(c))) return out;
  for (let i = 0; i + 1 < chars.length; i++) out.push(chars[i] + chars[i + 1]);
  return out;
}

/** The distinct words of a text for the index, space-separated. */
export function indexTokens(text: string): string {
  const words = new Set<string>();
  for (const raw of cutter().cutForSearch(text.slice(0, MAX_CHARS), true)) {
    const w = raw.trim().toLowerCase();
    if (!w || !WORD.test(w)) continue;
    words.add(w);
    for (const b of bigrams(w)) words.add(b);
  }
  return [...words].join(" ");
}

/**
 * The words of a query: jieba's plain cut (a query is short; its words must all be found).
 * One-character words are returned apart: the index holds words, so those are matched in the text.
 */
export function queryTerms(q: string): { words: string[]; chars: string[] } {
  // The same words are looked for again and again (a page reloaded, a filter changed, a word the
  // whole office looks up): jieba's cut, a third of a search's own work besides the database, once per text.
  const key = q.slice(0, 200);
  let cut = cutQueries.get(key);
  if (!cut) {
    if (cutQueries.size >= CUT_QUERIES) cutQueries.clear();
    cutQueries.set(key, (cut = cutQuery(key)));
  }
  return { words: [...cut.words], chars: [...cut.chars] };
}

/** Queries cut, by their text (bounded: cleared when full). */
const cutQueries = new Map<string, { words: string[]; chars: string[] }>();
const CUT_QUERIES = 500;

function cutQuery(q: string): { words: string[]; chars: string[] } {
  const words = new Set<string>();
  const chars = new Set<string>();
  for (const raw of cutter().cut(q.slice(0, 200), true)) {
    const w = raw.trim().toLowerCase();
    if (!w || !WORD.test(w)) continue;
    if ([...w].length === 1 && HAN.test(w)) chars.add(w);
    else words.add(w);
  }
  return { words: [...words].slice(0, 12), chars: [...chars].slice(0, 6) };
}

export interface Part {
  text: string;
  hit: boolean;
}

/**
 * Splits a text into parts with every occurrence of the terms marked: from left to right, the
 * earliest occurrence next, the longest term where several start there. Each term is looked for
 * with indexOf from the last mark on (not every term tried at every character, the text between
 * built a character at a time: 50 hits' titles and snippets were a tenth of a search's CPU).
 */
export function markTerms(text: string, terms: string[]): Part[] {
  const ts = [...new Set(terms.filter(Boolean))].sort((a, b) => b.length - a.length);
  if (!ts.length || !text) return text ? [{ text, hit: false }] : [];
  const lower = text.toLowerCase();
  const out: Part[] = [];
  // Where each term occurs next at or after `from` (-1: no more), found again only once passed.
  const next = ts.map((t) => lower.indexOf(t));
  let from = 0;
  for (;;) {
    let at = -1, len = 0;
    for (let k = 0; k < ts.length; k++) {
      if (next[k] >= 0 && next[k] < from) next[k] = lower.indexOf(ts[k], from);
      if (next[k] >= 0 && (at < 0 || next[k] < at)) (at = next[k]), (len = ts[k].length);
    }
    if (at < 0) break;
    if (at > from) out.push({ text: text.slice(from, at), hit: false });
    out.push({ text: text.slice(at, at + len), hit: true });
    from = at + len;
  }
  if (from < text.length) out.push({ text: text.slice(from), hit: false });
  return out;
}

/** A window of the text around the first occurrence of a term, marked. */
export function snippet(text: string, terms: string[], width = 90): Part[] {
  const flat = text.replace(/\s+/g, " ").trim();
  const lower = flat.toLowerCase();
  let at = -1;
  for (const t of terms) {
    const i = lower.indexOf(t);
    if (i >= 0 && (at < 0 || i < at)) at = i;
  }
  const start = at < 0 ? 0 : Math.max(0, at - Math.floor(width / 3));
  const piece = flat.slice(start, start + width);
  const parts = markTerms(piece, terms);
  if (start > 0) parts.unshift({ text: "…", hit: false });
  if (start + width < flat.length) parts.push({ text: "…", hit: false });
  return parts;
}
