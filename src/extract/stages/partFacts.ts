// What is known of a plan's numbered parts before the walk that emits its tasks: parallel headings,
// demand parts, shallow lists, headings beside goals, containers, groups' shares, dated lines.
import { type Numbered, numberValue } from "./numbering.js";
import type { Para } from "./types.js";
import { type Lv, type Num, RANK } from "./itemNumbers.js";
import { CONTAINER_TITLE, CONTEST_RULES_HEADING, DEMANDS_PART, GROUPS_DUTIES, headingLike, headingTitle, NON_TASK_HEADING, NOTICE_ARRANGEMENT, simplified } from "./partTitles.js";
import { bodyHeading } from "./rosters.js";
import { runSheetHeads } from "./runSheets.js";
import { type StageLine, stageLines } from "./stageLines.js";

// a line that opens with its dates, then the work: "9月1日至9月30日，…", "10月9日—11月15日：…", "12月底前，…"
export const DATE_LEAD = /^(?:(?:20\d{2}\s*年\s*)?\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?(?:\s*[至到\-—–~～]+\s*(?:(?:20\d{2}\s*年\s*)?\d{1,2}\s*月)?(?:\s*\d{1,2}\s*日)?)?(?:上旬|中旬|下旬|底|初|中)?(?:前|以前|之前)?)\s*[,，：:]\s*(?=[\u4e00-\u9fff])/;

/** What is known of a plan's numbered parts before the walk that emits its tasks (`partFacts`). */
export interface PartFacts {
  notice: boolean;
  /** the rank of the task level (bold tasks sit under every numbered level) */
  taskRank: number;
  /** a part's title names a part that holds no tasks (指导思想, 保障措施…; a notice's 时间安排 and 工作要求 do hold them) */
  skipsTasks: (title: string) => boolean;
  /** the next numbered paragraph after each one, -1 for none */
  nextNumbered: Int32Array;
  /** the headings of a ceremony's run sheet */
  runSheets: Set<number>;
  /** a heading above the task level has a parallel sibling ("省级项目" / "市级项目") */
  parallel: (level: Lv, title: string) => boolean;
  /** the titles of demand parts (工作要求, 有关要求) whose items are general demands */
  demandParts: Set<string>;
  /** the levels above the task level where some item is a heading over task items */
  overItems: Set<Lv>;
  /** items above the task level that are tasks of their part */
  shallowTasks: Set<number>;
  /** task-level items that are a shallower task's measures */
  measureItems: Set<number>;
  /** task-level items that are headings over the items below them */
  containers: Set<number>;
  /** a body's item among groups over their duties, and the body's name */
  shareNames: Map<number, string>;
  /** unnumbered lines opening with their dates, each a task of its part */
  datedStarts: Set<number>;
  /** the headings of parts made of such dated lines */
  datedParts: Set<number>;
  /** unnumbered stage lines ("第一阶段：…"), each a task unless task items sit under it */
  stages: Map<number, StageLine>;
  /** the titles of framing parts (时间安排, 实施步骤) whose items are the stages of the work, each with its dates */
  stagedParts: Set<string>;
}

/** The numbering tree `partFacts`' rules read: items, the task level, and where each part ends. */
interface Parts {
  paras: Para[];
  nums: (Num | null)[];
  taskLevel: Lv | 0;
  taskRank: number;
  nextNumbered: Int32Array;
  skipsTasks: (title: string) => boolean;
  /** where the part whose heading is paragraph j ends: at the next item of its rank or above */
  partEnd: (j: number) => number;
  /** the numbered paragraphs inside the part whose heading is paragraph j */
  partOf: (j: number) => number[];
  /** a paragraph names who is responsible (WorkDoc.responsible) */
  responsible: boolean;
}

// a part of reflections and suggestions in a report ("(二)省思與建議" over "1.建議…" "2.未來可…"): what could be done,
// no one's commitment
const SUGGESTIONS_HEADING = /^(?:省思|反思|心得|感想)?(?:与|和|及)?(?:建议|意见与建议|意见和建议)$|^(?:省思|反思|心得|感想)$/;

