// XLSX reader (分解表): each visible sheet → one Table, preceded by a Paragraph when the sheet
// opens with a merged title row ("XX县2025年重点任务分解表"). Read with SafeZip + saxes rather
// than exceljs so the archive guard sees every byte and merged cells map directly to spans.
import { ExtractError, type Block, type SourceDocument, type Table } from "../model.js";
import { readRelationships } from "./docx.js";
import { attr } from "./docxStyles.js";
import { buildTable, isBlankRow, type SpanCell } from "./tableGrid.js";
import { excelDateText, isDateFormat } from "./xlsxDates.js";
import { resolvePartPath, SafeZip } from "./zip.js";
import { checkSheetSizes, PLAN_SPREADSHEET_LIMITS } from "./xlsxSize.js";
import { childElements, firstChild, parseXml, type XmlElement } from "./xml.js";

const MAX_GRID_CELLS = 1_000_000;

interface CellRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

interface WorkbookContext {
  sharedStrings: string[];
  dateStyles: Set<number>;
  date1904: boolean;
}

export function readXlsx(bytes: Uint8Array): SourceDocument {
  return readXlsxPackage(new SafeZip(bytes));
}

export function readXlsxPackage(zip: SafeZip): SourceDocument {
  checkSheetSizes(zip, PLAN_SPREADSHEET_LIMITS);
  const workbookPart = "xl/workbook.xml";
  const workbookXml = zip.readText(workbookPart);
  if (!workbookXml) throw new ExtractError("UNREADABLE", "文件已损坏或不完整：找不到 Excel 工作簿（xl/workbook.xml）");
  const workbook = firstChild(parseXml(workbookXml, "workbook.xml"), "x:workbook");
  const rels = readRelationships(zip, workbookPart);
  const relsById = readRelationshipIds(zip, workbookPart);
  const partOfType = (suffix: string, fallback: string) => {
    const rel = rels.find((r) => r.type.endsWith(suffix));
    return rel ? resolvePartPath(workbookPart, rel.target) : fallback;
  };

  const context: WorkbookContext = {
    sharedStrings: readSharedStrings(zip, partOfType("/sharedStrings", "xl/sharedStrings.xml")),
    dateStyles: readDateStyles(zip, partOfType("/styles", "xl/styles.xml")),
    date1904: ["1", "true"].includes(attr(firstChild(workbook, "x:workbookPr"), "date1904") ?? ""),
  };

  const blocks: Block[] = [];
  const warnings: string[] = [];
  const sheets = childElements(firstChild(workbook, "x:sheets") ?? { name: "", attrs: {}, children: [] }, "x:sheet");
  for (const sheet of sheets) {
    const name = attr(sheet, "name") ?? "";
    const state = attr(sheet, "state");
    if (state === "hidden" || state === "veryHidden") {
      warnings.push(`已跳过隐藏的工作表“${name}”`);
      continue;
    }
    const target = relsById.get(attr(sheet, "r:id") ?? "");
    const sheetXml = target ? zip.readText(resolvePartPath(workbookPart, target)) : undefined;
    if (!sheetXml) continue;
    blocks.push(...sheetBlocks(parseXml(sheetXml, `工作表“${name}”`), context));
  }
  return { format: "xlsx", blocks, warnings };
}

function readRelationshipIds(zip: SafeZip, part: string): Map<string, string> {
  const xml = zip.readText(part.replace(/([^/]+)$/, "_rels/$1.rels"));
  const ids = new Map<string, string>();
  if (!xml) return ids;
  const root = firstChild(parseXml(xml, "workbook.xml.rels"), "pr:Relationships");
  for (const rel of root ? childElements(root, "pr:Relationship") : []) {
    const id = attr(rel, "Id");
    const target = attr(rel, "Target");
    if (id && target) ids.set(id, target);
  }
  return ids;
}

function readSharedStrings(zip: SafeZip, part: string): string[] {
  const xml = zip.readText(part);
  if (!xml) return [];
  const sst = firstChild(parseXml(xml, "sharedStrings.xml"), "x:sst");
  return sst ? childElements(sst, "x:si").map(richText) : [];
}

/** Text of a string item: plain <t> or rich-text runs, without phonetic (<rPh>) hints. */
function richText(item: XmlElement): string {
  let text = "";
  for (const child of childElements(item)) {
    if (child.name === "x:t") text += child.children.filter((c): c is string => typeof c === "string").join("");
    else if (child.name === "x:r") text += richText(child);
  }
  return text;
}

function readDateStyles(zip: SafeZip, part: string): Set<number> {
  const dateStyles = new Set<number>();
  const xml = zip.readText(part);
  if (!xml) return dateStyles;
  const styleSheet = firstChild(parseXml(xml, "styles.xml"), "x:styleSheet");
  const customFormats = new Map<number, string>();
  for (const format of childElements(firstChild(styleSheet, "x:numFmts") ?? { name: "", attrs: {}, children: [] }, "x:numFmt")) {
    customFormats.set(Number(attr(format, "numFmtId")), attr(format, "formatCode") ?? "");
  }
  const xfs = childElements(firstChild(styleSheet, "x:cellXfs") ?? { name: "", attrs: {}, children: [] }, "x:xf");
  xfs.forEach((xf, index) => {
    if (isDateFormat(Number(attr(xf, "numFmtId") ?? 0), customFormats)) dateStyles.add(index);
  });
  return dateStyles;
}

