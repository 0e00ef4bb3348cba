// The numbering as the plan meant it: lists that number no work dropped (a roll of names, a contents
// list, the findings of a check), numbers a page lost put back, lead sentences of a text without bold
// read as bold lead-ins.
import { subsectionsOverLists } from "./subsections.js";
import { cnToInt, type Numbered, numberValue } from "./numbering.js";
import type { Para } from "./types.js";
import { type Lv, type Num, paraNumbering, RANK } from "./itemNumbers.js";

/** Each paragraph's item number, or null: the lists that number no work dropped, lost numbers put back. */
export function itemNumbersOf(paras: Para[]): (Num | null)[] {
  return lostNumbers(paras, lostCircled(paras, dropNonTaskLists(paras, subsectionsOverLists(paras.map(paraNumbering)))));
}

// an inline run of short numbered names on one line ("1、甲县；2、乙区；3、丙县。"): a ranking or a roll, not a task
const INLINE_ROLL = /^(?:\d{1,2}\s*[、.．]\s*[^，。；;,、\d]{1,12}\s*[；;，,、。]?\s*){3,}$/;

// a contents line: a short title with its page number glued to its end ("3.某局工作要点29")
const CONTENTS_LINE = /^[^，。；;,]{2,40}?[^\d\s.．、%％]\s*(\d{1,3})$/;

/**
 * Numbered lines that list no work: a ranking of names on one line, and a contents list (the page
 * numbers at the ends of its lines rise) — their numbers are not the plan's numbering.
 */
function dropNonTaskLists(paras: Para[], nums: (Num | null)[]): (Num | null)[] {
  const out = nums.slice();
  for (let i = 0; i < paras.length; i++) if (out[i]?.level === 3 && INLINE_ROLL.test(paras[i].st.text.trim())) out[i] = null;
  for (let i = 0; i < paras.length; ) {
    let j = i;
    let last = -1;
    while (j < paras.length && contentsPage(paras, out, j) > last) last = contentsPage(paras, out, j++);
    if (j - i >= 3) for (let k = i; k < j; k++) out[k] = null;
    i = j > i ? j : i + 1;
  }
  return dropNoteLists(paras, dropFindings(paras, out));
}

// the page a contents line at `k` points to, or -1 (a module function, not a closure made for every
// paragraph: tsx compiles with keepNames, which wraps each closure made in a call in __name)
function contentsPage(paras: Para[], out: (Num | null)[], k: number): number {
  const n = out[k];
  const m = n && n.level === 3 ? CONTENTS_LINE.exec(paras[k].st.text.trim().slice(n.length)) : null;
  return m ? Number(m[1]) : -1;
}

// a lead-in that announces the problems a check found ("检查中发现还存在以下问题：", "主要问题：")
const FINDINGS_LEAD = /(?:存在|发现|查摆|查找|主要|突出)[^。；;，,]{0,8}(?:问题|不足|短板|差距|隐患)(?:如下|有)?\s*[：:]$/;

// a note's label opening an unnumbered paragraph: "註：依據…，應依下列方式之一提出：", "说明：…", "备注："; in brackets
// too, a bracket a note opens ("（附：" over the points it closes on, xtasks26) or a label alone ("【評分說明】")
const NOTE_LEAD = /^(?:[（(【\[]\s*)?(?:[註注]|備註|备注|附註|附注|附|說明|说明|[^\s：:】\]，,。]{1,4}(?:說明|说明))\s*(?:[：:]|[】\]]\s*$)/;

/**
 * A list right after a note ("註：…應依下列方式之一提出：" over "1.…提案。" "2.…"): the note's points, rules the
 * notice quotes, not its work — while other numbered items remain.
 */
function dropNoteLists(paras: Para[], nums: (Num | null)[]): (Num | null)[] {
  const out = nums.slice();
  for (let i = 0; i + 1 < paras.length; i++) {
    // (a note that introduces them, closing on its colon: a note complete in itself, "备注:…导游5人。", is followed by work)
    if (out[i] || !NOTE_LEAD.test(paras[i].st.text.trim()) || !/[：:】\]]$/.test(paras[i].st.text.trim())) continue;
    const first = out[i + 1];
    if (!first || numberValue(first as Numbered) !== 1) continue;
    let j = i + 1;
    for (let v = 1; j < paras.length && (out[j] ? out[j]!.level === first.level && numberValue(out[j] as Numbered) === v : true); j++) if (out[j]) v++;
    if (out.slice(i + 1, j).filter(Boolean).length < 2 || !out.some((n, k) => n && k < i)) continue;
    for (let k = i + 1; k < j; k++) out[k] = null;
  }
  return out;
}

/**
 * A list of findings after a lead-in that announces problems: what is wrong, not what is to be
 * done (the rectifications follow in a list of their own), while other numbered items remain.
 */
