// What a part's heading names: the framing parts of a plan (指导思想, 工作目标, 保障措施…), the part that
// holds its tasks (主要任务…), demands, duties, containers and the facts of an event; traditional
// characters read as simplified.
import type { Para } from "./types.js";
import type { Num } from "./itemNumbers.js";

// Parts of a plan that are not tasks: guiding ideas, goals, principles, safeguards, requirements.
// (the last: why and on what ground a plan is made — "壹、計畫源起", "一、活动目的", "贰、编制依据" — frames it; not goals: a "主要工作目标" part may list the work)
export const NON_TASK_HEADING = /^(指导思想|总体要求|总体目标|工作目标|主要目标|目标任务|基本原则|工作原则|保障措施|工作要求|组织保障|组织领导|组织机构|组织实施|实施步骤|工作步骤|有关要求|工作保障|时间安排|进度安排|工作机制|推进机制|实施范围|适用范围|背景|工作背景|(?:参会|参加|出席|与会)人员|[\u4e00-\u9fff]{2}(?:原则|对象)(?:$|[和与及、])|[\u4e00-\u9fff]{0,4}(?:目的|依据|源起|缘起|缘由|意义)(?:$|[和与及、]))/;

// (xtasks2, pooled) a competition's rules as a part of its own: how it is run and scored ("三、比赛方法和规则",
// "六、记分和录取名次办法"): its items say how the contest goes, not work anyone is charged with; the golds take none
// of them (5 items, 2 corpora). Not a part that organises the contest ("竞赛办法" over its draw and schedule), nor its
// events or prizes ("比赛项目", "奖项设置": lists other parts may name again, or the prizes a part awards)
export const CONTEST_RULES_HEADING = /^(?:(?:比[赛賽]|[竞競][赛賽])(?:[规規][则則]|方法[和与與及][规規][则則])|[记記计計]分(?:[和与與及、][录錄]取名次)?(?:[办辦]法|方法|[规規][则則])?|[录錄]取名次(?:[办辦]法|方法)?)$/;

// (xfix20, pooled) a part that lists the problems a check found ("一、平安隐患问题：", "一、当前存在的主要问题",
// "二、现状分析与需解决问题"), or whose own text, run on, ends announcing them ("二、…当前，我校…存在以下问题："):
// in a 整改 report or plan the problems are what the work answers, not the work; the measures of another part
// are. Never work, whichever level holds the tasks (not a heading that acts on them, "着力解决突出问题", nor
// "存在问题及整改措施")
const PROBLEMS_HEADING = /^(?!(?:着力|切实|全力|集中|认真|坚决)?(?:解决|整改|破解|聚焦|针对|坚持|查摆|查找|排查|梳理|正视|直面))[^，,。；;：:]{0,10}(?:存在|主要|突出|发现|面临|当前|目前|现状|需解决|关键|隐患)[^，,。；;：:]{0,4}(?:问题|不足|短板)(?:$|[：:])/;
const PROBLEMS_RUN_ON = /^[^。；;]*(?:存在|发现)(?:以下|如下)[^。；;，,]{0,8}(?:问题|不足|短板)(?:如下)?[：:]?$/;

/** The part's title (its heading without the number) names the problems found, not work. */
export const listsProblems = (title: string) => {
  const t = simplified(title.replace(/\s+/g, ""));
  return PROBLEMS_HEADING.test(t) || PROBLEMS_RUN_ON.test(t);
};

// the items numbered under a part of goals ("二、工作目标" over "1. 提高…" "2. 建立…") are work the plan
// asks for, tasks like those of its task parts (pooled golds: every such item is a task) where the plan has
// task parts of its own; the heading itself is none
export const GOALS_PART = /^(?:总体目标|工作目标|主要目标|目标任务)/;

// a framing part that names duties ("四、组织机构及其主要职责", "领导小组下设机构和工作职责") holds work: its
// numbered duties are tasks (pooled golds: 77 of 83 items under such headings); so does one that names the groups
// the work is split into ("一、组织机构及分组": its groups over their rosters and duties; xevents)
export const DUTIES_PART = /职责|分工|分组/;

