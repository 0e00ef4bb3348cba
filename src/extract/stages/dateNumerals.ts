// Numerals of dates: a year or a month as printed (digits, Chinese numerals digit by digit or with 十, a Minguo year).
import { cnToInt } from "./numbering.js";

const pad = (n: number) => String(n).padStart(2, "0");
/** A month as "yyyy-mm" (2031, 9 → "2031-09"). */
export const ym = (y: number | string, mo: number) => `${y}-${pad(mo)}`;
/** A day as "yyyy-mm-dd" (2031, 9, 1 → "2031-09-01"). */
export const ymd = (y: number | string, mo: number, d: number) => `${ym(y, mo)}-${pad(d)}`;
const CN_DIGIT: Record<string, number> = { "〇": 0, "○": 0, 零: 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** "2025" → 2025, "二〇二五" → 2025 (digit by digit), "十一" / "三十一" → 11 / 31. */
export function numeral(s: string): number {
  if (/^\d+$/.test(s)) return Number(s);
  if (!s.includes("十")) return Number([...s].map((c) => CN_DIGIT[c] ?? NaN).join(""));
  return cnToInt(s);
}

/** A Minguo (Republic of China) year as the Gregorian one: "104" → 2015, "民国 一百零一" → 2012; null for a Gregorian year. */
export function minguoYear(s: string): number | null {
  const n = s.replace(/^民国\s*/, "");
  if (n === s && /^(?:20\d{2}|二[〇○零])/.test(s)) return null;
  const v = /^\d+$/.test(n) ? Number(n) : cnToInt(n.replace(/[〇○]/g, "零"));
  return Number.isFinite(v) ? v + 1911 : null;
}
