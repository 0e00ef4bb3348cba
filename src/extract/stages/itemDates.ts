// A table copied one cell a line, its column of numbered items before its column of their dates:
//   1.發下報名表 / 2.製作名冊 / 3.實施安全教育 / 97.09.17前收齊 / 97.09.19前完成 / 97.09.23出發前實施
// As many lines opening with a date as there are items right before them, in order: each date
// line is its item's, not all the last item's.
import { numbering, numberValue } from "./numbering.js";
import { Stitched } from "./stitched.js";
import type { Para } from "./types.js";

/** A line that opens with a day: "97.09.17前…", "9.17前…", "9月17日前…", "2031-9-17…", "9/17…". */
const DATE_OPENING = /^\s*(?:(?:20\d{2}|1\d{2}|\d{2})\s*[.．/\-－]\s*)?\d{1,2}\s*[.．/\-－]\s*\d{1,2}(?![\d.．%％])|^\s*(?:20\d{2}\s*年\s*)?\d{1,2}\s*月\s*\d{1,2}\s*[日号]/;
/** Longer than this, a line is a sentence of its own, not a date cell. */
const DATE_CELL_MAX = 40;

const isDateCell = (p: Para) => p.st.text.trim().length <= DATE_CELL_MAX && DATE_OPENING.test(p.st.text) && !numbering(p.st.text.trim());

/** The paragraphs with each run of date cells after as many numbered items joined to those items. */
export function pairItemDates(paras: Para[]): Para[] {
  const out = [...paras];
  for (let i = 0; i < out.length; i++) {
    if (!isDateCell(out[i])) continue;
    let n = 0;
    while (i + n < out.length && isDateCell(out[i + n])) n++;
    // the n paragraphs right before: items numbered 1…n at one level
    if (n < 2 || i < n) {
      i += n - 1;
      continue;
    }
    const items = out.slice(i - n, i);
    const nums = items.map((p) => numbering(p.numbering ?? p.st.text.trim()));
    const level = nums[0]?.level;
    if (!nums.every((x, k) => x && x.level === level && numberValue(x) === k + 1)) {
      i += n - 1;
      continue;
    }
    // (closed as a sentence before its date, so that the item's own words stay its title)
    const close = (st: Stitched) => (/[。；;！!？?]\s*$/.test(st.text) ? [st] : [st, Stitched.literal("。")]);
    for (let k = 0; k < n; k++) out[i - n + k] = { ...items[k], st: Stitched.join([...close(items[k].st), out[i + k].st]) };
    out.splice(i, n);
    i -= 1;
  }
  return out;
}
