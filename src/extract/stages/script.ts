// The text the stages match on, and the way back to the document's own characters.
//
// A document in traditional script ("責任單位", "實施") is matched as simplified: every stage's
// patterns are written in simplified characters. A web copy that annotates characters with pinyin
// ("學(xué)期", "負(fù)責(zé)單位") is matched without the annotations. Both are done once, here, on
// the laid-out text; the plan's strings and spans are then given back in the document's own
// characters (restorePlan), since a clerk checks them against the document.
import type { ExtractedPlan } from "../model.js";
import { foldHan } from "./hanFold.js";
import type { Stage } from "./types.js";

// a pinyin reading in brackets after a Chinese character: at least one tone mark, at most 6 letters
// (the character before the bracket is looked behind from after the bracket: a pattern that opens
// with a lookbehind is tried at every offset of the text, one that opens with the bracket only at brackets)
// (one cut off by the end of an excerpt, "農(nón" at the text's or a line's end, is a reading too)
const PINYIN = /[（(](?<=[\u3400-\u9fff][（(])(?=[a-zü]{0,5}[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹ])[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹ]{1,6}(?:[）)]|(?=\s*(?:\n|$)))/g;

export interface MatchText {
  /** What the stages read: simplified characters, no pinyin annotations. */
  text: string;
  /**
   * Offset in the printed text of each offset of `text` (length text.length + 1), when the
   * annotations were taken out; absent when both have the same offsets.
   */
  toPrinted?: Int32Array;
}

/** The printed text as the stages should read it. */
export function matchText(printed: string): MatchText {
  const folded = foldHan(printed);
  PINYIN.lastIndex = 0;
  if (!PINYIN.test(folded)) return { text: folded };
  const toPrinted: number[] = [];
  let text = "";
  let last = 0;
  PINYIN.lastIndex = 0;
  for (let m = PINYIN.exec(folded); m; m = PINYIN.exec(folded)) {
    for (let i = last; i < m.index; i++) toPrinted.push(i);
    text += folded.slice(last, m.index);
    last = m.index + m[0].length;
  }
  for (let i = last; i <= folded.length; i++) toPrinted.push(i);
  text += folded.slice(last);
  return { text, toPrinted: Int32Array.from(toPrinted) };
}

/** Offset in `text` of each printed offset (the inverse of toPrinted; an annotation maps to its character's end). */
export function fromPrinted(toPrinted: Int32Array, printedLength: number): Int32Array {
  const out = new Int32Array(printedLength + 1);
  let k = 0;
  for (let p = 0; p <= printedLength; p++) {
    while (k + 1 < toPrinted.length && toPrinted[k + 1] <= p) k++;
    out[p] = toPrinted[k] === p ? k : k + 1;
  }
  return out;
}

/**
 * The plan with its strings in the document's own characters and its spans into the printed text.
 * A string is found in the matched text and read from the printed one at the same place; one that
 * the stages assembled (joined lines) is given back character by character where the document
 * writes that character one way only.
 */
export function restorePlan(plan: ExtractedPlan, text: string, printed: string, toPrinted?: Int32Array): ExtractedPlan {
  if (text === printed) return plan;
  const at = (i: number) => (toPrinted ? toPrinted[Math.min(i, toPrinted.length - 1)] : i);
  const end = (i: number) => (i > 0 ? (toPrinted ? toPrinted[Math.min(i, toPrinted.length - 1)] : i) : 0);
  const found = renditions(text, printed, at, toPrinted);
  const { byChar } = found;
  const cache = new Map<string, string>();
  // where a string is found, and how it is given back when it is not (the rule; see `given` for the shortcut)
  const restoreAt = (s: string): string => {
    const i = s.length >= 2 ? text.indexOf(s) : -1;
    if (i >= 0) return printed.slice(at(i), end(i + s.length));
    let r = "";
    for (const c of s) r += byChar.get(c) ?? c;
    return r;
  };
  const restore = (s: string): string => {
    if (!s) return s;
    // (a string with no character printed otherwise, most of them: as it is, found without hashing it)
    found.changedRe.lastIndex = 0;
    if (!found.changedRe.test(s)) return s;
    let r = cache.get(s);
    if (r !== undefined) return r;
    r = given(s, text, found) ? s : restoreAt(s);
    cache.set(s, r);
    return r;
  };
  // (a value none of whose strings and spans changes is given back as it is, not copied: in a
  // document with a few traditional characters, most of the plan)
  const walk = (v: unknown, key: string): unknown => {
    if (typeof v === "string") return SKIP.has(key) ? v : READING_DROPPED.has(key) ? restore(v).replace(PINYIN, "") : restore(v);
    if (Array.isArray(v)) {
      if (key === "span" && v.length === 2 && typeof v[0] === "number") return toPrinted ? [at(v[0]), end(v[1])] : v;
      let out: unknown[] | null = null;
      for (let i = 0; i < v.length; i++) {
        const x = walk(v[i], key);
        if (out) out.push(x);
        else if (x !== v[i]) (out = v.slice(0, i)).push(x);
      }
      return out ?? v;
    }
    if (v && typeof v === "object") {
      const plain = Object.getPrototypeOf(v) === Object.prototype;
      let out: Record<string, unknown> | null = null;
      const keys = Object.keys(v);
      const obj = v as Record<string, unknown>;
      for (let i = 0; i < keys.length; i++) {
        const k = keys[i];
        const x = walk(obj[k], k);
        if (out) out[k] = x;
        else if (x !== obj[k] || !plain) {
          out = {};
          for (let j = 0; j < i; j++) out[keys[j]] = obj[keys[j]];
          out[k] = x;
        }
      }
      return out ?? (plain ? v : {});
    }
    return v;
  };
  const { sourceText, ...rest } = plan;
  return { ...(walk(rest, "") as Omit<ExtractedPlan, "sourceText">), sourceText };
}

// values that are codes, not the document's words
const SKIP = new Set(["file", "format", "by", "op", "no"]);
// a target's unit of measure is a word to compare and sum by, not a quote: its script given back, its reading not ("個", not "個(gè)")
const READING_DROPPED = new Set(["unit"]);

interface Renditions {
  /** Each matched character the document prints one way only, with that printed form (its annotation included). */
  byChar: Map<string, string>;
  /** The offsets in the matched text where the printed text differs, ascending. */
  changes: Int32Array;
  /** Those offsets by the matched character (UTF-16 unit) at each. */
  changesOf: Map<number, number[]>;
  /** Any matched character printed otherwise somewhere (folded or annotated); global. */
  changedRe: RegExp;
  /** Any character of `byChar` (null: none). */
  byCharRe: RegExp | null;
}

// (the character loops below run once per plan, mostly before the engine has optimised them: the
// text is compared and searched by native string operations wherever the offsets allow)
function renditions(text: string, printed: string, at: (i: number) => number, toPrinted?: Int32Array): Renditions {
  const changes: number[] = [];
  const changesOf = new Map<number, number[]>();
  const other = new Map<number, string>();
  // per character: 2 printed one other way only (in `other`), 3 printed both as itself and otherwise, or two other ways
  const state = new Map<number, 2 | 3>();
  if (!toPrinted && text.length === printed.length) {
    // same offsets: the characters that differ, found by halving the ranges that differ
    differing(text, printed, 0, text.length, changes);
    for (const i of changes) {
      const code = text.charCodeAt(i);
      const list = changesOf.get(code);
      if (list) list.push(i);
      else changesOf.set(code, [i]);
    }
    for (const [code, offsets] of changesOf) {
      if (code < 0x3400) continue;
      // printed as itself somewhere: an occurrence that is not one of its changed offsets
      const ch = String.fromCharCode(code);
      let k = 0,
        itself = false;
      for (let i = text.indexOf(ch); i >= 0; i = text.indexOf(ch, i + 1), k++) {
        if (offsets[k] !== i) {
          itself = true;
          break;
        }
      }
      const p = printed[offsets[0]];
      other.set(code, p);
      state.set(code, itself || offsets.some((i) => printed[i] !== p) ? 3 : 2);
    }
  } else {
    // (0 not seen, 1 printed as itself so far, 2 and 3 as above)
    const seen = new Uint8Array(0x10000);
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      const a = at(i),
        b = at(i + 1);
      const same = b === a + 1 && printed.charCodeAt(a) === code;
      if (!same) {
        changes.push(i);
        const list = changesOf.get(code);
        if (list) list.push(i);
        else changesOf.set(code, [i]);
      }
      if (code < 0x3400) continue;
      const st = seen[code];
      if (st === 3) continue;
      if (same) {
        if (st === 0) seen[code] = 1;
        else if (st === 2) seen[code] = 3;
      } else {
        const p = printed.slice(a, b);
        if (st === 0) {
          seen[code] = 2;
          other.set(code, p);
        } else if (st === 1 || other.get(code) !== p) seen[code] = 3;
      }
    }
    for (const code of other.keys()) state.set(code, seen[code] === 2 ? 2 : 3);
  }
  const byChar = new Map<string, string>();
  for (const [code, p] of other) if (state.get(code) === 2) byChar.set(String.fromCharCode(code), p);
  return {
    byChar,
    changes: Int32Array.from(changes),
    changesOf,
    changedRe: new RegExp(`[${[...changesOf.keys()].map(unitClass).join("")}]`, "g"),
    byCharRe: byChar.size ? new RegExp(`[${[...byChar.keys()].map((c) => unitClass(c.charCodeAt(0))).join("")}]`) : null,
  };
}