function dropFindings(paras: Para[], nums: (Num | null)[]): (Num | null)[] {
  const out = nums.slice();
  for (let i = 0; i + 1 < paras.length; i++) {
    if (out[i] || !FINDINGS_LEAD.test(paras[i].st.text.trim())) continue;
    const first = out[i + 1];
    if (!first || numberValue(first as Numbered) !== 1) continue;
    let j = i + 1;
    for (let v = 1; j < paras.length && out[j]?.level === first.level && numberValue(out[j] as Numbered) === v; j++, v++);
    if (j - (i + 1) < 2) continue;
    const rest = out.some((n, k) => n && (k <= i || k >= j));
    if (!rest) continue;
    for (let k = i + 1; k < j; k++) out[k] = null;
  }
  return out;
}

/**
 * A circled number the page's encoding lost ("?教育经费执行率100%" after ⑩): the next item of the
 * circled list, its number not legible.
 */
function lostCircled(paras: Para[], nums: (Num | null)[]): (Num | null)[] {
  let out = nums;
  let last: Num | null = null;
  for (let i = 0; i < paras.length; i++) {
    if (nums[i]) {
      last = nums[i];
      continue;
    }
    const m = /^[?？]\s*(?=[\u4e00-\u9fff])/.exec(paras[i].st.text.trimStart());
    if (m && last?.level === 5) {
      if (out === nums) out = nums.slice();
      out[i] = { level: 5, no: "", length: m[0].length };
    }
  }
  return out;
}

// a short lead sentence opening a paragraph: "深入学习宣传新时代党的创新理论。把…"
const LEAD_SENTENCE = /^([\u4e00-\u9fff][^。；;！？!?，,：:\n]{3,23})。(?=[^\n]{6,})/;

/**
 * Text has no bold: where the numbered items are only short headings and the paragraphs under them
 * open with short lead sentences (as a Word plan sets them in bold), the lead sentences stand for
 * bold lead-ins, and the paragraphs are the tasks (a page copied as text lost the bold).
 */
export function leadSentencesAsBold(paras: Para[], nums: (Num | null)[]): Para[] {
  if (paras.some((p) => p.boldPrefix)) return paras;
  const numbered = paras.filter((_, i) => nums[i]);
  if (!numbered.length || !numbered.every((p) => p.st.text.trim().length <= 30 && !/[。；;]/.test(p.st.text.trim().replace(/[。；;]$/, "")))) return paras;
  const leads = paras.map((p, i) => (nums[i] || p.heading ? null : LEAD_SENTENCE.exec(p.st.text.trimStart())));
  const n = leads.filter(Boolean).length;
  if (n < 2 || n < numbered.length * 1.5) return paras;
  return paras.map((p, i) => (leads[i] ? { ...p, boldPrefix: leads[i]![0] } : p));
}

const CN_NUMS = ["", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二", "十三", "十四", "十五", "十六", "十七", "十八", "十九", "二十"];

/**
 * An item whose number a page lost ("二、…" / "切实做好学生思想状况摸排" / "四、…"): where the numbers
 * of one level jump by two with nothing of that level or above between, the one short heading line
 * (no full stop, followed by text) between them is the missing item.
 */
function lostNumbers(paras: Para[], nums: (Num | null)[]): (Num | null)[] {
  let out = nums;
  const lastAt = new Map<Lv, number>();
  const value = (n: Num) => (/^\d+$/.test(n.no) ? Number(n.no) : cnToInt(n.no));
  for (let i = 0; i < paras.length; i++) {
    const n = nums[i];
    if (!n) continue;
    const prev = lastAt.get(n.level);
    const p = prev === undefined ? null : nums[prev]!;
    if (p && n.level !== 5 && n.level !== 7 && value(n) === value(p) + 2 && value(p) + 1 <= 20) {
      const between: number[] = [];
      for (let k = prev! + 1; k < i; k++) between.push(k);
      const heads = between.filter((k) => {
        const t = paras[k].st.text.trim();
        return t.length >= 4 && t.length <= 30 && !/[。；;，,：:！？!?]/.test(t) && k + 1 < i && paras[k + 1].st.text.trim().length > t.length;
      });
      if (heads.length === 1 && between.every((k) => !nums[k])) {
        if (out === nums) out = nums.slice();
        const v = value(p) + 1;
        out[heads[0]] = { level: n.level, no: /^\d+$/.test(p.no) ? String(v) : CN_NUMS[v], length: 0 };
      }
    }
    // "1、…" "2围绕…" "3:定期…" "4:加强…" "5、…": numbers typed without their mark (or with a colon)
    // that carry the sequence between two items of a level go on it
    if (p && n.level === 3 && /^\d+$/.test(p.no) && value(n) > value(p) + 1 && value(n) - value(p) <= 10) {
      const found: [number, Num][] = [];
      let want = value(p) + 1;
      for (let k = prev! + 1; k < i && want < value(n); k++) {
        if (nums[k]) break;
        const m = /^(\d{1,2})\s*[:：]?\s*(?=[\u4e00-\u9fff])/.exec(paras[k].st.text.trimStart());
        if (m && Number(m[1]) === want) {
          found.push([k, { level: 3, no: m[1], length: m[0].length }]);
          want++;
        }
      }
      if (want === value(n) && found.length) {
        if (out === nums) out = nums.slice();
        for (const [k, num] of found) out[k] = num;
      }
    }
    lastAt.set(n.level, i);
    for (const l of [...lastAt.keys()]) if (RANK[l] > RANK[n.level]) lastAt.delete(l);
  }
  return out;
}
