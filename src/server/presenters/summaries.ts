import { quarterLabel, type SummaryRow } from "../commands/rounds/summaries.js";
import type { Summary, SummarySteps } from "../../shared/summaries.js";

export function presentSummary(s: SummaryRow, can?: SummarySteps): Summary {
  return {
    id: s.id, planId: s.plan_id, quarter: s.quarter, quarterLabel: quarterLabel(s.quarter), scope: s.scope, unitId: s.unit_id, leaderId: s.leader_id,
    title: s.title, text: s.text, state: s.state, comment: s.comment, submittedAt: s.submitted_at, decidedAt: s.decided_at, version: s.version, updatedAt: s.updated_at,
    ...(can ? { can } : {}),
  };
}
