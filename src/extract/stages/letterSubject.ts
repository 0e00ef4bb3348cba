// The subject line of a letter (函) or a notice set out as one ("主旨：检送…，请转知所属踊跃申请，请查照。"
// over "说明：" and its items): what it asks of the body it is addressed to is the letter's first task —
// the whole work of a letter whose 说明 only explains. The ask is its clauses from the first 请, the
// closing formula (请查照, 请鉴核, 请查照办理…) aside; an ask that names nothing ("请踊跃参加") keeps the
// thing sent before it, named after the quoted programme it belongs to ("检送「…」某某办法1份，请踊跃参加" →
// "某某办法1份，请踊跃参加"). A subject that only forwards ("转知…，详如说明，请查照") asks nothing: no task.
// The letter's addressee ("受文者：某某学校"), a body's name, leads it. And an item of the 说明 that only
// says why and what the issuer did ("一、为表扬…，本署订定「…」，并委托…办理评选事宜。": its purpose first,
// nothing asked, no items under it) explains the letter: no task.
import { Stitched } from "./stitched.js";
import type { Para, RawTask, Stage } from "./types.js";

const SUBJECT = /^主\s*旨\s*[：:]\s*/;
const EXPLANATION = /^说\s*明\s*[：:]?/;
const ADDRESSEE = /^受\s*文\s*者\s*[：:]\s*(\S[^：:]*?)\s*$/;
const ADDRESSEE_LABEL = /^受\s*文\s*者\s*[：:]/;
/** A body's name: ends as a school's, an office's or a bureau's does. */
const BODY_END = /(?:学校|学院|大学|中学|小学|国小|国中|高中|幼儿园|局|处|厅|部|署|会|中心|室|科|所|院)$/;
/** The closing formula of a letter's subject, alone in its clause. */
const FORMULA = /^(?:请|敬请)?\s*(?:查照|鉴核|鉴察|核示|备查|照办|察照)(?:办理|转知|并转知所属)?[。.]?$/;
/** An ask that names nothing it is about: a verb of joining in after 请, a few characters. */
const BARE_ASK = 8;

interface Clause {
  start: number;
  end: number;
}

/** The title's range, and where its ask opens (the thing sent before it is no figure of the work). */
interface Ask extends Clause {
  ask: number;
}

function clausesOf(text: string, from: number): Clause[] {
  const out: Clause[] = [];
  let start = from;
  for (let i = from; i <= text.length; i++) {
    if (i === text.length || /[，,。；;]/.test(text[i])) {
      if (i > start) out.push({ start, end: i });
      start = i + 1;
    }
  }
  return out;
}

/** The subject's task title as a range of the paragraph's text, or null when it asks nothing. */
export function subjectAsk(text: string, labelled = true): Ask | null {
  const label = SUBJECT.exec(text);
  if (labelled && !label) return null;
  const clauses = clausesOf(text, label?.[0].length ?? 0).filter((c) => text.slice(c.start, c.end).trim());
  while (clauses.length && FORMULA.test(text.slice(clauses[clauses.length - 1].start, clauses[clauses.length - 1].end).trim())) clauses.pop();
  const k = clauses.findIndex((c) => /^\s*(?:请|敬请)/.test(text.slice(c.start, c.end)));
  if (k < 0) return null;
  const end = clauses[clauses.length - 1].end;
  const ask = clauses[k].start;
  let start = ask;
  if (end - start <= BARE_ASK && k > 0) {
    // the thing sent, after the quoted programme it belongs to
    const prev = clauses[k - 1];
    const sent = text.slice(prev.start, prev.end);
    const quote = Math.max(sent.lastIndexOf("」"), sent.lastIndexOf("》"), sent.lastIndexOf("”"));
    const lead = /^\s*(?:检送|函送|转送|附送|随函检送)/.exec(sent);
    start = prev.start + (quote >= 0 ? quote + 1 : lead ? lead[0].length : 0);
  }
  while (start < end && /\s/.test(text[start])) start++;
  return end > start ? { start, end, ask: Math.max(ask, start) } : null;
}

/** A label alone on its paragraph, its value the next one (a Word copy sets them apart: "受文者：" / "某某学校"). */
const aloneLabel = (p: Para, label: RegExp) => {
  const m = label.exec(p.st.text.trim());
  return !!m && !p.st.text.trim().slice(m[0].length).trim();
};

function addressee(paras: Para[]): Stitched | null {
  for (let i = 0; i < paras.length; i++) {
    const p = paras[i];
    if (aloneLabel(p, ADDRESSEE_LABEL) && i + 1 < paras.length) {
      const value = paras[i + 1].st.trim();
      if (value.text.length <= 40 && BODY_END.test(value.text)) return value;
      continue;
    }
    const m = ADDRESSEE.exec(p.st.text.trim());
    if (!m || !BODY_END.test(m[1])) continue;
    const at = p.st.text.indexOf(m[1], p.st.text.indexOf(m[0].slice(0, 1)));
    return p.st.slice(at, at + m[1].length);
  }
  return null;
}

/** The letter's subject task, where a subject paragraph above an explanation asks something. */
export function subjectTask(paras: Para[]): RawTask | null {
  const at = paras.findIndex((p) => SUBJECT.test(p.st.text.trim()));
  if (at < 0 || !paras.slice(at + 1).some((p) => EXPLANATION.test(p.st.text.trim()))) return null;
  // (the label alone on its paragraph: the subject is the next one)
  const alone = aloneLabel(paras[at], SUBJECT) && at + 1 < paras.length;
  const para = paras[alone ? at + 1 : at].st.trim();
  const ask = subjectAsk(para.text, !alone);
  if (!ask) return null;
  const title = para.slice(ask.start, ask.end);
  const to = addressee(paras.slice(0, at));
  return {
    no: "",
    section: null,
    title,
    titleConfidence: 0.6,
    body: para,
    unitCells: to ? [{ role: "lead", cell: to }] : [],
    measureItems: [],
    factText: para.slice(ask.ask, ask.end),
    confidence: 0.6,
  };
}

/** Opens with its purpose ("为落实…，") and asks nothing of anyone. */
const PURPOSE = /^为[^，,。；;]{2,60}[，,]/;
// (请 of 申请 and 应 of 响应 ask nothing)
const ASKS = /(?<![申邀提])请|(?<![适响反效供相对回])应|须|务必|负责|报送|填报/;

/** An item of the letter's explanation that only says why and what the issuer did. */
export function explanationOnly(t: RawTask): boolean {
  if (t.measureItems.length || t.no === "") return false;
  const own = t.body.text.trim().replace(/^(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[)）])\s*/, "");
  return PURPOSE.test(own) && !ASKS.test(own);
}

const isLetter = (paras: Para[]) => {
  const at = paras.findIndex((p) => SUBJECT.test(p.st.text.trim()));
  return at >= 0 && paras.slice(at + 1).some((p) => EXPLANATION.test(p.st.text.trim()));
};

export const letterSubject: Stage = (doc) => {
  if (doc.tableTasks.length || doc.refused || !isLetter(doc.paras)) return doc;
  const kept = doc.proseTasks.filter((t) => !explanationOnly(t));
  const task = subjectTask(doc.paras);
  // (not twice: a subject the rules already read as an item)
  const at = task?.body.src(0);
  if (!task || kept.some((t) => t.body.length && t.body.src(0) === at)) return kept.length === doc.proseTasks.length ? doc : { ...doc, proseTasks: kept };
  return { ...doc, proseTasks: [task, ...kept] };
};
