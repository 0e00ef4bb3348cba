// A plan's goals stated as prose: a part of the plan's top level that names its goals or its general requirements
// ("一、总体目标", "二、目标任务", "一、总体要求"), no item numbered under it, whose text opens with a dated goal with
// figures ("到2025年，全县城镇新增就业2800人以上，…"). The goal is work the plan commits to, as its task parts' items are:
// beside them it is a task of its own, named by its goal clause ("到2017年，全省空气质量总体改善"); a framing part's prose
// with no dated, quantified goal stays framing. A part whose text opens with the plan year's own figures ("二、目标任务 /
// 2022年全市粮食播种面积达到917万亩，…。推广…"), a paragraph of the year's indicators, is such a task named by its part (xtargets26).
// (xgoals23, pooled: a goal inside a 总体要求 part's prose, "坚持…。到2030年，…35万人以上…", as a task named by the part
// gains real20's one such task and its deadlines, but its gold keeps the pinyin readings in the units, "萬(wàn)人", that the
// engine drops: real20's targets fall .852 → .831; left out)
import type { Para, RawTask } from "./types.js";
import { type Num, RANK } from "./itemNumbers.js";
import { simplified } from "./partTitles.js";
import { Stitched } from "./stitched.js";
import { insertAt, taskInside } from "./taskPlaces.js";
import { findTargets } from "./targets.js";

// the name of a part of goals, or of the plan's general requirements (which may state its goals)
const GOAL_PART_NAME = /^(?:[\u4e00-\u9fff]{0,4}目标(?:任务)?|总体要求)$/;

// a part's name run into the dated goal its text opens with: "总体要求到2022年"
const GLUED_GOAL = /^([\u4e00-\u9fff]{2,8}?)(?=(?:力争|争取)?(?:到|至)\s*20\d{2}\s*年)/;

// a figure the goal sets: a number that is no year, month or day ("9项", "95%", "0.011以内")
const FIGURE = /(?<![\d.])\d+(?:\.\d+)?(?![\d.]|\s*[年月日号])/;

// the year (and month) a goal is due, opening its sentence ("到2025年，", "力争到2022年，", "至2030年底，", "到2026年7月，")
const GOAL_OPENING = /^(?:力争|争取)?(?:到|至)\s*20\d{2}\s*年(?:\d{1,2}\s*月)?(?:底|末)?前?[，,]/;

/** A top-level part: its heading's paragraph, its number, its name, and its own text. */
export interface GoalPart {
  at: number;
  n: Num;
  name: Stitched;
  text: Stitched;
}

/** The prose parts of the top level named as goals or general requirements (read once a plan: both readings below take them). */
export function goalParts(paras: Para[], nums: (Num | null)[]): GoalPart[] {
  let top = Infinity;
  for (const n of nums) if (n && RANK[n.level] < top) top = RANK[n.level];
  if (top === Infinity) return [];
  const out: GoalPart[] = [];
  paras.forEach((p, i) => {
    const n = nums[i];
    if (!n || RANK[n.level] !== top) return;
    const st = p.st.trim();
    const rest = st.slice(n.length).trim();
    let end = rest.text.search(/[。：:，,\s]|$/);
    // (a name run into the dated goal that opens its text, "一、总体要求到2022年，…", as text pulled out of a web page runs)
    const glued = GLUED_GOAL.exec(rest.text.slice(0, end));
    if (glued && !GOAL_PART_NAME.test(simplified(rest.text.slice(0, end)))) end = glued[1].length;
    const name = rest.slice(0, end);
    if (!GOAL_PART_NAME.test(simplified(name.text))) return;
    // (its own text: run in after the name, "一、工作目标。到2021年，…", and the unnumbered paragraphs under it)
    const after = rest.slice(end);
    const own = after.slice(after.text.length - after.text.replace(/^[。：:，,\s]+/, "").length);
    let k = i + 1;
    while (k < paras.length && !nums[k]) k++;
    // (prose only: an item numbered under it is the part's own work, read by the walk)
    if (k < paras.length && RANK[nums[k]!.level] > top) return;
    const pieces = [own, ...paras.slice(i + 1, k).map((q) => q.st.trim())].filter((s) => s.text);
    if (pieces.length) out.push({ at: i, n, name, text: Stitched.join(pieces, "\n") });
  });
  return out;
}

// the aim a part's text opens with, where its dated goals follow it: "以建设…住宅为目标，…。到2025年，…"
const AIM_OPENING = /^以[^，,。；;]{2,40}?为(?:主要|总体|总)?目标(?=[，,])/;
// a dated goal opening a sentence further on
const DATED_GOAL = /(?:^|[。；;\n])\s*(?:力争|争取)?(?:到|至)\s*20\d{2}\s*年(?:底|末)?前?[，,]/;

/** The goal clause a part's text opens with ("到2017年，全省空气质量总体改善", or the aim its dated goals follow), or null. */
function openingGoal(text: Stitched): Stitched | null {
  const aim = AIM_OPENING.exec(simplified(text.text));
  if (aim && DATED_GOAL.test(text.text)) return text.slice(0, aim[0].length);
  const m = GOAL_OPENING.exec(text.text);
  if (!m) return null;
  const from = m[0].length;
  return text.slice(0, from + text.text.slice(from).search(/[，,。；;\n]|$/));
}

