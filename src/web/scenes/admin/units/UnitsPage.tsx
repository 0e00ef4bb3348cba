// 单位: the bureau's 股室 / 学校 / 外单位 with aliases; add, edit, deactivate.
import { PlusOutlined } from "@ant-design/icons";
import { useQueryClient } from "@tanstack/react-query";
import { Badge, Button, Input, Segmented, Space, Table, Tag } from "antd";
import { useMemo, useState } from "react";
import { api } from "../../../api/client.js";
import type { Unit, UnitKind } from "../../../api/types.js";
import { useSignedInSession } from "../../../hooks/session.js";
import { UNIT_KIND_LABELS } from "../../../lib/labels.js";
import { useAction } from "../../../hooks/useAction.js";
import { ActiveToggle } from "../ActiveToggle.js";
import { OrgPicker } from "../OrgPicker.js";
import { unitsKey, useUnits } from "../useUnits.js";
import { UnitFormDialog } from "./UnitFormDialog.js";

type KindFilter = UnitKind | "all";

export default function UnitsPage() {
  const session = useSignedInSession();
  const queryClient = useQueryClient();
  const [orgId, setOrgId] = useState(session.user.orgId);
  const [kindFilter, setKindFilter] = useState<KindFilter>("all");
  const [search, setSearch] = useState("");
  const [editing, setEditing] = useState<Unit | "new" | null>(null);
  const units = useUnits(orgId);

  const { run } = useAction();
  const setActive = (unit: Unit) =>
    void run(async () => {
      const saved = await api.units.update(unit.id, { active: !unit.active, version: unit.version });
      void queryClient.invalidateQueries({ queryKey: unitsKey(orgId) });
      return saved;
    }, { success: (saved) => (saved.active ? `已启用“${saved.name}”` : `已停用“${saved.name}”`) });

  const visible = useMemo(() => {
    const text = search.trim();
    return (units.data ?? []).filter(
      (unit) =>
        (kindFilter === "all" || unit.kind === kindFilter) &&
        (!text || unit.name.includes(text) || unit.aliases.some((alias) => alias.includes(text))),
    );
  }, [units.data, kindFilter, search]);

  return (
    <>
      <Space style={{ marginBottom: 12 }} wrap>
        <OrgPicker value={orgId} onChange={setOrgId} />
        <Segmented<KindFilter>
          value={kindFilter}
          onChange={setKindFilter}
          options={[
            { value: "all", label: "全部" },
            { value: "department", label: "股室" },
            { value: "school", label: "学校" },
            { value: "external", label: "外单位" },
          ]}
        />
        <Input.Search placeholder="按名称或别名查找" allowClear style={{ width: 220 }} onChange={(event) => setSearch(event.target.value)} />
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing("new")}>
          添加单位
        </Button>
      </Space>
      <Table<Unit>
        size="middle"
        rowKey="id"
        loading={units.isLoading}
        dataSource={visible}
        pagination={{ pageSize: 15, showSizeChanger: false, showTotal: (total) => `共 ${total} 个单位` }}
        locale={{ emptyText: "还没有单位。请添加本局的股室、学校和外单位，或在“批量导入”中用 Excel 导入。" }}
        columns={[
          { title: "单位名称", dataIndex: "name" },
          { title: "类别", dataIndex: "kind", width: 90, render: (kind: UnitKind) => UNIT_KIND_LABELS[kind] ?? kind },
          {
            title: "别名",
            dataIndex: "aliases",
            render: (aliases: string[]) => aliases.map((alias) => <Tag key={alias}>{alias}</Tag>),
          },
          {
            title: "状态",
            dataIndex: "active",
            width: 90,
            render: (active: boolean) => (active ? <Badge status="success" text="启用" /> : <Badge status="default" text="已停用" />),
          },
          {
            title: "操作",
            width: 140,
            render: (_value, unit) => (
              <Space size={0}>
                <Button type="link" size="small" onClick={() => setEditing(unit)}>
                  编辑
                </Button>
                <ActiveToggle
                  active={unit.active}
                  name={unit.name}
                  description="停用后不能再给该单位分配任务，已有记录保留。"
                  onToggle={() => setActive(unit)}
                />
              </Space>
            ),
          },
        ]}
      />
      {editing ? (
        <UnitFormDialog
          orgId={orgId}
          unit={editing === "new" ? null : editing}
          onClose={() => setEditing(null)}
        />
      ) : null}
    </>
  );
}
