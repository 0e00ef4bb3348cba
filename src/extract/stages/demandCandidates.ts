// Candidates of demands in running text: a meeting's or a leader's demands after a verb that reports
// them ("会议强调，要…", "各科室要…"), and the work a sentence names as its purpose ("为加快X，某市将…").
import { foldHan } from "./hanFold.js";
import { Stitched } from "./stitched.js";
import { paraNumbering, RANK, type Num } from "./itemNumbers.js";
import type { Para, RawTask, WorkDoc } from "./types.js";
import { DEMAND_YAO, FEW_TASKS_CONFIDENCE, readsAsWork, withoutByline, WORK_VERB, type Candidate } from "./workCandidates.js";

// the verb that reports a meeting's or a leader's demands, and its comma or colon: "会议强调，" "张局长要求，"
// "王校长表示，" "提出了具体要求：" (traditional script too)
const REPORT_VERB = /(?:强调|強調|要求|指出|表示|提出|明确|明確|指示|部署|希望|规定|規定)\s*[，,：:]\s*/g;
// a sentence that opens with the work it serves and then who will do what: "为加快公办园建设，某市将…",
// "為推進示範園創建工作，某市提出，…" (the work is the purpose; not "为全面贯彻…，制定本方案": no one will do it)
const PURPOSE = new RegExp(String.raw`^为了?((?:${WORK_VERB.source})[^，,。；;：:]{1,24})[，,][^。；;]{0,12}?(?:将|將|要|提出|规定|規定)`);
// a body or a group named as the doer before its 要/应: "各科室、直属各单位", "教育部门", "市教育局党组",
// "后勤中心、基建处等单位", "全体职工" (a phrase of time or place — "整改过程中要" — is none;
// nor a word glued before 要求: "各处室按要求…" names 各处室)
export const DOER = String.raw`(?:各[\u4e00-\u9fff]{1,6}?(?=[都务務一]?[一二三四五六七八九十]?要(?!求)|应当|應當|必须|必須)|(?:各|全体|全體|相关|相關|有关|有關)?[\u4e00-\u9fff、]{0,24}?(?:部门|部門|单位|單位|科室|股室|处室|處室|学校|學校|各校|党组|黨組|党委|黨委|教育局|教体局|教體局|政府|中心|委|办|辦|局|处|處|职工|職工|干部|幹部|教师|教師|班子|负责人|負責人|人员|人員|学院|學院|幼儿园|幼兒園|家长|家長|师生|師生))`;
// the doer opening a clause, before its 要 ("各项目单位负责人一要" too)
export const DOER_BEFORE = new RegExp(String.raw`^(${DOER})(?:都|务必|務必|一定)?(?:[一二三四五六七八九十]?要|应当|應當|必须|必須)`);
// a clause that demands: it opens with 要 (not 要求/要素/要点…), or a doer and its 要/应/必须
// ("明确要…" "同时，要…" "还要…": the word that adds a demand before its 要)
const DEMAND_OPEN = new RegExp(String.raw`^(?:(?:明确|明確|同时[，,]?|同時[，,]?|还|還|并|並|更|也)?${DEMAND_YAO}|${DOER}(?:都|务必|務必|一定)?(?:${DEMAND_YAO}|应当|應當|必须|必須))(?=[\u4e00-\u9fff“"])`);

// the verb of a demand run into what it asks, without a comma (not the noun: "按要求", "严格要求", "上级要求"):
// at a sentence's start after its speaker ("陈校长要求评建工作组做好…", "李某还要求各组…") or after a meeting's
// clause in a sentence opening with the meeting ("会议宣读了《…》，要求2024年加强…") — not a report's own
// "…职前查核，要求学校建立…" in the middle of what a body did
const ASKED = String.raw`(?:[^，,。；;：:！!？?\s]{0,12}?|(?:会议|會議|会上|會上)[^。；;！!？?]{0,60}?[，,])(?<![按照据據格的等和合到高出上此项項下新关關及与與其体體本总總作求时時])要求(?=[\u4e00-\u9fff“"0-9])`;
const ASK_BARE = new RegExp(String.raw`(?<=^|[。！!？?]\s*)${ASKED}`, "g");

