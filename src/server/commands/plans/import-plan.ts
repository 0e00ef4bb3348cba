// Plan document → draft plan: the engine reads it, then one transaction stores the plan,
// its original file, source text, warnings and tasks. Nothing is written when anything fails.
import { ExtractError, type ExtractedPlan } from "../../../extract/model.js";
import type { Database } from "../../db/connection.js";
import { inTransaction, now, type Tx } from "../../db/transaction.js";
import { AppError, errors } from "../../errors.js";
import { extractInWorker } from "../../workers/extraction.js";
import { stripNul } from "../../validation.js";
export { isGarbled } from "./garbled.js";
import { writeAudit, type Actor } from "../audit.js";
import { loadDirectory, resolveTask } from "./directory-lookup.js";
import { insertNewPlanTasks, MAX_TASKS_PER_PLAN, tooManyTasks, type TaskValue } from "./task-store.js";
import { detectRhythm } from "../rounds/periods.js";
import { reindexPlan } from "../search/store.js";

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
  let result: Awaited<ReturnType<typeof extractInWorker>>;
  try {
    result = await extractInWorker({ data, filename });
  } catch (e) {
    if (e instanceof AppError) throw e;
    if (e instanceof ExtractError) {
      if (e.code === "UNSUPPORTED_FORMAT") {
        if (typeof data !== "string" && claimsReadableFormat(filename) && !isOtherKnownFormat(data)) throw damaged(filename);
        throw errors.unsupportedMedia(e.message);
      }
      if (e.code === "TOO_LARGE") throw errors.tooLarge(e.message);
      throw errors.unprocessable(`EXTRACT_${e.code}`, e.message);
    }
    throw errors.unprocessable("EXTRACT_FAILED", "无法读取该文件的内容：文件可能已损坏，或不是工作方案文档");
  }
  if (result.garbled) {
    throw errors.unprocessable(
      "EXTRACT_GARBLED",
      `文件已损坏或无法读取：${extensionOf(filename) ? `.${extensionOf(filename)} 文件` : "文件"}读出的内容是乱码。请在 Word/WPS 中打开后另存为 .docx 再上传`,
    );
  }
  return { plan: result.plan, warnings: result.warnings };
}

/** Extensions that promise a format the engine reads from its bytes (not plain text). */
const BINARY_EXTENSIONS = new Set(["docx", "docm", "dotx", "xlsx", "xlsm", "pdf", "doc", "dot", "wps", "wpt", "xls", "et", "ett", "rtf"]);
const extensionOf = (filename: string) => (filename.includes(".") ? (filename.split(".").pop() ?? "").toLowerCase() : "");
const claimsReadableFormat = (filename: string) => BINARY_EXTENSIONS.has(extensionOf(filename));

/** Bytes that are a format we recognise but do not read (images, slides, OFD): a wrong file, not a damaged one. */
function isOtherKnownFormat(data: Buffer): boolean {
  const starts = (sig: number[]) => sig.every((b, i) => data[i] === b);
  if (starts([0x89, 0x50, 0x4e, 0x47]) || starts([0xff, 0xd8, 0xff]) || starts([0x47, 0x49, 0x46, 0x38])) return true; // PNG, JPEG, GIF
  if (starts([0x49, 0x49, 0x2a, 0x00]) || starts([0x4d, 0x4d, 0x00, 0x2a])) return true; // TIFF
  const isZip = starts([0x50, 0x4b, 0x03, 0x04]);
  if (isZip && (data.includes("ppt/") || data.includes("OFD.xml"))) return true;
  const isOle = starts([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  if (isOle && data.includes(Buffer.from("PowerPoint Document", "utf16le"))) return true;
  return false;
}

function damaged(filename: string) {
  const ext = extensionOf(filename);
  return errors.unprocessable(
    "EXTRACT_DAMAGED",
    `文件已损坏或无法读取：内容不是有效的 .${ext} 文件。请用原软件打开后重新保存（或重新下载）再上传`,
  );
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
  if (plan.tasks.length > MAX_TASKS_PER_PLAN) throw tooManyTasks(plan.tasks.length);
  const dir = await loadDirectory(tx, orgId);
  await insertNewPlanTasks(
    tx,
    planId,
    plan.tasks.map((t) => ({ value: resolveTask(taskValueFromExtraction(t), dir), provenance: { span: t.span, fields: t.fields, ...(t.tableRow ? { tableRow: t.tableRow } : {}) }, confidence: t.confidence })),
  );
  return plan.tasks.length;
}

export async function importPlan(database: Database, actor: Actor, rawInput: ImportInput): Promise<ImportResult> {
  const input = { ...rawInput, filename: stripNul(rawInput.filename) };
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
    await reindexPlan(tx, row.id);
    await writeAudit(tx, actor, {
      action: "plan.import", entity: "plan", entityId: row.id,
      after: { title: plan.title, file: input.filename, taskCount, warnings: allWarnings.length },
    });
    return { planId: row.id, taskCount, warnings: allWarnings };
  });
}
