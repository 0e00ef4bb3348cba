// Step 1 of PDF layout: positioned text items → lines (grouped by baseline, ordered by x),
// each split into segments where a wide horizontal gap suggests separate table cells.

/** A text item in page coordinates: x to the right, y (baseline) downwards from the top. */
export interface PositionedText {
  text: string;
  x: number;
  y: number;
  width: number;
  fontSize: number;
}

export interface PageText {
  page: number;
  width: number;
  height: number;
  items: PositionedText[];
}

export interface Segment {
  x0: number;
  x1: number;
  text: string;
}

export interface Line {
  page: number;
  pageHeight: number;
  y: number;
  x0: number;
  x1: number;
  fontSize: number;
  segments: Segment[];
  text: string;
}

/** A space item narrower than this many font sizes is spacing between scripts, not a typed space (0.25). */
const AUTOSPACE = 0.225;
/** A gap wider than this many font sizes separates two cells rather than two words. */
const CELL_GAP = 0.9;
const WORD_GAP = 0.2;
/** Chinese runs no gap inside a line: between two Chinese runs even this gap is a cell border. */
const HAN_CELL_GAP = 0.3;
/** Next to one Chinese run (a number or a Latin word on the other side), a somewhat wider gap. */
function hanCellGap(left: string, right: string): number {
  const ends = HAN_END.test(left);
  const starts = HAN_START.test(right);
  return ends && starts ? HAN_CELL_GAP : ends || starts ? 1.5 * HAN_CELL_GAP : Infinity;
}
const HAN_END = /[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]\s*$/;
const HAN_START = /^\s*[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]/;

export function linesOfPage(page: PageText): Line[] {
  const items = page.items
    .filter((item) => item.text && Number.isFinite(item.x) && Number.isFinite(item.y) && item.fontSize > 0)
    .sort((a, b) => a.y - b.y || a.x - b.x);
  const groups: PositionedText[][] = [];
  let current: PositionedText[] = [];
  let baseline = -Infinity;
  let size = 0;
  for (const item of items) {
    if (current.length && Math.abs(item.y - baseline) <= 0.45 * Math.max(size, item.fontSize)) {
      current.push(item);
      continue;
    }
    if (current.length) groups.push(current);
    current = [item];
    baseline = item.y;
    size = item.fontSize;
  }
  if (current.length) groups.push(current);
  return groups.map((group) => toLine(unoverlay(group), page)).filter((line) => line.segments.length);
}

/** A wide glyph (Chinese, full-width forms and punctuation): one font size across. */
const WIDE = /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/;

/**
 * A line drawn font by font: LibreOffice draws all of a line's Latin-font glyphs (“ ” quotes,
 * figures) and then all its Chinese glyphs, and pdfjs gives each run as one item with spaces
 * where the other font's glyphs go ("一城四区 ，挺进" over "“ ”"). Where items of one line
 * overlap, they are cut into glyphs at their estimated places and put back together in x order
 * (the run's spaces were only room for the other font, not typed); a space item drawn across
 * other glyphs is dropped. Other lines are left alone.
 */
export function unoverlay(group: PositionedText[]): PositionedText[] {
  const inked = group.filter((item) => item.text.trim()).sort((a, b) => a.x - b.x);
  let reach = -Infinity;
  let overlap = false;
  for (const item of inked) {
    if (item.x < reach - 0.3 * item.fontSize) {
      overlap = true;
      break;
    }
    reach = Math.max(reach, item.x + item.width);
  }
  if (!overlap) {
    // a space drawn across other glyphs is room left for them, not a gap between words or cells
    const spans = group.filter((item) => !item.text.trim() && item.width > 0);
    if (!spans.length) return group;
    const covers = (space: PositionedText) =>
      inked.reduce((sum, item) => sum + Math.max(0, Math.min(item.x + item.width, space.x + space.width) - Math.max(item.x, space.x)), 0) >
      0.5 * space.width;
    const over = new Set(spans.filter(covers));
    return over.size ? group.filter((item) => !over.has(item)) : group;
  }
  const glyphs = inked.flatMap(glyphsOf).sort((a, b) => a.x - b.x);
  const runs: PositionedText[] = [];
  for (const glyph of glyphs) {
    const last = runs[runs.length - 1];
    const end = last ? last.x + last.width : -Infinity;
    // the same glyph drawn twice in one place (a bold made by overprinting) is one glyph
    if (last && glyph.x < end - 0.5 * glyph.width && last.text.endsWith(glyph.text)) continue;
    if (last && Math.abs(glyph.x - end) <= 0.15 * glyph.fontSize && Math.abs(glyph.fontSize - last.fontSize) < 0.5) {
      last.text += glyph.text;
      last.width = Math.max(last.width, glyph.x + glyph.width - last.x);
    } else runs.push({ ...glyph });
  }
  return runs;
}

