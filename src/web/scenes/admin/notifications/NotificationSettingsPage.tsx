// 系统管理 → 通知设置: when reminders go out (days before the due day, escalation to the
// leader after N overdue days), the outside channels (DingTalk / WeCom robots, e-mail), and the
// outbox of messages sent through them — failures stay visible.
import { ReloadOutlined } from "@ant-design/icons";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { Alert, Button, Card, Col, Form, Input, InputNumber, Row, Segmented, Space, Spin, Switch, Table, Tag, Typography } from "antd";
import { useEffect, useState } from "react";
import { settingsApi } from "../../../api/rounds.js";
import type { JobStatus, NotificationSettings, OutboxItem } from "../../../api/roundTypes.js";
import { useAction } from "../../../hooks/useAction.js";
import { formatTime } from "../../reports/reportLabels.js";

const MASK = "********";
const CHANNEL_LABEL: Record<string, string> = { dingtalk: "钉钉", wecom: "企业微信", email: "邮件" };
const OUTBOX_STATE: Record<OutboxItem["state"], { label: string; color: string }> = {
  pending: { label: "待发送", color: "gold" },
  sent: { label: "已发送", color: "green" },
  failed: { label: "失败", color: "red" },
};

export default function NotificationSettingsPage() {
  const queryClient = useQueryClient();
  const settings = useQuery({ queryKey: ["settings", "notifications"], queryFn: settingsApi.notifications, staleTime: 0 });
  const [form] = Form.useForm<NotificationSettings>();
  useEffect(() => {
    if (settings.data) form.setFieldsValue(settings.data);
  }, [settings.data, form]);
  const { busy, run } = useAction();
  const save = (v: NotificationSettings) =>
    void run(async () => {
      await settingsApi.saveNotifications(v);
      void queryClient.invalidateQueries({ queryKey: ["settings", "notifications"] });
    }, { success: "通知设置已保存" });
  const dingtalk = Form.useWatch(["channels", "dingtalk", "enabled"], form);
  const wecom = Form.useWatch(["channels", "wecom", "enabled"], form);
  const email = Form.useWatch(["channels", "email", "enabled"], form);

  if (!settings.data) return <Spin style={{ display: "block", margin: 40 }} />;
  const url = [{ type: "url" as const, message: "请填写以 http:// 或 https:// 开头的地址" }];
  const requiredIf = (on: boolean | undefined, message: string) => [{ required: !!on, message }];
  return (
    <Space direction="vertical" size={12} style={{ width: "100%" }}>
      <Form form={form} layout="vertical" requiredMark={false} onFinish={save} initialValues={settings.data}>
        <Row gutter={16}>
          <Col span={8}>
            <Card size="small" title="催办规则">
              <Form.Item name={["reminders", "beforeDays"]} label="截止前几天提醒" extra="截止当天和逾期后每天也会提醒未报送的单位">
                <InputNumber min={0} max={30} addonAfter="天" style={{ width: 140 }} />
              </Form.Item>
              <Form.Item
                name={["reminders", "escalateAfterDays"]}
                label="逾期几天后同时提醒责任领导"
                extra="“责任领导”即任务的分管领导（任务上的责任领导）"
              >
                <InputNumber min={1} max={60} addonAfter="天" style={{ width: 140 }} />
              </Form.Item>
              <Form.Item
                name={["reminders", "findingEscalateAfterDays"]}
                label="督导问题逾期几天后提醒上级"
                extra="交办的督导问题超过整改期限这么多天，提醒关联任务的分管领导或承办单位负责人"
                style={{ marginBottom: 0 }}
              >
                <InputNumber min={1} max={60} addonAfter="天" style={{ width: 140 }} aria-label="督导问题逾期提醒天数" />
              </Form.Item>
            </Card>
          </Col>
          <Col span={16}>
            <Card size="small" title="外部通知渠道" extra={<Typography.Text type="secondary">系统内通知（铃铛）始终开启</Typography.Text>}>
              <Row gutter={16}>
                <Col span={12}>
                  <Space align="center" style={{ marginBottom: 8 }}>
                    <Form.Item name={["channels", "dingtalk", "enabled"]} valuePropName="checked" noStyle>
                      <Switch aria-label="启用钉钉机器人" />
                    </Form.Item>
                    <Typography.Text strong>钉钉群机器人</Typography.Text>
                  </Space>
                  <Form.Item name={["channels", "dingtalk", "webhook"]} label="Webhook 地址" rules={[...url, ...requiredIf(dingtalk, "请填写 Webhook 地址")]}>
                    <Input placeholder="https://oapi.dingtalk.com/robot/send?access_token=…" disabled={!dingtalk} />
                  </Form.Item>
                  <Form.Item name={["channels", "dingtalk", "secret"]} label="加签密钥" extra={settings.data.channels.dingtalk.secret === MASK ? "已设置；不修改请保持不变" : "机器人安全设置选择“加签”时填写"}>
                    <Input.Password autoComplete="new-password" disabled={!dingtalk} visibilityToggle={false} />
                  </Form.Item>
                  <Space align="center" style={{ marginBottom: 8 }}>
                    <Form.Item name={["channels", "wecom", "enabled"]} valuePropName="checked" noStyle>
                      <Switch aria-label="启用企业微信机器人" />
                    </Form.Item>
                    <Typography.Text strong>企业微信群机器人</Typography.Text>
                  </Space>
                  <Form.Item name={["channels", "wecom", "webhook"]} label="Webhook 地址" rules={[...url, ...requiredIf(wecom, "请填写 Webhook 地址")]} style={{ marginBottom: 0 }}>
                    <Input placeholder="https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=…" disabled={!wecom} />
                  </Form.Item>
                </Col>
                <Col span={12}>
                  <Space align="center" style={{ marginBottom: 8 }}>
                    <Form.Item name={["channels", "email", "enabled"]} valuePropName="checked" noStyle>
                      <Switch aria-label="启用邮件" />
                    </Form.Item>
                    <Typography.Text strong>电子邮件（SMTP）</Typography.Text>
                  </Space>
                  <Row gutter={8}>
                    <Col span={16}>
                      <Form.Item name={["channels", "email", "host"]} label="服务器" rules={requiredIf(email, "请填写 SMTP 服务器")}>
                        <Input placeholder="smtp.example.gov.cn" disabled={!email} />
                      </Form.Item>
                    </Col>
                    <Col span={8}>
                      <Form.Item name={["channels", "email", "port"]} label="端口">
                        <InputNumber min={1} max={65535} style={{ width: "100%" }} disabled={!email} />
                      </Form.Item>
                    </Col>
                  </Row>
                  <Form.Item name={["channels", "email", "secure"]} valuePropName="checked" label="SSL/TLS 加密连接" style={{ marginBottom: 8 }}>
                    <Switch disabled={!email} />
                  </Form.Item>
                  <Row gutter={8}>
                    <Col span={12}>
                      <Form.Item name={["channels", "email", "user"]} label="用户名">
                        <Input autoComplete="off" disabled={!email} />
                      </Form.Item>
                    </Col>
                    <Col span={12}>
                      <Form.Item name={["channels", "email", "pass"]} label="密码" extra={settings.data.channels.email.pass === MASK ? "已设置；不修改请保持不变" : undefined}>
                        <Input.Password autoComplete="new-password" disabled={!email} visibilityToggle={false} />
                      </Form.Item>
                    </Col>
                  </Row>
                  <Form.Item name={["channels", "email", "from"]} label="发件人" rules={requiredIf(email, "请填写发件人地址")} style={{ marginBottom: 0 }}>
                    <Input placeholder="督办系统 <duban@example.gov.cn>" disabled={!email} />
                  </Form.Item>
                </Col>
              </Row>
            </Card>
          </Col>
        </Row>
        <div style={{ marginTop: 12 }}>
          <Button type="primary" htmlType="submit" loading={busy}>
            保存设置
          </Button>
        </div>
      </Form>
      <Jobs />
      <Outbox />
    </Space>
  );
}