// a heading over the working groups and their duties: "2、各应急小组及职责：", "（二）各工作组负责人及工作职责"
export const GROUPS_DUTIES = /组(?!织).{0,8}(?:职责|分工)/;

// a part headed 组织领导 alone holds work: forming the group and what it is to do ("四、组织领导" over
// "1、成立活动领导小组。" "2、领导小组成员要…"; pooled golds: every such part, 3 documents of 3 corpora)
export const LEADERSHIP_PART = /^组织领导$/;

// a heading that only names a kind of requirements or measures: 活动要求, 保障措施
export const CONTAINER_TITLE = /(?:要求|措施)$/;

// a part of demands on whoever does the work: 工作要求, 有关要求
export const DEMANDS_PART = /^(?:工作要求|有关要求)/;

// The framing parts themselves, as an item's whole heading ("（一）指导思想", "一、总体要求", "二、工作方针"):
// an item named so frames the plan, it is no task, at whatever level it stands
const FRAMING_TITLE = /^(?:指导思想|总体要求|总体目标|总体思路|工作思路|总体思想|工作方[针針]|基本原则|工作原则|主要目标|工作目标|目标任务|组织领导|领导小组|组织机构|保障措施|工作保障|组织保障|年度定位|背景|工作背景)(?:[和与及、](?:指导思想|总体要求|总体目标|总体思路|工作思路|基本原则|工作原则|主要目标|工作目标|目标任务|年度定位|工作方[针針]|主要任务))*$/;

// the heading of the part that holds a plan's tasks
export const TASKS_PART = /^(?:主要工作|主要任务|重点工作|重点任务|工作任务|工作重点|工作措施|主要措施|具体措施|工作内容|主要内容|重点工作任务)(?:及(?:措施|要求))?$/;

// a part's name run into the part's text without a break ("主要任务此次…", not "主要任务是…" or "主要任务：")
export const RUN_IN_PART = new RegExp(`^(${TASKS_PART.source.slice(1, -1)}|指导思想|总体要求|工作目标|基本原则|领导小组|组织领导|保障措施|工作要求)(?![是为有：:，,。；;\\s及和与])(?=[\\u4e00-\\u9fff])`);

// in a notice (放假、开学…的通知) its 时间安排 and 工作要求 are what it asks for, not a frame around tasks
export const NOTICE_ARRANGEMENT = /^(?:时间安排|工作要求|有关要求|进度安排)/;

// the traditional forms of the characters those headings are written with (a plan copied from a
// page in traditional script: "二、主要目標", "（二）工作方針")
const TRAD: Record<string, string> = { 據: "据", 緣: "缘", 義: "义", 總: "总", 體: "体", 導: "导", 標: "标", 針: "针", 則: "则", 務: "务", 組: "组", 織: "织", 領: "领", 機: "机", 構: "构", 與: "与", 時: "时", 間: "间", 進: "进", 關: "关", 護: "护", 實: "实", 動: "动", 負: "负", 責: "责", 經: "经", 費: "费", 預: "预", 賽: "赛", 項: "项", 來: "来", 資: "资", 會: "会" };

const TRAD_CODES = new Uint8Array(0x10000);

const TRAD_RE = new RegExp(`[${Object.keys(TRAD).join("")}]`, "g");
for (const c of Object.keys(TRAD)) TRAD_CODES[c.charCodeAt(0)] = 1;

// (most texts hold none of these: a table lookup per character tells so faster than the pattern)
export const simplified = (s: string) => {
  for (let i = 0; i < s.length; i++) if (TRAD_CODES[s.charCodeAt(i)]) return s.replace(TRAD_RE, (c) => TRAD[c]);
  return s;
};

// (xparts16, pooled) a heading that names a fact of the event rather than work — its theme, who it is for,
// where it is held, the committee that runs it ("二、活动主题", "三、参加对象", "一、举办日期与地点",
// "四、艺术节组委会"): the golds drop 41 of 42 such headings (8 corpora; kept: one "比赛时间、地点"); the
// items under one stay tasks. A sentence is no such heading ("2.及时认定资助对象。" is work), nor is a
// heading that opens with the act ("三、成立组委会", "一、征集活动主题"). (xtasks2) So are its slogan, its agenda and who
// attends ("三、活动口号", "三、典礼议程", "参加人员": 3 of 3 dropped by the golds, 2 corpora, none kept anywhere)
const FACT_TITLE = /^(?!成立|组建|确定|明确|征集|选定|拟定|公布|发布)[^，,。；;]*(?:主题|对象|地点|组委会|口号|口號|议程|議程|参加人员|參加人員|参会人员|出席人员)$/;

