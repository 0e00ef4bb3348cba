// Clause and sentence boundaries, and whether a position sits inside quotes or a book title.
// A circled number starts the next enumerated measure, so it ends a clause as a full stop does.
const CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳";
export const CLAUSE_END = "，,；;。：:！？!?\n" + CIRCLED;
export const SENTENCE_END = "；;。！？!?\n" + CIRCLED;

/**
 * An item number at the start of a line or clause: "3." "3、" "（3）" "③". A dot followed by a
 * digit is a decimal ("3.5万"), except before a year ("1.2024年…") or a month ("2.5月底前…").
 */
export const ITEM_NO = String.raw`(?:\d{1,2}\s*(?:[.．、](?!\d)|[.．](?=\d{4}\s*年|\d{1,2}\s*月))|[（(]\d{1,2}[）)]|[\u2460-\u2473])`;
const ITEM_NO_AT = new RegExp(String.raw`^\s*${ITEM_NO}\s*`);

// Look-arounds are bounded so that text without punctuation stays linear.
const MAX_SCAN = 300;

export function clauseStart(t: string, i: number): number {
  let j = i;
  const stop = Math.max(0, i - MAX_SCAN);
  while (j > stop && !CLAUSE_END.includes(t[j - 1])) j--;
  return j;
}
export function clauseEnd(t: string, i: number): number {
  let j = i;
  const stop = Math.min(t.length, i + MAX_SCAN);
  while (j < stop && !CLAUSE_END.includes(t[j])) j++;
  return j;
}
export function sentenceStart(t: string, i: number): number {
  let j = i;
  const stop = Math.max(0, i - MAX_SCAN);
  while (j > stop && !SENTENCE_END.includes(t[j - 1])) j--;
  return j;
}

/** True when position i is inside “…”, "…" or 《…》 within its sentence. */
export function insideQuotes(t: string, i: number): boolean {
  const s = sentenceStart(t, i);
  let dq = 0,
    book = 0,
    ascii = 0;
  for (let j = s; j < i; j++) {
    const c = t[j];
    if (c === "“") dq++;
    else if (c === "”") dq = Math.max(0, dq - 1);
    else if (c === "《") book++;
    else if (c === "》") book = Math.max(0, book - 1);
    else if (c === '"') ascii ^= 1;
  }
  return dq > 0 || book > 0 || ascii > 0;
}

/** Strips a leading item number ("3.", "②") so a clause that starts an item counts as a clause start. */
export function afterItemNumber(t: string, start: number): number {
  const m = ITEM_NO_AT.exec(t.slice(start, start + 10));
  return m ? start + m[0].length : start;
}
