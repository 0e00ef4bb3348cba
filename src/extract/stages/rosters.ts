// Units and people named by their place in the text rather than by a label on the task: an item
// headed by a unit ("1. 教务处负责人：负责…"), a part headed by a department with its contact
// people under the heading ("一、学工部 / 联系人：樊继福 / 体育部：王昊"), and a working group's
// roster ("联络协调组 组 长：王学林 副组长：朱永刚 成 员：…"); and a group named over its roster alone,
// which is no task.
import { SURNAMES } from "./surnames.js";
import { HAN } from "./han.js";
import { foldHan } from "./hanFold.js";
import type { Stitched } from "./stitched.js";
import { gluedNames, splitNames } from "./units.js";
import { isPersonName } from "./people.js";
import type { Para, RawTask } from "./types.js";

export interface Named {
  name: string;
  st: Stitched;
}

// a department's own name: 教务处, 校长办公室, 学工部, 后勤集团, 卫生所, 高一年级组, 学生管理部门
const UNIT_NAME = new RegExp(String.raw`^${HAN}{0,10}(?:办公室|部门|集团|中心|工会|团委|年级组|教研组|备课组|委员会|处|室|科|股|部|所|站|馆|办|局)$`, "u");
// names that end like a department's but say what to do or address everyone
// ("议决督办", "成立…委员会": a step of the work, ending in the body it sets up or in 办 as a verb)
const NOT_UNIT = /^(?:各|有关|相关|全体|所有)?(?:部门|单位|处室|科室|股室)$|组织|实施|开展|推进|落实|做好|加强|建立|完善|制定|督促|指导|统筹|协调|领导|工作|职责|要求|的|和|与|及|成立|组建|设立|召开|举办|[督承交查催转]办$/u;

/** Whether `text` is only a department's name ("教务处", "后勤集团"), not a topic or an address. */
export function isUnitName(text: string): boolean {
  const t = foldHan(text.replace(/\s+/g, ""));
  return t.length >= 2 && UNIT_NAME.test(t) && !NOT_UNIT.test(t);
}

// a working group of the plan named by its work and followed by a colon, "宣传推广小组：负责…", "会场布置组：":
// pooled over every gold the group leads what the item gives it (10 items in 4 corpora, none against);
// not a group whose heads follow its name without a colon ("竞赛组组长：…", a roster: the golds name no unit)
const GROUP_NAME = new RegExp(String.raw`^${HAN}{2,10}组$`, "u");
// (a group named by the several things it shows or runs, "书画、摄影展示组", "讲座与演讲赛活动组": its parts
// set apart by 、 — xhead19)
const LISTED_GROUP = new RegExp(String.raw`^${HAN}{2,8}(?:、${HAN}{1,8}){1,4}组$`, "u");
const NOT_GROUP = /^(?:各|有关|相关|全体|成立|组建|设立)|领导小组$|^第.{1,3}组$/u;

// a government, a party committee or a people's organisation named alone: "各级人民政府", "县政府", "团县委", "市妇联"
const DUTY_GOVERNMENT = new RegExp(String.raw`^(?:各级|各)?${HAN}{0,8}(?:人民政府|政府|委员会|团[省市县区]委|妇联|残联|科协|总工会)$`, "u");
const NUMBERING = /^\s*(?:[（(]?[\d一二三四五六七八九十]{1,3}[)）、.．]\s*|[\u2460-\u2473]\s*[、.．]?\s*|第[一二三四五六七八九十\d]{1,3}[条项、]\s*)?/u;

/**
 * "1. 教务处负责人：负责教学过程中的安全管理…", "（二）总务处：负责…", "2. 教务处" over its duties,
 * "3. 宣传小组：负责…" (a working group of the plan): an item headed by a unit (or its 负责人) that lists that unit's duties; the unit does the work.
 * Null for any other item.
 */
export function unitHeadingItem(body: Stitched): Stitched | null {
  const t = body.text;
  const from = NUMBERING.exec(t)?.[0].length ?? 0;
  const m = /^([^：:，,。；;\n]{2,14}?|[^：:，,。；;\n]{2,24}?组)(?:负责人|负责同志|责任人)?[ \t\u3000]*(?:[：:]|\n(?=\s*\S))/u.exec(t.slice(from));
  const group = m && /[：:]$/.test(m[0]) && (GROUP_NAME.test(m[1]) || LISTED_GROUP.test(m[1])) && !NOT_GROUP.test(m[1]);
  // ("（一）各级人民政府：对本区域…负主要责任": a government or a committee heading its share of a 职责分工, with its colon)
  const government = m && /[：:]$/.test(m[0]) && DUTY_GOVERNMENT.test(foldHan(m[1].trim())) && !NOT_UNIT.test(foldHan(m[1].trim()));
  if (!m || !(isUnitName(m[1]) || group || government)) return postedGroup(body, from);
  return body.slice(from, from + m[1].length).trim();
}

