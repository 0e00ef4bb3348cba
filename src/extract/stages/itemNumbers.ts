// The numbers of a plan's items: 一、 → （一） → 1. → （1） → ①, the 一是/二是 enumeration and bullets
// (level 6), 壹、貳、 above 一、 (level 7), and the order in which the levels nest (RANK).
import { type Numbered, numbering } from "./numbering.js";
import type { Para } from "./types.js";

/** Level 6 is the 一是/二是 enumeration, level 7 the 壹、貳、 parts above 一、; RANK orders the levels by nesting depth. */
export type Lv = 1 | 2 | 3 | 4 | 5 | 6 | 7;

export const RANK: Record<Lv, number> = { 7: 0, 1: 1, 2: 2, 3: 3, 6: 3.5, 4: 4, 5: 5 };

export interface Num extends Omit<Numbered, "level"> {
  level: Lv;
}

// "一是深化…" at the start of a paragraph; not "一是否…"
export const SHI_RE = /^([一二三四五六七八九十]{1,3})是(?![否指由因为不非])\s*/;

export function paraNumbering(p: Para): Num | null {
  if (p.numbering) {
    const n = numbering(p.numbering);
    if (n) return { ...n, length: 0 };
  }
  const t = p.st.text.trimStart();
  const n = numbering(t);
  if (n) return n;
  const shi = SHI_RE.exec(t);
  if (shi) return { level: 6, no: shi[1], length: shi[0].length };
  // "●新建公办幼儿园2所…", "△实施…": a bullet sets an item apart as 一是/二是 does, without a number
  const bullet = BULLET_RE.exec(t);
  return bullet ? { level: 6, no: "", length: bullet[0].length } : null;
}

const BULLET_RE = /^[●○■□◆◇▲△★☆▪►]\s*(?=[\u4e00-\u9fff“（(])/;
