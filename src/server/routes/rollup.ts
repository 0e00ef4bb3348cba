// 下级对比 (issue 15): the bureaus below the caller's, side by side, and the same table as XLSX.
// Only the roles that read the work below (scope.ts READS_WORK_BELOW) reach it; the rows are the
// caller's subtree without its own org, so a sibling or an org above never appears.
import { z } from "zod";
import { route } from "./define.js";
import { download } from "./download.js";
import { actorOf, nowOf, type AppContext } from "../context.js";
import { localDay } from "../clock.js";
import type { UserRow } from "../auth/sessions.js";
import { idParam, queryYear } from "../validation.js";
import { inTransaction } from "../db/transaction.js";
import { errors } from "../errors.js";
import { planFor, taskFor, upperPlanOrgs, workBelowOrgs, workReadOrgs } from "../policies/scope.js";
import { rollupRows } from "../commands/rollup/rollup.js";
import { publishedPlanYears } from "../commands/plans/plan-years.js";
import { implementations, linkTask, upperTasks } from "../commands/rollup/links.js";
import { presentRollup } from "../presenters/rollup.js";
import { rollupXlsx } from "../../export/rollup-xlsx.js";

const filters = z.strictObject({
  year: queryYear().optional(),
});

async function comparison(ctx: AppContext, user: UserRow, q: z.infer<typeof filters>) {
  const db = ctx.database.db;
  const today = localDay(nowOf(ctx));
  const orgIds = await workBelowOrgs(db, user);
  const years = await publishedPlanYears(db, orgIds);
  // By default the latest year with plans below (as 对标), not the calendar year: in January the
  // new year has no plans yet. Nothing published below: the current year.
  const year = q.year ?? years[0] ?? Number(today.slice(0, 4));
  const rows = await rollupRows(db, { rootId: user.org_id, orgIds, year, today });
  return presentRollup({ year, today }, years, rows);
}

export const rollupRoutes = [
  route({
    method: "GET", url: "/api/rollup", cached: true, tag: "rollup", access: "rollup.read",
    summary: "下级对比：本机构以下各单位（含路径）的年度方案、任务与办结、按时报送率（全年、最近一轮）、待审核报告、督导问题、考核结果；year 筛选，缺省为下级有已发布方案的最近年度",
    query: filters,
    handler: async ({ ctx, user, query }) => comparison(ctx, user!, query),
  }),
  route({
    method: "GET", url: "/api/rollup/export.xlsx", tag: "rollup", access: "rollup.read", summary: "导出下级对比表（XLSX，筛选同列表）",
    query: filters,
    handler: async ({ ctx, user, query, reply }) => {
      const data = await comparison(ctx, user!, query);
      const org = await ctx.database.db.selectFrom("orgs").select("name").where("id", "=", user!.org_id).executeTakeFirst();
      const title = `${org?.name ?? ""}${data.filters.year}年下级单位工作对比`;
      const body = await rollupXlsx({ title, note: `统计日期：${data.filters.today}`, rows: data.items });
      return download(reply, `${title}.xlsx`, body);
    },
  }),
  // Tasks linked across levels: a bureau's task names the task of the plan above it that it implements.
  route({
    method: "GET", url: "/api/plans/:id/upper-tasks", tag: "rollup", access: "plans.write",
    summary: "可关联的上级任务：本机构以上各级已发布方案中的任务（供本方案的任务选择所落实的上级任务）",
    params: idParam,
    handler: async ({ ctx, user, params }) => {
      const db = ctx.database.db;
      const plan = await planFor(db, user!, params.id, "write");
      return { items: await upperTasks(db, await upperPlanOrgs(db, plan.org_id)) };
    },
  }),
  route({
    method: "PUT", url: "/api/tasks/:id/implements", tag: "rollup", access: "plans.write",
    summary: "关联所落实的上级任务（taskId 为 null 时取消关联）",
    params: idParam,
    body: z.strictObject({ taskId: z.int32({ error: "请选择上级任务" }).positive("请选择上级任务").nullable() }),
    handler: async ({ ctx, user, params, body }) => {
      await inTransaction(ctx.database, async (tx) => {
        const { task } = await taskFor(tx, user!, params.id);
        const plan = await planFor(tx, user!, task.plan_id, "write");
        const allowed = (await upperTasks(tx, await upperPlanOrgs(tx, plan.org_id))).map((t) => t.id);
        await linkTask(tx, actorOf(user!), task.id, body.taskId, allowed);
      });
      const row = await ctx.database.db.selectFrom("tasks").select("implements_task_id").where("id", "=", params.id).executeTakeFirst();
      if (!row) throw errors.notFound("TASK_NOT_FOUND", "找不到该任务");
      return { id: params.id, implementsTaskId: row.implements_task_id ?? null };
    },
  }),
  route({
    method: "GET", url: "/api/tasks/:id/implementations", tag: "rollup", access: "plans.read",
    summary: "落实该任务的下级任务（只列调用者可查看的机构的任务）",
    params: idParam,
    handler: async ({ ctx, user, params }) => {
      const db = ctx.database.db;
      const { task } = await taskFor(db, user!, params.id);
      return { items: await implementations(db, task.id, await workReadOrgs(db, user!)) };
    },
  }),
];
