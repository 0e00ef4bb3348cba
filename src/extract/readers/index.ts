// Picks the reader for an input by its bytes first and its file name second, and guarantees
// that whatever goes wrong inside a reader reaches the caller as an ExtractError with a
// Chinese message (never a raw parser exception).
import { ExtractError, type Block, type SourceDocument } from "../model.js";
import { detectFormat, extensionOf, looksLikeHtmlText } from "./detect.js";
import { labelCellParagraphs } from "./labelCells.js";
import { unglueParagraphs } from "./gluedRows.js";
import { splitSoftBreaks } from "./softBreaks.js";
import { readDocxPackage } from "./docx.js";
import { readHtml } from "./html.js";
import { oleKind, readLegacy } from "./legacy.js";
import { readPdf } from "./pdf.js";
import { dropMaskStars, dropParagraphPageFurniture, pipeParagraphsAsTables, readText, runOnWeeksAsTables, timedParagraphsAsTables } from "./text.js";
import { readXlsxPackage } from "./xlsx.js";

export { detectFormat } from "./detect.js";

export const MAX_INPUT_BYTES = 50 * 1024 * 1024;

export const SUPPORTED_FORMATS_TEXT =
  "支持的格式：Word（.docx）、PDF（文字版）、Excel（.xlsx）、网页（.html）、文本（.txt、.md）；" +
  "安装 LibreOffice 后还支持 .doc、.wps、.rtf、.xls、.et";

export async function readDocument(input: Buffer | Uint8Array | string, filename: string): Promise<SourceDocument> {
  const size = typeof input === "string" ? Buffer.byteLength(input) : input.byteLength;
  if (size > MAX_INPUT_BYTES) {
    throw new ExtractError("TOO_LARGE", `文件过大（${(size / 1024 / 1024).toFixed(1)} MB），上限为 50 MB。请删去图片或拆分后再上传`);
  }
  const extension = extensionOf(filename);
  let doc: SourceDocument;
  if (typeof input === "string") {
    // (a page's source pasted as text is read as the page, as its file would be)
    if (!/^(html?|xhtml|shtml)$/.test(extension) && !looksLikeHtmlText(input, extension !== "md")) {
      return guard(() => readText(input, extension === "md" ? "md" : "txt"));
    }
    doc = await guard(() => readHtml(input));
  } else {
    const bytes = input instanceof Uint8Array ? input : new Uint8Array(input);
    doc = await guard(() => readBytes(bytes, extension, filename));
  }
  if (doc.format === "txt" || doc.format === "md") return doc;
  const wholeLines = new Set<Block>();
  const read = splitSoftBreaks(pipeParagraphsAsTables(timedParagraphsAsTables(runOnWeeksAsTables(unglueParagraphs(dropMaskStars(labelCellParagraphs(doc))))), wholeLines), wholeLines);
  // (a Word file's paragraphs — or the lines they ran together — may carry a PDF's page numbers and
  // running headers, as a text's lines do)
  return read.format === "docx" ? dropParagraphPageFurniture(read) : read;
}

async function readBytes(bytes: Uint8Array, extension: string, filename: string): Promise<SourceDocument> {
  const detected = detectFormat(bytes, filename);
  switch (detected.kind) {
    case "docx":
      return readDocxPackage(detected.zip!);
    case "xlsx":
      return readXlsxPackage(detected.zip!);
    case "pdf":
      return readPdf(bytes);
    case "html":
      return readHtml(bytes);
    case "rtf":
      return readLegacy(bytes, "word", "rtf");
    case "ole":
      return readOle(bytes, extension);
    case "text":
      return readText(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), detected.format);
    case "unsupported":
      throw new ExtractError("UNSUPPORTED_FORMAT", `${detected.reason}。${SUPPORTED_FORMATS_TEXT}`);
  }
}

function readOle(bytes: Uint8Array, extension: string): Promise<SourceDocument> {
  const kind = oleKind(bytes);
  if (kind === "encrypted") throw new ExtractError("UNREADABLE", "文件已加密（设有打开密码），无法读取。请取消密码后再上传");
  if (kind === "presentation") {
    throw new ExtractError("UNSUPPORTED_FORMAT", `暂不支持 PowerPoint 演示文稿。${SUPPORTED_FORMATS_TEXT}`);
  }
  const byExtension = ["xls", "et", "ett"].includes(extension) ? "spreadsheet" : ["doc", "wps", "wpt", "dot"].includes(extension) ? "word" : undefined;
  const resolved = kind ?? byExtension;
  if (!resolved) throw new ExtractError("UNSUPPORTED_FORMAT", `无法识别该 Office 文件的类型。${SUPPORTED_FORMATS_TEXT}`);
  return readLegacy(bytes, resolved, extension);
}

async function guard(read: () => SourceDocument | Promise<SourceDocument>): Promise<SourceDocument> {
  try {
    return await read();
  } catch (error) {
    if (error instanceof ExtractError) throw error;
    throw new ExtractError("UNREADABLE", "文件已损坏或不完整，无法读取。请重新保存或重新下载后再上传");
  }
}
