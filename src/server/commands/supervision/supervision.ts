// 督办 (issue 11): 签收 (a lead or co unit acknowledges a published task; for a unit without
// accounts the office or the task's liaison unit signs on its behalf, marked 代签), 延期申请 (a
// unit asks to move a milestone's deadline — or, for a task without milestones, the task's own
// deadline, the end of the plan's year; the task's leader or the director decides; approved → the
// milestone moves, or is added, through the task's versioned edit), 办结 (the lead unit declares the
// task done, the leader, director or office confirms and closes it; a closed task leaves the open
// rounds and gets no report in later ones; reopened with a reason, it rejoins them). One
// transaction each, audit event inside, notifications both ways.
import type { Kysely, Selectable } from "kysely";
import type { DB, ExtensionRequestTable, PlanRow } from "../../db/schema.js";
import type { Tx } from "../../db/transaction.js";
import type { UserRow } from "../../auth/sessions.js";
import { errors } from "../../errors.js";
import { writeAudit, type Actor } from "../audit.js";
import { notify, unitReporters } from "../rounds/notify.js";
import { inChunks } from "../../db/chunks.js";
import { getTask, updateTask } from "../plans/plan-edit.js";
import { syncOpenRounds } from "../rounds/sync.js";
import { deadlineDay, shanghaiToday } from "../../../shared/supervision.js";
import type { TaskIdSource } from "../rounds/progress.js";

export type ExtensionRow = Selectable<ExtensionRequestTable>;

export interface TaskSupervisionAccess {
  /** Units (lead or co) the caller may sign for and that have not signed yet: their own, and units signed for (代签). */
  signFor: number[];
  /** Of signFor, the units without accounts the caller signs for on their behalf (the office, the liaison unit). */
  signOnBehalf: number[];
  /** The liaison unit the caller signs on behalf as (null: as the office). */
  signAs: { unitId: number; name: string } | null;
  /** Ask for an extension: a member of a lead or co unit. */
  request: boolean;
  /** Decide extension requests: the task's leader or the director. */
  decide: boolean;
  /** Declare the task done (申请办结): the lead unit's head. */
  declare: boolean;
  /** Confirm 办结 or send the declaration back: the task's leader, the director, the office. */
  close: boolean;
  /** Reopen a closed task: the task's leader, the director, the office. */
  reopen: boolean;
}

/** What the lists show of a task's supervision, loaded for many tasks in a few queries. */
export interface TaskSupervision {
  /** Today in Asia/Shanghai by the server's (injectable) clock: what the light is computed against. */
  today: string;
  signed: Map<number, { at: string; by: string | null; proxy: string | null }>;
  pendingExtensions: number;
  /** The lead unit's report in the plan's open round (the latest open one). */
  report: { dueOn: string; submittedAt: string | null } | null;
}

const SENT = ["submitted", "approved", "merged"];

/**
 * taskIds: the tasks the map holds. from: the same task set as a subquery (column task_id), queried
 * instead of binding the ids (a whole list's task set); without it the ids are bound in chunks.
 */
export async function supervisionOf(db: Kysely<DB>, taskIds: number[], now: Date = new Date(), from?: TaskIdSource): Promise<Map<number, TaskSupervision>> {
  const out = new Map<number, TaskSupervision>();
  const today = shanghaiToday(now);
  for (const id of taskIds) out.set(id, { today, signed: new Map(), pendingExtensions: 0, report: null });
  if (!taskIds.length) return out;
  const inTasks = <T>(query: (ids: TaskIdSource) => Promise<T[]>) => (from ? query(from) : inChunks(taskIds, query));
  const [signoffs, pending, reports] = await Promise.all([
    inTasks((chunk) => db.selectFrom("task_signoffs").select(["task_id", "unit_id", "signed_at", "signed_by_name", "proxy"]).where("task_id", "in", chunk as readonly number[]).execute()),
    inTasks((chunk) =>
      db.selectFrom("extension_requests").select(["task_id", (eb) => eb.fn.countAll<number>().as("n")]).where("task_id", "in", chunk as readonly number[]).where("state", "=", "pending").groupBy("task_id").execute(),
    ),
    inTasks((chunk) =>
      db.selectFrom("reports").innerJoin("rounds", "rounds.id", "reports.round_id")
        .select(["reports.task_id", "reports.state", "reports.submitted_at", "rounds.due_on", "rounds.period"])
        .where("reports.task_id", "in", chunk as readonly number[]).where("reports.role", "=", "lead").where("rounds.state", "=", "open")
        .orderBy("rounds.period").execute(),
    ),
  ]);
  for (const s of signoffs) out.get(s.task_id)!.signed.set(s.unit_id, { at: s.signed_at, by: s.signed_by_name, proxy: s.proxy ?? null });
  for (const p of pending) out.get(p.task_id)!.pendingExtensions = Number(p.n);
  // The latest open round speaks (ordered by period, the last one wins).
  for (const r of reports) out.get(r.task_id)!.report = { dueOn: r.due_on, submittedAt: SENT.includes(r.state) ? r.submitted_at : null };
  return out;
}

