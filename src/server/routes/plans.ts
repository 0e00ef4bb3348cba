import { z } from "zod";
import { calendarDay } from "../../shared/dates.js";
import { route } from "./define.js";
import { download } from "./download.js";
import { idParam, parseWith, text, queryInt } from "../validation.js";
import { inTransaction } from "../db/transaction.js";
import { actorOf, nowOf } from "../context.js";
import { errors } from "../errors.js";
import { planFor, workReadOrgs, workWriteOrgs } from "../policies/scope.js";
import { importPlan } from "../commands/plans/import-plan.js";
import { createPlan, mapUnitName, updatePlan } from "../commands/plans/plan-edit.js";
import { archivePlan, deletePlan, publishPlan, reextractPlan } from "../commands/plans/plan-lifecycle.js";
import { unitProposals } from "../commands/plans/unit-linking.js";
import { presentPlan } from "../presenters/plans.js";
import { readUpload } from "./upload.js";
import type { Kysely } from "kysely";
import type { DB } from "../db/schema.js";

export const PLAN_EXTENSIONS = ["txt", "md", "docx", "pdf", "xlsx", "html", "htm", "doc", "wps"];
export const PLAN_UPLOAD_LIMIT = 30 * 1024 * 1024;


async function taskCount(db: Kysely<DB>, planId: number) {
  const row = await db.selectFrom("tasks").select((eb) => eb.fn.countAll().as("n")).where("plan_id", "=", planId).executeTakeFirst();
  return Number(row?.n ?? 0);
}

/** Pasted text is a plan of a few dozen pages; longer text is a file to upload (or not a plan). */
export const PASTE_LIMIT_BYTES = 2 * 1024 * 1024;
const pastedPlan = z.strictObject({
  text: z.string().trim().min(1, "请粘贴方案文本"),
  filename: z.string().max(200).optional(),
});
const year = z.int32().min(2000, "年份无效").max(2100, "年份无效");
const day = calendarDay;

