// How long a task's name runs, and where a sentence too long to be one is cut. One policy for every
// document: a task is named by its sentence while that is short (up to TITLE_MAX characters); a longer
// one by its leading clauses, cut at the first clause end past its middle (never inside a clause, nor
// inside quotes or a cited title), so that the name keeps most of what the sentence says and reads as
// a name; a point of a run-on enumeration ("一要提高站位，切实…；二要…") by its lead phrase, the clause
// before its first comma.
import { insideQuotes } from "./clauses.js";

/** The longest sentence that names a task whole. */
export const TITLE_MAX = 40;

const CLAUSE_MARK = /[，,；;：:]/g;
// a colon between digits is a time of day ("9:00"), not a clause's end
const TIME_COLON = /^\d[：:]\d$/;

/** The clause ends of a sentence, outside quotes and cited titles, times of day left out. */
export function clauseEnds(s: string): { at: number; mark: string }[] {
  const out: { at: number; mark: string }[] = [];
  CLAUSE_MARK.lastIndex = 0;
  for (let m = CLAUSE_MARK.exec(s); m; m = CLAUSE_MARK.exec(s)) {
    if (insideQuotes(s, m.index) || TIME_COLON.test(s.slice(m.index - 1, m.index + 2))) continue;
    out.push({ at: m.index, mark: m[0] });
  }
  return out;
}

// a clause that adds a further step to the work with 并 ("and also"), outside the words 并非/并不/并重/并举/并列/并存/并行/并肩
const ALSO_CLAUSE = /[，,]\s*并(?![非不没沒无無未列重举舉存行肩])/;

// a second clause that spells the work out by what it forbids ("严格遵守招生纪律，严禁…", "活动时注意纪律，不能…")
const FORBIDS = /^\s*(?:严禁|嚴禁|不得|不能|禁止|不准|不準)/;

// a clause listing by example (A、B…等) the projects, works or channels a task goes through
const EXAMPLES_CLAUSE = /、[^，,；;：:]*等(?:多种|各类|各种)?(?:项目|工程|形式|渠道|方式|途径|载体|平台|媒体)/;

/**
 * Where a sentence (no full stop inside) too long to name a task is cut (or one that goes on with a breakdown, "，其中…",
 * before it, or a clause listing by example the projects or channels it goes through): at the first clause end past its middle, within 60 characters (a sentence over 60 characters at its first colon or semicolon
 * when that closes within TITLE_MAX); 0 when the sentence names the task whole or no such end exists.
 */
export function clauseCutEnd(t: string): number {
  const s = t.replace(/[。；;：:，,\s]+$/, "");
  const cut = sentenceCutEnd(s);
  // (nor is a further step joined to the work by 并, "安排好观看席区，并维持秩序", "…，并将名单报送…", however short: the
  // name is the work before it, where that comes before the cut above; not 并非/并不, nor a word of 并, 并重/并举/并列;
  // nor a prohibition that spells out the work its first clause names, "严格遵守纪律，严禁…", "注意安全，不得…")
  const also = ALSO_CLAUSE.exec(s);
  const first = clauseEnds(s)[0];
  const forbids = first && /[，,]/.test(first.mark) && FORBIDS.test(s.slice(first.at + 1)) ? first.at : -1;
  const at = forbids >= 0 ? forbids : also && !insideQuotes(s, also.index) ? also.index : -1;
  return at >= 4 && at <= 60 && (!cut || at < cut) ? at : cut;
}

function sentenceCutEnd(s: string): number {
  // (a clause that breaks down what the sentence names, "…5.8万人以上，其中…1.2万人以上", is no part of its name, however short)
  const within = /[，,]\s*其中/.exec(s);
  if (within && within.index >= 4) return within.index;
  const ends = clauseEnds(s);
  // (nor is a clause that names by example the projects or channels the work goes through, "…，重点抓好A、B等项目",
  // "…，通过A、B、C等渠道…": the name is what comes before it, however short)
  const examples = ends.findIndex((c, i) => c.at >= 4 && EXAMPLES_CLAUSE.test(s.slice(c.at + 1, ends[i + 1]?.at ?? s.length)));
  if (examples >= 0) return ends[examples].at;
  if (s.length <= TITLE_MAX) return 0;
  // (a very long sentence whose label or first item closes at a colon or semicolon is named by it)
  const label = ends.find((c) => /[：:；;]/.test(c.mark));
  if (s.length > 60 && label && label.at >= 2 && label.at <= TITLE_MAX) return label.at;
  const at = ends.findIndex((c) => c.at >= s.length / 2);
  // (a name that would be only a condition, "承办人如为新进教师（含…，…）", says what the work waits on, not the
  // work: the clause after it belongs to the name)
  const end = at >= 0 && onlyCondition(s.slice(0, ends[at].at)) ? ends[at + 1] : ends[at];
  return end && end.at <= 60 ? end.at : 0;
}

