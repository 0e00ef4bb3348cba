// 工作台统计 (issue 14): the bureau overview and 进展调度, filtered by plan, year and round period.
// Scoped to the caller's bureau (a chosen plan goes through planFor, so a plan of another bureau is 404).
import { z } from "zod";
import { route } from "./define.js";
import { idParam, queryInt, queryYear } from "../validation.js";
import { nowOf, type AppContext } from "../context.js";
import { localDay } from "../clock.js";
import type { UserRow } from "../auth/sessions.js";
import { planFor, reportFor, rolesOf } from "../policies/scope.js";
import { dashboardOverview, type DashboardScope } from "../commands/dashboard/overview.js";
import { BOARD_ON_TIME, BOARD_STATUS, boardText, progressBoard } from "../commands/dashboard/board.js";
import { errors } from "../errors.js";

const filters = z.strictObject({
  planId: queryInt().positive().optional(),
  year: queryYear().optional(),
  period: z.string().regex(/^\d{4}-(\d{2}(-[12])?|Q[1-4])$/, "调度周期格式应为 YYYY-MM").optional(),
});
/** A comma-separated list of codes in a query string (?status=behind,blocked), each one checked. */
const codeList = <T extends readonly [string, ...string[]]>(codes: T, message: string) =>
  z.string().max(200).transform((v, c) => {
    const list = [...new Set(v.split(",").map((x) => x.trim()).filter(Boolean))];
    for (const x of list) if (!(codes as readonly string[]).includes(x)) c.addIssue({ code: "custom", message });
    return list as T[number][];
  }).optional();
const boardFilters = filters.extend({
  mine: z.enum(["0", "1"]).optional(),
  page: queryInt().positive().max(100_000).default(1),
  pageSize: queryInt().min(1).max(100).default(15),
  status: codeList(BOARD_STATUS, "推进状态筛选无效"),
  onTime: codeList(BOARD_ON_TIME, "按时筛选无效"),
});
type Filters = z.infer<typeof filters>;

const OVERSEERS = ["office", "admin", "director", "viewer"];

async function scopeOf(ctx: AppContext, user: UserRow, q: Filters) {
  const db = ctx.database.db;
  const today = localDay(nowOf(ctx));
  // The plans one may choose from: the bureau's own, published or archived (drafts are no ledger yet).
  const own = await db
    .selectFrom("plans")
    .select(["id", "title", "year", "status"])
    .where("org_id", "=", user.org_id)
    .where("status", "!=", "draft")
    .orderBy("year", "desc")
    .orderBy("id", "desc")
    .execute();
  const years = [...new Set(own.map((p) => p.year).filter((y): y is number => y !== null))].sort((a, b) => b - a);
  let scope: DashboardScope;
  if (q.planId) {
    const plan = await planFor(db, user, q.planId, "read");
    scope = { orgId: plan.org_id, planIds: [plan.id], year: q.year ?? plan.year, period: q.period ?? null, today };
  } else {
    const year = q.year ?? years[0] ?? null;
    scope = { orgId: user.org_id, planIds: own.filter((p) => year === null || p.year === year).map((p) => p.id), year, period: q.period ?? null, today };
  }
  const periods = scope.planIds.length
    ? (await db.selectFrom("rounds").select("period").distinct().where("plan_id", "in", scope.planIds).where("state", "!=", "scheduled").orderBy("period").execute()).map((r) => r.period)
    : [];
  return {
    scope,
    options: { plans: own.map((p) => ({ id: p.id, title: p.title, year: p.year, status: p.status })), years, periods },
  };
}

export const dashboardRoutes = [
  route({
    method: "GET", url: "/api/dashboard", cached: true, tag: "dashboard", access: "dashboard.read",
    summary: "工作台统计：任务状态（按篇目、单位）、各轮按时报送率、指标、时间节点、督导问题、年度趋势；planId、year、period 筛选",
    query: filters,
    handler: async ({ ctx, user, query }) => {
      const { scope, options } = await scopeOf(ctx, user!, query);
      return {
        filters: { planId: query.planId ?? null, year: scope.year, period: scope.period, today: scope.today },
        options,
        ...(await dashboardOverview(ctx.database.db, scope)),
      };
    },
  }),
  route({
    method: "GET", url: "/api/dashboard/progress", cached: true, tag: "dashboard", access: "dashboard.read",
    summary: "进展调度：每项任务最新一期牵头单位报告（内容、状态、是否按时），分页（page、pageSize ≤ 100，total 为筛选后的总数），可按推进状态 status（逗号分隔，none 为未报送）、按时 onTime（on_time、late、not_due）筛选；分管领导只看本人负责的任务，mine=1 时其他角色也只看本人负责的",
    query: boardFilters,
    handler: async ({ ctx, user, query }) => {
      const { scope } = await scopeOf(ctx, user!, query);
      const overseer = rolesOf(user!).some((r) => OVERSEERS.includes(r));
      const leaderId = !overseer || query.mine === "1" ? user!.id : null;
      return { filters: { planId: query.planId ?? null, year: scope.year, period: scope.period, today: scope.today, mine: leaderId !== null, status: query.status ?? [], onTime: query.onTime ?? [] }, ...(await progressBoard(ctx.database.db, scope, { leaderId, page: query.page, pageSize: query.pageSize, status: query.status, onTime: query.onTime })) };
    },
  }),
  route({
    method: "GET", url: "/api/dashboard/progress/:id", cached: true, tag: "dashboard", access: "dashboard.read",
    summary: "进展调度：一份牵头单位报告的进展全文（列表只带前 60 字的摘要，悬停或点击时取全文）；未报送的草稿不给内容",
    params: idParam,
    handler: async ({ ctx, user, params }) => {
      // The board's readers (dashboard.read) and the report's own policy (the 查看报告 link's): a leader reads
      // the reports of their tasks, the overseers those of their bureau; anything else is 404, like the report page.
      const { report } = await reportFor(ctx.database.db, user!, params.id);
      if (report.role !== "lead") throw errors.notFound("REPORT_NOT_FOUND", "找不到该进展报告");
      return { id: report.id, text: boardText(report) };
    },
  }),
];
