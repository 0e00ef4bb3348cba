// A table whose header lost its separators: the column names run together on one line
// ("序号项目名称主要内容牵头单位配合单位", as a document site's text layer or a copy of a web page
// gives it). Two forms follow such a header:
//   - rows numbered with bare numbers run on after it ("…配合单位1增加教育资源供给实施…何海平教育局2促进…"):
//     a row is cut where the next number goes on; its cells are lost, so the row's name is what
//     comes before its first action, its content the rest;
//   - one row's cells one a line, unnumbered (a one-row table: its task, its units, its progress).
// Either way the structure is a guess: the tasks are taken with low confidence and a warning.
import { type ColumnRole, columnRole } from "./columnRoles.js";
import { headerRoles } from "./tables.js";
import { spacedHeaderTable } from "./spacedHeader.js";
import { HAN } from "./han.js";
import { SURNAMES } from "./surnames.js";
import { Stitched } from "./stitched.js";
import { lineAt, type GridTable, type Item, type Line, type Stage } from "./types.js";

/** How a column name ends (项目名称, 主要内容, 牵头单位, 分管领导, 完成时限, 进展情况…). */
const NAME_END = /(?:序号|编号|名称|内容|单位|领导|情况|时限|时间|任务|要求|措施|目标|指标|备注|责任人|负责人|部门|处室|科室|股室|事项|项目|节点|进度|资金|投资|成效)$/;
const MAX_NAME = 9;
const INNER = /序号|编号|名称|内容|单位|领导|情况|时限|要求|措施/;

/**
 * The column names a run of text without separators is made of, with their offsets, or null: every
 * piece a column name (2–9 characters ending as one does), names of about four characters preferred
 * (项目名称 over 项目 + 名称, 实事内容 + 工作任务 over one long name); three names or more that
 * read as a header.
 */
const ALL_HAN = new RegExp(`^(?:${HAN})+$`, "u");

export function splitGluedHeader(text: string): { names: string[]; at: number[] } | null {
  const n = text.length;
  if (n < 6 || !ALL_HAN.test(text)) return null;
  const best = new Array<number>(n + 1).fill(Infinity);
  const from = new Array<number>(n + 1).fill(-1);
  best[0] = 0;
  for (let j = 2; j <= n; j++)
    for (let i = Math.max(0, j - MAX_NAME); i <= j - 2; i++) {
      if (best[i] === Infinity) continue;
      const piece = text.slice(i, j);
      if (!NAME_END.test(piece) || !columnRole(piece)) continue;
      // (a name does not hold another's end inside it: 序号 + 项目名称, not 序号项目 + 名称…)
      const inner = INNER.test(piece.slice(0, -2)) ? 3 : 0;
      const v = best[i] + Math.abs(piece.length - 4) + 0.5 + inner;
      if (v < best[j]) {
        best[j] = v;
        from[j] = i;
      }
    }
  if (best[n] === Infinity) return null;
  const at: number[] = [];
  for (let j = n; j > 0; j = from[j]) at.unshift(from[j]);
  const names = at.map((a, k) => text.slice(a, k + 1 < at.length ? at[k + 1] : n));
  if (names.length < 3 || new Set(names).size < names.length || !headerRoles(names)) return null;
  return { names, at };
}

// a bare row number run into its row: not an amount ("12个", "3%"), a year or a date
const MEASURE = "(?:所|个|人|名|万|亿|元|%|％|项|家|座|间|台|套|平方|米|公里|年|月|日|号|天|次|批|期|级|类|种|条|位|张|倍|户|册|门|节|课时|学时|岁|辆|处|公顷|亩|吨|小时|周|届|分|秒|部|本|支)";
// (one pattern a number, built once: every caller sets lastIndex before it executes one)
const ROW_NUMBERS: RegExp[] = [];
function rowNumberAt(no: number): RegExp {
  return (ROW_NUMBERS[no] ??= new RegExp(`(?<![\\d.．,，:：/\\-—])${no}\\s?(?!${MEASURE})(?=${HAN})`, "gu"));
}