export const planRoutes = [
  route({
    method: "GET", url: "/api/plans", tag: "plans", access: "plans.read", summary: "工作方案列表",
    query: z.strictObject({
      year: z.coerce.number().int().min(2000, "年份无效").max(2100, "年份无效").optional(),
      status: z.enum(["draft", "published", "archived"]).optional(),
      /** One bureau's plans (下级对比 drill-down): the caller's own or one whose work they read, else 404. */
      orgId: queryInt().positive("机构无效").optional(),
    }),
    handler: async ({ ctx, user, query }) => {
      const db = ctx.database.db;
      const readable = await workReadOrgs(db, user!);
      if (query.orgId && !readable.includes(query.orgId)) throw errors.notFound("ORG_NOT_FOUND", "找不到该机构");
      let q = db.selectFrom("plans").selectAll().where("org_id", "in", query.orgId ? [query.orgId] : readable);
      if (query.year) q = q.where("year", "=", query.year);
      if (query.status) q = q.where("status", "=", query.status);
      const plans = await q.orderBy("year", "desc").orderBy("id", "desc").execute();
      const counts = plans.length
        ? await db.selectFrom("tasks").select(["plan_id", (eb) => eb.fn.countAll().as("n")]).where("plan_id", "in", plans.map((p) => p.id)).groupBy("plan_id").execute()
        : [];
      const byPlan = new Map(counts.map((c) => [c.plan_id, Number(c.n)]));
      return { items: plans.map((p) => presentPlan(p, { taskCount: byPlan.get(p.id) ?? 0 })) };
    },
  }),
  route({
    method: "POST", url: "/api/plans", tag: "plans", access: "plans.write", status: 201, summary: "新建空白工作方案（手工录入任务）",
    body: z.strictObject({ title: text(2, 200), year: year.nullable().optional() }),
    handler: async ({ ctx, user, body }) => {
      const plan = await inTransaction(ctx.database, (tx) => createPlan(tx, actorOf(user!), user!.org_id, { title: body.title, year: body.year ?? new Date().getFullYear() }));
      return { plan: presentPlan(plan, { taskCount: 0 }), taskCount: 0, warnings: [] };
    },
  }),
  route({
    method: "POST", url: "/api/plans/import", tag: "plans", access: "plans.write", status: 201,
    summary: "导入工作方案：上传文件（multipart，字段 file）或粘贴文本（JSON {text, filename}），生成草稿",
    body: pastedPlan,
    multipart: true,
    bodyLimit: PASTE_LIMIT_BYTES * 2, // JSON escapes; the text itself is checked against PASTE_LIMIT_BYTES
    handler: async ({ ctx, req, user }) => {
      let data: Buffer | string, filename: string, mime: string | undefined;
      if (req.isMultipart()) {
        const file = await readUpload(req, { maxBytes: PLAN_UPLOAD_LIMIT, extensions: PLAN_EXTENSIONS, label: "方案文件" });
        if (!file.data.length) throw errors.validation("上传的文件是空的");
        ({ data, filename, mimetype: mime } = { data: file.data, filename: file.filename, mimetype: file.mimetype });
      } else {
        const body = parseWith(pastedPlan, req.body, "请求内容", "/api/plans/import");
        if (Buffer.byteLength(body.text, "utf8") > PASTE_LIMIT_BYTES) {
          throw errors.tooLarge("粘贴的文本过长（上限 2 MB，约 70 万字）。请上传文件，或分成几个方案导入");
        }
        data = body.text;
        filename = body.filename?.trim() || "粘贴的文本.txt";
        if (!/\.(txt|md)$/i.test(filename)) filename += ".txt";
        mime = "text/plain";
      }
      const result = await importPlan(ctx.database, actorOf(user!), { orgId: user!.org_id, filename, data, mime });
      const plan = await planFor(ctx.database.db, user!, result.planId, "write");
      return { plan: presentPlan(plan, { taskCount: result.taskCount }), taskCount: result.taskCount, warnings: result.warnings };
    },
  }),
  route({
    method: "GET", url: "/api/plans/:id", tag: "plans", access: "plans.read", summary: "工作方案详情",
    params: idParam,
    handler: async ({ ctx, user, params }) => {
      const plan = await planFor(ctx.database.db, user!, params.id, "read");
      return presentPlan(plan, { taskCount: await taskCount(ctx.database.db, plan.id) });
    },
  }),
  route({
    method: "PATCH", url: "/api/plans/:id", tag: "plans", access: "plans.write", summary: "修改工作方案信息",
    params: idParam,
    body: z.strictObject({
      title: text(2, 200).optional(), year: year.nullable().optional(), docNumber: z.string().max(100).nullable().optional(),
      issuer: z.string().max(200).nullable().optional(), issuedOn: day.nullable().optional(), region: z.string().max(100).nullable().optional(),
      sections: z.array(z.strictObject({ no: z.string().max(20), title: z.string().max(300) })).max(200).optional(),
      rhythm: z.enum(["monthly", "biweekly", "quarterly"], { error: "调度频次须为 monthly（每月）、biweekly（每两周）或 quarterly（每季度）" }).optional(),
      openDay: z.int32().min(1).max(28).optional(),
      dueDay: z.int32().min(1).max(31).optional(),
      version: z.int32().optional(),
    }),
    handler: async ({ ctx, user, params, body }) =>
      presentPlan(
        await inTransaction(ctx.database, async (tx) => updatePlan(tx, actorOf(user!), await planFor(tx, user!, params.id, "write"), body)),
      ),
  }),
  route({
    method: "GET", url: "/api/plans/:id/source", tag: "plans", access: "plans.read", summary: "方案原文（识别用的规范化文本）",
    params: idParam,
    handler: async ({ ctx, user, params }) => {
      const plan = await planFor(ctx.database.db, user!, params.id, "read");
      return { text: plan.source_text, format: plan.source_format, fileName: plan.file_name, fileUrl: plan.file_name ? `/api/plans/${plan.id}/file` : null };
    },
  }),
  route({
    method: "GET", url: "/api/plans/:id/file", tag: "plans", access: "plans.read", summary: "下载导入时上传的原始文件",
    params: idParam,
    handler: async ({ ctx, user, params, reply }) => {
      const plan = await planFor(ctx.database.db, user!, params.id, "read");
      if (!plan.file_data || !plan.file_name) throw errors.notFound("PLAN_NO_FILE", "该工作方案没有原始文件");
      return download(reply, plan.file_name, Buffer.from(plan.file_data), { type: plan.file_type });
    },
  }),
  route({
    method: "GET", url: "/api/plans/:id/unit-proposals", tag: "plans", access: "plans.read",
    summary: "发布前：将新建的单位（同名写法已归并），以及与已有单位或其他新单位相似的名称",
    params: idParam,
    handler: async ({ ctx, user, params }) => {
      const db = ctx.database.db;
      const plan = await planFor(db, user!, params.id, "read");
      const taskIds = (await db.selectFrom("tasks").select("id").where("plan_id", "=", plan.id).execute()).map((t) => t.id);
      const items = plan.status === "draft" ? await unitProposals(db, plan.org_id, taskIds) : [];
      return { items, similar: items.filter((p) => p.similar.length || p.similarNew.length).length };
    },
  }),
  route({
    method: "POST", url: "/api/plans/:id/publish", tag: "plans", access: "plans.write", summary: "发布：任务进入台账，未匹配的单位自动新建",
    params: idParam,
    body: z.strictObject({
      version: z.int32().optional(),
      // The office's choice per printed name: an existing unit (merged; the name becomes its alias) or null (a new unit).
      units: z.array(z.strictObject({ name: z.string().min(1).max(100), unitId: z.int32().positive().nullable() })).max(500).optional(),
    }),
    handler: async ({ ctx, user, params, body }) => {
      const { plan, createdUnits } = await inTransaction(ctx.database, async (tx) =>
        publishPlan(tx, actorOf(user!), await planFor(tx, user!, params.id, "write"), body.version, body.units ?? [], nowOf(ctx)),
      );
      return { ...presentPlan(plan, { taskCount: await taskCount(ctx.database.db, plan.id) }), createdUnits };
    },
  }),
  route({
    method: "POST", url: "/api/plans/:id/archive", tag: "plans", access: "plans.write", summary: "归档（年终）",
    params: idParam,
    body: z.strictObject({ version: z.int32().optional() }),
    handler: async ({ ctx, user, params, body }) =>
      presentPlan(await inTransaction(ctx.database, async (tx) => archivePlan(tx, actorOf(user!), await planFor(tx, user!, params.id, "write"), body.version))),
  }),
  route({
    method: "DELETE", url: "/api/plans/:id", tag: "plans", access: "plans.write",
    summary: "删除草稿或已归档的工作方案（连同其任务、调度轮次、报告、佐证材料和季度总结）；已发布的须先归档",
    params: idParam,
    query: z.strictObject({ version: queryInt().optional() }),
    handler: async ({ ctx, user, params, query }) => ({
      deleted: await inTransaction(ctx.database, async (tx) => deletePlan(tx, actorOf(user!), await planFor(tx, user!, params.id, "write"), query.version)),
    }),
  }),
  route({
    method: "POST", url: "/api/plans/:id/reextract", tag: "plans", access: "plans.write", summary: "草稿：用原始文件重新识别任务",
    params: idParam,
    handler: async ({ ctx, user, params }) => reextractPlan(ctx.database, actorOf(user!), workWriteOrgs(user!), params.id),
  }),
  route({
    method: "POST", url: "/api/plans/:id/unit-mappings", tag: "plans", access: "plans.write",
    summary: "把方案中的单位名称对应到已有单位（并记为该单位的别名）",
    params: idParam,
    body: z.strictObject({ name: text(1, 100), unitId: z.int32().positive() }),
    handler: async ({ ctx, user, params, body }) =>
      inTransaction(ctx.database, async (tx) => mapUnitName(tx, actorOf(user!), await planFor(tx, user!, params.id, "write"), body.name, body.unitId)),
  }),
];
