// The body named as the SUBJECT of a task's own lead phrase, where no label, column or clause gave the
// task a unit: "各责任单位要分清主次", "由各班委在开学当天…布置", "县发改委要会同县审计局对…
// 督导" (the partner worked with assists), "后勤组主要职能是…", "学校安全领导小组负责…", and a title that
// names an office's duties ("校党政办主要工作职责"). A body is a noun phrase ending in an organisation's word
// (局, 办, 中心, 领导小组, 党组织…) or a collective with 各 (各学校, 各牵头单位); people and posts
// (班长, 生活委员, 副校长) and the addressees everyone is (各单位, 各部门, 学校) are none.
import { GENERIC, POINTING, SUFFIXES } from "./doers.js";
import { foldHan } from "./hanFold.js";
import type { Stitched } from "./stitched.js";

// the words a body's name ends with: the doers' own, and the party's and a working group's bodies
const ENDS = [...SUFFIXES, "党组织", "黨組織", "党总支", "黨總支", "班委", "小组", "小組", "专班", "專班"].sort((a, b) => b.length - a.length);
// the division roles a document gives its bodies, addressed with 各: the subject of their own work
// ("各责任单位要…", "各牵头单位要…") though, named anywhere else, an addressee (doers.ts GENERIC)
const EACH_ROLE = /^各(?:牵头|牽頭|责任|責任|主责|主責|项目实施|項目實施|业务|業務)(?:责任|責任)?(?:单位|單位)$|^各(?:科室|处室|處室|股室)$/u;
// posts and people are no body ("副班长张与体委", "生活委员王"), nor words that only end like one
const NOT_BODY =
  /[的要由在是了]|(?<![责責])任|.各|班长|班長|委员(?!会)|委員(?!會)|组长|組長|队长|隊長|校长(?![室办辦])|校長(?![室办辦])|主任|书记|書記|老师|老師|(?:全部|干部|幹部|内部|內部|外部|局部|体系|體系|关系|關係|联系|聯繫)$|^(?:成立|组建|組建|设立|設立|召开|召開|建立|完善|加强|加強|做好|落实|落實|开展|開展)/u;
