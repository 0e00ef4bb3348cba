// Page chrome copied with the text of a government or school web page: the breadcrumb
// (当前位置：首页 > …), the information-disclosure fields (索引号, 发布机构, 发布日期), counters
// (浏览次数), tools (字体：大 中 小, 打印本页, 关闭窗口, 分享到) and an essay site's "篇一：".
// Whole lines made only of such pieces leave the body, with one warning. The page's own metadata
// (发布机构, 发布日期, 文号, 来源) is kept aside for the cover stage: it may be the only place that
// dates or signs the document.
import { WEB_CHROME_WARNING } from "../model.js";
import { Stitched } from "./stitched.js";
import type { Item, Stage } from "./types.js";
import { dropPageMarkers } from "./pageMarkers.js";
import { siteNoticeLines } from "./siteNotices.js";
import { foldHan } from "./hanFold.js";

// labels whose presence alone marks a line as the page's, not the document's
const STRONG_LABELS = "索引号|主题分类|信息分类|浏览次数|访问次数|阅读次数|点击次数|点击数|浏览量|阅读量|访问量|字体|字号|文章来源|分享到";
// the page's metadata: chrome in a line of fields, but worth keeping for the cover
const META_LABELS = "发布机构|发文机关|发文单位|发布单位|发布日期|发布时间|生成日期|成文日期|发文日期|发文字号|文号|信息来源|来源|作者";
// generic labels: chrome only beside a strong label or a tool in the same line
const WEAK_LABELS = "时间|日期|编辑|责任编辑|审核|有效性|所属栏目|栏目|关键词|体裁";
const FIELD = new RegExp(String.raw`[【\[]?\s*(${STRONG_LABELS}|${META_LABELS}|${WEAK_LABELS})\s*[】\]]?\s*[：:]?`, "g");
const STRONG = new RegExp(String.raw`^(?:${STRONG_LABELS})$`);
const META = new RegExp(String.raw`^(?:${META_LABELS})$`);
// tools and links of the page, as printed (with or without brackets)
const TOOLS_SRC =
  String.raw`[【\[]\s*(?:打印|关闭|收藏|纠错|我要纠错|打印本页|关闭窗口|大|中|小|字体\s*[：:]?\s*大\s*中\s*小)\s*[】\]]|打印本页|打印此页|打印文章|关闭窗口|关闭本页|返回顶部|扫一扫(?:在手机打开当前页)?|收藏本页|加入收藏|我要纠错|大\s+中\s+小|(?:上|下)一篇\s*[：:].*$`;
