// Division tables (分工方案/分解表): real tables from the reader, and tables that PDF-to-text
// flattened into a stream of column fragments, which are rebuilt here by column widths.
import type { ExtractedSection, ExtractedTarget } from "../model.js";
import { calendarWeeks } from "./calendarWeeks.js";
import { ITEM_NO } from "./clauses.js";
import { columnNameGroups, fitColumnNames, isBracketTail } from "./brokenColumnNames.js";
import { numbering } from "./numbering.js";
import { numeral, ym, ymd } from "./dateNumerals.js";
import { HAN } from "./han.js";
import { foldHan } from "./hanFold.js";
import { Stitched } from "./stitched.js";
import { bilingualCellTable } from "./bilingualCells.js";
import { serialRowTable } from "./serialRows.js";
import { type ColumnRole, columnRole } from "./columnRoles.js";
import { cheapestCuts } from "./cellCuts.js";
import { longCellNameEnd } from "./titleCut.js";
import { bodyLine } from "./subjects.js";
import { titleOf } from "./itemTitles.js";
import { lineAt, type GridTable, type Item, type Line, type RawTask, type Stage, type UnitRole } from "./types.js";



// (a school calendar's own marks are no work either: the term opening and closing, 开学日, 始业式,
// 休业式, 寒假开始 — "第2学期开" an excerpt cut off — and the national days, 国庆日, 开国纪念日)
// ("亲子互动环节", "细节", "章节": words ending in 节 that are no festival)
const OBSERVANCE = /放假|调休|休息|(?<![环细章调音关情季礼小时])节$|^国际.{1,8}日$|^(?:世界|全国).{1,8}日$|^上周.的课$|^国庆日$|^.{2,10}纪念日$|^(?:新生)?(?:开学日|始业式|休业式|结业式)$|^[寒暑]假开始$|^.{0,12}学期(?:开学?|开始|结束|始业式|休业式|结业式)$/;

const CLAUSE_MARK = /[；;。，,]/g;
const LEADING_DATE = /^(?:\d{1,2}月)?\d{1,2}(?:日)?(?:\s*[—–\-~至]+\s*\d{1,2}日?)?(?:上午|下午)?/;

/** A text of days off and observances only: each of its clauses, its leading date gone, is one. */
export function observancesOnly(text: string): boolean {
  // (clause by clause, up to the first that is none: most cells are work, told at their first clause)
  const t = foldHan(text);
  let any = false;
  for (let from = 0; ; ) {
    CLAUSE_MARK.lastIndex = from;
    const m = CLAUSE_MARK.exec(t);
    const to = m ? m.index : t.length;
    const c = t.slice(from, to).trim().replace(LEADING_DATE, "").trim();
    if (c) {
      if (!OBSERVANCE.test(c)) return false;
      any = true;
    }
    if (!m) return any;
    from = to + 1;
  }
}

const WEEKDAY = /^(?:星期|周)[一二三四五六日天]$/;
// a column of one level of a list's items: 一级事项, 二级事项, 三级目录
const LEVEL_COLUMN = /^[一二三四五]级(?:事项|目录|项目|类别|分类|指标|任务)$/;

/**
 * A row's name in a list whose items come in levels: its own cells of the levels under the first,
 * joined ("法定职责/主要职责"; a level covered by the row above is the row above's, not this one's).
 */
function levelTitle(row: Stitched[], roles: ColumnRole[], headers: string[]): Stitched | null {
  const cols = headers.flatMap((h, k) => (roles[k] === "title" && LEVEL_COLUMN.test(foldHan(h).replace(/\s+/g, "")) ? [k] : []));
  if (cols.length < 2 && !(cols.length === 1 && headers.some((h) => LEVEL_COLUMN.test(foldHan(h).replace(/\s+/g, ""))))) return null;
  const own = cols.map((k) => row[k].trim()).filter((c) => c.text);
  return own.length ? Stitched.join(own, "/") : null;
}

// the rows asked about (a table's rows are asked about by several stages: tableTasks, the fields'
// row locator, the cover): pure, so remembered by their cells, each answer given as a copy (a
// caller may change its roles); bounded, cleared when full
const HEADER_ROLES_SEEN = new Map<string, { raw: string[]; roles: ColumnRole[] | null }>();

/** The role of each column when the row is a header row; null for any other row. */
export function headerRoles(raw: string[]): ColumnRole[] | null {
  const key = raw.join("\u0000");
  const seen = HEADER_ROLES_SEEN.get(key);
  // (the same cells, not only the same joined text: a cell holding the separator is asked about afresh)
  if (seen && seen.raw.length === raw.length && seen.raw.every((c, i) => c === raw[i])) return seen.roles && seen.roles.slice();
  const roles = rowRoles(raw);
  if (HEADER_ROLES_SEEN.size >= 1024) HEADER_ROLES_SEEN.clear();
  HEADER_ROLES_SEEN.set(key, { raw: raw.slice(), roles: roles && roles.slice() });
  return roles;
}

function rowRoles(raw: string[]): ColumnRole[] | null {
  // (a header in traditional script names its columns as well: "備註", "責任單位")
  const cells = raw.map((c) => (c.length <= 40 ? foldHan(c) : c));
  const roles = cells.map((c) => columnRole(c));
  // an activity schedule with no number and no task column ("主题 | 时间 | 活动形式"): its theme
  // column (主题, 活动主题, 班会主题) names each row's event
  // (a week's calendar numbers its rows by week, 周次, and names each week's theme, 周主题: the theme too)
  if (roles.includes("deadline") && !roles.includes("title") && (!roles.includes("no") || !roles.includes("measures"))) {
    const theme = cells.findIndex((c) => c.length <= 8 && /^[\u4e00-\u9fff]{0,4}主题$/.test(c.replace(/\s+/g, "")));
    if (theme >= 0 && roles[theme] === null) roles[theme] = "title";
  }
  // a week calendar numbered by week (周次) whose content cell lists each week's activities: the
  // week's theme (周主题; else the last theme column, a month's 月主题 spanning its weeks before it)
  // names the row, its activities are the row's measures
  if (roles.includes("deadline") && roles.includes("measures") && !roles.includes("title")) {
    const weekNo = cells.findIndex((c, k) => roles[k] === "no" && /^周次?$/.test(c.replace(/\s+/g, "")));
    const themes = cells.flatMap((c, k) => (roles[k] === null && c.length <= 8 && /^[\u4e00-\u9fff]{0,4}主题$/.test(c.replace(/\s+/g, "")) ? [k] : []));
    const own = themes.find((k) => /^周/.test(cells[k].replace(/\s+/g, ""))) ?? themes[themes.length - 1];
    if (weekNo >= 0 && own !== undefined) roles[own] = "title";
  }
  // a table of two columns, the bodies who do each row beside a column no name tells ("检查部位 | 参加检查部门"):
  // the other column names what each row's bodies do
  if (roles.length === 2 && roles.filter((r) => r === null).length === 1 && roles.some((r) => r === "responsible" || r === "lead")) {
    const other = roles.indexOf(null);
    // (not a column of figures or of people beside them, "学校 | 学生数": a table of figures, no work)
    const name = cells[other].replace(/\s+/g, "");
    if (/^[\u4e00-\u9fff]{2,8}$/.test(name) && !/(?:数|量|率|额|值|比|分|号|码|名|人|员|者)$/.test(name)) roles[other] = "title";
  }
  // (a data row, most calls: with fewer than two column names and too few cells for a weekday grid,
  // nothing below can make it a header — a 联系人 set aside still leaves no title beside a leader)
  if (cells.length < 5 && roles.filter((r) => r !== null).length < 2) return null;
  // a school calendar's grid: a column per weekday holding the days' numbers, the week's events in
  // its notes column (备注), which is there the row's text
  const bare = cells.map((c) => c.replace(/\s+/g, ""));
  if (bare.filter((c) => WEEKDAY.test(c)).length >= 5 && !roles.includes("title") && !roles.includes("measures")) {
    const notes = bare.findIndex((c) => /^备[注註]$/.test(c));
    if (notes >= 0) {
      bare.forEach((c, k) => {
        if (WEEKDAY.test(c)) roles[k] = "ignore";
      });
      roles[notes] = "title";
    }
  }
  // a month column beside a column of days ("月份 | … | 起止日期"): the month groups the rows, the days date them
  const dated = bare.map((c, k) => roles[k] === "deadline" && /日期|时间|时限|起止/.test(c));
  if (dated.some(Boolean)) bare.forEach((c, k) => { if (roles[k] === "deadline" && !dated[k] && /月份/.test(c)) roles[k] = "ignore"; });
  // a 联系人 beside a leader column is a contact, not the row's leader
  const contact = bare.map((c) => /^联系人/.test(c));
  if (contact.some(Boolean) && roles.some((r, k) => r === "leaders" && !contact[k])) contact.forEach((c, k) => { if (c) roles[k] = "ignore"; });
  // a list of categories, each described in a 内容 column with no task column ("信息类别 | 内容描述 | 责任主体"):
  // the category names the row
  const category = bare.findIndex((c) => /^(?:信息|事项|工作)?(?:类别|类型)$/.test(c));
  const described = roles.indexOf("measures");
  // (not a category merged down over numbered rows: "类别 | 序号 | 工作内容")
  if (category >= 0 && described === category + 1 && !roles.includes("title") && !roles.includes("no")) roles[category] = "title";
  // a category column beside the column naming each row ("事项类别 | 事项名称", "信息类别 | 信息名称"):
  // the category groups the rows, the name names them
  const kind = bare.findIndex((c) => /^(?:信息|事项|工作|项目|任务)?(?:类别|类型|分类|门类)$/.test(c));
  if (kind >= 0 && roles[kind] === "title" && roles.some((r, k) => r === "title" && k !== kind)) roles[kind] = "ignore";
  // a list's items in levels ("一级事项 | 二级事项 | 三级事项"): the first level groups the rows, the
  // levels under it name them (see levelTitle)
  const levels = bare.flatMap((c, k) => (LEVEL_COLUMN.test(c) && roles[k] === "title" ? [k] : []));
  if (levels.length >= 2) roles[levels[0]] = "ignore";
  const known = roles.filter((r) => r !== null);
  if (known.length < 2) return null;
  // a merged row repeats one text across its cells: a caption or category, not a header
  if (new Set(bare.filter(Boolean)).size < 2) return null;
  if (!roles.includes("title") && !roles.includes("measures")) return null;
  if (known.length < Math.ceil(cells.filter((c) => c.trim()).length / 2)) return null;
  return roles.map((r) => r ?? "ignore");
}

const UNIT_ROLES = new Set<ColumnRole>(["lead", "co", "liaison", "leaders", "responsible"]);
const LABEL_START = /^(牵头|协办|配合|主办|责任|参与)[^：:]{0,6}[：:]/;
const ITEM_START = new RegExp(`^${ITEM_NO}`);

// ---------------------------------------------------------------------------
// Rebuilding flattened tables

function isHeaderLine(text: string): ColumnRole[] | null {
  // three or more column names need two separators; most lines of prose have none
  const first = text.search(/\S\s+\S/);
  if (first < 0 || !/\S\s+\S/.test(text.slice(first + 2))) return null;
  const tokens = text.trim().split(/\s+/);
  if (tokens.length < 3 || tokens.some((t) => t.length > 12)) return null;
  return headerRoles(tokens);
}

function quantile(xs: number[], q: number, dflt: number): number {
  if (!xs.length) return dflt;
  // (a typed array sorts numbers natively, without calling a comparator per pair)
  const s = Float64Array.from(xs).sort();
  return s[Math.min(s.length - 1, Math.floor(s.length * q))];
}

interface RowFeatures {
  len: number[];
  label: boolean[];
  item: boolean[];
  /** Cost of a line in a unit column that follows a complete unit name but is not one itself. */
  stray: number[];
}

