// What a resubmitted report changed since the leader returned it. At the return the report's
// fields are kept on the return event (a snapshot); the report page compares the report with the
// latest such snapshot, field by field, so the leader reads only what was changed.
import type { Kysely } from "kysely";
import type { DB } from "../../db/schema.js";
import type { Tx } from "../../db/transaction.js";
import { REPORT_STATUSES } from "../../../shared/reports.js";
import type { FieldChange } from "../../../shared/reports.js";

type Db = Kysely<DB> | Tx;

export interface ReportSnapshot {
  text: string;
  status: string | null;
  problems: string;
  nextSteps: string;
  values: { targetId: number; value: number }[];
  milestones: { milestoneId: number; doneOn: string }[];
}


export async function reportSnapshot(db: Db, report: { id: number; text: string; status: string | null; problems: string; next_steps: string }): Promise<ReportSnapshot> {
  const values = await db.selectFrom("report_values").select(["target_id", "value"]).where("report_id", "=", report.id).orderBy("target_id").execute();
  const milestones = await db.selectFrom("report_milestones").select(["milestone_id", "done_on"]).where("report_id", "=", report.id).orderBy("milestone_id").execute();
  return {
    text: report.text, status: report.status, problems: report.problems, nextSteps: report.next_steps,
    values: values.map((v) => ({ targetId: v.target_id, value: Number(v.value) })),
    milestones: milestones.map((m) => ({ milestoneId: m.milestone_id, doneOn: m.done_on })),
  };
}

const statusText = (s: string | null) => (s ? (REPORT_STATUSES as Record<string, string>)[s] ?? s : "");

/** The fields that differ between the returned report and the report now (labels in Chinese). */
export async function changesSinceReturn(db: Db, report: { id: number; task_id: number; text: string; status: string | null; problems: string; next_steps: string }) {
  const ret = await db.selectFrom("report_events").select(["at", "actor_name", "comment", "snapshot"]).where("report_id", "=", report.id).where("action", "=", "return")
    .where("snapshot", "is not", null).orderBy("id", "desc").limit(1).executeTakeFirst();
  if (!ret?.snapshot) return null;
  const before = JSON.parse(ret.snapshot) as ReportSnapshot;
  const now = await reportSnapshot(db, report);
  const changes: FieldChange[] = [];
  const add = (field: string, label: string, a: string, b: string) => {
    if (a.trim() !== b.trim()) changes.push({ field, label, before: a, after: b });
  };
  add("text", "进展情况", before.text, now.text);
  add("status", "推进状态", statusText(before.status), statusText(now.status));
  add("problems", "存在问题", before.problems, now.problems);
  add("nextSteps", "下一步打算", before.nextSteps, now.nextSteps);
  const targets = await db.selectFrom("targets").select(["id", "metric", "unit"]).where("task_id", "=", report.task_id).orderBy("id").execute();
  for (const t of targets) {
    const a = before.values.find((v) => v.targetId === t.id);
    const b = now.values.find((v) => v.targetId === t.id);
    const unit = t.unit === "ratio" ? "" : t.unit;
    add(`value:${t.id}`, t.metric || "指标", a ? `${a.value}${unit}` : "", b ? `${b.value}${unit}` : "");
  }
  const milestones = await db.selectFrom("milestones").select(["id", "what"]).where("task_id", "=", report.task_id).orderBy("id").execute();
  for (const m of milestones) {
    const a = before.milestones.find((x) => x.milestoneId === m.id);
    const b = now.milestones.find((x) => x.milestoneId === m.id);
    add(`milestone:${m.id}`, m.what || "时间节点", a?.doneOn ?? "", b?.doneOn ?? "");
  }
  return { returnedAt: ret.at, returnedBy: ret.actor_name, comment: ret.comment, changes };
}
