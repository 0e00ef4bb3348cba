// The 问题台账 / 隐患台账 as XLSX: one row per finding, as the office keeps it on paper.
import { newWorkbook } from "./sheet.js";
import { safeCell } from "./cells.js";

export interface FindingLedgerRow {
  title: string; description: string; foundBy: string; source: string; category: string; severityLabel: string; place: string; unitName: string | null; foundOn: string;
  stateLabel: string; deadline: string | null; overdueDays: number; closedAt: string | null; closedOnTime: boolean | null;
  noticeNumber: string | null; assignmentNumber: string | null; reportNumber: string | null; returnCount: number;
}

const COLUMNS: [string, number, (r: FindingLedgerRow, i: number) => string | number][] = [
  ["序号", 6, (_, i) => i + 1],
  ["问题", 40, (r) => r.title],
  ["问题描述", 40, (r) => r.description],
  ["来源", 10, (r) => r.source],
  ["类别", 10, (r) => r.category],
  ["严重程度", 8, (r) => r.severityLabel],
  ["发现地点", 16, (r) => r.place],
  ["承办单位", 18, (r) => r.unitName ?? ""],
  ["发现日期", 12, (r) => r.foundOn],
  ["发现人", 10, (r) => r.foundBy],
  ["整改期限", 12, (r) => r.deadline ?? ""],
  ["状态", 12, (r) => r.stateLabel],
  ["逾期天数", 8, (r) => r.overdueDays || ""],
  ["销号日期", 12, (r) => r.closedAt?.slice(0, 10) ?? ""],
  ["按期销号", 8, (r) => (r.closedOnTime == null ? "" : r.closedOnTime ? "是" : "否")],
  ["退回次数", 8, (r) => r.returnCount || ""],
  ["提示单", 26, (r) => r.noticeNumber ?? ""],
  ["交办单", 26, (r) => r.assignmentNumber ?? ""],
  ["整改结果报告单", 30, (r) => r.reportNumber ?? ""],
];

export async function findingsWorkbook(title: string, rows: FindingLedgerRow[]): Promise<Buffer> {
  const wb = await newWorkbook();
  const ws = wb.addWorksheet(title);
  ws.columns = COLUMNS.map(([header, width]) => ({ header, width }));
  ws.getRow(1).font = { bold: true };
  rows.forEach((r, i) => ws.addRow(COLUMNS.map(([, , get]) => { const v = get(r, i); return typeof v === "string" ? safeCell(v) : v; })));
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** The headers of the ledger, in the order the export writes them (the import reads them by name). */
export const LEDGER_HEADERS = COLUMNS.map(([header]) => header);
/** The columns an import reads; the others (状态, 提示单 …) are written by the system. */
export const LEDGER_IMPORT_HEADERS = ["问题", "问题描述", "来源", "类别", "严重程度", "发现地点", "承办单位", "发现日期", "发现人"] as const;

/** A blank ledger to fill in and import: the export's header row, one example row, and the rules. */
export async function findingsTemplate(title: string, rules: string[], example: Record<string, string>): Promise<Buffer> {
  const wb = await newWorkbook();
  const ws = wb.addWorksheet(title);
  ws.columns = COLUMNS.map(([header, width]) => ({ header, width }));
  ws.getRow(1).font = { bold: true };
  ws.addRow(LEDGER_HEADERS.map((h) => example[h] ?? ""));
  const help = wb.addWorksheet("说明");
  help.getColumn(1).width = 100;
  rules.forEach((r) => help.addRow([r]));
  return Buffer.from(await wb.xlsx.writeBuffer());
}