const closedError = () => errors.conflict("TASK_CLOSED", "该任务已办结");
const ensurePublished = (plan: PlanRow) => {
  if (plan.status !== "published") throw errors.conflict("PLAN_NOT_PUBLISHED", "只有已发布工作方案的任务可以签收、申请延期或办结");
};

async function taskRow(tx: Tx, taskId: number) {
  return tx.selectFrom("tasks").selectAll().where("id", "=", taskId).executeTakeFirstOrThrow();
}

async function taskLeaderIds(tx: Tx, taskId: number) {
  return (await tx.selectFrom("task_leaders").select("user_id").where("task_id", "=", taskId).where("user_id", "is not", null).execute()).map((r) => r.user_id!);
}

async function usersWithRole(tx: Tx, orgId: number, role: string) {
  const rows = await tx.selectFrom("users").select(["id", "roles"]).where("org_id", "=", orgId).where("active", "=", 1).execute();
  return rows.filter((u) => (JSON.parse(u.roles) as string[]).includes(role)).map((u) => u.id);
}

async function leadUnitIds(tx: Tx, taskId: number) {
  return (await tx.selectFrom("task_units").select("unit_id").where("task_id", "=", taskId).where("role", "=", "lead").where("unit_id", "is not", null).execute()).map((r) => r.unit_id!);
}

const label = (t: { no: string; title: string }) => `${t.no ? `${t.no}. ` : ""}${t.title}`;

/**
 * 签收: the caller's unit acknowledges the task; or, with unitId of a unit without accounts, the
 * office or the task's liaison unit signs on its behalf (代签, marked and audited). A second
 * signature is refused.
 */
export async function signTask(tx: Tx, actor: Actor, user: UserRow, plan: PlanRow, taskId: number, access: TaskSupervisionAccess, now: Date, forUnit?: number) {
  ensurePublished(plan);
  const task = await taskRow(tx, taskId);
  if (task.closure_state === "closed") throw closedError();
  const unitId = forUnit ?? user.unit_id;
  if (unitId == null || !access.signFor.includes(unitId)) {
    const already = unitId != null && (await tx.selectFrom("task_signoffs").select("id").where("task_id", "=", taskId).where("unit_id", "=", unitId).executeTakeFirst());
    if (already) throw errors.conflict("TASK_ALREADY_SIGNED", forUnit != null && forUnit !== user.unit_id ? "该单位已签收该任务" : "本单位已签收该任务");
    throw errors.forbidden(forUnit != null && forUnit !== user.unit_id ? "只能为没有账号的责任单位代签（办公室或该任务的牵头联络股室）" : "只有任务的牵头或协办单位可以签收");
  }
  const onBehalf = access.signOnBehalf.includes(unitId);
  const unitName = onBehalf ? (await tx.selectFrom("units").select("name").where("id", "=", unitId).executeTakeFirstOrThrow()).name : null;
  const proxy = onBehalf ? `${access.signAs?.name ?? "办公室"}代${unitName}签收` : null;
  const at = now.toISOString();
  const inserted = await tx.insertInto("task_signoffs")
    .values({ task_id: taskId, unit_id: unitId, signed_by: user.id, signed_by_name: user.name, signed_at: at, proxy })
    .onConflict((oc) => oc.columns(["task_id", "unit_id"]).doNothing())
    .executeTakeFirst();
  if (!Number(inserted.numInsertedOrUpdatedRows ?? 0)) throw errors.conflict("TASK_ALREADY_SIGNED", "本单位已签收该任务");
  await writeAudit(tx, actor, {
    action: "task.sign", entity: "task", entityId: taskId,
    after: {
      unitId, signedAt: at,
      ...(onBehalf ? { proxy: { label: proxy, signedAs: access.signAs ? "liaison" : "office", signedByUnitId: access.signAs?.unitId ?? null, onBehalfOfUnitId: unitId, onBehalfOfUnitName: unitName } } : {}),
    },
  });
  return { unitId, signedAt: at, proxy };
}