/** The scheduled jobs (新建调度, 催办): last run and the error of a failed run. */
function Jobs() {
  const jobs = useQuery({ queryKey: ["settings", "jobs"], queryFn: settingsApi.jobs, staleTime: 0 });
  return (
    <Card
      size="small"
      title="定时任务"
      data-testid="jobs"
      extra={<Button size="small" icon={<ReloadOutlined />} onClick={() => void jobs.refetch()} aria-label="刷新定时任务" />}
    >
      <Table<JobStatus>
        size="small"
        rowKey="name"
        pagination={false}
        loading={jobs.isPending}
        dataSource={jobs.data?.items ?? []}
        locale={{ emptyText: "定时任务尚未运行（服务启动后每 30 秒检查一次）" }}
        columns={[
          { title: "任务", dataIndex: "label", width: 200 },
          { title: "上次运行", dataIndex: "lastRunAt", width: 170, render: (v: string | null) => (v ? formatTime(v) : "—") },
          { title: "下次运行", dataIndex: "nextRunAt", width: 170, render: (v: string | null) => (v ? formatTime(v) : "—") },
          {
            title: "结果",
            dataIndex: "lastError",
            render: (err: string | null, j) =>
              err ? (
                <Typography.Text type="danger" data-testid={`job-error-${j.name}`}>
                  失败：{err}
                </Typography.Text>
              ) : j.lastRunAt ? (
                <Tag color="green">成功</Tag>
              ) : (
                "—"
              ),
          },
        ]}
      />
    </Card>
  );
}

