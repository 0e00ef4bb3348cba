// Which items of a notice, a letter (函) or a procedure are no work of anyone's (issue 9, xnotices24): an item
// that only cites what the notice is issued under ("一、依据教育部某年某月某日某字第N号函办理。"), one that only
// points elsewhere for the details ("二、填报方式，请务必详见附件。", "五、报名资格，请详见公文说明二。"), and the
// people or bodies listed under a part naming who attends ("三、参加人员" over "1.全体校领导；"). A clerk keeps
// none of them; the items that ask work of someone stay. Read on the matched (simplified) text, by the item's own
// text: its number and deeper items aside. And a division of labour among a part's items ("7、后勤处负责…",
// "8、宣传部负责…", four or more in one part): there the part's items that name no doer — the rules for those who
// attend ("在主席台就座的领导统一着正装"), a programme's numbers ("民族歌舞") — are no tasks.
import { findDoers } from "./doers.js";
import { foldHan } from "./hanFold.js";
import { numberingLength } from "./numbering.js";
import { Stitched } from "./stitched.js";
import type { RawTask, WorkDoc } from "./types.js";
import { WORK_VERB } from "./workCandidates.js";


/** A heading or a title as its words only: folded to simplified characters, no spaces, colons or full stop. */
const bare = (s: string) => foldHan(s).replace(/[\s：:。]/g, "");

/** The item's first line, folded to simplified characters (folding keeps every character's place, line breaks too). */
function firstLine(t: RawTask): string {
  const text = t.body.text;
  const end = text.indexOf("\n");
  return foldHan(end < 0 ? text : text.slice(0, end));
}

/** The item's own text: its first paragraph without its number, spaces out. */
function ownText(t: RawTask): string {
  const first = firstLine(t);
  return first.slice(numberingLength(first)).replace(/\s+/g, "").trim();
}

// one sentence that names the document the notice carries out and nothing else: no comma, no second clause
const BASIS = /^(?:依据|根据|依照|奉)[^，,。；;：:！!？?]{2,90}(?:办理|执行|转知)[。.]?$/;

// the whole item is where to look: a short topic, then "请（务必）详见附件" / "详如附件" / "请参阅公文说明二"
const REFERENCE = /^(?:[^，,。；;]{0,40}[，,])?(?:请|敬请)?(?:务必|另)?(?:详见|参见|参阅|参照|详如|请见|如)(?:附件|附表|公文|说明|来文|原函)[^，,。；;]{0,16}[。.]?$/;
// (or the thing looked up named before it, after a first clause that asks nothing — a date, a label's value:
// "访视日期：4月23日起至5月17日，各校访视期程表请参阅附件。", xtasksA25)
const NAMED_REFERENCE = /^([^，,。；;]{0,40})[，,][^，,。；;请]{2,12}(?:请|敬请)(?:详见|参见|参阅|参照|请见)(?:附件|附表|公文|说明|来文|原函)[^，,。；;]{0,16}[。.]?$/;

// (or a label whose whole value is a pointer in brackets, "1、考试日程安排：（见附件1）。", "评分标准:(详见附表)")
const LABELLED_REFERENCE = /^[^，,。；;：:（()）]{2,20}[：:]\s*[（(](?:详见|参见|请见|见|如)(?:附件|附表)[^，,。；;（()）]{0,8}[）)][。.]?$/;

// the item is a list of names under its label: "三、受补助学校名单：甲国小、乙国中…等26校。" (who, not what to do)
const NAME_LIST = /^[^，,。；;：:]{0,24}(?:名单|名冊|名册)[：:][^。；;]*[。]?$/;

// or says where the attachment is and how to open it, closing on the link ("附件档案开启，请用某工具，网址 https://…",
// "旨揭档案如附件，同步更新于某平台，连结网址如下：https://…")
const LINK = /(?:附件|档案|文件)[^。；;]*(?:网址|链接|连结|下载)[^。；;]*https?:\/\/\S+$/;

// a part that says who attends the meeting or the event
const ATTENDEES = /^(?:参加|参会|出席|列席|与会)(?:人员|对象|单位|范围)$/;

/** The item only cites what the notice carries out ("依据…函办理。"). */
export const basisOnly = (t: RawTask) => isBasis(ownText(t));
const isBasis = (own: string) => BASIS.test(own);

/** The item only points to an attachment or another text for what it says ("…，请详见附件。"). */
export const referenceOnly = (t: RawTask) => isReference(ownText(t));
function isReference(own: string): boolean {
  const named = NAMED_REFERENCE.exec(own);
  return REFERENCE.test(own) || LABELLED_REFERENCE.test(own) || LINK.test(own) || (!!named && !WORK_VERB.test(named[1]) && !/请|须|应|完成/.test(named[1]));
}

