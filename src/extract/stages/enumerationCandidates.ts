// Candidates marked by numbering: each numbering level's items that read as work, and an enumeration
// run into a part's text ("一是…二是…", "一要…二要…", "第一，…第二，…", "首先，…其次，…").
import { cnToInt } from "./numbering.js";
import { Stitched } from "./stitched.js";
import { paraNumbering, RANK, type Lv, type Num } from "./itemNumbers.js";
import { titleOf } from "./itemTitles.js";
import { collectTasks } from "./taskWalk.js";
import type { Para, RawTask, WorkDoc } from "./types.js";
import { DOER_BEFORE } from "./demandCandidates.js";
import { DEMAND_YAO, FEW_TASKS_CONFIDENCE, readsAsWork, withoutByline, type Candidate } from "./workCandidates.js";
import { clauseEnds, leadPhraseEnd } from "./titleCut.js";
import { WORK_VERB } from "./workCandidates.js";

const LEVEL_LABEL: Record<Lv, string> = { 7: "“壹、”级编号", 1: "“一、”级编号", 2: "“（一）”级编号", 3: "“1.”级编号", 4: "“（1）”级编号", 5: "“①”级编号", 6: "“一是”列举" };

/** Each numbering level's items that read as work. */
export function levelCandidates(doc: WorkDoc): Candidate[] {
  const start = doc.meta?.bodyStart ?? 0;
  let paras = doc.paras.slice(start);
  let nums = paras.map(paraNumbering);
  if (!nums.some(Boolean)) {
    paras = doc.paras;
    nums = paras.map(paraNumbering);
  }
  const out: Candidate[] = [];
  for (const lv of [1, 2, 3, 6, 4, 5] as Lv[]) {
    if (!nums.some((n) => n?.level === lv)) continue;
    const tasks = collectTasks(doc, paras, nums, { taskLevel: lv, boldTasks: false, boldWithUnits: false, honourSkips: false }).filter(readsAsWork);
    if (tasks.length) out.push({ tasks, label: LEVEL_LABEL[lv] });
  }
  return out;
}

