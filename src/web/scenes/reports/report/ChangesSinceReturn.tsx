// 退回后的修改: a resubmitted report shows the leader what changed since the return — each changed
// field, the old words struck through and the new ones highlighted.
import { Card, Typography } from "antd";
import type { SinceReturn } from "../../../api/roundTypes.js";
import { diffText } from "../../../lib/textDiff.js";
import { formatTime } from "../reportLabels.js";

export function ChangesSinceReturn({ since }: { since: SinceReturn }) {
  return (
    <Card
      variant="borderless"
      size="small"
      data-testid="since-return"
      title="退回后的修改"
      extra={<Typography.Text type="secondary">{`${since.returnedBy ?? ""} ${formatTime(since.returnedAt)} 退回`}</Typography.Text>}
    >
      {since.comment ? <div style={{ marginBottom: 8, color: "rgba(0,0,0,0.55)" }}>退回意见：{since.comment}</div> : null}
      {since.changes.length ? (
        since.changes.map((c) => (
          <div key={c.field} style={{ display: "flex", gap: 12, padding: "6px 0", borderBottom: "1px solid #f5f5f5" }} data-testid={`change-${c.field}`}>
            <Typography.Text type="secondary" style={{ width: 80, flex: "none" }}>
              {c.label}
            </Typography.Text>
            <div style={{ flex: 1, minWidth: 0, whiteSpace: "pre-wrap" }}>
              {diffText(c.before, c.after).map((p, i) =>
                p.kind === "same" ? (
                  <span key={i}>{p.text}</span>
                ) : p.kind === "removed" ? (
                  <del key={i} style={{ color: "#cf1322", background: "#fff1f0" }} data-testid="diff-removed">
                    {p.text}
                  </del>
                ) : (
                  <mark key={i} style={{ background: "#d9f7be", padding: 0 }} data-testid="diff-added">
                    {p.text}
                  </mark>
                ),
              )}
            </div>
          </div>
        ))
      ) : (
        <Typography.Text type="warning" data-testid="since-return-none">
          退回后未作任何修改即重新提交
        </Typography.Text>
      )}
    </Card>
  );
}