/** The item lists who attends, under a part that names them ("三、参加人员" over "1.全体校领导；"): no work in it. */
export const attendeeItem = (t: RawTask) => attends(t, ownText(t));
function attends(t: RawTask, own: string): boolean {
  const part = t.section ? bare(t.section.title) : "";
  if (!ATTENDEES.test(part)) return false;
  return !WORK_VERB.test(own) && !/[。]/.test(own.replace(/[。；;]$/, ""));
}

// an item that only says when or where the meeting is held: its label and a value of a few words, no work in it
// ("一、時間:…中午12時30分。", "二、地點:地下會議室")
const WHEN_LABEL = /^(?:[\u4e00-\u9fff]{0,4}(?:时间|日期))[：:]/;
const WHERE_LABEL = /^(?:[\u4e00-\u9fff]{0,4}地点)[：:]/;
const factValue = (own: string, label: RegExp) => {
  const m = label.exec(own);
  const value = m ? own.slice(m[0].length).replace(/[。；;]$/, "") : "";
  return !!m && value.length > 0 && value.length <= 30 && !/[，,。；;]/.test(value) && !WORK_VERB.test(value);
};

/**
 * The items that only say where a meeting is held, and when where such a place item stands beside it: the meeting's
 * facts, no one's work (a time alone may be a task's own date, "集中报到时间：3月1日").
 */
export function meetingFacts(tasks: RawTask[]): Set<RawTask> {
  const where = tasks.filter((t) => factValue(ownText(t), WHERE_LABEL));
  if (!where.length) return new Set();
  const when = tasks.filter((t) => factValue(ownText(t), WHEN_LABEL) && where.some((w) => Math.abs(tasks.indexOf(w) - tasks.indexOf(t)) === 1));
  return new Set([...where, ...when]);
}

/** The item only lists names under its label ("…学校名单：…"), no work in it. */
export const nameListOnly = (t: RawTask) => isNameList(ownText(t));
function isNameList(own: string): boolean {
  return NAME_LIST.test(own) && !WORK_VERB.test(own) && !/请|须|应/.test(own);
}

/** The item is none of the notice's work: its basis, a pointer elsewhere, those who attend, a list of names. */
export function noticeNote(t: RawTask): boolean {
  // (its own text read once for every test)
  const own = ownText(t);
  return isBasis(own) || isReference(own) || attends(t, own) || outlineLabel(t) || isNameList(own) || isFileName(own);
}

// (xnotice27) an attachment's file name a page lists under the notice, its number the site's ("266.某教〔2031〕13号关于….pdf")
const FILE_NAME = /^[^。；;，,]{4,120}\.(?:pdf|docx?|xlsx?|wps|et|zip|rar|ofd)$/i;
/** The item is only a file's name: no work. */
export const fileNameOnly = (t: RawTask) => isFileName(ownText(t));
const isFileName = (own: string) => FILE_NAME.test(own);

// an item that opens with its doer and 负责/牵头 ("后勤基建处负责…", "市公安局负责…")
const DUTY = /^[^，,。；;：:]{2,20}?(?:负责|牵头)/;
const partKey = (t: RawTask) => (t.section ? `${t.section.no}\u0000${t.section.title}` : "");
const opensWithDuty = (t: RawTask) => DUTY.test(foldHan(t.title.text).replace(/\s+/g, ""));

/**
 * The items of a part that hands out duties (four or more "X负责…" items) that name no doer of their own: no tasks.
 * (An item opening with a body, "校医院派二名医生…", is that body's work and stays.)
 */
export function outsideDivision(tasks: RawTask[]): Set<RawTask> {
  const count = new Map<string, number>();
  for (const t of tasks) if (opensWithDuty(t)) count.set(partKey(t), (count.get(partKey(t)) ?? 0) + 1);
  const out = new Set<RawTask>();
  if (![...count.values()].some((n) => n >= DIVISION_MIN)) return out;
  for (const t of tasks) {
    if ((count.get(partKey(t)) ?? 0) < DIVISION_MIN || opensWithDuty(t)) continue;
    const title = foldHan(t.title.text).replace(/\s+/g, "");
    if (findDoers(t.title).some((d) => title.startsWith(foldHan(d.name).replace(/\s+/g, "")))) continue;
    out.add(t);
  }
  return out;
}

const DIVISION_MIN = 4;

// the contents a report or a speech is to cover: "报告内容：…" as an item's label, "（一）首次汇报的主要内容" as a heading
const OUTLINE = /^[^，,。；;]{0,8}?(?:报告|汇报|发言|述职)的?(?:主要)?(?:内容|提纲)$/;
const bareTitle = (t: RawTask) => bare(t.title.text);

