import { z } from "zod";
import { route } from "./define.js";
import { download } from "./download.js";
import { idParam } from "../validation.js";
import { inTransaction } from "../db/transaction.js";
import { actorOf, nowOf } from "../context.js";
import { localDay } from "../clock.js";
import { changeSummary, createSummary, summaryQuarters } from "../commands/rounds/summaries.js";
import { presentSummary } from "../presenters/summaries.js";
import { planFor, summaryAccess, summaryFor, summaryOwnerFor } from "../policies/scope.js";

const version = z.int32({ error: "缺少版本号" });

export const summaryRoutes = [
  route({
    method: "GET", url: "/api/plans/:id/summaries", tag: "summaries", access: "plans.read", summary: "方案的季度总结（本人可见的）",
    params: idParam,
    handler: async ({ ctx, user, params }) => {
      const db = ctx.database.db;
      const plan = await planFor(db, user!, params.id, "read");
      const rows = await db.selectFrom("summaries").selectAll().where("plan_id", "=", plan.id).orderBy("quarter", "desc").orderBy("id").execute();
      const visible = [];
      for (const s of rows) if ((await summaryAccess(db, user!, s, plan)).read) visible.push(presentSummary(s));
      const periods = (await db.selectFrom("rounds").select("period").where("plan_id", "=", plan.id).execute()).map((r) => r.period);
      return { items: visible, ...summaryQuarters(plan.year, periods, localDay(nowOf(ctx))) };
    },
  }),
  route({
    method: "POST", url: "/api/plans/:id/summaries", tag: "summaries", access: "plans.read", status: 201,
    summary: "生成季度总结草稿（按单位或分管领导，取本季度已审定的报告）",
    params: idParam,
    body: z.strictObject({ quarter: z.string().regex(/^\d{4}-Q[1-4]$/, "季度格式应为 2026-Q1"), scope: z.enum(["unit", "leader"]), unitId: z.int32().positive().optional(), leaderId: z.int32().positive().optional() }),
    handler: async ({ ctx, user, params, body }) =>
      presentSummary(await inTransaction(ctx.database, async (tx) => {
        const plan = await planFor(tx, user!, params.id, "write");
        return createSummary(tx, user!, actorOf(user!), plan, body.quarter, await summaryOwnerFor(tx, user!, plan, body), nowOf(ctx));
      })),
  }),
  route({
    method: "GET", url: "/api/summaries/:id", tag: "summaries", access: "plans.read", summary: "季度总结",
    params: idParam,
    handler: async ({ ctx, user, params }) => {
      const { summary, access } = await summaryFor(ctx.database.db, user!, params.id);
      return presentSummary(summary, { write: access.write, submit: access.submit, decide: access.decide });
    },
  }),
  ...(["save", "submit", "approve", "return"] as const).map((action) =>
    route({
      method: action === "save" ? "PUT" : "POST",
      url: action === "save" ? "/api/summaries/:id" : `/api/summaries/:id/${action}`,
      tag: "summaries", access: "plans.read",
      summary: { save: "保存季度总结", submit: "提交季度总结", approve: "审定季度总结", return: "退回季度总结（须填写意见）" }[action],
      params: idParam,
      body: z.strictObject({ version, text: z.string().max(50_000).optional(), comment: z.string().max(2000).optional() }),
      handler: async ({ ctx, user, params, body }) => {
        const s = await inTransaction(ctx.database, async (tx) => changeSummary(tx, user!, actorOf(user!), await summaryFor(tx, user!, params.id), action, body, nowOf(ctx)));
        const { access } = await summaryFor(ctx.database.db, user!, s.id);
        return presentSummary(s, { write: access.write, submit: access.submit, decide: access.decide });
      },
    }),
  ),
  route({
    method: "GET", url: "/api/summaries/:id/export.docx", tag: "summaries", access: "plans.read", summary: "导出季度总结（DOCX，公文版式）",
    params: idParam,
    handler: async ({ ctx, user, params, reply }) => {
      const db = ctx.database.db;
      const { summary: s, plan } = await summaryFor(db, user!, params.id);
      const unit = s.unit_id ? await db.selectFrom("units").select("name").where("id", "=", s.unit_id).executeTakeFirst() : null;
      const org = await db.selectFrom("orgs").select("name").where("id", "=", plan.org_id).executeTakeFirst();
      const day = localDay(nowOf(ctx)).split("-").map(Number);
      const buf = await (await import("../../export/summary-docx.js")).summaryDocx({ title: s.title, org: unit?.name ?? org?.name ?? "", date: `${day[0]}年${day[1]}月${day[2]}日`, text: s.text });
      return download(reply, `${s.title}.docx`, buf);
    },
  }),
];
