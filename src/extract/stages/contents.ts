// A table of contents copied with a document's text (a document site's 文档简介 over the file,
// a PDF's 目录 page): a run of short numbered headings with no text under them, the document's
// outline rather than its items. It is told by its structure, not its words: the body follows it
// by starting over with its first heading ("…10.4行动呼吁" / "一、背景分析 1.1政策背景 近年来…"),
// or its headings end with page numbers that go up (a "目录" over them, or dot leaders). Its lines
// leave the text; a title or the body's first words run into its first or last line stay.
import { DECIMAL_SECTION_NUMBER } from "./numbering.js";
import type { Item, Line, Stage } from "./types.js";

/**
 * A heading's number: 第一章, 一、, （一）, 1.1, 1.1.1, 1. A decimal one is the shared section number
 * (numbering.ts), followed by any title, not only heading words: an outline's "1.2年度重点" is an entry,
 * its run of entries tells a table of contents, not each number.
 */
const LABEL = String.raw`(?:第[一二三四五六七八九十\d]{1,3}[章节篇部分]|[一二三四五六七八九十]{1,3}[、.．]|[（(][一二三四五六七八九十]{1,3}[)）]|${DECIMAL_SECTION_NUMBER}(?![万亿])|\d{1,2}[.．、](?!\d))`;
const ENTRY = new RegExp(String.raw`^${LABEL}\s*(\S.*)$`);
/** A top-level number ("一、") inside a line: where a title running into the contents ends. */
const TOP_LABEL = /[一二三四五六七八九十]{1,3}、/;
/** A page number closing an entry, after dot leaders or a space. */
const PAGE = /(?:\s*[.．…·。_-]{2,}\s*|\s+)(\d{1,3})\s*$/;
const LEADERS = /[.．…·_-]{2,}\s*\d{1,3}\s*$/;
const CONTENTS_HEADING = /^目\s*录$/;
const MAX_ENTRY = 40;
/** The longest line an entry with its dot leaders and page number is looked for in. */
const MAX_LINE = 200;
/** The fewest entries a table of contents is taken for. */
const MIN_ENTRIES = 6;

interface Entry {
  k: number; // index among the lines
  key: string; // the entry without spaces or page number, to find it again in the body
  page: number | null;
  leaders: boolean;
}

function entryOf(text: string, k: number): Entry | null {
  const t = text.trim();
  // (an entry and its leaders are short: a long line is none, and PAGE, unanchored, is quadratic on a long run of dots)
  if (t.length > MAX_LINE) return null;
  // (the page number ends the trimmed line: a line that does not end in a digit has none, and the
  // pattern, not anchored at its start, would be tried at every offset to tell so)
  const last = t.charCodeAt(t.length - 1);
  const page = last >= 0x30 && last <= 0x39 ? PAGE.exec(t) : null;
  const bare = page ? t.slice(0, page.index) : t;
  // (an entry whose page number follows its number run into its title: "10企业…工作计划 71")
  const m = ENTRY.exec(bare) ?? (page ? /^\d{1,2}(?=[^\d\s.．、])(.*)$/.exec(bare) : null);
  if (!m || bare.length > MAX_ENTRY || /[。；;！？!?，,]/.test(bare) || m[1].length < 2) return null;
  return { k, key: squeeze(bare), page: page ? Number(page[1]) : null, leaders: LEADERS.test(t) };
}

const squeeze = (s: string) => s.replace(/\s+/g, "");

/** Lines [from, to) of a table of contents. */
interface Run {
  from: number;
  to: number;
  /** Where a title run into the first line ends (-1: none). */
  titleEnd: number;
  /** Where the body starts again in the last line (-1: none). */
  restartAt: number;
}

/**
 * Where a heading starts a line again, found without reading the document once per run of entries: the
 * lines squeezed once, and for each length of heading asked for, the lines by their first characters.
 */
class Starts {
  private squeezed: string[] | null = null;
  private byLength = new Map<number, Map<string, number[]>>();
  constructor(private readonly lines: Line[]) {}

  /** Whether a line at `from` or after, spaces squeezed out, starts with `head`. */
  after(from: number, head: string): boolean {
    this.squeezed ??= this.lines.map((l) => squeeze(l.text));
    let index = this.byLength.get(head.length);
    if (!index) {
      index = new Map();
      this.squeezed.forEach((t, k) => {
        if (t.length < head.length) return;
        const key = t.slice(0, head.length);
        const at = index!.get(key);
        if (at) at.push(k);
        else index!.set(key, [k]);
      });
      this.byLength.set(head.length, index);
    }
    const at = index.get(head);
    return !!at && at[at.length - 1] >= from;
  }
}