const TOOLS = new RegExp(TOOLS_SRC, "g");
const HAS_TOOL = new RegExp(TOOLS_SRC);
const BREADCRUMB = /^(?:当前位置|您当前的位置|您现在的位置|你的位置|你现在的位置|您的位置|所在位置|当前所在位置)\s*[：:]|^首页\s*[>＞»›]/;
// "篇一：2024年学校工作计划" on an essay site: the prefix is the site's, the title the document's
const ESSAY_PREFIX = /^篇[一二三四五六七八九十]{1,3}\s*[：:]\s*/;
const MAX_LINE = 200;
// an image's credit line alone, a blog's or a site's caption ("图片发自简书App", "图片来自网络", "圖片來源：…"): no text of the
// document, however often it comes back between its paragraphs (xtasks26)
const IMAGE_CREDIT = /^\s*(?:图片|圖片|配图|配圖)\s*(?:发自|發自|来自|來自|来源|來源|源自)\s*[：:]?\s*[^。；;，,]{0,30}$/;
// every piece of chrome holds one of these: most lines of a plan hold none and need no more tests
const MAY_BE_CHROME = /[：:【\[>＞»›]|打印|关闭|返回顶部|扫一扫|收藏|纠错|大\s+中\s+小/;

/** The line's pieces: whether it is chrome, and the kinds of pieces it holds. */
function classify(text: string): { chrome: boolean; meta: boolean } {
  if (text.length > MAX_LINE || !MAY_BE_CHROME.test(text)) return { chrome: false, meta: false };
  if (BREADCRUMB.test(text)) return { chrome: true, meta: false };
  const tools = text.match(TOOLS);
  let strong = !!tools;
  let meta = false;
  let labels = 0;
  // a field runs from its label to the next label (or a tool); the line is chrome when nothing
  // else is left: every stretch of text before the first label is the document's own
  FIELD.lastIndex = 0;
  const fields = [...text.matchAll(FIELD)].filter((m) => m[0].includes("：") || m[0].includes(":") || /[【\[]/.test(m[0]));
  if (!fields.length && !tools) return { chrome: false, meta: false };
  const rest = fields.length ? text.slice(0, fields[0].index).replace(TOOLS, "") : text.replace(TOOLS, "");
  if (rest.trim()) return { chrome: false, meta: false };
  for (const m of fields) {
    labels++;
    if (STRONG.test(m[1])) strong = true;
    else if (META.test(m[1])) meta = true;
  }
  if (!strong && !meta) return { chrome: false, meta: false };
  // a 文号 line alone is the document's own (the cover reads its issuer above it)
  if (!strong && labels === 1 && /文号|字号/.test(fields[0][1])) return { chrome: false, meta: false };
  // a line of metadata fields without a strong label: two or more fields ("发布机构：… 发布日期：…"),
  // or one of the page's own ("发布日期：2024-03-12"), never a sentence
  if (!strong && labels === 1 && /[。；;，,]/.test(text)) return { chrome: false, meta: false };
  return { chrome: true, meta };
}

// a post's record block, one field a line ("主辦單位: 本府教育處 / 承辦單位: 國教科 / 發布者: … / 公告時間: … / 點閱數: 238"):
// the page's, its 主办/承办单位 the post's publisher and no unit of the work above it
const RECORD_FIELD = /^\s*(\p{Script=Han}{2,6})\s*[：:]\s*[^。；;，,：:]{0,40}$/u;
const RECORD_LABEL = /^(?:发布者|发布人|最后修改|最后更新|公告时间|公告日期|点阅数|点阅次数|浏览数|浏览次数|点击数|点击次数|阅读次数|联络电话|连络电话|联系电话|传真号码|传真)$/u;

/** The indexes of `items` in a run of four or more one-field lines at least two of which are a post's record fields. */
function recordBlocks(items: Item[]): Set<number> {
  const out = new Set<number>();
  let run: number[] = [];
  let record = 0;
  const close = () => {
    if (run.length >= 4 && record >= 2) for (const i of run) out.add(i);
    run = [];
    record = 0;
  };
  items.forEach((it, i) => {
    if (it.kind !== "line") return close();
    if (!it.line.text.trim()) return;
    const m = RECORD_FIELD.exec(foldHan(it.line.text));
    if (!m) return close();
    run.push(i);
    if (RECORD_LABEL.test(m[1])) record++;
  });
  close();
  return out;
}

export const webChrome: Stage = (doc, ctx) => {
  const record = recordBlocks(doc.items);
  const items: Item[] = [];
  const pageMeta: Stitched[] = [];
  let dropped = 0;
  // metadata fields are the page's only before the document starts (its first numbered line) or
  // after it ends; tools and counters are chrome anywhere
  const lines = doc.items.filter((it) => it.kind === "line");
  const firstNumbered = lines.findIndex((it) => it.kind === "line" && (!!it.line.numbering || /^(?:[一二三四五六七八九十]{1,3}[、．.]|[（(][一二三四五六七八九十]{1,3}[）)]|\d{1,3}[.、．])/.test(it.line.text)));
  let lineNo = -1;
  for (const [at, it] of doc.items.entries()) {
    if (it.kind !== "line") {
      items.push(it);
      continue;
    }
    lineNo++;
    const line = it.line;
    if (record.has(at)) {
      if (classify(line.text).meta) pageMeta.push(Stitched.of(doc.text, line.start, line.start + line.text.length));
      dropped++;
      continue;
    }
    const essay = ESSAY_PREFIX.exec(line.text);
    if (essay && line.text.length > essay[0].length) {
      items.push({ kind: "line", line: { ...line, text: line.text.slice(essay[0].length), start: line.start + essay[0].length } });
      dropped++;
      continue;
    }
    if (IMAGE_CREDIT.test(line.text)) {
      dropped++;
      continue;
    }
    const { chrome, meta } = classify(line.text);
    const inBody = firstNumbered >= 0 && lineNo >= firstNumbered && lineNo < lines.length - 3;
    if (chrome && !(inBody && meta && !HAS_TOOL.test(line.text) && !hasStrong(line.text))) {
      if (meta || hasStrong(line.text)) pageMeta.push(Stitched.of(doc.text, line.start, line.start + line.text.length));
      dropped++;
      continue;
    }
    items.push(it);
  }
  // (the site's notices first: the page markers' own notice rule may take one out of their run)
  const notices = siteNoticeLines(items);
  const pages = dropPageMarkers(notices.size ? items.filter((_, i) => !notices.has(i)) : items);
  dropped += pages.dropped + notices.size;
  if (!dropped) return doc;
  ctx.warn(WEB_CHROME_WARNING);
  return { ...doc, items: pages.items, pageMeta };
};

function hasStrong(text: string): boolean {
  FIELD.lastIndex = 0;
  for (const m of text.matchAll(FIELD)) if (STRONG.test(m[1])) return true;
  return false;
}