// a clause that opens, after its subject, with a condition: 如果 / 若 / 如为 / 如有 …
const CONDITION = /^[^，,；;：:]{0,10}?(?:如果|假如|倘若|若(?!干)|如[為为係系是有需遇])/;

/** Whether a name is one clause (brackets aside) that only states a condition (no 请/应/须 of what is asked in it). */
function onlyCondition(name: string): boolean {
  const bare = name.replace(/[（(][^（()）]*[）)]/g, "");
  return !/[，,；;：:]/.test(bare) && CONDITION.test(bare) && !/[請请應应須须]|要(?!求)/.test(bare);
}

/**
 * The end of the lead phrase of a point of an enumeration run into the text ("一要A，a；二要B，b。"),
 * `title` being the point's name so far and `point` its text after its mark: the clause before the
 * name's first comma when the point's first sentence is long (over `max` characters) or runs on to
 * the next point (it ends at ；); 0 when the point is named by its whole sentence.
 */
export function leadPhraseEnd(title: string, point: string, max = 30): number {
  const stop = /[。！？!?；;]/.exec(point);
  const runOn = !!stop && /[；;]/.test(stop[0]);
  const sentence = (stop ? point.slice(0, stop.index) : point).replace(/[，,：:\s]+$/, "");
  if (!runOn && sentence.length <= max) return 0;
  const first = clauseEnds(title)[0];
  return first && first.at >= 4 ? first.at : 0;
}

// a date or a time of day, and what joins two into a span: "2031年4月29日", "4月29日至30日", "9:20", "上午8时半"
// (also a day in slashes with its weekday, as a Taiwanese notice dates it: "113/12/20(五)")
const WHEN = String.raw`(?:\d{2,4}\s*年\s*)?(?:\d{1,2}\s*月\s*(?:\d{1,2}\s*[日号號]?)?|\d{1,2}\s*[日号號])|(?:\d{2,4}\/)?\d{1,2}\/\d{1,2}(?:\s*[（(][一二三四五六日天][)）])?|\d{1,2}\s*[:：]\s*\d{2}|\d{1,2}\s*[时時点點](?:\s*\d{1,2}\s*分|半)?|[上下中]午|早上|晚上|傍晚`;
const LEAD_TIME = new RegExp(String.raw`^(?:在|于|於)?\s*(?:${WHEN})(?:\s*(?:至|到|—|－|-|~|～)?\s*(?:${WHEN}))*\s*(?:之前|以前|前|之后|以后|后|後|起)?\s*[，,：:]\s*`);

// a time of day run into the task it times, with no mark between: "7:40召开晨会", "15:30左右活动结束"
const LEAD_CLOCK = /^(?:在|于|於)?\s*\d{1,2}\s*[:：]\s*\d{2}(?:\s*(?:左右|之前|以前|前|之后|以后|后|後))?\s*(?=[\u4e00-\u9fff])/;

/**
 * Where the name of a task starts when its sentence opens with a clause that only says when
 * ("4月29日至30日，州民族中专学校开学", "2031年3月2日：召开筹备会", or a time of day with no mark
 * after it: "7:40召开晨会"): after that clause; 0 when it does
 * not, or when too little (under four characters) follows it. A weekday is left in place: it dates the
 * task in a week's schedule.
 */
