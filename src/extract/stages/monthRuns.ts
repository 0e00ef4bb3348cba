// A month-by-month schedule run into prose (issue 9, xnews23): "九月份开学后，立即对新生进行一次安全教育，…。
// 十月份重点关注…。十一月份组织开展…" — the months in their order (each the next, December to January too),
// three or more, each opening its month's work, a copy having lost the lines or cells that parted them. Each
// month is a task named by its first clause of work (a time or a day's label before it left out: "开学后，",
// "“3.15”消费者权益日，"), due in its month.
import { termYear } from "./datedLines.js";
import { cnToInt } from "./numbering.js";
import type { Stitched } from "./stitched.js";
import type { RawTask, WorkDoc } from "./types.js";
import { FEW_TASKS_CONFIDENCE, type Candidate } from "./workCandidates.js";

// a month's name opening its work: "九月份", "11月份" (not "第9月份", nor a day's "9月14日")
const MONTH = /(?<![\d第])(\d{1,2}|十[一二]?|[一二三四五六七八九])月份/g;
// a clause before the work that says when or names a day: "开学后", "放假前", "“12.4”法制宣传日"
const WHEN = /^(?:[\u4e00-\u9fff]{1,6}(?:后|前|期间|之际|时)|[“"]?[\d.]+[”"]?[\u4e00-\u9fff]{0,8}[节日])$/;
// the word of haste before the work: "立即对…"
const AT_ONCE = /^(?:立即|及时|首先|随即)/;

interface Mark {
  para: Stitched;
  at: number;
  end: number;
  month: number;
}

/** The months run into the text in their order, three or more: a task each. */
export function monthRunCandidate(doc: WorkDoc): Candidate | null {
  const marks: Mark[] = [];
  for (const p of doc.paras.slice(doc.meta?.bodyStart ?? 0)) {
    for (const m of p.st.text.matchAll(MONTH)) {
      const month = /\d/.test(m[1]) ? Number(m[1]) : cnToInt(m[1]);
      if (month >= 1 && month <= 12) marks.push({ para: p.st, at: m.index!, end: m.index! + m[0].length, month });
    }
  }
  // (the longest run of months each the next one)
  let from = 0;
  let longest = [0, 0];
  marks.forEach((m, i) => {
    if (i && m.month !== (marks[i - 1].month % 12) + 1) from = i;
    if (i + 1 - from > longest[1] - longest[0]) longest = [from, i + 1];
  });
  const best = marks.slice(longest[0], longest[1]);
  if (best.length < 3) return null;
  // (the year it starts in: a span of two years the page opens with, "2031-2032年度", starts in the first —
  // a school year's months from September on; else the term's or the plan's year)
  const span = /(20\d{2})\s*[-—–~至]\s*20\d{2}\s*(?:学?年度?)/.exec(doc.text.slice(0, 600));
  let year = span ? Number(span[1]) : termYear(doc).base;
  const tasks: RawTask[] = [];
  best.forEach((m, k) => {
    const next = best[k + 1];
    if (k > 0 && year !== null && m.month < best[k - 1].month) year++;
    const body = m.para.slice(m.end, next && next.para === m.para ? next.at : m.para.text.length).trim();
    const title = workClause(body);
    if (!title) return;
    const head = m.para.slice(m.at, m.end);
    const scheduled = year !== null ? { scheduled: { by: `${year}-${String(m.month).padStart(2, "0")}`, year, st: head } } : {};
    tasks.push({ no: "", section: null, title, titleConfidence: 0.5, body, unitCells: [], measureItems: [], factText: body, confidence: FEW_TASKS_CONFIDENCE, ...scheduled });
  });
  return tasks.length >= 3 ? { tasks, label: "文中逐月列出的工作" } : null;
}

/** The month's first clause of work, its time or day's label and its 立即 left out; null where it has none. */
function workClause(body: Stitched): Stitched | null {
  for (const c of body.text.matchAll(/[^，,。；;：:！!？?]+/g)) {
    const text = c[0].trim();
    if (!text || WHEN.test(text)) continue;
    const lead = c.index! + c[0].length - c[0].trimStart().length;
    const from = lead + (AT_ONCE.exec(text)?.[0].length ?? 0);
    // (a bracket's note after its name left out: "开展普法宣传活动（板报、知识问答等）…")
    const bracket = text.slice(from - lead).search(/[（(]/);
    const title = body.slice(from, bracket >= 4 ? from + bracket : lead + text.length);
    return title.text.length >= 4 ? title : null;
  }
  return null;
}
