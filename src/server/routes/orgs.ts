import { z } from "zod";
import { route } from "./define.js";
import { idParam, text } from "../validation.js";
import { inTransaction } from "../db/transaction.js";
import { createOrg, updateOrg } from "../commands/directory.js";
import { presentOrg } from "../presenters/index.js";
import { actorOf } from "../context.js";
import { moveOrgFor, newOrgParentFor, orgFor, visibleOrgs } from "../policies/scope.js";

const level = z.enum(["province", "city", "county"], { error: "机构级别须为 province（省）、city（市）或 county（县/区）" });

export const orgRoutes = [
  route({
    method: "GET", url: "/api/orgs", tag: "orgs", access: "orgs.read", summary: "机构列表（树）",
    handler: async ({ ctx, user }) => {
      const db = ctx.database.db;
      const rows = await db.selectFrom("orgs").selectAll().where("id", "in", await visibleOrgs(db, user!)).orderBy("id").execute();
      return { items: rows.map(presentOrg) };
    },
  }),
  route({
    method: "POST", url: "/api/orgs", tag: "orgs", access: "orgs.write", status: 201, summary: "新建下级机构（在本机构或其下级之下；不填上级即本机构）",
    body: z.strictObject({ name: text(2, 100), parentId: z.int32().positive().nullable().optional(), level }),
    handler: async ({ ctx, user, body }) =>
      presentOrg(await inTransaction(ctx.database, async (tx) =>
        createOrg(tx, actorOf(user!), { name: body.name, parentId: await newOrgParentFor(tx, user!, body.parentId), level: body.level }))),
  }),
  route({
    method: "PATCH", url: "/api/orgs/:id", tag: "orgs", access: "orgs.write", summary: "修改机构",
    params: idParam,
    body: z.strictObject({ name: text(2, 100).optional(), parentId: z.int32().positive().nullable().optional(), version: z.int32().optional() }),
    handler: async ({ ctx, user, body, params }) =>
      presentOrg(await inTransaction(ctx.database, async (tx) => {
        const org = await orgFor(tx, user!, params.id);
        if (body.parentId !== undefined && body.parentId !== org.parent_id) await moveOrgFor(tx, user!, org.id, body.parentId);
        return updateOrg(tx, actorOf(user!), org.id, body);
      })),
  }),
];
