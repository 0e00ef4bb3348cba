// Never nothing, as structure (issue 9 §3): after the rule stages, a document for which they found no
// task or one — or one that does not read as work ("各级各类学校及幼儿园", "2024年工作要点：") — is
// read again for the structures that could hold its tasks, each a candidate:
//   - every numbering level (一、 （一） 1. （1） ① 一是), its items that read as work;
//   - an enumeration run into the text under a part ("…。一是全面加强…。二是持续…", "一要…" "二要…");
//   - items counted under a name of their own ("专项行动1 …", "隐患2：…");
//   - a month-by-month schedule copied one cell a line ("3月份" over its lines of work);
//   - a week-by-week schedule copied one cell a line (the week, "3.9-3.15", the week's theme, its lines);
//   - headings whose numbers were lost, short lines each over a paragraph of its own.
// The candidate with the most items that read as work is taken, where it holds more than the rules
// found (or the rules' one task is no work): its items are the tasks, with low confidence, and one
// warning says the structure was unclear. Documents the rules refused (a speech, a notice of general
// demands, framing parts only) and tables the rules read stay as they are.
import { foldHan } from "./hanFold.js";
import { cnToInt } from "./numbering.js";
import { Stitched } from "./stitched.js";
import { collectTasks, paraNumbering, RANK, titleOf, type Lv, type Num } from "./structure.js";
import { termYear } from "./datedLines.js";
import { leadPhraseEnd } from "./titleCut.js";
import type { Ctx, Para, RawTask, Stage, WarningCode, WorkDoc } from "./types.js";

export const FEW_TASKS_CONFIDENCE = 0.4;

const CLOCK_ROW = /^\s*[0-2]?\d\s*[:：]\s*[0-5]\d(?!\d)/;

/** The tasks the fields stage goes on with: a task table's rows, or the prose items. */
export function usesTable(doc: WorkDoc): boolean {
  // a day's program ("13:00〜13:10 | 學校整隊集合"), every row opening with a time of day and naming
  // no one responsible, is the agenda of one event: numbered prose items beside it are the plan's work
  // (a program with a 负责人 column is the plan itself)
  if (doc.proseTasks.length >= 2 && doc.tableTasks.length && doc.tableTasks.every((t) => CLOCK_ROW.test(t.body.text) && !t.unitCells.length)) return false;
  return doc.tableTasks.length >= Math.max(3, doc.proseTasks.length * 0.5) || (doc.tableTasks.length > 0 && doc.proseTasks.length === 0);
}

// verbs that open or carry a piece of work
const WORK_VERB =
  /加强|開展|开展|推进|推動|推动|落实|落實|完善|建立|健全|做好|组织|組織|提高|提升|实施|實施|强化|強化|确保|確保|创建|創建|建设|建設|完成|制定|召开|召開|举办|舉辦|严格|嚴格|形成|营造|培养|培養|改善|优化|發揮|发挥|深化|规范|規範|抓好|抓实|打造|巩固|促进|促進|继续|繼續|坚持|堅持|扩大|新建|改扩建|启动|啟動|参与|參與|迎接|搞好|聚焦|突出|开发|開發|引用|把好|检查|檢查|排查|整改|报送|報送|填报|填報|培训|培訓|测试|測試|宣传|宣傳|展示|设置|設置|撰写|撰寫|收集|整理|清理|督查|保障|维护|提醒|执行|執行|履行|选派|動員|动员|部署|指导|指導|评选|征集|编制|实行|實行|通报|更新|审核|推广|增加|新增|达到|達到|实现|實現|覆盖|建成|改造|维修|加快|做到|保证|保證|管理|开齐|增强|增強|对照|對照|对比|對比|细化|查收|纳入|納入|紧盯|緊盯|抓紧|抓緊/;
// the whole name of a notice's note: a holiday's dates or a contact ("元旦放假时间", "联系人")
const HOLIDAY_OR_CONTACT = String.raw`[^，,。；;]{0,8}(?:放假|假期|休假)(?:时间|安排)?|联系人|联系电话|联系方式`;
// items that are no work: a holiday's dates, contacts, attachments, a site's notes
const NOT_WORK = new RegExp(String.raw`^(?:${HOLIDAY_OR_CONTACT}|电子邮箱|邮箱|附件|备注|说明)$|放假时间|版权|下载|会员|客服`);

/** The item reads as work: an action in its name or its first sentence, and it is none of the framing or notes. */
function readsAsWork(t: RawTask): boolean {
  const title = t.title.text.trim();
  if (title.replace(/[\s\p{P}]/gu, "").length < 2 || NOT_WORK.test(title)) return false;
  return WORK_VERB.test(title) || WORK_VERB.test(t.body.text.split("\n")[0]);
}
const titleIsWork = (t: RawTask) => WORK_VERB.test(t.title.text);
/** A heading or a label, not work: no action in its name nor in its own paragraph ("（一）各级各类学校及幼儿园", "1.2024年工作要点："). */
const headingOnly = (t: RawTask) => !titleIsWork(t) && !WORK_VERB.test(t.body.text.split("\n")[0]);
/** Every item of the candidate lies inside the task's text (its deeper items). */
const inside = (c: Candidate, t: RawTask) => {
  const [a, b] = t.body.span();
  return c.tasks.every((x) => x.body.span()[0] >= a && x.body.span()[1] <= b);
};

interface Candidate {
  tasks: RawTask[];
  /** How the items were found, for the warning: "“1.”级编号". */
  label: string;
  /** One item is enough: the document says in so many words that it is the plan ("3月份计划：…"). */
  one?: boolean;
}

const LEVEL_LABEL: Record<Lv, string> = { 7: "“壹、”级编号", 1: "“一、”级编号", 2: "“（一）”级编号", 3: "“1.”级编号", 4: "“（1）”级编号", 5: "“①”级编号", 6: "“一是”列举" };

