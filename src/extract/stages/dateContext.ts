// The words round a date that make it a deadline: a time preposition before it, a clause it opens, words
// of a start after it (从/开始/以来: when work begins, not when it is due).
import { afterItemNumber, clauseStart } from "./clauses.js";

// A date at the start of a clause, after a time preposition, or followed by what happens then.
export const PREP_BEFORE = /(到|于|在|至|截至|截止|力争|争取|确保|务必|要在|须在|前)\s*$/;
export const START_WORDS = /^\s*(开始|起|以来|至|到|-|—|～|~|度|之前的|以前)/;

/** Whether the date at `i` opens its clause (after the item's own number, if any). */
export function clauseStarting(t: string, i: number): boolean {
  const cs = afterItemNumber(t, clauseStart(t, i));
  // (after the item's own number too: "一、放假前…", "（二）3月底前…")
  return /^\s*(?:[一二三四五六七八九十]{1,3}\s*、|[（(]\s*[一二三四五六七八九十]{1,3}\s*[）)])?\s*$/.test(t.slice(cs, i));
}
