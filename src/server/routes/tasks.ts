import { z } from "zod";
import { route } from "./define.js";
import { idParam, text, queryInt } from "../validation.js";
import { inTransaction } from "../db/transaction.js";
import { actorOf, nowOf } from "../context.js";
import { localDay } from "../clock.js";
import { errors } from "../errors.js";
import { createTask, deleteTask, mergeTasks, reorderTasks, splitTask, updateTask } from "../commands/plans/plan-edit.js";
import { loadTasks } from "../commands/plans/task-store.js";
import { myTasksPage } from "../commands/plans/my-tasks.js";
import { MY_ROLES, MY_TASK_SORTS } from "../../shared/plans.js";
import { myRolesOf, presentLedgerTask, presentListedMilestones, presentMyTask, presentPlan, presentTask } from "../presenters/plans.js";
import { latestLeadOf, progressOf } from "../commands/rounds/progress.js";
import { assertTaskRefs, planFor, reportsAccess, taskPlanFor } from "../policies/scope.js";
import { presentReportSummary } from "../presenters/reports.js";
import { periodLabel } from "../commands/rounds/periods.js";
import { supervisionOf } from "../commands/supervision/supervision.js";
import type { Task, TaskDetail } from "../../shared/plans.js";

const unitRef = z.strictObject({ name: text(1, 100), unitId: z.int32().positive().nullable().optional() });
const leaderRef = z.strictObject({ name: text(1, 50), userId: z.int32().positive().nullable().optional() });
const span = z.tuple([z.int32(), z.int32()]).nullable().optional();
const target = z.strictObject({
  id: z.int32().positive().optional(),
  metric: z.string().trim().max(200),
  op: z.enum([">=", "<=", "=", ">", "<"], { error: "比较方式须为 >=、<=、=、>、< 之一" }),
  value: z.number({ error: "目标值须为数字" }),
  unit: z.string().trim().max(20),
  text: z.string().max(1000).optional(),
  span, confidence: z.number().min(0).max(1).nullable().optional(),
});
const milestone = z.strictObject({
  id: z.int32().positive().optional(),
  what: z.string().trim().min(1, "请填写节点内容").max(500),
  by: z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, "完成时限格式应为 YYYY、YYYY-MM 或 YYYY-MM-DD"),
  text: z.string().max(1000).optional(),
  span, confidence: z.number().min(0).max(1).nullable().optional(),
});
const taskFields = {
  no: z.string().trim().max(20).optional(),
  sectionNo: z.string().trim().max(20).nullable().optional(),
  sectionTitle: z.string().trim().max(300).nullable().optional(),
  title: text(1, 500).optional(),
  body: z.string().max(50_000).optional(),
  lead: z.array(unitRef).max(50).optional(),
  co: z.array(unitRef).max(100).optional(),
  liaison: z.array(unitRef).max(50).optional(),
  leaders: z.array(leaderRef).max(20).optional(),
  measures: z.array(z.string().max(5000)).max(200).optional(),
  targets: z.array(target).max(100).optional(),
  milestones: z.array(milestone).max(100).optional(),
};

const planTaskFilters = z.strictObject({
  section: z.string().max(20).optional(),
  unitId: queryInt().positive().optional(),
  leaderId: queryInt().positive().optional(),
  leader: z.string().max(50).optional(),
  q: z.string().max(100).optional(),
  overdue: z.enum(["0", "1"]).optional(),
  status: z.enum(["not_started", "on_track", "done", "behind", "blocked", "none"]).optional(),
  /** Tasks with a target so assessed (the dashboard's 指标 figures lead here). */
  target: z.enum(["met", "on_track", "behind", "none"]).optional(),
  /** list: only what the ledger screen shows (presentLedgerTask); the review screen and exports read the full tasks. */
  view: z.enum(["full", "list"]).optional(),
});

