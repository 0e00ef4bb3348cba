// What the clerk is told when a document gives no task (issue 9 §3, "never nothing"): "未识别到任何任务"
// only for a document with no numbered item and no table. A document the rules refused (a speech, a
// notice of general demands, framing parts only) has been told why already; a table whose columns were
// not understood, or numbered items that are all framing parts ("一、指导思想" and nothing under it that
// is work), are told as such.
import { paraNumbering } from "./itemNumbers.js";
import { NON_TASK_HEADING, simplified } from "./partTitles.js";
import type { WorkDoc } from "./types.js";

export const NOTHING_FOUND = "未识别到任何任务，请手工录入";
export const TABLE_NOT_READ = "文档中的表格未识别出任务（未找到任务名称列），请核对表格或手工录入";
export const FRAMING_ONLY = "文档的编号只有指导思想、总体要求、工作目标等总体部分，未列出任务；如需督办，请手工录入";

/** The name of a numbered paragraph, its marker off and cut at its first stop ("一、指导思想。以…" → 指导思想). */
function partName(text: string, length: number): string {
  return simplified(text.trimStart().slice(length).trim()).split(/[。：:；;，,]/)[0].trim();
}

/** The warning for a document that gave no task, or null where the rules already said why. */
export function nothingFoundWarning(doc: WorkDoc): string | null {
  if (doc.refused) return null;
  if (doc.items.some((it) => it.kind === "table")) return TABLE_NOT_READ;
  // (a marker with nothing after it — a web page's stray "1." — is no numbered item)
  const parts = doc.paras.flatMap((p) => {
    const n = paraNumbering(p);
    const name = n ? partName(p.st.text, n.length) : "";
    return name ? [name] : [];
  });
  if (parts.length && parts.every((name) => NON_TASK_HEADING.test(name))) return FRAMING_ONLY;
  return NOTHING_FOUND;
}
