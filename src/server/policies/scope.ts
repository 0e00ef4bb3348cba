// Which records a user may reach: the one rule of scope. Every record belongs to a bureau (org);
// access follows the caller's bureau, its place in the org tree, the unit and the role.
//
//   own bureau     the permission table (index.ts) and, for reports and summaries, the unit and role rules below
//   bureaus below  director and viewer read the work (plans, rounds, reports, summaries), never write it;
//                  an admin administers the directory there (child orgs, units, accounts), the way it was set up
//   anything else  (a sibling, an org above, another tree) does not exist for the caller: 404
//
// Routes load records through the loaders here, so a route cannot forget the rule. A record the
// caller may see but not change answers 403; one the caller may not see answers 404.
import { sql, type Kysely } from "kysely";
import type { DB, PlanRow } from "../db/schema.js";
import type { Tx } from "../db/transaction.js";
import type { UserRow } from "../auth/sessions.js";
import { errors } from "../errors.js";
import { hasPermission, type Role } from "./index.js";
import { filersOf, unitAccounts } from "../commands/rounds/filers.js";
import type { ReportAccess, ReportRow } from "../commands/rounds/reports.js";
import type { SummaryAccess, SummaryRow } from "../commands/rounds/summaries.js";
import type { FindingAccess, FindingRow } from "../commands/findings/findings.js";
import type { BulletinAccess, BulletinRow } from "../commands/bulletins/bulletins.js";
import type { TaskSupervisionAccess } from "../commands/supervision/supervision.js";

type Db = Kysely<DB> | Tx;

/** Roles of an upper org that read the work of the bureaus below it (roll-up). */
export const READS_WORK_BELOW: readonly Role[] = ["director", "viewer"];
/** Roles of an upper org that read the directory (orgs, units, accounts) below it. */
export const READS_DIRECTORY_BELOW: readonly Role[] = ["director", "viewer", "admin"];
/** Roles of an upper org that set up and administer the bureaus below it. */
export const ADMINISTERS_BELOW: readonly Role[] = ["admin"];
/** Roles that oversee the whole work of their own bureau. */
const OVERSEERS: readonly Role[] = ["office", "admin", "director", "viewer"];
const UNIT_ROLES: readonly Role[] = ["unit_staff", "unit_head"];

export const rolesOf = (u: UserRow): string[] => JSON.parse(u.roles) as string[];
const hasAny = (u: UserRow, roles: readonly Role[]) => rolesOf(u).some((r) => (roles as readonly string[]).includes(r));

/**
 * The org and every org below it: the subtree alone, read down the tree in SQL (never the whole orgs
 * table), then put in the order of a walk level by level, children by id.
 */
export async function subtreeOf(db: Db, orgId: number): Promise<number[]> {
  const { rows } = await sql<{ id: number; parent_id: number | null }>`
    WITH RECURSIVE sub(id, parent_id) AS (
      SELECT id, parent_id FROM orgs WHERE id = ${orgId}
      UNION SELECT o.id, o.parent_id FROM orgs o JOIN sub ON o.parent_id = sub.id
    ) SELECT id, parent_id FROM sub ORDER BY id`.execute(db);
  const children = new Map<number, number[]>();
  for (const r of rows) if (r.id !== orgId && r.parent_id != null) children.set(r.parent_id, [...(children.get(r.parent_id) ?? []), Number(r.id)]);
  const out = [orgId];
  const seen = new Set(out);
  for (let i = 0; i < out.length; i++) for (const id of children.get(out[i]) ?? []) if (!seen.has(id)) (seen.add(id), out.push(id));
  return out;
}

/** The orgs above an org, nearest first: the chain of parents alone, read up the tree in SQL. */
export async function ancestorsOf(db: Db, orgId: number): Promise<number[]> {
  const { rows } = await sql<{ id: number; parent_id: number | null }>`
    WITH RECURSIVE up(id, parent_id) AS (
      SELECT id, parent_id FROM orgs WHERE id = ${orgId}
      UNION SELECT o.id, o.parent_id FROM orgs o JOIN up ON o.id = up.parent_id
    ) SELECT id, parent_id FROM up`.execute(db);
  const parent = new Map(rows.map((r) => [Number(r.id), r.parent_id == null ? null : Number(r.parent_id)]));
  const out: number[] = [];
  for (let p = parent.get(orgId) ?? null; p != null && !out.includes(p); p = parent.get(p) ?? null) out.push(p);
  return out;
}

