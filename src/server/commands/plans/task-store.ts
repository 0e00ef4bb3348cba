// Reading and writing a task with its units, leaders, targets and milestones as one value.
import type { Insertable, Kysely, Selectable } from "kysely";
import type { DB, TaskTable } from "../../db/schema.js";
import type { Tx } from "../../db/transaction.js";
import { now } from "../../db/transaction.js";
import { errors } from "../../errors.js";
import { normalizeName } from "./unit-matching.js";
import { ID_CHUNK, inChunks } from "../../db/chunks.js";
import type { LoadedTask, MilestoneInput, TargetInput, TaskValue } from "../../../shared/tasks.js";

export type UnitRole = "lead" | "co" | "liaison";
export const UNIT_ROLES: UnitRole[] = ["lead", "co", "liaison"];

export type { LeaderRef, LoadedTask, MilestoneInput, TargetInput, TaskValue, UnitRef } from "../../../shared/tasks.js";


/**
 * A plan is a bureau's year of work: a few hundred tasks at most. The cap keeps every list of a
 * plan's tasks far below SQLite's 32,766 bound parameters and every screen readable.
 */
export const MAX_TASKS_PER_PLAN = 2000;

export function tooManyTasks(count: number) {
  return errors.unprocessable(
    "TOO_MANY_TASKS",
    `一个工作方案最多 ${MAX_TASKS_PER_PLAN} 项任务，本次将有 ${count} 项。请检查文件是否为工作方案，或拆分为多个方案后再导入`,
  );
}

