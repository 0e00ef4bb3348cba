// The findings loop (督导问题): register → notice (提示单) → assign (交办单) → the unit rectifies and
// reports (整改结果报告单) → the office closes (销号) or returns it; a closed finding may be reopened.
// One transaction per step, its audit event and timeline entry inside it.
import type { Selectable } from "kysely";
import type { FindingTable } from "../../db/schema.js";
import type { Tx } from "../../db/transaction.js";
import { updateVersioned } from "../../db/versioned.js";
import { lockNumbering, NUMBER_LOCKS } from "../../db/yearly-numbers.js";
import type { UserRow } from "../../auth/sessions.js";
import { errors } from "../../errors.js";
import { writeAudit, type Actor } from "../audit.js";
import { notify, unitReporters } from "../rounds/notify.js";
import { DEFAULT_REMINDERS, readSetting } from "../rounds/settings.js";
import { daysBetween, localDay } from "../../clock.js";
import { FINDING_ACTION_NAMES, FINDING_STATES, type FindingForm, type FindingState } from "../../../shared/findings.js";
import { reindex } from "../search/store.js";

export type FindingRow = Selectable<FindingTable>;

/** What the user may do with a finding (policies/scope.ts `findingAccess`). */
export interface FindingAccess {
  read: boolean;
  /** office/admin of the finding's bureau: register, notice, assign, close, return, reopen */
  manage: boolean;
  /** a unit account of the unit the finding is assigned to */
  report: boolean;
}

export interface LoadedFinding {
  finding: FindingRow;
  access: FindingAccess;
}

export interface FindingInput {
  source: string;
  title: string;
  description?: string;
  category: string;
  severity: string;
  place?: string;
  unitId?: number | null;
  taskId?: number | null;
  /** The round's report it was raised from (one finding per report). */
  reportId?: number | null;
  foundOn: string;
  foundBy?: string;
}

/** Which step leads from which state. */
const FROM: Record<string, FindingState[]> = {
  notice: ["registered"],
  assign: ["noticed"],
  save: ["assigned", "rectifying"],
  report: ["assigned", "rectifying"],
  close: ["reported"],
  return: ["reported"],
  reopen: ["closed"],
};

/** Overdue: past its deadline and not closed (Asia/Shanghai days). */
export function overdueDays(f: Pick<FindingRow, "deadline" | "state">, today: string): number {
  if (!f.deadline || f.state === "closed") return 0;
  return Math.max(0, daysBetween(f.deadline, today));
}

/** Closed on or before its deadline (null while open or without a deadline). */
export function closedOnTime(f: Pick<FindingRow, "deadline" | "state" | "closed_at">): boolean | null {
  if (f.state !== "closed" || !f.deadline || !f.closed_at) return null;
  return localDay(new Date(f.closed_at)) <= f.deadline;
}

async function event(tx: Tx, actor: Actor, f: FindingRow, action: string, comment: string | null, now: Date) {
  await tx.insertInto("finding_events").values({ finding_id: f.id, at: now.toISOString(), actor_id: actor.id, actor_name: actor.name, action, state: f.state, comment }).execute();
}

/** The unit and task a finding refers to must be of its own bureau; a task only of a published (or archived) plan. */
async function checkRefs(tx: Tx, orgId: number, input: { unitId?: number | null; taskId?: number | null }) {
  if (input.unitId != null) {
    const unit = await tx.selectFrom("units").select("id").where("id", "=", input.unitId).where("org_id", "=", orgId).executeTakeFirst();
    if (!unit) throw errors.validation("所选单位不存在或不属于本机构", [{ field: "unitId", message: "所选单位不存在或不属于本机构" }]);
  }
  if (input.taskId != null) {
    const task = await tx.selectFrom("tasks").innerJoin("plans", "plans.id", "tasks.plan_id").select("tasks.id")
      .where("tasks.id", "=", input.taskId).where("plans.org_id", "=", orgId).where("plans.status", "in", ["published", "archived"]).executeTakeFirst();
    if (!task) throw errors.validation("所选任务不存在或不属于本机构已发布的方案", [{ field: "taskId", message: "所选任务不存在或不属于本机构已发布的方案" }]);
  }
}