// what follows the subject: a duty (要, 应, 负责, 主要承担…) or the statement of its duties ("…主要工作职责")
const DUTY =
  /^(?:(?:要|应|應|须|須|需|必须|必須|务必|務必)(?!求)|(?:主要|具体|具體|全面)?(?:负责|負責|承担|承擔|牵头|牽頭)(?!人)|主要(?:职能|職能|职责|職責|任务|任務)|(?:主要)?(?:工作)?(?:职责|職責)(?=$|[：:（(\s]))/u;
// the partners worked with: "要会同县审计局对…", "协同教务处开展…" (each a body's name)
const PARTNERS = /^(?:要|应|應|须|須)?(?:会同|會同|协同|協同|联合|聯合|配合)/u;
const AFTER_PARTNERS = /^(?:对|對|共同|一起|一道|开展|開展|做好|进行|進行|落实|落實|组织|組織|[，,。；;]|$)/u;
const NUMBER = /^\s*(?:[（(]\s*[一二三四五六七八九十\d]{1,3}\s*[）)]|[一二三四五六七八九十]{1,3}\s*[、.．]|\d{1,3}\s*(?:、|[.．](?!\d)))?\s*/u;
const JOIN = /^(?:、|和|及|与|與)/u;
const DIRECT = /^(?:(?:直属|直屬|[区區县縣市局省镇鎮]直)各?|各(?:直属|直屬))(?:单位|單位|学校|學校)/u;

export interface Subject {
  name: string;
  st: Stitched;
  role: "lead" | "co";
}

/** The length of a body's name at the start of `t` that `ok` accepts after it; 0 if none. */
function bodyAt(t: string, addressed: boolean, ok: (rest: string) => boolean): number {
  for (let k = Math.min(20, t.length); k >= 2; k--) {
    const name = t.slice(0, k);
    if (!/^[\p{Script=Han}（()）]+$/u.test(name) || !isBody(name, addressed)) continue;
    // ("…担任大教研组长": a post, not the body)
    // ("由宣传科、团委牵头组织的活动": a name does not end inside a word its last character opens, 组织/组建/组成/队伍)
    if (/[组組队隊]$/u.test(name) && /^[织織建成合伍]/u.test(t.slice(k))) continue;
    if (ok(t.slice(k)) && !/^[长長]/u.test(t.slice(k))) return k;
  }
  return 0;
}

function isBody(name: string, addressed = false): boolean {
  if (EACH_ROLE.test(name)) return !addressed;
  if (GENERIC.test(name) || NOT_BODY.test(name)) return false;
  // ("教学部门", "卫生保健部门": a 部门 named by what it does; not "相关部门", "职能部门")
  const end = ENDS.find((e) => name.endsWith(e)) ?? (name.length >= 4 && name.length <= 8 && !POINTING.test(name) && !/相关|有关|[并和及与或等]/u.test(name) ? ["部门", "部門", "单位", "單位"].find((e) => name.endsWith(e)) : undefined);
  // (an end word of three characters is a body's name by itself: "办公室", "学生会")
  // (and 工会 alone, the school's union: "由宣传部、工会牵头…")
  if (!end || (name.length < Math.min(end.length + 1, 3) && !/^工[会會]$/u.test(name))) return false;
  // a class's squads and a group addressed with 各 are no units (各中队, 各备课组); 小组 named by its kind alone neither
  if (/[队隊]$/.test(end) && (/^各/.test(name) || /[大中小][队隊]$/.test(name))) return false;
  if (/[组組]$/.test(end) && (/^各/.test(name) || /^(?:领导|領導|工作|督导|督導)?小[组組]$/.test(name))) return false;
  // a bracket in the name closes ("各院(系)党组织")
  return (name.match(/[（(]/g)?.length ?? 0) === (name.match(/[）)]/g)?.length ?? 0);
}

/**
 * The subjects of a task's lead phrase (its title): the body doing it as lead, partners it works with as co.
 * In a notice `addressed` to bodies ("各镇政府、区直各单位：") the roles it gives them (各牵头单位) are its readers.
 */
export function leadSubjects(title: Stitched, opts: { addressed?: boolean } = {}): Subject[] {
  const t = foldHan(title.text);
  let at = NUMBER.exec(t)![0].length;
  // "由各班委在…献花": the body after an opening 由 does the work, whatever verb follows
  const by = t.startsWith("由", at);
  if (by) at++;
  const out: Subject[] = [];
  if (!by) {
    const agent = byAgent(title, t, at);
    if (agent) return [agent];
  }
  for (;;) {
    const rest = t.slice(at);
    // "各科室、直属各单位要…": the bodies under the sender, named as one, beside a body
    const direct = out.length ? DIRECT.exec(rest) : null;
    if (direct && (JOIN.test(rest.slice(direct[0].length)) || DUTY.test(rest.slice(direct[0].length)))) {
      out.push({ name: title.text.slice(at, at + direct[0].length).replace(/\s+/g, ""), st: title.slice(at, at + direct[0].length), role: "lead" });
      at += direct[0].length;
      const join = JOIN.exec(t.slice(at));
      if (!join) break;
      at += join[0].length;
      continue;
    }
    const n = bodyAt(rest, opts.addressed ?? false, (after) => JOIN.test(after) || DUTY.test(after) || (by && !/^(?:的|组成|組成|构成|構成)/u.test(after)));
    if (!n) return [];
    out.push({ name: title.text.slice(at, at + n).replace(/\s+/g, ""), st: title.slice(at, at + n), role: "lead" });
    at += n;
    const join = JOIN.exec(t.slice(at));
    if (!join) break;
    at += join[0].length;
  }
  const after = t.slice(at);
  if (!by && !DUTY.test(after)) return [];
  const partners = PARTNERS.exec(after);
  if (partners) {
    // the shortest run of bodies that the work follows (an office whose name holds 落实, "县督查落实办", though 落实 may also follow a body)
    const from = at + partners[0].length;
    for (let end = from + 2; end <= Math.min(t.length, from + 40); end++) {
      const pieces = t.slice(from, end).split(/(?<=[、和及与與])/u);
      if (!AFTER_PARTNERS.test(t.slice(end)) || !pieces.every((p) => isBody(p.replace(/[、和及与與]$/u, "")))) continue;
      let p = from;
      for (const piece of pieces) {
        const name = piece.replace(/[、和及与與]$/u, "");
        out.push({ name: title.text.slice(p, p + name.length).replace(/\s+/g, ""), st: title.slice(p, p + name.length), role: "co" });
        p += piece.length;
      }
      break;
    }
  }
  return out;
}

// what opens the statement of a body's duties: "教研组主要承担…", "后勤组的主要职能是：…", "工会小组负责…"
const DUTIES = /^(?:的)?(?:主要)?(?:承担|承擔|负责|負責|负有|負有|(?:职能|職能|职责|職責)(?:是|为|為)|(?:职责|職責)有)/u;

/** Where the bodies (one, or several joined by 、) that `t` opens with to state their duties end, from `from`; 0 if none. */
function dutyBodiesEnd(t: string, from = 0): number {
  const n = bodyAt(t.slice(from), false, (after) => DUTIES.test(after) || (after.startsWith("、") && dutyBodiesEnd(after, 1) > 0));
  if (!n) return 0;
  return t.startsWith("、", from + n) ? dutyBodiesEnd(t, from + n + 1) : from + n;
}

/**
 * The body or bodies a paragraph or a line opens with to state their duties ("后勤组主要职能是：…",
 * "教务处、总务处负责…"), or null.
 */
export function dutyBody(st: Stitched): Subject | null {
  const n = dutyBodiesEnd(foldHan(st.text));
  return n ? { name: st.text.slice(0, n), st: st.slice(0, n), role: "lead" } : null;
}

// "期末考试具体日程由教育研究中心确定", "会场布置由体育组具体负责": the agent of the title's work
const AGENT_VERB = /^(?:具体|具體|统一|統一|共同)?(?:负责|負責|牵头|牽頭|确定|確定|组织|組織|统筹|統籌|安排|实施|實施)(?![人的])/u;

/** The body after 由 inside a title's first clause that does its work ("…由教育研究中心确定"), if any. */
function byAgent(title: Stitched, t: string, from: number): Subject | null {
  const clause = /^[^，,。；;！!：:\n]*/u.exec(t.slice(from))![0];
  const by = clause.indexOf("由");
  if (by <= 0 || by > 30) return null;
  const at = from + by + 1;
  const n = bodyAt(t.slice(at, from + clause.length), false, (after) => AGENT_VERB.test(after));
  return n ? { name: title.text.slice(at, at + n).replace(/\s+/g, ""), st: title.slice(at, at + n), role: "lead" } : null;
}

/** Whether a document's opening (the text before its first task) has a line of addressees: "各镇政府、区直各单位：". */
export function addressed(head: string): boolean {
  return /^\s*各[^。；;！!\n]{1,80}[：:]\s*$/mu.test(head);
}

/** Whether a line is a body's name and nothing else ("区教育局", "后勤保障处"): a duty list's row head. */
export function bodyLine(text: string): boolean {
  const t = foldHan(text.trim());
  return t.length >= 3 && t.length <= 20 && bodyAt(t, false, (rest) => rest === "") === t.length;
}
