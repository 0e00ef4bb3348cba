// Joins lines that a PDF or a hard-wrapped text split in the middle of a sentence back into
// paragraphs. A line is continued by the next one when it does not end a sentence and the next
// one does not start a new numbered item or heading.
import { numbering, numberValue } from "./numbering.js";
import { Stitched } from "./stitched.js";
import type { Item, Line, Para, Stage } from "./types.js";
import { HAN } from "./han.js";
import { RUN_IN_BLOCK_LABEL } from "./blockLabels.js";
import { firstMatch } from "./matchFrom.js";
import { pairItemDates } from "./itemDates.js";
import { splitRunOnItems } from "./runOn.js";
import { STAGE_LINE } from "./stageLabel.js";

// An issuing body's name on its own line right above a date line is a signature, never the end
// of the sentence before it.
const DATE_LINE = /^[（(]?\s*(?:\d{4}|[〇○零一二三四五六七八九]{4})\s*年\s*(?:\d{1,2}|[一二三四五六七八九十]{1,2})\s*月\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*日\s*[）)]?$/;
const SIGNATURE = /^[^，。；：:,;]{2,40}(局|委员会|工委|政府|小组|办公室|中心|委|厅|党组|党委|学校|中学|小学|幼儿园|学院|大学|中专)$/;
const ENDS_SENTENCE = /[。！？!?；;：:」』）)】》”"]$/;

const FIELD_TAIL = /(单位|部门|股室|科室|处室|领导|责任人|牵头|配合|协办)\s*[：:][^：:。，；]*$/;
const UNIT_END = /[股室办局站心会委组部校院所队处科园馆府厅]$/;

