// 请签收 (issue 11): when a plan is published, each responsible unit's users get one notice — a
// digest per unit, never one per task — asking them to sign (签收) their tasks. Units nobody can
// log in as are signed for (代签) by their task's liaison unit or the office: those get one digest
// each too. The open list itself is the 待签收 tile of 我的待办 (routes/me.ts signTodos).
import type { Kysely } from "kysely";
import type { DB } from "../../db/schema.js";
import type { Tx } from "../../db/transaction.js";
import { notify, unitReporters } from "../rounds/notify.js";
import { unitAccounts } from "../rounds/filers.js";

type Db = Kysely<DB> | Tx;

export async function notifySignRequests(tx: Tx, plan: { id: number; org_id: number; title: string }, at: Date): Promise<number> {
  const rows = await tx
    .selectFrom("task_units").innerJoin("tasks", "tasks.id", "task_units.task_id")
    .select(["task_units.task_id", "task_units.unit_id", "task_units.role"])
    .where("tasks.plan_id", "=", plan.id).where("task_units.unit_id", "is not", null)
    .execute();
  const perUnit = new Map<number, { lead: Set<number>; co: Set<number> }>();
  for (const r of rows) {
    if (r.role === "liaison") continue;
    const e = perUnit.get(r.unit_id!) ?? { lead: new Set<number>(), co: new Set<number>() };
    e[r.role].add(r.task_id);
    perUnit.set(r.unit_id!, e);
  }
  const accounts = await unitAccounts(tx, [...perUnit.keys()]);
  let sent = 0;
  // Tasks to sign for on behalf, by liaison unit, and for the office.
  const byLiaison = new Map<number, Set<string>>();
  const forOffice = new Set<string>();
  for (const [unitId, e] of perUnit) {
    const co = [...e.co].filter((t) => !e.lead.has(t)).length;
    const n = e.lead.size + co;
    if (accounts.get(unitId) !== "none") {
      sent += await notify(tx, await unitReporters(tx, unitId), {
        kind: "task.sign-request", title: `请签收：《${plan.title}》本单位 ${n} 项任务`,
        body: `《${plan.title}》已发布，本单位牵头 ${e.lead.size} 项、协办 ${co} 项任务。请在“我的待办 → 待签收”中逐项签收。`,
        link: "/", dedupe: `sign-request:${plan.id}:unit${unitId}`,
      }, at);
      continue;
    }
    for (const t of [...e.lead, ...e.co]) {
      forOffice.add(`${t}:${unitId}`);
      for (const l of rows.filter((r) => r.role === "liaison" && r.task_id === t && r.unit_id !== unitId)) {
        byLiaison.set(l.unit_id!, (byLiaison.get(l.unit_id!) ?? new Set()).add(`${t}:${unitId}`));
      }
    }
  }
  for (const [liaisonId, pairs] of byLiaison) {
    sent += await notify(tx, await unitReporters(tx, liaisonId), {
      kind: "task.sign-request", title: `请代签：《${plan.title}》${pairs.size} 项任务`,
      body: `本股室联络的任务中，有 ${pairs.size} 项的责任单位没有账号，请代为签收（在“我的待办 → 待签收”中）。`,
      link: "/", dedupe: `sign-request:${plan.id}:liaison${liaisonId}`,
    }, at);
  }
  if (forOffice.size) {
    const office = (await tx.selectFrom("users").select(["id", "roles"]).where("org_id", "=", plan.org_id).where("active", "=", 1).execute())
      .filter((u) => (JSON.parse(u.roles) as string[]).includes("office")).map((u) => u.id);
    const units = new Set([...forOffice].map((k) => k.split(":")[1])).size;
    sent += await notify(tx, office, {
      kind: "task.sign-request", title: `请代签：《${plan.title}》${units} 个单位没有账号`,
      body: `${units} 个责任单位没有账号，其 ${forOffice.size} 项任务的签收可由办公室或该任务的牵头联络股室代签（在“我的待办 → 待签收”中）。`,
      link: "/", dedupe: `sign-request:${plan.id}:office`,
    }, at);
  }
  return sent;
}

