// Responsible units and leaders: labelled phrases inside task text ("牵头单位：…；配合单位：…",
// "（责任领导：…，责任股室：…）", "牵头：… 协办：…") and unit cells of division tables.
import { Stitched } from "./stitched.js";
import type { Para, UnitRole } from "./types.js";
import { HAN, HAN_RANGES } from "./han.js";
import { SURNAMES } from "./surnames.js";
import { foldHan } from "./hanFold.js";
import { bareName, HEADS_GROUP, isPersonName, mayBeName, POSTED_GROUP } from "./people.js";
import { bracketNamesPeople } from "./doers.js";

export interface FoundName {
  role: Exclude<UnitRole, "responsible">;
  name: string;
  st: Stitched;
  confidence: number;
  /** named by a sentence that says who does the work ("…由教务处负责"), not by a label, cell or phrase */
  prose?: boolean;
}

// "<role word><unit word>：" labels, generated: 牵头/主责/负责/主办 lead, 配合/协办/协同/参与 assist,
// 责任/承办 are the lead unless a separate lead is named. Longest labels first so that "牵头单位"
// wins over "牵头".
const UNIT_WORDS = ["单位", "部门", "股室", "科室", "处室", "机构", "主体", "科", "股", "处"];
const ROLE_WORDS: [string, UnitRole][] = [
  ["牵头联络", "liaison"], ["联络", "liaison"], ["牵头责任", "lead"],
  ["牵头", "lead"], ["主责", "lead"], ["具体负责", "lead"], ["负责", "lead"], ["主办", "lead"],
  ["配合", "co"], ["协办", "co"], ["协同", "co"], ["协助", "co"], ["参与", "co"],
  ["责任", "responsible"], ["承办", "responsible"],
  // "承担单位：", "落实单位：", "实施主体：" (only with a unit word after them)
  ["承担", "responsible"], ["落实", "responsible"], ["实施", "responsible"],
];
const LABELS: [string, UnitRole][] = [
  ...ROLE_WORDS.flatMap(([r, role]) => UNIT_WORDS.map((u): [string, UnitRole] => [r + u, role])),
  ["牵头领导", "leaders"], ["责任领导", "leaders"], ["分管领导", "leaders"], ["联系领导", "leaders"], ["责任人", "leaders"], ["局领导", "leaders"],
  ["负责人", "leaders"], ["总负责", "leaders"], ["总负责人", "leaders"], ["负责领导", "leaders"], ["分管负责人", "leaders"], ["分管校领导", "leaders"], ["分管校长", "leaders"],
  // the person an item is put under by the role that answers for all of it ("入队仪式总指导：…", "活动总策划：…",
  // "负责教师：…"; xleaders17)
  // a person qualified by how directly they answer ("主要责任人：", "具体负责人："): without these the qualifier
  // is left at the end of the unit label's value above it and read as a unit
  ...["主要", "具体", "直接", "第一"].flatMap((q): [string, UnitRole][] => [[q + "责任人", "leaders"], [q + "负责人", "leaders"]]),
  ["总指导", "leaders"], ["总策划", "leaders"], ["总协调", "leaders"], ["总指挥", "leaders"], ["负责教师", "leaders"], ["负责老师", "leaders"],
  ["牵头", "lead"], ["主办", "lead"], ["主责", "lead"], ["具体负责", "lead"], ["协办", "co"], ["协助", "co"], ["配合", "co"], ["责任", "responsible"],
].sort((a, b) => b[0].length - a[0].length) as [string, UnitRole][];
// The same labels as one factored pattern (a flat alternation of ~130 labels is slow to scan):
// leaders' labels, role words that need a unit word, and role words that may stand alone.
const BARE = new Set(LABELS.map(([l]) => l).filter((l) => ROLE_WORDS.some(([r]) => r === l)));
const LEADER_LABELS = LABELS.filter(([, r]) => r === "leaders").map(([l]) => l);
const byLength = (xs: string[]) => [...xs].sort((a, b) => b.length - a.length);
// A bare unit word as a label ("部门：政教处　负责人：李卫东") names the responsible unit; it must
// stand on its own (not "各部门：", "有关科室：", which address readers).
const BARE_UNIT_LABELS = ["部门", "科室", "股室", "处室"];
// "1、负责：政教处" — 负责 alone as a label, standing on its own, names the lead when a unit's name follows
// (not "组长负责：…", nor "负责：做好…", a duty)
const BARE_LEAD_LABEL = "负责";
// a leader named by the post that answers for the work: "分管局长：", "包保领导：", "牵头县领导：", "责任校长："
const POSTED_LEADER_LABEL = String.raw`(?:分管|主管|责任|牵头|包保|包联|挂点|挂钩|联系|督办|负责)(?:[县区市局校]级?)?(?:领导|副?(?:局长|校长|县长|区长|市长|园长))`;
const POSTED_LEADER_LABEL_RE = new RegExp(`^${POSTED_LEADER_LABEL}$`, "u");
const LABEL_SRC = `(${[
  POSTED_LEADER_LABEL,
  ...byLength(LEADER_LABELS),
  `(?<![${HAN_RANGES}])(?:${BARE_UNIT_LABELS.join("|")}|${BARE_LEAD_LABEL})`,
  `(?:${byLength(ROLE_WORDS.map(([r]) => r).filter((r) => !BARE.has(r))).join("|")})(?:${byLength(UNIT_WORDS).join("|")})`,
  `(?:${byLength([...BARE]).join("|")})(?:${byLength(UNIT_WORDS).join("|")})?`,
].join("|")})(?:\\s*[（(](?:单位|部门|科室|处室|股室)[）)])?\\s*(?:[：:]|(?<=人|领导)\\s*[—―]{2}(?=\\s*[\\u4e00-\\u9fff]))`;
const LABEL_RE = new RegExp(LABEL_SRC, "gu");
const LABEL_ROLES = new Map<string, UnitRole>([...LABELS, ...BARE_UNIT_LABELS.map((l): [string, UnitRole] => [l, "responsible"]), [BARE_LEAD_LABEL, "lead"]]);
const LABEL_ROLE = { get: (label: string): UnitRole | undefined => LABEL_ROLES.get(label) ?? (POSTED_LEADER_LABEL_RE.test(label) ? "leaders" : undefined) };
const LABEL_TEST = new RegExp(LABEL_SRC, "u");
// "（县教育局牵头，县财政局配合）", "由县教育局牵头"
const PHRASE_TEST = /[（(][^（()）]{2,60}?(?:牵头|负责)[，,；;、）)]/;
// "此项工作由基础教育科牵头，项目办、各学区配合。" as a sentence of its own
const SENTENCE_TEST = /(?:^|[。；;！\n])\s*(?:此项|该项|本项|以上|上述)?(?:工作|任务)?由?[^，。；;\n（(]{2,30}?牵头[，,、][^，。；;\n]{2,60}?(?:配合|协办|参与|协同)\s*(?:[。；;]|$)/;

/** Whether any paragraph names who is responsible (`hasResponsibility`): a plan that hands out its work (WorkDoc.responsible). */
export function namesResponsibility(paras: Para[]): boolean {
  return paras.some((p) => hasResponsibility(p.st.text));
}

/** Whether a text names who is responsible ("牵头单位：…", "（责任股室：…）", "（县教育局牵头…）"). */
export function hasResponsibility(text: string): boolean {
  // (each pattern needs a character or word of its own, found by a plain search: most texts lack them,
  // and the patterns would be tried at every offset to tell so)
  return (LABEL_MARK.test(text) && LABEL_TEST.test(text)) || (LEADS.test(text) && (PHRASE_TEST.test(text) || SENTENCE_TEST.test(text)));
}
// (a label ends in a colon or a dash; both phrases hold 牵头 or 负责)
const LABEL_MARK = /[：:—―]/;
const LEADS = /牵头|负责/;

// posts and ranks that precede a leader's name ("副局长 王海波", "党组成员 陈志强")
const POST_SRC = String.raw`(?:(?:党组|党委|党支部|党总支)?(?:常务)?副?(?:书记|校长|局长|县长|区长|市长|州长|主任|园长|组长|院长|厅长|处长|科长|股长|部长|总督学|督学|调研员)|(?:党组|党委)(?:成员|委员)|[一二三四]级(?:调研员|主任科员))`;
const POST = new RegExp(String.raw`^${POST_SRC}(?:、(?:党组|党委|党支部)?副?(?:书记|校长|局长|主任|园长))*$`);
// the post glued to the name: "副局长王海波", "王海波副局长" (a name is two to four characters)
const POST_BEFORE_NAME = new RegExp(String.raw`^${POST_SRC}(${HAN}{2,4})$`, "u");
const POST_AFTER_NAME = new RegExp(String.raw`^(${HAN}{2,4}?)${POST_SRC}$`, "u");

const UNIT_SUFFIX = /[股室办局站心会委组部校院所队处科园馆社团联府厅宫行司集团署]$/;
/** Whether a name ends like a unit's, in either script ("教務處", "體育組"). */
const endsLikeUnit = (name: string) => UNIT_SUFFIX.test(foldHan(name));
// an administrative level written alone ("区", "县（市）"): no body's name by itself
const LEVEL_ALONE = /^[、，,；;\s]*(?:[省市区县镇乡州旗][（(][^（()）]{1,4}[）)]|[省市区县镇乡州旗]{1,2})$/u;
// a school's grade written alone ("初二", "高一", "七年级"), and a grade with the bodies it holds after it ("初三各支部")
const GRADE = String.raw`(?:[初高][一二三]|[一二三四五六七八九]年级|[一二三四五六七八九]年級)`;
const GRADE_ALONE = new RegExp(String.raw`^${GRADE}$`, "u");
const GRADE_THEN_BODY = new RegExp(String.raw`^\s*${GRADE}各?[^、，,；;\s]{0,6}?[${"股室办辦局站心会會委组組部校院所队隊处處科园園馆館社团團"}]`, "u");

/** Splits a list of unit names on 、，, ; and real line breaks; removes stray spaces and wrap artefacts. */
export function splitNames(cell: Stitched, kind: "unit" | "person"): { name: string; st: Stitched }[] {
  const out: { name: string; st: Stitched }[] = [];
  const t = cell.text;
  let segStart = 0;
  let depth = 0;
  // (char codes: a one-character string of a Chinese text is a new string for every character)
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    const comma = c === 0x3001 || c === 0xff0c || c === 0x2c; // 、，,
    if (c === 0xff08 || c === 0x28 || c === 0x3c || c === 0x3008) depth++; // （( < 〈 ("各县<市、区>人民政府")
    else if ((c === 0xff09 || c === 0x29 || c === 0x3e || c === 0x3009) && depth > 0) depth--; // ）) > 〉
    else if (comma && depth > 0) continue; // "各县（市、区）教育局" is one name
    // "区、县(市)教育局", "市、区县教育局": a level word alone before 、 shares the body named after it
    else if (c === 0x3001 && kind === "unit" && LEVEL_ALONE.test(t.slice(segStart, i).trim())) continue;
    // "初二、初三各支部": a school's grade alone before 、 shares the bodies named after the next grade
    else if (c === 0x3001 && kind === "unit" && GRADE_ALONE.test(t.slice(segStart, i).trim()) && GRADE_THEN_BODY.test(t.slice(i + 1, i + 16))) continue;
    // ("张三/李四": a slash separates people, never parts of a unit's name in a person's cell)
    if (comma || c === 0xff1b || c === 0x3b || (kind === "person" && (c === 0x2f || c === 0xff0f)) || (kind === "unit" && depth === 0 && joinsTwoUnits(t, segStart, i))) {
      emitNames(cell, kind, out, segStart, i);
      segStart = i + 1;
    } else if (c === 0x0a) {
      // a break after a complete unit name separates units; otherwise it is a wrap artefact
      const before = t.slice(segStart, i).trim();
      const after = t.slice(i + 1, i + 40).trimStart();
      if (kind === "person" || (endsLikeUnit(before) && before.length >= 2 && after.length >= 2 && !/^[股室办局站心会委组部校院所队处科](?:[、，,\n]|$)/.test(after))) {
        emitNames(cell, kind, out, segStart, i);
        segStart = i + 1;
      }
    }
  }
  emitNames(cell, kind, out, segStart, t.length);
  // a post written before a name ("副校长 周敏") or in brackets on a line of its own ("刘建军\n（副县长）")
  // is not a person; a post standing alone ("责任领导：局长") is all the cell says and stays
  if (kind === "person") {
    // (and so is a school's or office's post named by its line of work, "德育主任", "教务处主任",
    // "年级组长", "分管副局长" — not a surname before the post, "王主任")
    // (not posts beside words the cell holds for no person's name, "训育组长 / 教官": no name they go with, the posts
    // are all the cell says of who answers for the row)
    if (out.some((n) => !isPost(n) && (bareName(n.name) !== null || MASKED_NAME.test(n.name)))) return out.filter((n) => !isPost(n));
    return out;
  }
  // a wrap artefact split on "、" cannot happen, but a name cut by a break may leave a fragment
  return out.filter((n) => n.name.length >= 2 || endsLikeUnit(n.name));
}

