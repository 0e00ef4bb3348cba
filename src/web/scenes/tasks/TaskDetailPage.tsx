// 任务详情: the task's full text, measures, targets, milestones, units and leaders, and its
// history of changes, and 报送历史 (every round's reports with the approved texts). The office edits a published task here with the review screen's editor.
import { EditOutlined } from "@ant-design/icons";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { Button, Card, Col, Descriptions, Empty, Result, Row, Space, Spin, Table, Tag, Typography } from "antd";
import dayjs from "dayjs";
import { lazy, Suspense, useState } from "react";
import { Link, useParams } from "react-router-dom";
import { api } from "../../api/client.js";
import type { LeaderRef, Milestone, Target, Task, TaskValue, TaskVersion, UnitRef } from "../../api/types.js";
import { usePhone } from "../../hooks/usePhone.js";
import { useSignedInSession } from "../../hooks/session.js";
import { TaskLinksCard } from "./TaskLinksCard.js";
import { PLAN_STATUS_LABELS, TASK_FIELD_LABELS, canWritePlans } from "../../lib/labels.js";
import { errorMessage } from "../../lib/notify.js";
import { TaskEditor } from "./editor/TaskEditor.js";
import { TaskReportsCard } from "./TaskReportsCard.js";
import { TaskFindings } from "./TaskFindings.js";
import { TaskSupervisionCard } from "./TaskSupervisionCard.js";
import { AssessmentTag, MilestoneStateTag, currentText, periodText } from "./progressParts.js";
import { UnitNames, formatBy } from "./taskParts.js";
import { BackLink } from "../../components/BackLink.js";

// ECharts is big: the chart comes in its own chunk, only when a target has values to draw.
const TargetChart = lazy(() => import("./TargetChart.js"));
const CHART_HEIGHT = 150;

const OP_TEXT: Record<string, string> = { ">=": "不低于", "<=": "不高于", "=": "达到", ">": "高于", "<": "低于" };

export const targetText = (t: Target) => `${t.metric || "指标"} ${OP_TEXT[t.op] ?? t.op} ${t.value}${t.unit}`;

