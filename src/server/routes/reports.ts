import { z } from "zod";
import type { Kysely } from "kysely";
import { route } from "./define.js";
import { download } from "./download.js";
import { idParam } from "../validation.js";
import { inTransaction } from "../db/transaction.js";
import { actorOf, nowOf } from "../context.js";
import { localDay } from "../clock.js";
import { errors } from "../errors.js";
import type { DB } from "../db/schema.js";
import type { UserRow } from "../auth/sessions.js";
import { decideReport, REPORT_STATUSES, saveReport, submitReport } from "../commands/rounds/reports.js";
import { evidenceFor, reportFor, type ScopedReport } from "../policies/scope.js";
import { loadTasks } from "../commands/plans/task-store.js";
import { presentTask } from "../presenters/plans.js";
import { presentFiler, presentReport, presentReportSummary, presentRound } from "../presenters/reports.js";
import { filerOf } from "../commands/rounds/filers.js";
import { changesSinceReturn } from "../commands/rounds/changes.js";
import { readUpload } from "./upload.js";
import { writeAudit } from "../commands/audit.js";
import { calendarDay } from "../../shared/dates.js";
import type { ReportDetail } from "../../shared/report-detail.js";

const STATUS_BY_LABEL = Object.fromEntries(Object.entries(REPORT_STATUSES).map(([k, v]) => [v, k]));
const status = z
  .string()
  .transform((s) => STATUS_BY_LABEL[s] ?? s)
  .pipe(z.enum(Object.keys(REPORT_STATUSES) as [keyof typeof REPORT_STATUSES], { error: "推进状态须为 未启动、正常推进、已完成、滞后、受阻 之一" }));
const version = z.int32({ error: "缺少版本号" });

export const EVIDENCE_TYPES: Record<string, string> = {
  pdf: "application/pdf", jpg: "image/jpeg", jpeg: "image/jpeg", png: "image/png", gif: "image/gif", webp: "image/webp",
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document", doc: "application/msword",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", xls: "application/vnd.ms-excel",
  pptx: "application/vnd.openxmlformats-officedocument.presentationml.presentation", txt: "text/plain; charset=utf-8", zip: "application/zip",
};
export const EVIDENCE_LIMIT = 20 * 1024 * 1024;

const presentEvidence = (f: { id: number; file_name: string; mime: string; size: number; uploaded_at: string }) =>
  ({ id: f.id, fileName: f.file_name, mime: f.mime, size: f.size, uploadedAt: f.uploaded_at, url: `/api/evidence/${f.id}` });

async function reportDetail(db: Kysely<DB>, user: UserRow, reportId: number, today: string): Promise<ReportDetail> {
  const { report, round, plan, access } = await reportFor(db, user, reportId);
  const [task] = await loadTasks(db, { taskIds: [report.task_id] });
  const unit = await db.selectFrom("units").select("name").where("id", "=", report.unit_id).executeTakeFirst();
  const filer = await filerOf(db, report);
  const filedBy = report.filed_by_unit_id ? await db.selectFrom("units").select("name").where("id", "=", report.filed_by_unit_id).executeTakeFirst() : undefined;
  const values = await db.selectFrom("report_values").selectAll().where("report_id", "=", report.id).execute();
  const milestones = await db.selectFrom("report_milestones").selectAll().where("report_id", "=", report.id).execute();
  const events = await db.selectFrom("report_events").selectAll().where("report_id", "=", report.id).orderBy("id").execute();
  const evidence = await db.selectFrom("evidence_files").select(["id", "file_name", "mime", "size", "uploaded_at"]).where("report_id", "=", report.id).orderBy("id").execute();
  // The lead's form shows every co-unit's report beside its own.
  const coReports = report.role === "lead"
    ? await db.selectFrom("reports").innerJoin("units", "units.id", "reports.unit_id").selectAll("reports").select("units.name as unit_name").where("round_id", "=", report.round_id).where("task_id", "=", report.task_id).where("role", "=", "co").where("reports.state", "!=", "withdrawn").orderBy("reports.id").execute()
    : [];
  // A co-unit's report submitted after the lead's went on (submitted or approved) arrived late:
  // it stays `submitted` and is shown beside the lead's report as such.
  const leadSent = report.state === "submitted" || report.state === "approved";
  const coValues = coReports.length ? await db.selectFrom("report_values").selectAll().where("report_id", "in", coReports.map((c) => c.id)).execute() : [];
  // A co-unit's evidence travels with its input (only once sent: a draft stays the co-unit's).
  const sentCo = coReports.filter((c) => c.state !== "draft").map((c) => c.id);
  const coEvidence = sentCo.length ? await db.selectFrom("evidence_files").select(["id", "report_id", "file_name", "mime", "size", "uploaded_at"]).where("report_id", "in", sentCo).orderBy("id").execute() : [];
  // After a return, the resubmitted report shows what changed since (for the leader above all).
  const sinceReturn = report.role === "lead" && (report.state === "submitted" || report.state === "approved") ? await changesSinceReturn(db, report) : null;
  return presentReport(report, {
    sinceReturn,
    unitName: unit?.name ?? "",
    filer: presentFiler(filer),
    filedByUnitName: report.filed_as === "office" ? "办公室" : (filedBy?.name ?? null),
    round: presentRound(round),
    planTitle: plan.title,
    task: task ? presentTask(task, today) : null,
    values: values.map((v) => ({ targetId: v.target_id, value: Number(v.value) })),
    milestones: milestones.map((m) => ({ milestoneId: m.milestone_id, doneOn: m.done_on })),
    events: events.map((e) => ({ at: e.at, actorName: e.actor_name, action: e.action, comment: e.comment, proxy: e.proxy ?? null })),
    evidence: evidence.map(presentEvidence),
    coReports: coReports.map(({ unit_name, ...c }) => ({
      ...presentReportSummary(c, { unitName: unit_name }), text: c.state === "draft" ? "" : c.text, problems: c.state === "draft" ? "" : c.problems,
      nextSteps: c.state === "draft" ? "" : c.next_steps,
      evidence: coEvidence.filter((f) => f.report_id === c.id).map(presentEvidence),
      late: leadSent && c.state === "submitted",
      values: coValues.filter((v) => v.report_id === c.id).map((v) => ({ targetId: v.target_id, value: Number(v.value) })),
    })),
    // Co-units whose input has not reached the lead unit yet (the lead's submit asks first).
    pendingCoUnits: coReports.filter((c) => c.state === "draft" || c.state === "returned").map((c) => ({ reportId: c.id, unitId: c.unit_id, unitName: c.unit_name, state: c.state })),
    can: { filing: access.filing, write: access.write, submit: access.submit, decide: access.decide && report.submitted_by !== user.id && !(JSON.parse(report.editors) as number[]).includes(user.id) },
    // 登记为督导问题: the finding raised from this report, if any (one per report).
    findingId: (await db.selectFrom("findings").select("id").where("report_id", "=", report.id).executeTakeFirst())?.id ?? null,
  });
}

