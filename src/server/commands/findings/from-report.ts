// 登记为督导问题: the office raises a finding from a round's report that states a problem (its
// 存在问题), in one click: source 调度发现, the report's unit and task, title and description from the
// problem text, linked back to the report. One finding per report: a second click (or a second
// instance racing the first) gets the first one back.
import type { Kysely, Selectable } from "kysely";
import type { DB, PlanTable, ReportTable, RoundTable } from "../../db/schema.js";
import type { Tx } from "../../db/transaction.js";
import type { UserRow } from "../../auth/sessions.js";
import { errors } from "../../errors.js";
import type { Actor } from "../audit.js";
import { localDay } from "../../clock.js";
import { FINDING_CATEGORIES } from "../../../shared/findings.js";
import { createFinding, type FindingRow } from "./findings.js";

export interface RaiseInput {
  category?: string;
  title?: string;
  description?: string;
}

/** The report's finding, if one was raised from it. */
export async function findingOfReport(tx: Kysely<DB>, reportId: number): Promise<FindingRow | undefined> {
  return tx.selectFrom("findings").selectAll().where("report_id", "=", reportId).executeTakeFirst();
}

/** A title from the problem text: its first sentence, without a leading number, at most 60 characters. */
export function titleFromProblem(text: string): string {
  const first = text.trim().split(/[。；;！!？?\n]/).map((s) => s.trim()).find((s) => s.length >= 2) ?? "";
  const bare = first.replace(/^(?:[（(]?[0-9一二三四五六七八九十]+[)）.、．]|[①-⑳]|一是|二是|三是|存在问题[:：])\s*/u, "").trim();
  return bare.length > 60 ? `${bare.slice(0, 59)}…` : bare;
}

export async function raiseFromReport(
  tx: Tx, user: UserRow, actor: Actor,
  scoped: { report: Selectable<ReportTable>; round: Selectable<RoundTable>; plan: Selectable<PlanTable> },
  input: RaiseInput, now: Date,
): Promise<{ finding: FindingRow; created: boolean }> {
  const { report, round, plan } = scoped;
  if (plan.org_id !== user.org_id) throw errors.forbidden("只能为本机构的进展报告登记督导问题");
  const existing = await findingOfReport(tx, report.id);
  if (existing) return { finding: existing, created: false };
  if (report.state === "draft" || report.state === "withdrawn") throw errors.conflict("REPORT_NOT_SENT", "该报告尚未报送，不能登记为督导问题");
  const problem = (input.description ?? report.problems).trim();
  if (!problem) throw errors.validation("该报告没有填写存在问题，不能登记为督导问题", [{ field: "description", message: "请填写问题描述" }]);
  const task = await tx.selectFrom("tasks").select(["no", "title"]).where("id", "=", report.task_id).executeTakeFirst();
  const unit = await tx.selectFrom("units").select("name").where("id", "=", report.unit_id).executeTakeFirst();
  const title = input.title?.trim() || titleFromProblem(problem) || `${task?.title ?? "任务"}存在的问题`;
  const from = `（来源：${round.period} 调度，${unit?.name ?? ""}报送的“${task?.no ? `${task.no} ` : ""}${task?.title ?? ""}”进展报告）`;
  const category = input.category && (FINDING_CATEGORIES as readonly string[]).includes(input.category) ? input.category : "工作落实";
  const finding = await createFinding(tx, user, actor, {
    source: "调度发现", title: title.length >= 2 ? title : `${title}（调度发现）`, description: `${problem}\n${from}`, category, severity: "general",
    unitId: report.unit_id, taskId: report.task_id, reportId: report.id, foundOn: localDay(now), foundBy: user.name,
  }, now);
  return { finding, created: true };
}
