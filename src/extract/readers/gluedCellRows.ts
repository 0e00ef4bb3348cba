// A schedule whose cells ran together: its column names on one line without separators ("时 间内容地点负责部门"),
// then a row a line, each opened by its day ("5月25日活动布置综合三楼会议室校创安工作领导小组", a copy of a web
// page's table that lost its cells' bounds). Each row is cut back into its columns: the day first; the bodies
// that answer for it last (names that end as a body's does, 处 / 部 / 组 / 会…, or the ending two rows share
// where neither has such a name); the place before them where the header has a place column (the places
// several rows share, "各班级", a list of them, "各班级、各组室", or a place's word, 会议室 / 操场 / 门口…);
// the work between. The rows are given back as pipe rows under the header's names.
import { joinTablesAt, type JoinedTable } from "./joinTablesAt.js";

// the words a column's name ends with, the time's first
const NAME = /^(?:时间|日期)|^(?:[\u4e00-\u9fff]{0,4}(?:内容|活动|项目|事项|地点|场所|对象|形式|备注|部门|单位|处室|科室|负责人|责任人))/;
// a row's day at its start: "5月25日", "5.25", "5月25日-26日"
const DAY = /^(\d{1,2}\s*月\s*\d{1,2}\s*[日号]?(?:\s*[-—~～至]\s*(?:\d{1,2}\s*月\s*)?\d{1,2}\s*[日号]?)?|\d{1,2}[.．]\d{1,2}(?![\d.]))/;
// a body's name ends so
const BODY_END = /(?:[处部组会室科股办委队站所]|中心)$/;
// a place's word ends a place
const PLACE_END = /(?:会议室|报告厅|操场|门口|礼堂|体育馆|教室|食堂|广场|大厅)$/;

/** The names of a header run together ("时间内容地点负责部门"), the time's first; null where it is no such header. */
function gluedNames(line: string): string[] | null {
  // (a header opens with 时间 or 日期: a line opening otherwise, most lines, is not squeezed)
  if (!/^\s*[时日]/.test(line)) return null;
  const t = line.replace(/[\s\u3000]+/g, "");
  if (t.length < 6 || t.length > 24 || !/^[\u4e00-\u9fff]+$/.test(t) || !/^(?:时间|日期)/.test(t)) return null;
  const names: string[] = [];
  let rest = t;
  while (rest) {
    // the shortest piece that is a name and leaves a rest made of names (or nothing)
    let found = "";
    for (let n = 2; n <= Math.min(8, rest.length); n++) {
      const piece = rest.slice(0, n);
      const m = NAME.exec(piece);
      if (m && m[0] === piece && (n === rest.length || NAME.test(rest.slice(n)))) {
        found = piece;
        break;
      }
    }
    if (!found) return null;
    names.push(found);
    rest = rest.slice(found.length);
  }
  return names.length >= 3 ? names : null;
}

/** The bodies that end a row: "政教处、大队部", "校创安工作领导小组"; where none ends as a body does, the ending `shared` gives. */
function tailBodies(rest: string, shared: string[]): number {
  let at = rest.length;
  for (;;) {
    const before = rest.slice(0, at);
    const k = before.lastIndexOf("、");
    const piece = before.slice(k + 1);
    const body = bodyIn(piece);
    if (!body) break;
    at -= body.length;
    // (a body alone in its piece: the piece before it may be one more)
    if (body.length < piece.length || k < 0) break;
    at = k;
  }
  // (a 、 left at the start of the bodies belongs to none)
  while (at < rest.length && rest[at] === "、") at++;
  if (at < rest.length) return rest.length - at;
  for (const s of shared) if (rest.endsWith(s) && rest.length > s.length + 1) return s.length;
  return 0;
}

// what stands before a row's bodies: a collective place ("各班级", "各工会小组") or a place's word ("会议室", "操场")
const BEFORE_BODY = /各[\u4e00-\u9fff]{0,4}?(?:年级组|教研组|班级|组室|小组|年级|科室|处室|学校|单位|班)|会议室|报告厅|操场|门口|礼堂|体育馆|教室|食堂|广场|大厅/g;

/** The body's name that ends a piece of a row: after the last place before it, 2–10 characters ending as a body's does; null where none. */
function bodyIn(piece: string): string | null {
  let cut = 0;
  for (const m of piece.matchAll(BEFORE_BODY)) if (m.index + m[0].length < piece.length - 1) cut = m.index + m[0].length;
  const name = piece.slice(cut);
  return name.length >= 2 && name.length <= 10 && BODY_END.test(name) ? name : null;
}