// (xwild17, unseen pages) an event plan's other facts, as a whole heading: why it is held, who answers for it, what
// it costs ("一、活动背景", "二、活动负责人", "七、经费预算", "活动背景与目的"): no work; the items under one stay tasks
const EVENT_FACT = /^(?:活动|项目|比赛|竞赛|晚会)?(?:背景|目的|负责人|经费预算|经费|预算|资金来源与预算|经费来源与预算)(?:[与及和、](?:目的|意义|预算))?$/;

// (xwild17) a framing part named as the run-in lead of its item ("（一）指导思想。以…", "1.基本原则：坚持…"), the
// kinds that never hold work (not goals: an excerpt of 工作目标 and 实施步骤 asks for its goals)
const FRAMING_LEAD = /^(?:指导思想|总体要求|总体思路|工作思路|基本原则|工作原则|背景|工作背景)[。：:]/;

/** The item's own heading (without its number) is one of the plan's framing parts. */
export function framing(p: Para, n: Num): boolean {
  const t = framingTitle(p, n);
  // (a short one run in only before a label: "三、领导小组组长:XX成员:XXX")
  if (t.length <= 16 && (FRAMING_TITLE.test(t) || !/[：:]/.test(t))) return FRAMING_TITLE.test(t) || ((FACT_TITLE.test(t) || EVENT_FACT.test(t)) && !/[。；;]$/.test(p.st.text.trim()));
  // (the pattern reads the opening only)
  if (FRAMING_LEAD.test(simplified(p.st.text.trim().slice(n.length).trim().slice(0, 16)))) return true;
  // a framing heading run into its text by a page that lost the line breaks ("二、工作目标通过开展…")
  return n.level <= 2 && RUN_IN_FRAMING.test(t);
}

const RUN_IN_FRAMING = /^(?:指导思想|总体要求|总体目标|总体思路|工作思路|基本原则|工作原则|主要目标|工作目标|领导小组|组织机构|组织领导|保障措施)(?![和与及、，,。；;：:）)])/;

const HEAD_CUT = 64;

/**
 * The heading's title as `framing` reads it (headingTitle, simplified, quotes out): whole where it has
 * 16 characters or fewer, else only its opening (17 characters or more: the patterns read no further).
 * (framing is asked of a paragraph several times; a whole paragraph is not rewritten for its opening)
 */
function framingTitle(p: Para, n: Num): string {
  const full = p.st.text.trim().slice(n.length).trim();
  // (every step keeps or drops single characters, the last one of the whole text aside: a cut's result
  // opens as the whole one's does)
  if (full.length > HEAD_CUT) {
    const head = simplified(full.slice(0, HEAD_CUT).replace(/\s+/g, "")).replace(/[“”"《》]/g, "");
    if (head.length > 16) return head;
  }
  return simplified(headingTitle(p, n)).replace(/[“”"《》]/g, "");
}

export const headingLike = (t: string) => t.length <= 20 && !/[，,。；;]/.test(t.replace(/[。；;：:]$/, ""));

export function headingTitle(p: Para, n: Num): string {
  return p.st.text.trim().slice(n.length).trim().replace(/[。：:]$/, "").replace(/\s+/g, "");
}

// the name of a part that frames the plan rather than does work ("培养目标", "活动目的", "编制依据")
// (also run into its text: "一、培养目标通过…"; and a part's name over work run in: "三、主要工作及措施2019年，…")
export const FRAME_TAIL = /(?:目标|目的|原则|思想|意义|依据|背景|范围|对象)$/;

export const FRAME_RUN_IN = /^(?:[\u4e00-\u9fff]{0,4}(?:目标|目的|思想|意义|依据|背景|范围|对象)|[\u4e00-\u9fff]{1,4}原则|(?:主要|重点|具体)(?:工作|任务|措施|举措))/;
