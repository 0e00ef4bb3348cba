// 报送历史 on a task's page: every round's reports (period, unit, role, state, dates), newest
// first, each linking to the report; the approved ones show their text (the task's record).
import { useQuery } from "@tanstack/react-query";
import { Card, Empty, List, Space, Tag, Typography } from "antd";
import { Link } from "react-router-dom";
import { taskReportsApi } from "../../api/rounds.js";
import type { TaskReport } from "../../api/roundTypes.js";
import { formatTime, ReportStateTag, ROLE_LABEL, STATUS_COLOR } from "../reports/reportLabels.js";

function dateOf(r: TaskReport) {
  if (r.decidedAt && (r.state === "approved" || r.state === "returned")) return `${r.state === "approved" ? "审定" : "退回"} ${formatTime(r.decidedAt)}`;
  if (r.submittedAt) return `提交 ${formatTime(r.submittedAt)}`;
  return `更新 ${formatTime(r.updatedAt)}`;
}

export function TaskReportsCard({ taskId }: { taskId: number }) {
  const reports = useQuery({ queryKey: ["task-reports", taskId], queryFn: () => taskReportsApi.list(taskId), staleTime: 0 });
  const items = reports.data?.items ?? [];
  return (
    <Card variant="borderless" size="small" title="报送历史" loading={reports.isPending} data-testid="task-reports">
      {items.length ? (
        <List<TaskReport>
          size="small"
          dataSource={items}
          pagination={items.length > 12 ? { pageSize: 12, size: "small" } : false}
          renderItem={(r) => (
            <List.Item style={{ display: "block" }} data-testid={`task-report-${r.id}`}>
              <Space size={[8, 4]} wrap>
                <Typography.Text strong>{r.periodLabel}</Typography.Text>
                <Link to={`/reports/${r.id}`}>{r.unitName}</Link>
                <Tag color={r.role === "lead" ? "blue" : undefined}>{ROLE_LABEL[r.role]}</Tag>
                <ReportStateTag state={r.state} />
                {r.statusLabel ? <Tag color={r.status ? STATUS_COLOR[r.status] : undefined}>{r.statusLabel}</Tag> : null}
                <Typography.Text type="secondary">{dateOf(r)}</Typography.Text>
              </Space>
              {r.text ? (
                <Typography.Paragraph style={{ whiteSpace: "pre-wrap", margin: "6px 0 0" }} ellipsis={{ rows: 4, expandable: true, symbol: "展开" }} data-testid="approved-text">
                  {r.text}
                </Typography.Paragraph>
              ) : null}
              {r.comment ? <div style={{ color: "rgba(0,0,0,0.55)" }}>审定意见：{r.comment}</div> : null}
            </List.Item>
          )}
        />
      ) : (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="还没有报送记录（发布后开启进展调度，各单位的报告会列在这里）" />
      )}
    </Card>
  );
}