/** The item only says what a report is to contain ("一、报告内容：工业、科技…的落实情况"): no work of its own. */
export const outlineLabel = (t: RawTask) => t.measureItems.length < 2 && OUTLINE.test(bareTitle(t)) && !WORK_VERB.test(bareTitle(t));

/** A report's outline taken as its task: the heading over its points ("首次汇报的主要内容" and 1.–4.). */
export const outlineHead = (t: RawTask) => t.measureItems.length >= 2 && OUTLINE.test(bareTitle(t));

/**
 * The items under a heading naming what a report is to cover ("（一）首次汇报的主要内容" over "1.基本情况；"
 * "2.整体方案；" …) are that outline's points: the heading is the task and they its measures (xnotices24).
 * Where no outline folds, the same array comes back.
 */
export function outlinesAsTasks(doc: WorkDoc): RawTask[] {
  const tasks = doc.proseTasks;
  const under = new Map<string, RawTask[]>();
  for (const t of tasks) {
    const sec = t.section;
    if (!sec?.span || !OUTLINE.test(bare(sec.title))) continue;
    const key = `${sec.no}\u0000${sec.title}\u0000${sec.span[0]}`;
    under.set(key, [...(under.get(key) ?? []), t]);
  }
  const heads = new Map<RawTask, RawTask>();
  for (const items of under.values()) {
    if (items.length < 2 || items.some(opensWithDuty)) continue;
    const sec = items[0].section!;
    const [from] = sec.span!;
    const to = Math.max(...items.map((t) => t.body.span()[1]));
    const title = Stitched.of(doc.text, from, sec.span![1]).trim();
    const body = Stitched.of(doc.text, from, to).trim();
    const head: RawTask = {
      no: sec.no,
      section: null,
      title: title.slice(numberingLength(title.text)).trim(),
      titleConfidence: 0.6,
      body,
      unitCells: [],
      measureItems: items.map((t) => t.body.trim()),
      factText: body,
      confidence: Math.min(...items.map((t) => t.confidence)),
    };
    heads.set(items[0], head);
    for (const t of items.slice(1)) heads.set(t, head);
  }
  if (!heads.size) return tasks;
  const out: RawTask[] = [];
  for (const t of tasks) {
    const h = heads.get(t);
    if (!h) out.push(t);
    else if (!out.includes(h)) out.push(h);
  }
  return out;
}