export function partFacts(paras: Para[], nums: (Num | null)[], { taskLevel, boldTasks, boldWithUnits }: { taskLevel: Lv | 0; boldTasks: boolean; boldWithUnits: boolean }, notice: boolean, responsible: boolean): PartFacts {
  const skipsTasks = (title: string) => {
    const t = simplified(title);
    return (NON_TASK_HEADING.test(t) && !(notice && NOTICE_ARRANGEMENT.test(t))) || CONTEST_RULES_HEADING.test(t.replace(/[\s：:。]+$/, "")) || SUGGESTIONS_HEADING.test(t.replace(/[\s：:。]+$/, ""));
  };
  const taskRank = taskLevel ? RANK[taskLevel] : boldWithUnits ? 10 : 3;
  const nextNumbered = new Int32Array(paras.length + 1).fill(-1);
  for (let j = paras.length - 1; j >= 0; j--) nextNumbered[j] = nums[j + 1] ? j + 1 : nextNumbered[j + 1];
  const partEnd = (j: number) => {
    const rank = RANK[nums[j]!.level];
    let end = j + 1;
    while (end < paras.length && !(nums[end] && RANK[nums[end]!.level] <= rank)) end++;
    return end;
  };
  const partOf = (j: number) => {
    const end = partEnd(j);
    const inner: number[] = [];
    for (let q = j + 1; q < end; q++) if (nums[q]) inner.push(q);
    return inner;
  };
  const c: Parts = { paras, nums, taskLevel, taskRank, nextNumbered, skipsTasks, partEnd, partOf, responsible };
  // (xnumform15, pooled) a ceremony's run sheet ("五、议程" over its steps) holds no task
  const runSheets = runSheetHeads(paras, nums, partEnd);
  const shallowTasks = new Set<number>();
  const measureItems = new Set<number>();
  const containers = new Set<number>();
  const shareNames = new Map<number, string>();
  if (taskLevel && !boldTasks) {
    shallowLists(c, runSheets, shallowTasks);
    headingsBesideGoals(c, shallowTasks, measureItems);
    containerHeadings(c, containers);
    groupShares(c, shallowTasks, shareNames, containers);
  }
  return {
    notice,
    taskRank,
    skipsTasks,
    nextNumbered,
    runSheets,
    parallel: parallelHeadings(c),
    demandParts: demandParts(c),
    overItems: levelsOverItems(c),
    shallowTasks,
    measureItems,
    containers,
    shareNames,
    ...datedLineParts(c),
    stages: taskLevel && !boldTasks ? stageLines(paras, nums, taskRank) : new Map(),
    stagedParts: taskLevel && !boldTasks ? stagedParts(c) : new Set(),
  };
}

