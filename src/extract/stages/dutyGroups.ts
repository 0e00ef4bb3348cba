// An event's working groups with their duties numbered under each ("政宣组 / 组长：… / 成员：… / 主要职责： /
// 1.布置大会会场；2.…"): where the duties are the tasks, the group whose block they close does them (xunits21).
// The group's name stands on a line of its own (or opens the line of its roster: "后勤组组长：…成员：…主要职责：1.…"),
// only roster lines (组长, 副组长, 成员…) stand between it and its "主要职责：" label, and the duties are a run numbered
// from 1 right after the label.
import { Stitched } from "./stitched.js";
import { foldHan } from "./hanFold.js";
import type { RawTask } from "./types.js";
import type { Named } from "./rosters.js";
import { groupName } from "./units.js";
import { runsAfterLabels } from "./officeBlocks.js";

// a group's name: "政宣组", "竞赛组：", "后勤保障组"
const GROUP = groupName(8);
const ROSTER_LINE = /^\s*(?:副?组长|成员|组员|联系人|负责人)\s*[:：]/u;
const DUTY_LABEL = /^\s*(?:主要)?(?:工作)?职责\s*[:：]\s*$/u;
// the whole block on one line: "后勤组组长：某某成员：各班班主任主要职责：1.…"
const GLUED_BLOCK = new RegExp(String.raw`^\s*(${GROUP})(?=\s*(?:副?组长|成员|组员)\s*[:：])[^\n]*?(?:主要)?(?:工作)?职责\s*[:：]`, "u");
const GROUP_LINE = new RegExp(String.raw`^\s*(${GROUP})\s*[:：]?\s*$`, "u");

/** The working group each task's duty belongs to, by task index. */
export function dutyGroups(text: string, raw: RawTask[]): Map<number, Named> {
  const t = foldHan(text);
  // each block: the group's name and where its duties start
  const blocks: { name: Named; at: number }[] = [];
  let start = 0;
  const lines = t.split("\n").map((text) => {
    const line = { start, text };
    start += text.length + 1;
    return line;
  });
  for (let i = 0; i < lines.length; i++) {
    const glued = GLUED_BLOCK.exec(lines[i].text);
    if (glued) {
      const a = lines[i].start + glued[0].indexOf(glued[1]);
      blocks.push({ name: { name: glued[1], st: Stitched.of(text, a, a + glued[1].length) }, at: lines[i].start + glued[0].length });
      continue;
    }
    const head = GROUP_LINE.exec(lines[i].text);
    if (!head) continue;
    let j = i + 1;
    while (j < lines.length && (!lines[j].text.trim() || ROSTER_LINE.test(lines[j].text)) && j - i <= 8) j++;
    if (j < lines.length && j > i + 1 && DUTY_LABEL.test(lines[j].text)) {
      const a = lines[i].start + lines[i].text.indexOf(head[1]);
      blocks.push({ name: { name: head[1], st: Stitched.of(text, a, a + head[1].length) }, at: lines[j].start + lines[j].text.length });
    }
  }
  // the duties: the run numbered from 1 right after each label
  return runsAfterLabels(text, raw, blocks);
}
