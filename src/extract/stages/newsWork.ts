// The pieces of work a news report names in its prose, one sentence each (issue 9, xtasks22): a page with no
// structure, no demand and no plan stated by a figure that tells what a bureau does or will do —
// "市教育局建立“挂图作战”机制，对…。同时，还建立现场推进机制，…。", "该局进一步加快养老服务体系建设，…",
// "按照市政府安排部署，抓紧编制完成…规划并组织实施。加快推进…工程建设，6月底前完成…". Each sentence whose
// first clause of substance (after its time, "今年，" "同时，", and its frame, "为了…，" "按照…，") opens, its
// doer and 将 aside, with a work verb is a task named by that clause (a frame "以…为抓手，" kept before it).
// A sentence that reports what was done (了, 已, 目前…) names none, nor does a topic ("…方面，") or the
// spirit of a meeting followed ("贯彻…精神"). Two such sentences at least, or none: one alone is no list —
// unless its body is named and says it will do the work ("适时，某局将组织…": an announcement, not a topic).
// Work a body announces is read too (xnews23): "某区将在甲、乙两地启动…" (its place kept before its verb),
// "某区还将成立…", "某区决定在…的基础上，依据…，把…划分为…" (the 把 after its frames), and a clause of the
// same sentence that announces more, "…，预计明年三月份将在全市推开…"; a page's last paragraph cut off
// before its full stop is read as a sentence.
import { foldHan } from "./hanFold.js";
import { Stitched } from "./stitched.js";
import type { RawTask, WorkDoc } from "./types.js";
import { FEW_TASKS_CONFIDENCE, withoutByline, type Candidate } from "./workCandidates.js";

