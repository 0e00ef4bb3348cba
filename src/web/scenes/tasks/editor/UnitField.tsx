// Unit and leader tag lists of the task editor. A unit name the directory does not know is marked
// 将新建 (it becomes a new unit at publish) and can be mapped in one click to an existing unit,
// which maps every occurrence in the plan and keeps the name as the unit's alias.
import { useMutation, useQuery } from "@tanstack/react-query";
import { AutoComplete, Button, Form, Popover, Select, Space, Tag, Tooltip, Typography } from "antd";
import { useRef, useState } from "react";
import { api } from "../../../api/client.js";
import type { Id, LeaderRef, Unit, UnitRef } from "../../../api/types.js";
import { errorMessage, notifySuccess } from "../../../lib/notify.js";
import { normalize, type FieldKey } from "./taskValue.js";

const KIND_SUFFIX: Record<Unit["kind"], string> = { department: "股室", school: "学校", external: "外单位" };

function findUnit(name: string, units: Unit[]): Unit | undefined {
  const n = normalize(name);
  return units.find((u) => normalize(u.name) === n) ?? units.find((u) => u.aliases.some((a) => normalize(a) === n));
}

export function UnitField({ role, value, onChange, units, planId, planDraft, readOnly, focused, onFocus, lowConfidence, onMapped }: {
  role: "lead" | "co" | "liaison";
  value: UnitRef[];
  onChange: (next: UnitRef[]) => void;
  units: Unit[];
  planId: Id;
  planDraft: boolean;
  readOnly: boolean;
  focused: FieldKey | null;
  onFocus: (index: number) => void;
  lowConfidence: (index: number) => boolean;
  onMapped: (name: string, unitId: Id) => void;
}) {
  const [adding, setAdding] = useState("");
  const picked = useRef(0);
  const byId = new Map(units.map((u) => [u.id, u]));
  const add = (name: string) => {
    const clean = name.trim();
    if (!clean || value.some((u) => normalize(u.name) === normalize(clean))) return setAdding("");
    onChange([...value, { name: clean, unitId: findUnit(clean, units)?.id ?? null }]);
    setAdding("");
  };
  return (
    <Space size={[4, 4]} wrap>
      {value.map((ref, index) => {
        const unit = ref.unitId ? byId.get(ref.unitId) : undefined;
        const isFocused = focused === `${role}:${index}`;
        return (
          <span key={`${ref.name}-${index}`} style={{ display: "inline-flex", alignItems: "center", gap: 2 }} data-unit-name={ref.name}>
            <Tooltip title={unit ? (unit.name !== ref.name ? `对应单位：${unit.name}` : "已对应单位目录") : undefined}>
              <Tag
                closable={!readOnly}
                onClose={(e) => {
                  e.preventDefault();
                  onChange(value.filter((_u, i) => i !== index));
                }}
                onClick={() => onFocus(index)}
                color={isFocused ? "gold" : ref.unitId ? "blue" : undefined}
                style={{ cursor: "pointer", marginInlineEnd: 0, ...(lowConfidence(index) ? { borderStyle: "dashed", borderColor: "#fa8c16" } : {}) }}
              >
                {ref.name}
                {unit && unit.name !== ref.name ? <Typography.Text type="secondary" style={{ fontSize: 11 }}>（{unit.name}）</Typography.Text> : null}
              </Tag>
            </Tooltip>
            {ref.unitId ? null : (
              <>
                <Tag color="warning" style={{ marginInlineEnd: 0 }}>
                  {planDraft ? "将新建" : "未对应单位"}
                </Tag>
                {readOnly ? null : <MapUnitButton name={ref.name} units={units} planId={planId} onMapped={onMapped} />}
              </>
            )}
          </span>
        );
      })}
      {readOnly ? (value.length ? null : <Typography.Text type="secondary">—</Typography.Text>) : (
        <AutoComplete
          size="small"
          value={adding}
          style={{ width: 130 }}
          placeholder="+ 添加单位"
          aria-label={`添加${{ lead: "牵头单位", co: "协办单位", liaison: "联络股室" }[role]}`}
          options={units
            .filter((u) => u.active && (!adding || u.name.includes(adding) || u.aliases.some((a) => a.includes(adding))))
            .slice(0, 30)
            .map((u) => ({ value: u.name, label: u.name }))}
          defaultActiveFirstOption={false}
          onChange={setAdding}
          onSelect={(name: string) => {
            picked.current = performance.now();
            add(name);
          }}
          onKeyDown={(e) => {
            if (e.key !== "Enter") return;
            // Enter on a highlighted option selects it; Enter on typed text adds that name.
            // Both handlers run for the same key press, in either order.
            const typed = adding;
            const at = performance.now();
            setTimeout(() => {
              if (Math.abs(picked.current - at) > 30) add(typed);
            });
          }}
        />
      )}
    </Space>
  );
}

