// One finding: its record, the steps the user may take now (as buttons), the state timeline,
// the three forms as Word downloads, files, and the assigned unit's rectification report form.
import { DownloadOutlined } from "@ant-design/icons";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { Button, Card, DatePicker, Descriptions, Form, Input, Modal, Result, Select, Space, Spin, Timeline } from "antd";
import type { Dayjs } from "dayjs";
import { useState } from "react";
import { Link, useParams } from "react-router-dom";
import { api } from "../../api/client.js";
import { findingsApi, type FindingDetail, type FindingStep } from "../../api/findings.js";
import { useAction } from "../../hooks/useAction.js";
import { errorMessage, notifyError } from "../../lib/notify.js";
import { FINDING_ACTION_NAMES } from "../../../shared/findings.js";
import { FindingStateTag } from "./findingLabels.js";
import { ReportForm } from "./ReportForm.js";
import { FindingUpload } from "./FindingUpload.js";
import { BackLink } from "../../components/BackLink.js";

export default function FindingPage() {
  const id = Number(useParams().findingId);
  const q = useQuery({ queryKey: ["finding", id], queryFn: () => findingsApi.get(id), meta: { inlineError: true }, staleTime: 0 });
  if (q.isError) return <Result status="404" title="无法打开该问题" subTitle={errorMessage(q.error)} extra={<Link to="/findings">返回督导问题</Link>} />;
  if (!q.data) return <Spin style={{ display: "block", marginTop: 80 }} />;
  return <FindingView f={q.data} />;
}

type Dialog = null | "assign" | "return" | "reopen" | "close";

