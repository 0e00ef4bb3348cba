// 登录: username + password; server errors (wrong password, lockout) shown in an Alert.
import { LockOutlined, UserOutlined } from "@ant-design/icons";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Alert, Button, Form, Input } from "antd";
import { Navigate, useNavigate, useSearchParams } from "react-router-dom";
import { api } from "../../api/client.js";
import { AuthPageLayout } from "../../components/AuthPageLayout.js";
import { rememberSession, useSessionQuery } from "../../hooks/session.js";
import { errorMessage } from "../../lib/notify.js";
import { safeRedirectTarget } from "../../lib/redirect.js";

interface LoginValues {
  username: string;
  password: string;
}

export default function LoginPage() {
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const session = useSessionQuery();
  const redirectTo = safeRedirectTarget(params.get("redirect"));
  const expired = params.get("expired") === "1";

  const login = useMutation({
    mutationFn: (values: LoginValues) => api.auth.login({ username: values.username.trim(), password: values.password }),
    meta: { inlineError: true },
    onSuccess: (payload) => {
      rememberSession(queryClient, payload);
      if (payload.mustChangePassword) {
        navigate(`/change-password?redirect=${encodeURIComponent(redirectTo)}`, { replace: true });
      } else {
        navigate(redirectTo, { replace: true });
      }
    },
  });

  // Already signed in (e.g. opened /login in a second tab): go straight on.
  if (session.data?.status === "signedIn" && !login.isPending && !login.isSuccess) {
    return <Navigate replace to={redirectTo} />;
  }

  return (
    <AuthPageLayout title="用户登录">
      {expired && !login.isError ? (
        <Alert type="warning" showIcon message="登录已过期，请重新登录" style={{ marginBottom: 16 }} />
      ) : null}
      {login.isError ? (
        <Alert
          type="error"
          showIcon
          role="alert"
          message="登录失败"
          description={errorMessage(login.error)}
          style={{ marginBottom: 16 }}
        />
      ) : null}
      <Form<LoginValues> layout="vertical" requiredMark={false} onFinish={(values) => login.mutate(values)}>
        <Form.Item name="username" label="用户名" rules={[{ required: true, message: "请输入用户名" }]}>
          <Input prefix={<UserOutlined />} autoComplete="username" autoFocus />
        </Form.Item>
        <Form.Item name="password" label="密码" rules={[{ required: true, message: "请输入密码" }]}>
          <Input.Password prefix={<LockOutlined />} autoComplete="current-password" />
        </Form.Item>
        <Button type="primary" htmlType="submit" block loading={login.isPending}>
          登录
        </Button>
      </Form>
    </AuthPageLayout>
  );
}
