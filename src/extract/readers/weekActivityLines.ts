// A week calendar copied one cell a line (周次 / 日期 / 月主题 / 周主题 / 主要活动内容 / 备注) whose
// content cell lists the week's activities numbered 1. 2. 3., the numbering starting again in every
// week. Its column names come one a line, then each week: its short cells — the week ("1", or "开 /
// 学 / 前" one character a line), its dates ("3·4 / - / 3·6" over three lines), its themes (a month's
// theme, "春三月 / · / 规矩与生长", on the first week of the month only; the week's theme wrapped over
// lines) — then its numbered activities. Each week is joined back into one "| a | b |" row, its
// activities in its content cell, so the table model reads one task a week, its activities measures.

// a column name on a line of its own ("周次", "主要活动内容")
const NAME = /^[\u4e00-\u9fff]{2,8}$/;
const WEEK_COLUMN = /^周次$|^週次$/;
const THEME_COLUMN = /主题$|主題$/;
const CONTENT_COLUMN = /内容$|內容$/;
// an activity of the week, numbered ("1.召开教职工会：…")
const ACTIVITY = /^(\d{1,2})\s*[.．、](?!\d)\s*\S/;
// a day's month and day, dotted ("3·4", "3.4", "3/4") or written ("3月4日")
const DAY = /^\d{1,2}\s*(?:[·・.．/]\s*\d{1,2}|月\s*\d{1,2}\s*日?)$/;
// (a lone dash a list bullet on the way, "•")
const DASH = /^[-—–~～至•●▪]+$/;

/** The lines of a text with each such week calendar joined back into pipe rows; other lines as they are. */
export function joinWeekActivityLines(lines: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < lines.length; ) {
    const found = weekTableAt(lines, i);
    if (found) {
      out.push(...found.lines);
      i = found.next;
      continue;
    }
    out.push(...(runOnWeekTable(lines[i]) ?? [lines[i]]));
    i++;
  }
  return out;
}

// a column's name in a header run into one line: a word ending with a column's word ("主要活动内容")
const RUN_ON_NAME = /^[\u4e00-\u9fff]{0,6}?(?:周次|週次|日期|时间|主题|主題|内容|內容|备注|備註)/;
// a week's dates run on after its number, then its themes, then its first activity: "13.4-3.6春三月・规矩与生长收心起步1."
const RUN_ON_ROW = /(?<!\d)(\d{1,3})[.·・](\d{1,2})\s*[-—–~～至]\s*(\d{1,2})[.·・](\d{1,2})([\u4e00-\u9fff·・]{2,30}?)(?=1\s*[.．、](?!\d))/g;

/**
 * The same week calendar run into one line (a document site's dump of a Word table, each column's
 * name printed twice, "周次周次日期日期…"): its header, then each week — its number glued before its
 * dates ("…开学前1天13.4-3.6": week 1, 3.4-3.6), its themes, its activities from "1." — as pipe rows;
 * null when the line holds no such table. A month's theme repeated on each of its weeks is the
 * start the weeks' themes share; what follows it is the week's own.
 */
export function runOnWeekTable(line: string): string[] | null {
  if (line.length < 60 || !line.includes("周次")) return null;
  const at = line.indexOf("周次");
  // the header's names, each maybe printed twice
  const names: string[] = [];
  let p = at;
  for (;;) {
    const m = RUN_ON_NAME.exec(line.slice(p, p + 20));
    if (!m) break;
    names.push(m[0]);
    p += m[0].length;
    if (line.startsWith(m[0], p)) p += m[0].length;
  }
  const content = names.findIndex((n) => CONTENT_COLUMN.test(n));
  if (names.length < 4 || content < 2 || !names.some((n) => THEME_COLUMN.test(n))) return null;
  const starts: { at: number; week: string; date: string; theme: string; body: number }[] = [];
  RUN_ON_ROW.lastIndex = p;
  for (let m = RUN_ON_ROW.exec(line); m; m = RUN_ON_ROW.exec(line)) {
    let week = "";
    let month = m[1];
    // (a week's number glued before its month: "13.4" is week 1, March 4)
    if (Number(month) > 12 || month.length > 2) (week = month.slice(0, -1)), (month = month.slice(-1));
    if (Number(month) < 1 || Number(m[3]) < 1 || Number(m[3]) > 12) continue;
    starts.push({ at: m.index + week.length, week, date: `${month}.${m[2]}-${m[3]}.${m[4]}`, theme: m[5], body: m.index + m[0].length });
  }
  if (!starts.length) return null;
  // the first week's cell stands between the header and its dates ("开学前")
  const first = line.slice(p, starts[0].at);
  if (first.length > 8 || /\d/.test(first)) return null;
  starts[0].week = first;
  const ends = starts.map((s, x) => (x + 1 < starts.length ? starts[x + 1].at - starts[x + 1].week.length : line.length));
  // each week's activities must run 1. 2. … in order
  const acts = starts.map((s, x) => line.slice(s.body, ends[x]).trim());
  if (acts.some((a, x) => !/2\s*[.．、](?!\d)/.test(a) && x < acts.length - 1)) return null;
  const themes = starts.map((s) => s.theme);
  const monthOf = themes.map((t, x) => {
    const other = themes[x + 1] ?? themes[x - 1];
    if (!other) return 0;
    let k = 0;
    while (k < t.length && t[k] === other[k]) k++;
    return k >= 2 && t.length - k >= 2 ? k : 0;
  });
  const width = names.length;
  const themeCols = names.flatMap((n, x) => (THEME_COLUMN.test(n) && x < content ? [x] : []));
  const dateAt = names.findIndex((n, x) => x > 0 && /日期|时间/.test(n));
  const out = [line.slice(0, at).trim(), `| ${names.join(" | ")} |`, `|${names.map(() => "---").join("|")}|`].filter(Boolean);
  starts.forEach((s, x) => {
    const row = new Array<string>(width).fill("");
    row[0] = s.week;
    if (dateAt >= 0) row[dateAt] = s.date;
    if (themeCols.length) {
      row[themeCols[themeCols.length - 1]] = s.theme.slice(monthOf[x]);
      if (themeCols.length > 1) row[themeCols[0]] = s.theme.slice(0, monthOf[x]);
    }
    row[content] = acts[x].replace(/\|/g, "｜");
    out.push(`| ${row.join(" | ")} |`);
  });
  return out;
}

