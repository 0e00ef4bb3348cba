// A part whose heading announces a division of work ("三、具体分工", "（二）组织分工：") and whose lines each
// give a body its duty is not one task: pooled over every gold, each such line is a task of its own, led by
// the body it names (xgroups14). Three line forms, several under one heading:
//   "宣传部：负责展板制作；"          → title 负责展板制作, lead 宣传部
//   "1、后勤处负责场地布置，…；"      → title the line, lead 后勤处 (、 joins several bodies)
//   "场地保障——体育组"               → title 场地保障, lead 体育组
// A line of none of these forms that is not numbered is taken for a wrapped line of the one before and
// passed over (its words are not added to that entry); a numbered one leaves the part as it was. A heading over names only (分组安排: 第一组：张三 李四) is no
// division of duties and stays one task.
// (xreal18a, pooled, not changed: any heading ending in 分工 — "四、相关工作分工" over unnumbered "X负责…" lines — would split
// 1 document of 1 corpus, +5 tasks −1 false, 0 against: below the bar of the rules.)
import { SUFFIXES } from "./doers.js";
import { dutyBody } from "./subjects.js";
import type { Stitched } from "./stitched.js";
import type { RawTask, Stage } from "./types.js";

const HEADING = /^(?:[（(]?[一二三四五六七八九十\d]+[)）、.．]\s*)?((?:具体|人员|职责|责任|工作|组织|任务|活动|部门|岗位|具体人员)?分工(?:安排|如下|及要求|与要求)?)\s*[:：]?/u;
const NUMBER = /^(?:[（(]?[一二三四五六七八九十\d]{1,2}[)）、.．]|[\u2460-\u2473])\s*/u;
const BODY_END = new RegExp(`(?:${SUFFIXES.join("|")})$`, "u");
const LABEL = /^([\u4e00-\u9fff][\u4e00-\u9fff\s]{0,8}[\u4e00-\u9fff](?:[（(][\u4e00-\u9fff、，,]{1,12}[)）])?)\s*[:：]\s*(\S.*)$/u;
const DASHED = /^([\u4e00-\u9fff]{2,12})\s*(?:——|—|--)\s*([\u4e00-\u9fff][\u4e00-\u9fff、]{1,20})$/u;
/** Words that label something other than a body: a time, a place, people, a contact. */
const NOT_BODY = /^(?:组长|副组长|组员|成员|主任|副主任|委员|联系人|电话|时间|地点|对象|内容|要求|目的|主题|负责人|总负责|责任人)$/u;

interface Entry {
  no: string;
  unit: Stitched;
  title: Stitched;
  body: Stitched;
}

function cut(st: Stitched, stops: RegExp): Stitched {
  const m = stops.exec(st.text);
  return (m ? st.slice(0, m.index) : st).trim();
}

/** Reads one line as a body and its duty, or null. */
export function divisionEntry(line: Stitched): Entry | null {
  const n = NUMBER.exec(line.text);
  const rest = n ? line.slice(n[0].length).trim() : line.trim();
  const no = n ? n[0].replace(/[^一二三四五六七八九十\d]/gu, "") : "";
  const t = rest.text;
  let m = LABEL.exec(t);
  if (m) {
    const name = m[1].replace(/\s+/g, "");
    if (NOT_BODY.test(name) || /负责|要|的/.test(name)) return null;
    const at = t.length - m[2].length;
    return { no, unit: rest.slice(0, m[1].length), title: cut(rest.slice(at), /[，,；;。（(]/u), body: rest };
  }
  // (subjects.ts reads a body and its duty at a line's head)
  const doer = dutyBody(rest);
  if (doer) return { no, unit: doer.st, title: cut(rest, /[；;。]/u), body: rest };
  m = DASHED.exec(t);
  if (m && m[2].split("、").some((u) => BODY_END.test(u))) return { no, unit: rest.slice(t.length - m[2].length), title: rest.slice(0, m[1].length), body: rest };
  return null;
}

/** The lines after the heading (a line, or the heading's own line split at spaces when all sits on one). */
function entriesOf(body: Stitched, headEnd: number): Entry[] | null {
  const after = body.slice(headEnd);
  const parts: Stitched[] = [];
  const text = after.text;
  const sep = text.includes("\n") ? /\n/gu : /\s{1,}/gu;
  let from = 0;
  for (const m of text.matchAll(sep)) {
    parts.push(after.slice(from, m.index));
    from = m.index! + m[0].length;
  }
  parts.push(after.slice(from));
  const out: Entry[] = [];
  for (const p of parts.map((x) => x.trim()).filter((x) => x.length)) {
    const e = divisionEntry(p);
    if (e) out.push(e);
    else if (out.length && !NUMBER.test(p.text) && sep.source === "\\n") continue; // a wrapped line
    else return null;
  }
  return out.length >= 2 ? out : null;
}

export function splitDivision(task: RawTask): RawTask[] | null {
  const h = HEADING.exec(task.body.text);
  if (!h || !HEADING.test(task.title.text)) return null;
  const entries = entriesOf(task.body, h[0].length);
  if (!entries) return null;
  return entries.map((e) => ({
    no: e.no,
    section: task.section,
    title: e.title,
    titleConfidence: 0.6,
    body: e.body,
    unitCells: [{ role: "lead", cell: e.unit }],
    measureItems: [],
    factText: e.body,
    confidence: 0.6,
  }));
}

export const divisionLines: Stage = (doc) => {
  if (!doc.proseTasks.some((t) => HEADING.test(t.title.text))) return doc;
  const tasks = doc.proseTasks.flatMap((t) => splitDivision(t) ?? [t]);
  return { ...doc, proseTasks: tasks };
};
