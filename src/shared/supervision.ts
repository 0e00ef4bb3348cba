// 督办 status of a task: 红黄绿灯 (issue 11). One rule for every list (ledger, 我的任务, 进展调度,
// the round grid), computed from fields the lists already load — never a query per task.
//
//   grey   办结: the task is closed
//   red    a milestone is past its deadline and not done; or the current round's report is not in
//          after its due day; or the unit says the task is 受阻
//   amber  a milestone falls due within AMBER_DAYS; or the current round's report came in late, or is
//          due within REPORT_AMBER_DAYS and not yet in; or the unit says the task is 滞后;
//          or 办结 has been declared and waits for confirmation (still shown by its other signals first)
//   green  everything else: on track, reported on time
export type Light = "green" | "amber" | "red" | "grey";

export const LIGHT_NAMES: Record<Light, string> = { green: "正常", amber: "预警", red: "逾期", grey: "已办结" };

/** A milestone due within this many days turns the task amber. */
export const AMBER_DAYS = 15;
/** A report not in this many days before its due day turns the task amber. */
export const REPORT_AMBER_DAYS = 3;

export type ClosureState = "requested" | "closed" | null;
export const CLOSURE_NAMES: Record<"requested" | "closed", string> = { requested: "待确认办结", closed: "已办结" };

export interface LightInput {
  closure: ClosureState;
  /** The task's milestones: deadline "YYYY", "YYYY-MM" or "YYYY-MM-DD", done or not. */
  milestones: { by: string; done: boolean }[];
  /** The lead unit's report in the plan's current (open) round, if any. */
  report?: { dueOn: string; submittedAt: string | null } | null;
  /** The task's latest reported status (推进状态). */
  status?: string | null;
  /** Today in Asia/Shanghai, "YYYY-MM-DD". */
  today: string;
}

export interface LightResult {
  light: Light;
  /** Why, in Chinese, for a tooltip. */
  reason: string;
}

/** "YYYY", "YYYY-MM" or "YYYY-MM-DD" → the last day it covers. */
export function deadlineDay(by: string): string {
  const [y, m, d] = by.split("-").map(Number);
  if (d) return by;
  if (m) return new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
  return `${y}-12-31`;
}

/** Days from a to b (both "YYYY-MM-DD"). */
export function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);
}

/** The end of a due day in Asia/Shanghai as an ISO instant (what submitted_at is compared with). */
export const dueEnd = (dueOn: string) => `${dueOn}T16:00:00.000Z`;

/** Today in Asia/Shanghai. */
export const shanghaiToday = (now: Date = new Date()) => new Date(now.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);

export function taskLight(i: LightInput): LightResult {
  if (i.closure === "closed") return { light: "grey", reason: "已办结" };
  const open = i.milestones.filter((m) => !m.done).map((m) => deadlineDay(m.by)).sort();
  const overdue = open.filter((d) => d < i.today);
  if (overdue.length) return { light: "red", reason: `时间节点已逾期（${overdue[0]}）` };
  const r = i.report;
  if (r && !r.submittedAt && r.dueOn < i.today) return { light: "red", reason: `本期进展逾期未报（应于 ${r.dueOn} 前报送）` };
  if (i.status === "blocked") return { light: "red", reason: "推进受阻" };
  const soon = open.find((d) => daysBetween(i.today, d) <= AMBER_DAYS);
  if (soon) return { light: "amber", reason: `时间节点临近（${soon}）` };
  if (r && r.submittedAt && r.submittedAt > dueEnd(r.dueOn)) return { light: "amber", reason: "本期进展迟报" };
  if (r && !r.submittedAt && daysBetween(i.today, r.dueOn) <= REPORT_AMBER_DAYS) return { light: "amber", reason: `本期进展待报送（${r.dueOn} 截止）` };
  if (i.status === "behind") return { light: "amber", reason: "推进滞后" };
  if (i.closure === "requested") return { light: "green", reason: "已申请办结，待确认" };
  return { light: "green", reason: "正常推进" };
}
