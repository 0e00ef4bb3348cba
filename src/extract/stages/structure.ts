// Sections and tasks of a prose plan: the stage. It numbers the items (itemNumbers, numberRepairs),
// refuses speeches and notices of general demands, chooses the task level (taskLevel) and collects
// the tasks at it (taskWalk: partFacts, planDates, itemTitles), or falls back where no level stands out.
//
// Chinese official documents number their parts 一、 → （一） → 1. → （1） → ①, and enumerate
// points as 一是… 二是…. Which of these levels holds the tasks differs from plan to plan:
//   - the level that carries the responsibility phrases (牵头单位：…, （责任股室：…）) is the task
//     level: the deepest level most of whose items name their own units;
//   - without units, the deepest of 1. / 一是 / （一） / 一、 that occurs more than once; but
//     1. items that restart at 1 under every heading-like （一） item are that item's measures;
//   - levels above the task level give the sections, deeper ones the measures.
// Speeches and reports (同志们…, …上的讲话) that assign no one anything hold no tasks.
import type { Para, RawTask, Stage } from "./types.js";
import { type Lv, type Num, paraNumbering, RANK } from "./itemNumbers.js";
import { headingLike, listsProblems, NON_TASK_HEADING, NOTICE_ARRANGEMENT, simplified, TASKS_PART } from "./partTitles.js";
import { titleOf } from "./itemTitles.js";
import { itemNumbersOf, leadSentencesAsBold } from "./numberRepairs.js";
import { aboveLoneParent, aboveSentenceParents, aboveShortLists, fallbackLevel, labelOf, levelByHeadings, levelByUnits, namedUnderCategories } from "./taskLevel.js";
import { loneRunLevel, ownersArePeople, subheadingLevel } from "./subheadingMeasures.js";
import { withGroupFormingParts } from "./groupFormingParts.js";
import { collectTasks, isNotice } from "./taskWalk.js";
import { REPORT_LABEL, TASK_LABEL } from "./blockLabels.js";
import { datedLineTasks } from "./datedLines.js";
import { findDoers } from "./doers.js";
import { monthWorkLists } from "./monthLists.js";
import { FRAMING_ONLY } from "./nothingFound.js";
import { projectProseTasks } from "./projectProse.js";
import { groupDutiesAsMeasures, rosterOnly } from "./rosters.js";
import { Stitched } from "./stitched.js";
import { findTargets } from "./targets.js";
import { goalParts, goalsAlone, namedByGoal, withGoalParagraphs, withSubGoalParts } from "./goalParagraphs.js";
import { sectionsOf } from "./taskSections.js";
import { hasResponsibility, namesResponsibility } from "./units.js";

const SPEECH_TITLE = /(讲话|致辞|发言|讲话稿|报告)$/;

const SALUTATION = /^(同志们|各位(代表|领导|同志)|老师们)[：:，,！!]?$/;