function MapUnitButton({ name, units, planId, onMapped }: { name: string; units: Unit[]; planId: Id; onMapped: (name: string, unitId: Id) => void }) {
  const [open, setOpen] = useState(false);
  const [unitId, setUnitId] = useState<Id | undefined>();
  const map = useMutation({
    mutationFn: (id: Id) => api.plans.mapUnit(planId, { name, unitId: id }),
    meta: { inlineError: true },
    onSuccess: (result) => {
      setOpen(false);
      notifySuccess(`已将“${name}”对应到 ${result.unitName}（${result.changed} 处），并记为别名`);
      onMapped(name, result.unitId);
    },
  });
  return (
    <Popover
      open={open}
      onOpenChange={(next) => {
        setOpen(next);
        if (next) map.reset();
      }}
      trigger="click"
      title={`把“${name}”对应到已有单位`}
      content={
        <Form layout="vertical" size="small" component="div" style={{ width: 260 }}>
          <Form.Item label="已有单位" htmlFor={`map-unit-${name}`} style={{ marginBottom: 8 }} extra="本方案中所有同名的单位都会对应过去，并把该名称记为单位的别名。">
            <Select
              id={`map-unit-${name}`}
              showSearch
              optionFilterProp="label"
              value={unitId}
              onChange={setUnitId}
              placeholder="选择单位"
              options={units.filter((u) => u.active).map((u) => ({ value: u.id, label: u.name, title: u.name, kind: KIND_SUFFIX[u.kind] }))}
            />
          </Form.Item>
          {map.isError ? <Typography.Text type="danger">{errorMessage(map.error)}</Typography.Text> : null}
          <div style={{ textAlign: "right" }}>
            <Button size="small" type="primary" disabled={!unitId} loading={map.isPending} onClick={() => unitId && map.mutate(unitId)}>
              确定
            </Button>
          </div>
        </Form>
      }
    >
      <Button size="small" type="link" style={{ padding: "0 2px" }}>
        对应到已有单位
      </Button>
    </Popover>
  );
}

export function LeaderField({ value, onChange, readOnly, focused, onFocus, lowConfidence }: {
  value: LeaderRef[];
  onChange: (next: LeaderRef[]) => void;
  readOnly: boolean;
  focused: FieldKey | null;
  onFocus: (index: number) => void;
  lowConfidence: (index: number) => boolean;
}) {
  const [adding, setAdding] = useState("");
  // The bureau's leaders and director, offered as one types (the office reads the user list).
  const leaders = useQuery({
    queryKey: ["users", "leaders"],
    queryFn: async () => (await api.users.list()).items.filter((u) => u.active && u.roles.some((r) => r === "leader" || r === "director")),
    enabled: !readOnly,
    meta: { inlineError: true },
    staleTime: 300_000,
  });
  const add = (picked?: string) => {
    const clean = (picked ?? adding).trim();
    setAdding("");
    if (!clean || value.some((l) => l.name === clean)) return;
    // The server matches the name to a leader account when it saves.
    onChange([...value, { name: clean, userId: null }]);
  };
  const options = (leaders.data ?? [])
    .filter((u) => !value.some((l) => l.name === u.name) && (!adding.trim() || u.name.includes(adding.trim())))
    .map((u) => ({ value: u.name, label: `${u.name}${u.roles.includes("director") ? "（局长）" : ""}` }));
  return (
    <Space size={[4, 4]} wrap>
      {value.map((leader, index) => (
        <span key={`${leader.name}-${index}`} style={{ display: "inline-flex", gap: 2 }}>
          <Tag
            closable={!readOnly}
            onClose={(e) => {
              e.preventDefault();
              onChange(value.filter((_l, i) => i !== index));
            }}
            onClick={() => onFocus(index)}
            color={focused === `leaders:${index}` ? "gold" : leader.userId ? "purple" : undefined}
            style={{ cursor: "pointer", marginInlineEnd: 0, ...(lowConfidence(index) ? { borderStyle: "dashed", borderColor: "#fa8c16" } : {}) }}
          >
            {leader.name}
          </Tag>
          {leader.userId ? null : (
            <Tooltip title="系统中没有同名的分管领导账号；添加该领导的账号后重新保存即可对应">
              <Tag color="warning" style={{ marginInlineEnd: 0 }}>
                未匹配账号
              </Tag>
            </Tooltip>
          )}
        </span>
      ))}
      {readOnly ? (value.length ? null : <Typography.Text type="secondary">—</Typography.Text>) : (
        <AutoComplete
          size="small"
          aria-label="添加责任领导"
          placeholder="+ 添加领导"
          value={adding}
          options={options}
          popupMatchSelectWidth={160}
          style={{ width: 110 }}
          onChange={(text) => setAdding(text)}
          onSelect={(name: string) => add(name)}
          onInputKeyDown={(e) => { if (e.key === "Enter" && !options.length) add(); }}
          onBlur={() => add()}
        />
      )}
    </Space>
  );
}
