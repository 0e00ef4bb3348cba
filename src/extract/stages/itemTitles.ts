// An item's title: its bold lead-in, a label before its value, a heading run into its text, or its
// leading clauses, without the units, dates and brackets that close it.
import { numbering } from "./numbering.js";
import type { Stitched } from "./stitched.js";
import type { Para } from "./types.js";
import { type Num, SHI_RE } from "./itemNumbers.js";
import { RUN_IN_PART, simplified } from "./partTitles.js";
import { clauseCutEnd, leadTimeEnd, purposeEnd } from "./titleCut.js";
import { runInWorkHeadEnd } from "./nominalHeads.js";
import { bracketUnits } from "./units.js";
import { bracketNamesPeople } from "./doers.js";
import { foldHan } from "./hanFold.js";

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
  // a stage named by a label and only when it runs ("宣传：12月3日—9日；", "布展，12月16日"): the label names it,
  // the days date it (xhead19)
  const dated = LABEL_THEN_DAYS.exec(t);
  if (dated) return { st: body.slice(0, dated[1].length), confidence: 0.75 };
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
    // (a label over its own bullets, "交通安全: --期初…宣導 --…排班", names it too; so does a lone dash, as Word's
    // autocorrect or a DOCX render types "--": "交通安全: –期初…")
    if (rest.length >= 12 && (/^\s*(?:\d{1,2}[)）]|[（(]\d{1,2}[)）]|[\u2460-\u2473]|由|(?:-{1,2}|[–—])(?![-–—])|[•●◎])/.test(rest) || ((!/、/.test(firstClause) || runsOnPastList) && firstClause.length >= 6 && (/[，,]/.test(rest) || (lead[1].length <= 6 && /^[^。；;]+。$/.test(rest.trim())))))) return { st: body.slice(0, lead[1].length), confidence: 0.75 };
  }
  // a heading run into its text with no punctuation between ("一、切实做好评价和考核统筹抓好…，…"):
  // a long first clause in which a second action opens after the heading's words is cut there
  const headCut = n && n.level <= 2 ? runInHeadingEnd(t) || runInNounHeadEnd(t) || runInDoerEnd(t) : 0;
  if (headCut) return { st: body.slice(0, headCut), confidence: 0.6 };
  // a heading naming a piece of work run into when, who or how it is done ("教学活动每周开展…")
  const workCut = n ? runInWorkHeadEnd(t) : 0;
  if (workCut) return { st: body.slice(0, workCut), confidence: 0.6 };
  let end = t.length;
  const stop = SENTENCE_STOP.exec(t);
  if (stop) end = stop.index;
  // "…，牵头单位：X" closing the item's first clause names who does it; it is no part of the name
  // (and so does a bracket that names who leads it: "宣传组：（某副校长牵头）")
  // ("（教研室牵头，各中小学配合）", "【责任单位：学前股】", "，由基建股负责，财务股配合" too)
  // (a bracket naming who is in charge by its label, "科普讲座（负责部门：教务处）", or one that only refers the reader
  // elsewhere, "报名安排（见报名流程表）" closing the sentence, is no part of the name either)
  const label = /[（(【\[](责任|牵头|配合|协办)|[（(]\s*负责(?:部门|单位|科室|处室|股室|人)\s*[：:]|[（(]\s*(?:详见|具体见|参见|见)[^（()）]{1,30}[）)](?=\s*(?:[。；;！!]|$))|[（(][^（()）]{1,16}(?:牵头|负责)[）)，,；;]|[，,；;\s]\s*(?:牵头|责任|配合|协办)(?:单位|部门|科室|股室|处室)\s*[：:]|[，,]\s*由[^，,。；;（()）]{2,20}(?:牵头|负责)(?=[，,。；;]|$)|[，,]\s*(?:时间|地点|内容|主讲人?|参加人员|参加对象|活动地点|活动时间)\s*[：:]/.exec(t);
  if (label && label.index < end) end = label.index;
  // a bracket of bare units' names closing the item ("《某某条例》（市局某某处）", "整修校舍（后勤处、安全办）"): who
  // answers for it (units.ts reads it), no part of the name
  const closing = UNITS_CLOSING.exec(t.slice(0, end));
  // (nor is one of the people who answer for it, "书写标语；（各班主任）", "读故事（甲某、班主任）"; xevents)
  if (closing && closing.index >= 4 && (bracketUnits(foldHan(closing[1])) || bracketNamesPeople(closing[1]))) end = closing.index;
  let conf = stop ? 0.85 : 0.75;
  // a clause that only says when opens no name; a sentence too long to name the task is named by its
  // leading clauses (see titleCut.ts)
  // (or with a period and the addressees' 要, "节假日期间，各单位要充实…": the work names it, the addressees are its units; xtasks26)
  const from = leadTimeEnd(t.slice(0, end)) || periodDoerEnd(t.slice(0, end)) || purposeEnd(t.slice(0, end));
  const cut = clauseCutEnd(t.slice(from, end));
  if (cut) {
    end = from + cut;
    conf = 0.5;
  } else if (end - from > 60 && !BOOK_TITLES.test(t.slice(from, end).trim())) {
    const semi = /[：:；;]/.exec(t.slice(from, end));
    end = from + (semi ? semi.index : 60);
    conf = 0.5;
  }
  const s = body.slice(from, end);
  const nameText = s.text.replace(/[。；;：:，,\s]+$/, "");
  // a bracket of days closing the name ("决赛（5月6日—5月9日）。") dates it, as a deadline does; it is no
  // part of the name (a name that goes on after it, "初赛（…）：线上报名", keeps it; so does a month or a
  // part of one, "复查阶段（6月下旬）", which may name a stage of the work; but a period dated with its year,
  // "动员部署阶段（2031年7月底前）", "实施阶段（2031年8月—2032年9月）", is when the stage runs, as days are)
  // (nor is a bracket closing the name that lists what the work takes in, "强调的问题（饮食卫生、交通安全、互帮互助）",
  // "参观动物园（集合讲解、分组活动）": the name is what comes before it)
  const goesOn = /^[：:]/.test(t.slice(from + nameText.length).trimStart());
  const when = goesOn ? null : DATES_BRACKET.exec(nameText) ?? YEAR_MONTHS_BRACKET.exec(nameText);
  const list = goesOn || when ? null : LIST_BRACKET.exec(nameText);
  const cutAt = when ? when.index : list && list.index >= 4 ? list.index : nameText.length;
  return { st: s.slice(0, cutAt), confidence: conf };
}

const UNITS_CLOSING = /\s*[（(]([^（()）\n]{2,60})[）)]\s*[。；;]?\s*$/u;

// a name made only of the titles of laws or documents ("《某某法》《某某条例》《某某办法（试行）》"): cut, it
// would name another list; it is whole however long
const BOOK_TITLES = /^(?:《[^《》]{2,60}》[、，,和及与\s]*){2,}$/u;

// a sentence's end: not a "?" that stands for a character a wrong charset lost — doubled ("確??紙"), or before a
// reading's Latin letters ("向?qū)W校")
const SENTENCE_STOP = /[。！？!]|(?<!\?)\?(?![?a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü])/;

// a label, then nothing but a day or a span of days (a page may have lost a month's 月: "123日" for 12月3日)
const DAYS_ONLY = String.raw`(?:20\d{2}\s*年\s*)?\d{1,4}\s*[月日号](?:\s*\d{1,2}\s*[日号])?(?:\s*[至到\-—–~～]+\s*(?:\d{1,2}\s*月\s*)?\d{1,4}\s*[日号]?)?(?:前|以前|之前)?`;
const LABEL_THEN_DAYS = new RegExp(String.raw`^([\u4e00-\u9fff]{2,10})\s*[：:，,]\s*${DAYS_ONLY}\s*[。；;，,]?\s*$`, "u");

const DAY = String.raw`(?:\d{2,4}\s*年\s*)?(?:\d{1,2}\s*月\s*\d{1,2}\s*[日号號]?|\d{1,2}\s*[日号號])`;

const DATES_BRACKET = new RegExp(String.raw`(?<=[^\s（(])\s*[（(]\s*${DAY}(?:\s*(?:至|到|—|－|-|~|～)\s*${DAY})?\s*[）)]$`);

// a month dated with its year, or a span of months from one ("2031年8月—2032年9月", "2031年10月—12月", "2031年7月底前")
const YEAR_MONTH = String.raw`(?:20\d{2}\s*年\s*)\d{1,2}\s*月(?:份|底|末|初|上旬|中旬|下旬)?`;
const MONTH_END = String.raw`(?:20\d{2}\s*年\s*)?\d{1,2}\s*月(?:份|底|末|初|上旬|中旬|下旬)?`;
const YEAR_MONTHS_BRACKET = new RegExp(String.raw`(?<=[^\s（(])\s*[（(]\s*${YEAR_MONTH}(?:\s*(?:至|到|—+|－|-|~|～)\s*${MONTH_END})?\s*(?:前|以前|之前)?\s*[）)]$`);

// a bracket closing a name that lists things, its items joined by 、 or a comma ("（数学、英语）")
const LIST_BRACKET = /(?<=[^\s（(])\s*[（(][^（()）]*[、，,][^（()）]*[）)]$/;

/** Words that open a sentence of a plan's text: an action, or the adverb before one. */
const ACTION_OPEN = /(?:加强|统筹|积极|指导|推动|推进|落实|完善|健全|深化|持续|全面|进一步|认真|切实|扎实|坚持|围绕|按照|根据|组织|督促|建立|实施|强化|着力|不断|继续|严格|大力|全力|依法)/g;

// the words a heading opens with when it is an action
const ACTION_HEAD = new RegExp(`^(?:${ACTION_OPEN.source}|做好|开展|提升|提高|加快|优化|规范|促进|抓好|打造|巩固)`);

const RUN_IN_NOUN_HEAD = /^([\u4e00-\u9fff]{4})(?=(?:通过|采用|采取|按照|依托|利用)[\u4e00-\u9fff“"])/;

/**
 * Where a four-character heading that names a thing ("培养形式", "集中研修") ends when a page lost
 * the break after it and its text opens with how it is done ("…按照…的思路", "…通过专家讲座…"), or 0.
 */
export function runInNounHeadEnd(t: string): number {
  const m = RUN_IN_NOUN_HEAD.exec(t);
  if (!m || ACTION_HEAD.test(m[1])) return 0;
  const clause = /^[^，,。；;：:！？!?（(《]*/.exec(t)![0];
  return clause.length >= 12 ? 4 : 0;
}

// a period, its comma, and the addressees (a body named by 各) with their 要/应 opening an item's text: "节假日期间，各单位要…",
// "在评估期间，各县要…" (not a person in the work's sentence: "…期间，教师授课时务必…")
export const PERIOD_DOER = /^(?:在|于|於)?[^，,。；;：:]{2,16}(?:期间|期間)\s*[，,]\s*各[^，,。；;：:]{1,16}?(?:要|应当|應當|应|應|必须|必須|务必|務必)(?=[\u4e00-\u9fff])/;

/** Where the work starts after such a period and addressees, where 6 characters or more follow; else 0. */
export function periodDoerEnd(t: string): number {
  const m = PERIOD_DOER.exec(t);
  return m && t.length - m[0].length >= 6 ? m[0].length : 0;
}

// the addressees opening a heading's text with their 要/应 ("…安全教育各地各校要结合…"), not the object of a verb
// before them ("督促各校要…")
const RUN_IN_DOER = /(?<!督促|指导|指導|要求|组织|組織|推动|推動|引导|引導|鼓励|鼓勵|协调|協調|帮助|幫助|支持|动员|動員|和|与|與|及|、)各[\u4e00-\u9fff]{1,8}?(?:都|务必|務必)?(?:要(?![求素点點件紧緊是])|应当|應當|必须|必須)(?=[\u4e00-\u9fff])/;

/**
 * (xtasks26) Where a heading that opens with an action ends when a page lost the break after it and its text opens
 * with the addressees and their 要 ("三、强化…安全教育各地各校要结合实际…"), or 0: 6 characters in at least.
 */
export function runInDoerEnd(t: string): number {
  const clause = /^[^，,。；;：:！？!?（(《]*/.exec(t)![0];
  if (!ACTION_HEAD.test(clause)) return 0;
  const m = RUN_IN_DOER.exec(clause);
  return m && m.index >= 6 ? m.index : 0;
}

/**
 * Where a numbered heading typed into its text without punctuation ends, or 0: a heading that
 * opens with an action ("切实做好…") whose first clause is long (over 20 characters), and at least 8
 * characters in, not right after a conjunction nor inside a cited title, a second action opens the text.
 */
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