// the verbs a piece of work opens with in a report's sentence (the text folded to simplified)
const VERBS = "建立|健全|完善|加快|加强|推进|推动|落实|开展|实施|抓紧|抓好|做好|抓实|贯彻|深化|强化|提升|提高|优化|规范|打造|巩固|启动|组织|编制|制定|出台|新建|改造|建设|创建|推广|扩大|保障|整治|治理|成立|设立|组建";
// the adverbs before it, up to three: "进一步加快", "全力抓好", "认真贯彻", "还将成立"; and the manner words a bureau's
// report puts there, "以点带面推动…", "稳步推进…", "因地制宜实施…" (xbureaus)
const ADVERBS = "还|也|将|要|进一步|全力|全面|扎实|认真|切实|着力|积极|大力|继续|持续|加快|迅速|努力|不断|深入|统筹|重点|抓紧|稳步|有序|以点带面|因地制宜|多措并举|高标准|高质量";
const ADVERBS_VERB = new RegExp(`^(?:${ADVERBS}){0,3}?(?:${VERBS})`);
// the doer that opens the sentence: a body ("市教育局", "该局", "我市"), with its time and 将
const DOER = /^(?:[\u4e00-\u9fff]{1,12}?(?:局|委|厅|部|办|院|府|中心)|该局|该市|该县|该区|该校|我局|我市|我县|我区|我校)?(?:今年|年内)?(?:将)?/;
// a place's government named by its place before its work: "某区还将成立…" (not 区域, 区内…)
const PLACE_DOER = /^[\u4e00-\u9fff]{2,6}?(?:省|市|县|区)(?![域内外间])(?:今年|年内)?/;
// a clause that only says when, or goes on from the sentence before: no task of its own
const TIME = /^(?:今年|明年|同时|此外|另外|届时|近期|年内|适时|随后|下一步|今后|(?:20\d{2}\s*年\s*)?\d{1,2}\s*月(?:份|底|末|初|上旬|中旬|下旬)?(?:前|以前|之前)?)$/;
// a clause that frames the work: why, on what ground, as whom
const FRAME = /^(?:为了?|按照|根据|围绕|作为|对照|结合|依托|立足|针对|依据|据)[^，,]*$|^在[^，,]{2,30}(?:基础上|前提下|背景下)$/;
// a body's word that announces its work to come, after its name: "某区将…", "某区还将…", "某区决定…"; and an
// announcement of the body's that goes on in the sentence, its time before its 将: "预计明年三月份将…"
const ANNOUNCES = /^(?:还|也)?(?:将|决定|拟|计划)/;
const GOES_ON = /^(?:预计|计划)?(?:今年|明年|年内|年底前?)?(?:(?:20\d{2}\s*年\s*)?(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*月份?(?:底|末|初|上旬|中旬|下旬)?(?:前|以前|之前)?)?(?:还|也)?将(?=在|对|把|[\u4e00-\u9fff])/;
// where the announced work happens, before its verb: "在东湖等两个街道启动…"
const PLACE = new RegExp(`^在[^，,]{2,24}?(?=(?:${ADVERBS}|逐步){0,2}?(?:${VERBS}|试点))`);
// the work a 把 names, what is done to something: "把现有的学校划分为…"
const DISPOSAL = /^把[^，,]{2,30}?(?:划分|纳入|列入|建成|打造|调整|改为|合并|整合|作为)/;
// a frame that goes with the work's name: "以7个…重点县为抓手"
const WITH_FRAME = /^以[^，,]{2,30}为(?:抓手|重点|载体|契机|主线|牵引|突破口|平台)$/;
// a report of what was done, not work to do
const REPORTED = /了|已|截至|截止|目前|累计|实际/;

/** The tasks of a news report's sentences, each named by its clause of work; null where fewer than two. */
export function newsWorkCandidate(doc: WorkDoc): Candidate | null {
  const tasks: RawTask[] = [];
  let named = false;
  let announced = false;
  const start = doc.meta?.bodyStart ?? 0;
  for (const [i, p] of doc.paras.entries()) {
    const line = withoutByline(p.st.trim());
    // (a report's lead taken for its title when the page gave none is read too: a paragraph of sentences)
    // (a line with no full stop is a heading or a cut line, no sentence of the report's)
    // (nor is a page's last paragraph cut off before its full stop: a sentence of clauses all the same)
    const cut = i === doc.paras.length - 1 || !doc.paras.slice(i + 1).some((q) => /。/.test(q.st.text));
    if (!(/。/.test(line.text) || (cut && line.text.length > 40 && /[，,].*[，,]/.test(line.text))) || (i < start && line.text.length <= 40)) continue;
    let last = -1;
    for (const s of line.text.matchAll(/[^。！!？?；;]+[。！!？?；;]?/g)) {
      const sentence = line.slice(s.index!, s.index! + s[0].length).trim();
      const found = worksOf(sentence).concat();
      if (!found.length) found.push(...laterWorks(sentence));
      const work = found[0];
      // (a sentence of the paragraph after a piece of work that names none of its own and opens with its time
      // goes on with that work: "…安全。6月底前，市水利局将修订…预案，将…" — the time and the clause it dates
      // are that work's facts; not one that reports what was done)
      if (!work) {
        const dated = last >= 0 ? timedClause(sentence) : null;
        if (dated) tasks[last] = { ...tasks[last], factText: Stitched.join([tasks[last].factText, dated]) };
        else last = -1;
        continue;
      }
      for (const [j, w] of found.entries()) {
        last = tasks.length;
        named ||= w.named;
        announced ||= !!w.announced;
        // (its text from the work on, up to the next work the sentence announces: the body the report is
        // about, named before it, is the report's own, no unit of the task)
        const body = sentence.slice(w.from, w.to ?? (j + 1 < found.length ? found[j + 1].from : sentence.text.length));
        tasks.push({ no: "", section: null, title: w.title, titleConfidence: 0.5, body, unitCells: [], measureItems: [], factText: body, confidence: FEW_TASKS_CONFIDENCE });
      }
    }
  }
  // (a report names the body whose work it tells, before one of its sentences at least: a notice's or a schedule's
  // sentences with no doer are demands or a calendar, not a report)
  return (tasks.length >= 2 && named) || (tasks.length === 1 && announced) ? { tasks, label: "报道中所述的工作" } : null;
}

/** A sentence's opening time and the clause it dates ("6月底前，市水利局将修订…预案"); null where it opens otherwise or reports what was done. */
function timedClause(sentence: Stitched): Stitched | null {
  const t = foldHan(sentence.text);
  const clauses = [...t.matchAll(/[^，,：:。！!？?；;]+/g)];
  if (clauses.length < 2 || !TIME.test(clauses[0][0].trim()) || REPORTED.test(t)) return null;
  return sentence.slice(0, clauses[1].index! + clauses[1][0].length);
}

/** The clauses of work a sentence names, each with whether its doer is named before it; empty where none. */
interface Work {
  title: Stitched;
  /** Where its text starts in the sentence, and ends where not at the next work's start or the sentence's end. */
  from: number;
  to?: number;
  /** Its doer is named before it. */
  named: boolean;
  /** Its doer named says it will do it: "某局将…", "某区决定…". */
  announced?: boolean;
}

function worksOf(sentence: Stitched): Work[] {
  const t = foldHan(sentence.text);
  const clauses = [...t.matchAll(/[^，,：:。！!？?；;]+/g)];
  let frameAt = -1;
  // (after a body decides its work, "某区决定在…的基础上，" — its frames may go on before the work)
  let decided = false;
  const works: Work[] = [];
  for (const [k, c] of clauses.entries()) {
    const text = c[0].trim();
    const at = c.index! + c[0].length - c[0].trimStart().length;
    if (works.length) {
      // (a later clause is work of its own where it announces more: "…，预计明年三月份将在全市推开…")
      const on = GOES_ON.exec(text);
      const rest = on ? text.slice(on[0].length) : "";
      const place = PLACE.exec(rest)?.[0] ?? "";
      if (on && !REPORTED.test(text) && (place || ADVERBS_VERB.test(rest)) && rest.length >= 6)
        works.push({ title: sentence.slice(at + on[0].length, at + text.length), from: at + on[0].length, named: false });
      continue;
    }
    if (k > (decided ? 4 : 2)) break;
    if (TIME.test(text) || FRAME.test(text)) continue;
    if (REPORTED.test(text)) break;
    if (WITH_FRAME.test(text)) {
      frameAt = at;
      continue;
    }
    if (decided && DISPOSAL.test(text)) {
      // (its text the clause: those after it tell what the parts it makes hold, "…，每个集团设1所核心校")
      works.push({ title: sentence.slice(at, at + text.length), from: at, named: true, to: at + text.length, announced: true });
      continue;
    }
    // (the clause opens with its work, or with its doer before it)
    const doer = ["", DOER.exec(text)![0], PLACE_DOER.exec(text)?.[0] ?? ""].find((d) => ADVERBS_VERB.test(text.slice(d.length)));
    if (doer === undefined) {
      // (a body that announces its work, the work's place before its verb or its frame after it: "某区将在…启动…", "某区决定在…的基础上，")
      const body = /^[\u4e00-\u9fff]{2,12}?(?=(?:还|也)?(?:将|决定|拟|计划))/.exec(text)?.[0];
      if (!body || decided || (PLACE_DOER.exec(text)?.[0] !== body && DOER.exec(text)![0].replace(/(?:今年|年内)?将?$/, "") !== body)) break;
      const word = ANNOUNCES.exec(text.slice(body.length))![0];
      const rest = text.slice(body.length + word.length);
      const place = PLACE.exec(rest)?.[0];
      if (place) {
        works.push({ title: sentence.slice(at + body.length + word.length, at + text.length), from: at + body.length + word.length, named: true, announced: true });
        continue;
      }
      if (!FRAME.test(rest)) break;
      decided = true;
      continue;
    }
    if (/方面$|精神$/.test(text) || text.length - doer.length < 6) break;
    const from = frameAt >= 0 ? frameAt : at + doer.length + /^(?:还|也|将|要)*/.exec(text.slice(doer.length))![0].length;
    works.push({ title: sentence.slice(from, at + text.length), from, named: doer !== "", announced: doer !== "" && /将$|将(?:${ADVERBS})*$/.test(text.slice(0, from - at)) });
  }
  return works;
}

// a time within the period the report is about, closing a clause before the work: "假期中，", "暑期里，"
const PERIOD = /^(?:假期|暑期|寒假|暑假|汛期|节日|节假日)(?:中|里|内|期间)$/;
// a body that says it will do the work, after that time: "中心校会加强…", "该局将…" (its name ends as a body's does)
const WILL = new RegExp(`^[\u4e00-\u9fff]{1,8}?(?:局|委|办|院|府|中心|校|学校)(?:还|也)?(?:会|将)(?=(?:${ADVERBS}){0,3}?(?:${VERBS}))`);
// what a deployment asks of those it is made for, in the same sentence: "…进行了周密部署，…，要求各单位制定方案"
const ASKS = new RegExp(`^要求(?:各|全体)[\u4e00-\u9fff]{1,6}?(?=(?:${ADVERBS}){0,3}?(?:${VERBS}))`);

/**
 * The work a report's sentence names past its opening (xtasksB25): a body's next step after the time it is for
 * ("…只是刚刚开始，假期中，中心校会加强…的监管和督查，…", named from its verb), and the demand of a deployment the
 * sentence reports ("…对…进行了周密部署，…，要求各单位制定方案，明确…", named from 要求 with the clause after a short one).
 */
function laterWorks(sentence: Stitched): Work[] {
  const t = foldHan(sentence.text);
  const clauses = [...t.matchAll(/[^，,：:。！!？?；;]+/g)];
  const works: Work[] = [];
  for (const [k, c] of clauses.entries()) {
    const text = c[0].trim();
    const at = c.index! + c[0].length - c[0].trimStart().length;
    const will = k > 0 && PERIOD.test(clauses[k - 1][0].trim()) ? WILL.exec(text) : null;
    if (will && !REPORTED.test(text) && text.length - will[0].length >= 6) {
      works.push({ title: sentence.slice(at + will[0].length, at + text.length), from: at, named: true, announced: true });
      continue;
    }
    const asks = ASKS.exec(text);
    if (asks && clauses.slice(0, k).some((p) => /部署/.test(p[0]))) {
      const next = clauses[k + 1];
      // (a clause of its purpose, "确保…", "以…", is no part of its name)
      const end = text.length <= 10 && next && !/^(?:确保|以|为|从而|使|让)/.test(next[0].trim()) ? next.index! + next[0].length : at + text.length;
      works.push({ title: sentence.slice(at, end), from: at, to: end, named: true });
    }
  }
  return works;
}
