// Reporting rounds (调度): created per period, opened (one report per task and responsible unit),
// closed by the office.
import type { Selectable } from "kysely";
import type { PlanRow, RoundTable } from "../../db/schema.js";
import type { Tx } from "../../db/transaction.js";
import { errors } from "../../errors.js";
import { updateVersioned } from "../../db/versioned.js";
import { localDay } from "../../clock.js";
import { writeAudit, type Actor } from "../audit.js";
import { checkRoundDates, defaultDates, periodLabel, periodMatchesRhythm, PERIOD_PATTERN, RHYTHM_LABELS, type Rhythm } from "./periods.js";
import { isCalendarDay } from "../../../shared/dates.js";
import { notify } from "./notify.js";
import { filersOf, filerUsers, type FilerReport } from "./filers.js";
import { reindex } from "../search/store.js";
import { notClosed } from "../supervision/open-tasks.js";

export type RoundRow = Selectable<RoundTable>;

function assertDates(period: string, opensOn: string, dueOn: string) {
  for (const [field, day] of [["opensOn", opensOn], ["dueOn", dueOn]] as const) {
    if (!isCalendarDay(day)) throw errors.validation(`${day} 不是有效的日期`, [{ field, message: "不是有效的日期" }]);
  }
  const problem = checkRoundDates(period, opensOn, dueOn);
  if (problem) throw errors.validation(problem, [{ field: dueOn < opensOn || problem.startsWith("截止") ? "dueOn" : "opensOn", message: problem }]);
}

export async function getRound(tx: Tx, orgIds: number[], id: number): Promise<{ round: RoundRow; plan: PlanRow }> {
  const round = await tx.selectFrom("rounds").selectAll().where("id", "=", id).executeTakeFirst();
  const plan = round && (await tx.selectFrom("plans").selectAll().where("id", "=", round.plan_id).executeTakeFirst());
  if (!round || !plan || !orgIds.includes(plan.org_id)) throw errors.notFound("ROUND_NOT_FOUND", "找不到该调度轮次");
  return { round, plan };
}

export async function createRound(tx: Tx, actor: Actor, plan: PlanRow, input: { period: string; opensOn?: string; dueOn?: string }, now: Date) {
  if (plan.status !== "published") throw errors.conflict("PLAN_NOT_PUBLISHED", "工作方案发布后才能开展调度");
  if (!PERIOD_PATTERN.test(input.period)) throw errors.validation("调度周期格式应为 2026-03（月）、2026-03-1（半月）或 2026-Q1（季度）");
  const rhythm = plan.rhythm as Rhythm;
  if (!periodMatchesRhythm(input.period, rhythm)) {
    const example = rhythm === "quarterly" ? "2026-Q1" : rhythm === "biweekly" ? "2026-03-1（上半月）或 2026-03-2（下半月）" : "2026-03";
    throw errors.validation(`该方案${RHYTHM_LABELS[rhythm]}调度一次，调度周期应写作 ${example}`, [{ field: "period", message: `调度周期应为${RHYTHM_LABELS[rhythm]}一期` }]);
  }
  const dates = defaultDates(input.period, plan.open_day, plan.due_day);
  const opensOn = input.opensOn ?? dates.opensOn;
  const dueOn = input.dueOn ?? dates.dueOn;
  assertDates(input.period, opensOn, dueOn);
  if (await tx.selectFrom("rounds").select("id").where("plan_id", "=", plan.id).where("period", "=", input.period).executeTakeFirst()) {
    throw errors.conflict("ROUND_EXISTS", `${periodLabel(input.period)}的调度已存在`);
  }
  const round = await tx
    .insertInto("rounds")
    .values({ plan_id: plan.id, period: input.period, opens_on: opensOn, due_on: dueOn, state: "scheduled", opened_at: null, closed_at: null, version: 1, created_at: now.toISOString() })
    .returningAll()
    .executeTakeFirstOrThrow();
  await writeAudit(tx, actor, { action: "round.create", entity: "round", entityId: round.id, after: { planId: plan.id, period: round.period, opensOn, dueOn } });
  if (opensOn <= localDay(now)) return openRound(tx, actor, plan, round, now);
  return round;
}