// after a complete unit name, a line that is not a unit itself belongs to the next column
const ENDS_UNIT = /[股室办局站心会委组部校院所队处科园馆府]$/;
const ENDS_UNIT_OR_LIST = /([股室办局站心会委组部校院所队处科园馆府]|[、，,])$/;

/** What the cost of splitting a row depends on besides the widths: computed once per row. */
function rowFeatures(lines: Line[]): RowFeatures {
  const label = lines.map((l) => LABEL_START.test(l.text));
  return {
    len: lines.map((l) => l.text.length),
    label,
    item: lines.map((l) => ITEM_START.test(l.text)),
    stray: lines.map((l, t) => (t > 0 && !label[t] && ENDS_UNIT.test(lines[t - 1].text) && !ENDS_UNIT_OR_LIST.test(l.text) ? 8 : 0)),
  };
}

/** Splits one row's fragments into columns (DP over contiguous groups, columns in header order). */
function splitRow(f: RowFeatures, roles: ColumnRole[], widths: number[]): number[] {
  const n = f.len.length,
    k = roles.length;
  // the DP is quadratic in the row's lines; a "row" this long is not a table row
  if (n > 400) return [0, ...roles.slice(1).map(() => n), n].slice(0, k + 1);
  const INF = 1e9;
  const { len, label, item, stray } = f;
  // best[c][j]: cost of lines [0, j) in columns [0, c]
  // (typed rows: allocated filled, read and written without boxing)
  const best: Float64Array[] = Array.from({ length: k }, () => new Float64Array(n + 1).fill(INF));
  const from: Int32Array[] = Array.from({ length: k }, () => new Int32Array(n + 1));
  const isUnit = roles.map((r) => UNIT_ROLES.has(r));
  // per column: cost of a line that is not the last of its cell (should fill the width) and of
  // the last line (may be short); prefix sums and the last-line costs make a group's cost O(1)
  // (plain loops: this runs for every row on every pass, often before the code is optimised)
  const prefix: number[][] = [];
  const lastCost: number[][] = [];
  for (let c = 0; c < k; c++) {
    const W = widths[c], unit = isUnit[c], ignore = roles[c] === "ignore";
    const p = new Array<number>(n + 1);
    const l = new Array<number>(n);
    p[0] = 0;
    for (let t = 0; t < n; t++) {
      let cost = Math.max(0, len[t] - W - 1) * 3;
      if (label[t] && !unit) cost += 10;
      if (ignore) cost += 4;
      if (unit) cost += stray[t];
      l[t] = cost;
      const nextStarts = t + 1 < n && (label[t + 1] || item[t + 1]);
      p[t + 1] = p[t] + (nextStarts ? cost : cost + Math.min(Math.max(0, W - 1 - len[t]), 5));
    }
    prefix.push(p);
    lastCost.push(l);
  }
  const groupCost = (c: number, i: number, j: number): number => {
    if (i === j) return roles[c] === "ignore" ? 0 : 6;
    let cost = prefix[c][j - 1] - prefix[c][i] + lastCost[c][j - 1];
    if (isUnit[c]) {
      cost -= stray[i];
      if (label[i]) cost -= 8;
    }
    if (roles[c] === "measures" && item[i]) cost -= 4;
    return cost;
  };
  for (let j = 0; j <= n; j++) best[0][j] = j === 0 ? 6 : groupCost(0, 0, j);
  // For i < j a group's cost is tail(j) - prefix(i) + adj(i): the best start i for each j is a
  // running minimum of prev[i] - prefix(i) + adj(i), so each column costs O(n), not O(n²).
  // Ties keep the earliest start, as a scan over i in increasing order with "<" would.
  for (let c = 1; c < k; c++) {
    const prev = best[c - 1], cur = best[c], fromC = from[c], pre = prefix[c], last = lastCost[c];
    const unit = isUnit[c], measures = roles[c] === "measures", empty = roles[c] === "ignore" ? 0 : 6;
    let minH = INF,
      minI = -1;
    for (let j = 0; j <= n; j++) {
      let bestV = INF,
        bestI = 0;
      if (minI >= 0) {
        bestV = pre[j - 1] + last[j - 1] + minH;
        bestI = minI;
      }
      // the empty group (i === j) comes last in the scan
      if (prev[j] < INF && prev[j] + empty < bestV) {
        bestV = prev[j] + empty;
        bestI = j;
      }
      cur[j] = bestV;
      fromC[j] = bestI;
      // start j becomes available to every later end
      if (prev[j] < INF) {
        let h = prev[j] - pre[j];
        if (unit) {
          h -= stray[j];
          if (label[j]) h -= 8;
        }
        if (measures && item[j]) h -= 4;
        if (h < minH) {
          minH = h;
          minI = j;
        }
      }
    }
  }
  const cuts = new Array(k + 1).fill(0);
  cuts[k] = n;
  for (let c = k - 1; c >= 1; c--) cuts[c] = from[c][cuts[c + 1]];
  return cuts; // column c holds lines [cuts[c], cuts[c+1])
}

function joinFragments(src: string, lines: Line[], role: ColumnRole): Stitched {
  const parts: Stitched[] = [];
  lines.forEach((l, i) => {
    if (i > 0) {
      // unit lists keep their breaks (splitNames tells a wrap from a new unit); other cells
      // are reflowed, except before a new item or label
      const brk = UNIT_ROLES.has(role) || LABEL_START.test(l.text) || ITEM_START.test(l.text);
      if (brk) parts.push(Stitched.literal("\n"));
    }
    parts.push(Stitched.of(src, l.start, l.start + l.text.length));
  });
  return Stitched.join(parts);
}

const EXCERPT_ROW = new RegExp(`^\\d{1,3}\\s+(?!(?:所|个|人|名|万|亿|元|%|项|家|座|间|台|套|平方|米|公里|年|月|日|天|次|批|期|级|类|种|条|位|张|倍|户|册|门|节|课时|学时))${HAN}`, "u");

// the pieces of a row typed on one line (see splitRowLine)
const sameRowLine = new WeakSet<Line>();

/** A row typed on one line, its cells apart by spaces: cut after each sentence that ends a cell. */
function splitRowLine(l: Line): Line[] {
  if (!EXCERPT_ROW.test(l.text)) return [l];
  const out: Line[] = [];
  let from = 0;
  for (const m of l.text.matchAll(/[。；;]\s+(?=\S)/g)) {
    const end = m.index! + 1;
    out.push({ ...l, start: l.start + from, text: l.text.slice(from, end) });
    from = m.index! + m[0].length;
  }
  out.push({ ...l, start: l.start + from, text: l.text.slice(from) });
  for (const p of out) sameRowLine.add(p);
  return out;
}

function rebuildFlattened(src: string, lines: Line[], roles: ColumnRole[]): Stitched[][] {
  // rows start at the next expected task number, on a short line (a long one is a measure item)
  const longW = quantile(lines.map((l) => l.text.length), 0.9, 30);
  const rows: Line[][] = [];
  let expected = 1;
  const labelled = lines.filter((l) => LABEL_START.test(l.text)).length >= 2;
  // the row's number comes shortly before its first unit label, with no other line of that number between
  const labelSoon = (idx: number, no: number) => {
    for (let j = idx + 1; j < Math.min(lines.length, idx + 9); j++) {
      if (LABEL_START.test(lines[j].text)) return true;
      const m = /^(\d{1,3})\s*[.．、]/.exec(lines[j].text);
      if (m && Number(m[1]) === no) return false;
    }
    return false;
  };
  let last = 0;
  for (const [idx, l] of lines.entries()) {
    const m = /^(\d{1,3})\s*[.．、]?/.exec(l.text);
    const no = m ? Number(m[1]) : 0;
    // an excerpt of a longer table starts at any row and skips rows: a number followed by a space
    // and a task's words (not "1." of an item in a cell, not "100 所") is a row's when it goes up
    const jump = !!m && no > last && no <= last + 200 && EXCERPT_ROW.test(l.text);
    const isStart =
      m && (no === expected || jump) && (l.text.length <= longW * 0.6 || rows.length === 0 || jump) && (!labelled || labelSoon(idx, no));
    if (isStart) {
      rows.push([l]);
      last = no;
      expected = no + 1;
    } else if (rows.length) rows[rows.length - 1].push(l);
  }
  if (!rows.length) return [];
  const cols = roles.map((r, i) => ({ r, i })).filter((c) => c.r !== "no");
  const colRoles = cols.map((c) => c.r);
  const labelLens = lines.filter((l) => LABEL_START.test(l.text)).map((l) => l.text.length);
  const startLens = rows.map((r) => r[0].text.length);
  const narrow = quantile(lines.map((l) => l.text.length).filter((x) => x < longW * 0.5), 0.7, 10);
  let widths = colRoles.map((r) =>
    r === "title" ? quantile(startLens, 0.7, 8) : UNIT_ROLES.has(r) ? quantile(labelLens, 0.9, 8) : r === "measures" ? longW : narrow,
  );
  let cutsPerRow: number[][] = [];
  const features = rows.map(rowFeatures);
  for (let iter = 0; iter < 3; iter++) {
    cutsPerRow = features.map((f) => splitRow(f, colRoles, widths));
    const used = widths;
    widths = colRoles.map((_, c) => {
      const ls: number[] = [];
      rows.forEach((r, ri) => {
        const cuts = cutsPerRow[ri];
        for (let t = cuts[c]; t < cuts[c + 1] - 1; t++) ls.push(r[t].text.length);
      });
      return ls.length >= 3 ? quantile(ls, 0.8, widths[c]) : widths[c];
    });
    // the same widths would give the same cuts again
    if (widths.every((w, c) => w === used[c])) break;
  }
  const noAt = roles.indexOf("no");
  return rows.map((r, ri) => {
    const cells: Stitched[] = roles.map(() => Stitched.empty());
    let cuts = cutsPerRow[ri];
    let lines = r;
    // a row typed on one line: its sentences apart by spaces are its cells in order, the lines
    // under it (an enumerated progress note) the last cell's
    const own = r.findIndex((l, t) => t > 0 && !sameRowLine.has(l));
    const typed = sameRowLine.has(r[0]) ? (own < 0 ? r.length : own) : 0;
    if (typed && typed <= cols.length) {
      const num = noAt >= 0 ? /^(\d{1,3})\s+/.exec(r[0].text) : null;
      if (num) {
        cells[noAt] = Stitched.of(src, r[0].start, r[0].start + num[1].length);
        lines = [{ ...r[0], start: r[0].start + num[0].length, text: r[0].text.slice(num[0].length) }, ...r.slice(1)];
      }
      // (columns beyond the typed cells are empty but the last, which takes the lines under the row)
      cuts = [...cols.map((_, c) => Math.min(c, typed)), r.length];
    }
    cols.forEach((col, c) => {
      cells[col.i] = joinFragments(src, lines.slice(cuts[c], cuts[c + 1]), col.r);
    });
    return cells;
  });
}

// a cell of a spaced row: a word or figure, never a sentence
const SPACED_CELL = /^[^。；;，,：:]{1,20}$/;

/**
 * Rows of a table a web page gave as plain text: under its header line, a row a line, its cells apart
 * by spaces ("学校名称 实施年度 项目类型 …" / "某市 某区 某小学  2025 维修改造 宿舍 0 51 330 已完工"), no
 * row numbered. A row with more words than the header has columns carries its first cell in several
 * words (a school named with its city and district), as many in every such row; the words every row's first cell opens with
 * (the same city and district) name no row and are left out. A row with fewer words (the copy cut off
 * at the end) keeps its first cell as wide as the others' and its other cells in order.
 */
