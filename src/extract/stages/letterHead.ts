// The head of a letter (函) as Taiwanese offices print it: the issuing body's name over the word 函
// ("某某局 函"), its record fields "发文日期：中华民国113年03月29日" (a Minguo date) and "发文字号：某教字第
// 1130000001号" (an office's 字号, no bracketed year). The cover reads its fields by their labels; these
// are the values it did not know, read on the matched (simplified) text.
import { ymd } from "./dateNumerals.js";
import { minguoYear } from "./dateNumerals.js";

/** A body's name over the word 函 alone at its line's end ("教育部体育署 函", "某市政府教育局  函"). */
const LETTERHEAD = /^([\u4e00-\u9fff]{2,30}?(?:局|处|厅|部|署|会|府|院|校|中心|室|科|所))\s*函$/;
/** A Minguo date as a record prints it: "中华民国113年03月29日", "民国108年6月11日". */
const MINGUO_DATE = /^(?:中华)?民国\s*(\d{2,3})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/;
/** An office's 字号: its abbreviations (an office's number in brackets among them), 字第, the number, 号. */
const WORD_NUMBER = /^[\u4e00-\u9fff（）()]{2,24}字第\s*\d{4,12}\s*号/;

/** The issuing body of a letterhead line, or null. */
export function letterheadIssuer(line: string): string | null {
  return LETTERHEAD.exec(line.trim())?.[1] ?? null;
}

/** "yyyy-mm-dd" of a record's Minguo date, or null. */
export function minguoFieldDate(value: string): string | null {
  const m = MINGUO_DATE.exec(value.trim());
  if (!m) return null;
  const y = minguoYear(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  return y && mo >= 1 && mo <= 12 && d >= 1 && d <= 31 ? ymd(y, mo, d) : null;
}

/** The 字号 a record's 发文字号 value opens with, or null. */
export function wordNumber(value: string): string | null {
  return WORD_NUMBER.exec(value.trim())?.[0].replace(/\s+/g, "") ?? null;
}
