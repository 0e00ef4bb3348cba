// Which level of the numbering holds the tasks: by the units the items name, by headings over lists
// and sentences over measures, by numbering that restarts under every parent.
import { type Numbered, numberValue } from "./numbering.js";
import type { Para } from "./types.js";
import { type Lv, type Num, RANK } from "./itemNumbers.js";
import { framing, headingLike, NON_TASK_HEADING, simplified } from "./partTitles.js";
import { runInNounHeadEnd } from "./itemTitles.js";
import { hasResponsibility } from "./units.js";

// a bracket closing a paragraph that names who is responsible ("…约谈（责任科室：督导科；配合科室：人事科）")
const CLOSING_UNITS = /[（(][^（()）]{0,12}(?:责任|牵头)[^（()）]{0,12}[：:][^（()）]*[）)]\s*$/;

/** Task level from who is responsible: the deepest level most of whose items name their own units. */
export function levelByUnits(paras: Para[], nums: (Num | null)[], candidates: Lv[]): Lv | null {
  let best: Lv | null = null;
  for (const lv of candidates) {
    const rank = RANK[lv];
    let items = 0,
      withUnits = 0,
      // units only ever after the last item of a run, while earlier items of the runs have none:
      // the lines close the parent's block ("（1）… （2）… （责任科室：…）"), they are not the items'
      unitsOnlyOnLast = true,
      unitlessEarlier = false;
    for (let i = 0; i < paras.length; i++) {
      if (nums[i]?.level !== lv) continue;
      items++;
      let nextNum = i + 1;
      while (nextNum < paras.length && !nums[nextNum]) nextNum++;
      const lastOfRun = nextNum >= paras.length || RANK[nums[nextNum]!.level] < rank;
      // own text: the item, the unnumbered paragraphs right after it, and the unnumbered
      // paragraphs that close its block after its last sub-item ("牵头单位：…" under 1. 2. 3.)
      let own = paras[i].st.text;
      let j = i + 1;
      for (; j < paras.length && !nums[j]; j++) own += "\n" + paras[j].st.text;
      let end = j;
      while (end < paras.length && !(nums[end] && RANK[nums[end]!.level] <= rank)) end++;
      let k = end;
      while (k > j && !nums[k - 1]) k--;
      for (let m = Math.max(k, j); m < end; m++) own += "\n" + paras[m].st.text;
      // a wrapped text may glue the block's closing "（责任科室：…）" to its last numbered measure
      if (!hasResponsibility(own) && end - 1 > i && nums[end - 1] && RANK[nums[end - 1]!.level] > rank) {
        const tail = CLOSING_UNITS.exec(paras[end - 1].st.text);
        if (tail && hasResponsibility(tail[0])) own += "\n" + tail[0];
      }
      if (hasResponsibility(own)) {
        withUnits++;
        if (!lastOfRun) unitsOnlyOnLast = false;
      } else if (!lastOfRun) unitlessEarlier = true;
    }
    if (withUnits && unitsOnlyOnLast && unitlessEarlier && best !== null) continue;
    if (items >= 2 && withUnits >= items * 0.6 && (best === null || rank > RANK[best])) {
      if (underOneOfSiblings(nums, lv)) continue;
      best = lv;
    }
  }
  return best;
}

/**
 * For each numbered item, the nearest numbered item above it at a shallower level (-1 if none), in one
 * pass with a stack of the open levels: scanning back from every item was quadratic over the paragraphs.
 */
function shallowerAbove(nums: (Num | null)[]): Int32Array {
  const up = new Int32Array(nums.length).fill(-1);
  const open: number[] = [];
  for (let i = 0; i < nums.length; i++) {
    const n = nums[i];
    if (!n) continue;
    const rank = RANK[n.level];
    while (open.length && RANK[nums[open[open.length - 1]]!.level] >= rank) open.pop();
    if (open.length) up[i] = open[open.length - 1];
    open.push(i);
  }
  return up;
}

