// A school calendar (行事历) typed as lines, each opening with its date ("3/14 家长会",
// "9月10日 教师节表彰") — a table copied from a page without its cells, a week row of day
// numbers ("1 2 3 4 5 6 7") sometimes still in front. Each activity line is a task and its date
// the deadline; the undated lines between them are tasks of the same weeks without a date. Not
// tasks: holidays (…假期, 放假), the column header, a month's theme line ("四月感恩月"), a line cut
// off at an ordinal ("…第").
import { Stitched } from "./stitched.js";
import type { RawTask, WorkDoc } from "./types.js";

const WEEK_ROW = /^(?:\d{1,2}\s+){6}\d{1,2}(?:\s+|(?=\D)|$)/;
const SLASH_DATE = /^(\d{1,2})\s*[/／]\s*(\d{1,2})(?:\s*[~～〜至\-—–]\s*(?:(\d{1,2})\s*[/／]\s*)?(\d{1,2}))?(?!\d)\s*[:：]?\s*/;
const CN_DATE = /^(\d{1,2})\s*月\s*(\d{1,2})\s*日(?:\s*[~～〜至\-—–]\s*(?:(\d{1,2})\s*月\s*)?(\d{1,2})\s*日)?(?:\s*(?:左右|前后))?\s*[:：]?\s*/;
const HOLIDAY = /假期|放假|休假|调休|节假/;
const HEADER = /周\s*次|行\s*事\s*内\s*容|工\s*作\s*内\s*容|^月\s*份|^日\s*期$/;
const MONTH_THEME = /^(?:[一二三四五六七八九十]|十[一二])\s*月(?!份?庆)/;
const MIN_DATED = 5;

interface DatedLine {
  st: Stitched;
  title: Stitched;
  date?: { month: number; day: number; text: Stitched };
}

function readLine(source: string, text: string, start: number): DatedLine | null {
  // (a list item's mark before the date: "- 3月5日：…", "• 3/5 …")
  let at = /^[-–•·*]\s+/.exec(text)?.[0].length ?? 0;
  const week = WEEK_ROW.exec(text.slice(at));
  if (week) at += week[0].length;
  const rest = text.slice(at);
  const m = SLASH_DATE.exec(rest) ?? CN_DATE.exec(rest);
  const st = Stitched.of(source, start + at, start + text.length);
  if (!m) return { st, title: st.trim() };
  const month = Number(m[3] ?? m[1]);
  const day = Number(m[4] ?? m[2]);
  if (month < 1 || month > 12 || day < 1 || day > 31 || Number(m[1]) > 12) return { st, title: st.trim() };
  const title = Stitched.of(source, start + at + m[0].length, start + text.length).trim();
  return { st, title, date: { month, day, text: Stitched.of(source, start + at, start + at + m[0].length).trim() } };
}

/** The year of each month in a term's calendar: "2025学年第二学期" runs in 2026; else the plan's year, crossing into the next after December. */
export function termYear(doc: WorkDoc): { base: number | null; secondTerm: boolean; firstTerm: boolean } {
  const head = doc.text.slice(0, 600);
  const m = /(20\d{2})\s*(?:[-—–~至]\s*(20\d{2})\s*)?学年\s*度?\s*(?:第\s*([一二12])\s*学期|(上|下)\s*学期)?/.exec(head);
  if (m) {
    const second = m[3] === "二" || m[3] === "2" || m[4] === "下";
    const first = m[3] === "一" || m[3] === "1" || m[4] === "上";
    return { base: Number(m[1]), secondTerm: second, firstTerm: first };
  }
  const roc = ROC_SCHOOL_YEAR.exec(head);
  if (roc) return rocYear(roc);
  return { base: doc.meta?.year ?? null, secondTerm: false, firstTerm: false };
}

/**
 * A Taiwanese school year of the Minguo calendar (1912 = year 1): "113学年度 第1学期" starts in 2024, "112学年度下学期",
 * its term perhaps after the schools it is said of ("108学年度各高级中等以下学校第2学期").
 */
export const ROC_SCHOOL_YEAR = /(?<!\d)(9\d|1[0-4]\d)\s*学年度?\s*(?:[\u4e00-\u9fff]{0,12}?第\s*([一二12])\s*学期|([上下])学期)?/;

export function rocYear(m: RegExpExecArray): { base: number; secondTerm: boolean; firstTerm: boolean } {
  return { base: Number(m[1]) + 1911, secondTerm: m[2] === "二" || m[2] === "2" || m[3] === "下", firstTerm: m[2] === "一" || m[2] === "1" || m[3] === "上" };
}

