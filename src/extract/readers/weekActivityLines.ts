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
const DASH = /^[-—–~～至]+$/;

/** The lines of a text with each such week calendar joined back into pipe rows; other lines as they are. */
export function joinWeekActivityLines(lines: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < lines.length; ) {
    const found = weekTableAt(lines, i);
    if (!found) out.push(lines[i++]);
    else out.push(...found.lines), (i = found.next);
  }
  return out;
}

function weekTableAt(lines: string[], i: number): { lines: string[]; next: number } | null {
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
  // a theme wrapped round a lone "·" is one cell ("春三月 / · / 规矩与生长")
  const themes: string[] = [];
  for (; j < lead.length; j++) {
    if (/^[·・]$/.test(lead[j]) && themes.length && j + 1 < lead.length) themes[themes.length - 1] += `·${lead[++j]}`;
    else themes.push(lead[j]);
  }
  return { week, date, themes };
}