// the year's own figures opening a part's text: "2022年全市粮食播种面积达到917万亩，…" (the year, no 到 and no comma, then
// what is to reach a figure in its first sentence)
const YEAR_FIGURES = /^20\d{2}\s*年(?![底末内前初中度，,、\s])[^。；;\n]*?(?:达到|达|超过|稳定在|不低于|不少于|控制在)\s*\d/;

/**
 * The name of a part whose text opens with the plan year's figures ("二、目标任务 / 2022年全市粮食播种面积达到917万亩，产量…。
 * 推广…2.9万亩…"): a paragraph of the year's indicators, no one clause of which names the rest, is named by its part.
 */
function yearFiguresPart(part: GoalPart): Stitched | null {
  return YEAR_FIGURES.test(simplified(part.text.text)) ? part.name : null;
}

/**
 * The plan's tasks with a task for each top-level prose part of goals that opens with a dated goal with figures, in the order
 * of the document (none where a task already lies inside the part).
 */
export function withGoalParagraphs(paras: Para[], parts: GoalPart[], tasks: RawTask[], responsible: boolean): RawTask[] {
  // (a plan that names who answers for its work and names no one for its goals states them for the plan as a whole)
  if (!parts.length || responsible) return tasks;
  const out = [...tasks];
  for (const part of parts) {
    const title = openingGoal(part.text) ?? yearFiguresPart(part);
    if (!title || !FIGURE.test(part.text.text)) continue;
    const [from, to] = part.text.span();
    if (taskInside(out, from, to)) continue;
    const heading = paras[part.at].st.trim();
    // (the year a paragraph of the year's figures opens with is the plan's own, no deadline of its work)
    const year = title === part.name ? /^20\d{2}\s*年/.exec(part.text.text)![0].length : 0;
    const task: RawTask = {
      no: "",
      section: { no: part.n.no, title: part.name.text.replace(/\s+/g, ""), span: heading.span() },
      title,
      titleConfidence: 0.6,
      body: part.text,
      unitCells: [],
      measureItems: [],
      factText: part.text.slice(year),
      confidence: 0.5,
    };
    insertAt(out, task, from);
  }
  return out;
}

/**
 * A task read from a top-level goals part's heading ("二、建设目标" taken as an item where nothing else was) whose text
 * opens with a dated goal: the goal is what the part asks for, and names the task, as a goal paragraph does beside task parts.
 */
export function namedByGoal(paras: Para[], parts: GoalPart[], tasks: RawTask[]): RawTask[] {
  if (!parts.length) return tasks;
  return tasks.map((t) => {
    const at = t.title.span()[0];
    const part = parts.find((q) => {
      const [a, b] = paras[q.at].st.span();
      return at >= a && at < b;
    });
    const title = part && openingGoal(part.text);
    return title ? { ...t, no: "", title, titleConfidence: 0.6 } : t;
  });
}

// a sentence's end inside a part's text (a paragraph of goals runs over several)
const SENTENCE_END = /[。；;！!？?]\s*(?=\S)/;

/**
 * The plan's goals parts as its only tasks, where nothing but framing parts is numbered (指导思想, 工作目标, 组织机构…, an
 * excerpt cut after its goals, or a short 实施方案 of framing parts alone) and a goals part states two figures or more:
 * the goals are the work the plan commits to, not nothing (xtargets, issue 9). One sentence of goals is named by its opening
 * clause (its dated goal, "到2025年，全县…2800人以上", or its first clause, "深入开展控辍保学工作"); a paragraph of
 * several sentences, no one clause of which names the rest, by its part ("工作目标"), as a paragraph of the year's figures is.
 */
export function goalsAlone(paras: Para[], parts: GoalPart[]): RawTask[] {
  const out: RawTask[] = [];
  for (const part of parts) {
    const text = part.text;
    // (a part of general requirements is one of goals where its text opens with a dated goal: "总体要求 / 到2022年，…")
    if (!/目标/.test(simplified(part.name.text)) && !GOAL_OPENING.test(text.text)) continue;
    if (findTargets(text).length < 2) continue;
    const heading = paras[part.at].st.trim();
    const section = { no: part.n.no, title: part.name.text.replace(/\s+/g, ""), span: heading.span() };
    // (goals set out field by field, a paragraph each under its label: a task each, named by its label)
    const labelled = labelledGoals(text);
    if (labelled.length) {
      for (const { label, body } of labelled)
        out.push({ no: "", section, title: label, titleConfidence: 0.5, body, unitCells: [], measureItems: [], factText: body, confidence: 0.4, goals: true });
      continue;
    }
    const flat = text.text.trim();
    const oneSentence = !SENTENCE_END.test(flat.replace(/[。；;！!？?]\s*$/, ""));
    let title: Stitched;
    if (!oneSentence) title = part.name;
    else {
      const goal = openingGoal(text);
      const cut = flat.search(/[，,。；;：:\n]/);
      title = goal ?? text.slice(0, cut < 0 ? text.text.length : cut);
      // (a first clause that is itself a figure names nothing: the part does)
      if (!goal && (title.text.trim().length < 4 || FIGURE.test(title.text))) title = part.name;
    }
    const year = title === part.name && /^20\d{2}\s*年/.test(text.text) ? /^20\d{2}\s*年/.exec(text.text)![0].length : 0;
    out.push({
      no: "",
      section,
      title,
      titleConfidence: 0.5,
      body: text,
      unitCells: [],
      measureItems: [],
      factText: text.slice(year),
      confidence: 0.4,
      goals: true,
    });
  }
  return out;
}

