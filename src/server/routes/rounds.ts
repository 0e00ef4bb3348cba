import { z } from "zod";
import type { ExpressionBuilder, Kysely } from "kysely";
import { route } from "./define.js";
import { idParam } from "../validation.js";
import { inTransaction } from "../db/transaction.js";
import { actorOf, nowOf } from "../context.js";
import type { DB } from "../db/schema.js";
import { closeRound, createRound, openRound, rescheduleRound } from "../commands/rounds/rounds.js";
import { remindRound } from "../commands/rounds/reminders.js";
import { presentFiler, presentReportSummary, presentRound } from "../presenters/reports.js";
import { filersOf, planCoverage } from "../commands/rounds/filers.js";
import { copiedUnchangedSql, REPORT_SUMMARY_COLUMNS } from "../commands/rounds/reports.js";
import { planFor, roundFor } from "../policies/scope.js";
import { calendarDay } from "../../shared/dates.js";
import { localDay } from "../clock.js";
import { taskLight } from "../../shared/supervision.js";
import { latestLeadOf } from "../commands/rounds/progress.js";
import { milestonesByTask } from "../commands/dashboard/board.js";
import { defaultDates, periodLabel, periodsOfYear, periodYear, RHYTHM_LABELS, type Rhythm } from "../commands/rounds/periods.js";

/** The periods a new round can take, in the plan's rhythm, with their default dates. */
function periodChoices(plan: { year: number | null; rhythm: string; open_day: number; due_day: number }, today: string, taken: Set<string>) {
  const rhythm = plan.rhythm as Rhythm;
  const years = [...new Set([plan.year ?? periodYear(today), periodYear(today)])].sort();
  return years.flatMap((y) => periodsOfYear(y, rhythm)).map((period) => ({ period, label: periodLabel(period), ...defaultDates(period, plan.open_day, plan.due_day), taken: taken.has(period) }));
}

const day = calendarDay;

type ScopeUser = { id: number; unit_id: number | null; roleList: readonly string[] };
const isOverseer = (u: ScopeUser) => u.roleList.some((r) => r === "office" || r === "admin" || r === "director" || r === "viewer");

/**
 * The reports of a round a non-overseer sees: a unit member its own reports and, as lead or liaison
 * unit (the liaison files for units without accounts), its tasks' reports; a leader the tasks they
 * lead. The grid and the counts of the round list use the same rule.
 */
function visibleTo(u: ScopeUser) {
  const unitMember = !!u.unit_id && u.roleList.some((r) => r === "unit_staff" || r === "unit_head");
  return (eb: ExpressionBuilder<DB, "reports">) =>
    eb.or([
      ...(unitMember
        ? [
            eb("reports.unit_id", "=", u.unit_id!),
            eb.exists(eb.selectFrom("task_units").select("task_units.id").whereRef("task_units.task_id", "=", "reports.task_id").where("task_units.unit_id", "=", u.unit_id!).where("task_units.role", "in", ["lead", "liaison"])),
          ]
        : []),
      eb.exists(eb.selectFrom("task_leaders").select("task_leaders.id").whereRef("task_leaders.task_id", "=", "reports.task_id").where("task_leaders.user_id", "=", u.id)),
    ]);
}

/** Reports per state of each round, as far as the user sees them (a unit clerk: its own, not the whole round's). */
async function reportCounts(db: Kysely<DB>, roundIds: number[], user: ScopeUser) {
  if (!roundIds.length) return new Map<number, Record<string, number>>();
  let q = db.selectFrom("reports").select(["round_id", "state", (eb) => eb.fn.countAll().as("n")]).where("round_id", "in", roundIds);
  if (!isOverseer(user)) q = q.where(visibleTo(user));
  const rows = await q.groupBy(["round_id", "state"]).execute();
  const out = new Map<number, Record<string, number>>();
  for (const r of rows) out.set(r.round_id, { ...(out.get(r.round_id) ?? {}), [r.state]: Number(r.n) });
  return out;
}

