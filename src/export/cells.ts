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