export type Relation = "own" | "below" | "none";

export async function relationTo(db: Db, user: UserRow, orgId: number): Promise<Relation> {
  if (orgId === user.org_id) return "own";
  return (await ancestorsOf(db, orgId)).includes(user.org_id) ? "below" : "none";
}

const ownAndBelow = async (db: Db, user: UserRow, roles: readonly Role[]) => (hasAny(user, roles) ? subtreeOf(db, user.org_id) : [user.org_id]);

/** Bureaus whose plans, rounds, reports and summaries the user may read. */
export const workReadOrgs = (db: Db, user: UserRow) => ownAndBelow(db, user, READS_WORK_BELOW);
/** The bureaus below the user's whose work they read (下级对比): never their own, a sibling or one above; none for other roles. */
export const workBelowOrgs = async (db: Db, user: UserRow) => (await workReadOrgs(db, user)).filter((id) => id !== user.org_id);
/**
 * Tasks linked across levels (issue 15): a bureau links its tasks to the tasks of the published plans
 * of the orgs above it (the plans it implements), so it reads those plans' task titles for the choice.
 */
export const upperPlanOrgs = (db: Db, orgId: number) => ancestorsOf(db, orgId);
/** Bureaus whose work the user may change: only their own. */
export const workWriteOrgs = (user: UserRow) => [user.org_id];
/** Bureaus whose units and accounts the user may read. */
export const directoryReadOrgs = (db: Db, user: UserRow) => ownAndBelow(db, user, READS_DIRECTORY_BELOW);
/** Bureaus whose orgs, units and accounts the user may change (the permission table says which of those). */
export const directoryWriteOrgs = (db: Db, user: UserRow) => ownAndBelow(db, user, ADMINISTERS_BELOW);

/** The org tree a user sees: the bureaus above their own (for context), their own, and the ones below. */
export async function visibleOrgs(db: Db, user: UserRow): Promise<number[]> {
  return [...(await ancestorsOf(db, user.org_id)), ...(await subtreeOf(db, user.org_id))];
}

/**
 * The audit events an admin reads: those of their own bureau and the ones below; events without a
 * bureau (first-run setup, lockouts) belong to the installation, read by the admin of its top org.
 */
export async function auditOrgs(db: Db, user: UserRow) {
  return { orgIds: await directoryWriteOrgs(db, user), system: (await ancestorsOf(db, user.org_id)).length === 0 };
}

const orgNotFound = () => errors.notFound("ORG_NOT_FOUND", "找不到该机构");

/** 404 unless the org's units and accounts are the user's to read. */
export async function directoryOrgFor(db: Db, user: UserRow, orgId: number, mode: "read" | "write"): Promise<number> {
  if (mode === "read") {
    if (!(await directoryReadOrgs(db, user)).includes(orgId)) throw orgNotFound();
    return orgId;
  }
  if ((await directoryWriteOrgs(db, user)).includes(orgId)) return orgId;
  if ((await visibleOrgs(db, user)).includes(orgId) && (await directoryReadOrgs(db, user)).includes(orgId)) throw errors.forbidden("只能管理本机构及下级机构的单位和账号");
  throw orgNotFound();
}

/** An org to change: the user's own or one below it (admins only, by the permission table). */
export async function orgFor(db: Db, user: UserRow, orgId: number) {
  const org = await db.selectFrom("orgs").selectAll().where("id", "=", orgId).executeTakeFirst();
  if (!org || !(await visibleOrgs(db, user)).includes(org.id)) throw orgNotFound();
  if (!(await directoryWriteOrgs(db, user)).includes(org.id)) throw errors.forbidden("只能管理本机构及下级机构");
  return org;
}

/** Where a new org may go: below the user's own org or one of its descendants, never beside or above. */
export async function newOrgParentFor(db: Db, user: UserRow, parentId: number | null | undefined): Promise<number> {
  if (parentId === null) throw errors.forbidden("只能在本机构之下新建机构");
  const id = parentId ?? user.org_id;
  if (!(await visibleOrgs(db, user)).includes(id)) throw errors.notFound("ORG_NOT_FOUND", "找不到上级机构");
  if (!(await directoryWriteOrgs(db, user)).includes(id)) throw errors.forbidden("只能在本机构之下新建机构");
  return id;
}

