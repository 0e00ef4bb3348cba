// Candidates of rows and lines: items counted under a name of their own ("隐患1：…"), a month-by-month or
// week-by-week schedule copied one cell a line, headings whose numbers were lost, items opening with a bare 、.
import { cnToInt } from "./numbering.js";
import { Stitched } from "./stitched.js";
import { termYear } from "./datedLines.js";
import type { RawTask, WorkDoc } from "./types.js";
import { FEW_TASKS_CONFIDENCE, lineItems, NOT_WORK, readsAsWork, WORK_VERB, type Candidate } from "./workCandidates.js";

// an item counted under a name of its own at a paragraph's start: "专项行动1 民办高校…", "隐患2：进出人员…"
// (not an attachment, a table or a figure, a step of a 第 form)
const NAMED_COUNT = /^(?!附|第)([\u4e00-\u9fff]{1,6}?)\s*(\d{1,2})(?![\d.．%％年月日万亿元个所])\s*(?:[:：、]\s*|\s+)(?=\S)/;
const NOT_COUNTER = /^(?:表|图|例|图表|附表|附件|阶段|年|月|日|号|第)$/;

/**
 * Items counted under a name of their own, each opening its paragraph ("专项行动1 …" "专项行动2 …", "隐患1：…"
 * "隐患2：…"): the longest run 1, 2, 3… of one name; each item runs to the next, its title the rest of its
 * first paragraph. A counted list is structure enough: its items need not read as work.
 */
export function namedCountCandidate(doc: WorkDoc): Candidate | null {
  // (lines, not paragraphs: a short name line is joined to the line under it as one sentence)
  const lines = lineItems(doc);
  const marks = lines.flatMap((l, i) => {
    const m = NAMED_COUNT.exec(l.text);
    return m && !NOT_COUNTER.test(m[1]) ? [{ line: i, name: m[1], value: Number(m[2]), len: m[0].length }] : [];
  });
  let best: typeof marks = [];
  for (let k = 0; k < marks.length; k++) {
    if (marks[k].value !== 1) continue;
    const run = [marks[k]];
    for (let j = k + 1; j < marks.length; j++) {
      if (marks[j].name === marks[k].name && marks[j].value === run[run.length - 1].value + 1) run.push(marks[j]);
      else if (marks[j].name === marks[k].name) break;
    }
    if (run.length > best.length) best = run;
  }
  if (best.length < 3) return null;
  const tasks: RawTask[] = [];
  best.forEach((m, k) => {
    const first = lines[m.line].slice(m.len).trim();
    const title = first.slice(0, first.text.replace(/[。；;，,：:\s]+$/, "").length);
    if (title.text.replace(/[\s\p{P}]/gu, "").length < 2 || NOT_WORK.test(title.text)) return;
    // (the last item runs over the lines of its own, up to a line that is no more of it)
    const end = k + 1 < best.length ? best[k + 1].line : Math.min(lines.length, m.line + 3);
    const body = Stitched.join(lines.slice(m.line, end), "\n");
    tasks.push({ no: String(m.value), section: null, title, titleConfidence: 0.6, body, unitCells: [], measureItems: [], factText: body, confidence: FEW_TASKS_CONFIDENCE });
  });
  return tasks.length >= 3 ? { tasks, label: `“${best[0].name}1、${best[0].name}2”编号` } : null;
}

// (xtasksA25) an item numbered by its part's letter and its count, "D-1子计划：…", "B-2 …", "A－3、…": a plan's parts
// lettered A, B, C… and their sub-plans (a room "T1-307" or a code in running text is none: at a paragraph's start, a
// mark, a label or a space before the Chinese name)
const LETTERED = /^([A-Z])\s*[-－–]\s*(\d{1,2})(?![\d\-－–.．])\s*((?:子|分项|分項)?(?:计划|計畫|计画|方案|项目|項目))?\s*(?:[：:、.．]\s*|\s+|(?<=[划畫画案目])(?=[\u4e00-\u9fff]))(?=[\u4e00-\u9fff“「])/;

/**
 * Items numbered by a letter and a count, "D-1子计划：…" "D-2子计划：…", two or more of one letter from 1 in order:
 * each a task, named by its text after the mark and its label, running to the next.
 */
export function letteredCountCandidate(doc: WorkDoc): Candidate | null {
  const lines = lineItems(doc);
  const marks = lines.flatMap((l, i) => {
    const m = LETTERED.exec(l.text);
    return m ? [{ line: i, letter: m[1], value: Number(m[2]), len: m[0].length }] : [];
  });
  let best: typeof marks = [];
  for (let k = 0; k < marks.length; k++) {
    if (marks[k].value !== 1) continue;
    const run = [marks[k]];
    for (let j = k + 1; j < marks.length && marks[j].letter === marks[k].letter && marks[j].value === run[run.length - 1].value + 1; j++) run.push(marks[j]);
    if (run.length > best.length) best = run;
  }
  if (best.length < 2) return null;
  const tasks: RawTask[] = [];
  best.forEach((m, k) => {
    const first = lines[m.line].slice(m.len).trim();
    const title = first.slice(0, first.text.replace(/[。；;，,：:\s]+$/, "").length);
    if (title.text.replace(/[\s\p{P}]/gu, "").length < 2 || NOT_WORK.test(title.text)) return;
    const end = k + 1 < best.length ? best[k + 1].line : lines.length;
    const body = Stitched.join(lines.slice(m.line, end), "\n");
    tasks.push({ no: `${m.letter}-${m.value}`, section: null, title, titleConfidence: 0.6, body, unitCells: [], measureItems: [], factText: body, confidence: FEW_TASKS_CONFIDENCE });
  });
  return tasks.length >= 2 ? { tasks, label: "“A-1、A-2”编号" } : null;
}

