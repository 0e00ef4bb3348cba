// 我的待办 on 工作台: 待填报 / 待汇总 / 待审定 / 已逾期 / 被退回, each a tile with its count and the
// list of reports behind it (task, unit, due date), linking to the report; 待签收 lists the tasks
// to sign (签收), the unit's own and those signed on a unit's behalf (代签), linking to the task. On a phone the tiles
// are narrower and each report reads as two lines (task, then state · unit · due).
import { useQuery } from "@tanstack/react-query";
import { Card, Col, Empty, List, Row, Space, Tag, Typography } from "antd";
import { useState } from "react";
import { Link } from "react-router-dom";
import { meApi } from "../../api/rounds.js";
import { usePhone } from "../../hooks/usePhone.js";
import type { SignTodo, TodoItem, TodoKind } from "../../api/roundTypes.js";
import { dueText, ReportStateTag, ROLE_LABEL } from "./reportLabels.js";

type PanelKind = TodoKind | "sign";
const KINDS: { key: PanelKind; label: string; color: string; empty: string }[] = [
  { key: "write", label: "待填报", color: "#1677ff", empty: "没有待填报的报告" },
  { key: "consolidate", label: "待汇总", color: "#13c2c2", empty: "没有需要汇总的协办报告" },
  { key: "approve", label: "待审定", color: "#722ed1", empty: "没有待审定的报告" },
  { key: "late", label: "已逾期", color: "#cf1322", empty: "没有逾期的报告" },
  { key: "returned", label: "被退回", color: "#fa8c16", empty: "没有被退回的报告" },
  { key: "sign", label: "待签收", color: "#389e0d", empty: "没有待签收的任务" },
];

