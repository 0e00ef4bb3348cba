import type { RoundRow } from "../commands/rounds/rounds.js";
import { carriedOver, copiedUnchanged, REPORT_STATUSES, type ReportRow, type ReportSummaryRow } from "../commands/rounds/reports.js";
import { periodLabel } from "../commands/rounds/periods.js";
import type { Filer } from "../commands/rounds/filers.js";
import type { Filer as PresentedFiler, ReportStatus, ReportSummary, Round } from "../../shared/reports.js";
import type { ReportDetail } from "../../shared/report-detail.js";

export function presentRound(r: RoundRow, extra: { counts?: Round["counts"] } = {}): Round {
  return {
    id: r.id, planId: r.plan_id, period: r.period, label: periodLabel(r.period), opensOn: r.opens_on, dueOn: r.due_on,
    state: r.state, openedAt: r.opened_at, closedAt: r.closed_at, version: r.version,
    ...(extra.counts ? { counts: extra.counts } : {}),
  };
}

/** Who files a report now (a unit itself, its liaison unit on its behalf, or the office) and whether the unit has accounts. */
export function presentFiler(f: Filer): PresentedFiler {
  return { kind: f.kind, unitId: f.unitId, unitName: f.unitName, accounts: f.accounts };
}

export function presentReportSummary(r: ReportSummaryRow, extra: { unitName?: string; taskNo?: string; taskTitle?: string; filer?: PresentedFiler; filedByUnitName?: string | null } = {}): ReportSummary {
  return {
    id: r.id, roundId: r.round_id, taskId: r.task_id, unitId: r.unit_id, role: r.role, state: r.state, status: r.status as ReportStatus | null,
    filedAs: r.filed_as ?? null, filedByUnitId: r.filed_by_unit_id ?? null,
    statusLabel: r.status ? REPORT_STATUSES[r.status as keyof typeof REPORT_STATUSES] ?? r.status : null,
    submittedAt: r.submitted_at, decidedAt: r.decided_at, copiedUnchanged: "copied_unchanged" in r ? !!Number(r.copied_unchanged) : copiedUnchanged(r), version: r.version, updatedAt: r.updated_at,
    ...extra,
  };
}

type ReportOwnKey = "text" | "problems" | "nextSteps" | "previousText" | "carriedOver" | "comment" | "submittedBy" | "decidedBy";
/** What routes/reports.ts reportDetail adds to the report's own fields. */
export type ReportDetailExtra = Omit<ReportDetail, keyof ReportSummary | ReportOwnKey> & Pick<ReportDetail, "unitName" | "filer" | "filedByUnitName">;

export function presentReport(r: ReportRow, extra: ReportDetailExtra): ReportDetail {
  return {
    ...presentReportSummary(r),
    text: r.text, problems: r.problems, nextSteps: r.next_steps, previousText: r.previous_text,
    carriedOver: carriedOver(r.text, r.previous_text), comment: r.comment,
    submittedBy: r.submitted_by, decidedBy: r.decided_by,
    ...extra,
  };
}
