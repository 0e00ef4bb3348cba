// 督办 on the task page (issue 11): the light, 签收 by the lead and co units, 延期申请 with the
// leader's decision, 办结 (declared by the lead unit's head, closed by the leader, director or office).
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Button, Card, DatePicker, Descriptions, Form, Input, Modal, Select, Space, Table, Tag, Typography } from "antd";
import dayjs from "dayjs";
import { useState } from "react";
import { api } from "../../api/client.js";
import type { ExtensionRequest, Id, TaskSupervisionView } from "../../api/types.js";
import { notifyError, notifySuccess } from "../../lib/notify.js";
import { LightTag } from "./LightTag.js";
import { formatBy } from "./taskParts.js";

const EXT_STATES = { pending: { label: "待审批", color: "gold" }, approved: { label: "已同意", color: "green" }, rejected: { label: "不同意", color: "red" } } as const;
const fmt = (iso: string | null) => (iso ? dayjs(iso).format("YYYY-MM-DD HH:mm") : "");

export function TaskSupervisionCard({ taskId }: { taskId: Id }) {
  const queryClient = useQueryClient();
  const view = useQuery({ queryKey: ["task-supervision", taskId], queryFn: () => api.tasks.supervision(taskId) });
  const [asking, setAsking] = useState(false);
  const [deciding, setDeciding] = useState<{ ext: ExtensionRequest; approve: boolean } | null>(null);
  const [closing, setClosing] = useState<"declare" | "close" | "reject" | null>(null);
  const done = (message: string) => (data: TaskSupervisionView) => {
    queryClient.setQueryData(["task-supervision", taskId], data);
    void queryClient.invalidateQueries({ queryKey: ["task", taskId] });
    void queryClient.invalidateQueries({ queryKey: ["tasks"] });
    notifySuccess(message);
  };
  const sign = useMutation({ mutationFn: () => api.tasks.sign(taskId), onSuccess: done("已签收"), onError: notifyError });
  if (!view.data) return null;
  const v = view.data;
  const closed = v.closure.state === "closed";

  return (
    <Card
      variant="borderless"
      size="small"
      title={<Space>督办 <LightTag light={v.light} reason={v.lightReason} /></Space>}
      data-testid="task-supervision"
      extra={
        <Space wrap>
          {v.access.signFor.length && !closed ? <Button type="primary" size="small" loading={sign.isPending} onClick={() => sign.mutate()}>签收</Button> : null}
          {v.access.request && !closed && v.milestones.length ? <Button size="small" onClick={() => setAsking(true)}>申请延期</Button> : null}
          {v.access.declare && !v.closure.state ? <Button size="small" onClick={() => setClosing("declare")}>申请办结</Button> : null}
          {v.access.close && !closed ? <Button size="small" danger={false} onClick={() => setClosing("close")}>{v.closure.state === "requested" ? "确认办结" : "办结"}</Button> : null}
          {v.access.close && v.closure.state === "requested" ? <Button size="small" onClick={() => setClosing("reject")}>退回办结申请</Button> : null}
        </Space>
      }
    >
      <Descriptions size="small" column={1} labelStyle={{ width: 80 }}>
        <Descriptions.Item label="状态">
          {closed ? (
            <span><Tag>已办结</Tag>{v.closure.closedBy} 于 {fmt(v.closure.closedAt)} 办结{v.closure.note ? `：${v.closure.note}` : ""}</span>
          ) : v.closure.state === "requested" ? (
            <span><Tag color="blue">待确认办结</Tag>{v.closure.requestedBy} 于 {fmt(v.closure.requestedAt)} 申请{v.closure.note ? `：${v.closure.note}` : ""}</span>
          ) : (
            v.lightReason
          )}
        </Descriptions.Item>
        <Descriptions.Item label="签收">
          <Space size={[6, 4]} wrap data-testid="signoffs">
            {v.signoffs.length
              ? v.signoffs.map((s) => (
                  <Tag key={s.unitId} color={s.signedAt ? "green" : "default"} title={s.signedAt ? `${s.signedBy ?? ""} ${fmt(s.signedAt)}` : "未签收"}>
                    {s.name}：{s.signedAt ? "已签收" : "未签收"}
                  </Tag>
                ))
              : "—"}
          </Space>
        </Descriptions.Item>
      </Descriptions>
      {v.extensions.length ? (
        <Table<ExtensionRequest>
          size="small"
          rowKey="id"
          pagination={false}
          dataSource={v.extensions}
          data-testid="extensions"
          scroll={{ x: 640 }}
          columns={[
            { title: "时间节点", dataIndex: "milestone", ellipsis: true },
            { title: "申请", width: 190, render: (_x, e) => `${formatBy(e.from)} → ${formatBy(e.to)}` },
            { title: "理由", dataIndex: "reason", ellipsis: true },
            { title: "申请人", width: 140, render: (_x, e) => <span>{e.unitName ?? e.requestedBy}<br /><Typography.Text type="secondary">{fmt(e.requestedAt)}</Typography.Text></span> },
            {
              title: "审批", width: 200,
              render: (_x, e) =>
                e.state === "pending" && v.access.decide ? (
                  <Space>
                    <Button size="small" type="primary" onClick={() => setDeciding({ ext: e, approve: true })}>同意</Button>
                    <Button size="small" onClick={() => setDeciding({ ext: e, approve: false })}>不同意</Button>
                  </Space>
                ) : (
                  <span>
                    <Tag color={EXT_STATES[e.state].color}>{EXT_STATES[e.state].label}</Tag>
                    {e.decidedBy ? `${e.decidedBy}${e.comment ? `：${e.comment}` : ""}` : null}
                  </span>
                ),
            },
          ]}
        />
      ) : null}
      {asking ? <ExtensionModal view={v} onClose={() => setAsking(false)} onDone={done("延期申请已提交，等待分管领导审批")} taskId={taskId} /> : null}
      {deciding ? <DecideModal {...deciding} onClose={() => setDeciding(null)} onDone={done(deciding.approve ? "已同意延期" : "已不同意延期")} /> : null}
      {closing ? <ClosureModal kind={closing} taskId={taskId} onClose={() => setClosing(null)} onDone={done(closing === "declare" ? "已申请办结" : closing === "close" ? "任务已办结" : "已退回办结申请")} /> : null}
    </Card>
  );
}

