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
const PINYIN = /(?<=[\u3400-\u9fff])[（(](?=[a-zü]{0,5}[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹ])[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹ]{1,6}[）)]/g;

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
  const { byChar, changed, changes } = renditions(text, printed, at);
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
    let r = cache.get(s);
    if (r !== undefined) return r;
    r = given(s, text, byChar, changed, changes) ? s : restoreAt(s);
    cache.set(s, r);
    return r;
  };
  const walk = (v: unknown, key: string): unknown => {
    if (typeof v === "string") return SKIP.has(key) ? v : restore(v);
    if (Array.isArray(v)) {
      if (key === "span" && v.length === 2 && typeof v[0] === "number") return toPrinted ? [at(v[0]), end(v[1])] : v;
      return v.map((x) => walk(x, key));
    }
    if (v && typeof v === "object") {
      const out: Record<string, unknown> = {};
      for (const [k, x] of Object.entries(v)) out[k] = walk(x, k);
      return out;
    }
    return v;
  };
  const { sourceText, ...rest } = plan;
  return { ...(walk(rest, "") as Omit<ExtractedPlan, "sourceText">), sourceText };
}

// values that are codes, not the document's words
const SKIP = new Set(["file", "format", "by", "op", "no"]);

interface Renditions {
  /** Each matched character the document prints one way only, with that printed form (its annotation included). */
  byChar: Map<string, string>;
  /** The matched characters (UTF-16 units) printed otherwise somewhere (folded or annotated). */
  changed: Uint8Array;
  /** The offsets in the matched text where the printed text differs, ascending. */
  changes: Int32Array;
}

function renditions(text: string, printed: string, at: (i: number) => number): Renditions {
  // per character: 0 not seen, 1 printed as itself so far, 2 printed one other way so far (in `other`), 3 both or more ways
  const state = new Uint8Array(0x10000);
  const other = new Map<number, string>();
  const changed = new Uint8Array(0x10000);
  const changes: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const a = at(i),
      b = at(i + 1);
    const same = b === a + 1 && printed.charCodeAt(a) === code;
    if (!same) {
      changed[code] = 1;
      changes.push(i);
    }
    if (code < 0x3400) continue;
    const st = state[code];
    if (st === 3) continue;
    if (same) {
      if (st === 0) state[code] = 1;
      else if (st === 2) state[code] = 3;
    } else {
      const p = printed.slice(a, b);
      if (st === 0) {
        state[code] = 2;
        other.set(code, p);
      } else if (st === 1 || other.get(code) !== p) state[code] = 3;
    }
  }
  const byChar = new Map<string, string>();
  for (const [code, p] of other) if (state[code] === 2) byChar.set(String.fromCharCode(code), p);
  return { byChar, changed, changes: Int32Array.from(changes) };
}

/**
 * Whether `restore` gives `s` back as it is, decided without searching the whole text: a string
 * none of whose characters is printed otherwise anywhere is printed as matched wherever it is
 * found, and given back character by character unchanged where it is not. One that has such
 * characters but none printed one way only (`byChar`) is given back unchanged unless its first
 * occurrence covers an offset printed otherwise: found near those offsets only (where they are few).
 */
function given(s: string, text: string, byChar: Map<string, string>, changed: Uint8Array, changes: Int32Array): boolean {
  let any = false;
  for (let k = 0; k < s.length; k++) {
    const code = s.charCodeAt(k);
    if (!changed[code]) continue;
    if (byChar.has(s[k])) return false;
    any = true;
  }
  if (!any) return true;
  const len = s.length;
  if (len < 2) return true; // (never searched for: given back character by character, none mapped)
  if (changes.length * 2 * len > text.length) return false; // (searching near them costs as much as the rule)
  // is there an occurrence covering a changed offset? (then the rule decides: the first occurrence may be that one)
  for (let w = 0; w < changes.length; ) {
    const from = Math.max(0, changes[w] - len + 1);
    let last = w;
    while (last + 1 < changes.length && changes[last + 1] - len + 1 <= changes[last] + len) last++;
    const to = Math.min(text.length, changes[last] + len);
    const near = text.slice(from, to);
    for (let k = near.indexOf(s); k >= 0; k = near.indexOf(s, k + 1)) if (covers(changes, from + k, from + k + len)) return false;
    w = last + 1;
  }
  return true;
}

/** Whether an offset of the ascending `changes` lies in [a, b). */
function covers(changes: Int32Array, a: number, b: number): boolean {
  let lo = 0,
    hi = changes.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (changes[mid] < a) lo = mid + 1;
    else hi = mid;
  }
  return lo < changes.length && changes[lo] < b;
}

/** The last stage: the plan in the document's own characters (a no-op for a plain simplified text). */
export const restoreScript: Stage = (doc) => (doc.plan && doc.printed !== undefined ? { ...doc, plan: restorePlan(doc.plan, doc.text, doc.printed, doc.toPrinted) } : doc);
