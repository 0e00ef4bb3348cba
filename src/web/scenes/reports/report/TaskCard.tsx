// What the task asks, beside the report (collapsed to four lines).
import { Button, Card, Space, Typography } from "antd";
import { useState } from "react";
import { Link } from "react-router-dom";
import type { ReportDetail } from "../../../api/roundTypes.js";

export function TaskCard({ report }: { report: ReportDetail }) {
  const task = report.task!;
  const [open, setOpen] = useState(false);
  return (
    <Card
      variant="borderless"
      size="small"
      title="任务要求"
      extra={
        <Space size={4}>
          <Link to={`/tasks/${task.id}`}>任务详情</Link>
        </Space>
      }
    >
      <Typography.Paragraph style={{ whiteSpace: "pre-wrap", marginBottom: 4 }} ellipsis={open ? false : { rows: 4 }}>
        {task.body || task.title}
      </Typography.Paragraph>
      {(task.body || "").length > 120 ? (
        <Button type="link" size="small" style={{ padding: 0 }} onClick={() => setOpen((o) => !o)}>
          {open ? "收起" : "展开全文"}
        </Button>
      ) : null}
      <div style={{ marginTop: 4, color: "rgba(0,0,0,0.55)" }}>
        牵头：{task.lead.map((u) => u.name).join("、") || "—"}；协办：{task.co.map((u) => u.name).join("、") || "—"}；责任领导：
        {task.leaders.map((l) => l.name).join("、") || "—"}
      </div>
    </Card>
  );
}
