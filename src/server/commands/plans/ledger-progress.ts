// 进展情况 of the division table: for each task, what its lead unit(s) last reported that left
// the unit's hands (submitted or approved), headed by the period ("2026年3月：…"). Drafts and
// returned reports are not the unit's word yet, so they are left out.
import type { Kysely } from "kysely";
import type { DB } from "../../db/schema.js";
import { periodLabel } from "../rounds/periods.js";

/** `states`: the division table (issue 14) takes approved reports only — what the leader signed off. */
export async function latestProgressText(db: Kysely<DB>, planId: number, states: ("submitted" | "approved")[] = ["submitted", "approved"]): Promise<Map<number, string>> {
  const rows = await db
    .selectFrom("reports")
    .innerJoin("rounds", "rounds.id", "reports.round_id")
    .innerJoin("units", "units.id", "reports.unit_id")
    .select(["reports.task_id", "reports.unit_id", "reports.text", "rounds.period", "units.name as unitName"])
    .where("rounds.plan_id", "=", planId)
    .where("reports.role", "=", "lead")
    .where("reports.state", "in", states)
    .orderBy("rounds.period")
    .orderBy("reports.id")
    .execute();
  // The newest period per task; several lead units each keep their own latest line.
  const latest = new Map<number, Map<number, (typeof rows)[number]>>();
  for (const r of rows) {
    if (!r.text.trim()) continue;
    const byUnit = latest.get(r.task_id) ?? new Map();
    byUnit.set(r.unit_id, r);
    latest.set(r.task_id, byUnit);
  }
  const out = new Map<number, string>();
  for (const [taskId, byUnit] of latest) {
    const lines = [...byUnit.values()];
    const several = lines.length > 1;
    out.set(
      taskId,
      lines.map((r) => `${several ? `${r.unitName}` : ""}${periodLabel(r.period)}：${r.text.trim()}`).join("\n"),
    );
  }
  return out;
}
