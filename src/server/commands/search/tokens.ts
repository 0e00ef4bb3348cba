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

/** Splits a text into parts with every occurrence of the terms marked (longest term first). */
export function markTerms(text: string, terms: string[]): Part[] {
  const ts = [...new Set(terms.filter(Boolean))].sort((a, b) => b.length - a.length);
  if (!ts.length || !text) return text ? [{ text, hit: false }] : [];
  const lower = text.toLowerCase();
  const out: Part[] = [];
  let plain = "";
  for (let i = 0; i < text.length; ) {
    const t = ts.find((x) => lower.startsWith(x, i));
    if (t) {
      if (plain) out.push({ text: plain, hit: false });
      plain = "";
      out.push({ text: text.slice(i, i + t.length), hit: true });
      i += t.length;
    } else plain += text[i++];
  }
  if (plain) out.push({ text: plain, hit: false });
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
