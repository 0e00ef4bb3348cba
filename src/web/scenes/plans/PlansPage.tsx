// 工作方案: the bureau's plans; import (upload or paste), new blank plan, review, ledger, archive, delete.
import { DownloadOutlined, ImportOutlined, PlusOutlined } from "@ant-design/icons";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Alert, Button, Card, Form, Input, InputNumber, Modal, Popconfirm, Space, Table, Tabs, Tag, Typography } from "antd";
import dayjs from "dayjs";
import { useState } from "react";
import { Link, useNavigate, useSearchParams } from "react-router-dom";
import { api } from "../../api/client.js";
import { FileDropZone } from "../../components/FileDropZone.js";
import type { Plan, PlanImportResult } from "../../api/types.js";
import { useSignedInSession } from "../../hooks/session.js";
import { useAction } from "../../hooks/useAction.js";
import { PLAN_STATUS_LABELS, canWritePlans } from "../../lib/labels.js";
import { errorMessage } from "../../lib/notify.js";

export const PLAN_ACCEPT = ".docx,.pdf,.xlsx,.txt,.md,.html,.htm,.doc,.wps";

export default function PlansPage() {
  const session = useSignedInSession();
  const [search] = useSearchParams();
  // ?org=: one bureau below (下级对比 drill-down), read only.
  const orgId = Number(search.get("org")) || null;
  const below = orgId !== null && orgId !== session.user.orgId;
  const canWriteOwn = canWritePlans(session.user.roles);
  const canWrite = canWriteOwn && !below;
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [importing, setImporting] = useState(false);
  const [creating, setCreating] = useState(false);
  const plans = useQuery({
    queryKey: orgId ? ["plans", { orgId }] : ["plans"],
    queryFn: async () => (await api.plans.list(orgId ? { orgId } : {})).items,
    staleTime: 0,
  });
  const orgs = useQuery({ queryKey: ["orgs"], queryFn: async () => (await api.orgs.list()).items, enabled: below });
  const orgName = orgs.data?.find((o) => o.id === orgId)?.name;
  const { run } = useAction();
  const archive = (plan: Plan) =>
    run(async () => {
      await api.plans.archive(plan.id);
      void queryClient.invalidateQueries({ queryKey: ["plans"] });
    }, { success: `已归档：${plan.title}` });
  const remove = (plan: Plan) =>
    run(async () => {
      await api.plans.remove(plan.id);
      void queryClient.invalidateQueries({ queryKey: ["plans"] });
    }, { success: `已删除：${plan.title}` });

  const opened = (result: PlanImportResult) => {
    void queryClient.invalidateQueries({ queryKey: ["plans"] });
    navigate(`/plans/${result.plan.id}/review`);
  };

  return (
    <Card
      title={below ? <span>工作方案 · {orgName ?? "下级单位"} <Link to="/rollup" style={{ fontSize: 14, fontWeight: "normal", marginLeft: 8 }}>返回下级对比</Link></span> : "工作方案"}
      variant="borderless"
      extra={
        canWrite ? (
          <Space>
            <Button type="primary" icon={<ImportOutlined />} onClick={() => setImporting(true)}>
              导入
            </Button>
            <Button icon={<PlusOutlined />} onClick={() => setCreating(true)}>
              新建空白方案
            </Button>
          </Space>
        ) : null
      }
    >
      <Table<Plan>
        size="middle"
        rowKey="id"
        loading={plans.isPending}
        dataSource={plans.data ?? []}
        pagination={(plans.data?.length ?? 0) > 15 ? { pageSize: 15, size: "small" } : false}
        locale={{ emptyText: canWrite ? "还没有工作方案。点击右上角“导入”上传年度工作要点或分工方案。" : "还没有工作方案" }}
        columns={[
          {
            title: "方案名称",
            dataIndex: "title",
            render: (title: string, plan) => (
              <Link to={plan.status === "draft" ? `/plans/${plan.id}/review` : `/tasks?plan=${plan.id}`}>{title}</Link>
            ),
          },
          { title: "年度", dataIndex: "year", width: 80, render: (year: number | null) => year ?? "—" },
          {
            title: "状态",
            dataIndex: "status",
            width: 90,
            render: (status: Plan["status"]) => <Tag color={PLAN_STATUS_LABELS[status].color}>{PLAN_STATUS_LABELS[status].label}</Tag>,
          },
          { title: "任务数", dataIndex: "taskCount", width: 80, align: "right" },
          { title: "创建时间", dataIndex: "createdAt", width: 150, render: (at: string) => dayjs(at).format("YYYY-MM-DD HH:mm") },
          {
            title: "操作",
            key: "actions",
            width: 260,
            render: (_value, plan) => {
              // A plan of a bureau below is read only, whatever the roles (a multi-role account too).
              const canWrite = canWriteOwn && plan.orgId === session.user.orgId;
              return (
              <Space size={4} wrap>
                {plan.status === "draft" ? (
                  <Button size="small" type="link" onClick={() => navigate(`/plans/${plan.id}/review`)}>
                    {canWrite ? "审核" : "查看"}
                  </Button>
                ) : (
                  <Button size="small" type="link" onClick={() => navigate(`/tasks?plan=${plan.id}`)}>
                    台账
                  </Button>
                )}
                {plan.hasFile ? (
                  <Button size="small" type="link" icon={<DownloadOutlined />} href={api.plans.fileUrl(plan.id)} download>
                    原文件
                  </Button>
                ) : null}
                {canWrite && plan.status === "published" ? (
                  <Popconfirm
                    title="归档该工作方案？"
                    description="归档后台账只能查看，不能再修改。"
                    okText="归档"
                    cancelText="取消"
                    onConfirm={() => archive(plan)}
                  >
                    <Button size="small" type="link">
                      归档
                    </Button>
                  </Popconfirm>
                ) : null}
                {canWrite && plan.status !== "published" ? (
                  <Popconfirm
                    title={`删除《${plan.title}》？`}
                    description={<div style={{ maxWidth: 320 }}>{deletionScope(plan)}删除后不能恢复。</div>}
                    okText="删除"
                    okButtonProps={{ danger: true }}
                    cancelText="取消"
                    onConfirm={() => remove(plan)}
                  >
                    <Button size="small" type="link" danger>
                      删除
                    </Button>
                  </Popconfirm>
                ) : null}
              </Space>
              );
            },
          },
        ]}
      />
      <ImportDialog open={importing} onClose={() => setImporting(false)} onImported={opened} />
      <NewPlanDialog open={creating} onClose={() => setCreating(false)} onCreated={opened} />
    </Card>
  );
}

