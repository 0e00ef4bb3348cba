// A unit's report on a task in a round: draft → submit → (co: to the lead unit, merged when the
// lead submits) → the task's leader approves or returns. Nobody approves their own report.
import { sql, type Selectable } from "kysely";
import type { PlanRow, ReportTable, RoundTable } from "../../db/schema.js";
import type { Tx } from "../../db/transaction.js";
import { updateVersioned } from "../../db/versioned.js";
import { errors } from "../../errors.js";
import { writeAudit, type Actor } from "../audit.js";
import type { UserRow } from "../../auth/sessions.js";
import { notify } from "./notify.js";
import { periodLabel } from "./periods.js";
import { filerOf, filerUsers, proxyLabel, reportUsers, type Filer } from "./filers.js";
import { reportSnapshot, type ReportSnapshot } from "./changes.js";

export type ReportRow = Selectable<ReportTable>;

export { REPORT_STATUSES, type ReportStatus } from "../../../shared/reports.js";
import type { ReportStatus } from "../../../shared/reports.js";
import { reindex } from "../search/store.js";

export interface ReportAccess {
  read: boolean;
  write: boolean;
  submit: boolean;
  decide: boolean;
  isLeadUnit: boolean;
  /** In which capacity the user files this report: its own unit, the liaison unit or the office on its behalf (代报); null: does not file it. */
  filing: "own" | "liaison" | "office" | null;
}

/** A report as a route loaded it for a user (policies/scope.ts `reportFor`): the user may read it. */
export interface LoadedReport {
  report: ReportRow;
  round: Selectable<RoundTable>;
  plan: PlanRow;
  access: ReportAccess;
}

/** A report changed by someone else since it was read; on a save, what the user typed stays on the page. */
const changedMeanwhile = () => errors.conflict("VERSION_CONFLICT", "该报告已被他人修改：请重新加载");
const draftKept = () => errors.conflict("VERSION_CONFLICT", "该报告已被他人修改：请重新加载（您填写的内容已保留在本页）");

function checkVersion(report: ReportRow, version: number | undefined) {
  if (version === undefined) throw errors.validation("缺少版本号 version", [{ field: "version", message: "缺少版本号" }]);
  if (version !== report.version) throw draftKept();
}

async function event(tx: Tx, reportId: number, actor: Actor, action: string, at: Date, comment?: string | null, proxy?: string | null, snapshot?: ReportSnapshot) {
  await tx.insertInto("report_events").values({
    report_id: reportId, at: at.toISOString(), actor_id: actor.id, actor_name: actor.name, action, comment: comment ?? null, proxy: proxy ?? null,
    ...(snapshot ? { snapshot: JSON.stringify(snapshot) } : {}),
  }).execute();
}

/** The capacity a proxy filer acts in (代报): stored on the report, its event and its audit event. */
async function proxyFiling(tx: Tx, user: UserRow, report: ReportRow, filing: ReportAccess["filing"]) {
  if (filing !== "liaison" && filing !== "office") return { filed_as: null, filed_by_unit_id: null, label: null, audit: {} };
  const represented = (await tx.selectFrom("units").select("name").where("id", "=", report.unit_id).executeTakeFirst())?.name ?? `单位 ${report.unit_id}`;
  const by = filing === "liaison" ? (await tx.selectFrom("units").select(["id", "name"]).where("id", "=", user.unit_id!).executeTakeFirst()) : undefined;
  return {
    filed_as: filing, filed_by_unit_id: by?.id ?? null,
    label: proxyLabel({ kind: filing, unitName: by?.name ?? null }, represented),
    audit: { proxy: { filedAs: filing, filedByUnitId: by?.id ?? null, filedByUnitName: by?.name ?? "办公室", onBehalfOfUnitId: report.unit_id, onBehalfOfUnitName: represented } },
  };
}

/** Who is told about a report: whoever files it now (the unit, its liaison unit or the office), and a liaison unit that filed it before. */
export async function reportRecipients(tx: Tx, orgId: number, report: Pick<ReportRow, "id" | "task_id" | "unit_id" | "filed_as" | "filed_by_unit_id">, only: "all" | "heads" = "all") {
  const filer = await filerOf(tx, report);
  const users = await reportUsers(tx, orgId, report, filer, only);
  if (report.filed_as === "liaison" && report.filed_by_unit_id && report.filed_by_unit_id !== filer.unitId) {
    users.push(...(await filerUsers(tx, orgId, { kind: "liaison", unitId: report.filed_by_unit_id, unitName: null, accounts: "ok" }, only)));
  }
  return { filer, users: [...new Set(users)] };
}
export type { Filer };

