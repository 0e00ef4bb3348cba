// 登记为督导问题: on a sent report that states a problem (存在问题), the office raises a finding in
// one click (source 调度发现, the report's unit and task, linked back). A report raises one finding
// only: once raised, the button becomes a link to it.
import { useQueryClient } from "@tanstack/react-query";
import { Button } from "antd";
import { Link, useNavigate } from "react-router-dom";
import { findingsApi } from "../../../api/findings.js";
import type { ReportDetail } from "../../../api/roundTypes.js";
import { useSignedInSession } from "../../../hooks/session.js";
import { useAction } from "../../../hooks/useAction.js";

export function RaiseFindingButton({ report }: { report: ReportDetail }) {
  const session = useSignedInSession();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const { busy, run } = useAction();
  const manage = session.user.roles.some((r) => r === "office" || r === "admin");
  if (report.findingId) return <Link to={`/findings/${report.findingId}`}>已登记为督导问题</Link>;
  if (!manage || !report.problems.trim() || report.state === "draft" || report.state === "withdrawn") return null;
  const raise = () =>
    run(async () => {
      const f = await findingsApi.raiseFromReport(report.id);
      void queryClient.invalidateQueries({ queryKey: ["findings"] });
      navigate(`/findings/${f.id}`);
      return f;
    }, { success: (f) => (f.created ? "已登记为督导问题" : "该报告已登记过督导问题") });
  return <Button loading={busy} onClick={() => void raise()}>登记为督导问题</Button>;
}