function Outbox() {
  const [state, setState] = useState<string>("all");
  const outbox = useQuery({ queryKey: ["outbox", state], queryFn: () => settingsApi.outbox(state === "all" ? undefined : state), staleTime: 0 });
  const items = outbox.data?.items ?? [];
  return (
    <Card
      size="small"
      title="外发记录"
      extra={
        <Space>
          <Segmented
            size="small"
            value={state}
            onChange={(v) => setState(String(v))}
            options={[
              { value: "all", label: "全部" },
              { value: "pending", label: "待发送" },
              { value: "sent", label: "已发送" },
              { value: "failed", label: "失败" },
            ]}
          />
          <Button size="small" icon={<ReloadOutlined />} onClick={() => void outbox.refetch()} aria-label="刷新外发记录" />
        </Space>
      }
    >
      {items.some((i) => i.state === "failed") ? (
        <Alert type="error" showIcon style={{ marginBottom: 8 }} message="有消息发送失败，请检查渠道设置（地址、密钥、网络）。" />
      ) : null}
      <Table<OutboxItem>
        size="small"
        rowKey="id"
        loading={outbox.isPending}
        dataSource={items}
        pagination={items.length > 10 ? { pageSize: 10, size: "small" } : false}
        locale={{ emptyText: "暂无外发消息" }}
        columns={[
          { title: "渠道", dataIndex: "channel", width: 90, render: (c: string) => CHANNEL_LABEL[c] ?? c },
          { title: "状态", dataIndex: "state", width: 80, render: (s: OutboxItem["state"]) => <Tag color={OUTBOX_STATE[s]?.color}>{OUTBOX_STATE[s]?.label ?? s}</Tag> },
          { title: "内容", dataIndex: "summary", ellipsis: true },
          { title: "尝试", dataIndex: "attempts", width: 60 },
          { title: "最近错误", dataIndex: "lastError", width: 220, ellipsis: true, render: (e: string | null) => (e ? <Typography.Text type="danger">{e}</Typography.Text> : "—") },
          { title: "时间", width: 150, render: (_v, r) => formatTime(r.sentAt ?? r.createdAt) },
        ]}
      />
    </Card>
  );
}
