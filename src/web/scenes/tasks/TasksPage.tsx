// 任务台账: one plan's tasks with filters, a column chooser, XLSX export and re-import of an
// edited copy (differences shown first, then applied all at once).
import { DownloadOutlined, SettingOutlined } from "@ant-design/icons";
import { useQuery } from "@tanstack/react-query";
import { Alert, Button, Card, Checkbox, Dropdown, Empty, Input, Select, Space, Table, Tag, Typography } from "antd";
import type { ColumnsType } from "antd/es/table/index.js";
import { useEffect, useMemo, useRef, useState } from "react";
import { Link, useLocation, useNavigate, useSearchParams } from "react-router-dom";
import { api } from "../../api/client.js";
import type { Id, LedgerTask, Plan, TaskFilters } from "../../api/types.js";
import { LightTag } from "./LightTag.js";
import { SignoffCell } from "./SignoffCell.js";
import { LedgerImport } from "./LedgerImport.js";
import { useSignedInSession } from "../../hooks/session.js";
import { DivisionDownload } from "./DivisionDownload.js";
import { PLAN_STATUS_LABELS, canWritePlans } from "../../lib/labels.js";
import { TASK_STATUS_OPTIONS, TargetsCell, TaskStatusTag } from "./progressParts.js";
import { MilestoneCell, UnitNames, joinNames } from "./taskParts.js";
import { TARGET_FILTER_OPTIONS, filtersFromSearch } from "./urlFilters.js";

const PLAN_STORAGE = "duban.ledger.plan";
const COLUMN_STORAGE = "duban.ledger.columns";
const STATUS_ORDER: Record<Plan["status"], number> = { published: 0, draft: 1, archived: 2 };

const COLUMN_CHOICES = [
  { key: "no", label: "序号" },
  { key: "light", label: "督办" },
  { key: "section", label: "篇目" },
  { key: "title", label: "任务" },
  { key: "lead", label: "牵头" },
  { key: "co", label: "协办" },
  { key: "liaison", label: "联络" },
  { key: "leaders", label: "责任领导" },
  { key: "targets", label: "指标" },
  { key: "milestones", label: "时间节点" },
  { key: "status", label: "状态" },
  { key: "signoff", label: "签收" },
] as const;
type ColumnKey = (typeof COLUMN_CHOICES)[number]["key"];
const DEFAULT_COLUMNS: ColumnKey[] = ["no", "light", "title", "lead", "co", "liaison", "leaders", "targets", "milestones", "status", "signoff"];

function readStored<T>(key: string, fallback: T): T {
  try {
    const raw = localStorage.getItem(key);
    return raw ? (JSON.parse(raw) as T) : fallback;
  } catch {
    return fallback;
  }
}