/** Evidence is added and removed by the report's own unit while the report can be changed. */
function mayAddEvidence<T extends ScopedReport>(user: UserRow, scoped: T): T {
  if (scoped.access.write) return scoped;
  if (user.unit_id !== scoped.report.unit_id && !scoped.access.filing) throw errors.forbidden("只能为本单位的报告上传或删除材料");
  throw errors.conflict("REPORT_LOCKED", "该报告当前不能修改");
}

export const reportRoutes = [
  route({
    method: "GET", url: "/api/reports/:id", tag: "reports", access: "plans.read", summary: "进展报告（含任务指标、协办单位报告、流转记录、佐证材料）",
    params: idParam,
    handler: async ({ ctx, user, params }) => reportDetail(ctx.database.db, user!, params.id, localDay(nowOf(ctx))),
  }),
  route({
    method: "PUT", url: "/api/reports/:id", tag: "reports", access: "plans.read", summary: "保存报告草稿（带 version；过期版本返回 409）",
    params: idParam,
    body: z.strictObject({
      text: z.string().max(20_000, "进展情况不能超过 20000 字").optional(),
      status: status.nullable().optional(),
      problems: z.string().max(10_000).optional(),
      nextSteps: z.string().max(10_000).optional(),
      values: z.array(z.strictObject({ targetId: z.int32().positive(), value: z.number({ error: "指标值须为数字" }).nullable() })).max(200).optional(),
      milestones: z.array(z.strictObject({ milestoneId: z.int32().positive(), doneOn: calendarDay.nullable() })).max(200).optional(),
      version,
    }),
    handler: async ({ ctx, user, params, body }) => {
      const saved = await inTransaction(ctx.database, async (tx) => saveReport(tx, user!, actorOf(user!), await reportFor(tx, user!, params.id), body, nowOf(ctx)));
      return reportDetail(ctx.database.db, user!, saved.id, localDay(nowOf(ctx)));
    },
  }),
  route({
    method: "POST", url: "/api/reports/:id/submit", tag: "reports", access: "plans.read", summary: "提交报告（单位负责人）：协办报告送牵头单位，牵头报告送责任领导审定",
    params: idParam,
    body: z.strictObject({ version }),
    handler: async ({ ctx, user, params, body }) => {
      const saved = await inTransaction(ctx.database, async (tx) => submitReport(tx, user!, actorOf(user!), await reportFor(tx, user!, params.id), body.version, nowOf(ctx)));
      return reportDetail(ctx.database.db, user!, saved.id, localDay(nowOf(ctx)));
    },
  }),
  route({
    method: "POST", url: "/api/reports/:id/approve", tag: "reports", access: "plans.read", summary: "审定（责任领导；不能审定自己的报告）",
    params: idParam,
    body: z.strictObject({ version, comment: z.string().max(2000).optional() }),
    handler: async ({ ctx, user, params, body }) => {
      const saved = await inTransaction(ctx.database, async (tx) => decideReport(tx, user!, actorOf(user!), await reportFor(tx, user!, params.id), "approve", body, nowOf(ctx)));
      return reportDetail(ctx.database.db, user!, saved.id, localDay(nowOf(ctx)));
    },
  }),
  route({
    method: "POST", url: "/api/reports/:id/return", tag: "reports", access: "plans.read", summary: "退回（责任领导，须填写意见）",
    params: idParam,
    body: z.strictObject({ version, comment: z.string().max(2000) }),
    handler: async ({ ctx, user, params, body }) => {
      const saved = await inTransaction(ctx.database, async (tx) => decideReport(tx, user!, actorOf(user!), await reportFor(tx, user!, params.id), "return", body, nowOf(ctx)));
      return reportDetail(ctx.database.db, user!, saved.id, localDay(nowOf(ctx)));
    },
  }),
  route({
    method: "POST", url: "/api/reports/:id/evidence", tag: "reports", access: "plans.read", multipart: true, status: 201,
    summary: "上传佐证材料（PDF、图片、Office 文档、ZIP；单个不超过 20 MB）",
    params: idParam,
    handler: async ({ ctx, req, user, params }) => {
      // Whose report it is is settled before the upload is read.
      mayAddEvidence(user!, await reportFor(ctx.database.db, user!, params.id));
      const file = await readUpload(req, { maxBytes: EVIDENCE_LIMIT, extensions: Object.keys(EVIDENCE_TYPES), label: "佐证材料" }).catch((e) => {
        // The multipart reader stops at the limit with its own error: answer with the limit named.
        if ((e as { code?: string }).code === "FST_REQ_FILE_TOO_LARGE" || (e as { status?: number }).status === 413 || (e as { statusCode?: number }).statusCode === 413) {
          throw errors.tooLarge(`佐证材料不能超过 ${EVIDENCE_LIMIT / 1024 / 1024} MB，请压缩或拆分后再上传`);
        }
        throw e;
      });
      const ext = file.filename.toLowerCase().split(".").pop()!;
      return inTransaction(ctx.database, async (tx) => {
        const { report } = mayAddEvidence(user!, await reportFor(tx, user!, params.id));
        const row = await tx
          .insertInto("evidence_files")
          .values({ report_id: report.id, file_name: file.filename, mime: EVIDENCE_TYPES[ext], size: file.data.length, data: file.data, uploaded_by: user!.id, uploaded_at: nowOf(ctx).toISOString() })
          .returning(["id", "file_name", "mime", "size", "uploaded_at"])
          .executeTakeFirstOrThrow();
        await writeAudit(tx, actorOf(user!), { action: "evidence.upload", entity: "report", entityId: report.id, after: { evidenceId: row.id, fileName: row.file_name, size: row.size } });
        return { id: row.id, fileName: row.file_name, mime: row.mime, size: row.size, uploadedAt: row.uploaded_at, url: `/api/evidence/${row.id}` };
      });
    },
  }),
  route({
    method: "GET", url: "/api/evidence/:id", tag: "reports", access: "plans.read", summary: "查看或下载佐证材料（图片和 PDF 可在浏览器中预览）",
    params: idParam,
    handler: async ({ ctx, user, params, reply }) => {
      const { file: f } = await evidenceFor(ctx.database.db, user!, params.id);
      const inline = /^(image\/|application\/pdf)/.test(f.mime);
      // `sandbox` stops the browser's own PDF viewer; every other type keeps it.
      const pdf = f.mime === "application/pdf";
      reply.header("Content-Security-Policy", pdf ? "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'" : "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; sandbox");
      return download(reply, f.file_name, Buffer.from(f.data), { type: f.mime, inline });
    },
  }),
  route({
    method: "DELETE", url: "/api/evidence/:id", tag: "reports", access: "plans.read", summary: "删除佐证材料（报告可修改时）",
    params: idParam,
    handler: async ({ ctx, user, params }) => {
      await inTransaction(ctx.database, async (tx) => {
        const { file: f, report } = mayAddEvidence(user!, await evidenceFor(tx, user!, params.id));
        await tx.deleteFrom("evidence_files").where("id", "=", f.id).execute();
        await writeAudit(tx, actorOf(user!), { action: "evidence.delete", entity: "report", entityId: report.id, before: { evidenceId: f.id, fileName: f.file_name, size: f.size } });
      });
      return undefined;
    },
  }),
];
