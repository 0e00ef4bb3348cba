// In-app notifications: one row per user and event; the dedupe key makes a second
// instance (or a second run) a no-op instead of a duplicate.
import type { SelectQueryBuilder } from "kysely";
import type { Database } from "../../db/connection.js";
import type { DB } from "../../db/schema.js";
import { inTransaction, noteBells, noteBellsOnly, type Tx } from "../../db/transaction.js";

export interface Notice {
  kind: string;
  title: string;
  body?: string;
  link?: string | null;
  /** Unique per recipient is added automatically. */
  dedupe: string;
}

export async function notify(tx: Tx, userIds: number[], notice: Notice, at: Date): Promise<number> {
  let created = 0;
  const users = [...new Set(userIds)];
  noteBells(tx, users);
  for (const userId of users) {
    const res = await tx
      .insertInto("notifications")
      .values({ user_id: userId, kind: notice.kind, title: notice.title, body: notice.body ?? "", link: notice.link ?? null, dedupe_key: `${notice.dedupe}:u${userId}`, created_at: at.toISOString(), read_at: null })
      .onConflict((oc) => oc.column("dedupe_key").doNothing())
      .executeTakeFirst();
    created += Number(res.numInsertedOrUpdatedRows ?? 0);
  }
  return created;
}

/**
 * Removes the notifications that open a page about to die (a deleted report, round or task), so that
 * no bell leads to "不存在"; their users' bells are answered afresh (the response cache keeps a bell
 * under its user's version).
 */
export async function dropNoticesLinkingTo(tx: Tx, links: string[] | SelectQueryBuilder<DB, any, { link: string }>): Promise<void> {
  if (Array.isArray(links) && !links.length) return;
  noteBells(tx, (await tx.selectFrom("notifications").select("user_id").distinct().where("link", "in", links).execute()).map((r) => r.user_id));
  await tx.deleteFrom("notifications").where("link", "in", links).execute();
}

/** Active users of a unit who write or submit its reports. */
export async function unitReporters(tx: Tx, unitId: number): Promise<number[]> {
  const rows = await tx.selectFrom("users").select(["id", "roles"]).where("unit_id", "=", unitId).where("active", "=", 1).execute();
  return rows.filter((u) => (JSON.parse(u.roles) as string[]).some((r) => r === "unit_staff" || r === "unit_head")).map((u) => u.id);
}

/**
 * Marks one of a user's notifications read, or all of them: a write of their bell alone, which leaves
 * every other cached answer served (db/data-version.ts).
 */
export async function markRead(database: Database, userId: number, which: number | "all", at: Date): Promise<void> {
  await inTransaction(database, async (tx) => {
    noteBellsOnly(tx, userId);
    let q = tx.updateTable("notifications").set({ read_at: at.toISOString() }).where("user_id", "=", userId).where("read_at", "is", null);
    if (which !== "all") q = q.where("id", "=", which);
    await q.execute();
  });
}
