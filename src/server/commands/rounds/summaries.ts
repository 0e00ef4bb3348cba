// Quarterly summaries (一季度一总结): per unit or per leader, assembled from the quarter's
// approved reports, then edited, submitted and approved like a report.
import type { Selectable } from "kysely";
import type { PlanRow, SummaryTable } from "../../db/schema.js";
import type { Tx } from "../../db/transaction.js";
import { updateVersioned } from "../../db/versioned.js";
import { AppError, errors } from "../../errors.js";
import type { UserRow } from "../../auth/sessions.js";
import { writeAudit, type Actor } from "../audit.js";
import { REPORT_STATUSES } from "./reports.js";
import { notify, unitReporters } from "./notify.js";

export type SummaryRow = Selectable<SummaryTable>;
const CN = "一二三四五六七八九十";
const cnIndex = (i: number) => (i < 10 ? CN[i] : `${CN[Math.floor(i / 10) - 1] === "一" ? "" : CN[Math.floor(i / 10) - 1]}十${i % 10 ? CN[(i % 10) - 1] : ""}`);

export const QUARTER_PATTERN = /^\d{4}-Q[1-4]$/;

export function periodsInQuarter(quarter: string): (period: string) => boolean {
  const [y, q] = quarter.split("-Q").map(Number);
  const months = [1, 2, 3].map((i) => String((q - 1) * 3 + i).padStart(2, "0"));
  return (p) => p === quarter || months.some((m) => p === `${y}-${m}` || p.startsWith(`${y}-${m}-`));
}

export function quarterLabel(quarter: string) {
  const [y, q] = quarter.split("-Q");
  return `${y}年第${CN[Number(q) - 1]}季度`;
}

/** The quarter a round's period falls in ("2026-03" → "2026-Q1"), or null for a period of another shape. */
export function quarterOfPeriod(period: string): string | null {
  const q = /^(\d{4})-Q([1-4])$/.exec(period);
  if (q) return `${q[1]}-Q${q[2]}`;
  const m = /^(\d{4})-(\d{2})/.exec(period);
  return m ? `${m[1]}-Q${Math.ceil(Number(m[2]) / 3)}` : null;
}

/**
 * The quarters a summary can be written for: the plan's year, every quarter one of its rounds
 * falls in (a plan for 2026 may run rounds from December 2025 or into 2027), and today's quarter
 * and the one before (in January the last year's Q4 is the one to write). Oldest first; the
 * default is the latest quarter that has begun.
 */
export function summaryQuarters(planYear: number | null, roundPeriods: string[], today: string) {
  const set = new Set<string>();
  const year = planYear ?? Number(today.slice(0, 4));
  for (let q = 1; q <= 4; q++) set.add(`${year}-Q${q}`);
  for (const p of roundPeriods) {
    const q = quarterOfPeriod(p);
    if (q) set.add(q);
  }
  const current = quarterOfPeriod(today.slice(0, 7))!;
  const [cy, cq] = current.split("-Q").map(Number) as [number, number];
  set.add(current);
  set.add(cq === 1 ? `${cy - 1}-Q4` : `${cy}-Q${cq - 1}`);
  const quarters = [...set].sort();
  const begun = quarters.filter((q) => q <= current);
  return { quarters: quarters.map((q) => ({ value: q, label: quarterLabel(q) })), defaultQuarter: begun.at(-1) ?? quarters[0]! };
}

/** Who approves a submitted summary: the bureau's directors; for a unit's, also the leaders of the tasks it leads in the plan. */
export async function summaryApprovers(tx: Tx, s: Pick<SummaryRow, "plan_id" | "scope" | "unit_id">, orgId: number): Promise<number[]> {
  const directors = (await tx.selectFrom("users").select(["id", "roles"]).where("org_id", "=", orgId).where("active", "=", 1).execute())
    .filter((u) => (JSON.parse(u.roles) as string[]).includes("director")).map((u) => u.id);
  const leaders = s.scope === "unit" && s.unit_id
    ? (await tx.selectFrom("task_units").innerJoin("tasks", "tasks.id", "task_units.task_id").innerJoin("task_leaders", "task_leaders.task_id", "tasks.id")
        .select("task_leaders.user_id").where("tasks.plan_id", "=", s.plan_id).where("task_units.unit_id", "=", s.unit_id).where("task_units.role", "=", "lead")
        .where("task_leaders.user_id", "is not", null).execute()).map((r) => r.user_id!)
    : [];
  return [...new Set([...directors, ...leaders])];
}