/**
 * Every item of the level sits under one parent, an item with two siblings or more at its level that hold
 * none ("3、准备工作" over "（1）…（负责人：…）" among "1、成立…" "2、…" "4、…"): the items are that one
 * parent's measures, whoever they name; the parents' level holds the tasks.
 */
function underOneOfSiblings(nums: (Num | null)[], lv: Lv): boolean {
  const up = shallowerAbove(nums);
  const parentOf = (i: number): number => up[i];
  const items = nums.flatMap((n, i) => (n?.level === lv ? [i] : []));
  const parents = new Set(items.map(parentOf));
  if (parents.size !== 1) return false;
  const p = [...parents][0];
  if (p < 0) return false;
  const grand = parentOf(p);
  const siblings = nums.filter((n, i) => n?.level === nums[p]!.level && i !== p && parentOf(i) === grand).length;
  return siblings >= 2;
}

/**
 * The level above `lv` where every item of `lv` sits under ONE parent whose siblings (three or more) are items of
 * work themselves — sentences closed by their full stop, no heading — holding no list, the parent a sentence too ("一、…处理，…。" over
 * "（一）…" "（二）…" beside "二、…。" "三、…。"): the items are that parent's measures, the parents' level holds
 * the tasks; climbs again while the same holds one level up. `lv` itself where it does not hold.
 */
export function aboveLoneParent(paras: Para[], nums: (Num | null)[], lv: Lv): Lv {
  const up = shallowerAbove(nums);
  const own = ownTextOf(paras, nums);
  for (let level = lv, guard = 0; guard < 6; guard++) {
    const items = nums.flatMap((n, i) => (n?.level === level ? [i] : []));
    const parents = new Set(items.map((i) => up[i]));
    if (items.length < 2 || parents.size !== 1) return level;
    const p = [...parents][0];
    if (p < 0) return level;
    const siblings = nums.flatMap((n, i) => (i !== p && n?.level === nums[p]!.level && up[i] === up[p] ? [i] : []));
    if (siblings.length < 3) return level;
    const work = (i: number) => !headingLike(own(i)) && /[。]$/.test(own(i)) && !framing(paras[i], nums[i]!);
    // (the parent itself a sentence of work, or one that opens its list with a colon: a short one only where it asks,
    // "四、请学校准备如下资料：" over the documents, xtasksA25)
    if ((headingLike(own(p)) && !asksForList(own(p))) || framing(paras[p], nums[p]!) || !siblings.every((i) => holdsNoList(paras, nums, i) && work(i))) return level;
    level = nums[p]!.level;
  }
  return lv;
}

// a short lead-in that asks for the list under it ("请学校准备如下资料：", "应提交下列材料："): a sentence, no heading
const asksForList = (t: string) => /[：:]$/.test(t) && /请|應|应|须|須|如下|下列|以下/.test(t);

/** Item i holds no list: the next numbered paragraph after it is of its rank or shallower (or there is none). */
function holdsNoList(paras: Para[], nums: (Num | null)[], i: number): boolean {
  let j = i + 1;
  while (j < paras.length && !nums[j]) j++;
  return j >= paras.length || RANK[nums[j]!.level] <= RANK[nums[i]!.level];
}

/**
 * (xtasksA25) The level above `lv` where the items of `lv` sit under two parents or more of one level, each a
 * sentence ("一、…皆采线上申请。" over "（一）申请路径：…" "（二）…"; "三、…注意事项摘要，完整规定请参阅…：" over
 * "（一）"–"（五）"), beside two siblings or more that hold no list and are work sentences closed by their full
 * stop ("四、若教师…，请先至…完成借用。"): the items are their parents' measures, the parents' level the tasks.
 * `lv` itself where it does not hold.
 */