const unitClass = (code: number) => `\\u${code.toString(16).padStart(4, "0")}`;

/** Appends the offsets in [from, to) where `a` and `b` (of one length) differ, ascending. */
function differing(a: string, b: string, from: number, to: number, out: number[]): void {
  if (to - from <= 32) {
    for (let i = from; i < to; i++) if (a.charCodeAt(i) !== b.charCodeAt(i)) out.push(i);
    return;
  }
  if (a.slice(from, to) === b.slice(from, to)) return;
  const mid = (from + to) >> 1;
  differing(a, b, from, mid, out);
  differing(a, b, mid, to, out);
}

/**
 * Whether `restore` gives `s` back as it is, decided without searching the whole text: a string
 * none of whose characters is printed otherwise anywhere is printed as matched wherever it is
 * found, and given back character by character unchanged where it is not. One that has such
 * characters but none printed one way only (`byChar`) is given back unchanged unless its first
 * occurrence covers an offset printed otherwise: found near those offsets only (where they are few).
 */
function given(s: string, text: string, { byCharRe, changes, changesOf, changedRe }: Renditions): boolean {
  changedRe.lastIndex = 0;
  if (!changedRe.test(s)) return true;
  if (byCharRe?.test(s)) return false;
  const len = s.length;
  if (len < 2) return true; // (never searched for: given back character by character, none mapped)
  if (changes.length * 2 * len > text.length) return false; // (searching near them costs as much as the rule)
  // is there an occurrence covering a changed offset? (then the rule decides: the first occurrence may be that one)
  // An occurrence at q covering the changed offset c holds text[c] at s[c - q]: for each place k of
  // `s` whose character is printed otherwise somewhere, the offsets changed with that character
  // are the only ones such an occurrence can cover there (q = c - k); each is checked in place.
  changedRe.lastIndex = 0;
  for (let m = changedRe.exec(s); m; m = changedRe.exec(s)) {
    const k = m.index;
    for (const c of changesOf.get(s.charCodeAt(k))!) {
      const q = c - k;
      if (q >= 0 && q + len <= text.length && text.startsWith(s, q)) return false;
    }
  }
  return true;
}

/** The last stage: the plan in the document's own characters (a no-op for a plain simplified text). */
export const restoreScript: Stage = (doc) => (doc.plan && doc.printed !== undefined ? { ...doc, plan: restorePlan(doc.plan, doc.text, doc.printed, doc.toPrinted) } : doc);
