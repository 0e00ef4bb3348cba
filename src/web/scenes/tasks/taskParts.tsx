// Small pieces shared by the ledger, 我的任务 and the task detail page.
import { useQuery } from "@tanstack/react-query";
import { Space, Tag, Tooltip, Typography } from "antd";
import { api } from "../../api/client.js";
import { useSignedInSession } from "../../hooks/session.js";
import type { Id, Milestone, MilestoneSummary, Task, UnitRef } from "../../api/types.js";
import { LazyTooltip } from "../../components/LazyTooltip.js";
import { deadlineEnd } from "../../../shared/tasks.js";

/** The milestone to show in a list: the earliest overdue one, else the earliest still due (done ones are not next). */
export function nextMilestone(task: Pick<Task, "milestones">): Milestone | null {
  const sorted = [...task.milestones].sort((a, b) => deadlineEnd(a.by).localeCompare(deadlineEnd(b.by)));
  return sorted.find((m) => m.state === "overdue") ?? sorted.find((m) => m.state !== "overdue" && m.state !== "done") ?? null;
}

/** 2026-09 → 2026年9月; 2026-09-30 → 2026年9月30日. */
export function formatBy(by: string): string {
  const [y, m, d] = by.split("-").map(Number);
  return `${y}年${m ? `${m}月` : ""}${d ? `${d}日` : ""}`;
}

/** A task's milestones, by deadline, each with its state (a list's tooltip). */
export function MilestoneList({ milestones }: { milestones: Pick<Milestone, "id" | "what" | "by" | "state" | "doneOn">[] }) {
  return (
    <div>
      {[...milestones]
        .sort((a, b) => deadlineEnd(a.by).localeCompare(deadlineEnd(b.by)))
        .map((m, i) => (
          <div key={m.id ?? i}>
            {formatBy(m.by)} {m.what}
            {m.state === "done" ? `（已完成${m.doneOn ? ` ${m.doneOn}` : ""}）` : m.state === "overdue" ? "（已逾期）" : ""}
          </div>
        ))}
    </div>
  );
}

/** The cell's face: the next milestone's date (red when overdue) and how many are done. */
function MilestoneFace({ total, done, next }: MilestoneSummary) {
  const doneTag =
    done > 0 ? (
      <Tag color="green" style={{ marginInlineEnd: 0 }} data-done={done}>
        {done === total ? "已完成" : `已完成 ${done}/${total}`}
      </Tag>
    ) : null;
  if (!next) return <span data-testid="milestone-cell">{doneTag}</span>;
  const overdue = next.state === "overdue";
  return (
    <Space size={4} wrap data-testid="milestone-cell">
      <Typography.Text type={overdue ? "danger" : undefined} data-overdue={overdue ? "1" : undefined}>
        {formatBy(next.by)}
        {overdue ? "（已逾期）" : ""}
      </Typography.Text>
      {doneTag}
    </Space>
  );
}

/** A ledger row's 时间节点: it carries its milestones, the tooltip lists them. */
export function MilestoneCell({ task }: { task: Pick<Task, "milestones"> }) {
  const total = task.milestones.length;
  if (!total) return <Typography.Text type="secondary">—</Typography.Text>;
  const next = nextMilestone(task);
  const summary: MilestoneSummary = {
    total,
    done: task.milestones.filter((m) => m.state === "done").length,
    next: next ? { id: next.id ?? 0, by: next.by, state: next.state === "overdue" ? "overdue" : "due" } : null,
  };
  return (
    <Tooltip title={<MilestoneList milestones={task.milestones} />}>
      <span><MilestoneFace {...summary} /></span>
    </Tooltip>
  );
}

/** A 我的任务 row's 时间节点: it carries only their summary; the tooltip loads the milestones when it opens. */
export function MilestoneSummaryCell({ taskId, summary }: { taskId: Id; summary: MilestoneSummary }) {
  if (!summary.total) return <Typography.Text type="secondary">—</Typography.Text>;
  return (
    <LazyTooltip
      queryKey={["tasks", taskId, "milestones"]}
      load={async () => (await api.tasks.milestones(taskId)).items}
      render={(items) => <MilestoneList milestones={items} />}
      testId="milestone-list"
    >
      <span style={{ cursor: "pointer" }}><MilestoneFace {...summary} /></span>
    </LazyTooltip>
  );
}

/** The directory's name of a matched unit (one name per unit on every screen); the name as printed in the plan as a tooltip. */
export function UnitNames({ units, color }: { units: UnitRef[]; color?: string }) {
  const session = useSignedInSession();
  const directory = useQuery({ queryKey: ["units", session.user.orgId], queryFn: async () => (await api.units.list()).items, staleTime: 60_000 });
  if (!units.length) return <Typography.Text type="secondary">—</Typography.Text>;
  const nameOf = (unit: UnitRef) => (unit.unitId ? directory.data?.find((u) => u.id === unit.unitId)?.name : undefined) ?? unit.name;
  return (
    <Space size={[2, 2]} wrap style={{ maxWidth: "100%" }}>
      {units.map((unit, index) => {
        const name = nameOf(unit);
        const tag = (
          // A long name wraps inside its column instead of running into the next one.
          <Tag key={`${unit.name}-${index}`} color={color} style={{ marginInlineEnd: 0, maxWidth: "100%", whiteSpace: "normal", wordBreak: "break-all", height: "auto" }}>
            {name}
          </Tag>
        );
        return name === unit.name ? tag : (
          <Tooltip key={`${unit.name}-${index}`} title={`方案原文：${unit.name}`}>
            {tag}
          </Tooltip>
        );
      })}
    </Space>
  );
}

export const joinNames = (list: { name: string }[]) => (list.length ? list.map((x) => x.name).join("、") : "—");
