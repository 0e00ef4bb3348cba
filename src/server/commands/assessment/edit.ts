// 目标管理考核: the office's writes — the year's rules, and the 加分 / 减分 / 一票否决 items of a
// unit. One transaction each, the audit event inside it (who, when, before/after).
import type { Tx } from "../../db/transaction.js";
import { errors } from "../../errors.js";
import { writeAudit, type Actor } from "../audit.js";
import { DEFAULT_ASSESSMENT_RULES, type AssessmentItemKind, type AssessmentRules, type Grade } from "../../../shared/assessment.js";
import { presentItem, rulesOf, type AssessmentScope, computeScores } from "./scores.js";

/** Published results are frozen: the year's rules and items cannot change until the office reopens it. */
async function assertOpen(tx: Tx, orgId: number, year: number) {
  const published = await tx.selectFrom("assessment_results").select("id").where("org_id", "=", orgId).where("year", "=", year).executeTakeFirst();
  if (published) throw errors.conflict("ASSESSMENT_PUBLISHED", "该年度考核结果已公布（已冻结），如需修改请先撤回公布");
}

export async function publishResults(tx: Tx, actor: Actor, scope: Omit<AssessmentScope, "unitId">, now: Date) {
  await assertOpen(tx, scope.orgId, scope.year);
  const { rules, units } = await computeScores(tx, { ...scope, unitId: null });
  const saved = await rulesOf(tx, scope.orgId, scope.year);
  const snapshot = { rules: { ...rules, version: saved.version, updatedAt: saved.updatedAt }, today: scope.today, units };
  await tx.insertInto("assessment_results").values({ org_id: scope.orgId, year: scope.year, snapshot: JSON.stringify(snapshot), published_by: actor.id, published_by_name: actor.name, published_at: now.toISOString() }).execute();
  await writeAudit(tx, actor, { action: "assessment.publish", entity: "assessment_results", entityId: `${scope.orgId}:${scope.year}`, after: units.map((u) => ({ unit: u.name, rank: u.rank, total: u.total, grade: u.gradeLabel })) });
}

export async function reopenResults(tx: Tx, actor: Actor, orgId: number, year: number) {
  const row = await tx.selectFrom("assessment_results").selectAll().where("org_id", "=", orgId).where("year", "=", year).executeTakeFirst();
  if (!row) throw errors.conflict("ASSESSMENT_NOT_PUBLISHED", "该年度考核结果尚未公布");
  await tx.deleteFrom("assessment_results").where("id", "=", row.id).execute();
  await writeAudit(tx, actor, { action: "assessment.reopen", entity: "assessment_results", entityId: `${orgId}:${year}`, before: { publishedAt: row.published_at, publishedBy: row.published_by_name } });
}

export async function saveRules(tx: Tx, actor: Actor, orgId: number, year: number, input: Omit<AssessmentRules, "quotas"> & { quotas?: Partial<AssessmentRules["quotas"]>; version: number }, now: Date) {
  const t = input.thresholds;
  const q = { ...DEFAULT_ASSESSMENT_RULES.quotas, ...input.quotas };
  // A grade with a quota may share the next grade's line (the quota alone divides them); otherwise strictly higher.
  const above = (a: number, b: number, quota: number | null) => (quota === null ? a > b : a >= b);
  if (!(above(t.excellent, t.good, q.excellent) && above(t.good, t.pass, q.good))) {
    throw errors.validation("等次分数线须依次降低：优秀 > 良好 > 合格（设了名额比例的等次可与下一等次同线）", [{ field: "thresholds", message: "优秀 > 良好 > 合格" }]);
  }
  await assertOpen(tx, orgId, year);
  const before = await rulesOf(tx, orgId, year);
  if (before.version !== input.version) throw errors.stale();
  const rules: AssessmentRules = { weights: input.weights, thresholds: input.thresholds, quotas: q };
  const at = now.toISOString();
  if (before.version === 0) {
    await tx.insertInto("assessment_rules").values({ org_id: orgId, year, rules: JSON.stringify(rules), updated_by: actor.id, version: 1, updated_at: at }).execute();
  } else {
    const done = await tx
      .updateTable("assessment_rules")
      .set({ rules: JSON.stringify(rules), updated_by: actor.id, version: input.version + 1, updated_at: at })
      .where("org_id", "=", orgId)
      .where("year", "=", year)
      .where("version", "=", input.version)
      .executeTakeFirst();
    if (!Number(done.numUpdatedRows)) throw errors.stale();
  }
  await writeAudit(tx, actor, { action: "assessment.rules", entity: "assessment_rules", entityId: `${orgId}:${year}`, before: before.version ? before.rules : null, after: rules });
  return rulesOf(tx, orgId, year);
}

export interface ItemInput {
  year: number;
  unitId: number;
  kind: AssessmentItemKind;
  points?: number;
  capGrade?: Grade;
  reason: string;
  evidence?: string;
}

export async function addItem(tx: Tx, actor: Actor, orgId: number, input: ItemInput, now: Date) {
  const unit = await tx.selectFrom("units").select(["id", "name"]).where("id", "=", input.unitId).where("org_id", "=", orgId).executeTakeFirst();
  if (!unit) throw errors.notFound("UNIT_NOT_FOUND", "找不到该单位");
  await assertOpen(tx, orgId, input.year);
  const veto = input.kind === "veto";
  if (!veto && !(input.points && input.points > 0)) {
    throw errors.validation("加分、减分须填写大于 0 的分值", [{ field: "points", message: "请填写大于 0 的分值" }]);
  }
  const row = await tx
    .insertInto("assessment_items")
    .values({
      org_id: orgId, year: input.year, unit_id: unit.id, kind: input.kind, points: veto ? 0 : input.points!,
      cap_grade: veto ? (input.capGrade ?? "fail") : null, reason: input.reason.trim(), evidence: (input.evidence ?? "").trim(),
      created_by: actor.id, created_by_name: actor.name, created_at: now.toISOString(), version: 1,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  await writeAudit(tx, actor, { action: "assessment.item.add", entity: "assessment_items", entityId: row.id, after: { ...row, unit: unit.name } });
  return presentItem(row);
}

export async function removeItem(tx: Tx, actor: Actor, orgId: number, id: number, version: number) {
  const row = await tx.selectFrom("assessment_items").selectAll().where("id", "=", id).where("org_id", "=", orgId).executeTakeFirst();
  if (!row) throw errors.notFound("ASSESSMENT_ITEM_NOT_FOUND", "找不到该考核加减分项");
  if (row.version !== version) throw errors.stale();
  await assertOpen(tx, orgId, row.year);
  await tx.deleteFrom("assessment_items").where("id", "=", id).where("version", "=", version).execute();
  await writeAudit(tx, actor, { action: "assessment.item.remove", entity: "assessment_items", entityId: id, before: row });
}
