// 进展调度: each task's latest lead-unit report — its text's first words once sent (the rest on demand), state, on time or not —
// for the leader (their own tasks) and the director (every task, or their own).
import { usePageOf } from "../../lib/pageOf.js";
import { useQuery } from "@tanstack/react-query";
import { Card, Col, Segmented, Space, Table, Tag, Typography } from "antd";
import { useState } from "react";
import { Link } from "react-router-dom";
import { dashboardApi, type BoardItem, type BoardQuery, type DashboardFilters } from "../../api/dashboard.js";
import { REPORT_STATUSES } from "../../../shared/reports.js";
import { hasRole, useSignedInSession } from "../../hooks/session.js";
import { ReportStateTag } from "../reports/reportLabels.js";
import { STATUS_CHART_COLOR, periodLabel } from "./figures.js";
import { LightTag } from "../tasks/LightTag.js";
import { LazyTooltip } from "../../components/LazyTooltip.js";

/** 最新进展: the text's first words; when it goes on, the whole text in a tooltip loaded when it opens (hover, tap). */
function ReportExcerpt({ report }: { report: BoardItem["report"] }) {
  if (!report?.excerpt) return <Typography.Text type="secondary">{report ? "单位尚未报送" : "—"}</Typography.Text>;
  if (!report.more) {
    return <Typography.Paragraph style={{ margin: 0 }} ellipsis={{ rows: 2, tooltip: report.excerpt }}>{report.excerpt}</Typography.Paragraph>;
  }
  return (
    <LazyTooltip
      queryKey={["dashboard", "progress-text", report.id]}
      load={() => dashboardApi.progressText(report.id)}
      render={(r) => <div style={{ whiteSpace: "pre-wrap", maxHeight: 320, overflowY: "auto" }}>{r.text ?? "单位尚未报送"}</div>}
      testId="progress-text"
      maxWidth={480}
    >
      <Typography.Paragraph style={{ margin: 0, cursor: "pointer" }} ellipsis={{ rows: 2 }} data-testid="progress-excerpt">
        {report.excerpt}…
      </Typography.Paragraph>
    </LazyTooltip>
  );
}

const PAGE_SIZE = 15;

export function ProgressBoard({ filters }: { filters: DashboardFilters }) {
  const session = useSignedInSession();
  const overseer = ["office", "admin", "director", "viewer"].some((r) => hasRole(session, r as never));
  const [mine, setMine] = useState(!overseer);
  // Paged and filtered on the server (issue 12): a province's board is a thousand rows, the table shows 15.
  const [columnFilters, setColumnFilters] = useState<Pick<BoardQuery, "status" | "onTime">>({});
  // (another filter, tab, search or sort: back to the first page)
  const [current, setPage] = usePageOf(JSON.stringify([filters, mine, columnFilters]));
  const board = useQuery({
    queryKey: ["dashboard", "progress", filters, mine, columnFilters, current],
    queryFn: () => dashboardApi.progress({ ...filters, mine, ...columnFilters, page: current, pageSize: PAGE_SIZE }),
    placeholderData: (previous) => previous,
  });
  const items = board.data?.items ?? [];
  const total = board.data?.total ?? 0;
  return (
    <Col span={24}>
      <Card
        variant="borderless" size="small" title="进展调度" loading={board.isPending}
        extra={overseer && hasRole(session, "leader" as never) ? (
          <Segmented size="small" value={mine ? "mine" : "all"} onChange={(v) => setMine(v === "mine")} options={[{ value: "mine", label: "我负责的" }, { value: "all", label: "全部任务" }]} />
        ) : overseer ? null : <Typography.Text type="secondary">本人负责的任务</Typography.Text>}
      >
        <div data-testid="progress-board">
          <Table<BoardItem>
            size="small" rowKey="taskId" dataSource={items} scroll={{ x: 880 }} aria-label="进展调度"
            loading={board.isFetching && board.isPlaceholderData}
            pagination={{
              current, pageSize: PAGE_SIZE, total, size: "small", showSizeChanger: false, hideOnSinglePage: true,
              showTotal: (n) => `共 ${n} 项`,
            }}
            onChange={(pagination, tableFilters) => {
              const next = {
                status: (tableFilters.status as string[] | null) ?? undefined,
                onTime: (tableFilters.onTime as BoardQuery["onTime"] | null) ?? undefined,
              };
              if (JSON.stringify(next) !== JSON.stringify(columnFilters)) setColumnFilters(next);
              else setPage(pagination.current ?? 1);
            }}
            locale={{ emptyText: columnFilters.status?.length || columnFilters.onTime?.length ? "没有符合筛选条件的任务" : mine ? "没有本人负责的任务" : "没有任务" }}
            columns={[
              { key: "light", title: "督办", width: 76, render: (_v, t) => <LightTag light={t.light} reason={t.lightReason} /> },
              { key: "task", title: "任务", width: 220, render: (_v, t) => <Link to={`/tasks/${t.taskId}`}>{t.no ? `${t.no}. ` : ""}{t.title}</Link> },
              { key: "lead", title: "牵头单位", dataIndex: "leadUnit", width: 110, ellipsis: true },
              { key: "period", title: "最新一期", width: 100, render: (_v, t) => (t.report ? periodLabel(t.report.period).replace(/^\d+年/, "") : "—") },
              {
                key: "state", title: "报告", width: 90,
                render: (_v, t) => (t.report ? <ReportStateTag state={t.report.state} /> : <Tag>未开始调度</Tag>),
              },
              {
                key: "status", title: "推进状态", width: 90,
                filters: [...Object.entries(REPORT_STATUSES).map(([value, text]) => ({ value, text })), { value: "none", text: "未报送" }],
                filteredValue: columnFilters.status ?? null,
                render: (_v, t) => (t.report?.statusLabel ? <Tag color={STATUS_CHART_COLOR[t.report.status ?? ""]} style={{ color: "#fff" }}>{t.report.statusLabel}</Tag> : "—"),
              },
              {
                key: "onTime", title: "按时", width: 72,
                filters: [{ value: "on_time", text: "按时" }, { value: "late", text: "逾期" }, { value: "not_due", text: "未到期" }],
                filteredValue: columnFilters.onTime ?? null,
                render: (_v, t) => (t.report?.onTime === true ? <Tag color="green">按时</Tag> : t.report?.onTime === false ? <Tag color="red">逾期</Tag> : t.report ? <Tag>未到期</Tag> : "—"),
              },
              {
                key: "text", title: "最新进展",
                render: (_v, t) => <ReportExcerpt report={t.report} />,
              },
              {
                key: "open", title: "", width: 80, fixed: "right",
                render: (_v, t) => (t.report ? <Space><Link to={`/reports/${t.report.id}`}>查看报告</Link></Space> : null),
              },
            ]}
          />
        </div>
      </Card>
    </Col>
  );
}
