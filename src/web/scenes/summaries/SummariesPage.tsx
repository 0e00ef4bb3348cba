// 季度总结 (一季度一总结): the summaries of a plan the user may see, and 生成季度总结 — per unit
// (本单位, or any unit for the office) or per leader (本人分管), assembled by the server from the
// quarter's approved reports.
import { PlusOutlined } from "@ant-design/icons";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { Button, Form, Modal, Radio, Select, Table, Tag } from "antd";
import dayjs from "dayjs";
import { useState } from "react";
import { Link, useNavigate } from "react-router-dom";
import { api, ApiError } from "../../api/client.js";
import { notifyError, notifySuccess } from "../../lib/notify.js";
import { useAction } from "../../hooks/useAction.js";
import { summariesApi } from "../../api/rounds.js";
import type { Summary } from "../../api/roundTypes.js";
import { useSignedInSession } from "../../hooks/session.js";
import { usePhone } from "../../hooks/usePhone.js";
import { canWritePlans } from "../../lib/labels.js";
import { formatTime, SUMMARY_STATE } from "../reports/reportLabels.js";
import { PlanScopedCard, usePlanChoice } from "../../components/PlanScopedCard.js";

export default function SummariesPage() {
  const choice = usePlanChoice();
  const { planId, plan } = choice;
  const navigate = useNavigate();
  const phone = usePhone();
  const [creating, setCreating] = useState(false);
  const summaries = useQuery({ queryKey: ["summaries", planId], queryFn: () => summariesApi.list(planId!), enabled: planId !== null, staleTime: 0 });
  return (
    <PlanScopedCard
      title="季度总结"
      choice={choice}
      noPlans="还没有已发布的工作方案"
      extra={
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
          生成季度总结
        </Button>
      }
    >
      <Table<Summary>
        size="small"
        rowKey="id"
        loading={summaries.isPending && planId !== null}
        dataSource={summaries.data?.items ?? []}
        pagination={false}
        scroll={phone ? { x: 640 } : undefined}
        locale={{ emptyText: "还没有季度总结。点击“生成季度总结”，系统会根据本季度已审定的进展报告生成初稿。" }}
        onRow={(s) => ({ onClick: () => navigate(`/summaries/${s.id}`), style: { cursor: "pointer" } })}
        columns={[
          { title: "标题", dataIndex: "title", width: phone ? 150 : undefined, fixed: phone ? "left" : undefined, render: (t: string, s) => <Link to={`/summaries/${s.id}`}>{t}</Link> },
          { title: "季度", dataIndex: "quarterLabel", width: 150 },
          { title: "类型", dataIndex: "scope", width: 90, render: (scope: Summary["scope"]) => (scope === "unit" ? "单位" : "分管领导") },
          { title: "状态", dataIndex: "state", width: 90, render: (s: Summary["state"]) => <Tag color={SUMMARY_STATE[s].color}>{SUMMARY_STATE[s].label}</Tag> },
          { title: "更新时间", dataIndex: "updatedAt", width: 150, render: formatTime },
        ]}
      />
      {planId ? (
        <CreateSummaryModal
          open={creating}
          planId={planId}
          year={plan?.year ?? dayjs().year()}
          choice={summaries.data}
          onClose={() => setCreating(false)}
          onCreated={(s) => navigate(`/summaries/${s.id}`)}
        />
      ) : null}
    </PlanScopedCard>
  );
}

type QuarterChoice = { quarters: { value: string; label: string }[]; defaultQuarter: string };

/** Without the server's list (an older server): the plan's year. */
function plainQuarters(year: number): QuarterChoice {
  return {
    quarters: [1, 2, 3, 4].map((q) => ({ value: `${year}-Q${q}`, label: `${year}年第${"一二三四"[q - 1]}季度` })),
    defaultQuarter: `${year}-Q${dayjs().year() === year ? Math.ceil((dayjs().month() + 1) / 3) : 1}`,
  };
}

function CreateSummaryModal({ open, planId, year, choice, onClose, onCreated }: { open: boolean; planId: number; year: number; choice?: QuarterChoice; onClose: () => void; onCreated: (s: Summary) => void }) {
  const session = useSignedInSession();
  const roles = session.user.roles;
  const office = canWritePlans(roles);
  const isLeader = roles.includes("leader") || roles.includes("director");
  const hasUnit = session.user.unitId !== null && roles.some((r) => r === "unit_staff" || r === "unit_head");
  const [form] = Form.useForm<{ quarter: string; scope: "unit" | "leader"; unitId?: number }>();
  const scope = Form.useWatch("scope", form);
  const queryClient = useQueryClient();
  const units = useQuery({ queryKey: ["units", session.user.orgId], queryFn: async () => (await api.units.list()).items, enabled: open && office });
  const { busy, run } = useAction();
  const create = (v: { quarter: string; scope: "unit" | "leader"; unitId?: number }) =>
    run(async () => {
      const made = await summariesApi.create(planId, v);
      void queryClient.invalidateQueries({ queryKey: ["summaries", planId] });
      onCreated(made);
    }, {
      // The quarter's summary exists already: open it.
      onError: (e) => {
        const id = e instanceof ApiError && e.code === "SUMMARY_EXISTS" ? (e.details as { id?: number } | undefined)?.id : undefined;
        if (id) {
          notifySuccess((e as ApiError).message);
          onCreated({ id } as Summary);
        } else notifyError(e);
      },
    });
  // The plan's year and the quarters its rounds and today fall in (the server lists them).
  const { quarters, defaultQuarter: currentQuarter } = choice?.quarters?.length ? choice : plainQuarters(year);
  const scopes = [
    ...(hasUnit || office ? [{ value: "unit", label: office && !hasUnit ? "单位" : "本单位" }] : []),
    ...(isLeader ? [{ value: "leader", label: "本人分管" }] : []),
  ];
  return (
    <Modal
      title="生成季度总结"
      open={open}
      onCancel={onClose}
      okText="生成"
      cancelText="取消"
      okButtonProps={{ loading: busy, disabled: !scopes.length }}
      destroyOnHidden
      onOk={async () => {
        const v = await form.validateFields();
        void create({ quarter: v.quarter, scope: v.scope, ...(v.scope === "unit" && office && !hasUnit ? { unitId: v.unitId } : {}) });
      }}
    >
      <Form form={form} layout="vertical" requiredMark={false} initialValues={{ quarter: currentQuarter, scope: scopes[0]?.value }}>
        <Form.Item name="quarter" label="季度" rules={[{ required: true, message: "请选择季度" }]}>
          <Select options={quarters} style={{ width: 200 }} />
        </Form.Item>
        <Form.Item name="scope" label="范围" rules={[{ required: true, message: "请选择范围" }]}>
          <Radio.Group options={scopes} />
        </Form.Item>
        {scope === "unit" && office && !hasUnit ? (
          <Form.Item name="unitId" label="单位" rules={[{ required: true, message: "请选择单位" }]}>
            <Select showSearch optionFilterProp="label" style={{ width: 260 }} options={(units.data ?? []).filter((u) => u.active).map((u) => ({ value: u.id, label: u.name }))} />
          </Form.Item>
        ) : null}
        {!scopes.length ? <div>只有单位经办人、单位负责人、分管领导和办公室可以生成季度总结。</div> : null}
      </Form>
    </Modal>
  );
}
