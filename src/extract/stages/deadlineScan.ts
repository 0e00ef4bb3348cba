// One findDeadlines call's reading: the text as printed and folded, the deadlines found, the spans taken; and
// how one date read at [a, b) becomes a deadline (its clause, what is due, the words that dated it).
import type { ExtractedDeadline } from "../model.js";
import { afterItemNumber, clauseEnd, clauseStart } from "./clauses.js";
import { ymd } from "./dateNumerals.js";
import type { DayRun } from "./dateDays.js";
import { HAN, HAN_RANGES } from "./han.js";
import { notDue, observanceDay } from "./notDue.js";
import type { Stitched } from "./stitched.js";

/** What one `findDeadlines` call has read so far (the text as printed and folded, the deadlines, the spans taken). */
export interface DeadlineScan {
  st: Stitched;
  o: string;
  t: string;
  out: ExtractedDeadline[];
  taken: [number, number][];
  said: Map<ExtractedDeadline, { words: string; label: boolean; bracketed: boolean }>;
}

/** Adds the deadline read at [a, b) unless its span overlaps one taken (a module function: tsx's keepNames wraps a closure made per call in __name). */
export function add({ st, o, t, out, taken, said }: DeadlineScan, a: number, b: number, by: string, confidence: number): void {
  if (out.length >= 200) return;
  if (taken.some(([x, y]) => a < y && b > x)) return;
  taken.push([a, b]);
  let cs = afterItemNumber(t, clauseStart(t, a));
  let ce = clauseEnd(t, b);
  // (a colon ends the clause: the observance named after the day is read past it)
  if (notDue(t.slice(cs, a), t.slice(b, ce)) || observanceDay(t.slice(b, b + 24))) return;
  // "到2025年，建成…": the commitment is in the next clause (never past the end of the sentence)
  if (t.slice(b, ce).trim().length < 3 && ce < t.length && "，,".includes(t[ce])) ce = clauseEnd(t, ce + 1);
  const text = o.slice(cs, ce).replace(/\s+/g, " ").trim();
  // (the hour of the day after it — "6月20日18：00前报送" — is no part of what is due)
  const after = o.slice(b, ce).replace(/^\s*(?:[01]?\d|2[0-4])\s*[:：]\s*[0-5]\d\s*(?:以前|之前|前)[，,\s]*/, "");
  const what = (o.slice(cs, a).replace(/(到|于|於|在|至|截至|争取|力争|确保)\s*$/, "") + after)
    .replace(/^[，,\s]+/, "")
    .replace(/^(?:以前|之前|前)[，,\s]*/, "")
    .replace(/\s+/g, "")
    .trim();
  const d: ExtractedDeadline = { what: what || text, by, text: compact(text), span: st.span(cs, ce), confidence };
  out.push(d);
  // the date words themselves, and whether a time-limit label stands right before them
  const label = TIME_LIMIT_LABEL.test(t.slice(Math.max(0, a - 8), a));
  // and whether a bracket holds them alone: a stage's period after its heading ("（二）报批阶段（3月）")
  const bracketed = /[（(]\s*$/.test(t.slice(Math.max(0, a - 2), a)) && /^\s*(?:以前|之前|前)?\s*[）)]/.test(t.slice(b, b + 4));
  said.set(d, { words: t.slice(a, b).replace(/\s+|以前|之前|前$/g, ""), label, bracketed });
}
/** Adds the first day of a list at [a, firstEnd) and each later day at its own words. */
export function addEach(scan: DeadlineScan, a: number, firstEnd: number, run: DayRun, yearFor: (month: number) => number, first: string, confidence: number): void {
  add(scan, a, firstEnd, first, confidence);
  for (const d of run.days) add(scan, d.at!, d.end!, ymd(yearFor(d.month!), d.month!, d.day), confidence);
}

export const TIME_LIMIT_LABEL = /(?:时限|期限|时间节点|完成时间|时间)\s*[：:]\s*$/;

export function compact(s: string): string {
  // (most texts hold no space: the Unicode-aware patterns below would still be tried at every offset)
  if (!HAS_SPACE.test(s)) return s;
  return s.replace(SPACE_AFTER_HAN, "$1").replace(SPACE_AFTER_DIGIT, "$1");
}
const HAS_SPACE = /\s/;
const SPACE_AFTER_HAN = new RegExp(String.raw`(${HAN})\s+(?=[\d${HAN_RANGES}])`, "gu");
const SPACE_AFTER_DIGIT = new RegExp(String.raw`(\d)\s+(?=${HAN})`, "gu");
