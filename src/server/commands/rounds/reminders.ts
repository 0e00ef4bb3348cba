// Reminders (催办): before the due day, on it, and daily when overdue; after a grace period
// they also go to the task's leaders. In-app notices plus, where configured, group robots and
// e-mail through the outbox. Dedupe keys make every reminder happen once per day, whichever
// instance runs it.
import { createHash } from "node:crypto";
import type { Kysely } from "kysely";
import type { DB, PlanRow } from "../../db/schema.js";
import type { Database } from "../../db/connection.js";
import { inTransaction, type Tx } from "../../db/transaction.js";
import { daysBetween, localDay } from "../../clock.js";
import { SYSTEM_ACTOR, writeAudit, type Actor } from "../audit.js";
import type { RoundRow } from "./rounds.js";
import { notify } from "./notify.js";
import { filersOf, proxyLabel, reportUsers } from "./filers.js";
import { periodLabel } from "./periods.js";
import { DEFAULT_CHANNELS, DEFAULT_REMINDERS, readSetting, type ChannelSettings, type ReminderSettings } from "./settings.js";
import { enqueue } from "./outbox.js";

type Kind = "before" | "due" | "overdue" | "manual";

const KIND_TEXT: Record<Kind, (round: RoundRow, days: number) => string> = {
  before: (r, d) => `${periodLabel(r.period)}进展调度将于 ${r.due_on} 截止（还有 ${d} 天）`,
  due: (r) => `${periodLabel(r.period)}进展调度今天（${r.due_on}）截止`,
  overdue: (r, d) => `${periodLabel(r.period)}进展调度已逾期 ${-d} 天（截止 ${r.due_on}）`,
  manual: (r) => `办公室催办：${periodLabel(r.period)}进展调度请尽快报送（截止 ${r.due_on}）`,
};

async function lateReports(tx: Kysely<DB>, roundId: number, only: number[] | null) {
  let q = tx
    .selectFrom("reports")
    .innerJoin("tasks", "tasks.id", "reports.task_id")
    .innerJoin("units", "units.id", "reports.unit_id")
    .select(["reports.id", "reports.unit_id", "reports.task_id", "reports.state", "tasks.no", "tasks.title", "units.name as unit_name"])
    .where("reports.round_id", "=", roundId)
    .where("reports.state", "in", ["draft", "returned"])
    // A co-unit is no longer chased once the lead unit has sent the task's report on.
    .where((eb) =>
      eb.or([
        eb("reports.role", "=", "lead"),
        eb.not(eb.exists(eb.selectFrom("reports as lead").select("lead.id").whereRef("lead.round_id", "=", "reports.round_id").whereRef("lead.task_id", "=", "reports.task_id").where("lead.role", "=", "lead").where("lead.state", "in", ["submitted", "approved"]))),
      ]),
    );
  if (only) q = q.where("reports.id", "in", only.length ? only : [-1]);
  return q.execute();
}