export function aboveSentenceParents(paras: Para[], nums: (Num | null)[], lv: Lv): Lv {
  const up = shallowerAbove(nums);
  const own = ownTextOf(paras, nums);
  const items = nums.flatMap((n, i) => (n?.level === lv ? [i] : []));
  const parents = [...new Set(items.map((i) => up[i]))];
  if (items.length < 2 || parents.length < 2 || parents.some((p) => p < 0)) return lv;
  const level = nums[parents[0]]!.level;
  if (parents.some((p) => nums[p]!.level !== level || up[p] !== up[parents[0]])) return lv;
  const siblings = nums.flatMap((n, i) => (n?.level === level && up[i] === up[parents[0]] && !parents.includes(i) ? [i] : []));
  if (siblings.length < 2) return lv;
  // (the text's last paragraph may be a demand its excerpt cut off: "五、请通告所属师生依流")
  const cut = (i: number) => i === paras.length - 1 && /^(?:请|應|应|须|須)/.test(own(i));
  const work = (i: number) => ((!headingLike(own(i)) && /[。]$/.test(own(i))) || cut(i)) && !framing(paras[i], nums[i]!);
  // (a parent closed by its full stop, or with a clause of its own, or asking for its list, is a sentence, not a heading)
  const sentence = (p: number) => !framing(paras[p], nums[p]!) && (!headingLike(own(p)) || /。$/.test(own(p)) || asksForList(own(p)));
  return parents.every(sentence) && siblings.every((i) => holdsNoList(paras, nums, i) && work(i)) ? level : lv;
}

/**
 * (xtasks26) The level above `lv` where the items of `lv` are short lists — three items at most under each parent, numbered
 * from 1, nothing deeper — under two parents or more of one level, beside siblings of the parents that hold no list, as many
 * as the parents at least and three or more, none framing, each whole in its paragraph ("一、本月主题：…。1、…；2、…。" and "四、…评比活动：" over
 * 1、2、 beside "二、…：…，望各班…。" "三、…。" "七、…"): a memo's items, a few of them with their points; the items are
 * their parents' measures, the parents' level holds the tasks. `lv` itself where it does not hold.
 */
export function aboveShortLists(paras: Para[], nums: (Num | null)[], lv: Lv): Lv {
  const up = shallowerAbove(nums);
  const items = nums.flatMap((n, i) => (n?.level === lv ? [i] : []));
  const parents = [...new Set(items.map((i) => up[i]))];
  if (items.length < 2 || parents.length < 2 || parents.some((p) => p < 0)) return lv;
  const level = nums[parents[0]]!.level;
  if (parents.some((p) => nums[p]!.level !== level || up[p] !== up[parents[0]] || framing(paras[p], nums[p]!))) return lv;
  // (nor a plan's parts, one of them a part that frames it: "壹、計畫緣起：" over 一、二、 — its items are skipped as such)
  const own = ownTextOf(paras, nums);
  if (parents.some((p) => NON_TASK_HEADING.test(simplified(own(p).replace(/[：:。\s]+$/, ""))))) return lv;
  for (const p of parents) {
    // (the numbered paragraphs under the parent: its own list only, 1 to 3 at most)
    const under: number[] = [];
    for (let j = p + 1; j < paras.length && !(nums[j] && RANK[nums[j]!.level] <= RANK[level]); j++) if (nums[j]) under.push(j);
    if (under.length > 3 || under.some((j) => nums[j]!.level !== lv)) return lv;
    if (!under.every((j, k) => nums[j]!.no && numberValue(nums[j] as Numbered) === k + 1)) return lv;
  }
  const siblings = nums.flatMap((n, i) => (n?.level === level && up[i] === up[parents[0]] && !parents.includes(i) ? [i] : []));
  if (!siblings.every((i) => holdsNoList(paras, nums, i))) return lv;
  // (each sibling whole in its own paragraph, the next numbered one right after it — the last aside, before the
  // text's closing lines —: not headings over paragraphs of prose, "二、招生名额" over its text, beside "三、招生方式" over 1.–3.)
  // (or a sibling that opens its points with a colon, the points a line each closed by their semicolons — "七、观摩课：" over
  // "甲班，主题待定；" "乙班，主题待定。", as a Word paragraph's line breaks or spaces cut "七、观摩课：甲班…；乙班…。" —:
  // an item whose short list is unnumbered, not a heading over prose)
  const last = Math.max(...siblings, ...parents);
  if (!siblings.every((i) => i === last || (i + 1 < paras.length && nums[i + 1]) || unnumberedPoints(paras, nums, i, own))) return lv;
  const leaves = siblings.filter((i) => !framing(paras[i], nums[i]!));
  return leaves.length >= 3 && leaves.length >= parents.length ? level : lv;
}