/** milestoneId null: the task's own deadline (a task without milestones: the end of the plan's year). */
export interface ExtensionInput { milestoneId: number | null; by: string; reason: string }

/** What a task without milestones asks to move, and the milestone an approval adds. */
export const TASK_DEADLINE = "任务完成时限";

/** 延期申请: one pending request per milestone (or per task deadline) at a time. */
export async function requestExtension(tx: Tx, actor: Actor, user: UserRow, plan: PlanRow, taskId: number, input: ExtensionInput, now: Date) {
  ensurePublished(plan);
  const task = await taskRow(tx, taskId);
  if (task.closure_state === "closed") throw closedError();
  let m: { id: number | null; what: string; by: string };
  if (input.milestoneId == null) {
    const any = await tx.selectFrom("milestones").select("id").where("task_id", "=", taskId).executeTakeFirst();
    if (any) throw errors.validation("该任务有时间节点，请选择要延期的时间节点", [{ field: "milestoneId", message: "请选择要延期的时间节点" }]);
    if (!plan.year) throw errors.validation("工作方案没有年度，无法确定任务的完成时限", [{ field: "milestoneId", message: "工作方案没有年度" }]);
    m = { id: null, what: TASK_DEADLINE, by: String(plan.year) };
  } else {
    const found = await tx.selectFrom("milestones").selectAll().where("id", "=", input.milestoneId).where("task_id", "=", taskId).executeTakeFirst();
    if (!found) throw errors.validation("请选择该任务的时间节点", [{ field: "milestoneId", message: "请选择该任务的时间节点" }]);
    m = found;
  }
  if (deadlineDay(input.by) <= deadlineDay(m.by)) {
    throw errors.validation("申请的新时限须晚于原时限", [{ field: "by", message: `申请的新时限须晚于原时限（${m.by}）` }]);
  }
  let pending = tx.selectFrom("extension_requests").select("id").where("task_id", "=", taskId).where("state", "=", "pending");
  pending = m.id == null ? pending.where("milestone_id", "is", null) : pending.where("milestone_id", "=", m.id);
  if (await pending.executeTakeFirst()) throw errors.conflict("EXTENSION_PENDING", m.id == null ? "该任务已有待审批的延期申请" : "该时间节点已有待审批的延期申请");
  const row = await tx.insertInto("extension_requests").values({
    task_id: taskId, milestone_id: m.id, milestone_what: m.what, unit_id: user.unit_id, current_by: m.by, requested_by_date: input.by,
    reason: input.reason, state: "pending", requested_by: user.id, requested_by_name: user.name, requested_at: now.toISOString(),
    decided_by: null, decided_by_name: null, decided_at: null, comment: null,
  }).returningAll().executeTakeFirstOrThrow();
  await writeAudit(tx, actor, { action: "extension.request", entity: "extension", entityId: row.id, after: { taskId, milestoneId: m.id, from: m.by, to: input.by, reason: input.reason } });
  const deciders = await taskLeaderIds(tx, taskId);
  const to = deciders.length ? deciders : await usersWithRole(tx, plan.org_id, "director");
  await notify(tx, to, {
    kind: "extension.request", title: `延期申请待审批：${label(task)}`,
    body: `${user.name}申请将“${m.what}”的时限由 ${m.by} 延至 ${input.by}。理由：${input.reason}`,
    link: `/tasks/${taskId}`, dedupe: `extension-request:${row.id}`,
  }, now);
  return row;
}

