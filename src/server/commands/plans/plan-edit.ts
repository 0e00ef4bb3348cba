// Editing plans and their tasks: the review screen's commands and the ledger's later edits.
// Edits to a published plan's task are versioned (task_versions) and audited.
import type { Kysely } from "kysely";
import type { DB, PlanRow } from "../../db/schema.js";
import { now, type Tx } from "../../db/transaction.js";
import { updateVersioned } from "../../db/versioned.js";
import { claimUnitNames } from "../../db/unit-names.js";
import { errors } from "../../errors.js";
import { writeAudit, type Actor } from "../audit.js";
import { assertUnitNamesFree, cleanAliases } from "../directory.js";
import { loadDirectory, resolveTask } from "./directory-lookup.js";
import { normalizeName } from "./unit-matching.js";
import { linkUnits } from "./unit-linking.js";
import { syncOpenRounds } from "../rounds/sync.js";
import { insertTask, loadTasks, MAX_TASKS_PER_PLAN, tooManyTasks, replaceTask, valueOf, type LoadedTask, type TaskValue } from "./task-store.js";
import { reindex, reindexPlan } from "../search/store.js";

export async function getPlan(db: Kysely<DB>, orgIds: number[], id: number): Promise<PlanRow> {
  const plan = await db.selectFrom("plans").selectAll().where("id", "=", id).executeTakeFirst();
  if (!plan || !orgIds.includes(plan.org_id)) throw errors.notFound("PLAN_NOT_FOUND", "找不到该工作方案");
  return plan;
}

function assertEditable(plan: PlanRow) {
  if (plan.status === "archived") throw errors.conflict("PLAN_ARCHIVED", "该工作方案已归档，不能再修改");
}