/**
 * Item i opens its points with a colon and two or three short unnumbered paragraphs follow it before the next numbered one,
 * each but the last closed by its semicolon, the last by a full stop or a semicolon: its points, a list without numbers.
 */
function unnumberedPoints(paras: Para[], nums: (Num | null)[], i: number, own: (i: number) => string): boolean {
  if (!/[：:]$/.test(own(i))) return false;
  const points: string[] = [];
  for (let j = i + 1; j < paras.length && !nums[j]; j++) points.push(paras[j].st.text.trim());
  if (points.length < 2 || points.length > 3 || points.some((t) => t.length > 40)) return false;
  return points.slice(0, -1).every((t) => /[；;]$/.test(t)) && /[。；;]$/.test(points[points.length - 1]);
}

const sentenceLike = (t: string) => t.length >= 20 && /[，,、]/.test(t) && /[。；;]/.test(t);

/**
 * The level the numbering tree puts the tasks at, from the level the counts chose:
 *   - items whose parents are sentences that describe work ("三、各校要建立…制度，…。" over 1、2、)
 *     are the parents' measures: the parents are the tasks;
 *   - items that are short headings ("2.1教学质量指标", "二、主要任务") over a deeper list that runs
 *     on from parent to parent (①…⑩ across four headings) or sits under a single heading are
 *     sections: the deeper list holds the tasks.
 */
export function levelByHeadings(paras: Para[], nums: (Num | null)[], lv: Lv): Lv {
  // parents of the level's items: the nearest shallower numbered item above each
  const up = shallowerAbove(nums);
  const parentOf = (i: number): number => up[i];
  const own = ownTextOf(paras, nums);
  const items = nums.flatMap((n, i) => (n?.level === lv ? [i] : []));
  const parents = [...new Set(items.map(parentOf))];
  // (not a heading run into its text: "二、培养形式按照…的思路，…。" over "（一）集中研修通过…")
  if (items.length && parents.every((j) => j >= 0 && sentenceLike(own(j)) && !runInNounHeadEnd(own(j))) && new Set(parents.map((j) => nums[j]!.level)).size === 1) {
    return nums[parents[0]]!.level;
  }
  if (parents.length >= 2 && parents.every((j) => j >= 0) && new Set(parents.map((j) => nums[j]!.level)).size === 1 && fieldsOfParents(items, parentOf, own)) {
    return nums[parents[0]]!.level;
  }
  const schedule = datedChildren(paras, nums, items, own);
  if (schedule) return schedule;
  const named = namedChildren(paras, nums, items, own);
  if (named) return named;
  if (RANK[lv] > 2) return lv;
  const kept = items.filter((i) => !framing(paras[i], nums[i]!));
  if (!kept.length || !kept.every((i) => headingLike(own(i)))) return lv;
  // the first numbered item under each heading, if deeper
  const childLevels = kept.map((i) => {
    let j = i + 1;
    while (j < paras.length && !nums[j]) j++;
    return j < paras.length && RANK[nums[j]!.level] > RANK[lv] ? nums[j]!.level : null;
  });
  const d = childLevels[0];
  if (!d || !childLevels.every((c) => c === d)) return lv;
  // headings that each name a post's or a body's duties ("一、主考职责", "二、班主任岗位职责") over
  // numbered duties: each duty is a task, the numbering restarting under each post
  if (kept.length >= 2 && kept.every((i) => /职责$/.test(simplified(own(i)).replace(/[：:]$/, "")))) return d;
  // a notice's labels closed by their colons ("（一）报名方式：", "（二）收件时间：") over what each asks, numbered
  // afresh under each: the label names no work, the numbered demands are the tasks (xtw)
  if (kept.length >= 2 && kept.every((i) => NOTICE_LABEL.test(own(i)))) return d;
  if (kept.length >= 2) {
    // the deeper list runs on across the headings: 1, 2, 3 under the first, 4, 5 under the next
    const values = nums.flatMap((n) => (n?.level === d && n.no ? [numberValue(n as Numbered)] : []));
    if (!values.every((v, k) => k === 0 || v === values[k - 1] + 1)) return lv;
  }
  return d;
}

