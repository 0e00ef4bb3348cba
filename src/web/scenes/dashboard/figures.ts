// Labels, colours and links shared by the dashboard's cards, charts and tables.
import type { Dashboard, DashboardFilters } from "../../api/dashboard.js";
import type { Id } from "../../api/types.js";

export const STATUS_ORDER = ["done", "on_track", "not_started", "behind", "blocked", "none"] as const;
export const STATUS_LABEL: Record<string, string> = {
  done: "已完成", on_track: "正常推进", not_started: "未启动", behind: "滞后", blocked: "受阻", none: "未报送",
};
export const STATUS_CHART_COLOR: Record<string, string> = {
  done: "#52c41a", on_track: "#1677ff", not_started: "#bfbfbf", behind: "#ff4d4f", blocked: "#fa8c16", none: "#d9d9d9",
};

/** The ledger filtered as a figure counts it. */
export function ledgerLink(planId: Id | null | undefined, f: { section?: string | null; status?: string; unitId?: Id; overdue?: boolean; target?: string }) {
  const p = new URLSearchParams();
  if (planId) p.set("plan", String(planId));
  if (f.section) p.set("section", f.section);
  if (f.status) p.set("status", f.status);
  if (f.unitId) p.set("unitId", String(f.unitId));
  if (f.overdue) p.set("overdue", "1");
  if (f.target) p.set("target", f.target);
  return `/tasks?${p.toString()}`;
}

export function findingsLink(f: { open?: boolean; overdue?: boolean; year?: number | null }) {
  const p = new URLSearchParams();
  if (f.open) p.set("open", "true");
  if (f.overdue) p.set("overdue", "true");
  if (f.year) {
    p.set("from", `${f.year}-01-01`);
    p.set("to", `${f.year}-12-31`);
  }
  return `/findings?${p.toString()}`;
}

export function periodLabel(period: string): string {
  const [y, rest, half] = period.split("-");
  if (rest?.startsWith("Q")) return `${y}年第${rest.slice(1)}季度`;
  return `${y}年${Number(rest)}月${half ? (half === "1" ? "上半月" : "下半月") : ""}`;
}

export type Figures = Dashboard;
export type Filters = DashboardFilters;
