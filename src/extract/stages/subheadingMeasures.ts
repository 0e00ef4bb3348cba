// Items numbered afresh under each short sub-heading of a part ("五、活动内容" over "（一）科普宣传" and
// "（二）活动安排", each over its own 1、2、…) are the sub-headings' measures: the sub-headings are the tasks.
// This holds even when the items name the person in charge of each ("1、科学幻想画比赛，项目负责人：罗宏泽"):
// a run sheet of activities, each with its owner, is the steps of one task, and its people are that task's.
// Items naming responsible units ("牵头单位：…", "（责任股室：…）") are the units' tasks and keep the level the
// units chose (levelByUnits).
import type { Para } from "./types.js";
import { type Lv, type Num } from "./itemNumbers.js";
import { allUnder, restartsUnderParents } from "./taskLevel.js";
import { findLabelled, hasResponsibility } from "./units.js";

/** Short heading lines: at most 40 characters, no sentence inside. */
const shortHeading = (text: string) => text.length <= 40 && !/[。；;]/.test(text.replace(/[。；;]$/, ""));

/**
 * Level 2 when the level-3 items start again at 1 under every （一） sub-heading, all of them short headings
 * that sit under 一、 parts; otherwise null.
 */
export function subheadingLevel(paras: Para[], nums: (Num | null)[]): Lv | null {
  const count = (l: Lv) => nums.filter((n) => n?.level === l).length;
  if (!(count(1) >= 1 && count(2) >= 2 && restartsUnderParents(nums, 3) && allUnder(nums, 3, 2))) return null;
  return paras.every((p, i) => nums[i]?.level !== 2 || shortHeading(p.st.text.trim())) ? 2 : null;
}

/**
 * (xevents) Level 2 when every level-3 item sits in one run from 1 under one （一） sub-heading, that sub-heading
 * and its siblings under the same 一、 part — three or more — all short headings ("四、活动流程" over "（一）表彰先进"
 * and its "1.…" "2.…", "（二）代表发言", "（三）领导讲话"): the run is its sub-heading's measures; otherwise null.
 */
export function loneRunLevel(paras: Para[], nums: (Num | null)[]): Lv | null {
  // the run's parent sub-heading and the 一、 part over it, taken at the run's first item; every later item under the same
  let top = -1;
  let parent = -1;
  let run: { parent: number; top: number } | null = null;
  for (let i = 0; i < nums.length; i++) {
    const n = nums[i];
    if (!n) continue;
    if (n.level === 1) top = i;
    else if (n.level === 2) parent = i;
    else if (n.level === 3) {
      if (!run) {
        if (parent < 0 || top < 0 || parent < top || !/^\s*[1１]\s*[.．、]/.test(paras[i].st.text)) return null;
        run = { parent, top };
      } else if (parent !== run.parent) return null;
    } else if (n.level !== 4 && n.level !== 5) return null;
  }
  if (!run) return null;
  // the sub-headings of the run's part
  const siblings: number[] = [];
  for (let i = run.top + 1; i < nums.length && nums[i]?.level !== 1; i++) if (nums[i]?.level === 2) siblings.push(i);
  return siblings.length >= 3 && siblings.every((i) => shortHeading(paras[i].st.text.trim())) ? 2 : null;
}

/**
 * Whether every item of the level that names who answers for it names people only ("项目负责人：…",
 * "负责教师：…"), never a responsible unit's label ("牵头单位：…", "责任股室：…"), and at least one does.
 */
export function ownersArePeople(paras: Para[], nums: (Num | null)[], lv: Lv): boolean {
  let people = 0;
  for (let i = 0; i < paras.length; i++) {
    if (nums[i]?.level !== lv || !hasResponsibility(paras[i].st.text)) continue;
    const labels = findLabelled(paras[i].st);
    if (!labels.length || labels.some((l) => l.role !== "leaders")) return false;
    people++;
  }
  return people > 0;
}
