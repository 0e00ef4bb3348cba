// 目标管理考核 (issue 14): the year's rules, the 加分 / 减分 / 一票否决 items and the ranking with every
// point's breakdown, of the caller's own bureau (a unit account: its own unit only); XLSX / DOCX export.
import { z } from "zod";
import { route } from "./define.js";
import { download } from "./download.js";
import { idParam, queryInt, queryYear, text, YEAR_MESSAGE } from "../validation.js";
import { inTransaction } from "../db/transaction.js";
import { actorOf, nowOf, type AppContext } from "../context.js";
import { localDay } from "../clock.js";
import type { UserRow } from "../auth/sessions.js";
import { assessmentScopeOf, rolesOf } from "../policies/scope.js";
import { hasPermission } from "../policies/index.js";
import { computeScores, rulesOf } from "../commands/assessment/scores.js";
import { addItem, publishResults, removeItem, reopenResults, saveRules } from "../commands/assessment/edit.js";
import type { UnitScoreView } from "../../shared/assessment.js";
import type { AssessmentSheet } from "../../export/assessment.js";
import type { AssessmentRules } from "../../shared/assessment.js";
import { ASSESSMENT_RULES, ASSESSMENT_RULE_HINTS, ASSESSMENT_RULE_NAMES, GRADES, GRADE_NAMES } from "../../shared/assessment.js";
import { chineseDate } from "../../shared/findings.js";

type RulesView = AssessmentRules & { version: number; updatedAt: string | null };
const yearQuery = z.strictObject({ year: queryYear().optional() });
const year = z.int32({ error: "请填写年度" }).min(2000, YEAR_MESSAGE).max(2100, YEAR_MESSAGE);
const weight = z.number({ error: "分值须为数字" }).min(0, "分值不能为负数").max(1000, "分值不能超过 1000");
const quota = z.number({ error: "名额比例须为数字" }).min(0, "名额比例不能为负数").max(100, "名额比例不能超过 100%").nullable();
const score = z.number({ error: "分数线须为数字" }).min(0, "分数线不能为负数").max(1000, "分数线不能超过 1000");

/** The years to choose from: the bureau's plans' years and those with rules; the chosen one (default: the latest plan's year). */
async function yearOf(ctx: AppContext, orgId: number, asked: number | undefined) {
  const db = ctx.database.db;
  const plans = await db.selectFrom("plans").select("year").distinct().where("org_id", "=", orgId).where("status", "!=", "draft").where("year", "is not", null).execute();
  const ruled = await db.selectFrom("assessment_rules").select("year").where("org_id", "=", orgId).execute();
  const today = localDay(nowOf(ctx));
  const years = [...new Set([...plans.map((p) => p.year!), ...ruled.map((r) => r.year)])].sort((a, b) => b - a);
  return { year: asked ?? years[0] ?? Number(today.slice(0, 4)), years, today };
}

async function ranking(ctx: AppContext, user: UserRow, asked: number | undefined) {
  const scope = assessmentScopeOf(user);
  const { year, years, today } = await yearOf(ctx, scope.orgId, asked);
  const db = ctx.database.db;
  const org = await db.selectFrom("orgs").select("name").where("id", "=", scope.orgId).executeTakeFirstOrThrow();
  // Published results are frozen: the snapshot taken then, whatever the data say now. Otherwise the
  // whole ranking is computed (ranks are the bureau's); a unit account gets its own row only.
  const frozen = await db.selectFrom("assessment_results").selectAll().where("org_id", "=", scope.orgId).where("year", "=", year).executeTakeFirst();
  let rulesOut: RulesView, units: UnitScoreView[], asOf = today;
  if (frozen) {
    const snap = JSON.parse(frozen.snapshot) as { rules: RulesView; today: string; units: UnitScoreView[] };
    rulesOut = snap.rules;
    units = snap.units;
    asOf = snap.today;
  } else {
    const computed = await computeScores(db, { orgId: scope.orgId, year, today, dialect: ctx.database.dialect, unitId: null });
    const saved = await rulesOf(db, scope.orgId, year);
    rulesOut = { ...computed.rules, version: saved.version, updatedAt: saved.updatedAt };
    units = computed.units;
  }
  return {
    year, years, today: asOf, orgName: org.name,
    published: frozen ? { at: frozen.published_at, by: frozen.published_by_name } : null,
    rules: rulesOut,
    ruleInfo: ASSESSMENT_RULES.map((r) => ({ rule: r, label: ASSESSMENT_RULE_NAMES[r], hint: ASSESSMENT_RULE_HINTS[r] })),
    grades: GRADES.map((g) => ({ grade: g, label: GRADE_NAMES[g] })),
    unitsTotal: units.length,
    units: scope.unitId === null ? units : units.filter((u) => u.unitId === scope.unitId),
    can: { manage: hasPermission(rolesOf(user), "assessment.manage"), export: hasPermission(rolesOf(user), "assessment.export") },
  };
}