/** A new parent for an existing org: the org must sit below the user's own, and may not move into its own subtree. */
export async function moveOrgFor(db: Db, user: UserRow, orgId: number, parentId: number | null) {
  if (orgId === user.org_id) throw errors.forbidden("不能移动本机构在机构树中的位置");
  if (parentId === null) throw errors.forbidden("只能在本机构之下调整机构");
  if (!(await directoryWriteOrgs(db, user)).includes(parentId)) throw errors.forbidden("只能在本机构之下调整机构");
  if ((await subtreeOf(db, orgId)).includes(parentId)) throw errors.validation("不能把机构移到它自己的下级之下");
}

export async function unitFor(db: Db, user: UserRow, unitId: number) {
  const unit = await db.selectFrom("units").selectAll().where("id", "=", unitId).executeTakeFirst();
  if (!unit) throw errors.notFound("UNIT_NOT_FOUND", "找不到该单位");
  await directoryOrgFor(db, user, unit.org_id, "write").catch((e) => {
    throw e.status === 404 ? errors.notFound("UNIT_NOT_FOUND", "找不到该单位") : e;
  });
  return unit;
}

export async function accountFor(db: Db, user: UserRow, userId: number) {
  const target = await db.selectFrom("users").selectAll().where("id", "=", userId).executeTakeFirst();
  if (!target) throw errors.notFound("USER_NOT_FOUND", "找不到该用户");
  await directoryOrgFor(db, user, target.org_id, "write").catch((e) => {
    throw e.status === 404 ? errors.notFound("USER_NOT_FOUND", "找不到该用户") : e;
  });
  return target;
}

// ---- work: plans, rounds, reports, summaries ----------------------------------------------------

const planNotFound = () => errors.notFound("PLAN_NOT_FOUND", "找不到该工作方案");

/** A plan the user may read ("read") or change ("write"); 404 for one of a bureau the user cannot read. */
export async function planFor(db: Db, user: UserRow, planId: number, mode: "read" | "write"): Promise<PlanRow> {
  const plan = await db.selectFrom("plans").selectAll().where("id", "=", planId).executeTakeFirst();
  if (!plan || !(await workReadOrgs(db, user)).includes(plan.org_id)) throw planNotFound();
  if (mode === "write" && !workWriteOrgs(user).includes(plan.org_id)) throw errors.forbidden("上级机构只能查看下级机构的工作方案");
  return plan;
}

const taskNotFound = () => errors.notFound("TASK_NOT_FOUND", "找不到该任务");

/**
 * The plan of a task the user reads (the task page's policy): a task that does not exist, or whose
 * plan the user may not read (another bureau's), is 404 TASK_NOT_FOUND.
 */
export async function taskPlanFor(db: Db, user: UserRow, taskId: number): Promise<PlanRow> {
  const task = await db.selectFrom("tasks").select("plan_id").where("id", "=", taskId).executeTakeFirst();
  if (!task) throw taskNotFound();
  return planFor(db, user, task.plan_id, "read").catch(() => {
    throw taskNotFound();
  });
}

export async function roundFor(db: Db, user: UserRow, roundId: number, mode: "read" | "write") {
  const round = await db.selectFrom("rounds").selectAll().where("id", "=", roundId).executeTakeFirst();
  const plan = round && (await db.selectFrom("plans").selectAll().where("id", "=", round.plan_id).executeTakeFirst());
  if (!round || !plan || !(await workReadOrgs(db, user)).includes(plan.org_id)) throw errors.notFound("ROUND_NOT_FOUND", "找不到该调度轮次");
  if (mode === "write" && !workWriteOrgs(user).includes(plan.org_id)) throw errors.forbidden("上级机构只能查看下级机构的调度");
  return { round, plan };
}

/** A task's lead and co units and leaders must be of the plan's own bureau. */
export async function assertTaskRefs(db: Db, orgId: number, value: { lead?: Ref[]; co?: Ref[]; liaison?: Ref[]; leaders?: { userId?: number | null }[] }) {
  const unitIds = [...(value.lead ?? []), ...(value.co ?? []), ...(value.liaison ?? [])].map((u) => u.unitId).filter((x): x is number => x != null);
  const userIds = (value.leaders ?? []).map((l) => l.userId).filter((x): x is number => x != null);
  if (unitIds.length) {
    const found = await db.selectFrom("units").select("id").where("id", "in", unitIds).where("org_id", "=", orgId).execute();
    if (found.length !== new Set(unitIds).size) throw errors.validation("所选单位不存在或不属于本机构", [{ field: "unitId", message: "所选单位不存在或不属于本机构" }]);
  }
  if (userIds.length) {
    const found = await db.selectFrom("users").select("id").where("id", "in", userIds).where("org_id", "=", orgId).execute();
    if (found.length !== new Set(userIds).size) throw errors.validation("所选领导不存在或不属于本机构", [{ field: "userId", message: "所选领导不存在或不属于本机构" }]);
  }
}
type Ref = { unitId?: number | null };

