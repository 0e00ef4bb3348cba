import { z } from "zod";
import type { Kysely } from "kysely";
import { route } from "./define.js";
import { download } from "./download.js";
import { idParam, queryInt, text } from "../validation.js";
import { inTransaction } from "../db/transaction.js";
import { actorOf, nowOf, type AppContext, type RequestUser } from "../context.js";
import { errors } from "../errors.js";
import type { DB } from "../db/schema.js";
import type { UserRow } from "../auth/sessions.js";
import { localDay } from "../clock.js";
import { calendarDay } from "../../shared/dates.js";
import { chineseDate, FINDING_CATEGORIES, FINDING_FORMS, FINDING_SEVERITIES, FINDING_SOURCES, FINDING_STATES, formNumber, type FindingDetail, type FindingForm } from "../../shared/findings.js";
import { changeFinding, createFinding, type FindingRow, type Step } from "../commands/findings/findings.js";
import { findingFileFor, findingFor, findingListScope, reportFor } from "../policies/scope.js";
import { ledgerStats, ledgerWhere } from "../commands/findings/ledger.js";
import { importLedger, ledgerTemplate } from "../commands/findings/import.js";
import { findingOfReport, raiseFromReport } from "../commands/findings/from-report.js";
import { findingSteps, presentFinding } from "../presenters/findings.js";
import { findingsWorkbook } from "../../export/findings-xlsx.js";
import { readUpload } from "./upload.js";
import { EVIDENCE_LIMIT, EVIDENCE_TYPES } from "./reports.js";
import { writeAudit } from "../commands/audit.js";
import { withNumberRetry } from "../db/yearly-numbers.js";

const version = z.int32({ error: "缺少版本号" });
const pick = <T extends readonly string[]>(values: T, what: string) => z.enum(values as unknown as [string, ...string[]], { error: `${what}须为 ${values.join("、")} 之一` });
const STATE_KEYS = Object.keys(FINDING_STATES) as (keyof typeof FINDING_STATES)[];

const listQuery = z.strictObject({
  state: pick(STATE_KEYS, "状态").optional(),
  unitId: queryInt().positive().optional(),
  taskId: queryInt().positive().optional(),
  category: pick(FINDING_CATEGORIES, "问题类别").optional(),
  source: pick(FINDING_SOURCES, "问题来源").optional(),
  overdue: z.enum(["true", "false"], { error: "逾期筛选须为 true 或 false" }).optional(),
  /** Not yet closed (销号): the dashboard's 未销号 figure leads here. */
  open: z.enum(["true"], { error: "未销号筛选须为 true" }).optional(),
  /** "true": the 隐患台账 (安全隐患 only); "false": the 问题台账 without hazards */
  hazard: z.enum(["true", "false"], { error: "隐患台账筛选须为 true 或 false" }).optional(),
  from: calendarDay.optional(),
  to: calendarDay.optional(),
});
type ListQuery = z.infer<typeof listQuery>;

async function names(db: Kysely<DB>, rows: FindingRow[]) {
  const unitIds = [...new Set(rows.map((r) => r.unit_id).filter((x): x is number => x != null))];
  const taskIds = [...new Set(rows.map((r) => r.task_id).filter((x): x is number => x != null))];
  const units = unitIds.length ? await db.selectFrom("units").select(["id", "name"]).where("id", "in", unitIds).execute() : [];
  const tasks = taskIds.length ? await db.selectFrom("tasks").select(["id", "no", "title"]).where("id", "in", taskIds).execute() : [];
  return {
    unit: (id: number | null) => units.find((u) => u.id === id)?.name ?? null,
    task: (id: number | null) => { const t = tasks.find((x) => x.id === id); return t ? `${t.no ? `${t.no} ` : ""}${t.title}` : null; },
  };
}

async function listFindings(ctx: AppContext, user: UserRow, q: ListQuery) {
  const db = ctx.database.db;
  const scope = await findingListScope(db, user);
  if (!scope) return [];
  const today = localDay(nowOf(ctx));
  const sel = db.selectFrom("findings").selectAll().where(ledgerWhere(scope, q, today));
  const rows = await sel.orderBy("found_on", "desc").orderBy("id", "desc").limit(5000).execute();
  const n = await names(db, rows);
  return rows.map((f) => presentFinding(f, { today, unitName: n.unit(f.unit_id), taskTitle: n.task(f.task_id) }));
}