function spacedRows(src: string, items: Item[], at: number, n: number): { rows: Stitched[][]; end: number } | null {
  const lines: { start: number; words: { at: number; text: string }[] }[] = [];
  let j = at + 1;
  for (; j < items.length; j++) {
    const x = items[j];
    if (x.kind !== "line" || x.line.heading || x.line.numbering) break;
    const words = [...x.line.text.matchAll(/\S+/g)].map((m) => ({ at: m.index!, text: m[0] }));
    if (words.length < Math.max(3, Math.ceil(n / 2)) || words.length > n + 4 || !words.every((w) => SPACED_CELL.test(w.text))) break;
    lines.push({ start: x.line.start, words });
  }
  const full = lines.filter((l) => l.words.length >= n);
  if (full.length < 2 || full.length * 2 < lines.length) return null;
  // how many words the first cell takes: the same in every full row (rows of different lengths are
  // text with spaces in it, or cells of several words anywhere: no such table)
  const keyWidth = full[0].words.length - n + 1;
  if (full.some((l) => l.words.length - n + 1 !== keyWidth)) return null;
  const keyOf = (l: (typeof lines)[number]) => (l.words.length >= n ? l.words.length - n + 1 : Math.min(keyWidth, l.words.length - 1));
  // the words every row's first cell opens with, where each cell has more
  let common = Math.min(...lines.map((l) => keyOf(l) - 1));
  for (let w = 0; w < common; w++) if (!lines.every((l) => l.words[w].text === lines[0].words[w].text)) common = w;
  const cell = (l: (typeof lines)[number], a: number, b: number) => Stitched.of(src, l.start + l.words[a].at, l.start + l.words[b - 1].at + l.words[b - 1].text.length);
  const rows = lines.map((l) => {
    const key = keyOf(l);
    const cells = [cell(l, common, key)];
    for (let w = key; w < l.words.length && cells.length < n; w++) cells.push(cell(l, w, w + 1));
    while (cells.length < n) cells.push(Stitched.empty());
    return cells;
  });
  return { rows, end: j };
}

/** A line with its automatic numbering (a Word list's "1."), which the source text shows just before it. */
function withNumbering(src: string, line: Line): Line {
  if (!line.numbering) return line;
  const start = line.start - line.numbering.length - 1;
  if (start < 0 || src.slice(start, line.start - 1) !== line.numbering) return line;
  return { ...line, start, text: src.slice(start, line.start + line.text.length) };
}

const SPACED_LABEL = /\s+(?=(?:牵头|协办|配合|主办|责任|参与)[^：:\s]{0,6}[：:])/g;

/**
 * Fragments run into one line by a text flow ("综合素质评价 牵头：基教办", "牵头：校外教育 培训监管股"):
 * one line each, as the column held them; a unit list's wrapped lines are told apart later.
 */
function splitAtLabels(line: Line): Line[] {
  if (!/\S\s/.test(line.text)) return [line];
  const pieces: Line[] = [];
  let from = 0;
  SPACED_LABEL.lastIndex = 0;
  for (let m = SPACED_LABEL.exec(line.text); m; m = SPACED_LABEL.exec(line.text)) {
    if (m.index > from) pieces.push({ text: line.text.slice(from, m.index), start: line.start + from });
    from = m.index + m[0].length;
  }
  pieces.push({ text: line.text.slice(from), start: line.start + from });
  const out: Line[] = [];
  for (const p of pieces) {
    const words: { text: string; at: number }[] = [];
    const re = /\S+/g;
    for (let m = re.exec(p.text); m; m = re.exec(p.text)) words.push({ text: m[0], at: m.index });
    // a space between two runs of Chinese text is where a line wrapped; single characters set
    // apart ("负 责 制") are spacing, and a space before a number is the document's own
    let from = 0;
    for (let w = 1; w <= words.length; w++) {
      const wrap =
        w < words.length &&
        (LABEL_START.test(p.text) ||
          (words[w - 1].text.length >= 2 && words[w].text.length >= 2 && CJK_END.test(words[w - 1].text) && CJK_START.test(words[w].text)));
      if (w < words.length && !wrap) continue;
      const a = words[from].at;
      const b = words[w - 1].at + words[w - 1].text.length;
      out.push({ text: p.text.slice(a, b), start: p.start + a });
      from = w;
    }
  }
  return out;
}

const CJK_END = new RegExp(`(?:${HAN}|[，、。；：“”‘’（）《》])$`, "u");
const CJK_START = new RegExp(`^(?:${HAN}|[“‘（《])`, "u");

/** Where the trailing run of `key`'s characters (spaces aside) starts in `text`. */
function cutBeforeTail(text: string, key: string): number {
  let k = key.length;
  let i = text.length;
  while (i > 0 && k > 0) {
    const c = text[i - 1];
    i--;
    if (/\s/.test(c)) continue;
    k--;
  }
  return i;
}

// ---------------------------------------------------------------------------
// A table copied from a web page one cell per line: "序号 / 重点工作任务 / 主要责任单位 /
// 协同配合单位" each on a line, then each row's number on a line and its cells on the lines after.

const MAX_CELL_LINES = 40;


/** The header's lines (a name broken over two lines: both) and roles, when the lines from `at` are column names one per line, 序号 first. */
const CATEGORY_COLUMN = /^(?:类别|类型|分类|领域|板块|大类)$/;

function cellPerLineHeader(items: Item[], at: number): { roles: ColumnRole[]; lines: Line[][] } | null {
  const first = lineAt(items, at);
  if (!first || columnRole(first.text.trim()) !== "no") return null;
  const next: Line[] = [];
  for (let j = at + 1; j < at + 16; j++) {
    const l = lineAt(items, j);
    if (!l) break;
    next.push(l);
  }
  // (a name spaced out for width, "分 管 领导", is one name; prose has longer runs between spaces)
  const isPiece = (t: string) => t.replace(/\s+/g, "").length <= 12 && (t.match(/\s+/g)?.length ?? 0) <= 3;
  const texts = next.map((l) => l.text.trim());
  // (a category column, 类别 / 领域, "教育" printed once over its rows, is a column of its own: never the first half
  // of the next name, "类别" + "项目名称"; it names no role, and no work of a row)
  const isName = (t: string) => columnRole(t) !== null || CATEGORY_COLUMN.test(t.replace(/\s+/g, ""));
  let groups = [[-1], ...columnNameGroups(texts, isName, isPiece).slice(0, 11)];
  // (a header whose cells wrapped, over rows all narrower than it: a name's lines read as two names; a
  // bracketed note wrapped under its name, "(单位)", is no such doubt)
  const wrapped = (g: number[]) => g.filter((k) => k < 0 || !isBracketTail(texts[k])).length > 1;
  if (groups.some(wrapped)) {
    const width = numberedRowsWidth(items, at + 1 + groups.flat().length - 1);
    // (rows as wide as the header's lines or wider: no cell wrapped, and the header ends at its first line that
    // names no column — "主题" over "内容" in a week table is two columns, not "主题内容")
    groups = groups.flat().length <= width ? groups.slice(0, groups.findIndex(wrapped)) : fitColumnNames(groups, texts, width, isName);
  }
  groups = [...groups, ...unnamedColumns(items, at, groups.flat().length - 1, texts, isName, isPiece)];
  const lines: Line[][] = groups.map((g) => g.map((k) => (k < 0 ? first : next[k])));
  if (lines.length < 3) return null;
  const roles = headerRoles(lines.map((g) => g.map((l) => l.text.trim()).join("")));
  if (!roles || roles.filter((r) => r === "no").length !== 1) return null;
  return { roles, lines };
}

/**
 * Column names no role is known for ("分月序时进度", "监督方式") between names that have one, each a line of its own
 * before the first row's number: the header runs on to the line before the "1" where names the roles know go on
 * after them and the numbered rows are exactly as wide, a line a name (`from`: the first line after the names
 * read so far, an index into `texts`, the lines after `at`). The groups of those lines, or none.
 */
function unnamedColumns(items: Item[], at: number, from: number, texts: string[], isName: (s: string) => boolean, isPiece: (s: string) => boolean): number[][] {
  const plain = (t: string) => isPiece(t) && !/[\s，,。；;：:、（()）\d]/.test(t) && t.length >= 2;
  let k = from;
  while (k < texts.length && plain(texts[k])) k++;
  if (k === from || k >= texts.length || !/^1\s*[.．、]?$/.test(texts[k])) return [];
  const added = texts.slice(from, k);
  // (names the roles know after the unknown ones: the header goes on; unknown names only at its end are the first row's cells)
  if (isName(added[0]) || !added.some(isName)) return [];
  if (numberedRowsWidth(items, at + 1 + k) !== from + 1 + added.length) return [];
  return added.map((_, x) => [from + x]);
}

/**
 * The most lines a row holds (its number among them) in the rows numbered 1, 2, 3… one cell a line from `at`, the
 * last row's running to the end of the lines: Infinity when fewer than two rows are found.
 */
function numberedRowsWidth(items: Item[], at: number): number {
  const starts: number[] = [];
  let j = at;
  for (; j < Math.min(items.length, at + 400); j++) {
    const l = lineAt(items, j);
    if (!l || l.heading) break;
    if (l.text.trim().replace(/\s*[.．、]$/, "") === String(starts.length + 1)) starts.push(j);
  }
  if (starts.length < 2 || starts[0] !== at) return Infinity;
  // (the last row runs to the end of the lines: prose after it makes it wide, and the header is left as it is)
  return Math.max(...[...starts.slice(1), j].map((s, x) => s - starts[x]));
}

const UNITISH = /^[^。；;：:]{1,60}$/;
// (a town, a district's own body, a company; a name of three or more characters ending in a place —
// "李家镇", "城关街道", "各有关乡镇（街道）" — a bracketed note after it aside)
const UNIT_ENDING = /(?:[股室办局站心会委组部校院所队处科园馆府司厅]|单位|街道|社区|集团|公司|\S{2}[镇乡村县市区])(?:[（(][^（()）]{1,10}[)）])?$/u;
// a person's name, or a few, spaced out for width as web tables do ("王 伟", "李明、张 华")
const PERSONISH = new RegExp(`^(?:${HAN}|[\\s、，,])(?:${HAN}|[\\s、，,]){1,15}$`, "u");
const DATEISH = /\d{1,2}\s*月|\d{4}\s*年|年底|年内|上半年|下半年|季度|长期|持续|全年|学期/;

const PROGRESS_FIGURE = /^\d{1,3}(?:\.\d+)?\s*[%％]/;

/** A date cell's length: short, or a little longer without a sentence's punctuation. */
const dateCell = (x: string) => {
  const t = x.replace(/\s+/g, "");
  return t.length <= 20 || (t.length <= 40 && !/[。；;，,]/.test(t));
};

/** Cost of putting lines [i, j) of a row into column `col` of `roles` (0 lines: an empty cell). */
function cellCost(roles: ColumnRole[], col: number, lines: string[], i: number, j: number): number {
  const role = roles[col];
  const n = j - i;
  if (n === 0) return role === "title" ? 20 : role === "ignore" ? 0.5 : 1;
  let cost = 0;
  for (let t = i; t < j; t++) {
    const x = lines[t];
    const extra = t > i;
    // (a list of bodies has a body in it: "教务处、各年级组"; a sentence's clauses, "加强…,提升…,按照…要求," — a row cut off
    // mid-sentence — name none)
    const unitLike = UNITISH.test(x) && (UNIT_ENDING.test(x) || (/[、，,]/.test(x) && x.split(/[、，,]/).some((p) => UNIT_ENDING.test(p.trim()))));
    if (role === "leaders" && PERSONISH.test(x) && !UNIT_ENDING.test(x)) cost += extra ? 0.5 : 0;
    // (a body in a leader column is a leader's cell only where no unit column could take it: "羌研会" beside a
    // 责任股室 column is the first of that column's bodies, its leader's cell printed once above)
    else if (role === "leaders" && unitLike && roles.some((r) => r !== "leaders" && UNIT_ROLES.has(r))) cost += 1.5;
    else if (UNIT_ROLES.has(role)) cost += unitLike ? (extra ? 0.5 : 0) : 4;
    // (a sentence that names a span of time, "全年举办…3场次,全年接待…", is no date cell)
    else if (role === "deadline") cost += DATEISH.test(x) && dateCell(x) ? (extra ? 1 : 0) : 4;
    // (a body in a notes column, 备注, is rarer than one more body of the unit column before it)
    else if (role === "ignore" && unitLike && UNIT_ROLES.has(roles[col - 1])) cost += extra ? 2 : 1.5;
    // (a progress figure opening a line, "80%(…滞后)", is a progress column's cell, not more of the work)
    else if ((role === "title" || role === "measures") && extra && PROGRESS_FIGURE.test(x)) cost += 3;
    else if (role === "title") cost += extra ? (ITEM_START.test(x) ? 3 : 2) : 0;
    else if (role === "measures") cost += 0;
    else cost += extra ? 2 : 0.5;
  }
  return cost;
}