/**
 * "1、宣传组" alone on its item's first line over its roster ("组长：…", "组员：…") and its duties: the group does the
 * item's work, as a group named before a colon does (xevents; a group whose heads follow its name on one line,
 * "竞赛组组长：…", is no such heading). Null for any other item.
 */
export function groupOverItsRoster(body: Stitched): Stitched | null {
  const t = body.text;
  const from = NUMBERING.exec(t)?.[0].length ?? 0;
  const nl = t.indexOf("\n", from);
  if (nl < 0) return null;
  const name = t.slice(from, nl).trim().replace(/^[、.．\s]+/u, "").replace(/\s*[：:]$/u, "");
  const next = t.slice(nl + 1).split("\n").find((l) => l.trim());
  if (!next || !ROSTER_LINE.test(next.trim())) return null;
  if (!(WORK_GROUP.test(name) || LISTED_GROUP.test(name)) || NOT_GROUP.test(name)) return null;
  const at = t.indexOf(name, from);
  return body.slice(at, at + name.length);
}

/**
 * "1.宣传组：甲某、乙某等；" over the group's duties: the people put down after a group's or unit's name head its
 * share, they answer for it (the golds make them its leaders). Only a value of people's names up to the first
 * stop; none where anything else stands there ("宣传组：负责…").
 */
export function headPeople(body: Stitched, head: Stitched): Named[] {
  const t = body.text;
  const at = t.indexOf(head.text);
  const colon = /^[ \t\u3000]*[：:]/.exec(t.slice(at + head.text.length));
  if (at < 0 || !colon) return [];
  const from = at + head.text.length + colon[0].length;
  const stop = t.slice(from).search(/[。；;]/);
  const value = body.slice(from, stop < 0 ? t.length : from + stop).trim();
  if (!value.text) return [];
  // (a wrap the page joined runs two names together, "梁涛胡志忠": cut where each opens with a surname)
  const names = splitNames(value, "person").flatMap((n) => (isPersonName(n.name) ? [n] : gluedAt(n)));
  return names.length && names.every((n) => n) ? (names as Named[]) : [];
}

/** The people of a piece whose names ran together ("梁涛胡志忠"), each with its place; [null] when it is no such run. */
function gluedAt(n: Named): (Named | null)[] {
  const parts = gluedNames(n.name);
  const at = n.st.text.indexOf(n.name);
  if (!parts || at < 0) return [null];
  let off = at;
  return parts.map((name) => ({ name, st: n.st.slice(off, (off += name.length)) }));
}

/** "（一）宣传组负责人（甲、乙）职责：": a group heading its item by its head's post, as "教务处负责人：" does a unit. */
function postedGroup(body: Stitched, from: number): Stitched | null {
  const line = body.text.slice(from).split("\n")[0];
  const name = /(?:负责人|责任人)/.test(line) ? bodyHeading(line) : null;
  const at = name ? body.text.indexOf(name, from) : -1;
  return name && at >= 0 && WORK_GROUP.test(name) ? body.slice(at, at + name.length) : null;
}

// an item's own heading that only names who does a share of the work: a body's name, its heads' post
// and their names in brackets, its duties announced ("后勤安全组负责人（甲、乙）职责：", "宣教处", "各年级负责人（…")
const WORK_GROUP = new RegExp(String.raw`^${HAN}{2,14}组$`, "u");
const BODY_HEADING = new RegExp(String.raw`^(${HAN}{2,14}?)(负责人|责任人|组长)?\s*(?:[（(][^（()）]*(?:[)）]|$))?\s*(?:主要职责|工作职责|职责)?\s*[：:]?$`, "u");

/**
 * What an item's heading names where it names nothing but who does a share of the work ("1、秘书组", "①、训练处",
 * "（一）后勤安全组负责人（甲、乙）职责："): a working group or a department, by its name; null for any other heading.
 * `each` also takes a collective of posts ("各年级负责人（…）"), which heads a share among groups but is no body:
 * named with its post.
 */
export function bodyHeading(heading: string, each = false): string | null {
  const m = BODY_HEADING.exec(heading.trim().replace(/^[、.．\s]+/, ""));
  if (!m) return null;
  const name = m[1];
  if ((WORK_GROUP.test(name) && !NOT_GROUP.test(name)) || isUnitName(name)) return name;
  return each && /^各/.test(name) && /负责人|责任人/.test(m[2] ?? "") ? name + m[2] : null;
}

