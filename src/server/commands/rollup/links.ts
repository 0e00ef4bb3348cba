// Tasks linked across levels (issue 15): a county's task names the task of a plan above it that it
// implements (tasks.implements_task_id); the upper bureau lists the tasks below that implement each
// of its tasks. Candidates: the tasks of the published plans of the orgs above the task's bureau.
import type { Kysely } from "kysely";
import type { DB } from "../../db/schema.js";
import type { Tx } from "../../db/transaction.js";
import { writeAudit, type Actor } from "../audit.js";
import { errors } from "../../errors.js";
import type { LowerTask, UpperTask } from "../../../shared/rollup.js";

type Db = Kysely<DB> | Tx;

/** The tasks a bureau's task may implement: those of the published plans of `orgIds` (the orgs above it). */
export async function upperTasks(db: Db, orgIds: number[]): Promise<UpperTask[]> {
  if (!orgIds.length) return [];
  const rows = await db
    .selectFrom("tasks as t")
    .innerJoin("plans as p", "p.id", "t.plan_id")
    .innerJoin("orgs as o", "o.id", "p.org_id")
    .select(["t.id", "t.no", "t.title", "p.id as plan_id", "p.title as plan_title", "o.name as org_name"])
    .where("p.org_id", "in", orgIds)
    .where("p.status", "=", "published")
    .orderBy("p.id", "desc")
    .orderBy("t.position")
    .execute();
  return rows.map((r) => ({ id: r.id, no: r.no, title: r.title, planId: r.plan_id, planTitle: r.plan_title, orgName: r.org_name }));
}

/** Links (or with null unlinks) a task to the upper task it implements; the upper task must be one of `allowed`. */
export async function linkTask(tx: Tx, actor: Actor, taskId: number, upperTaskId: number | null, allowed: number[]) {
  if (upperTaskId !== null && !allowed.includes(upperTaskId)) {
    throw errors.validation("只能关联上级机构已发布方案中的任务", [{ field: "taskId", message: "只能关联上级机构已发布方案中的任务" }]);
  }
  const before = await tx.selectFrom("tasks").select("implements_task_id").where("id", "=", taskId).executeTakeFirstOrThrow();
  await tx.updateTable("tasks").set({ implements_task_id: upperTaskId }).where("id", "=", taskId).execute();
  await writeAudit(tx, actor, { action: "task.link", entity: "task", entityId: taskId, before: { implements: before.implements_task_id }, after: { implements: upperTaskId } });
}

/** The tasks of `orgIds` that implement a task, with their bureau, plan and 办结. */
export async function implementations(db: Db, taskId: number, orgIds: number[]): Promise<LowerTask[]> {
  if (!orgIds.length) return [];
  const rows = await db
    .selectFrom("tasks as t")
    .innerJoin("plans as p", "p.id", "t.plan_id")
    .innerJoin("orgs as o", "o.id", "p.org_id")
    .select(["t.id", "t.no", "t.title", "t.closure_state", "p.id as plan_id", "p.title as plan_title", "o.id as org_id", "o.name as org_name"])
    .where("t.implements_task_id", "=", taskId)
    .where("p.org_id", "in", orgIds)
    .orderBy("o.name")
    .orderBy("t.position")
    .execute();
  return rows.map((r) => ({ id: r.id, no: r.no, title: r.title, closure: r.closure_state ?? null, planId: r.plan_id, planTitle: r.plan_title, orgId: r.org_id, orgName: r.org_name }));
}
