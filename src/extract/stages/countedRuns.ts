// A count of works announced before a colon and then the works themselves, run into one paragraph as as many sentences
// (issue 9, xtargets26): "今年市教育局一共有10项建设任务：在市中心城区建成…20个，其中…。加快幼儿园建设，…。…。推广…。" — a
// news report's or a plan's list of 民生工程 / 实事 with its numbers lost. Where the sentences after the colon (set apart by
// 。, or by ；) are exactly as many as the count (three or more), each is a task named by its first clause of work, and the
// body named before the count ("市教育局…有10项") leads them all.
import { foldHan } from "./hanFold.js";
import { cnToInt } from "./numbering.js";
import type { RawTask, WorkDoc } from "./types.js";
import { FEW_TASKS_CONFIDENCE, WORK_VERB, type Candidate } from "./workCandidates.js";

// "一共有10项建设任务：", "共有八项民生实事：", "主要有5项重点工程："
const COUNT_LEAD = /(?:一共|总共|共|主要)?有\s*(\d{1,2}|[一二三四五六七八九十]{1,3})\s*(?:项|件|个|大)[\u4e00-\u9fff“”"]{0,12}?(?:任务|工程|项目|实事|工作|举措|措施)\s*[：:]/;
// the body that has the works, before its count: "市教育局一共有…" (a time before it left out)
const HOLDER = /([\u4e00-\u9fff]{2,10}?(?:局|委|厅|办|院|府|中心))(?:今年|年内|全年)?$/;
// a time before the body's name: "今年市教育局…"
const LEAD_TIME = /^(?:今年|明年|年内|全年|同时|此外|另外)/;
// a clause that only frames the work: how it explores or where it stands, no work named ("积极探索“医教结合…”")
const FRAME_CLAUSE = /^(?:积极|认真|大力)?探索/;

/** The works a paragraph counts before its colon and then lists in as many sentences: a task each. */
export function countedRunCandidate(doc: WorkDoc): Candidate | null {
  for (const p of doc.paras.slice(doc.meta?.bodyStart ?? 0)) {
    const st = p.st.trim();
    const t = foldHan(st.text);
    const m = COUNT_LEAD.exec(t);
    if (!m) continue;
    const n = /^\d/.test(m[1]) ? Number(m[1]) : cnToInt(m[1]);
    if (!(n >= 3)) continue;
    const from = m.index + m[0].length;
    const rest = t.slice(from);
    for (const stop of [/[^。！!]+[。！!]?/g, /[^；;。]+[；;。]?/g]) {
      const pieces = [...rest.matchAll(stop)].filter((s) => s[0].trim().length >= 4);
      if (pieces.length !== n) continue;
      const holder = HOLDER.exec(t.slice(0, m.index).split(/[。，,；;：:]/).pop() ?? "")?.[1].replace(LEAD_TIME, "");
      const holderAt = holder ? t.lastIndexOf(holder, m.index) : -1;
      const tasks = pieces.map((s): RawTask | null => {
        const at = from + s.index! + (s[0].length - s[0].trimStart().length);
        const body = st.slice(at, from + s.index! + s[0].length);
        const clauses = [...foldHan(body.text).matchAll(/[^，,。！!；;]+/g)];
        const named = clauses.find((c, k) => !(k === 0 && FRAME_CLAUSE.test(c[0].trim()) && clauses.length > 1)) ?? clauses[0];
        if (!named) return null;
        const title = body.slice(named.index!, named.index! + named[0].length).trim();
        const unitCells = holderAt >= 0 ? [{ role: "lead" as const, cell: st.slice(holderAt, holderAt + holder!.length) }] : [];
        return { no: "", section: null, title, titleConfidence: 0.5, body, unitCells, measureItems: [], factText: body, confidence: FEW_TASKS_CONFIDENCE };
      });
      if (tasks.some((x) => !x) || !tasks.every((x) => WORK_VERB.test(foldHan(x!.body.text)))) continue;
      return { tasks: tasks as RawTask[], label: `“共有${n}项”后逐句列出的工作` };
    }
  }
  return null;
}
