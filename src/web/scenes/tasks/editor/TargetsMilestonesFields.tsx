// The 量化指标 (targets) and 时间节点 (milestones) sections of the task editor, and the check of a
// milestone's 时限 format.
import { DeleteOutlined, PlusOutlined } from "@ant-design/icons";
import { Button, Input, InputNumber, Select, Space, Typography } from "antd";
import type { Milestone, Target } from "../../../api/types.js";
import { isLow, type FieldKey } from "./taskValue.js";
import { DEADLINE_FORMAT_MESSAGE, DeadlineInput } from "./DeadlineInput.js";

const OP_OPTIONS = [">=", "<=", "=", ">", "<"].map((op) => ({ value: op, label: { ">=": "≥", "<=": "≤", "=": "=", ">": ">", "<": "<" }[op] }));
const BY_PATTERN = /^\d{4}(-\d{2}(-\d{2})?)?$/;

/** One entry per milestone: the format message when its 时限 is filled but not a year, month or day. */
export function milestoneErrorsOf(milestones: Milestone[]): (string | null)[] {
  return milestones.map((m) => (m.by.trim() && !BY_PATTERN.test(m.by.trim()) ? DEADLINE_FORMAT_MESSAGE : null));
}

export function TargetsEditor({ value, onChange, readOnly, onFocus, focused }: {
  value: Target[];
  onChange: (next: Target[]) => void;
  readOnly: boolean;
  onFocus: (index: number) => void;
  focused: FieldKey | null;
}) {
  const update = (index: number, patch: Partial<Target>) => onChange(value.map((t, i) => (i === index ? { ...t, ...patch } : t)));
  return (
    <Space direction="vertical" size={4} style={{ width: "100%" }}>
      {value.length ? (
        <div style={{ display: "grid", gridTemplateColumns: "1fr 64px 96px 64px 24px", gap: 4, fontSize: 12, color: "#8c8c8c" }}>
          <span>指标</span>
          <span>比较</span>
          <span>目标值</span>
          <span>单位</span>
          <span />
        </div>
      ) : null}
      {value.map((target, index) => (
        <div
          key={target.id ?? `new-${index}`}
          onFocusCapture={() => onFocus(index)}
          style={{
            display: "grid",
            gridTemplateColumns: "1fr 64px 96px 64px 24px",
            gap: 4,
            borderRadius: 4,
            boxShadow: focused === `targets:${index}` ? "0 0 0 2px #ffd591" : undefined,
          }}
        >
          <Input
            aria-label={`指标${index + 1}名称`}
            value={target.metric}
            status={isLow(target.confidence) ? "warning" : undefined}
            onChange={(e) => update(index, { metric: e.target.value })}
          />
          <Select aria-label={`指标${index + 1}比较`} value={target.op} options={OP_OPTIONS} onChange={(op) => update(index, { op })} />
          <InputNumber aria-label={`指标${index + 1}目标值`} value={target.value} style={{ width: "100%" }} onChange={(v) => update(index, { value: v ?? 0 })} />
          <Input aria-label={`指标${index + 1}单位`} value={target.unit} maxLength={20} onChange={(e) => update(index, { unit: e.target.value })} />
          {readOnly ? <span /> : (
            <Button type="text" size="small" aria-label={`删除指标${index + 1}`} icon={<DeleteOutlined />} onClick={() => onChange(value.filter((_t, i) => i !== index))} />
          )}
        </div>
      ))}
      {readOnly ? (value.length ? null : <Typography.Text type="secondary">无</Typography.Text>) : (
        <Button size="small" type="dashed" icon={<PlusOutlined />} onClick={() => onChange([...value, { metric: "", op: ">=", value: 0, unit: "" }])}>
          添加指标
        </Button>
      )}
    </Space>
  );
}

export function MilestonesEditor({ value, errors, onChange, readOnly, onFocus, focused }: {
  value: Milestone[];
  errors: (string | null)[];
  onChange: (next: Milestone[]) => void;
  readOnly: boolean;
  onFocus: (index: number) => void;
  focused: FieldKey | null;
}) {
  const update = (index: number, patch: Partial<Milestone>) => onChange(value.map((m, i) => (i === index ? { ...m, ...patch } : m)));
  return (
    <Space direction="vertical" size={4} style={{ width: "100%" }}>
      {value.map((milestone, index) => (
        <div key={milestone.id ?? `new-${index}`} onFocusCapture={() => onFocus(index)}>
          <div
            style={{
              display: "grid",
              gridTemplateColumns: "1fr 120px 24px",
              gap: 4,
              borderRadius: 4,
              boxShadow: focused === `milestones:${index}` ? "0 0 0 2px #ffd591" : undefined,
            }}
          >
            <Input
              aria-label={`节点${index + 1}内容`}
              placeholder="节点内容"
              value={milestone.what}
              status={!milestone.what.trim() ? "error" : isLow(milestone.confidence) ? "warning" : undefined}
              onChange={(e) => update(index, { what: e.target.value })}
            />
            <DeadlineInput
              aria-label={`节点${index + 1}时限`}
              value={milestone.by}
              status={errors[index] || !milestone.by.trim() ? "error" : undefined}
              onChange={(by) => update(index, { by })}
            />
            {readOnly ? <span /> : (
              <Button type="text" size="small" aria-label={`删除节点${index + 1}`} icon={<DeleteOutlined />} onClick={() => onChange(value.filter((_m, i) => i !== index))} />
            )}
          </div>
          {errors[index] ? <Typography.Text type="danger" style={{ fontSize: 12 }}>{errors[index]}</Typography.Text> : null}
        </div>
      ))}
      {readOnly ? (value.length ? null : <Typography.Text type="secondary">无</Typography.Text>) : (
        <Button size="small" type="dashed" icon={<PlusOutlined />} onClick={() => onChange([...value, { what: "", by: "" }])}>
          添加节点
        </Button>
      )}
    </Space>
  );
}