export interface ReportInput {
  text?: string;
  status?: ReportStatus | null;
  problems?: string;
  nextSteps?: string;
  values?: { targetId: number; value: number | null }[];
  milestones?: { milestoneId: number; doneOn: string | null }[];
  version?: number;
}

const rolesOf = (u: UserRow) => JSON.parse(u.roles) as string[];

export async function saveReport(tx: Tx, user: UserRow, actor: Actor, { report, round, plan, access }: LoadedReport, input: ReportInput, now: Date): Promise<ReportRow> {
  const id = report.id;
  if (!access.write) throw notWritable(report, round.state, user, access.filing);
  checkVersion(report, input.version);
  const targetIds = (await tx.selectFrom("targets").select("id").where("task_id", "=", report.task_id).execute()).map((t) => t.id);
  const milestoneIds = (await tx.selectFrom("milestones").select("id").where("task_id", "=", report.task_id).execute()).map((m) => m.id);
  for (const v of input.values ?? []) if (!targetIds.includes(v.targetId)) throw errors.validation(`指标 ${v.targetId} 不属于该任务`);
  for (const m of input.milestones ?? []) if (!milestoneIds.includes(m.milestoneId)) throw errors.validation(`时间节点 ${m.milestoneId} 不属于该任务`);
  const editors = [...new Set([...(JSON.parse(report.editors) as number[]), user.id])];
  const proxy = await proxyFiling(tx, user, report, access.filing);
  const updated = await updateVersioned(tx, "reports", report, {
    ...(proxy.filed_as ? { filed_as: proxy.filed_as, filed_by_unit_id: proxy.filed_by_unit_id } : {}),
    ...(input.text !== undefined ? { text: input.text } : {}),
    ...(input.status !== undefined ? { status: input.status } : {}),
    ...(input.problems !== undefined ? { problems: input.problems } : {}),
    ...(input.nextSteps !== undefined ? { next_steps: input.nextSteps } : {}),
    editors: JSON.stringify(editors),
    updated_at: now.toISOString(),
  }, draftKept);
  for (const v of input.values ?? []) {
    await tx.deleteFrom("report_values").where("report_id", "=", id).where("target_id", "=", v.targetId).execute();
    if (v.value !== null && Number.isFinite(v.value)) await tx.insertInto("report_values").values({ report_id: id, target_id: v.targetId, value: v.value }).execute();
  }
  for (const m of input.milestones ?? []) {
    await tx.deleteFrom("report_milestones").where("report_id", "=", id).where("milestone_id", "=", m.milestoneId).execute();
    if (m.doneOn) await tx.insertInto("report_milestones").values({ report_id: id, milestone_id: m.milestoneId, done_on: m.doneOn }).execute();
  }
  await event(tx, id, actor, "save", now, null, proxy.label);
  // One audit event per save: which parts changed, not the text itself.
  const fields = (["text", "status", "problems", "nextSteps"] as const).filter((k) => input[k] !== undefined);
  await writeAudit(tx, actor, {
    action: "report.save", entity: "report", entityId: id,
    after: { fields, values: input.values?.length ?? 0, milestones: input.milestones?.length ?? 0, version: updated.version, ...proxy.audit },
  });
  // A clerk's draft that could go on: its head (the unit's, or the liaison unit's when it files for the unit) is told once
  // per report — not on every save; again only after a return (the fixed draft is ready anew).
  if (!rolesOf(user).includes("unit_head") && access.filing !== "office" && updated.text.trim() && updated.status) {
    const returns = Number((await tx.selectFrom("report_events").select((eb) => eb.fn.countAll().as("n")).where("report_id", "=", id).where("action", "=", "return").executeTakeFirst())?.n ?? 0);
    const { users } = await reportRecipients(tx, plan.org_id, updated, "heads");
    const task = await tx.selectFrom("tasks").select(["no", "title"]).where("id", "=", report.task_id).executeTakeFirstOrThrow();
    await notify(tx, users.filter((u) => u !== user.id), {
      kind: "report.draft-ready", title: `报告待提交：${task.no} ${task.title}`,
      body: `${proxy.label ? `${proxy.label}。` : ""}经办人已填好本轮进展，请审核后提交。`, link: `/reports/${id}`, dedupe: `draft-ready:${id}:r${returns}`,
    }, now);
  }
  await reindex(tx, "report", [updated.id]);
  return updated;
}