export async function createPlan(tx: Tx, actor: Actor, orgId: number, input: { title: string; year: number | null }) {
  const row = await tx
    .insertInto("plans")
    .values({
      org_id: orgId, title: input.title, year: input.year, doc_number: null, issuer: null, issued_on: null, region: null,
      status: "draft", sections: "[]", warnings: "[]", source_text: "", source_format: null, meta_provenance: "{}",
      file_name: null, file_type: null, file_data: null, created_by: actor.id, created_at: now(), published_at: null, archived_at: null, version: 1,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  await writeAudit(tx, actor, { action: "plan.create", entity: "plan", entityId: row.id, after: { title: row.title, year: row.year } });
  await reindexPlan(tx, row.id);
  return row;
}

export interface PlanPatch {
  title?: string;
  year?: number | null;
  docNumber?: string | null;
  issuer?: string | null;
  issuedOn?: string | null;
  region?: string | null;
  sections?: { no: string; title: string }[];
  rhythm?: "monthly" | "biweekly" | "quarterly";
  openDay?: number;
  dueDay?: number;
  version?: number;
}

export async function updatePlan(tx: Tx, actor: Actor, plan: PlanRow, patch: PlanPatch): Promise<PlanRow> {
  assertEditable(plan);
  if (patch.version !== undefined && patch.version !== plan.version) throw errors.stale();
  const after = await updateVersioned(tx, "plans", plan, {
    title: patch.title,
    year: patch.year,
    doc_number: patch.docNumber,
    issuer: patch.issuer,
    issued_on: patch.issuedOn,
    region: patch.region,
    sections: patch.sections && JSON.stringify(patch.sections),
    rhythm: patch.rhythm,
    open_day: patch.openDay,
    due_day: patch.dueDay,
  });
  await writeAudit(tx, actor, { action: "plan.update", entity: "plan", entityId: plan.id, before: planSummary(plan), after: planSummary(after) });
  await reindexPlan(tx, plan.id);
  return after;
}

const planSummary = (p: PlanRow) => ({ title: p.title, year: p.year, docNumber: p.doc_number, issuer: p.issuer, issuedOn: p.issued_on, region: p.region, status: p.status });

export async function getTask(tx: Kysely<DB>, plan: PlanRow, taskId: number): Promise<LoadedTask> {
  const [task] = await loadTasks(tx, { taskIds: [taskId] });
  if (!task || task.planId !== plan.id) throw errors.notFound("TASK_NOT_FOUND", "找不到该任务");
  return task;
}

/** Saves a new value of a task; on a published plan the change is kept as a version. */
async function saveTask(tx: Tx, actor: Actor, plan: PlanRow, before: LoadedTask, value: TaskValue, action: string) {
  const dir = await loadDirectory(tx, plan.org_id);
  const resolved = resolveTask(value, dir);
  const nextVersion = before.version + 1;
  const claimed = await tx.updateTable("tasks").set({ version: nextVersion }).where("id", "=", before.id).where("version", "=", before.version).executeTakeFirst();
  if (Number(claimed.numUpdatedRows) === 0) throw errors.stale();
  await replaceTask(tx, before.id, resolved, nextVersion);
  if (plan.status === "published") await linkUnits(tx, actor, plan.org_id, [before.id]);
  await syncOpenRounds(tx, actor, plan); // open rounds follow the task's lead and co units
  const after = await getTask(tx, plan, before.id);
  const diff = { before: valueOf(before), after: valueOf(after) };
  if (plan.status === "published") {
    await tx
      .insertInto("task_versions")
      .values({ task_id: before.id, version: nextVersion, changed_by: actor.id, changed_by_name: actor.name, changed_at: now(), before_json: JSON.stringify(diff.before), after_json: JSON.stringify(diff.after) })
      .execute();
  }
  await writeAudit(tx, actor, { action, entity: "task", entityId: before.id, ...diff });
  await reindex(tx, "task", [before.id]);
  return after;
}

export type TaskPatch = Partial<TaskValue> & { version?: number };

export async function updateTask(tx: Tx, actor: Actor, plan: PlanRow, taskId: number, patch: TaskPatch) {
  assertEditable(plan);
  const before = await getTask(tx, plan, taskId);
  if (patch.version !== undefined && patch.version !== before.version) throw errors.stale();
  const { version, ...fields } = patch;
  const value: TaskValue = { ...valueOf(before), ...fields };
  // Spans found by the engine stay with the targets and milestones a person edits.
  value.targets = value.targets.map((t) => ({ ...before.targets.find((b) => b.id === t.id), ...t }));
  value.milestones = value.milestones.map((m) => ({ ...before.milestones.find((b) => b.id === m.id), ...m }));
  return saveTask(tx, actor, plan, before, value, "task.update");
}

export const emptyTask = (no: string): TaskValue => ({
  no, sectionNo: null, sectionTitle: null, title: "", body: "", lead: [], co: [], liaison: [], leaders: [], measures: [], targets: [], milestones: [],
});

export async function createTask(tx: Tx, actor: Actor, plan: PlanRow, value: Partial<TaskValue>, after?: number | null) {
  assertEditable(plan);
  const tasks = await tx.selectFrom("tasks").select(["id", "position"]).where("plan_id", "=", plan.id).orderBy("position").execute();
  if (tasks.length >= MAX_TASKS_PER_PLAN) throw tooManyTasks(tasks.length + 1);
  const anchor = after ? tasks.findIndex((t) => t.id === after) : tasks.length - 1;
  const position = anchor + 1;
  await shiftPositions(tx, plan.id, position, 1);
  const dir = await loadDirectory(tx, plan.org_id);
  const full = resolveTask({ ...emptyTask(String(tasks.length + 1)), ...value }, dir);
  if (!full.title.trim()) throw errors.validation("任务名称不能为空", [{ field: "title", message: "任务名称不能为空" }]);
  const id = await insertTask(tx, plan.id, position, full);
  if (plan.status === "published") await linkUnits(tx, actor, plan.org_id, [id]);
  await syncOpenRounds(tx, actor, plan); // a new task of a published plan joins its open rounds
  await writeAudit(tx, actor, { action: "task.create", entity: "task", entityId: id, after: full });
  await reindex(tx, "task", [id]);
  return getTask(tx, plan, id);
}

async function shiftPositions(tx: Tx, planId: number, from: number, by: number) {
  await tx.updateTable("tasks").set((eb) => ({ position: eb("position", "+", by) })).where("plan_id", "=", planId).where("position", ">=", from).execute();
}

export async function deleteTask(tx: Tx, actor: Actor, plan: PlanRow, taskId: number) {
  if (plan.status !== "draft") throw errors.conflict("PLAN_PUBLISHED", "已发布工作方案的任务不能删除，可修改其内容");
  const before = await getTask(tx, plan, taskId);
  for (const table of ["task_units", "task_leaders", "targets", "milestones"] as const) await tx.deleteFrom(table).where("task_id", "=", taskId).execute();
  await tx.deleteFrom("tasks").where("id", "=", taskId).execute();
  await writeAudit(tx, actor, { action: "task.delete", entity: "task", entityId: taskId, before: valueOf(before) });
  await reindex(tx, "task", [taskId]);
}

export async function reorderTasks(tx: Tx, actor: Actor, plan: PlanRow, order: number[]) {
  assertEditable(plan);
  const ids = (await tx.selectFrom("tasks").select("id").where("plan_id", "=", plan.id).execute()).map((t) => t.id);
  if (order.length !== ids.length || !ids.every((id) => order.includes(id))) {
    throw errors.validation("任务顺序须包含本方案的全部任务，且每个任务只出现一次");
  }
  for (const [i, id] of order.entries()) await tx.updateTable("tasks").set({ position: i }).where("id", "=", id).execute();
  await writeAudit(tx, actor, { action: "plan.reorder", entity: "plan", entityId: plan.id, after: order });
}

/** Splits a task's measures: the measures from `at` on become a new task right after it. */
export async function splitTask(tx: Tx, actor: Actor, plan: PlanRow, taskId: number, at: number, title?: string) {
  if (plan.status !== "draft") throw errors.conflict("PLAN_PUBLISHED", "只能在草稿中拆分任务");
  const task = await getTask(tx, plan, taskId);
  if (at < 1 || at >= task.measures.length) throw errors.validation("拆分位置须在第一条和最后一条措施之间");
  const moved = task.measures.slice(at);
  await saveTask(tx, actor, plan, task, { ...valueOf(task), measures: task.measures.slice(0, at) }, "task.split");
  const value: Partial<TaskValue> = {
    ...valueOf(task), no: `${task.no}-2`, title: title?.trim() || moved[0].slice(0, 40), body: moved.join("\n"), measures: moved, targets: [], milestones: [],
  };
  return createTask(tx, actor, plan, value, taskId);
}

/** Merges the given tasks into the first one: texts, measures, units, targets and milestones joined. */
export async function mergeTasks(tx: Tx, actor: Actor, plan: PlanRow, taskIds: number[]) {
  if (plan.status !== "draft") throw errors.conflict("PLAN_PUBLISHED", "只能在草稿中合并任务");
  if (taskIds.length < 2) throw errors.validation("至少选择两个任务才能合并");
  const tasks = await Promise.all(taskIds.map((id) => getTask(tx, plan, id)));
  tasks.sort((a, b) => a.position - b.position);
  const [first, ...rest] = tasks;
  const uniqueBy = <T>(list: T[], key: (x: T) => string) => [...new Map(list.map((x) => [key(x), x])).values()];
  const all = [first, ...rest];
  const merged: TaskValue = {
    ...valueOf(first),
    body: all.map((t) => t.body).filter(Boolean).join("\n"),
    measures: all.flatMap((t) => t.measures),
    lead: uniqueBy(all.flatMap((t) => t.lead), (u) => u.name),
    co: uniqueBy(all.flatMap((t) => t.co), (u) => u.name),
    liaison: uniqueBy(all.flatMap((t) => t.liaison), (u) => u.name),
    leaders: uniqueBy(all.flatMap((t) => t.leaders), (l) => l.name),
    targets: all.flatMap((t) => valueOf(t).targets.map(({ id, ...x }) => (t === first ? { id, ...x } : x))),
    milestones: all.flatMap((t) => valueOf(t).milestones.map(({ id, ...x }) => (t === first ? { id, ...x } : x))),
  };
  const result = await saveTask(tx, actor, plan, first, merged, "task.merge");
  for (const t of rest) await deleteTask(tx, actor, plan, t.id);
  return result;
}

/** Maps a unit name found in the plan to an existing unit, and keeps the name as its alias. */
export async function mapUnitName(tx: Tx, actor: Actor, plan: PlanRow, name: string, unitId: number) {
  assertEditable(plan);
  const unit = await tx.selectFrom("units").selectAll().where("id", "=", unitId).where("org_id", "=", plan.org_id).executeTakeFirst();
  if (!unit) throw errors.validation("所选单位不存在", [{ field: "unitId", message: "所选单位不存在" }]);
  const clean = normalizeName(name);
  // The name becomes the unit's alias: refused when it already names another unit.
  await assertUnitNamesFree(tx, plan.org_id, [clean], unit.id);
  const aliases = cleanAliases(unit.name, [...(JSON.parse(unit.aliases) as string[]), clean]);
  if (aliases.length !== (JSON.parse(unit.aliases) as string[]).length) {
    // Versioned: two mappings onto one unit at once must not lose one of the aliases.
    const after = await updateVersioned(tx, "units", unit, { aliases: JSON.stringify(aliases) });
    await claimUnitNames(tx, after);
    await writeAudit(tx, actor, { action: "unit.alias", entity: "unit", entityId: unit.id, before: { aliases: JSON.parse(unit.aliases) }, after: { aliases } });
  }
  const taskIds = (await tx.selectFrom("tasks").select("id").where("plan_id", "=", plan.id).execute()).map((t) => t.id);
  let changed = 0;
  if (taskIds.length) {
    const rows = await tx.selectFrom("task_units").select(["id", "name"]).where("task_id", "in", taskIds).execute();
    const ids = rows.filter((r) => normalizeName(r.name) === clean).map((r) => r.id);
    if (ids.length) {
      await tx.updateTable("task_units").set({ unit_id: unit.id }).where("id", "in", ids).execute();
      changed = ids.length;
    }
  }
  if (changed) await syncOpenRounds(tx, actor, plan); // the mapped unit now reports in open rounds
  await writeAudit(tx, actor, { action: "plan.map-unit", entity: "plan", entityId: plan.id, after: { name: clean, unitId, unitName: unit.name, changed } });
  return { unitId: unit.id, unitName: unit.name, changed };
}