async function findingDetail(ctx: AppContext, user: UserRow, id: number): Promise<FindingDetail> {
  const db = ctx.database.db;
  const { finding: f, access } = await findingFor(db, user, id);
  const n = await names(db, [f]);
  const events = await db.selectFrom("finding_events").selectAll().where("finding_id", "=", f.id).orderBy("id").execute();
  const files = await db.selectFrom("finding_files").select(["id", "kind", "file_name", "mime", "size", "uploaded_at"]).where("finding_id", "=", f.id).orderBy("id").execute();
  return {
    ...presentFinding(f, { today: localDay(nowOf(ctx)), unitName: n.unit(f.unit_id), taskTitle: n.task(f.task_id) }),
    events: events.map((e) => ({ at: e.at, actorName: e.actor_name, action: e.action, state: e.state, stateLabel: FINDING_STATES[e.state as keyof typeof FINDING_STATES] ?? e.state, comment: e.comment })),
    files: files.map((x) => ({ id: x.id, kind: x.kind, fileName: x.file_name, mime: x.mime, size: x.size, uploadedAt: x.uploaded_at, url: `/api/finding-files/${x.id}` })),
    can: findingSteps(f, access),
  };
}

/** A filled-in 整改结果报告单: a scan or photo, a PDF or a Word file. */
const REPORT_FORM_TYPES = ["pdf", "doc", "docx", "jpg", "jpeg", "png"];

/** A photo, evidence or 整改结果报告单 file of a finding, stored and audited in one transaction. */
async function storeFindingFile(ctx: AppContext, user: NonNullable<RequestUser>, findingId: number, kind: "photo" | "evidence" | "report_form", file: { filename: string; data: Buffer }, action: string) {
  const ext = file.filename.toLowerCase().split(".").pop() ?? "";
  const now = nowOf(ctx);
  const row = await inTransaction(ctx.database, async (tx) => {
    const saved = await tx.insertInto("finding_files").values({ finding_id: findingId, kind, file_name: file.filename, mime: EVIDENCE_TYPES[ext], size: file.data.length, data: file.data, uploaded_by: user.id, uploaded_at: now.toISOString() }).returning(["id", "file_name", "size"]).executeTakeFirstOrThrow();
    await writeAudit(tx, actorOf(user), { action, entity: "finding", entityId: findingId, after: { fileId: saved.id, fileName: saved.file_name, ...(kind === "report_form" ? {} : { kind }) } });
    return saved;
  });
  return { id: row.id, kind, fileName: row.file_name, size: row.size, url: `/api/finding-files/${row.id}` };
}
const LEDGER_IMPORT_LIMIT = 5 * 1024 * 1024;

const DOC_FORMS: { path: string; form: FindingForm }[] = [{ path: "notice", form: "notice" }, { path: "assignment", form: "assignment" }, { path: "report", form: "report" }];

const stepBodies: Record<Exclude<Step, "save">, z.ZodType> = {
  notice: z.strictObject({ version }),
  assign: z.strictObject({ version, unitId: z.int32().positive().optional(), deadline: calendarDay, requirement: z.string().max(5000).optional() }),
  report: z.strictObject({ version, text: z.string().max(20_000).optional(), measures: z.string().max(20_000).optional(), draft: z.boolean().optional() }),
  close: z.strictObject({ version, comment: z.string().max(2000).optional() }),
  return: z.strictObject({ version, reason: z.string().max(2000).optional() }),
  reopen: z.strictObject({ version, reason: z.string().max(2000).optional(), deadline: calendarDay.optional() }),
};
const STEP_SUMMARY: Record<Exclude<Step, "save">, string> = {
  notice: "发出督导问题提示单（编号按年度）", assign: "交办：承办单位、整改期限、整改要求（交办单编号按年度）",
  report: "承办单位报送整改结果（draft=true 只保存）", close: "核实后销号（须已报送整改结果）", return: "退回整改（须填写原因）", reopen: "重新打开已销号的问题（须填写原因）",
};

