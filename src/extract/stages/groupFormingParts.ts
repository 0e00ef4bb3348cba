// (xevents) A framing part about how the work is organised ("五、组织保障", "三、组织机构") written as a paragraph that
// forms the plan's leading group ("为确保…，特成立…工作领导小组。组长：…，成员单位：…"): forming the group is work of the
// plan, one task named by the clause that forms it, the part's text (its roster) its body. Not a part with numbered
// items (those are read as the part's tasks or rosters), nor one whose text already gave a task.
import type { Para, RawTask } from "./types.js";
import type { Num } from "./itemNumbers.js";
import { RANK } from "./itemNumbers.js";
import { headingTitle, simplified } from "./partTitles.js";
import { Stitched } from "./stitched.js";
import { insertAt, taskInside } from "./taskPlaces.js";

// the heading of a part about the organisation of the work
const ORGANISATION_HEADING = /^(?:组织保障|组织领导|组织机构|组织管理|领导机构|机构设置)$/;
// the clause forming a group: "特成立…领导小组", "成立控辍保学工作领导小组"
const FORMING_CLAUSE = /(?:^|[，,。；;：:])\s*((?:特|现|决定|拟)?(?:成立|组建)[^，,。；;：:（(]{2,36}?(?:领导小组|工作小组|委员会|指挥部))(?=\s*(?:[，,。；;：:（(]|$))/u;

// the member bodies after their label, up to the sentence's end, ellipsis left out: "成员单位：县教育局、县财政局、……"
const MEMBER_UNITS = /成员单位\s*[：:]\s*([^。；;\n…]+?)(?=[、，,\s]*(?:…|\.{3}|[。；;\n]|$))/u;

/** `tasks` with a task for each organisation part that forms the leading group in its paragraph, in document order. */
export function withGroupFormingParts(paras: Para[], nums: (Num | null)[], tasks: RawTask[]): RawTask[] {
  const out = [...tasks];
  nums.forEach((n, i) => {
    if (!n || !ORGANISATION_HEADING.test(simplified(headingTitle(paras[i], n)).replace(/[\s：:。]+$/, ""))) return;
    // the part's text: the unnumbered paragraphs under its heading, down to the next numbered item of any level
    let end = i + 1;
    while (end < paras.length && !nums[end]) end++;
    if (end === i + 1 || (end < paras.length && RANK[nums[end]!.level] > RANK[n.level])) return;
    const first = paras[i + 1].st.trim();
    const m = FORMING_CLAUSE.exec(first.text);
    if (!m) return;
    const body = Stitched.join(paras.slice(i + 1, end).map((p) => p.st.trim()), "\n");
    const [from, to] = body.span();
    if (taskInside(out, from, to)) return;
    const at = m.index + m[0].indexOf(m[1]);
    // (its member bodies, "成员单位：县教育局、县财政局、……", do the work the group leads)
    const members = MEMBER_UNITS.exec(body.text);
    const cellAt = members ? members.index + members[0].length - members[1].length : 0;
    const unitCells = members ? [{ role: "lead" as const, cell: body.slice(cellAt, cellAt + members[1].length) }] : [];
    const heading = paras[i].st.trim();
    const task: RawTask = {
      no: "",
      section: { no: n.no, title: simplified(headingTitle(paras[i], n)).replace(/[\s：:。]+$/, ""), span: heading.span() },
      title: first.slice(at, at + m[1].length),
      titleConfidence: 0.6,
      body,
      unitCells,
      measureItems: [],
      factText: body,
      confidence: 0.5,
    };
    insertAt(out, task, from);
  });
  return out;
}