export default function TasksPage() {
  const session = useSignedInSession();
  const canWrite = canWritePlans(session.user.roles);
  const navigate = useNavigate();
  const location = useLocation();
  const [search, setSearch] = useSearchParams();
  const plans = useQuery({ queryKey: ["plans"], queryFn: async () => (await api.plans.list()).items, staleTime: 0 });
  const sortedPlans = useMemo(
    () => [...(plans.data ?? [])].filter((p) => canWrite || p.status !== "draft").sort((a, b) => STATUS_ORDER[a.status] - STATUS_ORDER[b.status] || (b.year ?? 0) - (a.year ?? 0) || b.id - a.id),
    [plans.data, canWrite],
  );

  const fromUrl = Number(search.get("plan")) || null;
  const remembered = readStored<Id | null>(PLAN_STORAGE, null);
  const planId =
    [fromUrl, remembered].find((id) => id && sortedPlans.some((p) => p.id === id)) ?? sortedPlans[0]?.id ?? null;
  const plan = sortedPlans.find((p) => p.id === planId) ?? null;

  useEffect(() => {
    if (planId) localStorage.setItem(PLAN_STORAGE, JSON.stringify(planId));
  }, [planId]);

  // A link may carry filters (from the dashboard); choosing another plan clears them.
  const [filters, setFilters] = useState<TaskFilters>(() => filtersFromSearch(search));
  const [query, setQuery] = useState("");
  const shownPlan = useRef<Id | null>(fromUrl);
  useEffect(() => {
    if (planId === null || planId === shownPlan.current) return;
    shownPlan.current = planId;
    setFilters({});
    setQuery("");
  }, [planId]);
  const [columns, setColumns] = useState<ColumnKey[]>(() => readStored(COLUMN_STORAGE, DEFAULT_COLUMNS));
  const chooseColumns = (next: ColumnKey[]) => {
    setColumns(next);
    localStorage.setItem(COLUMN_STORAGE, JSON.stringify(next));
  };

  const allTasks = useQuery({
    // Its own key under the plan's tasks: the review screen caches the full tasks at ["plan", id, "tasks"].
    queryKey: ["plan", planId, "tasks", "ledger"],
    queryFn: async () => (await api.plans.ledger(planId!)).items,
    enabled: planId !== null,
  });
  const filtered = Object.values(filters).some((v) => v !== undefined && v !== "");
  const filteredTasks = useQuery({
    queryKey: ["plan", planId, "tasks", "ledger", filters],
    queryFn: async () => (await api.plans.ledger(planId!, filters)).items,
    enabled: planId !== null && filtered,
    placeholderData: (previous) => previous,
  });
  const rows = filtered ? filteredTasks.data : allTasks.data;
  const units = useQuery({ queryKey: ["units", session.user.orgId], queryFn: async () => (await api.units.list()).items });

  const options = useMemo(() => {
    const tasks = allTasks.data ?? [];
    const sections = new Map<string, string>();
    for (const s of plan?.sections ?? []) sections.set(s.no, s.title);
    for (const t of tasks) if (t.section && !sections.has(t.section)) sections.set(t.section, t.sectionTitle ?? "");
    const unitNames = new Map<Id, string>();
    const directory = new Map((units.data ?? []).map((u) => [u.id, u.name]));
    for (const t of tasks) for (const u of [...t.lead, ...t.co, ...t.liaison]) if (u.unitId) unitNames.set(u.unitId, directory.get(u.unitId) ?? u.name);
    const leaders = [...new Set(tasks.flatMap((t) => t.leaders.map((l) => l.name)))];
    return {
      sections: [...sections].map(([no, title]) => ({ value: no, label: `${no}、${title}`.replace(/^([（(].*[)）])、/, "$1") })),
      units: [...unitNames].map(([value, label]) => ({ value, label })).sort((a, b) => a.label.localeCompare(b.label, "zh")),
      leaders: leaders.map((name) => ({ value: name, label: name })),
    };
  }, [allTasks.data, plan, units.data]);

  const published = (location.state as { published?: { title: string; createdUnits: string[] } } | null)?.published;

  const allColumns: Record<ColumnKey, ColumnsType<LedgerTask>[number]> = {
    no: { key: "no", title: "序号", dataIndex: "no", width: 60 },
    section: { key: "section", title: "篇目", dataIndex: "sectionTitle", width: 140, ellipsis: true, render: (_v, t) => (t.section ? `${t.section} ${t.sectionTitle ?? ""}` : "—") },
    title: { key: "title", title: "任务", dataIndex: "title", render: (title: string, t) => <Link to={`/tasks/${t.id}`}>{title}</Link> },
    lead: { key: "lead", title: "牵头", width: 150, render: (_v, t) => <UnitNames units={t.lead} /> },
    co: { key: "co", title: "协办", width: 150, render: (_v, t) => <UnitNames units={t.co} /> },
    liaison: { key: "liaison", title: "联络", width: 110, render: (_v, t) => <UnitNames units={t.liaison} /> },
    leaders: { key: "leaders", title: "责任领导", width: 90, render: (_v, t) => joinNames(t.leaders) },
    targets: { key: "targets", title: "指标", width: 96, render: (_v, t) => <TargetsCell task={t} /> },
    milestones: { key: "milestones", title: "时间节点", width: 150, render: (_v, t) => <MilestoneCell task={t} /> },
    status: { key: "status", title: "状态", width: 84, render: (_v, t) => <TaskStatusTag task={t} /> },
    light: { key: "light", title: "督办", width: 76, render: (_v, t) => <LightTag light={t.light} reason={t.lightReason} /> },
    signoff: { key: "signoff", title: "签收", width: 96, render: (_v, t) => <SignoffCell task={t} /> },
  };

  const selectPlan = (id: Id) => {
    setSearch({ plan: String(id) });
  };

  return (
    <Card
      variant="borderless"
      styles={{ body: { paddingTop: 12 } }}
      title={
        <Space>
          <span>任务台账</span>
          <Select
            aria-label="工作方案"
            style={{ width: 380 }}
            loading={plans.isPending}
            value={planId ?? undefined}
            placeholder="选择工作方案"
            onChange={selectPlan}
            options={sortedPlans.map((p) => ({
              value: p.id,
              label: (
                <span>
                  <Tag color={PLAN_STATUS_LABELS[p.status].color} style={{ marginInlineEnd: 4 }}>
                    {PLAN_STATUS_LABELS[p.status].label}
                  </Tag>
                  {p.title}
                </span>
              ),
              title: p.title,
            }))}
          />
        </Space>
      }
      extra={
        plan ? (
          <Space>
            <Button icon={<DownloadOutlined />} href={api.plans.exportUrl(plan.id)} download>
              导出Excel
            </Button>
            <DivisionDownload planId={plan.id} />
            {canWrite && plan.orgId === session.user.orgId && plan.status !== "archived" ? <LedgerImport plan={plan} /> : null}
          </Space>
        ) : null
      }
    >
      {published ? (
        <Alert
          type="success"
          showIcon
          closable
          style={{ marginBottom: 12 }}
          onClose={() => navigate(location.pathname + location.search, { replace: true, state: null })}
          message={`已发布，新建单位：${published.createdUnits.length ? published.createdUnits.join("、") : "无"}`}
          description={published.createdUnits.length ? "新建的单位已加入单位目录，可在“系统管理 → 单位”中补充别名或为其添加用户。" : undefined}
        />
      ) : null}
      {!plans.isPending && !sortedPlans.length ? (
        <Empty description={<span>还没有工作方案。{canWrite ? <Link to="/plans">去导入工作方案</Link> : null}</span>} />
      ) : null}
      {plan ? (
        <>
          {plan.status === "draft" ? (
            <Alert
              type="info"
              showIcon
              style={{ marginBottom: 12 }}
              message={<span>该方案还是草稿，发布后才进入各单位的“我的任务”。<Link to={`/plans/${plan.id}/review`}>去审核</Link></span>}
            />
          ) : null}
          <Space wrap style={{ marginBottom: 12 }}>
            {([
              ["section", "篇目", 200, options.sections],
              ["unitId", "单位", 170, options.units],
              ["leader", "责任领导", 120, options.leaders],
              ["status", "状态", 110, TASK_STATUS_OPTIONS],
              ["target", "指标", 130, TARGET_FILTER_OPTIONS],
            ] as const).map(([key, label, width, choices]) => (
              <Select<string | number>
                key={key}
                aria-label={label}
                allowClear
                showSearch={key === "unitId"}
                optionFilterProp="label"
                placeholder={label}
                style={{ width }}
                value={filters[key] as string | number | undefined}
                options={choices as { value: string | number; label: string }[]}
                onChange={(value) => setFilters((f) => ({ ...f, [key]: value }))}
              />
            ))}
            <Checkbox checked={filters.overdue === "1"} onChange={(e) => setFilters((f) => ({ ...f, overdue: e.target.checked ? "1" : undefined }))}>
              有逾期节点
            </Checkbox>
            <Input.Search
              aria-label="搜索任务"
              allowClear
              placeholder="搜索任务、措施"
              style={{ width: 200 }}
              value={query}
              onChange={(e) => {
                setQuery(e.target.value);
                if (!e.target.value) setFilters((f) => ({ ...f, q: undefined }));
              }}
              onSearch={(q) => setFilters((f) => ({ ...f, q: q.trim() || undefined }))}
            />
            <Dropdown
              trigger={["click"]}
              dropdownRender={() => (
                <div style={{ background: "#fff", padding: 8, borderRadius: 4, boxShadow: "0 6px 16px rgba(0,0,0,.12)" }}>
                  <Checkbox.Group
                    aria-label="显示的列"
                    style={{ display: "flex", flexDirection: "column", gap: 4 }}
                    value={columns}
                    onChange={(next) => chooseColumns(COLUMN_CHOICES.map((c) => c.key).filter((key) => next.includes(key)))}
                    options={COLUMN_CHOICES.map((c) => ({ value: c.key, label: c.label, disabled: c.key === "title" }))}
                  />
                  <Button size="small" type="link" style={{ padding: 0, marginTop: 4 }} onClick={() => chooseColumns(DEFAULT_COLUMNS)}>
                    恢复默认
                  </Button>
                </div>
              )}
            >
              <Button icon={<SettingOutlined />}>列</Button>
            </Dropdown>
            <Typography.Text type="secondary">
              {filtered ? `筛选出 ${rows?.length ?? 0} 项 / 共 ${allTasks.data?.length ?? 0} 项` : `共 ${allTasks.data?.length ?? 0} 项`}
            </Typography.Text>
          </Space>
          <Table<LedgerTask>
            size="small"
            rowKey="id"
            data-testid="ledger-table"
            loading={allTasks.isPending || (filtered && filteredTasks.isFetching)}
            dataSource={rows ?? []}
            columns={COLUMN_CHOICES.map((c) => c.key).filter((key) => columns.includes(key)).map((key) => allColumns[key])}
            pagination={(rows?.length ?? 0) > 50 ? { pageSize: 50, size: "small", showSizeChanger: false } : false}
            scroll={{ y: "calc(100vh - 330px)" }}
            locale={{ emptyText: filtered ? "没有符合条件的任务" : "该方案还没有任务" }}
          />
        </>
      ) : null}
    </Card>
  );
}