const NO_REPORT_ACCESS: ReportAccess = { read: false, write: false, submit: false, decide: false, isLeadUnit: false, filing: null };

/**
 * What the user may do with a report: the unit writes, its head submits, the lead unit reads its
 * co-units' sent input, the task's leader decides. A unit without a head to submit (no accounts:
 * 县委, 乡镇…) is filed for (代报) by the task's liaison unit — its staff write, its head submits —
 * or, when no liaison unit can, by the office. The liaison unit follows its tasks: it reads their
 * reports as the lead unit does.
 */
export async function reportAccess(db: Db, user: UserRow, report: ReportRow, plan: PlanRow, roundOpen: boolean): Promise<ReportAccess> {
  return (await reportsAccess(db, user, [{ report, roundOpen }], plan))[0];
}

/**
 * reportAccess of many reports of one plan (a task's history of reports), in a fixed number of
 * queries whatever their number: the caller's relation to the plan's bureau once, the tasks' lead
 * and liaison units and the caller's led tasks once, every report's filer in one filersOf.
 */
export async function reportsAccess(db: Db, user: UserRow, items: { report: ReportRow; roundOpen: boolean }[], plan: PlanRow): Promise<ReportAccess[]> {
  if (!items.length) return [];
  const relation = await relationTo(db, user, plan.org_id);
  if (relation === "none") return items.map(() => NO_REPORT_ACCESS);
  if (relation === "below") return items.map(() => ({ ...NO_REPORT_ACCESS, read: hasAny(user, READS_WORK_BELOW) }));
  const roles = rolesOf(user);
  const unitMember = user.unit_id != null && hasAny(user, UNIT_ROLES);
  const taskIds = [...new Set(items.map((x) => x.report.task_id))];
  const [taskUnits, ledTasks, filers] = await Promise.all([
    db.selectFrom("task_units").select(["task_id", "unit_id", "role"]).where("task_id", "in", taskIds).where("role", "in", ["lead", "liaison"]).execute(),
    db.selectFrom("task_leaders").select("task_id").where("task_id", "in", taskIds).where("user_id", "=", user.id).execute(),
    filersOf(db, items.map((x) => x.report)),
  ]);
  const led = new Set(ledTasks.map((t) => t.task_id));
  const unitsOf = (taskId: number, role: string) => unitMember && taskUnits.some((t) => t.task_id === taskId && t.role === role && t.unit_id === user.unit_id);
  return items.map(({ report, roundOpen }) => {
    const inUnit = unitMember && user.unit_id === report.unit_id;
    const isLeadUnit = unitsOf(report.task_id, "lead");
    const isLiaisonUnit = unitsOf(report.task_id, "liaison");
    const isTaskLeader = led.has(report.task_id);
    // A co-unit's draft stays the co-unit's until it is sent (the lead's form hides it too).
    const sent = report.role === "lead" || report.state === "submitted" || report.state === "merged";
    const leadSees = (isLeadUnit || isLiaisonUnit) && sent;
    const filer = filers.get(report.id)!;
    const filing: ReportAccess["filing"] = inUnit
      ? "own"
      : filer.kind === "liaison" && unitMember && user.unit_id === filer.unitId
        ? "liaison"
        : filer.kind === "office" && hasPermission(roles, "reports.file-for-unit")
          ? "office"
          : null;
    const editable = roundOpen && (report.state === "draft" || report.state === "returned");
    return {
      read: !!filing || leadSees || isTaskLeader || hasAny(user, OVERSEERS),
      write: !!filing && editable,
      submit: editable && ((filing === "own" || filing === "liaison") ? roles.includes("unit_head") : filing === "office"),
      decide: report.role === "lead" && report.state === "submitted" && (isTaskLeader || roles.includes("director")),
      isLeadUnit: isLeadUnit || (filing === "liaison" && report.role === "lead"),
      filing,
    };
  });
}

