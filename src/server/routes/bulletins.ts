import { z } from "zod";
import { route } from "./define.js";
import { download } from "./download.js";
import { idParam, queryYear, text } from "../validation.js";
import { inTransaction } from "../db/transaction.js";
import { actorOf, nowOf } from "../context.js";
import { errors } from "../errors.js";
import { localDay } from "../clock.js";
import { bulletinFor, bulletinListScope, roundFor } from "../policies/scope.js";
import { decideBulletin, generateBulletin, saveBulletin, sectionsOf, type BulletinRow } from "../commands/bulletins/bulletins.js";
import { presentBulletin, presentBulletinDetail } from "../presenters/bulletins.js";
import { docxToPdf, PdfUnavailable } from "../../export/pdf.js";
import { BULLETIN_KINDS, bulletinIssue, type BulletinDocData } from "../../shared/bulletins.js";
import { BLOCK_LIMITS } from "../../shared/bulletin-blocks.js";
import { chineseDate } from "../../shared/findings.js";
import type { AppContext } from "../context.js";
import { withNumberRetry } from "../db/yearly-numbers.js";

const version = z.int32({ error: "缺少版本号" });
const kind = z.enum(["notice", "brief"], { error: "类型须为 notice（通报）或 brief（工作专报）" });
// Rich text: blocks only, every object strict (no unknown keys, no HTML field); the command cleans the text.
const L = BLOCK_LIMITS;
const runs = z.array(z.strictObject({ text: z.string().max(L.runText), bold: z.boolean().optional() })).max(L.runs);
const block = z.discriminatedUnion("type", [
  z.strictObject({ type: z.literal("heading"), level: z.union([z.literal(2), z.literal(3)], { error: "标题级别须为 2（（一））或 3（1.）" }), runs }),
  z.strictObject({ type: z.literal("paragraph"), runs }),
  z.strictObject({ type: z.literal("list"), ordered: z.boolean(), items: z.array(runs).max(L.listItems) }),
  z.strictObject({ type: z.literal("table"), rows: z.array(z.array(z.string().max(L.cell)).max(L.tableCols)).max(L.tableRows) }),
], { error: "段落类型须为 heading（标题）、paragraph（段落）、list（列表）或 table（表格）" });
const section = z.union([
  z.strictObject({ heading: z.string().max(100), blocks: z.array(block).max(L.blocks) }),
  z.strictObject({ heading: z.string().max(100), text: z.string().max(50_000) }),
], { error: "每一部分须有标题（heading）和正文（blocks）" });

async function docData(ctx: AppContext, b: BulletinRow): Promise<BulletinDocData> {
  const org = await ctx.database.db.selectFrom("orgs").select("name").where("id", "=", b.org_id).executeTakeFirstOrThrow();
  const day = b.published_at ?? b.approved_at;
  return {
    issuer: b.issuer, kindLabel: BULLETIN_KINDS[b.kind], issueLine: bulletinIssue(b.year, b.seq), editor: `${org.name}办公室`,
    title: b.title, sections: sectionsOf(b), distribution: b.distribution,
    date: chineseDate(day ? localDay(new Date(day)) : localDay(nowOf(ctx))),
  };
}

const fileName = (b: BulletinRow, ext: string) => `${BULLETIN_KINDS[b.kind]}${bulletinIssue(b.year, b.seq)}-${b.title}.${ext}`;

