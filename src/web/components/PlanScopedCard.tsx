// A page about one published plan (进展调度, 季度总结): a card whose title holds the plan picker
// (?plan=, else the newest published plan) and whose body says so when no plan is published yet.
// On a phone the picker goes to the top of the body, the whole width.
import { useQuery } from "@tanstack/react-query";
import { Card, Empty, Select, Space } from "antd";
import type { ReactNode } from "react";
import { useSearchParams } from "react-router-dom";
import { api } from "../api/client.js";
import { usePhone } from "../hooks/usePhone.js";
import type { Plan } from "../api/types.js";

/** The published plans, and the one chosen in ?plan= (else the newest). */
export function usePlanChoice() {
  const [params, setParams] = useSearchParams();
  const plans = useQuery({ queryKey: ["plans", "published"], queryFn: async () => (await api.plans.list({ status: "published" })).items });
  const list = plans.data ?? [];
  const planId = Number(params.get("plan")) || list[0]?.id || null;
  const choose = (id: number) =>
    setParams(
      (p) => {
        p.set("plan", String(id));
        return p;
      },
      { replace: true },
    );
  return { plans, list, planId, plan: list.find((p) => p.id === planId), choose };
}

export function PlanSelect({ list, planId, onChange, loading, width = 420 }: { list: Plan[]; planId: number | null; onChange: (id: number) => void; loading: boolean; width?: number | string }) {
  return (
    <Select
      aria-label="工作方案"
      style={{ width }}
      loading={loading}
      value={planId ?? undefined}
      placeholder="选择已发布的工作方案"
      onChange={onChange}
      options={list.map((p) => ({ value: p.id, label: p.title }))}
      notFoundContent="还没有已发布的工作方案"
    />
  );
}

export function PlanScopedCard({
  title,
  choice,
  extra,
  noPlans,
  children,
}: {
  title: string;
  choice: ReturnType<typeof usePlanChoice>;
  extra?: ReactNode;
  /** What to say when no plan is published yet. */
  noPlans: ReactNode;
  children: ReactNode;
}) {
  const { plans, list, planId, choose } = choice;
  const phone = usePhone();
  const select = <PlanSelect list={list} planId={planId} onChange={choose} loading={plans.isPending} width={phone ? "100%" : 420} />;
  return (
    <Card
      variant="borderless"
      size="small"
      title={
        phone ? (
          title
        ) : (
          <Space>
            <span>{title}</span>
            {select}
          </Space>
        )
      }
      extra={planId ? extra : null}
    >
      {phone ? <div style={{ marginBottom: 8 }}>{select}</div> : null}
      {!plans.isPending && !list.length ? <Empty description={noPlans} /> : children}
    </Card>
  );
}
