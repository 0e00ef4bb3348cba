// Sections and tasks of a prose plan.
//
// Chinese official documents number their parts 一、 → （一） → 1. → （1） → ①, and enumerate
// points as 一是… 二是…. Which of these levels holds the tasks differs from plan to plan:
//   - the level that carries the responsibility phrases (牵头单位：…, （责任股室：…）) is the task
//     level: the deepest level most of whose items name their own units;
//   - without units, the deepest of 1. / 一是 / （一） / 一、 that occurs more than once; but
//     1. items that restart at 1 under every heading-like （一） item are that item's measures;
//   - levels above the task level give the sections, deeper ones the measures.
// Speeches and reports (同志们…, …上的讲话) that assign no one anything hold no tasks.
import { subsectionsOverLists } from "./subsections.js";
import type { ExtractedSection } from "../model.js";
import { cnToInt, numbering, numberValue, type Numbered } from "./numbering.js";
import { Stitched } from "./stitched.js";
import { splitItems } from "./tables.js";
import type { Para, RawTask, Stage } from "./types.js";
import { findTargets } from "./targets.js";
import { hasResponsibility } from "./units.js";
import { findDoers } from "./doers.js";
import { HAN_RANGES } from "./han.js";
import { REPORT_LABEL, TASK_LABEL } from "./blockLabels.js";
import { datedLineTasks } from "./datedLines.js";
import { monthWorkLists } from "./monthLists.js";
import { projectProseTasks } from "./projectProse.js";
import { clauseCutEnd, leadTimeEnd } from "./titleCut.js";
import { runSheetHeads } from "./runSheets.js";
import { bodyHeading } from "./rosters.js";

// Parts of a plan that are not tasks: guiding ideas, goals, principles, safeguards, requirements.
const NON_TASK_HEADING = /^(指导思想|总体要求|总体目标|工作目标|主要目标|目标任务|基本原则|工作原则|保障措施|工作要求|组织保障|组织领导|组织机构|组织实施|实施步骤|工作步骤|有关要求|工作保障|时间安排|进度安排|工作机制|推进机制|实施范围|适用范围|背景|工作背景|[\u4e00-\u9fff]{2}(?:原则|对象)(?:$|[和与及、])|[\u4e00-\u9fff]{0,4}(?:目的|依据|源起|缘起|缘由|意义)(?:$|[和与及、]))/;
// the items numbered under a part of goals ("二、工作目标" over "1. 提高…" "2. 建立…") are work the plan
// asks for, tasks like those of its task parts (pooled golds: every such item is a task) where the plan has
// task parts of its own; the heading itself is none
const GOALS_PART = /^(?:总体目标|工作目标|主要目标|目标任务)/;
// a framing part that names duties ("四、组织机构及其主要职责", "领导小组下设机构和工作职责") holds work: its
// numbered duties are tasks (pooled golds: 77 of 83 items under such headings)
const DUTIES_PART = /职责|分工/;
// a heading over the working groups and their duties: "2、各应急小组及职责：", "（二）各工作组负责人及工作职责"
const GROUPS_DUTIES = /组(?!织).{0,8}(?:职责|分工)/;
// a part headed 组织领导 alone holds work: forming the group and what it is to do ("四、组织领导" over
// "1、成立活动领导小组。" "2、领导小组成员要…"; pooled golds: every such part, 3 documents of 3 corpora)
const LEADERSHIP_PART = /^组织领导$/;
// a part of demands on whoever does the work: 工作要求, 有关要求
// a heading that only names a kind of requirements or measures: 活动要求, 保障措施
const CONTAINER_TITLE = /(?:要求|措施)$/;
const DEMANDS_PART = /^(?:工作要求|有关要求)/;
// (the last: why and on what ground a plan is made — "壹、計畫源起", "一、活动目的", "贰、编制依据" — frames it; not goals: a "主要工作目标" part may list the work)

// The framing parts themselves, as an item's whole heading ("（一）指导思想", "一、总体要求", "二、工作方针"):
// an item named so frames the plan, it is no task, at whatever level it stands
const FRAMING_TITLE = /^(?:指导思想|总体要求|总体目标|总体思路|工作思路|总体思想|工作方[针針]|基本原则|工作原则|主要目标|工作目标|目标任务|组织领导|领导小组|组织机构|保障措施|工作保障|组织保障|年度定位|背景|工作背景)(?:[和与及、](?:指导思想|总体要求|总体目标|总体思路|工作思路|基本原则|工作原则|主要目标|工作目标|目标任务|年度定位|工作方[针針]|主要任务))*$/;
// the heading of the part that holds a plan's tasks
const TASKS_PART = /^(?:主要工作|主要任务|重点工作|重点任务|工作任务|工作重点|工作措施|主要措施|具体措施|工作内容|主要内容|重点工作任务)(?:及(?:措施|要求))?$/;
// a part's name run into the part's text without a break ("主要任务此次…", not "主要任务是…" or "主要任务：")
const RUN_IN_PART = new RegExp(`^(${TASKS_PART.source.slice(1, -1)}|指导思想|总体要求|工作目标|基本原则|领导小组|组织领导|保障措施|工作要求)(?![是为有：:，,。；;\\s及和与])(?=[\\u4e00-\\u9fff])`);
// in a notice (放假、开学…的通知) its 时间安排 and 工作要求 are what it asks for, not a frame around tasks
const NOTICE_ARRANGEMENT = /^(?:时间安排|工作要求|有关要求|进度安排)/;

// the traditional forms of the characters those headings are written with (a plan copied from a
// page in traditional script: "二、主要目標", "（二）工作方針")
const TRAD: Record<string, string> = { 據: "据", 緣: "缘", 義: "义", 總: "总", 體: "体", 導: "导", 標: "标", 針: "针", 則: "则", 務: "务", 組: "组", 織: "织", 領: "领", 機: "机", 構: "构", 與: "与", 時: "时", 間: "间", 進: "进", 關: "关", 護: "护", 實: "实", 動: "动", 負: "负", 責: "责", 經: "经", 費: "费", 預: "预", 賽: "赛", 項: "项", 來: "来", 資: "资", 會: "会" };
const TRAD_CODES = new Uint8Array(0x10000);
const TRAD_RE = new RegExp(`[${Object.keys(TRAD).join("")}]`, "g");
for (const c of Object.keys(TRAD)) TRAD_CODES[c.charCodeAt(0)] = 1;
// (most texts hold none of these: a table lookup per character tells so faster than the pattern)
const simplified = (s: string) => {
  for (let i = 0; i < s.length; i++) if (TRAD_CODES[s.charCodeAt(i)]) return s.replace(TRAD_RE, (c) => TRAD[c]);
  return s;
};

// (xparts16, pooled) a heading that names a fact of the event rather than work — its theme, who it is for,
// where it is held, the committee that runs it ("二、活动主题", "三、参加对象", "一、举办日期与地点",
// "四、艺术节组委会"): the golds drop 41 of 42 such headings (8 corpora; kept: one "比赛时间、地点"); the
// items under one stay tasks. A sentence is no such heading ("2.及时认定资助对象。" is work), nor is a
// heading that opens with the act ("三、成立组委会", "一、征集活动主题")
const FACT_TITLE = /^(?!成立|组建|确定|明确|征集|选定|拟定|公布|发布)[^，,。；;]*(?:主题|对象|地点|组委会)$/;
// (xwild17, unseen pages) an event plan's other facts, as a whole heading: why it is held, who answers for it, what
// it costs ("一、活动背景", "二、活动负责人", "七、经费预算", "活动背景与目的"): no work; the items under one stay tasks
const EVENT_FACT = /^(?:活动|项目|比赛|竞赛|晚会)?(?:背景|目的|负责人|经费预算|经费|预算|资金来源与预算|经费来源与预算)(?:[与及和、](?:目的|意义|预算))?$/;
// (xwild17) a framing part named as the run-in lead of its item ("（一）指导思想。以…", "1.基本原则：坚持…"), the
// kinds that never hold work (not goals: an excerpt of 工作目标 and 实施步骤 asks for its goals)
const FRAMING_LEAD = /^(?:指导思想|总体要求|总体思路|工作思路|基本原则|工作原则|背景|工作背景)[。：:]/;

