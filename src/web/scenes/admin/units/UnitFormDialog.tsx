// Add or edit one unit: name, kind, aliases (free tags).
import type { Id } from "../../../api/types.js";
import { useQueryClient } from "@tanstack/react-query";
import { Form, Input, Select } from "antd";
import { api } from "../../../api/client.js";
import type { Unit, UnitKind } from "../../../api/types.js";
import { UNIT_KIND_OPTIONS } from "../../../lib/labels.js";
import { useAction } from "../../../hooks/useAction.js";
import { SaveDialog } from "../../../components/SaveDialog.js";
import { unitsKey } from "../useUnits.js";

interface UnitValues {
  name: string;
  kind: UnitKind;
  aliases: string[];
}

export function UnitFormDialog({ orgId, unit, onClose }: { orgId: Id; unit: Unit | null; onClose: () => void }) {
  const queryClient = useQueryClient();
  const [form] = Form.useForm<UnitValues>();
  const { busy, run } = useAction();
  const save = (values: UnitValues) =>
    run(async () => {
      const input = { name: values.name.trim(), kind: values.kind, aliases: cleanAliases(values.aliases) };
      const saved = unit ? await api.units.update(unit.id, { ...input, version: unit.version }) : await api.units.create({ orgId, ...input });
      void queryClient.invalidateQueries({ queryKey: unitsKey(orgId) });
      onClose();
      return saved;
    }, { success: (saved) => (unit ? `已保存“${saved.name}”` : `已添加“${saved.name}”`) });

  return (
    <SaveDialog<UnitValues>
      title={unit ? "编辑单位" : "添加单位"}
      form={form}
      busy={busy}
      initialValues={unit ? { name: unit.name, kind: unit.kind, aliases: unit.aliases } : { kind: "department", aliases: [] }}
      onSave={save}
      onClose={onClose}
    >
      <Form.Item name="name" label="单位名称" rules={[{ required: true, whitespace: true, message: "请输入单位名称" }]}>
        <Input maxLength={60} placeholder="例如：基础教育股" />
      </Form.Item>
      <Form.Item name="kind" label="类别" rules={[{ required: true, message: "请选择类别" }]}>
        <Select options={UNIT_KIND_OPTIONS} />
      </Form.Item>
      <Form.Item name="aliases" label="别名" extra="工作方案中可能出现的其他叫法，如“基教股”“县教育局基教股”。输入后按回车添加。">
        <Select mode="tags" open={false} tokenSeparators={[",", "，", "、"]} placeholder="输入别名后按回车" />
      </Form.Item>
    </SaveDialog>
  );
}

function cleanAliases(aliases: string[] | undefined): string[] {
  return [...new Set((aliases ?? []).map((alias) => alias.trim()).filter(Boolean))];
}