/** Splits one row's lines into the columns (in order), cheapest first. */
function assignCells(roles: ColumnRole[], lines: string[]): number[] {
  // (of two equal splits, the later column is the one left empty: trailing cells are the optional ones)
  return cheapestCuts(roles.length, lines.length, (c, i, j) => cellCost(roles, c, lines, i, j) - (i === j ? (c + 1) * 0.01 : 0));
}

function cellPerLineTable(src: string, items: Item[], at: number, order: number): { table: GridTable; end: number } | null {
  const header = cellPerLineHeader(items, at);
  if (!header) return null;
  const { roles } = header;
  const noAt = roles.indexOf("no");
  const others = roles.map((r, c) => ({ r, c })).filter((x) => x.c !== noAt);
  const rows: Stitched[][] = [header.lines.map((g) => Stitched.join(g.map((l) => Stitched.of(src, l.start, l.start + l.text.length))))];
  let j = at + header.lines.flat().length;
  let expected = 1;
  // the rows are numbered upwards; an excerpt of a longer table starts anywhere and skips rows, and
  // then a number is a row's only where the row before it has all its cells (a bare number in the
  // last column, an amount, is that column's)
  let last = 0;
  const rowNo = (l: Line | null): number | null => {
    const m = l ? /^(\d{1,4})\s*[.．、]?$/.exec(l.text.trim()) : null;
    return m ? Number(m[1]) : null;
  };
  const isNo = (l: Line | null, n: number, cellsBefore = others.length) => {
    const x = rowNo(l);
    if (x === null) return false;
    if (x === n) return true;
    return x > last && x <= last + 200 && (last === 0 ? n === 1 : cellsBefore >= others.length);
  };
  // a section row ("一、新建项目") inside the table: a row or another section row follows it
  const isSection = (k: number, n: number, cellsBefore: number, depth = 0): boolean => {
    const l = lineAt(items, k);
    const ln = l ? numbering(l.text.trim()) : null;
    if (!ln || ln.level > 2 || /^\d/.test(l!.text.trim()) || depth > 12) return false;
    return isNo(lineAt(items, k + 1), n, cellsBefore) || isSection(k + 1, n, cellsBefore, depth + 1);
  };
  for (;;) {
    const head = lineAt(items, j);
    if (!head) break;
    if (!isNo(head, expected)) {
      if (isSection(j, expected, others.length)) {
        const st = Stitched.of(src, head.start, head.start + head.text.length);
        rows.push(roles.map(() => st));
        j++;
        continue;
      }
      break;
    }
    // the row's lines run to the next row's number, a section row, or the end of what looks like cells
    const cells: Line[] = [];
    let k = j + 1;
    last = rowNo(head) ?? last;
    expected = last;
    for (; k < items.length && cells.length < MAX_CELL_LINES; k++) {
      const l = lineAt(items, k);
      if (!l || l.heading || isNo(l, expected + 1, cells.length)) break;
      const ln = numbering(l.text.trim());
      if (isSection(k, expected + 1, cells.length)) break;
      // after the last row: the prose resumes with a heading, a note or a long paragraph
      if (cells.length >= others.length && ((ln && ln.level <= 2) || /^(?:注|说明|备注)\s*[：:]/.test(l.text.trim()))) break;
      cells.push(l);
    }
    if (!cells.length) break;
    const cuts = assignCells(others.map((x) => x.r), cells.map((l) => l.text.trim()));
    const row: Stitched[] = roles.map(() => Stitched.empty());
    row[noAt] = Stitched.of(src, head.start, head.start + head.text.length);
    others.forEach((x, c) => {
      const part = cells.slice(cuts[c], cuts[c + 1]).map((l) => Stitched.of(src, l.start, l.start + l.text.length));
      row[x.c] = Stitched.join(part, "\n");
    });
    rows.push(row);
    expected = last + 1;
    j = k;
  }
  if (rows.length < 2 || expected === 1) return null;
  const split = ungluedUnits(rows, roles);
  // (the excerpt's last row cut off mid-sentence at the text's end, "…有关政策要求，": its cells left out are lost, not merged)
  const lastLine = lineAt(items, j - 1)?.text.trim() ?? "";
  const cut = j >= items.length && rows.length > 2 && /[，,、：:]$/.test(lastLine);
  return { table: { rows: split, order, flattened: true, merged: mergedDown(split, roles, cut) }, end: j };
}

/**
 * A unit cell whose line glues bodies the same column names one a line elsewhere ("水利股灌溉站" under a row
 * of "水利股" / "灌溉站"): the copy lost the line break between them, and each is a body of its own.
 */
export function ungluedUnits(rows: Stitched[][], roles: ColumnRole[]): Stitched[][] {
  const cols = roles.flatMap((r, k) => (UNIT_ROLES.has(r) && r !== "leaders" ? [k] : []));
  let out = rows;
  for (const k of cols) {
    const known = new Set<string>();
    for (const row of rows.slice(1)) for (const l of row[k].text.split("\n")) if (l.trim().length >= 2) known.add(l.trim());
    const pieces = (t: string): number[] | null => {
      // (the ends of the known bodies the line is made of, shortest first; none where it is not made of them)
      if (!t) return [];
      for (let e = 2; e <= t.length; e++) {
        if (!known.has(t.slice(0, e))) continue;
        const rest = pieces(t.slice(e));
        if (rest) return [e, ...rest.map((x) => x + e)];
      }
      return null;
    };
    out = out.map((row, r) => {
      const cell = row[k];
      const t = cell.text.trim();
      if (r === 0 || !t || t.length > 40 || t.includes("\n") || /\s/.test(t)) return row;
      const ends = pieces(t);
      if (!ends || ends.length < 2) return row;
      const c = cell.trim();
      const parts = ends.map((e, x) => c.slice(x ? ends[x - 1] : 0, e));
      return row.map((x, i) => (i === k ? Stitched.join(parts, "\n") : x));
    });
  }
  return out;
}

// the columns every row has a value in — its deadline, its leader, the body that does it: the lead column, else
// the 责任单位 (not the bodies that help, 协办 / 配合 or a 责任单位 beside a lead column, which a row may have none of)
const carriedRoles = (roles: ColumnRole[]) => new Set<ColumnRole>(["deadline", "leaders", roles.includes("lead") ? "lead" : "responsible"]);

/**
 * A table copied one cell a line prints a merged cell once, on the first row it covers ("12月底前" and its
 * leader on row 1 only, for rows 1–9): an empty cell of a column every row has a value in is the value above it,
 * back to the header or a section row. The form shows it where a row leaves out two such columns at once and is
 * two lines or more short of the header's width; a table whose rows lack one cell here and there (an empty cell
 * printed as one, an excerpt cut inside its last row) is read as it is (undefined).
 */
export function mergedDown(all: Stitched[][], roles: ColumnRole[], cutLast = false): (Stitched | null)[][] | undefined {
  // (a last row cut off by the excerpt neither tells of merged cells nor takes any)
  const rows = cutLast ? all.slice(0, -1) : all;
  const merged = mergedDownOf(rows, roles);
  return merged && cutLast ? [...merged, roles.map(() => null)] : merged;
}

function mergedDownOf(rows: Stitched[][], roles: ColumnRole[]): (Stitched | null)[][] | undefined {
  const carried = carriedRoles(roles);
  const cols = roles.flatMap((r, k) => (carried.has(r) ? [k] : []));
  const isSection = (row: Stitched[]) => row.length > 1 && row.every((c) => c === row[0]);
  const lineCount = (row: Stitched[]) => row.reduce((n, c) => n + (c.text.trim() ? c.text.trim().split("\n").length : 0), 0);
  const gaps = rows.slice(1).some((row) => !isSection(row) && cols.filter((k) => !row[k].text.trim()).length >= 2 && lineCount(row) <= roles.length - 2);
  // (only the unit column merged: two rows or more in a row leave out its cell alone, each a line short, under a row that has it)
  const unitAt = roles.indexOf(roles.includes("lead") ? "lead" : "responsible");
  const unitGap = (r: number) => r > 0 && !isSection(rows[r]) && !rows[r][unitAt].text.trim() && lineCount(rows[r]) <= roles.length - 1 && cols.every((k) => k === unitAt || rows[r][k].text.trim());
  const unitRuns = unitAt >= 0 && rows.some((row, r) => r > 1 && unitGap(r) && unitGap(r + 1 < rows.length ? r + 1 : -1) && !unitGap(r - 1) && rows[r - 1][unitAt].text.trim() && !isSection(rows[r - 1]));
  if (!gaps && !unitRuns) return undefined;
  const above: (Stitched | null)[] = roles.map(() => null);
  return rows.map((row, r) => {
    if (r === 0 || isSection(row)) {
      above.fill(null);
      return row.map(() => null);
    }
    return row.map((c, k) => {
      if (!carried.has(roles[k])) return null;
      if (c.text.trim()) {
        above[k] = c;
        return null;
      }
      return above[k];
    });
  });
}

// ---------------------------------------------------------------------------
// A table copied one cell per line with no number column ("任务 / 完成时间 / 负责单位 / 负责人", then
// each row's cells one a line, a merged cell left out of the rows it covered): rows and columns are
// found together by what each line looks like — a sentence of work, a date, a body, a person.

type LineKind = "date" | "unit" | "person" | "short" | "text";

// a post or a group of people that answers for a row ("代表团团长", "各分会主席", "班主任")
const POST = /^(?:各|相关)?[\u4e00-\u9fff]{0,6}(?:团长|组长|主席|主任|老师|书记|负责人|班主任|教师|校长|园长)$/;

const WEEKDAY_COLUMN = /^(?:星期|周[一二三四五六日]?)$/;

// the hours of a date's row on a line of their own ("上午9:00-11:00 下午2:00-4:00"): no cell's work
const CLOCK_TIMES = /^(?:(?:上午|下午|晚上|早上|中午)?\d{1,2}[:：]\d{2}(?:[-—–~～至]+\d{1,2}[:：]\d{2})?[?？,，;；]*)+$/;

const HAN_NAME = new RegExp(`^${HAN}{2,4}$`, "u");

function lineKind(text: string): LineKind {
  const t = text.replace(/\s+/g, "");
  if (t.length <= 20 && (DATEISH.test(t) || /期间$/.test(t))) return "date";
  if (t.length <= 24 && UNITISH.test(t) && (UNIT_ENDING.test(t) || /(?:食堂|学校|小学|中学|幼儿园)$/.test(t)) && !/[。；;]$/.test(t)) return "unit";
  const names = t.split(/[、，,]/);
  if (POST.test(t) || (names.length > 1 && names.every((n) => HAN_NAME.test(n)))) return "person";
  if (/^[\u4e00-\u9fff]{2,4}$/.test(t)) return "person";
  return t.length < 7 && !/[。；;]$/.test(t) ? "short" : "text";
}

