// Every XLSX import (ledger, directory) passes here before exceljs reads it.
import { ExtractError } from "../../extract/model.js";
import { checkSpreadsheetSize } from "../../extract/readers/xlsxSize.js";
import { AppError, errors } from "../errors.js";

export function guardSpreadsheet(file: Uint8Array): void {
  try {
    checkSpreadsheetSize(file);
  } catch (e) {
    if (e instanceof ExtractError) {
      if (e.code === "TOO_LARGE") throw new AppError(413, "SPREADSHEET_TOO_LARGE", e.message);
      throw errors.unprocessable("UNREADABLE_FILE", e.message);
    }
    throw errors.unprocessable("UNREADABLE_FILE", "无法读取该文件：不是有效的 .xlsx 文件");
  }
}