/** The place that ends `rest` (a row without its bodies): a list of places several rows share or a place's word; its length. */
function tailPlace(rest: string, shared: Set<string>): number {
  // "各班级、各工会小组": 各 places apart by 、
  const each = /(?:各[\u4e00-\u9fff]{1,5}(?:、|$))+$/.exec(rest);
  if (each && each[0].length < rest.length - 1) return each[0].length;
  for (const s of [...shared].sort((a, b) => b.length - a.length)) if (rest.endsWith(s) && rest.length > s.length + 1) return s.length;
  const place = PLACE_END.exec(rest);
  if (place) {
    // the place's name: its word and the character before it ("大操场", "校门口"), or its floor ("三楼会议室", "实验楼二楼教室", "综合三楼会议室")
    // (the building before its floor named by its use, "实验楼三楼", "综合三楼")
    const floor = /(?:(?:实验|教学|综合|行政|科技|办公|图书|艺术|体育|宿舍)楼?)?[一二三四五六七八九十\d]{1,2}楼$/.exec(rest.slice(0, rest.length - place[0].length));
    const len = place[0].length + (floor ? floor[0].length : 1);
    return rest.length - len >= 2 ? len : 0;
  }
  return 0;
}

/** The schedule whose run-together header is line `i`: its pipe rows and the line after it; null where none. */
export function gluedCellTableAt(lines: string[], i: number): JoinedTable | null {
  const names = gluedNames(lines[i]);
  if (!names) return null;
  const rows: { day: string; rest: string }[] = [];
  let k = i + 1;
  for (; k < lines.length; k++) {
    const t = lines[k].trim();
    if (!t) continue;
    const m = DAY.exec(t);
    if (!m || t.includes("|") || /[。；;！!？?]/.test(t) || t.length > 60) break;
    rows.push({ day: m[0].replace(/\s+/g, ""), rest: t.slice(m[0].length).trim() });
  }
  if (rows.length < 3) return null;
  const bodiesAt = names.length - 1;
  const answers = /(?:部门|单位|处室|科室|负责人|责任人)$/.test(names[bodiesAt]);
  const placeAt = names.findIndex((n) => /地点|场所/.test(n));
  // (endings two rows share where neither ends with a body's name: "人事")
  const noBody = rows.filter((r) => !tailBodies(r.rest, []));
  const shared: string[] = [];
  for (let a = 0; a < noBody.length; a++)
    for (let b = a + 1; b < noBody.length; b++) {
      const x = noBody[a].rest;
      const y = noBody[b].rest;
      let n = 0;
      while (n < Math.min(x.length, y.length) && x[x.length - 1 - n] === y[y.length - 1 - n]) n++;
      if (n >= 2 && n <= 8) shared.push(x.slice(x.length - n));
    }
  const out = [`| ${names.join(" | ")} |`, `|${names.map(() => "---").join("|")}|`];
  // (the places several rows share)
  const rests = rows.map((r) => {
    const b = answers ? tailBodies(r.rest, shared) : 0;
    return { ...r, body: r.rest.slice(r.rest.length - b), work: r.rest.slice(0, r.rest.length - b) };
  });
  if (answers && rests.filter((r) => r.body).length < rows.length * 0.75) return null;
  const ends = new Map<string, number>();
  for (const r of rests) for (let n = 2; n <= 6 && n < r.work.length; n++) ends.set(r.work.slice(-n), (ends.get(r.work.slice(-n)) ?? 0) + 1);
  const sharedPlaces = new Set([...ends].filter(([s, c]) => c >= 3 && !/^[的了和与及]/.test(s)).map(([s]) => s));
  for (const r of rests) {
    const cells = new Array<string>(names.length).fill("");
    cells[0] = r.day;
    let work = r.work;
    if (placeAt > 0) {
      const p = tailPlace(work, sharedPlaces);
      cells[placeAt] = work.slice(work.length - p);
      work = work.slice(0, work.length - p);
    }
    if (answers) cells[bodiesAt] = r.body;
    const workAt = names.findIndex((n, x) => x > 0 && x !== placeAt && x !== bodiesAt);
    if (workAt < 0) return null;
    cells[workAt] = work;
    out.push(`| ${cells.join(" | ")} |`);
  }
  return { lines: out, next: k };
}

/** The lines of a text with each such schedule cut back into pipe rows; other lines as they are. */
export function joinGluedCellRows(lines: string[]): string[] {
  return joinTablesAt(lines, gluedCellTableAt);
}