export default function TaskDetailPage() {
  const taskId = Number(useParams().taskId);
  const session = useSignedInSession();
  const queryClient = useQueryClient();
  const [editing, setEditing] = useState(false);
  const phone = usePhone();
  const detail = useQuery({ queryKey: ["task", taskId], queryFn: () => api.tasks.get(taskId), meta: { inlineError: true } });
  const units = useQuery({ queryKey: ["units", session.user.orgId], queryFn: async () => (await api.units.list()).items, enabled: editing });

  if (detail.isError) return <Result status="404" title="找不到该任务" subTitle={errorMessage(detail.error)} extra={<Link to="/tasks">返回任务台账</Link>} />;
  if (!detail.data) return <Spin style={{ display: "block", marginTop: 80 }} />;
  const task = detail.data;
  const plan = task.plan;
  const ownPlan = plan.orgId === session.user.orgId;
  const canEdit = canWritePlans(session.user.roles) && ownPlan && plan.status === "published";
  const chartUnits = unitsForChart(task);

  return (
    <Space direction="vertical" size={12} style={{ width: "100%" }}>
      <Card
        variant="borderless"
        size="small"
        title={
          <Space>
            <BackLink to={`/tasks?plan=${plan.id}`} label="返回任务台账" />
            <span>
              任务 {task.no}：{task.title}
            </span>
          </Space>
        }
        extra={
          canEdit && !editing ? (
            <Button icon={<EditOutlined />} onClick={() => setEditing(true)}>
              修改
            </Button>
          ) : plan.status === "draft" && ownPlan && canWritePlans(session.user.roles) ? (
            <Link to={`/plans/${plan.id}/review`}>在草稿审核中修改</Link>
          ) : null
        }
      >
        <Typography.Text type="secondary">
          {plan.title} <Tag color={PLAN_STATUS_LABELS[plan.status].color}>{PLAN_STATUS_LABELS[plan.status].label}</Tag>
          {task.section ? `篇目：${task.section} ${task.sectionTitle ?? ""}` : null}
        </Typography.Text>
      </Card>

      {plan.status === "published" ? <TaskSupervisionCard taskId={task.id} /> : null}
      <TaskLinksCard taskId={task.id} planId={plan.id} implementsTaskId={task.implementsTaskId} canLink={ownPlan && canWritePlans(session.user.roles)} />

      {editing ? (
        <Card variant="borderless" size="small" title="修改任务" extra={<Button size="small" onClick={() => setEditing(false)}>关闭</Button>}>
          <div style={{ maxWidth: 760 }}>
            <TaskEditor
              task={task}
              planId={plan.id}
              planDraft={false}
              units={units.data ?? []}
              onSaved={() => {
                setEditing(false);
                void queryClient.invalidateQueries({ queryKey: ["task", taskId] });
                void queryClient.invalidateQueries({ queryKey: ["plan", plan.id] });
                void queryClient.invalidateQueries({ queryKey: ["tasks"] });
              }}
              onUnitMapped={() => void queryClient.invalidateQueries({ queryKey: ["units"] })}
            />
          </div>
        </Card>
      ) : (
        <Row gutter={[12, 12]}>
          <Col xs={24} md={15}>
            <Card variant="borderless" size="small" title="任务内容">
              <Descriptions size="small" column={1} bordered labelStyle={{ width: 96 }}>
                <Descriptions.Item label="牵头单位"><UnitNames units={task.lead} color="blue" /></Descriptions.Item>
                <Descriptions.Item label="协办单位"><UnitNames units={task.co} /></Descriptions.Item>
                <Descriptions.Item label="联络股室"><UnitNames units={task.liaison} /></Descriptions.Item>
                <Descriptions.Item label="责任领导">
                  {task.leaders.length ? task.leaders.map((l) => <Tag key={l.name} color={l.userId ? "purple" : undefined}>{l.name}</Tag>) : "—"}
                </Descriptions.Item>
                <Descriptions.Item label="任务原文">
                  <Typography.Paragraph style={{ whiteSpace: "pre-wrap", margin: 0 }}>{task.body || task.title}</Typography.Paragraph>
                </Descriptions.Item>
                <Descriptions.Item label="具体措施">
                  {task.measures.length ? (
                    <ol style={{ margin: 0, paddingInlineStart: 20 }}>
                      {task.measures.map((m, i) => (
                        <li key={i}>{m}</li>
                      ))}
                    </ol>
                  ) : (
                    "—"
                  )}
                </Descriptions.Item>
              </Descriptions>
            </Card>
          </Col>
          <Col xs={24} md={9}>
            <Space direction="vertical" size={12} style={{ width: "100%" }}>
              <Card
                variant="borderless"
                size="small"
                title="量化指标"
                extra={
                  task.targets.some((t) => t.points?.length) ? (
                    task.latestPeriod ? <Typography.Text type="secondary" style={{ fontSize: 12 }}>截至{periodText(task.latestPeriod)}</Typography.Text> : null
                  ) : (
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>数值变化将在进展调度后显示</Typography.Text>
                  )
                }
              >
                {task.targets.length ? (
                  <Space direction="vertical" size={8} style={{ width: "100%" }}>
                    {task.targets.map((t, i) => (
                      <TargetProgress key={t.id ?? i} target={t} units={chartUnits} />
                    ))}
                  </Space>
                ) : (
                  <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="无量化指标" />
                )}
              </Card>
              <Card variant="borderless" size="small" title="时间节点">
                {task.milestones.length ? (
                  <Space direction="vertical" size={4} style={{ width: "100%" }}>
                    {task.milestones.map((m) => (
                      <div key={m.id} style={{ display: "flex", gap: 8 }} data-testid="milestone" data-state={m.state}>
                        <Typography.Text style={{ width: 100, flex: "none" }}>{formatBy(m.by)}</Typography.Text>
                        <Typography.Text style={{ flex: 1 }}>{m.what}</Typography.Text>
                        <MilestoneStateTag milestone={m} />
                      </div>
                    ))}
                  </Space>
                ) : (
                  <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="无时间节点" />
                )}
              </Card>
            </Space>
          </Col>
        </Row>
      )}

      {plan.status !== "draft" ? <TaskReportsCard taskId={task.id} /> : null}
      <TaskFindings taskId={task.id} phone={phone} />

      <Card variant="borderless" size="small" title="修改历史">
        <Table<TaskVersion>
          size="small"
          rowKey="version"
          pagination={task.history.length > 10 ? { pageSize: 10, size: "small" } : false}
          scroll={phone ? { x: 560 } : undefined}
          dataSource={task.history}
          locale={{ emptyText: plan.status === "draft" ? "草稿阶段的修改不记版本；发布后的每次修改都会记录在这里" : "发布后还没有修改过" }}
          columns={[
            { title: "版本", dataIndex: "version", width: 60 },
            { title: "修改人", dataIndex: "changedBy", width: 110, render: (name: string | null) => name ?? "—" },
            { title: "时间", dataIndex: "changedAt", width: 150, render: (at: string) => dayjs(at).format("YYYY-MM-DD HH:mm") },
            { title: "修改内容", render: (_v, version) => <VersionChanges version={version} /> },
          ]}
        />
      </Card>
    </Space>
  );
}