export const roundRoutes = [
  route({
    method: "GET", url: "/api/plans/:id/rounds", tag: "rounds", access: "plans.read", summary: "方案的调度轮次",
    params: idParam,
    handler: async ({ ctx, user, params }) => {
      const db = ctx.database.db;
      const plan = await planFor(db, user!, params.id, "read");
      const rounds = await db.selectFrom("rounds").selectAll().where("plan_id", "=", plan.id).orderBy("period", "desc").execute();
      const counts = await reportCounts(db, rounds.map((r) => r.id), user!);
      return {
        items: rounds.map((r) => presentRound(r, { counts: counts.get(r.id) ?? {} })),
        rhythm: plan.rhythm, rhythmLabel: RHYTHM_LABELS[plan.rhythm as Rhythm], openDay: plan.open_day, dueDay: plan.due_day,
        planVersion: plan.version, planStatus: plan.status, planYear: plan.year,
        periods: periodChoices(plan, localDay(nowOf(ctx)), new Set(rounds.map((r) => r.period))),
      };
    },
  }),
  route({
    method: "GET", url: "/api/plans/:id/coverage", tag: "rounds", access: "plans.read",
    summary: "开始调度前：哪些责任单位没有账号、将由谁代报（牵头联络股室或办公室）",
    params: idParam,
    handler: async ({ ctx, user, params }) => {
      const db = ctx.database.db;
      const plan = await planFor(db, user!, params.id, "read");
      const units = await planCoverage(db, plan.id);
      const sum = (k: "reports" | "byLiaison" | "byOffice") => units.reduce((n, u) => n + u[k], 0);
      return { units, reports: sum("reports"), byLiaison: sum("byLiaison"), byOffice: sum("byOffice") };
    },
  }),
  route({
    method: "POST", url: "/api/plans/:id/rounds", tag: "rounds", access: "rounds.manage", status: 201,
    summary: "新建调度轮次（开始日期已到则立即开始，为每项任务的牵头和协办单位生成报告）",
    params: idParam,
    body: z.strictObject({ period: z.string().min(6).max(10), opensOn: day.optional(), dueOn: day.optional() }),
    handler: async ({ ctx, user, params, body }) => {
      const round = await inTransaction(ctx.database, async (tx) => createRound(tx, actorOf(user!), await planFor(tx, user!, params.id, "write"), body, nowOf(ctx)));
      return { round: presentRound(round) };
    },
  }),
  route({
    method: "PATCH", url: "/api/rounds/:id", tag: "rounds", access: "rounds.manage", summary: "调整本轮的开始或截止日期",
    params: idParam,
    body: z.strictObject({ opensOn: day.optional(), dueOn: day.optional(), version: z.int32().optional() }),
    handler: async ({ ctx, user, params, body }) => ({
      round: presentRound(await inTransaction(ctx.database, async (tx) => {
        const { round } = await roundFor(tx, user!, params.id, "write");
        return rescheduleRound(tx, actorOf(user!), round, body);
      })),
    }),
  }),
  route({
    method: "POST", url: "/api/rounds/:id/open", tag: "rounds", access: "rounds.manage", summary: "手动开始调度",
    params: idParam,
    handler: async ({ ctx, user, params }) => ({
      round: presentRound(await inTransaction(ctx.database, async (tx) => {
        const { round, plan } = await roundFor(tx, user!, params.id, "write");
        return openRound(tx, actorOf(user!), plan, round, nowOf(ctx));
      })),
    }),
  }),
  route({
    method: "POST", url: "/api/rounds/:id/close", tag: "rounds", access: "rounds.manage", summary: "结束调度",
    params: idParam,
    handler: async ({ ctx, user, params }) => ({
      round: presentRound(await inTransaction(ctx.database, async (tx) => {
        const { round } = await roundFor(tx, user!, params.id, "write");
        return closeRound(tx, actorOf(user!), round, nowOf(ctx));
      })),
    }),
  }),
  route({
    method: "POST", url: "/api/rounds/:id/remind", tag: "rounds", access: "rounds.manage", summary: "催办：提醒未报送的单位（可指定报告）",
    params: idParam,
    body: z.strictObject({ reportIds: z.array(z.int32().positive()).max(1000).optional() }),
    handler: async ({ ctx, user, params, body }) =>
      inTransaction(ctx.database, async (tx) => {
        const { round, plan } = await roundFor(tx, user!, params.id, "write");
        return remindRound(tx, actorOf(user!), plan, round, body.reportIds ?? null, nowOf(ctx));
      }),
  }),
  route({
    method: "GET", url: "/api/rounds/:id", tag: "rounds", access: "plans.read", summary: "调度轮次详情",
    params: idParam,
    handler: async ({ ctx, user, params }) => {
      const db = ctx.database.db;
      const { round, plan } = await roundFor(db, user!, params.id, "read");
      const counts = await reportCounts(db, [round.id], user!);
      return { ...presentRound(round, { counts: counts.get(round.id) ?? {} }), planTitle: plan.title };
    },
  }),
  route({
    method: "GET", url: "/api/rounds/:id/reports", cached: true, tag: "rounds", access: "plans.read", summary: "本轮全部报告（任务 × 单位），办公室的调度总览",
    params: idParam,
    handler: async ({ ctx, user, params }) => {
      const db = ctx.database.db;
      const { round } = await roundFor(db, user!, params.id, "read");
      // Units see their own reports (and, as lead unit, their co-units'); leaders the tasks they lead.
      // Chosen in SQL, so that a unit's or leader's tasks of other years are never read.
      const overseer = isOverseer(user!);
      let q = db
        .selectFrom("reports")
        .innerJoin("tasks", "tasks.id", "reports.task_id")
        .innerJoin("units", "units.id", "reports.unit_id")
        .select([...REPORT_SUMMARY_COLUMNS, copiedUnchangedSql(), "tasks.no as task_no", "tasks.title as task_title", "tasks.closure_state", "units.name as unit_name"])
        .where("reports.round_id", "=", round.id);
      if (!overseer) q = q.where(visibleTo(user!));
      const visible = await q.orderBy("tasks.position").orderBy("reports.role", "desc").orderBy("reports.id").execute();
      const filers = await filersOf(db, visible);
      const filedBy = new Map((await db.selectFrom("units").select(["id", "name"]).where("id", "in", [...new Set(visible.map((r) => r.filed_by_unit_id ?? -1))].concat(-1)).execute()).map((u) => [u.id, u.name]));
      // 红黄绿灯 of each row: its task's milestones, what its lead unit last reported and this unit's
      // report; the tasks are the rows' own (the same query as a subquery), never a list of ids.
      const taskIds = q.clearSelect().select("reports.task_id");
      const [milestonesOf, lead] = await Promise.all([
        milestonesByTask(db, taskIds),
        latestLeadOf(db, taskIds),
      ]);
      const today = localDay(nowOf(ctx));
      const lightOf = (r: (typeof visible)[number]) => {
        const p = lead.get(r.task_id);
        return taskLight({
          closure: (r.closure_state ?? null) as "requested" | "closed" | null,
          milestones: (milestonesOf.get(r.task_id) ?? []).map((m) => ({ by: m.by, done: !!p?.milestonesDone.has(m.id) })),
          report: r.state === "withdrawn" ? null : { dueOn: round.due_on, submittedAt: ["submitted", "approved", "merged"].includes(r.state) ? r.submitted_at : null },
          status: p?.status ?? null,
          today,
        });
      };
      return {
        items: visible.map(({ task_no, task_title, unit_name, closure_state: _closure, ...r }) => ({
          ...presentReportSummary(r, {
            unitName: unit_name, taskNo: task_no, taskTitle: task_title, filer: presentFiler(filers.get(r.id)!),
            filedByUnitName: r.filed_as === "office" ? "办公室" : r.filed_by_unit_id ? (filedBy.get(r.filed_by_unit_id) ?? null) : null,
          }),
          ...(({ light, reason }) => ({ light, lightReason: reason }))(lightOf({ ...r, task_no, task_title, unit_name, closure_state: _closure })),
        })),
      };
    },
  }),
];