function FindingView({ f }: { f: FindingDetail }) {
  const queryClient = useQueryClient();
  const { busy, run } = useAction();
  const [dialog, setDialog] = useState<Dialog>(null);
  const [form] = Form.useForm();
  const units = useQuery({ queryKey: ["units"], queryFn: () => api.units.list(), enabled: f.can.assign });

  const act = (step: FindingStep, body: Record<string, unknown> = {}, done = "已办理") =>
    run(async () => {
      const next = await findingsApi.step(f.id, step, { version: f.version, ...body });
      queryClient.setQueryData(["finding", f.id], next);
      void queryClient.invalidateQueries({ queryKey: ["findings"] });
      setDialog(null);
      form.resetFields();
    }, {
      success: done,
      onError: (e) => {
        notifyError(e);
        if ((e as { status?: number }).status === 409) void queryClient.invalidateQueries({ queryKey: ["finding", f.id] });
      },
    });
  const submitDialog = async () => {
    const v = (await form.validateFields()) as { unitId?: number; deadline?: Dayjs; requirement?: string; reason?: string; comment?: string };
    const deadline = v.deadline?.format("YYYY-MM-DD");
    if (dialog === "assign") await act("assign", { unitId: v.unitId, deadline, requirement: v.requirement }, "已交办");
    if (dialog === "return") await act("return", { reason: v.reason }, "已退回整改");
    if (dialog === "reopen") await act("reopen", { reason: v.reason, ...(deadline ? { deadline } : {}) }, "已重新打开");
    if (dialog === "close") await act("close", { comment: v.comment }, "已销号");
  };

  return (
    <Space direction="vertical" size={12} style={{ width: "100%" }}>
      <Card
        variant="borderless"
        title={
          <Space>
            <BackLink to="/findings" label="返回督导问题" />
            <span>{f.title}</span>
            <FindingStateTag f={f} />
          </Space>
        }
        extra={
          <Space wrap>
            {f.can.notice ? <Button type="primary" loading={busy} onClick={() => void act("notice", {}, "提示单已发出")}>发出提示单</Button> : null}
            {f.can.assign ? <Button type="primary" onClick={() => { form.setFieldsValue({ unitId: f.unitId ?? undefined }); setDialog("assign"); }}>交办</Button> : null}
            {f.can.close ? <Button type="primary" onClick={() => setDialog("close")}>销号</Button> : null}
            {f.can.return ? <Button danger onClick={() => setDialog("return")}>退回整改</Button> : null}
            {f.can.reopen ? <Button onClick={() => setDialog("reopen")}>重新打开</Button> : null}
          </Space>
        }
      >
        <Descriptions size="small" column={{ xs: 1, md: 2 }} bordered>
          <Descriptions.Item label="问题来源">{f.source}</Descriptions.Item>
          <Descriptions.Item label="问题类别">{f.category}（{f.severityLabel}）</Descriptions.Item>
          <Descriptions.Item label="承办单位">{f.unitName ?? "—"}</Descriptions.Item>
          <Descriptions.Item label="发现地点">{f.place || "—"}</Descriptions.Item>
          <Descriptions.Item label="发现日期">{f.foundOn}</Descriptions.Item>
          <Descriptions.Item label="发现人">{f.foundBy}</Descriptions.Item>
          <Descriptions.Item label="整改期限">{f.deadline ?? "—"}</Descriptions.Item>
          <Descriptions.Item label="退回次数">{f.returnCount}</Descriptions.Item>
          {f.taskTitle ? <Descriptions.Item label="关联任务" span={2}>{f.taskTitle}</Descriptions.Item> : null}
          <Descriptions.Item label="问题描述" span={2}><div style={{ whiteSpace: "pre-wrap" }}>{f.description || "—"}</div></Descriptions.Item>
          {f.requirement ? <Descriptions.Item label="整改要求" span={2}><div style={{ whiteSpace: "pre-wrap" }}>{f.requirement}</div></Descriptions.Item> : null}
          {f.lastReason ? <Descriptions.Item label="退回/重开原因" span={2}>{f.lastReason}</Descriptions.Item> : null}
          {f.reportText ? <Descriptions.Item label="整改情况" span={2}><div style={{ whiteSpace: "pre-wrap" }}>{f.reportText}</div></Descriptions.Item> : null}
          {f.reportMeasures ? <Descriptions.Item label="整改措施" span={2}><div style={{ whiteSpace: "pre-wrap" }}>{f.reportMeasures}</div></Descriptions.Item> : null}
          {f.closeComment ? <Descriptions.Item label="销号意见" span={2}>{f.closeComment}</Descriptions.Item> : null}
        </Descriptions>
      </Card>

      {f.can.report ? <ReportForm f={f} /> : null}

      <Card variant="borderless" size="small" title="文书">
        <Space wrap>
          {([["notice", f.noticeNumber], ["assignment", f.assignmentNumber], ["report", f.reportNumber]] as const).map(([form, no]) =>
            no ? <Button key={form} icon={<DownloadOutlined />} href={findingsApi.documentUrl(f.id, form)} download>{no}</Button> : null,
          )}
          {!f.noticeNumber ? <span>尚未发出提示单</span> : null}
        </Space>
      </Card>

      <Card variant="borderless" size="small" title="照片与佐证材料"
        extra={f.can.upload ? (
          <FindingUpload findingId={f.id} send={(file) => findingsApi.upload(f.id, file)} label="上传材料" done="已上传" />
        ) : null}
      >
        {f.files.length ? (
          <Space direction="vertical">
            {f.files.map((x) => <a key={x.id} href={x.url} download>{{ photo: "【问题照片】", evidence: "【整改佐证】", report_form: "【整改结果报告单】" }[x.kind]}{x.fileName}</a>)}
          </Space>
        ) : "暂无"}
      </Card>

      <Card variant="borderless" size="small" title="办理记录">
        <Timeline
          items={f.events.map((e) => ({
            children: (
              <span>
                {e.at.slice(0, 16).replace("T", " ")} {e.actorName ?? "系统"} {FINDING_ACTION_NAMES[e.action as keyof typeof FINDING_ACTION_NAMES] ?? e.action} → {e.stateLabel}
                {e.comment ? `（${e.comment}）` : ""}
              </span>
            ),
          }))}
        />
      </Card>

      <Modal open={dialog !== null} title={dialog ? { assign: "交办", return: "退回整改", reopen: "重新打开", close: "销号" }[dialog] : ""} okText="确定" cancelText="取消"
        confirmLoading={busy} onOk={() => void submitDialog()} onCancel={() => setDialog(null)} destroyOnHidden>
        <Form form={form} layout="vertical" preserve={false}>
          {dialog === "assign" ? (
            <>
              <Form.Item name="unitId" label="承办单位" rules={[{ required: true, message: "请选择承办单位" }]}>
                <UnitSelect units={units.data?.items ?? []} />
              </Form.Item>
              <Form.Item name="deadline" label="整改期限" rules={[{ required: true, message: "请选择整改期限" }]}>
                <DatePicker />
              </Form.Item>
              <Form.Item name="requirement" label="整改要求"><Input.TextArea rows={3} /></Form.Item>
            </>
          ) : null}
          {dialog === "return" || dialog === "reopen" ? (
            <Form.Item name="reason" label={dialog === "return" ? "退回原因" : "重新打开的原因"} rules={[{ required: true, message: "请填写原因" }]}>
              <Input.TextArea rows={3} />
            </Form.Item>
          ) : null}
          {dialog === "reopen" ? <Form.Item name="deadline" label="新的整改期限（可不填）"><DatePicker /></Form.Item> : null}
          {dialog === "close" ? <Form.Item name="comment" label="核实意见"><Input.TextArea rows={3} placeholder="如：经现场核实，已整改到位" /></Form.Item> : null}
        </Form>
      </Modal>
    </Space>
  );
}

function UnitSelect({ units, ...rest }: { units: { id: number; name: string; active: boolean }[]; value?: number; onChange?: (v: number) => void }) {
  return <Select showSearch optionFilterProp="label" aria-label="承办单位" options={units.filter((u) => u.active).map((u) => ({ value: u.id, label: u.name }))} {...rest} />;
}
