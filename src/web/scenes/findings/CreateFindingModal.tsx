import { useQuery, useQueryClient } from "@tanstack/react-query";
import { DatePicker, Form, Input, Modal, Select } from "antd";
import dayjs, { type Dayjs } from "dayjs";
import { api } from "../../api/client.js";
import { findingsApi } from "../../api/findings.js";
import { useAction } from "../../hooks/useAction.js";
import { FINDING_CATEGORIES, FINDING_SEVERITIES, FINDING_SOURCES, HAZARD_CATEGORY } from "../../../shared/findings.js";

interface Values { source: string; title: string; description?: string; category: string; severity: string; place?: string; unitId?: number; foundOn: Dayjs; foundBy?: string }

export function CreateFindingModal({ hazard, onClose }: { hazard: boolean; onClose(id?: number): void }) {
  const [form] = Form.useForm<Values>();
  const { busy, run } = useAction();
  const queryClient = useQueryClient();
  const units = useQuery({ queryKey: ["units"], queryFn: () => api.units.list() });
  const submit = async () => {
    const v = await form.validateFields();
    await run(async () => {
      const made = await findingsApi.create({ ...v, foundOn: v.foundOn.format("YYYY-MM-DD"), unitId: v.unitId ?? null });
      void queryClient.invalidateQueries({ queryKey: ["findings"] });
      onClose(made.id);
    }, { success: "问题已登记" });
  };
  return (
    <Modal open title="登记督导问题" okText="登记" cancelText="取消" confirmLoading={busy} onOk={() => void submit()} onCancel={() => onClose()} width={640} destroyOnHidden>
      <Form form={form} layout="vertical" initialValues={{ source: "督导检查", category: hazard ? HAZARD_CATEGORY : "工作落实", severity: "general", foundOn: dayjs() }}>
        <Form.Item name="title" label="问题标题" rules={[{ required: true, min: 2, message: "请填写问题标题（至少 2 个字）" }]}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="description" label="问题描述">
          <Input.TextArea rows={3} maxLength={20000} />
        </Form.Item>
        <Form.Item name="source" label="问题来源" rules={[{ required: true }]}>
          <Select options={FINDING_SOURCES.map((s) => ({ value: s, label: s }))} />
        </Form.Item>
        <Form.Item name="category" label="问题类别" rules={[{ required: true }]}>
          <Select options={FINDING_CATEGORIES.map((s) => ({ value: s, label: s }))} />
        </Form.Item>
        <Form.Item name="severity" label="严重程度">
          <Select options={Object.entries(FINDING_SEVERITIES).map(([value, label]) => ({ value, label }))} />
        </Form.Item>
        <Form.Item name="unitId" label="责任单位（学校或股室）">
          <Select allowClear showSearch optionFilterProp="label" options={(units.data?.items ?? []).filter((u) => u.active).map((u) => ({ value: u.id, label: u.name }))} />
        </Form.Item>
        <Form.Item name="place" label="发现地点">
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="foundOn" label="发现日期" rules={[{ required: true, message: "请选择发现日期" }]}>
          <DatePicker />
        </Form.Item>
        <Form.Item name="foundBy" label="发现人">
          <Input maxLength={100} placeholder="默认为登记人" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