/** Each numbering level's items that read as work. */
function levelCandidates(doc: WorkDoc): Candidate[] {
  const start = doc.meta?.bodyStart ?? 0;
  let paras = doc.paras.slice(start);
  let nums = paras.map(paraNumbering);
  if (!nums.some(Boolean)) {
    paras = doc.paras;
    nums = paras.map(paraNumbering);
  }
  const out: Candidate[] = [];
  for (const lv of [1, 2, 3, 6, 4, 5] as Lv[]) {
    if (!nums.some((n) => n?.level === lv)) continue;
    const tasks = collectTasks(doc, paras, nums, { taskLevel: lv, boldTasks: false, boldWithUnits: false, honourSkips: false }).filter(readsAsWork);
    if (tasks.length) out.push({ tasks, label: LEVEL_LABEL[lv] });
  }
  return out;
}

// "一是…" "二要…": the enumeration of the points under a part, at a paragraph's start or after a sentence,
// or after the verb that reports a meeting's points and its comma ("会议强调，一要…"); not "要紧" (urgent),
// but "二要紧盯…" (keep a close eye on) is a point
// (or right after the doers the points are asked of: "各项目单位负责人一要…，二要…")
const ENUM_MARK =
  /(^|[。；;：:！!？?]\s*|(?:强调|強調|指出|要求|提出|明确|明確)[，,]\s*|(?<=[人位门門校员員处處室组組局院园園]))([一二三四五六七八九十])(是|要)(?![否指由因为不非求素点件]|[紧緊](?![盯抓跟扣]))(?=[\u4e00-\u9fff“"])/g;
// "第一，…第二，…" "首先，…其次，…最后，…": points counted by ordinals, at a paragraph's start or after a sentence
const ORDINAL_MARK = /(^|[。；;：:！!？?]\s*)(?:第([一二三四五六七八九十])|(首先|其次|再次|最后|最後))\s*[，,、：:]/g;
const ORDINAL_WORD: Record<string, number> = { 首先: 1, 其次: 2, 再次: 3, 最后: 99, 最後: 99 };

// a news report's byline in brackets after its last sentence: "（记者 张三 李四）" "(文/图 王五)" "（麦教）"
const BYLINE = /(?<=[。！!？?”"])\s*[（(][^（）()。，,；;]{1,20}[)）]\s*$/;
/** The text without a byline closing it. */
const withoutByline = (st: Stitched) => {
  const m = BYLINE.exec(st.text);
  return m ? st.slice(0, m.index) : st;
};

/**
 * An enumeration 一是/二是/三是 (or 一要/二要) run into the text of a part, the part not itself
 * under a deeper numbered item (a （一） task's 一是/二是 are its measures): each point is an item.
 */
function enumerationCandidate(doc: WorkDoc): Candidate | null {
  const start = doc.meta?.bodyStart ?? 0;
  const paras = doc.paras.slice(start);
  const marks: { para: number; at: number; len: number; value: number; verb: string }[] = [];
  let lastNumbered: Num | null = null;
  paras.forEach((p, i) => {
    const n = paraNumbering(p);
    if (n && n.level !== 6) lastNumbered = n;
    // (points under a （一） / 1. item are that item's measures)
    if (lastNumbered && RANK[lastNumbered.level] > 1) return;
    const t = p.st.text;
    ENUM_MARK.lastIndex = 0;
    for (let m = ENUM_MARK.exec(t); m; m = ENUM_MARK.exec(t)) {
      const at = m.index + m[1].length;
      marks.push({ para: i, at, len: 2, value: cnToInt(m[2]), verb: m[3] });
    }
    ORDINAL_MARK.lastIndex = 0;
    for (let m = ORDINAL_MARK.exec(t); m; m = ORDINAL_MARK.exec(t)) {
      const at = m.index + m[1].length;
      marks.push({ para: i, at, len: m[0].length - m[1].length, value: m[2] ? cnToInt(m[2]) : ORDINAL_WORD[m[3]], verb: m[2] ? "第" : "首先" });
    }
  });
  marks.sort((a, b) => a.para - b.para || a.at - b.at);
  // the longest run 1, 2, 3… of one form ("最后" closes a run of 首先/其次)
  let best: typeof marks = [];
  for (let k = 0; k < marks.length; k++) {
    if (marks[k].value !== 1) continue;
    const run = [marks[k]];
    for (let j = k + 1; j < marks.length && run.length < 20; j++) {
      const last = run[run.length - 1].value;
      if (last === 99) break;
      if (marks[j].verb === marks[k].verb && (marks[j].value === last + 1 || marks[j].value === 99)) run.push(marks[j]);
      else if (marks[j].value === 1 && marks[j].verb === marks[k].verb) break;
    }
    if (run.length > best.length) best = run;
  }
  if (best.length < 2) return null;
  const tasks: RawTask[] = [];
  // (the doers named right before the first point are the doers of the points in its paragraph:
  // "会议要求，各项目单位负责人一要…；二要…")
  const head = paras[best[0].para].st.text.slice(0, best[0].at);
  const lead = /[\u4e00-\u9fff、]+$/.exec(head.replace(/^[^]*[，,：:。；;]\s*/, ""));
  // (the body that heads the people it names is the doer: "各项目单位负责人" → 各项目单位)
  const body0 = lead && DOER_BEFORE.exec(`${lead[0]}要`)?.[1] === lead[0] ? lead[0].replace(/(?:负责人|負責人|主要负责人|主要負責人|同志)$/, "") : "";
  const doer = lead && body0 ? paras[best[0].para].st.slice(best[0].at - lead[0].length, best[0].at - lead[0].length + body0.length) : null;
  best.forEach((m, k) => {
    const p = paras[m.para];
    const next = best[k + 1];
    // the point runs to the next point in its paragraph, or to its paragraph's end
    const end = next && next.para === m.para ? next.at : p.st.text.length;
    const own = withoutByline(p.st.slice(m.at, end).trim());
    // (the doer is said again before the point's verb, its number left out: "各项目单位" + "要加快…")
    const body = doer && m.para === best[0].para ? Stitched.join([doer, own.slice(1)]) : own;
    const item: Para = { st: own };
    let { st, confidence } = titleOf(item, { level: 6, no: "", length: m.len });
    // (a long point, or one that runs on to the next in its sentence, is named by its lead phrase:
    // "一要加快项目进度，该完工的…", "一要提高站位，切实…；二要…")
    const lead = leadPhraseEnd(st.text, own.text.slice(m.len).trim());
    if (lead) st = st.slice(0, lead);
    if (!st.text) return;
    tasks.push({ no: k < 10 ? "一二三四五六七八九十"[k] : "", section: null, title: st, titleConfidence: confidence, body, unitCells: [], measureItems: [], factText: body, confidence: FEW_TASKS_CONFIDENCE });
  });
  const label = best[0].verb === "第" ? "“第一、第二”列举" : best[0].verb === "首先" ? "“首先、其次”列举" : `“一${best[0].verb}、二${best[0].verb}”列举`;
  return tasks.length >= 2 ? { tasks: tasks.filter(readsAsWork), label } : null;
}

// the verb that reports a meeting's or a leader's demands, and its comma or colon: "会议强调，" "张局长要求，"
// "王校长表示，" "提出了具体要求：" (traditional script too)
const REPORT_VERB = /(?:强调|強調|要求|指出|表示|提出|明确|明確|指示|部署|希望|规定|規定)\s*[，,：:]\s*/g;
// a sentence that opens with the work it serves and then who will do what: "为加快公办园建设，某市将…",
// "為推進示範園創建工作，某市提出，…" (the work is the purpose; not "为全面贯彻…，制定本方案": no one will do it)
const PURPOSE = new RegExp(String.raw`^为了?((?:${WORK_VERB.source})[^，,。；;：:]{1,24})[，,][^。；;]{0,12}?(?:将|將|要|提出|规定|規定)`);
// a body or a group named as the doer before its 要/应: "各科室、直属各单位", "教育部门", "市教育局党组",
// "后勤中心、基建处等单位", "全体职工" (a phrase of time or place — "整改过程中要" — is none)
const DOER = String.raw`(?:各[\u4e00-\u9fff]{1,6}?(?=[都务務一]?[一二三四五六七八九十]?要|应当|應當|必须|必須)|(?:各|全体|全體|相关|相關|有关|有關)?[\u4e00-\u9fff、]{0,24}?(?:部门|部門|单位|單位|科室|股室|处室|處室|学校|學校|各校|党组|黨組|党委|黨委|教育局|教体局|教體局|政府|中心|处|處|职工|職工|干部|幹部|教师|教師|班子|负责人|負責人|人员|人員|学院|學院|幼儿园|幼兒園|家长|家長|师生|師生))`;
// the doer opening a clause, before its 要 ("各项目单位负责人一要" too)
const DOER_BEFORE = new RegExp(String.raw`^(${DOER})(?:都|务必|務必|一定)?(?:[一二三四五六七八九十]?要|应当|應當|必须|必須)`);
// a clause that demands: it opens with 要 (not 要求/要素/要点…), or a doer and its 要/应/必须
// ("明确要…" "同时，要…" "还要…": the word that adds a demand before its 要)
const DEMAND_OPEN = new RegExp(String.raw`^(?:(?:明确|明確|同时[，,]?|同時[，,]?|还|還|并|並|更|也)?要(?![求素点點件紧緊是])|${DOER}(?:都|务必|務必|一定)?(?:要(?![求素点點件紧緊是])|应当|應當|必须|必須))(?=[\u4e00-\u9fff“"])`);

/**
 * A meeting's or a leader's demands in running text (a news page of a meeting, an inspection, a
 * deployment): after a verb that reports them ("会议强调，" "某局长要求，"), each clause up to 。 or ；
 * that demands — it opens with 要, or with a doer and its 要 ("各科室要…", "教育部门要…") — is an item;
 * in a sentence that opens with a demand, the clauses it lists after ； are its parallel demands too
 * ("全体职工要…“收心干”，…；明确目标“精心干”，…；…"). A following paragraph that opens with a demand
 * goes on with them. Each item is named by its first clause (up to its comma; the whole clause where
 * that is only a few characters: "要抢抓工期，科学调度，…").
 */
// a sentence's own subject and verb of report: "王校长强调，" "会议还要求：" (short: no clause of its own before it)
const SAID = new RegExp(String.raw`^[^，,。；;：:]{0,12}?${REPORT_VERB.source}`);

// a short phrase of the moment, its comma, then the demand's 要 ("寒假将至，要…", "新学期伊始，要…")
const MOMENT = /^[^，,。；;：:要]{2,8}[，,]\s*(?=(?:同时[，,]?|还|也)?要(?![求素点點件紧緊是]))/;

function demandCandidate(doc: WorkDoc): Candidate | null {
  const start = doc.meta?.bodyStart ?? 0;
  const paras = doc.paras.slice(start);
  const tasks: RawTask[] = [];
  const listed = new Set<RawTask>();
  let lastNumbered: Num | null = null;
  let going = false;
  for (const p of paras) {
    const n = paraNumbering(p);
    if (n) lastNumbered = n;
    // (demands under a numbered item are that item's measures)
    if (n || (lastNumbered && RANK[lastNumbered.level] > 1)) {
      going = false;
      continue;
    }
    const t = p.st.text;
    for (const s of t.matchAll(/[^。！!？?]+[。！!？?]?/g)) {
      const lead = s[0].length - s[0].trimStart().length;
      const m = PURPOSE.exec(foldHan(s[0].trimStart()));
      if (!m) continue;
      const a = s.index! + lead;
      const own = withoutByline(p.st.slice(a, s.index! + s[0].length).trim());
      tasks.push({ no: "", section: null, title: own.slice(1 + (m[0].startsWith("为了") ? 1 : 0), 1 + (m[0].startsWith("为了") ? 1 : 0) + m[1].length), titleConfidence: 0.5, body: own, unitCells: [], measureItems: [], factText: own, confidence: FEW_TASKS_CONFIDENCE });
    }
    REPORT_VERB.lastIndex = 0;
    const verb = REPORT_VERB.exec(t);
    let from: number;
    if (verb) from = verb.index + verb[0].length;
    else if (going && DEMAND_OPEN.test(t.trimStart())) from = t.length - t.trimStart().length;
    else {
      going = false;
      continue;
    }
    let found = 0;
    // the sentences after the verb, each cut at its ；
    const sentence = /[^。！!？?]+[。！!？?]?/g;
    sentence.lastIndex = from;
    for (let s = sentence.exec(t); s; s = sentence.exec(t)) {
      const clauses = /[^；;]+[；;]?/g;
      let first = true;
      let listing = false;
      // (the doer that opens a sentence is the doer of the demands it lists after ；: "市局党组要…；要…；要…")
      let subject: Stitched | null = null;
      for (let c = clauses.exec(s[0]); c; c = clauses.exec(s[0])) {
        let a = s.index + c.index + (c[0].length - c[0].trimStart().length);
        // (a sentence that reports a demand of its own: "卢校长强调，后勤中心等单位要…")
        const said = first ? SAID.exec(t.slice(a)) : null;
        if (said) a += said[0].length;
        // (a short phrase of the moment before the 要: "寒假将至，要…", "新学期伊始，要…")
        const raw = t.slice(a, s.index + c.index + c[0].length);
        const moment = DEMAND_OPEN.test(raw) ? null : MOMENT.exec(raw);
        if (moment) a += moment[0].length;
        const clause = t.slice(a, s.index + c.index + c[0].length);
        const demands = DEMAND_OPEN.test(clause);
        const doer = DOER_BEFORE.exec(clause);
        if (first) {
          listing = demands && /[；;]/.test(s[0]);
          subject = doer && demands ? p.st.slice(a, a + doer[1].length) : null;
        }
        const own = withoutByline(p.st.slice(a, a + clause.length).trim());
        const body = !first && subject && !doer ? Stitched.join([subject, own]) : own;
        first = false;
        if (!demands && !listing) continue;
        const text = own.text.replace(/[。！!？?；;\s]+$/, "");
        const comma = text.search(/[，,：:]/);
        let end = comma >= 0 && comma - (DEMAND_OPEN.exec(text)?.[0].length ?? 0) >= 4 ? comma : text.length;
        if (end > 60) end = 60;
        const title = own.slice(0, end);
        if (title.text.replace(/[\s\p{P}]/gu, "").length < 4) continue;
        const task: RawTask = { no: "", section: null, title, titleConfidence: 0.5, body, unitCells: [], measureItems: [], factText: body, confidence: FEW_TASKS_CONFIDENCE };
        tasks.push(task);
        // (a clause the demand's sentence lists after its ； is a demand by its place: "要筑牢…；科学安排…；严守纪律…")
        if (!demands) listed.add(task);
        found++;
      }
    }
    going = found > 0;
  }
  // (a demand is work by its 要: "转变作风“务实干”，全体干部要迅速进入状态")
  return tasks.length >= 2 ? { tasks: tasks.filter((x) => listed.has(x) || readsAsWork(x) || /要|應|应|必须|必須/.test(x.body.text)), label: "正文中提出的要求（“要……”）" } : null;
}

// a notice's addressee opening a sentence of demands: "请各校…", "请各单位于…前…", "各园要…", "各学校务必…"
const ADDRESSEE = String.raw`(?:${DOER}|各(?:园|園|校|县|縣|区|區|乡镇|鄉鎮|街道|院|系|部|处|處|科|室|班|单位|單位|学校|學校))`;
const NOTICE_OPEN = new RegExp(String.raw`^(?:(?:请|請)\s*(${ADDRESSEE})?|(${ADDRESSEE})(?:都|务必|務必|一定)?(?:要(?![求素点點件紧緊是])|应当|應當|必须|必須|务必|務必))(?=[\u4e00-\u9fff“"])`);
// a demand that only asks to carry the notice out ("请认真贯彻执行", "以上通知，请遵照执行"): no work of its own
const CARRY_OUT = /^[，,\s]*(?:认真|認真|切实|切實|严格|嚴格)?(?:贯彻|貫徹|遵照|研究|参照|參照|抓好)?(?:执行|執行|落实|落實|办理|辦理)?[。！!；;，,\s]*$/;
// a demand that only asks to get in touch ("如有疑问，请与教务处联系", "请及时咨询…"): a note, not work
const CONTACT = /^[^，,。；;]{0,12}(?:联系|聯繫|联络|聯絡|咨询|諮詢|来电|來電|告知|转告|轉告)/;
// a clause that hands something over by a date, after the addressee's first demand: "并把排查情况于9月20日发布…",
// "将自查报告于10月8日前报…" (each a task of its own)
const HAND_OVER = /^(?:并|並|同时|同時|还|還)?(?:把|将|將)[^，,；;。]{1,30}?(?:于|於|在)[^，,；;。]{0,10}?(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*(?:日|号|號|月)/;

/**
 * A notice with no numbered items states its tasks as demands on its addressees: each sentence that
 * opens with 请 and the addressee ("请各校认真…") or with the addressee and its 要 ("各校要将…于9月30日前…")
 * is a task, the addressee its doer; the clauses such a sentence hands over by a date ("并把…于9月20日…")
 * are tasks of their own, and a sentence that only asks to carry the notice out is none. Each is named by
 * its first clauses (a short one grows by the next).
 */
function noticeDemandCandidate(doc: WorkDoc): Candidate | null {
  // (the covering notice too: a school forwarding a bureau's notice asks its own things of its schools)
  const paras = doc.paras;
  // (a notice: an addressee line "各小学：" or a title of one; numbered items would be its structure)
  const addressed = doc.paras.some((p) => /^各[^。；;，,]{1,40}[：:]\s*$/.test(p.st.text.trim())) || !!doc.meta?.notice || /通知|通告|函/.test(doc.meta?.title ?? "");
  if (!addressed || doc.paras.some((p) => paraNumbering(p))) return null;
  // (a "请于…前…" with no doer asks it of the addressee: one body of a kind, "各学校：" — not 各单位/各部门, no kind)
  const line = doc.paras.find((p) => /^各[\u4e00-\u9fff]{1,6}[：:]\s*$/.test(p.st.text.trim()) && !/^各(?:单位|單位|部门|部門|有关单位|有關單位)[：:]/.test(p.st.text.trim()));
  const addressee = line ? line.st.trim().slice(0, line.st.trim().text.length - 1) : null;
  const tasks: RawTask[] = [];
  const push = (title: Stitched, body: Stitched, subject: Stitched | null) => {
    if (title.text.replace(/[\s\p{P}]/gu, "").length < 4) return;
    // (the body stays the clause as printed: the addressee comes in as its unit cell)
    const full = body;
    // (the addressee is the doer: a collective unit by the convention, "各校" of "请各校…")
    const unitCells = subject ? [{ role: "lead" as const, cell: subject }] : [];
    tasks.push({ no: "", section: null, title, titleConfidence: 0.5, body: full, unitCells, measureItems: [], factText: full, confidence: FEW_TASKS_CONFIDENCE });
  };
  // (named by its first clauses as printed, a short one grown by the next; a bracket's note left out:
  // "…统计表(小学以中心小学为单位汇总)报…")
  const named = (whole: Stitched, clauses: Stitched[]) => {
    let n = 0;
    let len = 0;
    while (n < clauses.length && (n === 0 || len < 24) && n < 4) len += clauses[n++].text.length + 1;
    const from = clauses[0].span()[0];
    const to = clauses[n - 1].span()[1];
    let a = 0;
    while (a < whole.text.length && whole.slice(a, a + 1).span()[0] < from) a++;
    let b = a;
    while (b < whole.text.length && whole.slice(b, b + 1).span()[1] <= to) b++;
    const title = whole.slice(a, b);
    const bracket = title.text.search(/[（(]/);
    return title.slice(0, bracket >= 12 ? bracket : Math.min(title.text.length, 60));
  };
  for (const p of paras) {
    const t = p.st.text;
    for (const s of t.matchAll(/[^。！!？?]+[。！!？?]?/g)) {
      // (the demand opens the sentence or one of its clauses: "现将…转发给你们，请各校认真…")
      let at = -1;
      for (const c of s[0].matchAll(/(?:^|[，,])\s*/g)) {
        if (NOTICE_OPEN.test(s[0].slice(c.index! + c[0].length))) {
          at = c.index! + c[0].length;
          break;
        }
      }
      if (at < 0) continue;
      const a = s.index! + at;
      const sentence = withoutByline(p.st.slice(a, s.index! + s[0].length).trim());
      const m = NOTICE_OPEN.exec(sentence.text);
      if (!m) continue;
      const who = m[1] ?? m[2];
      const subject = who ? sentence.slice(m[0].indexOf(who), m[0].indexOf(who) + who.length) : addressee;
      // the sentence's comma clauses, the hand-over clauses cut out as tasks of their own
      const clauses: Stitched[] = [];
      for (const c of sentence.text.matchAll(/[^，,；;。！!？?]+/g)) clauses.push(sentence.slice(c.index!, c.index! + c[0].length).trim());
      const groups: Stitched[][] = [[]];
      for (const c of clauses) {
        if (HAND_OVER.test(c.text) && groups[groups.length - 1].length) groups.push([]);
        groups[groups.length - 1].push(c);
      }
      groups.forEach((g, i) => {
        if (!g.length) return;
        const body = Stitched.join(g, "，");
        const rest = i === 0 ? body.text.slice(m[0].length) : body.text;
        if (i === 0 && (CARRY_OUT.test(rest) || CONTACT.test(rest))) return;
        const first = i === 0 ? g : [g[0].slice(g[0].text.match(/^(?:并|並|同时|同時|还|還)/)?.[0].length ?? 0), ...g.slice(1)];
        push(named(body, first), body, subject);
      });
    }
  }
  return tasks.length >= 2 ? { tasks, label: "通知中对受文单位提出的要求（“请各……”“各……要”）" } : null;
}

// a progress report's line of what comes next: "3月份计划：…", "下一步计划：…", "下步打算:…" (the label short,
// a month in it the deadline)
const PLAN_LINE = /^((?:(?:20\d{2})\s*年\s*)?(?:(十[一二]?|[一二三四五六七八九]|1[0-2]|[1-9])\s*月份?)?(?:下一?步|下阶段|下階段|近期|今后|今後)?(?:工作)?(?:计划|計劃|打算|安排))\s*[:：]\s*(?=\S)/;

/**
 * The lines of a progress report that say what comes next ("3月份计划：加快办理前期手续，…"): each is
 * a task named by its whole value, due in the month its label names. A copy of the page that repeats
 * them gives each once.
 */
function planLineCandidate(doc: WorkDoc): Candidate | null {
  const lines = lineItems(doc);
  const year = doc.meta?.year ?? null;
  const tasks: RawTask[] = [];
  for (const st of lines) {
    const m = PLAN_LINE.exec(foldHan(st.text));
    if (!m) continue;
    const value = st.slice(m[0].length).trim();
    const title = value.slice(0, value.text.replace(/[。；;，,\s]+$/, "").length);
    if (title.text.length < 4 || !WORK_VERB.test(title.text) || tasks.some((t) => t.title.text === title.text)) continue;
    const month = m[2] ? (/\d/.test(m[2]) ? Number(m[2]) : cnToInt(m[2])) : 0;
    const scheduled = month && year !== null ? { by: `${year}-${String(month).padStart(2, "0")}`, year, st: st.slice(0, m[1].length) } : undefined;
    tasks.push({ no: "", section: null, title, titleConfidence: 0.6, body: st, unitCells: [], measureItems: [], factText: value, confidence: FEW_TASKS_CONFIDENCE, ...(scheduled ? { scheduled } : {}) });
  }
  return tasks.length ? { tasks, label: "“计划：”一行", one: true } : null;
}

// an item counted under a name of its own at a paragraph's start: "专项行动1 民办高校…", "隐患2：进出人员…"
// (not an attachment, a table or a figure, a step of a 第 form)
const NAMED_COUNT = /^(?!附|第)([\u4e00-\u9fff]{1,6}?)\s*(\d{1,2})(?![\d.．%％年月日万亿元个所])\s*(?:[:：、]\s*|\s+)(?=\S)/;
const NOT_COUNTER = /^(?:表|图|例|图表|附表|附件|阶段|年|月|日|号|第)$/;

/**
 * Items counted under a name of their own, each opening its paragraph ("专项行动1 …" "专项行动2 …", "隐患1：…"
 * "隐患2：…"): the longest run 1, 2, 3… of one name; each item runs to the next, its title the rest of its
 * first paragraph. A counted list is structure enough: its items need not read as work.
 */
function namedCountCandidate(doc: WorkDoc): Candidate | null {
  // (lines, not paragraphs: a short name line is joined to the line under it as one sentence)
  const lines = lineItems(doc);
  const marks = lines.flatMap((l, i) => {
    const m = NAMED_COUNT.exec(l.text);
    return m && !NOT_COUNTER.test(m[1]) ? [{ line: i, name: m[1], value: Number(m[2]), len: m[0].length }] : [];
  });
  let best: typeof marks = [];
  for (let k = 0; k < marks.length; k++) {
    if (marks[k].value !== 1) continue;
    const run = [marks[k]];
    for (let j = k + 1; j < marks.length; j++) {
      if (marks[j].name === marks[k].name && marks[j].value === run[run.length - 1].value + 1) run.push(marks[j]);
      else if (marks[j].name === marks[k].name) break;
    }
    if (run.length > best.length) best = run;
  }
  if (best.length < 3) return null;
  const tasks: RawTask[] = [];
  best.forEach((m, k) => {
    const first = lines[m.line].slice(m.len).trim();
    const title = first.slice(0, first.text.replace(/[。；;，,：:\s]+$/, "").length);
    if (title.text.replace(/[\s\p{P}]/gu, "").length < 2 || NOT_WORK.test(title.text)) return;
    // (the last item runs over the lines of its own, up to a line that is no more of it)
    const end = k + 1 < best.length ? best[k + 1].line : Math.min(lines.length, m.line + 3);
    const body = Stitched.join(lines.slice(m.line, end), "\n");
    tasks.push({ no: String(m.value), section: null, title, titleConfidence: 0.6, body, unitCells: [], measureItems: [], factText: body, confidence: FEW_TASKS_CONFIDENCE });
  });
  return tasks.length >= 3 ? { tasks, label: `“${best[0].name}1、${best[0].name}2”编号` } : null;
}

const lineItems = (doc: WorkDoc) => doc.items.flatMap((it) => (it.kind === "line" && it.line.text.trim() ? [Stitched.of(doc.text, it.line.start, it.line.start + it.line.text.length).trim()] : []));

// a month on a line of its own, a web address the copy left after it ("3月份 www.…com")
const MONTH_LINE = /^(?:(20\d{2})\s*年\s*)?(十[一二]?|[一二三四五六七八九]|1[0-2]|[1-9])\s*月份?(?:\s+\S*\.(?:com|cn|net|org)\S*)?$/;
// the column names of such a schedule ("时间", "重点工作", "工作内容")
const COLUMN_NAME = /^(?:时间|月份|日期|重点工作|主要工作|工作内容|活动内容|内容|负责人|备注)$/;

/** A month-by-month schedule one cell a line: each line under a month line is a task due in that month. */
function monthRowsCandidate(doc: WorkDoc): Candidate | null {
  const lines = lineItems(doc);
  const months = lines.filter((l) => MONTH_LINE.test(l.text)).length;
  if (months < 3) return null;
  const planYear = doc.meta?.year ?? null;
  const tasks: RawTask[] = [];
  let month = 0;
  let year = planYear;
  let head: Stitched | null = null;
  for (const st of lines) {
    const m = MONTH_LINE.exec(st.text);
    if (m) {
      const mo = /\d/.test(m[2]) ? Number(m[2]) : cnToInt(m[2]);
      if (m[1]) year = Number(m[1]);
      else if (year !== null && month && mo < month) year++;
      month = mo;
      const mark = st.text.search(/月/);
      head = st.slice(0, st.text.indexOf("份", mark) === mark + 1 ? mark + 2 : mark + 1);
      continue;
    }
    if (!head) continue;
    const t = st.text;
    // (the schedule ends at a sentence of prose or a signature)
    if (t.length > 80) break;
    if (COLUMN_NAME.test(t) || t.length < 4) continue;
    const title = st.slice(0, t.replace(/[。；;，,\s]+$/, "").length);
    const scheduled = year !== null ? { by: `${year}-${String(month).padStart(2, "0")}`, year, st: head } : undefined;
    tasks.push({ no: "", section: null, title, titleConfidence: 0.6, body: st, unitCells: [], measureItems: [], factText: st, confidence: FEW_TASKS_CONFIDENCE, ...(scheduled ? { scheduled } : {}) });
  }
  return tasks.length >= 3 ? { tasks, label: "月份" } : null;
}

// a week's dates on a line of their own: "3.9-3.15", "3/9-3/15", "3月9日-3月15日"
const WEEK_DATES = /^(\d{1,2})\s*[./月]\s*(\d{1,2})\s*日?\s*[-—–~～至]+\s*(?:(\d{1,2})\s*[./月]\s*)?(\d{1,2})\s*日?$/;
// the week's name in the cell before its dates: "1", "第3周", "预备周"
const WEEK_NAME = /^(?:\d{1,2}|第\s*[\d一二三四五六七八九十]{1,3}\s*周|[\u4e00-\u9fff]{1,3}周)$/;

/**
 * A week-by-week schedule one cell a line: the week, its dates, then its cells (a theme printed one
 * character a line, the week's theme, its activity lines, notes). Each week is a task named by its
 * theme — its first line that is a name, not an activity — due on the week's last day.
 */
function weekRowsCandidate(doc: WorkDoc): Candidate | null {
  const lines = lineItems(doc);
  const at = lines.flatMap((l, i) => (WEEK_DATES.test(l.text) ? [i] : []));
  if (at.length < 3) return null;
  const { base, secondTerm, firstTerm } = termYear(doc);
  const tasks: RawTask[] = [];
  at.forEach((i, k) => {
    const m = WEEK_DATES.exec(lines[i].text)!;
    const month = Number(m[3] ?? m[1]);
    const day = Number(m[4]);
    if (month < 1 || month > 12 || day < 1 || day > 31) return;
    let end = k + 1 < at.length ? at[k + 1] : lines.length;
    // (the next week's name stands right before its dates)
    if (k + 1 < at.length && WEEK_NAME.test(lines[end - 1].text)) end--;
    const row = lines.slice(i + 1, end).filter((l) => l.text.replace(/[\s\p{P}・·]/gu, "").length >= 2);
    const title = row.find((l) => l.text.length <= 20 && !/[。；;]/.test(l.text) && /[\u4e00-\u9fff]{2}/.test(l.text) && !/^\d/.test(l.text));
    if (!title) return;
    const name = i > 0 && WEEK_NAME.test(lines[i - 1].text) ? lines[i - 1].text : "";
    const y = base === null ? null : secondTerm ? (month <= 8 ? base + 1 : base) : firstTerm ? (month >= 8 ? base : base + 1) : base;
    const body = Stitched.join([lines[i], ...row], "\n");
    const scheduled = y !== null ? { by: `${y}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`, year: y, st: lines[i], exact: true } : undefined;
    tasks.push({ no: /^\d+$/.test(name) ? name : "", section: null, title, titleConfidence: 0.6, body, unitCells: [], measureItems: row.filter((l) => l !== title && /[；;]$/.test(l.text)), factText: body, confidence: FEW_TASKS_CONFIDENCE, ...(scheduled ? { scheduled } : {}) });
  });
  return tasks.length >= 3 ? { tasks, label: "周次" } : null;
}

// a heading whose number was lost (a Word list's automatic numbers dropped by a web copy): a short line
// of Chinese with no sentence punctuation and no number of its own
const BARE_HEADING = /^(?![\d一二三四五六七八九十（(①-⑳●•·\-])[^。；;！!？?，,：:、|]{4,30}$/u;

/**
 * Headings whose numbers were lost (a list Word numbered by itself, copied as text): short lines without
 * sentence punctuation, each over a paragraph of its own. Where some of them share a form (the same first
 * and last two characters: "针对…问题的措施", "关于…的要求") and the others do not, those are the parts'
 * headings and the others are the items; each item runs to the next heading.
 */
function bareHeadingsCandidate(doc: WorkDoc): Candidate | null {
  const lines = lineItems(doc);
  const isBody = (l: Stitched | undefined) => !!l && l.text.length > 30 && /[。；;，,]/.test(l.text);
  const heads = lines.flatMap((l, i) => {
    const t = l.text.trim();
    return BARE_HEADING.test(t) && /[\u4e00-\u9fff]{4}/.test(t) && isBody(lines[i + 1]) ? [i] : [];
  });
  if (heads.length < 3) return null;
  // (the headings must govern the text: most body lines lie under one)
  if (lines.filter((l, i) => i > heads[0] && isBody(l)).length > heads.length * 4) return null;
  const key = (i: number) => {
    const t = lines[i].text.trim();
    return `${t.slice(0, 2)}…${t.slice(-2)}`;
  };
  const count = new Map<string, number>();
  for (const i of heads) count.set(key(i), (count.get(key(i)) ?? 0) + 1);
  const parts = new Set(heads.filter((i) => count.get(key(i))! >= 2));
  const items = parts.size && heads.length - parts.size >= 2 ? heads.filter((i) => !parts.has(i)) : heads;
  const tasks: RawTask[] = [];
  items.forEach((i) => {
    const next = heads.find((j) => j > i) ?? lines.length;
    const title = lines[i].trim();
    const body = Stitched.join(lines.slice(i, next), "\n");
    tasks.push({ no: "", section: null, title, titleConfidence: 0.6, body, unitCells: [], measureItems: [], factText: body, confidence: FEW_TASKS_CONFIDENCE });
  });
  // (the headings are structure enough where most of them, or the paragraphs under them, name an action)
  const work = tasks.filter((t) => readsAsWork(t) || WORK_VERB.test(t.body.text.split("\n")[1] ?? ""));
  return tasks.length >= 3 && work.length * 2 > tasks.length ? { tasks, label: "无编号的小标题" } : null;
}

// an item whose number a PDF's text lost or moved (the digit set down a line further on): a bare 、 opening
// the item, at a paragraph's start or after a sentence and a space ("…等个组。 、回应社会关切。依托…")
const BARE_MARK = /(?:^|[。；;！!？?]\s*|\s)、\s*(?=[\u4e00-\u9fff])/g;

/** Items that open with a bare 、 where their numbers were lost, three or more: each runs to the next. */
function bareMarkCandidate(doc: WorkDoc): Candidate | null {
  const paras = doc.paras.slice(doc.meta?.bodyStart ?? 0);
  const tasks: RawTask[] = [];
  for (const p of paras) {
    const t = p.st.text;
    const at = [...t.matchAll(BARE_MARK)].map((m) => m.index! + m[0].length);
    at.forEach((a, k) => {
      const end = k + 1 < at.length ? t.lastIndexOf("、", at[k + 1] - 1) : t.length;
      const own = p.st.slice(a, end).trim();
      const first = own.text.search(/[。；;（(]|$/);
      if (first < 2 || first > 40) return;
      const title = own.slice(0, first).trim();
      tasks.push({ no: "", section: null, title, titleConfidence: 0.5, body: own, unitCells: [], measureItems: [], factText: own, confidence: FEW_TASKS_CONFIDENCE });
    });
  }
  return tasks.length >= 3 && tasks.filter(readsAsWork).length * 2 > tasks.length ? { tasks, label: "编号缺失的“、”条目" } : null;
}

// a news report's title naming the one activity it reports: "某校开展春季开学前安全卫生大检查活动"
const TITLE_WORK = /(?:开展|開展|举行|舉行|举办|舉辦|组织|組織|启动|啟動|实施|實施)(?:了)?([\u4e00-\u9fff“”"]{4,30}?)(?:活动|活動|工作)?$/;

/**
 * A news report of one activity (no structure, no demands): the activity its title names is the one task
 * ("某小学开展开学前安全大检查活动" → 开学前安全大检查), its text the report.
 */
function titleWorkCandidate(doc: WorkDoc): Candidate | null {
  const located = doc.meta?.located?.title;
  const title = doc.meta?.title?.replace(/\s+/g, "") ?? "";
  if (!located || !title || /方案|计划|計畫|計劃|通知|意见|意見|办法|辦法|制度|要点|要點|总结|總結|报告|報告/.test(foldHan(title))) return null;
  const m = TITLE_WORK.exec(title);
  if (!m) return null;
  const body = Stitched.join(doc.paras.slice(doc.meta?.bodyStart ?? 0).map((p) => p.st.trim()).filter((st) => st.text), "\n");
  // (a report that does the work: its text says so, not a title over nothing)
  if (body.text.length < 40 || !WORK_VERB.test(body.text)) return null;
  const span = located.span;
  if (!span) return null;
  const head = Stitched.of(doc.text, span[0], Math.min(span[1], doc.text.length));
  const at = head.text.indexOf(m[1]);
  if (at < 0) return null;
  const name = head.slice(at, at + m[1].length);
  return { tasks: [{ no: "", section: null, title: name, titleConfidence: 0.5, body, unitCells: [], measureItems: [], factText: body, confidence: FEW_TASKS_CONFIDENCE }], label: "标题所述的活动", one: true };
}

// what the rule stages said when they guessed (by the code given where each was made): one warning
// about the structure replaces them
const RULE_GUESSES: ReadonlySet<WarningCode> = new Set<WarningCode>(["one-task", "level-guess", "part-unsplit", "unnumbered", "dated-lines"]);

function replaceGuesses(ctx: Ctx, message: string): void {
  for (let i = ctx.warnings.length - 1; i >= 0; i--) {
    const code = ctx.warnings[i].code;
    if (code && RULE_GUESSES.has(code)) ctx.warnings.splice(i, 1);
  }
  ctx.warn(message);
}

/** An item that only states a holiday's dates or a contact ("元旦放假时间", "联系人"): a note, not work. */
// (the whole name only: "暑假放假时间和开学时间安排" schedules the school's return, and stays)
const NOTE = new RegExp(`^(?:${HOLIDAY_OR_CONTACT})$`);
const isNote = (t: RawTask) => NOTE.test(t.title.text.trim().replace(/[：:。]$/, "")) && !WORK_VERB.test(t.title.text);

/**
 * Where the rules read the notes of a notice among its work ("1.元旦放假时间" "2.寒假放假时间" above
 * "1.筑牢校园安全防线"…), the notes go: at least two items that read as work stay.
 */
function dropNotes(doc: WorkDoc, ctx: Ctx): WorkDoc {
  if (usesTable(doc) || !doc.proseTasks.some(isNote)) return doc;
  // (a note among the work of its own part — "一、放假时间" beside "二、…" "三、…" — is one of the notice's
  // items; only notes in parts of their own, above "三、有关要求" and its work, go)
  const part = (t: RawTask) => t.section?.no ?? null;
  const work = doc.proseTasks.filter((t) => !isNote(t));
  const rest = doc.proseTasks.filter((t) => !isNote(t) || work.some((w) => part(w) === part(t)));
  if (rest.length === doc.proseTasks.length) return doc;
  if (rest.filter(readsAsWork).length < 2) return doc;
  // (a rule's warning that counted the notes counts the work only)
  const dropped = doc.proseTasks.length - rest.length;
  for (const w of ctx.warnings) w.message = w.message.replace(/列出(\d+)项任务/, (_, n: string) => `列出${Number(n) - dropped}项任务`);
  return { ...doc, proseTasks: rest };
}

export const fewTasks: Stage = (input, ctx) => {
  if (input.refused) return input;
  const doc = dropNotes(input, ctx);
  const table = usesTable(doc);
  const found = table ? doc.tableTasks : doc.proseTasks;
  // (two tasks or more, one of them work, are the rules' reading; notes such as "3.12植树节" taken for items are none)
  const work = found.filter(readsAsWork).length;
  if ((found.length >= 2 && work > 0) || doc.tableTasks.length) return doc;
  // (a table of data that gave no task is a table the reader got wrong, not a structure to guess from)
  if (doc.items.some((it) => it.kind === "table" && it.table.rows.filter((r) => r.filter((c) => c.text.trim()).length >= 2).length >= 2)) return doc;
  const marked = [...levelCandidates(doc), enumerationCandidate(doc), namedCountCandidate(doc), monthRowsCandidate(doc), weekRowsCandidate(doc), planLineCandidate(doc), bareHeadingsCandidate(doc), bareMarkCandidate(doc), titleWorkCandidate(doc)].filter((c): c is Candidate => !!c && c.tasks.length > 0);
  // (demands in running text are the last resort: a structure the text marks — numbers, 一是, 第一 — comes first)
  const demands = marked.some((c) => c.tasks.length >= 2) ? null : demandCandidate(doc);
  // (a notice's demands on its addressees, where it numbers nothing and no reporting verb leads them)
  const asked = marked.some((c) => c.tasks.length >= 2) || (demands?.tasks.length ?? 0) >= 2 ? null : noticeDemandCandidate(doc);
  const candidates = [...marked, ...[demands, asked].filter((c): c is Candidate => !!c && c.tasks.length > 0)];
  if (!candidates.length) return doc;
  const most = (cs: Candidate[]) => cs.reduce((a, b) => (b.tasks.length > a.tasks.length ? b : a));
  let best: Candidate | null = most(candidates);
  // (where the rules found two items or more, none of them work, they must be fragments of the candidate's
  // items — "3.12植树节" inside a week's row —, not the headings over a candidate's deeper items)
  const within = (f: RawTask, c: Candidate) => c.tasks.some((t) => t.body.span()[0] <= f.title.span()[0] && f.title.span()[1] <= t.body.span()[1]);
  if (found.length >= 2) {
    const enclosing = candidates.filter((c) => c.tasks.length >= 2 && found.every((f) => within(f, c)));
    if (!enclosing.length) return doc;
    best = most(enclosing);
  } else if (!(best.tasks.length >= 2 && best.tasks.length > work) && !(best.one && found.length === 0)) {
    // the rules' one task is a heading or a label over deeper items that are work: those items
    const deeper = found.length === 1 && headingOnly(found[0]) ? candidates.filter((c) => inside(c, found[0]) && c.tasks.some(titleIsWork)) : [];
    best = deeper.length ? most(deeper) : null;
  }
  if (!best) return doc;
  // (the rules' task stays where the candidate's items lie outside it: "4、…" over a month schedule)
  const overlaps = (a: RawTask, b: RawTask) => a.body.span()[0] < b.body.span()[1] && b.body.span()[0] < a.body.span()[1];
  const kept = found.filter((f) => !best!.tasks.some((t) => overlaps(t, f)));
  const tasks = [...kept, ...best.tasks.map((t) => ({ ...t, confidence: Math.min(t.confidence, FEW_TASKS_CONFIDENCE) }))].sort((a, b) => a.body.span()[0] - b.body.span()[0]);
  replaceGuesses(ctx, `文档的结构不清晰，已按${best.label}列出${best.tasks.length}项任务，请逐项核对`);
  const sections = tasks.flatMap((t) => (t.section ? [t.section] : [])).filter((s, i, a) => a.findIndex((x) => x.no === s.no && x.title === s.title) === i);
  return { ...doc, proseTasks: tasks, sections };
};
