// The ledger as a division table (分工方案) in XLSX, and that table read back.
import type ExcelJS from "exceljs";
import { newWorkbook } from "./sheet.js";
import { deadlinesIn } from "../extract/deadlines.js";
import type { LoadedTask, TaskValue } from "../shared/tasks.js";
import { cellText, circled, MEASURE_PREFIX, safeCell, unsafeCell } from "./cells.js";

export const LEDGER_COLUMNS = [
  { key: "no", header: "序号", width: 6 },
  { key: "title", header: "目标任务", width: 28 },
  { key: "measures", header: "具体要求", width: 60 },
  { key: "progress", header: "进展情况", width: 30 },
  { key: "lead", header: "牵头部门", width: 16 },
  { key: "co", header: "责任部门", width: 22 },
  { key: "liaison", header: "联络股室", width: 14 },
  { key: "leaders", header: "责任领导", width: 12 },
  { key: "milestones", header: "完成时限", width: 24 },
  { key: "id", header: "系统编号（请勿修改）", width: 10 },
] as const;

export const milestoneLine = (m: { by: string; what: string }) => `${m.by}：${m.what}`;

export function measuresCell(t: Pick<TaskValue, "measures" | "body">): string {
  return t.measures.length ? t.measures.map((m, i) => `${circled(i)}${m.replace(MEASURE_PREFIX, "")}`).join("\n") : t.body;
}