/** People's names in a list, only those that look like a person's name (two to four characters, a surname first). */
export function personNames(cell: Stitched, labelled = false): Named[] {
  // (after a contact label the names are people's even with a rare surname: "联系人：荆昊")
  return splitNames(cell, "person").filter((n) => n.name.length >= 2 && n.name.length <= (labelled ? 3 : 4) && (labelled || SURNAMES.has(n.name[0])) && !isUnitName(n.name) && !POST_WORD.test(n.name));
}
const POST_WORD = /(?:长|主任|书记|成员|委员|老师|教师|同志|领导)$/u;

const CONTACT_LABEL = /^(?:联系人|负责人|责任人|联络人|具体负责|负责领导|分管领导)\s*[：:]\s*/u;
const NAMES_ONLY = new RegExp(String.raw`^(?:${HAN}[ \t\u3000]?){2,4}(?:[、，,\s]+(?:${HAN}[ \t\u3000]?){2,4})*$`, "u");

/**
 * The people and the assisting units a part names between its heading and its first item:
 * "联系人：郑大远", "联系人：樊继福\n荆 昊" (a names-only line goes on the list), "体育部：王昊"
 * (another unit, which assists, and its person).
 */
export function partContacts(preamble: Stitched): { leaders: Named[]; units: Named[] } {
  const leaders: Named[] = [];
  const units: Named[] = [];
  const t = preamble.text;
  let lastWasNames = false;
  let at = 0;
  while (at < t.length) {
    const nl = t.indexOf("\n", at);
    const end = nl < 0 ? t.length : nl;
    const line = preamble.slice(at, end).trim();
    at = end + 1;
    if (!line.text) continue;
    const label = CONTACT_LABEL.exec(line.text);
    const unit = /^([^：:，,。；;]{2,12}?)\s*[：:]\s*/u.exec(line.text);
    if (label) {
      const people = personNames(line.slice(label[0].length), true);
      leaders.push(...people);
      lastWasNames = people.length > 0;
    } else if (unit && isUnitName(unit[1])) {
      const people = personNames(line.slice(unit[0].length), true);
      // (a unit with nobody named after it, "体育部：赵", is still the unit)
      units.push({ name: unit[1].replace(/\s+/g, ""), st: line.slice(0, unit[1].length) });
      leaders.push(...people);
      lastWasNames = people.length > 0;
    } else if (lastWasNames && NAMES_ONLY.test(line.text)) {
      leaders.push(...personNames(line, true));
    } else lastWasNames = false;
  }
  return { leaders, units };
}

// "组 长：", "副组长：", "总指挥：", an office's "主任：" (web copies space out two-character labels, a wrap may break them);
// members and duties end a value
// ("常务副组长：" is one post: 常务 is no one's name closing the value before it)
const ROSTER_LABEL = /((?:常务)?副?组\s*长|副?总\s*指\s*挥|副?队\s*长|副?主\s*任|成\s*员|组\s*员|职\s*责|主要职责|工作职责)[ \t\u3000]*[：:]/gu;

/**
 * A working group's roster inside its item ("联络协调组组 长:王学林副组长:朱永刚成 员:吴雪莹…职责:①…"):
 * the group's name before the first post, and the people of its 组长 and 副组长 (or 总指挥, 主任) posts — names
 * run together, "万某某熊某某", cut where each opens with a surname —,
 * who answer for it; members are not. Null when the item has no such post.
 */
export function groupRoster(body: Stitched): { name: Stitched | null; leaders: Named[] } | null {
  const t = body.text;
  const bracketed = bracketedHeads(body);
  if (bracketed) return bracketed;
  const hits = [...t.matchAll(ROSTER_LABEL)];
  const posts = hits.filter((h) => /长|挥|任/.test(h[1]));
  if (!posts.length) return null;
  const leaders: Named[] = [];
  hits.forEach((h, i) => {
    if (!/长|挥|任/.test(h[1])) return;
    const from = h.index! + h[0].length;
    let to = i + 1 < hits.length ? hits[i + 1].index! : t.length;
    const stop = t.slice(from, to).search(/[。；;\n]/);
    if (stop >= 0) to = from + stop;
    const people = personNames(body.slice(from, to));
    leaders.push(...(people.length ? people : gluedPeople(body.slice(from, to).trim())));
  });
  const from = NUMBERING.exec(t)?.[0].length ?? 0;
  const first = hits[0].index!;
  const head = first > from ? body.slice(from, first).trim() : null;
  const name = head && head.text.length <= 16 && !/[：:，,。；;]/.test(head.text) ? head : null;
  return { name, leaders };
}