function kindCost(role: ColumnRole, kind: LineKind, extra: boolean, afterSentence: boolean): number {
  if (role === "title" || role === "measures") {
    if (kind === "text") return extra ? (afterSentence ? 5 : 1.5) : 0;
    return kind === "short" ? 2 : kind === "person" ? 3 : 4;
  }
  if (role === "deadline") return kind === "date" ? (extra ? 1 : 0) : kind === "short" ? 3 : 5;
  if (role === "leaders") return kind === "person" ? (extra ? 0.5 : 0) : kind === "short" ? 1 : kind === "unit" ? 2 : 5;
  if (UNIT_ROLES.has(role)) return kind === "unit" ? (extra ? 0.5 : 0) : kind === "short" ? 1.5 : kind === "person" ? 2.5 : 5;
  return kind === "text" || kind === "short" ? (extra ? 1 : 0.5) : 1.5;
}

function unnumberedCellTable(src: string, items: Item[], at: number, order: number): { table: GridTable; end: number } | null {
  const names: Line[] = [];
  for (let j = at; j < at + 10; j++) {
    const l = lineAt(items, j);
    const t = l?.text.trim() ?? "";
    // (a column name holds no figure: "3月份" is a cell)
    if (!l || l.heading || t.replace(/\s+/g, "").length > 8 || (t.match(/\s+/g)?.length ?? 0) > 3 || /\d/.test(t) || !columnRole(t)) break;
    names.push(l);
  }
  if (names.length < 3) return null;
  // (the names run on from a line above that is a column name too: a header of two rows, not this form)
  const above = lineAt(items, at - 1)?.text.trim() ?? "";
  if (above && above.replace(/\s+/g, "").length <= 8 && columnRole(above)) return null;
  const roles = headerRoles(names.map((l) => l.text.trim()));
  // (one role twice, "月份工作安排 / 时间", is no header of this form: a caption over a month list)
  const named = names.map((l) => columnRole(foldHan(l.text.trim()))).filter((r) => r !== "ignore");
  // (rows may open on their date cell where a unit column follows, "日期 / 内容 / 相关单位"; a date's
  // rows naming people only, "时间 / 内容 / 责任人", are datedLines.ts's, and a weekday grid, "星期 /
  // 工作安排 / 记载", is no such table)
  const dateFirst = roles?.[0] === "deadline" && !(roles.some((r) => r === "lead" || r === "co" || r === "responsible") && !WEEKDAY_COLUMN.test(foldHan(names[0].text).replace(/\s+/g, "")));
  if (!roles || roles.includes("no") || dateFirst || new Set(named).size < named.length) return null;
  const textAt = roles.findIndex((r) => r === "title" || r === "measures");
  if (textAt < 0 || !roles.some((r) => r === "deadline" || UNIT_ROLES.has(r))) return null;
  const taken: Line[] = [];
  for (let k = at + names.length; k < items.length && taken.length < 400; k++) {
    const l = lineAt(items, k);
    const t = l?.text.trim() ?? "";
    if (!l || l.heading || !t || t.length > 120) break;
    const n = numbering(t);
    if (n && n.level <= 2 && !/^\d/.test(t)) break;
    taken.push(l);
  }
  const body = taken.filter((l) => !CLOCK_TIMES.test(l.text.replace(/\s+/g, "")));
  if (body.length < 2 * Math.min(names.length, 3)) return null;
  const m = roles.length;
  const kinds = body.map((l) => lineKind(l.text));
  const empty = (c: number) => (c === textAt ? 20 : 0.5);
  const emptyRun = (a: number, b: number) => {
    let s = 0;
    for (let c = a; c < b; c++) s += empty(c);
    return s;
  };
  // best[i][c]: the cheapest reading of lines 0..i with line i in column c; row[i][c]: whether it opened a row
  const best = body.map(() => new Array<number>(m).fill(Infinity));
  const back = body.map(() => new Array<number>(m).fill(-1));
  const opens = body.map(() => new Array<boolean>(m).fill(false));
  for (let c = 0; c < m; c++) {
    best[0][c] = emptyRun(0, c) + kindCost(roles[c], kinds[0], false, false);
    opens[0][c] = true;
  }
  for (let i = 1; i < body.length; i++) {
    const afterSentence = /[。；;!！]$/.test(body[i - 1].text.trim());
    for (let c = 0; c < m; c++)
      for (let p = 0; p < m; p++) {
        if (best[i - 1][p] === Infinity) continue;
        const first = kindCost(roles[c], kinds[i], false, false);
        const options: [number, boolean][] = [[1 + emptyRun(p + 1, m) + emptyRun(0, c) + first, true]];
        if (c === p) options.push([kindCost(roles[c], kinds[i], true, afterSentence), false]);
        if (c > p) options.push([emptyRun(p + 1, c) + first, false]);
        for (const [cost, open] of options) {
          const v = best[i - 1][p] + cost;
          if (v < best[i][c]) {
            best[i][c] = v;
            back[i][c] = p;
            opens[i][c] = open;
          }
        }
      }
  }
  let c = 0;
  const last = body.length - 1;
  for (let k = 1; k < m; k++) if (best[last][k] + emptyRun(k + 1, m) < best[last][c] + emptyRun(c + 1, m)) c = k;
  const total = best[last][c] + emptyRun(c + 1, m);
  const cols = new Array<number>(body.length);
  const starts = new Array<boolean>(body.length);
  for (let i = last; i >= 0; i--) {
    cols[i] = c;
    starts[i] = opens[i][c];
    c = back[i][c];
  }
  const grid: Line[][][] = [];
  body.forEach((l, i) => {
    if (starts[i]) grid.push(roles.map(() => []));
    grid[grid.length - 1][cols[i]].push(l);
  });
  // (prose read as a table costs a row per line, or lines in columns they do not fit)
  if (grid.length < 2 || total > body.length * 1.2 || grid.filter((r) => r.some((cell, k) => k !== textAt && cell.length)).length * 2 < grid.length) return null;
  const stitch = (ls: Line[]) => Stitched.join(ls.map((l) => Stitched.of(src, l.start, l.start + l.text.length)), "\n");
  const rows = [names.map((l) => stitch([l])), ...grid.map((r) => r.map((cell) => (cell.length ? stitch(cell) : Stitched.empty())))];
  return { table: { rows, order, flattened: true }, end: at + names.length + taken.length };
}

const FIELD_NAME = /^[\u4e00-\u9fff]{2,8}$/;
// a table header's row of units ("平方米 万元 万元 %") and its row numbering the columns ("01 02 03 04")
const HEADER_UNITS_ROW = /^(?:(?:万元|亿元|元|平方米|㎡|m²|米|公里|亩|个|所|人|人次|%|％)\s+){2,}(?:万元|亿元|元|平方米|㎡|m²|米|公里|亩|个|所|人|人次|%|％)$/;
const UNIT_COLUMN_NAME = /^[\u4e00-\u9fff]{1,6}[（(](?:万元|亿元|元|人|个|所|%|％|平方米|㎡|m²)[)）]$/;
const COLUMN_NUMBERS_ROW = /^0?1\s+0?2\s+0?3(?:\s+\d{1,2})*$/;

/**
 * A record laid out as a column name on a line of its own and its cell under it, name after name
 * ("任务安排" / the task / "落实情况" / the progress), as a web page shows a one-row table: the
 * task's name comes first, and a cell is a few lines of unnumbered text.
 */
function fieldRecord(src: string, items: Item[], at: number, order: number): { table: GridTable; end: number } | null {
  const first = lineAt(items, at);
  // (a line Word numbers itself, "一、主要任务", is an item as a typed "一、" is: no column name)
  if (!first || first.heading || first.numbering || !FIELD_NAME.test(first.text.trim()) || columnRole(first.text.trim()) !== "title") return null;
  const header: Stitched[] = [];
  const row: Stitched[] = [];
  let j = at;
  for (;;) {
    const name = lineAt(items, j);
    const t = name?.text.trim() ?? "";
    if (!name || name.heading || name.numbering || !FIELD_NAME.test(t) || !columnRole(t)) break;
    const cell: Line[] = [];
    let k = j + 1;
    for (; k < items.length && cell.length < 6; k++) {
      const l = lineAt(items, k);
      const lt = l?.text.trim() ?? "";
      // (nor runs into the header line of a table below it, its column names apart by spaces)
      if (!l || l.heading || (FIELD_NAME.test(lt) && columnRole(lt)) || l.numbering || numbering(lt) || isHeaderLine(lt)) break;
      cell.push(l);
    }
    if (!cell.length) break;
    header.push(Stitched.of(src, name.start, name.start + name.text.length));
    row.push(Stitched.join(cell.map((l) => Stitched.of(src, l.start, l.start + l.text.length)), "\n"));
    j = k;
  }
  if (header.length < 2) return null;
  // (a units row, "平方米 万元 万元", or a row numbering the columns, "01 02 03 04", under the names:
  // the header of a table in several rows, no record)
  // (nor is a cell that is a column name with its unit, "单价(元)", "总计(元)": the names of a table one a line)
  if (row.some((c) => c.text.split("\n").some((l) => HEADER_UNITS_ROW.test(l.trim()) || COLUMN_NUMBERS_ROW.test(l.trim()) || UNIT_COLUMN_NAME.test(l.trim())))) return null;
  const roles = header.map((h) => columnRole(h.text));
  // the first cell is the task; what follows says how it is done or how far it has come
  if (roles.slice(1).some((r) => r === "title" || r === "no")) return null;
  // (a bodies' column whose cell is bodies each over its duties, "区教育局" / "负责…。" twice or more, is the
  // first rows of a duty table one cell a line — dutyCandidates' bodyLinesCandidate reads them —, no record's cell)
  if (roles.some((r, k) => r && r !== "leaders" && UNIT_ROLES.has(r) && bodiesOverDuties(row[k].text.split("\n")))) return null;
  return { table: { rows: [header, row], order, flattened: true }, end: j };
}

/** Whether lines hold two bodies or more each named alone on a line over a line of its duties (no body's name). */
function bodiesOverDuties(lines: string[]): boolean {
  let n = 0;
  for (let i = 0; i + 1 < lines.length; i++) if (bodyLine(lines[i]) && !bodyLine(lines[i + 1]) && /[\u4e00-\u9fff]{6}/u.test(lines[i + 1])) (n++, i++);
  return n >= 2;
}