export function TodoPanel() {
  const todos = useQuery({ queryKey: ["todos"], queryFn: meApi.todos, staleTime: 0, refetchOnWindowFocus: true });
  const [picked, setPicked] = useState<PanelKind | null>(null);
  const phone = usePhone();
  const counts = todos.data?.counts;
  const active: PanelKind = picked ?? KINDS.find((k) => counts?.[k.key])?.key ?? "write";
  const kind = KINDS.find((k) => k.key === active)!;
  const items = active === "sign" ? [] : (todos.data?.[active] ?? []);
  return (
    <Card title="我的待办" variant="borderless" size="small" loading={todos.isPending} data-testid="todo-panel"
      extra={todos.data?.findings?.waiting ? (
        <Link to="/findings" data-testid="todo-findings">
          督导问题待办 {todos.data.findings.waiting} 项{todos.data.findings.overdue ? `（逾期 ${todos.data.findings.overdue}）` : ""}
        </Link>
      ) : null}>
      <Row gutter={phone ? 4 : 8} wrap={phone ? false : undefined}>
        {KINDS.map((k) => {
          const n = counts?.[k.key] ?? 0;
          const on = k.key === active;
          return (
            <Col key={k.key} flex="1 1 0" style={phone ? { minWidth: 0 } : undefined}>
              <button
                type="button"
                onClick={() => setPicked(k.key)}
                aria-pressed={on}
                aria-label={`${k.label} ${n}`}
                data-testid={`todo-${k.key}`}
                style={{
                  width: "100%",
                  textAlign: phone ? "center" : "left",
                  cursor: "pointer",
                  padding: phone ? "6px 4px" : "8px 12px",
                  borderRadius: 4,
                  border: `1px solid ${on ? k.color : "#f0f0f0"}`,
                  background: on ? "#fafafa" : "#fff",
                }}
              >
                <div style={{ color: "rgba(0,0,0,0.55)", fontSize: phone ? 12 : 13, whiteSpace: "nowrap" }}>{k.label}</div>
                <div style={{ fontSize: phone ? 20 : 22, fontWeight: 600, color: n ? k.color : "rgba(0,0,0,0.25)" }}>{n}</div>
              </button>
            </Col>
          );
        })}
      </Row>
      {active === "approve" && todos.data?.approveSummaries?.length ? (
        <List
          size="small"
          style={{ marginTop: 8 }}
          data-testid="todo-summaries"
          dataSource={todos.data.approveSummaries}
          renderItem={(s) => (
            <List.Item>
              <Space size={8} wrap style={{ minWidth: 0 }}>
                <Tag color="purple">季度总结</Tag>
                <Link to={`/summaries/${s.id}`}>{s.title}</Link>
                <Typography.Text type="secondary">《{s.planTitle}》</Typography.Text>
              </Space>
            </List.Item>
          )}
        />
      ) : null}
      {active === "sign" ? <SignList items={todos.data?.sign ?? []} empty={kind.empty} /> : (
      <List<TodoItem>
        size="small"
        style={{ marginTop: 8 }}
        dataSource={items}
        locale={{
          emptyText:
            active === "approve" && todos.data?.approveSummaries?.length ? <span /> : <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={kind.empty} style={{ margin: 8 }} />,
        }}
        pagination={items.length > 8 ? { pageSize: 8, size: "small" } : false}
        renderItem={(item) => {
          const due = dueText(item.dueOn);
          if (phone) {
            return (
              <List.Item style={{ display: "block", padding: "10px 0" }}>
                <Link to={`/reports/${item.id}`} style={{ display: "block", fontSize: 15 }}>
                  {item.taskNo} {item.taskTitle}
                </Link>
                <Space size={[6, 2]} wrap style={{ marginTop: 4 }}>
                  <ReportStateTag state={item.state} />
                  <Typography.Text type="secondary">
                    {item.unitName} · {ROLE_LABEL[item.role]}
                  </Typography.Text>
                  <Typography.Text type={item.overdue ? "danger" : "secondary"}>
                    截止 {item.dueOn}
                    {item.state === "draft" || item.state === "returned" ? `（${due.text}）` : ""}
                  </Typography.Text>
                  {item.copiedUnchanged ? <Tag color="warning">与上期相同</Tag> : null}
                </Space>
              </List.Item>
            );
          }
          return (
            <List.Item
              extra={
                <Space size={8}>
                  <Typography.Text type={item.overdue ? "danger" : "secondary"}>
                    截止 {item.dueOn}
                    {item.state === "draft" || item.state === "returned" ? `（${due.text}）` : ""}
                  </Typography.Text>
                </Space>
              }
            >
              <Space size={8} style={{ minWidth: 0 }}>
                <ReportStateTag state={item.state} />
                <Link to={`/reports/${item.id}`}>
                  {item.taskNo} {item.taskTitle}
                </Link>
                <Typography.Text type="secondary">
                  {item.unitName} · {ROLE_LABEL[item.role]}
                </Typography.Text>
                {item.proxy ? <Tag color="purple">{item.proxy === "office" ? "办公室代报" : "代报"}</Tag> : null}
                {item.copiedUnchanged ? <Tag color="warning">与上期相同</Tag> : null}
              </Space>
            </List.Item>
          );
        }}
      />
      )}
    </Card>
  );
}

function SignList({ items, empty }: { items: SignTodo[]; empty: string }) {
  return (
    <List<SignTodo>
      size="small"
      style={{ marginTop: 8 }}
      data-testid="todo-sign-list"
      dataSource={items}
      locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={empty} style={{ margin: 8 }} /> }}
      pagination={items.length > 8 ? { pageSize: 8, size: "small" } : false}
      renderItem={(t) => (
        <List.Item>
          <Space size={[8, 2]} wrap style={{ minWidth: 0 }}>
            <Link to={`/tasks/${t.taskId}`}>{t.taskNo} {t.taskTitle}</Link>
            <Typography.Text type="secondary">{t.unitName} · {t.role === "lead" ? "牵头" : "协办"} · 《{t.planTitle}》</Typography.Text>
            {t.proxy ? <Tag color="purple">{t.proxy === "office" ? "办公室代签" : "代签"}</Tag> : null}
          </Space>
        </List.Item>
      )}
    />
  );
}
