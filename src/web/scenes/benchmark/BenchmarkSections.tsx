// 对标 results: one block per kind of unit (values of different kinds are never in one chart or
// column): a bar chart of each bureau's completion and the ranked table.
import { Card, Empty, Spin, Table, Tag, Typography } from "antd";
import { lazy, Suspense, useMemo } from "react";
import type { BenchmarkResult, BenchmarkRow, BenchmarkSection } from "../../api/benchmark.js";
import { escapeHtml } from "../../lib/html.js";

const EChart = lazy(() => import("../dashboard/EChart.js"));

const unitLabel = (u: string) => (u === "ratio" ? "比值" : u);
const pct = (r: number | null) => (r === null ? "—" : `${Math.round(r * 1000) / 10}%`);
const num = (v: number | null) => (v === null ? "—" : v.toLocaleString("zh-CN"));

export function BenchmarkSections({ result }: { result: BenchmarkResult }) {
  if (!result.sections.length) return <Empty description={`下级各局的方案中没有与“${result.metric}”相近的指标`} />;
  return (
    <>
      {result.sections.map((s) => (
        <SectionCard key={`${s.kind}:${s.unit}`} section={s} many={result.sections.length > 1} />
      ))}
    </>
  );
}

function SectionCard({ section, many }: { section: BenchmarkSection; many: boolean }) {
  const unit = unitLabel(section.unit);
  const option = useMemo(() => chartOption(section), [section]);
  return (
    <Card
      size="small"
      variant="borderless"
      style={{ marginTop: 12 }}
      title={<span>单位：{unit}{many ? <Typography.Text type="secondary" style={{ marginLeft: 8, fontWeight: "normal" }}>（不同类单位分开比较）</Typography.Text> : null}</span>}
      data-section={section.unit}
    >
      <Suspense fallback={<Spin style={{ display: "block", margin: "80px auto" }} />}>
        <EChart option={option as never} label={`各局“${unit}”类指标完成率柱状图`} testId={`benchmark-chart-${section.kind}`} height={Math.max(220, 60 + section.rows.length * 36)} />
      </Suspense>
      <Table<BenchmarkRow>
        rowKey="orgId"
        size="small"
        pagination={false}
        dataSource={section.rows}
        aria-label={`对标排名（${unit}）`}
        columns={[
          { title: "名次", dataIndex: "rank", width: 64 },
          { title: "单位", dataIndex: "orgName" },
          { title: `计划值（${unit}）`, dataIndex: "planned", align: "right", render: (v: number) => num(v) },
          { title: `最新填报值（${unit}）`, dataIndex: "latest", align: "right", render: (v: number | null) => num(v) },
          { title: "填报期", dataIndex: "latestPeriod", render: (v: string | null) => v ?? <Tag>未填报</Tag> },
          { title: "完成率", dataIndex: "ratio", align: "right", render: (v: number | null) => <span data-ratio>{pct(v)}</span> },
          {
            title: "指标原文",
            key: "targets",
            render: (_: unknown, r: BenchmarkRow) => (
              <Typography.Text type="secondary">
                {r.targets.map((t, i) => (
                  <div key={i}>{t.metric} {t.plan}（{t.task}）</div>
                ))}
              </Typography.Text>
            ),
          },
        ]}
      />
    </Card>
  );
}

/** Horizontal bars of completion, best on top; the planned and latest values in the tooltip. */
function chartOption(s: BenchmarkSection) {
  const rows = [...s.rows].reverse();
  return {
    grid: { left: 8, right: 48, top: 8, bottom: 8, containLabel: true },
    tooltip: {
      trigger: "axis",
      axisPointer: { type: "shadow" },
      formatter: (p: { dataIndex: number }[]) => {
        // The tooltip is HTML: the bureau's name and the unit (typed text) are escaped.
        const r = rows[p[0]!.dataIndex]!;
        const unit = escapeHtml(unitLabel(s.unit));
        return `${escapeHtml(r.orgName)}<br/>计划 ${num(r.planned)} ${unit}<br/>最新 ${num(r.latest)} ${unit}<br/>完成率 ${pct(r.ratio)}`;
      },
    },
    xAxis: { type: "value", axisLabel: { formatter: (v: number) => `${v}%` } },
    yAxis: { type: "category", data: rows.map((r) => `${r.rank}. ${r.orgName}`) },
    series: [
      {
        name: "完成率",
        type: "bar",
        data: rows.map((r) => (r.ratio === null ? 0 : Math.round(r.ratio * 1000) / 10)),
        label: { show: true, position: "right", formatter: (p: { dataIndex: number }) => pct(rows[p.dataIndex]!.ratio) },
        itemStyle: { color: "#1677ff" },
        barMaxWidth: 24,
      },
    ],
  };
}
