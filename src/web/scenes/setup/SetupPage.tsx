// 首次使用: name the bureau and create the first administrator.
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { CopyOutlined } from "@ant-design/icons";
import { Alert, App, Button, Col, Divider, Form, Input, Popconfirm, Row, Table } from "antd";
import { useState } from "react";
import { useNavigate } from "react-router-dom";
import { api } from "../../api/client.js";
import type { DemoAccount } from "../../api/types.js";
import { AuthPageLayout } from "../../components/AuthPageLayout.js";
import { OneTimePassword, copyWithNotice } from "../../components/TemporaryPassword.js";
import { SETUP_KEY, rememberSession } from "../../hooks/session.js";
import { errorMessage } from "../../lib/notify.js";
import { passwordPolicyRule } from "../../lib/passwordPolicy.js";

interface SetupValues {
  orgName: string;
  username: string;
  name: string;
  password: string;
  confirmPassword: string;
}

export default function SetupPage() {
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<SetupValues>();
  const [demoAccounts, setDemoAccounts] = useState<DemoAccount[] | null>(null);
  const demo = useMutation({
    mutationFn: api.setup.demo,
    meta: { inlineError: true },
    // The setup flag is set when the user leaves this page: the accounts must stay on screen until then.
    onSuccess: (result) => setDemoAccounts(result.accounts),
  });
  const setup = useMutation({
    mutationFn: (values: SetupValues) =>
      api.setup.create({
        orgName: values.orgName.trim(),
        username: values.username.trim(),
        name: values.name.trim(),
        password: values.password,
      }),
    meta: { inlineError: true },
    onSuccess: (payload) => {
      rememberSession(queryClient, { ...payload, mustChangePassword: payload.mustChangePassword ?? false });
      queryClient.setQueryData(SETUP_KEY, { needsSetup: false });
      navigate("/", { replace: true });
    },
  });

  if (demoAccounts) {
    return (
      <DemoAccounts
        accounts={demoAccounts}
        onDone={() => {
          queryClient.setQueryData(SETUP_KEY, { needsSetup: false });
          navigate("/login", { replace: true });
        }}
      />
    );
  }

  return (
    <AuthPageLayout
      title="首次使用：初始化系统"
      width={560}
      subtitle={<Alert type="info" showIcon message="请填写本教育局名称并设置系统管理员账号，之后可在“系统管理”中维护单位和用户。" />}
    >
      {demo.isError ? <Alert type="error" showIcon message={errorMessage(demo.error)} style={{ marginBottom: 16 }} /> : null}
      {setup.isError ? <Alert type="error" showIcon message={errorMessage(setup.error)} style={{ marginBottom: 16 }} /> : null}
      <Form<SetupValues>
        form={form}
        layout="vertical"
        requiredMark={false}
        initialValues={{ username: "admin" }}
        onFinish={(values) => setup.mutate(values)}
      >
        <Form.Item name="orgName" label="教育局名称" rules={[{ required: true, whitespace: true, message: "请输入教育局名称" }]}>
          <Input placeholder="例如：某某县教育局" maxLength={60} />
        </Form.Item>
        <Row gutter={16}>
          <Col span={12}>
            <Form.Item name="username" label="管理员用户名" rules={[{ required: true, whitespace: true, message: "请输入管理员用户名" }]}>
              <Input autoComplete="username" maxLength={40} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="name" label="姓名" rules={[{ required: true, whitespace: true, message: "请输入姓名" }]}>
              <Input maxLength={40} />
            </Form.Item>
          </Col>
        </Row>
        <Row gutter={16}>
          <Col span={12}>
            <Form.Item
              name="password"
              label="密码"
              extra="至少 8 位，含大写字母、小写字母、数字、符号中的三类，不含用户名"
              dependencies={["username"]}
              rules={[{ required: true, message: "请输入密码" }, passwordPolicyRule(() => form.getFieldValue("username"))]}
            >
              <Input.Password autoComplete="new-password" />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item
              name="confirmPassword"
              label="确认密码"
              dependencies={["password"]}
              rules={[
                { required: true, message: "请再次输入密码" },
                ({ getFieldValue }) => ({
                  validator: async (_rule, value: string | undefined) => {
                    if (value && value !== getFieldValue("password")) throw new Error("两次输入的密码不一致");
                  },
                }),
              ]}
            >
              <Input.Password autoComplete="new-password" />
            </Form.Item>
          </Col>
        </Row>
        <Button type="primary" htmlType="submit" block loading={setup.isPending}>
          完成初始化并进入系统
        </Button>
      </Form>
      <Divider plain>或</Divider>
      <Popconfirm
        title="加载示例数据"
        description="将创建示例教育局、单位、各角色账号和已发布的示例工作方案，用于试用。"
        okText="加载"
        cancelText="取消"
        onConfirm={() => demo.mutate()}
      >
        <Button block loading={demo.isPending}>
          加载示例数据
        </Button>
      </Popconfirm>
    </AuthPageLayout>
  );
}

function DemoAccounts({ accounts, onDone }: { accounts: DemoAccount[]; onDone: () => void }) {
  const app = App.useApp();
  const copyAll = () => copyWithNotice(app, accounts.map((a) => `${a.roleName}\t${a.name}\t${a.username}\t${a.password}`).join("\n"));
  return (
    <AuthPageLayout title="示例数据已加载" width={720}>
      <Alert
        type="warning"
        showIcon
        style={{ marginBottom: 12 }}
        message="请立即记下，密码只显示这一次；首次登录须修改密码"
        description="以下是示例教育局各角色的账号。离开本页后无法再次查看密码，只能由管理员重置。"
      />
      <Table<DemoAccount>
        size="small"
        rowKey="username"
        pagination={false}
        scroll={{ y: 300 }}
        dataSource={accounts}
        columns={[
          { title: "角色", dataIndex: "roleName", width: 110 },
          { title: "姓名", dataIndex: "name", width: 130 },
          { title: "单位", dataIndex: "unit", render: (unit: string | null | undefined) => unit || "—" },
          { title: "用户名", dataIndex: "username", width: 120 },
          {
            title: "密码",
            dataIndex: "password",
            width: 170,
            render: (value: string) => <OneTimePassword value={value} testId="demo-password" />,
          },
        ]}
      />
      <div style={{ display: "flex", justifyContent: "space-between", marginTop: 12 }}>
        <Button icon={<CopyOutlined />} onClick={() => void copyAll()}>
          全部复制
        </Button>
        <Button type="primary" onClick={onDone}>
          去登录
        </Button>
      </div>
    </AuthPageLayout>
  );
}