// "一是…" "二要…": the enumeration of the points under a part, at a paragraph's start or after a sentence,
// or after the verb that reports a meeting's points and its comma ("会议强调，一要…"); not "要紧" (urgent),
// but "二要紧盯…" (keep a close eye on) is a point
// (or right after the doers the points are asked of: "各项目单位负责人一要…，二要…")
const ENUM_MARK =
  /(^|[。；;：:！!？?]\s*|(?:强调|強調|指出|要求|提出|明确|明確)[，,]\s*|(?<=[人位门門校员員处處室组組局院园園]))([一二三四五六七八九十])(是|要)(?![否指由因为不非求素点件]|[紧緊](?![盯抓跟扣]))(?=[\u4e00-\u9fff“"])/g;
// "第一，…第二，…" "首先，…其次，…最后，…": points counted by ordinals, at a paragraph's start or after a sentence
const ORDINAL_MARK = /(^|[。；;：:！!？?]\s*)(?:第([一二三四五六七八九十])|(首先|其次|再次|最后|最後))\s*[，,、：:]/g;
const ORDINAL_WORD: Record<string, number> = { 首先: 1, 其次: 2, 再次: 3, 最后: 99, 最後: 99 };

/**
 * An enumeration 一是/二是/三是 (or 一要/二要) run into the text of a part, the part not itself
 * under a deeper numbered item (a （一） task's 一是/二是 are its measures): each point is an item.
 */
export function enumerationCandidate(doc: WorkDoc): Candidate | null {
  const start = doc.meta?.bodyStart ?? 0;
  const paras = doc.paras.slice(start);
  const marks: { para: number; at: number; len: number; value: number; verb: string }[] = [];
  let lastNumbered: Num | null = null;
  paras.forEach((p, i) => {
    const n = paraNumbering(p);
    if (n && n.level !== 6) lastNumbered = n;
    // (points under a （一） / 1. item are that item's measures)
    if (lastNumbered && RANK[lastNumbered.level] > 1) return;
    const t = p.st.text;
    ENUM_MARK.lastIndex = 0;
    for (let m = ENUM_MARK.exec(t); m; m = ENUM_MARK.exec(t)) {
      const at = m.index + m[1].length;
      marks.push({ para: i, at, len: 2, value: cnToInt(m[2]), verb: m[3] });
    }
    ORDINAL_MARK.lastIndex = 0;
    for (let m = ORDINAL_MARK.exec(t); m; m = ORDINAL_MARK.exec(t)) {
      const at = m.index + m[1].length;
      marks.push({ para: i, at, len: m[0].length - m[1].length, value: m[2] ? cnToInt(m[2]) : ORDINAL_WORD[m[3]], verb: m[2] ? "第" : "首先" });
    }
  });
  marks.sort((a, b) => a.para - b.para || a.at - b.at);
  // each run 1, 2, 3… of one form ("最后" closes a run of 首先/其次)
  const runs: (typeof marks)[] = [];
  for (let k = 0; k < marks.length; k++) {
    if (marks[k].value !== 1) continue;
    const run = [marks[k]];
    for (let j = k + 1; j < marks.length && run.length < 20; j++) {
      const last = run[run.length - 1].value;
      if (last === 99) break;
      if (marks[j].verb === marks[k].verb && (marks[j].value === last + 1 || marks[j].value === 99)) run.push(marks[j]);
      else if (marks[j].value === 1 && marks[j].verb === marks[k].verb) break;
    }
    runs.push(run);
  }
  // the longest run, and every other run of its form, two points or more, that starts again at 一 after it
  // or before it, none inside another's points: a leader's points under 首先/其次 ("首先，要打基础。一是…二是…。
  // 其次，要抓重点。一是…"), or a second speaker's ("一是要…；二是要…" in one paragraph, "一是要…" in the next)
  const longest = runs.reduce<typeof marks>((a, b) => (b.length > a.length ? b : a), []);
  if (longest.length < 2) return null;
  const pos = (m: (typeof marks)[number]) => m.para * 1e7 + m.at;
  const chosen = [longest];
  for (const run of [...runs].sort((a, b) => b.length - a.length)) {
    if (run.length < 2 || chosen.includes(run) || run[0].verb !== longest[0].verb) continue;
    if (chosen.some((c) => pos(run[0]) <= pos(c[c.length - 1]) && pos(c[0]) <= pos(run[run.length - 1]))) continue;
    chosen.push(run);
  }
  chosen.sort((a, b) => pos(a[0]) - pos(b[0]));
  const tasks: RawTask[] = [];
  const isWork = (t: RawTask) => readsAsWork(t) || DEMAND_POINT.test(t.title.text);
  chosen.forEach((run, i) => {
    const points = runTasks(paras, run, chosen[i + 1]?.[0]);
    // (the points of one run are one list: when most of them read as work, so do the others —
    // "首先，…要求值班人员…；其次，确定好…；再次，…" keeps its 其次, whose verb no list of work verbs names)
    const work = points.filter(isWork).length;
    tasks.push(...(work * 2 > points.length ? points : points.filter(isWork)));
  });
  const best = longest;
  const label = best[0].verb === "第" ? "“第一、第二”列举" : best[0].verb === "首先" ? "“首先、其次”列举" : `“一${best[0].verb}、二${best[0].verb}”列举`;
  // (a point that opens with its 要 is a demand, work by its 要: "一是要材料有效有序", "三是要大力发展职业教育")
  return tasks.length >= 2 ? { tasks, label } : null;
}

const DEMAND_POINT = new RegExp(`^(?:${DEMAND_YAO})`);

/** The points of one run, each named by its lead phrase, numbered from 一 (the doer before its first point theirs). */
type Mark = { para: number; at: number; len: number; value: number; verb: string };
function runTasks(paras: Para[], best: Mark[], nextRun?: Mark): RawTask[] {
  const tasks: RawTask[] = [];
  const points: { k: number; st: Stitched; confidence: number; body: Stitched; rest: string }[] = [];
  // (the doers named right before the first point are the doers of the points in its paragraph:
  // "会议要求，各项目单位负责人一要…；二要…")
  const head = paras[best[0].para].st.text.slice(0, best[0].at);
  const lead = /[\u4e00-\u9fff、]+$/.exec(head.replace(/^[^]*[，,：:。；;]\s*/, ""));
  // (the body that heads the people it names is the doer: "各项目单位负责人" → 各项目单位)
  const body0 = lead && DOER_BEFORE.exec(`${lead[0]}要`)?.[1] === lead[0] ? lead[0].replace(/(?:负责人|負責人|主要负责人|主要負責人|同志)$/, "") : "";
  const doer = lead && body0 ? paras[best[0].para].st.slice(best[0].at - lead[0].length, best[0].at - lead[0].length + body0.length) : null;
  best.forEach((m, k) => {
    const p = paras[m.para];
    const next = best[k + 1];
    // the point runs to the next point in its paragraph, or to its paragraph's end
    // (or to the next run, the short heading it opens with left out: "…均等化。其次，要抓重点。一是…")
    let end = next && next.para === m.para ? next.at : p.st.text.length;
    if (!next && nextRun && nextRun.para === m.para) {
      const before = p.st.text.slice(0, nextRun.at).replace(/[。：:\s]+$/, "");
      const stop = before.lastIndexOf("。");
      end = stop > m.at && nextRun.at - stop <= 16 ? stop + 1 : nextRun.at;
    }
    const own = withoutByline(p.st.slice(m.at, end).trim());
    // (the doer is said again before the point's verb, its number left out: "各项目单位" + "要加快…")
    const body = doer && m.para === best[0].para ? Stitched.join([doer, own.slice(1)]) : own;
    const item: Para = { st: own };
    const { st, confidence } = titleOf(item, { level: 6, no: "", length: m.len });
    // (a long point, or one that runs on to the next in its sentence, is named by its lead phrase:
    // "一要加快项目进度，该完工的…", "一要提高站位，切实…；二要…")
    points.push({ k, st, confidence, body, rest: own.text.slice(m.len).trim() });
  });
  // (the points of one run are named alike. A lead clause that every point opens with, in one form — the same
  // first character — and in which none names work, frames the points ("一是在甲层面，做好…；二是在乙层面，…"):
  // each point is named by what follows its frame)
  if (points.length >= 2) {
    const firsts = points.map((p) => clauseEnds(p.st.text)[0]?.at ?? 0);
    const frame = (p: (typeof points)[number], i: number) => firsts[i] >= 2 && !WORK_VERB.test(p.st.text.slice(0, firsts[i])) && p.st.text.length - firsts[i] > 4;
    if (points.every(frame) && new Set(points.map((p) => p.st.text[0])).size === 1) points.forEach((p, i) => { p.st = p.st.slice(firsts[i] + 1).trim(); p.rest = p.st.text; });
  }
  const cut = points.map((p) => leadPhraseEnd(p.st.text, p.rest));
  // (and when every other point of three or more is named by its lead phrase, so is the one left — the last
  // point, which ends at a full stop rather than running on: "…；三要扛牢责任，全力推动…。")
  if (points.length >= 3) points.forEach((p, i) => {
    if (cut[i] || !cut.every((c, j) => j === i || c > 0)) return;
    const first = clauseEnds(p.st.text)[0];
    if (first && first.at >= 4) cut[i] = first.at;
  });
  points.forEach((p, i) => {
    const st = cut[i] ? p.st.slice(0, cut[i]) : p.st;
    if (!st.text) return;
    tasks.push({ no: p.k < 10 ? "一二三四五六七八九十"[p.k] : "", section: null, title: st, titleConfidence: p.confidence, body: p.body, unitCells: [], measureItems: [], factText: p.body, confidence: FEW_TASKS_CONFIDENCE });
  });
  return tasks;
}
