// Numbered items run into one paragraph or line: a Word paragraph whose lines were soft breaks or
// pasted text, a PDF of a web page, a converter that glued lines ("…。2.加强…。3.推进…", or
// "一、总体要求 （一）指导思想 1、…" on one line). A paragraph is split where a numbering marker
// continues the document's numbering: the next number of a form already in use, or the first
// number of a form under it. "2019年", "3.5%" or "2、3年级" never start an item.
import { decimalSection, numbering, numberValue, type Level, type Numbered } from "./numbering.js";
import type { Item, Line } from "./types.js";

/** Where a run-in item may start: after white space, or right after a sentence, a label or a closing bracket. */
const BEFORE = /[\s。；;！!？?：:”"）)】]/;
/** Characters a numbering marker may start with (see numbering.ts). */
const HAN_BEFORE = /[\u4e00-\u9fff]/;
const HAN_START = /^[\u4e00-\u9fff“"《]/;
const UNIT_LABEL_AFTER = /[。；;]\s+(?=(?:牵头|责任|配合|协办|主办)(?:单位|部门|股室|科室|处室|领导|人)?\s*[：:])/;
const MARKER_AT = /[一二三四五六七八九十第（(0-9\u2460-\u2473\u2776-\u277f]/g;
/** "2、3年级", "一、二年级": a list of numbers, not an item. */
const NUMBER_LIST = /^(?:\d|[一二三四五六七八九十]{1,2}[、年个季])/;
/** A plan's part heading after a first-rank number ("一、指导思想", "四、主要任务"). */
const PART_AFTER = /^[一二三四五六七八九十]{1,2}、(?:指导思想|总体要求|总体目标|工作目标|主要目标|目标任务|基本原则|工作原则|主要任务|重点任务|主要工作|重点工作|工作任务|工作重点|工作措施|主要措施|具体措施|工作内容|组织领导|领导小组|组织机构|保障措施|工作保障|工作要求|实施步骤|工作步骤|时间安排|实施范围)/;
/** Items this short, closed by a list separator, are a list inside a sentence (a ranking "1、甲县；2、乙区；…"), not lines. */
const SHORT_ITEM = /^\S{1,5}[；;，,、]\s*$/;
const SHORT_LAST = /^[^\s；;，,、。]{1,5}[；;，,、。]?\s*$/;
/** "…迈进13月中旬召开…。26月份配合…": an item's number glued to the month its item opens with (its 、 lost). */
const GLUED_MONTH = /^([1-9])(?=(\d{1,2})(?:\s*[-—–~～至到]\s*\d{1,2})?\s*月)/;
/** The item number glued to a month at the start of `s`: only where the digits together are no month ("13月", "26月份", "37-8月"). */
export function gluedItemNumber(s: string): number | null {
  const m = GLUED_MONTH.exec(s);
  if (!m) return null;
  const month = Number(m[2]);
  return Number(m[1] + m[2]) > 12 && month >= 1 && month <= 12 ? Number(m[1]) : null;
}

/** The numbering seen so far: per level its last number, and whether that level's list is open. */
export class NumberingState {
  private readonly last: number[] = [];
  private readonly open: boolean[] = [];
  /** The last decimal section number ("2.1.1" → [2, 1, 1]). */
  private decimal: number[] | null = null;

  /**
   * Would an item numbered `value` at `level` go on from what came before? The next number (or
   * the one after: a number left out by the writer); the first of a list not open; any number of
   * a form above every form seen (a fragment that starts inside its list); after a colon, a new
   * list ("九月份：1、…"). Where `mayStart` is false only the next number goes on.
   */
  continues(level: Level, value: number, afterColon = false, mayStart = true): boolean {
    if (!Number.isFinite(value)) return false;
    const last = this.last[level];
    if (last !== undefined && value === last + 1) return true;
    if (!mayStart) return false;
    if (last !== undefined && value === last + 2 && last >= 2) return true;
    if (value === 1 && (!this.open[level] || afterColon)) return true;
    return last === undefined && this.last.every((seen, l) => seen === undefined || l > level);
  }

  /**
   * Would the decimal section `path` go on from what came before? After "1.1" comes "1.2", "1.1.1"
   * or "2.1"; the first decimal of a document is "1.1" or opens under a number in use ("第二章…2.1",
   * "2.活动实施…2.1"). A part 0 is a version or an amount ("2.0"), never a section.
   */
  continuesDecimal(path: number[]): boolean {
    if (path.some((n) => n < 1)) return false;
    const ones = (from: number) => path.slice(from).every((n) => n === 1);
    const last = this.decimal;
    if (!last) return ones(1) && (path[0] === 1 || this.last.includes(path[0]));
    if (path.length === last.length + 1 && last.every((n, k) => n === path[k]) && path[last.length] === 1) return true;
    for (let j = 0; j < Math.min(path.length, last.length); j++) {
      if (path[j] === last[j] + 1 && ones(j + 1) && last.slice(0, j).every((n, k) => n === path[k])) return true;
      if (path[j] !== last[j]) break;
    }
    // (a new part of the document opens its sections anew: "三、…3.1" or "2.活动实施…2.1")
    return ones(1) && path[0] !== last[0] && this.last.includes(path[0]);
  }

  /** The last number seen at `level` while its list is open (undefined when none is). */
  openAt(level: Level): number | undefined {
    return this.open[level] ? this.last[level] : undefined;
  }

  seeDecimal(path: number[]): void {
    this.decimal = path;
  }

  see(level: Level, value: number): void {
    if (!Number.isFinite(value)) return;
    this.last[level] = value;
    this.open[level] = true;
    // a list under an item closes with it; its count goes on where a document numbers through
    for (let deeper = level + 1; deeper <= 5; deeper++) this.open[deeper] = false;
  }
}

/**
 * A list numbered afresh inside the line that ran its first list in ("1、…2、…3、…1、…2、…": a table's
 * rows, each cell a list, flattened into one paragraph): a "1" of an item form (1、 / 1.) after a list of
 * ≥ 2 of that form cut in this very line, confirmed by its own "2" of the same form later in the line.
 */
function restartsInLine(text: string, at: number, n: Numbered, state: NumberingState, listInLine: boolean): boolean {
  if (!listInLine || n.level !== 3 || numberValue(n) !== 1 || (state.openAt(3) ?? 0) < 2) return false;
  const mark = text.slice(at, at + n.length).trim().slice(1);
  const two = text.indexOf("2" + mark, at + n.length);
  return two > 0 && !/\d/.test(text[two - 1]) && HAN_START.test(text.slice(two + 1 + mark.length, two + 2 + mark.length));
}

/** Splits one line at the run-in items that go on from `state`; the state learns every item. */
export function splitRunOnLine(line: Line, state: NumberingState): Line[] {
  const own = numbering(line.numbering ?? line.text);
  if (own) state.see(own.level, numberValue(own));
  // (a Word list item whose text starts with the next number: a converter glued it on)
  const lead = line.numbering ? numbering(line.text) : null;
  if (lead && lead.level <= 3 && state.continues(lead.level, numberValue(lead))) state.see(lead.level, numberValue(lead));
  const text = line.text;
  const ownDecimal = line.numbering ? null : decimalSection(text);
  if (ownDecimal) state.seeDecimal(ownDecimal.path);
  if (text.length < 4) return [line];
  const cuts: { at: number; marker: number; level: Level; glued?: number }[] = [];
  // (the line's own marker is not a place to split)
  const skip = line.numbering ? 0 : (ownDecimal?.length ?? own?.length ?? 0);
  for (let i = Math.max(1, skip); i < text.length - 1; i++) {
    // (the next character a marker may start with, found by a native scan, not a test per character)
    MARKER_AT.lastIndex = i;
    const next = MARKER_AT.exec(text);
    if (!next || next.index >= text.length - 1) break;
    i = next.index;
    // (a PDF's lines re-joined, or a paragraph typed without spaces, leave no gap before the item:
    // "…健康发展1.强化…"; there only a number that goes on, before the item's words, starts it)
    // (a sentence closed and then a comma: line breaks saved as commas, "…。,2、…")
    const gap = BEFORE.test(text[i - 1]) || (/[,，]/.test(text[i - 1]) && i > 1 && /[。；;！!？?]/.test(text[i - 2]));
    // (a part heading of a plan run in without any break, "…实施方案一、指导思想以…", "成员:XXX四、主要任务…":
    // the parts' names say where they start)
    const part = !gap && /[一二三四五六七八九十]/.test(text[i]) && !/[\d一二三四五六七八九十〇零第之统唯万]/.test(text[i - 1]) && PART_AFTER.test(text.slice(i, i + 12));
    if (!gap && !part && (!HAN_BEFORE.test(text[i - 1]) || text[i] === "第")) continue;
    // (a decimal section goes on from the last one, "…1.1指导思想…1.2总体目标…第二章…2.1…2.1.1…";
    // "第1.2条", "2025.9" and "V2.1" are no sections)
    const dec = /\d/.test(text[i]) && !/[\d.．第A-Za-z]/.test(text[i - 1]) ? decimalSection(text.slice(i, i + 16)) : null;
    if (dec) {
      if (state.continuesDecimal(dec.path)) {
        state.seeDecimal(dec.path);
        cuts.push({ at: i, marker: dec.length, level: 2 });
        i += dec.length - 1;
      }
      continue;
    }
    const n = numbering(text.slice(i, i + 16));
    if (!n && (gap || HAN_BEFORE.test(text[i - 1]))) {
      // (a glued number starts an item only as the next one of its list: "1" after a heading, "2" after "1")
      const k = gluedItemNumber(text.slice(i, i + 12));
      if (k !== null && state.continues(3, k, false, k === 1)) {
        state.see(3, k);
        cuts.push({ at: i, marker: 1, level: 3, glued: k });
      }
      continue;
    }
    // (①② and （1）（2） run on inside a sentence are its measures, not lines: only 一、（一）1.)
    if (!n || n.level > 3) continue;
    const rest = text.slice(i + n.length, i + n.length + 4);
    // (a list of numbers is of one kind of numeral: "4、一年级入队仪式" is item 4 about the first grade)
    if (!rest.trim() || (NUMBER_LIST.test(rest) && /\d/.test(rest[0]) === /\d/.test(n.no))) continue;
    if (!gap && !HAN_START.test(rest)) continue;
    // ("11 月 4 日(二)上午…": the weekday of a date, bracketed after its 日, is no item （二）)
    // ("发文字号：台教综(一)字第1130000001号": an office's bracketed number inside a 字号 is no item either)
    if (n.level === 2 && /^\s*字\s*第/.test(rest)) continue;
    if (!gap && n.level === 2 && /[日号]\s*$/.test(text.slice(Math.max(0, i - 3), i))) continue;
    const value = numberValue(n);
    const goesOn = state.continues(n.level, value, /[：:]/.test(text[i - 1]) || /[：:]\s+$/.test(text.slice(Math.max(0, i - 3), i)), gap || part || n.level > 1);
    if (!goesOn && !restartsInLine(text, i, n, state, cuts.filter((c) => c.level === n.level).length + (own?.level === n.level && !line.numbering ? 1 : 0) >= 2)) continue;
    state.see(n.level, value);
    cuts.push({ at: i, marker: n.length, level: n.level });
    i += n.length - 1;
  }
  if (!cuts.length) return [line];
  // a run of short items is one line, as the writer typed it (a ranking "1、甲县；2、乙区；…")
  // (the line's own item, when it starts with one, is the first of the run)
  const head = !line.numbering && own ? [{ at: 0, marker: own.length, level: own.level }] : [];
  const all = [...head, ...cuts];
  const content = (k: number) => text.slice(all[k].at + all[k].marker, k + 1 < all.length ? all[k + 1].at : text.length);
  const kept = cuts.filter((c) => {
    const k = all.indexOf(c);
    return !(k > 0 && all[k - 1].level === c.level && SHORT_ITEM.test(content(k - 1)) && SHORT_LAST.test(content(k)));
  });
  if (!kept.length) return [line];
  // the unit line typed after the items ("…。 牵头单位：…") was a line of its own too
  const label = UNIT_LABEL_AFTER.exec(text.slice(kept[kept.length - 1].at));
  const ats: { at: number; glued?: number }[] = kept.map((c) => ({ at: c.at, glued: c.glued }));
  if (label) ats.push({ at: kept[kept.length - 1].at + label.index + label[0].length });
  const out: Line[] = [];
  let from = 0;
  let glued: number | undefined;
  // (a glued number becomes the line's numbering, as a Word list's is, its text the month on)
  const piece = (to: number): Line | null => {
    const skip = glued === undefined ? 0 : 1;
    const t = text.slice(from + skip, to).trimEnd();
    if (!t) return null;
    return { ...(out.length || from > 0 ? {} : line), text: t, start: line.start + from + skip, ...(glued === undefined ? {} : { numbering: `${glued}、` }) };
  };
  for (const { at, glued: g } of ats) {
    const p = piece(at);
    if (p) out.push(p);
    from = at;
    glued = g;
  }
  const last = piece(text.length);
  if (last) out.push(last);
  return out;
}

/** Every line of the document split at its run-in items, in reading order (tables untouched). */
export function splitRunOnItems(items: Item[]): Item[] {
  const state = new NumberingState();
  return items.flatMap<Item>((item) => (item.kind === "line" ? splitRunOnLine(item.line, state).map((line) => ({ ...item, line })) : [item]));
}
