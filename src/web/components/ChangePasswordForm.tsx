// Current password + new password (twice) with the policy shown; used by the forced
// change-password page and by the 修改密码 dialog in the shell.
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Alert, Button, Form, Input } from "antd";
import { api } from "../api/client.js";
import type { SessionPayload } from "../api/types.js";
import { rememberSession } from "../hooks/session.js";
import { errorMessage } from "../lib/notify.js";
import { PASSWORD_POLICY_TEXT, passwordPolicyRule } from "../lib/passwordPolicy.js";

interface ChangePasswordValues {
  currentPassword: string;
  newPassword: string;
  confirmPassword: string;
}

export function ChangePasswordForm({ username, onChanged, currentPasswordLabel = "当前密码" }: {
  username: string;
  onChanged: (payload: SessionPayload) => void;
  currentPasswordLabel?: string;
}) {
  const queryClient = useQueryClient();
  const change = useMutation({
    mutationFn: (values: ChangePasswordValues) =>
      api.auth.changePassword({ currentPassword: values.currentPassword, newPassword: values.newPassword }),
    meta: { inlineError: true },
    onSuccess: (payload) => {
      rememberSession(queryClient, payload);
      onChanged(payload);
    },
  });

  return (
    <Form<ChangePasswordValues> layout="vertical" onFinish={(values) => change.mutate(values)} requiredMark={false}>
      {change.isError ? <Alert type="error" showIcon message={errorMessage(change.error)} style={{ marginBottom: 16 }} /> : null}
      <Form.Item name="currentPassword" label={currentPasswordLabel} rules={[{ required: true, message: `请输入${currentPasswordLabel}` }]}>
        <Input.Password autoComplete="current-password" />
      </Form.Item>
      <Form.Item
        name="newPassword"
        label="新密码"
        extra={PASSWORD_POLICY_TEXT}
        rules={[{ required: true, message: "请输入新密码" }, passwordPolicyRule(username)]}
      >
        <Input.Password autoComplete="new-password" />
      </Form.Item>
      <Form.Item
        name="confirmPassword"
        label="确认新密码"
        dependencies={["newPassword"]}
        rules={[
          { required: true, message: "请再次输入新密码" },
          ({ getFieldValue }) => ({
            validator: async (_rule, value: string | undefined) => {
              if (value && value !== getFieldValue("newPassword")) throw new Error("两次输入的密码不一致");
            },
          }),
        ]}
      >
        <Input.Password autoComplete="new-password" />
      </Form.Item>
      <Button type="primary" htmlType="submit" block loading={change.isPending}>
        确认修改
      </Button>
    </Form>
  );
}
