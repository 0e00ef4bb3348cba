// Messages beyond the app (DingTalk / WeCom group robots, e-mail): written to the outbox in the
// transaction that decides to send, delivered by whichever instance leases them, retried with
// backoff, and kept visible when they fail. The dedupe key stops a second enqueue.
import { createHmac, randomUUID } from "node:crypto";
import type { Database } from "../../db/connection.js";
import type { Tx } from "../../db/transaction.js";
import type { OutboxTable } from "../../db/schema.js";
import { DEFAULT_CHANNELS, readSetting, type ChannelSettings } from "./settings.js";
import type { Selectable } from "kysely";

export type Channel = OutboxTable["channel"];
export type OutboxRow = Selectable<OutboxTable>;

export const MAX_ATTEMPTS = 8;
const BACKOFF_MINUTES = [1, 5, 15, 30, 60, 120, 240, 480];
const LEASE_MS = 2 * 60_000;
/** One send's longest wait for a robot or mail server. */
const SEND_TIMEOUT_MS = 8_000;
/**
 * A message's lease outlasts any send: a lease that ran out while its instance still waited for
 * the answer would let another instance send the message a second time.
 */
export const MIN_OUTBOX_LEASE_MS = 20_000;

export async function enqueue(tx: Tx, channel: Channel, payload: Record<string, unknown> & { orgId?: number }, dedupeKey: string, now: Date) {
  await tx
    .insertInto("outbox")
    .values({ channel, org_id: payload.orgId ?? null, payload: JSON.stringify(payload), dedupe_key: dedupeKey, state: "pending", attempts: 0, next_attempt_at: now.toISOString(), lease_until: null, last_error: null, created_at: now.toISOString(), sent_at: null })
    .onConflict((oc) => oc.column("dedupe_key").doNothing())
    .execute();
}

/** DingTalk signs with HmacSHA256 over "timestamp\nsecret", base64 then URL-encoded. */
export function dingtalkUrl(webhook: string, secret: string, timestamp = Date.now()): string {
  if (!secret) return webhook;
  const sign = createHmac("sha256", secret).update(`${timestamp}\n${secret}`).digest("base64");
  return `${webhook}${webhook.includes("?") ? "&" : "?"}timestamp=${timestamp}&sign=${encodeURIComponent(sign)}`;
}

async function postJson(url: string, body: unknown) {
  const res = await fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body), signal: AbortSignal.timeout(SEND_TIMEOUT_MS) });
  const text = await res.text();
  if (!res.ok) throw new Error(`HTTP ${res.status}: ${text.slice(0, 200)}`);
  // Both robots answer 200 with {errcode: 0} on success and a non-zero errcode otherwise.
  try {
    const json = JSON.parse(text);
    if (json.errcode && json.errcode !== 0) throw new Error(`errcode ${json.errcode}: ${json.errmsg ?? ""}`);
  } catch (e) {
    if (e instanceof SyntaxError) return;
    throw e;
  }
}

export async function deliver(row: OutboxRow, channels: ChannelSettings): Promise<void> {
  const payload = JSON.parse(row.payload);
  if (row.channel === "dingtalk") return postJson(dingtalkUrl(channels.dingtalk.webhook, channels.dingtalk.secret), { msgtype: "text", text: { content: payload.text } });
  if (row.channel === "wecom") return postJson(channels.wecom.webhook, { msgtype: "text", text: { content: payload.text } });
  const e = channels.email;
  // nodemailer loaded on the first e-mail (perf13): most servers send none, and it is ~6 MB resident.
  const { default: nodemailer } = await import("nodemailer");
  const transport = nodemailer.createTransport({ host: e.host, port: e.port, secure: e.secure, auth: e.user ? { user: e.user, pass: e.pass } : undefined, tls: { rejectUnauthorized: false }, connectionTimeout: SEND_TIMEOUT_MS, greetingTimeout: SEND_TIMEOUT_MS, socketTimeout: SEND_TIMEOUT_MS });
  try {
    await transport.sendMail({ from: e.from || e.user, to: payload.to, subject: payload.subject, text: payload.text });
  } finally {
    transport.close();
  }
}

/**
 * Leases due messages and delivers them. The lease is taken by a conditional UPDATE, so two
 * instances never deliver the same message; a crashed instance's lease simply runs out.
 */
export async function deliverOutbox(database: Database, now: Date, leaseMs = LEASE_MS): Promise<{ sent: number; failed: number }> {
  const db = database.db;
  const owner = randomUUID();
  leaseMs = Math.max(leaseMs, MIN_OUTBOX_LEASE_MS);
  const due = await db.selectFrom("outbox").select("id").where("state", "=", "pending").where("next_attempt_at", "<=", now.toISOString()).orderBy("id").limit(20).execute();
  let sent = 0, failed = 0;
  for (const { id } of due) {
    const leased = await db
      .updateTable("outbox")
      .set({ lease_until: new Date(now.getTime() + leaseMs).toISOString(), last_error: `lease:${owner}` })
      .where("id", "=", id)
      .where("state", "=", "pending")
      .where((eb) => eb.or([eb("lease_until", "is", null), eb("lease_until", "<", now.toISOString())]))
      .returningAll()
      .executeTakeFirst();
    if (!leased) continue;
    const payload = JSON.parse(leased.payload);
    const channels = await readSetting(db, Number(payload.orgId ?? 0), "channels", DEFAULT_CHANNELS);
    try {
      await deliver(leased, channels);
      await db.updateTable("outbox").set({ state: "sent", sent_at: new Date().toISOString(), lease_until: null, last_error: null, attempts: leased.attempts + 1 }).where("id", "=", id).execute();
      sent++;
    } catch (e) {
      const attempts = leased.attempts + 1;
      const giveUp = attempts >= MAX_ATTEMPTS;
      await db
        .updateTable("outbox")
        .set({
          state: giveUp ? "failed" : "pending", attempts, lease_until: null, last_error: String((e as Error).message).slice(0, 500),
          next_attempt_at: new Date(now.getTime() + BACKOFF_MINUTES[Math.min(attempts - 1, BACKOFF_MINUTES.length - 1)] * 60_000).toISOString(),
        })
        .where("id", "=", id)
        .execute();
      failed++;
    }
  }
  return { sent, failed };
}

