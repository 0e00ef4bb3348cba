// 我的任务: the published tasks where the user's unit leads, assists or liaises, or the user is the leader.
// A table on a desk; on a phone one card per task (title, then plan, role, lead unit, next milestone).
// Paged on the server (issue 12: the busiest clerk has hundreds): each page, tab (我的职责, with its count),
// plan filter, search and sort is a request; another filter or sort goes back to page 1.
// The rows carry the milestones' summary; their list comes when the cell's tooltip opens (hover, or a tap).
import { usePageOf } from "../../lib/pageOf.js";
import { useQuery } from "@tanstack/react-query";
import { Empty, Input, List, Space, Table, Tabs, Tag, Typography } from "antd";
import { useState } from "react";
import { Link } from "react-router-dom";
import { api } from "../../api/client.js";
import type { MyRole, MyTask, MyTaskListQuery } from "../../api/types.js";
import { usePhone } from "../../hooks/usePhone.js";
import { MY_ROLE_LABELS } from "../../lib/labels.js";
import { MY_ROLES } from "../../../shared/plans.js";
import { MilestoneSummaryCell, UnitNames, joinNames } from "./taskParts.js";
import { LightTag } from "./LightTag.js";
import { SignoffCell } from "./SignoffCell.js";

const ROLE_COLORS = { lead: "blue", co: "cyan", liaison: "geekblue", leader: "purple" } as const;
const EMPTY = <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="暂无任务：工作方案发布后，本单位牵头、协办的任务和您负责的任务会显示在这里。" />;
const NONE_FOUND = <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="没有符合筛选条件的任务" />;

const roleTags = (roles: MyTask["myRoles"]) => roles.map((role) => <Tag key={role} color={ROLE_COLORS[role]}>{MY_ROLE_LABELS[role]}</Tag>);

type Filters = Pick<MyTaskListQuery, "role" | "planId" | "q" | "sort">;

/** A tab's count, as a badge (plain digits: antd's Badge animates them one by one). */
const TabCount = ({ n }: { n: number }) => (
  <span style={{ display: "inline-block", minWidth: 20, padding: "0 6px", borderRadius: 10, fontSize: 12, lineHeight: "18px", textAlign: "center", background: n ? "#e6f4ff" : "#f5f5f5", color: n ? "#1677ff" : "#8c8c8c" }}>{n}</span>
);