export const structure: Stage = (doc, ctx) => {
  const start = doc.meta?.bodyStart ?? 0;
  let paras = doc.paras.slice(start);
  const nums = itemNumbersOf(paras);
  paras = leadSentencesAsBold(paras, nums);
  const responsible = namesResponsibility(paras);
  doc = { ...doc, responsible };
  const count = (l: Lv) => nums.filter((n) => n?.level === l).length;

  const speech = doc.paras.slice(0, 20).some((p) => SALUTATION.test(p.st.text.trim())) || SPEECH_TITLE.test((doc.meta?.title ?? "").replace(/\s+/g, ""));
  // (a report that numbers the projects it reports on — "一、××建设项目完成情况" — lists them as tasks)
  const projectItems = paras.filter((p, i) => nums[i] && /项目|工程|項目/.test(p.st.text.trim().slice(0, 40))).length;
  if (speech && !responsible && projectItems < 2) {
    ctx.warn("这是一篇讲话或报告，没有分工和责任单位，未列出任务；如需督办，请手工录入");
    return { ...doc, proseTasks: [], sections: [], refused: true };
  }

  // bold lead sentences without a number ("**推进学前教育普及普惠。**…（X牵头）") that name their
  // own units are the tasks; the numbered items around them are their sections
  const boldParas = paras.filter((p, i) => p.boldPrefix && !nums[i] && !p.heading && p.st.text.trim().length > p.boldPrefix.trim().length + 4);
  // without units: bold lead sentences under numbered items that are only short headings
  const numberedParas = paras.filter((_, i) => nums[i]);
  const headingsOnly =
    numberedParas.length >= 1 && numberedParas.every((p) => p.st.text.trim().length <= 30 && !/[。；;]/.test(p.st.text.trim().replace(/[。；;]$/, "")));
  const leadSentences = boldParas.length >= 2 && boldParas.every((p) => /[。：:]$/.test(p.boldPrefix!.trim()));
  const boldWithUnits =
    (boldParas.length >= 2 && boldParas.filter((p) => hasResponsibility(p.st.text)).length >= boldParas.length * 0.6) ||
    (leadSentences && headingsOnly && boldParas.length >= numberedParas.length * 1.5);
  // a notice whose numbered items are requirements to everyone it is sent to (提高认识, 加强领导,
  // 强化督查…) and that names no one responsible is not a plan either
  // (the targets are counted only for such a notice: elsewhere the count decides nothing)
  const numbered = paras.filter((_, i) => nums[i]);
  const fewQuantified = () => numbered.filter((p) => findTargets(p.st).length > 0).length < numbered.length / 2;
  // (one numbered demand is a task: only a list of them can be general requirements; a short
  // heading above the demand is no demand)
  const demands = numbered.filter((p) => p.st.text.trim().length > 30 || /[。；;]/.test(p.st.text.trim().replace(/[。；;]$/, "")));
  // (a unit named as the doer of an item — "保卫处牵头…", "教务处根据…" — is someone responsible;
  // "各校要…" speaks to the addressees)
  const namesDoer = () => paras.some((p) => findDoers(p.st).some((d) => !d.name.startsWith("各")));
  // (a part headed as someone's duties — "三、联系干部工作职责" — assigns its items to them)
  const duties = () => paras.some((p, i) => nums[i] && headingLike(p.st.text.trim().replace(/[：:]$/, "")) && /职责|分工/.test(p.st.text));
  // (items that carry their own dates — "逢单月10日前…", "定于3月31日…" — schedule work: at least half of them so dated is no list of general demands)
  const dated = () => demands.filter((p) => ITEM_DATE.test(p.st.text)).length * 2 >= demands.length;
  // (a notice that breaks its parts into items of a deeper level — "二、加强管理" over "（一）…" "（二）…" —
  // sets out work, not a list of general demands: a document with numbered items never yields nothing)
  const oneLevel = () => new Set(nums.filter((n): n is Num => !!n).map((n) => n.level)).size <= 1;
  if (doc.meta?.notice && demands.length >= 2 && !responsible && fewQuantified() && !namesDoer() && !duties() && !dated() && oneLevel()) {
    ctx.warn("这是一份通知，所列事项是一般性要求，没有分工和责任单位，未列出任务；如需督办，请手工录入");
    return { ...doc, proseTasks: [], sections: [], refused: true };
  }
  const candidates = ([1, 2, 3, 6, 4] as Lv[]).filter((l) => count(l) >= 2);
  let taskLevel: Lv | 0 = boldWithUnits ? 0 : (levelByUnits(paras, nums, candidates) ?? 0);
  // (items naming only their people in charge, "1、科学幻想画比赛，项目负责人：…", restarting under （一）
  // sub-headings: the sub-headings' measures, as unnamed ones are just below)
  if (taskLevel === 3 && ownersArePeople(paras, nums, 3)) taskLevel = subheadingLevel(paras, nums) ?? taskLevel;
  if (!taskLevel && !boldWithUnits) {
    if (count(3) >= 2) taskLevel = 3;
    else if (count(6) >= 2) taskLevel = 6;
    else if (count(2) >= 2) taskLevel = 2;
    else if (count(1) >= 2) taskLevel = 1;
    // 1. items restarting under heading-like （一） items, themselves under 一、: measures
    if (taskLevel === 3) taskLevel = subheadingLevel(paras, nums) ?? loneRunLevel(paras, nums) ?? taskLevel;
    if (taskLevel) taskLevel = levelByHeadings(paras, nums, taskLevel);
    // (a level the headings led down to that holds one item only, itself a heading over deeper items — a cut
    // "二、工作任务" over its lone "（一）…全覆盖" over "1.落实…。…" —, is no list of work: its items are)
    if (taskLevel && count(taskLevel) === 1) taskLevel = levelByHeadings(paras, nums, taskLevel);
    // (items all under one item of work among sibling items of work that hold none: its measures)
    if (taskLevel) taskLevel = aboveLoneParent(paras, nums, taskLevel);
    // (items under two sentences or more among sibling sentences of work that hold none: their measures)
    if (taskLevel) taskLevel = aboveSentenceParents(paras, nums, taskLevel);
    // (short lists of points under a few items among sibling items that hold none: their measures)
    if (taskLevel) taskLevel = aboveShortLists(paras, nums, taskLevel);
    // (xreal18a, pooled, not changed: where only 一、 and （1）/1) levels are numbered and every （1） sits right under a
    // 一、 part, taking the （1） items as the tasks changes 1 document of 1 corpus, +4 tasks −2 false, 0 against: below the bar.)
  }
  const boldTasks = boldWithUnits || (taskLevel === 0 && paras.filter((p) => p.boldPrefix).length >= 2);
  // a plan never comes out empty while it has numbered items (and no task table took over)
  // (nor while it has a table of data that gave no task: a table plan the reader got wrong, whose
  // numbered fragments are no tasks; the clerk is told the table was not understood)
  const dataTable = doc.items.some((it) => it.kind === "table" && atLeast(it.table.rows, 2, (r) => atLeast(r, 2, (c) => !!c.text.trim())));
  const mayFallBack = doc.tableTasks.length === 0 && !dataTable;
  if (!taskLevel && !boldTasks) {
    // a school calendar typed as dated lines ("3/14 家长会"): each activity line is a task
    const dated = mayFallBack ? datedLineTasks(doc) : null;
    if (dated) {
      ctx.warn(`文档是按日期排列的行事历，已将${dated.length}行活动列为任务，请逐项核对`, "dated-lines");
      return { ...doc, proseTasks: dated, sections: [] };
    }
    const level = mayFallBack ? fallbackLevel(count) : 0;
    if (!level) return mayFallBack ? (start > 0 ? fromWholeDocument(doc, ctx) : labelledBlock(doc, doc.paras, ctx)) : { ...doc, proseTasks: [] };
    const tasks = collectTasks(doc, paras, nums, { taskLevel: level, boldTasks: false, boldWithUnits: false, honourSkips: false });
    // (one numbered part alone, of goals with figures — "一、总体要求" over a web page's run-on text —: its goals are the work)
    if (!tasks.length) {
      const alone = goalsAlone(paras, goalParts(paras, nums));
      if (alone.length) return { ...doc, proseTasks: alone, sections: sectionsOf(alone) };
    }
    warnFallback(ctx, tasks, level, count(level) >= 2);
    return { ...doc, proseTasks: tasks, sections: sectionsOf(tasks) };
  }
  let tasks = collectTasks(doc, paras, nums, { taskLevel, boldTasks, boldWithUnits, honourSkips: true });
  // (a plan whose only work is its goals and framing parts is read by the fallback below, goals and stages alike)
  if (tasks.length) tasks = collectTasks(doc, paras, nums, { taskLevel, boldTasks, boldWithUnits, honourSkips: true, goalsWork: true });
  // items that name themselves under categories ("1.预防：" over "（1）落实门禁登记：学校…") are named by their labels
  if (taskLevel && namedUnderCategories(paras, nums, taskLevel)) {
    for (const t of tasks) {
      const label = labelOf(t.title.text);
      if (label && !/\d$/.test(label)) t.title = t.title.slice(0, label.length);
    }
  }
  // a group's roster among the tasks ("2、督查小组：" over "组 长：…" "成 员：…") lists people, it is no task
  if (tasks.some((t) => !rosterOnly(t))) tasks = tasks.filter((t) => !rosterOnly(t));
  // the duties a leading group's part lists under its roster are the measures of the part's one task, forming the group
  tasks = groupDutiesAsMeasures(doc.text, tasks, ([a, b]) => Stitched.of(doc.text, a, b).trim());
  // the one task left is the part that should hold the tasks ("四、主要任务" and its text, no items
  // under it: an excerpt, or a part written as prose): it is the plan's one task, a guess
  if (tasks.length === 1 && TASKS_PART.test(simplified(tasks[0].title.text.trim()))) {
    tasks[0].confidence = Math.min(tasks[0].confidence, 0.4);
    ctx.warn(`“${tasks[0].title.text.trim()}”部分没有分项编号，已将其整体列为1项任务，请核对并拆分`, "part-unsplit");
  }
  // a dated goal with figures stated in a top-level prose part of goals, beside the plan's task parts, is a task too
  const goals = goalParts(paras, nums);
  if (tasks.length) tasks = withGoalParagraphs(paras, goals, tasks, responsible);
  // a goals part numbered below the top level, above the task level and with no item under it ("1.2 总体目标"), is a task too
  if (tasks.length && taskLevel) tasks = withSubGoalParts(paras, nums, RANK[taskLevel], tasks, responsible);
  // every item fell under a part that is not tasks (目标, 保障措施…): the structure is unclear; the
  // best candidate level is another level that has items outside those parts, else the deepest
  // level whose items are not framing parts themselves (goals numbered under 主要目标)
  if (!tasks.length && mayFallBack && taskLevel) {
    const byRank = (ls: Lv[]) => ls.sort((a, b) => RANK[b] - RANK[a]);
    const others = byRank(([1, 2, 3, 6, 4, 5] as Lv[]).filter((l) => l !== taskLevel && count(l) >= 2));
    const tries: [Lv, boolean][] = [...others.map((l): [Lv, boolean] => [l, true]), ...byRank(([1, 2, 3, 6, 4, 5] as Lv[]).filter((l) => count(l) >= 1)).map((l): [Lv, boolean] => [l, false])];
    // a staged plan whose only numbered work is its stages ("三、实施步骤" over "1. 宣传动员阶段" "2. 自查自纠阶段",
    // every other part prose): the stages are the work, not the headings of the prose parts around them
    // (指导思想, 整治范围及重点, 预期效果; xstages17, pooled: golds keep the stages of every staged plan, 6 documents of 5 corpora, 19 stages)
    // (every item of the level a stage: an 实施方案 of 工作目标 and 实施步骤 lists its goals too, below)
    const stages = collectTasks(doc, paras, nums, { taskLevel, boldTasks, boldWithUnits, honourSkips: false });
    if (stages.length >= 2 && stages.every((t) => STAGE_TITLE.test(simplified(t.title.text.trim())))) return { ...doc, proseTasks: stages, sections: sectionsOf(stages) };
    // a part that is no task (实施步骤, 时间安排…) is no task at a shallower level either: its items are
    // (an 实施方案 of 工作目标 and 实施步骤 only: its goals and its stages are what it asks for)
    const notice = isNotice(doc, paras);
    // (nor is a part that holds the tasks, "四、主要工作" over its (一) (二) items, nor one that lists problems found)
    const ownPart = (t: RawTask) => {
      const title = simplified(t.title.text.trim());
      return (NON_TASK_HEADING.test(title) && !(notice && NOTICE_ARRANGEMENT.test(title))) || TASKS_PART.test(title) || listsProblems(title);
    };
    for (const [level, honourSkips] of tries) {
      tasks = collectTasks(doc, paras, nums, { taskLevel: level, boldTasks, boldWithUnits, honourSkips });
      if (honourSkips) tasks = tasks.filter((t) => !ownPart(t));
      if (tasks.length) {
        warnFallback(ctx, tasks, level, true);
        break;
      }
    }
    // (framing parts alone, one of them goals with figures: the goals are the plan's work, named as goalsAlone says)
    if (!tasks.length) {
      const alone = goalsAlone(paras, goals);
      if (alone.length) {
        const withGroup = withGroupFormingParts(paras, nums, alone);
        return { ...doc, proseTasks: withGroup, sections: sectionsOf(withGroup) };
      }
    }
    if (!tasks.length) {
      ctx.warn(FRAMING_ONLY);
      return { ...doc, proseTasks: [], sections: [], refused: true };
    }
  }
  // a task read from a top-level goals part whose text opens with its dated goal is named by that goal
  tasks = namedByGoal(paras, goals, tasks);
  // an organisation part that forms the leading group in its paragraph ("五、组织保障 / …特成立…领导小组。") is a task too
  if (tasks.length) tasks = withGroupFormingParts(paras, nums, tasks);
  return { ...doc, proseTasks: tasks, sections: sectionsOf(tasks) };
};

