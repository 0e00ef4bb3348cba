// A notice's demands on its addressees where it numbers nothing: "请各校…", "各园要…", and the clauses such a
// sentence hands over by a date.
import { Stitched } from "./stitched.js";
import { paraNumbering } from "./itemNumbers.js";
import type { RawTask, WorkDoc } from "./types.js";
import { DOER } from "./demandCandidates.js";
import { RECEIVER } from "./noticeItems.js";
import { DEMAND_YAO, FEW_TASKS_CONFIDENCE, withoutByline, type Candidate } from "./workCandidates.js";

// a notice's addressee opening a sentence of demands: "请各校…", "请各单位于…前…", "各园要…", "各学校务必…"
// (or any body named by 各 before its 要/应/务必, "各民办教育机构请务必…" — xtasks26)
const DEMAND_VERB = String.raw`(?:${DEMAND_YAO}|应当|應當|应(?![急对對用届屆聘试試邀答运運变變收付])|應(?![急對用屆聘試邀答運變收付])|必须|必須|务必|務必)`;
const ADDRESSEE = String.raw`(?:${DOER}|各[\u4e00-\u9fff]{1,8}?(?=(?:请|請)?(?:都|务必|務必|一定)?${DEMAND_VERB})|各(?:园|園|校|县|縣|区|區|乡镇|鄉鎮|街道|院|系|部|处|處|科|室|班|单位|單位|学校|學校))`;
// the demand: 请 and the addressee; (a period first, "放假期间各单位应…") the addressee and its 要/应/务必 (请务必 too);
// the addressee handing something over by a day ("各单位将值班表…，于4月25日16:00前报送…", xtasks26)
const NOTICE_OPEN = new RegExp(
  String.raw`^(?:(?:请|請)\s*(?<asked>${ADDRESSEE})?|(?<frame>[\u4e00-\u9fff]{2,6}(?:期间|期間)\s*)?(?<doer>${ADDRESSEE})(?:请|請)?(?:都|务必|務必|一定)?${DEMAND_VERB}|(?<hands>${ADDRESSEE})(?=(?:将|將|把)[^。！!？?]{0,60}?(?:于|於|在)[^。！!？?]{0,30}?\d{1,2}\s*(?:日|号|號)[^。！!？?]{0,20}?前))(?=[\u4e00-\u9fff“"])`,
);
// the clause before a demand's addressee that only lists more addressees with 各 (ending with the comma before it)
const ADDRESSEE_LIST = /(?:^|[，,]|期间|期間)\s*(各[\u4e00-\u9fff（()）]{1,12}(?:、[\u4e00-\u9fff（()）]{2,12}){0,4}[，,]\s*)$/u;
// a first clause that only says by when before what is handed over: "于4月29日上午10:00前将…" (named from its 将)
const DUE_FIRST = /^(?:于|於|在)[^，,。；;]{1,30}?(?:前|之前|以前)\s*[，,]?\s*(?=将|將|把)/;
// a clause that opens what to do if something happens: no part of the demand's name before it ("…，一旦发生…要…")
const CONDITION = /^(?:一旦|如遇|如有|如果|若|遇有|遇到|如发生|如發生)/;
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
/** A notice: an addressee line "各小学：" near the top or anywhere alone, a notice's title, the cover's notice. */
function addressedNotice(doc: WorkDoc): boolean {
  // (a notice: an addressee line "各小学：" or a title of one; numbered items would be its structure)
  // (or, near the top, a line of addressees ending on its colon: "区属各中小学校、幼儿园，各民办教育机构：" — where the
  // notice carries no attachment, the cover of a table whose rows are the work; xtasks26)
  const addresseeLine = (t: string) => t.length <= 60 && /各/.test(t) && /^[^。；;：:]+[：:]$/.test(t);
  const attached = doc.paras.some((p) => /^(?:附件|附表)\s*\d*\s*[：:]/.test(p.st.text.trim()));
  return (
    doc.paras.some((p) => /^各[^。；;，,]{1,40}[：:]\s*$/.test(p.st.text.trim())) ||
    (!attached && doc.paras.slice(doc.meta?.bodyStart ?? 0).slice(0, 4).some((p) => addresseeLine(p.st.text.trim()))) ||
    !!doc.meta?.notice ||
    /通知|通告|函/.test(doc.meta?.title ?? "")
  );
}