/** Finds header lines of flattened tables and replaces the fragments after them with a table item. */
export const rebuildFlattenedTables: Stage = (doc) => {
  const items = doc.items;
  const out: Item[] = [];
  let i = 0;
  while (i < items.length) {
    const it = items[i];
    const perLine = it.kind === "line" ? (cellPerLineTable(doc.text, items, i, out.length) ?? unnumberedCellTable(doc.text, items, i, out.length) ?? fieldRecord(doc.text, items, i, out.length) ?? serialRowTable(doc.text, items, i, out.length) ?? bilingualCellTable(doc.text, items, i, out.length)) : null;
    if (perLine) {
      out.push({ kind: "table", table: perLine.table });
      i = perLine.end;
      continue;
    }
    const roles = it.kind === "line" && !it.line.heading ? isHeaderLine(it.line.text) : null;
    if (!roles || it.kind !== "line") {
      out.push(it);
      i++;
      continue;
    }
    const headerText = it.line.text;
    const headerKey = headerText.replace(/\s+/g, "");
    const headerTail = " " + headerText.trim().replace(/\s+/g, " ");
    const frag: Line[] = [];
    let j = i + 1;
    for (; j < items.length; j++) {
      const x = items[j];
      if (x.kind !== "line") break;
      let line = withNumbering(doc.text, x.line);
      const t = line.text.trim();
      if (t.length >= headerKey.length && t.replace(/\s+/g, "") === headerKey) continue; // repeated header
      // the header repeated on the next page, run into the line before it (a converted PDF's text flow)
      const flat = t.replace(/\s+/g, " ");
      if (flat.length > headerTail.length && flat.endsWith(headerTail)) {
        const cut = cutBeforeTail(line.text, headerKey);
        line = { ...line, text: line.text.slice(0, cut).trimEnd() };
      }
      if (/^\d{1,3}$/.test(t) || /^[-—\s]*\d{1,3}[-—\s]*$/.test(t) || /^第\s*\d+\s*页/.test(t)) continue; // page numbers
      const n = numbering(t);
      if (n && n.level <= 2 && !/^\d/.test(t)) break; // the prose resumes
      if (/^附件\s*\d*\s*[:：]?$/.test(t)) break;
      frag.push(...(EXCERPT_ROW.test(line.text) ? splitRowLine(line) : splitAtLabels(line)));
    }
    let rows = rebuildFlattened(doc.text, frag, roles);
    if (rows.length < 2) {
      const spaced = spacedRows(doc.text, items, i, roles.length);
      if (spaced) {
        rows = spaced.rows;
        j = spaced.end;
      }
    }
    if (rows.length < 2) {
      out.push(it);
      i++;
      continue;
    }
    const tokens = headerText.split(/\s+/);
    let off = 0;
    const header = tokens.map((tk) => {
      const at = headerText.indexOf(tk, off);
      off = at + tk.length;
      return Stitched.of(doc.text, it.line.start + at, it.line.start + at + tk.length);
    });
    out.push({ kind: "table", table: { rows: [header, ...rows], order: out.length, flattened: true } });
    i = j;
  }
  return { ...doc, items: out };
};

// ---------------------------------------------------------------------------
// Tables → tasks

function cleanCellText(s: string): string {
  return s.replace(/\s+/g, "");
}

/** Whether the (non-empty list of) cells all hold one text, whitespace aside: stops at the first that differs. */
function oneText(cells: Stitched[]): boolean {
  const first = cleanCellText(cells[0].text);
  for (let i = 1; i < cells.length; i++) if (cleanCellText(cells[i].text) !== first) return false;
  return true;
}

const CHOICE_MARKS = /^[■□☑☐☒√✓✔]/;

export function tasksFromTable(table: GridTable, sectionHint: ExtractedSection | null, planYear: number | null = null): RawTask[] {
  let roles: ColumnRole[] | null = null;
  let headers: string[] = [];
  let headerKey = "";
  let lastHeader = -2;
  const tasks: RawTask[] = [];
  let section = sectionHint;
  let rowNo = 0;
  let lastKey: Stitched | null = null;
  const calendar = { year: planYear, month: 0 };
  let weekOf: ReturnType<typeof calendarWeeks> = null;
  let listRows = 0;
  // (each row one numbered item under a category merged over its rows: itemsUnderCategories)
  let itemRows = false;
  for (const [ri, own] of table.rows.entries()) {
    const carried = table.merged?.[ri];
    // header rows are read with their merged cells filled in ("责任单位" spanning two columns)
    const texts = own.map((c, i) => c.text || carried?.[i]?.text || "");
    const maybe = headerRoles(texts);
    if (maybe && (!roles || texts.map(cleanCellText).join("|") === headerKey || !tasks.length)) {
      // a two-level header: the lower row names the columns; the upper row is the fallback
      if (roles && lastHeader === ri - 1 && !tasks.length) {
        const lower = underSpan(headers, texts);
        const lowerRoles = lower === texts ? maybe : lower.map((t) => columnRole(t) ?? "ignore");
        roles = lower.map((t, i) => (columnRole(t) ? lowerRoles[i] : roles![i]));
        headers = lower.map((t, i) => (columnRole(t) ? t : headers[i]));
      } else {
        roles = maybe;
        headers = texts;
      }
      roles = yearlyInvestment(roles, headers);
      const underCategories = itemsUnderCategories(table, ri, roles);
      itemRows = underCategories !== roles;
      roles = underCategories;
      weekOf = calendarWeeks(headers, planYear);
      headerKey = texts.map(cleanCellText).join("|");
      lastHeader = ri;
      continue;
    }
    if (roles && lastHeader === ri - 1 && !tasks.length && isSubHeader(texts)) {
      // "牵头单位 | 配合单位" under a "责任单位" spanning both, other headers not repeated
      roles = texts.map((t, i) => (t.trim() ? (columnRole(t) ?? roles![i]) : roles![i]));
      headers = texts.map((t, i) => (t.trim() && columnRole(t) ? t : headers[i]));
      roles = yearlyInvestment(roles, headers);
      lastHeader = ri;
      continue;
    }
    if (!roles) {
      tasks.push(...labelledItems(own));
      continue;
    }
    let row = own;
    const week = weekOf?.(own);
    const nonEmpty = row.filter((c) => c.text.trim());
    if (!nonEmpty.length) continue;
    // a pipe table's rule line a converter kept as a row of dashes ("— | — | — | —"): no row
    if (nonEmpty.every((c) => /^[-—–─―:：\s]+$/.test(c.text))) continue;
    // a row with one distinct text across all cells is a section heading inside the table
    if (row.length > 2 && nonEmpty.length !== 2 && oneText(nonEmpty)) {
      const t = nonEmpty[0].text.trim();
      const n = numbering(t);
      if (n && n.level <= 2) {
        section = { no: n.no, title: t.slice(n.length).trim(), span: nonEmpty[0].span() };
        continue;
      }
    }
    // a numbered category in a column of its own ("四、教育文化" merged down over its rows) is the
    // section of its row and of the rows it covers
    const textCol = roles.findIndex((r) => r === "title" || r === "measures");
    for (let i = 0; i < textCol; i++) {
      const t = roles[i] === "ignore" ? row[i].text.trim() : "";
      const n = t ? numbering(t) : null;
      if (n && n.level <= 2 && !/^\d/.test(t) && t.length - n.length <= 20) section = { no: n.no, title: t.slice(n.length).trim(), span: row[i].trim().span() };
    }
    // "具體作法(請條列) | 1.1…(1)…(2)…": a row of a field's name and its text under a task's rows, in a table
    // with no column of that name, gives the task above that field (its measures), no task of its own
    const fieldRole = nonEmpty.length === 2 && row.length >= 4 && row[0] === nonEmpty[0] ? columnRole(foldHan(row[0].text.trim())) : null;
    if (fieldRole === "measures" && !roles.includes("measures") && tasks.length) {
      appendRow(tasks[tasks.length - 1], [nonEmpty[1]], ["measures"]);
      continue;
    }
    const cell = (role: ColumnRole) => row.filter((_, i) => roles![i] === role);
    const noCell = cell("no")[0];
    let titleCell = levelTitle(row, roles, headers) ?? cell("title")[0] ?? targetAsName(row, roles) ?? cell("measures")[0];
    tasks.push(...groupItems(own, roles, headers, section));
    // "| 一 | 新建项目（4个） | | |": a Chinese numeral in the number column, a name and nothing else
    // is a category of the rows below it
    const sectionNo = /^[（(]?([一二三四五六七八九十]{1,3})[）)]?[、.．]?$/.exec(noCell?.text.trim() ?? "");
    if (sectionNo && titleCell?.text.trim() && nonEmpty.length === 2) {
      section = { no: sectionNo[1], title: titleCell.text.trim(), span: titleCell.trim().span() };
      continue;
    }
    const ownWork = workUnderMergedName(row, carried, roles, headers);
    if (ownWork) titleCell = ownWork;
    const byMeasures = !!titleCell && titleCell === cell("measures")[0];
    if (!titleCell || !titleCell.text.trim()) {
      // a continuation row of the task above (a table that goes on across a page)
      const prev = tasks[tasks.length - 1];
      // a row under a task name merged down over it (not a cell broken by a page): one more measure
      const titleAt = roles.findIndex((r) => r === "title");
      const underMerged = titleAt >= 0 && !!carried?.[titleAt]?.text.trim();
      if (prev && !noCell?.text.trim()) appendRow(prev, row, roles, false, underMerged);
      // a row without a task name is never a task of its own
      continue;
    }
    // a row that only marks days off or observances (a calendar's "国庆放假", "教师节") is no task
    if (observancesOnly(titleCell.text)) continue;
    // a note under the table ("说明：各牵头单位每月25日前…", "注：…") is no task, even in the task column
    if (!noCell?.text.trim() && /^\s*(?:说明|备注|注|填表说明|附注)\s*\d*\s*[：:]/.test(nonEmpty[0].text)) continue;
    // a unit or time cell merged down over several tasks applies to each of them
    if (carried) row = row.map((c, i) => (!c.text.trim() && carried[i] && (UNIT_ROLES.has(roles![i]) || roles![i] === "deadline") ? carried[i]! : c));
    // a schedule's date column left of the task text groups the rows: an empty date cell is the
    // date above it (a merged cell whose merge was lost in copying)
    const keyAt = roles.findIndex((r) => r === "deadline");
    const textAt = roles.findIndex((r) => r === "title" || r === "measures");
    if (keyAt >= 0 && keyAt < textAt) {
      if (row[keyAt].text.trim()) lastKey = row[keyAt];
      else if (lastKey) row = row.map((c, i) => (i === keyAt ? lastKey! : c));
    }
    let no = noCell?.text.replace(/\s+/g, "") ?? "";
    titleCell = titleCell.trim();
    const listCell = titleCell;
    const n = numbering(titleCell.text);
    if (n && n.level >= 3 && cell("title").length) {
      if (!no) no = n.no;
      titleCell = titleCell.slice(n.length).trim();
    }
    if (!no) no = String(++rowNo);
    else if (/^\d+$/.test(no)) rowNo = Number(no);
    // (a cell that copies a report's paragraph of work whole is named by its lead phrase)
    const nameEnd = longCellNameEnd(titleCell.text);
    const task: RawTask = {
      no,
      section,
      // (an item's sentences are named as a numbered paragraph's are: by its leading clauses)
      title: itemRows ? titleOf({ st: titleCell }, null).st : nameEnd ? titleCell.slice(0, nameEnd) : titleCell,
      titleConfidence: table.glued ? 0.4 : table.headerless ? 0.6 : table.flattened ? 0.8 : 0.9,
      body: Stitched.join(row.filter((c) => c.text.trim()), "\n"),
      unitCells: [],
      measureItems: [],
      factText: Stitched.empty(),
      confidence: table.glued ? 0.4 : table.headerless ? 0.6 : table.flattened ? 0.8 : 0.9,
    };
    appendRow(task, row, roles, true);
    const amounts = row.flatMap((c, i) => (roles![i] === "investment" ? amountTarget(c, headers[i]) : []));
    if (amounts.length) task.cellTargets = amounts;
    // a schedule's row (a week, a date left of the work) whose one text cell lists several numbered
    // items: each item is a task of its own, done by the row's date (a division table's 完成时限 right
    // of its 工作内容 leaves a row's items its measures)
    const dateAt = roles.indexOf("deadline");
    const scheduled = dateAt >= 0 ? cellDate(row[dateAt], calendar) : undefined;
    const items = dateAt >= 0 && dateAt < textAt && !table.flattened ? scheduleItems(listCell) : [];
    // (one item where the rows above were lists: a cut or short week)
    if (items.length >= 2 || (items.length === 1 && listRows > 0)) {
      listRows++;
      const others = row.filter((c, i) => c.text.trim() && i !== row.indexOf(cell("measures")[0]));
      for (const it of items) {
        const t: RawTask = { ...task, no: it.no, title: it.title, body: Stitched.join([it.item, ...others], "\n"), measureItems: it.measures, factText: Stitched.join([it.item, ...(dateAt >= 0 ? [row[dateAt]] : [])], "\n") };
        if (scheduled) t.scheduled = scheduled;
        tasks.push(t);
      }
      continue;
    }
    // (a row titled by its measures' cell that is a numbered list, a duty roster's 职掌, no schedule's items: its first item names it)
    if (byMeasures) task.title = firstListedItem(titleCell) ?? task.title;
    if (scheduled) task.scheduled = scheduled;
    // (a span's row whose work lists several pieces by semicolons, "期末质量分析会；资料归档；学期总结", is named by them
    // all, as the golds keep such a cell whole: the span dates the row, none of its pieces is a task of its own; xtitles)
    if (week?.length) {
      task.week = week;
      task.title = firstEvent(titleCell);
    }
    tasks.push(task);
  }
  return tasks;
}

