import { z } from "zod";
import { route } from "./define.js";
import { idParam, text, queryInt } from "../validation.js";
import { inTransaction } from "../db/transaction.js";
import { createUser, preparePassword, resetPassword, updateUser } from "../commands/accounts.js";
import { presentUser } from "../presenters/index.js";
import { actorOf } from "../context.js";
import { accountFor, directoryOrgFor } from "../policies/scope.js";
import { ROLES } from "../policies/index.js";
import type { Kysely } from "kysely";
import type { DB } from "../db/schema.js";

export const roleList = z
  .array(z.enum(ROLES, { error: `角色须为 ${ROLES.join("、")} 之一` }))
  .min(1, "至少选择一个角色")
  .transform((r) => [...new Set(r)]);
const email = z.union([z.literal(""), z.email({ error: "邮箱格式不正确" })]).nullable().optional();
const phone = z.string().trim().regex(/^[0-9+\- ]{5,20}$/, "手机号格式不正确").nullable().optional();

async function withUnitName(db: Kysely<DB>, userId: number) {
  const row = await db
    .selectFrom("users")
    .leftJoin("units", "units.id", "users.unit_id")
    .selectAll("users")
    .select("units.name as unit_name")
    .where("users.id", "=", userId)
    .executeTakeFirstOrThrow();
  const { unit_name, ...user } = row;
  return presentUser(user, { unitName: unit_name });
}

export const userRoutes = [
  route({
    method: "GET", url: "/api/users", tag: "users", access: "users.read", summary: "用户列表",
    query: z.strictObject({ orgId: queryInt().positive().optional(), q: z.string().max(50).optional(), role: z.enum(ROLES).optional() }),
    handler: async ({ ctx, user, query }) => {
      let q = ctx.database.db
        .selectFrom("users")
        .leftJoin("units", "units.id", "users.unit_id")
        .selectAll("users")
        .select("units.name as unit_name")
        .where("users.org_id", "=", await directoryOrgFor(ctx.database.db, user!, query.orgId ?? user!.org_id, "read"));
      if (query.q) {
        const like = `%${query.q.replace(/[%_]/g, "")}%`;
        q = q.where((eb) => eb.or([eb("users.name", "like", like), eb("users.username", "like", like)]));
      }
      const rows = await q.orderBy("users.id").execute();
      const items = rows.map(({ unit_name, ...u }) => presentUser(u, { unitName: unit_name }));
      return { items: query.role ? items.filter((u) => u.roles.includes(query.role!)) : items };
    },
  }),
  route({
    method: "POST", url: "/api/users", tag: "users", access: "users.write", status: 201, summary: "新建用户（不填密码则生成临时密码）",
    body: z.strictObject({
      username: z.string().trim().min(2, "用户名至少 2 位").max(64).regex(/^[A-Za-z0-9_.-]+$/, "用户名只能包含字母、数字、下划线、点和横线"),
      name: z.string().trim().min(1, "请输入姓名").max(50),
      phone,
      email,
      password: z.string().min(1).max(128).optional(),
      roles: roleList,
      unitId: z.int32().positive().nullable().optional(),
      orgId: z.int32().positive().optional(),
    }),
    handler: async ({ ctx, user, body }) => {
      // scrypt before the transaction: on SQLite a transaction holds the app's one connection.
      const prepared = await preparePassword(body.password);
      const { user: created, temporaryPassword } = await inTransaction(ctx.database, async (tx) =>
        createUser(tx, actorOf(user!), { ...body, orgId: await directoryOrgFor(tx, user!, body.orgId ?? user!.org_id, "write") }, prepared),
      );
      return { ...(await withUnitName(ctx.database.db, created.id)), ...(temporaryPassword ? { temporaryPassword } : {}) };
    },
  }),
  route({
    method: "PATCH", url: "/api/users/:id", tag: "users", access: "users.write", summary: "修改、停用或启用用户",
    params: idParam,
    body: z.strictObject({
      name: text(1, 50).optional(), phone, email, roles: roleList.optional(),
      unitId: z.int32().positive().nullable().optional(), active: z.boolean().optional(), version: z.int32().optional(),
    }),
    handler: async ({ ctx, user, body, params }) => {
      await inTransaction(ctx.database, async (tx) => updateUser(tx, actorOf(user!), (await accountFor(tx, user!, params.id)).id, body));
      return withUnitName(ctx.database.db, params.id);
    },
  }),
  route({
    method: "POST", url: "/api/users/:id/reset-password", tag: "users", access: "users.write", summary: "重置为临时密码（下次登录须修改）",
    params: idParam,
    handler: async ({ ctx, user, params }) => {
      const prepared = await preparePassword();
      return { temporaryPassword: await inTransaction(ctx.database, async (tx) => resetPassword(tx, actorOf(user!), (await accountFor(tx, user!, params.id)).id, prepared)) };
    },
  }),
];
