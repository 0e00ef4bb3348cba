// Plans and tasks → API JSON.
import type { PlanRow } from "../db/schema.js";
import type { LoadedTask } from "../commands/plans/task-store.js";
import type { LeadProgress, TaskProgress } from "../commands/rounds/progress.js";
import type { MyTask } from "../commands/plans/my-tasks.js";
import type { TaskSupervision } from "../commands/supervision/supervision.js";
import { taskLight } from "../../shared/supervision.js";
import { deadlineEnd } from "../../shared/tasks.js";
import { MY_ROLES } from "../../shared/plans.js";
import type { LedgerTask, ListedMilestone, MilestoneSummary, MyRole, MyTask as MyTaskRow, Plan, Task, TaskProvenance, TaskStatus } from "../../shared/plans.js";

export function presentPlan(p: PlanRow, extra: { taskCount?: number } = {}): Plan {
  return {
    id: p.id,
    orgId: p.org_id,
    title: p.title,
    year: p.year,
    docNumber: p.doc_number,
    issuer: p.issuer,
    issuedOn: p.issued_on,
    region: p.region,
    status: p.status,
    sections: JSON.parse(p.sections) as { no: string; title: string }[],
    warnings: JSON.parse(p.warnings) as string[],
    sourceFormat: p.source_format,
    fileName: p.file_name,
    hasFile: p.file_name != null,
    metaProvenance: JSON.parse(p.meta_provenance),
    rhythm: p.rhythm,
    openDay: p.open_day,
    dueDay: p.due_day,
    createdAt: p.created_at,
    publishedAt: p.published_at,
    archivedAt: p.archived_at,
    version: p.version,
    ...(extra.taskCount !== undefined ? { taskCount: extra.taskCount } : {}),
  };
}

/** `today`: the app clock's Asia/Shanghai day (localDay(nowOf(ctx))), never the machine's. */
export function milestoneState(by: string, today: string): "due" | "overdue" {
  return deadlineEnd(by) < today ? "overdue" : "due";
}

/** `today`: the app clock's Asia/Shanghai day (localDay(nowOf(ctx))) — overdue milestones follow it. */
export function presentTask(t: LoadedTask, today: string, progress?: TaskProgress, sup?: TaskSupervision): Task {
  const milestones = t.milestones.map((m) => {
    const doneOn = progress?.milestonesDone.get(m.id) ?? null;
    return { ...m, doneOn, state: doneOn ? ("done" as const) : milestoneState(m.by, today) };
  });
  const targets = t.targets.map((x) => {
    const tp = progress?.targets.get(x.id);
    return { ...x, latest: tp?.latest ?? null, assessment: tp?.assessment ?? null, points: tp?.points ?? [] };
  });
  return {
    id: t.id,
    planId: t.planId,
    position: t.position,
    no: t.no,
    section: t.sectionNo,
    sectionTitle: t.sectionTitle,
    title: t.title,
    body: t.body,
    lead: t.lead,
    co: t.co,
    liaison: t.liaison,
    leaders: t.leaders,
    measures: t.measures,
    targets,
    milestones,
    status: (progress?.status ?? null) as TaskStatus | null,
    statusLabel: progress?.statusLabel ?? null,
    latestPeriod: progress?.latestPeriod ?? null,
    hasOverdueMilestone: milestones.some((m) => m.state === "overdue"),
    closure: t.closure,
    ...(sup ? supervisionFields(t, milestones, progress, sup) : {}),
    confidence: t.confidence,
    provenance: t.provenance as TaskProvenance,
    version: t.version,
    updatedAt: t.updatedAt,
  };
}

/** A row of the ledger screen (台账, `?view=list`): the task without what only the task page and the review
 * screen read — body, measures, provenance, confidence, source texts and spans, target series. */
export function presentLedgerTask(full: Task): LedgerTask {
  const { body: _body, measures: _measures, provenance: _provenance, confidence: _confidence, ...rest } = full;
  return {
    ...rest,
    targets: full.targets.map((x) => ({ id: x.id, metric: x.metric, op: x.op, value: x.value, unit: x.unit, latest: x.latest, assessment: x.assessment })),
    milestones: full.milestones.map((m) => ({ id: m.id, what: m.what, by: m.by, doneOn: m.doneOn, state: m.state })),
  };
}

/** A row of 我的任务 (MyTasksTable): only what that list shows — no
 * body, measures, targets with their series, co/liaison units, provenance, the closure's who/when or each
 * unit's 签收 details (the task page loads them). */
