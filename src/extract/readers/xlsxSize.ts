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

/** Ledger (2,000 tasks at most, plus section rows) and directory imports (a county's roster). */
export const IMPORT_SPREADSHEET_LIMITS: SpreadsheetLimits = {
  maxRows: 5_000,
  maxColumns: 100,
  maxCells: 100_000,
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
      zip.scan(name, elementCounter((tag, ref) => {
        if (tag === ROW) {
          if (++rows > limits.maxRows) throw tooLarge(`表格行数过多：每个工作表最多 ${limits.maxRows} 行`);
          if (ref.row > limits.maxRows) throw tooLarge(`表格行号过大：第 ${ref.row} 行超出上限（最多 ${limits.maxRows} 行）`);
        } else if (tag === CELL) {
          if (++cells > limits.maxCells) throw tooLarge(`表格单元格过多：最多 ${limits.maxCells} 个`);
          if (ref.column > limits.maxColumns) throw tooLarge(`表格列数过多：最多 ${limits.maxColumns} 列`);
          if (ref.row > limits.maxRows) throw tooLarge(`表格行号过大：第 ${ref.row} 行超出上限（最多 ${limits.maxRows} 行）`);
        }
      }));
    } else if (/^xl\/sharedStrings\.xml$/i.test(name)) {
      let strings = 0;
      zip.scan(name, elementCounter((tag) => {
        if (tag === STRING && ++strings > limits.maxCells) throw tooLarge(`表格文字过多：最多 ${limits.maxCells} 段`);
      }));
    }
  }
}

const LT = 0x3c, GT = 0x3e, SLASH = 0x2f, COLON = 0x3a;
const MAX_TAG_BYTES = 512;

const ROW = 1, CELL = 2, STRING = 3;
type Ref = { row: number; column: number };

/**
 * A byte-level scanner over XML chunks: calls `onElement(kind, ref)` for every start tag named row,
 * c or si (any prefix) with the numbers of its `r` attribute (A1 style), keeping at most one
 * unfinished tag between chunks. Comments, CDATA and processing instructions are not XML a
 * spreadsheet writer emits in sheet data; a stray "<" inside them can only over-count, which errs
 * on the side of refusing.
 */
function elementCounter(onElement: (kind: number, ref: Ref) => void): (chunk: Uint8Array) => void {
  let carry: Uint8Array | null = null; // an unfinished tag from the previous chunk, from its "<"
  const ref: Ref = { row: 0, column: 0 };
  return (input) => {
    let chunk = input;
    if (carry) {
      chunk = new Uint8Array(carry.length + input.length);
      chunk.set(carry);
      chunk.set(input, carry.length);
      carry = null;
    }
    let i = chunk.indexOf(LT);
    while (i !== -1) {
      const close = chunk.indexOf(GT, i + 1);
      if (close === -1) {
        if (chunk.length - i <= MAX_TAG_BYTES) carry = chunk.slice(i);
        return;
      }
      const kind = kindOf(chunk, i + 1, close);
      if (kind) {
        if (kind !== STRING) readRef(chunk, i + 1, Math.min(close, i + 1 + MAX_TAG_BYTES), ref);
        onElement(kind, ref);
      }
      i = chunk.indexOf(LT, close + 1);
    }
  };
}

function kindOf(bytes: Uint8Array, start: number, end: number): number {
  const first = bytes[start];
  if (first === SLASH || first === 0x3f /* ? */ || first === 0x21 /* ! */) return 0;
  let nameEnd = start;
  while (nameEnd < end && bytes[nameEnd] > 0x20 && bytes[nameEnd] !== SLASH) nameEnd++;
  let nameStart = start;
  for (let i = start; i < nameEnd; i++) if (bytes[i] === COLON) nameStart = i + 1;
  const length = nameEnd - nameStart;
  const b0 = bytes[nameStart], b1 = bytes[nameStart + 1], b2 = bytes[nameStart + 2];
  if (length === 3 && b0 === 0x72 && b1 === 0x6f && b2 === 0x77) return ROW;
  if (length === 1 && b0 === 0x63) return CELL;
  if (length === 2 && b0 === 0x73 && b1 === 0x69) return STRING;
  return 0;
}

/** The value of the tag's ` r="…"` attribute: letters → column (A = 1), digits → row; 0 when absent. */
function readRef(bytes: Uint8Array, start: number, end: number, ref: Ref) {
  ref.row = 0;
  ref.column = 0;
  for (let i = start; i + 3 < end; i++) {
    if (bytes[i] <= 0x20 && bytes[i + 1] === 0x72 /* r */ && bytes[i + 2] === 0x3d /* = */ && (bytes[i + 3] === 0x22 || bytes[i + 3] === 0x27)) {
      for (let j = i + 4; j < end; j++) {
        const b = bytes[j] | 0x20; // lower case
        if (b >= 0x61 && b <= 0x7a) ref.column = Math.min(ref.column * 26 + (b - 0x60), Number.MAX_SAFE_INTEGER);
        else if (bytes[j] >= 0x30 && bytes[j] <= 0x39) ref.row = Math.min(ref.row * 10 + (bytes[j] - 0x30), Number.MAX_SAFE_INTEGER);
        else break;
      }
      return;
    }
  }
}