/** 我的任务's page and filters (issue 12: the busiest clerk's list is hundreds of tasks; the screen shows 15). */
const myTaskFilters = z.strictObject({
  page: queryInt().positive().max(100_000).default(1),
  pageSize: queryInt().min(1).max(100).default(15),
  role: z.enum(MY_ROLES, { error: "职责筛选无效" }).optional(),
  planId: queryInt().positive().optional(),
  q: z.string().trim().max(100).optional(),
  sort: z.enum(MY_TASK_SORTS, { error: "排序方式无效" }).optional(),
});

function filterTasks(items: Task[], f: z.infer<typeof planTaskFilters>) {
  const has = (t: Task, unitId: number) => [...t.lead, ...t.co, ...t.liaison].some((u) => u.unitId === unitId);
  return items.filter(
    (t) =>
      (!f.section || t.section === f.section) &&
      (!f.unitId || has(t, f.unitId)) &&
      (!f.leaderId || t.leaders.some((l) => l.userId === f.leaderId)) &&
      (!f.leader || t.leaders.some((l) => l.name.includes(f.leader!))) &&
      (!f.q || [t.no, t.title, t.body, ...t.measures].some((s) => s.includes(f.q!))) &&
      (f.overdue !== "1" || t.hasOverdueMilestone) &&
      (!f.status || (f.status === "none" ? !t.status : t.status === f.status)) &&
      (!f.target || t.targets.some((x) => (x.assessment ?? "none") === f.target)),
  );
}