async function remind(tx: Tx, plan: PlanRow, round: RoundRow, kind: Kind, now: Date, only: number[] | null, settings: ReminderSettings, channels: ChannelSettings) {
  const today = localDay(now);
  const days = daysBetween(today, round.due_on);
  const late = await lateReports(tx, round.id, only);
  const title = KIND_TEXT[kind](round, days);
  let notices = 0, reminded = 0, skipped = 0, noRecipients = 0;
  const stamp = kind === "manual" ? now.toISOString().slice(0, 13) : today; // manual: at most once an hour
  // A unit without accounts is chased through whoever files for it (its liaison unit, or the office).
  const filers = await filersOf(tx, late);
  // One bell item per person and reminder (a digest): a clerk with 8 late reports gets one notice
  // listing them, not 8. A single report keeps its own link.
  const perUser = new Map<number, { r: (typeof late)[number]; proxy: string | null }[]>();
  const withRecipients: number[] = [];
  for (const r of late) {
    const filer = filers.get(r.id)!;
    const recipients = await reportUsers(tx, plan.org_id, r, filer);
    const proxy = proxyLabel(filer, r.unit_name);
    if (!recipients.length) noRecipients++;
    else withRecipients.push(r.id);
    for (const u of recipients) perUser.set(u, [...(perUser.get(u) ?? []), { r, proxy }]);
    if (kind === "overdue" && -days >= settings.escalateAfterDays) {
      const leaders = (await tx.selectFrom("task_leaders").select("user_id").where("task_id", "=", r.task_id).where("user_id", "is not", null).execute()).map((l) => l.user_id!);
      notices += await notify(tx, leaders, {
        kind: "remind.escalated", title: `逾期提醒：${r.unit_name}未报送 ${r.no} ${r.title}`,
        body: `${title}。该单位已逾期 ${-days} 天，请督促。`, link: `/reports/${r.id}`, dedupe: `escalate:${r.id}:${stamp}`,
      }, now);
    }
  }
  const remindedIds = new Set<number>();
  for (const [userId, items] of perUser) {
    const ids = items.map((i) => i.r.id).sort((a, b) => a - b);
    const first = items[0]!;
    const one = items.length === 1;
    const sent = await notify(tx, [userId], one
      ? {
          kind: `remind.${kind}`, title, body: `《${plan.title}》${first.r.no} ${first.r.title}：${first.proxy ? `${first.proxy}的报告` : "本单位报告"}尚未提交。`,
          link: `/reports/${first.r.id}`, dedupe: `remind:${first.r.id}:${kind}:${stamp}`,
        }
      : {
          kind: `remind.${kind}`, title: `${title}（${items.length} 项）`,
          body: `《${plan.title}》尚未提交的报告：${items.map((i) => `${i.r.no} ${i.r.title}${i.proxy ? `（${i.proxy}）` : ""}`).join("；")}。`,
          link: "/", dedupe: `remind:${round.id}:${kind}:${stamp}:${createHash("sha1").update(ids.join(",")).digest("hex").slice(0, 16)}`,
        }, now);
    notices += sent;
    if (sent) for (const id of ids) remindedIds.add(id);
  }
  // What happened to each late report: reminded now, already reminded (this hour / today), or nobody to remind.
  for (const id of withRecipients) {
    if (remindedIds.has(id)) reminded++;
    else skipped++;
  }
  if (late.length) {
    const byUnit = new Map<string, number>();
    for (const r of late) byUnit.set(r.unit_name, (byUnit.get(r.unit_name) ?? 0) + 1);
    const list = [...byUnit].map(([u, n]) => `${u}（${n}项）`).join("、");
    const text = `【督办提醒】《${plan.title}》${title}。尚未报送：${list}。`;
    if (channels.dingtalk.enabled && channels.dingtalk.webhook) await enqueue(tx, "dingtalk", { orgId: plan.org_id, text }, `dingtalk:${round.id}:${kind}:${stamp}`, now);
    if (channels.wecom.enabled && channels.wecom.webhook) await enqueue(tx, "wecom", { orgId: plan.org_id, text }, `wecom:${round.id}:${kind}:${stamp}`, now);
    if (channels.email.enabled && channels.email.host) {
      const unitIds = [...new Set(late.map((r) => r.unit_id))];
      const users = unitIds.length ? await tx.selectFrom("users").select(["id", "email", "name", "unit_id", "roles"]).where("unit_id", "in", unitIds).where("active", "=", 1).execute() : [];
      for (const u of users) {
        if (!u.email || !(JSON.parse(u.roles) as string[]).some((x) => x === "unit_staff" || x === "unit_head")) continue;
        const mine = late.filter((r) => r.unit_id === u.unit_id).map((r) => `${r.no} ${r.title}`);
        await enqueue(tx, "email", { orgId: plan.org_id, to: u.email, subject: `【督办提醒】${title}`, text: `${u.name}：\n\n《${plan.title}》${title}。贵单位尚未提交的报告：\n${mine.join("\n")}\n\n请登录督办系统填报。` }, `email:${round.id}:${u.id}:${kind}:${stamp}`, now);
      }
    }
  }
  return { reports: reminded, skipped, noRecipients, late: late.length, notices };
}

/** The office's bulk reminder on a round (催办). */
export async function remindRound(tx: Tx, actor: Actor, plan: PlanRow, round: RoundRow, reportIds: number[] | null, now: Date) {
  const settings = await readSetting(tx, plan.org_id, "reminders", DEFAULT_REMINDERS);
  const channels = await readSetting(tx, plan.org_id, "channels", DEFAULT_CHANNELS);
  const result = await remind(tx, plan, round, "manual", now, reportIds, settings, channels);
  await writeAudit(tx, actor, { action: "round.remind", entity: "round", entityId: round.id, after: result });
  return result;
}

/** The daily reminder job over every open round. */
export async function runReminders(database: Database, now: Date) {
  const today = localDay(now);
  const rounds = await database.db.selectFrom("rounds").selectAll().where("state", "=", "open").execute();
  let notices = 0;
  for (const round of rounds) {
    const plan = await database.db.selectFrom("plans").selectAll().where("id", "=", round.plan_id).executeTakeFirstOrThrow();
    if (plan.status !== "published") continue; // an archived plan's rounds chase nobody
    const settings = await readSetting(database.db, plan.org_id, "reminders", DEFAULT_REMINDERS);
    const days = daysBetween(today, round.due_on);
    const kind: Kind | null = days === settings.beforeDays ? "before" : days === 0 ? "due" : days < 0 ? "overdue" : null;
    if (!kind) continue;
    const channels = await readSetting(database.db, plan.org_id, "channels", DEFAULT_CHANNELS);
    const r = await inTransaction(database, (tx) => remind(tx, plan, round, kind, now, null, settings, channels));
    notices += r.notices;
  }
  if (notices) await inTransaction(database, (tx) => writeAudit(tx, SYSTEM_ACTOR, { action: "reminders.run", entity: "job", entityId: "reminders", after: { notices, day: today } }));
  return { notices };
}
