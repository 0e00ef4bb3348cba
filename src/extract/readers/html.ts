// HTML reader for plans saved from government websites. htmlparser2 builds a forgiving DOM
// (real pages are rarely valid); we strip the page chrome, pick the article container and
// write its paragraphs, headings, bold prefixes and tables into the model.
import { parseDocument } from "htmlparser2";
import type { ChildNode, Element } from "domhandler";
import { ExtractError, WEB_CHROME_WARNING, type Block, type Paragraph, type SourceDocument } from "../model.js";
import { SERVER_CODE } from "./detect.js";
import { decodeHtml } from "./htmlCharset.js";
import { boldOf, type RunText } from "./runs.js";
import { buildTable, type SpanCell } from "./tableGrid.js";

const DROPPED_TAGS = new Set([
  "script", "style", "noscript", "template", "nav", "header", "footer", "aside", "form", "iframe",
  "select", "button", "input", "textarea", "svg", "object", "embed", "head", "link", "meta", "map",
]);
const NOISE_NAME =
  /(^|[\s_-])(nav|navbar|menu|breadcrumbs?|crumbs?|footer|foot|header|share|bdshare\w*|print|sidebar|side|toolbar|copyright|position|location|dqwz|weizhi|related|pager|pagination|prev|next|comment|login|search|topbar|banner|fenxiang)([\s_-]|$)/i;
const CONTENT_NAME =
  /trs_editor|article|content|zoom|(^|[\s_-])con([\s_-]|$)|detail|(^|[\s_-])zw|main_?text|news_?text|pages_content|wzy/i;
const NOISE_LINE =
  /上一篇|下一篇|打印本页|关闭窗口|分享到|扫一扫|返回顶部|【\s*(打印|关闭|字体|大|中|小)|字号[:：]|浏览次数|访问次数|阅读次数|^\[?\s*(打印|关闭)\s*\]?$/;
const BLOCK_TAGS = new Set([
  "p", "div", "section", "article", "main", "li", "ul", "ol", "dl", "dt", "dd", "blockquote", "center",
  "pre", "address", "figure", "figcaption", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "td", "th", "body", "html",
]);
const CONTAINER_TAGS = new Set(["div", "section", "article", "main", "table", "tbody", "tr", "td", "center", "body", "font", "span"]);
const CJK = /[\u3400-\u9fff]/g;

export function readHtml(input: Uint8Array | string): SourceDocument {
  // (a JSP/ASP/PHP page's own code is no text of the page: "<%= title %>" would be read as words)
  const text = (typeof input === "string" ? input : decodeHtml(input)).replace(SERVER_CODE, "");
  const dom = parseDocument(text, { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true });
  const root = (dom.children.find((node) => isElement(node) && node.name === "html") as Element | undefined) ?? dom;
  if (nestingDepth(root as Element) > MAX_DEPTH) {
    throw new ExtractError("UNREADABLE", `网页结构嵌套过深（超过${MAX_DEPTH}层），无法读取。请复制正文到文本文件后再上传`);
  }
  const total = cjkCount(root as Element);
  removeChrome(root as Element, total);
  cjkCache = new WeakMap();
  const container = pickContainer(root as Element);
  const writer = new BlockWriter();
  writer.visitChildren(container);
  writer.flush();
  return { format: "html", blocks: [...metaBlock(root as Element, container), ...writer.blocks], warnings: writer.droppedChrome ? [WEB_CHROME_WARNING] : [] };
}

// An information-disclosure block (信息公开) outside the article: "文　号：", "发布机构：" … in label
// and value cells. The 文号 is often printed only there.
const META_LABEL = /^(文号|发文字号|发文文号|发布机构|发文机关|发文单位|成文日期|成文时间)[：:]?$/;

/** The labelled 文号/发布机构/成文日期 of a page's metadata table, as "标签：值" paragraphs. */
function metaBlock(root: Element, container: Element): Paragraph[] {
  const out: Paragraph[] = [];
  const seen = new Set<string>();
  const cellText = (cell: Element): string => tidy(textOf(cell));
  const visit = (element: Element) => {
    if (element === container || out.length >= 8) return;
    for (const child of element.children) {
      if (!isElement(child)) continue;
      if (child.name !== "table") {
        visit(child);
        continue;
      }
      for (const row of tableRows(child)) {
        const texts = row.map(cellText);
        texts.forEach((text, i) => {
          const compact = text.replace(/\s+/g, "");
          let label: string | undefined, value: string | undefined;
          const own = /^(文号|发文字号|发文文号|发布机构|发文机关|发文单位|成文日期|成文时间)[：:](.+)$/.exec(compact);
          if (own) [label, value] = [own[1], own[2]];
          else if (META_LABEL.test(compact) && texts[i + 1]?.trim()) [label, value] = [compact.replace(/[：:]$/, ""), texts[i + 1].trim()];
          if (!label || !value || value.length > 60 || seen.has(label)) return;
          seen.add(label);
          out.push({ kind: "paragraph", text: `${label}：${value}` });
        });
      }
    }
  };
  visit(root);
  return out;
}