/** A report with its round, plan and the user's access; 404 when the user may not read it. */
export async function reportFor(db: Db, user: UserRow, reportId: number) {
  const report = await db.selectFrom("reports").selectAll().where("id", "=", reportId).executeTakeFirst();
  const round = report && (await db.selectFrom("rounds").selectAll().where("id", "=", report.round_id).executeTakeFirst());
  const plan = round && (await db.selectFrom("plans").selectAll().where("id", "=", round.plan_id).executeTakeFirst());
  const access = plan ? await reportAccess(db, user, report!, plan, round!.state === "open") : NO_REPORT_ACCESS;
  if (!report || !round || !plan || !access.read) throw errors.notFound("REPORT_NOT_FOUND", "找不到该进展报告");
  return { report, round, plan, access };
}
export type ScopedReport = Awaited<ReturnType<typeof reportFor>>;

export async function evidenceFor(db: Db, user: UserRow, evidenceId: number) {
  const file = await db.selectFrom("evidence_files").selectAll().where("id", "=", evidenceId).executeTakeFirst();
  if (!file) throw errors.notFound("EVIDENCE_NOT_FOUND", "找不到该材料");
  const scoped = await reportFor(db, user, file.report_id).catch((e) => {
    throw e.status === 404 ? errors.notFound("EVIDENCE_NOT_FOUND", "找不到该材料") : e;
  });
  return { file, ...scoped };
}

const NO_SUMMARY_ACCESS: SummaryAccess = { read: false, write: false, submit: false, decide: false, approver: false };

/** A unit's summary is the unit's, a leader's the leader's; the office edits any; the director, or the leader of the unit's tasks, approves. */
export async function summaryAccess(db: Db, user: UserRow, s: SummaryRow, plan: Pick<PlanRow, "org_id">): Promise<SummaryAccess> {
  const relation = await relationTo(db, user, plan.org_id);
  let led = false;
  if (relation === "own" && s.scope === "unit" && rolesOf(user).includes("leader")) {
    led = !!(await db.selectFrom("task_units").innerJoin("tasks", "tasks.id", "task_units.task_id").innerJoin("task_leaders", "task_leaders.task_id", "tasks.id")
      .select("task_leaders.user_id").where("tasks.plan_id", "=", s.plan_id).where("task_units.unit_id", "=", s.unit_id).where("task_units.role", "=", "lead").where("task_leaders.user_id", "=", user.id).executeTakeFirst());
  }
  return summaryAccessOf(user, s, relation, led);
}

/** summaryAccess of many summaries of the user's bureau (待办's 待审定) in one query, not one per summary. */
export async function summariesAccess(db: Db, user: UserRow, items: { summary: SummaryRow; orgId: number }[]): Promise<SummaryAccess[]> {
  const leader = rolesOf(user).includes("leader");
  // The (plan, unit) pairs whose lead tasks the user is the leader of, in the user's own bureau.
  const ledPairs = leader && items.some((x) => x.orgId === user.org_id && x.summary.scope === "unit")
    ? await db.selectFrom("task_leaders").innerJoin("tasks", "tasks.id", "task_leaders.task_id").innerJoin("plans", "plans.id", "tasks.plan_id")
        .innerJoin("task_units", "task_units.task_id", "tasks.id")
        .select(["tasks.plan_id", "task_units.unit_id"]).distinct()
        .where("task_leaders.user_id", "=", user.id).where("plans.org_id", "=", user.org_id).where("task_units.role", "=", "lead").where("task_units.unit_id", "is not", null)
        .execute()
    : [];
  const led = new Set(ledPairs.map((p) => `${p.plan_id}:${p.unit_id}`));
  const out: SummaryAccess[] = [];
  for (const { summary, orgId } of items) {
    out.push(orgId === user.org_id
      ? summaryAccessOf(user, summary, "own", summary.scope === "unit" && led.has(`${summary.plan_id}:${summary.unit_id}`))
      : await summaryAccess(db, user, summary, { org_id: orgId }));
  }
  return out;
}

