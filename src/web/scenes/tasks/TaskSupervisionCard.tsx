// 督办 on the task page (issue 11): the light, 签收 by the lead and co units (代签 by the office or
// the liaison unit for a unit without accounts), 延期申请 with the leader's decision, 办结 (declared by
// the lead unit's head, closed by the leader, director or office; reopened by them with a reason).
// The dialogs are in TaskSupervisionDialogs.tsx.
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { Button, Card, Descriptions, Popconfirm, Space, Table, Tag, Typography } from "antd";
import dayjs from "dayjs";
import { useState } from "react";
import { api } from "../../api/client.js";
import type { ExtensionRequest, Id, TaskSupervisionView } from "../../api/types.js";
import { useAction } from "../../hooks/useAction.js";
import { notifySuccess } from "../../lib/notify.js";
import { LightTag } from "./LightTag.js";
import { formatBy } from "./taskParts.js";
import { ClosureModal, DecideModal, ExtensionModal, type ClosureKind } from "./TaskSupervisionDialogs.js";

const EXT_STATES = { pending: { label: "待审批", color: "gold" }, approved: { label: "已同意", color: "green" }, rejected: { label: "不同意", color: "red" } } as const;
const fmt = (iso: string | null) => (iso ? dayjs(iso).format("YYYY-MM-DD HH:mm") : "");

export function TaskSupervisionCard({ taskId }: { taskId: Id }) {
  const queryClient = useQueryClient();
  const view = useQuery({ queryKey: ["task-supervision", taskId], queryFn: () => api.tasks.supervision(taskId) });
  const [asking, setAsking] = useState(false);
  const [deciding, setDeciding] = useState<{ ext: ExtensionRequest; approve: boolean } | null>(null);
  const [closing, setClosing] = useState<ClosureKind | null>(null);
  const done = (message: string) => (data: TaskSupervisionView) => {
    queryClient.setQueryData(["task-supervision", taskId], data);
    void queryClient.invalidateQueries({ queryKey: ["task", taskId] });
    void queryClient.invalidateQueries({ queryKey: ["tasks"] });
    notifySuccess(message);
  };
  const { busy: signing, run } = useAction();
  const sign = (unitId?: Id) => void run(async () => done("已签收")(await api.tasks.sign(taskId, unitId)));
  if (!view.data) return null;
  const v = view.data;
  const closed = v.closure.state === "closed";
  const ownSign = v.access.signFor.some((u) => !v.access.signOnBehalf.includes(u));
  const unitName = (id: Id) => v.signoffs.find((s) => s.unitId === id)?.name ?? "";

  return (
    <Card
      variant="borderless"
      size="small"
      title={<Space>督办 <LightTag light={v.light} reason={v.lightReason} /></Space>}
      data-testid="task-supervision"
      extra={
        <Space wrap>
          {ownSign && !closed ? <Button type="primary" size="small" loading={signing} onClick={() => sign()}>签收</Button> : null}
          {closed ? null : v.access.signOnBehalf.map((u) => (
            <Popconfirm key={u} title={`代${unitName(u)}签收`} description={`${unitName(u)}没有账号，由${v.access.signAs?.name ?? "办公室"}代为签收，记入日志。`} okText="代签" cancelText="取消" onConfirm={() => sign(u)}>
              <Button size="small" loading={signing}>代签：{unitName(u)}</Button>
            </Popconfirm>
          ))}
          {v.access.request && !closed ? <Button size="small" onClick={() => setAsking(true)}>申请延期</Button> : null}
          {v.access.declare && !v.closure.state ? <Button size="small" onClick={() => setClosing("declare")}>申请办结</Button> : null}
          {v.access.close && !closed ? <Button size="small" danger={false} onClick={() => setClosing("close")}>{v.closure.state === "requested" ? "确认办结" : "办结"}</Button> : null}
          {v.access.close && v.closure.state === "requested" ? <Button size="small" onClick={() => setClosing("reject")}>退回办结申请</Button> : null}
          {v.access.reopen && closed ? <Button size="small" onClick={() => setClosing("reopen")}>重新打开</Button> : null}
        </Space>
      }
    >
      <Descriptions size="small" column={1} labelStyle={{ width: 80 }}>
        <Descriptions.Item label="状态">
          {closed ? (
            <span><Tag>已办结</Tag>{v.closure.closedBy} 于 {fmt(v.closure.closedAt)} 办结{v.closure.note ? `：${v.closure.note}` : ""}</span>
          ) : v.closure.state === "requested" ? (
            <span><Tag color="blue">待确认办结</Tag>{v.closure.requestedBy} 于 {fmt(v.closure.requestedAt)} 申请{v.closure.note ? `：${v.closure.note}` : ""}</span>
          ) : v.closure.reopenedAt ? (
            <span>{v.lightReason}<br /><Typography.Text type="secondary">{v.closure.reopenedBy} 于 {fmt(v.closure.reopenedAt)} 重新打开：{v.closure.reopenReason}</Typography.Text></span>
          ) : (
            v.lightReason
          )}
        </Descriptions.Item>
        <Descriptions.Item label="签收">
          <Space size={[6, 4]} wrap data-testid="signoffs">
            {v.signoffs.length
              ? v.signoffs.map((s) => (
                  <Tag key={s.unitId} color={s.signedAt ? "green" : "default"} title={s.signedAt ? `${s.proxy ? `${s.proxy}，` : ""}${s.signedBy ?? ""} ${fmt(s.signedAt)}` : "未签收"}>
                    {s.name}：{s.signedAt ? (s.proxy ? "已代签" : "已签收") : "未签收"}
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
      {closing ? <ClosureModal kind={closing} taskId={taskId} onClose={() => setClosing(null)} onDone={done({ declare: "已申请办结", close: "任务已办结", reject: "已退回办结申请", reopen: "任务已重新打开" }[closing])} /> : null}
    </Card>
  );
}