// a label of a few characters alone before its colon, nothing after it
const NOTICE_LABEL = /^[\u4e00-\u9fff]{2,8}\s*[：:]$/;

// a field label that opens an item: "考核任务：…", "完成情况：…" (a field is named by a phrase; a
// shorter label names whom the item is for — "学生：…", "教职工：…" — and such items are tasks)
const FIELD_LABEL = /^([^，,。；;：:、\s]{4,8})[：:]/;

/**
 * Items that are the fields of their parents: every item opens with a short label ("1、考核任务：…",
 * "2、完成情况：…") and the same labels come back under every parent — the parents are the tasks.
 */
function fieldsOfParents(items: number[], parentOf: (i: number) => number, own: (i: number) => string): boolean {
  const byParent = new Map<number, string[]>();
  for (const i of items) {
    const label = FIELD_LABEL.exec(own(i));
    if (!label) return false;
    const p = parentOf(i);
    byParent.set(p, [...(byParent.get(p) ?? []), label[1]]);
  }
  const lists = [...byParent.values()];
  if (lists.length < 2 || lists.some((l) => l.length < 2)) return false;
  // every label is one that comes back under another parent
  return lists.every((l, k) => l.every((x) => lists.some((m, n) => n !== k && m.includes(x))));
}

// a line that opens with a date: "2023年1月6日…", "9月1日…", "3/14…"
const DATED_START = /^(?:(?:19|20)\d{2}\s*年\s*)?\d{1,2}\s*月(?:\s*\d{1,2}\s*[日号])?|^\d{1,2}\s*[\/／]\s*\d{1,2}(?!\d)/;

// a heading that names a period: a year, a term, a season, a month or a week
const PERIOD_HEADING = /\d{4}\s*年|学期|學期|学年|學年|[春夏秋冬]季|\d{1,2}\s*月|周|週/;

/**
 * A schedule: the level's items are short headings that name a period ("2022年秋季校历安排") and
 * every one holds a list of dated lines ("⑴9月1日开学。"): the dated lines are the tasks.
 */
function datedChildren(paras: Para[], nums: (Num | null)[], items: number[], own: (i: number) => string): Lv | null {
  if (!items.length) return null;
  let deeper: Lv | null = null;
  let children = 0;
  for (const i of items) {
    const title = own(i);
    if (title.length > 30 || /[，,。；;]/.test(title.replace(/[。；;：:]$/, "")) || !PERIOD_HEADING.test(title)) return null;
    let j = i + 1;
    let mine = 0;
    for (; j < paras.length && !(nums[j] && RANK[nums[j]!.level] <= RANK[nums[i]!.level]); j++) {
      const n = nums[j];
      if (!n) continue;
      if (deeper === null) deeper = n.level;
      if (n.level !== deeper) return null;
      if (!DATED_START.test(paras[j].st.text.trim().slice(n.length).trim())) return null;
      mine++;
    }
    if (mine < 2) return null;
    children += mine;
  }
  return deeper !== null && RANK[deeper] > RANK[nums[items[0]]!.level] && children >= 4 ? deeper : null;
}

/** An item's own text, its number aside (levelByHeadings and namedUnderCategories read the items by it). */
const ownTextOf = (paras: Para[], nums: (Num | null)[]) => (i: number) => paras[i].st.text.trim().slice(nums[i]!.length).trim();

