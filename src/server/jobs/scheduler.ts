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
import { periodLabel, periodOfDay, periodYear, type Rhythm } from "../commands/rounds/periods.js";
import type { AppError } from "../errors.js";
import { runReminders } from "../commands/rounds/reminders.js";
import { deliverOutbox } from "../commands/rounds/outbox.js";
import { escalateOverdueFindings } from "../commands/findings/findings.js";

export interface JobDef {
  name: string;
  /** cron in Asia/Shanghai */
  cron: string;
  run(ctx: AppContext, now: Date): Promise<unknown>;
}

const LEASE_MS = 10 * 60_000;

/**
 * Opens rounds whose day has come and creates the current period's round of every published
 * plan (never for a period after the plan's year). A round that cannot be opened or created
 * does not stop the others; the failures are thrown at the end so the job records them.
 */
export async function scheduleRounds(ctx: AppContext, now: Date) {
  const db = ctx.database.db;
  const today = localDay(now);
  let opened = 0, created = 0;
  const failures: string[] = [];
  const describe = (plan: { title: string }, period: string, e: unknown) => `《${plan.title}》${periodLabel(period)}：${(e as Error).message}`;
  for (const round of await db.selectFrom("rounds").selectAll().where("state", "=", "scheduled").where("opens_on", "<=", today).execute()) {
    const plan = await db.selectFrom("plans").selectAll().where("id", "=", round.plan_id).executeTakeFirstOrThrow();
    if (plan.status !== "published") continue;
    try {
      await inTransaction(ctx.database, (tx) => openRound(tx, SYSTEM_ACTOR, plan, round, now));
      opened++;
    } catch (e) {
      // Another instance opened it first: not a failure.
      if ((e as AppError).code !== "ROUND_NOT_SCHEDULED" && (e as AppError).code !== "VERSION_CONFLICT") failures.push(describe(plan, round.period, e));
    }
  }
  for (const plan of await db.selectFrom("plans").selectAll().where("status", "=", "published").execute()) {
    const period = periodOfDay(today, plan.rhythm as Rhythm);
    if (plan.year != null && periodYear(period) > plan.year) continue; // a past year's plan gets no new rounds
    const exists = await db.selectFrom("rounds").select("id").where("plan_id", "=", plan.id).where("period", "=", period).executeTakeFirst();
    if (exists) continue;
    // A unique (plan, period) constraint settles a race between two instances.
    try {
      await inTransaction(ctx.database, (tx) => createRound(tx, SYSTEM_ACTOR, plan, { period }, now));
      created++;
    } catch (e) {
      const raced = (e as AppError).code === "ROUND_EXISTS" || !!(await db.selectFrom("rounds").select("id").where("plan_id", "=", plan.id).where("period", "=", period).executeTakeFirst());
      if (!raced) failures.push(describe(plan, period, e));
    }
  }
  if (failures.length) throw new Error(`调度任务部分失败（已开始 ${opened} 个，新建 ${created} 个）：${failures.join("；")}`);
  return { opened, created };
}

/** Chinese names of the jobs, for 系统管理. */
export const JOB_LABELS: Record<string, string> = { rounds: "按计划新建和开始调度", reminders: "每日催办提醒", findings: "督导问题逾期提醒上级" };

export const JOBS: JobDef[] = [
  { name: "rounds", cron: "5 0 * * *", run: scheduleRounds },
  { name: "reminders", cron: "0 9 * * *", run: (ctx, now) => runReminders(ctx.database, now) },
  { name: "findings", cron: "10 9 * * *", run: (ctx, now) => inTransaction(ctx.database, (tx) => escalateOverdueFindings(tx, now)) },
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
      .set({ lease_owner: owner, lease_until: new Date(now.getTime() + (ctx.config.leaseMs ?? LEASE_MS)).toISOString() })
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

/**
 * Every 30 s (DUBAN_SCHEDULER_INTERVAL_MS): due jobs, then the outbox. Each job this instance ran
 * is logged ("scheduled job ran"), so several instances' logs show every run once. The returned
 * function stops the timers and waits for a tick under way (a graceful stop leaves no lease behind).
 */
export function startScheduler(
  ctx: AppContext,
  log: (msg: string, err?: unknown) => void,
  info: (fields: Record<string, unknown>, msg: string) => void = () => {},
): () => Promise<void> {
  let running: Promise<void> | null = null;
  let stopped = false;
  const tick = () => {
    if (running || stopped) return;
    running = (async () => {
      try {
        for (const job of await runDueJobs(ctx)) info({ job }, "scheduled job ran");
        await deliverOutbox(ctx.database, nowOf(ctx), ctx.config.leaseMs);
      } catch (e) {
        log("scheduler tick failed", e);
      } finally {
        running = null;
      }
    })();
  };
  const interval = ctx.config.schedulerIntervalMs ?? 30_000;
  const first = setTimeout(tick, Math.min(5_000, interval));
  const every = setInterval(tick, interval);
  first.unref();
  every.unref();
  return async () => {
    stopped = true;
    clearTimeout(first);
    clearInterval(every);
    await running;
  };
}