// a work cell opened by its item's number ("1、…", "2.…"; not a decimal "1.5")
const ITEM_CELL = /^\s*(\d{1,2})\s*(?:[.．](?!\d)|、)/;
// a second item's number inside a cell (the cell lists several)
const SECOND_ITEM = /(?:^|\n|[。；;]\s*)\s*2\s*(?:[.．](?!\d)|、)/;

/**
 * The roles of a table whose header, at row `at`, names a category column before its measures
 * ("周工作要点 | 具体内容 | 责任人 | 备注") where each row's measures' cell is one numbered item — numbered
 * 1, 2, 3 under a category merged down over its rows, from 1 again under the next — and the rows name their
 * own doers: each row is a task of its own, named by its item (the measures' column the title, the
 * category's ignored); the roles as they are for any other table.
 */
function itemsUnderCategories(table: GridTable, at: number, roles: ColumnRole[]): ColumnRole[] {
  const t = roles.indexOf("title");
  const m = roles.indexOf("measures");
  if (t < 0 || m <= t || roles.includes("no") || roles.filter((r) => r === "title").length > 1) return roles;
  const units = roles.flatMap((r, k) => (UNIT_ROLES.has(r) ? [k] : []));
  if (!units.length) return roles;
  const rows = table.rows.slice(at + 1).filter((r) => r.some((c) => c.text.trim()));
  if (rows.length < 2) return roles;
  let no = 0;
  let covered = 0;
  for (const row of rows) {
    const work = row[m]?.text ?? "";
    const item = ITEM_CELL.exec(work);
    if (!item || SECOND_ITEM.test(work.slice(item[0].length))) return roles;
    const category = row[t]?.text.trim() ?? "";
    if (category.length > 12 || /[。，,；;：:]/.test(category)) return roles;
    const n = Number(item[1]);
    if (category) {
      if (n !== 1 && n !== no + 1) return roles;
    } else {
      covered++;
      if (n !== no + 1) return roles;
    }
    no = n;
  }
  if (!covered || !rows.some((r) => units.some((k) => r[k]?.text.trim()))) return roles;
  return roles.map((r, k) => (k === t ? "ignore" : k === m ? "title" : r));
}

/**
 * A row numbered of its own under a task name merged down over it ("2 | (merged 工作任务) | 扎实做好… | 疾控处"),
 * whose next column is work the header gives no role ("细化分工", "具体分工"): that work names the row's task,
 * and the merged name is the category it falls under, never part of its title. (Where the next column holds
 * the measures, "具体措施", the merged name is the task and the row one more measure of it: null.)
 */
export function workUnderMergedName(row: Stitched[], carried: (Stitched | null)[] | undefined, roles: ColumnRole[], headers: string[]): Stitched | null {
  const titleAt = roles.indexOf("title");
  const noAt = roles.indexOf("no");
  if (titleAt < 0 || noAt < 0 || !carried?.[titleAt]?.text.trim() || row[titleAt]?.text.trim() || !row[noAt]?.text.trim()) return null;
  const k = titleAt + 1;
  if (roles[k] !== "ignore" || columnRole(foldHan(headers[k] ?? "")) !== null) return null;
  const work = row[k]?.trim();
  return work && work.text.length >= 4 ? work : null;
}

/**
 * A grouping column left of the task column, its name no column role ("月活动" beside the weeks of a
 * month), whose cell merged over its rows lists numbered items one a line: each item is a task of
 * its own (the group's, undated: the rows' dates are the rows').
 */
function groupItems(own: Stitched[], roles: ColumnRole[], headers: string[], section: ExtractedSection | null): RawTask[] {
  const textAt = roles.findIndex((r) => r === "title" || r === "measures");
  const out: RawTask[] = [];
  for (let i = 0; i < textAt; i++) {
    const c = own[i];
    if (roles[i] !== "ignore" || columnRole(foldHan(headers[i] ?? "")) !== null || !c?.text.trim()) continue;
    const starts: { at: number; body: number; no: string }[] = [];
    const re = /(^|\n)\s*(\d{1,2})\s*[、.．](?!\d)\s*/g;
    for (let m = re.exec(c.text); m; m = re.exec(c.text)) {
      if (starts.length && Number(m[2]) !== Number(starts[starts.length - 1].no) + 1) continue;
      starts.push({ at: m.index + m[1].length, body: m.index + m[0].length, no: m[2] });
    }
    if (starts.length < 2 || c.text.slice(0, starts[0].at).trim()) continue;
    starts.forEach((st, k) => {
      const item = c.slice(st.body, k + 1 < starts.length ? starts[k + 1].at : c.text.length).trim();
      if (!item.text) return;
      out.push({ no: st.no, section, title: item, titleConfidence: 0.7, body: item, unitCells: [], measureItems: [], factText: Stitched.empty(), confidence: 0.7 });
    });
  }
  return out;
}

/** A calendar week's notes name their events one a sentence: the first that is not a day off names the week's task. */
function firstEvent(notes: Stitched): Stitched {
  const re = /[^；;。]+/g;
  for (let m = re.exec(notes.text); m; m = re.exec(notes.text)) {
    if (m[0].trim() && !observancesOnly(m[0])) return notes.slice(m.index, m.index + m[0].length).trim();
  }
  return notes;
}

/**
 * Numbered items run together in one cell ("1. 开学准备: - …; - …; 2. 会议部署: …") or one a line:
 * in sequence from 1, at the cell's start, a line's start or after a clause ends. An item's title
 * is its head before a colon (or its first clause); its "- " bullets are its measures.
 */
function scheduleItems(cell: Stitched): { no: string; item: Stitched; title: Stitched; measures: Stitched[] }[] {
  const t = cell.text;
  const starts: { at: number; body: number; no: number }[] = [];
  const re = /(^|\n|[。；;]\s*)\s*(\d{1,2})\s*(?:[.．](?!\d)|、)\s*/g;
  for (let m = re.exec(t); m; m = re.exec(t)) {
    if (Number(m[2]) !== starts.length + 1) continue;
    starts.push({ at: m.index + m[1].length, body: m.index + m[0].length, no: Number(m[2]) });
  }
  if (!starts.length || (starts.length < 2 && cell.text.slice(0, starts[0].at).trim())) return [];
  return starts.map((s, i) => {
    const end = i + 1 < starts.length ? starts[i + 1].at : t.length;
    const body = cell.slice(s.body, end).trim();
    const b = body.text;
    const colon = b.search(/[：:]/);
    const stop = b.search(/[。；;]/);
    const headEnd = colon > 0 && colon <= 24 && (stop < 0 || colon < stop) ? colon : stop > 0 ? stop : b.length;
    const title = body.slice(0, headEnd).trim();
    const measures: Stitched[] = [];
    const bullet = /(?:^|[\n：:；;。]\s*)[-–•·]\s*/g;
    const marks: number[] = [];
    for (let m = bullet.exec(b); m; m = bullet.exec(b)) if (m.index + m[0].length > headEnd) marks.push(m.index + m[0].length);
    marks.forEach((a, k) => {
      const piece = body.slice(a, k + 1 < marks.length ? marks[k + 1] : b.length).trim();
      const text = piece.text.replace(/[\s；;。-]+$/, "");
      if (text) measures.push(piece.slice(0, text.length));
    });
    return { no: String(s.no), item: cell.slice(s.at, end).trim(), title, measures };
  });
}

/** A month and day in a date cell: "9.1", "10/8", "9月2日" (the 日 may be left off before a dash). */
const CELL_DAY = String.raw`(\d{1,2})\s*(?:[.．/·・]|月)\s*(\d{1,2})\s*日?`;
/** A date cell: one day, or a span of days whose second may leave its month off ("9.1-7", "9月2日~6日"). */
const CELL_DATE = new RegExp(String.raw`^\s*${CELL_DAY}\s*(?:[-—–~～至到]\s*(?:(\d{1,2})\s*(?:[.．/·・]|月)\s*)?(\d{1,2})\s*日?)?\s*$`);

/**
 * A schedule's date cell that is a day or a span of days ("9.1-9.7", "10/8–10/14", "9月2日~9月6日"):
 * its last day in the plan's year, the year going on into the next when the months wrap (a school
 * year): a row's first month after the rows' months came round (九月 … 十二月, then 一月), its last
 * month when the span itself runs over the new year ("11月11日~1月20日", the rows after it still 十二月).
 */
function cellDate(cell: Stitched, calendar: { year: number | null; month: number }): RawTask["scheduled"] {
  const m = CELL_DATE.exec(cell.text);
  if (!m) return monthCellDate(cell, calendar);
  if (calendar.year === null) return undefined;
  const first = Number(m[1]);
  const month = Number(m[3] ?? m[1]);
  const day = Number(m[4] ?? m[2]);
  if (month < 1 || month > 12 || day < 1 || day > 31 || first < 1 || first > 12) return undefined;
  if (calendar.month && first < calendar.month - 4) calendar.year++;
  calendar.month = first;
  const year = month < first ? calendar.year + 1 : calendar.year;
  const from = m[4] !== undefined ? ymd(calendar.year, first, Number(m[2])) : undefined;
  return { by: ymd(year, month, day), year, st: cell.trim(), exact: true, ...(from ? { from } : {}) };
}

/** A month's cell of a month-by-month schedule: "九月", "二月份", "3月", a year before it ("2031年1月", "三二年一月"). */
const MONTH_CELL = /^\s*(?:(\d{4}|\d{2}|[〇零○一二三四五六七八九]{2}|[〇零○一二三四五六七八九]{4})\s*年\s*)?([一二三四五六七八九十]{1,3}|\d{1,2})\s*月份?\s*$/;

/**
 * A month's cell (the rows of a 行事历 by month): the month in the plan's year, going on into the next
 * year where the months came round (九月 … 十二月, then 一月) or in the year printed with it.
 */
function monthCellDate(cell: Stitched, calendar: { year: number | null; month: number }): RawTask["scheduled"] {
  const m = MONTH_CELL.exec(cell.text);
  if (!m || calendar.year === null) return undefined;
  const month = numeral(m[2]);
  if (!(month >= 1 && month <= 12)) return undefined;
  if (calendar.month && month < calendar.month - 4) calendar.year++;
  calendar.month = month;
  if (m[1]) {
    const y = numeral(m[1]);
    const year = y < 100 ? 2000 + y : y;
    // (a printed year near the plan's: the school year's next)
    if (Math.abs(year - calendar.year) <= 1) calendar.year = year;
  }
  return { by: ym(calendar.year, month), year: calendar.year, st: cell.trim() };
}

/**
 * A row above the table's header that names what is asked ("工作要求 | 1.… 2.… 3.…"): the numbered
 * items run together in its cell are tasks of their own.
 */
