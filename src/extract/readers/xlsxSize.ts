// Size checks on an uploaded XLSX before a spreadsheet library parses it. exceljs builds every
// row and cell in memory, so a 1.5 MB file of millions of empty rows (or one cell at column XFD
// on every row) would exhaust the process. The package is opened with the safe ZIP reader (its
// entry, size and ratio limits come first), then each sheet's XML is streamed and its <row> and
// <c> elements counted — stopping at the first limit passed, without holding the XML.
import { ExtractError } from "../model.js";
import { DEFAULT_ZIP_LIMITS, SafeZip, type ZipLimits } from "./zip.js";

export interface SpreadsheetLimits {
  /** Rows per sheet (also the highest row number a sheet may use). */
  maxRows: number;
  /** Highest column number (A = 1). */
  maxColumns: number;
  /** Cells in all sheets together, and shared strings. */
  maxCells: number;
  zip: ZipLimits;
}

/** A plan document as a spreadsheet (分解表): the reader's own grid limit of a million cells. */
export const PLAN_SPREADSHEET_LIMITS: SpreadsheetLimits = {
  maxRows: 100_000,
  maxColumns: 1_000,
  maxCells: 1_000_000,
  zip: DEFAULT_ZIP_LIMITS,
};

/** Ledger and directory imports: a few thousand rows of a dozen columns. */
export const IMPORT_SPREADSHEET_LIMITS: SpreadsheetLimits = {
  maxRows: 10_000,
  maxColumns: 100,
  maxCells: 200_000,
  zip: { ...DEFAULT_ZIP_LIMITS, maxEntries: 1_000, maxEntryBytes: 40 * 1024 * 1024, maxTotalBytes: 60 * 1024 * 1024 },
};

const tooLarge = (message: string) => new ExtractError("TOO_LARGE", `${message}。请检查是否选错了文件，或删除多余的空行、空列后再上传`);

/** Throws an ExtractError (TOO_LARGE, UNSAFE_ARCHIVE, UNREADABLE) when the workbook is beyond the limits. */
export function checkSpreadsheetSize(bytes: Uint8Array, limits: SpreadsheetLimits = IMPORT_SPREADSHEET_LIMITS): void {
  checkSheetSizes(new SafeZip(bytes, limits.zip), limits);
}

/** The row, column and cell limits on a package already opened (and size-checked) by SafeZip. */
export function checkSheetSizes(zip: SafeZip, limits: Omit<SpreadsheetLimits, "zip">): void {
  let cells = 0;
  for (const name of zip.names()) {
    if (/^xl\/worksheets\/[^/]+\.xml$/i.test(name)) {
      let rows = 0;
      zip.scan(name, elementCounter((tag, attrs) => {
        if (tag === "row") {
          if (++rows > limits.maxRows) throw tooLarge(`表格行数过多：每个工作表最多 ${limits.maxRows} 行`);
          const r = Number(/\br="(\d+)"/.exec(attrs)?.[1] ?? 0);
          if (r > limits.maxRows) throw tooLarge(`表格行号过大：第 ${r} 行超出上限（最多 ${limits.maxRows} 行）`);
        } else if (tag === "c") {
          if (++cells > limits.maxCells) throw tooLarge(`表格单元格过多：最多 ${limits.maxCells} 个`);
          const letters = /\br="([A-Za-z]+)\d*"/.exec(attrs)?.[1];
          if (letters && columnNumber(letters) > limits.maxColumns) throw tooLarge(`表格列数过多：最多 ${limits.maxColumns} 列`);
        }
      }));
    } else if (/^xl\/sharedStrings\.xml$/i.test(name)) {
      let strings = 0;
      zip.scan(name, elementCounter((tag) => {
        if (tag === "si" && ++strings > limits.maxCells) throw tooLarge(`表格文字过多：最多 ${limits.maxCells} 段`);
      }));
    }
  }
}

function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

const LT = 0x3c, GT = 0x3e, SLASH = 0x2f, COLON = 0x3a;
const MAX_TAG_BYTES = 512;

/**
 * A byte-level scanner over XML chunks: calls `onElement(localName, attributeText)` for every start
 * tag whose local name is short (row, c, si), keeping at most one tag's bytes between chunks.
 * Comments, CDATA and processing instructions are not XML a spreadsheet writer emits in sheet
 * data; a stray "<" inside them can only over-count, which errs on the side of refusing.
 */
function elementCounter(onElement: (tag: string, attrs: string) => void): (chunk: Uint8Array) => void {
  let inTag = false;
  let tag: number[] = [];
  return (chunk) => {
    for (let i = 0; i < chunk.length; i++) {
      const b = chunk[i];
      if (!inTag) {
        if (b === LT) {
          inTag = true;
          tag = [];
        }
        continue;
      }
      if (b === GT) {
        inTag = false;
        emit(tag, onElement);
      } else if (tag.length < MAX_TAG_BYTES) tag.push(b);
    }
  };
}

function emit(bytes: number[], onElement: (tag: string, attrs: string) => void) {
  if (!bytes.length || bytes[0] === SLASH || bytes[0] === 0x3f /* ? */ || bytes[0] === 0x21 /* ! */) return;
  let end = 0;
  while (end < bytes.length && bytes[end] > 0x20 && bytes[end] !== SLASH) end++;
  let start = 0;
  for (let i = 0; i < end; i++) if (bytes[i] === COLON) start = i + 1;
  if (end - start > 3) return; // only row, c and si matter
  const name = String.fromCharCode(...bytes.slice(start, end));
  if (name !== "row" && name !== "c" && name !== "si") return;
  onElement(name, String.fromCharCode(...bytes.slice(end)));
}