export async function createFinding(tx: Tx, user: UserRow, actor: Actor, input: FindingInput, now: Date): Promise<FindingRow> {
  await checkRefs(tx, user.org_id, input);
  const at = now.toISOString();
  const row = await tx
    .insertInto("findings")
    .values({
      org_id: user.org_id, source: input.source, title: input.title, description: input.description ?? "", category: input.category,
      severity: input.severity, place: input.place ?? "", unit_id: input.unitId ?? null, task_id: input.taskId ?? null, report_id: input.reportId ?? null,
      found_on: input.foundOn, found_by: input.foundBy?.trim() || user.name, state: "registered", requirement: "", deadline: null,
      notice_year: null, notice_no: null, noticed_at: null, assignment_year: null, assignment_no: null, assigned_at: null,
      report_year: null, report_no: null, report_text: "", report_measures: "", reported_at: null, reported_by: null,
      closed_at: null, closed_by: null, close_comment: null, return_count: 0, last_reason: null, escalated_at: null,
      created_by: user.id, version: 1, created_at: at, updated_at: at,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  await event(tx, actor, row, "create", null, now);
  await writeAudit(tx, actor, { action: "finding.create", entity: "finding", entityId: row.id, after: { title: row.title, category: row.category, source: row.source, unitId: row.unit_id, ...(row.report_id != null ? { reportId: row.report_id } : {}) } });
  await reindex(tx, "finding", [row.id]);
  return row;
}

/** The next number of a form in the bureau's year (db/yearly-numbers.ts). */
async function nextNumber(tx: Tx, orgId: number, form: FindingForm, year: number): Promise<number> {
  await lockNumbering(tx, NUMBER_LOCKS.findings, orgId);
  const col = `${form === "notice" ? "notice" : form === "assignment" ? "assignment" : "report"}` as const;
  const row = await tx.selectFrom("findings").select((eb) => eb.fn.max(`${col}_no` as "notice_no").as("n")).where("org_id", "=", orgId).where(`${col}_year` as "notice_year", "=", year).executeTakeFirst();
  return Number(row?.n ?? 0) + 1;
}

export interface StepInput {
  version: number;
  /** assign */
  unitId?: number;
  deadline?: string;
  requirement?: string;
  /** report / save */
  text?: string;
  measures?: string;
  /** close */
  comment?: string;
  /** return / reopen */
  reason?: string;
}

export type Step = "notice" | "assign" | "save" | "report" | "close" | "return" | "reopen";

export async function changeFinding(tx: Tx, user: UserRow, actor: Actor, { finding: f, access }: LoadedFinding, step: Step, input: StepInput, now: Date): Promise<FindingRow> {
  const byUnit = step === "save" || step === "report";
  if (byUnit ? !access.report : !access.manage) {
    throw errors.forbidden(byUnit ? "只有承办单位可以报送整改结果" : "只有办公室（督查室）可以办理此步骤");
  }
  if (!FROM[step].includes(f.state)) {
    throw errors.conflict("FINDING_WRONG_STATE", step === "close" ? `该问题尚未报送整改结果，不能销号（当前：${FINDING_STATES[f.state]}）` : `该问题当前为“${FINDING_STATES[f.state]}”，不能${FINDING_ACTION_NAMES[step]}`);
  }
  if (input.version !== f.version) throw errors.stale();
  const at = now.toISOString();
  const year = Number(localDay(now).slice(0, 4));
  let changes: Partial<FindingRow> = {};
  let comment: string | null = null;
  switch (step) {
    case "notice":
      changes = { state: "noticed", notice_year: year, notice_no: await nextNumber(tx, f.org_id, "notice", year), noticed_at: at };
      break;
    case "assign": {
      const unitId = input.unitId ?? f.unit_id;
      if (unitId == null) throw errors.validation("交办时请选择承办单位", [{ field: "unitId", message: "请选择承办单位" }]);
      if (!input.deadline) throw errors.validation("交办时请填写整改期限", [{ field: "deadline", message: "请填写整改期限" }]);
      if (input.deadline < localDay(now)) throw errors.validation("整改期限不能早于今天", [{ field: "deadline", message: "整改期限不能早于今天" }]);
      await checkRefs(tx, f.org_id, { unitId });
      changes = {
        state: "assigned", unit_id: unitId, deadline: input.deadline, requirement: input.requirement?.trim() ?? "",
        assignment_year: year, assignment_no: await nextNumber(tx, f.org_id, "assignment", year), assigned_at: at,
      };
      comment = `整改期限 ${input.deadline}`;
      break;
    }
    case "save":
    case "report": {
      let text = input.text?.trim() ?? f.report_text;
      if (step === "report" && !text) {
        // The report form may be filled online or uploaded as a file: an uploaded form stands for the text.
        const form = await tx.selectFrom("finding_files").select("file_name").where("finding_id", "=", f.id).where("kind", "=", "report_form").orderBy("id", "desc").executeTakeFirst();
        if (!form) throw errors.validation("请填写整改情况或上传整改结果报告单后再报送", [{ field: "text", message: "请填写整改情况" }]);
        text = `见上传的整改结果报告单（${form.file_name}）`;
      }
      changes = { state: step === "report" ? "reported" : "rectifying", report_text: text, report_measures: input.measures?.trim() ?? f.report_measures };
      if (step === "report") {
        Object.assign(changes, { reported_at: at, reported_by: user.id });
        if (f.report_no == null) Object.assign(changes, { report_year: year, report_no: await nextNumber(tx, f.org_id, "report", year) });
      }
      break;
    }
    case "close":
      comment = input.comment?.trim() || null;
      changes = { state: "closed", closed_at: at, closed_by: user.id, close_comment: comment };
      break;
    case "return":
    case "reopen":
      comment = input.reason?.trim() || null;
      if (!comment) throw errors.validation(step === "return" ? "退回时请填写退回原因" : "重新打开时请填写原因", [{ field: "reason", message: "请填写原因" }]);
      changes = {
        state: "rectifying", last_reason: comment, return_count: f.return_count + (step === "return" ? 1 : 0),
        ...(step === "reopen" ? { closed_at: null, closed_by: null, close_comment: null, escalated_at: null, ...(input.deadline ? { deadline: input.deadline } : {}) } : {}),
      };
      break;
  }
  const updated = await updateVersioned(tx, "findings", f, { ...changes, updated_at: at });
  if (step !== "save" || f.state !== "rectifying") await event(tx, actor, updated, step, comment, now);
  await writeAudit(tx, actor, { action: `finding.${step}`, entity: "finding", entityId: f.id, before: { state: f.state }, after: { state: updated.state, ...(comment ? { comment } : {}), ...(step === "assign" ? { unitId: updated.unit_id, deadline: updated.deadline } : {}) } });
  await notifyStep(tx, updated, step, comment, now);
  await reindex(tx, "finding", [updated.id]);
  return updated;
}

/** The unit hears of assignments, returns and reopenings; the office of reports. */
async function notifyStep(tx: Tx, f: FindingRow, step: Step, comment: string | null, now: Date) {
  const link = `/findings/${f.id}`;
  const dedupe = `finding-${step}:${f.id}:${f.version}`;
  if ((step === "assign" || step === "return" || step === "reopen") && f.unit_id != null) {
    const title = { assign: `交办督导问题：${f.title}`, return: `整改结果被退回：${f.title}`, reopen: `督导问题重新打开：${f.title}` }[step];
    await notify(tx, await unitReporters(tx, f.unit_id), { kind: `finding.${step}`, title, body: step === "assign" ? `整改期限 ${f.deadline}` : comment ?? "", link, dedupe }, now);
  }
  if (step === "report") {
    await notify(tx, await officeUsers(tx, f.org_id), { kind: "finding.report", title: `已报送整改结果：${f.title}`, link, dedupe }, now);
  }
}

async function officeUsers(tx: Tx, orgId: number): Promise<number[]> {
  const rows = await tx.selectFrom("users").select(["id", "roles"]).where("org_id", "=", orgId).where("active", "=", 1).execute();
  return rows.filter((u) => (JSON.parse(u.roles) as string[]).includes("office")).map((u) => u.id);
}

/**
 * Findings overdue for `afterDays` days or more go to the unit's leader: the leaders of the linked
 * task (the 分管领导), else the unit's head. Once per finding (escalated_at; reopening clears it).
 * N is the bureau's own setting for findings, "督导问题逾期几天后提醒上级" (findingEscalateAfterDays).
 */
export async function escalateOverdueFindings(tx: Tx, now: Date): Promise<number> {
  const today = localDay(now);
  const afterDaysOf = new Map<number, number>();
  const open = await tx.selectFrom("findings").selectAll().where("state", "in", ["assigned", "rectifying"]).where("deadline", "is not", null).where("escalated_at", "is", null).execute();
  let count = 0;
  for (const f of open) {
    const days = overdueDays(f, today);
    if (!afterDaysOf.has(f.org_id)) afterDaysOf.set(f.org_id, (await readSetting(tx, f.org_id, "reminders", DEFAULT_REMINDERS)).findingEscalateAfterDays);
    if (days <= 0 || days < afterDaysOf.get(f.org_id)!) continue;
    let to: number[] = [];
    if (f.task_id != null) to = (await tx.selectFrom("task_leaders").select("user_id").where("task_id", "=", f.task_id).where("user_id", "is not", null).execute()).map((r) => r.user_id!);
    if (!to.length && f.unit_id != null) {
      const heads = await tx.selectFrom("users").select(["id", "roles"]).where("unit_id", "=", f.unit_id).where("active", "=", 1).execute();
      to = heads.filter((u) => (JSON.parse(u.roles) as string[]).includes("unit_head")).map((u) => u.id);
    }
    const updated = await tx.updateTable("findings").set({ escalated_at: now.toISOString() }).where("id", "=", f.id).where("escalated_at", "is", null).returningAll().executeTakeFirst();
    if (!updated) continue;
    await notify(tx, to, { kind: "finding.escalate", title: `督导问题逾期${days}天未整改：${f.title}`, body: `整改期限 ${f.deadline}`, link: `/findings/${f.id}`, dedupe: `finding-escalate:${f.id}:${f.version}` }, now);
    const system = { id: null, name: "系统", orgId: f.org_id };
    await event(tx, system, updated, "escalate", `逾期 ${days} 天，已提醒${to.length ? "" : "（承办单位无负责人账号）"}`, now);
    await writeAudit(tx, system, { action: "finding.escalate", entity: "finding", entityId: f.id, after: { overdueDays: days, notified: to } });
    count++;
  }
  return count;
}
