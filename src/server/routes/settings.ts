import { z } from "zod";
import { route } from "./define.js";
import { inTransaction } from "../db/transaction.js";
import { actorOf } from "../context.js";
import { writeAudit } from "../commands/audit.js";
import { JOB_LABELS } from "../jobs/scheduler.js";
import { DEFAULT_CHANNELS, DEFAULT_REMINDERS, readSetting, writeSetting } from "../commands/rounds/settings.js";

const url = z.union([z.literal(""), z.url({ error: "请填写以 http:// 或 https:// 开头的地址" })]);

/** Secrets go out masked; a masked value sent back means "unchanged". */
const MASK = "********";
const masked = (s: string) => (s ? MASK : "");

export const settingsRoutes = [
  route({
    method: "GET", url: "/api/settings/notifications", tag: "settings", access: "settings.manage", summary: "催办与通知渠道设置",
    handler: async ({ ctx, user }) => {
      const db = ctx.database.db;
      const reminders = await readSetting(db, user!.org_id, "reminders", DEFAULT_REMINDERS);
      const c = await readSetting(db, user!.org_id, "channels", DEFAULT_CHANNELS);
      return {
        reminders: { beforeDays: reminders.beforeDays, escalateAfterDays: reminders.escalateAfterDays, findingEscalateAfterDays: reminders.findingEscalateAfterDays },
        channels: {
          dingtalk: { ...c.dingtalk, secret: masked(c.dingtalk.secret) },
          wecom: c.wecom,
          email: { ...c.email, pass: masked(c.email.pass) },
        },
      };
    },
  }),
  route({
    method: "PUT", url: "/api/settings/notifications", tag: "settings", access: "settings.manage", summary: "保存催办与通知渠道设置",
    body: z.strictObject({
      reminders: z.strictObject({ beforeDays: z.int32().min(0).max(30), escalateAfterDays: z.int32().min(1).max(60), findingEscalateAfterDays: z.int32().min(1).max(60).optional() }),
      channels: z.strictObject({
        dingtalk: z.strictObject({ enabled: z.boolean(), webhook: url, secret: z.string().max(200) }),
        wecom: z.strictObject({ enabled: z.boolean(), webhook: url }),
        email: z.strictObject({
          enabled: z.boolean(), host: z.string().max(200), port: z.int32().min(1).max(65535), secure: z.boolean(),
          user: z.string().max(200), pass: z.string().max(200), from: z.string().max(200),
        }),
      }),
    }),
    handler: async ({ ctx, user, body }) => {
      await inTransaction(ctx.database, async (tx) => {
        const before = await readSetting(tx, user!.org_id, "channels", DEFAULT_CHANNELS);
        const channels = structuredClone(body.channels);
        if (channels.dingtalk.secret === MASK) channels.dingtalk.secret = before.dingtalk.secret;
        if (channels.email.pass === MASK) channels.email.pass = before.email.pass;
        // A client that does not send the findings' escalation days keeps the saved ones.
        const reminders = await readSetting(tx, user!.org_id, "reminders", DEFAULT_REMINDERS);
        await writeSetting(tx, user!.org_id, "reminders", { ...body.reminders, findingEscalateAfterDays: body.reminders.findingEscalateAfterDays ?? reminders.findingEscalateAfterDays });
        await writeSetting(tx, user!.org_id, "channels", channels);
        await writeAudit(tx, actorOf(user!), { action: "settings.notifications", entity: "settings", entityId: user!.org_id, after: { reminders: body.reminders, channels: { dingtalk: channels.dingtalk.enabled, wecom: channels.wecom.enabled, email: channels.email.enabled } } });
      });
      return { ok: true };
    },
  }),
  route({
    method: "GET", url: "/api/settings/jobs", tag: "settings", access: "settings.manage", summary: "定时任务（新建调度、催办）的上次运行时间和错误",
    handler: async ({ ctx }) => {
      const rows = await ctx.database.db.selectFrom("jobs").selectAll().orderBy("name").execute();
      return {
        items: rows
          .filter((r) => JOB_LABELS[r.name])
          .map((r) => ({ name: r.name, label: JOB_LABELS[r.name], lastRunAt: r.last_run_at, nextRunAt: r.next_run_at, lastError: r.last_error, running: !!r.lease_until && r.lease_until > new Date().toISOString() })),
      };
    },
  }),
  route({
    method: "GET", url: "/api/outbox", tag: "settings", access: "settings.manage", summary: "外发消息（钉钉、企业微信、邮件）的发送记录，失败的可见",
    query: z.strictObject({ state: z.enum(["pending", "sent", "failed"]).optional() }),
    handler: async ({ ctx, user, query }) => {
      let q = ctx.database.db.selectFrom("outbox").selectAll().where("org_id", "=", user!.org_id);
      if (query.state) q = q.where("state", "=", query.state);
      const rows = await q.orderBy("id", "desc").limit(200).execute();
      return {
        items: rows.map((r) => ({
          id: r.id, channel: r.channel, state: r.state, attempts: r.attempts, nextAttemptAt: r.next_attempt_at,
          lastError: r.last_error?.startsWith("lease:") ? null : r.last_error, createdAt: r.created_at, sentAt: r.sent_at,
          summary: (JSON.parse(r.payload).subject ?? JSON.parse(r.payload).text ?? "").slice(0, 120),
        })),
      };
    },
  }),
];