/** Creates one report per task and responsible unit (lead and co), starting from last round's text. */
export async function openRound(tx: Tx, actor: Actor, plan: PlanRow, round: RoundRow, now: Date): Promise<RoundRow> {
  if (round.state !== "scheduled") throw errors.conflict("ROUND_NOT_SCHEDULED", round.state === "open" ? "该调度已开始" : "该调度已结束");
  const claimed = await tx.updateTable("rounds").set({ state: "open", opened_at: now.toISOString(), version: round.version + 1 }).where("id", "=", round.id).where("state", "=", "scheduled").returningAll().executeTakeFirst();
  if (!claimed) throw errors.stale();
  const tasks = await tx.selectFrom("tasks").select(["id"]).where("plan_id", "=", plan.id).where(notClosed).execute();
  const taskIds = tasks.map((t) => t.id);
  const units = taskIds.length
    ? await tx.selectFrom("task_units").select(["task_id", "unit_id", "role"]).where("task_id", "in", taskIds).where("role", "in", ["lead", "co"]).where("unit_id", "is not", null).orderBy("position").execute()
    : [];
  const previous = await previousTexts(tx, plan.id, round);
  const seen = new Set<string>();
  const at = now.toISOString();
  const created: FilerReport[] = [];
  for (const u of units) {
    const key = `${u.task_id}:${u.unit_id}`;
    if (seen.has(key)) continue; // a unit named as lead and co reports once, as lead (lead comes first)
    seen.add(key);
    const prev = previous.get(key) ?? "";
    const row = await tx
      .insertInto("reports")
      .values({
        round_id: round.id, task_id: u.task_id, unit_id: u.unit_id!, role: u.role === "lead" ? "lead" : "co", state: "draft",
        text: prev, status: null, problems: "", next_steps: "", previous_text: prev, submitted_by: null, submitted_at: null,
        decided_by: null, decided_at: null, comment: null, editors: "[]", version: 1, updated_at: at,
      })
      .returning(["id", "task_id", "unit_id"])
      .executeTakeFirstOrThrow();
    created.push(row);
  }
  await reindex(tx, "report", created.map((r) => r.id));
  await notifyRoundOpen(tx, plan, round, created, taskIds, now);
  await writeAudit(tx, actor, { action: "round.open", entity: "round", entityId: round.id, after: { reports: seen.size } });
  return claimed;
}

/**
 * 调度已开始, to whoever files each report: a unit for its own reports; a liaison unit for the
 * reports it files on behalf of units without accounts and for the tasks it follows; the office
 * for what nobody else can file.
 */