export const taskRoutes = [
  route({
    method: "GET", url: "/api/plans/:id/tasks", cached: true, tag: "tasks", access: "plans.read", summary: "方案的任务（台账），可按篇目、单位、责任领导、关键词、逾期筛选",
    params: idParam, query: planTaskFilters,
    handler: async ({ ctx, user, params, query }) => {
      const plan = await planFor(ctx.database.db, user!, params.id, "read");
      const tasks = await loadTasks(ctx.database.db, { planId: plan.id });
      // The ledger screen (view=list) shows each target's latest value, not its series: read without it.
      const progress = await progressOf(ctx.database.db, ctx.database.db.selectFrom("tasks").select("id as task_id").where("plan_id", "=", plan.id), { series: query.view !== "list" });
      const sup = await supervisionOf(ctx.database.db, tasks.map((t) => t.id), nowOf(ctx));
      const today = localDay(nowOf(ctx));
      const items = tasks.map((t) => presentTask(t, today, progress.get(t.id), sup.get(t.id)));
      const shown = filterTasks(items, query);
      return { items: query.view === "list" ? shown.map(presentLedgerTask) : shown, total: items.length };
    },
  }),
  route({
    method: "POST", url: "/api/plans/:id/tasks", tag: "tasks", access: "plans.write", status: 201, summary: "新增任务",
    params: idParam,
    body: z.strictObject({ ...taskFields, title: text(1, 500), after: z.int32().positive().nullable().optional() }),
    handler: async ({ ctx, user, params, body }) => {
      const { after, ...value } = body;
      return presentTask(await inTransaction(ctx.database, async (tx) => {
        const plan = await planFor(tx, user!, params.id, "write");
        await assertTaskRefs(tx, plan.org_id, value);
        return createTask(tx, actorOf(user!), plan, value as any, after);
      }), localDay(nowOf(ctx)));
    },
  }),
  route({
    method: "POST", url: "/api/plans/:id/tasks/reorder", tag: "tasks", access: "plans.write", summary: "调整任务顺序",
    params: idParam,
    body: z.strictObject({ order: z.array(z.int32().positive()).max(2000) }),
    handler: async ({ ctx, user, params, body }) => {
      await inTransaction(ctx.database, async (tx) => reorderTasks(tx, actorOf(user!), await planFor(tx, user!, params.id, "write"), body.order));
      return { items: (await loadTasks(ctx.database.db, { planId: params.id })).map((t) => presentTask(t, localDay(nowOf(ctx)))) };
    },
  }),
  route({
    method: "POST", url: "/api/plans/:id/tasks/merge", tag: "tasks", access: "plans.write", summary: "合并任务（草稿）",
    params: idParam,
    body: z.strictObject({ taskIds: z.array(z.int32().positive()).min(2, "至少选择两个任务").max(50) }),
    handler: async ({ ctx, user, params, body }) =>
      presentTask(await inTransaction(ctx.database, async (tx) => mergeTasks(tx, actorOf(user!), await planFor(tx, user!, params.id, "write"), body.taskIds)), localDay(nowOf(ctx))),
  }),
  route({
    method: "GET", url: "/api/tasks/mine", cached: true, tag: "tasks", access: "plans.read",
    summary: "我的任务：本单位牵头、协办、联络或本人负责的已发布任务，分页（page、pageSize ≤ 100；total 为筛选后的总数），可按我的职责 role、工作方案 planId、关键词 q（序号或任务名称）筛选，sort=-plan 新方案在前；counts 为各职责的任务数，plans 为可选的工作方案（列表所示字段；任务详情见 /api/tasks/:id）",
    query: myTaskFilters,
    handler: async ({ ctx, user, query }) => {
      const db = ctx.database.db;
      // Only the caller's own tasks (their unit's and those they lead), of published plans, chosen in SQL.
      const who = { userId: user!.id, unitId: user!.unit_id };
      const { tasks, total, counts, plans } = await myTasksPage(db, who, query);
      // The page's tasks only. The list shows status, milestones and the light, not targets: the lead
      // reports' latest, without their values.
      const ids = tasks.map((t) => t.id);
      const [progress, sup] = await Promise.all([latestLeadOf(db, ids), supervisionOf(db, ids, nowOf(ctx))]);
      const today = localDay(nowOf(ctx));
      const items = tasks.map((t) => presentMyTask(t, today, progress.get(t.id), sup.get(t.id)!, { myRoles: myRolesOf(t, who) }));
      return { items, total, page: query.page, pageSize: query.pageSize, counts, plans };
    },
  }),
  route({
    method: "GET", url: "/api/tasks/:id", tag: "tasks", access: "plans.read", summary: "任务详情（含修改历史）",
    params: idParam,
    handler: async ({ ctx, user, params }) => {
      const db = ctx.database.db;
      const [task] = await loadTasks(db, { taskIds: [params.id] });
      if (!task) throw errors.notFound("TASK_NOT_FOUND", "找不到该任务");
      const plan = await planFor(db, user!, task.planId, "read").catch(() => {
        throw errors.notFound("TASK_NOT_FOUND", "找不到该任务");
      });
      const history = await db.selectFrom("task_versions").selectAll().where("task_id", "=", task.id).orderBy("version", "desc").execute();
      const progress = await progressOf(db, [task.id]);
      const sup = await supervisionOf(db, [task.id], nowOf(ctx));
      const link = await db.selectFrom("tasks").select("implements_task_id").where("id", "=", task.id).executeTakeFirst();
      const detail: TaskDetail = {
        ...presentTask(task, localDay(nowOf(ctx)), progress.get(task.id), sup.get(task.id)),
        /** The task of a plan above that this one implements (issue 15). */
        implementsTaskId: link?.implements_task_id ?? null,
        plan: presentPlan(plan),
        history: history.map((h) => ({ version: h.version, changedBy: h.changed_by_name, changedAt: h.changed_at, before: JSON.parse(h.before_json), after: JSON.parse(h.after_json) })),
      };
      return detail;
    },
  }),
  route({
    method: "GET", url: "/api/tasks/:id/milestones", cached: true, tag: "tasks", access: "plans.read",
    summary: "任务的时间节点（内容、时限、是否完成、完成日期），按时限先后：我的任务列表只带节点摘要，悬停时取这份明细",
    params: idParam,
    handler: async ({ ctx, user, params }) => {
      const db = ctx.database.db;
      // The task page's policy: whoever may read the task's plan (a task of another bureau is 404, like the page).
      await taskPlanFor(db, user!, params.id);
      const [rows, progress] = await Promise.all([
        db.selectFrom("milestones").select(["id", "what", "by"]).where("task_id", "=", params.id).orderBy("position").execute(),
        latestLeadOf(db, [params.id]),
      ]);
      return { items: presentListedMilestones(rows, progress.get(params.id), localDay(nowOf(ctx))) };
    },
  }),
  route({
    method: "GET", url: "/api/tasks/:id/reports", tag: "tasks", access: "plans.read",
    summary: "任务的报送历史：各轮调度的报告（状态、日期、单位）及审定的进展，最新在前（只列本人可查看的报告）",
    params: idParam,
    handler: async ({ ctx, user, params }) => {
      const db = ctx.database.db;
      const plan = await taskPlanFor(db, user!, params.id);
      const rows = await db.selectFrom("reports").innerJoin("rounds", "rounds.id", "reports.round_id").innerJoin("units", "units.id", "reports.unit_id")
        .selectAll("reports").select(["rounds.period", "rounds.due_on", "rounds.state as round_state", "units.name as unit_name"])
        .where("reports.task_id", "=", params.id).where("rounds.plan_id", "=", plan.id)
        .orderBy("rounds.period", "desc").orderBy("reports.role", "desc").orderBy("reports.id").execute();
      const items = [];
      // Only reports the caller may open (a co-unit's unsent draft stays the co-unit's), decided for all at once.
      const access = await reportsAccess(db, user!, rows.map(({ period: _p, due_on: _d, round_state, unit_name: _u, ...report }) => ({ report, roundOpen: round_state === "open" })), plan);
      for (const [i, { period, due_on, round_state, unit_name, ...r }] of rows.entries()) {
        if (!access[i].read) continue;
        const approved = r.state === "approved";
        items.push({
          ...presentReportSummary(r, { unitName: unit_name }), period, periodLabel: periodLabel(period), dueOn: due_on, roundState: round_state,
          // The approved texts are the task's record; others are opened on their own page.
          text: approved ? r.text : null, nextSteps: approved ? r.next_steps : null, comment: approved ? r.comment : null,
        });
      }
      return { items };
    },
  }),
  route({
    method: "PATCH", url: "/api/tasks/:id", tag: "tasks", access: "plans.write", summary: "修改任务（已发布的任务保留版本）",
    params: idParam,
    body: z.strictObject({ ...taskFields, version: z.int32().optional() }),
    handler: async ({ ctx, user, params, body }) =>
      presentTask(
        await inTransaction(ctx.database, async (tx) => {
          const [task] = await loadTasks(tx, { taskIds: [params.id] });
          if (!task) throw errors.notFound("TASK_NOT_FOUND", "找不到该任务");
          const plan = await planFor(tx, user!, task.planId, "write");
          await assertTaskRefs(tx, plan.org_id, body);
          return updateTask(tx, actorOf(user!), plan, params.id, body as any);
        }),
        localDay(nowOf(ctx)),
      ),
  }),
  route({
    method: "DELETE", url: "/api/tasks/:id", tag: "tasks", access: "plans.write", summary: "删除任务（仅草稿）",
    params: idParam,
    handler: async ({ ctx, user, params }) => {
      await inTransaction(ctx.database, async (tx) => {
        const [task] = await loadTasks(tx, { taskIds: [params.id] });
        if (!task) throw errors.notFound("TASK_NOT_FOUND", "找不到该任务");
        await deleteTask(tx, actorOf(user!), await planFor(tx, user!, task.planId, "write"), params.id);
      });
      return undefined;
    },
  }),
  route({
    method: "POST", url: "/api/tasks/:id/split", tag: "tasks", access: "plans.write", status: 201, summary: "拆分任务：从第 at 条措施起拆为新任务（草稿）",
    params: idParam,
    body: z.strictObject({ at: z.int32().min(1), title: z.string().max(500).optional() }),
    handler: async ({ ctx, user, params, body }) =>
      presentTask(
        await inTransaction(ctx.database, async (tx) => {
          const [task] = await loadTasks(tx, { taskIds: [params.id] });
          if (!task) throw errors.notFound("TASK_NOT_FOUND", "找不到该任务");
          return splitTask(tx, actorOf(user!), await planFor(tx, user!, task.planId, "write"), params.id, body.at, body.title);
        }),
        localDay(nowOf(ctx)),
      ),
  }),
];

