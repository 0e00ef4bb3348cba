// 下级对比: the bureaus below the user's side by side (GET /api/rollup): plans, tasks and 办结,
// on-time rates, reports awaiting approval, findings, assessment; a bar chart of on-time rates;
// the table as XLSX; a bureau's name opens its plans (read-only drill-down).
import { DownloadOutlined } from "@ant-design/icons";
import { useQuery } from "@tanstack/react-query";
import { Alert, Button, Card, Select, Space, Spin, Table, Tag, Typography } from "antd";
import { lazy, Suspense, useMemo } from "react";
import { Link, useSearchParams } from "react-router-dom";
import { rollupApi, type RollupRow } from "../../api/rollup.js";
import { ratePct as pct, rollupStatusName as statusName, rollupStatuses } from "../../../shared/rollup.js";
import { STATUS_COLOR } from "../reports/reportLabels.js";

const EChart = lazy(() => import("../dashboard/EChart.js"));


export default function RollupPage() {
  const [search, setSearch] = useSearchParams();
  const year = Number(search.get("year")) || undefined;
  const data = useQuery({ queryKey: ["rollup", year ?? null], queryFn: () => rollupApi.get(year) });
  const rows = data.data?.items ?? [];
  const shownYear = data.data?.filters.year ?? year;
  const years = [...new Set([...(data.data?.options.years ?? []), ...(shownYear ? [shownYear] : [])])].sort((a, b) => b - a);

  const option = useMemo(
    () => ({
      tooltip: { trigger: "axis" },
      legend: { data: ["全年按时率", "最近一轮按时率"] },
      grid: { left: 48, right: 16, top: 36, bottom: 48 },
      xAxis: { type: "category", data: rows.map((r) => r.name), axisLabel: { interval: 0, rotate: rows.length > 6 ? 30 : 0 } },
      yAxis: { type: "value", min: 0, max: 100, axisLabel: { formatter: "{value}%" } },
      series: [
        { name: "全年按时率", type: "bar", data: rows.map((r) => r.reports.onTimeRate) },
        { name: "最近一轮按时率", type: "bar", data: rows.map((r) => r.latestRound?.onTimeRate ?? null) },
      ],
    }),
    [rows],
  );

  return (
    <Card
      title="下级对比"
      variant="borderless"
      extra={
        <Space wrap>
          <Select
            aria-label="年度"
            style={{ width: 110 }}
            value={shownYear}
            options={years.map((y) => ({ value: y, label: `${y}年` }))}
            onChange={(y: number) => setSearch({ year: String(y) })}
          />
          <Button icon={<DownloadOutlined />} href={rollupApi.exportUrl(shownYear)} download data-testid="rollup-export">
            导出对比表
          </Button>
        </Space>
      }
    >
      {data.isError ? <Alert type="error" showIcon message="无法读取下级单位的数据" style={{ marginBottom: 16 }} /> : null}
      <Typography.Paragraph type="secondary">
        本机构以下各单位{shownYear ? ` ${shownYear} 年` : ""}的工作情况（只读）。点击单位名称查看其工作方案、任务台账和进展报告。按时率按截止日已过的各轮计算。
      </Typography.Paragraph>
      {rows.length ? (
        <Suspense fallback={<Spin style={{ display: "block", margin: "80px auto" }} />}>
          <EChart option={option as never} label="各单位按时报送率" testId="rollup-chart" height={280} />
        </Suspense>
      ) : null}
      <Table<RollupRow>
        size="middle"
        rowKey="orgId"
        loading={data.isPending}
        dataSource={rows}
        pagination={false}
        scroll={{ x: 1100 }}
        locale={{ emptyText: "本机构以下没有下级单位" }}
        style={{ marginTop: 16 }}
        columns={[
          {
            title: "单位", key: "name", fixed: "left", width: 200,
            render: (_: unknown, r) => (
              <span style={{ paddingLeft: (r.depth - 1) * 16 }}>
                <Link to={`/plans?org=${r.orgId}`} data-org={r.orgId}>{r.name}</Link>
                {r.depth > 1 ? <Typography.Text type="secondary" style={{ display: "block", fontSize: 12 }}>{r.path.slice(0, -1).join(" / ")}</Typography.Text> : null}
              </span>
            ),
          },
          { title: "年度方案", dataIndex: "plans", width: 80, align: "right" },
          { title: "任务 / 办结", key: "tasks", width: 100, align: "right", render: (_: unknown, r) => `${r.tasks.total} / ${r.tasks.closed}` },
          {
            title: "最新进展", key: "status", width: 220,
            render: (_: unknown, r) =>
              rollupStatuses(r.tasks.byStatus).map(([k, n]) => <Tag key={k} color={(STATUS_COLOR as Record<string, string>)[k]}>{statusName(k)} {n}</Tag>),
          },
          { title: "全年按时率", key: "rate", width: 110, align: "right", render: (_: unknown, r) => <span data-rate={r.orgId}>{pct(r.reports.onTimeRate)}</span>, sorter: (a, b) => (a.reports.onTimeRate ?? -1) - (b.reports.onTimeRate ?? -1) },
          { title: "最近一轮", key: "latest", width: 140, render: (_: unknown, r) => (r.latestRound ? `${r.latestRound.period}：${pct(r.latestRound.onTimeRate)}` : "—") },
          { title: "待审核", dataIndex: "awaitingApproval", width: 80, align: "right" },
          { title: "问题未销号 / 逾期", key: "findings", width: 130, align: "right", render: (_: unknown, r) => <span>{r.findings.open} / <Typography.Text type={r.findings.overdue ? "danger" : undefined}>{r.findings.overdue}</Typography.Text></span> },
          {
            title: "考核结果", key: "assessment", width: 200,
            render: (_: unknown, r) =>
              r.assessment ? `平均 ${r.assessment.averageTotal ?? "—"} 分 · ${Object.entries(r.assessment.grades).map(([g, n]) => `${g} ${n}`).join("，")}` : <Typography.Text type="secondary">未发布</Typography.Text>,
          },
        ]}
      />
    </Card>
  );
}