function findRuns(lines: Line[]): Run[] {
  const runs: Run[] = [];
  const starts = new Starts(lines);
  let k = 0;
  while (k < lines.length) {
    // (a title running into the first entry: "新建幼儿园工作方案范文参考一、背景分析与问题定义")
    let titleEnd = -1;
    let first = entryOf(lines[k].text, k);
    if (!first) {
      const top = TOP_LABEL.exec(lines[k].text);
      if (top && top.index > 0) {
        first = entryOf(lines[k].text.slice(top.index), k);
        if (first) titleEnd = top.index;
      }
    }
    if (!first) {
      k++;
      continue;
    }
    const entries = [first];
    let j = k + 1;
    for (; j < lines.length; j++) {
      const e = entryOf(lines[j].text, j);
      // (the body's own first heading after the contents: the outline starts over)
      if (!e || e.key === first.key) break;
      entries.push(e);
    }
    const run = judge(lines, entries, j, titleEnd, starts);
    if (run) {
      runs.push(run);
      k = run.to;
    } else k = j > k + 1 ? j : k + 1;
  }
  return runs;
}

/** The run of entries as a table of contents, or null when the structure does not say so. */
function judge(lines: Line[], entries: Entry[], next: number, titleEnd: number, starts: Starts): Run | null {
  if (entries.length < MIN_ENTRIES) return null;
  const from = entries[0].k;
  const heads = entries.slice(0, 2).map((e) => e.key);
  const bare = heads.map((h) => h.replace(ENTRY_LABEL, ""));
  // the body starting over with the first heading, on a line of its own (a line or two of the
  // site's between), or run into the last entry ("10.4行动呼吁一、背景分析…", too long for an entry)
  for (let j = next; j < Math.min(next + 3, lines.length); j++) {
    const text = lines[j].text;
    const key = squeeze(text);
    if (heads.some((h, i) => key.startsWith(h) || (bare[i].length >= 4 && key.startsWith(bare[i])))) return { from, to: next, titleEnd, restartAt: -1 };
    if (j !== next || !ENTRY_LABEL.test(text.trim())) continue;
    for (const head of heads) {
      const at = restartOffset(text, head);
      if (at > 0) return { from, to: next + 1, titleEnd, restartAt: at };
    }
  }
  // (or further on, after a preface: "在…会议上的讲话 / 同志们： / … / 一、担当作为、砥砺奋进，…")
  if (bare[0].length >= 4 && starts.after(next + 3, heads[0])) return { from, to: next, titleEnd, restartAt: -1 };
  // page numbers that go up, under a 目录 heading or after dot leaders
  const paged = entries.filter((e) => e.page !== null);
  if (paged.length >= entries.length * 0.8) {
    const rising = paged.every((e, i) => i === 0 || e.page! >= paged[i - 1].page!);
    const headed = lines.slice(Math.max(0, from - 2), from).some((l) => CONTENTS_HEADING.test(l.text.trim()));
    const dotted = paged.filter((e) => e.leaders).length >= paged.length / 2;
    if (rising && (headed || dotted)) return { from, to: next, titleEnd, restartAt: -1 };
  }
  return null;
}

const ENTRY_LABEL = new RegExp(String.raw`^${LABEL}`);

/** Where, in the line as typed (spaces kept), the heading `head` (spaces squeezed out) starts again. */
function restartOffset(text: string, head: string): number {
  for (let i = 1; i < Math.min(text.length, MAX_ENTRY + 8); i++) if (squeeze(text.slice(i)).startsWith(head) && !/\s/.test(text[i])) return i;
  return -1;
}

/** The document's lines with its tables of contents taken out, and how many lines were dropped. */
export function dropContents(items: Item[]): { items: Item[]; dropped: number } {
  const at: number[] = [];
  const lines: Line[] = [];
  items.forEach((it, idx) => {
    if (it.kind === "line" && it.line.text.trim()) {
      at.push(idx);
      lines.push(it.line);
    }
  });
  const runs = findRuns(lines);
  if (!runs.length) return { items, dropped: 0 };
  const replace = new Map<number, Item | null>();
  let dropped = 0;
  for (const run of runs) {
    for (let k = run.from; k < run.to; k++) {
      replace.set(at[k], null);
      dropped++;
    }
    const first = lines[run.from];
    if (run.titleEnd > 0) replace.set(at[run.from], { kind: "line", line: { ...first, text: first.text.slice(0, run.titleEnd).trimEnd() } });
    const last = lines[run.to - 1];
    if (run.restartAt > 0 && run.to - 1 !== run.from) replace.set(at[run.to - 1], { kind: "line", line: { ...last, text: last.text.slice(run.restartAt), start: last.start + run.restartAt } });
  }
  const out: Item[] = [];
  items.forEach((it, idx) => {
    if (!replace.has(idx)) return void out.push(it);
    const r = replace.get(idx);
    if (r) out.push(r);
  });
  return { items: out, dropped };
}

export const tableOfContents: Stage = (doc) => {
  const { items, dropped } = dropContents(doc.items);
  return dropped ? { ...doc, items } : doc;
};