export function presentMyTask(t: MyTask, today: string, progress: LeadProgress | undefined, sup: TaskSupervision, extra: { myRoles: MyRole[] }): MyTaskRow {
  const milestones = t.milestones.map((m) => {
    const doneOn = progress?.milestonesDone.get(m.id) ?? null;
    return { id: m.id, by: m.by, doneOn, state: doneOn ? ("done" as const) : milestoneState(m.by, today) };
  });
  const s = supervisionFields(t, milestones, progress, sup);
  return {
    id: t.id,
    planId: t.planId,
    no: t.no,
    title: t.title,
    planTitle: t.planTitle,
    myRoles: extra.myRoles,
    lead: t.lead,
    leaders: t.leaders.map((l) => ({ name: l.name, userId: l.userId })),
    milestoneSummary: summarizeMilestones(milestones),
    hasOverdueMilestone: milestones.some((m) => m.state === "overdue"),
    status: (progress?.status ?? null) as TaskStatus | null,
    statusLabel: progress?.statusLabel ?? null,
    closure: { state: t.closure.state },
    light: s.light,
    lightReason: s.lightReason,
    signoffCount: s.signoffs.length,
    unsigned: s.unsigned,
  };
}

/** 我的职责 of a 我的任务 row: the roles of the user's unit on the task, and leader when the user leads it. */
export function myRolesOf(t: Pick<MyTask, "lead" | "co" | "liaison" | "leaders">, who: { userId: number; unitId: number | null }): MyRole[] {
  return [
    ...MY_ROLES.filter((r): r is Exclude<MyRole, "leader"> => r !== "leader").filter((r) => who.unitId != null && t[r].some((u) => u.unitId === who.unitId)),
    ...(t.leaders.some((l) => l.userId === who.userId) ? ["leader" as const] : []),
  ];
}

/** A task's milestones as a list shows them (GET /api/tasks/:id/milestones), by deadline. */
export function presentListedMilestones(rows: { id: number; what: string; by: string }[], progress: Pick<LeadProgress, "milestonesDone"> | undefined, today: string): ListedMilestone[] {
  return rows
    .map((m) => {
      const doneOn = progress?.milestonesDone.get(m.id) ?? null;
      return { id: m.id, what: m.what, by: m.by, doneOn, state: doneOn ? ("done" as const) : milestoneState(m.by, today) };
    })
    .sort((a, b) => deadlineEnd(a.by).localeCompare(deadlineEnd(b.by)));
}

/** The list's summary of milestones (counts and the next one: the earliest overdue, else the earliest still due). */
export function summarizeMilestones(milestones: Pick<ListedMilestone, "id" | "by" | "state">[]): MilestoneSummary {
  const sorted = [...milestones].sort((a, b) => deadlineEnd(a.by).localeCompare(deadlineEnd(b.by)));
  const next = sorted.find((m) => m.state === "overdue") ?? sorted.find((m) => m.state === "due") ?? null;
  return {
    total: milestones.length,
    done: milestones.filter((m) => m.state === "done").length,
    next: next ? { id: next.id, by: next.by, state: next.state as "due" | "overdue" } : null,
  };
}

/** 签收 state, pending 延期申请 and the 红黄绿灯 (src/shared/supervision.ts), from what the lists loaded. */
function supervisionFields(t: Pick<LoadedTask, "lead" | "co" | "closure">, milestones: { by: string; doneOn: string | null }[], progress: Pick<TaskProgress, "status"> | undefined, sup: TaskSupervision) {
  // Lead first, then co; a unit named twice signs once.
  const units = [...t.lead, ...t.co].filter((u, i, all) => u.unitId != null && all.findIndex((x) => x.unitId === u.unitId) === i);
  const signoffs = units.map((u) => ({ unitId: u.unitId!, name: u.name, signedAt: sup.signed.get(u.unitId!)?.at ?? null, signedBy: sup.signed.get(u.unitId!)?.by ?? null, proxy: sup.signed.get(u.unitId!)?.proxy ?? null }));
  const { light, reason } = taskLight({
    closure: t.closure.state,
    milestones: milestones.map((m) => ({ by: m.by, done: !!m.doneOn })),
    report: sup.report,
    status: (progress?.status ?? null) as TaskStatus | null,
    today: sup.today,
  });
  return {
    light, lightReason: reason,
    signoffs,
    unsigned: signoffs.filter((s) => !s.signedAt).map((s) => s.name),
    pendingExtensions: sup.pendingExtensions,
  };
}
