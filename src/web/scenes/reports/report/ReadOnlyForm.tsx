// The report as read by whoever cannot change it (the leader, the office, a unit after submitting).
import { Alert, Tag, Typography } from "antd";
import type { ReportDetail } from "../../../api/roundTypes.js";
import { REPORT_STATUS_OPTIONS, STATUS_COLOR } from "../reportLabels.js";
import { goalText, unitText } from "./reportForm.js";

export function ReadOnlyForm({ report }: { report: ReportDetail }) {
  const task = report.task;
  const status = REPORT_STATUS_OPTIONS.find((o) => o.value === report.status);
  const row = (label: string, content: React.ReactNode) => (
    <div style={{ display: "flex", gap: 12, padding: "6px 0", borderBottom: "1px solid #f5f5f5" }}>
      <Typography.Text type="secondary" style={{ width: 80, flex: "none" }}>
        {label}
      </Typography.Text>
      <div style={{ flex: 1, minWidth: 0 }}>{content}</div>
    </div>
  );
  return (
    <div data-testid="report-readonly">
      {row("进展情况", <Typography.Paragraph style={{ whiteSpace: "pre-wrap", margin: 0 }}>{report.text || "（未填写）"}</Typography.Paragraph>)}
      {report.copiedUnchanged ? row("", <Alert type="warning" showIcon message="与上期内容完全相同" />) : null}
      {row("推进状态", status ? <Tag color={STATUS_COLOR[status.value]}>{status.label}</Tag> : "—")}
      {task?.targets.length
        ? row(
            "量化指标",
            task.targets.map((t) => {
              const v = report.values.find((x) => x.targetId === t.id);
              return (
                <div key={t.id}>
                  {t.metric || "指标"}：当前 {v ? `${v.value}${unitText(t.unit)}` : "未填"}
                  <Typography.Text type="secondary">（目标：{goalText(t)}）</Typography.Text>
                </div>
              );
            }),
          )
        : null}
      {task?.milestones.length
        ? row(
            "时间节点",
            task.milestones.map((m) => {
              const done = report.milestones.find((x) => x.milestoneId === m.id);
              return (
                <div key={m.id}>
                  {m.what}（要求：{m.by}）：{done ? `${done.doneOn} 完成` : "未完成"}
                </div>
              );
            }),
          )
        : null}
      {row("存在问题", <span style={{ whiteSpace: "pre-wrap" }}>{report.problems || "—"}</span>)}
      {row("下一步打算", <span style={{ whiteSpace: "pre-wrap" }}>{report.nextSteps || "—"}</span>)}
    </div>
  );
}