/** Where the row name ends in a row whose cells ran together: before its first action, a figure or a mark. */
const ACTION = /(?:实施|落实|完成|推进|推动|开展|新建|建设|改造|改扩建|提升|加强|建立|健全|完善|组织|启动|制定|出台|实现|确保|全面|加快|扩大|打造|举办|为全|对全|按照|根据|围绕|聚焦|力争|计划|投资|新增|提供|支持|做好)/g;
export function runTogetherName(row: string): number {
  const stop = row.search(/[\d，,。；;：:、（(“《\s]/);
  const limit = Math.min(stop < 0 ? row.length : stop, 14);
  ACTION.lastIndex = 0;
  for (let m = ACTION.exec(row); m; m = ACTION.exec(row)) {
    if (m.index > limit) break;
    if (m.index >= 4) return m.index;
  }
  return Math.min(limit, 12);
}


// a header's second line naming periods under a progress column ("一季度二季度三季度四季度")
const PERIOD_ROW = /^(?:(?:第?[一二三四1-4]季度)|(?:\d{1,2}|[一二三四五六七八九十]{1,2})月份?|上半年|下半年|全年)+$/;

/** The run of 6 to 60 Han characters that ends `text` (spaces after it aside) after another character, and where it starts. */
function hanTail(text: string): { name: string; at: number } | null {
  const end = text.trimEnd().length;
  let at = end;
  while (at > 0 && isCjkUnified(text.charCodeAt(at - 1))) at--;
  return end - at >= 6 && end - at <= 60 && at > 0 ? { name: text.slice(at, end), at } : null;
}
const isCjkUnified = (c: number) => c >= 0x4e00 && c <= 0x9fff;

/**
 * A glued header at line `at` and the table under it, or null. `src` is the document's text.
 */
export function gluedHeaderTable(src: string, items: Item[], at: number, order: number): { table: GridTable; end: number; caption?: Line | null } | null {
  const line = lineAt(items, at);
  if (!line || line.heading) return null;
  const text = line.text;
  const trimmed = text.trim();
  // one row's cells one a line under a header that is the whole line
  const whole = trimmed.length <= 60 ? splitGluedHeader(trimmed) : null;
  if (whole) return oneRowTable(src, items, at, line, text.length - text.trimStart().length, whole, order);
  // (or the line's end, after a short caption a text flow ran into it: "教育惠民?实事内容工作任务…")
  // (it starts within the first 21 characters and runs to the end, 60 characters at most: a longer
  // line, most lines of prose, has none, and is not scanned for one)
  const tail = text.trimEnd().length <= 81 ? hanTail(text) : null;
  const tailHeader = tail && tail.at <= 21 ? splitGluedHeader(tail.name) : null;
  if (tailHeader) return oneRowTable(src, items, at, line, tail!.at, tailHeader, order);
  if (text.length > 20000) return null;
  // (a header and its row on one line, apart by spaces)
  const spaced = spacedHeaderTable(src, line, order);
  if (spaced) return { table: spaced.table, end: at + 1, caption: spaced.caption };
  // rows numbered with bare numbers run on after a header that starts with 序号
  for (let k = text.indexOf("序号"); k >= 0; k = text.indexOf("序号", k + 2)) {
    const first = rowNumberAt(1);
    first.lastIndex = k + 6;
    const m = first.exec(text.slice(0, k + 72));
    if (!m || m.index - k > 70) continue;
    const header = splitGluedHeader(text.slice(k, m.index));
    if (!header || columnRole(header.names[0]) !== "no") continue;
    return runOnRows(src, items, at, line, k, header, order);
  }
  return null;
}

function headerCells(src: string, line: Line, k: number, header: { names: string[]; at: number[] }): Stitched[] {
  return header.names.map((name, c) => Stitched.of(src, line.start + k + header.at[c], line.start + k + header.at[c] + name.length));
}

function runOnRows(src: string, items: Item[], at: number, line: Line, k: number, header: { names: string[]; at: number[] }, order: number): { table: GridTable; end: number } {
  const headerText = header.names.join("");
  const roles = header.names.map((n) => columnRole(n) ?? "ignore");
  const bodyStart = line.start + k + headerText.length;
  // the rows go on over the lines a page break cut and the lines that open with the next number
  const parts = [Stitched.of(src, bodyStart, line.start + line.text.length)];
  let end = at + 1;
  for (let prev = line.text; end < items.length; end++) {
    const l = lineAt(items, end);
    if (!l || l.heading) break;
    // (a document site's page marker, "2、" opening a page cut mid-sentence, where no stage took it off)
    const marker = /[。；;！？!?”"）)】》：:]\s*$/.test(prev) ? null : /^\s*\d{1,2}\s*、\s*/.exec(l.text);
    if (!(l.continuesPage || marker || /^\s*\d{1,3}\s?[^\d、.．]/.test(l.text))) break;
    const from = marker ? marker[0].length : 0;
    parts.push(Stitched.of(src, l.start + from, l.start + l.text.length));
    prev = l.text;
  }
  const body = Stitched.join(parts, "");
  const t = body.text;
  const starts: { no: number; at: number; len: number }[] = [];
  for (let no = 1, from = 0; ; no++) {
    const re = rowNumberAt(no);
    re.lastIndex = from;
    const m = re.exec(t);
    if (!m || (no === 1 && m.index > 0)) break;
    starts.push({ no, at: m.index, len: m[0].length });
    from = m.index + m[0].length + 2;
  }
  const rows: Stitched[][] = [headerCells(src, line, k, header)];
  const nameCol = roles.indexOf("title") >= 0 ? roles.indexOf("title") : roles.findIndex((r) => r !== "no");
  const contentCol = roles.findIndex((r, c) => c > nameCol && r === "measures");
  for (const [i, s] of starts.entries()) {
    let row = body.slice(s.at + s.len, i + 1 < starts.length ? starts[i + 1].at : t.length);
    // the header repeated on the next page, inside the row before the next one
    const again = row.text.indexOf(headerText);
    if (again >= 0) row = row.slice(0, again);
    row = row.trim();
    if (!row.text) continue;
    const cut = runTogetherName(row.text);
    const cells: Stitched[] = roles.map(() => Stitched.empty());
    cells[roles.indexOf("no")] = body.slice(s.at, s.at + String(s.no).length);
    if (contentCol >= 0) {
      cells[nameCol] = row.slice(0, cut).trim();
      cells[contentCol] = row.slice(cut).trim();
      splitPeopleAndUnits(cells, roles, contentCol);
    } else cells[nameCol] = row;
    rows.push(cells);
  }
  return { table: { rows, order, flattened: true, glued: true }, end };
}

// a body's name in a run of names without separators: the shortest run of characters ending as a body's
// name does ("教育局", "高新园（邹区镇）", "各街道", "市国有公司"), not one that opens with an action
const BODY_NAME = new RegExp(`^(?:${HAN}){1,8}?(?:街道|公司|中心|局|区|园|镇|乡|委|办|院|校|所|站|馆|处|部)(?:[（(][^（()）]{1,8}[）)])?`, "u");
const ACTION_START = /^(?:实施|落实|完成|推进|推动|开展|新建|建设|改造|改扩建|提升|加强|建立|健全|完善|组织|启动|制定|出台|实现|确保|全面|加快|扩大|打造|举办|为|对|按照|根据|围绕|聚焦|力争|计划|投资|新增|提供|支持|做好)/u;

function bodiesAt(t: string, i: number): [number, number][] {
  const out: [number, number][] = [];
  for (let p = i; p < t.length; ) {
    if (ACTION_START.test(t.slice(p))) break;
    const m = BODY_NAME.exec(t.slice(p));
    if (!m) break;
    out.push([p, p + m[0].length]);
    p += m[0].length;
  }
  return out;
}

/**
 * A row whose leader and unit cells ran on after its content ("…中小学4580个。何海平教育局经开区高新园（邹区镇）各街道"):
 * after each full stop, a person's name and the bodies' names that follow it go to the leader column, the
 * first body to the lead column and the others to the assisting one; the content keeps the rest. A row that
 * had two lines of content and people ("…对外开放。何海平文体旅局晋陵公司推进…整治。芮春祥住建局五星街道")
 * gives each line's.
 */
function splitPeopleAndUnits(cells: Stitched[], roles: ColumnRole[], contentCol: number): void {
  const leaderCol = roles.indexOf("leaders");
  const leadCol = roles.indexOf("lead") >= 0 ? roles.indexOf("lead") : roles.indexOf("responsible");
  const coCol = roles.indexOf("co");
  if (leaderCol < 0 || leadCol < 0) return;
  const content = cells[contentCol];
  const t = content.text;
  const people: Stitched[] = [], leads: Stitched[] = [], cos: Stitched[] = [], kept: Stitched[] = [];
  let from = 0;
  for (let i = t.indexOf("。"); i >= 0; i = t.indexOf("。", i + 1)) {
    const at = i + 1;
    if (at < from) continue;
    // the person's name: three characters, or two where three would leave a first body of two ("张菁民政局")
    let found: { name: number; bodies: [number, number][] } | null = null;
    for (const len of [3, 2]) {
      if (!SURNAMES.has(t[at] ?? "")) break;
      const bodies = bodiesAt(t, at + len);
      if (bodies.length && bodies[0][1] - bodies[0][0] >= 3) {
        found = { name: len, bodies };
        break;
      }
    }
    if (!found) continue;
    kept.push(content.slice(from, at));
    people.push(content.slice(at, at + found.name));
    found.bodies.forEach(([a, b], k) => (k === 0 || coCol < 0 ? leads : cos).push(content.slice(a, b)));
    from = found.bodies[found.bodies.length - 1][1];
    i = from - 1;
  }
  if (!people.length) return;
  kept.push(content.slice(from));
  cells[contentCol] = Stitched.join(kept.filter((k) => k.text.trim()), "").trim();
  cells[leaderCol] = Stitched.join(people, "、");
  cells[leadCol] = Stitched.join(leads, "、");
  if (coCol >= 0) cells[coCol] = Stitched.join(cos, "、");
}

const ROW_END = /^(?:[?？]|图片)$/;

function oneRowTable(src: string, items: Item[], at: number, line: Line, lead: number, header: { names: string[]; at: number[] }, order: number): { table: GridTable; end: number } | null {
  const roles: ColumnRole[] = header.names.map((n) => columnRole(n) ?? "ignore");
  if (roles.includes("no")) return null;
  let j = at + 1;
  if (PERIOD_ROW.test(lineAt(items, j)?.text.trim() ?? "")) j++;
  const cells: Line[] = [];
  for (; j < items.length && cells.length < roles.length + 2; j++) {
    const l = lineAt(items, j);
    const tx = l?.text.trim() ?? "";
    if (!l || l.heading || ROW_END.test(tx) || (tx.length <= 60 && splitGluedHeader(tx))) break;
    cells.push(l);
  }
  // a task's cell, then the cells beside it: as many lines as there are columns, give or take one
  if (cells.length < 2 || cells.length > roles.length || cells[0].text.trim().length < 8) return null;
  const row: Stitched[] = roles.map(() => Stitched.empty());
  // the cells fill the columns from the task's on; a name column left of it ran into the task's cell
  const taskCol = Math.max(0, roles.indexOf("title"));
  cells.forEach((l, c) => {
    const col = Math.min(taskCol + c, roles.length - 1);
    const st = Stitched.of(src, l.start, l.start + l.text.length).trim();
    row[col] = row[col].text ? Stitched.join([row[col], st], "\n") : st;
  });
  if (!roles.slice(taskCol + 1, taskCol + cells.length).some((r) => r === "lead" || r === "responsible" || r === "co" || r === "leaders")) return null;
  return { table: { rows: [headerCells(src, line, lead, header), row], order, flattened: true, glued: true }, end: j };
}

/** Finds glued headers and replaces the lines of their tables with a table item. */
export const gluedHeaderTables: Stage = (doc) => {
  const items = doc.items;
  // most documents have no header without separators: look for one before rebuilding anything
  if (!items.some((it) => it.kind === "line" && /序号|名称|内容|单位/.test(it.line.text))) return doc;
  const out: Item[] = [];
  let found = false;
  for (let i = 0; i < items.length; ) {
    const t = gluedHeaderTable(doc.text, items, i, out.length);
    if (t && t.table.rows.length >= 2) {
      if (t.caption) out.push({ kind: "line", line: t.caption });
      out.push({ kind: "table", table: t.table });
      i = t.end;
      found = true;
      continue;
    }
    out.push(items[i]);
    i++;
  }
  return found ? { ...doc, items: out.map((it, k) => (it.kind === "table" ? { ...it, table: { ...it.table, order: k } } : it)) } : doc;
};
