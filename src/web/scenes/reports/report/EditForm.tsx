// The report form the writing unit fills in: 进展情况 (with what is carried over from last time
// marked), 推进状态, indicator values, milestone dates, problems and next steps.
import { Alert, Col, DatePicker, Form, Input, InputNumber, Radio, Row, Space, Typography } from "antd";
import dayjs from "dayjs";
import type { ReportDetail, ReportStatus } from "../../../api/roundTypes.js";
import { REPORT_STATUS_OPTIONS } from "../reportLabels.js";
import { goalText, unitText, type FormState, type SetField } from "./reportForm.js";

export function EditForm({
  form,
  set,
  report,
  carried,
  identical,
  phone,
}: {
  form: FormState;
  set: SetField;
  report: ReportDetail;
  carried: string[];
  identical: boolean;
  phone: boolean;
}) {
  // On a phone the label goes above its input, which then takes the whole width.
  const line = phone ? { display: "flex", flexDirection: "column", alignItems: "stretch", gap: 4 } as const : { display: "flex", alignItems: "center", gap: 8 } as const;
  const inputWidth = phone ? "100%" : 160;
  const task = report.task;
  return (
    <Form layout="vertical" component="div" requiredMark={false}>
      <Form.Item label="进展情况" htmlFor="report-text" style={{ marginBottom: 8 }}>
        <Input.TextArea
          id="report-text"
          value={form.text}
          onChange={(e) => set("text", e.target.value)}
          autoSize={{ minRows: 7, maxRows: 18 }}
          maxLength={20000}
          showCount
          placeholder="写明本期完成了哪些工作、取得了哪些成效、有哪些具体数据。"
        />
      </Form.Item>
      {identical ? (
        <Alert type="warning" showIcon style={{ marginBottom: 8 }} message="与上期内容完全相同，审定人会看到此提示" data-testid="identical-warning" />
      ) : carried.length ? (
        <Alert
          type="info"
          style={{ marginBottom: 8 }}
          data-testid="carried-over"
          message="以下内容与上期相同："
          description={
            <ul style={{ margin: 0, paddingInlineStart: 18 }}>
              {carried.map((s, i) => (
                <li key={i}>
                  <mark style={{ background: "#fff1b8", padding: "0 2px" }}>{s}</mark>
                </li>
              ))}
            </ul>
          }
        />
      ) : null}
      <Form.Item label="推进状态" style={{ marginBottom: 12 }}>
        <Radio.Group
          aria-label="推进状态"
          value={form.status}
          onChange={(e) => set("status", e.target.value as ReportStatus)}
          options={REPORT_STATUS_OPTIONS}
        />
      </Form.Item>
      {task?.targets.length ? (
        <Form.Item label="量化指标（填写当前值）" style={{ marginBottom: 12 }}>
          <Space direction="vertical" size={6} style={{ width: "100%" }}>
            {task.targets.map((t) => (
              <div key={t.id} style={line}>
                <Typography.Text style={{ flex: 1, minWidth: 0 }} ellipsis={phone ? false : { tooltip: t.text || t.metric }}>
                  {t.metric || "指标"}
                  <Typography.Text type="secondary">（目标：{goalText(t)}）</Typography.Text>
                </Typography.Text>
                <InputNumber
                  aria-label={`${t.metric || "指标"}当前值`}
                  value={form.values[String(t.id)] ?? null}
                  onChange={(v) => set("values", { ...form.values, [String(t.id)]: typeof v === "number" ? v : null })}
                  style={{ width: inputWidth }}
                  addonAfter={unitText(t.unit) || undefined}
                  placeholder="当前值"
                />
              </div>
            ))}
          </Space>
        </Form.Item>
      ) : null}
      {task?.milestones.length ? (
        <Form.Item label="时间节点（填写完成日期）" style={{ marginBottom: 12 }}>
          <Space direction="vertical" size={6} style={{ width: "100%" }}>
            {task.milestones.map((m) => (
              <div key={m.id} style={line}>
                <Typography.Text style={{ flex: 1, minWidth: 0 }} ellipsis={phone ? false : { tooltip: m.what }}>
                  {m.what}
                  <Typography.Text type="secondary">（要求：{m.by}）</Typography.Text>
                </Typography.Text>
                <DatePicker
                  aria-label={`${m.what}完成日期`}
                  value={form.milestones[String(m.id)] ? dayjs(form.milestones[String(m.id)]) : null}
                  onChange={(d) => set("milestones", { ...form.milestones, [String(m.id)]: d ? d.format("YYYY-MM-DD") : null })}
                  placeholder="未完成"
                  inputReadOnly={phone}
                  style={{ width: inputWidth }}
                />
              </div>
            ))}
          </Space>
        </Form.Item>
      ) : null}
      <Row gutter={[12, 12]}>
        <Col xs={24} md={12}>
          <Form.Item label="存在问题" htmlFor="report-problems" style={{ marginBottom: 0 }}>
            <Input.TextArea id="report-problems" value={form.problems} onChange={(e) => set("problems", e.target.value)} autoSize={{ minRows: 3, maxRows: 8 }} maxLength={10000} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item label="下一步打算" htmlFor="report-next" style={{ marginBottom: 0 }}>
            <Input.TextArea id="report-next" value={form.nextSteps} onChange={(e) => set("nextSteps", e.target.value)} autoSize={{ minRows: 3, maxRows: 8 }} maxLength={10000} />
          </Form.Item>
        </Col>
      </Row>
    </Form>
  );
}
