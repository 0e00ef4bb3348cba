// 进展报告 — where a unit clerk spends their month: the form (进展情况, 推进状态, indicator values,
// milestone dates, problems, next steps, evidence), the co-units' input for a lead unit, the
// leader's 审定/退回, and the report's history. What is typed is kept locally until the server
// has it; a stale save (409) keeps the typed text and shows the server's next to it. On a phone
// everything stacks in one column and the buttons sit in a bar at the bottom (ReportActions).
// State and server calls live in useReportEditor; the parts beside this file draw it.
import { useQuery } from "@tanstack/react-query";
import { Card, Col, Result, Row, Space, Spin } from "antd";
import { Link, useParams } from "react-router-dom";
import { reportsApi } from "../../../api/rounds.js";
import type { ReportDetail } from "../../../api/roundTypes.js";
import { usePhone } from "../../../hooks/usePhone.js";
import { errorMessage } from "../../../lib/notify.js";
import { carriedOverSentences } from "../reportLabels.js";
import { ChangesSinceReturn } from "./ChangesSinceReturn.js";
import { CoReportsCard } from "./CoReportsCard.js";
import { DecisionModal } from "./DecisionModal.js";
import { EditForm } from "./EditForm.js";
import { EvidenceCard } from "./EvidenceCard.js";
import { RaiseFindingButton } from "./RaiseFindingButton.js";
import { ReadOnlyForm } from "./ReadOnlyForm.js";
import { DecideActions, PhoneActionBar, WriteActions } from "./ReportActions.js";
import { ReportHeader } from "./ReportHeader.js";
import { ReportNotices, ServerVersion } from "./ReportNotices.js";
import { quoteCoReport } from "./reportForm.js";
import { ReportTimeline } from "./ReportTimeline.js";
import { TaskCard } from "./TaskCard.js";
import { useReportEditor } from "./useReportEditor.js";

export default function ReportPage() {
  const id = Number(useParams().reportId);
  const report = useQuery({ queryKey: ["report", id], queryFn: () => reportsApi.get(id), meta: { inlineError: true }, staleTime: 0 });
  if (report.isError) {
    return <Result status="404" title="无法打开该进展报告" subTitle={errorMessage(report.error)} extra={<Link to="/">返回工作台</Link>} />;
  }
  if (!report.data) return <Spin style={{ display: "block", marginTop: 80 }} />;
  return <ReportEditor key={id} initial={report.data} />;
}

function ReportEditor({ initial }: { initial: ReportDetail }) {
  const editor = useReportEditor(initial);
  const { server, form, writable, busy, decision, setDecision } = editor;
  const phone = usePhone();
  const task = server.task;
  const carried = carriedOverSentences(form.text, server.previousText);
  const identical = !!server.previousText.trim() && form.text.trim() === server.previousText.trim();
  const pending = server.pendingCoUnits ?? [];
  const consolidating = server.role === "lead" && server.coReports.length > 0;
  const writeActions = (compact: boolean) => (
    <WriteActions
      report={server}
      dirty={editor.dirty}
      busy={busy}
      pendingNames={pending.map((u) => u.unitName)}
      onSave={() => void editor.onSave()}
      onSubmit={() => void editor.onSubmit()}
      compact={compact}
    />
  );

  return (
    <Space direction="vertical" size={12} style={{ width: "100%" }} data-testid="report-page">
      <ReportHeader
        report={server}
        actions={
          <Space>
            <RaiseFindingButton report={server} />
            {server.can.decide && !phone ? <DecideActions onDecide={setDecision} /> : null}
          </Space>
        }
      />
      <ReportNotices editor={editor} />
      {server.sinceReturn ? <ChangesSinceReturn since={server.sinceReturn} /> : null}

      <Row gutter={[12, 12]}>
        <Col xs={24} md={consolidating ? 15 : 16}>
          <Card variant="borderless" size="small" title="本单位进展" extra={writable && !phone ? writeActions(false) : null}>
            {writable ? (
              <EditForm form={form} set={editor.set} report={server} carried={carried} identical={identical} phone={phone} />
            ) : (
              <ReadOnlyForm report={server} />
            )}
            <ServerVersion editor={editor} />
          </Card>
          <EvidenceCard report={server} phone={phone} onChange={(update) => editor.setServer((s) => ({ ...s, evidence: update(s.evidence) }))} />
        </Col>
        <Col xs={24} md={consolidating ? 9 : 8}>
          <Space direction="vertical" size={12} style={{ width: "100%" }}>
            {consolidating ? (
              <CoReportsCard
                report={server}
                canQuote={writable}
                onQuote={(co) => editor.setForm((f) => quoteCoReport(f, co))}
              />
            ) : null}
            {task ? <TaskCard report={server} /> : null}
            <ReportTimeline report={server} />
          </Space>
        </Col>
      </Row>

      {phone ? (
        <PhoneActionBar>
          {writable || server.can.decide ? (
            <Space size={8}>
              {writable ? writeActions(true) : null}
              {server.can.decide ? <DecideActions onDecide={setDecision} /> : null}
            </Space>
          ) : null}
        </PhoneActionBar>
      ) : null}
      <DecisionModal
        kind={decision}
        busy={busy === "decide"}
        onCancel={() => setDecision(null)}
        onOk={(comment) => void editor.decide(decision!, comment)}
        copied={server.copiedUnchanged}
      />
    </Space>
  );
}
