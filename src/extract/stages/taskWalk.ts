// The walk over a plan's paragraphs that opens a task at each task item and gathers its text, under
// the open part headings (collectTasks = partFacts + planDates + the walk).
import type { ExtractedSection } from "../model.js";
import { Stitched } from "./stitched.js";
import type { Para, RawTask, Stage } from "./types.js";
import { type Lv, type Num, paraNumbering, RANK } from "./itemNumbers.js";
import { DUTIES_PART, FRAME_RUN_IN, FRAME_TAIL, framing, GOALS_PART, headingTitle, LEADERSHIP_PART, listsProblems, simplified } from "./partTitles.js";
import { PERIOD_DOER, titleOf } from "./itemTitles.js";
import { clauseEnds, workBeforeFigures } from "./titleCut.js";
import { MONTH_HEAD, monthHeadText, monthSchedule, type PlanDates, planDates } from "./planDates.js";
import { DATE_LEAD, type PartFacts, partFacts } from "./partFacts.js";
import { HAN_RANGES } from "./han.js";
import { groupOverRoster } from "./rosters.js";
import { splitItems } from "./tables.js";
import { stageTitle } from "./stageLines.js";
import { namesResponsibility } from "./units.js";

const DATE_LINE = /^[（(]?\s*(?:\d{4}|[〇○零一二三四五六七八九]{4})\s*年\s*(?:\d{1,2}|[一二三四五六七八九十]{1,2})\s*月\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*日\s*[）)]?$/;

const ORG_LINE = new RegExp(String.raw`^[${HAN_RANGES}（）()\s]{2,40}(局|委员会|工委|政府|小组|办公室|中心|委|厅|党组|党委|学校|中学|小学|幼儿园|学院|大学|中专|教育局)$`, "u");

// a label line between a month heading and its items ("常规事项：", "季节性工作:")
const ITEMS_LABEL = /^[^。；;]{2,40}[：:][\s,，]*$/;

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

/** A notice of its own (放假、开学…的通知), by its title or its closing "特此通知". */
export function isNotice(doc: Parameters<Stage>[0], paras: Para[]): boolean {
  if (doc.meta?.notice || /通知\d*$/.test((doc.meta?.title ?? "").replace(/\s+/g, ""))) return true;
  if (paras.some((p) => /^特此通知[。.]?$/.test(p.st.text.trim()))) return true;
  // a notice addresses those it is sent to before its first item: "县(区)教体局、…，市直各学校(园)："
  const first = paras.findIndex((p) => paraNumbering(p));
  return paras.slice(0, first < 0 ? 0 : Math.min(first, 8)).some((p) => SALUTATION_LINE.test(p.st.text.trim()));
}

const SALUTATION_LINE = /^(?=[^。；;]{4,80}[：:]$)(?=.*(?:各|、))[^。；;]*(?:局|校|园|園|单位|單位|部门|部門|处室|科室|股室|中心|学院|學院|学校|學校|幼儿园|（园）|\(园\)|\)|）)\s*[：:]$/;

/** An item's text that is a clause, not a heading: a sentence of its own, not a "label：value" line. */
const clauseItem = (t: string) => !/^[\u4e00-\u9fff\s]{1,12}[：:]/.test(t) && !/[：:]$/.test(t) && (/[。；;]./.test(t) || /[。；;]$/.test(t) || (t.length > 20 && /[，,]/.test(t)) || DOER_DEMAND.test(t));

