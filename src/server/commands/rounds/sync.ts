// Keeps a published plan's open rounds in step with its tasks: when a task's lead or co units
// change, or a task is added, the units now responsible get a draft report and the units no
// longer responsible lose theirs — deleted while still an untouched draft, otherwise kept as
// `withdrawn` (their text stays readable; no reminder chases it). Called inside the edit's
// transaction (plan-edit.ts saveTask/createTask, and so the ledger re-import too).
import type { Tx } from "../../db/transaction.js";
import { writeAudit, type Actor } from "../audit.js";
import type { PlanRow } from "../../db/schema.js";
import { dropNoticesLinkingTo, notify, unitReporters } from "./notify.js";
import { periodLabel } from "./periods.js";
import { reindex } from "../search/store.js";
import { notClosed } from "../supervision/open-tasks.js";

export interface RoundSyncResult {
  added: number;
  deleted: number;
  withdrawn: number;
  changedRole: number;
}

export async function syncOpenRounds(tx: Tx, actor: Actor, plan: PlanRow, at: Date = new Date()): Promise<RoundSyncResult> {
  const total: RoundSyncResult = { added: 0, deleted: 0, withdrawn: 0, changedRole: 0 };
  if (plan.status !== "published") return total;
  const rounds = await tx.selectFrom("rounds").selectAll().where("plan_id", "=", plan.id).where("state", "=", "open").execute();
  if (!rounds.length) return total;
  const tasks = await tx.selectFrom("tasks").select(["id", "no", "title"]).where("plan_id", "=", plan.id).where(notClosed).execute();
  const taskIds = tasks.map((t) => t.id);
  const units = taskIds.length
    ? await tx.selectFrom("task_units").select(["task_id", "unit_id", "role"]).where("task_id", "in", taskIds).where("role", "in", ["lead", "co"]).where("unit_id", "is not", null).orderBy("position").execute()
    : [];
  // What should exist: one report per task and unit; a unit named as lead and co reports as lead.
  const wanted = new Map<string, { taskId: number; unitId: number; role: "lead" | "co" }>();
  for (const u of units.filter((x) => x.role === "lead").concat(units.filter((x) => x.role !== "lead"))) {
    const key = `${u.task_id}:${u.unit_id}`;
    if (!wanted.has(key)) wanted.set(key, { taskId: u.task_id, unitId: u.unit_id!, role: u.role === "lead" ? "lead" : "co" });
  }
  const iso = at.toISOString();
  for (const round of rounds) {
    const result: RoundSyncResult = { added: 0, deleted: 0, withdrawn: 0, changedRole: 0 };
    const existing = await tx.selectFrom("reports").selectAll().where("round_id", "=", round.id).execute();
    const byKey = new Map(existing.map((r) => [`${r.task_id}:${r.unit_id}`, r]));
    const touchedUnits = new Map<number, { added: number[]; withdrawn: number[] }>();
    const mark = (unitId: number, kind: "added" | "withdrawn", taskId: number) => {
      const e = touchedUnits.get(unitId) ?? { added: [], withdrawn: [] };
      e[kind].push(taskId);
      touchedUnits.set(unitId, e);
    };
    for (const [key, w] of wanted) {
      const r = byKey.get(key);
      if (!r) {
        const prev = await previousText(tx, plan.id, round.period, w.taskId, w.unitId);
        await tx
          .insertInto("reports")
          .values({
            round_id: round.id, task_id: w.taskId, unit_id: w.unitId, role: w.role, state: "draft",
            text: prev, status: null, problems: "", next_steps: "", previous_text: prev, submitted_by: null, submitted_at: null,
            decided_by: null, decided_at: null, comment: null, editors: "[]", version: 1, updated_at: iso,
          })
          .execute();
        result.added++;
        mark(w.unitId, "added", w.taskId);
      } else if (r.state === "withdrawn") {
        // The unit is responsible again: its kept text becomes a draft once more.
        await tx.updateTable("reports").set({ state: "draft", role: w.role, version: r.version + 1, updated_at: iso }).where("id", "=", r.id).execute();
        result.added++;
        mark(w.unitId, "added", w.taskId);
      } else if (r.role !== w.role) {
        await tx.updateTable("reports").set({ role: w.role, version: r.version + 1, updated_at: iso }).where("id", "=", r.id).execute();
        result.changedRole++;
      }
    }
    for (const r of existing) {
      if (wanted.has(`${r.task_id}:${r.unit_id}`) || r.state === "withdrawn") continue;
      // Approved and merged reports are finished work of this round: they stay as they are.
      if (r.state === "approved" || r.state === "merged") continue;
      const evidence = await tx.selectFrom("evidence_files").select("id").where("report_id", "=", r.id).executeTakeFirst();
      const untouched = r.state === "draft" && r.version === 1 && (JSON.parse(r.editors) as number[]).length === 0 && !evidence;
      if (untouched) {
        for (const table of ["report_values", "report_milestones", "report_events"] as const) await tx.deleteFrom(table).where("report_id", "=", r.id).execute();
        await tx.deleteFrom("reports").where("id", "=", r.id).execute();
        await dropNoticesLinkingTo(tx, [`/reports/${r.id}`]); // a reminder sent for it would open nothing
        await reindex(tx, "report", [r.id]);
        result.deleted++;
      } else {
        await tx.updateTable("reports").set({ state: "withdrawn", version: r.version + 1, updated_at: iso }).where("id", "=", r.id).execute();
        await tx.insertInto("report_events").values({ report_id: r.id, at: iso, actor_id: actor.id, actor_name: actor.name, action: "withdraw", comment: "任务的责任单位已调整，本单位不再报送此任务" }).execute();
        result.withdrawn++;
      }
      mark(r.unit_id, "withdrawn", r.task_id);
    }
    const changed = result.added + result.deleted + result.withdrawn + result.changedRole;
    if (!changed) continue;
    await reindex(tx, "report", (await tx.selectFrom("reports").select("id").where("round_id", "=", round.id).execute()).map((x) => x.id));
    const title = (id: number) => {
      const t = tasks.find((x) => x.id === id);
      return t ? `${t.no} ${t.title}` : `任务 ${id}`;
    };
    for (const [unitId, e] of touchedUnits) {
      const users = await unitReporters(tx, unitId);
      if (e.added.length) {
        await notify(tx, users, {
          kind: "round.task-added", title: `${periodLabel(round.period)}进展调度新增需报送的任务`,
          body: `《${plan.title}》${e.added.map(title).join("、")}：请于 ${round.due_on} 前填报。`, link: "/", dedupe: `round-sync-add:${round.id}:${unitId}:${e.added.join(",")}:${iso}`,
        }, at);
      }
      if (e.withdrawn.length) {
        await notify(tx, users, {
          kind: "round.task-withdrawn", title: `${periodLabel(round.period)}进展调度：本单位不再报送部分任务`,
          body: `《${plan.title}》${e.withdrawn.map(title).join("、")}的责任单位已调整，本单位的报告已撤销。`, link: "/", dedupe: `round-sync-withdraw:${round.id}:${unitId}:${e.withdrawn.join(",")}:${iso}`,
        }, at);
      }
    }
    await writeAudit(tx, actor, { action: "round.sync", entity: "round", entityId: round.id, after: { ...result } });
    for (const k of Object.keys(total) as (keyof RoundSyncResult)[]) total[k] += result[k];
  }
  return total;
}

async function previousText(tx: Tx, planId: number, period: string, taskId: number, unitId: number): Promise<string> {
  const rows = await tx
    .selectFrom("reports")
    .innerJoin("rounds", "rounds.id", "reports.round_id")
    .select(["reports.text"])
    .where("rounds.plan_id", "=", planId)
    .where("rounds.period", "<", period)
    .where("reports.task_id", "=", taskId)
    .where("reports.unit_id", "=", unitId)
    .orderBy("rounds.period", "desc")
    .execute();
  return rows.find((r) => r.text.trim())?.text ?? "";
}
