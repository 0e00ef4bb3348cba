// The tables behind the dashboard's charts: tasks by status per section and per unit, and each
// round's on-time figures. Every number is a link to the list it counts.
import { Card, Col, Empty, Table, Tag } from "antd";
import type { ColumnsType } from "antd/es/table/index.js";
import { Link } from "react-router-dom";
import type { Dashboard, RoundFigure } from "../../api/dashboard.js";
import type { Id } from "../../api/types.js";
import { STATUS_LABEL, STATUS_ORDER, ledgerLink, periodLabel } from "./figures.js";

type CountRow = { key: string; name: string; counts: Record<string, number>; total: number; planId: Id | null; section?: string | null; unitId?: Id };

function statusColumns(rows: CountRow[]): ColumnsType<CountRow> {
  const used = STATUS_ORDER.filter((s) => rows.some((r) => r.counts[s]));
  return used.map((status) => ({
    key: status,
    title: STATUS_LABEL[status],
    width: 76,
    align: "right" as const,
    render: (_v: unknown, r: CountRow) =>
      r.counts[status] ? (
        <Link to={ledgerLink(r.planId, { section: r.section, unitId: r.unitId, status })} data-figure={`${r.key}-${status}`}>
          {r.counts[status]}
        </Link>
      ) : (
        <span style={{ color: "rgba(0,0,0,0.25)" }}>0</span>
      ),
  }));
}

export function SectionTable({ data, planId }: { data: Dashboard; planId: Id | null }) {
  const rows: CountRow[] = data.tasks.bySection.map((s) => ({
    key: `section-${s.planId}-${s.section ?? ""}`,
    name: s.section ? `${s.section}、${s.title ?? ""}`.replace(/^([（(].*[)）])、/, "$1") : "（未分篇目）",
    counts: s.counts, total: s.total, planId: s.planId, section: s.section,
  }));
  const multiPlan = planId === null && new Set(rows.map((r) => r.planId)).size > 1;
  return (
    <Table<CountRow>
      size="small" rowKey="key" pagination={false} dataSource={rows} scroll={{ x: "max-content" }}
      aria-label="各篇目任务状态"
      columns={[
        { key: "name", title: multiPlan ? "方案 · 篇目" : "篇目", render: (_v, r) => (multiPlan ? `${data.options.plans.find((p) => p.id === r.planId)?.title ?? ""} · ${r.name}` : r.name), ellipsis: true },
        { key: "total", title: "任务", width: 64, align: "right", render: (_v, r) => <Link to={ledgerLink(r.planId, { section: r.section })}>{r.total}</Link> },
        ...statusColumns(rows),
      ]}
    />
  );
}

export function UnitTable({ data, planId }: { data: Dashboard; planId: Id | null }) {
  const rows: CountRow[] = data.tasks.byUnit.map((u) => ({ key: `unit-${u.unitId}`, name: u.name, counts: u.counts, total: u.total, planId, unitId: u.unitId }));
  return (
    <Table<CountRow>
      size="small" rowKey="key" dataSource={rows} scroll={{ x: "max-content" }} pagination={rows.length > 10 ? { pageSize: 10, size: "small" } : false}
      aria-label="各单位任务状态"
      columns={[
        { key: "name", title: "单位（牵头、协办、联络）", dataIndex: "name", ellipsis: true },
        { key: "total", title: "任务", width: 64, align: "right", render: (_v, r) => <Link to={ledgerLink(r.planId, { unitId: r.unitId })}>{r.total}</Link> },
        ...statusColumns(rows),
      ]}
    />
  );
}

export function RoundTable({ data }: { data: Dashboard }) {
  const multiPlan = new Set(data.rounds.map((r) => r.planId)).size > 1;
  return (
    <Table<RoundFigure>
      size="small" rowKey="id" dataSource={[...data.rounds].reverse()} scroll={{ x: "max-content" }} pagination={data.rounds.length > 8 ? { pageSize: 8, size: "small" } : false}
      aria-label="各轮调度按时报送"
      columns={[
        { key: "period", title: "调度", render: (_v, r) => <Link to={`/rounds/${r.id}`}>{multiPlan ? `${r.planTitle} · ` : ""}{periodLabel(r.period)}</Link> },
        { key: "due", title: "截止", dataIndex: "dueOn", width: 100 },
        { key: "reports", title: "应报", dataIndex: "reports", width: 56, align: "right" },
        { key: "submitted", title: "已报", dataIndex: "submitted", width: 56, align: "right" },
        { key: "onTime", title: "按时", dataIndex: "onTime", width: 56, align: "right" },
        {
          key: "late", title: "逾期", width: 56, align: "right",
          render: (_v, r) => (r.late ? <Link to={`/rounds/${r.id}?late=1`} style={{ color: "#cf1322" }} data-figure={`round-${r.id}-late`}>{r.late}</Link> : 0),
        },
        { key: "approved", title: "已审定", dataIndex: "approved", width: 64, align: "right" },
        {
          key: "rate", title: "按时率", width: 76, align: "right",
          render: (_v, r) => (r.onTimeRate === null ? <Tag>未到期</Tag> : `${r.onTimeRate}%`),
        },
      ]}
    />
  );
}

export function FigureTablesRow({ data, planId }: { data: Dashboard; planId: Id | null }) {
  return (
    <>
      <Col xs={24} lg={12}>
        <Card variant="borderless" size="small" title="各篇目任务（按推进状态）">
          <SectionTable data={data} planId={planId} />
        </Card>
      </Col>
      <Col xs={24} lg={12}>
        <Card variant="borderless" size="small" title="各轮调度按时报送">
          {data.rounds.length ? <RoundTable data={data} /> : <Empty description="还没有开始的调度" image={Empty.PRESENTED_IMAGE_SIMPLE} />}
        </Card>
      </Col>
      <Col span={24}>
        <Card variant="borderless" size="small" title="各单位任务（按推进状态）">
          <UnitTable data={data} planId={planId} />
        </Card>
      </Col>
    </>
  );
}