/** An item's visible glyphs at their estimated places: wide glyphs one font size, the rest share what is left. */
function glyphsOf(item: PositionedText): PositionedText[] {
  const chars = [...item.text];
  const wide = chars.filter((c) => WIDE.test(c)).length;
  const narrow = chars.length - wide;
  let wideWidth = item.fontSize;
  let narrowWidth = narrow ? (item.width - wide * item.fontSize) / narrow : 0;
  if (narrowWidth < 0 || (!narrow && wide)) {
    const unit = item.width / (wide + 0.5 * narrow || 1);
    wideWidth = unit;
    narrowWidth = unit / 2;
  }
  const out: PositionedText[] = [];
  let x = item.x;
  for (const c of chars) {
    const width = WIDE.test(c) ? wideWidth : narrowWidth;
    if (c.trim()) out.push({ text: c, x, y: item.y, width, fontSize: item.fontSize });
    x += width;
  }
  return out;
}

/**
 * A list's bullet drawn from the Symbol or Wingdings font (Word's and LibreOffice's bullets): the
 * PDF gives its private-use code point (U+F0B7 •, U+F0A7 ▪, U+F06C ●, U+F0D8 ➢, U+F076 ❖, U+F0FC ✓,
 * U+F06E ■, U+F071 ❑), which reads as nothing; it is a bullet, as the text's "- " or "•" is.
 */
const SYMBOL_BULLET = /[\uf0b7\uf0a7\uf06c\uf0d8\uf076\uf0fc\uf06e\uf071]/g;

function toLine(group: PositionedText[], page: PageText): Line {
  const sorted = [...group].sort((a, b) => a.x - b.x);
  const fontSize = median(sorted.filter((item) => item.text.trim()).map((item) => item.fontSize));
  const segments: Segment[] = [];
  // A space glyph the producer wrote is a space in the text, even between Chinese words.
  let typedSpace = false;
  // a "space" item wider than a cell gap fills the room between two cells (LibreOffice writes those)
  let wideSpace = false;
  for (const item of sorted) {
    const text = item.text.replace(/\s+/g, " ").replace(SYMBOL_BULLET, "•");
    if (!text.trim()) {
      // (a space narrower than a space glyph is the room a producer sets between Chinese and a
      // figure or Latin word, "要点 1.全面" for "要点1.全面": no space in the text)
      if (item.width > 0 && item.width < AUTOSPACE * fontSize && text === " ") continue;
      typedSpace = segments.length > 0;
      wideSpace ||= item.width > CELL_GAP * fontSize;
      continue;
    }
    const last = segments[segments.length - 1];
    const gap = last ? item.x - last.x1 : Infinity;
    const split = !last || wideSpace || gap > CELL_GAP * fontSize || (!typedSpace && gap > hanCellGap(last.text, text) * fontSize);
    if (split) {
      segments.push({ x0: item.x, x1: item.x + item.width, text: text.trim() });
    } else if (typedSpace) {
      last.text = `${last.text.trimEnd()} ${text.trimStart()}`;
    } else {
      last.text = gap > WORD_GAP * fontSize ? joinWords(last.text, text.trim(), true) : last.text + text;
    }
    if (!split) last.x1 = Math.max(last.x1, item.x + item.width);
    typedSpace = false;
    wideSpace = false;
  }
  for (const segment of segments) segment.text = segment.text.trim();
  const kept = joinListLabel(segments.filter((segment) => segment.text), fontSize);
  return {
    page: page.page,
    pageHeight: page.height,
    y: median(group.filter((item) => item.text.trim()).map((item) => item.y)),
    x0: kept[0]?.x0 ?? 0,
    x1: Math.max(...kept.map((segment) => segment.x1)),
    fontSize,
    segments: kept,
    text: kept.map((segment) => segment.text).join(" "),
  };
}

/** A list item's label as Word lays it out: "2.", "3、", "（一）", "(1)", "①", "第一章", alone before a tab. */
const LIST_LABEL = /^(?:\d{1,2}(?:\.\d{1,2})*[.．、]|[（(](?:\d{1,2}|[一二三四五六七八九十]{1,3})[)）]|[一二三四五六七八九十]{1,3}、|[\u2460-\u2473\u2776-\u277f]|第[一二三四五六七八九十\d]{1,3}[章节条部分]+)$/;
/** The widest tab a list label is set off by (Word's default stops fall within two font sizes). */
const LABEL_TAB = 3;