/** Units that may report values, lead units first (the chart draws them in this order). */
function unitsForChart(task: Pick<Task, "lead" | "co" | "liaison">): { id: number; name: string }[] {
  const seen = new Map<number, string>();
  for (const u of [...task.lead, ...task.co, ...task.liaison]) if (u.unitId && !seen.has(u.unitId)) seen.set(u.unitId, u.name);
  return [...seen].map(([id, name]) => ({ id, name }));
}

function TargetProgress({ target, units }: { target: Target; units: { id: number; name: string }[] }) {
  const hasPoints = !!target.points?.length;
  return (
    <div data-testid="target-card" style={{ border: "1px solid #f0f0f0", borderRadius: 6, padding: "6px 10px" }}>
      <div style={{ display: "flex", alignItems: "center", justifyContent: "space-between", gap: 8 }}>
        <Typography.Text strong ellipsis={{ tooltip: target.text || target.metric }} style={{ minWidth: 0 }}>
          {target.metric || "指标"}
        </Typography.Text>
        <AssessmentTag target={target} />
      </div>
      <Typography.Text type="secondary" data-testid="target-current" style={{ fontSize: 13 }}>
        {currentText(target)}
      </Typography.Text>
      {hasPoints ? (
        <Suspense fallback={<div style={{ height: CHART_HEIGHT }} />}>
          <TargetChart target={target} units={units} height={CHART_HEIGHT} />
        </Suspense>
      ) : null}
    </div>
  );
}

function describe(field: keyof TaskValue, value: unknown): string {
  if (value == null || value === "") return "（空）";
  switch (field) {
    case "lead":
    case "co":
    case "liaison":
    case "leaders":
      return (value as (UnitRef | LeaderRef)[]).map((x) => x.name).join("、") || "（空）";
    case "measures":
      return (value as string[]).map((m, i) => `${i + 1}. ${m}`).join("\n") || "（空）";
    case "targets":
      return (value as Target[]).map(targetText).join("；") || "（空）";
    case "milestones":
      return (value as Milestone[]).map((m) => `${m.what}（${formatBy(m.by)}）`).join("；") || "（空）";
    default:
      return String(value);
  }
}

/** Comparable form: ids, spans and confidences are not what a person changed. */
function comparable(field: keyof TaskValue, value: unknown): string {
  if (field === "targets") return JSON.stringify(((value as Target[]) ?? []).map(({ metric, op, value: v, unit }) => [metric, op, v, unit]));
  if (field === "milestones") return JSON.stringify(((value as Milestone[]) ?? []).map(({ what, by }) => [what, by]));
  if (field === "lead" || field === "co" || field === "liaison" || field === "leaders") return JSON.stringify(((value as UnitRef[]) ?? []).map((x) => x.name));
  return JSON.stringify(value ?? null);
}

function VersionChanges({ version }: { version: TaskVersion }) {
  const fields = (Object.keys(TASK_FIELD_LABELS) as (keyof TaskValue)[]).filter(
    (field) => comparable(field, version.before?.[field]) !== comparable(field, version.after?.[field]),
  );
  if (!fields.length) return <Typography.Text type="secondary">无内容变化</Typography.Text>;
  return (
    <div style={{ display: "flex", flexDirection: "column", gap: 4 }}>
      {fields.map((field) => (
        <div key={field}>
          <Typography.Text strong>{TASK_FIELD_LABELS[field]}：</Typography.Text>
          <Typography.Text delete type="secondary" style={{ whiteSpace: "pre-wrap" }}>
            {describe(field, version.before?.[field])}
          </Typography.Text>
          {" → "}
          <Typography.Text style={{ whiteSpace: "pre-wrap" }}>{describe(field, version.after?.[field])}</Typography.Text>
        </div>
      ))}
    </div>
  );
}
