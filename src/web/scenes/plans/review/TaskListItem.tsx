// One task in the review screen's list: number, title, lead units, 待核对 and 将新建 marks.
import { Checkbox, Tag, Tooltip, Typography } from "antd";
import type { Task } from "../../../api/types.js";
import { needsCheck } from "../../tasks/editor/taskValue.js";

export function TaskListItem({ task, selected, checkable, checked, onCheck, onSelect }: {
  task: Task;
  selected: boolean;
  checkable: boolean;
  checked: boolean;
  onCheck: (on: boolean) => void;
  onSelect: () => void;
}) {
  const check = needsCheck(task);
  const newUnits = [...task.lead, ...task.co, ...task.liaison].filter((u) => !u.unitId).length;
  return (
    <div
      role="option"
      aria-selected={selected}
      tabIndex={0}
      data-task-id={task.id}
      onClick={onSelect}
      onKeyDown={(e) => {
        if (e.key === "Enter" || e.key === " ") onSelect();
      }}
      style={{
        display: "flex",
        gap: 6,
        padding: "6px 8px",
        borderBottom: "1px solid #f5f5f5",
        borderLeft: selected ? "3px solid #1677ff" : "3px solid transparent",
        background: selected ? "#e6f4ff" : undefined,
        cursor: "pointer",
      }}
    >
      {checkable ? (
        <Checkbox checked={checked} aria-label={`选择任务${task.no}`} onClick={(e) => e.stopPropagation()} onChange={(e) => onCheck(e.target.checked)} />
      ) : null}
      <Typography.Text type="secondary" style={{ width: 24, flex: "none", textAlign: "right" }}>
        {task.no}
      </Typography.Text>
      <div style={{ flex: 1, minWidth: 0 }}>
        <Typography.Paragraph ellipsis={{ rows: 2 }} style={{ margin: 0, fontSize: 13 }}>
          {check ? <span title="识别把握不大，请核对" style={{ display: "inline-block", width: 7, height: 7, borderRadius: 4, background: "#fa8c16", marginInlineEnd: 4, verticalAlign: "middle" }} /> : null}
          {task.title}
        </Typography.Paragraph>
        <div style={{ display: "flex", flexWrap: "wrap", gap: 2, marginTop: 2 }}>
          {task.lead.slice(0, 3).map((unit, index) => (
            <Tag key={index} color={unit.unitId ? "blue" : "warning"} style={{ marginInlineEnd: 0, fontSize: 11, lineHeight: "16px", padding: "0 4px" }}>
              {unit.name}
            </Tag>
          ))}
          {task.lead.length > 3 ? <Tag style={{ fontSize: 11, lineHeight: "16px", padding: "0 4px" }}>+{task.lead.length - 3}</Tag> : null}
          {check ? (
            <Tag color="orange" style={{ marginInlineEnd: 0, fontSize: 11, lineHeight: "16px", padding: "0 4px" }}>
              待核对
            </Tag>
          ) : null}
          {newUnits ? (
            <Tooltip title={`${newUnits} 个单位名称未对应到单位目录`}>
              <Tag color="gold" style={{ marginInlineEnd: 0, fontSize: 11, lineHeight: "16px", padding: "0 4px" }}>
                将新建 {newUnits}
              </Tag>
            </Tooltip>
          ) : null}
        </div>
      </div>
    </div>
  );
}