function textOf(element: Element): string {
  let s = "";
  for (const node of element.children) {
    if (node.type === "text") s += node.data;
    else if (isElement(node)) s += textOf(node);
  }
  return s;
}

const MAX_DEPTH = 500;

/** Depth of the element tree, measured without recursion (the tree may be absurdly deep). */
function nestingDepth(root: Element): number {
  let deepest = 0;
  const pending: [Element, number][] = [[root, 0]];
  while (pending.length) {
    const [element, depth] = pending.pop()!;
    deepest = Math.max(deepest, depth);
    if (deepest > MAX_DEPTH) break;
    for (const child of element.children) if (isElement(child)) pending.push([child, depth + 1]);
  }
  return deepest;
}

function isElement(node: ChildNode | undefined): node is Element {
  return !!node && (node.type === "tag" || node.type === "script" || node.type === "style");
}

function nameOf(element: Element): string {
  return `${element.attribs.class ?? ""} ${element.attribs.id ?? ""}`.trim();
}

/**
 * Chinese characters outside links (menus are links; articles are not). Counts are cached per
 * element; removeChrome clears the cache after it prunes the tree.
 */
let cjkCache = new WeakMap<Element, number>();

function cjkCount(element: Element): number {
  const cached = cjkCache.get(element);
  if (cached !== undefined) return cached;
  let count = 0;
  for (const node of element.children) {
    if (node.type === "text") count += (node.data.match(CJK) ?? []).length;
    else if (isElement(node) && node.name !== "a" && node.name !== "script" && node.name !== "style") count += cjkCount(node);
  }
  cjkCache.set(element, count);
  return count;
}

function removeChrome(element: Element, total: number): void {
  element.children = element.children.filter((child) => {
    if (child.type === "comment" || child.type === "directive") return false;
    if (!isElement(child)) return true;
    if (DROPPED_TAGS.has(child.name)) return false;
    // A noise-looking name on a block holding most of the page is a badly named wrapper.
    if (NOISE_NAME.test(nameOf(child)) && cjkCount(child) < total * 0.5) return false;
    removeChrome(child, total);
    return true;
  });
}

function pickContainer(root: Element): Element {
  const all = cjkCount(root);
  let best: Element | undefined;
  let bestCount = 0;
  const visit = (element: Element) => {
    for (const child of element.children) {
      if (!isElement(child)) continue;
      if (CONTENT_NAME.test(nameOf(child))) {
        const count = cjkCount(child);
        if (count > bestCount) [best, bestCount] = [child, count];
      }
      visit(child);
    }
  };
  visit(root);
  let current = best && bestCount >= all * 0.4 ? best : root;
  // Tighten to a child holding nearly all the text, unless that would leave a heading behind.
  for (;;) {
    const count = cjkCount(current);
    const inner = current.children.find(
      (child): child is Element =>
        isElement(child) && CONTAINER_TAGS.has(child.name) && !isDataTable(child) && cjkCount(child) >= count * 0.8,
    );
    if (!inner || count === 0 || hasHeadingOutside(current, inner)) return current;
    current = inner;
  }
}

function hasHeadingOutside(parent: Element, inner: Element): boolean {
  const isHeading = (node: ChildNode): boolean =>
    isElement(node) && (/^h[1-3]$/.test(node.name) || /title|biaoti/i.test(nameOf(node)) || node.children.some(isHeading));
  return parent.children.some((child) => child !== inner && isHeading(child) && cjkCount(child as Element) > 0);
}

class BlockWriter {
  readonly blocks: Block[] = [];
  /** A line of the page's tools or counters (打印本页, 浏览次数) was left out of the article. */
  droppedChrome = false;
  private runs: RunText[] = [];
  private heading?: number;
  private numbering?: string;
  /** Next number of each open <ol>, innermost last. */
  private readonly listCounters: number[] = [];

  visitChildren(element: Element, bold = false): void {
    for (const child of element.children) this.visit(child, bold);
  }

