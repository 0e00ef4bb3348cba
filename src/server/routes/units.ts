import { z } from "zod";
import { route } from "./define.js";
import { idParam, text, queryInt } from "../validation.js";
import { inTransaction } from "../db/transaction.js";
import { createUnit, updateUnit } from "../commands/directory.js";
import { presentUnit } from "../presenters/index.js";
import { actorOf } from "../context.js";
import { directoryOrgFor, unitFor } from "../policies/scope.js";

export const unitKind = z.enum(["department", "school", "external"], { error: "单位类型须为 department（股室）、school（学校）或 external（外单位）" });
const aliases = z.array(z.string().max(100)).max(50);

export const unitRoutes = [
  route({
    method: "GET", url: "/api/units", tag: "units", access: "units.read", summary: "单位列表",
    query: z.strictObject({ orgId: queryInt().positive().optional(), includeInactive: z.enum(["0", "1"]).optional() }),
    handler: async ({ ctx, user, query }) => {
      const orgId = await directoryOrgFor(ctx.database.db, user!, query.orgId ?? user!.org_id, "read");
      let q = ctx.database.db.selectFrom("units").selectAll().where("org_id", "=", orgId);
      if (query.includeInactive === "0") q = q.where("active", "=", 1);
      return { items: (await q.orderBy("kind").orderBy("id").execute()).map(presentUnit) };
    },
  }),
  route({
    method: "POST", url: "/api/units", tag: "units", access: "units.write", status: 201, summary: "新建单位",
    body: z.strictObject({ orgId: z.int32().positive().optional(), name: text(2, 100), kind: unitKind, aliases: aliases.default([]) }),
    handler: async ({ ctx, user, body }) =>
      presentUnit(await inTransaction(ctx.database, async (tx) =>
        createUnit(tx, actorOf(user!), { ...body, orgId: await directoryOrgFor(tx, user!, body.orgId ?? user!.org_id, "write") }))),
  }),
  route({
    method: "PATCH", url: "/api/units/:id", tag: "units", access: "units.write", summary: "修改或停用单位",
    params: idParam,
    body: z.strictObject({
      name: text(2, 100).optional(), kind: unitKind.optional(), aliases: aliases.optional(),
      active: z.boolean().optional(), version: z.int32().optional(),
    }),
    handler: async ({ ctx, user, body, params }) =>
      presentUnit(await inTransaction(ctx.database, async (tx) => updateUnit(tx, actorOf(user!), (await unitFor(tx, user!, params.id)).id, body))),
  }),
];