/** The leader's decision; approved → the milestone's deadline moves in a new version of the task. */
export async function decideExtension(tx: Tx, actor: Actor, user: UserRow, plan: PlanRow, ext: ExtensionRow, approve: boolean, comment: string, now: Date) {
  if (ext.state !== "pending") throw errors.conflict("EXTENSION_DECIDED", "该延期申请已处理");
  if (ext.requested_by === user.id) throw errors.forbidden("不能审批本人提出的延期申请");
  if (!approve && !comment.trim()) throw errors.validation("不同意时请填写意见", [{ field: "comment", message: "不同意时请填写意见" }]);
  const at = now.toISOString();
  const claimed = await tx.updateTable("extension_requests")
    .set({ state: approve ? "approved" : "rejected", decided_by: user.id, decided_by_name: user.name, decided_at: at, comment: comment.trim() || null })
    .where("id", "=", ext.id).where("state", "=", "pending").returningAll().executeTakeFirst();
  if (!claimed) throw errors.conflict("EXTENSION_DECIDED", "该延期申请已处理");
  if (approve) {
    const task = await getTask(tx, plan, ext.task_id);
    if (ext.milestone_id == null) {
      // The task's own deadline: it becomes the task's milestone (the version history keeps the task without it).
      await updateTask(tx, actor, plan, ext.task_id, { milestones: [...task.milestones, { what: ext.milestone_what, by: ext.requested_by_date }] as typeof task.milestones });
    } else {
      if (!task.milestones.some((m) => m.id === ext.milestone_id)) throw errors.conflict("MILESTONE_GONE", "该时间节点已被删除，无法延期");
      await updateTask(tx, actor, plan, ext.task_id, {
        milestones: task.milestones.map((m) => (m.id === ext.milestone_id ? { ...m, by: ext.requested_by_date } : m)),
      });
    }
  }
  await writeAudit(tx, actor, {
    action: approve ? "extension.approve" : "extension.reject", entity: "extension", entityId: ext.id,
    before: { state: "pending", by: ext.current_by }, after: { state: claimed.state, by: approve ? ext.requested_by_date : ext.current_by, comment: claimed.comment },
  });
  const task = await taskRow(tx, ext.task_id);
  const to = [...(ext.requested_by ? [ext.requested_by] : []), ...(ext.unit_id ? await unitReporters(tx, ext.unit_id) : [])];
  await notify(tx, to, {
    kind: "extension.decision", title: `延期申请${approve ? "已同意" : "未同意"}：${label(task)}`,
    body: `“${ext.milestone_what}”${approve ? `的时限已调整为 ${ext.requested_by_date}` : `仍按 ${ext.current_by} 完成`}。${claimed.comment ? `意见：${claimed.comment}` : ""}`,
    link: `/tasks/${ext.task_id}`, dedupe: `extension-decision:${ext.id}`,
  }, now);
  return claimed;
}

/** 申请办结: the lead unit says the task is done. */
export async function declareDone(tx: Tx, actor: Actor, user: UserRow, plan: PlanRow, taskId: number, note: string, now: Date) {
  ensurePublished(plan);
  const task = await taskRow(tx, taskId);
  if (task.closure_state === "closed") throw closedError();
  if (task.closure_state === "requested") throw errors.conflict("CLOSURE_REQUESTED", "已申请办结，等待确认");
  const at = now.toISOString();
  await tx.updateTable("tasks").set({ closure_state: "requested", closure_note: note, closure_requested_by: user.name, closure_requested_at: at }).where("id", "=", taskId).execute();
  await writeAudit(tx, actor, { action: "task.declare-done", entity: "task", entityId: taskId, before: { closure: null }, after: { closure: "requested", note } });
  const to = [...(await taskLeaderIds(tx, taskId)), ...(await usersWithRole(tx, plan.org_id, "office"))];
  await notify(tx, to, { kind: "task.declare-done", title: `申请办结：${label(task)}`, body: `${user.name}申请办结。${note}`, link: `/tasks/${taskId}`, dedupe: `declare-done:${taskId}:${at}` }, now);
}

