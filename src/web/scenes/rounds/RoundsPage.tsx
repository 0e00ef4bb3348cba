// 进展调度: the office picks a published plan, sees its rounds (一月一调度), creates the next one
// and starts a scheduled one. Opening a round shows its grid (RoundPage).
import { PlusOutlined } from "@ant-design/icons";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Button, DatePicker, Form, Modal, Space, Table, Tag, Typography } from "antd";
import dayjs, { type Dayjs } from "dayjs";
import { useEffect, useState } from "react";
import { Link, useNavigate } from "react-router-dom";
import { PlanScopedCard, usePlanChoice } from "../../components/PlanScopedCard.js";
import { roundsApi } from "../../api/rounds.js";
import type { Round } from "../../api/roundTypes.js";
import { useSignedInSession } from "../../hooks/session.js";
import { canWritePlans } from "../../lib/labels.js";
import { notifySuccess } from "../../lib/notify.js";
import { REPORT_STATE, RoundStateTag } from "../reports/reportLabels.js";
import type { ReportState } from "../../api/roundTypes.js";

export default function RoundsPage() {
  const session = useSignedInSession();
  const manage = canWritePlans(session.user.roles);
  const navigate = useNavigate();
  const choice = usePlanChoice();
  const { planId } = choice;
  const [creating, setCreating] = useState(false);
  const rounds = useQuery({ queryKey: ["rounds", planId], queryFn: () => roundsApi.list(planId!), enabled: planId !== null, staleTime: 0 });
  const queryClient = useQueryClient();
  const open = useMutation({
    mutationFn: (id: number) => roundsApi.open(id),
    onSuccess: () => {
      notifySuccess("调度已开始，已通知各责任单位");
      void queryClient.invalidateQueries({ queryKey: ["rounds", planId] });
    },
  });

  return (
    <PlanScopedCard
      title="进展调度"
      choice={choice}
      noPlans={<span>还没有已发布的工作方案。{manage ? <Link to="/plans">去导入并发布</Link> : null}</span>}
      extra={
        manage ? (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
            新建调度
          </Button>
        ) : null
      }
    >
      <Table<Round>
        size="small"
        rowKey="id"
        loading={rounds.isPending && planId !== null}
        dataSource={rounds.data?.items ?? []}
        pagination={false}
        locale={{ emptyText: "还没有调度。点击“新建调度”开始本月的进展调度。" }}
        onRow={(round) => ({ onClick: () => navigate(`/rounds/${round.id}`), style: { cursor: "pointer" } })}
        columns={[
          { title: "调度周期", dataIndex: "label", width: 160, render: (label: string, r) => <Link to={`/rounds/${r.id}`}>{label}</Link> },
          { title: "开始日期", dataIndex: "opensOn", width: 110 },
          { title: "截止日期", dataIndex: "dueOn", width: 110 },
          { title: "状态", dataIndex: "state", width: 90, render: (s: Round["state"]) => <RoundStateTag state={s} /> },
          {
            title: "报告",
            render: (_v, r) => <CountTags counts={r.counts ?? {}} />,
          },
          {
            title: "",
            width: 90,
            render: (_v, r) =>
              manage && r.state === "scheduled" ? (
                <Button
                  size="small"
                  loading={open.isPending && open.variables === r.id}
                  onClick={(e) => {
                    e.stopPropagation();
                    open.mutate(r.id);
                  }}
                >
                  开始
                </Button>
              ) : null,
          },
        ]}
      />
      {planId ? (
        <CreateRoundModal
          open={creating}
          planId={planId}
          existing={rounds.data?.items ?? []}
          openDay={rounds.data?.openDay ?? 20}
          dueDay={rounds.data?.dueDay ?? 25}
          onClose={() => setCreating(false)}
          onCreated={(round) => {
            setCreating(false);
            void queryClient.invalidateQueries({ queryKey: ["rounds", planId] });
            notifySuccess(round.state === "open" ? `${round.label}调度已开始` : `${round.label}调度已创建，将于 ${round.opensOn} 开始`);
          }}
        />
      ) : null}
    </PlanScopedCard>
  );
}