// a month on a line of its own, a web address the copy left after it ("3月份 www.…com")
const MONTH_LINE = /^(?:(20\d{2})\s*年\s*)?(十[一二]?|[一二三四五六七八九]|1[0-2]|[1-9])\s*月份?(?:\s+\S*\.(?:com|cn|net|org)\S*)?$/;
// the column names of such a schedule ("时间", "重点工作", "工作内容")
const COLUMN_NAME = /^(?:时间|月份|日期|重点工作|主要工作|工作内容|活动内容|内容|负责人|备注)$/;

/** A month-by-month schedule one cell a line: each line under a month line is a task due in that month. */
export function monthRowsCandidate(doc: WorkDoc): Candidate | null {
  const lines = lineItems(doc);
  const months = lines.filter((l) => MONTH_LINE.test(l.text)).length;
  if (months < 3) return null;
  const planYear = doc.meta?.year ?? null;
  const tasks: RawTask[] = [];
  let month = 0;
  let year = planYear;
  let head: Stitched | null = null;
  for (const st of lines) {
    const m = MONTH_LINE.exec(st.text);
    if (m) {
      const mo = /\d/.test(m[2]) ? Number(m[2]) : cnToInt(m[2]);
      if (m[1]) year = Number(m[1]);
      else if (year !== null && month && mo < month) year++;
      month = mo;
      const mark = st.text.search(/月/);
      head = st.slice(0, st.text.indexOf("份", mark) === mark + 1 ? mark + 2 : mark + 1);
      continue;
    }
    if (!head) continue;
    const t = st.text;
    // (the schedule ends at a sentence of prose or a signature)
    if (t.length > 80) break;
    if (COLUMN_NAME.test(t) || t.length < 4) continue;
    const title = st.slice(0, t.replace(/[。；;，,\s]+$/, "").length);
    const scheduled = year !== null ? { by: `${year}-${String(month).padStart(2, "0")}`, year, st: head } : undefined;
    tasks.push({ no: "", section: null, title, titleConfidence: 0.6, body: st, unitCells: [], measureItems: [], factText: st, confidence: FEW_TASKS_CONFIDENCE, ...(scheduled ? { scheduled } : {}) });
  }
  return tasks.length >= 3 ? { tasks, label: "月份" } : null;
}

// a week's dates on a line of their own: "3.9-3.15", "3/9-3/15", "3月9日-3月15日"
const WEEK_DATES = /^(\d{1,2})\s*[./月]\s*(\d{1,2})\s*日?\s*[-—–~～至]+\s*(?:(\d{1,2})\s*[./月]\s*)?(\d{1,2})\s*日?$/;
// the week's name in the cell before its dates: "1", "第3周", "预备周"
const WEEK_NAME = /^(?:\d{1,2}|第\s*[\d一二三四五六七八九十]{1,3}\s*周|[\u4e00-\u9fff]{1,3}周)$/;

/**
 * A week-by-week schedule one cell a line: the week, its dates, then its cells (a theme printed one
 * character a line, the week's theme, its activity lines, notes). Each week is a task named by its
 * theme — its first line that is a name, not an activity — due on the week's last day.
 */
export function weekRowsCandidate(doc: WorkDoc): Candidate | null {
  const lines = lineItems(doc);
  const at = lines.flatMap((l, i) => (WEEK_DATES.test(l.text) ? [i] : []));
  if (at.length < 3) return null;
  const { base, secondTerm, firstTerm } = termYear(doc);
  const tasks: RawTask[] = [];
  at.forEach((i, k) => {
    const m = WEEK_DATES.exec(lines[i].text)!;
    const month = Number(m[3] ?? m[1]);
    const day = Number(m[4]);
    if (month < 1 || month > 12 || day < 1 || day > 31) return;
    let end = k + 1 < at.length ? at[k + 1] : lines.length;
    // (the next week's name stands right before its dates)
    if (k + 1 < at.length && WEEK_NAME.test(lines[end - 1].text)) end--;
    const row = lines.slice(i + 1, end).filter((l) => l.text.replace(/[\s\p{P}・·]/gu, "").length >= 2);
    const title = row.find((l) => l.text.length <= 20 && !/[。；;]/.test(l.text) && /[\u4e00-\u9fff]{2}/.test(l.text) && !/^\d/.test(l.text));
    if (!title) return;
    const name = i > 0 && WEEK_NAME.test(lines[i - 1].text) ? lines[i - 1].text : "";
    const y = base === null ? null : secondTerm ? (month <= 8 ? base + 1 : base) : firstTerm ? (month >= 8 ? base : base + 1) : base;
    const body = Stitched.join([lines[i], ...row], "\n");
    const scheduled = y !== null ? { by: `${y}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`, year: y, st: lines[i], exact: true } : undefined;
    tasks.push({ no: /^\d+$/.test(name) ? name : "", section: null, title, titleConfidence: 0.6, body, unitCells: [], measureItems: row.filter((l) => l !== title && /[；;]$/.test(l.text)), factText: body, confidence: FEW_TASKS_CONFIDENCE, ...(scheduled ? { scheduled } : {}) });
  });
  return tasks.length >= 3 ? { tasks, label: "周次" } : null;
}

