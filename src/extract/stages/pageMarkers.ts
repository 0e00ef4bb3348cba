// A document-sharing site shows a file page by page as one long line each, numbered "1、" "2、"
// "3、" at the line start — even in the middle of a word ("…落实立\n2、德树人"). The markers are
// the site's, not the document's: they leave the text (the page's line then continues the line
// before it), and so do the site's download tips ("友情提示" over "2、PDF文件下载后…").
import { numbering } from "./numbering.js";
import type { Item, Line } from "./types.js";

const MARKER = /^\s*(\d{1,2})\s*、\s*/;
const LONG = 150;
/** At most this many lines make one page (a long line a Word file cut at its spaces). */
const PAGE_PARTS = 4;
const CLOSED = /[。；;！？!?”"）)】》：:]\s*$/;
const SITE_TIP = /下载|浏览器|本站|资源|积分|水印|预览|会员|付费|客服/;
// (a preview's end: "试读结束，开通会员，全站文档免费下载")
const SITE_NOTICE = /试读结束|开通会员|本文档由用户上传|本文档内容版权|本站不保证|网站客服\s*(?:QQ|qq|电话|热线)|(?:当前|本)文档由用户上传|付费之前.{0,20}付费下载/;

/** The lines with their page markers taken off, and how many markers were dropped. */
export function dropPageMarkers(input: Item[]): { items: Item[]; dropped: number } {
  const inline = dropInlineTips(input);
  const runIn = splitRunInPages(inline.items);
  const pages = dropMarkers(runIn.items);
  return { items: pages.items, dropped: pages.dropped + inline.dropped + runIn.dropped };
}

// a page's marker inside a line: a number and its 、 not glued to a figure before it ("50公里3、飞行…")
const RUN_IN_MARKER = /(?<![\d.．])(\d{1,2})\s*、/g;

/**
 * The pages of a document site run into one line (a copy whose line breaks were lost): the line opens with
 * "1、" and "2、" "3、" … follow in order, a page's length apart or more, at least one of them in the middle of a
 * sentence ("…50公里3、飞行半径…"). The markers go; the line is cut there into its pages, a page that starts in
 * the middle of a sentence going on the line before it (as dropMarkers leaves them).
 */
function splitRunInPages(items: Item[]): { items: Item[]; dropped: number } {
  let dropped = 0;
  const out: Item[] = [];
  for (const it of items) {
    const first = it.kind === "line" ? MARKER.exec(it.line.text) : null;
    if (!first || it.kind !== "line" || first[1] !== "1" || it.line.text.length < 2 * LONG) {
      out.push(it);
      continue;
    }
    const { text, start } = it.line;
    const marks: { at: number; end: number }[] = [{ at: first.index, end: first[0].length }];
    RUN_IN_MARKER.lastIndex = first[0].length;
    for (let m = RUN_IN_MARKER.exec(text); m; m = RUN_IN_MARKER.exec(text)) {
      if (Number(m[1]) !== marks.length + 1) continue;
      // (a list's "2、" soon after its "1、" is the document's own: the run is no pages')
      if (m.index - marks[marks.length - 1].end < LONG) break;
      marks.push({ at: m.index, end: m.index + m[0].length });
    }
    const midSentence = marks.slice(1).some(({ at }) => !CLOSED.test(text.slice(0, at)));
    if (marks.length < 2 || !midSentence) {
      out.push(it);
      continue;
    }
    dropped += marks.length;
    marks.forEach(({ at, end }, k) => {
      const stop = k + 1 < marks.length ? marks[k + 1].at : text.length;
      const page = text.slice(end, stop);
      const lead = page.length - page.trimStart().length;
      if (!page.trim()) return;
      const continuesPage = k > 0 && !CLOSED.test(text.slice(0, at)) && !numbering(page.trimStart());
      out.push({ kind: "line", line: { ...it.line, text: page.trimStart().replace(/\s+$/, ""), start: start + end + lead, ...(continuesPage ? { continuesPage } : {}) } });
    });
  }
  return { items: dropped ? out : items, dropped };
}

/**
 * The download tips run into one line with the page's other text (a Word file made of the copy,
 * its lines joined): "… 友情提示 2、PDF文件下载后…。 3、本站…。 学校开展…" — the tips are cut out,
 * the text before and after them stays.
 */
function dropInlineTips(items: Item[]): { items: Item[]; dropped: number } {
  let dropped = 0;
  const out: Item[] = [];
  const tipRe = /(\d{1,2})\s*、([^。\n]{2,120}。)\s*/y;
  /** The number of the last tip dropped when its line ended there: the next line may go on with the tips. */
  let open = 0;
  for (const it of items) {
    const at = it.kind === "line" ? (open ? 0 : it.line.text.search(/(?:^|\s)友情提示\s+\d{1,2}\s*、/)) : -1;
    if (at < 0 || it.kind !== "line") {
      out.push(it);
      open = 0;
      continue;
    }
    const { text, start } = it.line;
    let end = open ? 0 : text.indexOf("友情提示", at) + 4;
    while (end < text.length && /\s/.test(text[end])) end++;
    let last = open,
      site = open > 0;
    for (;;) {
      tipRe.lastIndex = end;
      const m = tipRe.exec(text);
      if (!m || (last && Number(m[1]) !== last + 1)) break;
      last = Number(m[1]);
      site ||= SITE_TIP.test(m[2]);
      end = tipRe.lastIndex;
    }
    // (a line going on with the tips, "3、本站不支持…。", as a Word paragraph each after "友情提示 2、…")
    if (!site || last === open) {
      out.push(it);
      open = 0;
      continue;
    }
    if (!open) dropped++;
    const before = text.slice(0, at).trimEnd();
    if (before.trim()) out.push({ ...it, line: { ...it.line, text: before } });
    if (end < text.length) out.push({ kind: "line", line: { text: text.slice(end), start: start + end } });
    open = end < text.length ? 0 : last;
  }
  return { items: dropped ? out : items, dropped };
}

/**
 * The length of the page that runs from line `from` up to line `to`: one long line, or the few
 * lines a Word file cut it into (its paragraph split at the spaces between the page's parts,
 * "…请遵照执行。 滨州市教育局 2020年1月8日…"); more lines than that are a document's own.
 */
function pageLength(lines: { line: Line }[], from: number, to: number): number {
  if (to - from > PAGE_PARTS) return lines[to - 1].line.text.length;
  let n = 0;
  for (let j = from; j < to; j++) n += lines[j].line.text.length;
  return n;
}

function dropMarkers(items: Item[]): { items: Item[]; dropped: number } {
  const lines: { idx: number; line: Line }[] = [];
  items.forEach((it, idx) => it.kind === "line" && it.line.text.trim() && lines.push({ idx, line: it.line }));
  const cut = new Map<number, number>(); // item index → marker length
  const drop = new Set<number>();
  // the site's tips: numbered lines about downloading right under "友情提示"
  lines.forEach(({ line }, k) => {
    // (or under the site's "版权声明" closing a preview: "1、当您付费下载文档后…")
    // (the line's whitespace round it read by the pattern: no trimmed copy of every line)
    if (!/^\s*(?:友情提示|温馨提示|©?\s*版权声明)\s*$/.test(line.text)) return;
    const tips: number[] = [];
    let last = 0;
    for (let j = k + 1; j < lines.length; j++) {
      const m = MARKER.exec(lines[j].line.text);
      if (!m || (last && Number(m[1]) !== last + 1)) break;
      last = Number(m[1]);
      tips.push(lines[j].idx);
    }
    if (!tips.some((idx) => SITE_TIP.test((items[idx] as { line: Line }).line.text))) return;
    drop.add(lines[k].idx);
    for (const idx of tips) drop.add(idx);
  });
  // a document site's notices about the file, numbered or not, with or without "友情提示" over them
  // ("1、本文档由用户上传，…整理发布", "本站不保证质量…付费下载", "网站客服QQ：…"): never a plan's words
  lines.forEach(({ idx, line }) => {
    if (line.text.length <= 160 && SITE_NOTICE.test(line.text)) drop.add(idx);
  });
  // the page markers: 1、 2、 3、 … in order at line starts, each page after the first following a
  // long line (a whole page), at least one of them in the middle of a sentence
  const markers = lines.filter(({ idx, line }) => !drop.has(idx) && MARKER.test(line.text));
  let expect = 1;
  const run: { idx: number; k: number; len: number }[] = [];
  for (const m of markers) {
    const k = lines.indexOf(m);
    const value = Number(MARKER.exec(m.line.text)![1]);
    if (value !== expect) {
      if (run.length >= 2) break;
      if (value !== 1) continue;
      run.length = 0;
      expect = 1;
    }
    if (value > 1 && pageLength(lines, run.length ? run[run.length - 1].k : k, k) < LONG) {
      if (run.length >= 2) break;
      run.length = 0;
      expect = 1;
      continue;
    }
    run.push({ idx: m.idx, k, len: MARKER.exec(m.line.text)![0].length });
    expect++;
  }
  const midSentence = run.slice(1).some(({ k }) => !CLOSED.test(lines[k - 1].line.text));
  if (run.length >= 2 && midSentence && pageLength(lines, run[0].k, run[1].k) >= LONG) for (const r of run) cut.set(r.idx, r.len);
  if (!cut.size && !drop.size) return { items, dropped: 0 };
  const out: Item[] = [];
  items.forEach((it, idx) => {
    if (drop.has(idx)) return;
    const n = cut.get(idx);
    if (n === undefined || it.kind !== "line") return void out.push(it);
    const text = it.line.text.slice(n);
    const k = lines.findIndex((l) => l.idx === idx);
    // (a page that starts in the middle of a sentence goes on the line before it)
    const continuesPage = k > 0 && !CLOSED.test(lines[k - 1].line.text) && !numbering(text);
    out.push({ ...it, line: { ...it.line, text, start: it.line.start + n, ...(continuesPage ? { continuesPage } : {}) } });
  });
  return { items: out, dropped: cut.size + drop.size };
}
