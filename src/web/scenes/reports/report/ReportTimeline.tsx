// 流转记录: who saved, submitted, returned or approved the report, with comments and 代填 notes.
import { Card, Timeline, Typography } from "antd";
import type { ReportDetail } from "../../../api/roundTypes.js";
import { EVENT_LABEL, formatTime } from "../reportLabels.js";

export function ReportTimeline({ report }: { report: ReportDetail }) {
  return (
    <Card variant="borderless" size="small" title="流转记录" data-testid="report-history">
      {report.events.length ? (
        <Timeline
          style={{ marginTop: 8, marginBottom: -16 }}
          items={report.events.map((e) => ({
            color: e.action === "return" ? "orange" : e.action === "approve" ? "green" : e.action === "submit" ? "blue" : "gray",
            children: (
              <div>
                <Typography.Text strong>{EVENT_LABEL[e.action] ?? e.action}</Typography.Text>
                <Typography.Text type="secondary" style={{ marginLeft: 8 }}>
                  {e.actorName} · {formatTime(e.at)}
                </Typography.Text>
                {e.proxy ? <div data-testid="event-proxy">{e.proxy}</div> : null}
                {e.comment ? <div style={{ whiteSpace: "pre-wrap" }}>意见：{e.comment}</div> : null}
              </div>
            ),
          }))}
        />
      ) : (
        <Typography.Text type="secondary">尚无记录</Typography.Text>
      )}
    </Card>
  );
}
