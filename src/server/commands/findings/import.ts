// Import of the 问题台账 / 隐患台账 from XLSX in the layout the export writes (columns found by
// their header). Every row is checked first; any bad row and nothing is saved: the answer lists
// each row's number and reason in Chinese. Imported findings are registered (登记); the columns the
// system writes (状态, 提示单号 …) must be empty or 登记, so an exported ledger is not registered twice.
import type ExcelJS from "exceljs";
import { newWorkbook } from "../../../export/sheet.js";
import type { Database } from "../../db/connection.js";
import { inTransaction } from "../../db/transaction.js";
import { AppError, errors } from "../../errors.js";
import type { UserRow } from "../../auth/sessions.js";
import { writeAudit, type Actor } from "../audit.js";
import { guardSpreadsheet } from "../spreadsheet-guard.js";
import { cellText } from "../../../export/cells.js";
import { findingsTemplate, LEDGER_HEADERS } from "../../../export/findings-xlsx.js";
import { normalizeName } from "../../db/unit-names.js";
import { calendarDay } from "../../../shared/dates.js";
import { FINDING_CATEGORIES, FINDING_SEVERITIES, FINDING_SOURCES, FINDING_STATES, HAZARD_CATEGORY } from "../../../shared/findings.js";
import { createFinding, type FindingInput } from "./findings.js";

export const MAX_IMPORT_ROWS = 2000;
const REQUIRED = ["问题", "来源", "类别", "发现日期"];
/** Columns the system fills; an import leaves them empty (状态 may say 登记). */
const SYSTEM_COLUMNS = ["整改期限", "逾期天数", "销号日期", "按期销号", "退回次数", "提示单", "交办单", "整改结果报告单"];

const RULES = (hazard: boolean) => [
  "1. 第一行是表头，请勿修改或删除；示例行请删除后填写，每行一个问题。",
  "2. 必填：问题（2–200 字）、来源、类别、发现日期。",
  `3. 来源：${FINDING_SOURCES.join("、")}。`,
  `4. 类别：${FINDING_CATEGORIES.join("、")}${hazard ? "（隐患台账不填时为安全隐患）" : ""}。`,
  `5. 严重程度：${Object.values(FINDING_SEVERITIES).join("、")}，不填为一般。`,
  "6. 承办单位：系统中已有单位的名称或别名，可不填（交办时再选）。",
  "7. 发现日期：如 2026-03-01、2026/3/1 或 2026年3月1日，不能晚于今天。",
  "8. 整改期限、状态、逾期天数、销号日期、提示单等列由系统填写，导入时留空（状态可填“登记”）：导入的问题均为“登记”状态，再按流程发提示单、交办。",
  "9. 导入是整体的：任何一行有错，全部不导入，并列出出错的行号和原因。",
];

export async function ledgerTemplate(hazard: boolean): Promise<Buffer> {
  const example: Record<string, string> = {
    序号: "1", 问题: hazard ? "教学楼三楼消防通道堆放杂物" : "课后服务收费公示不到位", 问题描述: hazard ? "三楼东侧消防通道堆放课桌椅，影响疏散。" : "未在校门口公示收费项目和标准。",
    来源: "督导检查", 类别: hazard ? HAZARD_CATEGORY : "工作落实", 严重程度: "一般", 发现地点: "某某学校", 承办单位: "", 发现日期: "2026-03-01", 发现人: "",
  };
  return findingsTemplate(hazard ? "隐患台账" : "问题台账", RULES(hazard), example);
}

export interface ImportRowError {
  row: number;
  message: string;
}

/** "2026-03-01", "2026/3/1", "2026.3.1", "2026年3月1日", an Excel date or day number → YYYY-MM-DD; null if none. */
function parseDay(v: ExcelJS.CellValue): string | null {
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? null : v.toISOString().slice(0, 10);
  if (typeof v === "number" && Number.isInteger(v) && v > 20000 && v < 80000) {
    return new Date(Date.UTC(1899, 11, 30) + v * 86_400_000).toISOString().slice(0, 10);
  }
  const m = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/.exec(cellText(v).trim());
  if (!m) return null;
  const day = `${m[1]}-${m[2].padStart(2, "0")}-${m[3].padStart(2, "0")}`;
  return calendarDay.safeParse(day).success ? day : null;
}

const clip = (s: string) => (s.length > 30 ? `${s.slice(0, 30)}…` : s);

export interface LedgerImportResult {
  created: number;
  ids: number[];
}