export const bulletinRoutes = [
  route({
    method: "GET", url: "/api/bulletins", tag: "bulletins", access: "bulletins.read", summary: "通报 / 工作专报列表（kind, year 筛选；单位只见已印发的）",
    query: z.strictObject({ kind: kind.optional(), year: queryYear().optional() }),
    handler: async ({ ctx, user, query }) => {
      const db = ctx.database.db;
      const scope = await bulletinListScope(db, user!);
      let sel = db.selectFrom("bulletins").selectAll().where((eb) => {
        const parts = [];
        if (scope.allOf.length) parts.push(eb("org_id", "in", scope.allOf));
        if (scope.publishedOf.length) parts.push(eb.and([eb("org_id", "in", scope.publishedOf), eb("state", "=", "published")]));
        return parts.length ? eb.or(parts) : eb.val(false);
      });
      if (query.kind) sel = sel.where("kind", "=", query.kind);
      if (query.year) sel = sel.where("year", "=", query.year);
      const rows = await sel.orderBy("year", "desc").orderBy("created_at", "desc").orderBy("id", "desc").limit(1000).execute();
      return { items: rows.map((b) => presentBulletin(b)) };
    },
  }),
  route({
    method: "POST", url: "/api/rounds/:id/bulletins", tag: "bulletins", access: "bulletins.manage", status: 201,
    summary: "从一轮调度生成通报 / 工作专报草稿（期号按年度、类型顺序编号；highlightReportIds 指定亮点工作取自哪些报告）",
    params: idParam,
    body: z.strictObject({ kind, highlightReportIds: z.array(z.int32().positive()).max(50).optional() }),
    handler: async ({ ctx, user, params, body }) => {
      const row = await withNumberRetry(() =>
        inTransaction(ctx.database, async (tx) => {
          const { round, plan } = await roundFor(tx, user!, params.id, "write");
          return generateBulletin(tx, user!, actorOf(user!), round, plan, body, nowOf(ctx));
        }),
      );
      const { access } = await bulletinFor(ctx.database.db, user!, row.id);
      return presentBulletinDetail(row, access, user!.id);
    },
  }),
  route({
    method: "GET", url: "/api/bulletins/:id", tag: "bulletins", access: "bulletins.read", summary: "通报详情（各部分正文、可执行的操作）",
    params: idParam,
    handler: async ({ ctx, user, params }) => {
      const { bulletin, access } = await bulletinFor(ctx.database.db, user!, params.id);
      return presentBulletinDetail(bulletin, access, user!.id);
    },
  }),
  route({
    method: "PUT", url: "/api/bulletins/:id", tag: "bulletins", access: "bulletins.manage", summary: "修改通报草稿（标题、版头、发送范围、各部分）",
    params: idParam,
    body: z.strictObject({ version, title: text(2, 200).optional(), issuer: text(2, 60).optional(), distribution: z.string().max(500).optional(), sections: z.array(section).max(30).optional() }),
    handler: async ({ ctx, user, params, body }) => {
      const row = await inTransaction(ctx.database, async (tx) => saveBulletin(tx, actorOf(user!), await bulletinFor(tx, user!, params.id), body, nowOf(ctx)));
      const { access } = await bulletinFor(ctx.database.db, user!, row.id);
      return presentBulletinDetail(row, access, user!.id);
    },
  }),
  ...(["approve", "publish"] as const).map((step) =>
    route({
      method: "POST", url: `/api/bulletins/:id/${step}`, tag: "bulletins", access: step === "approve" ? "bulletins.approve" : "bulletins.manage",
      summary: step === "approve" ? "审定通报（分管领导或局长，不能审定自己起草的）" : "印发通报：各单位在系统中可见并收到通知",
      params: idParam,
      body: z.strictObject({ version }),
      handler: async ({ ctx, user, params, body }) => {
        const row = await inTransaction(ctx.database, async (tx) => decideBulletin(tx, user!, actorOf(user!), await bulletinFor(tx, user!, params.id), step, body.version, nowOf(ctx)));
        const { access } = await bulletinFor(ctx.database.db, user!, row.id);
        return presentBulletinDetail(row, access, user!.id);
      },
    }),
  ),
  route({
    method: "GET", url: "/api/bulletins/:id/export.docx", tag: "bulletins", access: "bulletins.read", summary: "导出通报 DOCX（GB/T 9704 公文格式）",
    params: idParam,
    handler: async ({ ctx, user, params, reply }) => {
      const { bulletin } = await bulletinFor(ctx.database.db, user!, params.id);
      const buf = await (await import("../../export/bulletin-docx.js")).bulletinDocx(await docData(ctx, bulletin));
      return download(reply, fileName(bulletin, "docx"), buf);
    },
  }),
  route({
    method: "GET", url: "/api/bulletins/:id/export.pdf", tag: "bulletins", access: "bulletins.read", summary: "导出通报 PDF（由 LibreOffice 转换）",
    params: idParam,
    // LibreOffice is heavy: a 60th of the general API limit per address (20 a minute by default).
    ratePerMinute: (ctx) => Math.max(1, Math.round(ctx.config.apiRatePerMinute / 60)),
    handler: async ({ ctx, user, params, reply }) => {
      const { bulletin } = await bulletinFor(ctx.database.db, user!, params.id);
      let pdf: Buffer;
      try {
        pdf = await docxToPdf(await (await import("../../export/bulletin-docx.js")).bulletinDocx(await docData(ctx, bulletin)));
      } catch (e) {
        if (e instanceof PdfUnavailable) throw errors.conflict("PDF_UNAVAILABLE", e.message);
        throw e;
      }
      return download(reply, fileName(bulletin, "pdf"), pdf);
    },
  }),
];
