// The dialogs of the task page's 督办 card: 申请延期 (a milestone, or the task's own deadline when it
// has none), the leader's decision, and 申请办结 / 办结 / 退回 / 重新打开 with their note or reason.
import { DatePicker, Form, Input, Modal, Select, Typography } from "antd";
import dayjs from "dayjs";
import { useState } from "react";
import { api } from "../../api/client.js";
import type { ExtensionRequest, Id, TaskSupervisionView } from "../../api/types.js";
import { useAction } from "../../hooks/useAction.js";
import { formatBy } from "./taskParts.js";

export type ClosureKind = "declare" | "close" | "reject" | "reopen";

/** A dialog's one save: the server's new 督办 view goes to onDone and the dialog closes; a failure is a toast. */
function useDialogSave<Args extends unknown[]>(send: (...args: Args) => Promise<TaskSupervisionView>, onDone: (v: TaskSupervisionView) => void, onClose: () => void) {
  const { busy, run } = useAction();
  const save = (...args: Args) =>
    void run(async () => {
      onDone(await send(...args));
      onClose();
    });
  return { busy, save };
}

export function ExtensionModal({ view, taskId, onClose, onDone }: { view: TaskSupervisionView; taskId: Id; onClose(): void; onDone(v: TaskSupervisionView): void }) {
  const [form] = Form.useForm<{ milestoneId?: Id; by: dayjs.Dayjs; reason: string }>();
  const { busy, save } = useDialogSave((x: { milestoneId?: Id; by: dayjs.Dayjs; reason: string }) =>
    api.tasks.requestExtension(taskId, { milestoneId: x.milestoneId ?? null, by: x.by.format("YYYY-MM-DD"), reason: x.reason }), onDone, onClose);
  const open = view.milestones.filter((m) => m.state !== "done");
  return (
    <Modal open title="申请延期" okText="提交申请" cancelText="取消" onCancel={onClose} confirmLoading={busy} onOk={() => form.submit()} destroyOnHidden>
      <Form form={form} layout="vertical" onFinish={save} initialValues={{ milestoneId: open[0]?.id }}>
        {view.milestones.length ? (
          <Form.Item name="milestoneId" label="时间节点" rules={[{ required: true, message: "请选择时间节点" }]}>
            <Select options={open.map((m) => ({ value: m.id, label: `${m.what}（${formatBy(m.by)}）` }))} />
          </Form.Item>
        ) : (
          <Typography.Paragraph type="secondary">本任务没有时间节点：申请调整任务的完成时限（原为工作方案年度的年底）。同意后，新时限作为“任务完成时限”记入任务。</Typography.Paragraph>
        )}
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

export function DecideModal({ ext, approve, onClose, onDone }: { ext: ExtensionRequest; approve: boolean; onClose(): void; onDone(v: TaskSupervisionView): void }) {
  const [comment, setComment] = useState("");
  const { busy, save } = useDialogSave(() => api.tasks.decideExtension(ext.id, { approve, comment }), onDone, onClose);
  return (
    <Modal open title={approve ? "同意延期" : "不同意延期"} okText="确定" cancelText="取消" onCancel={onClose} confirmLoading={busy} onOk={() => save()}>
      <Typography.Paragraph>“{ext.milestone}” {formatBy(ext.from)} → {formatBy(ext.to)}。理由：{ext.reason}</Typography.Paragraph>
      <Input.TextArea rows={3} value={comment} onChange={(e) => setComment(e.target.value)} placeholder={approve ? "意见（可不填）" : "请填写不同意的意见"} aria-label="审批意见" />
    </Modal>
  );
}

export function ClosureModal({ kind, taskId, onClose, onDone }: { kind: ClosureKind; taskId: Id; onClose(): void; onDone(v: TaskSupervisionView): void }) {
  const [text, setText] = useState("");
  const { busy, save } = useDialogSave(() =>
    ({ declare: api.tasks.declareDone, close: api.tasks.close, reject: api.tasks.rejectDone, reopen: api.tasks.reopen })[kind](taskId, text), onDone, onClose);
  const title = { declare: "申请办结", close: "办结任务", reject: "退回办结申请", reopen: "重新打开任务" }[kind];
  const hint = {
    declare: "完成情况说明（可不填）", close: "办结意见（可不填）。办结后，以后的调度不再报送该任务。", reject: "请填写退回意见",
    reopen: "请填写重新打开的理由。重新打开后，本期及以后的调度继续报送该任务。",
  }[kind];
  return (
    <Modal open title={title} okText="确定" cancelText="取消" onCancel={onClose} confirmLoading={busy} onOk={() => save()}>
      <Input.TextArea rows={3} value={text} onChange={(e) => setText(e.target.value)} placeholder={hint} aria-label={title} />
    </Modal>
  );
}
