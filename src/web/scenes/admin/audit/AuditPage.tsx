// 审计日志: who did what when, with before/after; filtered and paginated on the server.
import type { Id } from "../../../api/types.js";
import { useQuery } from "@tanstack/react-query";
import { AutoComplete, Button, DatePicker, Form, Select, Space, Table, Tooltip, Typography } from "antd";
import dayjs, { type Dayjs } from "dayjs";
import { useState } from "react";
import { api } from "../../../api/client.js";
import type { AuditEntry } from "../../../api/types.js";
import { AUDIT_ACTION_LABELS, auditActionLabel } from "../../../lib/labels.js";

const ACTION_OPTIONS = Object.entries(AUDIT_ACTION_LABELS).map(([value, label]) => ({ value, label: `${label}（${value}）` }));

interface AuditFilters {
  actorId?: Id;
  action?: string;
  from?: string;
  to?: string;
}

interface FilterFormValues {
  actorId?: Id;
  action?: string;
  range?: [Dayjs, Dayjs] | null;
}

const PAGE_SIZE = 20;
const ENTITY_LABELS: Record<string, string> = { user: "用户", org: "机构", unit: "单位", plan: "工作方案", task: "任务", system: "系统" };

export default function AuditPage() {
  const [filters, setFilters] = useState<AuditFilters>({});
  const [page, setPage] = useState(1);
  const [form] = Form.useForm<FilterFormValues>();
  const users = useQuery({ queryKey: ["users", "all-for-audit"], queryFn: async () => (await api.users.list()).items });
  const audit = useQuery({
    queryKey: ["audit", filters, page],
    queryFn: () => api.audit.list({ ...filters, page, pageSize: PAGE_SIZE }),
    placeholderData: (previous) => previous,
  });

  const applyFilters = (values: FilterFormValues) => {
    setFilters({
      actorId: values.actorId,
      action: values.action?.trim() || undefined,
      from: values.range?.[0]?.format("YYYY-MM-DD"),
      to: values.range?.[1]?.format("YYYY-MM-DD"),
    });
    setPage(1);
  };

  return (
    <>
      <Form<FilterFormValues> form={form} layout="inline" onFinish={applyFilters} style={{ marginBottom: 12, rowGap: 8 }}>
        <Form.Item name="actorId" label="操作人">
          <Select
            allowClear
            showSearch
            optionFilterProp="label"
            style={{ width: 160 }}
            placeholder="全部"
            options={(users.data ?? []).map((user) => ({ value: user.id, label: `${user.name}（${user.username}）` }))}
          />
        </Form.Item>
        <Form.Item name="action" label="操作">
          <AutoComplete
            allowClear
            style={{ width: 180 }}
            placeholder="全部"
            options={ACTION_OPTIONS}
            filterOption={(input, option) => (option?.label ?? "").toLowerCase().includes(input.toLowerCase())}
          />
        </Form.Item>
        <Form.Item name="range" label="时间">
          <DatePicker.RangePicker style={{ width: 240 }} />
        </Form.Item>
        <Space>
          <Button type="primary" htmlType="submit">查询</Button>
          <Button
            onClick={() => {
              form.resetFields();
              applyFilters({});
            }}
          >
            重置
          </Button>
        </Space>
      </Form>
      <Table<AuditEntry>
        size="small"
        rowKey="id"
        loading={audit.isFetching}
        dataSource={audit.data?.items ?? []}
        pagination={{
          current: page,
          pageSize: PAGE_SIZE,
          total: audit.data?.total ?? 0,
          showSizeChanger: false,
          showTotal: (total) => `共 ${total} 条`,
          onChange: setPage,
        }}
        expandable={{
          expandedRowRender: (entry) => <AuditChange entry={entry} />,
          rowExpandable: (entry) => entry.before != null || entry.after != null,
        }}
        columns={[
          { title: "时间", dataIndex: "at", width: 170, render: (at: string) => dayjs(at).format("YYYY-MM-DD HH:mm:ss") },
          { title: "操作人", dataIndex: "actorName", width: 120, render: (name: string | null) => name ?? "系统" },
          {
            title: "操作",
            dataIndex: "action",
            width: 180,
            render: (action: string) => (
              <Tooltip title={action}>
                <span>{auditActionLabel(action)}</span>
              </Tooltip>
            ),
          },
          {
            title: "对象",
            render: (_value, entry) => (
              <Typography.Text type="secondary">
                {ENTITY_LABELS[entry.entity] ?? entry.entity}
                {entry.entityName ? ` ${entry.entityName}` : entry.entityId ? ` #${entry.entityId}` : ""}
              </Typography.Text>
            ),
          },
        ]}
      />
    </>
  );
}

function AuditChange({ entry }: { entry: AuditEntry }) {
  const show = (value: unknown) => (value == null ? "—" : JSON.stringify(value, null, 2));
  const preStyle = { margin: 0, maxHeight: 240, overflow: "auto", fontSize: 12, background: "#fafafa", padding: 8 } as const;
  return (
    <div style={{ display: "grid", gridTemplateColumns: "1fr 1fr", gap: 12 }}>
      <div>
        <Typography.Text strong>修改前</Typography.Text>
        <pre style={preStyle}>{show(entry.before)}</pre>
      </div>
      <div>
        <Typography.Text strong>修改后</Typography.Text>
        <pre style={preStyle}>{show(entry.after)}</pre>
      </div>
    </div>
  );
}