function summaryAccessOf(user: UserRow, s: SummaryRow, relation: Relation, led: boolean): SummaryAccess {
  if (relation === "none") return NO_SUMMARY_ACCESS;
  if (relation === "below") return { ...NO_SUMMARY_ACCESS, read: hasAny(user, READS_WORK_BELOW) };
  const roles = rolesOf(user);
  const own = s.scope === "unit" ? user.unit_id === s.unit_id && hasAny(user, UNIT_ROLES) : user.id === s.leader_id && roles.includes("leader");
  const approver = roles.includes("director") || (s.scope === "unit" && roles.includes("leader") && led);
  const editable = s.state === "draft" || s.state === "returned";
  return {
    read: own || hasAny(user, OVERSEERS) || approver,
    write: editable && (own || roles.includes("office")),
    submit: editable && own && (s.scope === "leader" || roles.includes("unit_head")),
    decide: s.state === "submitted" && approver && s.submitted_by !== user.id && !(JSON.parse(s.editors) as number[]).includes(user.id),
    approver,
  };
}

export async function summaryFor(db: Db, user: UserRow, summaryId: number) {
  const summary = await db.selectFrom("summaries").selectAll().where("id", "=", summaryId).executeTakeFirst();
  const plan = summary && (await db.selectFrom("plans").selectAll().where("id", "=", summary.plan_id).executeTakeFirst());
  const access = plan ? await summaryAccess(db, user, summary!, plan) : NO_SUMMARY_ACCESS;
  if (!summary || !plan || !access.read) throw errors.notFound("SUMMARY_NOT_FOUND", "找不到该季度总结");
  return { summary, plan, access };
}
export type ScopedSummary = Awaited<ReturnType<typeof summaryFor>>;

/**
 * Who writes which quarterly summary: the office (or admin) for any unit or leader of its bureau,
 * a unit's staff and head for their unit, a leader for themself. Returns the owner it is for.
 */
export async function summaryOwnerFor(db: Db, user: UserRow, plan: PlanRow, input: { scope: "unit" | "leader"; unitId?: number; leaderId?: number }) {
  const office = hasAny(user, ["office", "admin"]);
  if (input.scope === "unit") {
    if (!office && !hasAny(user, UNIT_ROLES)) throw errors.forbidden("季度总结由单位或办公室编写");
    const unitId = input.unitId ?? user.unit_id ?? null;
    if (!unitId) throw errors.validation("请选择单位", [{ field: "unitId", message: "请选择单位" }]);
    if (!office && user.unit_id !== unitId) throw errors.forbidden("只能为本单位编写季度总结");
    const unit = await db.selectFrom("units").select(["id", "name"]).where("id", "=", unitId).where("org_id", "=", plan.org_id).executeTakeFirst();
    if (!unit) throw errors.validation("单位不存在", [{ field: "unitId", message: "单位不存在" }]);
    return { scope: "unit" as const, unitId: unit.id, name: unit.name };
  }
  if (!office && !rolesOf(user).includes("leader")) throw errors.forbidden("分管领导的季度总结由本人或办公室编写");
  const leaderId = input.leaderId ?? user.id;
  if (!office && leaderId !== user.id) throw errors.forbidden("只能为本人编写季度总结");
  const leader = await db.selectFrom("users").select(["id", "name", "roles"]).where("id", "=", leaderId).where("org_id", "=", plan.org_id).executeTakeFirst();
  if (!leader || !(JSON.parse(leader.roles) as string[]).includes("leader")) throw errors.validation("领导不存在", [{ field: "leaderId", message: "领导不存在" }]);
  return { scope: "leader" as const, leaderId: leader.id, name: leader.name };
}

// ---- findings ------------------------------------------------------------------------------------

/** Who reads all findings of their bureau (besides the overseers): the leaders. */
const READS_ALL_FINDINGS: readonly Role[] = [...OVERSEERS, "leader"];

/** Office and admin manage their bureau's findings; the assigned unit reports; leaders, director and viewer read. */
export async function findingAccess(db: Db, user: UserRow, f: Pick<FindingRow, "org_id" | "unit_id">): Promise<FindingAccess> {
  const relation = await relationTo(db, user, f.org_id);
  const none = { read: false, manage: false, report: false };
  if (relation === "none") return none;
  if (relation === "below") return { ...none, read: hasAny(user, READS_WORK_BELOW) };
  const inUnit = f.unit_id != null && user.unit_id === f.unit_id && hasAny(user, UNIT_ROLES);
  const manage = hasAny(user, ["office", "admin"]);
  return { read: inUnit || hasAny(user, READS_ALL_FINDINGS), manage, report: inUnit };
}

/** A finding with the user's access; 404 when the user may not read it. */
export async function findingFor(db: Db, user: UserRow, findingId: number) {
  const finding = await db.selectFrom("findings").selectAll().where("id", "=", findingId).executeTakeFirst();
  const access = finding ? await findingAccess(db, user, finding) : null;
  if (!finding || !access?.read) throw errors.notFound("FINDING_NOT_FOUND", "找不到该督导问题");
  return { finding, access };
}

