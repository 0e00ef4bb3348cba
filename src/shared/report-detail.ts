// One report as GET /api/reports/:id (and every save, submit and decision) answers it: built by
// routes/reports.ts reportDetail with presenters/reports.ts presentReport, read by the report screen.
import type { Task } from "./plans.js";
import type { FieldChange, ReportState, ReportSummary, Round } from "./reports.js";

export interface ReportValue {
  targetId: number;
  value: number;
}
export interface ReportMilestone {
  milestoneId: number;
  doneOn: string;
}
export interface ReportEvent {
  at: string;
  actorName: string | null;
  action: "save" | "submit" | "merge" | "approve" | "return" | (string & {});
  comment: string | null;
  /** "政策法规股代县委填报": the capacity of a proxy filer. */
  proxy?: string | null;
}
/** A 佐证材料 file of a report. */
export interface Evidence {
  id: number;
  fileName: string;
  mime: string;
  size: number;
  uploadedAt: string;
  url: string;
}
/** A co-unit's report as the lead unit's form shows it beside its own. */
export interface CoReport extends ReportSummary {
  text: string;
  problems: string;
  nextSteps: string;
  values: ReportValue[];
  /** The co-unit's 佐证材料 (once it sent its report). */
  evidence: Evidence[];
  /** Submitted after the lead's report went on: not in the consolidated report. */
  late: boolean;
}
/** A resubmitted report: what changed since the leader returned it. */
export interface SinceReturn {
  returnedAt: string;
  returnedBy: string | null;
  comment: string | null;
  changes: FieldChange[];
}
export interface PendingCoUnit {
  reportId: number;
  unitId: number;
  unitName: string;
  state: ReportState;
}

export interface ReportDetail extends ReportSummary {
  /** the finding raised from this report (登记为督导问题), if any */
  findingId: number | null;
  text: string;
  problems: string;
  nextSteps: string;
  previousText: string;
  carriedOver: string[];
  comment: string | null;
  submittedBy: number | null;
  decidedBy: number | null;
  unitName: string;
  round: Round;
  planTitle: string;
  task: Task | null;
  values: ReportValue[];
  milestones: ReportMilestone[];
  events: ReportEvent[];
  evidence: Evidence[];
  coReports: CoReport[];
  pendingCoUnits: PendingCoUnit[];
  sinceReturn?: SinceReturn | null;
  can: { write: boolean; submit: boolean; decide: boolean; filing?: "own" | "liaison" | "office" | null };
}