export function leadTimeEnd(t: string): number {
  const m = LEAD_TIME.exec(t) ?? LEAD_CLOCK.exec(t);
  if (!m) return 0;
  const rest = t.slice(m[0].length);
  return /^[\u4e00-\u9fff“"《]/.test(rest) && (/^[^，,。；;：:]*/.exec(rest)?.[0].length ?? 0) >= 4 ? m[0].length : 0;
}

// a sentence that opens with what the work is for: 为/为了 and a verb or a noun ("为了加强领导，…", "为学生的健康成长，…"),
// not 为期/为主/为止/为此 nor "为X的…" naming what something is
const PURPOSE_OPEN = /^(?:为了|為了|为|為)(?![期主止此何准準])/;
// a clause that only frames the work: beside another duty or past the usual ("在正常安排值班外", "学校在加强…教育的同时",
// "在完成…的基础上")
const FRAME_CLAUSE = /(?:之外|以外|外|的同时|同时|同時|之余|之餘|基础上|基礎上)$/;
// a body and its 将/要 opening the clause that says the work ("学校还将…", "各班要…", "教务处应…"; not the sanction the
// sender will give, "总务处将予以停权…")
const DOER_MODAL = /^(?:学校|學校|我校|本校|全校|我园|我園|本园|本園|各[\u4e00-\u9fff]{1,8}?|[\u4e00-\u9fff]{1,8}?(?:处|處|室|部|局|组|組|科|中心|部门|部門))(?:还|還|也|都|均|将|將)?(?:将(?![予给对于])|將(?![予給對於])|要|应当|應當|应|應|须|須|必须|必須)(?=[\u4e00-\u9fff])/;

/**
 * (xreal27) Where the name of a task starts whose sentence opens with what it is for ("为了加强领导，及时处理…，在正常
 *安排值班外，学校还将在…期间安排领导带班"): after the purpose's clauses, at the first clause that says the work — one
 * opened by a body and its 将/要 (that body and its modal no part of the name) or one after a clause that only frames it
 * ("…的同时，", "在…外，"); 0 where no clause does (the work may be the purpose's own: "为达…效率，请提前…") or
 * too little (under six characters) follows.
 */
export function purposeEnd(t: string): number {
  if (!PURPOSE_OPEN.test(t)) return 0;
  const sentence = /^[^。！？!?；;]*/.exec(t)![0];
  const ends = clauseEnds(sentence).filter((c) => /[，,]/.test(c.mark));
  let framed = false;
  for (let i = 0; i < ends.length; i++) {
    const from = ends[i].at + 1;
    const clause = sentence.slice(from, ends[i + 1]?.at ?? sentence.length).trim();
    const at = from + (sentence.slice(from).length - sentence.slice(from).trimStart().length);
    // (a request says the work the purpose is for: "为达…效率，请提前…预约" is named with its purpose)
    if (/^[请請]/.test(clause)) return 0;
    if (FRAME_CLAUSE.test(clause)) {
      framed = true;
      continue;
    }
    const doer = DOER_MODAL.exec(clause);
    if (doer && clause.length - doer[0].length >= 6) return at + doer[0].length;
    if (framed) return clause.length >= 6 ? at : 0;
  }
  return 0;
}

/**
 * Where the name of a task ends whose table cell is far too long to name it (over three times TITLE_MAX) and runs
 * through several sentences set apart by ；, a government report's paragraph of work copied whole into a
 * 具体任务 cell: at its lead phrase, the clause before its first comma; 0 where the cell names the task whole
 * (a schedule's cell listing a day's activities is shorter).
 */
export function longCellNameEnd(cell: string): number {
  const s = cell.trim();
  if (s.length <= 3 * TITLE_MAX || (s.match(/[；;]/g)?.length ?? 0) < 2) return 0;
  const first = clauseEnds(s)[0];
  return first && first.at >= 4 && first.at <= TITLE_MAX ? first.at : 0;
}

// a clause that states a figure reached or held: a number that is no year, month or day ("入学率达到145%", "实现…达标率100%")
const FIGURE_CLAUSE = /(?:达到|达|实现|提高到|提升到|不低于|不少于|控制在|保持在)[^，,；;：:]*?(?<![\d.])\d+(?:\.\d+)?(?![\d.]|\s*[年月日号])/;

/**
 * Where the name of an item of work ends whose sentence, too long to name it whole (over TITLE_MAX), goes on from its first
 * clause to the figures the work is to reach ("深入开展小区配套园治理，学前三年毛入学率达到145%，公办园…占比达到53%…",
 * "扎实推进…试点区建设，力争在2030年底实现…达标率100%"): at that first clause, the figures being its targets; 0 otherwise
 * (a first clause with a figure of its own names the item with it, "新建…9所，新增班级138个…").
 */
export function workBeforeFigures(sentence: string): number {
  const s = sentence.replace(/[。；;：:，,\s]+$/, "");
  if (s.length <= TITLE_MAX) return 0;
  const ends = clauseEnds(s);
  const first = ends[0];
  if (!first || first.at < 4 || !/[，,]/.test(first.mark) || FIGURE_CLAUSE.test(s.slice(0, first.at)) || /\d/.test(s.slice(0, first.at))) return 0;
  return FIGURE_CLAUSE.test(s.slice(first.at + 1, ends[1]?.at ?? s.length)) ? first.at : 0;
}
