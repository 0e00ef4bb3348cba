// The centered card used by the setup, login and change-password pages.
import { Card, Typography } from "antd";
import type { ReactNode } from "react";

export function AuthPageLayout({ title, subtitle, width = 400, children }: {
  title: string;
  subtitle?: ReactNode;
  width?: number;
  children: ReactNode;
}) {
  return (
    <div style={{ minHeight: "100vh", display: "flex", flexDirection: "column", alignItems: "center", justifyContent: "center", padding: 24 }}>
      <Typography.Title level={3} style={{ marginBottom: 4, letterSpacing: 2 }}>
        工作方案落实督办系统
      </Typography.Title>
      <Typography.Text type="secondary" style={{ marginBottom: 24 }}>
        教育局重点工作 · 任务台账 · 进展调度 · 问题整改
      </Typography.Text>
      <Card style={{ width, maxWidth: "100%" }} title={title}>
        {subtitle ? <div style={{ marginBottom: 16 }}>{subtitle}</div> : null}
        {children}
      </Card>
    </div>
  );
}
