// 督办 (issue 11): 签收, 延期申请, 办结 of a task, and the office's list of who has not signed.
import { z } from "zod";
import { route } from "./define.js";
import { idParam, text } from "../validation.js";
import { inTransaction, type Tx } from "../db/transaction.js";
import { actorOf, nowOf, type AppContext } from "../context.js";
import { localDay } from "../clock.js";
import { errors } from "../errors.js";
import { extensionFor, planFor, taskFor } from "../policies/scope.js";
import {
  closeTask, decideExtension, declareDone, presentExtension, rejectClosure, reopenTask, requestExtension, signTask, supervisionOf,
} from "../commands/supervision/supervision.js";
import { loadTasks } from "../commands/plans/task-store.js";
import { progressOf } from "../commands/rounds/progress.js";
import { presentTask } from "../presenters/plans.js";
import type { Kysely } from "kysely";
import type { DB } from "../db/schema.js";
import type { UserRow } from "../auth/sessions.js";

const deadline = z.string().regex(/^\d{4}-\d{2}(-\d{2})?$/, "新时限格式应为 YYYY-MM 或 YYYY-MM-DD");

/** The task's 督办 panel: sign-offs, extension requests (newest first), 办结 state, light, what the caller may do. */
async function supervisionView(db: Kysely<DB>, user: UserRow, taskId: number, now: Date) {
  const { access } = await taskFor(db, user, taskId);
  const [task] = await loadTasks(db, { taskIds: [taskId] });
  const [progress, sup] = await Promise.all([progressOf(db, [taskId]), supervisionOf(db, [taskId], now)]);
  const presented = presentTask(task, localDay(now), progress.get(taskId), sup.get(taskId));
  const exts = await db.selectFrom("extension_requests").leftJoin("units", "units.id", "extension_requests.unit_id")
    .selectAll("extension_requests").select("units.name as unit_name").where("task_id", "=", taskId).orderBy("extension_requests.id", "desc").execute();
  return {
    taskId,
    light: presented.light, lightReason: presented.lightReason,
    closure: presented.closure,
    signoffs: presented.signoffs,
    milestones: presented.milestones.map((m) => ({ id: m.id, what: m.what, by: m.by, state: m.state })),
    extensions: exts.map(({ unit_name, ...e }) => presentExtension(e, unit_name)),
    access: { ...access, decide: access.decide && exts.some((e) => e.state === "pending" && e.requested_by !== user.id) },
  };
}

type TaskAccess = Awaited<ReturnType<typeof taskFor>>["access"];
type TaskPlan = Awaited<ReturnType<typeof taskFor>>["plan"];

/**
 * One 督办 step on a task: in one transaction the task is loaded in the caller's scope, the right
 * checked (`refusal` says why not; null: the command checks), the command run; answers the panel.
 */
async function onTask(
  ctx: AppContext, user: UserRow, taskId: number, right: keyof TaskAccess | null, refusal: string,
  run: (tx: Tx, plan: TaskPlan, access: TaskAccess) => Promise<unknown>,
) {
  await inTransaction(ctx.database, async (tx) => {
    const { plan, access } = await taskFor(tx, user, taskId);
    if (right && !access[right]) throw errors.forbidden(refusal);
    await run(tx, plan, access);
  });
  return supervisionView(ctx.database.db, user, taskId, nowOf(ctx));
}

