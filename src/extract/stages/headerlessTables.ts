// Never nothing for a task table without a header row (issue 9 §3): "| 做好秋季开学工作 | 教务处 |"
// "| 开展校园安全排查 | 保卫处 |" names no column, so the table stage finds no task-name column and
// reads nothing. Where one column's cells, in (nearly) every row of two cells or more, read as work —
// an action, not a bare name, date or figure — that column is the best candidate: each row a task named
// by its cell, a cell naming a body (…处, …股, …学校) its lead, the row's text searched for dates and
// figures. Tables whose rows are data or a roster ("周一 | 张三") have no such column and stay unread.
import { Stitched } from "./stitched.js";
import type { GridTable, RawTask, WorkDoc } from "./types.js";
import { FEW_TASKS_CONFIDENCE, NOT_WORK, WORK_VERB, type Candidate } from "./workCandidates.js";

/** A cell that names a body and nothing else ("教务处", "县教育局基教股", "各学校"). */
const BODY_CELL = /^[^。；;：:，,\d]{2,24}(?:[股室办局站心会委组部校院所队处科园馆府司厅]|单位|学校|幼儿园)(?:[（(][^（()）]{1,10}[)）])?$/u;
/** A work cell: an action named in a phrase or a sentence, not a note ("联系人", "备注"). */
const workCell = (t: string) => {
  const s = t.trim();
  const bare = s.replace(/[\s\p{P}]/gu, "");
  return bare.length >= 4 && s.length <= 200 && WORK_VERB.test(s) && !NOT_WORK.test(s) && !BODY_CELL.test(s);
};
const SHARE = 2 / 3;

function tableCandidate(table: GridTable): RawTask[] {
  const rows = table.rows.filter((r) => r.filter((c) => c.text.trim()).length >= 2);
  if (!rows.length) return [];
  const width = rows.reduce((w, r) => Math.max(w, r.length), 0);
  let best = -1;
  let bestCount = 0;
  for (let j = 0; j < width; j++) {
    const n = rows.filter((r) => r[j] && workCell(r[j].text)).length;
    if (n > bestCount) [best, bestCount] = [j, n];
  }
  if (best < 0 || bestCount < rows.length * SHARE) return [];
  return rows.flatMap((row) => {
    const cell = row[best];
    if (!cell || !workCell(cell.text)) return [];
    const title = cell.trim();
    const body = Stitched.join(row.filter((c) => c.text.trim()).map((c) => c.trim()), " | ");
    const units = row.filter((c, j) => j !== best && BODY_CELL.test(c.text.trim()));
    return [{ no: "", section: null, title, titleConfidence: 0.7, body, unitCells: units.slice(0, 1).map((c) => ({ role: "lead" as const, cell: c.trim() })), measureItems: [], factText: body, confidence: FEW_TASKS_CONFIDENCE }];
  });
}

/** The rows of the document's header-less task tables, each a task; null where no table has a work column. */
export function headerlessTableCandidate(doc: WorkDoc): Candidate | null {
  const tasks = doc.items.flatMap((it) => (it.kind === "table" ? tableCandidate(it.table) : []));
  return tasks.length ? { tasks, label: "表格中写明工作的一列" } : null;
}
