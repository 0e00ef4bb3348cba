// An edited ledger XLSX back into a plan: first a diff to confirm, then all rows in one transaction.
import type { Database } from "../../db/connection.js";
import { inTransaction } from "../../db/transaction.js";
import { AppError, errors } from "../../errors.js";
import type { Actor } from "../audit.js";
import { measuresCell, milestoneLine, type LedgerRow } from "../../../export/ledger-xlsx.js";
import { parseLedgerInWorker } from "../../workers/extraction.js";
import { latestProgressText } from "./ledger-progress.js";
import { createTask, getPlan, updateTask } from "./plan-edit.js";
import { loadTasks, MAX_TASKS_PER_PLAN, tooManyTasks, type LoadedTask, type TaskValue } from "./task-store.js";
import { guardSpreadsheet } from "../spreadsheet-guard.js";
import type { FieldChange } from "../../../shared/reports.js";

export interface RowChange {
  row: number;
  kind: "update" | "create";
  taskId: number | null;
  no: string;
  title: string;
  fields: FieldChange[];
}

const join = (list: { name: string }[]) => list.map((x) => x.name).join("、");

function compare(task: LoadedTask, row: LedgerRow): FieldChange[] {
  const pairs: [string, string, string, string][] = [
    ["no", "序号", task.no, row.no],
    ["title", "目标任务", task.title, row.title],
    ["measures", "具体要求", measuresCell(task), row.measureText],
    ["lead", "牵头部门", join(task.lead), row.lead.join("、")],
    ["co", "责任部门", join(task.co), row.co.join("、")],
    ["liaison", "联络股室", join(task.liaison), row.liaison.join("、")],
    ["leaders", "责任领导", join(task.leaders), row.leaders.join("、")],
    ["milestones", "完成时限", task.milestones.map(milestoneLine).join("\n"), row.milestones.map(milestoneLine).join("\n")],
  ];
  const norm = (s: string) => s.replace(/[ \t\u3000]+/g, "").trim();
  return pairs.filter(([, , a, b]) => norm(a) !== norm(b)).map(([field, label, before, after]) => ({ field, label, before, after }));
}

function patchFrom(task: LoadedTask | null, row: LedgerRow, fields: Set<string>): Partial<TaskValue> {
  const keep = <T extends { name: string }>(names: string[], old: T[]) => names.map((name) => old.find((o) => o.name === name) ?? { name });
  const p: Partial<TaskValue> = {};
  if (!task || fields.has("no")) p.no = row.no || task?.no || "";
  if (!task || fields.has("title")) p.title = row.title;
  if (!task || fields.has("measures")) {
    p.measures = row.measures;
    if (row.body !== null) p.body = row.body;
  }
  if (!task || fields.has("lead")) p.lead = keep(row.lead, task?.lead ?? []);
  if (!task || fields.has("co")) p.co = keep(row.co, task?.co ?? []);
  if (!task || fields.has("liaison")) p.liaison = keep(row.liaison, task?.liaison ?? []);
  if (!task || fields.has("leaders")) p.leaders = keep(row.leaders, task?.leaders ?? []);
  if (!task || fields.has("milestones")) {
    p.milestones = row.milestones.map((m) => {
      const same = task?.milestones.find((o) => o.by === m.by && o.what === m.what);
      return same ? { id: same.id, what: m.what, by: m.by, text: same.text } : { what: m.what, by: m.by };
    });
  }
  return p;
}