// a heading whose number was lost (a Word list's automatic numbers dropped by a web copy): a short line
// of Chinese with no sentence punctuation and no number of its own
const BARE_HEADING = /^(?![\d一二三四五六七八九十（(①-⑳●•·\-])[^。；;！!？?，,：:、|]{4,30}$/u;

/**
 * Headings whose numbers were lost (a list Word numbered by itself, copied as text): short lines without
 * sentence punctuation, each over a paragraph of its own. Where some of them share a form (the same first
 * and last two characters: "针对…问题的措施", "关于…的要求") and the others do not, those are the parts'
 * headings and the others are the items; each item runs to the next heading.
 */
export function bareHeadingsCandidate(doc: WorkDoc): Candidate | null {
  const lines = lineItems(doc);
  const isBody = (l: Stitched | undefined) => !!l && l.text.length > 30 && /[。；;，,]/.test(l.text);
  const heads = lines.flatMap((l, i) => {
    const t = l.text.trim();
    return BARE_HEADING.test(t) && /[\u4e00-\u9fff]{4}/.test(t) && isBody(lines[i + 1]) ? [i] : [];
  });
  if (heads.length < 3) return null;
  // (the headings must govern the text: most body lines lie under one)
  if (lines.filter((l, i) => i > heads[0] && isBody(l)).length > heads.length * 4) return null;
  const key = (i: number) => {
    const t = lines[i].text.trim();
    return `${t.slice(0, 2)}…${t.slice(-2)}`;
  };
  const count = new Map<string, number>();
  for (const i of heads) count.set(key(i), (count.get(key(i)) ?? 0) + 1);
  const parts = new Set(heads.filter((i) => count.get(key(i))! >= 2));
  const items = parts.size && heads.length - parts.size >= 2 ? heads.filter((i) => !parts.has(i)) : heads;
  const tasks: RawTask[] = [];
  items.forEach((i) => {
    const next = heads.find((j) => j > i) ?? lines.length;
    const title = lines[i].trim();
    const body = Stitched.join(lines.slice(i, next), "\n");
    tasks.push({ no: "", section: null, title, titleConfidence: 0.6, body, unitCells: [], measureItems: [], factText: body, confidence: FEW_TASKS_CONFIDENCE });
  });
  // (the headings are structure enough where most of them, or the paragraphs under them, name an action)
  const work = tasks.filter((t) => readsAsWork(t) || WORK_VERB.test(t.body.text.split("\n")[1] ?? ""));
  return tasks.length >= 3 && work.length * 2 > tasks.length ? { tasks, label: "无编号的小标题" } : null;
}

// an item whose number a PDF's text lost or moved (the digit set down a line further on): a bare 、 opening
// the item, at a paragraph's start or after a sentence and a space ("…等个组。 、回应社会关切。依托…")
const BARE_MARK = /(?:^|[。；;！!？?]\s*|\s)、\s*(?=[\u4e00-\u9fff])/g;

/** Items that open with a bare 、 where their numbers were lost, three or more: each runs to the next. */
export function bareMarkCandidate(doc: WorkDoc): Candidate | null {
  const paras = doc.paras.slice(doc.meta?.bodyStart ?? 0);
  const tasks: RawTask[] = [];
  for (const p of paras) {
    const t = p.st.text;
    const at = [...t.matchAll(BARE_MARK)].map((m) => m.index! + m[0].length);
    at.forEach((a, k) => {
      const end = k + 1 < at.length ? t.lastIndexOf("、", at[k + 1] - 1) : t.length;
      const own = p.st.slice(a, end).trim();
      const first = own.text.search(/[。；;（(]|$/);
      if (first < 2 || first > 40) return;
      const title = own.slice(0, first).trim();
      tasks.push({ no: "", section: null, title, titleConfidence: 0.5, body: own, unitCells: [], measureItems: [], factText: own, confidence: FEW_TASKS_CONFIDENCE });
    });
  }
  return tasks.length >= 3 && tasks.filter(readsAsWork).length * 2 > tasks.length ? { tasks, label: "编号缺失的“、”条目" } : null;
}