// a person's name masked to one Latin letter in a published copy ("负责人：z 五年级班主任")
export const MASKED_NAME = /^[A-Za-zＡ-Ｚａ-ｚ]$/u;
// a small letter alone between Han characters, or closing or opening the cell beside them (a masked name glued to its
// neighbours; not a capital, "A组", "B区")
const GLUED_MASK = /(?:^|\p{Script=Han})[a-z](?:\p{Script=Han}|$)/u;
// (the places around it where a space was lost)
const GLUED_MASK_AT = /(?<=\p{Script=Han})(?=[a-z](?![A-Za-z]))|(?<=(?<![A-Za-z])[a-z])(?=\p{Script=Han})/gu;
// a school's post written before a name, spaced ("校医 z", "辅导员 甲乙丙"; not a group, "各班主任")
const SPACED_POST = /^(?!各|全体|相关|有关)[\u4e00-\u9fff]{1,5}[医师员长任记]$/u;
// the teachers of each class or of a grade ("各班主任", "三年级班主任", "初二班主任")
const CLASS_TEACHERS = new RegExp(String.raw`^(?:各\S{0,4}?|${GRADE}\S{0,2}?)(?:班主任|辅导员)$`, "u");

// (module functions, not closures in splitNames: tsx compiles with keepNames, which wraps every closure
// made in a call in __name — Object.defineProperty on each, a measured cost on this path)
function isPost(n: { name: string }): boolean {
  const bare = foldHan(n.name.replace(/^[（(](.*)[）)]$/, "$1"));
  // (the teachers of each class or of a grade, "各班主任", "三年级班主任": people who do the work, not a 主任's post)
  if (CLASS_TEACHERS.test(bare)) return false;
  if (POST.test(bare)) return true;
  if (FIELD_POST.test(bare) && !(bare.length === 3 && SURNAMES.has(bare[0]))) return true;
  const post = POST_WORD_END.exec(bare);
  return !!post && bare.length <= 8 && post.index >= 2 && !/[\s·]/.test(bare);
}

function emitNames(cell: Stitched, kind: "unit" | "person", out: { name: string; st: Stitched }[], a: number, b: number): void {
  let piece = cell.slice(a, b).trim();
  let s = piece.text;
  // strip list punctuation, trailing full stops, wrapping brackets and "等"
  // (a person's name may carry a mark flagging the main one of several: "﹡朱珏", "★李强")
  const lead = (kind === "person" ? /^[\s、，,；;。:：（(【\-—﹡*＊★※]+/ : /^[\s、，,；;。:：（(【\-—]+/).exec(s)?.[0].length ?? 0;
  let trail = /[\s、，,；;。．.）)】]+$/.exec(s)?.[0].length ?? 0;
  // "各县（市、区）": a closing bracket that matches an opening one inside the name stays
  const core = s.slice(lead, s.length - trail);
  const open = (core.match(/[（(]/g) ?? []).length - (core.match(/[）)]/g) ?? []).length;
  if (open > 0) {
    const close = /[）)]/.exec(s.slice(s.length - trail));
    if (close) trail -= close.index + 1;
  }
  piece = piece.slice(lead, s.length - trail);
  s = piece.text;
  // ("校医z三年级班主任": a name masked to one letter, its spaces lost — a PDF's text — still stands apart)
  if (kind === "person" && !/\s/.test(s) && GLUED_MASK.test(s)) {
    const cuts = [0, ...[...s.matchAll(GLUED_MASK_AT)].map((m) => m.index!), s.length];
    const words = cuts.slice(1).map((b, i) => [cuts[i], b] as const).filter(([a, b]) => b > a);
    if (words.length > 1 && words.every(([a, b]) => b - a >= 2 || MASKED_NAME.test(s.slice(a, b)))) {
      for (const [i, [a, b]] of words.entries()) {
        const next = words[i + 1] ? s.slice(words[i + 1][0], words[i + 1][1]) : "";
        if (next && (MASKED_NAME.test(next) || isPersonName(next)) && SPACED_POST.test(foldHan(s.slice(a, b)))) continue;
        pushName(kind, out, piece.slice(a, b));
      }
      return;
    }
  }
  if (kind === "person" && s.includes(" ")) {
    // "陈 玲玲  林海": two or more spaces, or spaces between parts that are names themselves, separate people
    const parts = s.split(/\s{2,}/);
    // "王  芳" is one name spaced out to the width of three characters
    if (parts.length > 1 && parts.every((p) => p.replace(/\s+/g, "").length >= 2)) {
      let off = 0;
      for (const part of parts) {
        const at = s.indexOf(part, off);
        off = at + part.length;
        pushName(kind, out, piece.slice(at, at + part.length));
      }
      return;
    }
    // a web page spaces two-character names out to the width of three ("俞 悦"): a single character
    // after a single character joins it ("张 三 李 四" → 张三 李四)
    // (two such names with nothing between them, "陆 明俞 悦": surname, space, given name, twice)
    const pairs = /^(?:\S[ \t\u3000]+\S)+$/.test(s) ? [...s.matchAll(/(\S)[ \t\u3000]+(\S)/g)] : [];
    if (pairs.length >= 2 && pairs.every((m) => SURNAMES.has(m[1]))) {
      for (const m of pairs) pushName(kind, out, piece.slice(m.index!, m.index! + m[0].length));
      return;
    }
    // (a name masked to one Latin letter, "校医 z 三年级班主任", is a word of its own: never joined)
    const words: string[] = [];
    for (const w of s.split(/\s+/)) {
      if (words.length && words[words.length - 1].length === 1 && !MASKED_NAME.test(words[words.length - 1]) && !MASKED_NAME.test(w)) words[words.length - 1] += w;
      else words.push(w);
    }
    if (words.length > 1 && words.every((w) => w.length >= 2 || MASKED_NAME.test(w))) {
      let off = 0;
      for (const [i, w] of words.entries()) {
        const at = s.indexOf(w[0], off);
        let end = at;
        for (let k = 0; k < w.length; end++) if (!/\s/.test(s[end])) k++;
        off = end;
        // "校医 z", "辅导员 甲乙丙": a post spaced before the name it belongs to is no one of its own
        const next = words[i + 1];
        if (next && (MASKED_NAME.test(next) || isPersonName(next)) && SPACED_POST.test(foldHan(w))) continue;
        pushName(kind, out, piece.slice(at, end));
      }
      return;
    }
  }
  // "局基教科 区属相关小学": a department, a space, and another body's whole name are two units
  // ("县教育局 基教股" is one: the department of the bureau before it)
  if (kind === "unit") {
    const two = /^(\S{2,}[科股室处])[ \t\u3000]+(\S{2,})$/.exec(s);
    if (two && (endsLikeUnit(two[2]) || /[小中大]学$/.test(two[2]))) {
      const at = s.lastIndexOf(two[2]);
      pushName(kind, out, piece.slice(0, two[1].length));
      pushName(kind, out, piece.slice(at, at + two[2].length));
      return;
    }
    // "区城投集团 各有关乡镇（街道）", "市卫健委 相关县区": a body's name, a space, and a collective
    // named by its kind ("各…", "有关…", "相关…") are two units
    const collective = /^(\S{2,})[ \t\u3000]+((?:各|有关|相关)\S{2,})$/.exec(s);
    if (collective && endsLikeUnit(collective[1].replace(/[（(][^（()）]{1,10}[)）]$/, ""))) {
      const at = s.lastIndexOf(collective[2]);
      pushName(kind, out, piece.slice(0, collective[1].length));
      pushName(kind, out, piece.slice(at, at + collective[2].length));
      return;
    }
  }
  pushName(kind, out, piece);
}