function labelledItems(row: Stitched[]): RawTask[] {
  const cells = row.filter((c) => c.text.trim());
  if (cells.length !== 2) return [];
  const role = columnRole(cells[0].text);
  if (role !== "measures" && role !== "title") return [];
  const cell = cells[1];
  const t = cell.text;
  // items in sequence from 1, at the cell's start or after a sentence ends ("…工作。 2.组织…", "。 4教学…")
  const starts: { at: number; body: number; no: number }[] = [];
  const re = /(^|[。；;！!]\s*)(\d{1,2})\s*[.．、]?\s*(?=[\u4e00-\u9fff“"《])/g;
  for (let m = re.exec(t); m; m = re.exec(t)) {
    if (Number(m[2]) !== starts.length + 1) continue;
    const at = m.index + m[1].length;
    starts.push({ at, body: m.index + m[0].length, no: Number(m[2]) });
  }
  if (starts.length < 2) return [];
  return starts.map((s, i) => {
    const item = cell.slice(s.at, i + 1 < starts.length ? starts[i + 1].at : t.length).trim();
    const text = cell.slice(s.body, i + 1 < starts.length ? starts[i + 1].at : t.length).trim();
    const stop = text.text.search(/[。！？!?]/);
    const title = stop > 0 ? text.slice(0, stop) : text;
    return { no: String(s.no), section: null, title, titleConfidence: 0.7, body: item, unitCells: [], measureItems: [], factText: item, confidence: 0.7 };
  });
}

/**
 * The lower row of a two-level header copied from a web page without the cells its upper row's
 * names cover by spanning down ("项目名称 | 项目类别 | | |" over "工作任务 | 完成工作量 | …"): its
 * names stand under the last upper name, which spans across; the names left of it span down.
 */
function underSpan(upper: string[], lower: string[]): string[] {
  const named = upper.flatMap((h, i) => (h.trim() ? [i] : []));
  const last = named[named.length - 1] ?? 0;
  const lowerWidth = lower.reduce((n, t, i) => (t.trim() ? i + 1 : n), 0);
  if (!lower[0]?.trim() || last < 1 || named.length !== last + 1 || upper.length - last < 3 || last + lowerWidth > upper.length) return lower;
  return [...new Array<string>(last).fill(""), ...lower].slice(0, lower.length);
}

/**
 * Of several money columns (总投资 | 2026年计划投资), the year's is what the plan promises; the
 * total is the project's size. One money column is read whatever it is called.
 */
function yearlyInvestment(roles: ColumnRole[], headers: string[]): ColumnRole[] {
  const money = roles.flatMap((r, i) => (r === "investment" ? [i] : []));
  if (money.length < 2) return roles;
  const yearly = money.filter((i) => /年度|本年|当年|今年|计划|\d{4}\s*年/.test(headers[i] ?? ""));
  if (!yearly.length) return roles;
  return roles.map((r, i) => (r === "investment" && !yearly.includes(i) ? "ignore" : r));
}

/** A bare amount in a money column ("6500", "1,200") is a target in the column's unit (万元 by default). */
function amountTarget(cell: Stitched, header: string): ExtractedTarget[] {
  const m = /^\s*(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?\s*(万元|亿元|元)?\s*$/.exec(cell.text);
  if (!m) return [];
  const value = Number(m[1].replace(/,/g, "") + (m[2] ? "." + m[2] : ""));
  const unit = m[3] ?? /(万元|亿元|元)/.exec(header)?.[1] ?? "万元";
  const metric = header.replace(/\s+/g, "").replace(/[（(][^（()）]*元[^（()）]*[）)]/g, "").replace(/[（(]\s*[）)]/g, "");
  const text = cell.trim();
  return [{ metric, op: "=", value, unit, text: text.text, span: text.span(), confidence: 0.8 }];
}

/**
 * In a table with no task column, the target cell of a row when the target column (考核指标, 工作目标) stands
 * before the measures' (实施步骤, 具体措施) and the cell is work in words, not a figure: what the row is to
 * achieve names it, the steps after it are how ("按照…要求，按月完成…审核确认工作" over "按季度推进").
 */
function targetAsName(row: Stitched[], roles: ColumnRole[]): Stitched | undefined {
  const at = roles.indexOf("target");
  const steps = roles.indexOf("measures");
  if (at < 0 || steps < at || roles.includes("title")) return undefined;
  const c = row[at];
  const bare = c.text.replace(/\s+/g, "");
  return bare.replace(/[\d.%％，,。；;：:、（()）]/g, "").length >= 8 ? c : undefined;
}

/** A header row of names only, most of them unit roles: the lower row of a two-level header. */
function isSubHeader(texts: string[]): boolean {
  const filled = texts.filter((t) => t.trim());
  if (!filled.length) return false;
  const roles = filled.map((t) => columnRole(t));
  return roles.every((r) => r !== null) && roles.filter((r) => r && UNIT_ROLES.has(r)).length >= 1;
}

// the measure cell of a task's first row, counted as a measure once the task spans merged rows
const firstMeasure = new WeakMap<RawTask, Stitched>();

function appendRow(task: RawTask, row: Stitched[], roles: ColumnRole[], first = false, underMerged = false): void {
  const facts: Stitched[] = first ? [] : [task.factText];
  // a project's name beside a task or target cell with figures of its own is a name: its figures
  // are the project's size ("建设品质县中10所"), the task cell's are what this plan promises
  const titleAt = roles.indexOf("title");
  const promised = row.some((c, i) => i !== titleAt && (roles[i] === "title" || roles[i] === "target") && /\d/.test(c.text));
  row.forEach((c, i) => {
    const role = roles[i];
    if (!c.text.trim()) return;
    // (a cell of a form's choice marks, "■政府网站 □政府公报", that a short row put under the doers' column, names no doer)
    if (UNIT_ROLES.has(role)) {
      if (!CHOICE_MARKS.test(c.text.trim())) task.unitCells.push({ role: role as UnitRole, cell: c });
    } else if (role === "measures") {
      // a continued cell goes on with the numbering of the cell above ("3." after "1." "2.")
      const items = splitItems(c, first ? 1 : task.measureItems.length + 1);
      if (first) firstMeasure.set(task, c.trim());
      if (underMerged && !items.length) {
        // each row of a task whose name is merged over several rows is one measure
        const head = firstMeasure.get(task);
        if (!task.measureItems.length && head) task.measureItems.push(head);
        task.measureItems.push(c.trim());
      } else task.measureItems.push(...items);
      facts.push(c);
    } else if (role === "target" || role === "deadline" || (role === "title" && first && !(i === titleAt && promised))) facts.push(c);
  });
  if (!first) task.body = Stitched.join([task.body, ...row.filter((c) => c.text.trim())], "\n");
  task.factText = Stitched.join(facts, "\n");
}

/** Splits a cell into its enumerated items (①②, 1. 2. at line starts, （1）（2）). */
/** The first item of a cell that lists two numbered items or more, without its number; null for any other cell. */
function firstListedItem(cell: Stitched): Stitched | null {
  const items = splitItems(cell);
  if (items.length < 2) return null;
  const first = items[0].trim();
  const n = /^[（(]?\d{1,2}\s*[.．、）)]\s*/.exec(first.text);
  return n ? first.slice(n[0].length).trim() : null;
}

export function splitItems(cell: Stitched, from = 1): Stitched[] {
  const t = cell.text;
  const starts: number[] = [];
  const circled = /[\u2460-\u2473\u2776-\u277f]/g;
  for (let m = circled.exec(t); m; m = circled.exec(t)) starts.push(m.index);
  if (starts.length < 1) {
    // numbered items at line starts, in sequence from 1
    let expect = from;
    const re = /(^|\n)\s*[（(]?(\d{1,2})\s*(?:[.．、](?!\d)|[.．](?=\d{4}\s*年|\d{1,2}\s*月)|[）)])/g;
    for (let m = re.exec(t); m; m = re.exec(t)) {
      if (Number(m[2]) === expect) {
        starts.push(m.index + m[1].length);
        expect++;
      }
    }
  }
  // a cell that opens with "1." and runs its items together, its line breaks lost ("1.机关名称2.办公地址
  // 3.办公时间", "1、甲 2、乙"): each next number in sequence before a word starts an item
  if (starts.length <= 1 && from === 1 && !circled.test(t) && /^\s*1\s*[.．、](?!\d)/.test(t)) {
    const atStart = starts.length;
    starts.length = 0;
    let expect = 1;
    const run = /(\d{1,2})\s*[.．、](?=[\u4e00-\u9fff《“"])/g;
    for (let m = run.exec(t); m; m = run.exec(t)) {
      // (not a figure's digits: "第12.3…", "共21.")
      if (Number(m[1]) !== expect || (m.index > 0 && /\d/.test(t[m.index - 1]))) continue;
      starts.push(m.index);
      expect++;
    }
    if (starts.length < 2) starts.splice(0, starts.length, ...(atStart ? [t.search(/\S/)] : []));
  }
  if (!starts.length) return [];
  return starts.map((s, i) => cell.slice(s, i + 1 < starts.length ? starts[i + 1] : t.length).trim());
}

/**
 * A table that repeats the header of the table right before it continues that table (a page
 * break, or a division table split in two): its rows are read as rows of the first, so a
 * continuation row with no number and no task name goes on with the task above.
 */
export function joinContinuedTables(tables: GridTable[]): GridTable[] {
  const out: GridTable[] = [];
  const key = (t: GridTable) => t.rows[0]?.map((c) => cleanCellText(c.text)).join("|") ?? "";
  const firstRowRoles = (t: GridTable) => headerRoles(t.rows[0].map((c) => c.text));
  let lastOrder = -2;
  // the last table kept: its first row's key and roles, each worked out once (joining keeps its first row)
  let prevKey: string | undefined;
  let prevRoles: ColumnRole[] | null | undefined;
  for (const t of tables) {
    const prev = out[out.length - 1];
    let tKey: string | undefined;
    let tRoles: ColumnRole[] | null | undefined;
    const roles = () => (tRoles === undefined ? (tRoles = firstRowRoles(t)) : tRoles);
    const sameHeader = prev && t.rows.length && (prevKey ??= key(prev)) === (tKey = key(t)) && roles();
    // a table right after a division table (nothing but blank lines or a page break between),
    // as wide and without a header of its own, is the same table going on after a page break
    const goesOn =
      prev &&
      t.order === lastOrder + 1 &&
      t.rows.length &&
      t.rows[0].length === prev.rows[0]?.length &&
      !!(prevRoles === undefined ? (prevRoles = firstRowRoles(prev)) : prevRoles) &&
      !roles();
    if (sameHeader || goesOn) out[out.length - 1] = { ...prev, rows: [...prev.rows, ...t.rows], merged: joinMerged(prev, t) };
    else {
      out.push(t);
      prevKey = tKey;
      prevRoles = tRoles;
    }
    lastOrder = t.order;
  }
  return out;
}

function joinMerged(a: GridTable, b: GridTable): GridTable["merged"] {
  if (!a.merged && !b.merged) return undefined;
  const none = (t: GridTable) => t.rows.map((r) => r.map(() => null));
  return [...(a.merged ?? none(a)), ...(b.merged ?? none(b))];
}

export const GLUED_TABLE_WARNING = "表格的表头与内容连在一起（没有分栏），已按行拆出任务，请逐项核对任务名称和责任单位";

export const HEADERLESS_TABLE_WARNING = "表格没有表头，已按各列内容（日期、工作、单位）判断各列并逐行列为任务，请逐项核对任务名称和责任单位";

export const tableTasks: Stage = (doc, ctx) => {
  const tasks: RawTask[] = [];
  const tables = doc.items.flatMap((it) => (it.kind === "table" ? [it.table] : []));
  for (const t of joinContinuedTables(tables)) {
    const found = tasksFromTable(t, null, doc.meta?.year ?? null);
    // a header whose names ran together (gluedHeader.ts): the rows are a guess, and said so
    if (t.glued && found.length) ctx.warn(GLUED_TABLE_WARNING);
    // a table with no header row whose columns were named by their cells (serialRows.ts): a guess too
    if (t.headerless && found.length) ctx.warn(HEADERLESS_TABLE_WARNING);
    tasks.push(...found);
  }
  return { ...doc, tableTasks: tasks };
};
