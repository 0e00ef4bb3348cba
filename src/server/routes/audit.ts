import type { Kysely } from "kysely";
import type { DB } from "../db/schema.js";
import { z } from "zod";
import { calendarDay } from "../../shared/dates.js";
import { queryInt } from "../validation.js";
import { route } from "./define.js";
import { presentAudit } from "../presenters/index.js";
import { auditOrgs } from "../policies/scope.js";

const day = calendarDay;

export const auditRoutes = [
  route({
    method: "GET", url: "/api/audit", tag: "audit", access: "audit.read", summary: "审计日志（按操作人、操作、时间筛选）",
    query: z.strictObject({
      actorId: queryInt().positive().optional(),
      action: z.string().max(50).optional(),
      entity: z.string().max(50).optional(),
      from: day.optional(),
      to: day.optional(),
      page: queryInt().positive().default(1),
      pageSize: queryInt().min(1).max(200).default(20),
    }),
    handler: async ({ ctx, user, query }) => {
      const scope = await auditOrgs(ctx.database.db, user!);
      let q = ctx.database.db.selectFrom("audit_events").where((eb) => (scope.system ? eb.or([eb("org_id", "in", scope.orgIds), eb("org_id", "is", null)]) : eb("org_id", "in", scope.orgIds)));
      if (query.actorId) q = q.where("actor_id", "=", query.actorId);
      if (query.action) q = q.where("action", "like", `%${query.action.replace(/[%_]/g, "")}%`);
      if (query.entity) q = q.where("entity", "=", query.entity);
      // Days are Beijing days; the column holds UTC instants.
      if (query.from) q = q.where("at", ">=", new Date(`${query.from}T00:00:00+08:00`).toISOString());
      if (query.to) q = q.where("at", "<", new Date(Date.parse(`${query.to}T00:00:00+08:00`) + 86_400_000).toISOString());
      const total = Number((await q.select((eb) => eb.fn.countAll().as("n")).executeTakeFirst())?.n ?? 0);
      const rows = await q.selectAll().orderBy("seq", "desc").limit(query.pageSize).offset((query.page - 1) * query.pageSize).execute();
      const names = await entityNames(ctx.database.db, rows);
      return {
        items: rows.map((r) => ({ ...presentAudit(r), entityName: names.get(`${r.entity}:${r.entity_id}`) ?? null })),
        total, page: query.page, pageSize: query.pageSize,
      };
    },
  }),
];

/** Where each kind of record keeps its name: the log says "单位 基础教育股", not "单位 #42". */
const NAME_COLUMNS: Record<string, [string, string]> = {
  unit: ["units", "name"], user: ["users", "name"], org: ["orgs", "name"], plan: ["plans", "title"], task: ["tasks", "title"],
  summary: ["summaries", "title"], finding: ["findings", "title"], bulletin: ["bulletins", "title"],
};

/** The names of a page's records, by "entity:id", a query per kind (a deleted record has none). */
async function entityNames(db: Kysely<DB>, rows: { entity: string; entity_id: string | null }[]): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  const byEntity = new Map<string, number[]>();
  for (const r of rows) {
    const id = Number(r.entity_id);
    if (!NAME_COLUMNS[r.entity] || !Number.isInteger(id) || id <= 0 || id > 2_147_483_647) continue;
    byEntity.set(r.entity, [...(byEntity.get(r.entity) ?? []), id]);
  }
  for (const [entity, ids] of byEntity) {
    const [table, column] = NAME_COLUMNS[entity]!;
    const found = await (db as Kysely<any>).selectFrom(table).select(["id", `${column} as name`]).where("id", "in", [...new Set(ids)]).execute();
    for (const f of found) out.set(`${entity}:${f.id}`, String(f.name));
  }
  return out;
}