/** "万某某熊某某": the people of a post's value whose names ran together (units.ts `gluedNames`). */
function gluedPeople(value: Stitched): Named[] {
  const parts = gluedNames(value.text) ?? [];
  let at = 0;
  return parts.map((name) => {
    const st = value.slice(at, at + name.length);
    at += name.length;
    return { name, st };
  });
}

// a body's heads in brackets after their post on the item's heading: "后勤安全组负责人（甲、乙、丙）职责：",
// "各年级负责人（三年级：丁、四年级：…）" (a part's label before a name, "三年级：", is no part of it)
const BRACKETED_HEADS = new RegExp(String.raw`^(${HAN}{2,14}?)(?:负责人|责任人|组\s*长)\s*[（(]([^（()）\n]*)(?:[)）]|$)`, "u");

/** The heads a body's heading names in brackets after their post, with the body's name; null where it names none. */
function bracketedHeads(body: Stitched): { name: Stitched | null; leaders: Named[] } | null {
  const from = NUMBERING.exec(body.text)?.[0].length ?? 0;
  const line = body.text.slice(from).split("\n")[0].replace(/^[、.．]/, "");
  const lead = from + body.text.slice(from).indexOf(line);
  const m = BRACKETED_HEADS.exec(line);
  if (!m) return null;
  const inner = lead + m[0].indexOf(m[2], m[1].length);
  const leaders = m[2].split(/[、，,；;]/).flatMap((part, k, all) => {
    const at = inner + all.slice(0, k).reduce((n, p) => n + p.length + 1, 0);
    const label = /^[^：:]*[：:]/.exec(part)?.[0].length ?? 0;
    return personNames(body.slice(at + label, at + part.length));
  });
  if (!leaders.length) return null;
  const name = bodyHeading(m[1]) ? body.slice(lead, lead + m[1].length) : null;
  return { name, leaders };
}

// a share of the work named by a label, then only the people put down for it ("5.医疗保障：甲、乙、丙",
// "3.活动总协调：张滢"); not a group being formed ("成立监察小组：甲 乙 丙") nor a list of its members or judges
// (a run sheet's item may open with its clock time, "9:00——9:30全校集中开会：（甲某）": the label is after it)
const DUTY_LABEL = new RegExp(String.raw`^((?:\d{1,2}[:：]\d{2}[ \t]*(?:[-—–~～至]+[ \t]*\d{1,2}[:：]\d{2})?[ \t]*)?)(${HAN}{2,10}?)[ \t\u3000]*[：:][ \t\u3000]*`, "u");
// the people closing a label's value in brackets ("器材准备：秒表、记录本（甲某）", "全校集中开会：（甲 某）"): what comes
// before the bracket is a short list of things, no sentence
const CLOSING_PEOPLE = /^([^。；;：:（()）\n]{0,20}?)[ \t]*[（(]([^（()）\n]{2,30})[）)][。；;，,\s]*$/u;
const NOT_DUTY_LABEL = /^(?:成立|组建|设立)|(?:成员|组员|委员|评委|对象|人员)$/u;

/**
 * A task named "label：names" whose value is people only: the label names the task and the people answer for it.
 * Null for any other title.
 */
export function peopleOnLabel(title: Stitched): { name: Stitched; people: Named[] } | null {
  const m = DUTY_LABEL.exec(title.text);
  if (!m || NOT_DUTY_LABEL.test(m[2])) return null;
  let value = title.slice(m[0].length).trim();
  // (the people in the brackets closing the value, the things before them no one's name)
  const closing = CLOSING_PEOPLE.exec(value.text);
  if (closing) {
    const at = value.text.indexOf(closing[2], closing[1].length);
    value = value.slice(at, at + closing[2].length);
  }
  const end = value.text.replace(/[。；;，,\s]+$/u, "").length;
  if (!end) return null;
  const people: Named[] = [];
  for (const n of splitNames(value.slice(0, end), "person")) {
    if (isPersonName(n.name)) {
      people.push(n);
      continue;
    }
    // (names set apart by spaces, "甲某 乙某某": each part a name of two or three characters)
    const parts = [...n.st.text.matchAll(/\S+/gu)];
    if (parts.length < 2 || !parts.every((p) => p[0].length >= 2 && isPersonName(p[0]))) return null;
    for (const p of parts) people.push({ name: p[0], st: n.st.slice(p.index!, p.index! + p[0].length) });
  }
  return people.length ? { name: title.slice(m[1].length, m[1].length + m[2].length), people } : null;
}