/**
 * A line that opens with a list label and a tab ("2.⇥推广…", Word's automatic numbering as a
 * PDF draws it) is one item, not a label column beside a text column: the label is joined to
 * the text it numbers.
 */
function joinListLabel(segments: Segment[], fontSize: number): Segment[] {
  if (segments.length < 2 || !LIST_LABEL.test(segments[0].text)) return segments;
  const [label, text, ...rest] = segments;
  if (text.x0 - label.x1 > LABEL_TAB * fontSize || LIST_LABEL.test(text.text)) return segments;
  return [{ x0: label.x0, x1: text.x1, text: label.text + text.text }, ...rest];
}

/** A page with at most one line of text in separate cells holds no table (of two rows or more). */
export function mayHoldTable(lines: Line[]): boolean {
  let split = 0;
  for (const line of lines) if (line.segments.length >= 2 && ++split >= 2) return true;
  return false;
}

const ASCII_WORD_END = /[A-Za-z0-9%)]$/;
const ASCII_WORD_START = /^[A-Za-z0-9(]/;

/** Joins two pieces of text separated by space or a line break: Chinese runs together, Latin words keep a space. */
export function joinWords(left: string, right: string, spaced: boolean): string {
  if (!left) return right;
  if (!right) return left;
  return spaced && ASCII_WORD_END.test(left) && ASCII_WORD_START.test(right) ? `${left} ${right}` : left + right;
}

/**
 * PDF producers space Chinese away from Latin letters and digits for looks ("2020 年",
 * "3. 深入"); those spaces are not in the text. Spaces between two Chinese characters are
 * kept: they may separate words the author spaced on purpose.
 */
// An item number or a calendar's day after a space ("…责任分解 2.1教学质量指标", "…指标 ①中考…", "…体系 (1)加强",
// "…定位 3、加强", "…开学日 2/22校园…", a calendar's week row "18 19 20 21 22 23 24", a date stamp
// "…计划 2005-1 二月…"): the space was typed between two items a text flow ran together (a producer
// spaces figures, never numbering)
const DATE_STAMP = String.raw`(?:19|20)\d{2}[-/.]\d{1,2}(?:[-/.]\d{1,2})?`;
const ITEM_NUMBER = String.raw`(?:\d{1,2}、|\d{1,2}(?:．|\.(?!\d)|\.\d{1,2}(?![\d.%％万亿元倍个年月日天时分秒米吨亩所人名次项台件套千百十周岁级页]))(?=[\u4e00-\u9fff])|[\u2460-\u2473]|\((?:\d{1,2}|[一二三四五六七八九十]{1,3})\)|\d{1,2}\/\d{1,2}(?!\d)|(?:\d{1,2} ){6}\d{1,2}(?!\d)|${DATE_STAMP}\s)`;

/** A slash date or span after Chinese and a space, at the end of the text so far ("配合 3/4~3/18"). */
const SPACED_SLASH_DATE = /[\u4e00-\u9fff][ \t]+\d{1,2}\/\d{1,2}(?:[ \t]*[~～〜\-—–][ \t]*\d{1,2}\/\d{1,2})?$/;

/** What follows a row's bare number: Chinese that is no measure of it (a count "3 所", a month "9 月"). */
const BARE_NUMBER_ROW = /^(?![万亿元倍个年月日天时分秒米吨亩所人名次项台件套千百十周岁级页号])[\u4e00-\u9fff“"《]/;

/** A number glued to the Chinese word before it ("行动1"): a label's number (not "第3"). */
const LABEL_NUMBER = /(?!第)[\u4e00-\u9fff]\d{1,2}$/;
/** What follows a label's number: a title, not the number's measure ("3 班", "2 章", "18 页"). */
const LABELLED_TITLE = /^(?![万亿元倍个年月日天时分秒米吨亩所人名次项台件套千百十周岁级页号班章节条届期批轮版组栋楼层])[\u4e00-\u9fff“"《]/;

/** A header line of rows numbered so: "序号" and a few column names ("序号 目标任务 三季度 推进情况"). */
const ROW_HEADER = /^序号(?:\s+[^\s\d。，；]{2,12}){1,6}$/;

const CJK = "\\u3000-\\u303f\\u3400-\\u9fff\\uff00-\\uffef";
// Latin, digits and the enclosed numbers ①… that producers treat as Western text.
const WESTERN = "!-~\\u00c0-\\u024f\\u2460-\\u24ff";
// (a space after a Western clause mark — "如下: 项目", "(略) 承办" — was typed: producers space
// letters and digits, not punctuation, away from Chinese)
// (a hyphen or an asterisk set apart by spaces is a typed bullet or dash, "…分工 - 负责…", never a producer's
// spacing; nor is the space before a whole date or day, "…幼儿园 2024年4月3日", "…放假时间 9月29日…", or a month's heading,
// "…习俗。 1月份重点工作": a signature's date, a heading's first line; nor the space after a file name, "…计划.docx 《…》")
const WESTERN_SPACE_CJK = new RegExp(`(?<=[${WESTERN}])(?<![,:;)])(?<!\\.(?:docx?|DOCX?|pdf|PDF|wps|WPS))(?<!(?:^|\\s)(?:(?:\\d{1,2} ){6}\\d{1,2}|${DATE_STAMP}|[-*]))\\s+(?=[${CJK}])`, "g");
// (nor before a web address, "3月份 www.…", a site's mark a web copy carries into the text)
const CJK_SPACE_WESTERN = new RegExp(`(?<=[${CJK}])\\s+(?=[${WESTERN}])(?!${ITEM_NUMBER}|(?:https?:\\/\\/|www\\.)|[-*]\\s+[\\u4e00-\\u9fff]|(?:(?:19|20)\\d{2}年)?\\d{1,2}月\\d{1,2}[日号]|\\d{1,2}月份)`, "g");

// a cell of a table a web page gave as text: a word or a figure, no sentence, no field label
const SPACED_CELL = /^[^。；;，,：:！？!?]{1,20}$/;
const HAN_SPACE_HAN = /[\u4e00-\u9fff]\s+(?=[\u4e00-\u9fff])/g;

/**
 * A row of a table a web page gave as text, its cells apart by typed spaces ("某市 某区 某小学 2025 维修 宿舍 0 51
 * 已完工"): six words or more, none a sentence, two spaces or more between Chinese words. A producer spaces
 * figures away from Chinese but never Chinese from Chinese: such a line's spaces were all typed, and they
 * part its cells (the same rows `softBreaks` keeps whole, read by their columns as the text's are).
 */
export function isSpacedRow(text: string): boolean {
  const words = text.trim().split(/\s+/);
  return words.length >= 6 && words.every((w) => SPACED_CELL.test(w)) && (text.match(HAN_SPACE_HAN)?.length ?? 0) >= 2;
}

export function tidySpaces(text: string): string {
  // (both patterns remove spaces only; most cell texts have none)
  if (!/\s/.test(text)) return text;
  // (ROW_HEADER looks at the text before the space: it can hold only where the text opens with 序号)
  const rowHeaderFirst = text.startsWith("序号");
  return text
    .replace(WESTERN_SPACE_CJK, (space, at: number) =>
      // (a slash date or span set apart by spaces on both sides inside a sentence, "配合 3/4~3/18 县议会质询": the
      // space before it is kept, as a calendar's date's is, and so is the one after, as the text has it: one line)
      SPACED_SLASH_DATE.test(text.slice(Math.max(0, at - 16), at)) ? space :
      // (a label's number set close to its label and apart from the title after it, "专项行动1 民办高校…",
      // "任务3 加强…": typed, a producer spaces a figure on both sides)
      LABEL_NUMBER.test(text.slice(Math.max(0, at - 3), at)) && LABELLED_TITLE.test(text.slice(at + space.length)) ? space :
      // (a row numbered with a bare number opens the text or follows a closed sentence, "131 加大…", "…。 132 推进…":
      // the number's space was typed, as in "12 推进…"; not "3 月")
      /(?:^|[。；;！？!?]\s?)\d{1,3}$/.test(text.slice(Math.max(0, at - 5), at)) || (rowHeaderFirst && ROW_HEADER.test(text.slice(0, at).replace(/\s?\d{1,3}$/, "")))
        ? BARE_NUMBER_ROW.test(text.slice(at + space.length)) && /\d/.test(text[at - 1] ?? "") ? space : ""
        : "",
    )
    .replace(CJK_SPACE_WESTERN, (space, at: number, all: string) =>
      (/[。；;！？!?]/.test(all[at - 1] ?? "") || (all.startsWith("序号") && ROW_HEADER.test(all.slice(0, at)))) && /^\d{1,3} /.test(all.slice(at + space.length)) && BARE_NUMBER_ROW.test(all.slice(at + space.length).replace(/^\d{1,3} /, "")) ? space : "",
    );
}

export function median(values: number[]): number {
  if (!values.length) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}
