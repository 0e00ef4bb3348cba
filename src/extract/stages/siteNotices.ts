// A document-sharing site's own numbered notices about the file it shows ("1、下载文档前请自行甄别…",
// "4、该文档为VIP文档，如果想要下载，成为VIP会员后…", the "1. 本站全部…" under 【下载声明】): a run of
// numbered lines nearly every one of which speaks of the site — its documents, downloads, members,
// service, copyright — is the site's, wherever it sits on the page, and leaves with its heading.
// So does the site's line of figures about the file, one a line above its title ("- 约1.69万字",
// "- 约 17页", "- 2026-02-02 发布于广东", "- 举报"), which the cover would otherwise take for the title.
import { numbering, type Numbered } from "./numbering.js";
import type { Item, Line } from "./types.js";

/** What a site's notice speaks of. */
const SITE_WORD = /本站|本平台|平台|网站|文档|文库|资料|资源|下载|上传|VIP|会员|客服|积分|版权|付费|退款|预览|侵权|网友/i;
/** What only a site says of itself: one of the run's lines says it. */
const SITE_OWN = /本站|本平台|本文档|该文档|文库|VIP|会员|客服|积分|付费|退款|版权|侵权|网友/i;
/** The heading a site sets over its notices. */
const NOTICE_HEADING = /^(?:[•·\-*]\s*)?[【\[]?\s*©?\s*(?:下载声明|下载须知|下载提示|免责声明|版权声明|友情提示|温馨提示|特别提醒)\s*[】\]]?\s*[：:]?$/;
// (a notice is a sentence or two; a document site's page markers open lines of a whole page)
const MAX_ITEM = 250;

/** A file's figures on a document site: its words, pages, upload day and place, the report link. */
const FILE_STAT = /^(?:[-•·*]\s*)?(?:约\s*[\d.]+\s*[千万]?字|约\s*\d+\s*页|(?:19|20)\d{2}-\d{1,2}-\d{1,2}\s*发布于\s*\S{2,8}|举报)$/;
/** The figures without a label (views, downloads) that sit among them. */
const BARE_COUNT = /^(?:[-•·*]\s*)?\d{1,6}$/;

/** The lines of `items` that are a site's numbered notices (and the heading over them) or its file figures. */
export function siteNoticeLines(items: Item[]): Set<number> {
  const lines: { idx: number; line: Line }[] = [];
  items.forEach((it, idx) => it.kind === "line" && it.line.text.trim() && lines.push({ idx, line: it.line }));
  const drop = new Set<number>();
  // (each line's number read once: a run is looked for from every line, over the lines after it)
  const nums = lines.map(({ line }) => (line.text.length <= MAX_ITEM ? numbering(line.text) : null));
  for (let k = 0; k < lines.length; ) {
    const run = numberedRun(nums, k);
    if (run.length < 2) {
      k++;
      continue;
    }
    const texts = run.map((j) => lines[j].line.text);
    const speaking = texts.filter((t) => SITE_WORD.test(t)).length;
    // nearly every item: all of two or three, all but one of more
    if (speaking >= run.length - (run.length >= 4 ? 1 : 0) && texts.some((t) => SITE_OWN.test(t))) {
      for (const j of run) drop.add(lines[j].idx);
      if (k > 0 && NOTICE_HEADING.test(lines[k - 1].line.text.trim())) drop.add(lines[k - 1].idx);
    }
    k += run.length;
  }
  // the file's figures: a run of such lines, two of them at least named ones
  for (let k = 0; k < lines.length; ) {
    let j = k;
    while (j < lines.length && (FILE_STAT.test(lines[j].line.text.trim()) || BARE_COUNT.test(lines[j].line.text.trim()))) j++;
    if (lines.slice(k, j).filter(({ line }) => FILE_STAT.test(line.text.trim())).length >= 2) for (let i = k; i < j; i++) drop.add(lines[i].idx);
    k = Math.max(j, k + 1);
  }
  return drop;
}

/** The lines from `k` numbered 1, 2, 3 … in a row at one level (none if line `k` is not item 1), by the lines' numbers. */
function numberedRun(nums: (Numbered | null)[], k: number): number[] {
  const run: number[] = [];
  let level = 0;
  for (let j = k; j < nums.length; j++) {
    const n = nums[j];
    if (!n || !/^\d+$/.test(n.no) || Number(n.no) !== run.length + 1 || (level && n.level !== level)) break;
    level = n.level;
    run.push(j);
  }
  return run;
}