export const supervisionRoutes = [
  route({
    method: "GET", url: "/api/tasks/:id/supervision", tag: "tasks", access: "plans.read", summary: "任务督办：签收情况、延期申请、办结、红黄绿灯",
    params: idParam,
    handler: async ({ ctx, user, params }) => supervisionView(ctx.database.db, user!, params.id, nowOf(ctx)),
  }),
  route({
    method: "POST", url: "/api/tasks/:id/sign", tag: "tasks", access: "tasks.sign", summary: "签收任务（牵头或协办单位）；unitId：为没有账号的单位代签（办公室或牵头联络股室）",
    params: idParam, body: z.strictObject({ unitId: z.int32().positive().optional() }),
    handler: ({ ctx, user, params, body }) =>
      onTask(ctx, user!, params.id, null, "", (tx, plan, access) => signTask(tx, actorOf(user!), user!, plan, params.id, access, nowOf(ctx), body.unitId)),
  }),
  route({
    method: "POST", url: "/api/tasks/:id/extensions", tag: "tasks", access: "tasks.extension.request", status: 201, summary: "延期申请：申请调整时间节点的完成时限",
    params: idParam,
    // milestoneId null or left out: the task's own deadline (a task without milestones).
    body: z.strictObject({ milestoneId: z.int32().positive().nullable().optional(), by: deadline, reason: text(1, 1000) }),
    handler: ({ ctx, user, params, body }) =>
      onTask(ctx, user!, params.id, "request", "只有任务的牵头或协办单位可以申请延期", (tx, plan) => requestExtension(tx, actorOf(user!), user!, plan, params.id, { ...body, milestoneId: body.milestoneId ?? null }, nowOf(ctx))),
  }),
  route({
    method: "POST", url: "/api/extensions/:id/decide", tag: "tasks", access: "tasks.extension.decide", summary: "审批延期申请（任务的分管领导或局长）",
    params: idParam,
    body: z.strictObject({ approve: z.boolean({ error: "请选择同意或不同意" }), comment: z.string().trim().max(1000).optional() }),
    handler: async ({ ctx, user, params, body }) => {
      const taskId = await inTransaction(ctx.database, async (tx) => {
        const { ext, plan, access } = await extensionFor(tx, user!, params.id);
        if (!access.decide) throw errors.forbidden("只有任务的分管领导或局长可以审批延期申请");
        await decideExtension(tx, actorOf(user!), user!, plan, ext, body.approve, body.comment ?? "", nowOf(ctx));
        return ext.task_id;
      });
      return supervisionView(ctx.database.db, user!, taskId, nowOf(ctx));
    },
  }),
  route({
    method: "POST", url: "/api/tasks/:id/declare-done", tag: "tasks", access: "tasks.closure.declare", summary: "申请办结（牵头单位负责人）",
    params: idParam, body: z.strictObject({ note: z.string().trim().max(2000).optional() }),
    handler: ({ ctx, user, params, body }) =>
      onTask(ctx, user!, params.id, "declare", "只有牵头单位负责人可以申请办结", (tx, plan) => declareDone(tx, actorOf(user!), user!, plan, params.id, body.note ?? "", nowOf(ctx))),
  }),
  route({
    method: "POST", url: "/api/tasks/:id/close", tag: "tasks", access: "tasks.closure.decide", summary: "办结：确认办结并关闭任务，以后的调度不再报送",
    params: idParam, body: z.strictObject({ comment: z.string().trim().max(2000).optional() }),
    handler: ({ ctx, user, params, body }) =>
      onTask(ctx, user!, params.id, "close", "只有任务的分管领导、局长或办公室可以办结任务", (tx, plan) => closeTask(tx, actorOf(user!), user!, plan, params.id, body.comment ?? "", nowOf(ctx))),
  }),
  route({
    method: "POST", url: "/api/tasks/:id/reject-done", tag: "tasks", access: "tasks.closure.decide", summary: "退回办结申请",
    params: idParam, body: z.strictObject({ comment: text(1, 2000) }),
    handler: ({ ctx, user, params, body }) =>
      onTask(ctx, user!, params.id, "close", "只有任务的分管领导、局长或办公室可以退回办结申请", (tx, plan) => rejectClosure(tx, actorOf(user!), user!, plan, params.id, body.comment, nowOf(ctx))),
  }),
  route({
    method: "POST", url: "/api/tasks/:id/reopen", tag: "tasks", access: "tasks.closure.decide", summary: "重新打开已办结的任务（须填理由），以后的调度继续报送",
    params: idParam, body: z.strictObject({ reason: text(1, 2000) }),
    handler: ({ ctx, user, params, body }) =>
      onTask(ctx, user!, params.id, "reopen", "只有任务的分管领导、局长或办公室可以重新打开任务", (tx, plan) => reopenTask(tx, actorOf(user!), user!, plan, params.id, body.reason, nowOf(ctx))),
  }),
  route({
    method: "GET", url: "/api/plans/:id/signoffs", tag: "tasks", access: "plans.read", summary: "签收情况：各任务的牵头、协办单位是否已签收（未签收的在前）",
    params: idParam,
    handler: async ({ ctx, user, params }) => {
      const db = ctx.database.db;
      const plan = await planFor(db, user!, params.id, "read");
      const tasks = await loadTasks(db, { planId: plan.id });
      const sup = await supervisionOf(db, tasks.map((t) => t.id), nowOf(ctx));
      const today = localDay(nowOf(ctx));
      const items = tasks.map((t) => {
        const p = presentTask(t, today, undefined, sup.get(t.id));
        return { taskId: t.id, no: t.no, title: t.title, closure: t.closure.state, signoffs: p.signoffs ?? [], unsigned: p.unsigned ?? [] };
      });
      const units = items.flatMap((i) => i.signoffs);
      return { items, total: units.length, signed: units.filter((u) => u.signedAt).length };
    },
  }),
];