/** 办结: the task is closed (confirming a declaration, or directly by the office / leader). */
export async function closeTask(tx: Tx, actor: Actor, user: UserRow, plan: PlanRow, taskId: number, comment: string, now: Date) {
  ensurePublished(plan);
  const task = await taskRow(tx, taskId);
  if (task.closure_state === "closed") throw closedError();
  const at = now.toISOString();
  await tx.updateTable("tasks").set({ closure_state: "closed", closed_by: user.name, closed_at: at, closure_note: comment.trim() || task.closure_note }).where("id", "=", taskId).execute();
  // A closed task leaves the open rounds: its untouched drafts go, written ones stay as withdrawn.
  const sync = await syncOpenRounds(tx, actor, plan, now);
  await writeAudit(tx, actor, { action: "task.close", entity: "task", entityId: taskId, before: { closure: task.closure_state }, after: { closure: "closed", comment, rounds: sync } });
  const to = (await Promise.all((await leadUnitIds(tx, taskId)).map((u) => unitReporters(tx, u)))).flat();
  await notify(tx, to, { kind: "task.close", title: `任务已办结：${label(task)}`, body: `${user.name}确认办结，以后的调度不再报送该任务。${comment}`, link: `/tasks/${taskId}`, dedupe: `task-close:${taskId}:${at}` }, now);
}

/** The declaration sent back: the task stays open. */
export async function rejectClosure(tx: Tx, actor: Actor, user: UserRow, plan: PlanRow, taskId: number, comment: string, now: Date) {
  const task = await taskRow(tx, taskId);
  if (task.closure_state !== "requested") throw errors.conflict("CLOSURE_NOT_REQUESTED", "该任务没有待确认的办结申请");
  if (!comment.trim()) throw errors.validation("请填写退回意见", [{ field: "comment", message: "请填写退回意见" }]);
  await tx.updateTable("tasks").set({ closure_state: null }).where("id", "=", taskId).execute();
  await writeAudit(tx, actor, { action: "task.reject-done", entity: "task", entityId: taskId, before: { closure: "requested" }, after: { closure: null, comment } });
  const to = (await Promise.all((await leadUnitIds(tx, taskId)).map((u) => unitReporters(tx, u)))).flat();
  await notify(tx, to, { kind: "task.reject-done", title: `办结申请被退回：${label(task)}`, body: `${user.name}：${comment}`, link: `/tasks/${taskId}`, dedupe: `reject-done:${taskId}:${now.toISOString()}` }, now);
}

/** A closed task reopened: with a reason, audited; it rejoins the open rounds now and the later ones. */
export async function reopenTask(tx: Tx, actor: Actor, user: UserRow, plan: PlanRow, taskId: number, reason: string, now: Date) {
  ensurePublished(plan);
  const task = await taskRow(tx, taskId);
  if (task.closure_state !== "closed") throw errors.conflict("TASK_NOT_CLOSED", "该任务未办结，无需重新打开");
  if (!reason.trim()) throw errors.validation("请填写重新打开的理由", [{ field: "reason", message: "请填写重新打开的理由" }]);
  const at = now.toISOString();
  await tx.updateTable("tasks").set({ closure_state: null, reopened_by: user.name, reopened_at: at, reopen_reason: reason.trim() }).where("id", "=", taskId).execute();
  const sync = await syncOpenRounds(tx, actor, plan, now);
  await writeAudit(tx, actor, {
    action: "task.reopen", entity: "task", entityId: taskId,
    before: { closure: "closed", closedBy: task.closed_by, closedAt: task.closed_at, note: task.closure_note }, after: { closure: null, reason: reason.trim(), rounds: sync },
  });
  const to = [...(await Promise.all((await leadUnitIds(tx, taskId)).map((u) => unitReporters(tx, u)))).flat(), ...(await taskLeaderIds(tx, taskId))];
  await notify(tx, to, {
    kind: "task.reopen", title: `任务已重新打开：${label(task)}`, body: `${user.name}重新打开了该任务，以后的调度继续报送。理由：${reason.trim()}`,
    link: `/tasks/${taskId}`, dedupe: `task-reopen:${taskId}:${at}`,
  }, now);
}

export function presentExtension(e: ExtensionRow, unitName: string | null) {
  return {
    id: e.id, taskId: e.task_id, milestoneId: e.milestone_id, milestone: e.milestone_what, unitId: e.unit_id, unitName,
    from: e.current_by, to: e.requested_by_date, reason: e.reason, state: e.state,
    requestedBy: e.requested_by_name, requestedAt: e.requested_at, decidedBy: e.decided_by_name, decidedAt: e.decided_at, comment: e.comment,
  };
}