function sheetBlocks(root: XmlElement, context: WorkbookContext): Block[] {
  const worksheet = firstChild(root, "x:worksheet");
  const values = new Map<string, string>();
  let rowIndex = 0;
  for (const row of childElements(firstChild(worksheet, "x:sheetData") ?? { name: "", attrs: {}, children: [] }, "x:row")) {
    rowIndex = Number(attr(row, "r")) || rowIndex + 1;
    let column = 0;
    for (const cell of childElements(row, "x:c")) {
      const reference = parseCellReference(attr(cell, "r"));
      column = reference ? reference.column : column + 1;
      const text = cellValue(cell, context).trim();
      if (text) values.set(key(reference?.row ?? rowIndex, column), text);
    }
  }
  if (values.size === 0) return [];

  const extent = extentOf(values);
  const height = extent.bottom - extent.top + 1;
  const width = extent.right - extent.left + 1;
  if (height * width > MAX_GRID_CELLS) throw new ExtractError("TOO_LARGE", "工作表过大（单元格超过100万个），请删除无关内容后再上传");

  const merges = readMerges(worksheet, extent);
  const covered = new Map<string, CellRange>();
  for (const merge of merges) {
    for (let r = merge.top; r <= merge.bottom; r++) {
      for (let c = merge.left; c <= merge.right; c++) covered.set(key(r, c), merge);
    }
  }
  const rows: SpanCell[][] = [];
  for (let r = extent.top; r <= extent.bottom; r++) {
    const row: SpanCell[] = [];
    for (let c = extent.left; c <= extent.right; c++) {
      const merge = covered.get(key(r, c));
      if (merge && (merge.top !== r || merge.left !== c)) continue;
      const cell: SpanCell = { text: values.get(key(r, c)) ?? "" };
      if (merge) {
        cell.rowSpan = merge.bottom - merge.top + 1;
        cell.colSpan = merge.right - merge.left + 1;
      }
      row.push(cell);
    }
    rows.push(row);
  }
  return withTitle(buildTable(rows));
}

/** Splits a merged title row off the top of the table into a paragraph. */
function withTitle(table: Table): Block[] {
  table.rows = table.rows.filter((row) => !isBlankRow(row));
  const first = table.rows[0];
  if (!first || first.length < 2) return table.rows.length ? [table] : [];
  const filled = first.filter((cell) => cell.text && !cell.continuation);
  const title = filled.length === 1 && (filled[0].colSpan ?? 1) >= 2 ? filled[0] : undefined;
  if (!title) return [table];
  const titleRows = 1 + table.rows.slice(1).findIndex((row) => !row.every((cell) => cell.continuation && cell.text === title.text));
  table.rows = titleRows > 0 ? table.rows.slice(titleRows) : [];
  const blocks: Block[] = [{ kind: "paragraph", text: title.text }];
  if (table.rows.length) blocks.push(table);
  return blocks;
}

function cellValue(cell: XmlElement, context: WorkbookContext): string {
  const type = attr(cell, "t") ?? "n";
  const raw = firstChild(cell, "x:v");
  const value = raw ? raw.children.filter((c): c is string => typeof c === "string").join("") : "";
  switch (type) {
    case "s":
      return context.sharedStrings[Number(value)] ?? "";
    case "inlineStr": {
      const inline = firstChild(cell, "x:is");
      return inline ? richText(inline) : value;
    }
    case "b":
      return value === "1" ? "TRUE" : value === "0" ? "FALSE" : value;
    case "d":
      return value.split("T")[0];
    case "str":
    case "e":
      return value;
    default: {
      if (value === "") return "";
      const number = Number(value);
      if (!Number.isFinite(number)) return value;
      if (context.dateStyles.has(Number(attr(cell, "s") ?? -1))) return excelDateText(number, context.date1904);
      return String(Number(number.toPrecision(15)));
    }
  }
}

function key(row: number, column: number): string {
  return `${row}:${column}`;
}

function parseCellReference(reference: string | undefined): { row: number; column: number } | undefined {
  const match = reference ? /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/.exec(reference) : null;
  if (!match) return undefined;
  let column = 0;
  for (const letter of match[1].toUpperCase()) column = column * 26 + letter.charCodeAt(0) - 64;
  return { row: Number(match[2]), column };
}

function extentOf(values: Map<string, string>): CellRange {
  const extent = { top: Infinity, left: Infinity, bottom: 0, right: 0 };
  for (const cellKey of values.keys()) {
    const [row, column] = cellKey.split(":").map(Number);
    extent.top = Math.min(extent.top, row);
    extent.bottom = Math.max(extent.bottom, row);
    extent.left = Math.min(extent.left, column);
    extent.right = Math.max(extent.right, column);
  }
  return extent;
}

/** Merged ranges, clipped to the cells that hold data so a merge over a whole column stays small. */
function readMerges(worksheet: XmlElement | undefined, extent: CellRange): CellRange[] {
  const merges: CellRange[] = [];
  const list = firstChild(worksheet, "x:mergeCells");
  for (const merge of list ? childElements(list, "x:mergeCell") : []) {
    const [from, to] = (attr(merge, "ref") ?? "").split(":").map(parseCellReference);
    if (!from || !to) continue;
    const range = {
      top: Math.max(Math.min(from.row, to.row), extent.top),
      left: Math.max(Math.min(from.column, to.column), extent.left),
      bottom: Math.min(Math.max(from.row, to.row), extent.bottom),
      right: Math.min(Math.max(from.column, to.column), extent.right),
    };
    if (range.top > range.bottom || range.left > range.right) continue;
    if (range.top === range.bottom && range.left === range.right) continue;
    merges.push(range);
  }
  return merges;
}
