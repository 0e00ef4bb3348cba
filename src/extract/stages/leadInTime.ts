// The time a run of items is given by the lines that lead into it: a phase or part set out as labelled
// lines ("第二阶段：全面实施 / 时间：10月—11月 / 内容： / 1、… 2、…") — the lines between the task
// before and the run's first item hold a 时间 label; each item of the run (up to the next text between
// items) is done in that time. Read by fields.ts for the items that name no date of their own.
import type { RawTask } from "./types.js";
import { foldHan } from "./hanFold.js";

export interface LeadInTime {
  /** the label's line as printed ("時間:10月—11月") */
  text: string;
  /** where the line is in the document's text */
  span: [number, number];
}

// a line of its own that opens with the label: "时间：10月—11月", "日期:4.23-5.30" (a date or a number in it)
const TIME_LINE = /(?:^|\n)[ \t\u3000]*((?:时间|日期|时限)[ \t\u3000]*[:：][^\n]*\d[^\n]*)/u;

/** Each item (by its index in `raw`) led into by a time label, with that label's line; the first item is not (its lead-in is the preamble's). */
export function leadInTimes(text: string, raw: RawTask[]): Map<number, LeadInTime> {
  const out = new Map<number, LeadInTime>();
  let current: LeadInTime | null = null;
  let prevEnd = -1;
  for (let i = 0; i < raw.length; i++) {
    const [a, b] = raw[i].body.span();
    if (prevEnd >= 0 && a >= prevEnd) {
      const gap = text.slice(prevEnd, a);
      if (gap.trim()) {
        const m = TIME_LINE.exec(foldHan(gap));
        if (m) {
          const at = prevEnd + m.index + m[0].length - m[1].length;
          const line = text.slice(at, prevEnd + m.index + m[0].length).trimEnd();
          current = { text: line, span: [at, at + line.length] };
        } else current = null;
      }
    } else if (prevEnd >= 0) current = null;
    if (current) out.set(i, current);
    prevEnd = b;
  }
  return out;
}

/**
 * The clause of a part's heading that names an item of the part by its title and dates it: "三、考核工作安排：
 * 县级自查工作于…前结束，市级考核工作于…底结束" over "（一）县级自查" and "（二）市级考核" — null where no clause
 * names the title (of two characters at least) with a digit in it.
 */
export function headingClauseOf(title: string, heading: string): string | null {
  const name = title.replace(/\s+/g, "");
  if (name.length < 2) return null;
  const folded = foldHan(name);
  for (const m of heading.matchAll(/[^，,；;。]+/g)) {
    const clause = m[0];
    const plain = foldHan(clause.replace(/\s+/g, ""));
    if (plain.length > name.length && plain.includes(folded) && /\d/.test(clause)) return clause;
  }
  return null;
}
