// The scaffolding the XLSX tables share (分工方案, 下级对比, 对标, 考核排名): a workbook by 督办, a landscape
// A4 sheet fitted to the page width, the title (row 1) and a note (row 2) across the table, and a ruled
// header row 3 frozen and repeated on every printed page.
import type ExcelJS from "exceljs";

/**
 * A new workbook, exceljs loaded on the first export or import (perf12): the library is ~28 MB of the
 * server's resident memory, and most servers spend their days answering lists, not spreadsheets.
 */
export async function newWorkbook(): Promise<ExcelJS.Workbook> {
  const { default: Excel } = await import("exceljs");
  return new Excel.Workbook();
}
import { safeCell } from "./cells.js";

export const THIN_BORDER = { top: { style: "thin" }, bottom: { style: "thin" }, left: { style: "thin" }, right: { style: "thin" } } as const;
const A4_LANDSCAPE = { orientation: "landscape", paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0 } as const;

export interface TitledSheet {
  /** The worksheet's tab name. */
  name: string;
  title: string;
  note: string;
  /** How many columns the title and note span. */
  columns: number;
  noteAlign?: "left" | "right";
  /** Row 3 is a header: frozen (with `freezeColumns` columns) and printed on every page. */
  header?: boolean;
  freezeColumns?: number;
}

export async function titledSheet(t: TitledSheet): Promise<{ wb: ExcelJS.Workbook; ws: ExcelJS.Worksheet }> {
  const wb = await newWorkbook();
  wb.creator = "督办";
  const ws = t.header
    ? wb.addWorksheet(t.name, { views: [{ state: "frozen", ySplit: 3, ...(t.freezeColumns ? { xSplit: t.freezeColumns } : {}) }], pageSetup: { ...A4_LANDSCAPE, printTitlesRow: "3:3" } })
    : wb.addWorksheet(t.name, { pageSetup: { ...A4_LANDSCAPE } });
  ws.mergeCells(1, 1, 1, t.columns);
  ws.getCell(1, 1).value = safeCell(t.title);
  ws.getCell(1, 1).font = { bold: true, size: 16 };
  ws.getCell(1, 1).alignment = { horizontal: "center" };
  ws.mergeCells(2, 1, 2, t.columns);
  ws.getCell(2, 1).value = safeCell(t.note);
  if ((t.noteAlign ?? "right") === "right") ws.getCell(2, 1).alignment = { horizontal: "right" };
  return { wb, ws };
}

/** Row 3 as a ruled bold header, and the columns' widths. */
export function ruledHeader(ws: ExcelJS.Worksheet, columns: readonly { header: string; width: number }[]): void {
  const head = ws.getRow(3);
  head.values = columns.map((c) => c.header);
  head.font = { bold: true };
  head.alignment = { horizontal: "center", vertical: "middle", wrapText: true };
  head.eachCell((c) => (c.border = THIN_BORDER));
  columns.forEach((c, i) => (ws.getColumn(i + 1).width = c.width));
}

/** A ruled, wrapped data row; texts made safe (cells.ts). */
export function ruledRow(ws: ExcelJS.Worksheet, values: (string | number)[]): ExcelJS.Row {
  const row = ws.addRow(values.map((v) => (typeof v === "string" ? safeCell(v) : v)));
  row.alignment = { vertical: "top", wrapText: true };
  for (let i = 1; i <= values.length; i++) row.getCell(i).border = THIN_BORDER;
  return row;
}

export const xlsxBuffer = async (wb: ExcelJS.Workbook): Promise<Buffer> => Buffer.from(await wb.xlsx.writeBuffer());