const MONTH_LINE = /^(?:20\d{2}\s*年\s*)?(?:十[一二]?|[一二三四五六七八九]|1[0-2]|[1-9])\s*月份?\s*[：:]$/;
// the same heading in a web copy whose line breaks were saved as commas (",三月,": the leading comma
// is gone by now): a block of its own, and nothing runs on after it
const COMMA_MONTH_LINE = /^(?:20\d{2}\s*年\s*)?(?:十[一二]?|[一二三四五六七八九]|1[0-2]|[1-9])\s*月份?\s*[,，]+$/;
const LABEL_LINE = new RegExp(String.raw`^${HAN}{2,6}\s*[：:]`, "u");
// A bilingual page (a web table copied a cell a line, each cell in Chinese then in English) puts
// each language on lines of its own: a line ending in three English words or more and a line opening
// in Chinese, or a Chinese line and a line of English, are two cells, never one sentence wrapped —
// a hard wrap inside a Chinese sentence does not fall after a run of English words.
const ENGLISH_TAIL = /[A-Za-z]+(?:[ ,'’-]+[A-Za-z]+){2,}[.)]?\s*$/;
const OPENS_HAN = new RegExp(String.raw`^\s*${HAN}`, "u");
const ENGLISH_LINE = /^\s*[A-Z][A-Za-z'’-]*(?:[ ,]+[A-Za-z'’()-]+){2,}/;
const HAN_CHAR = new RegExp(HAN, "gu");

function switchesLanguage(p: string, next: string): boolean {
  if (ENGLISH_TAIL.test(p) && OPENS_HAN.test(next)) return true;
  return ENGLISH_LINE.test(next) && (next.match(HAN_CHAR)?.length ?? 0) === 0 && new RegExp(String.raw`${HAN}[^A-Za-z]*$`, "u").test(p);
}

function typicalWidth(lines: Line[]): number {
  // a typed array sorts numbers natively, without calling a comparator per pair
  const lens = Uint32Array.from(lines, (l) => l.text.length).sort();
  if (!lens.length) return 0;
  return lens[Math.floor(lens.length * 0.9)];
}

const HEADING_THEN_ITEMS = /^([^\s。；;，,]{2,24}?)(\s+)(?=[1１]\s*[.．、]\s*\S)/;
const HAN_START = new RegExp(`^${HAN}`, "u");
const RUN_IN_LABEL = /^(?:牵头|责任|配合|协办|主办)(?:单位|部门|股室|科室|处室|领导|人)?\s*[：:]/;

/**
 * Two numbered items set side by side in a two-column layout ("（1）出台细则      （2）建立台账")
 * are two lines: split where a wide gap is followed by the next number of the same form. So are
 * the lines a text flow ran into one (a Word paragraph made of several typed lines): a heading
 * and its items 1. 2. in sequence, a short heading and the sentences under it, the 牵头单位 line
 * after the items.
 */
export function splitSideBySide(line: Line): Line[] {
  if (line.numbering || !/\s/.test(line.text)) return [line];
  const first = numbering(line.text);
  if (!first) {
    // a short heading without a number ("九月：文明习惯养成月") with its items run in after it
    const head = HEADING_THEN_ITEMS.exec(line.text);
    if (!head) return [line];
    const at = head[1].length + head[2].length;
    return [{ ...line, text: head[1] }, ...splitSideBySide({ text: line.text.slice(at), start: line.start + at })];
  }
  const out: Line[] = [];
  let rest = line;
  let current = numberValue(first);
  // the items under the numbered heading, run into its line by a text flow that lost the line
  // breaks ("（一）加强党建 1.推行…。 2.实施…。 牵头单位：…"): their level and last number
  let sub: { level: number; value: number } | null = null;
  for (;;) {
    // a wide gap before a number of the same form; a narrow one (a tab becomes one space) only
    // before the very next number ("（1）… （2）…")
    const gap = /\s+(?=\S)/g;
    let m: RegExpExecArray | null;
    let cut = -1;
    const own = numbering(rest.text);
    // (where the text's first sentence or clause mark is, found once: testing the text before
    // every gap for one is quadratic in a long line with many gaps)
    const firstMark = rest === line ? rest.text.search(/[。；;，,：:]/) : -1;
    while ((m = gap.exec(rest.text))) {
      const after = rest.text.slice(m.index + m[0].length);
      const n = numbering(after);
      if (n && n.level === first.level && (m[0].length >= 3 || numberValue(n) === current + 1)) {
        cut = m.index;
        current = numberValue(n);
        sub = null;
        break;
      }
      const before = rest.text.slice(0, m.index);
      // (a 一、/（一） heading may hold a comma: "一、加强党的建设，推动教育健康发展 1.强化…")
      const closed =
        (m.index > 0 && "。；;！？!?".includes(rest.text[m.index - 1])) ||
        (rest === line && (firstMark < 0 || firstMark >= m.index)) ||
        (rest === line && first.level <= 2 && before.length <= 40 && !/[。；;：:]/.test(before));
      // (the first needs the heading or a sentence closed before it; the next ones their sequence)
      const inSequence = sub ? n?.level === sub.level && numberValue(n) === sub.value + 1 : closed && n?.level !== undefined && numberValue(n) === 1;
      if (n && inSequence && n.level > first.level) {
        cut = m.index;
        sub = { level: n.level, value: numberValue(n) };
        break;
      }
      // a short heading and the sentences under it run into its line ("（一）消防安全 每月对…。…")
      // (not a figure whose unit the writer spaced off: "六、 112 年 3 月 9 日…" is a year, no heading)
      if (own && m[0].length === 1 && /^\S{2,12}$/.test(before.slice(own.length)) && /[\u3400-\u9fff]/.test(before.slice(own.length)) && !/[。；;，,：:、]/.test(before.slice(own.length)) && HAN_START.test(after) && /。/.test(after) && after.length >= 30) {
        cut = m.index;
        break;
      }
      if (sub && m.index > 0 && "。；;".includes(rest.text[m.index - 1]) && RUN_IN_LABEL.test(after)) {
        cut = m.index;
        break;
      }
    }
    if (cut < 0) break;
    const next = cut + /^\s*/.exec(rest.text.slice(cut))![0].length;
    out.push({ ...rest, text: rest.text.slice(0, cut) });
    rest = { text: rest.text.slice(next), start: rest.start + next };
  }
  out.push(rest);
  return out;
}

/**
 * A page of typed lines that a text flow made one paragraph: a new line starts where a sentence
 * has ended and a numbered item or a "（责任科室：…）" note follows after a space.
 */
export function splitRunTogether(line: Line): Line[] {
  if (line.numbering || line.text.length < 80 || !RUN_TOGETHER.test(line.text)) return [line];
  const out: Line[] = [];
  let from = 0;
  const gap = /[ \u3000]+(?=\S)/g;
  for (let m = gap.exec(line.text); m; m = gap.exec(line.text)) {
    const after = line.text.slice(m.index + m[0].length, m.index + m[0].length + 20);
    const n = numbering(after);
    // (a "责任领导：… 责任股室：…" line ends without a full stop)
    const seg = line.text.slice(from, m.index);
    const heading = numbering(seg);
    const closed =
      (m.index > from && "。；;！？!?”）)".includes(line.text[m.index - 1])) ||
      (!!n && (LABEL_LINE.test(seg.slice(seg.search(/[^。；;]*$/)).trim()) || (!!heading && heading.level <= 2 && n.level > heading.level && !/[。；;，,]/.test(seg))));
    if (!closed) continue;
    if (!(n && n.level <= 4) && !NOTE_START.test(after) && !(RUN_IN_LABEL.test(after) && /[。；;]$/.test(seg))) continue;
    out.push({ ...(out.length ? {} : line), text: line.text.slice(from, m.index), start: line.start + from });
    from = m.index + m[0].length;
  }
  if (!out.length) return [line];
  out.push({ text: line.text.slice(from), start: line.start + from });
  return out;
}

/**
 * A page laying one project out in labelled blocks ("…（2项） 任务安排 新建学校3所。 落实情况 第一季度：…"),
 * run into one paragraph by a text flow: each label and each block is a line of its own.
 */
export function splitBlockLabels(line: Line): Line[] {
  // (a label stands between spaces: a line with none, most lines, is not searched)
  if (line.numbering || line.text.length < 20 || !/[ \u3000]/.test(line.text)) return [line];
  const out: Line[] = [];
  let from = 0;
  for (let m = firstMatch(RUN_IN_BLOCK_LABEL, line.text); m; m = RUN_IN_BLOCK_LABEL.exec(line.text)) {
    const at = m.index + m[0].indexOf(m[1]);
    if (m.index > from) out.push({ ...(out.length ? {} : line), text: line.text.slice(from, m.index), start: line.start + from });
    out.push({ text: m[1], start: line.start + at });
    from = m.index + m[0].length;
  }
  if (!out.length) return [line];
  out.push({ text: line.text.slice(from), start: line.start + from });
  return out;
}

const RUN_TOGETHER = /[。；;！？!?”）)][ \u3000]+\S/;
const NOTE_START = /^[（(](?:责任|牵头|配合|主办)/;

/**
 * The signature and date a text flow ran onto the end of the last paragraph ("…各县教育局
 * 江州市教育局 2023年2月15日") are lines of their own.
 */
export function splitSignature(line: Line): Line[] {
  // (the date ends the line, "…日" or "…日）": a line that ends otherwise, most lines, is not tried)
  const last = line.text.charCodeAt(line.text.length - 1);
  if (last !== 0x65e5 && last !== 0xff09 && last !== 0x29) return [line];
  const m = TRAILING_SIGNATURE.exec(line.text);
  if (!m || !SIGNATURE.test(m[2]) || !DATE_LINE.test(m[3])) return [line];
  const before = m[1] ?? "";
  const sig = line.text.indexOf(m[2], before.length);
  const date = line.text.indexOf(m[3], sig + m[2].length);
  return [
    ...(before ? [{ ...line, text: before }] : []),
    { ...(before ? {} : line), text: m[2], start: line.start + sig },
    { text: m[3], start: line.start + date },
  ];
}

const TRAILING_SIGNATURE = /^(?:(.*?\S)\s+)?(\S{2,40})\s+(\S{6,16})$/;

export const segment: Stage = (doc) => {
  const paras: Para[] = [];
  // each line split at its block labels, then its run-together items, side-by-side items and signature
  // (nested loops, in the order the splits give: no array of pieces made per split and line)
  const items: Item[] = [];
  for (const i of splitRunOnItems(doc.items)) {
    if (i.kind !== "line") {
      items.push(i);
      continue;
    }
    for (const a of splitBlockLabels(i.line))
      for (const b of splitRunTogether(a)) for (const c of splitSideBySide(b)) for (const line of splitSignature(c)) items.push({ ...i, line });
  }
  doc = { ...doc, items };
  const lines = doc.items.filter((i) => i.kind === "line").map((i) => i.line);
  const width = typicalWidth(lines);
  let cur: { lines: Line[]; first: Line } | null = null;
  const flush = () => {
    if (!cur) return;
    const st = Stitched.join(cur.lines.map((l) => Stitched.of(doc.text, l.start, l.start + l.text.length)));
    const f = cur.first;
    paras.push({ st, heading: f.heading, bold: f.bold, boldPrefix: f.boldPrefix, numbering: f.numbering });
    cur = null;
  };
  doc.items.forEach((item, idx) => {
    if (item.kind === "table") {
      flush();
      return;
    }
    const line = item.line;
    const after = doc.items[idx + 1];
    const signs = after?.kind === "line" && DATE_LINE.test(after.line.text.trim()) && SIGNATURE.test(line.text.trim());
    if (cur && !signs && continues(cur.lines[cur.lines.length - 1], cur.first, line, width)) cur.lines.push(line);
    else {
      flush();
      cur = { lines: [line], first: line };
    }
  });
  flush();
  return { ...doc, paras: pairItemDates(paras) };
};

function continues(prev: Line, first: Line, next: Line, width: number): boolean {
  if (next.continuesPage) return true;
  if (next.heading || next.bold || next.boldPrefix || next.numbering || prev.heading || prev.bold) return false;
  if (numbering(next.text)) return false;
  if (/^[|]/.test(next.text) || /^附件\s*\d*\s*[:：]?$/.test(next.text)) return false;
  // a quoted line or a list bullet of a markdown or wiki export starts a line of its own
  if (/^\s*(?:>|[-*+•·]\s)/.test(next.text)) return false;
  const p = prev.text;
  if (ENDS_SENTENCE.test(p)) return false;
  if (switchesLanguage(p, next.text)) return false;
  // a line broken inside a quotation ("1、周一教师例会进行“学" over "雷锋，见行动”系列活动部署。"): a web copy's wrap,
  // the quotation goes on in the next line, which closes it (xevents)
  if (breaksQuote(p, next.text)) return true;
  // a stage line ("第一阶段：宣传发动，…") opens a block of its own and, without a full stop, is a heading
  // that ends at its line end (its span or text may follow on lines of their own: "时间：4月上旬")
  if (STAGE_LINE.test(next.text.trim())) return false;
  if (prev === first && STAGE_LINE.test(p.trim()) && !/[。]/.test(p)) return false;
  // a month heading of a schedule ("三月份：") starts a block of its own
  if (MONTH_LINE.test(next.text.trim()) || COMMA_MONTH_LINE.test(next.text.trim()) || COMMA_MONTH_LINE.test(p.trim())) return false;
  // "（责任科室：…）" on a line of its own after a numbered measure closes the block; it does not go on the measure
  if (numbering(first.text) && /^\s*[（(][^（()）]{0,12}(?:责任|牵头)[^（()）]{0,12}[：:]/.test(next.text)) return false;
  // a notice's title line ("…关于做好…工作的通知") is complete
  if (p.length <= 80 && /关于.{2,70}的.{0,4}(?:通知|通报)$/.test(p.trim())) return false;
  // a "label：value" line ("责任科室：教研室", "分管领导：刘 伟") ends at the line end once its
  // value is complete: a unit name, or a leader's name
  // when a sentence or another label follows ("县教育局\n基础教育股" may be one name wrapped in two)
  const field = FIELD_TAIL.exec(p);
  const nt = next.text.trim();
  if (field && (/领导|责任人/.test(field[1]) || UNIT_END.test(p)) && !UNIT_END.test(nt.charAt(0)) && (/[。，,；;]/.test(nt) || LABEL_LINE.test(nt))) return false;
  if (/[，、,]$/.test(p)) return true;
  const full = width > 0 && p.length >= width * 0.8;
  // a short numbered line without a full stop is a heading, not a wrapped sentence
  if (prev === first && numbering(p) && !full && !/[。]/.test(p)) return false;
  if (full) return true;
  // a title or signature line has no punctuation; a wrapped sentence has
  return p.length >= 15 && /[。，；]/.test(p);
}

/** `p` leaves a quotation open and `next` closes it before opening another. */
function breaksQuote(p: string, next: string): boolean {
  const open = p.lastIndexOf("“");
  if (open < 0 || p.indexOf("”", open) >= 0) return false;
  const close = next.indexOf("”");
  const reopen = next.indexOf("“");
  return close >= 0 && close <= 20 && (reopen < 0 || close < reopen);
}
