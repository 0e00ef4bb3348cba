// Per-bureau settings of reminders and delivery channels, kept as JSON rows.
import type { Kysely } from "kysely";
import type { DB } from "../../db/schema.js";

export interface ReminderSettings {
  /** Remind this many days before the due day. */
  beforeDays: number;
  /** After this many overdue days the reminder also goes to the task's leaders. */
  escalateAfterDays: number;
  /** After this many overdue days an assigned finding (督导问题) goes to the unit's leader. */
  findingEscalateAfterDays: number;
}

export interface ChannelSettings {
  dingtalk: { enabled: boolean; webhook: string; secret: string };
  wecom: { enabled: boolean; webhook: string };
  email: { enabled: boolean; host: string; port: number; secure: boolean; user: string; pass: string; from: string };
}

export const DEFAULT_REMINDERS: ReminderSettings = { beforeDays: 2, escalateAfterDays: 3, findingEscalateAfterDays: 3 };
export const DEFAULT_CHANNELS: ChannelSettings = {
  dingtalk: { enabled: false, webhook: "", secret: "" },
  wecom: { enabled: false, webhook: "" },
  email: { enabled: false, host: "", port: 465, secure: true, user: "", pass: "", from: "" },
};

export async function readSetting<T>(db: Kysely<DB>, orgId: number, key: string, fallback: T): Promise<T & { version?: number }> {
  const row = await db.selectFrom("settings").selectAll().where("org_id", "=", orgId).where("key", "=", key).executeTakeFirst();
  if (!row) return { ...fallback } as T & { version?: number };
  return { ...fallback, ...(JSON.parse(row.value) as T), version: row.version };
}

export async function writeSetting(db: Kysely<DB>, orgId: number, key: string, value: unknown): Promise<void> {
  // One statement whether the row exists or not: two instances saving a bureau's first settings at once.
  await db
    .insertInto("settings")
    .values({ org_id: orgId, key, value: JSON.stringify(value), version: 1 })
    .onConflict((oc) => oc.columns(["org_id", "key"]).doUpdateSet((eb) => ({ value: eb.ref("excluded.value"), version: eb(eb.ref("settings.version"), "+", 1) })))
    .execute();
}
