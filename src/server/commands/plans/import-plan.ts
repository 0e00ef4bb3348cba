// Plan document → draft plan: the engine reads it, then one transaction stores the plan,
// its original file, source text, warnings and tasks. Nothing is written when anything fails.
import { extractPlan } from "../../../extract/index.js";
import { ExtractError, type ExtractedPlan } from "../../../extract/model.js";
import type { Database } from "../../db/connection.js";
import { inTransaction, now, type Tx } from "../../db/transaction.js";
import { errors } from "../../errors.js";
import { writeAudit, type Actor } from "../audit.js";
import { loadDirectory, resolveTask } from "./directory-lookup.js";
import { insertTask, type TaskValue } from "./task-store.js";
import { detectRhythm } from "../rounds/periods.js";

export interface ImportInput {
  orgId: number;
  filename: string;
  data: Buffer | string;
  mime?: string;
}

export interface ImportResult {
  planId: number;
  taskCount: number;
  warnings: string[];
}

export async function runExtraction(data: Buffer | string, filename: string): Promise<{ plan: ExtractedPlan; warnings: string[] }> {
  try {
    return await extractPlan(data, { filename });
  } catch (e) {
    if (e instanceof ExtractError) {
      if (e.code === "UNSUPPORTED_FORMAT") throw errors.unsupportedMedia(e.message);
      if (e.code === "TOO_LARGE") throw errors.tooLarge(e.message);
      throw errors.unprocessable(`EXTRACT_${e.code}`, e.message);
    }
    throw errors.unprocessable("EXTRACT_FAILED", "无法读取该文件的内容：文件可能已损坏，或不是工作方案文档");
  }
}

export function taskValueFromExtraction(t: ExtractedPlan["tasks"][number]): TaskValue {
  return {
    no: t.no ?? "",
    sectionNo: t.section ?? null,
    sectionTitle: t.sectionTitle ?? null,
    title: t.title || "（未命名任务）",
    body: t.body ?? "",
    lead: (t.lead ?? []).map((name) => ({ name })),
    co: (t.co ?? []).map((name) => ({ name })),
    liaison: (t.liaison ?? []).map((name) => ({ name })),
    leaders: (t.leaders ?? []).map((name) => ({ name })),
    measures: t.measureItems ?? [],
    targets: (t.targets ?? []).map((x) => ({ metric: x.metric, op: x.op, value: x.value, unit: x.unit, text: x.text, span: x.span ?? null, confidence: x.confidence ?? null })),
    milestones: (t.deadlines ?? []).map((d) => ({ what: d.what, by: d.by, text: d.text, span: d.span ?? null, confidence: d.confidence ?? null })),
  };
}

/** Stores the extracted tasks of a plan (used at import and at re-extraction of a draft). */
export async function storeExtractedTasks(tx: Tx, orgId: number, planId: number, plan: ExtractedPlan): Promise<number> {
  const dir = await loadDirectory(tx, orgId);
  for (const [i, t] of plan.tasks.entries()) {
    await insertTask(tx, planId, i, resolveTask(taskValueFromExtraction(t), dir), {
      provenance: { span: t.span, fields: t.fields },
      confidence: t.confidence,
    });
  }
  return plan.tasks.length;
}

export async function importPlan(database: Database, actor: Actor, input: ImportInput): Promise<ImportResult> {
  const { plan, warnings } = await runExtraction(input.data, input.filename);
  const allWarnings = [...new Set([...(warnings ?? [])])];
  const fileData = typeof input.data === "string" ? Buffer.from(input.data, "utf8") : input.data;
  return inTransaction(database, async (tx) => {
    const row = await tx
      .insertInto("plans")
      .values({
        org_id: input.orgId,
        title: plan.title || input.filename.replace(/\.[^.]+$/, "") || "未命名工作方案",
        year: plan.year ?? null,
        doc_number: plan.docNumber ?? null,
        issuer: plan.issuer ?? null,
        issued_on: plan.issuedOn ?? null,
        region: plan.region ?? null,
        status: "draft",
        sections: JSON.stringify(plan.sections ?? []),
        warnings: JSON.stringify(allWarnings),
        source_text: plan.sourceText ?? "",
        source_format: plan.format ?? null,
        meta_provenance: JSON.stringify(plan.meta ?? {}),
        file_name: input.filename,
        file_type: input.mime ?? null,
        file_data: fileData,
        created_by: actor.id,
        created_at: now(),
        published_at: null,
        archived_at: null,
        version: 1,
        rhythm: detectRhythm(plan.sourceText ?? ""),
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    const taskCount = await storeExtractedTasks(tx, input.orgId, row.id, plan);
    await writeAudit(tx, actor, {
      action: "plan.import", entity: "plan", entityId: row.id,
      after: { title: plan.title, file: input.filename, taskCount, warnings: allWarnings.length },
    });
    return { planId: row.id, taskCount, warnings: allWarnings };
  });
}