/** The findings a list shows the user: the bureaus' whole lists for those who read them all, else their unit's. */
export async function findingListScope(db: Db, user: UserRow): Promise<{ orgIds: number[]; unitId: number | null } | null> {
  if (hasAny(user, READS_ALL_FINDINGS)) return { orgIds: await workReadOrgs(db, user), unitId: null };
  if (user.unit_id != null && hasAny(user, UNIT_ROLES)) return { orgIds: [user.org_id], unitId: user.unit_id };
  return null;
}

export async function findingFileFor(db: Db, user: UserRow, fileId: number) {
  const file = await db.selectFrom("finding_files").selectAll().where("id", "=", fileId).executeTakeFirst();
  if (!file) throw errors.notFound("FINDING_FILE_NOT_FOUND", "找不到该材料");
  const scoped = await findingFor(db, user, file.finding_id).catch((e) => {
    throw e.status === 404 ? errors.notFound("FINDING_FILE_NOT_FOUND", "找不到该材料") : e;
  });
  return { file, ...scoped };
}

// ---- bulletins -----------------------------------------------------------------------------------

/** Who reads a bureau's bulletins before they are published: those who write, approve or oversee them. */
const READS_BULLETIN_DRAFTS: readonly Role[] = [...OVERSEERS, "leader"];

/**
 * Office and admin generate, edit and publish their bureau's bulletins; leaders and the director
 * approve them; everyone of the bureau reads the published ones. Bureaus above: director and viewer
 * read the published ones (roll-up).
 */
export async function bulletinAccess(db: Db, user: UserRow, b: Pick<BulletinRow, "org_id" | "state">): Promise<BulletinAccess> {
  const relation = await relationTo(db, user, b.org_id);
  const none = { read: false, manage: false, approve: false };
  if (relation === "none") return none;
  if (relation === "below") return { ...none, read: b.state === "published" && hasAny(user, READS_WORK_BELOW) };
  return {
    read: b.state === "published" || hasAny(user, READS_BULLETIN_DRAFTS),
    manage: hasAny(user, ["office", "admin"]),
    approve: hasAny(user, ["leader", "director"]),
  };
}

export async function bulletinFor(db: Db, user: UserRow, bulletinId: number) {
  const bulletin = await db.selectFrom("bulletins").selectAll().where("id", "=", bulletinId).executeTakeFirst();
  const access = bulletin ? await bulletinAccess(db, user, bulletin) : null;
  if (!bulletin || !access?.read) throw errors.notFound("BULLETIN_NOT_FOUND", "找不到该通报");
  return { bulletin, access };
}

/** The bulletins a list shows: all of the own bureau to those who read drafts, else the published; published ones below for roll-up readers. */
export async function bulletinListScope(db: Db, user: UserRow): Promise<{ allOf: number[]; publishedOf: number[] }> {
  const below = await workBelowOrgs(db, user);
  return hasAny(user, READS_BULLETIN_DRAFTS) ? { allOf: [user.org_id], publishedOf: below } : { allOf: [], publishedOf: [user.org_id, ...below] };
}

// ---- assessment ----------------------------------------------------------------------------------

/** Who reads the whole ranking of their bureau: the overseers and the leaders. */
const READS_ALL_SCORES: readonly Role[] = [...OVERSEERS, "leader"];

/**
 * The assessment the user reads: their own bureau's, every unit for the overseers and leaders, their
 * own unit's score only for a unit account (an account without a unit: no unit's; -1 matches none).
 */
export function assessmentScopeOf(user: UserRow): { orgId: number; unitId: number | null } {
  if (hasAny(user, READS_ALL_SCORES)) return { orgId: user.org_id, unitId: null };
  return { orgId: user.org_id, unitId: user.unit_id != null && hasAny(user, UNIT_ROLES) ? user.unit_id : -1 };
}

// ---- 督办: 签收, 延期申请, 办结 (issue 11) ------------------------------------------------------------

const NO_SUPERVISION: TaskSupervisionAccess = { signFor: [], signOnBehalf: [], signAs: null, request: false, decide: false, declare: false, close: false, reopen: false };