function ExtensionModal({ view, taskId, onClose, onDone }: { view: TaskSupervisionView; taskId: Id; onClose(): void; onDone(v: TaskSupervisionView): void }) {
  const [form] = Form.useForm<{ milestoneId: Id; by: dayjs.Dayjs; reason: string }>();
  const save = useMutation({
    mutationFn: (x: { milestoneId: Id; by: dayjs.Dayjs; reason: string }) => api.tasks.requestExtension(taskId, { milestoneId: x.milestoneId, by: x.by.format("YYYY-MM-DD"), reason: x.reason }),
    onSuccess: (d) => { onDone(d); onClose(); },
    onError: notifyError,
  });
  const open = view.milestones.filter((m) => m.state !== "done");
  return (
    <Modal open title="申请延期" okText="提交申请" cancelText="取消" onCancel={onClose} confirmLoading={save.isPending} onOk={() => form.submit()} destroyOnHidden>
      <Form form={form} layout="vertical" onFinish={(x) => save.mutate(x)} initialValues={{ milestoneId: open[0]?.id }}>
        <Form.Item name="milestoneId" label="时间节点" rules={[{ required: true, message: "请选择时间节点" }]}>
          <Select options={open.map((m) => ({ value: m.id, label: `${m.what}（${formatBy(m.by)}）` }))} />
        </Form.Item>
        <Form.Item name="by" label="申请延至" rules={[{ required: true, message: "请选择新的完成时限" }]}>
          <DatePicker style={{ width: "100%" }} placeholder="选择日期" />
        </Form.Item>
        <Form.Item name="reason" label="延期理由" rules={[{ required: true, whitespace: true, message: "请填写延期理由" }]}>
          <Input.TextArea rows={3} maxLength={1000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

function DecideModal({ ext, approve, onClose, onDone }: { ext: ExtensionRequest; approve: boolean; onClose(): void; onDone(v: TaskSupervisionView): void }) {
  const [comment, setComment] = useState("");
  const save = useMutation({ mutationFn: () => api.tasks.decideExtension(ext.id, { approve, comment }), onSuccess: (d) => { onDone(d); onClose(); }, onError: notifyError });
  return (
    <Modal open title={approve ? "同意延期" : "不同意延期"} okText="确定" cancelText="取消" onCancel={onClose} confirmLoading={save.isPending} onOk={() => save.mutate()}>
      <Typography.Paragraph>“{ext.milestone}” {formatBy(ext.from)} → {formatBy(ext.to)}。理由：{ext.reason}</Typography.Paragraph>
      <Input.TextArea rows={3} value={comment} onChange={(e) => setComment(e.target.value)} placeholder={approve ? "意见（可不填）" : "请填写不同意的意见"} aria-label="审批意见" />
    </Modal>
  );
}

function ClosureModal({ kind, taskId, onClose, onDone }: { kind: "declare" | "close" | "reject"; taskId: Id; onClose(): void; onDone(v: TaskSupervisionView): void }) {
  const [text, setText] = useState("");
  const save = useMutation({
    mutationFn: () => (kind === "declare" ? api.tasks.declareDone(taskId, text) : kind === "close" ? api.tasks.close(taskId, text) : api.tasks.rejectDone(taskId, text)),
    onSuccess: (d) => { onDone(d); onClose(); },
    onError: notifyError,
  });
  const title = { declare: "申请办结", close: "办结任务", reject: "退回办结申请" }[kind];
  const hint = { declare: "完成情况说明（可不填）", close: "办结意见（可不填）。办结后，以后的调度不再报送该任务。", reject: "请填写退回意见" }[kind];
  return (
    <Modal open title={title} okText="确定" cancelText="取消" onCancel={onClose} confirmLoading={save.isPending} onOk={() => save.mutate()}>
      <Input.TextArea rows={3} value={text} onChange={(e) => setText(e.target.value)} placeholder={hint} aria-label={title} />
    </Modal>
  );
}