export async function ledgerWorkbook(plan: { title: string }, tasks: LoadedTask[], progress: Map<number, string> = new Map()): Promise<Buffer> {
  const wb = await newWorkbook();
  wb.creator = "督办";
  const ws = wb.addWorksheet("任务台账", { views: [{ state: "frozen", ySplit: 2 }], pageSetup: {
    orientation: "landscape", paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0,
    // Printed, every page repeats the column header; narrow margins leave the width to the text.
    printTitlesRow: "2:2", horizontalCentered: true,
    margins: { left: 0.4, right: 0.4, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
  } });
  ws.mergeCells(1, 1, 1, LEDGER_COLUMNS.length);
  ws.getCell(1, 1).value = safeCell(plan.title);
  ws.getCell(1, 1).font = { bold: true, size: 16 };
  ws.getCell(1, 1).alignment = { horizontal: "center" };
  ws.getRow(2).values = LEDGER_COLUMNS.map((c) => c.header);
  ws.getRow(2).font = { bold: true };
  ws.getRow(2).alignment = { horizontal: "center", vertical: "middle", wrapText: true };
  LEDGER_COLUMNS.forEach((c, i) => (ws.getColumn(i + 1).width = c.width));
  let section: string | null = null;
  for (const t of tasks) {
    if (t.sectionTitle && t.sectionTitle !== section) {
      section = t.sectionTitle;
      const r = ws.addRow([safeCell(`${t.sectionNo ?? ""}${t.sectionNo && !/[、.．]$/.test(t.sectionNo) ? "、" : ""}${t.sectionTitle}`)]);
      ws.mergeCells(r.number, 1, r.number, LEDGER_COLUMNS.length - 1);
      r.font = { bold: true };
    }
    const names = (list: { name: string }[]) => list.map((u) => u.name).join("、");
    const row = ws.addRow([
      safeCell(t.no), safeCell(t.title), safeCell(measuresCell(t)), safeCell(progress.get(t.id) ?? ""),
      safeCell(names(t.lead)), safeCell(names(t.co)), safeCell(names(t.liaison)), safeCell(names(t.leaders)),
      safeCell(t.milestones.map(milestoneLine).join("\n")), t.id,
    ]);
    row.alignment = { vertical: "top", wrapText: true };
  }
  ws.getColumn(LEDGER_COLUMNS.length).font = { color: { argb: "FF999999" } };
  // Thin borders on every cell of the table (header, sections, tasks), as a printed 台账 has.
  const thin = { style: "thin" as const, color: { argb: "FF000000" } };
  for (let r = 2; r <= ws.rowCount; r++) {
    for (let c = 1; c <= LEDGER_COLUMNS.length; c++) ws.getCell(r, c).border = { top: thin, left: thin, bottom: thin, right: thin };
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}

export interface LedgerRow {
  row: number;
  id: number | null;
  no: string;
  title: string;
  /** The 具体要求 cell as written; measures/body are its reading. */
  measureText: string;
  measures: string[];
  body: string | null;
  lead: string[];
  co: string[];
  liaison: string[];
  leaders: string[];
  milestones: { by: string; what: string }[];
  /** The 进展情况 cell as found: read-only, compared only to say that edits there are not imported. */
  progress: string;
}

export interface LedgerParse {
  rows: LedgerRow[];
  errors: { row: number; message: string }[];
}

const names = (s: string) => s.split(/[、，,;；\n]+/).map((x) => x.replace(/\s+/g, "")).filter(Boolean);

/** Reads a ledger XLSX laid out as ledgerWorkbook writes it; the header row may move. */
export async function parseLedgerWorkbook(buf: Buffer, planYear: number | null = null): Promise<LedgerParse> {
  const wb = await newWorkbook();
  await wb.xlsx.load(buf as any);
  const ws = wb.worksheets[0];
  const errors: LedgerParse["errors"] = [];
  const rows: LedgerRow[] = [];
  if (!ws) return { rows, errors: [{ row: 0, message: "文件中没有工作表" }] };
  let headerRow = 0;
  const col: Record<string, number> = {};
  ws.eachRow((row, n) => {
    if (headerRow) return;
    const texts = Array.from(row.values as ExcelJS.CellValue[], (v) => cellText(v).replace(/\s+/g, ""));
    if (texts.includes("目标任务") || texts.includes("序号")) {
      headerRow = n;
      for (const c of LEDGER_COLUMNS) {
        const idx = texts.findIndex((t) => t === c.header.replace(/\s+/g, "") || (c.key === "id" && t.startsWith("系统编号")));
        if (idx > 0) col[c.key] = idx;
      }
    }
  });
  if (!headerRow || !col.title) return { rows, errors: [{ row: 0, message: "找不到表头（需要“序号”“目标任务”等列），请使用导出的台账表格" }] };
  ws.eachRow((row, n) => {
    if (n <= headerRow) return;
    // A section heading row is one cell merged across the columns.
    if (row.getCell(2).isMerged && row.getCell(2).master.address === row.getCell(1).address) return;
    const get = (key: string) => (col[key] ? unsafeCell(cellText(row.getCell(col[key]).value)).trim() : "");
    const idText = get("id");
    const title = get("title");
    const anyOther = ["measures", "lead", "co", "leaders"].some((k) => get(k));
    if (!title && !anyOther && !idText) return;
    if (!title) {
      errors.push({ row: n, message: "目标任务不能为空" });
      return;
    }
    const id = idText ? Number(idText) : null;
    if (idText && !Number.isInteger(id)) {
      errors.push({ row: n, message: `系统编号“${idText}”无效，请勿修改该列` });
      return;
    }
    const milestones: LedgerRow["milestones"] = [];
    for (const line of get("milestones").split(/\n+/).map((l) => l.trim()).filter(Boolean)) {
      const m = /^(\d{4}(?:-\d{1,2}(?:-\d{1,2})?)?)\s*[：:]\s*(.+)$/.exec(line);
      if (m) {
        const by = m[1].split("-").map((p, i) => (i ? p.padStart(2, "0") : p)).join("-");
        milestones.push({ by, what: m[2].trim() });
        continue;
      }
      // Written the way people write it: "2026年6月底前完成选址", "暑假前完成".
      const found = deadlinesIn(line, planYear)[0];
      if (found) milestones.push({ by: found.by, what: found.what || line });
      else errors.push({ row: n, message: `完成时限“${line}”中没有可识别的日期，请写成“2026-09：内容”或“2026年9月底前完成……”` });
    }
    const measureText = get("measures");
    const lines = measureText.split(/\n+/).map((l) => l.trim()).filter(Boolean);
    const enumerated = lines.length > 0 && lines.every((l) => MEASURE_PREFIX.test(l));
    rows.push({
      row: n, id, no: get("no"), title, measureText,
      measures: enumerated ? lines.map((l) => l.replace(MEASURE_PREFIX, "")) : [],
      body: enumerated ? null : measureText,
      lead: names(get("lead")), co: names(get("co")), liaison: names(get("liaison")), leaders: names(get("leaders")),
      milestones,
      progress: get("progress"),
    });
  });
  return { rows, errors };
}
