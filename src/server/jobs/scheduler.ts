// Scheduled jobs that are safe with several app instances: each job is a row whose lease an
// instance takes with a conditional UPDATE before running it; next_run_at survives restarts.
import { randomUUID } from "node:crypto";
import { Cron } from "croner";
import type { AppContext } from "../context.js";
import { nowOf } from "../context.js";
import { inTransaction } from "../db/transaction.js";
import { localDay } from "../clock.js";
import { SYSTEM_ACTOR } from "../commands/audit.js";
import { createRound, openRound } from "../commands/rounds/rounds.js";
import { periodOfDay, type Rhythm } from "../commands/rounds/periods.js";
import { runReminders } from "../commands/rounds/reminders.js";
import { deliverOutbox } from "../commands/rounds/outbox.js";

export interface JobDef {
  name: string;
  /** cron in Asia/Shanghai */
  cron: string;
  run(ctx: AppContext, now: Date): Promise<unknown>;
}

const LEASE_MS = 10 * 60_000;

/** Opens rounds whose day has come and creates the current period's round of every published plan. */
export async function scheduleRounds(ctx: AppContext, now: Date) {
  const db = ctx.database.db;
  const today = localDay(now);
  let opened = 0, created = 0;
  for (const round of await db.selectFrom("rounds").selectAll().where("state", "=", "scheduled").where("opens_on", "<=", today).execute()) {
    const plan = await db.selectFrom("plans").selectAll().where("id", "=", round.plan_id).executeTakeFirstOrThrow();
    if (plan.status !== "published") continue;
    await inTransaction(ctx.database, (tx) => openRound(tx, SYSTEM_ACTOR, plan, round, now)).catch(() => undefined);
    opened++;
  }
  for (const plan of await db.selectFrom("plans").selectAll().where("status", "=", "published").execute()) {
    const period = periodOfDay(today, plan.rhythm as Rhythm);
    const exists = await db.selectFrom("rounds").select("id").where("plan_id", "=", plan.id).where("period", "=", period).executeTakeFirst();
    if (exists) continue;
    // A unique (plan, period) constraint settles a race between two instances.
    const ok = await inTransaction(ctx.database, (tx) => createRound(tx, SYSTEM_ACTOR, plan, { period }, now)).then(() => true, () => false);
    if (ok) created++;
  }
  return { opened, created };
}

export const JOBS: JobDef[] = [
  { name: "rounds", cron: "5 0 * * *", run: scheduleRounds },
  { name: "reminders", cron: "0 9 * * *", run: (ctx, now) => runReminders(ctx.database, now) },
];

const nextRun = (cron: string, after: Date) => new Cron(cron, { timezone: "Asia/Shanghai" }).nextRun(after)!;

/** Runs every job whose time has come and whose lease this instance gets. */
export async function runDueJobs(ctx: AppContext, jobs: JobDef[] = JOBS, now = nowOf(ctx)): Promise<string[]> {
  const db = ctx.database.db;
  const owner = randomUUID();
  const ran: string[] = [];
  for (const job of jobs) {
    await db
      .insertInto("jobs")
      .values({ name: job.name, next_run_at: nextRun(job.cron, now).toISOString(), lease_owner: null, lease_until: null, last_run_at: null, last_error: null })
      .onConflict((oc) => oc.column("name").doNothing())
      .execute();
    const claimed = await db
      .updateTable("jobs")
      .set({ lease_owner: owner, lease_until: new Date(now.getTime() + LEASE_MS).toISOString() })
      .where("name", "=", job.name)
      .where("next_run_at", "<=", now.toISOString())
      .where((eb) => eb.or([eb("lease_until", "is", null), eb("lease_until", "<", now.toISOString())]))
      .executeTakeFirst();
    if (Number(claimed.numUpdatedRows) !== 1) continue;
    let error: string | null = null;
    try {
      await job.run(ctx, now);
      ran.push(job.name);
    } catch (e) {
      error = String((e as Error).message).slice(0, 500);
    }
    await db
      .updateTable("jobs")
      .set({ next_run_at: nextRun(job.cron, now).toISOString(), lease_owner: null, lease_until: null, last_run_at: now.toISOString(), last_error: error })
      .where("name", "=", job.name)
      .where("lease_owner", "=", owner)
      .execute();
  }
  return ran;
}

/** Every 30 s: due jobs, then the outbox. Stopped by the returned function. */
export function startScheduler(ctx: AppContext, log: (msg: string, err?: unknown) => void): () => void {
  let busy = false;
  const tick = async () => {
    if (busy) return;
    busy = true;
    try {
      await runDueJobs(ctx);
      await deliverOutbox(ctx.database, nowOf(ctx));
    } catch (e) {
      log("scheduler tick failed", e);
    } finally {
      busy = false;
    }
  };
  const first = setTimeout(tick, 5_000);
  const every = setInterval(tick, 30_000);
  first.unref();
  every.unref();
  return () => {
    clearTimeout(first);
    clearInterval(every);
  };
}
