// 下级对比 (issue 15): the bureaus below the caller's, side by side, and the same table as XLSX.
// Only the roles that read the work below (scope.ts READS_WORK_BELOW) reach it; the rows are the
// caller's subtree without its own org, so a sibling or an org above never appears.
import { z } from "zod";
import { route } from "./define.js";
import { queryInt } from "../validation.js";
import { nowOf, type AppContext } from "../context.js";
import { localDay } from "../clock.js";
import type { UserRow } from "../auth/sessions.js";
import { workBelowOrgs } from "../policies/scope.js";
import { rollupRows, rollupYears } from "../commands/rollup/rollup.js";
import { presentRollup } from "../presenters/rollup.js";
import { rollupXlsx } from "../../export/rollup-xlsx.js";

const filters = z.strictObject({
  year: queryInt().min(2000, "年度须在 2000—2100 之间").max(2100, "年度须在 2000—2100 之间").optional(),
});

async function comparison(ctx: AppContext, user: UserRow, q: z.infer<typeof filters>) {
  const db = ctx.database.db;
  const today = localDay(nowOf(ctx));
  const orgIds = await workBelowOrgs(db, user);
  const years = await rollupYears(db, orgIds);
  const year = q.year ?? Number(today.slice(0, 4));
  const rows = await rollupRows(db, { rootId: user.org_id, orgIds, year, today });
  return presentRollup({ year, today }, years, rows);
}

export const rollupRoutes = [
  route({
    method: "GET", url: "/api/rollup", tag: "rollup", access: "rollup.read",
    summary: "下级对比：本机构以下各单位（含路径）的本年方案、任务与办结、按时报送率（本年、最近一轮）、待审核报告、督导问题、考核结果；year 筛选",
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
      return reply
        .type("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
        .header("Content-Disposition", `attachment; filename*=UTF-8''${encodeURIComponent(`${title}.xlsx`)}`)
        .send(body);
    },
  }),
];