  flush(): void {
    const joined = this.runs.map((run) => run.text).join("");
    const text = tidy(joined);
    const noise = !!text && text.length < 60 && NOISE_LINE.test(text);
    if (noise) this.droppedChrome = true;
    if (text && !noise) {
      const paragraph: Paragraph = { kind: "paragraph", text };
      if (this.numbering) paragraph.numbering = this.numbering;
      if (this.heading) paragraph.heading = this.heading;
      const bold = boldOf(this.runs);
      if (bold.boldPrefix) bold.boldPrefix = tidy(bold.boldPrefix);
      Object.assign(paragraph, bold);
      this.blocks.push(paragraph);
    }
    this.runs = [];
    this.heading = undefined;
    this.numbering = undefined;
  }

  private visit(node: ChildNode, bold: boolean): void {
    if (node.type === "text") {
      this.runs.push({ text: node.data.replace(/[ \t\n\r\f\u00a0]+/g, " "), bold });
      return;
    }
    if (!isElement(node)) return;
    const name = node.name;
    if (name === "br") return this.flush();
    if (name === "img" || name === "hr") return;
    if (name === "table") {
      this.flush();
      return this.table(node, bold);
    }
    const isBold = bold || name === "strong" || name === "b" || /font-weight\s*:\s*(bold|[6-9]00)/i.test(node.attribs.style ?? "");
    const headingMatch = /^h([1-6])$/.exec(name);
    if (name === "ol") this.listCounters.push(span(node.attribs.start, 100_000));
    if (name === "ul") this.listCounters.push(0);
    if (headingMatch || BLOCK_TAGS.has(name)) {
      this.flush();
      if (headingMatch) this.heading = Number(headingMatch[1]);
      const depth = this.listCounters.length;
      if (name === "li" && depth && this.listCounters[depth - 1] > 0) this.numbering = `${this.listCounters[depth - 1]++}.`;
      this.visitChildren(node, isBold || !!headingMatch);
      this.flush();
      if (name === "ol" || name === "ul") this.listCounters.pop();
      return;
    }
    this.visitChildren(node, isBold);
  }

  private table(table: Element, bold: boolean): void {
    const rows = tableRows(table);
    if (!isDataTable(table)) {
      for (const row of rows) for (const cell of row) this.visitChildren(cell, bold);
      this.flush();
      return;
    }
    const spanRows: SpanCell[][] = rows.map((row) =>
      row.map((cell) => {
        const writer = new BlockWriter();
        writer.visitChildren(cell);
        writer.flush();
        const text = writer.blocks.map((block) => (block.kind === "paragraph" ? block.text : "")).filter(Boolean).join("\n");
        return { text, rowSpan: span(cell.attribs.rowspan, 1000), colSpan: span(cell.attribs.colspan, 100) };
      }),
    );
    const built = buildTable(spanRows);
    if (built.rows.some((row) => row.some((cell) => cell.text))) this.blocks.push(built);
  }
}

function span(value: string | undefined, max: number): number {
  const parsed = Number.parseInt(value ?? "1", 10);
  return Number.isFinite(parsed) && parsed > 0 ? Math.min(parsed, max) : 1;
}

/** The table's own rows and cells (not those of tables nested inside it). */
function tableRows(table: Element): Element[][] {
  const rows: Element[][] = [];
  const visit = (element: Element) => {
    for (const child of element.children) {
      if (!isElement(child)) continue;
      if (child.name === "tr") rows.push(child.children.filter((c): c is Element => isElement(c) && (c.name === "td" || c.name === "th")));
      else if (child.name === "thead" || child.name === "tbody" || child.name === "tfoot") visit(child);
    }
  };
  visit(table);
  return rows;
}

/** A table of data, as opposed to one used for page layout (nested tables, single-column rows). */
function isDataTable(element: Element): boolean {
  if (element.name !== "table") return false;
  return !containsTable(element) && tableRows(element).some((row) => row.length > 1);
}

function containsTable(element: Element): boolean {
  return element.children.some((child) => isElement(child) && (child.name === "table" || containsTable(child)));
}

/**
 * Collapses HTML whitespace as a browser does: any run, line breaks included, is one space.
 * A space between Chinese words is kept even when the source wrapped there (exporters such
 * as LibreOffice wrap long lines at spaces the author typed, e.g. between column titles).
 */
function tidy(text: string): string {
  return text.replace(/[ \t\n\r\f\u00a0]+/g, " ").trim();
}
