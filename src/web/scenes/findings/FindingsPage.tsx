// 督导问题: the 问题台账 and the 隐患台账 (category 安全隐患) with filters, XLSX export and import,
// registering a finding, and the statistics per unit and category.
import { DownloadOutlined, ImportOutlined, PlusOutlined } from "@ant-design/icons";
import { useQuery } from "@tanstack/react-query";
import { Button, Card, DatePicker, Select, Space, Table, Tabs } from "antd";
import dayjs, { type Dayjs } from "dayjs";
import { useState } from "react";
import { Link, useNavigate, useSearchParams } from "react-router-dom";
import { findingsApi, type Finding, type FindingFilters } from "../../api/findings.js";
import { api } from "../../api/client.js";
import { useSignedInSession } from "../../hooks/session.js";
import { FINDING_CATEGORIES, FINDING_SOURCES, FINDING_STATES } from "../../../shared/findings.js";
import { FindingStateTag } from "./findingLabels.js";
import { CreateFindingModal } from "./CreateFindingModal.js";
import { ImportLedgerModal } from "./ImportLedgerModal.js";
import { FindingStats } from "./FindingStats.js";

/** The state filter's "every state but closed". */
const OPEN = "open";

export default function FindingsPage() {
  const session = useSignedInSession();
  const navigate = useNavigate();
  const manage = session.user.roles.some((r) => r === "office" || r === "admin");
  const [ledger, setLedger] = useState<"problems" | "hazards" | "stats">("problems");
  // A link may carry filters (the dashboard's 未销号 / 逾期 figures): ?open=true, ?overdue=true, ?from=&to=.
  const [search] = useSearchParams();
  const [filters, setFilters] = useState<FindingFilters>(() => ({
    state: search.get("open") === "true" ? OPEN : undefined,
    overdue: search.get("overdue") === "true" ? "true" : undefined,
  }));
  const [range, setRange] = useState<[Dayjs | null, Dayjs | null] | null>(() =>
    search.get("from") && search.get("to") ? [dayjs(search.get("from")), dayjs(search.get("to"))] : null,
  );
  const [creating, setCreating] = useState(false);
  const [importing, setImporting] = useState(false);
  const query: FindingFilters = {
    ...filters,
    state: filters.state === OPEN ? undefined : filters.state,
    open: filters.state === OPEN ? "true" : undefined,
    hazard: ledger === "hazards" ? "true" : undefined,
    from: range?.[0]?.format("YYYY-MM-DD"),
    to: range?.[1]?.format("YYYY-MM-DD"),
  };
  const list = useQuery({ queryKey: ["findings", query], queryFn: () => findingsApi.list(query), enabled: ledger !== "stats" });
  const units = useQuery({ queryKey: ["units"], queryFn: () => api.units.list() });
  const set = (k: keyof FindingFilters) => (v: string | number | undefined) => setFilters((f) => ({ ...f, [k]: v === undefined ? undefined : v }));

  return (
    <Card
      variant="borderless"
      title="督导问题"
      extra={
        <Space>
          <Button icon={<DownloadOutlined />} href={findingsApi.exportUrl(query)} download disabled={ledger === "stats"}>
            导出Excel
          </Button>
          {manage ? (
            <Button icon={<ImportOutlined />} onClick={() => setImporting(true)} disabled={ledger === "stats"}>
              导入台账
            </Button>
          ) : null}
          {manage ? (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
              登记问题
            </Button>
          ) : null}
        </Space>
      }
    >
      <Tabs
        activeKey={ledger}
        onChange={(k) => setLedger(k as typeof ledger)}
        items={[
          { key: "problems", label: "问题台账" },
          { key: "hazards", label: "隐患台账" },
          { key: "stats", label: "统计" },
        ]}
      />
      <Space wrap style={{ marginBottom: 12 }}>
        <Select allowClear placeholder="状态" style={{ width: 140 }} aria-label="状态筛选" value={filters.state} onChange={set("state")}
          options={[{ value: OPEN, label: "未销号（全部）" }, ...Object.entries(FINDING_STATES).map(([value, label]) => ({ value, label }))]} />
        <Select allowClear showSearch optionFilterProp="label" placeholder="承办单位" style={{ width: 200 }} value={filters.unitId} onChange={set("unitId")}
          options={(units.data?.items ?? []).map((u) => ({ value: u.id, label: u.name }))} />
        {ledger !== "hazards" ? (
          <Select allowClear placeholder="类别" style={{ width: 130 }} value={filters.category} onChange={set("category")} options={FINDING_CATEGORIES.map((c) => ({ value: c, label: c }))} />
        ) : null}
        <Select allowClear placeholder="来源" style={{ width: 130 }} value={filters.source} onChange={set("source")} options={FINDING_SOURCES.map((c) => ({ value: c, label: c }))} />
        <Select allowClear placeholder="是否逾期" style={{ width: 120 }} value={filters.overdue} onChange={set("overdue")} options={[{ value: "true", label: "已逾期" }, { value: "false", label: "未逾期" }]} />
        <DatePicker.RangePicker placeholder={["发现日期起", "发现日期止"]} value={range} onChange={(v) => setRange(v)} />
      </Space>
      {ledger === "stats" ? <FindingStats filters={query} /> : null}
      <Table<Finding>
        style={ledger === "stats" ? { display: "none" } : undefined}
        rowKey="id"
        size="middle"
        loading={list.isLoading}
        dataSource={list.data?.items ?? []}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        onRow={(r) => ({ onDoubleClick: () => navigate(`/findings/${r.id}`) })}
        columns={[
          { title: "问题", dataIndex: "title", render: (t: string, r) => <Link to={`/findings/${r.id}`}>{t}</Link> },
          { title: "来源", dataIndex: "source", width: 100 },
          { title: "类别", dataIndex: "category", width: 100 },
          { title: "承办单位", dataIndex: "unitName", width: 160, render: (v: string | null) => v ?? "—" },
          { title: "发现日期", dataIndex: "foundOn", width: 110 },
          { title: "整改期限", dataIndex: "deadline", width: 110, render: (v: string | null) => v ?? "—" },
          { title: "状态", key: "state", width: 200, render: (_, r) => <FindingStateTag f={r} /> },
        ]}
      />
      {importing ? <ImportLedgerModal hazard={ledger === "hazards"} onClose={() => setImporting(false)} /> : null}
      {creating ? <CreateFindingModal hazard={ledger === "hazards"} onClose={(id) => { setCreating(false); if (id) navigate(`/findings/${id}`); }} /> : null}
    </Card>
  );
}
