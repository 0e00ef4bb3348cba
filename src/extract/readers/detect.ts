// Format detection: the bytes decide first (a ".docx" that is really a PDF is read as a PDF);
// the file name only settles what bytes cannot (text vs markdown vs HTML, legacy kinds).
import { isZip, SafeZip } from "./zip.js";

export type DetectedFormat =
  | { kind: "docx" | "xlsx" | "pdf" | "html" | "ole" | "rtf"; zip?: SafeZip }
  | { kind: "text"; format: "txt" | "md" }
  | { kind: "unsupported"; reason: string };

const HTML_EXTENSIONS = new Set(["html", "htm", "xhtml", "shtml", "shtm"]);

export function extensionOf(filename: string): string {
  const base = filename.split(/[\\/]/).pop() ?? "";
  return base.includes(".") ? (base.split(".").pop() ?? "").toLowerCase() : "";
}

export function detectFormat(bytes: Uint8Array, filename: string): DetectedFormat {
  const extension = extensionOf(filename);
  if (isZip(bytes)) return detectZip(new SafeZip(bytes), extension);
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return { kind: "ole" };
  if (findAscii(bytes, "%PDF-", 1024)) return { kind: "pdf" };
  if (startsWithAscii(bytes, "{\\rtf")) return { kind: "rtf" };
  const image = imageType(bytes);
  if (image) return { kind: "unsupported", reason: `这是一个${image}图片文件，无法提取文字。请提供文字版的 Word、PDF 或文本文件` };
  if (looksBinary(bytes)) return { kind: "unsupported", reason: "无法识别该文件的格式" };
  const markdown = extension === "md" || extension === "markdown";
  if (HTML_EXTENSIONS.has(extension) || looksLikeHtml(bytes, !markdown)) return { kind: "html" };
  return { kind: "text", format: markdown ? "md" : "txt" };
}

function detectZip(zip: SafeZip, extension: string): DetectedFormat {
  if (zip.has("word/document.xml")) return { kind: "docx", zip };
  if (zip.has("xl/workbook.xml")) return { kind: "xlsx", zip };
  const names = zip.names();
  if (names.some((name) => name.startsWith("ppt/"))) {
    return { kind: "unsupported", reason: "暂不支持 PowerPoint 演示文稿，请另存为 PDF 或 Word 后再上传" };
  }
  if (zip.has("OFD.xml") || extension === "ofd") {
    return { kind: "unsupported", reason: "暂不支持 OFD 版式文件，请用阅读器另存为 PDF（文字版）后再上传" };
  }
  // Some tools write OOXML with a non-standard main part; the relationships point to it.
  if (names.some((name) => /^[^/]+\/document\d*\.xml$/.test(name)) && extension === "docx") return { kind: "docx", zip };
  return { kind: "unsupported", reason: "这是一个压缩包，请解压后上传其中的文档" };
}

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return bytes.length >= prefix.length && prefix.every((byte, i) => bytes[i] === byte);
}

function startsWithAscii(bytes: Uint8Array, prefix: string): boolean {
  return startsWith(bytes, [...prefix].map((c) => c.charCodeAt(0)));
}

function findAscii(bytes: Uint8Array, needle: string, within: number): boolean {
  return Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, within)).includes(needle, 0, "latin1");
}

function imageType(bytes: Uint8Array): string | undefined {
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47])) return " PNG ";
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return " JPEG ";
  if (startsWithAscii(bytes, "GIF8")) return " GIF ";
  if (startsWithAscii(bytes, "II*\0") || startsWithAscii(bytes, "MM\0*")) return " TIFF ";
  if (startsWithAscii(bytes, "BM") && bytes.length > 26 && bytes[14] >= 12 && bytes[15] === 0) return " BMP ";
  return undefined;
}

/** NUL or many control bytes near the start mean binary — unless it is UTF-16 text with a BOM. */
function looksBinary(bytes: Uint8Array): boolean {
  if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) return false;
  const sample = bytes.subarray(0, 8192);
  // one byte per character: the regular expressions below count bytes natively
  const latin1 = Buffer.from(sample.buffer, sample.byteOffset, sample.length).toString("latin1");
  if (latin1.includes("\0")) return true;
  const control = latin1.match(/[\x01-\x08\x0e-\x1a\x1c-\x1f]/g)?.length ?? 0;
  return control > sample.length * 0.05;
}

function looksLikeHtml(bytes: Uint8Array, fragments: boolean): boolean {
  return looksLikeHtmlText(Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, 4096)).toString("latin1"), fragments);
}

/** A server page's code: JSP/ASP "<% … %>" (directives, scriptlets, comments) and PHP "<?php … ?>". */
export const SERVER_CODE = /<%--[\s\S]*?--%>|<%[\s\S]*?%>|<\?(?:php|=)[\s\S]*?(?:\?>|$)/gi;

const BLOCK_TAG = /<(?:p|div|br|table|tr|td|li|ul|ol|h[1-6]|section|article|span|b|strong)[\s>/]/gi;

/**
 * A page's markup, whether saved, uploaded under a .txt name or pasted as text: it opens (after the
 * server code of a JSP/ASP/PHP page) with a document tag, or names <html>/<body> early on, or is an
 * article's markup copied alone — it opens with a tag and has several block tags in its head (not
 * looked for in markdown, which may carry a few tags of its own).
 */
export function looksLikeHtmlText(text: string, fragments = true): boolean {
  const head = text
    .slice(0, 4096)
    .replace(/^\uFEFF|^\xEF\xBB\xBF/, "")
    .replace(SERVER_CODE, "")
    .trimStart()
    .toLowerCase();
  if (/^<(!doctype html|html|head|body|meta|!--)/.test(head)) return /<(html|body|head|meta|div|p)\b/.test(head);
  if (/<html[\s>]|<body[\s>]/.test(head)) return true;
  return fragments && /^<[a-z][a-z0-9]*[\s>/]/.test(head) && (head.match(BLOCK_TAG)?.length ?? 0) >= 3;
}
