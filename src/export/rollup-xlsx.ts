// 下级对比 (issue 15) as XLSX: one row per bureau below, the figures of the comparison screen,
// a title and a note above the header, thin borders, landscape A4 fitted to the page width.
import ExcelJS from "exceljs";
import { safeCell } from "./cells.js";
import type { RollupRow } from "../shared/rollup.js";
import { REPORT_STATUSES } from "../shared/reports.js";

const pct = (v: number | null) => (v == null ? "—" : `${v}%`);
const STATUS_ORDER = [...Object.keys(REPORT_STATUSES), "none"];
const statusName = (k: string) => (k === "none" ? "未报送" : (REPORT_STATUSES as Record<string, string>)[k] ?? k);
/** "正常推进 1，滞后 2": in the order of the statuses, not of the query's rows. */
const statuses = (by: Record<string, number>) =>
  Object.entries(by).sort(([a], [b]) => STATUS_ORDER.indexOf(a) - STATUS_ORDER.indexOf(b)).map(([k, n]) => `${statusName(k)} ${n}`).join("，");

export const ROLLUP_COLUMNS: [string, number, (r: RollupRow) => string | number][] = [
  ["单位", 28, (r) => r.path.join(" / ")],
  ["本年方案", 9, (r) => r.plans],
  ["任务数", 8, (r) => r.tasks.total],
  ["已办结", 8, (r) => r.tasks.closed],
  ["最新进展", 30, (r) => statuses(r.tasks.byStatus)],
  ["本年应报", 9, (r) => r.reports.total],
  ["本年按时", 9, (r) => r.reports.onTime],
  ["本年按时率", 10, (r) => pct(r.reports.onTimeRate)],
  ["最近一轮", 10, (r) => r.latestRound?.period ?? "—"],
  ["最近一轮按时率", 12, (r) => pct(r.latestRound?.onTimeRate ?? null)],
  ["待审核报告", 10, (r) => r.awaitingApproval],
  ["问题未销号", 10, (r) => r.findings.open],
  ["问题逾期", 9, (r) => r.findings.overdue],
  ["考核结果", 24, (r) => (r.assessment ? `平均 ${r.assessment.averageTotal ?? "—"} 分；${Object.entries(r.assessment.grades).map(([g, n]) => `${g} ${n}`).join("，")}` : "未发布")],
];

export async function rollupXlsx(t: { title: string; note: string; rows: RollupRow[] }): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = "督办";
  const ws = wb.addWorksheet("下级对比", {
    views: [{ state: "frozen", ySplit: 3 }],
    pageSetup: { orientation: "landscape", paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: "3:3" },
  });
  const n = ROLLUP_COLUMNS.length;
  ws.mergeCells(1, 1, 1, n);
  ws.getCell(1, 1).value = safeCell(t.title);
  ws.getCell(1, 1).font = { bold: true, size: 16 };
  ws.getCell(1, 1).alignment = { horizontal: "center" };
  ws.mergeCells(2, 1, 2, n);
  ws.getCell(2, 1).value = safeCell(t.note);
  ws.getCell(2, 1).alignment = { horizontal: "right" };
  const border = { top: { style: "thin" }, bottom: { style: "thin" }, left: { style: "thin" }, right: { style: "thin" } } as const;
  const head = ws.getRow(3);
  head.values = ROLLUP_COLUMNS.map(([h]) => h);
  head.font = { bold: true };
  head.alignment = { horizontal: "center", vertical: "middle", wrapText: true };
  head.eachCell((c) => (c.border = border));
  ROLLUP_COLUMNS.forEach(([, width], i) => (ws.getColumn(i + 1).width = width));
  for (const r of t.rows) {
    const row = ws.addRow(ROLLUP_COLUMNS.map(([, , get]) => { const v = get(r); return typeof v === "string" ? safeCell(v) : v; }));
    row.alignment = { vertical: "top", wrapText: true };
    for (let i = 1; i <= n; i++) row.getCell(i).border = border;
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}