export interface SignTodo {
  taskId: number;
  taskNo: string;
  taskTitle: string;
  planId: number;
  planTitle: string;
  unitId: number;
  unitName: string;
  role: "lead" | "co";
  /** Signed on behalf of a unit without accounts (代签): as the office or as the liaison unit. */
  proxy: "office" | "liaison" | null;
}

/**
 * 待签收: the open tasks of the bureau's published plans that the user's unit has not signed, and,
 * for the office and liaison units, those of units without accounts they sign for.
 */
export async function signTodos(db: Db, user: { org_id: number; unit_id: number | null; roles: readonly string[] }, limit = 500): Promise<SignTodo[]> {
  const member = user.unit_id != null && user.roles.some((r) => r === "unit_staff" || r === "unit_head");
  const office = user.roles.includes("office");
  if (!member && !office) return [];
  const base = db
    .selectFrom("task_units")
    .innerJoin("tasks", "tasks.id", "task_units.task_id")
    .innerJoin("plans", "plans.id", "tasks.plan_id")
    .innerJoin("units", "units.id", "task_units.unit_id")
    .select(["tasks.id as task_id", "tasks.no", "tasks.title", "plans.id as plan_id", "plans.title as plan_title", "task_units.unit_id", "units.name as unit_name", "task_units.role"])
    .where("plans.org_id", "=", user.org_id).where("plans.status", "=", "published")
    .where((eb) => eb.or([eb("tasks.closure_state", "is", null), eb("tasks.closure_state", "!=", "closed")]))
    .where("task_units.role", "in", ["lead", "co"])
    .where((eb) => eb.not(eb.exists(eb.selectFrom("task_signoffs").select("task_signoffs.id").whereRef("task_signoffs.task_id", "=", "tasks.id").whereRef("task_signoffs.unit_id", "=", "task_units.unit_id"))))
    .orderBy("plans.id").orderBy("tasks.position").orderBy("task_units.role", "desc").orderBy("task_units.position");
  const own = member ? await base.where("task_units.unit_id", "=", user.unit_id!).limit(limit).execute() : [];
  let others = office
    ? await base.limit(5000).execute()
    : await base.where("tasks.id", "in", (eb) => eb.selectFrom("task_units as l").select("l.task_id").where("l.role", "=", "liaison").where("l.unit_id", "=", user.unit_id!)).limit(5000).execute();
  others = others.filter((r) => r.unit_id !== user.unit_id);
  const accounts = await unitAccounts(db, others.map((r) => r.unit_id!));
  // A member who is not the office sees only the tasks their unit liaises for (the query above): all 代签 as the liaison.
  const allLiaison = member && !office;
  const liaisonOf = member && office && others.length
    ? new Set((await db.selectFrom("task_units").select("task_id").where("role", "=", "liaison").where("unit_id", "=", user.unit_id!).execute()).map((r) => r.task_id))
    : new Set<number>();
  const present = (r: (typeof own)[number], proxy: SignTodo["proxy"]): SignTodo => ({
    taskId: r.task_id, taskNo: r.no, taskTitle: r.title, planId: r.plan_id, planTitle: r.plan_title, unitId: r.unit_id!, unitName: r.unit_name, role: r.role as "lead" | "co", proxy,
  });
  const seen = new Set<string>();
  const out: SignTodo[] = [];
  for (const r of own) {
    const key = `${r.task_id}:${r.unit_id}`;
    if (!seen.has(key)) out.push(present(r, null));
    seen.add(key);
  }
  for (const r of others) {
    const key = `${r.task_id}:${r.unit_id}`;
    if (seen.has(key) || accounts.get(r.unit_id!) !== "none") continue;
    seen.add(key);
    out.push(present(r, allLiaison || liaisonOf.has(r.task_id) ? "liaison" : "office"));
  }
  return out.slice(0, limit);
}
