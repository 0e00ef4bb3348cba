// 下级对比 (issue 15) as XLSX: one row per bureau below, the figures of the comparison screen,
// a title and a note above the header, thin borders, landscape A4 fitted to the page width.
import { ruledHeader, ruledRow, titledSheet, xlsxBuffer } from "./sheet.js";
import { ratePct as pct, rollupStatusName, rollupStatuses, type RollupRow } from "../shared/rollup.js";

/** "正常推进 1，滞后 2". */
const statuses = (by: Record<string, number>) => rollupStatuses(by).map(([k, n]) => `${rollupStatusName(k)} ${n}`).join("，");

export const ROLLUP_COLUMNS: [string, number, (r: RollupRow) => string | number][] = [
  ["单位", 28, (r) => r.path.join(" / ")],
  ["年度方案", 9, (r) => r.plans],
  ["任务数", 8, (r) => r.tasks.total],
  ["已办结", 8, (r) => r.tasks.closed],
  ["最新进展", 30, (r) => statuses(r.tasks.byStatus)],
  ["全年应报", 9, (r) => r.reports.total],
  ["全年按时", 9, (r) => r.reports.onTime],
  ["全年按时率", 10, (r) => pct(r.reports.onTimeRate)],
  ["最近一轮", 10, (r) => r.latestRound?.period ?? "—"],
  ["最近一轮按时率", 12, (r) => pct(r.latestRound?.onTimeRate ?? null)],
  ["待审核报告", 10, (r) => r.awaitingApproval],
  ["问题未销号", 10, (r) => r.findings.open],
  ["问题逾期", 9, (r) => r.findings.overdue],
  ["考核结果", 24, (r) => (r.assessment ? `平均 ${r.assessment.averageTotal ?? "—"} 分；${Object.entries(r.assessment.grades).map(([g, n]) => `${g} ${n}`).join("，")}` : "未发布")],
];

export async function rollupXlsx(t: { title: string; note: string; rows: RollupRow[] }): Promise<Buffer> {
  const { wb, ws } = await titledSheet({ name: "下级对比", title: t.title, note: t.note, columns: ROLLUP_COLUMNS.length, header: true });
  ruledHeader(ws, ROLLUP_COLUMNS.map(([header, width]) => ({ header, width })));
  for (const r of t.rows) ruledRow(ws, ROLLUP_COLUMNS.map(([, , get]) => get(r)));
  return xlsxBuffer(wb);
}
