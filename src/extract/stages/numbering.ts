// The numbering forms of Chinese official documents and their usual nesting:
//   一、  →  （一）  →  1. / 1、 / 1．  →  （1） / (1)  →  ①
// and, above 一、 in formal and Taiwanese plans, the capital numerals 壹、貳、參 … 拾壹、 (level 7,
// ranked first: see RANK in itemNumbers.ts)
export type Level = 1 | 2 | 3 | 4 | 5 | 7;

export interface Numbered {
  level: Level;
  /** The number as printed without brackets or punctuation: "一", "3", "①". */
  no: string;
  /** Length of the numbering prefix including following spaces. */
  length: number;
}

/** A decimal section number of from `min` to `max` parts of one or two digits, none starting with 0, and no digit, dot or percent sign after it. */
const sectionNumber = (min: number, max: number) => String.raw`(?!0)\d{1,2}(?:\.(?!0)\d{1,2}){${min - 1},${max - 1}}(?![\d.．%％])`;
/** After a section number, past spaces: its heading's words, not a unit or counter word. */
const HEADING_AFTER = String.raw`\s*(?=[\u4e00-\u9fff“"《])(?![万亿元倍个年月日天时分秒米吨亩所人名次项台件套千百十版期届级])`;

/**
 * The number alone of a decimal section ("1.1", "2.1.1", up to four parts): no part starts with 0
 * ("2.0", "97.09.23"), and no digit, dot or percent sign follows ("2025.9", "3.5%"). No groups and
 * no anchor: a caller reads it where it needs to, and says what may follow it.
 */
export const DECIMAL_SECTION_NUMBER = sectionNumber(2, 4);
/**
 * A decimal section number with the spaces after it, before its heading's words, and not an amount
 * ("1.5米", "2.5万元", "2.1版", "1.2年"): DECIMAL_SECTION_NUMBER where a heading is read.
 */
export const DECIMAL_SECTION = DECIMAL_SECTION_NUMBER + HEADING_AFTER;
const DECIMAL_SECTION_AT_START = new RegExp(`^${DECIMAL_SECTION}`);

/** A line that starts with a decimal section number of just `parts` parts (the number its first group), for numbering's levels. */
const sectionOf = (parts: number) => new RegExp(`^(${sectionNumber(parts, parts)})${HEADING_AFTER}`);

/** The decimal section number at the start of `text` as its parts ("2.1.1" → [2, 1, 1]), and its length with the spaces after it. */
export function decimalSection(text: string): { path: number[]; length: number } | null {
  const m = DECIMAL_SECTION_AT_START.exec(text);
  return m ? { path: m[0].trimEnd().split(".").map(Number), length: m[0].length } : null;
}

const CN_DIGITS = "零一二三四五六七八九十百";
// the capital (大写) numerals, traditional and simplified: 壹 贰/貳 叁/參/参 肆 伍 陆/陸 柒 捌 玖 拾 佰
const CAPITAL = "壹貳贰叁參参肆伍陸陆柒捌玖拾佰";
const RE: [Level, RegExp][] = [
  // "壹、計畫源起", "贰．工作任务", "拾壹、工作分配" (not "参 加" of a PDF that spaces its characters)
  [7, new RegExp(`^([${CAPITAL}]{1,4})\\s*[、．.]\\s*`)],
  [1, /^([一二三四五六七八九十百]{1,3})\s*[、．.]\s*/],
  [1, /^第([一二三四五六七八九十百]{1,3})(?:部分|章|篇)\s*[、，:：]?\s*/],
  [2, /^[（(]\s*([一二三四五六七八九十百]{1,3})\s*[）)]\s*[、．.]?\s*/],
  // the articles of a regulation or a 制度, under its chapters: "第一条 健全工作制度。…" (not a citation, "第四条规定")
  [2, /^第([一二三四五六七八九十百]{1,3})条(?!规定|中|之|的|所)\s*[、，:：]?\s*/],
  // a dash typed (or recognized) for the stroke of 一: "（—）负责…" is item （一）
  [2, /^[（(]\s*([—―－‐‑–ー-])\s*[）)]\s*[、．.]?\s*/],
  // a decimal section number under a chapter ("2.1教学质量指标") and a section's subsection
  // ("2.1.1标准化") under its "2.1": see DECIMAL_SECTION
  [2, sectionOf(2)],
  [3, sectionOf(3)],
  // "2.5月底前…" is item 2 about May, not 2.5
  // ("1.2023年9月2日…", "2.2023级新生…": an item glued to the year it opens with)
  // (and a Minguo school year, "5.106 學年度在職進修…", "2.112年3月…": xnotices24)
  [3, /^(\d{1,3})\s*(?:[、．]|\.(?!\d)|\.(?=\d{1,2}\s*月)|\.(?=(?:19|20)\d{2}\s*[年级級届屆])|\.(?=1[01]\d\s*(?:学年|學年|年)))\s*/],
  [4, /^[（(]\s*(\d{1,3})\s*[）)]\s*[、．.]?\s*/],
  [4, /^(\d{1,3})[）)]\s*/],
  // ("①、训练处": the mark a typist sets after the circled number is no part of the item)
  [5, /^([\u2460-\u2473\u2776-\u277f])\s*[、．.]?\s*/],
  // the one-character forms a Word list or a web page prints: "⒈" (1.) and "⑴" ((1))
  [3, /^([\u2488-\u249b])\s*/],
  [4, /^([\u2474-\u2487])\s*/],
  // the one-character "（一）" a Word list or a web page prints: "㈠" … "㈩"
  [2, /^([\u3220-\u3229])\s*[、．.]?\s*/],
];

