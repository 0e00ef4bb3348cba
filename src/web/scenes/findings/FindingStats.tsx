// 统计: per unit and per category — found, closed, closed on time, average days to close, open
// overdue — for the period chosen (发现日期), computed by the server.
import { useQuery } from "@tanstack/react-query";
import { Card, Col, Row, Table } from "antd";
import { findingsApi, type FindingFilters, type FindingStatsRow } from "../../api/findings.js";

const percent = (a: number, b: number) => (b ? `${Math.round((a / b) * 100)}%` : "—");

function StatsTable({ title, first, rows, loading }: { title: string; first: string; rows: FindingStatsRow[]; loading: boolean }) {
  return (
    <Card size="small" title={title}>
      <Table<FindingStatsRow>
        size="small"
        rowKey={(r) => String(r.key ?? "none")}
        loading={loading}
        dataSource={rows}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        aria-label={title}
        columns={[
          { title: first, dataIndex: "name" },
          { title: "发现", dataIndex: "found", width: 70, align: "right" },
          { title: "销号", dataIndex: "closed", width: 70, align: "right" },
          { title: "按期销号", dataIndex: "closedOnTime", width: 90, align: "right" },
          { title: "按期率", key: "rate", width: 80, align: "right", render: (_, r) => percent(r.closedOnTime, r.closed) },
          { title: "平均整改天数", dataIndex: "averageDaysToClose", width: 110, align: "right", render: (v: number | null) => v ?? "—" },
          { title: "逾期未销号", dataIndex: "openOverdue", width: 100, align: "right", render: (v: number) => (v ? <span style={{ color: "#cf1322" }}>{v}</span> : 0) },
        ]}
      />
    </Card>
  );
}

export function FindingStats({ filters }: { filters: FindingFilters }) {
  const stats = useQuery({ queryKey: ["finding-stats", filters], queryFn: () => findingsApi.stats(filters) });
  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} xl={14}><StatsTable title="按承办单位统计" first="承办单位" rows={stats.data?.byUnit ?? []} loading={stats.isLoading} /></Col>
      <Col xs={24} xl={10}><StatsTable title="按问题类别统计" first="问题类别" rows={stats.data?.byCategory ?? []} loading={stats.isLoading} /></Col>
    </Row>
  );
}
