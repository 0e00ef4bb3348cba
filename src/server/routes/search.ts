// 全文搜索 (issue 15): one box for plans, tasks, reports, findings and bulletins; only what the caller may read.
import { z } from "zod";
import { route } from "./define.js";
import { queryInt } from "../validation.js";
import { search } from "../commands/search/query.js";
import { SEARCH_KINDS } from "../../shared/search.js";

export const searchRoutes = [
  route({
    // Kept by the response cache like the lists (a repeated search by one place: the same answer until the data moves).
    method: "GET", url: "/api/search", cached: true, tag: "search", access: "search.read",
    summary: "全文搜索：按中文词查找工作方案、任务、进展报告、督导问题、通报（只含本人可查看的），带高亮片段；kind 按类别筛选",
    query: z.strictObject({
      q: z.string().trim().min(1, "请输入搜索词").max(100, "搜索词不能超过 100 个字"),
      kind: z.enum(SEARCH_KINDS, "类别应为 plan、task、report、finding 或 bulletin").optional(),
      limit: queryInt().min(1, "条数须在 1—100 之间").max(100, "条数须在 1—100 之间").optional(),
    }),
    handler: async ({ ctx, user, query }) => search(ctx.database.db, ctx.database.dialect, user!, query),
  }),
];
