// 签收 on a task list: all signed, or how many units have not (names in the tooltip).
import { Tag, Tooltip } from "antd";
import type { Task, TaskClosure } from "../../api/types.js";

/** A ledger row gives its units' 签收 (signoffs); a 我的任务 row only their number (signoffCount). */
type SignoffRow = { unsigned?: string[]; closure?: Pick<TaskClosure, "state"> } & ({ signoffs?: Task["signoffs"] } | { signoffCount: number });

export function SignoffCell({ task }: { task: SignoffRow }) {
  const total = "signoffCount" in task ? task.signoffCount : (task.signoffs?.length ?? 0);
  const unsigned = task.unsigned ?? [];
  if (!total || task.closure?.state === "closed") return <span>—</span>;
  if (!unsigned.length) return <Tag color="green" data-testid="signoff-cell">已签收</Tag>;
  return (
    <Tooltip title={`未签收：${unsigned.join("、")}`}>
      <Tag color="orange" data-testid="signoff-cell">{unsigned.length}/{total} 未签收</Tag>
    </Tooltip>
  );
}