/** The activity lines of a calendar typed as dated lines, or null when the document is not one. */
export function datedLineTasks(doc: WorkDoc): RawTask[] | null {
  const lines = doc.items.flatMap((it) => (it.kind === "line" ? [it.line] : []));
  const read = lines.map((l) => (l.text.trim() ? readLine(doc.text, l.text, l.start) : null));
  const dated = read.filter((r) => r?.date && r.title.text.length >= 2);
  if (dated.length < MIN_DATED) return dateRows(doc, read);
  // most of the body after the first dated line is short activity lines, not sentences
  const first = read.findIndex((r) => r?.date);
  const body = read.slice(first).filter((r): r is DatedLine => !!r);
  // (a dated activity line may close with its full stop: a sentence break inside the line is prose)
  const sentences = body.filter((r) => /[。；;](?!\s*$)/.test(r.st.text) || r.st.text.length > 60).length;
  if (dated.length < body.length * 0.3 || sentences > body.length * 0.2) return null;
  const { base, secondTerm, firstTerm } = termYear(doc);
  const yearOf = (month: number): number | null => {
    if (base === null) return null;
    if (secondTerm) return month <= 8 ? base + 1 : base;
    if (firstTerm) return month >= 8 ? base : base + 1;
    return base;
  };
  const tasks: RawTask[] = [];
  let lastMonth = 0;
  let wrap = 0;
  for (const r of body) {
    const t = r.title.text.replace(/^[.．·•]\s*/, "").trim();
    if (t.length < 2 || !/[\u4e00-\u9fff]/.test(t) || HEADER.test(r.st.text) || /第$/.test(t) || HOLIDAY.test(t)) continue;
    if (!r.date && (MONTH_THEME.test(t) || /[。；;]/.test(t) || t.length > 40)) continue;
    const lead = r.title.text.length - r.title.text.replace(/^[.．·•]\s*/, "").length;
    const title = r.title.slice(lead).trim();
    let scheduled: RawTask["scheduled"];
    if (r.date) {
      const { month, day } = r.date;
      if (!secondTerm && !firstTerm && lastMonth && month < lastMonth - 6) wrap++;
      lastMonth = month;
      const y = yearOf(month);
      if (y !== null) scheduled = { by: `${y + wrap}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`, year: y + wrap, st: r.st.trim(), exact: true };
    }
    tasks.push({
      no: "",
      section: null,
      title,
      titleConfidence: 0.7,
      body: r.st.trim(),
      unitCells: [],
      measureItems: [],
      // (the date is the deadline as read here; the title is searched for units and figures)
      factText: title,
      confidence: 0.6,
      ...(scheduled ? { scheduled } : {}),
    });
  }
  return tasks.length ? tasks : null;
}

// the last lines of a schedule row copied one cell per line: the person in charge ("何敬之"), or
// the unit ("教务处"; "各小学", "相关小学": the schools that do the row's work, docs/ARCHITECTURE.md
// "Collective units")
// (a name of two characters only as a page spaces it, "杨 燕": two characters alone are as often a word cut off)
const PERSON_LINE = /^(?!各|相关|有关)(?:[\u4e00-\u9fff]\s*[\u4e00-\u9fff]\s*[\u4e00-\u9fff]|[\u4e00-\u9fff]\s+[\u4e00-\u9fff])$/;
const UNIT_LINE = /^[\u4e00-\u9fff]{1,8}(?:学校|小学|中学|幼儿园|局|处|室|科|股|组|中心|办)$/;
const doerLine = (t: string) => UNIT_LINE.test(t) || PERSON_LINE.test(t);

/**
 * A schedule table copied one cell per line, its dates on lines of their own ("3月1日—4月4日",
 * then "各小学对辖区内适龄儿童摸底", then "何敬之"): the lines after a date, up to the next one,
 * are its row — the work, then who answers for it. Null when the dates alone are too few.
 */
function dateRows(doc: WorkDoc, read: (DatedLine | null)[]): RawTask[] | null {
  const at = read.map((r, i) => (r?.date && !r.title.text.trim() ? i : -1)).filter((i) => i >= 0);
  if (at.length < MIN_DATED) return null;
  const body = read.slice(at[0]).filter((r): r is DatedLine => !!r);
  if (at.length < body.length * 0.2 || body.some((r) => r.st.text.length > 80)) return null;
  const { base } = termYear(doc);
  const tasks: RawTask[] = [];
  at.forEach((i, k) => {
    const row = read.slice(i + 1, k + 1 < at.length ? at[k + 1] : read.length).filter((r): r is DatedLine => !!r && !!r.st.text.trim());
    let end = row.length;
    while (end > 1 && doerLine(row[end - 1].st.text.trim())) end--;
    if (!end || !row.length || end === row.length && row.length > 3) return;
    const title = Stitched.join(row.slice(0, end).map((r) => r.st.trim()));
    if (title.text.length < 2 || HOLIDAY.test(title.text)) return;
    const unitCells: RawTask["unitCells"] = [];
    for (const r of row.slice(end)) {
      const cell = r.st.trim();
      // ("各单位", "相关部门": everybody, no unit)
      if (/^(?:各|相关|有关)(?:单位|部门|处室|科室)$/.test(cell.text)) continue;
      unitCells.push({ role: UNIT_LINE.test(cell.text) ? "responsible" : "leaders", cell });
    }
    const { month, day } = read[i]!.date!;
    const scheduled = base !== null ? { by: `${base}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`, year: base, st: read[i]!.st.trim(), exact: true } : undefined;
    tasks.push({ no: "", section: null, title, titleConfidence: 0.6, body: Stitched.join(row.map((r) => r.st.trim()), "\n"), unitCells, measureItems: [], factText: title, confidence: 0.5, ...(scheduled ? { scheduled } : {}) });
  });
  return tasks.length >= MIN_DATED ? tasks : null;
}