async function diff(database: Database, orgIds: number[], planId: number, file: Buffer) {
  const plan = await getPlan(database.db, orgIds, planId);
  guardSpreadsheet(file);
  let parsed;
  try {
    parsed = await parseLedgerInWorker({ data: file, planYear: plan.year });
  } catch (e) {
    if (e instanceof AppError) throw e;
    throw errors.unprocessable("UNREADABLE_FILE", "无法读取该文件：请上传从本系统导出并修改过的 .xlsx 台账");
  }
  const tasks = await loadTasks(database.db, { planId });
  const rowErrors = [...parsed.errors];
  const changes: RowChange[] = [];
  for (const row of parsed.rows) {
    const task = row.id ? tasks.find((t) => t.id === row.id) : null;
    if (row.id && !task) {
      rowErrors.push({ row: row.row, message: `系统编号 ${row.id} 不属于本工作方案，请勿修改该列` });
      continue;
    }
    if (!task) {
      changes.push({ row: row.row, kind: "create", taskId: null, no: row.no, title: row.title, fields: compare(blank() as unknown as LoadedTask, row) });
      continue;
    }
    const fields = compare(task, row);
    if (fields.length) changes.push({ row: row.row, kind: "update", taskId: task.id, no: row.no || task.no, title: row.title, fields });
  }
  const created = changes.filter((c) => c.kind === "create").length;
  if (created && tasks.length + created > MAX_TASKS_PER_PLAN) throw tooManyTasks(tasks.length + created);
  if (rowErrors.length) {
    const first = rowErrors.slice(0, 3).map((e) => `第 ${e.row} 行：${e.message}`).join("；");
    throw new AppError(400, "IMPORT_FAILED", `导入失败，共 ${rowErrors.length} 处错误，未做任何修改。${first}`, rowErrors.map((e) => ({ sheet: "任务台账", ...e })));
  }
  return { plan, tasks, rows: parsed.rows, changes, notes: await notesOn(database, planId, tasks, parsed.rows) };
}

/**
 * What the import will not do, said before the user confirms: rows removed in Excel do not
 * delete tasks (a filtered or shortened sheet must not wipe the ledger), and 进展情况 is what
 * units reported — it changes through 进展调度, not through this sheet.
 */
async function notesOn(database: Database, planId: number, tasks: LoadedTask[], rows: LedgerRow[]): Promise<string[]> {
  const notes: string[] = [];
  const present = new Set(rows.map((r) => r.id).filter((id) => id !== null));
  const missing = tasks.filter((t) => !present.has(t.id));
  if (missing.length && rows.some((r) => r.id !== null)) {
    const list = missing.slice(0, 5).map((t) => `${t.no ? `${t.no}. ` : ""}${t.title}`).join("；");
    notes.push(`表格中没有以下 ${missing.length} 项任务，导入不会删除它们（如需删除，请在台账中操作）：${list}${missing.length > 5 ? " 等" : ""}`);
  }
  const progress = await latestProgressText(database.db, planId);
  const norm = (s: string) => s.replace(/\s+/g, "");
  const edited = rows.filter((r) => r.id !== null && norm(r.progress) !== norm(progress.get(r.id) ?? ""));
  if (edited.length) {
    notes.push(`第 ${edited.map((r) => r.row).join("、")} 行的“进展情况”与系统中不同：该列是各单位报送的内容，不会导入；进展请在进展调度中填报。`);
  }
  return notes;
}

const blank = () => ({ no: "", sectionNo: null, sectionTitle: null, title: "", body: "", lead: [], co: [], liaison: [], leaders: [], measures: [], targets: [], milestones: [] });

export async function previewLedgerImport(database: Database, orgIds: number[], planId: number, file: Buffer) {
  const { changes, notes } = await diff(database, orgIds, planId, file);
  return { changes, notes, applied: false };
}

export async function applyLedgerImport(database: Database, actor: Actor, orgIds: number[], planId: number, file: Buffer) {
  const { plan, tasks, rows, changes, notes } = await diff(database, orgIds, planId, file);
  if (plan.status === "archived") throw errors.conflict("PLAN_ARCHIVED", "该工作方案已归档，不能再修改");
  await inTransaction(database, async (tx) => {
    for (const change of changes) {
      const row = rows.find((r) => r.row === change.row)!;
      const task = change.taskId ? tasks.find((t) => t.id === change.taskId)! : null;
      const patch = patchFrom(task, row, new Set(change.fields.map((f) => f.field)));
      if (task) await updateTask(tx, actor, plan, task.id, { ...patch, version: task.version });
      else await createTask(tx, actor, plan, patch);
    }
  });
  return { changes, notes, applied: true };
}