// a report's turn to what comes next, at a sentence's start: "下一步，各牵头单位要…", "今后，…" (its demands follow)
const NEXT_STEP = /(?<=^|[。！!？?]\s*)(?:下一步|下步|下阶段|下一阶段|今后|今後|接下来|接下來)(?:工作中|工作)?\s*[，,：:]\s*/;

// a sentence's own subject and verb of report: "王校长强调，" "会议还要求：" (short: no clause of its own before it)
const SAID = new RegExp(String.raw`^[^，,。；;：:]{0,12}?${REPORT_VERB.source}`);
// the same with the bare 要求 of a demand run into what it asks: "李校长要求各组细化…"
const SAID_BARE = new RegExp(String.raw`^${ASKED}`);

// a short phrase of the moment, its comma, then the demand's 要 ("寒假将至，要…", "新学期伊始，要…")
// (or the ground the demands stand on: "围绕…确定的时间表、路线图和任务书，要…", "按照…部署，要…")
const MOMENT = new RegExp(String.raw`^(?:[^，,。；;：:要]{2,8}|(?:围绕|圍繞|按照|根据|根據|对照|對照|针对|針對|立足|聚焦)[^，,。；;：:要]{2,30})[，,]\s*(?=(?:同时[，,]?|还|也)?${DEMAND_YAO})`);

// the characters under which a demand's first clause (its 要 and doer counted) is too short to name it alone
const SHORT_CLAUSE = 7;

/** The paragraph's sentences that open with the work they serve ("为加快X，某市将…"): each a task named by X. */
function purposeItems(p: Para): RawTask[] {
  const tasks: RawTask[] = [];
  const t = p.st.text;
  for (const s of t.matchAll(/[^。！!？?]+[。！!？?]?/g)) {
    const lead = s[0].length - s[0].trimStart().length;
    const m = PURPOSE.exec(foldHan(s[0].trimStart()));
    if (!m) continue;
    const a = s.index! + lead;
    const own = withoutByline(p.st.slice(a, s.index! + s[0].length).trim());
    const from = 1 + (m[0].startsWith("为了") ? 1 : 0);
    tasks.push({ no: "", section: null, title: own.slice(from, from + m[1].length), titleConfidence: 0.5, body: own, unitCells: [], measureItems: [], factText: own, confidence: FEW_TASKS_CONFIDENCE });
  }
  return tasks;
}

/**
 * A meeting's or a leader's demands in running text (a news page of a meeting, an inspection, a
 * deployment): after a verb that reports them ("会议强调，" "某局长要求，"), each clause up to 。 or ；
 * that demands — it opens with 要, or with a doer and its 要 ("各科室要…", "教育部门要…") — is an item;
 * in a sentence that opens with a demand, the clauses it lists after ； are its parallel demands too
 * ("全体职工要…“收心干”，…；明确目标“精心干”，…；…"). A following paragraph that opens with a demand
 * goes on with them. Each item is named by its first clause (up to its comma; with the clause after it where
 * the first is only a few characters: "要立足长远，统筹做好…，…"). One demand is a candidate too: fewTasks takes it
 * only where the rules found nothing.
 */
