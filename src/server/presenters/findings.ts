import { closedOnTime, overdueDays, type FindingAccess, type FindingRow } from "../commands/findings/findings.js";
import { FINDING_SEVERITIES, FINDING_STATES, formNumber, HAZARD_CATEGORY, type Finding, type FindingSeverity, type FindingSteps } from "../../shared/findings.js";

export function presentFinding(f: FindingRow, extra: { today: string; unitName?: string | null; taskTitle?: string | null }): Finding {
  const overdue = overdueDays(f, extra.today);
  return {
    id: f.id, orgId: f.org_id, source: f.source, title: f.title, description: f.description, category: f.category,
    hazard: f.category === HAZARD_CATEGORY, severity: f.severity, severityLabel: FINDING_SEVERITIES[f.severity as FindingSeverity] ?? f.severity,
    place: f.place, unitId: f.unit_id, unitName: extra.unitName ?? null, taskId: f.task_id, reportId: f.report_id ?? null, taskTitle: extra.taskTitle ?? null,
    foundOn: f.found_on, foundBy: f.found_by, state: f.state, stateLabel: FINDING_STATES[f.state], requirement: f.requirement, deadline: f.deadline,
    overdue: overdue > 0, overdueDays: overdue, closedOnTime: closedOnTime(f),
    noticeNumber: f.notice_no != null ? formNumber("notice", f.notice_year!, f.notice_no) : null,
    assignmentNumber: f.assignment_no != null ? formNumber("assignment", f.assignment_year!, f.assignment_no) : null,
    reportNumber: f.report_no != null ? formNumber("report", f.report_year!, f.report_no) : null,
    noticedAt: f.noticed_at, assignedAt: f.assigned_at, reportText: f.report_text, reportMeasures: f.report_measures, reportedAt: f.reported_at,
    closedAt: f.closed_at, closeComment: f.close_comment, returnCount: f.return_count, lastReason: f.last_reason, escalatedAt: f.escalated_at,
    version: f.version, createdAt: f.created_at, updatedAt: f.updated_at,
  };
}

/** The steps the user can take now, for the buttons of the detail screen. */
export function findingSteps(f: FindingRow, access: FindingAccess): FindingSteps {
  const m = access.manage;
  const open = f.state === "assigned" || f.state === "rectifying";
  return {
    notice: m && f.state === "registered",
    assign: m && f.state === "noticed",
    report: access.report && open,
    close: m && f.state === "reported",
    return: m && f.state === "reported",
    reopen: m && f.state === "closed",
    upload: (m && f.state !== "closed") || (access.report && open),
  };
}
