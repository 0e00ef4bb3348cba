// The 督导问题 linked to a task, on its page: number, state, deadline, overdue (the caller's scope:
// a unit sees its own unit's findings, the office and leaders all of the bureau's).
import { useQuery } from "@tanstack/react-query";
import { Card, Table } from "antd";
import { Link } from "react-router-dom";
import { findingsApi, type Finding } from "../../api/findings.js";
import { FindingStateTag } from "../findings/findingLabels.js";

export function TaskFindings({ taskId, phone }: { taskId: number; phone: boolean }) {
  const list = useQuery({ queryKey: ["findings", { taskId }], queryFn: () => findingsApi.list({ taskId }) });
  const items = list.data?.items ?? [];
  return (
    <Card variant="borderless" size="small" title={`督导问题${items.length ? `（${items.length}）` : ""}`} data-testid="task-findings">
      <Table<Finding>
        size="small"
        rowKey="id"
        loading={list.isLoading}
        dataSource={items}
        pagination={items.length > 10 ? { pageSize: 10, size: "small" } : false}
        scroll={phone ? { x: 640 } : undefined}
        locale={{ emptyText: "该任务没有关联的督导问题" }}
        columns={[
          { title: "问题", dataIndex: "title", render: (t: string, r) => <Link to={`/findings/${r.id}`}>{t}</Link> },
          { title: "编号", key: "no", width: 230, render: (_, r) => r.assignmentNumber ?? r.noticeNumber ?? "—" },
          { title: "承办单位", dataIndex: "unitName", width: 140, render: (v: string | null) => v ?? "—" },
          { title: "整改期限", dataIndex: "deadline", width: 110, render: (v: string | null) => v ?? "—" },
          { title: "状态", key: "state", width: 190, render: (_, r) => <FindingStateTag f={r} /> },
        ]}
      />
    </Card>
  );
}