// Every form above starts with one of these (a Chinese numeral, 第, a bracket, a digit, a circled
// number): most lines start with none of them and need no pattern tried. Each pattern opens with a
// character of one kind only, so a line is tried against the forms its first character can open
// (in RE's order): FIRST holds, per char code, 1 + the index of its list in FORMS (0: none).
const FORMS: [Level, RegExp][][] = [];
const FIRST = new Uint8Array(0x10000);
const opening = (codes: number[], forms: number[]) => {
  FORMS.push(forms.map((k) => RE[k]));
  for (const c of codes) FIRST[c] = FORMS.length;
};
const codesOf = (chars: string) => [...chars].map((c) => c.charCodeAt(0));
const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, k) => from + k);
opening(codesOf(CAPITAL), [0]);
opening(codesOf("一二三四五六七八九十百"), [1]);
opening(codesOf("第"), [2, 4]);
opening(codesOf("（("), [3, 5, 9]);
opening(codesOf("0123456789"), [6, 7, 8, 10]);
opening([...range(0x2460, 0x2473), ...range(0x2776, 0x277f)], [11]);
opening(range(0x2488, 0x249b), [12]);
opening(range(0x2474, 0x2487), [13]);
opening(range(0x3220, 0x3229), [14]);

const DASH_FOR_ONE = /^[—―－‐‑–ー-]$/;

export function numbering(text: string): Numbered | null {
  const forms = FIRST[text.charCodeAt(0)];
  if (!forms) return null;
  for (const [level, re] of FORMS[forms - 1]) {
    const m = re.exec(text);
    if (m) {
      // "2024年" or "3.5万" are not numbering; a bare "1." at the end of a line neither
      const rest = text.slice(m[0].length);
      if (level === 3 && /^\d/.test(rest) && !/[\s、]/.test(m[0]) && !/^\d{1,2}\s*月/.test(rest) && !/^(?:19|20)\d{2}\s*[年级級届屆]/.test(rest) && !/^1[01]\d\s*(?:学年|學年|年)/.test(rest)) return null;
      // "⒈" is item 1, "⑴" item (1)
      const cp = m[1].codePointAt(0)!;
      // ("㈠" is item （一）)
      const no =
        cp >= 0x2488 && cp <= 0x249b ? String(cp - 0x2488 + 1) : cp >= 0x2474 && cp <= 0x2487 ? String(cp - 0x2474 + 1) : cp >= 0x3220 && cp <= 0x3229 ? "一二三四五六七八九十"[cp - 0x3220] : level === 2 && DASH_FOR_ONE.test(m[1]) ? "一" : m[1];
      return { level, no, length: m[0].length };
    }
  }
  return null;
}

/** The length of the item number that opens `text`, the spaces before and after it included; 0 where none does. */
export function numberingLength(text: string): number {
  const t = text.trimStart();
  const n = numbering(t);
  return n ? text.length - t.length + n.length : 0;
}

export function isCnNumeral(s: string): boolean {
  return [...s].every((c) => CN_DIGITS.includes(c));
}

const CAPITAL_DIGITS: Record<string, number> = { 壹: 1, 貳: 2, 贰: 2, 叁: 3, 參: 3, 参: 3, 肆: 4, 伍: 5, 陸: 6, 陆: 6, 柒: 7, 捌: 8, 玖: 9 };
const CN_VALUES: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, ...CAPITAL_DIGITS };

/** "十二" → 12, "一百零五" → 105; returns NaN for anything else. */
export function cnToInt(s: string): number {
  if (!s) return NaN;
  const d = CN_VALUES;
  let total = 0,
    cur = 0;
  for (const c of s) {
    if (c in d) cur = d[c];
    else if (c === "十" || c === "拾") {
      total += (cur || 1) * 10;
      cur = 0;
    } else if (c === "百" || c === "佰") {
      total += (cur || 1) * 100;
      cur = 0;
    } else if (c === "千") {
      total += (cur || 1) * 1000;
      cur = 0;
    } else if (c === "万") {
      total = (total + cur) * 10000;
      cur = 0;
    } else return NaN;
  }
  return total + cur;
}

export function circledToInt(c: string): number {
  const cp = c.codePointAt(0)!;
  if (cp >= 0x2460 && cp <= 0x2473) return cp - 0x2460 + 1;
  if (cp >= 0x2776 && cp <= 0x277f) return cp - 0x2776 + 1;
  return NaN;
}

export function numberValue(n: Numbered): number {
  if (n.level === 5) return circledToInt(n.no);
  if (/^\d+$/.test(n.no)) return Number(n.no);
  return cnToInt(n.no);
}
