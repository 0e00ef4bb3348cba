// Shows generated temporary passwords once, with a copy button.
import { CopyOutlined } from "@ant-design/icons";
import { Alert, Button, Table, Typography } from "antd";
import type { useAppProps } from "antd/es/app/context.js";

export interface TemporaryCredential {
  username: string;
  name?: string;
  temporaryPassword: string;
}

async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    // Older browsers / non-secure origins (plain http on an intranet): fall back to a hidden textarea.
    const area = document.createElement("textarea");
    area.value = text;
    area.style.position = "fixed";
    area.style.opacity = "0";
    document.body.appendChild(area);
    area.select();
    const ok = document.execCommand("copy");
    area.remove();
    return ok;
  }
}

export function credentialsAsText(credentials: TemporaryCredential[]): string {
  return credentials.map((c) => `${c.name ? `${c.name}\t` : ""}${c.username}\t${c.temporaryPassword}`).join("\n");
}

/** Copies `text` (the http fallback included) and says whether it worked. */
export async function copyWithNotice(app: useAppProps, text: string) {
  if (await copyText(text)) app.message.success("已复制到剪贴板");
  else app.message.warning("复制失败，请手动选中复制");
}

/** A password shown only this once: set as code, with its own copy button. */
export function OneTimePassword({ value, testId }: { value: string; testId: string }) {
  return (
    <Typography.Text code copyable={{ tooltips: ["复制", "已复制"] }} data-testid={testId}>
      {value}
    </Typography.Text>
  );
}

export function TemporaryPasswordList({ credentials, app }: { credentials: TemporaryCredential[]; app: useAppProps }) {
  const copyAll = () => copyWithNotice(app, credentialsAsText(credentials));
  return (
    <div>
      <Alert
        type="warning"
        showIcon
        style={{ marginBottom: 12 }}
        message="临时密码只显示这一次"
        description="请立即复制并转交本人。对方首次登录时须修改密码。"
      />
      <Table<TemporaryCredential>
        size="small"
        rowKey="username"
        pagination={credentials.length > 10 ? { pageSize: 10, size: "small" } : false}
        dataSource={credentials}
        columns={[
          ...(credentials.some((c) => c.name) ? [{ title: "姓名", dataIndex: "name" }] : []),
          { title: "用户名", dataIndex: "username" },
          {
            title: "临时密码",
            dataIndex: "temporaryPassword",
            render: (value: string) => <OneTimePassword value={value} testId="temporary-password" />,
          },
        ]}
      />
      {credentials.length > 1 ? (
        <Button icon={<CopyOutlined />} onClick={() => void copyAll()} style={{ marginTop: 8 }}>
          全部复制
        </Button>
      ) : null}
    </div>
  );
}

/** Opens a modal showing the credentials; it closes only through its button. */
export function showTemporaryPasswords(app: useAppProps, title: string, credentials: TemporaryCredential[]): void {
  app.modal.info({
    title,
    width: 560,
    okText: "我已记下",
    content: <TemporaryPasswordList credentials={credentials} app={app} />,
  });
}