/** The latest approved (lead) or consolidated (co) report of each task in the quarter. */
async function quarterReports(tx: Tx, plan: PlanRow, quarter: string, filter: { unitId?: number; leaderId?: number }) {
  const inQuarter = periodsInQuarter(quarter);
  const rounds = (await tx.selectFrom("rounds").select(["id", "period"]).where("plan_id", "=", plan.id).execute()).filter((r) => inQuarter(r.period));
  if (!rounds.length) return [];
  let q = tx
    .selectFrom("reports")
    .innerJoin("tasks", "tasks.id", "reports.task_id")
    .innerJoin("rounds", "rounds.id", "reports.round_id")
    .selectAll("reports")
    .select(["tasks.no", "tasks.title as task_title", "tasks.position", "rounds.period"])
    .where("reports.round_id", "in", rounds.map((r) => r.id))
    .where((eb) => eb.or([eb.and([eb("reports.role", "=", "lead"), eb("reports.state", "=", "approved")]), eb.and([eb("reports.role", "=", "co"), eb("reports.state", "in", ["merged", "submitted"])])]));
  if (filter.unitId) q = q.where("reports.unit_id", "=", filter.unitId);
  if (filter.leaderId) q = q.where("reports.role", "=", "lead").where("reports.task_id", "in", (eb) => eb.selectFrom("task_leaders").select("task_id").where("user_id", "=", filter.leaderId!));
  const rows = await q.orderBy("rounds.period").execute();
  const latest = new Map<number, (typeof rows)[number]>();
  for (const r of rows) latest.set(r.task_id, r);
  return [...latest.values()].sort((a, b) => a.position - b.position);
}

export async function assembleSummaryText(tx: Tx, plan: PlanRow, quarter: string, owner: string, filter: { unitId?: number; leaderId?: number }): Promise<string> {
  const reports = await quarterReports(tx, plan, quarter, filter);
  if (!reports.length) return `${owner}${quarterLabel(quarter)}暂无已审定的进展报告，请据实填写。`;
  const counts = new Map<string, number>();
  for (const r of reports) counts.set(r.status ?? "not_started", (counts.get(r.status ?? "not_started") ?? 0) + 1);
  const overview = Object.entries(REPORT_STATUSES).filter(([k]) => counts.get(k)).map(([k, label]) => `${label}${counts.get(k)}项`).join("，");
  const values = await tx.selectFrom("report_values").innerJoin("targets", "targets.id", "report_values.target_id").selectAll("report_values").select(["targets.metric", "targets.op", "targets.value as goal", "targets.unit"]).where("report_id", "in", reports.map((r) => r.id)).execute();
  const lines = [`一、总体情况`, `${quarterLabel(quarter)}，${owner}负责的${reports.length}项任务中，${overview}。`, "", "二、各项任务进展"];
  reports.forEach((r, i) => {
    lines.push(`（${cnIndex(i)}）${r.no} ${r.task_title}（${r.role === "lead" ? "牵头" : "协办"}）`);
    lines.push(r.text.trim() || "（未填写进展）");
    for (const v of values.filter((x) => x.report_id === r.id)) lines.push(`指标：${v.metric} 当前 ${Number(v.value)}${v.unit === "ratio" ? "" : v.unit}（目标${OP_WORDS[v.op] ?? v.op}${Number(v.goal)}${v.unit === "ratio" ? "" : v.unit}）`);
  });
  const problems = reports.map((r) => r.problems.trim()).filter(Boolean);
  const next = reports.map((r) => r.next_steps.trim()).filter(Boolean);
  lines.push("", "三、存在的问题", ...(problems.length ? problems : ["无。"]), "", "四、下一步打算", ...(next.length ? next : ["继续按计划推进各项任务。"]));
  return lines.join("\n");
}

/** A target's comparison in words, as a written summary says it (never ">="). */
const OP_WORDS: Record<string, string> = { ">=": "不低于", "<=": "不高于", "=": "达到", ">": "高于", "<": "低于" };

/** The owner of a new summary, as the policy allowed it for the user (policies/scope.ts `summaryOwnerFor`). */
export type SummaryOwner = { scope: "unit"; unitId: number; name: string } | { scope: "leader"; leaderId: number; name: string };

