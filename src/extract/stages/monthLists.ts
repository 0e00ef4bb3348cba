// A calendar laid out month by month without numbers: under each month a label that names the
// month's work ("1月份幼儿园重点工作：", "三月工作安排：") and the work one line each, between
// other labelled lines (节日 suggestions "元旦：…", "元旦假期：…"). Each line under such a label is
// a task, due in its month; the other lines are not.
import { cnToInt } from "./numbering.js";
import type { Para, RawTask } from "./types.js";

const WORK_LABEL = /(?:重点工作|主要工作|工作重点|工作安排|工作要点|工作任务|园务工作|工作计划)\s*[：:]$/;
const MONTH = /^(?:(20\d{2})\s*年\s*)?(十[一二]?|[一二三四五六七八九]|1[0-2]|[1-9])\s*月份?/;
// a line that opens with a label of its own ("元旦：…", "元旦假期：2017年…") ends the list
const LABELLED = /^[^，,。；;：:]{1,10}[：:]/;
const REST = /放假|休假|调休/;

export function monthWorkLists(paras: Para[], planYear: number | null): RawTask[] {
  const tasks: RawTask[] = [];
  let month = 0;
  let year = planYear;
  for (let i = 0; i < paras.length; i++) {
    const head = paras[i].st.trim();
    const t = head.text;
    const m = t.length <= 30 ? MONTH.exec(t) : null;
    if (m) {
      const mo = /\d/.test(m[2]) ? Number(m[2]) : cnToInt(m[2]);
      if (m[1]) year = Number(m[1]);
      else if (year !== null && mo < month) year++;
      month = mo;
    }
    if (t.length > 30 || !WORK_LABEL.test(t)) continue;
    for (let k = i + 1; k < paras.length; k++) {
      const st = paras[k].st.trim();
      const line = st.text;
      if (!line || line.length <= 30 && (MONTH.test(line) && !/[，,。；;]/.test(line)) || LABELLED.test(line) || /[：:]$/.test(line)) break;
      i = k;
      if (REST.test(line) || line.length < 4) continue;
      const scheduled = month && year !== null ? { by: `${year}-${String(month).padStart(2, "0")}`, year, st: head } : undefined;
      tasks.push({ no: "", section: null, title: st, titleConfidence: 0.6, body: st, unitCells: [], measureItems: [], factText: st, confidence: 0.4, ...(scheduled ? { scheduled } : {}) });
    }
  }
  return tasks.length >= 2 ? tasks : [];
}