/** What goes with a plan when it is deleted, said before the user confirms. */
function deletionScope(plan: Plan): string {
  const tasks = `${plan.taskCount ?? 0} 项任务`;
  return plan.status === "draft"
    ? `草稿及其 ${tasks}将一并删除。`
    : `方案及其 ${tasks}、全部调度轮次、各单位的进展报告和佐证材料、季度总结将一并删除（审计日志保留删除记录）。`;
}

function ImportDialog({ open, onClose, onImported }: { open: boolean; onClose: () => void; onImported: (result: PlanImportResult) => void }) {
  const [form] = Form.useForm<{ filename: string; text: string }>();
  const upload = useMutation({
    mutationFn: (input: File | { text: string; filename: string }) =>
      input instanceof File ? api.plans.importFile(input) : api.plans.importText(input),
    meta: { inlineError: true },
    onSuccess: (result) => {
      onClose();
      onImported(result);
    },
  });
  return (
    <Modal
      title="导入工作方案"
      open={open}
      onCancel={() => {
        upload.reset();
        onClose();
      }}
      footer={null}
      width={640}
      destroyOnHidden
      maskClosable={!upload.isPending}
    >
      {upload.isError ? <Alert type="error" showIcon message="导入失败" description={errorMessage(upload.error)} style={{ marginBottom: 12 }} /> : null}
      <Tabs
        items={[
          {
            key: "file",
            label: "上传文件",
            children: (
              <FileDropZone
                accept={PLAN_ACCEPT}
                busy={upload.isPending}
                text="点击或将方案文件拖到此处"
                busyText="正在识别，请稍候…"
                hint="支持 Word（.docx .doc .wps）、PDF、Excel（.xlsx）、文本（.txt .md）和网页（.html），最大 30 MB"
                onFile={(file) => upload.mutate(file)}
              />
            ),
          },
          {
            key: "paste",
            label: "粘贴文本",
            children: (
              <Form form={form} name="paste-plan" layout="vertical" requiredMark={false} onFinish={(values) => upload.mutate(values)} initialValues={{ filename: "" }}>
                <Form.Item name="filename" label="文件名" extra="便于以后辨认，例如：2026年教育工作要点">
                  <Input maxLength={100} placeholder="粘贴的文本" />
                </Form.Item>
                <Form.Item name="text" label="方案文本" extra="最多 2 MB（约 70 万字）；更长的方案请上传文件" rules={[{ required: true, whitespace: true, message: "请粘贴方案文本" }]}>
                  <Input.TextArea rows={10} placeholder="把方案全文（含标题）粘贴到这里" />
                </Form.Item>
                <Button type="primary" htmlType="submit" loading={upload.isPending}>
                  识别并导入
                </Button>
              </Form>
            ),
          },
        ]}
      />
      <Typography.Paragraph type="secondary" style={{ marginTop: 12, marginBottom: 0 }}>
        导入后生成草稿，进入核对页面逐项核对，确认无误后再发布为任务台账。
      </Typography.Paragraph>
    </Modal>
  );
}

function NewPlanDialog({ open, onClose, onCreated }: { open: boolean; onClose: () => void; onCreated: (result: PlanImportResult) => void }) {
  const [form] = Form.useForm<{ title: string; year: number | null }>();
  const create = useMutation({
    mutationFn: (values: { title: string; year: number | null }) => api.plans.create({ title: values.title.trim(), year: values.year ?? null }),
    meta: { inlineError: true },
    onSuccess: (result) => {
      onClose();
      onCreated(result);
    },
  });
  return (
    <Modal
      title="新建空白方案"
      open={open}
      onCancel={onClose}
      okText="创建"
      cancelText="取消"
      confirmLoading={create.isPending}
      onOk={() => form.submit()}
      destroyOnHidden
      width={460}
    >
      {create.isError ? <Alert type="error" showIcon message={errorMessage(create.error)} style={{ marginBottom: 12 }} /> : null}
      <Form form={form} name="new-plan" layout="vertical" requiredMark={false} initialValues={{ year: new Date().getFullYear() }} onFinish={(values) => create.mutate(values)}>
        <Form.Item name="title" label="方案名称" rules={[{ required: true, whitespace: true, min: 2, message: "请输入方案名称（至少 2 个字）" }]}>
          <Input maxLength={200} placeholder="例如：2026年教育工作要点" />
        </Form.Item>
        <Form.Item name="year" label="年度">
          <InputNumber min={2000} max={2100} style={{ width: 140 }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