/** The addressee of "请于…前…" with no doer: one body of a kind on the addressee line, "各学校：" (not 各单位/各部门, no kind). */
function addresseeOfLine(doc: WorkDoc): Stitched | null {
  const line = doc.paras.find((p) => /^各[\u4e00-\u9fff]{1,6}[：:]\s*$/.test(p.st.text.trim()) && !/^各(?:单位|單位|部门|部門|有关单位|有關單位)[：:]/.test(p.st.text.trim()));
  return line ? line.st.trim().slice(0, line.st.trim().text.length - 1) : null;
}

// an addressee naming no kind of body (各单位, 各部门, 有关单位): the convention gives it no unit
const NO_KIND = /^(?:各|有关|有關|相关|相關)(?:单位|單位|部门|部門)$|^各有关(?:单位|部门)$/;

// a demand dated by its day: "…截止日期为5月16号", "…于7月3日前…" (an undated one above numbered items is the
// covering notice's "请认真贯彻落实", or the items' topic: the items are the work)
const DATED = /\d{1,2}\s*(?:日|号|號)[^，,。；;]{0,12}?(?:前|之前|以前)|(?:截止|截至)(?:日期|时间|時間)?\s*(?:为|為|是)?\s*[^，,。；;]{0,8}?\d{1,2}\s*(?:日|号|號)/;

// a demand that hands the work over to the items below it ("请…按以下要求做好统计", "具体事项通知如下"): the items are the tasks
const TO_THE_ITEMS = /以下|如下|下列|下述/;

/**
 * (xnotice27) The demands a notice makes in its opening paragraph, above its numbered items, where they ask work of
 * their own ("请各单位主动对接…，认真摸排…，填报附表。", "请各部、处室负责人…下载申报表，填写项目后发某中心，截止日期为5月16号。"):
 * tasks beside the items. A demand that points to the items ("按以下要求…") is none; so is the covering notice of a plan
 * (the paragraphs before the plan's body).
 */
export function leadDemands(doc: WorkDoc): RawTask[] {
  if (!doc.proseTasks.length || !addressedNotice(doc)) return [];
  const first = Math.min(...doc.proseTasks.map((t) => t.body.span()[0]));
  const paras = doc.paras.slice(doc.meta?.bodyStart ?? 0).filter((p) => p.st.span()[1] <= first && !paraNumbering(p));
  return demandsIn(paras, addresseeOfLine(doc))
    .filter((t) => !TO_THE_ITEMS.test(t.body.text) && DATED.test(t.body.text))
    .map((t) => ({ ...t, title: workOf(t.body) }));
}

// who is asked, before the work: "请各单位", "請各部、處室負責人" (the addressee's unit is the task's unit cell, or the units stage's)
const ASKED_WHO = new RegExp(String.raw`^(?:请|請)\s*(?:[^，,。；;]{0,16}?(?:负责人|負責人|负责同志|負責同志)|${ADDRESSEE})?(?:务必|務必|认真|認真)?`);
// a clause that only says by when ("截止日期为5月16号", "11月5日前"): the demand's deadline, no part of its name
const DUE_CLAUSE = /截止|截至|(?:前|之前|以前)$/;

/** A lead demand named by its work: after who is asked, its clauses up to a clause of its deadline, four at most. */
function workOf(body: Stitched): Stitched {
  const who = ASKED_WHO.exec(body.text);
  const work = body.slice(who ? who[0].length : 0).trim();
  const clauses = [...work.text.matchAll(/[^，,；;。！!？?]+/g)];
  let end = 0;
  for (const [i, c] of clauses.entries()) {
    if (i >= 4 || (i > 0 && (DUE_CLAUSE.test(c[0].trim()) || CONDITION.test(c[0].trim())))) break;
    if (c.index! + c[0].length > 60 && i > 0) break;
    end = c.index! + c[0].length;
  }
  const title = work.slice(0, end).trim();
  return title.text.replace(/[\s\p{P}]/gu, "").length >= 4 ? title : body;
}

