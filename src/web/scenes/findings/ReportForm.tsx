// The assigned unit's 整改结果报告单, filled online or uploaded as a file (a scan, PDF or Word form):
// saved as a draft (整改中) or sent (已报整改结果).
import { useQueryClient } from "@tanstack/react-query";
import { Alert, Button, Card, Form, Input, Space, Typography } from "antd";
import { findingsApi, type FindingDetail } from "../../api/findings.js";
import { useAction } from "../../hooks/useAction.js";
import { FindingUpload } from "./FindingUpload.js";

export function ReportForm({ f }: { f: FindingDetail }) {
  const queryClient = useQueryClient();
  const [form] = Form.useForm<{ text: string; measures: string }>();
  const { busy, run } = useAction();
  const uploaded = f.files.filter((x) => x.kind === "report_form");
  const send = async (draft: boolean) => {
    const v = draft ? form.getFieldsValue() : await form.validateFields();
    await run(async () => {
      const next = await findingsApi.step(f.id, "report", { version: f.version, text: v.text ?? "", measures: v.measures ?? "", draft });
      queryClient.setQueryData(["finding", f.id], next);
      void queryClient.invalidateQueries({ queryKey: ["findings"] });
    }, { success: draft ? "已保存" : "整改结果已报送" });
  };
  return (
    <Card variant="borderless" size="small" title="整改结果报告单">
      {f.lastReason && f.state === "rectifying" ? <Alert type="warning" showIcon style={{ marginBottom: 12 }} message={`退回原因：${f.lastReason}`} /> : null}
      <Form form={form} layout="vertical" initialValues={{ text: f.reportText, measures: f.reportMeasures }}>
        <Form.Item name="text" label="整改情况" rules={[{ required: !uploaded.length, message: "请填写整改情况，或上传填好的整改结果报告单" }]}
          extra={uploaded.length ? `已上传整改结果报告单：${uploaded.map((x) => x.fileName).join("、")}（可不填整改情况）` : undefined}>
          <Input.TextArea rows={4} maxLength={20000} />
        </Form.Item>
        <Form.Item name="measures" label="整改措施（长效机制）">
          <Input.TextArea rows={3} maxLength={20000} />
        </Form.Item>
        <Space wrap>
          <FindingUpload findingId={f.id} send={(file) => findingsApi.uploadReportForm(f.id, file)} accept=".pdf,.doc,.docx,.jpg,.jpeg,.png"
            label="上传整改结果报告单" done="整改结果报告单已上传" />
          <Typography.Text type="secondary">PDF、Word 或图片，不超过 20 MB</Typography.Text>
        </Space>
        <Space style={{ marginTop: 12, display: "flex" }}>
          <Button loading={busy} onClick={() => void send(true)}>保存</Button>
          <Button type="primary" loading={busy} onClick={() => void send(false)}>报送整改结果</Button>
        </Space>
      </Form>
    </Card>
  );
}
