// The 具体措施 section of the task editor: one text box per measure, add and delete.
import { DeleteOutlined, PlusOutlined } from "@ant-design/icons";
import { Button, Input, Space, Typography } from "antd";
import type { FieldKey } from "./taskValue.js";

export function MeasuresEditor({ value, onChange, readOnly, focused, onFocus, lowConfidence }: {
  value: string[];
  onChange: (next: string[]) => void;
  readOnly: boolean;
  focused: FieldKey | null;
  onFocus: (index: number) => void;
  lowConfidence: (index: number) => boolean;
}) {
  return (
    <Space direction="vertical" size={4} style={{ width: "100%" }}>
      {value.map((measure, index) => (
        <div key={index} style={{ display: "flex", gap: 4, alignItems: "flex-start" }}>
          <Typography.Text type="secondary" style={{ width: 20, lineHeight: "24px", flex: "none" }}>
            {index + 1}.
          </Typography.Text>
          <Input.TextArea
            aria-label={`措施${index + 1}`}
            value={measure}
            autoSize={{ minRows: 1, maxRows: 5 }}
            onFocus={() => onFocus(index)}
            onChange={(e) => onChange(value.map((m, i) => (i === index ? e.target.value : m)))}
            style={focused === `measures:${index}` ? { boxShadow: "0 0 0 2px #ffd591" } : undefined}
            status={lowConfidence(index) ? "warning" : undefined}
          />
          {readOnly ? null : (
            <Button
              type="text"
              size="small"
              aria-label={`删除措施${index + 1}`}
              icon={<DeleteOutlined />}
              onClick={() => onChange(value.filter((_m, i) => i !== index))}
            />
          )}
        </div>
      ))}
      {readOnly ? null : (
        <Button size="small" type="dashed" icon={<PlusOutlined />} onClick={() => onChange([...value, ""])}>
          添加措施
        </Button>
      )}
    </Space>
  );
}