export async function insertTask(
  tx: Tx,
  planId: number,
  position: number,
  value: TaskValue,
  extra: { provenance?: unknown; confidence?: number | null } = {},
): Promise<number> {
  const row = await tx
    .insertInto("tasks")
    .values({
      plan_id: planId, position, no: value.no, section_no: value.sectionNo, section_title: value.sectionTitle,
      title: value.title, body: value.body, measures: JSON.stringify(value.measures),
      provenance: JSON.stringify(extra.provenance ?? {}), confidence: extra.confidence ?? null, version: 1, updated_at: now(),
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  await writeChildren(tx, row.id, value);
  return row.id;
}

/**
 * Stores the tasks of a plan that has none yet (import, re-extraction) with multi-row inserts: a
 * few dozen statements for 2,000 tasks instead of ten per task. On SQLite every statement runs
 * on the event loop, so the number of statements is how long an import holds the server.
 */
export async function insertNewPlanTasks(
  tx: Tx,
  planId: number,
  items: { value: TaskValue; provenance?: unknown; confidence?: number | null }[],
): Promise<void> {
  if (!items.length) return;
  const at = now();
  const rows = items.map(({ value, provenance, confidence }, position) => ({
    plan_id: planId, position, no: value.no, section_no: value.sectionNo, section_title: value.sectionTitle,
    title: value.title, body: value.body, measures: JSON.stringify(value.measures),
    provenance: JSON.stringify(provenance ?? {}), confidence: confidence ?? null, version: 1, updated_at: at,
  }));
  for (const chunk of chunksOf(rows, 200)) await tx.insertInto("tasks").values(chunk).execute();
  const idAt = new Map((await tx.selectFrom("tasks").select(["id", "position"]).where("plan_id", "=", planId).execute()).map((r) => [r.position, r.id]));
  const units: Insertable<DB["task_units"]>[] = [];
  const leaders: Insertable<DB["task_leaders"]>[] = [];
  const targets: Insertable<DB["targets"]>[] = [];
  const milestones: Insertable<DB["milestones"]>[] = [];
  for (const [position, { value }] of items.entries()) {
    const taskId = idAt.get(position)!;
    for (const role of UNIT_ROLES) {
      distinctRefs(value[role], (u) => u.unitId).forEach((u, i) => units.push({ task_id: taskId, role, position: i, name: u.name, unit_id: u.unitId ?? null }));
    }
    distinctRefs(value.leaders, (l) => l.userId).forEach((l, i) => leaders.push({ task_id: taskId, position: i, name: l.name, user_id: l.userId ?? null }));
    value.targets.forEach((t, i) => targets.push({ task_id: taskId, position: i, metric: t.metric, op: t.op, value: t.value, unit: t.unit, ...spanFields(t) }));
    value.milestones.forEach((m, i) => milestones.push({ task_id: taskId, position: i, what: m.what, by: m.by, ...spanFields(m) }));
  }
  for (const chunk of chunksOf(units, 500)) await tx.insertInto("task_units").values(chunk).execute();
  for (const chunk of chunksOf(leaders, 500)) await tx.insertInto("task_leaders").values(chunk).execute();
  for (const chunk of chunksOf(targets, 300)) await tx.insertInto("targets").values(chunk).execute();
  for (const chunk of chunksOf(milestones, 300)) await tx.insertInto("milestones").values(chunk).execute();
}

function chunksOf<T>(list: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < list.length; i += size) out.push(list.slice(i, i + size));
  return out;
}

/** Replaces the task's own columns and its parts; targets and milestones keep their ids (reports refer to them). */
export async function replaceTask(tx: Tx, id: number, value: TaskValue, version: number): Promise<void> {
  await tx
    .updateTable("tasks")
    .set({
      no: value.no, section_no: value.sectionNo, section_title: value.sectionTitle, title: value.title, body: value.body,
      measures: JSON.stringify(value.measures), version, updated_at: now(),
    })
    .where("id", "=", id)
    .execute();
  await tx.deleteFrom("task_units").where("task_id", "=", id).execute();
  await tx.deleteFrom("task_leaders").where("task_id", "=", id).execute();
  await writePeople(tx, id, value);
  await syncTargets(tx, id, value.targets);
  await syncMilestones(tx, id, value.milestones);
}

async function writeChildren(tx: Tx, taskId: number, value: TaskValue) {
  await writePeople(tx, taskId, value);
  await syncTargets(tx, taskId, value.targets);
  await syncMilestones(tx, taskId, value.milestones);
}

/**
 * The same unit (or leader) listed twice in one list ("县少年宫、县少年宫", or an alias next to the
 * name it stands for) is kept once: by its directory id when it has one, else by its name.
 */
export function distinctRefs<T extends { name: string }>(refs: T[], idOf: (ref: T) => number | null | undefined): T[] {
  const seen = new Set<string>();
  return refs.filter((ref) => {
    const id = idOf(ref);
    const name = normalizeName(ref.name);
    const keys = [id ? `#${id}` : null, `=${name}`].filter((k): k is string => !!k);
    if (keys.some((k) => seen.has(k))) return false;
    for (const k of keys) seen.add(k);
    return true;
  });
}

async function writePeople(tx: Tx, taskId: number, value: TaskValue) {
  const units = UNIT_ROLES.flatMap((role) =>
    distinctRefs(value[role], (u) => u.unitId).map((u, i) => ({ task_id: taskId, role, position: i, name: u.name, unit_id: u.unitId ?? null })),
  );
  if (units.length) await tx.insertInto("task_units").values(units).execute();
  const leaders = distinctRefs(value.leaders, (l) => l.userId);
  if (leaders.length) {
    await tx.insertInto("task_leaders").values(leaders.map((l, i) => ({ task_id: taskId, position: i, name: l.name, user_id: l.userId ?? null }))).execute();
  }
}

const spanFields = (x: { text?: string; span?: [number, number] | null; confidence?: number | null }) => ({
  text: x.text ?? "", span: x.span ? JSON.stringify(x.span) : null, confidence: x.confidence ?? null,
});

const syncTargets = (tx: Tx, taskId: number, targets: TargetInput[]) =>
  syncParts(tx, "targets", "report_values", "target_id", taskId, targets, (t, i) => ({
    task_id: taskId, position: i, metric: t.metric, op: t.op, value: t.value, unit: t.unit, ...spanFields(t),
  }));

const syncMilestones = (tx: Tx, taskId: number, milestones: MilestoneInput[]) =>
  syncParts(tx, "milestones", "report_milestones", "milestone_id", taskId, milestones, (m, i) => ({
    task_id: taskId, position: i, what: m.what, by: m.by, ...spanFields(m),
  }));

/**
 * Updates a task's targets or milestones in place, so that their ids (which reports refer to)
 * survive an edit; removes the ones left out unless a report already holds values for them.
 */
async function syncParts<T extends { id?: number }>(
  tx: Tx,
  table: "targets" | "milestones",
  reportTable: "report_values" | "report_milestones",
  reportColumn: "target_id" | "milestone_id",
  taskId: number,
  parts: T[],
  toRow: (part: T, position: number) => Record<string, unknown>,
) {
  const db = tx as unknown as Kysely<any>;
  const keep = parts.map((p) => p.id).filter((x): x is number => !!x);
  let gone = db.selectFrom(table).select("id").where("task_id", "=", taskId);
  if (keep.length) gone = gone.where("id", "not in", keep);
  const goneIds = (await gone.execute()).map((r: { id: number }) => r.id);
  if (goneIds.length) {
    const used = await db.selectFrom(reportTable).select(reportColumn).where(reportColumn, "in", goneIds).limit(1).executeTakeFirst();
    if (used) throw errors.conflict("PART_IN_USE", table === "targets" ? "该指标已有单位填报的数值，不能删除" : "该时间节点已有单位填报的完成情况，不能删除");
    await db.deleteFrom(table).where("id", "in", goneIds).execute();
  }
  for (const [i, part] of parts.entries()) {
    const row = toRow(part, i);
    const updated = part.id ? await db.updateTable(table).set(row).where("id", "=", part.id).where("task_id", "=", taskId).executeTakeFirst() : null;
    if (!updated || Number(updated.numUpdatedRows) === 0) await db.insertInto(table).values(row).execute();
  }
}

/** Loads tasks with all their parts in five queries (per 1,000 tasks), whatever the number of tasks. */
export async function loadTasks(db: Kysely<DB>, where: { planId?: number; taskIds?: number[] }): Promise<LoadedTask[]> {
  const tasks = (q: ReturnType<typeof selectTasks>) => q.orderBy("plan_id").orderBy("position").orderBy("id").execute();
  const selectTasks = () => {
    const q = db.selectFrom("tasks").selectAll();
    return where.planId !== undefined ? q.where("plan_id", "=", where.planId) : q;
  };
  let rows;
  if (where.taskIds) {
    rows = await inChunks(where.taskIds, (chunk) => tasks(selectTasks().where("id", "in", chunk)));
    if (where.taskIds.length > ID_CHUNK) rows.sort((a, b) => a.plan_id - b.plan_id || a.position - b.position || a.id - b.id);
  } else rows = await tasks(selectTasks());
  if (!rows.length) return [];
  const ids = rows.map((r) => r.id);
  const [units, leaders, targets, milestones] = await Promise.all([
    inChunks(ids, (chunk) => db.selectFrom("task_units").selectAll().where("task_id", "in", chunk).orderBy("position").execute()),
    inChunks(ids, (chunk) => db.selectFrom("task_leaders").selectAll().where("task_id", "in", chunk).orderBy("position").execute()),
    inChunks(ids, (chunk) => db.selectFrom("targets").selectAll().where("task_id", "in", chunk).orderBy("position").execute()),
    inChunks(ids, (chunk) => db.selectFrom("milestones").selectAll().where("task_id", "in", chunk).orderBy("position").execute()),
  ]);
  const by = <T extends { task_id: number }>(list: T[]) => {
    const m = new Map<number, T[]>();
    for (const x of list) {
      const of = m.get(x.task_id);
      if (of) of.push(x);
      else m.set(x.task_id, [x]);
    }
    return m;
  };
  const U = by(units), L = by(leaders), T = by(targets), M = by(milestones);
  return rows.map((r) => toLoaded(r, U.get(r.id) ?? [], L.get(r.id) ?? [], T.get(r.id) ?? [], M.get(r.id) ?? []));
}

/** The task columns a task's 办结 state is read from (closureOf). */
export const CLOSURE_COLUMNS = [
  "closure_state", "closure_note", "closure_requested_by", "closure_requested_at", "closed_by", "closed_at", "reopened_by", "reopened_at", "reopen_reason",
] as const;

export function closureOf(r: Pick<Selectable<TaskTable>, (typeof CLOSURE_COLUMNS)[number]>): LoadedTask["closure"] {
  return { state: (r.closure_state ?? null) as LoadedTask["closure"]["state"], note: r.closure_note ?? null, requestedBy: r.closure_requested_by ?? null, requestedAt: r.closure_requested_at ?? null, closedBy: r.closed_by ?? null, closedAt: r.closed_at ?? null, reopenedBy: r.reopened_by ?? null, reopenedAt: r.reopened_at ?? null, reopenReason: r.reopen_reason ?? null };
}

function toLoaded(r: Selectable<TaskTable>, units: any[], leaders: any[], targets: any[], milestones: any[]): LoadedTask {
  const ofRole = (role: UnitRole) => units.filter((u) => u.role === role).map((u) => ({ name: u.name, unitId: u.unit_id as number | null }));
  return {
    id: r.id, planId: r.plan_id, position: r.position, version: r.version, confidence: r.confidence,
    provenance: JSON.parse(r.provenance), updatedAt: r.updated_at,
    closure: closureOf(r),
    no: r.no, sectionNo: r.section_no, sectionTitle: r.section_title, title: r.title, body: r.body,
    lead: ofRole("lead"), co: ofRole("co"), liaison: ofRole("liaison"),
    leaders: leaders.map((l) => ({ name: l.name, userId: l.user_id })),
    measures: JSON.parse(r.measures),
    targets: targets.map((t) => ({ id: t.id, metric: t.metric, op: t.op, value: Number(t.value), unit: t.unit, text: t.text, span: t.span ? JSON.parse(t.span) : null, confidence: t.confidence })),
    milestones: milestones.map((m) => ({ id: m.id, what: m.what, by: m.by, text: m.text, span: m.span ? JSON.parse(m.span) : null, confidence: m.confidence })),
  };
}

/** The editable value of a loaded task (what versions and diffs compare). */
export function valueOf(t: LoadedTask): TaskValue {
  return {
    no: t.no, sectionNo: t.sectionNo, sectionTitle: t.sectionTitle, title: t.title, body: t.body,
    lead: t.lead, co: t.co, liaison: t.liaison, leaders: t.leaders, measures: t.measures,
    targets: t.targets.map(({ id, metric, op, value, unit, text }) => ({ id, metric, op, value, unit, text })),
    milestones: t.milestones.map(({ id, what, by, text }) => ({ id, what, by, text })),
  };
}
