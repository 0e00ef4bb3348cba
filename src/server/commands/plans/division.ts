// The plan's division table (分工方案) with 进展情况 from the latest approved report of each task's
// lead unit (its consolidated text), for the DOCX and XLSX exports.
import type { Kysely } from "kysely";
import type { DB, PlanRow } from "../../db/schema.js";
import { loadTasks } from "./task-store.js";
import { latestProgressText } from "./ledger-progress.js";
import { circled, MEASURE_PREFIX } from "../../../export/cells.js";
import type { DivisionRow, DivisionTable } from "../../../shared/division.js";
import { chineseDate } from "../../../shared/findings.js";

export async function divisionTable(db: Kysely<DB>, plan: PlanRow, today: string): Promise<DivisionTable> {
  const tasks = await loadTasks(db, { planId: plan.id });
  const progress = await latestProgressText(db, plan.id, ["approved"]);
  const names = (list: { name: string }[]) => list.map((u) => u.name).join("、");
  const rows: DivisionRow[] = [];
  let section: string | null = null;
  for (const t of tasks) {
    if (t.sectionTitle && t.sectionTitle !== section) {
      section = t.sectionTitle;
      const no = t.sectionNo ?? "";
      rows.push({ section: `${no}${no && !/[、.．]$/.test(no) ? "、" : ""}${t.sectionTitle}`, no: "", title: "", requirements: "", progress: "", lead: "", co: "", liaison: "" });
    }
    rows.push({
      no: t.no,
      title: t.title,
      requirements: t.measures.length ? t.measures.map((m, i) => `${circled(i)}${m.replace(MEASURE_PREFIX, "")}`).join("\n") : t.body,
      progress: progress.get(t.id) ?? "",
      lead: names(t.lead),
      co: names(t.co),
      liaison: names(t.liaison),
    });
  }
  return { title: `${plan.title.replace(/^关于印发《?|》?的通知$/g, "")}`, note: `进展情况为各牵头单位最近一次经审定的报告（导出日期：${chineseDate(today)}）`, rows };
}