// a stage of the work named as such, its span or its text after it: "宣传动员阶段", "第二阶段（3月）", "自查自纠阶段。各单位…"
const STAGE_TITLE = /^(?:第[一二三四五六七八九十\d]{1,2}阶段|[^，,。；;：:（(]{2,14}阶段)\s*(?:[（(][^）)]*[）)])?\s*(?:[。：:].*)?$/;

// a day or a deadline a notice's item sets: "3月31日", "逢单月10日前", "每月5号前", "6月底前"
const ITEM_DATE = /\d{1,2}\s*月\s*\d{1,2}\s*[日号]|\d{1,2}\s*[日号]\s*前|\d{1,2}\s*月(?:底|中旬|上旬|下旬)前/;

/** The body has no numbered item but the part taken for the cover has: those items are the tasks. */
function fromWholeDocument(doc: Parameters<Stage>[0], ctx: Parameters<Stage>[1]): ReturnType<Stage> {
  const nums = doc.paras.map(paraNumbering);
  const count = (l: Lv) => nums.filter((n) => n?.level === l).length;
  const level = fallbackLevel(count);
  if (!level) return labelledBlock(doc, doc.paras, ctx);
  const tasks = collectTasks(doc, doc.paras, nums, { taskLevel: level, boldTasks: false, boldWithUnits: false, honourSkips: false });
  warnFallback(ctx, tasks, level, true);
  return { ...doc, proseTasks: tasks, sections: sectionsOf(tasks) };
}

