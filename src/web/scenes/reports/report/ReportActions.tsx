// The report page's buttons: 保存/提交 for the writing unit, 审定/退回 for the leader. On a desk they
// sit in the form card's header and the page header; on a phone in one bar fixed to the bottom of
// the screen, so they stay under the thumb however long the form is.
import { Button, Popconfirm, Space, Typography } from "antd";
import type { ReactNode } from "react";
import type { ReportDetail } from "../../../api/roundTypes.js";
import type { Busy } from "./useReportEditor.js";

export function WriteActions({
  report,
  dirty,
  busy,
  pendingNames,
  onSave,
  onSubmit,
  compact = false,
}: {
  report: ReportDetail;
  dirty: boolean;
  busy: Busy;
  pendingNames: string[];
  onSave: () => void;
  onSubmit: () => void;
  compact?: boolean;
}) {
  const staffOnly = report.can.write && !report.can.submit;
  return (
    <Space size={compact ? 6 : 8}>
      {dirty ? (
        <Typography.Text type="warning" data-testid="unsaved" style={compact ? { fontSize: 12 } : undefined}>
          {compact ? "未保存" : "有未保存的修改"}
        </Typography.Text>
      ) : (
        <Typography.Text type="secondary" style={compact ? { fontSize: 12 } : undefined}>
          已保存
        </Typography.Text>
      )}
      <Button loading={busy === "save"} disabled={!!busy && busy !== "save"} onClick={onSave}>
        保存
      </Button>
      {report.can.submit ? (
        <Popconfirm
          title={
            report.role === "co"
              ? "提交后报送牵头单位汇总，不能再修改。确认提交？"
              : pendingNames.length
                ? `协办单位${pendingNames.join("、")}尚未报送，其内容不会汇总进本报告。仍要现在提交送责任领导审定吗？`
                : "提交后送责任领导审定，不能再修改。确认提交？"
          }
          okText="提交"
          cancelText="取消"
          onConfirm={onSubmit}
          overlayStyle={compact ? { maxWidth: "calc(100vw - 24px)" } : undefined}
        >
          <Button type="primary" loading={busy === "submit"} disabled={!!busy && busy !== "submit"}>
            提交
          </Button>
        </Popconfirm>
      ) : null}
      {staffOnly ? (
        <Typography.Text type="secondary" style={compact ? { fontSize: 12 } : undefined}>
          请单位负责人提交
        </Typography.Text>
      ) : null}
    </Space>
  );
}

export function DecideActions({ onDecide }: { onDecide: (kind: "approve" | "return") => void }) {
  return (
    <Space>
      <Button type="primary" onClick={() => onDecide("approve")}>
        审定
      </Button>
      <Button danger onClick={() => onDecide("return")}>
        退回
      </Button>
    </Space>
  );
}

/** The phone's bottom bar; renders nothing when there is nothing to do. */
export function PhoneActionBar({ children }: { children: ReactNode }) {
  if (!children) return null;
  return (
    <>
      <div style={{ height: 56 }} aria-hidden />
      <div
        data-testid="phone-actions"
        style={{
          position: "fixed",
          left: 0,
          right: 0,
          bottom: 0,
          zIndex: 100,
          display: "flex",
          justifyContent: "flex-end",
          alignItems: "center",
          padding: "8px 12px calc(8px + env(safe-area-inset-bottom))",
          background: "#fff",
          borderTop: "1px solid #f0f0f0",
          boxShadow: "0 -2px 8px rgba(0,0,0,0.06)",
        }}
      >
        {children}
      </div>
    </>
  );
}
