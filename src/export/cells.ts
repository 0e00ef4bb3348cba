import type ExcelJS from "exceljs";

// Spreadsheet cells that a spreadsheet program would run as formulas (=, +, -, @, and the
// tab/CR tricks) are written with a leading apostrophe, and read back without it.
const FORMULA_START = /^[=+\-@\t\r]/;

export function safeCell(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

export function unsafeCell(value: string): string {
  return value.startsWith("'") && FORMULA_START.test(value.slice(1)) ? value.slice(1) : value;
}

const CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳";
export const circled = (i: number) => CIRCLED[i] ?? `(${i + 1})`;
export const MEASURE_PREFIX = /^\s*(?:[①-⑳]|[（(]\d{1,2}[)）]|\d{1,2}[.、．])\s*/u;

/** A cell's text as a person sees it (rich text, hyperlinks, formula results, dates as YYYY-MM-DD). */
// U+0000 is dropped: PostgreSQL refuses it in text columns.
export const cellText = (v: ExcelJS.CellValue): string => rawCellText(v).replace(/\u0000/g, "");
const rawCellText = (v: ExcelJS.CellValue): string => {
  if (v == null) return "";
  if (typeof v === "object") {
    if (v instanceof Date) return v.toISOString().slice(0, 10);
    if ("richText" in v) return v.richText.map((r) => r.text).join("");
    if ("text" in v) return String(v.text);
    if ("result" in v) return String(v.result ?? "");
    if ("formula" in v) return "";
  }
  return String(v);
};
