// A plan's life: draft → published (the tasks become the ledger) → archived at year end.
import { sql } from "kysely";
import type { Database } from "../../db/connection.js";
import { inTransaction, now, type Tx } from "../../db/transaction.js";
import { updateVersioned } from "../../db/versioned.js";
import { dropNoticesLinkingTo } from "../rounds/notify.js";
import { errors } from "../../errors.js";
import { writeAudit, type Actor } from "../audit.js";
import { linkUnits, type UnitChoice } from "./unit-linking.js";
import { getPlan } from "./plan-edit.js";
import type { PlanRow } from "../../db/schema.js";
import { runExtraction, storeExtractedTasks } from "./import-plan.js";
import { reindexPlan, unindexPlan } from "../search/store.js";
import { notifySignRequests } from "../supervision/sign-requests.js";

/** Creates the units still unmatched, links every task to its units, and publishes. */
export async function publishPlan(tx: Tx, actor: Actor, plan: PlanRow, version?: number, unitChoices: UnitChoice[] = [], at: Date = new Date()) {
  if (plan.status !== "draft") throw errors.conflict("PLAN_NOT_DRAFT", plan.status === "published" ? "该工作方案已发布" : "该工作方案已归档");
  if (version !== undefined && version !== plan.version) throw errors.stale();
  const taskIds = (await tx.selectFrom("tasks").select("id").where("plan_id", "=", plan.id).execute()).map((t) => t.id);
  if (!taskIds.length) throw errors.conflict("PLAN_EMPTY", "该工作方案还没有任务，请先添加任务再发布");
  const created = await linkUnits(tx, actor, plan.org_id, taskIds, unitChoices);
  const after = await updateVersioned(tx, "plans", plan, { status: "published", published_at: now() });
  await writeAudit(tx, actor, { action: "plan.publish", entity: "plan", entityId: plan.id, after: { taskCount: taskIds.length, createdUnits: created, unitChoices } });
  await reindexPlan(tx, plan.id);
  // 请签收: one digest per responsible unit (and per unit signing on behalf of units without accounts).
  await notifySignRequests(tx, plan, at);
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
  await reindexPlan(tx, plan.id);
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
    await reindexPlan(tx, planId);
    return { taskCount, warnings };
  });
}

/**
 * Deletes a draft, or an archived plan with everything that hangs on it: rounds, reports (values,
 * milestones, history, evidence files), quarterly summaries, task history, and the notifications
 * that link to its reports, summaries, rounds or tasks. A published plan is the live ledger: archive it first.
 * Child rows are chosen by subqueries, never by lists of ids (SQLite binds at most 32,766).
 */
export async function deletePlan(tx: Tx, actor: Actor, plan: PlanRow, version?: number) {
  if (plan.status === "published") throw errors.conflict("PLAN_PUBLISHED", "已发布的工作方案不能删除：请先归档，再删除");
  if (version !== undefined && version !== plan.version) throw errors.stale();
  const tasks = tx.selectFrom("tasks").select("id").where("plan_id", "=", plan.id);
  const rounds = tx.selectFrom("rounds").select("id").where("plan_id", "=", plan.id);
  const reports = tx.selectFrom("reports").select("id").where("round_id", "in", rounds);
  const countOf = async (q: Promise<{ n: string | number | bigint } | undefined>) => Number((await q)?.n ?? 0);
  const byPlan = (table: "tasks" | "rounds" | "summaries") =>
    countOf(tx.selectFrom(table).select((eb) => eb.fn.countAll().as("n")).where("plan_id", "=", plan.id).executeTakeFirst());
  const removed = {
    tasks: await byPlan("tasks"),
    rounds: await byPlan("rounds"),
    reports: await countOf(tx.selectFrom("reports").select((eb) => eb.fn.countAll().as("n")).where("round_id", "in", rounds).executeTakeFirst()),
    evidenceFiles: await countOf(tx.selectFrom("evidence_files").select((eb) => eb.fn.countAll().as("n")).where("report_id", "in", reports).executeTakeFirst()),
    summaries: await byPlan("summaries"),
  };

  // Every page a notification can open that dies with the plan: its reports, summaries, rounds and tasks.
  const links = [
    tx.selectFrom("reports").select(sql<string>`'/reports/' || id`.as("link")).where("round_id", "in", rounds),
    tx.selectFrom("summaries").select(sql<string>`'/summaries/' || id`.as("link")).where("plan_id", "=", plan.id),
    tx.selectFrom("rounds").select(sql<string>`'/rounds/' || id`.as("link")).where("plan_id", "=", plan.id),
    tx.selectFrom("tasks").select(sql<string>`'/tasks/' || id`.as("link")).where("plan_id", "=", plan.id),
  ];
  for (const q of links) await dropNoticesLinkingTo(tx, q);
  for (const table of ["evidence_files", "report_values", "report_milestones", "report_events"] as const) {
    await tx.deleteFrom(table).where("report_id", "in", reports).execute();
  }
  // A finding raised from one of these reports keeps its text, not the link.
  await tx.updateTable("findings").set({ report_id: null }).where("report_id", "in", tx.selectFrom("reports").select("id").where((eb) => eb.or([eb("round_id", "in", rounds), eb("task_id", "in", tasks)]))).execute();
  await tx.deleteFrom("reports").where("round_id", "in", rounds).execute();
  await tx.deleteFrom("reports").where("task_id", "in", tasks).execute();
  await tx.deleteFrom("rounds").where("plan_id", "=", plan.id).execute();
  await tx.deleteFrom("summaries").where("plan_id", "=", plan.id).execute();
  // A finding outlives the plan it was linked to: it only loses the link.
  await tx.updateTable("findings").set({ task_id: null }).where("task_id", "in", tasks).execute();
  for (const table of ["task_versions", "task_signoffs", "extension_requests", "task_units", "task_leaders", "targets", "milestones"] as const) {
    await tx.deleteFrom(table).where("task_id", "in", tasks).execute();
  }
  await tx.deleteFrom("tasks").where("plan_id", "=", plan.id).execute();
  await tx.deleteFrom("plans").where("id", "=", plan.id).execute();
  await unindexPlan(tx, plan.id);
  await writeAudit(tx, actor, {
    action: "plan.delete", entity: "plan", entityId: plan.id,
    before: { title: plan.title, year: plan.year, status: plan.status, fileName: plan.file_name },
    after: removed,
  });
  return removed;
}