/** The item's own heading (without its number) is one of the plan's framing parts. */
export function framing(p: Para, n: Num): boolean {
  const t = simplified(headingTitle(p, n)).replace(/[“”"《》]/g, "");
  // (a short one run in only before a label: "三、领导小组组长:XX成员:XXX")
  if (t.length <= 16 && (FRAMING_TITLE.test(t) || !/[：:]/.test(t))) return FRAMING_TITLE.test(t) || ((FACT_TITLE.test(t) || EVENT_FACT.test(t)) && !/[。；;]$/.test(p.st.text.trim()));
  if (FRAMING_LEAD.test(simplified(p.st.text.trim().slice(n.length).trim()))) return true;
  // a framing heading run into its text by a page that lost the line breaks ("二、工作目标通过开展…")
  return n.level <= 2 && RUN_IN_FRAMING.test(t);
}
const RUN_IN_FRAMING = /^(?:指导思想|总体要求|总体目标|总体思路|工作思路|基本原则|工作原则|主要目标|工作目标|领导小组|组织机构|组织领导|保障措施)(?![和与及、，,。；;：:）)])/;

/** Level 6 is the 一是/二是 enumeration, level 7 the 壹、貳、 parts above 一、; RANK orders the levels by nesting depth. */
export type Lv = 1 | 2 | 3 | 4 | 5 | 6 | 7;
export const RANK: Record<Lv, number> = { 7: 0, 1: 1, 2: 2, 3: 3, 6: 3.5, 4: 4, 5: 5 };
export interface Num extends Omit<Numbered, "level"> {
  level: Lv;
}

// "一是深化…" at the start of a paragraph; not "一是否…"
const SHI_RE = /^([一二三四五六七八九十]{1,3})是(?![否指由因为不非])\s*/;
const DATE_LINE = /^[（(]?\s*(?:\d{4}|[〇○零一二三四五六七八九]{4})\s*年\s*(?:\d{1,2}|[一二三四五六七八九十]{1,2})\s*月\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*日\s*[）)]?$/;
const ORG_LINE = new RegExp(String.raw`^[${HAN_RANGES}（）()\s]{2,40}(局|委员会|工委|政府|小组|办公室|中心|委|厅|党组|党委|学校|中学|小学|幼儿园|学院|大学|中专|教育局)$`, "u");
const SPEECH_TITLE = /(讲话|致辞|发言|讲话稿|报告)$/;
const SALUTATION = /^(同志们|各位(代表|领导|同志)|老师们)[：:，,！!]?$/;

// a month heading of a month-by-month schedule: "九月：文明习惯养成月", "一月（2025年）：…", "2025年1月：", "3月份"
// (a short name of the month's part may follow: "二月园务工作", "三月份 教学安排")
const MONTH_HEAD = /^(?:(20\d{2})\s*年\s*)?(十[一二]?|[一二三四五六七八九]|1[0-2]|[1-9])\s*月份?\s*(?:[（(]\s*(20\d{2})\s*年\s*[）)])?\s*(?:[\u4e00-\u9fff]{1,8}\s*)?(?:[：:]|$)/;
// (a web copy that saved its line breaks as commas prints it "三月,"; the comma is no part of it)
const monthHeadText = (t: string): string => t.replace(/^((?:20\d{2}\s*年\s*)?(?:十[一二]?|[一二三四五六七八九]|1[0-2]|[1-9])\s*月份?)\s*[,，]+$/, "$1");
// a label line between a month heading and its items ("常规事项：", "季节性工作:")
const ITEMS_LABEL = /^[^。；;]{2,40}[：:][\s,，]*$/;

// the title of a plan for one month: "四月园部月计划", "2025年3月份工作安排", "九月工作要点" (not "3月至6月")
const MONTH_PLAN_TITLE = /(?<![\d一二三四五六七八九十至到—-])(十[一二]?|[一二三四五六七八九]|1[0-2]|[1-9])月份?(?:[\u4e00-\u9fff]{0,8}?)(?:工作|园务|园部|教学|德育|教研)?(?:月?计划|安排|要点|行事历)$/;
const titleSpan = (span: [number, number] | undefined, text: string): [number, number] => (span ? [span[0], Math.min(span[1], text.length)] : [0, 0]);

// a plan's period on a line of its own: "2023-9-11—2023-9-15", "2031年3月2日至3月6日"
const PERIOD_LINE = /^[（(]?\s*(20\d{2})\s*[-年./]\s*(\d{1,2})\s*[-月./]\s*(\d{1,2})\s*日?\s*(?:[—–\-~～至到]+)\s*(?:(20\d{2})\s*[-年./]\s*)?(?:(\d{1,2})\s*[-月./]\s*)?(\d{1,2})\s*日?\s*[）)]?$/;
const WEEKDAY = /(?:周|星期|礼拜)([一二三四五六日天])/;

/** The period a short plan states under its title, before its first numbered item: its last day and each weekday's date. */
function periodOf(paras: Para[], nums: (Num | null)[]): { scheduled: NonNullable<RawTask["scheduled"]>; dayOf: (title: string) => NonNullable<RawTask["scheduled"]> } | null {
  const first = nums.findIndex((n) => n);
  for (let i = 0; i < Math.min(first < 0 ? 0 : first, 4); i++) {
    const m = PERIOD_LINE.exec(paras[i].st.text.trim());
    if (!m) continue;
    const start = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
    const end = new Date(Date.UTC(Number(m[4] ?? m[1]), Number(m[5] ?? m[2]) - 1, Number(m[6])));
    const days = Math.round((end.getTime() - start.getTime()) / 86400000);
    if (Number.isNaN(days) || days < 0 || days > 31 || end.getUTCDate() !== Number(m[6])) return null;
    const iso = (d: Date) => d.toISOString().slice(0, 10);
    const st = paras[i].st.trim();
    const scheduled = { by: iso(end), year: end.getUTCFullYear(), st, exact: true };
    return {
      scheduled,
      dayOf: (title) => {
        const w = WEEKDAY.exec(title);
        if (!w) return scheduled;
        const want = "日一二三四五六".indexOf(w[1] === "天" ? "日" : w[1]);
        for (let k = 0; k <= days; k++) {
          const d = new Date(start.getTime() + k * 86400000);
          if (d.getUTCDay() === want) return { by: iso(d), year: d.getUTCFullYear(), st, exact: true };
        }
        return scheduled;
      },
    };
  }
  return null;
}

export function paraNumbering(p: Para): Num | null {
  if (p.numbering) {
    const n = numbering(p.numbering);
    if (n) return { ...n, length: 0 };
  }
  const t = p.st.text.trimStart();
  const n = numbering(t);
  if (n) return n;
  const shi = SHI_RE.exec(t);
  if (shi) return { level: 6, no: shi[1], length: shi[0].length };
  // "●新建公办幼儿园2所…", "△实施…": a bullet sets an item apart as 一是/二是 does, without a number
  const bullet = BULLET_RE.exec(t);
  return bullet ? { level: 6, no: "", length: bullet[0].length } : null;
}
const BULLET_RE = /^[●○■□◆◇▲△★☆▪►]\s*(?=[\u4e00-\u9fff“（(])/;

const LABEL_WORD = "(?:时间|日期|地点|安排|对象|范围|方式|内容|人员|期限|时限|形式|主题|流程|程序|目标)";
const ITEM_LABEL = new RegExp(String.raw`^([\u4e00-\u9fff]{0,10}${LABEL_WORD})\s*[：:]\s*\S`);
const LABEL_THEN_DATE = new RegExp(String.raw`^([\u4e00-\u9fff]{1,8}(?:时间|日期))(?=\s*(?:20\d{2}\s*年|\d{1,2}\s*月|[一二三四五六七八九十]{1,3}月))`);

// (a page that prints the reading of a character after it — "實(shí)事工程" — reads the same)
const LEAD_LABEL = /^((?:[\u4e00-\u9fff](?:[（(][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,6}[）)])?){2,12})\s*[：:]\s*/;

export function titleOf(p: Para, n: Num | null): { st: Stitched; confidence: number } {
  const st = p.st.trim();
  const off = n?.length ?? 0;
  if (p.boldPrefix) {
    const bp = p.boldPrefix.trim();
    // the bold lead-in may carry the number: "1." or the 一是/二是 of an enumeration
    const nn = numbering(bp) ?? (SHI_RE.exec(bp) ? { length: SHI_RE.exec(bp)![0].length } : null);
    const start = st.text.indexOf(bp);
    if (start >= 0) {
      let s = st.slice(start + (nn?.length ?? 0), start + bp.length).trim();
      s = s.slice(0, s.text.replace(/[。；;：:，,\s]+$/, "").length);
      if (s.text) return { st: s, confidence: 0.95 };
    }
  }
  let body = st.slice(off).trim();
  // a task quoted from a report ("1.“扩大普惠性学前教育资源。…”"): the opening quote is not part of its name
  // ("一、“书香”文化公园建设项目": a quoted name opening the title keeps its quotes)
  if (/^[“‘「『"]/.test(body.text)) {
    const close = body.text.search(/[”’」』"]/);
    const stop = body.text.search(/[。！？!?]/);
    if (close < 0 || (stop >= 0 && close > stop) || close >= body.text.replace(/[。；;，,\s]+$/, "").length - 1) body = body.slice(1).trim();
  }
  const t = body.text;
  // a part heading run into its text ("四、主要任务此次在我校…": the line break was lost): the part's name
  const part = n && n.level === 1 ? RUN_IN_PART.exec(simplified(t)) : null;
  if (part) return { st: body.slice(0, part[1].length), confidence: 0.6 };
  // an item that is a label and its value ("集中报到时间：3月1日", "报到地点:体育馆", or the label
  // run into its date: "返校时间9月1日…"): the label names it
  const named = ITEM_LABEL.exec(t) ?? LABEL_THEN_DATE.exec(t);
  if (named && !/^(?:牵头|责任|配合|协办|主办|联系)/.test(named[1])) return { st: body.slice(0, named[1].length), confidence: 0.8 };
  // an item named by a short label before its text ("学前教育：在园幼儿达到…，入园率达到…",
  // "后勤保育：1）严格执行…", "学生：由教务处…通知"): the label names it; not a list of short
  // items after the label ("开学准备：员工大会、宣布计划、清洁消毒"), which is the name itself
  // (a short label before one whole sentence names it too: "小学：全区各类小学拟招收新生4480人。";
  // so does a label before a sentence that runs on past a list in its first clause: "观影会：邀请家长、
  // 校友观看，交流感受")
  const lead = LEAD_LABEL.exec(t);
  if (lead && !/^(?:牵头|责任|配合|协办|主办|联系)/.test(lead[1])) {
    const rest = t.slice(lead[0].length);
    const firstClause = rest.split(/[，,。；;]/)[0];
    // (a first clause that is a list of short names, "沙池、鱼缸、花架，每周换水", is the name's own)
    const runsOnPastList = /^[^。！？!?]*?[，,]/.test(rest) && firstClause.split("、").some((x) => x.trim().length > 4);
    if (rest.length >= 12 && (/^\s*(?:\d{1,2}[)）]|[（(]\d{1,2}[)）]|[\u2460-\u2473]|由)/.test(rest) || ((!/、/.test(firstClause) || runsOnPastList) && firstClause.length >= 6 && (/[，,]/.test(rest) || (lead[1].length <= 6 && /^[^。；;]+。$/.test(rest.trim())))))) return { st: body.slice(0, lead[1].length), confidence: 0.75 };
  }
  // a heading run into its text with no punctuation between ("一、切实做好评价和考核统筹抓好…，…"):
  // a long first clause in which a second action opens after the heading's words is cut there
  const headCut = n && n.level <= 2 ? runInHeadingEnd(t) || runInNounHeadEnd(t) : 0;
  if (headCut) return { st: body.slice(0, headCut), confidence: 0.6 };
  let end = t.length;
  const stop = /[。！？!?]/.exec(t);
  if (stop) end = stop.index;
  // "…，牵头单位：X" closing the item's first clause names who does it; it is no part of the name
  // (and so does a bracket that names who leads it: "宣传组：（某副校长牵头）")
  // ("（教研室牵头，各中小学配合）", "【责任单位：学前股】", "，由基建股负责，财务股配合" too)
  const label = /[（(【\[](责任|牵头|配合|协办)|[（(][^（()）]{1,16}(?:牵头|负责)[）)，,；;]|[，,；;\s]\s*(?:牵头|责任|配合|协办)(?:单位|部门|科室|股室|处室)\s*[：:]|[，,]\s*由[^，,。；;（()）]{2,20}(?:牵头|负责)(?=[，,。；;]|$)|[，,]\s*(?:时间|地点|内容|主讲人?|参加人员|参加对象|活动地点|活动时间)\s*[：:]/.exec(t);
  if (label && label.index < end) end = label.index;
  let conf = stop ? 0.85 : 0.75;
  // a clause that only says when opens no name; a sentence too long to name the task is named by its
  // leading clauses (see titleCut.ts)
  const from = leadTimeEnd(t.slice(0, end));
  const cut = clauseCutEnd(t.slice(from, end));
  if (cut) {
    end = from + cut;
    conf = 0.5;
  } else if (end - from > 60) {
    const semi = /[：:；;]/.exec(t.slice(from, end));
    end = from + (semi ? semi.index : 60);
    conf = 0.5;
  }
  const s = body.slice(from, end);
  const nameText = s.text.replace(/[。；;：:，,\s]+$/, "");
  // a bracket of days closing the name ("决赛（5月6日—5月9日）。") dates it, as a deadline does; it is no
  // part of the name (a name that goes on after it, "初赛（…）：线上报名", keeps it; so does a month or a
  // part of one, "复查阶段（6月下旬）", which may name a stage of the work)
  const when = /^[：:]/.test(t.slice(from + nameText.length).trimStart()) ? null : DATES_BRACKET.exec(nameText);
  return { st: s.slice(0, when ? when.index : nameText.length), confidence: conf };
}

const DAY = String.raw`(?:\d{2,4}\s*年\s*)?(?:\d{1,2}\s*月\s*\d{1,2}\s*[日号號]?|\d{1,2}\s*[日号號])`;
const DATES_BRACKET = new RegExp(String.raw`(?<=[^\s（(])\s*[（(]\s*${DAY}(?:\s*(?:至|到|—|－|-|~|～)\s*${DAY})?\s*[）)]$`);

/** Words that open a sentence of a plan's text: an action, or the adverb before one. */
const ACTION_OPEN = /(?:加强|统筹|积极|指导|推动|推进|落实|完善|健全|深化|持续|全面|进一步|认真|切实|扎实|坚持|围绕|按照|根据|组织|督促|建立|实施|强化|着力|不断|继续|严格|大力|全力|依法)/g;

/**
 * Where a numbered heading typed into its text without punctuation ends, or 0: a heading that
 * opens with an action ("切实做好…") whose first clause is long (over 20 characters), and at least 8
 * characters in, not right after a conjunction nor inside a cited title, a second action opens the text.
 */
const ACTION_HEAD = new RegExp(`^(?:${ACTION_OPEN.source}|做好|开展|提升|提高|加快|优化|规范|促进|抓好|打造|巩固)`);

/**
 * Where a four-character heading that names a thing ("培养形式", "集中研修") ends when a page lost
 * the break after it and its text opens with how it is done ("…按照…的思路", "…通过专家讲座…"), or 0.
 */
const RUN_IN_NOUN_HEAD = /^([\u4e00-\u9fff]{4})(?=(?:通过|采用|采取|按照|依托|利用)[\u4e00-\u9fff“"])/;
export function runInNounHeadEnd(t: string): number {
  const m = RUN_IN_NOUN_HEAD.exec(t);
  if (!m || ACTION_HEAD.test(m[1])) return 0;
  const clause = /^[^，,。；;：:！？!?（(《]*/.exec(t)![0];
  return clause.length >= 12 ? 4 : 0;
}

export function runInHeadingEnd(t: string): number {
  const clause = /^[^，,。；;：:！？!?（(《]*/.exec(t)![0];
  if (clause.length <= 20 || !ACTION_HEAD.test(clause)) return 0;
  ACTION_OPEN.lastIndex = 8;
  for (let m = ACTION_OPEN.exec(clause); m; m = ACTION_OPEN.exec(clause)) {
    if (m.index > 30) break;
    if (!/[和与及并、或]/.test(clause[m.index - 1]) && t.length - m.index >= 8) return m.index;
  }
  return 0;
}

// a bracket closing a paragraph that names who is responsible ("…约谈（责任科室：督导科；配合科室：人事科）")
const CLOSING_UNITS = /[（(][^（()）]{0,12}(?:责任|牵头)[^（()）]{0,12}[：:][^（()）]*[）)]\s*$/;

/** A signature at the end: a date line, or an issuing body's name right above one. */
function isSignature(paras: Para[], i: number): boolean {
  const t = paras[i].st.text.trim();
  if (DATE_LINE.test(t)) return true;
  const next = paras[i + 1]?.st.text.trim() ?? "";
  return t.length <= 40 && !/[，。；：:]/.test(t) && ORG_LINE.test(t) && DATE_LINE.test(next);
}

function repeatsTitle(t: string, meta: Parameters<Stage>[0]["meta"]): boolean {
  const c = t.replace(/\s+/g, "");
  const title = meta?.title?.replace(/\s+/g, "") ?? "";
  const no = meta?.docNumber?.replace(/\s+/g, "") ?? "";
  return (title.length >= 6 && c.includes(title) && c.length <= title.length + 30) || (no.length >= 5 && c.startsWith(no) && c.length <= no.length + title.length + 4);
}

/** Task level from who is responsible: the deepest level most of whose items name their own units. */
function levelByUnits(paras: Para[], nums: (Num | null)[], candidates: Lv[]): Lv | null {
  let best: Lv | null = null;
  for (const lv of candidates) {
    const rank = RANK[lv];
    let items = 0,
      withUnits = 0,
      // units only ever after the last item of a run, while earlier items of the runs have none:
      // the lines close the parent's block ("（1）… （2）… （责任科室：…）"), they are not the items'
      unitsOnlyOnLast = true,
      unitlessEarlier = false;
    for (let i = 0; i < paras.length; i++) {
      if (nums[i]?.level !== lv) continue;
      items++;
      let nextNum = i + 1;
      while (nextNum < paras.length && !nums[nextNum]) nextNum++;
      const lastOfRun = nextNum >= paras.length || RANK[nums[nextNum]!.level] < rank;
      // own text: the item, the unnumbered paragraphs right after it, and the unnumbered
      // paragraphs that close its block after its last sub-item ("牵头单位：…" under 1. 2. 3.)
      let own = paras[i].st.text;
      let j = i + 1;
      for (; j < paras.length && !nums[j]; j++) own += "\n" + paras[j].st.text;
      let end = j;
      while (end < paras.length && !(nums[end] && RANK[nums[end]!.level] <= rank)) end++;
      let k = end;
      while (k > j && !nums[k - 1]) k--;
      for (let m = Math.max(k, j); m < end; m++) own += "\n" + paras[m].st.text;
      // a wrapped text may glue the block's closing "（责任科室：…）" to its last numbered measure
      if (!hasResponsibility(own) && end - 1 > i && nums[end - 1] && RANK[nums[end - 1]!.level] > rank) {
        const tail = CLOSING_UNITS.exec(paras[end - 1].st.text);
        if (tail && hasResponsibility(tail[0])) own += "\n" + tail[0];
      }
      if (hasResponsibility(own)) {
        withUnits++;
        if (!lastOfRun) unitsOnlyOnLast = false;
      } else if (!lastOfRun) unitlessEarlier = true;
    }
    if (withUnits && unitsOnlyOnLast && unitlessEarlier && best !== null) continue;
    if (items >= 2 && withUnits >= items * 0.6 && (best === null || rank > RANK[best])) {
      if (underOneOfSiblings(nums, lv)) continue;
      best = lv;
    }
  }
  return best;
}

/**
 * For each numbered item, the nearest numbered item above it at a shallower level (-1 if none), in one
 * pass with a stack of the open levels: scanning back from every item was quadratic over the paragraphs.
 */
function shallowerAbove(nums: (Num | null)[]): Int32Array {
  const up = new Int32Array(nums.length).fill(-1);
  const open: number[] = [];
  for (let i = 0; i < nums.length; i++) {
    const n = nums[i];
    if (!n) continue;
    const rank = RANK[n.level];
    while (open.length && RANK[nums[open[open.length - 1]]!.level] >= rank) open.pop();
    if (open.length) up[i] = open[open.length - 1];
    open.push(i);
  }
  return up;
}

/**
 * Every item of the level sits under one parent, an item with two siblings or more at its level that hold
 * none ("3、准备工作" over "（1）…（负责人：…）" among "1、成立…" "2、…" "4、…"): the items are that one
 * parent's measures, whoever they name; the parents' level holds the tasks.
 */
function underOneOfSiblings(nums: (Num | null)[], lv: Lv): boolean {
  const up = shallowerAbove(nums);
  const parentOf = (i: number): number => up[i];
  const items = nums.flatMap((n, i) => (n?.level === lv ? [i] : []));
  const parents = new Set(items.map(parentOf));
  if (parents.size !== 1) return false;
  const p = [...parents][0];
  if (p < 0) return false;
  const grand = parentOf(p);
  const siblings = nums.filter((n, i) => n?.level === nums[p]!.level && i !== p && parentOf(i) === grand).length;
  return siblings >= 2;
}

const sentenceLike = (t: string) => t.length >= 20 && /[，,、]/.test(t) && /[。；;]/.test(t);
const headingLike = (t: string) => t.length <= 20 && !/[，,。；;]/.test(t.replace(/[。；;：:]$/, ""));

/**
 * The level the numbering tree puts the tasks at, from the level the counts chose:
 *   - items whose parents are sentences that describe work ("三、各校要建立…制度，…。" over 1、2、)
 *     are the parents' measures: the parents are the tasks;
 *   - items that are short headings ("2.1教学质量指标", "二、主要任务") over a deeper list that runs
 *     on from parent to parent (①…⑩ across four headings) or sits under a single heading are
 *     sections: the deeper list holds the tasks.
 */
function levelByHeadings(paras: Para[], nums: (Num | null)[], lv: Lv): Lv {
  // parents of the level's items: the nearest shallower numbered item above each
  const up = shallowerAbove(nums);
  const parentOf = (i: number): number => up[i];
  const own = (i: number) => paras[i].st.text.trim().slice(nums[i]!.length).trim();
  const items = nums.flatMap((n, i) => (n?.level === lv ? [i] : []));
  const parents = [...new Set(items.map(parentOf))];
  // (not a heading run into its text: "二、培养形式按照…的思路，…。" over "（一）集中研修通过…")
  if (items.length && parents.every((j) => j >= 0 && sentenceLike(own(j)) && !runInNounHeadEnd(own(j))) && new Set(parents.map((j) => nums[j]!.level)).size === 1) {
    return nums[parents[0]]!.level;
  }
  if (parents.length >= 2 && parents.every((j) => j >= 0) && new Set(parents.map((j) => nums[j]!.level)).size === 1 && fieldsOfParents(items, parentOf, own)) {
    return nums[parents[0]]!.level;
  }
  const schedule = datedChildren(paras, nums, items, own);
  if (schedule) return schedule;
  if (RANK[lv] > 2) return lv;
  const kept = items.filter((i) => !framing(paras[i], nums[i]!));
  if (!kept.length || !kept.every((i) => headingLike(own(i)))) return lv;
  // the first numbered item under each heading, if deeper
  const childLevels = kept.map((i) => {
    let j = i + 1;
    while (j < paras.length && !nums[j]) j++;
    return j < paras.length && RANK[nums[j]!.level] > RANK[lv] ? nums[j]!.level : null;
  });
  const d = childLevels[0];
  if (!d || !childLevels.every((c) => c === d)) return lv;
  // headings that each name a post's or a body's duties ("一、主考职责", "二、班主任岗位职责") over
  // numbered duties: each duty is a task, the numbering restarting under each post
  if (kept.length >= 2 && kept.every((i) => /职责$/.test(simplified(own(i)).replace(/[：:]$/, "")))) return d;
  if (kept.length >= 2) {
    // the deeper list runs on across the headings: 1, 2, 3 under the first, 4, 5 under the next
    const values = nums.flatMap((n) => (n?.level === d && n.no ? [numberValue(n as Numbered)] : []));
    if (!values.every((v, k) => k === 0 || v === values[k - 1] + 1)) return lv;
  }
  return d;
}

// a field label that opens an item: "考核任务：…", "完成情况：…" (a field is named by a phrase; a
// shorter label names whom the item is for — "学生：…", "教职工：…" — and such items are tasks)
const FIELD_LABEL = /^([^，,。；;：:、\s]{4,8})[：:]/;

/**
 * Items that are the fields of their parents: every item opens with a short label ("1、考核任务：…",
 * "2、完成情况：…") and the same labels come back under every parent — the parents are the tasks.
 */
function fieldsOfParents(items: number[], parentOf: (i: number) => number, own: (i: number) => string): boolean {
  const byParent = new Map<number, string[]>();
  for (const i of items) {
    const label = FIELD_LABEL.exec(own(i));
    if (!label) return false;
    const p = parentOf(i);
    byParent.set(p, [...(byParent.get(p) ?? []), label[1]]);
  }
  const lists = [...byParent.values()];
  if (lists.length < 2 || lists.some((l) => l.length < 2)) return false;
  // every label is one that comes back under another parent
  return lists.every((l, k) => l.every((x) => lists.some((m, n) => n !== k && m.includes(x))));
}

// a line that opens with a date: "2023年1月6日…", "9月1日…", "3/14…"
const DATED_START = /^(?:(?:19|20)\d{2}\s*年\s*)?\d{1,2}\s*月(?:\s*\d{1,2}\s*[日号])?|^\d{1,2}\s*[\/／]\s*\d{1,2}(?!\d)/;
// a heading that names a period: a year, a term, a season, a month or a week
const PERIOD_HEADING = /\d{4}\s*年|学期|學期|学年|學年|[春夏秋冬]季|\d{1,2}\s*月|周|週/;

/**
 * A schedule: the level's items are short headings that name a period ("2022年秋季校历安排") and
 * every one holds a list of dated lines ("⑴9月1日开学。"): the dated lines are the tasks.
 */
function datedChildren(paras: Para[], nums: (Num | null)[], items: number[], own: (i: number) => string): Lv | null {
  if (!items.length) return null;
  let deeper: Lv | null = null;
  let children = 0;
  for (const i of items) {
    const title = own(i);
    if (title.length > 30 || /[，,。；;]/.test(title.replace(/[。；;：:]$/, "")) || !PERIOD_HEADING.test(title)) return null;
    let j = i + 1;
    let mine = 0;
    for (; j < paras.length && !(nums[j] && RANK[nums[j]!.level] <= RANK[nums[i]!.level]); j++) {
      const n = nums[j];
      if (!n) continue;
      if (deeper === null) deeper = n.level;
      if (n.level !== deeper) return null;
      if (!DATED_START.test(paras[j].st.text.trim().slice(n.length).trim())) return null;
      mine++;
    }
    if (mine < 2) return null;
    children += mine;
  }
  return deeper !== null && RANK[deeper] > RANK[nums[items[0]]!.level] && children >= 4 ? deeper : null;
}

/** Items of a level that start again at 1 under every parent: numbered measures, not tasks. */
function restartsUnderParents(nums: (Num | null)[], lv: Lv): boolean {
  let runs = 0,
    restarted = 0,
    inRun = false;
  for (const n of nums) {
    if (!n) continue;
    if (RANK[n.level] < RANK[lv]) inRun = false;
    else if (n.level === lv && !inRun) {
      inRun = true;
      runs++;
      if (numberValue(n as Numbered) === 1) restarted++;
    }
  }
  return runs >= 2 && restarted === runs;
}

// an inline run of short numbered names on one line ("1、甲县；2、乙区；3、丙县。"): a ranking or a roll, not a task
const INLINE_ROLL = /^(?:\d{1,2}\s*[、.．]\s*[^，。；;,、\d]{1,12}\s*[；;，,、。]?\s*){3,}$/;
// a contents line: a short title with its page number glued to its end ("3.某局工作要点29")
const CONTENTS_LINE = /^[^，。；;,]{2,40}?[^\d\s.．、%％]\s*(\d{1,3})$/;

/**
 * Numbered lines that list no work: a ranking of names on one line, and a contents list (the page
 * numbers at the ends of its lines rise) — their numbers are not the plan's numbering.
 */
function dropNonTaskLists(paras: Para[], nums: (Num | null)[]): (Num | null)[] {
  const out = nums.slice();
  for (let i = 0; i < paras.length; i++) if (out[i]?.level === 3 && INLINE_ROLL.test(paras[i].st.text.trim())) out[i] = null;
  for (let i = 0; i < paras.length; ) {
    let j = i;
    let last = -1;
    while (j < paras.length && contentsPage(paras, out, j) > last) last = contentsPage(paras, out, j++);
    if (j - i >= 3) for (let k = i; k < j; k++) out[k] = null;
    i = j > i ? j : i + 1;
  }
  return dropFindings(paras, out);
}

// the page a contents line at `k` points to, or -1 (a module function, not a closure made for every
// paragraph: tsx compiles with keepNames, which wraps each closure made in a call in __name)
function contentsPage(paras: Para[], out: (Num | null)[], k: number): number {
  const n = out[k];
  const m = n && n.level === 3 ? CONTENTS_LINE.exec(paras[k].st.text.trim().slice(n.length)) : null;
  return m ? Number(m[1]) : -1;
}

// a lead-in that announces the problems a check found ("检查中发现还存在以下问题：", "主要问题：")
const FINDINGS_LEAD = /(?:存在|发现|查摆|查找|主要|突出)[^。；;，,]{0,8}(?:问题|不足|短板|差距|隐患)(?:如下|有)?\s*[：:]$/;

/**
 * A list of findings after a lead-in that announces problems: what is wrong, not what is to be
 * done (the rectifications follow in a list of their own), while other numbered items remain.
 */
function dropFindings(paras: Para[], nums: (Num | null)[]): (Num | null)[] {
  const out = nums.slice();
  for (let i = 0; i + 1 < paras.length; i++) {
    if (out[i] || !FINDINGS_LEAD.test(paras[i].st.text.trim())) continue;
    const first = out[i + 1];
    if (!first || numberValue(first as Numbered) !== 1) continue;
    let j = i + 1;
    for (let v = 1; j < paras.length && out[j]?.level === first.level && numberValue(out[j] as Numbered) === v; j++, v++);
    if (j - (i + 1) < 2) continue;
    const rest = out.some((n, k) => n && (k <= i || k >= j));
    if (!rest) continue;
    for (let k = i + 1; k < j; k++) out[k] = null;
  }
  return out;
}

/**
 * A circled number the page's encoding lost ("?教育经费执行率100%" after ⑩): the next item of the
 * circled list, its number not legible.
 */
function lostCircled(paras: Para[], nums: (Num | null)[]): (Num | null)[] {
  let out = nums;
  let last: Num | null = null;
  for (let i = 0; i < paras.length; i++) {
    if (nums[i]) {
      last = nums[i];
      continue;
    }
    const m = /^[?？]\s*(?=[\u4e00-\u9fff])/.exec(paras[i].st.text.trimStart());
    if (m && last?.level === 5) {
      if (out === nums) out = nums.slice();
      out[i] = { level: 5, no: "", length: m[0].length };
    }
  }
  return out;
}

// a short lead sentence opening a paragraph: "深入学习宣传新时代党的创新理论。把…"
const LEAD_SENTENCE = /^([\u4e00-\u9fff][^。；;！？!?，,：:\n]{3,23})。(?=[^\n]{6,})/;

/**
 * Text has no bold: where the numbered items are only short headings and the paragraphs under them
 * open with short lead sentences (as a Word plan sets them in bold), the lead sentences stand for
 * bold lead-ins, and the paragraphs are the tasks (a page copied as text lost the bold).
 */
function leadSentencesAsBold(paras: Para[], nums: (Num | null)[]): Para[] {
  if (paras.some((p) => p.boldPrefix)) return paras;
  const numbered = paras.filter((_, i) => nums[i]);
  if (!numbered.length || !numbered.every((p) => p.st.text.trim().length <= 30 && !/[。；;]/.test(p.st.text.trim().replace(/[。；;]$/, "")))) return paras;
  const leads = paras.map((p, i) => (nums[i] || p.heading ? null : LEAD_SENTENCE.exec(p.st.text.trimStart())));
  const n = leads.filter(Boolean).length;
  if (n < 2 || n < numbered.length * 1.5) return paras;
  return paras.map((p, i) => (leads[i] ? { ...p, boldPrefix: leads[i]![0] } : p));
}

const CN_NUMS = ["", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二", "十三", "十四", "十五", "十六", "十七", "十八", "十九", "二十"];

/**
 * An item whose number a page lost ("二、…" / "切实做好学生思想状况摸排" / "四、…"): where the numbers
 * of one level jump by two with nothing of that level or above between, the one short heading line
 * (no full stop, followed by text) between them is the missing item.
 */
function lostNumbers(paras: Para[], nums: (Num | null)[]): (Num | null)[] {
  let out = nums;
  const lastAt = new Map<Lv, number>();
  const value = (n: Num) => (/^\d+$/.test(n.no) ? Number(n.no) : cnToInt(n.no));
  for (let i = 0; i < paras.length; i++) {
    const n = nums[i];
    if (!n) continue;
    const prev = lastAt.get(n.level);
    const p = prev === undefined ? null : nums[prev]!;
    if (p && n.level !== 5 && n.level !== 7 && value(n) === value(p) + 2 && value(p) + 1 <= 20) {
      const between: number[] = [];
      for (let k = prev! + 1; k < i; k++) between.push(k);
      const heads = between.filter((k) => {
        const t = paras[k].st.text.trim();
        return t.length >= 4 && t.length <= 30 && !/[。；;，,：:！？!?]/.test(t) && k + 1 < i && paras[k + 1].st.text.trim().length > t.length;
      });
      if (heads.length === 1 && between.every((k) => !nums[k])) {
        if (out === nums) out = nums.slice();
        const v = value(p) + 1;
        out[heads[0]] = { level: n.level, no: /^\d+$/.test(p.no) ? String(v) : CN_NUMS[v], length: 0 };
      }
    }
    // "1、…" "2围绕…" "3:定期…" "4:加强…" "5、…": numbers typed without their mark (or with a colon)
    // that carry the sequence between two items of a level go on it
    if (p && n.level === 3 && /^\d+$/.test(p.no) && value(n) > value(p) + 1 && value(n) - value(p) <= 10) {
      const found: [number, Num][] = [];
      let want = value(p) + 1;
      for (let k = prev! + 1; k < i && want < value(n); k++) {
        if (nums[k]) break;
        const m = /^(\d{1,2})\s*[:：]?\s*(?=[\u4e00-\u9fff])/.exec(paras[k].st.text.trimStart());
        if (m && Number(m[1]) === want) {
          found.push([k, { level: 3, no: m[1], length: m[0].length }]);
          want++;
        }
      }
      if (want === value(n) && found.length) {
        if (out === nums) out = nums.slice();
        for (const [k, num] of found) out[k] = num;
      }
    }
    lastAt.set(n.level, i);
    for (const l of [...lastAt.keys()]) if (RANK[l] > RANK[n.level]) lastAt.delete(l);
  }
  return out;
}

/**
 * The paragraph at `i`, right under a heading of `rank`, is the heading's whole content: a sentence
 * long enough to describe work, and no numbered item before the next heading of that rank or above.
 */
function soleParagraph(paras: Para[], nums: (Num | null)[], nextNumbered: Int32Array, i: number, rank: number): boolean {
  const t = paras[i].st.text.trim();
  if (t.length < 20 || !/[。；;]/.test(t) || /[：:]$/.test(t)) return false;
  const j = nextNumbered[i];
  return j < 0 || RANK[nums[j]!.level] <= rank;
}

function headingTitle(p: Para, n: Num): string {
  return p.st.text.trim().slice(n.length).trim().replace(/[。：:]$/, "").replace(/\s+/g, "");
}

/** Every item of level `lv` sits under an item of level `parent` (not right under a higher heading). */
function allUnder(nums: (Num | null)[], lv: Lv, parent: Lv): boolean {
  let above: Lv | null = null;
  for (const n of nums) {
    if (!n) continue;
    if (RANK[n.level] < RANK[lv]) above = n.level;
    else if (n.level === lv && above !== parent) return false;
  }
  return true;
}

export const structure: Stage = (doc, ctx) => {
  const start = doc.meta?.bodyStart ?? 0;
  let paras = doc.paras.slice(start);
  const nums = lostNumbers(paras, lostCircled(paras, dropNonTaskLists(paras, subsectionsOverLists(paras.map(paraNumbering)))));
  paras = leadSentencesAsBold(paras, nums);
  const count = (l: Lv) => nums.filter((n) => n?.level === l).length;

  const speech = doc.paras.slice(0, 20).some((p) => SALUTATION.test(p.st.text.trim())) || SPEECH_TITLE.test((doc.meta?.title ?? "").replace(/\s+/g, ""));
  // (a report that numbers the projects it reports on — "一、××建设项目完成情况" — lists them as tasks)
  const projectItems = paras.filter((p, i) => nums[i] && /项目|工程|項目/.test(p.st.text.trim().slice(0, 40))).length;
  if (speech && !paras.some((p) => hasResponsibility(p.st.text)) && projectItems < 2) {
    ctx.warn("这是一篇讲话或报告，没有分工和责任单位，未列出任务；如需督办，请手工录入");
    return { ...doc, proseTasks: [], sections: [], refused: true };
  }

  // bold lead sentences without a number ("**推进学前教育普及普惠。**…（X牵头）") that name their
  // own units are the tasks; the numbered items around them are their sections
  const boldParas = paras.filter((p, i) => p.boldPrefix && !nums[i] && !p.heading && p.st.text.trim().length > p.boldPrefix.trim().length + 4);
  // without units: bold lead sentences under numbered items that are only short headings
  const numberedParas = paras.filter((_, i) => nums[i]);
  const headingsOnly =
    numberedParas.length >= 1 && numberedParas.every((p) => p.st.text.trim().length <= 30 && !/[。；;]/.test(p.st.text.trim().replace(/[。；;]$/, "")));
  const leadSentences = boldParas.length >= 2 && boldParas.every((p) => /[。：:]$/.test(p.boldPrefix!.trim()));
  const boldWithUnits =
    (boldParas.length >= 2 && boldParas.filter((p) => hasResponsibility(p.st.text)).length >= boldParas.length * 0.6) ||
    (leadSentences && headingsOnly && boldParas.length >= numberedParas.length * 1.5);
  // a notice whose numbered items are requirements to everyone it is sent to (提高认识, 加强领导,
  // 强化督查…) and that names no one responsible is not a plan either
  // (the targets are counted only for such a notice: elsewhere the count decides nothing)
  const numbered = paras.filter((_, i) => nums[i]);
  const fewQuantified = () => numbered.filter((p) => findTargets(p.st).length > 0).length < numbered.length / 2;
  // (one numbered demand is a task: only a list of them can be general requirements; a short
  // heading above the demand is no demand)
  const demands = numbered.filter((p) => p.st.text.trim().length > 30 || /[。；;]/.test(p.st.text.trim().replace(/[。；;]$/, "")));
  // (a unit named as the doer of an item — "保卫处牵头…", "教务处根据…" — is someone responsible;
  // "各校要…" speaks to the addressees)
  const namesDoer = () => paras.some((p) => findDoers(p.st).some((d) => !d.name.startsWith("各")));
  // (a part headed as someone's duties — "三、联系干部工作职责" — assigns its items to them)
  const duties = () => paras.some((p, i) => nums[i] && headingLike(p.st.text.trim().replace(/[：:]$/, "")) && /职责|分工/.test(p.st.text));
  // (items that carry their own dates — "逢单月10日前…", "定于3月31日…" — schedule work: at least half of them so dated is no list of general demands)
  const dated = () => demands.filter((p) => ITEM_DATE.test(p.st.text)).length * 2 >= demands.length;
  // (a notice that breaks its parts into items of a deeper level — "二、加强管理" over "（一）…" "（二）…" —
  // sets out work, not a list of general demands: a document with numbered items never yields nothing)
  const oneLevel = () => new Set(nums.filter((n): n is Num => !!n).map((n) => n.level)).size <= 1;
  if (doc.meta?.notice && demands.length >= 2 && !paras.some((p) => hasResponsibility(p.st.text)) && fewQuantified() && !namesDoer() && !duties() && !dated() && oneLevel()) {
    ctx.warn("这是一份通知，所列事项是一般性要求，没有分工和责任单位，未列出任务；如需督办，请手工录入");
    return { ...doc, proseTasks: [], sections: [], refused: true };
  }
  const candidates = ([1, 2, 3, 6, 4] as Lv[]).filter((l) => count(l) >= 2);
  let taskLevel: Lv | 0 = boldWithUnits ? 0 : (levelByUnits(paras, nums, candidates) ?? 0);
  if (!taskLevel && !boldWithUnits) {
    if (count(3) >= 2) taskLevel = 3;
    else if (count(6) >= 2) taskLevel = 6;
    else if (count(2) >= 2) taskLevel = 2;
    else if (count(1) >= 2) taskLevel = 1;
    // 1. items restarting under heading-like （一） items, themselves under 一、: measures
    if (taskLevel === 3 && count(1) >= 1 && count(2) >= 2 && restartsUnderParents(nums, 3) && allUnder(nums, 3, 2)) {
      const headingLike = paras.every((p, i) => nums[i]?.level !== 2 || (p.st.text.trim().length <= 40 && !/[。；;]/.test(p.st.text.trim().replace(/[。；;]$/, ""))));
      if (headingLike) taskLevel = 2;
    }
    if (taskLevel) taskLevel = levelByHeadings(paras, nums, taskLevel);
  }
  const boldTasks = boldWithUnits || (taskLevel === 0 && paras.filter((p) => p.boldPrefix).length >= 2);
  // a plan never comes out empty while it has numbered items (and no task table took over)
  // (nor while it has a table of data that gave no task: a table plan the reader got wrong, whose
  // numbered fragments are no tasks; the clerk is told the table was not understood)
  const dataTable = doc.items.some((it) => it.kind === "table" && it.table.rows.filter((r) => r.filter((c) => c.text.trim()).length >= 2).length >= 2);
  const mayFallBack = doc.tableTasks.length === 0 && !dataTable;
  if (!taskLevel && !boldTasks) {
    // a school calendar typed as dated lines ("3/14 家长会"): each activity line is a task
    const dated = mayFallBack ? datedLineTasks(doc) : null;
    if (dated) {
      ctx.warn(`文档是按日期排列的行事历，已将${dated.length}行活动列为任务，请逐项核对`, "dated-lines");
      return { ...doc, proseTasks: dated, sections: [] };
    }
    const level = mayFallBack ? fallbackLevel(count) : 0;
    if (!level) return mayFallBack ? (start > 0 ? fromWholeDocument(doc, ctx) : labelledBlock(doc, doc.paras, ctx)) : { ...doc, proseTasks: [] };
    const tasks = collectTasks(doc, paras, nums, { taskLevel: level, boldTasks: false, boldWithUnits: false, honourSkips: false });
    warnFallback(ctx, tasks, level, count(level) >= 2);
    return { ...doc, proseTasks: tasks, sections: sectionsOf(tasks) };
  }
  let tasks = collectTasks(doc, paras, nums, { taskLevel, boldTasks, boldWithUnits, honourSkips: true });
  // (a plan whose only work is its goals and framing parts is read by the fallback below, goals and stages alike)
  if (tasks.length) tasks = collectTasks(doc, paras, nums, { taskLevel, boldTasks, boldWithUnits, honourSkips: true, goalsWork: true });
  // a group's roster among the tasks ("2、督查小组：" over "组 长：…" "成 员：…") lists people, it is no task
  if (tasks.some((t) => !rosterOnly(t))) tasks = tasks.filter((t) => !rosterOnly(t));
  // the one task left is the part that should hold the tasks ("四、主要任务" and its text, no items
  // under it: an excerpt, or a part written as prose): it is the plan's one task, a guess
  if (tasks.length === 1 && TASKS_PART.test(simplified(tasks[0].title.text.trim()))) {
    tasks[0].confidence = Math.min(tasks[0].confidence, 0.4);
    ctx.warn(`“${tasks[0].title.text.trim()}”部分没有分项编号，已将其整体列为1项任务，请核对并拆分`, "part-unsplit");
  }
  // every item fell under a part that is not tasks (目标, 保障措施…): the structure is unclear; the
  // best candidate level is another level that has items outside those parts, else the deepest
  // level whose items are not framing parts themselves (goals numbered under 主要目标)
  if (!tasks.length && mayFallBack && taskLevel) {
    const byRank = (ls: Lv[]) => ls.sort((a, b) => RANK[b] - RANK[a]);
    const others = byRank(([1, 2, 3, 6, 4, 5] as Lv[]).filter((l) => l !== taskLevel && count(l) >= 2));
    const tries: [Lv, boolean][] = [...others.map((l): [Lv, boolean] => [l, true]), ...byRank(([1, 2, 3, 6, 4, 5] as Lv[]).filter((l) => count(l) >= 1)).map((l): [Lv, boolean] => [l, false])];
    // a staged plan whose only numbered work is its stages ("三、实施步骤" over "1. 宣传动员阶段" "2. 自查自纠阶段",
    // every other part prose): the stages are the work, not the headings of the prose parts around them
    // (指导思想, 整治范围及重点, 预期效果; xstages17, pooled: golds keep the stages of every staged plan, 6 documents of 5 corpora, 19 stages)
    // (every item of the level a stage: an 实施方案 of 工作目标 and 实施步骤 lists its goals too, below)
    const stages = collectTasks(doc, paras, nums, { taskLevel, boldTasks, boldWithUnits, honourSkips: false });
    if (stages.length >= 2 && stages.every((t) => STAGE_TITLE.test(simplified(t.title.text.trim())))) return { ...doc, proseTasks: stages, sections: sectionsOf(stages) };
    // a part that is no task (实施步骤, 时间安排…) is no task at a shallower level either: its items are
    // (an 实施方案 of 工作目标 and 实施步骤 only: its goals and its stages are what it asks for)
    const notice = isNotice(doc, paras);
    // (nor is a part that holds the tasks, "四、主要工作" over its (一) (二) items)
    const ownPart = (t: RawTask) => {
      const title = simplified(t.title.text.trim());
      return (NON_TASK_HEADING.test(title) && !(notice && NOTICE_ARRANGEMENT.test(title))) || TASKS_PART.test(title);
    };
    for (const [level, honourSkips] of tries) {
      tasks = collectTasks(doc, paras, nums, { taskLevel: level, boldTasks, boldWithUnits, honourSkips });
      if (honourSkips) tasks = tasks.filter((t) => !ownPart(t));
      if (tasks.length) {
        warnFallback(ctx, tasks, level, true);
        break;
      }
    }
    if (!tasks.length) {
      ctx.warn("文档的编号只有指导思想、总体要求、工作目标等总体部分，未列出任务；如需督办，请手工录入");
      return { ...doc, proseTasks: [], sections: [], refused: true };
    }
  }
  return { ...doc, proseTasks: tasks, sections: sectionsOf(tasks) };
};

// a stage of the work named as such, its span or its text after it: "宣传动员阶段", "第二阶段（3月）", "自查自纠阶段。各单位…"
const STAGE_TITLE = /^(?:第[一二三四五六七八九十\d]{1,2}阶段|[^，,。；;：:（(]{2,14}阶段)\s*(?:[（(][^）)]*[）)])?\s*(?:[。：:].*)?$/;

// a day or a deadline a notice's item sets: "3月31日", "逢单月10日前", "每月5号前", "6月底前"
const ITEM_DATE = /\d{1,2}\s*月\s*\d{1,2}\s*[日号]|\d{1,2}\s*[日号]\s*前|\d{1,2}\s*月(?:底|中旬|上旬|下旬)前/;

const GROUP_TITLE = /(?:小组|工作组|组)$/;
const FORMS_GROUP = /^(?:成立|组建)/;
// (a roster may name its group again before each post: "领导小组成员：…")
const ROSTER_LINE = /^(?:[\u4e00-\u9fff]{0,8}?(?:小组|组))?(?:组\s*长|副\s*组\s*长|成\s*员|组\s*员|主\s*任|副\s*主\s*任)\s*[：:]/;
const NAMES_LINE = /^[\u4e00-\u9fff]{1,4}(?:\s+[\u4e00-\u9fff]{1,4})+$/;

/** The paragraph at `i` is only a group's name ("竞赛组", "学生组：") and a roster line follows it. */
function groupOverRoster(paras: Para[], i: number): boolean {
  const t = paras[i].st.text.trim().replace(/[：:]$/, "");
  return t.length <= 10 && GROUP_TITLE.test(t) && !/[，,。；;\s]/.test(t) && i + 1 < paras.length && ROSTER_LINE.test(paras[i + 1].st.text.trim());
}

/** An item that is a group's name over its roster only: no duty, no text but the names. */
// (or a leading group's roster run into its heading: "1、领导小组组长：某某" over "领导小组成员：…"; a working
// group's, "5.器材后勤组组长：…", among groups over their duties is that group's share, its duties left out)
function rosterOnly(t: RawTask): boolean {
  const title = t.title.text.trim().replace(/[：:]$/, "");
  const runIn = /^[\u4e00-\u9fff]{0,8}领导小组/.test(title) && ROSTER_LINE.test(title);
  if (!GROUP_TITLE.test(title) && !runIn) return false;
  // ("1、成立招生工作小组：" over "组长：…": forming the group is a step of the work, a task whose heads are its
  // leaders — xleaders17, pooled: 3 of the 4 golds that number such an item below a part keep it, 3 corpora)
  if (FORMS_GROUP.test(title)) return false;
  const lines = t.body.text.split("\n").slice(1).map((l) => l.trim()).filter(Boolean);
  return (runIn || lines.some((l) => ROSTER_LINE.test(l))) && lines.every((l) => ROSTER_LINE.test(l) || NAMES_LINE.test(l));
}

/** The body has no numbered item but the part taken for the cover has: those items are the tasks. */
function fromWholeDocument(doc: Parameters<Stage>[0], ctx: Parameters<Stage>[1]): ReturnType<Stage> {
  const nums = doc.paras.map(paraNumbering);
  const count = (l: Lv) => nums.filter((n) => n?.level === l).length;
  const level = fallbackLevel(count);
  if (!level) return labelledBlock(doc, doc.paras, ctx);
  const tasks = collectTasks(doc, doc.paras, nums, { taskLevel: level, boldTasks: false, boldWithUnits: false, honourSkips: false });
  warnFallback(ctx, tasks, level, true);
  return { ...doc, proseTasks: tasks, sections: sectionsOf(tasks) };
}

/**
 * No numbered item anywhere: a paragraph under a label that states the work ("任务安排" over
 * "新建学校13所…") is a plan of one task, taken with low confidence and said so.
 */
function labelledBlock(doc: Parameters<Stage>[0], paras: Para[], ctx: Parameters<Stage>[1]): ReturnType<Stage> {
  const tasks: RawTask[] = [];
  for (let i = 0; i + 1 < paras.length; i++) {
    if (!TASK_LABEL.test(paras[i].st.text.trim())) continue;
    const p = paras[i + 1];
    const t = p.st.text.trim();
    if (t.length < 6 || TASK_LABEL.test(t) || REPORT_LABEL.test(t)) continue;
    const { st, confidence } = titleOf(p, null);
    if (!st.text) continue;
    tasks.push({ no: "", section: null, title: st, titleConfidence: confidence, body: p.st, unitCells: [], measureItems: [], factText: p.st, confidence: 0.4 });
  }
  if (tasks.length) ctx.warn(`文档没有编号的任务，已将“任务”栏下的${tasks.length}段内容列为任务，请逐项核对`, "unnumbered");
  // a calendar of months, each with its labelled list of work lines
  const monthly = tasks.length ? [] : monthWorkLists(paras, doc.meta?.year ?? null);
  if (monthly.length) {
    ctx.warn(`文档没有编号的任务，已将各月“重点工作”下的${monthly.length}行列为任务，请逐项核对`, "unnumbered");
    return { ...doc, proseTasks: monthly, sections: [] };
  }
  // a report or 公示 that names its projects in sentences ("…项目方面，…", “…项目”): one task each
  const projects = tasks.length ? null : projectProseTasks(paras);
  if (projects) {
    ctx.warn(`文档没有编号的任务，已将文中提到的${projects.length}个项目列为任务，请逐项核对`, "unnumbered");
    return { ...doc, proseTasks: projects, sections: [] };
  }
  return { ...doc, proseTasks: tasks, sections: [] };
}

/**
 * Where no level stands out (no level with two items, no units): one item is a plan of one task,
 * the deepest numbered item under its headings; several （1） / ① items without headings are the tasks.
 */
function fallbackLevel(count: (l: Lv) => number): Lv | 0 {
  for (const l of [4, 5] as Lv[]) if (count(l) >= 2) return l;
  const present = ([1, 2, 3, 6, 4, 5] as Lv[]).filter((l) => count(l) >= 1);
  if (!present.length) return 0;
  return present.reduce((a, b) => (RANK[b] > RANK[a] ? b : a));
}

const LEVEL_EXAMPLE: Record<Lv, string> = { 7: "壹、", 1: "一、", 2: "（一）", 3: "1.", 4: "（1）", 5: "①", 6: "一是" };

function warnFallback(ctx: Parameters<Stage>[1], tasks: RawTask[], level: Lv, unclear: boolean): void {
  if (!tasks.length) return;
  if (unclear) {
    for (const t of tasks) t.confidence = Math.min(t.confidence, 0.4);
    ctx.warn(`未能确定哪一级编号是任务，已按“${LEVEL_EXAMPLE[level]}”级编号列出${tasks.length}项任务，请逐项核对`, "level-guess");
  } else if (tasks.length === 1) ctx.warn("本文档只识别到1项任务，请核对是否完整", "one-task");
}

/** A notice of its own (放假、开学…的通知), by its title or its closing "特此通知". */
function isNotice(doc: Parameters<Stage>[0], paras: Para[]): boolean {
  if (doc.meta?.notice || /通知\d*$/.test((doc.meta?.title ?? "").replace(/\s+/g, ""))) return true;
  if (paras.some((p) => /^特此通知[。.]?$/.test(p.st.text.trim()))) return true;
  // a notice addresses those it is sent to before its first item: "县(区)教体局、…，市直各学校(园)："
  const first = paras.findIndex((p) => paraNumbering(p));
  return paras.slice(0, first < 0 ? 0 : Math.min(first, 8)).some((p) => SALUTATION_LINE.test(p.st.text.trim()));
}
const SALUTATION_LINE = /^(?=[^。；;]{4,80}[：:]$)(?=.*(?:各|、))[^。；;]*(?:局|校|园|園|单位|單位|部门|部門|处室|科室|股室|中心|学院|學院|学校|學校|幼儿园|（园）|\(园\)|\)|）)\s*[：:]$/;

function sectionsOf(tasks: RawTask[]): ExtractedSection[] {
  const sections: ExtractedSection[] = [];
  for (const t of tasks) if (t.section && !sections.some((s) => s.no === t.section!.no && s.title === t.section!.title)) sections.push(t.section);
  return sections;
}

// the name of a part that frames the plan rather than does work ("培养目标", "活动目的", "编制依据")
// (also run into its text: "一、培养目标通过…"; and a part's name over work run in: "三、主要工作及措施2019年，…")
const FRAME_TAIL = /(?:目标|目的|原则|思想|意义|依据|背景|范围|对象)$/;
const FRAME_RUN_IN = /^(?:[\u4e00-\u9fff]{0,4}(?:目标|目的|思想|意义|依据|背景|范围|对象)|[\u4e00-\u9fff]{1,4}原则|(?:主要|重点|具体)(?:工作|任务|措施|举措))/;
// a line that opens with its dates, then the work: "9月1日至9月30日，…", "10月9日—11月15日：…", "12月底前，…"
const DATE_LEAD = /^(?:(?:20\d{2}\s*年\s*)?\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?(?:\s*[至到\-—–~～]+\s*(?:(?:20\d{2}\s*年\s*)?\d{1,2}\s*月)?(?:\s*\d{1,2}\s*日)?)?(?:上旬|中旬|下旬|底|初|中)?(?:前|以前|之前)?)\s*[,，：:]\s*(?=[\u4e00-\u9fff])/;
/** An item's text that is a clause, not a heading: a sentence of its own, not a "label：value" line. */
const clauseItem = (t: string) => !/^[\u4e00-\u9fff\s]{1,12}[：:]/.test(t) && !/[：:]$/.test(t) && (/[。；;]./.test(t) || /[。；;]$/.test(t) || (t.length > 20 && /[，,]/.test(t)));

/** What `collectTasks` reads a plan's items as: the task level, bold lead sentences as tasks, parts that hold no tasks skipped. */
export interface TaskReading {
  taskLevel: Lv | 0;
  boldTasks: boolean;
  boldWithUnits: boolean;
  honourSkips: boolean;
  /** the items of a goals part are work ("二、工作目标" over "1. 提高…") */
  goalsWork?: boolean;
}

export function collectTasks(doc: Parameters<Stage>[0], paras: Para[], nums: (Num | null)[], reading: TaskReading): RawTask[] {
  const facts = partFacts(paras, nums, reading, isNotice(doc, paras));
  return walkTasks(doc, paras, nums, reading, facts, planDates(doc, paras, nums));
}

/** What is known of a plan's numbered parts before the walk that emits its tasks (`partFacts`). */
interface PartFacts {
  notice: boolean;
  /** the rank of the task level (bold tasks sit under every numbered level) */
  taskRank: number;
  /** a part's title names a part that holds no tasks (指导思想, 保障措施…; a notice's 时间安排 and 工作要求 do hold them) */
  skipsTasks: (title: string) => boolean;
  /** the next numbered paragraph after each one, -1 for none */
  nextNumbered: Int32Array;
  /** the headings of a ceremony's run sheet */
  runSheets: Set<number>;
  /** a heading above the task level has a parallel sibling ("省级项目" / "市级项目") */
  parallel: (level: Lv, title: string) => boolean;
  /** the titles of demand parts (工作要求, 有关要求) whose items are general demands */
  demandParts: Set<string>;
  /** the levels above the task level where some item is a heading over task items */
  overItems: Set<Lv>;
  /** items above the task level that are tasks of their part */
  shallowTasks: Set<number>;
  /** task-level items that are a shallower task's measures */
  measureItems: Set<number>;
  /** task-level items that are headings over the items below them */
  containers: Set<number>;
  /** a body's item among groups over their duties, and the body's name */
  shareNames: Map<number, string>;
  /** unnumbered lines opening with their dates, each a task of its part */
  datedStarts: Set<number>;
  /** the headings of parts made of such dated lines */
  datedParts: Set<number>;
}

/** The numbering tree `partFacts`' rules read: items, the task level, and where each part ends. */
interface Parts {
  paras: Para[];
  nums: (Num | null)[];
  taskLevel: Lv | 0;
  taskRank: number;
  nextNumbered: Int32Array;
  skipsTasks: (title: string) => boolean;
  /** where the part whose heading is paragraph j ends: at the next item of its rank or above */
  partEnd: (j: number) => number;
  /** the numbered paragraphs inside the part whose heading is paragraph j */
  partOf: (j: number) => number[];
}

function partFacts(paras: Para[], nums: (Num | null)[], { taskLevel, boldTasks, boldWithUnits }: TaskReading, notice: boolean): PartFacts {
  const skipsTasks = (title: string) => {
    const t = simplified(title);
    return NON_TASK_HEADING.test(t) && !(notice && NOTICE_ARRANGEMENT.test(t));
  };
  const taskRank = taskLevel ? RANK[taskLevel] : boldWithUnits ? 10 : 3;
  const nextNumbered = new Int32Array(paras.length + 1).fill(-1);
  for (let j = paras.length - 1; j >= 0; j--) nextNumbered[j] = nums[j + 1] ? j + 1 : nextNumbered[j + 1];
  const partEnd = (j: number) => {
    const rank = RANK[nums[j]!.level];
    let end = j + 1;
    while (end < paras.length && !(nums[end] && RANK[nums[end]!.level] <= rank)) end++;
    return end;
  };
  const partOf = (j: number) => {
    const end = partEnd(j);
    const inner: number[] = [];
    for (let q = j + 1; q < end; q++) if (nums[q]) inner.push(q);
    return inner;
  };
  const c: Parts = { paras, nums, taskLevel, taskRank, nextNumbered, skipsTasks, partEnd, partOf };
  // (xnumform15, pooled) a ceremony's run sheet ("五、议程" over its steps) holds no task
  const runSheets = runSheetHeads(paras, nums, partEnd);
  const shallowTasks = new Set<number>();
  const measureItems = new Set<number>();
  const containers = new Set<number>();
  const shareNames = new Map<number, string>();
  if (taskLevel && !boldTasks) {
    shallowLists(c, runSheets, shallowTasks);
    headingsBesideGoals(c, shallowTasks, measureItems);
    containerHeadings(c, containers);
    groupShares(c, shallowTasks, shareNames, containers);
  }
  return {
    notice,
    taskRank,
    skipsTasks,
    nextNumbered,
    runSheets,
    parallel: parallelHeadings(c),
    demandParts: demandParts(c),
    overItems: levelsOverItems(c),
    shallowTasks,
    measureItems,
    containers,
    shareNames,
    ...datedLineParts(c),
  };
}

/** Headings above the task level by level and last two characters (parallel parts: "省级项目" / "市级项目"). */
function parallelHeadings({ paras, nums, taskLevel, taskRank }: Parts): (level: Lv, title: string) => boolean {
  const tails = new Map<string, Set<string>>();
  nums.forEach((n, j) => {
    if (!n || !taskLevel || RANK[n.level] >= taskRank) return;
    const title = headingTitle(paras[j], n);
    if (title.length < 2) return;
    const key = `${n.level}|${title.slice(-2)}`;
    if (!tails.has(key)) tails.set(key, new Set());
    tails.get(key)!.add(title);
  });
  return (level, title) => (tails.get(`${level}|${title.slice(-2)}`)?.size ?? 0) >= 2;
}

/**
 * (xlevel15, pooled) The titles of the 工作要求 parts whose items are general demands. A 工作要求 part's items are
 * tasks where the plan's other task items are clauses of work as they are ("1. 严格遵守纪律，…。" beside "1. 信息登记：
 * 家长需…。"); beside bare headings ("（一）消防安全") they are general demands.
 */
function demandParts({ paras, nums, taskLevel, taskRank, nextNumbered, skipsTasks }: Parts): Set<string> {
  let partTitle = "";
  const clauseWork = nums.some((n, j) => {
    if (n && RANK[n.level] < taskRank) partTitle = simplified(headingTitle(paras[j], n));
    return !!taskLevel && n?.level === taskLevel && !skipsTasks(partTitle) && !headingLike(paras[j].st.text.trim().slice(n.length).trim());
  });
  // (only a part whose items are at the task level: "一是…" points under it stay its text; in a plan whose
  // items name their units, "（牵头单位：…）", requirements that name none are general demands)
  const parts = new Set<string>();
  if (clauseWork && !paras.some((p) => hasResponsibility(p.st.text)))
    nums.forEach((n, j) => {
      const k = nextNumbered[j];
      if (!n || RANK[n.level] >= taskRank || k < 0 || nums[k]!.level !== taskLevel || !DEMANDS_PART.test(simplified(headingTitle(paras[j], n)))) return;
      // (and its own items clauses too: "各部门要高度重视。" alone is a general demand)
      const items: number[] = [];
      for (let q = k; q >= 0 && RANK[nums[q]!.level] > RANK[n.level]; q = nextNumbered[q]) if (nums[q]!.level === taskLevel) items.push(q);
      if (items.every((q) => !headingLike(paras[q].st.text.trim().slice(nums[q]!.length).trim()))) parts.add(simplified(headingTitle(paras[j], n)));
    });
  return parts;
}

/** The levels above the task level where some item is a heading over task items. */
function levelsOverItems({ nums, taskLevel, taskRank, nextNumbered }: Parts): Set<Lv> {
  const levels = new Set<Lv>();
  nums.forEach((n, j) => {
    const k = nextNumbered[j];
    if (n && taskLevel && RANK[n.level] < taskRank && k >= 0 && nums[k]!.level === taskLevel) levels.add(n.level);
  });
  return levels;
}

/**
 * A part that holds no item at the task level but a list of shallower items under it ("六、活动时间" over
 * "（一）…（二）…" where the other parts number 1. 2.): those items are the part's tasks, the deepest it has.
 */
function shallowLists({ nums, taskRank, partOf }: Parts, runSheets: Set<number>, shallowTasks: Set<number>): void {
  nums.forEach((n, j) => {
    if (!n || RANK[n.level] >= taskRank || runSheets.has(j)) return;
    const inner = partOf(j);
    if (!inner.length) return;
    const level = nums[inner[0]]!.level;
    if (RANK[level] >= taskRank) return;
    // (only that one level under the part, and deeper ones below the task level: no 1. under a （一）)
    if (!inner.every((q) => nums[q]!.level === level || RANK[nums[q]!.level] > taskRank)) return;
    const items = inner.filter((q) => nums[q]!.level === level);
    if (items.length >= 2) for (const q of items) shallowTasks.add(q);
  });
}

/**
 * (xextra14, pooled) A part whose task-level items all sit under bare headings of one shallower level,
 * restarting under each ("三、具体措施" over "（一）教学工作" over "1. …" "2. …"), beside a goals part that
 * numbers its items right under its heading ("二、工作目标" over "1. …"): the headings parallel the goals and
 * are the part's tasks, their items its measures (a heading that is a sentence, "（一）完善制度，抓好建设。",
 * or items numbered on through the parts leave the items the tasks).
 * (xlevels17, pooled, not changed: beside any part that numbers its items right under its heading, not only a
 * goals part, the rule would change 3 documents of 3 corpora, 1 for and 2 against — an event's headings over
 * items that name their doers, "（一）…颁奖仪式" over "1. 由少先队负责…", keep the items; beside a part whose direct
 * items are sentences of work, 1 document of 1 corpus, 0 against: below the bar of the rules, left as it is.)
 */
function headingsBesideGoals({ paras, nums, taskLevel, taskRank, nextNumbered, partOf }: Parts, shallowTasks: Set<number>, measureItems: Set<number>): void {
  const partHeads = nums.map((n, j) => (n && RANK[n.level] < taskRank ? j : -1)).filter((j) => j >= 0);
  const direct = new Set(partHeads.filter((j) => {
    const inner = partOf(j);
    return inner.length >= 2 && nums[inner[0]]!.level === taskLevel && inner.every((q) => RANK[nums[q]!.level] >= taskRank) && /目标/.test(simplified(headingTitle(paras[j], nums[j]!)));
  }).map((j) => nums[j]!.level));
  for (const j of partHeads) {
    if (!direct.has(nums[j]!.level)) continue;
    const inner = partOf(j);
    if (!inner.length) continue;
    const level = nums[inner[0]]!.level;
    if (RANK[level] >= taskRank || RANK[level] <= RANK[nums[j]!.level]) continue;
    if (!inner.every((q) => nums[q]!.level === level || RANK[nums[q]!.level] >= taskRank)) continue;
    const subHeads = inner.filter((q) => nums[q]!.level === level);
    const bare = subHeads.every((q) => {
      const t = paras[q].st.text.trim().slice(nums[q]!.length).trim();
      return t.length >= 2 && t.length <= 30 && !/[。；;：:！!？?]/.test(t);
    });
    const under = subHeads.every((q, h) => {
      const next = nextNumbered[q];
      return next >= 0 && nums[next]!.level === taskLevel && numberValue(nums[next] as Numbered) <= 2 && (h + 1 >= subHeads.length || next < subHeads[h + 1]);
    });
    if (!bare || !under || !inner.some((q) => nums[q]!.level === taskLevel)) continue;
    for (const q of subHeads) shallowTasks.add(q);
    for (const q of inner) if (nums[q]!.level === taskLevel) measureItems.add(q);
  }
}

/**
 * (xlevel15, pooled) An item at the task level that only names a kind of requirements or measures
 * ("（三）活动要求", "三、落实《通知》的保障措施") over one deeper numbered item is a heading: the item is the task.
 */
function containerHeadings({ paras, nums, taskLevel, taskRank, nextNumbered, skipsTasks }: Parts, containers: Set<number>): void {
  nums.forEach((n, j) => {
    const k = nextNumbered[j];
    if (n?.level !== taskLevel || k < 0 || RANK[nums[k]!.level] <= taskRank) return;
    // (one item only: a list of several under it, "2. 监考要求" over ①…⑤, is the heading's measures)
    const after = nextNumbered[k];
    if (after >= 0 && RANK[nums[after]!.level] > taskRank) return;
    const title = simplified(headingTitle(paras[j], n));
    if (title.length <= 16 && !/[，,。；;]/.test(title) && CONTAINER_TITLE.test(title) && !skipsTasks(title)) containers.add(j);
  });
}

/**
 * (xgroups16, pooled) A heading that names groups and their duties ("2、各应急小组及职责：") over items each naming
 * one body — "①、训练处" / "组长：…" / its duties, "（一）后勤安全组负责人（甲、乙）职责：" —, at whatever level they
 * are numbered: each body's item is a task, its duties the measures, the heading a part (a group's name that
 * carries no number, "竞赛组" over "组长：…" and "1. …", leaves its numbered duties the tasks).
 */
function groupShares({ paras, nums, taskLevel, nextNumbered }: Parts, shallowTasks: Set<number>, shareNames: Map<number, string>, containers: Set<number>): void {
  nums.forEach((n, j) => {
    const k = nextNumbered[j];
    if (!n || k < 0 || nums[k]!.level === n.level || !GROUPS_DUTIES.test(simplified(headingTitle(paras[j], n)))) return;
    const lv = nums[k]!.level;
    const items: number[] = [];
    for (let q = k; q >= 0 && nums[q]!.level !== n.level && (nums[q]!.level === lv || RANK[nums[q]!.level] > RANK[lv]); q = nextNumbered[q]) if (nums[q]!.level === lv) items.push(q);
    const own = (q: number) => simplified(paras[q].st.text.trim().slice(nums[q]!.length));
    if (items.length < 2 || !items.every((q) => bodyHeading(own(q), true)) || !items.some((q) => bodyHeading(own(q)))) return;
    for (const q of items) {
      shallowTasks.add(q);
      shareNames.set(q, bodyHeading(own(q), true)!);
    }
    if (n.level === taskLevel) containers.add(j);
  });
}

/**
 * A part without numbered items whose lines each open with their dates ("9月1日至9月30日，各单位完成自查；"
 * under "一、时间安排"): each dated line is a task of the part.
 */
function datedLineParts({ paras, nums, taskLevel, taskRank, nextNumbered }: Parts): { datedStarts: Set<number>; datedParts: Set<number> } {
  const datedStarts = new Set<number>();
  const datedParts = new Set<number>();
  nums.forEach((n, j) => {
    if (!n || !taskLevel || RANK[n.level] >= taskRank) return;
    const end = nextNumbered[j] < 0 ? paras.length : nextNumbered[j];
    if (end < paras.length && RANK[nums[end]!.level] > RANK[n.level]) return;
    const dated = [];
    for (let q = j + 1; q < end; q++) if (DATE_LEAD.test(paras[q].st.text.trim())) dated.push(q);
    if (dated.length < 2) return;
    datedParts.add(j);
    for (const q of dated) datedStarts.add(q);
  });
  return { datedStarts, datedParts };
}

/** The dates a plan gives all its items: its year, a one-month plan's month, a short plan's period. */
interface PlanDates {
  planYear: number | null;
  /** month headings between the task items (two or more make a schedule) */
  monthHeads: number;
  period: ReturnType<typeof periodOf>;
  /** every item's deadline unless a month heading or its own date says otherwise */
  basePlan: RawTask["scheduled"] | undefined;
}

function planDates(doc: Parameters<Stage>[0], paras: Para[], nums: (Num | null)[]): PlanDates {
  // month headings between the task items: a schedule; the months run on from the plan's year and
  // cross into the next one after 十二月 (an autumn-term plan's 一月 is next year's)
  const monthHeads = paras.filter((p, i) => !nums[i] && p.st.text.trim().length <= 30 && MONTH_HEAD.test(monthHeadText(p.st.text.trim()))).length;
  const planYear = doc.meta?.year ?? null;
  // a plan for one month ("四月园部月计划", "3月份工作安排"): that month is every item's deadline
  // unless a month heading or the item's own date says otherwise
  const titleMonth = planYear === null ? null : MONTH_PLAN_TITLE.exec(simplified(doc.meta?.title ?? "").replace(/\s+/g, ""));
  const titleMo = titleMonth ? (/\d/.test(titleMonth[1]) ? Number(titleMonth[1]) : cnToInt(titleMonth[1])) : 0;
  const monthPlan: RawTask["scheduled"] | undefined =
    titleMo >= 1 && titleMo <= 12 && doc.meta?.located?.title
      ? { by: `${planYear}-${String(titleMo).padStart(2, "0")}`, year: planYear!, st: Stitched.of(doc.text, ...titleSpan(doc.meta.located.title.span, doc.text)) }
      : undefined;
  // a plan for a week or a few days, its dates on a line under the title ("第二周工作计划" /
  // "2023-9-11—2023-9-15"): the last day is every item's deadline, "周三…" that day of the week
  const period = periodOf(paras, nums);
  return { planYear, monthHeads, period, basePlan: period?.scheduled ?? monthPlan };
}

/** The deadline each month heading of a schedule gives the items under it, the months running on from the plan's year. */
function monthSchedule(planYear: number): (month: RegExpExecArray, p: Para, th: string) => NonNullable<RawTask["scheduled"]> {
  let lastMonth = 0;
  let scheduleYear = planYear;
  return (month, p, th) => {
    const mo = /\d/.test(month[2]) ? Number(month[2]) : cnToInt(month[2]);
    if (month[1] || month[3]) scheduleYear = Number(month[1] ?? month[3]);
    else if (mo < lastMonth) scheduleYear = scheduleYear + 1;
    lastMonth = mo;
    const head = p.st.trim();
    const colon = head.text.search(/[：:]/);
    return { by: `${scheduleYear}-${String(mo).padStart(2, "0")}`, year: scheduleYear, st: colon > 0 ? head.slice(0, colon).trim() : head.slice(0, th.length) };
  };
}

/** A line that ends the plan's text: an attachment's heading, 抄送/抄报 lines, the "…办公室 2018年2月26日印发" line. */
function endsText(t: string, n: Num | null): boolean {
  if (/^附件\s*\d*\s*[:：]?\s*$/.test(t) || /^附件\s*\d*\s*[:：]/.test(t)) return true;
  return !n && (/^(抄送|抄报|分送|主送)\s*[：:]/.test(t) || (t.length <= 80 && /\d{1,2}\s*日\s*印\s*发\s*$/.test(t)));
}

/** An unnumbered line that closes the item above it and is part of none. */
function closesItem(paras: Para[], i: number, t: string, meta: Parameters<Stage>[0]["meta"]): boolean {
  // a notice's contact lines ("联 系 人：…", "联系电话：…") end the item above them: what follows
  // them (an attachment's name, the mail address) is no part of its text
  if (/^(?:联\s*系\s*人|联系电话|联系方式)\s*[:：]/.test(t)) return true;
  // the plan's title or 文号 printed again (a footer "X〔2031〕5号 关于…的通知", a page's "标题 >>查看更多")
  // closes the task above it and is no part of it
  if (repeatsTitle(t, meta)) return true;
  // the issuer and date under the last task sign the document; they are not the task's
  return isSignature(paras, i);
}

/** The walk over the paragraphs that opens a task at each task item and gathers its text, under the open part headings. */
function walkTasks(doc: Parameters<Stage>[0], paras: Para[], nums: (Num | null)[], reading: TaskReading, facts: PartFacts, dates: PlanDates): RawTask[] {
  const { taskLevel, boldTasks, boldWithUnits, honourSkips, goalsWork = false } = reading;
  const { notice, taskRank, skipsTasks, nextNumbered, runSheets, parallel, demandParts, overItems, shallowTasks, measureItems, containers, shareNames, datedStarts, datedParts } = facts;
  const { planYear, monthHeads, period, basePlan } = dates;
  const months = planYear === null ? null : monthSchedule(planYear);
  const tasks: RawTask[] = [];
  const parts: Para[][] = [];
  // open headings above the task level, by rank
  let heads: { rank: number; sec: ExtractedSection; level: Lv; runSheet: boolean }[] = [];
  let skipping = false;
  let lastHead = -2;
  let lastNumbered = -1;
  let orphanLevel: Lv | null = null;
  let cur: RawTask | null = null;
  let seq = 0;
  let schedule: RawTask["scheduled"] | undefined = basePlan;
  // (the part's title names a part whose items are no tasks: not goals read as work, duties, demands read as
  // tasks, nor 组织领导)
  const holdsNoTasks = (title: string) => {
    const s = simplified(title);
    return skipsTasks(title) && !(goalsWork && GOALS_PART.test(s)) && !DUTIES_PART.test(s) && !demandParts.has(s) && !LEADERSHIP_PART.test(s);
  };
  // a part that is a clause of its own with no item under it, beside parts of its level that are
  // headings over items (a regulation: "一、会议议题：" over 1、2、…, then "二、议题由…提出，…。"): a task
  // (the paragraph is the whole part; neither it nor a part over it frames the plan: "（二）培养…" under "二、目的")
  // (xlevels17, pooled, not changed: a clause part followed by unnumbered text of its own would gain 3 tasks of 1
  // document, 1 corpus, and lose 2 — a title run into "一、指导思想", "二、组委会下设工作组，…" —: `whole` stays)
  const frames = (x: string) => FRAME_TAIL.test(simplified(x).split(/[，,。；;：:\s]/)[0]) || FRAME_RUN_IN.test(simplified(x)) || skipsTasks(x);
  const clausePart = (i: number, n: Num, title: string) => {
    const rank = RANK[n.level];
    const k = nextNumbered[i];
    const whole = i + 1 === paras.length || (!!nums[i + 1] && RANK[nums[i + 1]!.level] <= rank);
    return !boldTasks && overItems.has(n.level) && !skipping && whole && clauseItem(title) && !frames(title) && !heads.some((h) => frames(h.sec.title)) && !framing(paras[i], n) && (k < 0 || RANK[nums[k]!.level] <= rank);
  };
  // in a notice, a heading whose whole part is unnumbered text, among parts that number their
  // items ("二、认真做好期末工作" over one paragraph): the part is one task, named by its heading
  const noticeProsePart = (i: number, n: Num, title: string, secTitle: string) => {
    const j = nextNumbered[i];
    return notice && !boldTasks && !datedParts.has(i) && !skipsTasks(secTitle) && !framing(paras[i], n) && !/保障|组织领导|领导小组|附则/.test(simplified(secTitle)) && title.length <= 30 && !/[，,。；;]/.test(title) && (j < 0 || RANK[nums[j]!.level] <= RANK[n.level]) && i + 1 < paras.length && !nums[i + 1] && !isSignature(paras, i + 1) && paras[i + 1].st.text.trim().length >= 6;
  };
  const close = () => {
    if (!cur) return;
    const ps = parts[parts.length - 1];
    cur.body = Stitched.join(ps.map((p) => p.st.trim()), "\n");
    cur.factText = cur.body;
    const deeper = ps.slice(1).filter((p) => {
      const n = paraNumbering(p);
      return n && RANK[n.level] > taskRank;
    });
    cur.measureItems = deeper.length ? deeper.map((p) => p.st.trim()) : splitItems(cur.body).filter((_, i, a) => a.length >= 2 || i > 0);
    if (cur.measureItems.length && !deeper.length && !/[\u2460-\u2473]/.test(cur.body.text)) cur.measureItems = [];
    tasks.push(cur);
    cur = null;
  };
  paras.forEach((p, i) => {
    const n = nums[i];
    const t = p.st.text.trim();
    if (endsText(t, n)) {
      close();
      skipping = true;
      return;
    }
    if (!n && closesItem(paras, i, t, doc.meta)) {
      close();
      return;
    }
    // (only a heading that the items follow: "3月：完成摸底；" inside a task's text is not one)
    // (or follow the label of the month's work: "三月" / "常规事项：" / "1、…")
    const nextIsItem = boldTasks
      ? !!paras[i + 1]?.boldPrefix
      : nums[i + 1]?.level === taskLevel || (!!taskLevel && !nums[i + 1] && ITEMS_LABEL.test(paras[i + 1]?.st.text.trim() ?? "") && nums[i + 2]?.level === taskLevel);
    const th = monthHeadText(t);
    const month = !n && monthHeads >= 2 && th.length <= 30 && nextIsItem && !/[。；;，,]$/.test(th) ? MONTH_HEAD.exec(th) : null;
    if (month) {
      close();
      // (no year printed anywhere: the month heading closes the items above it, but dates nothing)
      if (months) schedule = months(month, p, th);
      return;
    }
    // a deeper list right under a part's heading, in a part with no item at the task level
    // ("五、比赛要求：" over "（1）…（2）…" where the other parts number 1、2、): its items are the part's tasks
    const orphan = !boldTasks && !!n && !!taskLevel && RANK[n.level] > taskRank && heads.length > 0 && (orphanLevel === n.level || (!cur && lastNumbered === lastHead));
    const shallow = shallowTasks.has(i) && !framing(p, n!);
    const isTask = boldTasks ? !!p.boldPrefix && !n : (n?.level === taskLevel && !measureItems.has(i)) || orphan || shallow;
    if (n) lastNumbered = i;
    orphanLevel = orphan ? n!.level : n && RANK[n.level] <= taskRank ? null : orphanLevel;
    if (n && (taskLevel || boldWithUnits) && (RANK[n.level] < taskRank || containers.has(i)) && !shallow) {
      close();
      schedule = basePlan;
      const title = t.slice(n.length).trim().replace(/[。：:]$/, "");
      const sec = { no: n.no, title: title.replace(/\s+/g, ""), span: p.st.trim().span() };
      const rank = RANK[n.level];
      heads = heads.filter((h) => h.rank < rank);
      if (clausePart(i, n, title)) {
        close();
        schedule = basePlan;
        lastHead = -2;
        const { st, confidence } = titleOf(p, n);
        seq++;
        cur = { no: n.no, section: heads.length ? heads[heads.length - 1].sec : null, title: st, titleConfidence: confidence, body: p.st, unitCells: [], measureItems: [], factText: p.st, confidence: 0.7 };
        parts.push([p]);
        return;
      }
      heads.push({ rank, sec, level: n.level, runSheet: runSheets.has(i) });
      lastHead = i;
      skipping = heads.some((h) => h.runSheet) || (honourSkips && heads.some((h) => holdsNoTasks(h.sec.title)));
      if (!skipping && noticeProsePart(i, n, title, sec.title)) {
        const hs = p.st.trim();
        const st = hs.slice(n.length).trim();
        cur = { no: "", section: sec, title: st.slice(0, st.text.replace(/[。：:\s]+$/, "").length), titleConfidence: 0.7, body: p.st, unitCells: [], measureItems: [], factText: p.st, confidence: 0.6 };
        parts.push([p]);
      }
      return;
    }
    if (isTask) {
      close();
      // (a container heading of the task level closes at its next sibling)
      if (n && RANK[n.level] === taskRank) heads = heads.filter((h) => h.rank < taskRank);
      if (skipping) return;
      // "（一）指导思想": a framing part at the task level is no task
      if (n && ((framing(p, n) && !LEADERSHIP_PART.test(simplified(headingTitle(p, n)))) || runSheets.has(i))) return;
      let { st, confidence } = titleOf(p, n);
      // (a body's share is named by the body: "后勤安全组", not its heads' names after it)
      const share = shareNames.get(i);
      const at = share ? p.st.text.indexOf(share.slice(0, 2)) : -1;
      if (share && at >= 0) ({ st, confidence } = { st: p.st.slice(at, at + share.length), confidence: 0.8 });
      // (an item cut off right after its number, "二、主" closing an excerpt, names nothing)
      if (i === paras.length - 1 && st.text.replace(/[\s\p{P}]/gu, "").length < 2) return;
      seq++;
      cur = {
        no: n?.no ?? String(seq),
        section: heads.length ? heads[heads.length - 1].sec : null,
        title: st,
        titleConfidence: confidence,
        body: p.st,
        unitCells: [],
        measureItems: [],
        factText: p.st,
        confidence: p.boldPrefix || p.heading ? 0.9 : 0.8,
        ...(schedule ? { scheduled: schedule === period?.scheduled ? period.dayOf(st.text) : schedule } : {}),
      };
      parts.push([p]);
      return;
    }
    if (!n && !skipping && datedStarts.has(i) && heads.length) {
      close();
      const st = p.st.trim();
      const m = DATE_LEAD.exec(st.text)!;
      const rest = st.slice(m[0].length).trim();
      const title = rest.slice(0, rest.text.search(/[；;。]|$/));
      if (title.text.replace(/[\s\p{P}]/gu, "").length >= 2) {
        cur = { no: "", section: heads[heads.length - 1].sec, title, titleConfidence: 0.6, body: p.st, unitCells: [], measureItems: [], factText: p.st, confidence: 0.6 };
        parts.push([p]);
      }
      return;
    }
    // a section whose whole content is one unnumbered paragraph, under a heading parallel to its
    // siblings' ("一、省级项目" / "二、市级项目": a project described in prose where the others are
    // numbered): that paragraph is the section's task
    const head = heads[heads.length - 1];
    if (!cur && !n && !skipping && taskLevel && head && lastHead === i - 1 && soleParagraph(paras, nums, nextNumbered, i, head.rank) && parallel(head.level, head.sec.title)) {
      let { st, confidence } = titleOf(p, null);
      // the paragraph may open by naming its heading again
      const again = head.sec.title.replace(/^[一二三四五六七八九十]+[、.．]/, "");
      if (st.text.startsWith(again) && st.text.length > again.length + 4) st = st.slice(again.length).trim();
      if (st.text) {
        cur = { no: "", section: heads[heads.length - 1].sec, title: st, titleConfidence: confidence, body: p.st, unitCells: [], measureItems: [], factText: p.st, confidence: 0.6 };
        parts.push([p]);
        return;
      }
    }
    // (an unnumbered group's name over its roster — "竞赛组" above "组长：…" — opens the next group: its
    // roster is not the text of the item above)
    if (cur && !n && groupOverRoster(paras, i)) {
      close();
      return;
    }
    if (cur && !p.heading) parts[parts.length - 1].push(p);
    else close();
  });
  close();
  return tasks;
}