async function notifyRoundOpen(tx: Tx, plan: PlanRow, round: RoundRow, reports: FilerReport[], taskIds: number[], now: Date) {
  const filers = await filersOf(tx, reports);
  const names = new Map((reports.length ? await tx.selectFrom("units").select(["id", "name"]).where("id", "in", [...new Set(reports.map((r) => r.unit_id))]).execute() : []).map((u) => [u.id, u.name]));
  const own = new Set<number>();
  const forUnit = new Map<number, Set<string>>(); // liaison unit → units it files for
  const forOffice = new Set<string>();
  for (const r of reports) {
    const f = filers.get(r.id)!;
    if (f.kind === "self" || f.accounts === "no_head") own.add(r.unit_id); // staff without a head still write
    else if (f.kind === "liaison") forUnit.set(f.unitId!, (forUnit.get(f.unitId!) ?? new Set()).add(names.get(r.unit_id) ?? ""));
    else forOffice.add(names.get(r.unit_id) ?? "");
  }
  const following = taskIds.length
    ? await tx.selectFrom("task_units").select(["unit_id", "task_id"]).where("task_id", "in", taskIds).where("role", "=", "liaison").where("unit_id", "is not", null).execute()
    : [];
  const followed = new Map<number, Set<number>>();
  for (const f of following) followed.set(f.unit_id!, (followed.get(f.unit_id!) ?? new Set()).add(f.task_id));
  const due = `请于 ${round.due_on} 前填报`;
  const title = `${periodLabel(round.period)}进展调度已开始`;
  for (const unitId of new Set([...own, ...forUnit.keys(), ...followed.keys()])) {
    const parts: string[] = [];
    if (own.has(unitId)) parts.push(`${due}本单位负责任务的进展情况。`);
    const represented = forUnit.get(unitId);
    if (represented) parts.push(`以下单位没有账号，由本单位代报：${[...represented].join("、")}。`);
    const tasks = followed.get(unitId);
    if (tasks && !own.has(unitId)) parts.push(`本单位是 ${tasks.size} 项任务的牵头联络股室，可在调度中查看其报告。`);
    const users = await filerUsers(tx, plan.org_id, { kind: "liaison", unitId, unitName: null, accounts: "ok" });
    await notify(tx, users, { kind: "round.open", title, body: `《${plan.title}》${parts.join("")}`, link: `/rounds/${round.id}`, dedupe: `round-open:${round.id}:${unitId}` }, now);
  }
  if (forOffice.size) {
    const users = await filerUsers(tx, plan.org_id, { kind: "office", unitId: null, unitName: null, accounts: "none" });
    await notify(tx, users, {
      kind: "round.open-office", title: `${title}：${forOffice.size} 个单位需办公室代报`,
      body: `《${plan.title}》以下单位没有账号、任务也没有可代报的牵头联络股室：${[...forOffice].join("、")}。请为其创建账号，或由办公室代为填报。`,
      link: `/rounds/${round.id}`, dedupe: `round-open:${round.id}:office`,
    }, now);
  }
}

/** The latest earlier report text of each task and unit, to start the new draft from. */
async function previousTexts(tx: Tx, planId: number, round: RoundRow): Promise<Map<string, string>> {
  const rows = await tx
    .selectFrom("reports")
    .innerJoin("rounds", "rounds.id", "reports.round_id")
    .select(["reports.task_id", "reports.unit_id", "reports.text", "rounds.period"])
    .where("rounds.plan_id", "=", planId)
    .where("rounds.period", "<", round.period)
    .orderBy("rounds.period")
    .execute();
  const out = new Map<string, string>();
  for (const r of rows) if (r.text.trim()) out.set(`${r.task_id}:${r.unit_id}`, r.text);
  return out;
}

export async function closeRound(tx: Tx, actor: Actor, round: RoundRow, now: Date) {
  if (round.state === "closed") throw errors.conflict("ROUND_CLOSED", "该调度已结束");
  const closed = await tx.updateTable("rounds").set({ state: "closed", closed_at: now.toISOString(), version: round.version + 1 }).where("id", "=", round.id).returningAll().executeTakeFirstOrThrow();
  const counts = await tx.selectFrom("reports").select(["state", (eb) => eb.fn.countAll().as("n")]).where("round_id", "=", round.id).groupBy("state").execute();
  await writeAudit(tx, actor, { action: "round.close", entity: "round", entityId: round.id, after: Object.fromEntries(counts.map((c) => [c.state, Number(c.n)])) });
  return closed;
}

export async function rescheduleRound(tx: Tx, actor: Actor, round: RoundRow, input: { opensOn?: string; dueOn?: string; version?: number }) {
  if (round.state === "closed") throw errors.conflict("ROUND_CLOSED", "该调度已结束");
  if (input.version !== undefined && input.version !== round.version) throw errors.stale();
  const opensOn = input.opensOn ?? round.opens_on;
  const dueOn = input.dueOn ?? round.due_on;
  assertDates(round.period, opensOn, dueOn);
  if (round.state === "open" && input.opensOn && input.opensOn !== round.opens_on) throw errors.conflict("ROUND_OPEN", "调度已开始，只能修改截止日期");
  const after = await updateVersioned(tx, "rounds", round, { opens_on: opensOn, due_on: dueOn });
  await writeAudit(tx, actor, { action: "round.reschedule", entity: "round", entityId: round.id, before: { opensOn: round.opens_on, dueOn: round.due_on }, after: { opensOn, dueOn } });
  return after;
}
