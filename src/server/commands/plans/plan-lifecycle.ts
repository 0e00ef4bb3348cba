// A plan's life: draft → published (the tasks become the ledger) → archived at year end.
import type { Database } from "../../db/connection.js";
import { inTransaction, now, type Tx } from "../../db/transaction.js";
import { errors } from "../../errors.js";
import { writeAudit, type Actor } from "../audit.js";
import { linkUnits } from "./unit-linking.js";
import { getPlan, type PlanRow } from "./plan-edit.js";
import { runExtraction, storeExtractedTasks } from "./import-plan.js";

/** Creates the units still unmatched, links every task to its units, and publishes. */
export async function publishPlan(tx: Tx, actor: Actor, plan: PlanRow, version?: number) {
  if (plan.status !== "draft") throw errors.conflict("PLAN_NOT_DRAFT", plan.status === "published" ? "该工作方案已发布" : "该工作方案已归档");
  if (version !== undefined && version !== plan.version) throw errors.stale();
  const taskIds = (await tx.selectFrom("tasks").select("id").where("plan_id", "=", plan.id).execute()).map((t) => t.id);
  if (!taskIds.length) throw errors.conflict("PLAN_EMPTY", "该工作方案还没有任务，请先添加任务再发布");
  const created = await linkUnits(tx, actor, plan.org_id, taskIds);
  const after = await tx
    .updateTable("plans")
    .set({ status: "published", published_at: now(), version: plan.version + 1 })
    .where("id", "=", plan.id)
    .where("version", "=", plan.version)
    .returningAll()
    .executeTakeFirst();
  if (!after) throw errors.stale();
  await writeAudit(tx, actor, { action: "plan.publish", entity: "plan", entityId: plan.id, after: { taskCount: taskIds.length, createdUnits: created } });
  return { plan: after, createdUnits: created };
}

export async function archivePlan(tx: Tx, actor: Actor, plan: PlanRow, version?: number) {
  if (plan.status !== "published") throw errors.conflict("PLAN_NOT_PUBLISHED", "只有已发布的工作方案可以归档");
  if (version !== undefined && version !== plan.version) throw errors.stale();
  const after = await tx
    .updateTable("plans")
    .set({ status: "archived", archived_at: now(), version: plan.version + 1 })
    .where("id", "=", plan.id)
    .returningAll()
    .executeTakeFirstOrThrow();
  // An archived plan's rounds end with it: open ones close, scheduled ones never open.
  const at = now();
  const closed = await tx
    .updateTable("rounds")
    .set((eb) => ({ state: "closed", closed_at: at, version: eb("version", "+", 1) }))
    .where("plan_id", "=", plan.id)
    .where("state", "in", ["open", "scheduled"])
    .returning(["id", "period"])
    .execute();
  await writeAudit(tx, actor, { action: "plan.archive", entity: "plan", entityId: plan.id, after: { closedRounds: closed.map((r) => r.period) } });
  return after;
}

/** Reads the stored original file again and replaces a draft's tasks; refused once published. */
export async function reextractPlan(database: Database, actor: Actor, orgIds: number[], planId: number) {
  const plan = await getPlan(database.db, orgIds, planId);
  if (plan.status !== "draft") throw errors.conflict("PLAN_NOT_DRAFT", "已发布的工作方案不能重新识别");
  if (!plan.file_data || !plan.file_name) throw errors.conflict("PLAN_NO_FILE", "该工作方案没有原始文件，无法重新识别");
  const { plan: extracted, warnings } = await runExtraction(Buffer.from(plan.file_data), plan.file_name);
  return inTransaction(database, async (tx) => {
    const fresh = await getPlan(tx, orgIds, planId);
    if (fresh.version !== plan.version) throw errors.stale();
    const planTasks = tx.selectFrom("tasks").select("id").where("plan_id", "=", planId);
    for (const table of ["task_units", "task_leaders", "targets", "milestones"] as const) await tx.deleteFrom(table).where("task_id", "in", planTasks).execute();
    await tx.deleteFrom("tasks").where("plan_id", "=", planId).execute();
    const taskCount = await storeExtractedTasks(tx, plan.org_id, planId, extracted);
    await tx
      .updateTable("plans")
      .set({ warnings: JSON.stringify(warnings), sections: JSON.stringify(extracted.sections ?? []), source_text: extracted.sourceText ?? "", version: plan.version + 1 })
      .where("id", "=", planId)
      .execute();
    await writeAudit(tx, actor, { action: "plan.reextract", entity: "plan", entityId: planId, after: { taskCount } });
    return { taskCount, warnings };
  });
}
