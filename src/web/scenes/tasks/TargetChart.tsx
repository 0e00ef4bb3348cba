// A target's values by reporting period (one line per reporting unit, the lead unit first) with
// the goal as a mark line. ECharts through its modular entry points only, and this module is
// loaded lazily by the task page, so the chart library stays out of the first-load bundle.
import { LineChart } from "echarts/charts";
import { GridComponent, MarkLineComponent, TooltipComponent } from "echarts/components";
import * as echarts from "echarts/core";
import { CanvasRenderer } from "echarts/renderers";
import { useEffect, useMemo, useRef } from "react";
import type { Target } from "../../api/types.js";
import { goalText, periodShort, periodText } from "./progressParts.js";

echarts.use([LineChart, GridComponent, TooltipComponent, MarkLineComponent, CanvasRenderer]);

const LINE_COLORS = ["#1677ff", "#8c8c8c", "#13c2c2", "#722ed1", "#fa8c16"];

export interface TargetChartProps {
  target: Target;
  /** unit id → name, lead units first (their lines come first and are drawn strongest). */
  units: { id: number; name: string }[];
  height?: number;
}

export default function TargetChart({ target, units, height = 150 }: TargetChartProps) {
  const box = useRef<HTMLDivElement>(null);
  const model = useMemo(() => chartModel(target, units), [target, units]);

  useEffect(() => {
    const element = box.current;
    if (!element) return;
    const chart = echarts.init(element, undefined, { renderer: "canvas" });
    chart.setOption(optionOf(target, model));
    const observer = new ResizeObserver(() => chart.resize());
    observer.observe(element);
    return () => {
      observer.disconnect();
      chart.dispose();
    };
  }, [target, model]);

  return <div ref={box} role="img" aria-label={model.description} data-testid="target-chart" style={{ width: "100%", height }} />;
}

interface Model {
  periods: string[];
  series: { name: string; values: (number | null)[] }[];
  min: number;
  max: number;
  description: string;
}

function chartModel(target: Target, units: { id: number; name: string }[]): Model {
  const points = target.points ?? [];
  const periods = [...new Set(points.map((p) => p.period))].sort();
  const order = new Map(units.map((u, i) => [u.id, i]));
  const unitIds = [...new Set(points.map((p) => p.unitId))].sort((a, b) => (order.get(a) ?? 99) - (order.get(b) ?? 99));
  const series = unitIds.map((unitId) => ({
    name: units.find((u) => u.id === unitId)?.name ?? "报送单位",
    values: periods.map((period) => points.filter((p) => p.unitId === unitId && p.period === period).at(-1)?.value ?? null),
  }));
  const all = [...points.map((p) => p.value), target.value];
  let lo = Math.min(...all);
  let hi = Math.max(...all);
  const pad = hi > lo ? (hi - lo) * 0.25 : Math.max(1, Math.abs(hi) * 0.1);
  lo = lo >= 0 ? Math.max(0, Math.floor(lo - pad)) : Math.floor(lo - pad);
  hi = Math.ceil(hi + pad);
  if (target.unit === "%" && Math.max(...all) <= 100) hi = Math.min(hi, 100);
  const lead = series[0];
  const description = `${target.metric || "指标"}（目标 ${goalText(target)}）各期数值：${
    lead ? periods.map((p, i) => `${periodText(p)} ${lead.values[i] ?? "—"}${lead.values[i] == null ? "" : target.unit}`).join("，") : "暂无"
  }`;
  return { periods, series, min: lo, max: hi, description };
}

function optionOf(target: Target, model: Model): echarts.EChartsCoreOption {
  const withYear = new Set(model.periods.map((p) => p.slice(0, 4))).size > 1;
  const unit = target.unit;
  return {
    animationDuration: 300,
    grid: { left: 8, right: 16, top: 20, bottom: 4, containLabel: true },
    tooltip: {
      trigger: "axis",
      confine: true,
      valueFormatter: (v: unknown) => (v == null || v === "-" ? "—" : `${v}${unit}`),
    },
    xAxis: {
      type: "category",
      boundaryGap: model.periods.length === 1,
      data: model.periods.map((p) => periodShort(p, withYear)),
      axisLabel: { fontSize: 11 },
    },
    yAxis: { type: "value", min: model.min, max: model.max, splitNumber: 3, axisLabel: { fontSize: 11, formatter: `{value}${unit.length <= 2 ? unit : ""}` } },
    series: model.series.map((s, i) => ({
      type: "line",
      name: s.name,
      data: s.values,
      connectNulls: true,
      symbolSize: i === 0 ? 7 : 5,
      lineStyle: { width: i === 0 ? 2 : 1, type: i === 0 ? "solid" : "dashed" },
      itemStyle: { color: LINE_COLORS[i % LINE_COLORS.length] },
      label: i === 0 ? { show: model.periods.length <= 6, position: "top", fontSize: 11, formatter: `{c}` } : undefined,
      markLine:
        i === 0
          ? {
              silent: true,
              symbol: "none",
              lineStyle: { color: "#52c41a", type: "dashed", width: 1.5 },
              label: { position: "insideEndTop", formatter: `目标 ${goalText(target)}`, fontSize: 11, color: "#389e0d" },
              data: [{ yAxis: target.value }],
            }
          : undefined,
    })),
  };
}
