// The pieces of work a news report names in its prose, one sentence each (issue 9, xtasks22): a page with no
// structure, no demand and no plan stated by a figure that tells what a bureau does or will do —
// "市教育局建立“挂图作战”机制，对…。同时，还建立现场推进机制，…。", "该局进一步加快养老服务体系建设，…",
// "按照市政府安排部署，抓紧编制完成…规划并组织实施。加快推进…工程建设，6月底前完成…". Each sentence whose
// first clause of substance (after its time, "今年，" "同时，", and its frame, "为了…，" "按照…，") opens, its
// doer and 将 aside, with a work verb is a task named by that clause (a frame "以…为抓手，" kept before it).
// A sentence that reports what was done (了, 已, 目前…) names none, nor does a topic ("…方面，") or the
// spirit of a meeting followed ("贯彻…精神"). Two such sentences at least, or none: one alone is no list.
import { foldHan } from "./hanFold.js";
import { Stitched } from "./stitched.js";
import type { RawTask, WorkDoc } from "./types.js";
import { FEW_TASKS_CONFIDENCE, withoutByline, type Candidate } from "./workCandidates.js";

// the verbs a piece of work opens with in a report's sentence (the text folded to simplified)
const OPEN_VERB = /^(?:建立|健全|完善|加快|加强|推进|推动|落实|开展|实施|抓紧|抓好|做好|抓实|贯彻|深化|强化|提升|提高|优化|规范|打造|巩固|启动|组织|编制|制定|出台|新建|改造|建设|创建|推广|扩大|保障|整治|治理)/;
// the adverbs before it: "进一步加快", "全力抓好", "认真贯彻", "还建立"
const ADVERB = /^(?:还|也|将|要|进一步|全力|全面|扎实|认真|切实|着力|积极|大力|继续|持续|加快|迅速|努力|不断|深入|统筹|重点|抓紧)?/;
// the doer that opens the sentence: a body ("市教育局", "该局", "我市"), with its time and 将
const DOER = /^(?:[\u4e00-\u9fff]{1,12}?(?:局|委|厅|部|办|院|府|中心)|该局|该市|该县|该区|该校|我局|我市|我县|我区|我校)?(?:今年|年内)?(?:将)?/;
// a clause that only says when, or goes on from the sentence before: no task of its own
const TIME = /^(?:今年|明年|同时|此外|另外|届时|近期|年内|(?:20\d{2}\s*年\s*)?\d{1,2}\s*月(?:份|底|末|初|上旬|中旬|下旬)?(?:前|以前|之前)?)$/;
// a clause that frames the work: why, on what ground, as whom
const FRAME = /^(?:为了?|按照|根据|围绕|作为|对照|结合|依托|立足)[^，,]*$/;
// a frame that goes with the work's name: "以7个…重点县为抓手"
const WITH_FRAME = /^以[^，,]{2,30}为(?:抓手|重点|载体|契机|主线|牵引|突破口|平台)$/;
// a report of what was done, not work to do
const REPORTED = /了|已|截至|截止|目前|累计|实际/;

/** The tasks of a news report's sentences, each named by its clause of work; null where fewer than two. */
export function newsWorkCandidate(doc: WorkDoc): Candidate | null {
  const tasks: RawTask[] = [];
  let named = false;
  const start = doc.meta?.bodyStart ?? 0;
  for (const [i, p] of doc.paras.entries()) {
    const line = withoutByline(p.st.trim());
    // (a report's lead taken for its title when the page gave none is read too: a paragraph of sentences)
    // (a line with no full stop is a heading or a cut line, no sentence of the report's)
    if (!/。/.test(line.text) || (i < start && line.text.length <= 40)) continue;
    let last = -1;
    for (const s of line.text.matchAll(/[^。！!？?；;]+[。！!？?；;]?/g)) {
      const sentence = line.slice(s.index!, s.index! + s[0].length).trim();
      const work = workOf(sentence);
      // (a sentence of the paragraph after a piece of work that names none of its own and opens with its time
      // goes on with that work: "…安全。6月底前，市水利局将修订…预案，将…" — the time and the clause it dates
      // are that work's facts; not one that reports what was done)
      if (!work) {
        const dated = last >= 0 ? timedClause(sentence) : null;
        if (dated) tasks[last] = { ...tasks[last], factText: Stitched.join([tasks[last].factText, dated]) };
        else last = -1;
        continue;
      }
      last = tasks.length;
      named ||= work.named;
      // (its text from the work on: the body the report is about, named before it, is the report's own, no unit of the task)
      const body = sentence.slice(work.from);
      tasks.push({ no: "", section: null, title: work.title, titleConfidence: 0.5, body, unitCells: [], measureItems: [], factText: body, confidence: FEW_TASKS_CONFIDENCE });
    }
  }
  // (a report names the body whose work it tells, before one of its sentences at least: a notice's or a schedule's
  // sentences with no doer are demands or a calendar, not a report)
  return tasks.length >= 2 && named ? { tasks, label: "报道中所述的工作" } : null;
}

/** A sentence's opening time and the clause it dates ("6月底前，市水利局将修订…预案"); null where it opens otherwise or reports what was done. */
function timedClause(sentence: Stitched): Stitched | null {
  const t = foldHan(sentence.text);
  const clauses = [...t.matchAll(/[^，,：:。！!？?；;]+/g)];
  if (clauses.length < 2 || !TIME.test(clauses[0][0].trim()) || REPORTED.test(t)) return null;
  return sentence.slice(0, clauses[1].index! + clauses[1][0].length);
}

/** The clause of work a sentence names, and whether its doer is named before it; null where none. */
function workOf(sentence: Stitched): { title: Stitched; from: number; named: boolean } | null {
  const t = foldHan(sentence.text);
  const clauses = [...t.matchAll(/[^，,：:。！!？?；;]+/g)];
  let frameAt = -1;
  for (const [k, c] of clauses.entries()) {
    if (k > 2) return null;
    const text = c[0].trim();
    const at = c.index! + c[0].length - c[0].trimStart().length;
    if (TIME.test(text) || FRAME.test(text)) continue;
    if (REPORTED.test(text)) return null;
    if (WITH_FRAME.test(text)) {
      frameAt = at;
      continue;
    }
    // (the clause opens with its work, or with its doer before it)
    const doer = ["", DOER.exec(text)![0]].find((d) => {
      const adverb = ADVERB.exec(text.slice(d.length))![0];
      return OPEN_VERB.test(text.slice(d.length + adverb.length)) || (adverb && OPEN_VERB.test(text.slice(d.length)));
    });
    if (doer === undefined || /方面$|精神$/.test(text) || text.length - doer.length < 6) return null;
    const from = frameAt >= 0 ? frameAt : at + doer.length + /^(?:还|也|将|要)?/.exec(text.slice(doer.length))![0].length;
    return { title: sentence.slice(from, at + text.length), from, named: doer !== "" };
  }
  return null;
}
