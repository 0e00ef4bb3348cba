// Unnumbered stage lines of a staged plan: ordinal words number the stages ("第一阶段：9月20日至10月31日。各校区要…",
// "第二阶段：全面实施" over "1、…" "2、…"). A stage that holds no task item of its own is a task (the golds keep the
// stages of every staged plan); a stage over task items is their heading and only closes the task above it.
import type { Stitched } from "./stitched.js";
import type { Para } from "./types.js";
import { type Num, RANK } from "./itemNumbers.js";
import { titleOf } from "./itemTitles.js";
import { STAGE_LINE } from "./stageLabel.js";


// the stage's span opening its text: "9月20日至10月31日。", "2025年3月—4月，"
const SPAN_LEAD = /^(?:(?:19|20)\d{2}\s*年\s*)?\d{1,2}\s*月(?:\s*\d{1,2}\s*[日号])?(?:\s*[至到\-—–~～]+\s*(?:(?:19|20)\d{2}\s*年\s*)?(?:\d{1,2}\s*月)?(?:\s*\d{1,2}\s*[日号])?)?(?:上旬|中旬|下旬|底|初)?\s*[。．.，,：:；;]?\s*/;

/** One stage line: its ordinal as the task's number, and whether it is a task (no task item under it). */
export interface StageLine {
  no: string;
  task: boolean;
}

/**
 * The unnumbered stage lines of the parts: at least two under one part heading (a numbered item above the
 * task level), the first "第一阶段" right under the heading. Each is a task unless a task-level item sits
 * between it and the next stage line (or the part's end).
 */
export function stageLines(paras: Para[], nums: (Num | null)[], taskRank: number): Map<number, StageLine> {
  const groups = new Map<number, { i: number; no: string }[]>();
  let head = -1;
  let lastNumbered = -1;
  for (let i = 0; i < paras.length; i++) {
    const n = nums[i];
    if (n) {
      lastNumbered = i;
      if (RANK[n.level] < taskRank) head = i;
      continue;
    }
    const m = STAGE_LINE.exec(paras[i].st.text.trim());
    if (!m || head < 0) continue;
    const group = groups.get(head) ?? [];
    if (!group.length && (m[1] !== "一" || lastNumbered !== head)) continue;
    group.push({ i, no: m[1] });
    groups.set(head, group);
  }
  const out = new Map<number, StageLine>();
  for (const [h, group] of groups) {
    if (group.length < 2) continue;
    const headRank = RANK[nums[h]!.level];
    let end = h + 1;
    while (end < paras.length && !(nums[end] && RANK[nums[end]!.level] <= headRank)) end++;
    group.forEach(({ i, no }, k) => {
      const to = k + 1 < group.length ? group[k + 1].i : end;
      let task = true;
      for (let q = i + 1; q < to; q++) if (nums[q] && RANK[nums[q]!.level] >= taskRank) task = false;
      out.set(i, { no, task });
    });
  }
  return out;
}

/** A stage's name: its text after the ordinal label and the span ("各校区要对本校区…自查"), else the label itself. */
export function stageTitle(p: Para): { st: Stitched; confidence: number } {
  const st = p.st.trim();
  const label = STAGE_LINE.exec(st.text)![0];
  let rest = st.slice(label.length).trim();
  const span = SPAN_LEAD.exec(rest.text);
  if (span) rest = rest.slice(span[0].length).trim();
  // (text that opens with marks a copy garbled, "??局协同…": the name starts at the first word)
  const word = rest.text.search(/[\p{Script=Han}A-Za-z0-9“"《]/u);
  if (word > 0) rest = rest.slice(word);
  if (rest.text.replace(/[\s\p{P}]/gu, "").length < 2) return { st: st.slice(0, label.replace(/[\s：:，,]+$/, "").length), confidence: 0.6 };
  const { st: title, confidence } = titleOf({ st: rest }, null);
  return title.text ? { st: title, confidence: Math.min(confidence, 0.7) } : { st: rest, confidence: 0.5 };
}