/**
 * No numbered item anywhere: a paragraph under a label that states the work ("任务安排" over
 * "新建学校13所…") is a plan of one task, taken with low confidence and said so.
 */
function labelledBlock(doc: Parameters<Stage>[0], paras: Para[], ctx: Parameters<Stage>[1]): ReturnType<Stage> {
  const tasks: RawTask[] = [];
  for (let i = 0; i + 1 < paras.length; i++) {
    if (!TASK_LABEL.test(paras[i].st.text.trim())) continue;
    const p = paras[i + 1];
    const t = p.st.text.trim();
    if (t.length < 6 || TASK_LABEL.test(t) || REPORT_LABEL.test(t)) continue;
    const { st, confidence } = titleOf(p, null);
    if (!st.text) continue;
    tasks.push({ no: "", section: null, title: st, titleConfidence: confidence, body: p.st, unitCells: [], measureItems: [], factText: p.st, confidence: 0.4 });
  }
  if (tasks.length) ctx.warn(`文档没有编号的任务，已将“任务”栏下的${tasks.length}段内容列为任务，请逐项核对`, "unnumbered");
  // a calendar of months, each with its labelled list of work lines
  const monthly = tasks.length ? [] : monthWorkLists(paras, doc.meta?.year ?? null);
  if (monthly.length) {
    ctx.warn(`文档没有编号的任务，已将各月“重点工作”下的${monthly.length}行列为任务，请逐项核对`, "unnumbered");
    return { ...doc, proseTasks: monthly, sections: [] };
  }
  // a report or 公示 that names its projects in sentences ("…项目方面，…", “…项目”): one task each
  const projects = tasks.length ? null : projectProseTasks(paras);
  if (projects) {
    ctx.warn(`文档没有编号的任务，已将文中提到的${projects.length}个项目列为任务，请逐项核对`, "unnumbered");
    return { ...doc, proseTasks: projects, sections: [] };
  }
  return { ...doc, proseTasks: tasks, sections: [] };
}

const LEVEL_EXAMPLE: Record<Lv, string> = { 7: "壹、", 1: "一、", 2: "（一）", 3: "1.", 4: "（1）", 5: "①", 6: "一是" };

function warnFallback(ctx: Parameters<Stage>[1], tasks: RawTask[], level: Lv, unclear: boolean): void {
  if (!tasks.length) return;
  if (unclear) {
    for (const t of tasks) t.confidence = Math.min(t.confidence, 0.4);
    ctx.warn(`未能确定哪一级编号是任务，已按“${LEVEL_EXAMPLE[level]}”级编号列出${tasks.length}项任务，请逐项核对`, "level-guess");
  } else if (tasks.length === 1) ctx.warn("本文档只识别到1项任务，请核对是否完整", "one-task");
}

/** Whether at least `n` of `xs` are `ok` (counted up to the n-th only). */
function atLeast<T>(xs: readonly T[], n: number, ok: (x: T) => boolean): boolean {
  let k = 0;
  for (const x of xs) if (ok(x) && ++k >= n) return true;
  return false;
}