/**
 * What the user may do about a task's supervision: a member of a lead or co unit signs (签收) for
 * its unit and asks for an extension; the task's leader or the director decides extensions; the lead
 * unit's head declares the task done; the task's leader, the director or the office closes it (办结)
 * and reopens it. A lead or co unit without accounts is signed for (代签) by the office or by a member
 * of the task's liaison unit. Bureaus above read only.
 */
export async function taskSupervisionAccess(db: Db, user: UserRow, taskId: number, plan: PlanRow): Promise<{ read: boolean; access: TaskSupervisionAccess }> {
  const relation = await relationTo(db, user, plan.org_id);
  if (relation === "none") return { read: false, access: NO_SUPERVISION };
  if (relation === "below") return { read: hasAny(user, READS_WORK_BELOW), access: NO_SUPERVISION };
  const roles = rolesOf(user);
  const units = await db.selectFrom("task_units").select(["unit_id", "role"]).where("task_id", "=", taskId).execute();
  const member = user.unit_id != null && hasAny(user, UNIT_ROLES);
  const mine = member ? units.filter((u) => u.unit_id === user.unit_id && (u.role === "lead" || u.role === "co")) : [];
  const isLead = mine.some((u) => u.role === "lead");
  const signed = mine.length
    ? await db.selectFrom("task_signoffs").select("unit_id").where("task_id", "=", taskId).where("unit_id", "=", user.unit_id!).executeTakeFirst()
    : undefined;
  const isTaskLeader = !!(await db.selectFrom("task_leaders").select("id").where("task_id", "=", taskId).where("user_id", "=", user.id).executeTakeFirst());
  // 代签: the office, or a member of the task's liaison unit, for lead and co units nobody can log in as.
  const liaison = member ? units.find((u) => u.role === "liaison" && u.unit_id === user.unit_id) : undefined;
  const office = roles.includes("office");
  let onBehalf: number[] = [];
  let signAs: TaskSupervisionAccess["signAs"] = null;
  if (office || liaison) {
    const responsible = [...new Set(units.filter((u) => (u.role === "lead" || u.role === "co") && u.unit_id != null && u.unit_id !== user.unit_id).map((u) => u.unit_id!))];
    const accounts = await unitAccounts(db, responsible);
    const signedUnits = responsible.length
      ? new Set((await db.selectFrom("task_signoffs").select("unit_id").where("task_id", "=", taskId).where("unit_id", "in", responsible).execute()).map((r) => r.unit_id))
      : new Set<number>();
    onBehalf = responsible.filter((u) => accounts.get(u) === "none" && !signedUnits.has(u));
    if (liaison) signAs = { unitId: liaison.unit_id!, name: (await db.selectFrom("units").select("name").where("id", "=", liaison.unit_id!).executeTakeFirstOrThrow()).name };
  }
  const closeRight = isTaskLeader || hasAny(user, ["director", "office", "admin"]);
  return {
    read: true,
    access: {
      signFor: [...(mine.length && !signed ? [user.unit_id!] : []), ...onBehalf],
      signOnBehalf: onBehalf,
      signAs,
      request: mine.length > 0,
      decide: isTaskLeader || roles.includes("director"),
      declare: isLead && roles.includes("unit_head"),
      close: closeRight,
      reopen: closeRight,
    },
  };
}

/** A task with its plan and the user's supervision access; 404 when the user may not read it. */
export async function taskFor(db: Db, user: UserRow, taskId: number) {
  const task = await db.selectFrom("tasks").selectAll().where("id", "=", taskId).executeTakeFirst();
  const plan = task && (await db.selectFrom("plans").selectAll().where("id", "=", task.plan_id).executeTakeFirst());
  const scoped = plan ? await taskSupervisionAccess(db, user, task!.id, plan) : { read: false, access: NO_SUPERVISION };
  if (!task || !plan || !scoped.read) throw errors.notFound("TASK_NOT_FOUND", "找不到该任务");
  return { task, plan, access: scoped.access };
}

/** An extension request through its task. */
export async function extensionFor(db: Db, user: UserRow, extensionId: number) {
  const ext = await db.selectFrom("extension_requests").selectAll().where("id", "=", extensionId).executeTakeFirst();
  if (!ext) throw errors.notFound("EXTENSION_NOT_FOUND", "找不到该延期申请");
  const scoped = await taskFor(db, user, ext.task_id).catch((e) => {
    throw e.status === 404 ? errors.notFound("EXTENSION_NOT_FOUND", "找不到该延期申请") : e;
  });
  return { ext, ...scoped };
}