// (xnotice27) a notice's particular under its label — when, what it covers, who may apply: "统计时间：…", "填报范围。…",
// "申报对象 全市中小学校" (a page that lost its line breaks keeps the space after the label)
// (a scope or those it is for named by a short label, "填报范围", "申报对象" — not a task's heading, "规范主动公开范围")
const PARTICULAR = /^(?:[\u4e00-\u9fff]{0,6}(?:时间|日期|期限)|[\u4e00-\u9fff]{0,3}(?:范围|对象)|统计(?:时段|期间|区间))\s*(?:[。.：:]\s*|\s+)/;
// the period a statistic counts ("统计时间：2030年7月1日——2031年6月30日"): what the figures cover, no one's deadline
const COUNTED = /^统计(?:时间|时段|期间|区间)/;
// the value asks something of someone: then the item is that demand's, and stays as it is
const ASKED = /请|须|务必|应当|应该|必须/;
// what is handed over by the time the label names, and where to: "将附件表格发至某科邮箱" (the hand-over's own clause)
const HAND_OVER = /(?:将|把)[^，,。；;：:（(]{2,40}?(?:发至|发送至|发送到|发到|报至|报送至|报送到|送至|送达|交至|交到|交抵|寄至|寄送至|上传至|上传到|报送|上报|提交)[^，,。；;：:（(]*/;
// the office a thing is handed to, named after the verb: "…发至教育装备科邮箱", "…交抵某局某分部（地址…）"
// (not a person's desk or a room: "…送至教学楼二楼某某老师处")
export const RECEIVER = /(?:发至|发送至|发送到|发到|报至|报送至|报送到|送至|交至|交到|交抵|寄至|寄送至)((?![^，,。；;：:（(]*?(?:老师|同志|先生|女士|楼|樓))[\u4e00-\u9fff]{2,24}?(?:科|室|处|股|分部|中心|办公室|办))(?=邮箱|信箱|[，,。；;：:（(]|$)/;

/** The item's own first line without its number, as printed (spaces kept, folded to simplified for matching). */
function ownLine(t: RawTask): { text: string; at: number } {
  const first = firstLine(t);
  const n = numberingLength(first);
  const lead = first.slice(n).length - first.slice(n).trimStart().length;
  return { text: first.slice(n + lead), at: n + lead };
}

/**
 * A notice's item that only states a particular under its label — the period counted, the scope, who may apply
 * ("1.统计时间：2031年7月1日——2032年6月30日。", "一、申报对象 全市中小学校。") — is no task: null. One whose time
 * hands something over ("三、报送时间。11月5日前，将附件表格发至某科邮箱。") is that hand-over's task, unnumbered,
 * named by its clause, the office it goes to its lead unit. Any other item comes back as it is.
 */
export function particularItem(t: RawTask): RawTask | null {
  if (t.measureItems.length >= 2) return t;
  const own = ownLine(t);
  const label = PARTICULAR.exec(own.text);
  if (!label) return t;
  const value = own.text.slice(label[0].length);
  if (!value.trim()) return t;
  const hand = /时间|日期|期限/.test(label[0]) ? HAND_OVER.exec(value) : null;
  if (hand) {
    const from = own.at + label[0].length + hand.index;
    const title = t.body.slice(from, from + hand[0].length).trim();
    const sentence = t.body.slice(own.at + label[0].length).trim();
    const receiver = RECEIVER.exec(hand[0] + value.slice(hand.index + hand[0].length, hand.index + hand[0].length + 1));
    const unitCells = receiver
      ? [{ role: "lead" as const, cell: title.slice(hand[0].indexOf(receiver[1]), hand[0].indexOf(receiver[1]) + receiver[1].length) }]
      : [];
    return { ...t, no: "", title, titleConfidence: 0.5, body: sentence, factText: sentence, unitCells: [...t.unitCells, ...unitCells] };
  }
  if (ASKED.test(value) || !(/范围|对象/.test(label[0]) || COUNTED.test(label[0]))) return t;
  return null;
}

// (xnotice27) an item that is only a label over the notice's remaining demands: "五、其他要求 请各县区…于…前，将…。"
// (the label on a line of its own too: a run-in heading cut from its paragraph)
const OTHER_DEMANDS = /^(?:其他|其它|有关|相关)(?:要求|事项)\s*(?:[。.：:]\s*|\s+|$)/;
// a sentence asking a body, by a day or to hand something over: "请各县区…于…前", "…，请于…前将…"
const ASKS_BODY = /(?:请|請)(?:各|于|於|在|将|將|把)/;
const ASKED_BODY = /(?:请|請)(各[\u4e00-\u9fff、]{1,14}?)(?=于|於|在|将|將|把|务必|務必)/;
const OPENING_BODY = /^([\u4e00-\u9fff]{1,8}?(?:学校|單位|单位|部门|部門|局|科|室|处|處|股|中心))/;

/**
 * A notice's item that is only a label ("其他要求", "有关事项") over sentences asking bodies for work: each such
 * sentence is a task, unnumbered, named by its first two clauses (who is asked and by when, and what), the office a
 * thing goes to a lead unit beside those the units stage reads. Null where the item is no such label.
 */
export function demandsUnderLabel(t: RawTask): RawTask[] | null {
  if (t.measureItems.length >= 2) return null;
  const own = ownLine(t);
  const label = OTHER_DEMANDS.exec(own.text);
  if (!label) return null;
  const from = label[0].length === own.text.length ? t.body.text.indexOf("\n") + 1 : own.at + label[0].length;
  if (from <= 0) return null;
  const value = t.body.slice(from);
  const out: RawTask[] = [];
  for (const s of value.text.matchAll(/[^。！!？?\n]+[。！!？?]?/g)) {
    if (!ASKS_BODY.test(s[0])) continue;
    const sentence = value.slice(s.index!, s.index! + s[0].length).trim();
    const clauses = [...sentence.text.matchAll(/[^，,；;。！!？?]+/g)];
    const end = clauses.length > 1 ? clauses[1].index! + clauses[1][0].length : clauses[0].index! + clauses[0][0].length;
    const title = sentence.slice(0, end).trim();
    const text = foldHan(sentence.text);
    // who is asked ("请各县区教育行政部门于…"), or the body the sentence opens with before its 请 ("市直学校自评后，请于…")
    const asked = ASKED_BODY.exec(text) ?? (/^[^，,]+[，,]\s*(?:请|請)/.test(text) ? OPENING_BODY.exec(text) : null);
    const received = RECEIVER.exec(text);
    const cell = (m: RegExpExecArray) => sentence.slice(m.index + m[0].length - m[1].length, m.index + m[0].length);
    const unitCells = [
      ...(asked ? [{ role: "lead" as const, cell: cell(asked) }] : []),
      ...(received && !/^(?:上述|上列|该|本|指定)/.test(received[1]) ? [{ role: "lead" as const, cell: cell(received) }] : []),
    ];
    out.push({ ...t, no: "", title, titleConfidence: 0.5, body: sentence, factText: sentence, unitCells, measureItems: [] });
  }
  return out.length ? out : null;
}
