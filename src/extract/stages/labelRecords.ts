// A list of records (issue 9: 民生实事 and project lists, and the news that reprints them): each item is a
// short line, numbered or not, then lines of its fields under labels of their own — "主管领导：…",
// "责任单位：…", "主要责任人：…", "进度安排：…", "完成时限：…". A run of such blocks that share their labels
// is the list; each block is a task named by its short line, its labels' lines its body (units, leaders and
// dates are read from them by the fields stage).
import { Stitched } from "./stitched.js";
import type { RawTask, WorkDoc } from "./types.js";
import { numbering } from "./numbering.js";
import { clauseCutEnd } from "./titleCut.js";
import { FEW_TASKS_CONFIDENCE, lineItems, type Candidate } from "./workCandidates.js";

// a record's field labels: who leads, who answers, when, how far (the text is simplified by then)
const FIELD_LABEL =
  /^[-*·•]?\s*((?:主管|分管|责任|牵头|联系|包保)(?:[市县区局校]级?)?领导|(?:主要|具体|直接|第一)?(?:责任|负责)人|(?:责任|牵头|主办|协办|配合|承办|实施)(?:单位|部门|科室|股室|处室)|牵头|主办|协办|配合|(?:完成|办结)(?:时限|时间|期限)|时限|时间节点|进度安排|进度要求|(?:工作|建设|年度)目标|目标任务|建设内容)\s*[：:]\s*\S/u;
// a field of its own ("主要内容：…") or a label over lines ("实施步骤："): no record's title
const LABELLED = /^[\u4e00-\u9fff]{2,6}\s*[：:]|[：:]$/u;
// a title is one short line: a name or a sentence, not a paragraph
const TITLE_MAX = 80;

interface Block {
  title: number;
  end: number;
  labels: string;
}

/** Blocks of a short line over two field labels' lines or more, in the document's order. */
function blocks(lines: Stitched[]): Block[] {
  const out: Block[] = [];
  for (let i = 0; i < lines.length; i++) {
    const t = lines[i].text;
    if (FIELD_LABEL.test(t) || LABELLED.test(t) || t.length > TITLE_MAX) continue;
    const labels: string[] = [];
    let j = i + 1;
    for (; j < lines.length; j++) {
      const m = FIELD_LABEL.exec(lines[j].text);
      if (!m) break;
      labels.push(m[1]);
    }
    if (labels.length >= 2) out.push({ title: i, end: j, labels: labels.join("/") });
  }
  return out;
}

// a heading may stand between two records: the list goes on under it ("二、卫生")
const HEADING_MAX = 30;
const nextTo = (lines: Stitched[], a: Block, b: Block) => b.title === a.end || (b.title === a.end + 1 && lines[a.end].text.length <= HEADING_MAX);

/**
 * The records of a list whose items each stand over their field labels' lines: the longest run of
 * blocks next to each other (or a heading apart) with the same labels, two blocks or more.
 */
export function labelRecordsCandidate(doc: WorkDoc): Candidate | null {
  const lines = lineItems(doc);
  const found = blocks(lines);
  let best: Block[] = [];
  // (a run that starts inside another is the tail of it, shorter: the next run starts where this one ended)
  for (let k = 0; k < found.length; ) {
    const run = [found[k]];
    let j = k + 1;
    for (; j < found.length && nextTo(lines, run[run.length - 1], found[j]) && found[j].labels === found[k].labels; j++) run.push(found[j]);
    if (run.length > best.length) best = run;
    k = j;
  }
  if (best.length < 2) return null;
  const tasks: RawTask[] = best.map((b) => {
    const line = lines[b.title];
    // (an item number before the record's title: "1.", "（一）", "3、" — not "1.5万元…")
    const m = numbering(line.text);
    const own = m ? line.slice(m.length) : line;
    const cut = clauseCutEnd(own.text);
    const title = own.slice(0, cut || own.text.replace(/[。；;，,\s]+$/, "").length);
    const body = Stitched.join(lines.slice(b.title, b.end), "\n");
    return { no: m ? m.no : "", section: null, title, titleConfidence: 0.6, body, unitCells: [], measureItems: [], factText: body, confidence: FEW_TASKS_CONFIDENCE };
  });
  return { tasks, label: "逐项标注的字段" };
}
