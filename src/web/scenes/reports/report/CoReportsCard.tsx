// The co-units' reports as the lead unit consolidates them and the leader reviews them: text,
// status, values, problems, next steps and 佐证材料, each under the co-unit's name. 引用 takes a
// co-unit's texts into the lead's form, marked "【单位】".
import { PaperClipOutlined } from "@ant-design/icons";
import { Button, Card, Space, Tag, Tooltip, Typography } from "antd";
import type { CoReport, ReportDetail } from "../../../api/roundTypes.js";
import { ReportStateTag, STATUS_COLOR } from "../reportLabels.js";
import { unitText } from "./reportForm.js";

export function CoReportsCard({ report, canQuote, onQuote }: { report: ReportDetail; canQuote: boolean; onQuote: (co: CoReport) => void }) {
  const targets = report.task?.targets ?? [];
  return (
    <Card variant="borderless" size="small" title="协办单位报送" data-testid="co-reports">
      <Space direction="vertical" size={10} style={{ width: "100%" }}>
        {report.coReports.map((co) => (
          <div key={co.id} style={{ border: "1px solid #f0f0f0", borderRadius: 4, padding: 8 }} data-testid={`co-report-${co.unitName}`}>
            <div style={{ display: "flex", alignItems: "center", justifyContent: "space-between", gap: 8 }}>
              <Space size={6}>
                <Typography.Text strong>{co.unitName}</Typography.Text>
                <ReportStateTag state={co.state} />
                {co.late ? (
                  <Tooltip title="本单位的报告提交后才报送，未汇总进本报告">
                    <Tag color="orange" data-testid="co-late">
                      晚于牵头报告报送
                    </Tag>
                  </Tooltip>
                ) : null}
                {co.statusLabel ? <Tag color={co.status ? STATUS_COLOR[co.status] : undefined}>{co.statusLabel}</Tag> : null}
              </Space>
              {canQuote && co.text ? (
                <Button size="small" onClick={() => onQuote(co)} aria-label={`引用${co.unitName}的进展`} title="将该单位的进展情况、存在问题、下一步打算加入本报告（注明单位）">
                  引用
                </Button>
              ) : null}
            </div>
            {co.text ? (
              <Typography.Paragraph style={{ whiteSpace: "pre-wrap", margin: "6px 0 0" }} ellipsis={{ rows: 6, expandable: true, symbol: "展开" }}>
                {co.text}
              </Typography.Paragraph>
            ) : (
              <Typography.Text type="secondary">尚未提交</Typography.Text>
            )}
            {co.problems ? <div style={{ marginTop: 4, color: "rgba(0,0,0,0.55)", whiteSpace: "pre-wrap" }}>存在问题：{co.problems}</div> : null}
            {co.nextSteps ? (
              <div style={{ marginTop: 4, color: "rgba(0,0,0,0.55)", whiteSpace: "pre-wrap" }} data-testid="co-next-steps">
                下一步打算：{co.nextSteps}
              </div>
            ) : null}
            {co.values.map((v) => {
              const t = targets.find((x) => x.id === v.targetId);
              return (
                <div key={v.targetId} style={{ color: "rgba(0,0,0,0.55)" }}>
                  {t?.metric || "指标"}：{v.value}
                  {t ? unitText(t.unit) : ""}
                </div>
              );
            })}
            {co.evidence?.length ? (
              <div style={{ marginTop: 4 }} data-testid="co-evidence">
                <Typography.Text type="secondary">佐证材料：</Typography.Text>
                {co.evidence.map((f) => (
                  <div key={f.id} style={{ display: "flex", alignItems: "center", gap: 6 }}>
                    <PaperClipOutlined />
                    <a href={f.url} target="_blank" rel="noreferrer" style={{ overflowWrap: "anywhere" }}>
                      {f.fileName}
                    </a>
                  </div>
                ))}
              </div>
            ) : null}
          </div>
        ))}
      </Space>
    </Card>
  );
}
