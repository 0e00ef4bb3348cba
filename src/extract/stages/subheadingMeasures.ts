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
