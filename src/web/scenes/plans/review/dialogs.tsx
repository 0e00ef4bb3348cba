// The review screen's dialogs: the plan's own fields, a new task, splitting a task.
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Alert, Button, Form, Input, InputNumber, Modal, Select, Space, Typography } from "antd";
import { useEffect, useState } from "react";
import { ApiError, api } from "../../../api/client.js";
import type { Id, Plan, Task } from "../../../api/types.js";
import { errorMessage, notifySuccess } from "../../../lib/notify.js";
import { planKey } from "./keys.js";

interface PlanMetaValues {
  title: string;
  year: number | null;
  docNumber: string;
  issuer: string;
  issuedOn: string;
}

export function PlanMetaDialog({ plan, open, onClose }: { plan: Plan; open: boolean; onClose: () => void }) {
  const queryClient = useQueryClient();
  const [form] = Form.useForm<PlanMetaValues>();
  const [version, setVersion] = useState(plan.version);
  useEffect(() => {
    if (open) {
      form.setFieldsValue({ title: plan.title, year: plan.year, docNumber: plan.docNumber ?? "", issuer: plan.issuer ?? "", issuedOn: plan.issuedOn ?? "" });
      setVersion(plan.version);
    }
    // Only when the dialog opens: a refetch must not overwrite what the user typed.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [open]);
  const save = useMutation({
    mutationFn: (values: PlanMetaValues) =>
      api.plans.update(plan.id, {
        title: values.title.trim(),
        year: values.year ?? null,
        docNumber: values.docNumber.trim() || null,
        issuer: values.issuer.trim() || null,
        issuedOn: values.issuedOn.trim() || null,
        version,
      }),
    meta: { inlineError: true },
    onSuccess: (saved) => {
      queryClient.setQueryData(planKey(plan.id), { ...plan, ...saved });
      void queryClient.invalidateQueries({ queryKey: ["plans"] });
      notifySuccess("方案信息已保存");
      onClose();
    },
  });
  const reload = useMutation({
    mutationFn: () => api.plans.get(plan.id),
    onSuccess: (fresh) => {
      queryClient.setQueryData(planKey(plan.id), fresh);
      setVersion(fresh.version);
      save.reset();
    },
  });
  const stale = save.error instanceof ApiError && save.error.status === 409;
  return (
    <Modal title="方案信息" open={open} onCancel={onClose} okText="保存" cancelText="取消" confirmLoading={save.isPending} onOk={() => form.submit()} forceRender width={520}>
      {save.isError ? (
        <Alert
          type={stale ? "warning" : "error"}
          showIcon
          style={{ marginBottom: 12 }}
          message={errorMessage(save.error)}
          description={stale ? "您填写的内容已保留。点“重新加载”取得最新版本后再保存，将以您填写的内容为准。" : undefined}
          action={stale ? <Button size="small" loading={reload.isPending} onClick={() => reload.mutate()}>重新加载</Button> : undefined}
        />
      ) : null}
      <Form form={form} name="plan-meta" layout="vertical" requiredMark={false} onFinish={(values) => save.mutate(values)}>
        <Form.Item name="title" label="方案名称" rules={[{ required: true, whitespace: true, min: 2, message: "请输入方案名称（至少 2 个字）" }]}>
          <Input maxLength={200} />
        </Form.Item>
        <Space size={12} style={{ display: "flex" }}>
          <Form.Item name="year" label="年度">
            <InputNumber min={2000} max={2100} style={{ width: 120 }} />
          </Form.Item>
          <Form.Item name="docNumber" label="文号">
            <Input maxLength={100} placeholder="如 平教发〔2026〕1号" style={{ width: 300 }} />
          </Form.Item>
        </Space>
        <Space size={12} style={{ display: "flex" }}>
          <Form.Item name="issuer" label="发文单位">
            <Input maxLength={200} style={{ width: 260 }} />
          </Form.Item>
          <Form.Item name="issuedOn" label="成文日期" rules={[{ pattern: /^(\d{4}-\d{2}-\d{2})?$/, message: "格式为 YYYY-MM-DD" }]}>
            <Input placeholder="YYYY-MM-DD" style={{ width: 160 }} />
          </Form.Item>
        </Space>
      </Form>
    </Modal>
  );
}

export function NewTaskDialog({ open, planId, after, onClose, onCreated }: { open: boolean; planId: Id; after: Id | null; onClose: () => void; onCreated: (task: Task) => void }) {
  const [form] = Form.useForm<{ title: string }>();
  const create = useMutation({
    mutationFn: (title: string) => api.plans.createTask(planId, { title: title.trim(), after }),
    meta: { inlineError: true },
    onSuccess: (task) => {
      notifySuccess("已新增任务");
      onCreated(task);
    },
  });
  return (
    <Modal title="新增任务" open={open} onCancel={onClose} okText="新增" cancelText="取消" confirmLoading={create.isPending} onOk={() => form.submit()} destroyOnHidden>
      {create.isError ? <Alert type="error" showIcon message={errorMessage(create.error)} style={{ marginBottom: 12 }} /> : null}
      <Typography.Paragraph type="secondary">{after ? "新任务排在当前选中的任务之后，" : ""}其余栏目新增后在右侧编辑。</Typography.Paragraph>
      <Form form={form} name="new-task" layout="vertical" requiredMark={false} onFinish={(values) => create.mutate(values.title)}>
        <Form.Item name="title" label="任务名称" rules={[{ required: true, whitespace: true, message: "请输入任务名称" }]}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 4 }} maxLength={500} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

export function SplitDialog({ task, onClose, onSplit }: { task: Task | null; onClose: () => void; onSplit: (created: Task) => void }) {
  const [form] = Form.useForm<{ at: number; title: string }>();
  const split = useMutation({
    mutationFn: (values: { at: number; title: string }) => api.tasks.split(task!.id, { at: values.at, title: values.title.trim() || undefined }),
    meta: { inlineError: true },
    onSuccess: (created) => {
      notifySuccess("已拆分为两个任务");
      onSplit(created);
    },
  });
  return (
    <Modal title={`拆分任务 ${task?.no ?? ""}`} open={!!task} onCancel={onClose} okText="拆分" cancelText="取消" confirmLoading={split.isPending} onOk={() => form.submit()} destroyOnHidden width={560}>
      {split.isError ? <Alert type="error" showIcon message={errorMessage(split.error)} style={{ marginBottom: 12 }} /> : null}
      <Typography.Paragraph type="secondary">从所选措施起（含该条）的措施拆出，成为紧跟其后的新任务；指标和时间节点留在原任务。</Typography.Paragraph>
      <Form form={form} name="split-task" layout="vertical" requiredMark={false} initialValues={{ at: 1, title: "" }} onFinish={(values) => split.mutate(values)}>
        <Form.Item name="at" label="从哪一条措施起拆分">
          <Select
            options={(task?.measures ?? []).slice(1).map((measure, index) => ({
              value: index + 1,
              label: `第 ${index + 2} 条：${measure.slice(0, 40)}${measure.length > 40 ? "…" : ""}`,
            }))}
          />
        </Form.Item>
        <Form.Item name="title" label="新任务名称" extra="不填则取拆出的第一条措施的开头">
          <Input maxLength={500} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