export function CountTags({ counts }: { counts: Partial<Record<ReportState, number>> }) {
  const entries = (Object.keys(REPORT_STATE) as ReportState[]).filter((s) => counts[s]);
  if (!entries.length) return <Typography.Text type="secondary">—</Typography.Text>;
  return (
    <Space size={4} wrap>
      {entries.map((s) => (
        <Tag key={s} color={REPORT_STATE[s].color} style={{ marginInlineEnd: 0 }}>
          {REPORT_STATE[s].label} {counts[s]}
        </Tag>
      ))}
    </Space>
  );
}

const clampDay = (month: Dayjs, day: number) => month.date(Math.min(day, month.daysInMonth()));

function CreateRoundModal({
  open,
  planId,
  existing,
  openDay,
  dueDay,
  onClose,
  onCreated,
}: {
  open: boolean;
  planId: number;
  existing: Round[];
  openDay: number;
  dueDay: number;
  onClose: () => void;
  onCreated: (round: Round) => void;
}) {
  const [form] = Form.useForm<{ month: Dayjs; opensOn: Dayjs | null; dueOn: Dayjs | null }>();
  const month = Form.useWatch("month", form);
  const create = useMutation({
    mutationFn: (input: { period: string; opensOn?: string; dueOn?: string }) => roundsApi.create(planId, input),
    onSuccess: (res) => onCreated(res.round),
  });
  useEffect(() => {
    if (!open) return;
    // Suggest the first month after the newest round, else this month.
    const newest = existing.map((r) => r.period).filter((p) => /^\d{4}-\d{2}$/.test(p)).sort().at(-1);
    const next = newest ? dayjs(`${newest}-01`).add(1, "month") : dayjs().startOf("month");
    form.setFieldsValue({ month: next, opensOn: null, dueOn: null });
  }, [open, existing, form]);
  const taken = month ? existing.some((r) => r.period === month.format("YYYY-MM")) : false;
  return (
    <Modal
      title="新建调度"
      open={open}
      onCancel={onClose}
      okText="创建"
      cancelText="取消"
      okButtonProps={{ loading: create.isPending, disabled: taken }}
      destroyOnHidden
      onOk={async () => {
        const v = await form.validateFields();
        create.mutate({
          period: v.month.format("YYYY-MM"),
          ...(v.opensOn ? { opensOn: v.opensOn.format("YYYY-MM-DD") } : {}),
          ...(v.dueOn ? { dueOn: v.dueOn.format("YYYY-MM-DD") } : {}),
        });
      }}
    >
      <Form form={form} layout="vertical" requiredMark={false}>
        <Form.Item
          name="month"
          label="调度月份"
          rules={[{ required: true, message: "请选择月份" }]}
          validateStatus={taken ? "error" : undefined}
          help={taken ? "该月份的调度已存在" : undefined}
        >
          <DatePicker picker="month" format="YYYY年M月" style={{ width: 200 }} allowClear={false} />
        </Form.Item>
        <Space size={16}>
          <Form.Item name="opensOn" label="开始日期">
            <DatePicker placeholder={month ? clampDay(month, openDay).format("YYYY-MM-DD") : "默认"} style={{ width: 180 }} />
          </Form.Item>
          <Form.Item
            name="dueOn"
            label="截止日期"
            dependencies={["opensOn"]}
            rules={[
              ({ getFieldValue }) => ({
                validator: (_r, value: Dayjs | null) => {
                  const start: Dayjs | null = getFieldValue("opensOn") ?? (month ? clampDay(month, openDay) : null);
                  return value && start && value.isBefore(start, "day") ? Promise.reject(new Error("截止日期不能早于开始日期")) : Promise.resolve();
                },
              }),
            ]}
          >
            <DatePicker placeholder={month ? clampDay(month, dueDay).format("YYYY-MM-DD") : "默认"} style={{ width: 180 }} />
          </Form.Item>
        </Space>
        <Typography.Text type="secondary">
          不填日期时按方案的调度规则：每月 {openDay} 日开始、{dueDay} 日截止。开始日期已到的调度创建后立即开始，并通知各责任单位填报。
        </Typography.Text>
      </Form>
    </Modal>
  );
}
