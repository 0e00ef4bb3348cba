// The report page's title card: task, state, role, round, filing unit, due date (and on a desk
// the leader's 审定/退回).
import { Card, Space, Tag, Tooltip, Typography } from "antd";
import type { ReactNode } from "react";
import type { ReportDetail } from "../../../api/roundTypes.js";
import { ProxyTag } from "../ProxyNotice.js";
import { dueText, isPending, ReportStateTag, ROLE_LABEL } from "../reportLabels.js";
import { BackLink } from "../../../components/BackLink.js";

export function ReportHeader({ report, actions }: { report: ReportDetail; actions: ReactNode }) {
  const round = report.round;
  const task = report.task;
  const due = dueText(round.dueOn);
  const showDue = isPending(report.state) && round.state === "open";
  return (
    <Card variant="borderless" size="small" styles={{ body: { padding: "10px 16px" } }}>
      <div style={{ display: "flex", alignItems: "flex-start", justifyContent: "space-between", gap: 12 }}>
        <div style={{ minWidth: 0 }}>
          <Space size={8} wrap>
            <BackLink to={`/rounds/${round.id}`} label="返回调度" />
            <Typography.Title level={4} style={{ margin: 0 }}>
              {task ? `${task.no} ${task.title}` : "进展报告"}
            </Typography.Title>
            <span data-testid="report-state" data-state={report.state}>
              <ReportStateTag state={report.state} />
            </span>
            <Tag color={report.role === "lead" ? "blue" : undefined}>{ROLE_LABEL[report.role]}</Tag>
            {report.copiedUnchanged ? (
              <Tooltip title="本期进展情况与上期报告完全相同">
                <Tag color="warning">与上期相同</Tag>
              </Tooltip>
            ) : null}
          </Space>
          <div style={{ marginTop: 4, color: "rgba(0,0,0,0.55)" }}>
            <Space size={16} wrap>
              <span>《{report.planTitle}》</span>
              <span>{round.label}调度</span>
              <span>
                填报单位：<Typography.Text strong>{report.unitName}</Typography.Text> <ProxyTag report={report} />
              </span>
              <span>
                截止：{round.dueOn}
                {showDue ? (
                  <Typography.Text type={due.late ? "danger" : "warning"} strong style={{ marginLeft: 6 }} data-testid="due-text">
                    {due.text}
                  </Typography.Text>
                ) : null}
              </span>
              {round.state === "closed" ? <Tag>本轮已结束</Tag> : null}
            </Space>
          </div>
        </div>
        {actions}
      </div>
    </Card>
  );
}