export function noticeDemandCandidate(doc: WorkDoc): Candidate | null {
  // (the covering notice too: a school forwarding a bureau's notice asks its own things of its schools)
  if (!addressedNotice(doc) || doc.paras.some((p) => paraNumbering(p))) return null;
  const tasks = demandsIn(doc.paras, addresseeOfLine(doc));
  return tasks.length >= 2 ? { tasks, label: "通知中对受文单位提出的要求（“请各……”“各……要”）" } : null;
}

/** The demands of the paragraphs, each a task (see noticeDemandCandidate). */
function demandsIn(paras: WorkDoc["paras"], addressee: Stitched | null): RawTask[] {
  const tasks: RawTask[] = [];
  const push = (title: Stitched, body: Stitched, subject: Stitched | null) => {
    if (title.text.replace(/[\s\p{P}]/gu, "").length < 4) return;
    // (the body stays the clause as printed: the addressee comes in as its unit cell)
    const full = body;
    // (the addressee is the doer: a collective unit by the convention, "各校" of "请各校…")
    // (not one naming no kind of body, "请各单位…": no unit by the convention; xnotice27)
    const unitCells = subject && !NO_KIND.test(subject.text.trim()) ? [{ role: "lead" as const, cell: subject }] : [];
    // (the office a thing is handed to, "…于4月25日前报送至教育局办公室", leads it too, as the golds give it)
    const received = RECEIVER.exec(body.text);
    if (received && !/^(?:上述|上列|该|該|本|指定)/.test(received[1])) {
      const at = received.index + received[0].length - received[1].length;
      unitCells.push({ role: "lead" as const, cell: body.slice(at, at + received[1].length) });
    }
    tasks.push({ no: "", section: null, title, titleConfidence: 0.5, body: full, unitCells, measureItems: [], factText: full, confidence: FEW_TASKS_CONFIDENCE });
  };
  // (named by its first clauses as printed, a short one grown by the next; a bracket's note left out:
  // "…统计表(小学以中心小学为单位汇总)报…")
  // (what is handed over, "将…", is named through the clause that says by when it goes where: "…，于4月25日前报送至…")
  const named = (whole: Stitched, clauses: Stitched[], untilDue = false) => {
    let n = 0;
    let len = 0;
    let due = false;
    const more = () => (len < 24 || (untilDue && !due)) && !CONDITION.test(clauses[n].text);
    while (n < clauses.length && (n === 0 || more()) && n < 4) {
      due ||= /前|之前|以前/.test(clauses[n].text) && /\d\s*(?:日|号|號)/.test(clauses[n].text);
      len += clauses[n++].text.length + 1;
    }
    const from = clauses[0].span()[0];
    const to = clauses[n - 1].span()[1];
    let a = 0;
    while (a < whole.text.length && whole.slice(a, a + 1).span()[0] < from) a++;
    let b = a;
    while (b < whole.text.length && whole.slice(b, b + 1).span()[1] <= to) b++;
    const title = whole.slice(a, b);
    const bracket = title.text.search(/[（(]/);
    // (a bracket that closes its clause, a comma after it, is kept with the clause after it: "…按要求（…），于…前报送…")
    const close = bracket >= 0 ? title.text.slice(bracket).search(/[）)]/) : -1;
    const closesClause = close >= 0 && /^[，,]/.test(title.text.slice(bracket + close + 1));
    return title.slice(0, bracket >= 12 && !closesClause ? bracket : Math.min(title.text.length, 60));
  };
  const clausesOf = (st: Stitched) => [...st.text.matchAll(/[^，,；;。！!？?]+/g)].map((c) => st.slice(c.index!, c.index! + c[0].length).trim());
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
      const g0 = m.groups!;
      const who = g0.asked ?? g0.doer ?? g0.hands;
      // (named from its work, the addressee left to its unit, where the demand does not open its sentence — a period or
      // a list of addressees before it, "…，各民办教育机构要妥善…" — or hands something over; xtasks26)
      const fromWork = (!!g0.doer && (at > 0 || !!g0.frame)) || !!g0.hands;
      // (a list of addressees with 各 in the clause before, "各中小学校、幼儿园，各民办教育机构要…": all of them are asked)
      const listed = who && at > 0 && m[0].indexOf(who) === 0 && /^各/.test(who) ? ADDRESSEE_LIST.exec(s[0].slice(0, at)) : null;
      const subject = !who
        ? addressee
        : listed
          ? p.st.slice(s.index! + listed.index + listed[0].length - listed[1].length, a + who.length)
          : sentence.slice(m[0].indexOf(who), m[0].indexOf(who) + who.length);
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
        if (i === 0 && fromWork) {
          let work = body.slice(m[0].length).trim();
          const due = DUE_FIRST.exec(work.text);
          if (due) work = work.slice(due[0].length);
          if (work.text.replace(/[\s\p{P}]/gu, "").length >= 4) {
            push(named(work, clausesOf(work), /^(?:将|將|把)/.test(work.text)), body, subject);
            return;
          }
        }
        const first = i === 0 ? g : [g[0].slice(g[0].text.match(/^(?:并|並|同时|同時|还|還)/)?.[0].length ?? 0), ...g.slice(1)];
        push(named(body, first), body, subject);
      });
    }
  }
  return tasks;
}