function notWritable(report: ReportRow, roundState: string, user: UserRow, filing: ReportAccess["filing"] = null) {
  if (user.unit_id !== report.unit_id && !filing) return errors.forbidden("只能填写本单位的进展报告（没有账号的单位由牵头联络股室或办公室代报）");
  if (roundState === "closed") return errors.conflict("ROUND_CLOSED", "本轮调度已结束，不能再修改");
  if (report.state === "submitted") return errors.conflict("REPORT_SUBMITTED", "该报告已提交，不能重复提交或修改");
  if (report.state === "approved") return errors.conflict("REPORT_APPROVED", "该报告已审定");
  if (report.state === "merged") return errors.conflict("REPORT_MERGED", "该报告已汇总到牵头单位的报告中");
  if (report.state === "withdrawn") return errors.conflict("REPORT_WITHDRAWN", "该任务的责任单位已调整，本单位的这份报告已撤销，无需再填报");
  return errors.forbidden("只有本单位的经办人或负责人可以填写");
}

export async function submitReport(tx: Tx, user: UserRow, actor: Actor, { report, round, plan, access }: LoadedReport, version: number | undefined, now: Date): Promise<ReportRow> {
  const id = report.id;
  if (!access.submit) {
    if (user.unit_id !== report.unit_id && !access.filing) throw errors.forbidden("只能提交本单位的进展报告");
    if (report.state !== "draft" && report.state !== "returned") throw notWritable(report, round.state, user, access.filing);
    if (round.state !== "open") throw notWritable(report, round.state, user, access.filing);
    throw errors.forbidden(access.filing === "liaison" ? "代报的报告由本股室负责人提交" : "只有本单位负责人可以提交报告");
  }
  checkVersion(report, version);
  if (!report.text.trim()) throw errors.validation("请先填写进展情况再提交", [{ field: "text", message: "进展情况不能为空" }]);
  if (!report.status) throw errors.validation("请先选择推进状态再提交", [{ field: "status", message: "请选择推进状态" }]);
  const proxy = await proxyFiling(tx, user, report, access.filing);
  const updated = await updateVersioned(tx, "reports", report, {
    state: "submitted", submitted_by: user.id, submitted_at: now.toISOString(), updated_at: now.toISOString(),
    // Who sent it is who filed it: the unit itself clears an earlier proxy mark.
    filed_as: proxy.filed_as, filed_by_unit_id: proxy.filed_by_unit_id,
  }, changedMeanwhile);
  await event(tx, id, actor, "submit", now, null, proxy.label);
  const task = await tx.selectFrom("tasks").select(["no", "title"]).where("id", "=", report.task_id).executeTakeFirstOrThrow();
  if (report.role === "co") {
    // The lead unit sees the co-unit's input beside its own draft.
    const lead = await tx.selectFrom("reports").selectAll().where("round_id", "=", report.round_id).where("task_id", "=", report.task_id).where("role", "=", "lead").execute();
    const unit = await tx.selectFrom("units").select("name").where("id", "=", report.unit_id).executeTakeFirst();
    for (const l of lead) {
      // The lead's report already went on without this input: tell the lead unit it came late.
      const late = l.state === "submitted" || l.state === "approved";
      await notify(tx, (await reportRecipients(tx, plan.org_id, l)).users, late
        ? {
            kind: "report.co-late", title: `协办单位晚于牵头报告报送：${task.no} ${task.title}`,
            body: `${unit?.name ?? "协办单位"}在本单位的报告${l.state === "approved" ? "审定" : "提交"}之后才报送，请查看其内容，必要时联系责任领导补充。`,
            link: `/reports/${l.id}`, dedupe: `co-late:${id}:${updated.version}`,
          }
        : { kind: "report.co-submitted", title: `协办单位已报送：${task.no} ${task.title}`, link: `/reports/${l.id}`, dedupe: `co-submitted:${id}:${updated.version}` },
      now);
    }
  } else {
    // Co-units' submitted input is now part of the lead's consolidated report.
    const merged = await tx.updateTable("reports").set({ state: "merged", updated_at: now.toISOString() }).where("round_id", "=", report.round_id).where("task_id", "=", report.task_id).where("role", "=", "co").where("state", "=", "submitted").returning("id").execute();
    for (const m of merged) await event(tx, m.id, actor, "merge", now);
    const leaders = (await tx.selectFrom("task_leaders").select("user_id").where("task_id", "=", report.task_id).where("user_id", "is not", null).execute()).map((l) => l.user_id!);
    await notify(tx, leaders, {
      kind: "report.to-approve", title: `待审定：${task.no} ${task.title}`, body: `《${plan.title}》${periodLabel(round.period)}`, link: `/reports/${id}`, dedupe: `to-approve:${id}:${updated.version}`,
    }, now);
  }
  await writeAudit(tx, actor, { action: "report.submit", entity: "report", entityId: id, after: { state: "submitted", role: report.role, ...proxy.audit } });
  // the lead's submission merges the co-units' sent reports: their rows change state too
  await reindex(tx, "report", (await tx.selectFrom("reports").select("id").where("round_id", "=", report.round_id).where("task_id", "=", report.task_id).execute()).map((r) => r.id));
  return updated;
}

