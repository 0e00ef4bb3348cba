// Run sheets: the order of a ceremony or a show ("五、议程" over "1、宣布大会开始" "2、升国旗" …,
// "2. 活动流程" over "（1）主持人开场" …). Its steps are what happens on the day, not work anyone is
// charged with: neither the part nor its steps are tasks. A part so named whose items carry text or
// items of their own ("五、活动流程" over "（一）筹备阶段" and its 1、2、 items) lists stages of work, which are.
import type { Para } from "./types.js";

// (traditional forms too: "議程", "典禮程序")
const RUN_SHEET = /^[\u4e00-\u9fff]{0,8}(?:流程|议程|議程|程序)$/;

interface Item {
  level: number;
  length: number;
}

/**
 * The numbered paragraphs that head a run sheet: named as one, and every paragraph of the part (down to
 * `partEnd`, partFacts.ts's one reckoning of a part's extent) is a step, one paragraph each, all of one level (two at least).
 */
export function runSheetHeads(paras: Para[], nums: (Item | null)[], partEnd: (j: number) => number): Set<number> {
  const heads = new Set<number>();
  nums.forEach((n, j) => {
    // (every name of a run sheet holds 程: a line without it, most lines, is not read further)
    if (!n || !paras[j].st.text.includes("程")) return;
    const title = paras[j].st.text.trim().slice(n.length).trim().replace(/[。：:]$/, "").replace(/\s+/g, "");
    if (!RUN_SHEET.test(title)) return;
    const steps = nums.slice(j + 1, partEnd(j));
    if (steps.length >= 2 && steps.every((s) => s && s.level === steps[0]!.level)) heads.add(j);
  });
  return heads;
}
