// 代报: a report of a unit nobody can log in as, filed by its task's liaison unit (牵头联络股室) or
// the office. Said on the report page, in its history and in the round grid.
import { Alert, Tag, Tooltip } from "antd";
import type { ReportDetail, ReportSummary } from "../../api/roundTypes.js";

/** "政策法规股代报" / "办公室代报" for a report filed (or to be filed) on its unit's behalf; null when the unit files itself. */
export function proxyText(r: Pick<ReportSummary, "filedAs" | "filedByUnitName" | "filer">): string | null {
  if (r.filedAs) return `${r.filedAs === "office" ? "办公室" : (r.filedByUnitName ?? "牵头联络股室")}代报`;
  if (r.filer?.kind === "liaison") return `${r.filer.unitName ?? "牵头联络股室"}代报`;
  if (r.filer?.kind === "office") return "办公室代报";
  return null;
}

export function ProxyTag({ report }: { report: Pick<ReportSummary, "filedAs" | "filedByUnitName" | "filer" | "unitName"> }) {
  const text = proxyText(report);
  if (!text) return null;
  const why = report.filer && report.filer.kind !== "self"
    ? report.filer.accounts === "no_head" ? `${report.unitName ?? "该单位"}没有负责人账号，无法自行提交` : `${report.unitName ?? "该单位"}没有账号`
    : "";
  return (
    <Tooltip title={[why, report.filedAs ? `已由${text.replace(/代报$/, "")}代为填报` : ""].filter(Boolean).join("；")}>
      <Tag color="purple" style={{ marginInlineEnd: 0 }} data-testid="proxy-tag">
        {text}
      </Tag>
    </Tooltip>
  );
}

/** On the report page: who files this report on behalf of which unit, and in which capacity the user does. */
export function ProxyAlert({ report }: { report: ReportDetail }) {
  const filing = report.can.filing;
  const by = report.filer?.kind === "liaison" ? report.filer.unitName : report.filer?.kind === "office" ? "办公室" : null;
  if (filing === "liaison" || filing === "office") {
    return (
      <Alert
        type="info"
        showIcon
        data-testid="proxy-alert"
        message={`代报：${report.unitName}没有可登录的账号，本报告由${filing === "office" ? "办公室" : (by ?? "本股室")}代为填报`}
        description={filing === "liaison" ? "本股室经办人填写，负责人提交；报告和流转记录将注明“代报”。" : "办公室填写并提交；报告和流转记录将注明“代报”。"}
      />
    );
  }
  if (report.filedAs) {
    return <Alert type="info" showIcon data-testid="proxy-alert" message={`代报：本报告由${report.filedAs === "office" ? "办公室" : (report.filedByUnitName ?? "牵头联络股室")}代${report.unitName}填报`} />;
  }
  return null;
}