/** The week calendar copied one cell a line that opens at line `i`: its pipe rows and the index of the line after it; null when none opens there. */
export function weekTableAt(lines: string[], i: number): { lines: string[]; next: number } | null {
  if (!WEEK_COLUMN.test(lines[i].trim())) return null;
  const names: string[] = [];
  let k = i;
  for (; k < lines.length && names.length < 10; k++) {
    const t = lines[k].replace(/[\s\u3000]+/g, "");
    if (!t) continue;
    if (!NAME.test(t) || (names.length >= 3 && !/(?:日期|时间|主题|内容|备注|要求|形式|地点|部门|负责|人)$/.test(t))) break;
    names.push(t);
  }
  const content = names.findIndex((n) => CONTENT_COLUMN.test(n));
  if (names.length < 4 || content < 2 || !names.some((n) => THEME_COLUMN.test(n))) return null;
  // the weeks: short cells, then activities numbered from 1
  const rows: { lead: string[]; acts: string[] }[] = [];
  let lead: string[] = [];
  let acts: string[] = [];
  let end = k;
  for (; k < lines.length; k++) {
    const t = lines[k].trim();
    if (!t) continue;
    const m = ACTIVITY.exec(t);
    if (m && Number(m[1]) === acts.length + 1 && lead.length) {
      acts.push(t);
      end = k + 1;
      continue;
    }
    if (acts.length) {
      rows.push({ lead, acts });
      lead = [];
      acts = [];
    }
    // (a week's cells are short: a long line ends the table)
    if (t.length > 16 || lead.length > 12) break;
    lead.push(t);
  }
  if (acts.length) rows.push({ lead, acts });
  // (an activity's last line with the next week's number glued to it, "…提示1": the week is the next row's)
  if (rows.length < 2 || rows.some((r) => r.acts.length < 2 && r !== rows[rows.length - 1])) return null;
  const width = names.length;
  const themes = names.flatMap((n, x) => (THEME_COLUMN.test(n) && x < content ? [x] : []));
  const out = [`| ${names.join(" | ")} |`, `|${names.map(() => "---").join("|")}|`];
  for (const r of rows) {
    const cells = rowCells(r.lead);
    if (!cells) return null;
    const row = new Array<string>(width).fill("");
    row[0] = cells.week;
    const dateAt = names.findIndex((n, x) => x > 0 && /日期|时间/.test(n));
    if (dateAt >= 0) row[dateAt] = cells.date;
    // the week's own theme is the last theme column; a month's theme (joined by "·") stands before it
    if (themes.length) {
      const own = cells.themes.filter((c) => !c.includes("·"));
      const month = cells.themes.filter((c) => c.includes("·"));
      row[themes[themes.length - 1]] = own.join("");
      if (themes.length > 1) row[themes[0]] = month.join("");
    }
    row[content] = r.acts.join(" ");
    out.push(`| ${row.join(" | ")} |`);
  }
  return { lines: out, next: end };
}

/** A week's short cells: its week (characters one a line joined), its dates (a span over lines joined), its themes. */
function rowCells(lead: string[]): { week: string; date: string; themes: string[] } | null {
  const dayAt = lead.findIndex((l) => DAY.test(l));
  if (dayAt < 1) return null;
  const week = lead.slice(0, dayAt).join("");
  let j = dayAt + 1;
  let date = lead[dayAt];
  if (j + 1 < lead.length && DASH.test(lead[j]) && DAY.test(lead[j + 1])) (date += `-${lead[j + 1]}`), (j += 2);
  // (the dash lost on the way, a lone "-" read as a list's bullet: two days one after the other are the span)
  else if (j < lead.length && DAY.test(lead[j])) (date += `-${lead[j]}`), j++;
  // a theme wrapped round a lone "·" is one cell ("春三月 / · / 规矩与生长")
  const themes: string[] = [];
  for (; j < lead.length; j++) {
    if (/^[·・]$/.test(lead[j]) && themes.length && j + 1 < lead.length) themes[themes.length - 1] += `·${lead[++j]}`;
    else themes.push(lead[j]);
  }
  return { week, date, themes };
}
