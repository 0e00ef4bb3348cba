import { Button, Result } from "antd";

export function ServerUnavailable({ onRetry }: { onRetry: () => void }) {
  return (
    <Result
      status="warning"
      title="暂时无法连接督办系统服务器"
      subTitle="请检查网络连接，或稍后重试。如果问题持续，请联系系统管理员。"
      extra={<Button type="primary" onClick={onRetry}>重试</Button>}
    />
  );
}