function pushName(kind: "unit" | "person", out: { name: string; st: Stitched }[], st: Stitched): void {
  // "邓文辉（副市长）": a leader is named without the title in brackets (or a note: "曹光聪（具体见“…”比赛方案）")
  if (kind === "person") {
    const m = /^([^（(]{2,})[（(][^（()）]{1,30}[）)]$/.exec(st.text.trim());
    if (m) st = st.trim().slice(0, m[1].length);
    // "副局长王海波", "王海波副局长": the name without its post
    st = personWithPost(st) ?? st;
  }
  // "姗姗老师": a teacher is named without 老师
  if (kind === "person") {
    const teacher = PEOPLE_GROUP.test(st.text.trim()) ? null : /^(.+?)\s*(?:老师|教师)$/.exec(st.text.trim());
    if (teacher) st = st.trim().slice(0, teacher[1].length);
  }
  const name = st.text.replace(/\s+/g, "").replace(/^等|等$/g, "");
  if (!name || name.length > 40) return;
  if (kind === "unit" && CLAUSE_NOT_BODY.test(name)) return;
  if (/^(无|暂无|—+|-+|\/)$/.test(name)) return;
  out.push({ name, st });
}

// a unit list's piece that is a clause of the work, not a body: when it is due ("…，6月底完成") or how it is
// done ("初二、初三各支部，以支部为单位组织义卖")
const CLAUSE_NOT_BODY = /^(?:(?:20\d{2}|\d{2})\s*年|\d{1,2}\s*月|[一二三四五六七八九十]{1,3}月|年底|年内|月底|以[^，,。；;]{1,8}为单位|按照|根据|通过)/u;

/** A name as a finder reads it, before its list is split. */
type RawName = { role: UnitRole; cell: Stitched; confidence: number; prose?: boolean; phrase?: boolean };

/**
 * "区县教育局和公办学校", "档案馆（校史馆）及后勤集团": 和/及/与 at `i` between two complete unit names
 * (a name that holds 和 itself, "教育和卫生健康局", has no unit's ending before it).
 */
function joinsTwoUnits(t: string, from: number, i: number): boolean {
  const c = t.charCodeAt(i);
  if (c !== 0x548c && c !== 0x53ca && c !== 0x4e0e) return false; // 和 及 与
  const before = t.slice(from, i).replace(/[（(][^（()）]*[）)]$/, "").trim();
  const rest = /^[^、，,；;和及与\n]*/.exec(t.slice(i + 1))![0].trim();
  const complete = (n: string) => n.length >= 2 && (endsLikeUnit(n) || /[小中大]学$/.test(n));
  return complete(before) && complete(rest.replace(/[（(][^（()）]*[）)]$/, ""));
}

export interface LabelledValue {
  role: UnitRole;
  label: string;
  value: Stitched;
}

// a line of only people's names: "李四", "王五、赵六"
const NAMES_LINE = new RegExp(String.raw`^${HAN}{2,4}(?:[、，,\s]+${HAN}{2,4})*$`, "u");
// a bullet, a numbered item or another "label：" line
const LINE_STARTS_ITEM = new RegExp(String.raw`^(?:[-*+•·>]|[（(]?[\d一二三四五六七八九十]{1,3}[、.．）)]|${HAN}{2,6}\s*[：:])`, "u");

// a value that says what to do, not who: "负责…", "协助…", "做好…"
const DUTY_START = /^\s*(?:负责|协助|配合|做好|组织|落实|开展|加强|协调|督促|指导|主持|全面|具体|主要|确保|制定|检查)/u;
// "一年级：王海晶", "本部：张勇、朱春玉": a part of the work, then the people who answer for it
const PART_THEN_NAMES = new RegExp(String.raw`^[^：:，,。；;\n]{1,12}[：:][ \t\u3000]*((?:${HAN}[ \t\u3000]?){2,4}(?:[、，,/][ \t\u3000]*(?:${HAN}[ \t\u3000]?){2,4})*)[。.]?$`, "u");

/**
 * The people a label at a line's end lists on the lines under it ("负责领导：" then "一年级：王海晶；
 * 二年级：徐玮"): the names after each part's colon, while every clause of a line is a part with names.
 * Null when the label's own line goes on or no such line follows.
 */
function namesUnderLabel(text: Stitched, t: string, from: number, limit: number): Stitched[] | null {
  const eol = t.indexOf("\n", from);
  if (eol < 0 || eol >= limit || t.slice(from, eol).trim()) return null;
  const out: Stitched[] = [];
  let at = eol + 1;
  while (at < limit) {
    const nl = t.indexOf("\n", at);
    const lineEnd = nl < 0 || nl > limit ? limit : nl;
    const clauses: Stitched[] = [];
    let ok = lineEnd > at;
    for (const m of t.slice(at, lineEnd).matchAll(/[^；;]+/g)) {
      const clause = m[0].trim();
      if (!clause) continue;
      const names = PART_THEN_NAMES.exec(clause);
      if (!names) {
        ok = false;
        break;
      }
      const start = at + m.index! + m[0].indexOf(clause) + clause.lastIndexOf(names[1]);
      clauses.push(text.slice(start, start + names[1].length));
    }
    if (!ok || !clauses.length) break;
    out.push(...clauses);
    at = lineEnd + 1;
  }
  return out.length ? out : null;
}

/** Finds "label：value" pairs; the value runs to the next label or the end of the clause. */
export function findLabelled(text: Stitched): LabelledValue[] {
  // (labels in traditional script too: "責任領導：", "牽頭單位：", read on the folded copy)
  const t = foldHan(text.text);
  const hits: { index: number; end: number; label: string }[] = [];
  LABEL_RE.lastIndex = 0;
  for (let m = LABEL_RE.exec(t); m; m = LABEL_RE.exec(t)) {
    // ("安全负责人：\n总协调：孔德明\n初一年级：曹丽": a person's label on the line right under a person's label
    // that closes its line is a part of the work in that label's list, not a label of its own)
    const prev = hits[hits.length - 1];
    if (prev && LABEL_ROLE.get(prev.label) === "leaders" && LABEL_ROLE.get(m[1]) === "leaders" && /^[ \t\u3000]*\n\s*$/.test(t.slice(prev.end, m.index))) continue;
    hits.push({ index: m.index, end: m.index + m[0].length, label: m[1] });
  }
  const out: LabelledValue[] = [];
  hits.forEach((h, i) => {
    const limit = i + 1 < hits.length ? hits[i + 1].index : t.length;
    if (LABEL_ROLE.get(h.label) === "leaders") {
      // "负责领导：\n一年级：王海晶；二年级：徐玮": a label closing its line lists its people on the
      // lines under it, each after a part of the work
      const listed = namesUnderLabel(text, t, h.end, limit);
      if (listed) {
        for (const value of listed) out.push({ role: "leaders", label: h.label, value });
        return;
      }
      // "教务处负责人：负责教学过程中的安全管理…": the label heads a duty, not a name
      if (DUTY_START.test(t.slice(h.end, limit))) return;
    }
    let end = h.end;
    let depth = 0;
    for (; end < limit; end++) {
      const c = t[end];
      if (c === "（" || c === "(") depth++;
      else if ((c === "）" || c === ")") && depth > 0) depth--;
      else if ("；;。）)】".includes(c)) break;
      // a value that ends in a complete unit name ends at the line end when a sentence, an item
      // or a bullet follows ("责任科室：教研室\n各科室要…")
      else if (c === "\n" && depth === 0) {
        const nl = t.indexOf("\n", end + 1);
        const next = t.slice(end + 1, nl < 0 ? limit : Math.min(nl, limit)).trim();
        // a leader's name is complete at the line end unless the list goes on ("周强、\n李明") or
        // the next line is itself only names ("张三\n李四"); a signature ("青禾县实验中学") is not
        const sofar = t.slice(h.end, end).trim();
        if (LABEL_ROLE.get(h.label) === "leaders" && sofar && !/[、，,]$/.test(sofar) && !NAMES_LINE.test(next)) break;
        // a bullet, a numbered item or another "label：" line never continues a unit list
        if (LINE_STARTS_ITEM.test(next)) break;
        if (endsLikeUnit(t.slice(h.end, end).trimEnd()) && /[。，,；;！]/.test(next)) break;
      }
    }
    // "…陈玲玲、林海，责任股室：…": the comma before the next label ends this value
    let value = text.slice(h.end, end);
    // "责任人：张三，相关班级…": the names end where a clause that is no name follows
    if (LABEL_ROLE.get(h.label) === "leaders") {
      const cut = /[，,]\s*([^，,、；;]*)/.exec(value.text);
      const next = cut ? cut[1].replace(/\s+/g, "") : "";
      if (cut && (next.length > 4 || !SURNAMES.has(next[0]))) value = value.slice(0, cut.index);
    }
    // "（责任单位：安全股，完成时限：6月底前）": another label after a comma ends the value, and so does one
    // after a space ("整改责任单位:某局 整改时限:5天", a record's fields set on one line)
    const nextLabel = /(?:[，,]\s*|[ \t\u3000]+)[\u4e00-\u9fff]{2,6}\s*[：:]/.exec(value.text);
    if (nextLabel) value = value.slice(0, nextLabel.index);
    value = value.slice(0, value.text.replace(/[，,\s]+$/, "").length);
    if (h.label === BARE_LEAD_LABEL && !endsLikeUnit(foldHan(value.text).trim().split(/[、，,\s]/)[0])) return;
    if (value.text.trim()) out.push({ role: LABEL_ROLE.get(h.label)!, label: h.label, value });
  });
  return out;
}

/** Units and leaders of one task from its labelled phrases and its table cells. */
export function findNames(body: Stitched, cells: { role: UnitRole; cell: Stitched }[], opts: { firstLeads?: boolean; lineBrackets?: boolean } = {}): FoundName[] {
  const raw: RawName[] = [];
  // a unit list whose clauses name a lead with a role verb ("责任单位：A牵头，B、C配合") names the lead
  // and the assisting units itself; its clauses without a verb assist
  const push = (role: UnitRole, cell: Stitched, confidence: number) => {
    if (role === "lead" || role === "co" || role === "responsible") {
      const clauses = roleClauses(cell);
      if (clauses.some((c) => c.role === "lead")) {
        for (const c of clauses) {
          // ("责任科室：法规科牵头，（五）开展…专项行动，局办公室将…": the value runs on into the text after it; a clause
          // without a role that names work, not bodies, ends the list)
          if (!c.role && !namesBodies(c.cell.text)) break;
          raw.push({ role: c.role ?? "co", cell: c.cell, confidence });
        }
        return;
      }
    }
    raw.push({ role, cell, confidence });
  };
  for (const c of cells) {
    const inner = findLabelled(c.cell);
    if (inner.length) for (const v of inner) push(v.role, v.value, 0.9);
    else push(c.role, c.cell, 0.85);
  }
  if (!cells.length) {
    for (const v of findLabelled(body)) push(v.role, v.value, 0.85);
    // (readers of units named without a label, each only while none is found: the first that finds one speaks)
    const untilFound = (found: (r: RawName) => boolean, ...readers: ((b: Stitched) => RawName[])[]) => {
      for (const read of readers) if (!raw.some(found)) raw.push(...read(body));
    };
    const aUnit = (r: RawName) => r.role !== "leaders";
    untilFound(aUnit, findCopulaLabels, findMemberBodies, findGroupReports);
    for (const p of findUnitLines(body)) raw.push(p);
    for (const p of findPostedLeaders(body)) raw.push(p);
    for (const p of findBracketedPosts(body)) raw.push(p);
    if (!raw.some((r) => r.role === "leaders")) for (const p of findPostsAlone(body)) raw.push(p);
    for (const p of findGroupMembers(body)) raw.push(p);
    for (const p of findTrailingPhrases(body, opts.firstLeads)) raw.push(p);
    if (opts.lineBrackets) untilFound(aUnit, findLineBrackets);
    for (const p of findByUnitPeople(body)) raw.push(p);
    untilFound((r) => r.role === "lead" || r.role === "responsible", findProseSentences, findByUnitClauses);
  }
  // (a phrase that gives the work to people, "（甲、乙负责）", names the leaders, no lead unit)
  const hasLead = raw.some((r) => r.role === "lead" && !(r.phrase && splitNames(r.cell, "unit").every((n) => bareName(n.name))));
  const hasUnit = raw.some((r) => r.role === "lead" || r.role === "responsible");
  const out: FoundName[] = [];
  for (const r of raw) {
    const role = r.role === "responsible" ? (hasLead ? "co" : "lead") : r.role;
    const kind = role === "leaders" ? "person" : "unit";
    const split = splitNames(r.cell, kind);
    // "组织人事股（牵头）、办公室": a list that marks its lead names the others as assisting
    const marked = kind === "unit" ? split.map((n) => ROLE_MARK.exec(n.name)) : [];
    const anyLead = marked.some((m) => m && LEAD_MARK.test(m[1]));
    // (whether every name of the list is a post, or a person's name: asked of each name, read once)
    let allPosts: boolean | undefined, allPersons: boolean | undefined, withName: boolean | undefined;
    for (const [i, n] of split.entries()) {
      // "各节目责任人", "各分会主席" (people.ts HEADS_GROUP): in a unit list or a person's cell, the work's leaders
      if (HEADS_GROUP.test(foldHan(n.name))) {
        if (!out.some((o) => o.role === "leaders" && o.name === n.name)) out.push({ role: "leaders", name: n.name, st: n.st.trim(), confidence: r.confidence * 0.8 });
        continue;
      }
      if (kind === "person") {
        // "县委常委、副县长 张三", "常务副县长 刘明": the posts around a name are not people; "县政府副县长张三":
        // the name after a body's post
        // (a post standing alone, "责任领导：局长", is all the cell says and stays; so do posts beside words the cell
        // holds for no person's name, "训育组长 / 教官": no name they go with)
        if (isPostPiece(n.name) && !CLASS_TEACHERS.test(foldHan(n.name)) && !(allPosts ??= split.every((x) => isPostPiece(x.name))) && (withName ??= split.some((x) => bareName(x.name) !== null || MASKED_NAME.test(x.name)))) continue;
        const t = n.st.trim();
        const tail = n.name.length > 4 ? POSTED_NAME_TAIL.exec(t.text) : null;
        if (tail && isPersonName(tail[1]) && !endsLikeUnit(tail[1])) {
          const name = t.slice(t.text.length - tail[1].length);
          out.push({ role: "leaders", name: tail[1], st: name, confidence: r.confidence });
          continue;
        }
      }
      // "各班班主任", "家委会成员", "全体教师": the people of a kind or of a body, named as a group in a
      // person's cell, are the row's doers (a unit, like a collective of schools), never a leader
      // (in a plan's own sentences, "（责任人：各班主任）" names the teachers who answer for the work: its
      // leaders, as the golds keep them; in a table's person column the group is the row's doer)
      if (kind === "person" && !cells.length && (POSTED_GROUP.test(foldHan(n.name)) || CLASS_TEACHERS.test(foldHan(n.name)))) {
        out.push({ role: "leaders", name: n.name, st: n.st, confidence: r.confidence * 0.8 });
        continue;
      }
      if (kind === "person" && PEOPLE_GROUP.test(foldHan(n.name))) {
        if (!hasUnit && !out.some((o) => o.role === "lead" && o.name === n.name)) out.push({ role: "lead", name: n.name, st: n.st, confidence: r.confidence * 0.8 });
        continue;
      }
      // "负责人：教务处", "教务处\n张三": a unit in a person's cell is the unit that does the work (the lead
      // where nothing else names one), never a leader
      if (kind === "person" && (UNIT_IN_PERSON_CELL.test(n.name) || PEOPLE_GROUP.test(n.name)) && !(SURNAMES.has(n.name[0]) && n.name.length <= 3 && !/[处室股科局]$/.test(n.name))) {
        if (!hasUnit && !out.some((o) => o.role === "lead" && o.name === n.name)) out.push({ role: "lead", name: n.name, st: n.st, confidence: r.confidence * 0.8 });
        continue;
      }
      // "甲乙丙协助", "丁戊配合": a name in a person's cell with the part the person plays in the work after
      // it (协助, 配合, 负责, 牵头) answers for the work with the others, a leader like them
      const played = kind === "person" ? NAME_THEN_PART.exec(foldHan(n.name)) : null;
      // (a name of a surname outside the list stands among people's names: "甲、乙协助")
      const who = played ? n.name.slice(0, played[1].length) : "";
      if (played && (isPersonName(who) || (who.length <= 3 && !endsLikeUnit(who) && split.some((x) => x !== n && isPersonName(x.name))))) {
        const t = n.st.trim();
        out.push({ role: "leaders", name: who, st: t.slice(0, who.length), confidence: r.confidence * 0.9 });
        continue;
      }
      // "杨红霞李俊": two or three names run together in a person's cell, cut where each opens with a surname
      const glued = kind === "person" && n.name.length >= 4 && !FIELD_POST.test(n.name) ? gluedNames(n.name) : null;
      if (glued) {
        let off = 0;
        for (const g of glued) {
          out.push({ role: "leaders", name: g, st: n.st.trim().slice(off, off + g.length), confidence: r.confidence * 0.9 });
          off += g.length;
        }
        continue;
      }
      // (a weekly plan names a person by the surname alone: "责任人：张")
      // (a school's or office's post alone, "分管副校长", "教务处主任", is longer than a name and stays;
      // so does a cell of posts only, "分管副局长、办公室主任", as it is written)
      const postsOnly = kind === "person" && FIELD_POST.test(n.name) && (allPosts ??= split.every((x) => isPostPiece(x.name)));
      if (kind === "person" && !postsOnly && ((n.name.length > 4 && !OFFICE_POST.test(foldHan(n.name))) || (n.name.length < 2 && !SURNAMES.has(n.name) && !MASKED_NAME.test(n.name))) && !/同志$/.test(n.name)) continue;
      // "（孙立新、钱敏、周 涛负责）": people given the work in a closing bracket are its leaders, not units
      const bare = kind === "unit" && r.phrase ? bareName(n.name) : null;
      if (bare) {
        out.push({ role: "leaders", name: bare, st: n.st.trim(), confidence: r.confidence });
        continue;
      }
      // "（王静副校长牵头）": a person with a post leads, as a leader, not as a unit
      const person = kind === "unit" ? personWithPost(n.st) : null;
      if (person) {
        out.push({ role: "leaders", name: person.text.replace(/\s+/g, ""), st: person, confidence: r.confidence });
        continue;
      }
      // "基建股 张三", "基教股（李四）": a unit cell that names the unit's responsible person after it
      const withPerson = kind === "unit" ? unitWithPerson(n.st) : null;
      if (withPerson) {
        out.push({ role: anyLead && role === "lead" ? "co" : role, name: withPerson.unit.text.replace(/\s+/g, ""), st: withPerson.unit, confidence: r.confidence, prose: r.prose });
        out.push({ role: "leaders", name: withPerson.person.text, st: withPerson.person, confidence: r.confidence * 0.9 });
        continue;
      }
      const m = marked[i];
      if (m && (role === "lead" || role === "co")) {
        const name = n.name.slice(0, m.index);
        out.push({ role: LEAD_MARK.test(m[1]) ? "lead" : "co", name, st: n.st.slice(0, Math.max(0, n.st.text.search(/[（(][^（(]*$/))).trim(), confidence: r.confidence });
        continue;
      }
      // "宣传组（张明、李华负责）": a list of people's names where units were looked for names the
      // work's leaders (no gold of any corpus writes a person's name as a unit)
      if (kind === "unit" && (allPersons ??= split.every((x) => isPersonName(x.name)))) {
        out.push({ role: "leaders", name: n.name, st: n.st, confidence: r.confidence * 0.9 });
        continue;
      }
      // "钟某某、总务处、保卫科": a table's bodies cell that names a person among its bodies (a column of 部门(人)) names
      // the row's leader beside them
      if (kind === "unit" && cells.length && isPersonName(n.name) && !endsLikeUnit(n.name) && split.some((x) => x !== n && endsLikeUnit(x.name))) {
        out.push({ role: "leaders", name: n.name, st: n.st.trim(), confidence: r.confidence * 0.9 });
        continue;
      }
      out.push({ role: anyLead && role === "lead" ? "co" : role, name: n.name.replace(/同志$/, ""), st: n.st, confidence: r.confidence, prose: r.prose });
    }
  }
  return out;
}

/** A run of two or three names of two or three characters each, when only one cut makes every part open with a surname. */
const GLUED_NAME = new RegExp(`^${HAN}{4,9}$`, "u");
export function gluedNames(text: string): string[] | null {
  if (!GLUED_NAME.test(text) || POST.test(text) || endsLikeUnit(text) || NOT_A_NAME.test(text)) return null;
  const found: string[][] = [];
  const walk = (at: number, parts: string[]) => {
    if (found.length > 1 || parts.length > 3) return;
    if (at === text.length) {
      if (parts.length >= 2) found.push(parts);
      return;
    }
    for (const len of [2, 3]) {
      const part = text.slice(at, at + len);
      if (part.length === len && isPersonName(part) && !NOT_A_NAME.test(part)) walk(at + len, [...parts, part]);
    }
  };
  walk(0, []);
  return found.length === 1 ? found[0] : null;
}

const UNIT_THEN_PERSON = new RegExp(String.raw`^(\S.*?[股室办局站心会委组部校院所队处科园馆])(?:[ \t\u3000]+|[ \t]*[（(][ \t]*)(${HAN}{2,3})[ \t]*[）)]?$`, "u");
// words after a unit that begin with a surname's character but name a part of it or a field
const NOT_A_NAME = /^(?:高中|高校|高职|高教|高新|高考|文化|文明|文体|文教|安全|安监|安保|党建|党务|党群|关工|武装|全体|全面|全县|全区|全市|全校|各校|明年|时间|万元|金融|成员|常务|应急|司法|商务|江南|江北|宁夏|石油|黄河|和平)/u;
// "学工部王锐", "体育系冯永福": a department's name with its person's glued after it (the person's
// name holds none of the characters department names are made of)
const GLUED_UNIT_PERSON = new RegExp(String.raw`^(${HAN}{1,10}?[室办局站心会委部处科系])(${HAN}{2,3})$`, "u");
const NOT_IN_NAME = /[股室办局站心会委组部校院所队处科园馆系勤务育教学生员中]|主席|书记/u;
function gluedUnitPerson(text: string): RegExpExecArray | null {
  const m = GLUED_UNIT_PERSON.exec(text);
  return m && !NOT_IN_NAME.test(m[2]) && !/体系$|关系$|联系$/.test(m[1]) ? m : null;
}

/** "基建股 张三", "基教股（李四）", "学工部王锐": the unit and the person named after it; null otherwise. */
function unitWithPerson(st: Stitched): { unit: Stitched; person: Stitched } | null {
  const c = st.trim();
  const m = UNIT_THEN_PERSON.exec(c.text) ?? gluedUnitPerson(c.text);
  if (!m) return null;
  const name = m[2];
  const bracketed = /[（(]/.test(c.text.slice(m[1].length));
  if (bracketed !== /[）)]$/.test(c.text)) return null;
  // (a person's name, people.ts — not a place in the brackets, "高新园（邹区镇）" —, nor a post, a unit or a role)
  if (!isPersonName(name) || POST.test(name) || endsLikeUnit(name) || /牵头|配合|协办|主责|负责|参与|协助/.test(name) || NOT_A_NAME.test(name)) return null;
  const at = c.text.lastIndexOf(name);
  return { unit: c.slice(0, m[1].length), person: c.slice(at, at + name.length) };
}

// a post named with its field or scope ("德育主任", "办公室主任", "分管副局长", "年级组长")
const FIELD_POST = new RegExp(String.raw`^${HAN}{1,6}?副?(?:书记|校长|局长|县长|区长|市长|主任|园长|组长|院长|处长|科长|股长|部长|督学)$`, "u");
// a group of people in a person's cell ("各班班主任", "全体体育教师", "家委会成员"): they do the work as a unit
// a piece of a person's cell that is a post ("县委常委", "党组成员", "教育局党组成员", "人大常委会副主任")
const POST_WORD_END = /(?:常委|书记|局长|县长|区长|市长|州长|主任|校长|园长|组长|院长|厅长|处长|科长|股长|部长|督学|调研员|成员|委员|主席)$/u;
const isPostPiece = (name: string) => POST_WORD_END.test(foldHan(name)) || /^(?:常务|党组|党委|县委|市委|区委|州委|常委)$/.test(name);
// "县政府副县长张三": a name after a body's post, glued
// a name with the part its person plays in the work after it ("甲乙丙协助")
const NAME_THEN_PART = new RegExp(String.raw`^(${HAN}{2,4}?)(?:协助|配合|负责|牵头)$`, "u");
const POSTED_NAME_TAIL = new RegExp(String.raw`(?:常委|书记|长|主任|成员|委员|督学|调研员|主席)\s*(${HAN}{2,3})$`, "u");
/**
 * A school's or an event's working group by name, up to `longest` Han characters before 组: "美术组", "后勤保障组"
 * (not a numbered team, "第一组", "第十二组", nor 小组, 分组, 各组 alone). A regex source, for a caller to anchor.
 */
export const groupName = (longest: number) => String.raw`[\u4e00-\u9fff]{1,${longest}}(?<![第一二三四五六七八九十百小分各])[组組]`;
// a unit's name as it stands in a person's cell (教务处, 大队部, 高三年级组, 总务处, 校长室, 教科室)
// (and schools named by their kind, "各小学", "相关小学": they do the row's work)
// (a school's subject or working group too, "美术组", "艺体组", "后勤组": not a numbered team, "第一组", "A组")
const UNIT_IN_PERSON_CELL = new RegExp(String.raw`^\S{1,10}(?:处|室|股|科|局|部|队|站|馆|中心|年级组|教研组|备课组|委员会|工会|团委|办)$|^${groupName(5)}$|^\S{0,4}(?:各|相关|有关)\S{0,6}(?:学校|小学|中学|幼儿园|学院|学区|校)$`, "u");

// people named as a group: all of a kind ("各班班主任", "全体教师", "相关任课教师") or the members of a body
// ("家委会成员", "学生会干部", "志愿者服务队队员")
const PEOPLE_GROUP = /^(?:各|全体|相关|有关|各班|各年级|各科)\S{0,6}(?:班主任|教师|老师|志愿者|人员|成员|干部|队员|家长|学生|辅导员|教练员?)$|^\S{1,8}(?:会|组|队|部|委)(?:成员|干部|队员|委员)$|^(?:各|全体|全體)\S{1,8}$|^\S{2,8}(?<!党组|党委|黨組|黨委|常委)(?:成员|成員)$/u;

// a post of a school or an office standing alone, up to six characters: "分管副校长", "教务处主任", "年级组长"
const OFFICE_POST = /^[^\s、，,]{0,4}(?:主任|校长|园长|组长|处长|科长|股长|团长|队长|主席)$/u;

/** "王静副校长", "副校长王静": the person's name, when the text is a person with a post; null otherwise. */
function personWithPost(st: Stitched): Stitched | null {
  const c = st.trim();
  const t = c.text.replace(/\s+/g, "");
  if (t !== c.text) return null;
  const after = POST_AFTER_NAME.exec(t);
  const name = after ? after[1] : POST_BEFORE_NAME.exec(t)?.[1];
  // (only a person's name is left: "教育局党组成员" is a body's post, not 教育局 with a post)
  if (!name || !isPersonName(name)) return null;
  return after ? c.slice(0, name.length) : c.slice(t.length - name.length);
}

// "校 办――责任人杨立军主任，…", "学工处—责任人：李明": a unit's line under a group, with its responsible person
const UNIT_LINE = new RegExp(String.raw`(?:^|\n)[ \t]*((?:${HAN}[ \t]?){2,12}?)[ \t]*[―—–\-－]{1,3}[ \t]*(?:责任人|負責人|负责人|責任人)[ \t]*[：:]?[ \t]*(${HAN}{0,8})`, "gu");
function findUnitLines(body: Stitched): RawName[] {
  const out: RawName[] = [];
  const t = body.text;
  for (const m of t.matchAll(UNIT_LINE)) {
    const unit = m[1].trim();
    if (!endsLikeUnit(unit)) continue;
    const ua = m.index! + m[0].indexOf(m[1]);
    const pa = m.index! + m[0].lastIndexOf(m[2]);
    out.push({ role: "lead", cell: body.slice(ua, ua + m[1].trimEnd().length), confidence: 0.8 });
    // (a name cut off by the page's end, "责任人李", names nobody)
    if (m[2].length >= 2) out.push({ role: "leaders", cell: body.slice(pa, pa + m[2].length), confidence: 0.8 });
  }
  return out;
}

// "第一组：王明   李华    东片区": the members of an inspection or working group, names set apart
// by spaces or 、 (the place or schools the group covers after them are not names)
const GROUP_LINE = /第[一二三四五六七八九十\d]{1,3}(?:督导|督查|检查|工作|巡查)?[组組][ \t]*[：:][ \t]*([^\n]+?)(?=第[一二三四五六七八九十\d]{1,3}(?:督导|督查|检查|工作|巡查)?[组組][ \t]*[：:]|\n|$)/g;
function findGroupMembers(body: Stitched): RawName[] {
  const out: RawName[] = [];
  for (const m of body.text.matchAll(GROUP_LINE)) {
    const from = m.index! + m[0].length - m[1].length;
    for (const tok of m[1].matchAll(/[^\s、，,　]+/g)) {
      const name = tok[0].replace(/[（(](?:组长|副组长)[）)]$/, "");
      if (!isPersonName(name)) break;
      const at = from + tok.index!;
      out.push({ role: "leaders", cell: body.slice(at, at + name.length), confidence: 0.7 });
    }
  }
  return out;
}

// "由曹启东校长负责整改": a person with a post who is made responsible
const POSTED_LEADER = new RegExp(String.raw`由\s*(${HAN}{2,4}?)\s*${POST_SRC}\s*(?:负责|牵头|主抓)`, "gu");
// "甲校长是学校安全工作的第一责任人", "乙副校长为本项工作负责人": a person with a post opening a clause
// and declared the one who answers for the work
const DECLARED_LEADER = new RegExp(String.raw`(?:^|[。；;！\n，,])\s*(?:[一二三四五六七八九十\d]{1,3}\s*[、.．]\s*)?(${HAN}{2,4}?)\s*${POST_SRC}\s*(?:是|为|為)[^。；;！\n，,]{0,24}?(?:第一)?(?:责任人|責任人|负责人|負責人)`, "gu");
function findPostedLeaders(body: Stitched): RawName[] {
  const out: RawName[] = [];
  const found = [...body.text.matchAll(POSTED_LEADER)].map((m) => ({ m, declared: false }));
  for (const m of body.text.matchAll(DECLARED_LEADER)) found.push({ m, declared: true });
  for (const { m, declared } of found) {
    // (a name declared so with its post may be of a surname outside the list)
    if (!(declared ? mayBeName(m[1]) : isPersonName(m[1]))) continue;
    const at = m.index! + m[0].indexOf(m[1]);
    out.push({ role: "leaders", cell: body.slice(at, at + m[1].length), confidence: 0.7 });
  }
  return out;
}

// "由校长牵头，教务处、德育处等…共同参与", "学校校长全面抓，分管领导具体抓": a post alone — the school's or the
// bureau's own head, or the leader in charge — made to answer for the work, the clause going on after it; the golds
// write the post as the task's leader (xleaders22: real14, real15). Not a post that leads others ("由分管领导牵头
// 责任部门…"), one that heads a body ("由校长负责，组成人员…"), nor every unit's own heads ("主要负责人亲自抓、
// 分管领导具体抓": the units addressed, no post of the plan's own).
const POST_ALONE = String.raw`(?:副?(?:校长|园长|局长)|分管(?:校|园|局)?领导|分管副?(?:校长|园长|局长))`;
const POST_LEADS = new RegExp(String.raw`由\s*(?:学校|本校|我校)?(${POST_ALONE})\s*(?:亲自)?牵头\s*[，,]`, "gu");
const POSTS_GRIP = new RegExp(String.raw`(?:^|[^\u4e00-\u9fff])(?:学校|本校|我校)?(${POST_ALONE})\s*全面抓\s*[，,、]\s*(${POST_ALONE})\s*具体抓`, "gu");
function findPostsAlone(body: Stitched): RawName[] {
  const out: RawName[] = [];
  const t = foldHan(body.text);
  for (const re of [POST_LEADS, POSTS_GRIP]) {
    for (const m of t.matchAll(re)) {
      let from = m.index!;
      for (const post of m.slice(1)) {
        if (!post) continue;
        const at = t.indexOf(post, from);
        out.push({ role: "leaders", cell: body.slice(at, at + post.length), confidence: 0.6 });
        from = at + post.length;
      }
    }
  }
  return out;
}

// "（局长 郑十）", "（王海波副局长、李敏主任）": a bracket of people each with a post, at a clause's end
const BRACKET = /[（(]([^（()）\n]{3,40})[）)]\s*(?=[。；;，,\n]|$)/gu;
function findBracketedPosts(body: Stitched): RawName[] {
  const out: RawName[] = [];
  for (const m of body.text.matchAll(BRACKET)) {
    const innerAt = m.index! + 1;
    const found: RawName[] = [];
    let from = 0;
    let ok = true;
    for (const part of m[1].split(/[、，,；;]/)) {
      const at = m[1].indexOf(part, from);
      from = at + part.length;
      const c = part.trim();
      const lead = part.indexOf(c);
      const spaced = /^(\S+)\s+(\S+)$/.exec(c);
      const glued = c.replace(/\s+/g, "");
      let name: string | undefined;
      let off = 0;
      if (spaced && POST.test(spaced[1])) (name = spaced[2]), (off = c.length - spaced[2].length);
      else if (spaced && POST.test(spaced[2])) name = spaced[1];
      else if (!/\s/.test(c)) {
        const after = POST_AFTER_NAME.exec(glued);
        const before = POST_BEFORE_NAME.exec(glued);
        if (after) name = after[1];
        else if (before) (name = before[1]), (off = glued.length - before[1].length);
      }
      if (!name || !isPersonName(name)) {
        ok = false;
        break;
      }
      const a = innerAt + at + lead + off;
      found.push({ role: "leaders", cell: body.slice(a, a + name.length), confidence: 0.7 });
    }
    if (ok && found.length) out.push(...found);
  }
  return out;
}

// a role written after a unit's name in brackets: "基础教育股（牵头）", "财政局（配合）"
const ROLE_MARK = /[（(](牵头|主责|牵头单位|牵头部门|配合|协办|配合单位|协办单位)[）)]$/;
const LEAD_MARK = /^(?:牵头|主责)/;

// "（县教育局牵头，县财政局、县人社局配合）" or "由县教育局牵头"
const PHRASE_RE = /[（(]([^（()）]{2,80}?)[）)]\s*[。；;]?\s*$/;
// "（市教育局，市委农办，各县<市、区>人民政府，排名第一位为牵头单位，下同）": a plan that says once
// that the first unit of its bracketed lists leads
const FIRST_LEADS = /(?:排名|排在|排序|列)?(?:第一位|第一个|首位)(?:的|单位)?(?:为|是)牵头(?:单位|部门)/u;
/** Whether a plan says that the first unit of each of its bracketed unit lists leads. */
export function declaresFirstLead(text: string): boolean {
  return FIRST_LEADS.test(text);
}
const ROLE_VERB_TEST = /牵头|主责|负责|配合|(?<!政)协办|协同|协助|参与/u;
// "5.城镇居民人均可支配收入增长9%。 (工资处、就管中心)", "(3)策划、制定活动方案。(团队室)": a line closed by a
// bracket that holds only units' names, no role verb or label
const LINE_BRACKET = /[（(]([^（()）\n]{2,60})[）)]\s*[。；;]?[ \t\u3000]*$/gmu;
/** Whether a bracket's text holds only units' names ("监狱管理局", "市局法制处、市局宣传处"), no role verb, label or figure. */
export function bracketUnits(inner: string): boolean {
  if (LABEL_TEST.test(inner) || ROLE_VERB_TEST.test(inner) || /\d|[：:“”《》]/.test(inner)) return false;
  const names = inner.split(/[、，,]/).map((n) => n.trim());
  return names.every((n) => (COLLECTIVE_BODIES.test(n) || (n.length >= 2 && n.length <= 14 && endsLikeUnit(n) && unitLike(n) && !isPersonName(n))) && !VERB_IN_NAME.test(n));
}
// every body of a kind, as a unit field names it ("各部门", "全系统各单位", "市局各处室"): a unit field copies it as printed
const COLLECTIVE_BODIES = /^[\u4e00-\u9fff]{0,6}各(?:单位|部门|处室|科室|股室|直属单位)$/u;
/**
 * Whether a plan closes its lines with its units' names in brackets (twice or more: one such bracket may be a place,
 * "（美术室）" where prizes are handed out, or an author's body; a plan that names its owners so does it item after item).
 */
export function bracketsNameUnits(text: string): boolean {
  let n = 0;
  let units = 0;
  // (a school's plan closing its items with their owners names people in most brackets, a body in some, "（广播站）":
  // the brackets of people count towards the habit, a body's still needed — xevents)
  for (const m of foldHan(text).matchAll(LINE_BRACKET)) {
    const unit = bracketUnits(m[1]);
    if (unit) units++;
    if ((unit || bracketNamesPeople(m[1])) && ++n >= 2 && units) return true;
  }
  return false;
}
/** The units of every line of a task's text that a bracket of bare names closes (bracketsNameUnits' plans). */
function findLineBrackets(body: Stitched): RawName[] {
  const out: RawName[] = [];
  const t = foldHan(body.text);
  for (const m of t.matchAll(LINE_BRACKET)) {
    if (!bracketUnits(m[1])) continue;
    const at = m.index! + m[0].indexOf(m[1]);
    out.push({ role: "responsible", cell: body.slice(at, at + m[1].length), confidence: 0.7 });
  }
  return out;
}

function findTrailingPhrases(body: Stitched, firstLeads = false): RawName[] {
  let t = body.text.slice(-200);
  let off = body.text.length - t.length;
  let m = PHRASE_RE.exec(t);
  if (!m) {
    // the task's own paragraph ends with the bracket and a closing paragraph follows it
    const nl = body.text.indexOf("\n");
    if (nl < 0) return [];
    t = body.text.slice(Math.max(0, nl - 200), nl);
    off = Math.max(0, nl - 200);
    m = PHRASE_RE.exec(t);
    if (!m || !/牵头|负责/.test(m[1])) return [];
  }
  const inner = m[1];
  const innerAt = off + m.index + m[0].indexOf(inner);
  const out: RawName[] = [];
  // a bare list of units where the plan says its first one leads
  const note = FIRST_LEADS.exec(inner);
  if (note || firstLeads) {
    const list = note ? inner.slice(0, note.index) : inner;
    const names = splitNames(body.slice(innerAt, innerAt + list.length), "unit");
    if (names.length && names.every((n) => unitLike(n.name)) && !LABEL_TEST.test(list) && !ROLE_VERB_TEST.test(list)) {
      names.forEach((n, k) => out.push({ role: k === 0 ? "lead" : "co", cell: n.st, confidence: 0.7 }));
      return out;
    }
  }
  // the clauses after a label ("责任单位：A牵头，B配合", up to the next "；") are read with the label
  let from = 0;
  for (const seg of inner.split(/[；;]/)) {
    const at = inner.indexOf(seg, from);
    from = at + seg.length;
    const label = LABEL_TEST.exec(seg);
    const own = label ? seg.slice(0, label.index) : seg;
    for (const c of roleClauses(body.slice(innerAt + at, innerAt + at + own.length))) if (c.role) out.push({ role: c.role, cell: c.cell, confidence: 0.7, phrase: true });
  }
  return out;
}

// the role verbs that close a clause of a unit list: "县教育局牵头", "县财政局、县住建局配合"
// (协办 ends "县政协办" too: the office of the 政协 is a unit, not a role)
const ROLE_VERBS = "牵头|主责|负责|配合|(?<!政)协办|协同|协助|参与";
// how a unit takes its part, between its name and the role verb: "县财政局按职责分工负责",
// "财务股积极配合", "基建股牵头负责" (none of it belongs to the name)
const ROLE_MODS = "(?:按照?职责分工|按照?职责|根据职责|分别|共同|具体|积极|密切|全力|主动|协同(?=配合))?";
const ROLE_AFTER = "(?:负责|落实|实施)?";
const CLAUSE_ROLE = new RegExp(`^(.{2,}?)${ROLE_MODS}(${ROLE_VERBS})${ROLE_AFTER}$`, "su");
const ENDS_IN_ROLE = new RegExp(`(?:${ROLE_VERBS})\\s*$`, "u");
/**
 * Splits a unit list into clauses on ，；(and on 、 right after a role verb: "A牵头、B配合"), outside
 * brackets; a clause ending in a role verb names its units without the verb (and without a leading 由).
 */
function roleClauses(cell: Stitched): { role: "lead" | "co" | null; cell: Stitched }[] {
  const t = cell.text;
  const out: { role: "lead" | "co" | null; cell: Stitched }[] = [];
  const leadVerbs: (string | null)[] = [];
  let depth = 0;
  let start = 0;
  // (char codes, as in splitNames: t[i] of a Chinese text is a new string for every character)
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if (c === 0xff08 || c === 0x28) depth++; // （(
    else if ((c === 0xff09 || c === 0x29) && depth > 0) depth--; // ）)
    else if (depth === 0 && (c === 0xff0c || c === 0x2c || c === 0xff1b || c === 0x3b || (c === 0x3001 && ENDS_IN_ROLE.test(t.slice(start, i))))) {
      emitClause(cell, out, leadVerbs, start, i);
      start = i + 1;
    }
  }
  emitClause(cell, out, leadVerbs, start, t.length);
  // "A牵头，B、C负责": beside a unit that leads, 负责 names the units that carry it out with it
  if (leadVerbs.some((v) => v !== null && v !== "负责")) return out.map((c, i) => (leadVerbs[i] === "负责" ? { ...c, role: "co" } : c));
  return out;
}

const CO_HANDLED = /^(.{1,20}?(?:[处科股局部室站馆院]|中心))会(.{2,20}?(?:[处科股局部室站馆院办]|中心|办公室))$/u;
// (a module function, not a closure in roleClauses: see emitNames)
function emitClause(cell: Stitched, out: { role: "lead" | "co" | null; cell: Stitched }[], leadVerbs: (string | null)[], a: number, b: number): void {
  const piece = cell.text.slice(a, b);
  const lead = /^[\s由]*/.exec(piece)![0].length;
  const core = piece.slice(lead).trimEnd();
  if (!core) return;
  // "宣传处会办公室" (宣传处 with 办公室): the unit before 会 leads, the one after it handles the work with it
  // (not "学生会办公室", "组委会办公室": a 会 that ends a body's name)
  const jointly = CO_HANDLED.exec(foldHan(core));
  if (jointly) {
    leadVerbs.push("会", null);
    const at = a + lead + jointly[1].length + 1;
    out.push({ role: "lead", cell: cell.slice(a + lead, a + lead + jointly[1].length) }, { role: "co", cell: cell.slice(at, a + lead + core.length) });
    return;
  }
  const m = CLAUSE_ROLE.exec(core);
  leadVerbs.push(m && /牵头|主责|负责/.test(m[2]) ? m[2] : null);
  if (m) out.push({ role: /牵头|主责|负责/.test(m[2]) ? "lead" : "co", cell: cell.slice(a + lead, a + lead + m[1].length) });
  else out.push({ role: null, cell: cell.slice(a + lead, a + lead + core.length) });
}

// "访问组：安排学生…\n公告组：对已有的资料…": an item of a meeting's record under which its working groups report, each on
// a line of its own opened by the group's name and a colon, then its work (not people: "第一组：王明 李华" is a roster,
// findGroupMembers): the groups, two or more, do the item (xunits26)
const GROUP_REPORT = new RegExp(String.raw`\n[ \t\u3000]*(${HAN}{1,8}?(?<!领导|領導|工作|第[一二三四五六七八九十\d]{1,3})[组組])[ \t\u3000]*[：:][ \t\u3000]*([^\n]{6,})`, "gu");
function findGroupReports(body: Stitched): RawName[] {
  const found: RawName[] = [];
  for (const m of body.text.matchAll(GROUP_REPORT)) {
    const first = m[2].split(/[\s、，,；;。]/u)[0];
    // (a roster's people, or a post's label inside the name: "组长：…", "副组长：…")
    if (isPersonName(first) || bareName(first) || /^(?:副?组长|成员|組長)/u.test(m[1]) || /^[副正]?$/u.test(m[1].slice(0, -1))) continue;
    const at = m.index! + m[0].indexOf(m[1]);
    found.push({ role: "lead", cell: body.slice(at, at + m[1].length), confidence: 0.6 });
  }
  return found.length >= 2 ? found : [];
}

// "(2)成员：政教处、电教组。": a working group's members named as bodies, not people — the bodies that do its work
// (a roster of people, "成员：李华 张敏", is the rosters' reading)
const MEMBERS = /(?:^|[\s）)\d.、])成员\s*[：:][ \t\u3000]*([^\n。；;]{2,60})/gu;
function findMemberBodies(body: Stitched): RawName[] {
  const t = foldHan(body.text);
  if (!t.includes("成员")) return [];
  for (const m of t.matchAll(MEMBERS)) {
    const at = m.index! + m[0].length - m[1].length;
    const names = splitNames(body.slice(at, at + m[1].replace(/[，,\s]+$/, "").length), "unit");
    if (names.length && names.every((n) => endsLikeUnit(n.name) && unitLike(n.name) && !isPersonName(n.name) && !bareName(n.name) && !VERB_IN_NAME.test(n.name)))
      return names.map((n) => ({ role: "responsible" as UnitRole, cell: n.st, confidence: 0.7, prose: true }));
  }
  return [];
}

/** Whether a clause of a unit list names bodies only: short names, no work's verb, no item number cut in half. */
function namesBodies(clause: string): boolean {
  const t = foldHan(clause).trim();
  if (!t || /^[^（(]*[）)]/.test(t)) return false;
  return t.split(/[、，,]/).every((n) => n.trim().length <= 20 && !VERB_IN_NAME.test(n));
}

// "主责单位为秘书室", "牵头部门是县教育局、县财政局": a unit label written as a sentence's subject, its units after the
// copula (a label's words, never "以学校为单位"); one label a clause, or several in a row ("甲计划之主责单位为秘书室、
// 乙计划之主责单位为教务处": each value ends where the next label's clause begins)
const COPULA_LABEL = /(牵头|主责|负责|责任|承办|主办|配合|协办)(?:单位|部门|科室|处室|股室)(?:为|是)/gu;
function findCopulaLabels(body: Stitched): RawName[] {
  const t = foldHan(body.text);
  if (!/单位|部门|科室|处室|股室/.test(t)) return [];
  const hits = [...t.matchAll(COPULA_LABEL)];
  const out: RawName[] = [];
  hits.forEach((m, k) => {
    const from = m.index! + m[0].length;
    const stop = /[，,。；;！!：:\n（(]/.exec(t.slice(from));
    const end = Math.min(stop ? from + stop.index : t.length, k + 1 < hits.length ? hits[k + 1].index! : t.length);
    const role: UnitRole = m[1] === "配合" || m[1] === "协办" ? "co" : m[1] === "责任" || m[1] === "承办" ? "responsible" : "lead";
    let at = from;
    for (const piece of t.slice(from, end).split(/(?<=[、和及与])/)) {
      const name = piece.replace(/[、和及与]$/, "").trim();
      // (the names stop at the first piece that is no unit's: "…为任务落实的第一责任主体", "分项计划A之")
      if (name.length < 2 || name.length > 16 || !endsLikeUnit(name) || VERB_IN_NAME.test(name) || /[之的]/.test(name)) break;
      const lead = piece.search(/\S/);
      out.push({ role, cell: body.slice(at + lead, at + lead + name.length), confidence: 0.8, prose: true });
      at += piece.length;
    }
  });
  return out;
}

// "…，停课通知由教务处负责落实", "国旗队、彩旗队由体育系安排", "篮球友谊赛由篮球协会承办": a clause that ends by saying which unit does it
const BY_UNIT_CLAUSE = /由[ \t]*([^由，,。；;！\n（()）]{2,24}?)[ \t]*(?:具体|统一|负责)?(?:牵头|负责|安排|组织|落实|承办)(?:落实|安排|实施|组织|完成)?[ \t]*$/u;
function findByUnitClauses(body: Stitched): RawName[] {
  const t = foldHan(body.text);
  if (!t.includes("由")) return [];
  const out: RawName[] = [];
  for (const m of t.matchAll(/[^，,。；;！\n]+/g)) {
    const by = BY_UNIT_CLAUSE.exec(m[0]);
    if (!by) continue;
    const listAt = m.index! + by.index + by[0].indexOf(by[1]);
    // "由教务处和政教处负责": the units of the list, each a unit's name
    const names = [...by[1].matchAll(/[^、和及与]+/g)];
    // (a college's department, "体育系", is a unit; "责任体系", "联系" are not)
    if (!names.every((n) => (endsLikeUnit(n[0].trim()) || /[^体关联派世]系$/.test(n[0].trim())) && !VERB_IN_NAME.test(n[0]) && !/自行|自主|各自|分别|共同|另行|统一|^(?:各|相关|有关)?(?:部门|单位|处室|科室)/.test(n[0]) && n[0].trim().length >= 2)) continue;
    for (const n of names) out.push({ role: "lead", cell: body.slice(listAt + n.index!, listAt + n.index! + n[0].length).trim(), confidence: 0.7, prose: true });
  }
  return out;
}

// "…由体育系冯永福，团委刘杰等人负责": each department with its person glued after it, the list
// running over commas up to 等人负责
const BY_UNIT_PEOPLE = /由[ \t]*([^由。；;！\n（()）]{4,60}?)[ \t]*(?:等人|等同志|等)?[ \t]*(?:具体|统一|共同)?(?:牵头)?负责/gu;
function findByUnitPeople(body: Stitched): RawName[] {
  const t = body.text;
  if (!t.includes("由")) return [];
  const out: RawName[] = [];
  for (const m of t.matchAll(BY_UNIT_PEOPLE)) {
    const listAt = m.index! + m[0].indexOf(m[1]);
    const found: RawName[] = [];
    const pieces = [...m[1].matchAll(/[^，,、和及与]+/g)];
    for (const p of pieces) {
      const pair = unitWithPerson(body.slice(listAt + p.index!, listAt + p.index! + p[0].length));
      if (!pair) {
        found.length = 0;
        break;
      }
      found.push({ role: "lead", cell: pair.unit, confidence: 0.7, prose: true }, { role: "leaders", cell: pair.person, confidence: 0.7 });
    }
    out.push(...found);
  }
  return out;
}

// A sentence that is only a division of work: "此项工作由X牵头，Y、Z配合。", "由X负责，Y配合。",
// "X牵头，Y配合。", "此项工作由X负责。". Each clause is a unit list followed by its role verb.
const SENTENCE_ROLE = new RegExp(`^(?:(?:此项|该项|本项|以上|上述|各项)?(?:工作|任务)?由)?(.{2,60}?)${ROLE_MODS}(牵头|负责|主责|配合|协办|参与|协同)(?:负责|落实|实施|推进|完成)?$`, "d");
function findProseSentences(body: Stitched): RawName[] {
  const t = body.text;
  if (!/牵头|负责|配合/.test(t)) return [];
  const out: RawName[] = [];
  let s = 0;
  for (let i = 0; i <= t.length; i++) {
    if (i < t.length && !"。；;！\n".includes(t[i])) continue;
    const sentence = t.slice(s, i);
    const at = s;
    s = i + 1;
    if (sentence.length > 120 || !/牵头|负责/.test(sentence)) continue;
    const found: RawName[] = [];
    const verbs: string[] = [];
    let from = 0;
    let ok = true;
    // the work may come first: "推进校舍维修，由基建股负责，财务股配合" — the clauses from the one
    // opening with 由 to the sentence's end name who does it
    const parts = sentence.split(/[，,]|(?<=牵头|负责|主责|配合|(?<!政)协办|参与|协同)、/);
    const byAt = parts.findIndex((p) => /^\s*由/.test(p));
    const skip = byAt > 0 ? byAt : 0;
    for (const [k, part] of parts.entries()) {
      const pAt = sentence.indexOf(part, from);
      from = pAt + part.length;
      if (k < skip) continue;
      const trimmed = part.trim();
      const m = SENTENCE_ROLE.exec(trimmed);
      // ("…面对校旗由体育系负责": the work comes first and 由 names the unit inside the clause)
      if (!m || /[（()）“”《》]/.test(m[1]) || /.由/.test(m[1]) || m[1].split("、").some((n) => !unitLike(n) || (!endsLikeUnit(n) && VERB_IN_NAME.test(n)))) {
        // "此项工作由基建股牵头负责，各学校具体落实": after a lead named with 由, a clause that names
        // no role ends the division of work
        if (k > skip && BY_LEAD.test(parts[skip]) && found.some((f) => f.role === "lead")) break;
        ok = false;
        break;
      }
      const nameAt = at + pAt + part.indexOf(trimmed) + m.indices![1][0];
      const role: UnitRole = /牵头|负责|主责/.test(m[2]) ? "lead" : "co";
      verbs.push(m[2]);
      found.push({ role, cell: body.slice(nameAt, nameAt + m[1].length), confidence: 0.7, prose: true });
    }
    // "县教育局牵头，县财政局、县发改委按职责分工负责": beside a unit that leads, 负责 assists
    if (verbs.some((v) => v === "牵头" || v === "主责")) found.forEach((f, k) => verbs[k] === "负责" && (f.role = "co"));
    if (ok && found.some((f) => f.role === "lead")) out.push(...found);
  }
  return out;
}
// a name in a sentence's unit list ends as a unit's does, or names bodies by their kind ("各乡镇"):
// "主席台布置、音响、场地卫生团委负责" lists work, not units
// (a group of people, "由各班班主任负责", "各班教师负责", is no unit in running text, as no doer or subject is:
// the golds count such a group only where a unit field names it)
const unitLike = (n: string) =>
  (endsLikeUnit(n.trim()) || /^\s*各/.test(n) || /(?:[^体关联派世]系|[小中大]学)\s*$/.test(n)) && !PEOPLE_WORD_END.test(foldHan(n.trim()));
const PEOPLE_WORD_END = /(?:班主任|教师|老师|人员|家长|学生|师生|志愿者|辅导员|教练员?|干部|职工)$/u;
const BY_LEAD = /^\s*(?:(?:此项|该项|本项|以上|上述|各项)?(?:工作|任务)?)由/;
// a clause that does something ("各学校负责组织实施") names an action, not a unit list (a name that
// ends as a unit's does, "组织人事处", is a unit whatever it begins with)
const VERB_IN_NAME = /(组织|实施|开展|推进|落实|做好|加强|建立|完善|制定|督促|指导|统筹|协调|抓好|的)/;
