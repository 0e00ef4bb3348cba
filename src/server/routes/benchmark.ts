// 对标 (issue 15): the same kind of target across the bureaus below the caller. Only what the caller
// reads: the bureaus below its own whose work it reads (policies/scope.ts workBelowOrgs — director and
// viewer of an upper org); anyone else, or a county without bureaus below, compares nothing.
import { z } from "zod";
import { route } from "./define.js";
import { download } from "./download.js";
import { queryYear } from "../validation.js";
import type { AppContext } from "../context.js";
import type { UserRow } from "../auth/sessions.js";
import { workBelowOrgs } from "../policies/scope.js";
import { publishedPlanYears } from "../commands/plans/plan-years.js";
import { benchmark, metricGroups, type BenchmarkScope } from "../commands/benchmark/benchmark.js";
import { benchmarkXlsx } from "../../export/benchmark-xlsx.js";

const year = queryYear().optional();
const metricQuery = z.strictObject({
  metric: z.string().trim().min(1, "请选择或输入要对标的指标").max(100, "指标不超过 100 个字"),
  year,
});

async function scopeOf(ctx: AppContext, user: UserRow, y: number | undefined) {
  const db = ctx.database.db;
  const ids = await workBelowOrgs(db, user);
  const orgs = ids.length ? await db.selectFrom("orgs").select(["id", "name"]).where("id", "in", ids).orderBy("id").execute() : [];
  const years = await publishedPlanYears(db, ids);
  const scope: BenchmarkScope = { orgs, year: y ?? years[0] ?? null };
  return { scope, years };
}

export const benchmarkRoutes = [
  route({
    method: "GET", url: "/api/benchmark/metrics", cached: true, tag: "benchmark", access: "dashboard.read",
    summary: "对标：下级各局方案中的同类指标分组（按指标文字归一化与相似度），每组几个局设了该指标；year 筛选",
    query: z.strictObject({ year }),
    handler: async ({ ctx, user, query }) => {
      const { scope, years } = await scopeOf(ctx, user!, query.year);
      return { year: scope.year, years, orgs: scope.orgs.length, groups: await metricGroups(ctx.database.db, scope) };
    },
  }),
  route({
    method: "GET", url: "/api/benchmark", cached: true, tag: "benchmark", access: "dashboard.read",
    summary: "对标：某一指标在下级各局的计划值、最新填报值与完成率，按完成率排名；单位换算后比较，不同类单位分开列",
    query: metricQuery,
    handler: async ({ ctx, user, query }) => {
      const { scope } = await scopeOf(ctx, user!, query.year);
      return benchmark(ctx.database.db, scope, query.metric);
    },
  }),
  route({
    method: "GET", url: "/api/benchmark/export.xlsx", tag: "benchmark", access: "dashboard.read",
    summary: "导出对标表 XLSX",
    query: metricQuery,
    handler: async ({ ctx, user, query, reply }) => {
      const { scope } = await scopeOf(ctx, user!, query.year);
      const result = await benchmark(ctx.database.db, scope, query.metric);
      const title = `${scope.year ?? ""}${scope.year ? "年" : ""}“${result.metric}”对标`;
      return download(reply, `对标-${result.metric}.xlsx`, await benchmarkXlsx(result, title));
    },
  }),
];