// A group named over its roster alone lists people, it is no task (structure.ts, taskWalk.ts).
const GROUP_TITLE = /(?:小组|工作组|组)$/;
const FORMS_GROUP = /^(?:成立|组建)/;
// (a roster may name its group again before each post: "领导小组成员：…")
const ROSTER_LINE = /^(?:[\u4e00-\u9fff]{0,8}?(?:小组|组))?(?:组\s*长|副\s*组\s*长|成\s*员|组\s*员|主\s*任|副\s*主\s*任)\s*[：:]/;
const NAMES_LINE = /^[\u4e00-\u9fff]{1,4}(?:\s+[\u4e00-\u9fff]{1,4})+$/;

/** The paragraph at `i` is only a group's name ("竞赛组", "学生组：") and a roster line follows it. */
export function groupOverRoster(paras: Para[], i: number): boolean {
  const t = paras[i].st.text.trim().replace(/[：:]$/, "");
  return t.length <= 10 && GROUP_TITLE.test(t) && !/[，,。；;\s]/.test(t) && i + 1 < paras.length && ROSTER_LINE.test(paras[i + 1].st.text.trim());
}

/** An item that is a group's name over its roster only: no duty, no text but the names. */
// (or a leading group's roster run into its heading: "1、领导小组组长：某某" over "领导小组成员：…"; a working
// group's, "5.器材后勤组组长：…", among groups over their duties is that group's share, its duties left out)
export function rosterOnly(t: RawTask): boolean {
  const title = t.title.text.trim().replace(/[：:]$/, "");
  const runIn = /^[\u4e00-\u9fff]{0,8}领导小组/.test(title) && ROSTER_LINE.test(title);
  if (!GROUP_TITLE.test(title) && !runIn) return false;
  // ("1、成立招生工作小组：" over "组长：…": forming the group is a step of the work, a task whose heads are its
  // leaders — xleaders17, pooled: 3 of the 4 golds that number such an item below a part keep it, 3 corpora)
  if (FORMS_GROUP.test(title)) return false;
  const lines = t.body.text.split("\n").slice(1).map((l) => l.trim()).filter(Boolean);
  return (runIn || lines.some((l) => ROSTER_LINE.test(l))) && lines.every((l) => ROSTER_LINE.test(l) || NAMES_LINE.test(l));
}

// (xtasks22) a part that forms the plan's leading group, lists its roster ("组 长：…" "副组长：…") and then the group's
// duties under a label ("工作职责：" over 1、–4、): forming the group is the part's one task, named by its heading, and the
// duties are what the group does, its measures — not tasks of their own beside the plan's work
const FORMS_LEADING_GROUP = /^(?:成立|组建)[^，,。；;：:]{0,20}领导小组$/;
const DUTIES_LABEL = /(?:^|\n)\s*(?:工作|主要)?职责\s*[：:]\s*(?:\n|$)/;
const ROSTER_HEAD = /(?:^|\n)\s*(?:组\s*长|副\s*组\s*长)\s*[：:]/;

/** The tasks with a group-forming part's duties folded into one task, the part's, its duties its measures. */
export function groupDutiesAsMeasures(text: string, tasks: RawTask[], headOf: (span: [number, number]) => Stitched): RawTask[] {
  const out: RawTask[] = [];
  for (let i = 0; i < tasks.length; i++) {
    const s = tasks[i].section;
    if (!s?.span || !FORMS_LEADING_GROUP.test(foldHan(s.title.replace(/\s+/g, "")))) {
      out.push(tasks[i]);
      continue;
    }
    // the part's run of tasks, scanned forward only (a slice of the rest per task was quadratic on a long plan)
    let end = i + 1;
    while (end < tasks.length && !(tasks[end].section !== s && (tasks[end].section?.no !== s.no || tasks[end].section?.title !== s.title))) end++;
    const n = end - i;
    const part = tasks.slice(i, end);
    if (n < 2 || part.some((t) => !t.no)) {
      out.push(tasks[i]);
      continue;
    }
    const before = foldHan(text.slice(s.span[1], part[0].body.span()[0]));
    if (!ROSTER_HEAD.test(before) || !DUTIES_LABEL.test(before)) {
      out.push(tasks[i]);
      continue;
    }
    const head = headOf(s.span);
    const at = head.text.lastIndexOf(s.title.trim());
    const title = at >= 0 ? head.slice(at, at + s.title.trim().length) : head;
    const body = headOf([s.span[0], part[n - 1].body.span()[1]]);
    out.push({ no: "", section: s, title, titleConfidence: 0.6, body, unitCells: [], measureItems: part.map((t) => t.title), factText: body, confidence: Math.min(...part.map((t) => t.confidence)) });
    i += n - 1;
  }
  return out;
}
