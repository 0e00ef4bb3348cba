// 签收 on a task list: all signed, or how many units have not (names in the tooltip).
import { Tag, Tooltip } from "antd";
import type { Task } from "../../api/types.js";

export function SignoffCell({ task }: { task: Pick<Task, "signoffs" | "unsigned" | "closure"> }) {
  const total = task.signoffs?.length ?? 0;
  const unsigned = task.unsigned ?? [];
  if (!total || task.closure?.state === "closed") return <span>—</span>;
  if (!unsigned.length) return <Tag color="green" data-testid="signoff-cell">已签收</Tag>;
  return (
    <Tooltip title={`未签收：${unsigned.join("、")}`}>
      <Tag color="orange" data-testid="signoff-cell">{unsigned.length}/{total} 未签收</Tag>
    </Tooltip>
  );
}