export const findingRoutes = [
  route({
    method: "GET", url: "/api/findings", tag: "findings", access: "findings.read", summary: "督导问题台账（state, unitId, category, source, overdue, hazard, from, to 筛选）",
    query: listQuery,
    handler: async ({ ctx, user, query }) => ({ items: await listFindings(ctx, user!, query) }),
  }),
  route({
    method: "POST", url: "/api/findings", tag: "findings", access: "findings.manage", status: 201, summary: "登记督导问题",
    body: z.strictObject({
      source: pick(FINDING_SOURCES, "问题来源"),
      title: text(2, 200),
      description: z.string().max(20_000).optional(),
      category: pick(FINDING_CATEGORIES, "问题类别"),
      severity: pick(Object.keys(FINDING_SEVERITIES), "严重程度").optional(),
      place: z.string().max(200).optional(),
      unitId: z.int32().positive().nullable().optional(),
      taskId: z.int32().positive().nullable().optional(),
      foundOn: calendarDay,
      foundBy: z.string().max(100).optional(),
    }),
    handler: async ({ ctx, user, body }) => {
      const f = await inTransaction(ctx.database, (tx) => createFinding(tx, user!, actorOf(user!), { ...body, severity: body.severity ?? "general" }, nowOf(ctx)));
      return findingDetail(ctx, user!, f.id);
    },
  }),
  route({
    method: "GET", url: "/api/findings/export.xlsx", tag: "findings", access: "findings.read", summary: "导出问题台账或隐患台账（XLSX，筛选同列表）",
    query: listQuery,
    handler: async ({ ctx, user, query, reply }) => {
      const items = await listFindings(ctx, user!, query);
      const name = query.hazard === "true" ? "隐患台账" : "问题台账";
      return download(reply, `${name}.xlsx`, await findingsWorkbook(name, items));
    },
  }),
  route({
    method: "GET", url: "/api/findings/stats", tag: "findings", access: "findings.read", summary: "督导问题统计：按承办单位和类别（发现、销号、按期销号、平均整改天数）",
    query: listQuery,
    handler: async ({ ctx, user, query }) => {
      const db = ctx.database.db;
      const scope = await findingListScope(db, user!);
      if (!scope) return { byUnit: [], byCategory: [] };
      return ledgerStats(db, ctx.database.dialect, scope, query, localDay(nowOf(ctx)));
    },
  }),
  route({
    method: "GET", url: "/api/findings/import/template.xlsx", tag: "findings", access: "findings.manage", summary: "下载问题台账或隐患台账的导入模板（hazard=true：隐患台账）",
    query: z.strictObject({ hazard: z.enum(["true", "false"], { error: "隐患台账筛选须为 true 或 false" }).optional() }),
    handler: async ({ query, reply }) => {
      const hazard = query.hazard === "true";
      return download(reply, `${hazard ? "隐患台账" : "问题台账"}导入模板.xlsx`, await ledgerTemplate(hazard));
    },
  }),
  route({
    method: "POST", url: "/api/findings/import", tag: "findings", access: "findings.manage", multipart: true, status: 201,
    summary: "导入问题台账或隐患台账（XLSX，版式同导出；整体导入：任何一行有错则不导入，返回各行错误）",
    query: z.strictObject({ hazard: z.enum(["true", "false"], { error: "隐患台账筛选须为 true 或 false" }).optional() }),
    handler: async ({ ctx, req, user, query }) => {
      const file = await readUpload(req, { maxBytes: LEDGER_IMPORT_LIMIT, extensions: ["xlsx"], label: "台账文件" });
      const now = nowOf(ctx);
      return importLedger(ctx.database, user!, actorOf(user!), file.data, { hazard: query.hazard === "true", today: localDay(now), now });
    },
  }),
  route({
    method: "POST", url: "/api/reports/:id/finding", tag: "findings", access: "findings.manage", status: 201,
    summary: "把进展报告的存在问题登记为督导问题（来源：调度发现；同一报告只登记一次，再次点击返回已登记的问题）",
    params: idParam,
    body: z.strictObject({ category: pick(FINDING_CATEGORIES, "问题类别").optional(), title: z.string().max(200).optional(), description: z.string().max(20_000).optional() }),
    handler: async ({ ctx, user, params, body }) => {
      const run = () => inTransaction(ctx.database, async (tx) => raiseFromReport(tx, user!, actorOf(user!), await reportFor(tx, user!, params.id), body, nowOf(ctx)));
      let raised;
      try {
        raised = await run();
      } catch (e) {
        // Two clicks at once on two instances: the second lost on the unique report link and gets the first's finding.
        const first = await findingOfReport(ctx.database.db, params.id);
        if (!first) throw e;
        raised = { finding: first, created: false };
      }
      return { ...(await findingDetail(ctx, user!, raised.finding.id)), created: raised.created };
    },
  }),
  route({
    method: "GET", url: "/api/findings/:id", tag: "findings", access: "findings.read", summary: "督导问题（含流转记录、材料、可办理的步骤）",
    params: idParam,
    handler: async ({ ctx, user, params }) => findingDetail(ctx, user!, params.id),
  }),
  ...(Object.keys(stepBodies) as Exclude<Step, "save">[]).map((step) =>
    route({
      method: "POST", url: `/api/findings/:id/${step}`, tag: "findings", access: step === "report" ? "findings.read" : "findings.manage",
      summary: STEP_SUMMARY[step],
      params: idParam,
      body: stepBodies[step] as z.ZodType<{ version: number; draft?: boolean }>,
      handler: async ({ ctx, user, params, body }) => {
        const action: Step = step === "report" && body.draft ? "save" : step;
        await withNumberRetry(() => inTransaction(ctx.database, async (tx) => changeFinding(tx, user!, actorOf(user!), await findingFor(tx, user!, params.id), action, body, nowOf(ctx))));
        return findingDetail(ctx, user!, params.id);
      },
    }),
  ),
  ...DOC_FORMS.map(({ path, form }) =>
    route({
      method: "GET", url: `/api/findings/:id/documents/${path}.docx`, tag: "findings", access: "findings.read", summary: `下载${FINDING_FORMS[form]}（DOCX）`,
      params: idParam,
      handler: async ({ ctx, user, params, reply }) => {
        const db = ctx.database.db;
        const { finding: f } = await findingFor(db, user!, params.id);
        const year = form === "notice" ? f.notice_year : form === "assignment" ? f.assignment_year : f.report_year;
        const no = form === "notice" ? f.notice_no : form === "assignment" ? f.assignment_no : f.report_no;
        if (year == null || no == null) throw errors.conflict("FINDING_FORM_NOT_ISSUED", `该问题尚未${{ notice: "发出提示单", assignment: "交办", report: "报送整改结果" }[form]}，没有${FINDING_FORMS[form]}`);
        const n = await names(db, [f]);
        const org = await db.selectFrom("orgs").select("name").where("id", "=", f.org_id).executeTakeFirst();
        const reporter = f.reported_by ? await db.selectFrom("users").select("name").where("id", "=", f.reported_by).executeTakeFirst() : null;
        const at = form === "notice" ? f.noticed_at : form === "assignment" ? f.assigned_at : f.reported_at;
        const number = formNumber(form, year, no);
        const buf = await (await import("../../export/finding-docx.js")).findingDocx({
          form, number, orgName: org?.name ?? "", title: f.title, description: f.description, source: f.source, category: f.category,
          severity: FINDING_SEVERITIES[f.severity as keyof typeof FINDING_SEVERITIES] ?? f.severity, place: f.place, unitName: n.unit(f.unit_id) ?? "",
          foundOn: f.found_on, foundBy: f.found_by, taskTitle: n.task(f.task_id), requirement: f.requirement, deadline: f.deadline,
          reportText: f.report_text, reportMeasures: f.report_measures, reportedOn: f.reported_at ? localDay(new Date(f.reported_at)) : null,
          reportedBy: reporter?.name ?? "", date: chineseDate(localDay(at ? new Date(at) : nowOf(ctx))),
        });
        return download(reply, `${number}.docx`, buf);
      },
    }),
  ),
  route({
    method: "POST", url: "/api/findings/:id/files", tag: "findings", access: "findings.read", multipart: true, status: 201,
    summary: "上传问题照片（办公室）或整改佐证材料（承办单位）；单个不超过 20 MB",
    params: idParam,
    handler: async ({ ctx, req, user, params }) => {
      const { finding: f, access } = await findingFor(ctx.database.db, user!, params.id);
      const can = findingSteps(f, access);
      if (!can.upload) {
        if (!access.manage && !access.report) throw errors.forbidden("只有办公室或承办单位可以上传材料");
        throw errors.conflict("FINDING_LOCKED", "该问题当前不能上传材料");
      }
      const file = await readUpload(req, { maxBytes: EVIDENCE_LIMIT, extensions: Object.keys(EVIDENCE_TYPES), label: "材料" });
      const kind = access.report ? "evidence" : "photo";
      return storeFindingFile(ctx, user!, f.id, kind, file, "finding.file");
    },
  }),
  route({
    method: "POST", url: "/api/findings/:id/report-form", tag: "findings", access: "findings.read", multipart: true, status: 201,
    summary: "承办单位上传填好的整改结果报告单（PDF、Word 或图片，不超过 20 MB）：可代替在线填写的整改情况",
    params: idParam,
    handler: async ({ ctx, req, user, params }) => {
      const { finding: f, access } = await findingFor(ctx.database.db, user!, params.id);
      if (!access.report) throw errors.forbidden("只有承办单位可以上传整改结果报告单");
      if (!findingSteps(f, access).report) throw errors.conflict("FINDING_LOCKED", `该问题当前为“${FINDING_STATES[f.state]}”，不能上传整改结果报告单`);
      const file = await readUpload(req, { maxBytes: EVIDENCE_LIMIT, extensions: REPORT_FORM_TYPES, label: "整改结果报告单" });
      return storeFindingFile(ctx, user!, f.id, "report_form", file, "finding.report-form");
    },
  }),
  route({
    method: "GET", url: "/api/finding-files/:id", tag: "findings", access: "findings.read", summary: "下载督导问题的材料",
    params: idParam,
    handler: async ({ ctx, user, params, reply }) => {
      const { file } = await findingFileFor(ctx.database.db, user!, params.id);
      return download(reply, file.file_name, Buffer.from(file.data), { type: file.mime });
    },
  }),
];