// a paragraph's label: a short name of a field of goals before its colon ("环境空气方面：…", "水环境：…"), no clause of its own
const GOAL_LABEL = /^[\u4e00-\u9fff“”"（）()]{2,14}(?=[：:]\s*\S)/;

/**
 * A goals part's paragraphs that each open with their field's label ("环境空气方面：空气质量优良天数比例高于…" /
 * "水环境方面：…达94.4%以上…"), two or more, those lines and the unlabelled ones after each: the goals of each field are a
 * task of their own, named by the label; a lead-in before the first ("主要指标初步设置如下：") is none. [] where fewer.
 */
export function labelledGoals(text: Stitched): { label: Stitched; body: Stitched }[] {
  const lines: Stitched[] = [];
  for (let at = 0; at <= text.text.length; ) {
    const end = text.text.indexOf("\n", at);
    const stop = end < 0 ? text.text.length : end;
    const line = text.slice(at, stop).trim();
    if (line.text) lines.push(line);
    at = stop + 1;
  }
  const out: { label: Stitched; body: Stitched[] }[] = [];
  for (const line of lines) {
    const m = GOAL_LABEL.exec(line.text);
    if (m) out.push({ label: line.slice(0, m[0].length).trim(), body: [line] });
    else if (out.length) out[out.length - 1].body.push(line);
  }
  return out.length >= 2 ? out.map((g) => ({ label: g.label, body: Stitched.join(g.body, "\n") })) : [];
}

/**
 * The goals parts numbered below the top level and above the task level, with no item under them ("第一章 指导思想与总体目标"
 * over "1.1 指导思想" and "1.2 总体目标 / 到2026年7月，…≥92%，…≥95%。", the tasks numbered "2.1.1"): an item of the numbering
 * tree that sets two figures or more is work the plan commits to, a task named by its heading and numbered as printed,
 * in the section of the top-level part it sits in (not where the plan names who answers for its work: as withGoalParagraphs).
 * A goals item at the task level itself, under a framing part the walk skips ("一、总体要求 / （二）主要目标。力争在2030年前…，
 * …达到95%以上" with the tasks numbered on, "二、… / （三）…"), is such a task too.
 */
export function withSubGoalParts(paras: Para[], nums: (Num | null)[], taskRank: number, tasks: RawTask[], responsible: boolean): RawTask[] {
  if (responsible || !tasks.length) return tasks;
  let top = Infinity;
  for (const n of nums) if (n && RANK[n.level] < top) top = RANK[n.level];
  const out = [...tasks];
  let parent = -1;
  paras.forEach((p, i) => {
    const n = nums[i];
    if (!n) return;
    const rank = RANK[n.level];
    if (rank === top) parent = i;
    // (its part's heading may be lost, run into the title line above it: the part then has no section)
    if (rank <= top || rank > taskRank) return;
    const st = p.st.trim();
    const rest = st.slice(n.length).trim();
    let end = rest.text.search(/[。：:，,\s]|$/);
    const glued = GLUED_GOAL.exec(rest.text.slice(0, end));
    if (glued) end = glued[1].length;
    const name = rest.slice(0, end);
    if (!/目标/.test(simplified(name.text)) || !GOAL_PART_NAME.test(simplified(name.text))) return;
    let k = i + 1;
    while (k < paras.length && !nums[k]) k++;
    // (a leaf: an item numbered under it is the part's own work)
    if (k < paras.length && RANK[nums[k]!.level] > rank) return;
    const after = rest.slice(end);
    const own = after.slice(after.text.length - after.text.replace(/^[。：:，,\s]+/, "").length);
    const pieces = [own, ...paras.slice(i + 1, k).map((q) => q.st.trim())].filter((x) => x.text);
    if (!pieces.length) return;
    const text = Stitched.join(pieces, "\n");
    if (findTargets(text).length < 2) return;
    const [from, to] = [st.span()[0], text.span()[1]];
    if (taskInside(out, from, to)) return;
    const heading = parent >= 0 ? paras[parent].st.trim() : null;
    const pn = parent >= 0 ? nums[parent]! : null;
    const task: RawTask = {
      no: n.no,
      section: heading && pn ? { no: pn.no, title: heading.slice(pn.length).trim().text.replace(/\s+/g, ""), span: heading.span() } : null,
      title: name,
      titleConfidence: 0.6,
      body: text,
      unitCells: [],
      measureItems: [],
      factText: text,
      confidence: 0.5,
    };
    insertAt(out, task, from);
  });
  return out;
}