export async function importLedger(database: Database, user: UserRow, actor: Actor, file: Buffer, opts: { hazard: boolean; today: string; now: Date }): Promise<LedgerImportResult> {
  guardSpreadsheet(file);
  const wb = await newWorkbook();
  try {
    await wb.xlsx.load(file as any);
  } catch {
    throw errors.unprocessable("UNREADABLE_FILE", "无法读取该文件：请上传由导出或模板填写的 .xlsx 文件");
  }
  const ws = wb.worksheets.find((w) => w.name === "问题台账" || w.name === "隐患台账") ?? wb.worksheets[0];
  if (!ws) throw errors.validation("文件中没有工作表，请使用下载的模板");
  const hazard = opts.hazard || ws.name === "隐患台账";
  const col = new Map<string, number>();
  ws.getRow(1).eachCell((cell, n) => {
    const h = cellText(cell.value).trim();
    if (h && !col.has(h)) col.set(h, n);
  });
  const missing = REQUIRED.filter((h) => !col.has(h));
  if (missing.length) throw errors.validation(`表头缺少“${missing.join("”“")}”列：请使用下载的模板（表头：${LEDGER_HEADERS.join("、")}）`);

  // The bureau's units by every name and alias (unit_names holds the normalized keys).
  const unitKeys = new Map((await database.db.selectFrom("unit_names").innerJoin("units", "units.id", "unit_names.unit_id")
    .select(["unit_names.name_key", "unit_names.unit_id"]).where("unit_names.org_id", "=", user.org_id).where("units.active", "=", 1).execute()).map((u) => [u.name_key, u.unit_id]));

  const problems: ImportRowError[] = [];
  const rows: FindingInput[] = [];
  const seen = new Map<string, number>();
  let dataRows = 0;
  ws.eachRow({ includeEmpty: false }, (row, n) => {
    if (n === 1) return;
    const raw = (h: string) => (col.has(h) ? row.getCell(col.get(h)!).value : null);
    const get = (h: string) => cellText(raw(h)).trim();
    const cells = [...col.keys()].filter((h) => h !== "序号").map(get);
    if (!cells.some(Boolean)) return;
    if (++dataRows > MAX_IMPORT_ROWS) return;
    const bad = (message: string) => problems.push({ row: n, message });

    const title = get("问题");
    if (!title) bad("问题不能为空");
    else if (title.length < 2) bad("问题至少 2 个字");
    else if (title.length > 200) bad("问题不能超过 200 字");
    const description = get("问题描述");
    if (description.length > 20_000) bad("问题描述不能超过 20000 字");

    const source = get("来源");
    if (!source) bad("来源不能为空");
    else if (!(FINDING_SOURCES as readonly string[]).includes(source)) bad(`来源“${clip(source)}”无效，应为 ${FINDING_SOURCES.join("、")} 之一`);

    const category = get("类别") || (hazard ? HAZARD_CATEGORY : "");
    if (!category) bad("类别不能为空");
    else if (!(FINDING_CATEGORIES as readonly string[]).includes(category)) bad(`类别“${clip(category)}”无效，应为 ${FINDING_CATEGORIES.join("、")} 之一`);

    const severityText = get("严重程度");
    const severity = severityText ? (Object.entries(FINDING_SEVERITIES).find(([k, label]) => label === severityText || k === severityText)?.[0] ?? null) : "general";
    if (!severity) bad(`严重程度“${clip(severityText)}”无效，应为 ${Object.values(FINDING_SEVERITIES).join("、")} 之一`);

    const place = get("发现地点");
    if (place.length > 200) bad("发现地点不能超过 200 字");
    const unitName = get("承办单位");
    const unitId = unitName ? unitKeys.get(normalizeName(unitName)) : null;
    if (unitName && unitId == null) bad(`承办单位“${clip(unitName)}”不存在：请填写系统中已有单位的名称或别名，或先在单位管理中添加`);

    const dayCell = raw("发现日期");
    const foundOn = parseDay(dayCell);
    if (!cellText(dayCell).trim() && !(dayCell instanceof Date)) bad("发现日期不能为空");
    else if (!foundOn) bad(`发现日期“${clip(cellText(dayCell))}”不是有效日期，应如 2026-03-01`);
    else if (foundOn > opts.today) bad(`发现日期 ${foundOn} 晚于今天`);
    const foundBy = get("发现人");
    if (foundBy.length > 100) bad("发现人不能超过 100 字");

    const state = get("状态");
    if (state && state !== FINDING_STATES.registered) bad(`状态为“${clip(state)}”：已在系统中流转的问题不能导入，导入的问题一律为“登记”（请删除此行或清空状态列）`);
    const filled = SYSTEM_COLUMNS.filter((h) => get(h));
    if (filled.length) bad(`“${filled.join("”“")}”由系统填写，导入时请留空`);

    const key = `${title}|${unitName}|${foundOn}`;
    if (title && seen.has(key)) bad(`与第 ${seen.get(key)} 行重复（问题、承办单位和发现日期相同）`);
    else seen.set(key, n);

    rows.push({ source, title, description, category, severity: severity ?? "general", place, unitId: unitId ?? null, foundOn: foundOn ?? "", foundBy: foundBy || undefined });
  });

  if (dataRows > MAX_IMPORT_ROWS) throw errors.validation(`一次最多导入 ${MAX_IMPORT_ROWS} 条问题，文件中有 ${dataRows} 条：请分批导入`);
  if (!problems.length && !rows.length) throw errors.validation("文件中没有可导入的数据行");
  if (problems.length) throw importFailed(problems);

  return inTransaction(database, async (tx) => {
    const ids: number[] = [];
    for (const input of rows) ids.push((await createFinding(tx, user, actor, input, opts.now)).id);
    await writeAudit(tx, actor, { action: "finding.import", entity: "finding", entityId: ids[0], after: { ledger: hazard ? "隐患台账" : "问题台账", created: ids.length } });
    return { created: ids.length, ids };
  });
}

function importFailed(details: ImportRowError[]) {
  const first = details.slice(0, 3).map((d) => `第 ${d.row} 行：${d.message}`).join("；");
  return new AppError(400, "IMPORT_FAILED", `导入失败，共 ${details.length} 处错误，未导入任何问题。${first}${details.length > 3 ? "……" : ""}`, details);
}