export async function decideReport(tx: Tx, user: UserRow, actor: Actor, { report, plan, access }: LoadedReport, decision: "approve" | "return", input: { version?: number; comment?: string }, now: Date): Promise<ReportRow> {
  const id = report.id;
  if (!access.decide) {
    if (report.state !== "submitted") throw errors.conflict("REPORT_NOT_SUBMITTED", report.state === "approved" ? "该报告已审定" : "该报告尚未提交，不能审定或退回");
    if (report.role !== "lead") throw errors.forbidden("协办单位的报告由牵头单位汇总，不单独审定");
    throw errors.forbidden("只有该任务的责任领导可以审定或退回");
  }
  const editors = JSON.parse(report.editors) as number[];
  if (report.submitted_by === user.id || editors.includes(user.id)) throw errors.forbidden("不能审定自己填写或提交的报告");
  checkVersion(report, input.version);
  if (decision === "return" && !input.comment?.trim()) throw errors.validation("退回时请填写退回意见", [{ field: "comment", message: "请填写退回意见" }]);
  const updated = await updateVersioned(tx, "reports", report, {
    state: decision === "approve" ? "approved" : "returned", decided_by: user.id, decided_at: now.toISOString(), comment: input.comment?.trim() || null, updated_at: now.toISOString(),
  }, changedMeanwhile);
  // A return keeps the report as returned: its resubmission shows the leader what changed since.
  await event(tx, id, actor, decision, now, input.comment, null, decision === "return" ? await reportSnapshot(tx, report) : undefined);
  const task = await tx.selectFrom("tasks").select(["no", "title"]).where("id", "=", report.task_id).executeTakeFirstOrThrow();
  await notify(tx, (await reportRecipients(tx, plan.org_id, updated)).users, {
    kind: decision === "approve" ? "report.approved" : "report.returned",
    title: `${decision === "approve" ? "已审定" : "被退回"}：${task.no} ${task.title}`,
    body: input.comment ?? "", link: `/reports/${id}`, dedupe: `${decision}:${id}:${updated.version}`,
  }, now);
  await writeAudit(tx, actor, { action: `report.${decision}`, entity: "report", entityId: id, after: { state: updated.state, comment: updated.comment } });
  await reindex(tx, "report", [id]);
  return updated;
}

/** Sentences of the text that stand unchanged from last round's report. */
export function carriedOver(text: string, previous: string): string[] {
  if (!previous.trim()) return [];
  const sentences = (s: string) => s.split(/(?<=[。；！？!?\n])/u).map((x) => x.trim()).filter((x) => x.length >= 4);
  const before = new Set(sentences(previous));
  return sentences(text).filter((x) => before.has(x));
}

export const copiedUnchanged = (r: Pick<ReportRow, "text" | "previous_text">) => !!r.previous_text.trim() && r.text.trim() === r.previous_text.trim();

/** What String.prototype.trim removes, so that SQL's trim(x, chars) draws the same line. */
const TRIMMED = " \t\n\v\f\r\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000\ufeff";

/**
 * copiedUnchanged computed by the database (SQLite and PostgreSQL both read trim(x, chars)):
 * lists of reports get the flag without reading every report's text and last round's.
 */
export const copiedUnchangedSql = () =>
  sql<number>`case when trim(reports.previous_text, ${TRIMMED}) <> '' and trim(reports.text, ${TRIMMED}) = trim(reports.previous_text, ${TRIMMED}) then 1 else 0 end`.as("copied_unchanged");

/** The columns a list of reports shows (the grid, todos): no texts. */
export const REPORT_SUMMARY_COLUMNS = [
  "reports.id", "reports.round_id", "reports.task_id", "reports.unit_id", "reports.role", "reports.state", "reports.status",
  "reports.submitted_at", "reports.decided_at", "reports.version", "reports.updated_at", "reports.filed_as", "reports.filed_by_unit_id",
] as const;

export type ReportSummaryRow = Pick<ReportRow, "id" | "round_id" | "task_id" | "unit_id" | "role" | "state" | "status" | "submitted_at" | "decided_at" | "version" | "updated_at" | "filed_as" | "filed_by_unit_id"> &
  ({ copied_unchanged: number | boolean } | Pick<ReportRow, "text" | "previous_text">);