async function sheetOf(ctx: AppContext, user: UserRow, asked: number | undefined): Promise<{ sheet: AssessmentSheet; year: number }> {
  const r = await ranking(ctx, user, asked);
  const w = r.rules.weights;
  return {
    year: r.year,
    sheet: {
      title: `${r.orgName}${r.year}年度目标管理考核结果`,
      note: `${r.published ? "公布" : "计算"}日期：${chineseDate(r.today)}　各项分值：${ASSESSMENT_RULES.map((k) => `${ASSESSMENT_RULE_NAMES[k]}${w[k]}分`).join("，")}；等次：优秀≥${r.rules.thresholds.excellent}，良好≥${r.rules.thresholds.good}，合格≥${r.rules.thresholds.pass}${quotaNote(r.rules.quotas)}`,
      rules: ASSESSMENT_RULES.map((k) => ({ label: ASSESSMENT_RULE_NAMES[k], weight: w[k] })),
      rows: r.units.map((u) => ({
        rank: u.rank, name: u.name, rules: u.rules, bonus: u.bonus, penalty: u.penalty, total: u.total, gradeLabel: u.gradeLabel, vetoed: u.vetoed,
        notes: [
          ...u.items.map((i) => `${i.kindLabel}${i.kind === "veto" ? `（最高${i.capGradeLabel}）` : ` ${i.points} 分`}：${i.reason}${i.evidence ? `（依据：${i.evidence}）` : ""}`),
          ...(u.quotaNotes ?? []).filter((n) => !n.endsWith("在名额内")),
        ].join("\n"),
      })),
    },
  };
}

/** "；名额：优秀≤20%，良好≤40%（按名次，向下取整）" — old snapshots have no quotas. */
const quotaNote = (q: Partial<Record<"excellent" | "good", number | null>> | undefined) => {
  const parts = (["excellent", "good"] as const).filter((g) => q?.[g] !== null && q?.[g] !== undefined).map((g) => `${GRADE_NAMES[g]}≤${q![g]}%`);
  return parts.length ? `；名额：${parts.join("，")}（按名次，向下取整）` : "";
};

const fileName = (year: number, ext: string) => `${year}年度目标管理考核结果.${ext}`;
const EXPORTS: { ext: string; summary: string; write: (sheet: AssessmentSheet) => Promise<Buffer> }[] = [
  { ext: "xlsx", summary: "导出考核排名 XLSX", write: async (s) => (await import("../../export/assessment.js")).assessmentXlsx(s) },
  { ext: "docx", summary: "导出考核排名 DOCX 表格", write: async (s) => (await import("../../export/assessment.js")).assessmentDocx(s) },
];

