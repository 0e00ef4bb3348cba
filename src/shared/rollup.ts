// 下级对比 (issue 15): the API contract of one bureau's row, shared by the server, the export and the screen.
import { REPORT_STATUSES } from "./reports.js";

export type Counts = Record<string, number>;

export interface RollupRow {
  orgId: number;
  name: string;
  level: string;
  parentId: number | null;
  /** Names from the first bureau below the caller's down to this one. */
  path: string[];
  depth: number;
  plans: number;
  tasks: { total: number; closed: number; byStatus: Counts };
  reports: { total: number; onTime: number; onTimeRate: number | null };
  latestRound: { period: string; reports: number; submitted: number; onTime: number; onTimeRate: number | null } | null;
  awaitingApproval: number;
  findings: { total: number; open: number; overdue: number };
  assessment: { publishedAt: string; units: number; averageTotal: number | null; grades: Counts } | null;
}

/** A rate in per cent as the table shows it ("—" without one). */
export const ratePct = (v: number | null | undefined) => (v == null ? "—" : `${v}%`);
const STATUS_ORDER = [...Object.keys(REPORT_STATUSES), "none"];
/** A task status of byStatus by name ("none": 未报送). */
export const rollupStatusName = (k: string) => (k === "none" ? "未报送" : (REPORT_STATUSES as Record<string, string>)[k] ?? k);
/** byStatus in the order of the statuses (正常推进, 滞后, …, 未报送), not of the query's rows. */
export const rollupStatuses = (by: Counts): [string, number][] =>
  Object.entries(by).sort(([a], [b]) => STATUS_ORDER.indexOf(a) - STATUS_ORDER.indexOf(b));

/** Tasks linked across levels: a task of a plan above that a bureau's task may implement. */
export interface UpperTask { id: number; no: string; title: string; planId: number; planTitle: string; orgName: string }
/** A task below that implements a task (with its bureau, plan and 办结). */
export interface LowerTask { id: number; no: string; title: string; closure: string | null; planId: number; planTitle: string; orgId: number; orgName: string }
