// 工作台统计: the bureau overview with plan / year / round filters, figure cards, two charts and
// the tables behind them. Every figure links to the list it counts.
import { useQuery } from "@tanstack/react-query";
import { Card, Col, Empty, Row, Select, Space, Spin, Statistic, Typography } from "antd";
import { Suspense, lazy, useMemo, useState, type ReactNode } from "react";
import { Link, useNavigate } from "react-router-dom";
import { dashboardApi } from "../../api/dashboard.js";
import type { Id } from "../../api/types.js";
import { FigureTablesRow } from "./FigureTables.js";
import { STATUS_CHART_COLOR, STATUS_LABEL, STATUS_ORDER, findingsLink, ledgerLink, periodLabel } from "./figures.js";
import { ProgressBoard } from "./ProgressBoard.js";

const EChart = lazy(() => import("./EChart.js"));

/** "all": every plan of the year; undefined: not chosen yet (the latest plan). */
type PlanChoice = Id | "all" | undefined;

export function BureauOverview({ showBoard }: { showBoard: boolean }) {
  const navigate = useNavigate();
  const [plan, setPlan] = useState<PlanChoice>();
  const [year, setYear] = useState<number | undefined>();
  const [period, setPeriod] = useState<string | undefined>();
  const first = useQuery({ queryKey: ["dashboard", "options"], queryFn: () => dashboardApi.overview({}), staleTime: 60_000 });
  const plans = first.data?.options.plans ?? [];
  const planId: Id | null = plan === "all" ? null : plan ?? (year ? null : plans[0]?.id ?? null);
  const filters = { planId: planId ?? undefined, year: planId ? undefined : year, period };
  const figures = useQuery({
    queryKey: ["dashboard", filters],
    queryFn: () => dashboardApi.overview(filters),
    enabled: first.isSuccess,
    placeholderData: (previous) => previous,
  });
  const d = figures.data;
  const years = first.data?.options.years ?? [];
  const latestRound = d?.rounds.filter((r) => r.onTimeRate !== null).at(-1) ?? d?.rounds.at(-1);

  const sectionChart = useMemo(() => {
    if (!d) return null;
    const sections = d.tasks.bySection;
    const used = STATUS_ORDER.filter((s) => sections.some((x) => x.counts[s]));
    return {
      tooltip: { trigger: "axis", axisPointer: { type: "shadow" } },
      legend: { top: 0, type: "scroll" },
      grid: { left: 8, right: 8, bottom: 8, top: 32, containLabel: true },
      xAxis: { type: "category", data: sections.map((s) => s.section ?? "—"), axisLabel: { interval: 0 } },
      yAxis: { type: "value", minInterval: 1 },
      series: used.map((status) => ({
        id: status, name: STATUS_LABEL[status], type: "bar", stack: "tasks", barMaxWidth: 36,
        itemStyle: { color: STATUS_CHART_COLOR[status] }, data: sections.map((s) => s.counts[status] ?? 0),
      })),
    };
  }, [d]);

  const trendChart = useMemo(() => {
    if (!d) return null;
    const used = STATUS_ORDER.filter((s) => d.trend.some((p) => p.statuses[s]));
    return {
      tooltip: { trigger: "axis" },
      legend: { top: 0, type: "scroll" },
      grid: { left: 8, right: 8, bottom: 8, top: 32, containLabel: true },
      xAxis: { type: "category", data: d.trend.map((p) => periodLabel(p.period).replace(/^\d+年/, "")) },
      yAxis: [{ type: "value", name: "任务", minInterval: 1 }, { type: "value", name: "按时率%", min: 0, max: 100 }],
      series: [
        ...used.map((status) => ({
          name: STATUS_LABEL[status], type: "bar", stack: "status", barMaxWidth: 28,
          itemStyle: { color: STATUS_CHART_COLOR[status] }, data: d.trend.map((p) => p.statuses[status] ?? 0),
        })),
        { name: "按时报送率", type: "line", yAxisIndex: 1, smooth: true, itemStyle: { color: "#722ed1" }, data: d.trend.map((p) => p.onTimeRate) },
      ],
    };
  }, [d]);

  const statusOf = (section: number, seriesId?: string) => {
    const s = d?.tasks.bySection[section];
    if (s && seriesId) navigate(ledgerLink(s.planId, { section: s.section, status: seriesId }));
  };

  return (
    <>
      <Col span={24}>
        <Card variant="borderless" size="small" title="工作台统计" loading={first.isPending}>
          <Space wrap style={{ marginBottom: 12, width: "100%" }}>
            <Select
              aria-label="统计方案" style={{ width: 300, maxWidth: "calc(100vw - 72px)" }} value={planId ?? "all"}
              onChange={(v) => { setPlan(v as PlanChoice); setPeriod(undefined); }}
              options={[{ value: "all", label: "本年度全部方案" }, ...plans.map((p) => ({ value: p.id, label: p.title, title: p.title }))]}
            />
            <Select
              aria-label="统计年度" allowClear placeholder="年度" style={{ width: 110 }} value={planId ? undefined : year ?? d?.filters.year ?? undefined} disabled={!!planId}
              onChange={(v) => { setYear(v); setPeriod(undefined); }} options={years.map((y) => ({ value: y, label: `${y}年` }))}
            />
            <Select
              aria-label="统计调度" allowClear placeholder="截至最新一期" style={{ width: 160 }} value={period}
              onChange={setPeriod} options={(d?.options.periods ?? []).map((p) => ({ value: p, label: `截至${periodLabel(p)}` }))}
            />
          </Space>
          {d && !d.tasks.total && !d.findings.total ? (
            <Empty description={<span>还没有已发布的工作方案。<Link to="/plans">去导入工作方案</Link></span>} />
          ) : d ? (
            <Row gutter={[12, 12]}>
              <Figure title="台账任务" value={d.tasks.total} suffix="项" to={ledgerLink(planId, {})} id="tasks" />
              <Figure
                title={latestRound ? `${periodLabel(latestRound.period)}按时报送率` : "按时报送率"}
                value={latestRound?.onTimeRate ?? "—"} suffix={latestRound?.onTimeRate != null ? "%" : undefined}
                to={latestRound ? `/rounds/${latestRound.id}` : "/rounds"} id="on-time"
              />
              <Figure
                title="本期逾期未报" value={latestRound?.late ?? 0} suffix="份" danger={!!latestRound?.late}
                to={latestRound ? `/rounds/${latestRound.id}?late=1` : "/rounds"} id="late"
              />
              <Figure title="任务滞后" value={d.tasks.byStatus.behind ?? 0} suffix="项" danger={!!d.tasks.byStatus.behind} to={ledgerLink(planId, { status: "behind" })} id="behind" />
              <Figure title="指标已达标" value={d.targets.met} suffix={`/ ${d.targets.total}`} to={ledgerLink(planId, { target: "met" })} id="targets-met" />
              <Figure title="指标正常推进" value={d.targets.on_track} to={ledgerLink(planId, { target: "on_track" })} id="targets-on-track" />
              <Figure title="指标滞后" value={d.targets.behind} danger={!!d.targets.behind} to={ledgerLink(planId, { target: "behind" })} id="targets-behind" />
              <Figure
                title="时间节点逾期" value={d.milestones.overdue} suffix={`个 · ${d.milestones.overdueTasks}项任务`}
                danger={!!d.milestones.overdue} to={ledgerLink(planId, { overdue: true })} id="milestones-overdue"
              />
              <Figure title="督导问题未销号" value={d.findings.open} suffix="个" to={findingsLink({ open: true, year: d.filters.year })} id="findings-open" />
              <Figure title="督导问题逾期" value={d.findings.overdue} suffix="个" danger={!!d.findings.overdue} to={findingsLink({ overdue: true, year: d.filters.year })} id="findings-overdue" />
            </Row>
          ) : (
            <Spin />
          )}
        </Card>
      </Col>
      {d && d.tasks.total ? (
        <>
          <Col xs={24} lg={12}>
            <Card variant="borderless" size="small" title="各篇目任务状态">
              <Chart option={sectionChart} label="各篇目任务状态柱状图" testId="chart-sections" onClick={(p) => statusOf(p.dataIndex, p.seriesId)} />
            </Card>
          </Col>
          <Col xs={24} lg={12}>
            <Card variant="borderless" size="small" title="年度趋势（各期推进状态与按时报送率）">
              <Chart option={trendChart} label="年度趋势图" testId="chart-trend" />
            </Card>
          </Col>
          <FigureTablesRow data={d} planId={planId} />
        </>
      ) : null}
      {showBoard ? <ProgressBoard filters={filters} /> : null}
    </>
  );
}

function Chart({ option, label, testId, onClick }: { option: object | null; label: string; testId: string; onClick?: (p: { dataIndex: number; seriesId?: string }) => void }) {
  if (!option) return null;
  return (
    <Suspense fallback={<Spin style={{ display: "block", margin: "100px auto" }} />}>
      <EChart option={option as never} label={label} testId={testId} onClick={onClick} />
    </Suspense>
  );
}

function Figure({ title, value, suffix, to, id, danger }: { title: ReactNode; value: number | string; suffix?: string; to: string; id: string; danger?: boolean }) {
  return (
    <Col xs={12} sm={8} md={6} xl={4}>
      <Link to={to} data-figure={id} style={{ display: "block" }}>
        <Statistic
          title={<Typography.Text type="secondary" ellipsis>{title}</Typography.Text>}
          value={value} suffix={suffix} valueStyle={danger ? { color: "#cf1322" } : undefined}
        />
      </Link>
    </Col>
  );
}