export const assessmentRoutes = [
  route({
    method: "GET", url: "/api/assessment", tag: "assessment", access: "assessment.read",
    summary: "目标管理考核：本年度规则、各单位得分明细（每项规则的分子 / 分母 / 比率 / 得分）、加减分与否决项、排名与等次；单位账号只见本单位",
    query: yearQuery,
    handler: async ({ ctx, user, query }) => ranking(ctx, user!, query.year),
  }),
  route({
    method: "PUT", url: "/api/assessment/rules", tag: "assessment", access: "assessment.manage",
    summary: "设置本机构某年度的考核规则：各项分值、等次分数线、优秀 / 良好名额比例（%，按名次，同分跨线则同分单位均不占该等次；version 为 0 表示首次设置）",
    body: z.strictObject({
      year,
      version: z.int32({ error: "缺少版本号" }).min(0),
      weights: z.strictObject(Object.fromEntries(ASSESSMENT_RULES.map((r) => [r, weight])) as Record<(typeof ASSESSMENT_RULES)[number], typeof weight>),
      thresholds: z.strictObject({ excellent: score, good: score, pass: score }),
      quotas: z.strictObject({ excellent: quota, good: quota }).partial().optional(),
    }),
    handler: async ({ ctx, user, body }) => {
      const saved = await inTransaction(ctx.database, (tx) => saveRules(tx, actorOf(user!), user!.org_id, body.year, body, nowOf(ctx)));
      return { ...saved.rules, version: saved.version, updatedAt: saved.updatedAt };
    },
  }),
  route({
    method: "POST", url: "/api/assessment/items", tag: "assessment", access: "assessment.manage", status: 201,
    summary: "录入加分 / 减分 / 一票否决项（单位、分值、事由、依据材料；否决项可指定最高等次，默认不合格）",
    body: z.strictObject({
      year,
      unitId: z.int32({ error: "请选择单位" }).positive("请选择单位"),
      kind: z.enum(["bonus", "penalty", "veto"], { error: "类型须为 bonus（加分）、penalty（减分）或 veto（一票否决）" }),
      points: z.number({ error: "分值须为数字" }).min(0, "分值不能为负数").max(100, "分值不能超过 100").optional(),
      capGrade: z.enum(["good", "pass", "fail"], { error: "最高等次须为 good（良好）、pass（合格）或 fail（不合格）" }).optional(),
      reason: text(2, 500),
      evidence: z.string().max(2000, "依据材料不能超过 2000 字").optional(),
    }),
    handler: async ({ ctx, user, body }) => inTransaction(ctx.database, (tx) => addItem(tx, actorOf(user!), user!.org_id, body, nowOf(ctx))),
  }),
  route({
    method: "DELETE", url: "/api/assessment/items/:id", tag: "assessment", access: "assessment.manage", summary: "删除加减分 / 否决项（记入审计日志）",
    params: idParam,
    query: z.strictObject({ version: queryInt() }),
    handler: async ({ ctx, user, params, query }) => {
      await inTransaction(ctx.database, (tx) => removeItem(tx, actorOf(user!), user!.org_id, params.id, query.version));
      return { deleted: true };
    },
  }),
  ...(["publish", "reopen"] as const).map((step) =>
    route({
      method: "POST", url: `/api/assessment/${step}`, tag: "assessment", access: "assessment.manage",
      summary: step === "publish" ? "公布某年度考核结果：按当时的数据冻结排名与明细，此后规则和加减分项不能再改" : "撤回公布：恢复按最新数据计算，可再修改规则和加减分项",
      body: z.strictObject({ year }),
      handler: async ({ ctx, user, body }) => {
        await inTransaction(ctx.database, (tx) =>
          step === "publish"
            ? publishResults(tx, actorOf(user!), { orgId: user!.org_id, year: body.year, today: localDay(nowOf(ctx)), dialect: ctx.database.dialect }, nowOf(ctx))
            : reopenResults(tx, actorOf(user!), user!.org_id, body.year),
        );
        return ranking(ctx, user!, body.year);
      },
    }),
  ),
  ...EXPORTS.map(({ ext, summary, write }) =>
    route({
      method: "GET", url: `/api/assessment/export.${ext}`, tag: "assessment", access: "assessment.export", summary,
      query: yearQuery,
      handler: async ({ ctx, user, query, reply }) => {
        const { sheet, year: y } = await sheetOf(ctx, user!, query.year);
        return download(reply, fileName(y, ext), await write(sheet));
      },
    }),
  ),
];