/** The label an item names itself by before its colon and its text ("落实门禁登记：学校每学期…" → "落实门禁登记"), if any. */
export const labelOf = (text: string): string | null => /^([^。；;：:]{2,30})[：:]\s*\S/.exec(text)?.[1] ?? null;
// a child item that names itself by a label: a phrase of four characters or more with no comma, not a body's short name
const namesItself = (text: string) => {
  const label = labelOf(text);
  return !!label && label.length >= 4 && label.length <= 24 && !/[，,\s]/.test(label);
};
// a parent that only names a category of the work: a word of four characters at most, alone or before a colon
const CATEGORY_HEAD = /^[\u4e00-\u9fff]{1,4}\s*(?:[：:].*)?$/;

/**
 * Categories over the work: two items of the level or more that only name a category ("1.预防：", "2.应对：", a word of
 * four characters at most, perhaps a line after its colon) over two items or more of one deeper level each, most of
 * which name themselves by a label before their text ("（1）落实门禁登记：学校…"): the named items are the tasks.
 */
function namedChildren(paras: Para[], nums: (Num | null)[], items: number[], own: (i: number) => string): Lv | null {
  let deeper: Lv | null = null;
  let parents = 0,
    children = 0,
    named = 0;
  for (const i of items) {
    const kids: number[] = [];
    for (let j = i + 1; j < paras.length && !(nums[j] && RANK[nums[j]!.level] <= RANK[nums[i]!.level]); j++) if (nums[j]) kids.push(j);
    if (!kids.length) continue;
    if (kids.length < 2 || !CATEGORY_HEAD.test(own(i))) return null;
    for (const j of kids) {
      if (deeper === null) deeper = nums[j]!.level;
      if (nums[j]!.level !== deeper) return null;
      if (namesItself(own(j))) named++;
    }
    parents++;
    children += kids.length;
  }
  return deeper !== null && parents >= 2 && named >= children * 0.6 ? deeper : null;
}

/**
 * The level `lv` holds the tasks because its items name themselves under categories (`namedChildren`): they are
 * named by their labels ("（1）落实门禁登记：学校…" → 落实门禁登记).
 */
export function namedUnderCategories(paras: Para[], nums: (Num | null)[], lv: Lv): boolean {
  const up = shallowerAbove(nums);
  const own = ownTextOf(paras, nums);
  const parentLevels = new Set(nums.flatMap((n, i) => (n?.level === lv && up[i] >= 0 ? [nums[up[i]]!.level] : [])));
  if (parentLevels.size !== 1) return false;
  const pl = [...parentLevels][0];
  return namedChildren(paras, nums, nums.flatMap((n, i) => (n?.level === pl ? [i] : [])), own) === lv;
}

/** Items of a level that start again at 1 under every parent: numbered measures, not tasks. */
export function restartsUnderParents(nums: (Num | null)[], lv: Lv): boolean {
  let runs = 0,
    restarted = 0,
    inRun = false;
  for (const n of nums) {
    if (!n) continue;
    if (RANK[n.level] < RANK[lv]) inRun = false;
    else if (n.level === lv && !inRun) {
      inRun = true;
      runs++;
      if (numberValue(n as Numbered) === 1) restarted++;
    }
  }
  return runs >= 2 && restarted === runs;
}

/** Every item of level `lv` sits under an item of level `parent` (not right under a higher heading). */
export function allUnder(nums: (Num | null)[], lv: Lv, parent: Lv): boolean {
  let above: Lv | null = null;
  for (const n of nums) {
    if (!n) continue;
    if (RANK[n.level] < RANK[lv]) above = n.level;
    else if (n.level === lv && above !== parent) return false;
  }
  return true;
}

/**
 * Where no level stands out (no level with two items, no units): one item is a plan of one task,
 * the deepest numbered item under its headings; several （1） / ① items without headings are the tasks.
 */
export function fallbackLevel(count: (l: Lv) => number): Lv | 0 {
  for (const l of [4, 5] as Lv[]) if (count(l) >= 2) return l;
  const present = ([1, 2, 3, 6, 4, 5] as Lv[]).filter((l) => count(l) >= 1);
  if (!present.length) return 0;
  return present.reduce((a, b) => (RANK[b] > RANK[a] ? b : a));
}
