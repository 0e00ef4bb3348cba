// 我的任务: the published tasks a user's unit leads, co-leads or liaises for, or the user leads,
// one page at a time (issue 12: the busiest clerk has hundreds), read with only the columns that
// list shows (no body, measures, provenance, targets, sources).
import { sql, type ExpressionBuilder, type Kysely } from "kysely";
import type { DB } from "../../db/schema.js";
import { MY_ROLES, type MY_TASK_SORTS, type MyRole } from "../../../shared/plans.js";
import { CLOSURE_COLUMNS, closureOf, type LoadedTask, type UnitRole } from "./task-store.js";

/** A task as 我的任务 shows it. */
export interface MyTask extends Pick<LoadedTask, "id" | "planId" | "no" | "title" | "closure" | "lead" | "co" | "liaison" | "leaders"> {
  planTitle: string;
  milestones: { id: number; by: string }[];
}

export interface MyTasksWho {
  userId: number;
  unitId: number | null;
}


export interface MyTasksQuery {
  /** 1-based. */
  page: number;
  pageSize: number;
  role?: MyRole;
  planId?: number;
  /** Words of the 序号 or the title. */
  q?: string;
  sort?: (typeof MY_TASK_SORTS)[number];
}

export interface MyTasksPage {
  tasks: MyTask[];
  /** Tasks the filters keep (all pages). */
  total: number;
  /** Per 我的职责 tab, with the plan and words filters applied (a task may count under two roles). */
  counts: Record<"all" | MyRole, number>;
  /** The plans of the user's tasks (the 工作方案 filter's choices), unfiltered, in plan order. */
  plans: { id: number; title: string; count: number }[];
}

type TasksEb = ExpressionBuilder<DB & { t: DB["tasks"] }, "t">;

/** Is t one of the user's tasks in this role (lead, co, liaison: their unit's; leader: their own)? */
function inRole(eb: TasksEb, who: MyTasksWho, role: MyRole) {
  if (role === "leader") return eb.exists(eb.selectFrom("task_leaders as tl").select("tl.task_id").whereRef("tl.task_id", "=", "t.id").where("tl.user_id", "=", who.userId));
  if (who.unitId == null) return eb.lit(false);
  return eb.exists(
    eb.selectFrom("task_units as tu").select("tu.task_id").whereRef("tu.task_id", "=", "t.id").where("tu.unit_id", "=", who.unitId).where("tu.role", "=", role as UnitRole),
  );
}

/** The user's tasks of published plans (t, joined with their plan p): found from the person's and the unit's indexes. */
function publishedOf(db: Kysely<DB>, who: MyTasksWho, role?: MyRole) {
  const led = db.selectFrom("task_leaders").select("task_id").where("user_id", "=", who.userId);
  const units = db.selectFrom("task_units").select("task_id").where("unit_id", "=", who.unitId ?? -1);
  const ids = role === "leader" ? led : role ? units.where("role", "=", role) : who.unitId != null ? led.union(units) : led;
  return db
    .selectFrom("tasks as t")
    .innerJoin("plans as p", "p.id", "t.plan_id")
    .where("p.status", "=", "published")
    .where("t.id", "in", ids);
}

/** `column` contains `words` (LIKE with its wildcards escaped; lower() on both sides: PostgreSQL's LIKE minds case, SQLite's not). */
const contains = (column: "t.no" | "t.title", words: string) =>
  sql<boolean>`lower(${sql.ref(column)}) like lower(${`%${words.replace(/[\\%_]/g, (c) => `\\${c}`)}%`}) escape '\\'`;

/**
 * One page of the user's tasks in plan order (plan, position, id), filtered and counted in SQL:
 * the count, the tabs' counts and the plans are aggregates; the page's tasks are read with their
 * units, leaders and milestones (one query each for the page, never per task).
 */
export async function myTasksPage(db: Kysely<DB>, who: MyTasksWho, query: MyTasksQuery): Promise<MyTasksPage> {
  const filtered = (role?: MyRole) =>
    publishedOf(db, who, role)
      .$if(query.planId != null, (q) => q.where("t.plan_id", "=", query.planId!))
      .$if(!!query.q, (q) => q.where((eb) => eb.or([contains("t.no", query.q!), contains("t.title", query.q!)])));
  const count = (eb: TasksEb, role: MyRole) => eb.fn.sum<number | string | null>(eb.case().when(inRole(eb, who, role)).then(1).else(0).end()).as(role);
  const desc = query.sort === "-plan";
  const [countRow, plans, rows] = await Promise.all([
    filtered()
      .select((eb) => [eb.fn.countAll<number | string>().as("all"), ...MY_ROLES.map((role) => count(eb as unknown as TasksEb, role))])
      .executeTakeFirstOrThrow(),
    publishedOf(db, who)
      .select((eb) => ["p.id", "p.title", eb.fn.countAll<number | string>().as("n")])
      .groupBy(["p.id", "p.title"])
      .orderBy("p.id")
      .execute(),
    filtered(query.role)
      .select(["t.id", "t.plan_id", "t.no", "t.title", "p.title as plan_title", ...CLOSURE_COLUMNS.map((c) => `t.${c}` as const)])
      .orderBy("t.plan_id", desc ? "desc" : "asc")
      .orderBy("t.position")
      .orderBy("t.id")
      .limit(query.pageSize)
      .offset((query.page - 1) * query.pageSize)
      .execute(),
  ]);
  const counts = { all: Number(countRow.all) } as MyTasksPage["counts"];
  for (const role of MY_ROLES) counts[role] = Number(countRow[role] ?? 0);
  return {
    tasks: await withRelations(db, rows),
    total: query.role ? counts[query.role] : counts.all,
    counts,
    plans: plans.map((p) => ({ id: p.id, title: p.title, count: Number(p.n) })),
  };
}

type PageRow = { id: number; plan_id: number; no: string; title: string; plan_title: string } & Parameters<typeof closureOf>[0];

/** The page's tasks with their units, leaders and milestones: one query each, the page's ids bound. */
async function withRelations(db: Kysely<DB>, rows: PageRow[]): Promise<MyTask[]> {
  if (!rows.length) return [];
  const ids = rows.map((r) => r.id);
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
