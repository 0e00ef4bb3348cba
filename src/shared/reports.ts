// How a unit says its task stands in a report (推进状态), with the Chinese names the forms,
// the grid, the summaries and the DOCX export use.
export const REPORT_STATUSES = { not_started: "未启动", on_track: "正常推进", done: "已完成", behind: "滞后", blocked: "受阻" } as const;
export type ReportStatus = keyof typeof REPORT_STATUSES;
export const REPORT_STATUS_CODES = Object.keys(REPORT_STATUSES) as ReportStatus[];
