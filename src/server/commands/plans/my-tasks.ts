// 我的任务: the published tasks a user's unit leads, co-leads or liaises for, or the user leads,
// read with only the columns that list shows (no body, measures, provenance, targets, sources).
import type { Kysely } from "kysely";
import type { DB } from "../../db/schema.js";
import { CLOSURE_COLUMNS, closureOf, type LoadedTask, type UnitRole } from "./task-store.js";

/** A task as 我的任务 shows it. */
export interface MyTask extends Pick<LoadedTask, "id" | "planId" | "no" | "title" | "closure" | "lead" | "co" | "liaison" | "leaders"> {
  planTitle: string;
  milestones: { id: number; by: string }[];
}

/**
 * The tasks in plan order (plan, position, id), each with its plan's title: one query for the tasks,
 * one each for their units, leaders and milestones — whatever the number of tasks or years gone by.
 */
/**
 * The ids of the user's published tasks as a subquery (column task_id): the later queries of
 * 我的任务 take it instead of binding the task ids found (hundreds of parameters each).
 */
export function myTaskIds(db: Kysely<DB>, who: { userId: number; unitId: number | null }) {
  const led = db.selectFrom("task_leaders").select("task_id").where("user_id", "=", who.userId);
  const mine = who.unitId != null ? led.union(db.selectFrom("task_units").select("task_id").where("unit_id", "=", who.unitId)) : led;
  return db
    .selectFrom("tasks")
    .innerJoin("plans", "plans.id", "tasks.plan_id")
    .select("tasks.id as task_id")
    .where("plans.status", "=", "published")
    .where("tasks.id", "in", mine);
}

export async function loadMyTasks(db: Kysely<DB>, who: { userId: number; unitId: number | null }): Promise<MyTask[]> {
  const ids = myTaskIds(db, who);
  const rows = await db
    .selectFrom("tasks")
    .innerJoin("plans", "plans.id", "tasks.plan_id")
    .select(["tasks.id", "tasks.plan_id", "tasks.no", "tasks.title", "plans.title as plan_title", ...CLOSURE_COLUMNS.map((c) => `tasks.${c}` as const)])
    .where("tasks.id", "in", ids)
    .orderBy("tasks.plan_id")
    .orderBy("tasks.position")
    .orderBy("tasks.id")
    .execute();
  if (!rows.length) return [];
  // The same task set as a subquery, not the ids found bound again.
  const [units, leaders, milestones] = await Promise.all([
    db.selectFrom("task_units").select(["task_id", "role", "name", "unit_id"]).where("task_id", "in", ids).orderBy("position").execute(),
    db.selectFrom("task_leaders").select(["task_id", "name", "user_id"]).where("task_id", "in", ids).orderBy("position").execute(),
    db.selectFrom("milestones").select(["task_id", "id", "by"]).where("task_id", "in", ids).orderBy("position").execute(),
  ]);
  const out = new Map<number, MyTask>(
    rows.map((r) => [r.id, {
      id: r.id, planId: r.plan_id, no: r.no, title: r.title, planTitle: r.plan_title, closure: closureOf(r),
      lead: [], co: [], liaison: [], leaders: [], milestones: [],
    }]),
  );
  for (const u of units) out.get(u.task_id)![u.role as UnitRole].push({ name: u.name, unitId: u.unit_id });
  for (const l of leaders) out.get(l.task_id)!.leaders.push({ name: l.name, userId: l.user_id });
  for (const m of milestones) out.get(m.task_id)!.milestones.push({ id: m.id, by: m.by });
  return [...out.values()];
}
