// A candidate of bullet lists ("• …", "- …", "‧ …"): a web page's or a minutes' items marked by a bullet
// without a number, each one task. A list's group headings ("• 各科重大事项提报" over its "• …。" items; a
// copy loses the indent that nested them) and its lead-in ("• 开放时间：") are no tasks, nor a note ("• 请注意，…").
import { titleOf } from "./itemTitles.js";
import { simplified } from "./partTitles.js";
import { Stitched } from "./stitched.js";
import type { RawTask, WorkDoc } from "./types.js";
import { DEMAND_YAO, FEW_TASKS_CONFIDENCE, NOT_WORK, readsAsWork, type Candidate } from "./workCandidates.js";

// (a hyphen or a star only with a space after it: "-1" or "*号" is no bullet; "●"/"△" are items of the 一是 rank, itemNumbers.ts)
const BULLET = /^(?:[•◦‧∙▪▫]|[-–*](?=\s))\s*/;
const LIST_BULLET = /^(?:[•◦‧∙▪▫●○■□◆◇►➢✓\-–*]|[\uf0a7\uf0b7\uf0d8])$/;
// a sentence's or a clause's mark inside the item: a heading has none
const CLAUSE = /[。；;，,！!？?]/;
// a note, not work: "请注意，…", "注：…", "备注：…", "※…"
const NOTE = /^(?:请\s*)?注意|^(?:备\s*)?注\s*[：:]|^※|^说明\s*[：:]/;
const LINK_DATE = /(?:19|20)\d{2}[-./]\d{1,2}[-./]\d{1,2}\s*$/;
// a directive of minutes or a notice ("…请与局长讨论", "…应及时反映", "…由社区负责"): work no verb list names
// a field of a page's record ("• 中文名：…", "• 颁布时间：2031年", "• 发布单位：某市人民政府": an encyclopedia's box of facts
// about the document): a short label naming a name, a time, a body or a kind, then a value with no clause — no work
const RECORD_FIELD = /^[\u4e00-\u9fff]{0,4}(?:名|名称|时间|日期|单位|机关|机构|字号|文号|类别|类型|级别|性质|来源)\s*[：:][^，,。；;！!？?]*$/;
const DIRECTIVE = new RegExp(String.raw`请|應|应|须|須|务必|務必|${DEMAND_YAO}|由[^，,。；;]{1,12}负责`);

/** The items of the document's bullet lists (three bullets or more, two items or more, work); null where there are none. */
export function bulletListCandidate(doc: WorkDoc): Candidate | null {
  const start = doc.meta?.bodyStart ?? 0;
  const marked = doc.paras.flatMap((p, i) => {
    // (a Word list's bullet is the paragraph's numbering, not its text)
    const m = p.numbering ? (LIST_BULLET.test(p.numbering.trim()) ? [""] : null) : BULLET.exec(p.st.text.trimStart());
    if (!m) return [];
    const lead = p.st.text.length - p.st.text.trimStart().length + m[0].length;
    const own = p.st.text.slice(lead).trim();
    return /[\u4e00-\u9fff]{2}/.test(own) ? [{ p, i, lead, own }] : [];
  });
  // (a list above the body is a page's menu or its links; so is a list of titles each with its date, "…的通知2031-11-14")
  const bullets = marked.filter((b) => b.i >= start && !LINK_DATE.test(b.own));
  if (bullets.length < 3) return null;
  const sentence = (own: string) => CLAUSE.test(own.replace(/[。；;，,！!？?\s]+$/, "")) || /[。！!？?]$/.test(own) || own.length > 30;
  // (where some items are sentences, the short lines among them with no clause of their own are the groups' headings)
  const some = bullets.some((b) => sentence(b.own));
  const items = bullets.filter((b) => !/[：:]$/.test(b.own) && !NOTE.test(b.own) && !RECORD_FIELD.test(simplified(b.own)) && (!some || sentence(b.own)));
  const tasks: RawTask[] = [];
  const next = new Map(marked.map((b, k) => [b, marked[k + 1]?.i ?? doc.paras.length]));
  for (const b of items) {
    // (an item that does not close its sentence goes on in the short paragraphs under it, up to the next bullet: a
    // line a page's width or a Word line break cut, "…学期(…)" / "预约借用")
    const more: Stitched[] = [];
    for (let j = b.i + 1; j < next.get(b)! && !/[。！!？?：:]$/.test(b.p.st.text.trim()) && doc.paras[j].st.text.trim().length <= 40 && !doc.paras[j].numbering; j++) more.push(doc.paras[j].st.trim());
    const whole = more.length ? Stitched.join([b.p.st.trim(), ...more]) : b.p.st.trim();
    const named = titleOf({ st: whole }, { level: 6, no: "", length: b.lead - (b.p.st.text.length - b.p.st.text.trimStart().length) });
    let st = named.st;
    // (an item of two directives set apart by a semicolon is named by its first: "…请重研签报；本局…亦重新评估…")
    const semi = st.text.search(/[；;]/);
    if (semi >= 8) st = st.slice(0, semi).trim();
    // (a bracket the cut left open is no part of the name: "…预约借用(")
    const open = Math.max(st.text.lastIndexOf("("), st.text.lastIndexOf("（"));
    if (open > Math.max(st.text.lastIndexOf(")"), st.text.lastIndexOf("）"))) st = st.slice(0, open).trim();
    if (st.text.replace(/[\s\p{P}]/gu, "").length < 4 || NOT_WORK.test(st.text)) continue;
    // (a lead time that says from when, "113/12/20(五)上午9点起，开放…", starts the work: it is no deadline)
    const from = st.span()[0] - whole.span()[0];
    const facts = from > 0 && /起\s*[，,：:]?\s*$/.test(whole.text.slice(0, from)) ? whole.slice(from) : whole;
    tasks.push({ no: "", section: null, title: st, titleConfidence: Math.min(named.confidence, 0.6), body: whole, unitCells: [], measureItems: [], factText: facts, confidence: FEW_TASKS_CONFIDENCE });
  }
  // (most items work; or every one a sentence of clauses, as no menu or link list is, one of them work)
  const work = tasks.filter((t) => readsAsWork(t) || DIRECTIVE.test(t.body.text)).length;
  const clauses = tasks.every((t) => CLAUSE.test(t.body.text.replace(/[。；;，,！!？?\s]+$/, "")));
  return tasks.length >= 2 && (work * 2 > tasks.length || (clauses && work > 0)) ? { tasks, label: "项目符号列表" } : null;
}
