// The forced change-password page (first login with a temporary password, or after a reset).
import { Alert, Button } from "antd";
import { useNavigate, useSearchParams } from "react-router-dom";
import { AuthPageLayout } from "../../components/AuthPageLayout.js";
import { ChangePasswordForm } from "../../components/ChangePasswordForm.js";
import { useSignedInSession } from "../../hooks/session.js";
import { useLogout } from "../../hooks/useLogout.js";
import { notifySuccess } from "../../lib/notify.js";
import { safeRedirectTarget } from "../../lib/redirect.js";

export default function ChangePasswordPage() {
  const session = useSignedInSession();
  const navigate = useNavigate();
  const logout = useLogout();
  const [params] = useSearchParams();
  const redirectTo = safeRedirectTarget(params.get("redirect"));

  return (
    <AuthPageLayout title="修改密码" width={440}>
      {session.mustChangePassword ? (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 16 }}
          message={`${session.user.name}，您好`}
          description="您正在使用临时密码。为保障账号安全，请先设置新密码再使用系统。"
        />
      ) : null}
      <ChangePasswordForm
        username={session.user.username}
        currentPasswordLabel={session.mustChangePassword ? "临时密码" : "当前密码"}
        onChanged={() => {
          notifySuccess("密码已修改");
          navigate(redirectTo, { replace: true });
        }}
      />
      <Button type="link" block style={{ marginTop: 8 }} onClick={logout}>
        退出登录
      </Button>
    </AuthPageLayout>
  );
}
