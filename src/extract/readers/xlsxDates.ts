// Excel stores dates as serial numbers; a cell is a date only through its number format.

// Built-in format ids that are dates (incl. the CJK ones 27–36 and 50–58).
const BUILT_IN_DATE_FORMATS = new Set([14, 15, 16, 17, 22, 27, 28, 29, 30, 31, 34, 35, 36, 50, 51, 52, 53, 54, 57, 58]);

export function isDateFormat(formatId: number, customFormats: Map<number, string>): boolean {
  if (BUILT_IN_DATE_FORMATS.has(formatId)) return true;
  const code = customFormats.get(formatId);
  if (!code) return false;
  const meaningful = code
    .replace(/"[^"]*"/g, "")
    .replace(/\[[^\]]*\]/g, "")
    .replace(/\\./g, "");
  return /[yd年月日]/i.test(meaningful);
}

/** Serial → "2025年6月30日" (the way plans write dates). */
export function excelDateText(serial: number, date1904: boolean): string {
  if (!Number.isFinite(serial) || serial < 0 || serial > 2_958_465) return String(serial);
  const epoch = date1904 ? Date.UTC(1904, 0, 1) : Date.UTC(1899, 11, 30);
  const date = new Date(epoch + Math.floor(serial) * 86_400_000);
  return `${date.getUTCFullYear()}年${date.getUTCMonth() + 1}月${date.getUTCDate()}日`;
}