export async function createSummary(tx: Tx, user: UserRow, actor: Actor, plan: PlanRow, quarter: string, who: SummaryOwner, now: Date) {
  if (!QUARTER_PATTERN.test(quarter)) throw errors.validation("季度格式应为 2026-Q1");
  const unitId = who.scope === "unit" ? who.unitId : null;
  const leaderId = who.scope === "leader" ? who.leaderId : null;
  const owner = who.scope === "unit" ? who.name : `${who.name}同志分管工作`;
  const ownerKey = who.scope === "unit" ? `unit:${unitId}` : `leader:${leaderId}`;
  const existing = await tx.selectFrom("summaries").select("id").where("plan_id", "=", plan.id).where("quarter", "=", quarter).where("owner_key", "=", ownerKey).executeTakeFirst();
  // The screen opens the existing one (details.id) instead of only saying so.
  if (existing) throw new AppError(409, "SUMMARY_EXISTS", "该季度总结已存在，已为您打开", { id: existing.id });
  const text = await assembleSummaryText(tx, plan, quarter, owner, { unitId: unitId ?? undefined, leaderId: leaderId ?? undefined });
  const row = await tx
    .insertInto("summaries")
    .values({
      plan_id: plan.id, quarter: quarter, scope: who.scope, unit_id: unitId, leader_id: leaderId, owner_key: ownerKey,
      title: `${owner.replace(/同志分管工作$/, "同志分管")}${quarterLabel(quarter)}工作总结`, text, state: "draft",
      submitted_by: null, submitted_at: null, decided_by: null, decided_at: null, comment: null, editors: JSON.stringify([user.id]), version: 1,
      created_at: now.toISOString(), updated_at: now.toISOString(),
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  await writeAudit(tx, actor, { action: "summary.create", entity: "summary", entityId: row.id, after: { quarter: row.quarter, owner: ownerKey } });
  return row;
}

export interface SummaryAccess {
  read: boolean;
  write: boolean;
  submit: boolean;
  decide: boolean;
  /** The user approves this summary once it is submitted (the director; a leader of the unit's tasks). */
  approver: boolean;
}

/** A summary as a route loaded it for a user (policies/scope.ts `summaryFor`): the user may read it. */
export interface LoadedSummary {
  summary: SummaryRow;
  access: SummaryAccess;
}

/** The summary's own unit or leader, or the office: those a locked summary answers with 409 rather than 403. */
function mayEditAtAll(user: UserRow, s: SummaryRow) {
  const roles = JSON.parse(user.roles) as string[];
  return roles.includes("office") || (s.scope === "unit" ? user.unit_id === s.unit_id : user.id === s.leader_id);
}

export async function changeSummary(tx: Tx, user: UserRow, actor: Actor, { summary: s, access }: LoadedSummary, action: "save" | "submit" | "approve" | "return", input: { text?: string; version: number; comment?: string }, now: Date) {
  const id = s.id;
  const allowed = action === "save" ? access.write : action === "submit" ? access.submit : access.decide;
  if (!allowed) {
    const decision = action === "approve" || action === "return";
    // Whose job it is comes first: a state conflict only for those who could act in another state.
    if (decision && !access.approver) throw errors.forbidden("只有分管领导或局长可以审定季度总结");
    if (decision && s.state === "submitted") throw errors.forbidden("不能审定自己编写或提交的总结");
    if (decision && s.state !== "approved") throw errors.conflict("SUMMARY_NOT_SUBMITTED", "该总结尚未提交，不能审定或退回");
    if (!decision && !mayEditAtAll(user, s)) throw errors.forbidden("没有权限执行此操作");
    if (s.state === "submitted" || s.state === "approved") throw errors.conflict("SUMMARY_LOCKED", s.state === "approved" ? "该总结已审定" : "该总结已提交");
    throw errors.forbidden("没有权限执行此操作");
  }
  if (input.version !== s.version) throw errors.stale();
  if (action === "return" && !input.comment?.trim()) throw errors.validation("退回时请填写退回意见");
  const next = { save: s.state, submit: "submitted", approve: "approved", return: "returned" }[action] as SummaryRow["state"];
  const updated = await updateVersioned(tx, "summaries", s, {
    state: next,
    ...(action === "save" && input.text !== undefined ? { text: input.text, editors: JSON.stringify([...new Set([...(JSON.parse(s.editors) as number[]), user.id])]) } : {}),
    ...(action === "submit" ? { submitted_by: user.id, submitted_at: now.toISOString() } : {}),
    ...(action === "approve" || action === "return" ? { decided_by: user.id, decided_at: now.toISOString(), comment: input.comment?.trim() || null } : {}),
    updated_at: now.toISOString(),
  });
  if (action === "submit") {
    // The summary goes to those who approve it (their bell and 待审定), never to its own writers.
    const plan = await tx.selectFrom("plans").select(["org_id", "title"]).where("id", "=", s.plan_id).executeTakeFirstOrThrow();
    const writers = new Set([user.id, ...(JSON.parse(s.editors) as number[])]);
    const to = (await summaryApprovers(tx, s, plan.org_id)).filter((u) => !writers.has(u));
    await notify(tx, to, { kind: "summary.to-approve", title: `待审定：${s.title}`, body: `《${plan.title}》${quarterLabel(s.quarter)}`, link: `/summaries/${id}`, dedupe: `summary-submit:${id}:${updated.version}` }, now);
  }
  if (action === "return" || action === "approve") {
    const to = s.scope === "unit" ? await unitReporters(tx, s.unit_id!) : [s.leader_id!];
    await notify(tx, to, { kind: `summary.${action}`, title: `${action === "approve" ? "已审定" : "被退回"}：${s.title}`, body: input.comment ?? "", link: `/summaries/${id}`, dedupe: `summary-${action}:${id}:${updated.version}` }, now);
  }
  await writeAudit(tx, actor, { action: `summary.${action}`, entity: "summary", entityId: id, after: { state: updated.state } });
  return updated;
}
