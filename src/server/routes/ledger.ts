import { z } from "zod";
import { route } from "./define.js";
import { download } from "./download.js";
import { idParam } from "../validation.js";
import { actorOf } from "../context.js";
import { loadTasks } from "../commands/plans/task-store.js";
import { latestProgressText } from "../commands/plans/ledger-progress.js";
import { applyLedgerImport, previewLedgerImport } from "../commands/plans/ledger-import.js";
import { ledgerWorkbook } from "../../export/ledger-xlsx.js";
import { planFor, workWriteOrgs } from "../policies/scope.js";
import { readUpload } from "./upload.js";
import { divisionTable } from "../commands/plans/division.js";
import { localDay } from "../clock.js";
import { nowOf } from "../context.js";

export const ledgerRoutes = [
  route({
    method: "GET", url: "/api/plans/:id/export.xlsx", tag: "ledger", access: "plans.read", summary: "导出任务台账（分工表格式 XLSX）",
    params: idParam,
    handler: async ({ ctx, user, params, reply }) => {
      const db = ctx.database.db;
      const plan = await planFor(db, user!, params.id, "read");
      const buf = await ledgerWorkbook(plan, await loadTasks(db, { planId: plan.id }), await latestProgressText(db, plan.id));
      return download(reply, `${plan.title}-任务台账.xlsx`, buf);
    },
  }),
  ...(["docx", "xlsx"] as const).map((ext) =>
    route({
      method: "GET", url: `/api/plans/:id/division.${ext}`, tag: "ledger", access: "plans.read",
      summary: `导出分工方案表（${ext.toUpperCase()}，进展情况取各任务牵头单位最近一次经审定的报告）`,
      params: idParam,
      handler: async ({ ctx, user, params, reply }) => {
        const db = ctx.database.db;
        const plan = await planFor(db, user!, params.id, "read");
        const table = await divisionTable(db, plan, localDay(nowOf(ctx)));
        const { divisionDocx, divisionXlsx } = await import("../../export/division.js");
        const buf = ext === "docx" ? await divisionDocx(table) : await divisionXlsx(table);
        return download(reply, `${plan.title}-分工方案.${ext}`, buf);
      },
    }),
  ),
  route({
    method: "POST", url: "/api/plans/:id/ledger-import", tag: "ledger", access: "plans.write", multipart: true,
    summary: "导入修改过的台账 XLSX：默认只返回差异供确认；apply=1 时整体写入",
    params: idParam,
    query: z.strictObject({ apply: z.enum(["0", "1"]).optional() }),
    handler: async ({ ctx, req, user, params, query }) => {
      await planFor(ctx.database.db, user!, params.id, "write"); // before the upload is read
      const file = await readUpload(req, { maxBytes: 10 * 1024 * 1024, extensions: ["xlsx"], label: "台账文件" });
      return query.apply === "1"
        ? applyLedgerImport(ctx.database, actorOf(user!), workWriteOrgs(user!), params.id, file.data)
        : previewLedgerImport(ctx.database, workWriteOrgs(user!), params.id, file.data);
    },
  }),
];