// a body's demand, its doer then 要 and what it is to do with ("各县（市、区）要将…", "各级政府要把…"): a clause, never a heading's
// name, even cut off before its first comma by an excerpt's end
const DOER_DEMAND = /^(?:各|全体|相关|有关)[^，,。；;：:]{1,12}?(?<![主重需必只])要(?:[把将將对對从從按以])/;

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
  // (structure reckons `responsible` once for the document; a document that did not pass it is reckoned here)
  const facts = partFacts(paras, nums, reading, isNotice(doc, paras), doc.responsible ?? namesResponsibility(paras));
  return walkTasks(doc, paras, nums, reading, facts, planDates(doc, paras, nums));
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
  const { notice, taskRank, skipsTasks, nextNumbered, runSheets, parallel, demandParts, overItems, shallowTasks, measureItems, containers, shareNames, datedStarts, datedParts, stages, stagedParts } = facts;
  const { planYear, monthHeads, period, basePlan } = dates;
  const months = planYear === null ? null : monthSchedule(planYear);
  const tasks: RawTask[] = [];
  const parts: Para[][] = [];
  // open headings above the task level, by rank
  let heads: { rank: number; sec: ExtractedSection; level: Lv; runSheet: boolean; problems: boolean }[] = [];
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
    return skipsTasks(title) && !(goalsWork && GOALS_PART.test(s)) && !DUTIES_PART.test(s) && !demandParts.has(s) && !LEADERSHIP_PART.test(s) && !(goalsWork && stagedParts.has(s));
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
    return notice && !boldTasks && !datedParts.has(i) && !skipsTasks(secTitle) && !framing(paras[i], n) && (!/保障|组织领导|领导小组|附则/.test(simplified(secTitle)) || formsGroupInProse(paras, i, simplified(secTitle))) && title.length <= 30 && !/[，,。；;]/.test(title) && (j < 0 || RANK[nums[j]!.level] <= RANK[n.level]) && i + 1 < paras.length && !nums[i + 1] && !isSignature(paras, i + 1) && paras[i + 1].st.text.trim().length >= 6;
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
      heads.push({ rank, sec, level: n.level, runSheet: runSheets.has(i), problems: listsProblems(sec.title) });
      lastHead = i;
      skipping = heads.some((h) => h.runSheet || h.problems) || (honourSkips && heads.some((h) => holdsNoTasks(h.sec.title)));
      if (!skipping && noticeProsePart(i, n, title, sec.title)) {
        const hs = p.st.trim();
        const st = hs.slice(n.length).trim();
        // (a part that names no work, "四、其他事项", is named by the work of its paragraph)
        const other = OTHER_MATTERS.test(simplified(sec.title)) ? workTitleOf(paras[i + 1]) : null;
        cur = { no: "", section: sec, title: other?.st ?? st.slice(0, st.text.replace(/[。：:\s]+$/, "").length), titleConfidence: other?.confidence ?? 0.7, body: p.st, unitCells: [], measureItems: [], factText: p.st, confidence: 0.6 };
        parts.push([p]);
      } else if (!skipping && LEADERSHIP_PART.test(simplified(sec.title)) && i + 1 < paras.length && !nums[i + 1]) {
        const asked = askedToFormTheirOwn(paras[i + 1]);
        if (asked) tasks.push({ no: "", section: sec, title: asked.title, titleConfidence: 0.6, body: asked.body, unitCells: [], measureItems: [], factText: asked.body, confidence: 0.5 });
      }
      return;
    }
    // an unnumbered stage line ("第一阶段：…") closes the task above it; a stage with no task item under it is a task
    // (the stages of a staged plan are its work even under 时间安排 / 实施步骤)
    const stage = n ? undefined : stages.get(i);
    if (stage) {
      close();
      if (!stage.task || !heads.length) return;
      const { st, confidence } = stageTitle(p);
      seq++;
      cur = { no: stage.no, section: heads[heads.length - 1].sec, title: st, titleConfidence: confidence, body: p.st, unitCells: [], measureItems: [], factText: p.st, confidence: 0.6 };
      parts.push([p]);
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
      // (an item of work whose long sentence goes on to the figures it is to reach is named by its work, not under a part of
      // indicators or goals, "二、主要指标", whose items are their figures: xtargets26)
      const sec = heads.length ? heads[heads.length - 1].sec : null;
      if (n && !p.boldPrefix && !(sec && /指标|目标/.test(simplified(sec.title)))) {
        const own = p.st.trim().slice(n.length).trim();
        const cut = workBeforeFigures(own.text.split(/[。！？!?]/)[0]);
        if (cut && st.span()[0] === own.span()[0] && st.text.length > cut) ({ st, confidence } = { st: own.slice(0, cut), confidence: 0.6 });
      }
      // (a heading that names no work, "四、其他事项", over a paragraph of work: the paragraph names it — xtasks26)
      if (n && OTHER_MATTERS.test(simplified(st.text.trim())) && i + 1 < paras.length && !nums[i + 1] && !paras[i + 1].heading) {
        const next = workTitleOf(paras[i + 1]);
        if (next) ({ st, confidence } = next);
      }
      // (a body's share is named by the body: "后勤安全组", not its heads' names after it)
      const share = shareNames.get(i);
      const at = share ? p.st.text.indexOf(share.slice(0, 2)) : -1;
      if (share && at >= 0) ({ st, confidence } = { st: p.st.slice(at, at + share.length), confidence: 0.8 });
      // (an item cut off right after its number, "二、主" closing an excerpt, names nothing)
      if (i === paras.length - 1 && st.text.replace(/[\s\p{P}]/gu, "").length < 2) return;
      // (nor does one cut inside the document's title it opens with, "（十）《中华人民共": the title is the name, and half of it
      // names no document; xprose)
      if (i === paras.length - 1 && /^[《〈][^》〉]*$/.test(t.slice(n?.length ?? 0).trim())) return;
      // (an excerpt cut inside its last item's first sentence: how long that sentence ran is unknown, so no middle
      // to cut it at — its first clause, the one part of it surely whole, names it; xprose)
      if (i === paras.length - 1 && n && confidence <= 0.5 && !/[。！？!?；;]/.test(t)) {
        const first = clauseEnds(st.text)[0];
        if (first && first.at >= 6) st = st.slice(0, first.at);
      }
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

// a heading that names no work of its own, only what is left: "其他事项", "其它事宜", "有关事项"
/**
 * The name of the work a paragraph under a heading that names none ("四、其他事项") asks for, or null: its first sentence
 * past a first clause that only says who and by when ("各校于5月10日前，在平台填报…") or a period and the addressees'
 * 要 ("在评估期间，各县要做好…"), the addressees left to the task's units (xtasks26).
 */
function workTitleOf(p: Para): { st: Stitched; confidence: number } | null {
  const body = p.st.trim();
  const lead = DUE_CLAUSE.exec(body.text) ?? PERIOD_DOER.exec(body.text);
  const named = titleOf(lead && body.text.length - lead[0].length >= 6 ? { st: body.slice(lead[0].length) } : p, null);
  return named.st.text.replace(/[\s\p{P}]/gu, "").length >= 4 ? { st: named.st, confidence: Math.min(named.confidence, 0.6) } : null;
}
const DUE_CLAUSE = /^[^，,。；;：:]{0,16}?(?:于|於|在)[^，,。；;]{0,30}?(?:前|之前|以前)\s*[，,]\s*/;
const OTHER_MATTERS = /^(?:其他|其它|其余)(?:事项|事宜|工作事项)?$|^(?:有关|相关)事[项宜]$/;

// (xbureaus) a 组织领导 part written as one paragraph that forms the plan's own group ("…成立…领导小组，由某某任组长，…为成员。
// 领导小组下设办公室，…") and then asks the bodies under it to do likewise ("各单位要成立由一把手负责的…领导机构，制定…，实行…"):
// the demand is work, an unnumbered task named by its first clause, its text from there on (the roster's names are nobody's
// leaders of it); the group the plan forms itself is no task
const ROSTER_IN_PROSE = /任\s*(?:副\s*)?组\s*长|为成员/;
const ASKS_EACH = /(?:^|[。；;])\s*(各[\u4e00-\u9fff]{1,8}?(?:要|应|须|務必|务必)[^，,。；;]{4,40})/;
function askedToFormTheirOwn(p: Para): { title: Stitched; body: Stitched } | null {
  const st = p.st.trim();
  const t = simplified(st.text);
  if (!ROSTER_IN_PROSE.test(t)) return null;
  const m = ASKS_EACH.exec(t);
  if (!m || !ROSTER_IN_PROSE.test(t.slice(0, m.index))) return null;
  const from = m.index + m[0].length - m[1].length;
  return { title: st.slice(from, from + m[1].length), body: st.slice(from) };
}

// (xtasks22) a notice's part that forms its group in a paragraph of its own ("一、成立…领导小组" over "各学院应组建…，由…担任
// 组长…"): forming the group is the part's one task, as another prose part's is; not a part that lists its roster ("组 长：…")
const FORMS_GROUP_HEAD = /^(?:成立|组建)[^，,。；;：:]{0,20}领导小组$/;
const ROSTER_OPEN = /^(?:[\u4e00-\u9fff]{0,8}?(?:小组|组))?(?:组\s*长|副\s*组\s*长|成\s*员|组\s*员)\s*[：:]/;
function formsGroupInProse(paras: Para[], i: number, title: string): boolean {
  return FORMS_GROUP_HEAD.test(title) && i + 1 < paras.length && !ROSTER_OPEN.test(paras[i + 1].st.text.trim());
}