export function demandCandidate(doc: WorkDoc): Candidate | null {
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
    tasks.push(...purposeItems(p));
    const t = p.st.text;
    REPORT_VERB.lastIndex = 0;
    ASK_BARE.lastIndex = 0;
    // (the first verb that reports demands; a bare 要求 where it comes first: what it asks is a demand when it is work)
    const reported = REPORT_VERB.exec(t) ?? NEXT_STEP.exec(t);
    const asked = ASK_BARE.exec(t);
    const verb = asked && (!reported || asked.index < reported.index) ? asked : reported;
    let bareFrom = verb && verb === asked ? verb.index + verb[0].length : -1;
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
        const saidBare = first && !said ? SAID_BARE.exec(t.slice(a)) : null;
        if (said) a += said[0].length;
        else if (saidBare) (a += saidBare[0].length), (bareFrom = a);
        // (a short phrase of the moment before the 要: "寒假将至，要…", "新学期伊始，要…")
        const raw = t.slice(a, s.index + c.index + c[0].length);
        const moment = DEMAND_OPEN.test(raw) ? null : MOMENT.exec(raw);
        if (moment) a += moment[0].length;
        const clause = t.slice(a, s.index + c.index + c[0].length);
        // (what a bare 要求 asks is a demand where it does work in its first clause: "要求各组细化工作任务")
        // (or, where it first asks an attitude of its addressee, in its first clause of work after it: "要求各县高度重视，
        // 举一反三，在全县范围内逐校核查…" is named from "在全县范围内…", its body keeping whom it asks)
        const attitude = a === bareFrom ? attitudeEnd(clause) : 0;
        const demands = DEMAND_OPEN.test(clause) || (a === bareFrom && (WORK_VERB.test(clause.split(/[，,；;。]/)[0]) || attitude > 0));
        const doer = DOER_BEFORE.exec(clause);
        if (first) {
          listing = demands && /[；;]/.test(s[0]);
          subject = doer && demands ? p.st.slice(a, a + doer[1].length) : null;
        }
        const own = withoutByline(p.st.slice(a, a + clause.length).trim());
        const body = !first && subject && !doer ? Stitched.join([subject, own]) : own;
        first = false;
        if (!demands && !listing) continue;
        const named = attitude ? own.slice(attitude) : own;
        const text = named.text.replace(/[。！!？?；;\s]+$/, "");
        // (a first clause of a few characters is named with the clause after it: "要立足长远，统筹做好…，为…"
        // → "要立足长远，统筹做好…"; pooled over every gold, an unnumbered task whose first clause is under
        // SHORT_CLAUSE characters runs on past its comma about 8 times in 9; so does one whose words after
        // its doer and 要 are under 4: "各校要抓紧，…")
        const comma = text.search(/[，,：:]/);
        const second = comma >= 0 ? text.slice(comma + 1).search(/[，,：:]/) : -1;
        const short = comma >= 0 && (comma < SHORT_CLAUSE || comma - (DEMAND_OPEN.exec(text)?.[0].length ?? 0) < 4);
        let end = comma < 0 ? text.length : !short ? comma : second >= 0 ? comma + 1 + second : text.length;
        if (end > 60) end = 60;
        const title = named.slice(0, end);
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
  return tasks.length >= 1 ? { tasks: tasks.filter((x) => listed.has(x) || readsAsWork(x) || /要|應|应|必须|必須/.test(x.body.text)), label: "正文中提出的要求（“要……”）" } : null;
}

/**
 * Where the first clause of work starts in what a bare 要求 asks when it first asks an attitude — a clause of a few
 * characters naming its addressee and no work ("各县高度重视"; not "干部职工迅速调整工作状态", work of its own), then at most two more of a few characters ("举一反三") —, or 0.
 */
function attitudeEnd(clause: string): number {
  const parts = [...clause.matchAll(/[^，,；;。！!？?]+/g)];
  if (parts.length < 2 || parts[0][0].length > 8 || WORK_VERB.test(parts[0][0])) return 0;
  for (const [k, m] of parts.slice(1, 4).entries()) {
    if (WORK_VERB.test(m[0])) return m[0].trim().length >= 6 ? m.index! + (m[0].length - m[0].trimStart().length) : 0;
    if (m[0].trim().length > 4 || k === 2) return 0;
  }
  return 0;
}