/** `filters`: the 我的任务 screen's tabs, search, plan filter and sort (the 工作台's card shows pages only). */
export function MyTasksTable({ pageSize = 10, filters: withFilters = false }: { pageSize?: number; filters?: boolean }) {
  const phone = usePhone();
  const [filters, setFilters] = useState<Filters>({});
  // (another filter, tab, search or sort: back to the first page)
  const [current, setPage] = usePageOf(JSON.stringify(filters));
  const mine = useQuery({
    queryKey: ["tasks", "mine", filters, current, pageSize],
    queryFn: () => api.tasks.mine({ ...filters, page: current, pageSize }),
    placeholderData: (previous) => previous,
  });
  const items = mine.data?.items ?? [];
  const total = mine.data?.total ?? 0;
  const counts = mine.data?.counts;
  const filtered = !!(filters.role || filters.planId || filters.q);
  const set = (next: Filters) => setFilters(Object.fromEntries(Object.entries({ ...filters, ...next }).filter(([, v]) => v !== undefined && v !== "")) as Filters);
  const pagination = {
    current, pageSize, total, size: "small" as const, showSizeChanger: false, hideOnSinglePage: true,
    showTotal: (n: number) => `共 ${n} 项`, onChange: setPage,
  };
  // A tab for each role the caller has tasks in (the chosen one stays, even when a search leaves it empty).
  const tabs = withFilters && counts ? (
    <Tabs
      size="small"
      activeKey={filters.role ?? "all"}
      onChange={(key) => set({ role: key === "all" ? undefined : (key as MyRole) })}
      items={[
        { key: "all", label: <span>全部 <TabCount n={counts.all} /></span> },
        ...MY_ROLES.filter((role) => counts[role] > 0 || role === filters.role || filters.q || filters.planId).map((role) => ({
          key: role,
          label: <span>{MY_ROLE_LABELS[role]} <TabCount n={counts[role]} /></span>,
        })),
      ]}
    />
  ) : null;
  const search = withFilters ? (
    <Input.Search
      allowClear size={phone ? "middle" : "small"} placeholder="搜索序号或任务名称" aria-label="搜索我的任务" maxLength={100}
      style={{ width: phone ? "100%" : 240 }}
      onSearch={(value) => set({ q: value.trim() || undefined })}
    />
  ) : null;
  const toolbar = withFilters ? (
    <div data-testid="my-tasks-filters" style={phone ? { marginBottom: 8 } : { display: "flex", alignItems: "center", justifyContent: "space-between", gap: 12, flexWrap: "wrap" }}>
      {tabs}
      {search}
    </div>
  ) : null;
  const empty = filtered ? NONE_FOUND : EMPTY;
  if (phone) {
    return (
      <>
        {toolbar}
        <List<MyTask>
          size="small"
          rowKey="id"
          loading={mine.isPending || (mine.isFetching && mine.isPlaceholderData)}
          dataSource={items}
          pagination={total > pageSize ? { ...pagination, showTotal: undefined, simple: true, align: "center" } : false}
          locale={{ emptyText: empty }}
          data-testid="my-tasks-cards"
          renderItem={(task) => (
            <List.Item style={{ display: "block", padding: "10px 0" }}>
              <Link to={`/tasks/${task.id}`} style={{ display: "block", fontSize: 15 }}>
                {task.no} {task.title}
              </Link>
              <Typography.Text type="secondary" style={{ display: "block", fontSize: 12 }} ellipsis>
                《{task.planTitle}》
              </Typography.Text>
              <Space size={[6, 4]} wrap style={{ marginTop: 4 }}>
                <LightTag light={task.light} reason={task.lightReason} />
                {roleTags(task.myRoles)}
                <span>
                  <Typography.Text type="secondary">牵头单位 </Typography.Text>
                  <UnitNames units={task.lead} />
                </span>
                {task.leaders.length ? <Typography.Text type="secondary">责任领导 {joinNames(task.leaders)}</Typography.Text> : null}
                <MilestoneSummaryCell taskId={task.id} summary={task.milestoneSummary} />
              </Space>
            </List.Item>
          )}
        />
      </>
    );
  }
  return (
    <>
      {toolbar}
      <Table<MyTask>
        size="small"
        rowKey="id"
        aria-label="我的任务"
        loading={mine.isPending || (mine.isFetching && mine.isPlaceholderData)}
        dataSource={items}
        pagination={pagination}
        locale={{ emptyText: empty }}
        onChange={(_pagination, tableFilters, _sorter, extra) => {
          // Paging is the pagination's own onChange; here only the plan filter and the sort.
          if (extra.action === "filter") set({ planId: (tableFilters.planTitle?.[0] as number | undefined) ?? undefined });
          if (extra.action === "sort") set({ sort: filters.sort === "-plan" ? undefined : "-plan" });
        }}
        columns={[
          { title: "督办", dataIndex: "light", width: 76, render: (_v, task) => <LightTag light={task.light} reason={task.lightReason} /> },
          {
            title: "工作方案", dataIndex: "planTitle", key: "planTitle", width: 200, ellipsis: true,
            ...(withFilters
              ? {
                  filters: (mine.data?.plans ?? []).map((p) => ({ text: `${p.title}（${p.count}）`, value: p.id })),
                  filterMultiple: false,
                  filteredValue: filters.planId ? [filters.planId] : null,
                  sorter: true,
                  sortDirections: ["descend" as const],
                  sortOrder: filters.sort === "-plan" ? ("descend" as const) : null,
                  showSorterTooltip: { title: "新方案在前" },
                }
              : {}),
          },
          { title: "序号", dataIndex: "no", width: 60 },
          {
            title: "任务",
            dataIndex: "title",
            render: (title: string, task) => <Link to={`/tasks/${task.id}`}>{title}</Link>,
          },
          {
            title: "我的职责",
            dataIndex: "myRoles",
            width: 130,
            render: (roles: MyTask["myRoles"]) => roleTags(roles),
          },
          { title: "牵头", dataIndex: "lead", width: 150, render: (_value, task) => <UnitNames units={task.lead} /> },
          { title: "责任领导", dataIndex: "leaders", width: 90, render: (_value, task) => <Typography.Text>{joinNames(task.leaders)}</Typography.Text> },
          { title: "时间节点", dataIndex: "milestoneSummary", width: 140, render: (_value, task) => <MilestoneSummaryCell taskId={task.id} summary={task.milestoneSummary} /> },
          { title: "签收", dataIndex: "unsigned", width: 96, render: (_value, task) => <SignoffCell task={task} /> },
        ]}
      />
    </>
  );
}