// (xnotice27) one who must hand something over by a day, the sentence's opening: "申办团体须于二○三一年二月十七日下午五时或
// 之前，把申请表…交抵某局某分部（地址：…）。", "各校务必在5月10日前将…报送…" — who, by when, and the work after it
const DATED_DEMAND = new RegExp(
  String.raw`^(?<who>[\u4e00-\u9fff、]{2,16}?)(?:须|須|必须|必須|应|應|务必|務必|请|請)(?:于|於|在)[^，,。；;]{2,30}?(?:或之前|或以前|之前|以前|前)[，,]?\s*(?=(?:将|將|把|向)[\u4e00-\u9fff“"])`,
);
// a bracket that notes an address or a contact ("（地址：…）"): no part of the work's name
const NOTE_BRACKET = /[（(][^（）()]*[：:]/;

/**
 * A text with no structure whose sentences demand that someone hand something over by a day (a press release's one
 * demand, a notice without numbers or addressee line): each is a task, named by what is handed over and where to (a
 * note on the address left out), the one who must its unit, the office it goes to too (its lead, as the golds give a
 * hand-over's receiving office). The last resort where nothing else holds a task: never nothing.
 */
export function datedDemandCandidate(doc: WorkDoc): Candidate | null {
  const tasks: RawTask[] = [];
  for (const p of doc.paras) {
    for (const s of p.st.text.matchAll(/[^。！!？?]+[。！!？?]?/g)) {
      const sentence = p.st.slice(s.index!, s.index! + s[0].length).trim();
      const m = DATED_DEMAND.exec(sentence.text);
      if (!m) continue;
      const who = m.groups!.who;
      // (who must is a body or a group, not a time or a place: "下周一前" opens no demand)
      if (/[年月日时前后期间天]$|(?:周|星期|週)[一二三四五六日天]?$|^(?:今|明|本|下|上|每)/.test(who)) continue;
      const rest = sentence.text.slice(m[0].length);
      let end = rest.search(/[，,。；;！!？?]/);
      if (end < 0) end = rest.length;
      const bracket = rest.slice(0, end).search(NOTE_BRACKET);
      if (bracket >= 0) end = bracket;
      const title = sentence.slice(m[0].length, m[0].length + end).trim();
      if (title.text.replace(/[\s\p{P}]/gu, "").length < 4) continue;
      const received = RECEIVER.exec(rest.slice(0, end + 1));
      const at = received ? m[0].length + rest.indexOf(received[1]) : -1;
      const unitCells = [
        { role: "lead" as const, cell: sentence.slice(0, who.length) },
        ...(received ? [{ role: "lead" as const, cell: sentence.slice(at, at + received[1].length) }] : []),
      ];
      tasks.push({ no: "", section: null, title, titleConfidence: 0.5, body: sentence, unitCells, measureItems: [], factText: sentence, confidence: FEW_TASKS_CONFIDENCE });
    }
  }
  return tasks.length ? { tasks, label: "限期提交的要求（“须于……前”）" } : null;
}