// an item naming a stage of the work and when it runs: "1.宣传：12月3日—9日；", "2.准备阶段（9月）", "3.布展，12月16日"
const STAGE_ITEM = /^(?:[^\s，,。；;：:（(]{2,10}[：:，,（(]\s*(?:20\d{2}\s*年\s*)?\d{1,4}\s*[月日号]|[^\s，,。；;：:（(]{2,10}阶段(?:$|[：:（(]))/u;

/**
 * (xhead19) The titles of the framing parts (时间安排, 实施步骤…) whose task-level items are mostly the stages of the
 * work, each named with when it runs ("五、时间安排" over "1.宣传：12月3日—9日；" "2.准备：12月10日—15日；"): the
 * stages are the plan's work, tasks like the unnumbered "第一阶段：…" lines (stageLines.ts).
 */
function stagedParts({ paras, nums, taskLevel, taskRank, skipsTasks, partOf }: Parts): Set<string> {
  const out = new Set<string>();
  nums.forEach((n, j) => {
    if (!n || RANK[n.level] >= taskRank) return;
    const title = simplified(headingTitle(paras[j], n));
    if (!skipsTasks(title)) return;
    const items = partOf(j).filter((q) => nums[q]!.level === taskLevel);
    const staged = items.filter((q) => STAGE_ITEM.test(paras[q].st.text.trim().slice(nums[q]!.length).trim()));
    if (items.length >= 2 && staged.length * 2 >= items.length) out.add(title);
  });
  return out;
}

/** Headings above the task level by level and last two characters (parallel parts: "省级项目" / "市级项目"). */
function parallelHeadings({ paras, nums, taskLevel, taskRank }: Parts): (level: Lv, title: string) => boolean {
  const tails = new Map<string, Set<string>>();
  nums.forEach((n, j) => {
    if (!n || !taskLevel || RANK[n.level] >= taskRank) return;
    const title = headingTitle(paras[j], n);
    if (title.length < 2) return;
    const key = `${n.level}|${title.slice(-2)}`;
    if (!tails.has(key)) tails.set(key, new Set());
    tails.get(key)!.add(title);
  });
  return (level, title) => (tails.get(`${level}|${title.slice(-2)}`)?.size ?? 0) >= 2;
}

/**
 * (xlevel15, pooled) The titles of the 工作要求 parts whose items are general demands. A 工作要求 part's items are
 * tasks where the plan's other task items are clauses of work as they are ("1. 严格遵守纪律，…。" beside "1. 信息登记：
 * 家长需…。"); beside bare headings ("（一）消防安全") they are general demands.
 */
function demandParts({ paras, nums, taskLevel, taskRank, nextNumbered, skipsTasks, responsible }: Parts): Set<string> {
  let partTitle = "";
  const clauseWork = nums.some((n, j) => {
    if (n && RANK[n.level] < taskRank) partTitle = simplified(headingTitle(paras[j], n));
    return !!taskLevel && n?.level === taskLevel && !skipsTasks(partTitle) && !headingLike(paras[j].st.text.trim().slice(n.length).trim());
  });
  // (only a part whose items are at the task level: "一是…" points under it stay its text; in a plan whose
  // items name their units, "（牵头单位：…）", requirements that name none are general demands)
  const parts = new Set<string>();
  if (clauseWork && !responsible)
    nums.forEach((n, j) => {
      const k = nextNumbered[j];
      if (!n || RANK[n.level] >= taskRank || k < 0 || nums[k]!.level !== taskLevel || !DEMANDS_PART.test(simplified(headingTitle(paras[j], n)))) return;
      // (and its own items clauses too: "各部门要高度重视。" alone is a general demand)
      const items: number[] = [];
      for (let q = k; q >= 0 && RANK[nums[q]!.level] > RANK[n.level]; q = nextNumbered[q]) if (nums[q]!.level === taskLevel) items.push(q);
      if (items.every((q) => !headingLike(paras[q].st.text.trim().slice(nums[q]!.length).trim()))) parts.add(simplified(headingTitle(paras[j], n)));
    });
  return parts;
}

/** The levels above the task level where some item is a heading over task items. */
function levelsOverItems({ nums, taskLevel, taskRank, nextNumbered }: Parts): Set<Lv> {
  const levels = new Set<Lv>();
  nums.forEach((n, j) => {
    const k = nextNumbered[j];
    if (n && taskLevel && RANK[n.level] < taskRank && k >= 0 && nums[k]!.level === taskLevel) levels.add(n.level);
  });
  return levels;
}

/**
 * A part that holds no item at the task level but a list of shallower items under it ("六、活动时间" over
 * "（一）…（二）…" where the other parts number 1. 2.): those items are the part's tasks, the deepest it has.
 */
function shallowLists({ nums, taskRank, partOf }: Parts, runSheets: Set<number>, shallowTasks: Set<number>): void {
  nums.forEach((n, j) => {
    if (!n || RANK[n.level] >= taskRank || runSheets.has(j)) return;
    const inner = partOf(j);
    if (!inner.length) return;
    const level = nums[inner[0]]!.level;
    if (RANK[level] >= taskRank) return;
    // (only that one level under the part, and deeper ones below the task level: no 1. under a （一）)
    if (!inner.every((q) => nums[q]!.level === level || RANK[nums[q]!.level] > taskRank)) return;
    const items = inner.filter((q) => nums[q]!.level === level);
    if (items.length >= 2) for (const q of items) shallowTasks.add(q);
  });
}

/**
 * (xextra14, pooled) A part whose task-level items all sit under bare headings of one shallower level,
 * restarting under each ("三、具体措施" over "（一）教学工作" over "1. …" "2. …"), beside a goals part that
 * numbers its items right under its heading ("二、工作目标" over "1. …"): the headings parallel the goals and
 * are the part's tasks, their items its measures (a heading that is a sentence, "（一）完善制度，抓好建设。",
 * or items numbered on through the parts leave the items the tasks).
 * (xlevels17, pooled, not changed: beside any part that numbers its items right under its heading, not only a
 * goals part, the rule would change 3 documents of 3 corpora, 1 for and 2 against — an event's headings over
 * items that name their doers, "（一）…颁奖仪式" over "1. 由少先队负责…", keep the items; beside a part whose direct
 * items are sentences of work, 1 document of 1 corpus, 0 against: below the bar of the rules, left as it is.
 * xreal18a, measured again with two more corpora in the pool: still that 1 document, +2 tasks −6 false.)
 */
function headingsBesideGoals({ paras, nums, taskLevel, taskRank, nextNumbered, partOf }: Parts, shallowTasks: Set<number>, measureItems: Set<number>): void {
  const partHeads = nums.map((n, j) => (n && RANK[n.level] < taskRank ? j : -1)).filter((j) => j >= 0);
  const direct = new Set(partHeads.filter((j) => {
    const inner = partOf(j);
    return inner.length >= 2 && nums[inner[0]]!.level === taskLevel && inner.every((q) => RANK[nums[q]!.level] >= taskRank) && /目标/.test(simplified(headingTitle(paras[j], nums[j]!)));
  }).map((j) => nums[j]!.level));
  for (const j of partHeads) {
    if (!direct.has(nums[j]!.level)) continue;
    const inner = partOf(j);
    if (!inner.length) continue;
    const level = nums[inner[0]]!.level;
    if (RANK[level] >= taskRank || RANK[level] <= RANK[nums[j]!.level]) continue;
    if (!inner.every((q) => nums[q]!.level === level || RANK[nums[q]!.level] >= taskRank)) continue;
    const subHeads = inner.filter((q) => nums[q]!.level === level);
    const bare = subHeads.every((q) => {
      const t = paras[q].st.text.trim().slice(nums[q]!.length).trim();
      return t.length >= 2 && t.length <= 30 && !/[。；;：:！!？?]/.test(t);
    });
    const under = subHeads.every((q, h) => {
      const next = nextNumbered[q];
      return next >= 0 && nums[next]!.level === taskLevel && numberValue(nums[next] as Numbered) <= 2 && (h + 1 >= subHeads.length || next < subHeads[h + 1]);
    });
    if (!bare || !under || !inner.some((q) => nums[q]!.level === taskLevel)) continue;
    for (const q of subHeads) shallowTasks.add(q);
    for (const q of inner) if (nums[q]!.level === taskLevel) measureItems.add(q);
  }
}

/**
 * (xlevel15, pooled) An item at the task level that only names a kind of requirements or measures
 * ("（三）活动要求", "三、落实《通知》的保障措施") over one deeper numbered item is a heading: the item is the task.
 */
function containerHeadings({ paras, nums, taskLevel, taskRank, nextNumbered, skipsTasks }: Parts, containers: Set<number>): void {
  nums.forEach((n, j) => {
    const k = nextNumbered[j];
    if (n?.level !== taskLevel || k < 0 || RANK[nums[k]!.level] <= taskRank) return;
    // (one item only: a list of several under it, "2. 监考要求" over ①…⑤, is the heading's measures)
    const after = nextNumbered[k];
    if (after >= 0 && RANK[nums[after]!.level] > taskRank) return;
    const title = simplified(headingTitle(paras[j], n));
    if (title.length <= 16 && !/[，,。；;]/.test(title) && CONTAINER_TITLE.test(title) && !skipsTasks(title)) containers.add(j);
  });
}

/**
 * (xgroups16, pooled) A heading that names groups and their duties ("2、各应急小组及职责：") over items each naming
 * one body — "①、训练处" / "组长：…" / its duties, "（一）后勤安全组负责人（甲、乙）职责：" —, at whatever level they
 * are numbered: each body's item is a task, its duties the measures, the heading a part (a group's name that
 * carries no number, "竞赛组" over "组长：…" and "1. …", leaves its numbered duties the tasks).
 */
function groupShares({ paras, nums, taskLevel, nextNumbered }: Parts, shallowTasks: Set<number>, shareNames: Map<number, string>, containers: Set<number>): void {
  nums.forEach((n, j) => {
    const k = nextNumbered[j];
    if (!n || k < 0 || nums[k]!.level === n.level || !GROUPS_DUTIES.test(simplified(headingTitle(paras[j], n)))) return;
    const lv = nums[k]!.level;
    const items: number[] = [];
    for (let q = k; q >= 0 && nums[q]!.level !== n.level && (nums[q]!.level === lv || RANK[nums[q]!.level] > RANK[lv]); q = nextNumbered[q]) if (nums[q]!.level === lv) items.push(q);
    const own = (q: number) => simplified(paras[q].st.text.trim().slice(nums[q]!.length));
    if (items.length < 2 || !items.every((q) => bodyHeading(own(q), true)) || !items.some((q) => bodyHeading(own(q)))) return;
    for (const q of items) {
      shallowTasks.add(q);
      shareNames.set(q, bodyHeading(own(q), true)!);
    }
    if (n.level === taskLevel) containers.add(j);
  });
}

/**
 * A part without numbered items whose lines each open with their dates ("9月1日至9月30日，各单位完成自查；"
 * under "一、时间安排"): each dated line is a task of the part.
 */
function datedLineParts({ paras, nums, taskLevel, taskRank, nextNumbered }: Parts): { datedStarts: Set<number>; datedParts: Set<number> } {
  const datedStarts = new Set<number>();
  const datedParts = new Set<number>();
  nums.forEach((n, j) => {
    if (!n || !taskLevel || RANK[n.level] >= taskRank) return;
    const end = nextNumbered[j] < 0 ? paras.length : nextNumbered[j];
    if (end < paras.length && RANK[nums[end]!.level] > RANK[n.level]) return;
    const dated = [];
    for (let q = j + 1; q < end; q++) if (DATE_LEAD.test(paras[q].st.text.trim())) dated.push(q);
    if (dated.length < 2) return;
    datedParts.add(j);
    for (const q of dated) datedStarts.add(q);
  });
  return { datedStarts, datedParts };
}
