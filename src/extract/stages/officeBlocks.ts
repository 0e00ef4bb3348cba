// A meeting's record or a notice that reports office by office: a label naming an office ("教务处：", "● 总务处：")
// stands alone at the end of a line, and the items numbered from 1 right after it are that office's work, up to
// the next such label. The label may close the line a paragraph ran into it ("…提出讨论。 ● 教务处：").
import { Stitched } from "./stitched.js";
import { foldHan } from "./hanFold.js";
import { HAN } from "./han.js";
import { isUnitName, type Named } from "./rosters.js";
import { bareName } from "./people.js";
import type { RawTask } from "./types.js";

// a bullet a web page or a Word list puts before the label (a Wingdings bullet copied as "l" or "n")
const BULLET = String.raw`(?:[lnvüØ•●○◎·▪■□◆◇▶►➢\-–—*※][ \t\u3000]*)?`;
// the label at a line's start, or after a sentence that closed before it on the same line
// (a PDF's text keeps no space: "…提出讨论。l教务处：")
const LABEL = new RegExp(String.raw`(?:^|[。；;！!？?）)])[ \t\u3000]*${BULLET}(${HAN}{2,12})[ \t\u3000]*[：:][ \t\u3000]*$`, "u");
// a school's office group ("资讯组", "课程组"), beside the departments isUnitName knows
const OFFICE_GROUP = new RegExp(String.raw`^${HAN}{1,8}(?<![第一二三四五六七八九十小分各])组$`, "u");

const isOffice = (name: string) => (isUnitName(name) || OFFICE_GROUP.test(foldHan(name))) && !/^(?:各|有关|相关|全体|所有)/u.test(foldHan(name));

/** The office whose label leads each task's run of items, by task index. */
export function officeBlocks(text: string, raw: RawTask[]): Map<number, Named> {
  const blocks: { name: Named; at: number }[] = [];
  let start = 0;
  for (const line of text.split("\n")) {
    const m = LABEL.exec(line);
    if (m && isOffice(m[1])) {
      const a = start + m.index + m[0].lastIndexOf(m[1], m[0].length - 1);
      blocks.push({ name: { name: m[1], st: Stitched.of(text, a, a + m[1].length) }, at: start + line.length });
    }
    start += line.length + 1;
  }
  // (one label alone may be any heading's colon: two or more lead the items of a record)
  return blocks.length < 2 ? new Map() : runsAfterLabels(text, raw, blocks);
}

/**
 * The tasks each label leads, by task index: the item numbered 1 right after the label (where `at` says its text
 * ends; nothing but spaces and the number between) and the run 2, 3, … that follows it. Read by officeBlocks and
 * dutyGroups alike.
 */
export function runsAfterLabels(text: string, raw: RawTask[], blocks: { name: Named; at: number }[]): Map<number, Named> {
  const out = new Map<number, Named>();
  const starts = raw.map((r) => r.body.span()[0]);
  for (const b of blocks) {
    let k = starts.findIndex((s) => s >= b.at);
    if (k < 0 || raw[k].no !== "1" || text.slice(b.at, starts[k]).replace(/[\s\d.．、]/g, "")) continue;
    for (let n = 1; k < raw.length && raw[k].no === String(n); k++, n++) out.set(k, b.name);
  }
  return out;
}

// A meeting's record of reports, each opened by its officer on a line of its own ("教导主任伍某某报告：", "总务主任
// 赖某报告:"): the officer answers for the items reported under the line, up to the next report's line — as a post
// with its holder is read everywhere, the holder by name (docs/ARCHITECTURE.md "Leaders are names").
const REPORT_LINE = new RegExp(String.raw`^[ \t\u3000]*${BULLET}(${HAN}{2,14}?)[ \t\u3000]*(?:报告|報告)[ \t\u3000]*[：:][ \t\u3000]*$`, "u");

/** The officer whose report's line leads each task's items, by task index (two reports' lines at least, one named). */
export function reporterBlocks(text: string, raw: RawTask[]): Map<number, Named> {
  const out = new Map<number, Named>();
  const lines: { name: Named | null; at: number }[] = [];
  let start = 0;
  for (const line of text.split("\n")) {
    const m = REPORT_LINE.exec(line);
    if (m) {
      const bare = bareName(m[1]);
      // (a post alone, "各处室人员", or a name without its post, names no officer: the line still closes the report above)
      const a = bare && bare !== m[1] ? start + m.index + m[0].indexOf(m[1]) + m[1].lastIndexOf(bare) : -1;
      lines.push({ name: a >= 0 ? { name: bare!, st: Stitched.of(text, a, a + bare!.length) } : null, at: start + line.length });
    }
    start += line.length + 1;
  }
  if (lines.length < 2 || !lines.some((l) => l.name)) return out;
  raw.forEach((r, k) => {
    const s = r.body.span()[0];
    let owner: Named | null = null;
    for (const l of lines) if (l.at <= s) owner = l.name;
    if (owner) out.set(k, owner);
  });
  return out;
}
