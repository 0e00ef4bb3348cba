// 进展调度: the office picks a published plan, sees its rounds (一月一调度), creates the next one
// and starts a scheduled one. Opening a round shows its grid (RoundPage).
import { PlusOutlined, SettingOutlined } from "@ant-design/icons";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { App, Button, DatePicker, Form, InputNumber, Modal, Radio, Select, Space, Table, Tag, Typography } from "antd";
import dayjs, { type Dayjs } from "dayjs";
import { useEffect, useState } from "react";
import { Link, useNavigate } from "react-router-dom";
import { PlanScopedCard, usePlanChoice } from "../../components/PlanScopedCard.js";
import { planScheduleApi, roundsApi } from "../../api/rounds.js";
import type { Rhythm, Round, RoundList } from "../../api/roundTypes.js";
import { useSignedInSession } from "../../hooks/session.js";
import { useAction } from "../../hooks/useAction.js";
import { canWritePlans } from "../../lib/labels.js";
import { notifySuccess } from "../../lib/notify.js";
import { REPORT_STATE, RoundStateTag } from "../reports/reportLabels.js";
import type { ReportState } from "../../api/roundTypes.js";
import { confirmOpen, CoverageWarning } from "./NoAccountsNotice.js";

export default function RoundsPage() {
  const session = useSignedInSession();
  const manage = canWritePlans(session.user.roles);
  const navigate = useNavigate();
  const choice = usePlanChoice();
  const { planId } = choice;
  const [creating, setCreating] = useState(false);
  const rounds = useQuery({ queryKey: ["rounds", planId], queryFn: () => roundsApi.list(planId!), enabled: planId !== null, staleTime: 0 });
  const queryClient = useQueryClient();
  const { modal } = App.useApp();
  // Units without accounts, said before a round opens (here and in 新建调度).
  const coverage = useQuery({ queryKey: ["coverage", planId], queryFn: () => roundsApi.coverage(planId!), enabled: planId !== null && manage, staleTime: 0 });
  const { running, run } = useAction<string>();
  const openRound = (id: number) =>
    run(async () => {
      await roundsApi.open(id);
      void queryClient.invalidateQueries({ queryKey: ["rounds", planId] });
    }, { label: `open:${id}`, success: "调度已开始，已通知各责任单位" });

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
      {planId && rounds.data ? (
        <ScheduleSettings planId={planId} list={rounds.data} manage={manage} onSaved={() => void queryClient.invalidateQueries({ queryKey: ["rounds", planId] })} />
      ) : null}
      <Table<Round>
        size="small"
        rowKey="id"
        loading={rounds.isPending && planId !== null}
        dataSource={rounds.data?.items ?? []}
        pagination={false}
        locale={{ emptyText: "还没有调度。点击“新建调度”开始本期的进展调度。" }}
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
                  loading={running === `open:${r.id}`}
                  onClick={(e) => {
                    e.stopPropagation();
                    confirmOpen(modal, coverage.data, r.label, () => openRound(r.id));
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
          list={rounds.data}
          coverage={<CoverageWarning coverage={coverage.data} />}
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

/** The office's view and change of the plan's rhythm and days (PATCH /api/plans/:id). */
function ScheduleSettings({ planId, list, manage, onSaved }: { planId: number; list: RoundList; manage: boolean; onSaved: () => void }) {
  const [editing, setEditing] = useState(false);
  const [form] = Form.useForm<{ rhythm: Rhythm; openDay: number; dueDay: number }>();
  const { busy: saving, run } = useAction();
  const save = (v: { rhythm: Rhythm; openDay: number; dueDay: number }) =>
    void run(async () => {
      await planScheduleApi.save(planId, { ...v, version: list.planVersion });
      setEditing(false);
      onSaved();
    }, { success: "调度规则已保存，之后新建的调度按新规则执行" });
  const openDay = Form.useWatch("openDay", form);
  const dueDay = Form.useWatch("dueDay", form);
  return (
    <div data-testid="schedule-rule" style={{ marginBottom: 12, display: "flex", alignItems: "center", gap: 12, flexWrap: "wrap" }}>
      <Typography.Text>
        调度规则：<Typography.Text strong>{list.rhythmLabel}</Typography.Text>一次，{scheduleText(list.rhythm, list.openDay, list.dueDay)}
      </Typography.Text>
      {manage && list.planStatus === "published" ? (
        <Button
          size="small"
          icon={<SettingOutlined />}
          onClick={() => {
            form.setFieldsValue({ rhythm: list.rhythm, openDay: list.openDay, dueDay: list.dueDay });
            setEditing(true);
          }}
        >
          修改调度规则
        </Button>
      ) : null}
      <Modal
        title="调度规则"
        open={editing}
        onCancel={() => setEditing(false)}
        okText="保存"
        cancelText="取消"
        okButtonProps={{ loading: saving }}
        destroyOnHidden
        onOk={async () => save(await form.validateFields())}
      >
        <Form form={form} layout="vertical" requiredMark={false}>
          <Form.Item name="rhythm" label="调度频次" rules={[{ required: true, message: "请选择调度频次" }]}>
            <Radio.Group
              options={[
                { value: "monthly", label: "每月" },
                { value: "biweekly", label: "每两周（上、下半月）" },
                { value: "quarterly", label: "每季度" },
              ]}
            />
          </Form.Item>
          <Space size={16}>
            <Form.Item name="openDay" label="开始日" rules={[{ required: true, message: "请填写开始日" }]}>
              <InputNumber min={1} max={28} precision={0} addonAfter="日" style={{ width: 140 }} />
            </Form.Item>
            <Form.Item name="dueDay" label="截止日" rules={[{ required: true, message: "请填写截止日" }]}>
              <InputNumber min={1} max={31} precision={0} addonAfter="日" style={{ width: 140 }} />
            </Form.Item>
          </Space>
          <Typography.Text type="secondary">
            {openDay && dueDay
              ? dueDay < openDay
                ? `截止日早于开始日：每期 ${openDay} 日开始，次月 ${dueDay} 日截止（如“次月5日前报送”）。`
                : `每期 ${openDay} 日开始，当月 ${dueDay} 日截止。`
              : ""}
            季度调度在季度最后一个月开始；每两周调度的上半月提前 10 天。已建的调度不受影响。
          </Typography.Text>
        </Form>
      </Modal>
    </div>
  );
}

function scheduleText(rhythm: Rhythm, openDay: number, dueDay: number) {
  const when = rhythm === "quarterly" ? "季度末月" : "每月";
  return dueDay < openDay ? `${when} ${openDay} 日开始、次月 ${dueDay} 日截止` : `${when} ${openDay} 日开始、${dueDay} 日截止`;
}

function CreateRoundModal({
  open,
  planId,
  list,
  coverage,
  onClose,
  onCreated,
}: {
  open: boolean;
  planId: number;
  list: RoundList | undefined;
  coverage: React.ReactNode;
  onClose: () => void;
  onCreated: (round: Round) => void;
}) {
  const [form] = Form.useForm<{ period: string; opensOn: Dayjs | null; dueOn: Dayjs | null }>();
  const period = Form.useWatch("period", form);
  const periods = list?.periods ?? [];
  const choice = periods.find((p) => p.period === period);
  const { busy, run } = useAction();
  const create = (input: { period: string; opensOn?: string; dueOn?: string }) =>
    void run(async () => onCreated((await roundsApi.create(planId, input)).round));
  useEffect(() => {
    if (!open) return;
    // Suggest the first free period after the newest round, else the first free one from today.
    const newest = (list?.items ?? []).map((r) => r.period).sort().at(-1);
    const today = dayjs().format("YYYY-MM-DD");
    const next =
      periods.find((p) => !p.taken && newest !== undefined && p.period > newest) ??
      periods.find((p) => !p.taken && p.dueOn >= today) ??
      periods.find((p) => !p.taken);
    form.setFieldsValue({ period: next?.period, opensOn: null, dueOn: null });
  }, [open, list, form]); // periods comes from list
  const unit = list?.rhythm === "quarterly" ? "季度" : list?.rhythm === "biweekly" ? "半月" : "月份";
  return (
    <Modal
      title="新建调度"
      open={open}
      onCancel={onClose}
      okText="创建"
      cancelText="取消"
      okButtonProps={{ loading: busy, disabled: !choice || choice.taken }}
      destroyOnHidden
      onOk={async () => {
        const v = await form.validateFields();
        create({
          period: v.period,
          ...(v.opensOn ? { opensOn: v.opensOn.format("YYYY-MM-DD") } : {}),
          ...(v.dueOn ? { dueOn: v.dueOn.format("YYYY-MM-DD") } : {}),
        });
      }}
    >
      <Form form={form} layout="vertical" requiredMark={false}>
        <Form.Item name="period" label={`调度${unit}`} rules={[{ required: true, message: `请选择调度${unit}` }]}>
          <Select
            style={{ width: 240 }}
            data-testid="period-select"
            options={periods.map((p) => ({ value: p.period, label: p.taken ? `${p.label}（已存在）` : p.label, disabled: p.taken }))}
          />
        </Form.Item>
        <Space size={16} wrap>
          <Form.Item name="opensOn" label="开始日期">
            <DatePicker placeholder={choice?.opensOn ?? "默认"} style={{ width: 180 }} />
          </Form.Item>
          <Form.Item
            name="dueOn"
            label="截止日期"
            dependencies={["opensOn"]}
            rules={[
              ({ getFieldValue }) => ({
                validator: (_r, value: Dayjs | null) => {
                  const start: Dayjs | null = getFieldValue("opensOn") ?? (choice ? dayjs(choice.opensOn) : null);
                  return value && start && value.isBefore(start, "day") ? Promise.reject(new Error("截止日期不能早于开始日期")) : Promise.resolve();
                },
              }),
            ]}
          >
            <DatePicker placeholder={choice?.dueOn ?? "默认"} style={{ width: 180 }} />
          </Form.Item>
        </Space>
        <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }} data-testid="round-hint">
          不填日期时按方案的调度规则：{list?.rhythmLabel ?? "每月"}一次，{list ? scheduleText(list.rhythm, list.openDay, list.dueDay) : ""}
          {choice ? `（本期 ${choice.opensOn} 开始、${choice.dueOn} 截止）` : ""}。开始日期已到的调度创建后立即开始，并通知各责任单位填报。
        </Typography.Paragraph>
        {coverage}
      </Form>
    </Modal>
  );
}
