// Labels and small pieces shared by the round grid, the report page, the todo panel and summaries.
import { Tag } from "antd";
import dayjs from "dayjs";
import { REPORT_STATUS_CODES, REPORT_STATUSES } from "../../../shared/reports.js";
import type { ReportState, ReportStatus, RoundState, SummaryState } from "../../api/roundTypes.js";

export const REPORT_STATE: Record<ReportState, { label: string; color: string }> = {
  draft: { label: "未提交", color: "default" },
  returned: { label: "被退回", color: "orange" },
  submitted: { label: "已提交", color: "blue" },
  merged: { label: "已汇总", color: "cyan" },
  approved: { label: "已审定", color: "green" },
  withdrawn: { label: "已撤销", color: "default" },
};

export const ROUND_STATE: Record<RoundState, { label: string; color: string }> = {
  scheduled: { label: "未开始", color: "default" },
  open: { label: "进行中", color: "processing" },
  closed: { label: "已结束", color: "default" },
};

export const SUMMARY_STATE: Record<SummaryState, { label: string; color: string }> = {
  draft: { label: "草稿", color: "default" },
  returned: { label: "被退回", color: "orange" },
  submitted: { label: "已提交", color: "blue" },
  approved: { label: "已审定", color: "green" },
};

export const REPORT_STATUS_OPTIONS = REPORT_STATUS_CODES.map((value) => ({ value, label: REPORT_STATUSES[value] }));
export const STATUS_COLOR: Record<ReportStatus, string> = {
  not_started: "default",
  on_track: "blue",
  done: "green",
  behind: "orange",
  blocked: "red",
};

export const ROLE_LABEL: Record<"lead" | "co", string> = { lead: "牵头", co: "协办" };

export const EVENT_LABEL: Record<string, string> = {
  save: "保存",
  submit: "提交",
  merge: "汇总到牵头单位",
  approve: "审定",
  return: "退回",
};

export function ReportStateTag({ state }: { state: ReportState }) {
  const s = REPORT_STATE[state] ?? { label: state, color: "default" };
  return (
    <Tag color={s.color} data-state={state} style={{ marginInlineEnd: 0 }}>
      {s.label}
    </Tag>
  );
}

export function RoundStateTag({ state }: { state: RoundState }) {
  const s = ROUND_STATE[state];
  return <Tag color={s.color}>{s.label}</Tag>;
}

export const today = () => dayjs().format("YYYY-MM-DD");

/** Whole days from today to the due day: positive = left, negative = overdue. */
export const daysLeft = (dueOn: string) => dayjs(dueOn).startOf("day").diff(dayjs().startOf("day"), "day");

/** 剩余N天 / 今天截止 / 已逾期N天. */
export function dueText(dueOn: string): { text: string; late: boolean } {
  const d = daysLeft(dueOn);
  if (d > 0) return { text: `剩余${d}天`, late: false };
  if (d === 0) return { text: "今天截止", late: false };
  return { text: `已逾期${-d}天`, late: true };
}

export const isPending = (state: ReportState) => state === "draft" || state === "returned";

export const formatTime = (at: string | null | undefined) => (at ? dayjs(at).format("YYYY-MM-DD HH:mm") : "—");

/** "2026-03" → a month for the period picker, and back. */
export const periodOf = (d: dayjs.Dayjs) => d.format("YYYY-MM");

/** Sentences (split as the server does) of `text` that stand unchanged in `previous`. */
export function carriedOverSentences(text: string, previous: string): string[] {
  if (!previous.trim()) return [];
  const sentences = (s: string) =>
    s
      .split(/(?<=[。；！？!?\n])/u)
      .map((x) => x.trim())
      .filter((x) => x.length >= 4);
  const before = new Set(sentences(previous));
  return sentences(text).filter((x) => before.has(x));
}
