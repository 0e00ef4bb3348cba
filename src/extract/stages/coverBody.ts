// A cover that swallowed the body: a web page's last title-like line — a newspaper's credit under the
// article, "《某某报》2031年3月1日 第03版" — taken for the title leaves after it only the page's links,
// not one sentence. Where the body so read holds no sentence and the part before it does, the candidates
// of fewTasks read from the first paragraph that ends a sentence (the lead), past the page's headline.
import type { WorkDoc } from "./types.js";

const SENTENCE = /[。！？!?]\s*$|[。！？!?][”’"）)]?\s*\S/;

/** The document with its body moved back to its first sentence, or the document itself where the body has one. */
export function bodyFromLead(doc: WorkDoc): WorkDoc {
  const start = doc.meta?.bodyStart ?? 0;
  if (!doc.meta || start === 0) return doc;
  const has = (i: number) => SENTENCE.test(doc.paras[i].st.text.trim());
  for (let i = start; i < doc.paras.length; i++) if (has(i)) return doc;
  for (let i = 0; i < start; i++) if (has(i)) return { ...doc, meta: { ...doc.meta, bodyStart: i } };
  return doc;
}
