import { z } from "zod";
import { route } from "./define.js";
import { presentAudit } from "../presenters/index.js";
import { calendarDay } from "../../shared/dates.js";

// A day that does not exist (2026-02-30) is refused here: it has no instant to compare with.
const day = calendarDay;

export const auditRoutes = [
  route({
    method: "GET", url: "/api/audit", tag: "audit", access: "audit.read", summary: "审计日志（按操作人、操作、时间筛选）",
    query: z.strictObject({
      actorId: z.coerce.number().int().positive().optional(),
      action: z.string().max(50).optional(),
      entity: z.string().max(50).optional(),
      from: day.optional(),
      to: day.optional(),
      page: z.coerce.number().int().positive().default(1),
      pageSize: z.coerce.number().int().min(1).max(200).default(20),
    }),
    handler: async ({ ctx, query }) => {
      let q = ctx.database.db.selectFrom("audit_events");
      if (query.actorId) q = q.where("actor_id", "=", query.actorId);
      if (query.action) q = q.where("action", "like", `%${query.action.replace(/[%_]/g, "")}%`);
      if (query.entity) q = q.where("entity", "=", query.entity);
      // Days are Beijing days; the column holds UTC instants.
      if (query.from) q = q.where("at", ">=", new Date(`${query.from}T00:00:00+08:00`).toISOString());
      if (query.to) q = q.where("at", "<", new Date(Date.parse(`${query.to}T00:00:00+08:00`) + 86_400_000).toISOString());
      const total = Number((await q.select((eb) => eb.fn.countAll().as("n")).executeTakeFirst())?.n ?? 0);
      const rows = await q.selectAll().orderBy("seq", "desc").limit(query.pageSize).offset((query.page - 1) * query.pageSize).execute();
      return { items: rows.map(presentAudit), total, page: query.page, pageSize: query.pageSize };
    },
  }),
];
