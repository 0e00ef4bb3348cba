// The bulletin editor's two directions: blocks → the HTML the contentEditable starts from (every text
// escaped), and the edited DOM → blocks (the only thing saved: no HTML leaves the browser). Whatever the
// browser made of an edit (<b>, <strong>, font-weight spans, <div> or <p> paragraphs, <br>, nested lists)
// is read by its meaning; anything else (links, images, styles) is dropped to its text.
import type { Block, Run } from "../../../shared/bulletin-blocks.js";

import { escapeHtml as esc } from "../../lib/html.js";
const runsHtml = (runs: Run[]) => runs.map((r) => (r.bold ? `<b>${esc(r.text)}</b>` : esc(r.text))).join("") || "<br>";

export function blocksToHtml(blocks: Block[]): string {
  const html = blocks.map((b) => {
    if (b.type === "heading") return b.level === 2 ? `<h3>${runsHtml(b.runs)}</h3>` : `<h4>${runsHtml(b.runs)}</h4>`;
    if (b.type === "paragraph") return `<p>${runsHtml(b.runs)}</p>`;
    if (b.type === "list") {
      const tag = b.ordered ? "ol" : "ul";
      return `<${tag}>${b.items.map((i) => `<li>${runsHtml(i)}</li>`).join("")}</${tag}>`;
    }
    return `<table><tbody>${b.rows.map((r) => `<tr>${r.map((c) => `<td>${esc(c) || "<br>"}</td>`).join("")}</tr>`).join("")}</tbody></table>`;
  });
  return html.join("") || "<p><br></p>";
}

const BLOCK_TAGS = new Set(["P", "DIV", "H1", "H2", "H3", "H4", "H5", "H6", "OL", "UL", "TABLE", "BLOCKQUOTE", "PRE", "SECTION", "ARTICLE", "LI"]);
const SKIP = new Set(["SCRIPT", "STYLE", "TEMPLATE", "IMG", "SVG", "IFRAME", "OBJECT", "VIDEO", "AUDIO"]);
const NEWLINE = "\n";

function weightOf(el: HTMLElement, inherited: boolean): boolean {
  if (el.tagName === "B" || el.tagName === "STRONG") return true;
  const w = el.style.fontWeight;
  if (w === "bold" || w === "bolder" || Number(w) >= 600) return true;
  if (w === "normal" || w === "lighter" || (w && Number(w) < 600)) return false;
  return inherited;
}

/** The inline text of a node as runs; <br> becomes a line break (split into paragraphs by the caller). */
function inlineRuns(node: Node, bold: boolean, out: Run[]) {
  node.childNodes.forEach((child) => {
    if (child.nodeType === Node.TEXT_NODE) out.push({ text: (child.textContent ?? "").replace(/\s+/g, " "), bold });
    else if (child instanceof HTMLElement && !SKIP.has(child.tagName)) {
      if (child.tagName === "BR") out.push({ text: NEWLINE, bold });
      else if (child.tagName === "OL" || child.tagName === "UL") return; // nested lists: read by the list
      else inlineRuns(child, weightOf(child, bold), out);
    }
  });
}

/** Runs split at line breaks, each part trimmed and merged (what the server keeps). */
function lines(runs: Run[]): Run[][] {
  const out: Run[][] = [[]];
  for (const r of runs) {
    const parts = r.text.split(NEWLINE);
    parts.forEach((p, i) => {
      if (i > 0) out.push([]);
      if (p) out[out.length - 1]!.push(r.bold ? { text: p, bold: true } : { text: p });
    });
  }
  return out.map(merge).filter((l) => l.length);
}

function merge(runs: Run[]): Run[] {
  const out: Run[] = [];
  for (const r of runs) {
    const last = out[out.length - 1];
    if (last && !!last.bold === !!r.bold) last.text += r.text;
    else out.push({ ...r });
  }
  if (out.length) {
    out[0]!.text = out[0]!.text.replace(/^\s+/, "");
    out[out.length - 1]!.text = out[out.length - 1]!.text.replace(/\s+$/, "");
  }
  return out.filter((r) => r.text);
}

function listItems(list: HTMLElement, items: Run[][]) {
  for (const li of Array.from(list.children)) {
    if (!(li instanceof HTMLElement)) continue;
    const runs: Run[] = [];
    inlineRuns(li, weightOf(li, false), runs);
    items.push(...lines(runs));
    li.querySelectorAll(":scope > ol, :scope > ul").forEach((nested) => listItems(nested as HTMLElement, items));
  }
}

/** The editor's DOM as blocks. */
export function domToBlocks(root: HTMLElement): Block[] {
  const blocks: Block[] = [];
  let pending: Run[] = [];
  const flush = () => {
    for (const l of lines(pending)) blocks.push({ type: "paragraph", runs: l });
    pending = [];
  };
  const walk = (container: Node) => {
    container.childNodes.forEach((node) => {
      if (!(node instanceof HTMLElement)) {
        if (node.nodeType === Node.TEXT_NODE) pending.push({ text: (node.textContent ?? "").replace(/\s+/g, " ") });
        return;
      }
      const tag = node.tagName;
      if (SKIP.has(tag)) return;
      if (!BLOCK_TAGS.has(tag)) {
        if (tag === "BR") pending.push({ text: NEWLINE });
        else inlineRuns({ childNodes: [node] } as unknown as Node, false, pending);
        return;
      }
      flush();
      if (/^H[1-6]$/.test(tag)) {
        const runs: Run[] = [];
        inlineRuns(node, false, runs);
        const text = merge(runs.map((r) => ({ ...r, text: r.text.replace(/\n/g, " ") })));
        if (text.length) blocks.push({ type: "heading", level: Number(tag[1]) <= 3 ? 2 : 3, runs: text });
      } else if (tag === "OL" || tag === "UL") {
        const items: Run[][] = [];
        listItems(node, items);
        if (items.length) blocks.push({ type: "list", ordered: tag === "OL", items });
      } else if (tag === "TABLE") {
        const rows = Array.from(node.querySelectorAll("tr")).map((tr) => Array.from(tr.children).map((c) => (c.textContent ?? "").replace(/\s+/g, " ").trim()));
        if (rows.some((r) => r.some((c) => c))) blocks.push({ type: "table", rows });
      } else if (Array.from(node.children).some((c) => BLOCK_TAGS.has(c.tagName))) {
        walk(node); // a <div> around paragraphs
        flush();
      } else {
        inlineRuns(node, weightOf(node, false), pending);
        flush();
      }
    });
  };
  walk(root);
  flush();
  return blocks;
}
