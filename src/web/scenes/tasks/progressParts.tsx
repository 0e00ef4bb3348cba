// How a task stands, as the ledger and the task page show it: the lead unit's latest status,
// each target's latest value against its goal (met / on track / behind), done milestones.
import { Tag, Tooltip, Typography } from "antd";
import type { Milestone, Target, TargetAssessment, Task, TaskStatus } from "../../api/types.js";
import { REPORT_STATUS_OPTIONS, STATUS_COLOR } from "../reports/reportLabels.js";

export const TASK_STATUS_OPTIONS: { value: TaskStatus | "none"; label: string }[] = [...REPORT_STATUS_OPTIONS, { value: "none", label: "未报送" }];

export function TaskStatusTag({ task }: { task: Pick<Task, "status" | "statusLabel" | "latestPeriod"> }) {
  if (!task.status) {
    return (
      <Tag color="default" style={{ color: "rgba(0,0,0,0.45)" }} data-status="none">
        未报送
      </Tag>
    );
  }
  const label = task.statusLabel ?? TASK_STATUS_OPTIONS.find((o) => o.value === task.status)?.label ?? task.status;
  const tag = (
    <Tag color={STATUS_COLOR[task.status] ?? "default"} data-status={task.status}>
      {label}
    </Tag>
  );
  return task.latestPeriod ? <Tooltip title={`${periodText(task.latestPeriod)}报送`}>{tag}</Tooltip> : tag;
}

export const ASSESSMENT: Record<TargetAssessment | "none", { label: string; color: string }> = {
  met: { label: "已达标", color: "green" },
  on_track: { label: "正常推进", color: "blue" },
  behind: { label: "滞后", color: "red" },
  none: { label: "暂无数据", color: "default" },
};

export function AssessmentTag({ target }: { target: Target }) {
  const a = ASSESSMENT[target.assessment ?? "none"];
  return (
    <Tag color={a.color} data-assessment={target.assessment ?? "none"} style={{ marginInlineEnd: 0 }}>
      {a.label}
    </Tag>
  );
}

const OP_SIGN: Record<string, string> = { ">=": "≥", "<=": "≤", "=": "=", ">": ">", "<": "<" };

export const goalText = (t: Pick<Target, "op" | "value" | "unit">) => `${OP_SIGN[t.op] ?? t.op} ${t.value}${t.unit}`;

/** "当前 93%（目标 ≥ 95%）"; without a value yet "当前 —（目标 ≥ 95%）". */
export const currentText = (t: Target) => `当前 ${t.latest == null ? "—" : `${t.latest}${t.unit}`}（目标 ${goalText(t)}）`;

/** "2026-03" → 2026年3月; "2026-03-2" → 2026年3月下半月; "2026-Q1" → 2026年第1季度. */
export function periodText(period: string): string {
  const [y, rest, half] = period.split("-");
  if (!rest) return `${y}年`;
  if (rest.startsWith("Q")) return `${y}年第${rest.slice(1)}季度`;
  return `${y}年${Number(rest)}月${half === "1" ? "上半月" : half === "2" ? "下半月" : ""}`;
}

/** Shorter, for a chart axis: "3月", "3月下", "Q1" (the year only when periods span years). */
export function periodShort(period: string, withYear: boolean): string {
  const [y, rest, half] = period.split("-");
  const year = withYear ? `${String(y).slice(2)}年` : "";
  if (!rest) return `${y}年`;
  if (rest.startsWith("Q")) return `${year}${rest}`;
  return `${year}${Number(rest)}月${half === "1" ? "上" : half === "2" ? "下" : ""}`;
}

/** The ledger's 指标 cell: "达标 x / 共 y", with each target's latest value against its goal. */
export function TargetsCell({ task }: { task: Pick<Task, "targets"> }) {
  const { targets } = task;
  if (!targets.length) return <Typography.Text type="secondary">—</Typography.Text>;
  const met = targets.filter((t) => t.assessment === "met").length;
  const behind = targets.some((t) => t.assessment === "behind");
  return (
    <Tooltip
      title={
        <div>
          {targets.map((t, i) => (
            <div key={t.id ?? i}>
              {t.metric || "指标"}：{currentText(t)} {ASSESSMENT[t.assessment ?? "none"].label}
            </div>
          ))}
        </div>
      }
    >
      <Typography.Text type={behind ? "danger" : undefined} data-testid="targets-cell" style={{ whiteSpace: "nowrap" }}>
        达标 {met} / 共 {targets.length}
      </Typography.Text>
    </Tooltip>
  );
}

export function MilestoneStateTag({ milestone }: { milestone: Milestone }) {
  if (milestone.state === "done") return <Tag color="green">已完成{milestone.doneOn ? `（${milestone.doneOn}）` : ""}</Tag>;
  if (milestone.state === "overdue") return <Tag color="red">已逾期</Tag>;
  return <Tag>未到期</Tag>;
}
