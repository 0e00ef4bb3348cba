// A two-column table "承办单位 | 工作项目" copied as text (from a PDF or a printed page): under the
// header, each unit's duties are numbered from 1 again, and the unit's own cell — merged down the
// rows it covers — comes out as a line of its own among them, where the cell's text was printed:
// at the top of its run ("教务处" / "1. …" / "2. …"), or in its middle or near its end
// ("1. …" / "、 总 务 主 任" / "8. …"). Each run's items are that unit's; a cell that names a post
// (总务主任, 教导组长) names the person who answers for them.
import { HAN } from "./han.js";
import { isUnitName } from "./rosters.js";
import { Stitched } from "./stitched.js";
import type { RawTask } from "./types.js";

export interface ColumnUnit {
  role: "lead" | "leaders";
  name: string;
  st: Stitched;
}

// the header: a unit column ("承办单位", "负责处室", "责任部门") before the items' column ("工作项目", "职责")
const HEADER = /^(?:承办|负责|责任|主办|主管|执行|办理)(?:单位|处室|部门|科室|股室|人)(?:工作)?(?:项目|事项|内容|职责|任务|业务)$/u;
// a post that answers for a unit's duties
const POST = new RegExp(`^${HAN}{0,6}(?:主任|组长|校长|处长|科长|股长|局长|主管|干事|园长|馆长|部长)$`, "u");
// (a school office's section is a 组: 文书组, 出纳组, 训育组)
const SECTION = new RegExp(`^${HAN}{1,8}组$`, "u");
const CELL_LINE = new RegExp(`^(?:${HAN}|\\s){2,24}$`, "u");

const compact = (s: string) => s.replace(/[\s、，,。．.：:]+/g, "");

/** The unit (or post) of each task under a flattened 承办单位 | 工作项目 table, by task index. */
export function columnUnits(text: string, raw: RawTask[]): Map<number, ColumnUnit> {
  const out = new Map<number, ColumnUnit>();
  if (raw.length < 2) return out;
  // the header line (or its two names a line each), before the first task
  const firstStart = raw[0].body.span()[0];
  let headerEnd = -1;
  let before = "";
  for (let a = 0; a < firstStart; ) {
    let b = text.indexOf("\n", a);
    if (b < 0 || b > firstStart) b = firstStart;
    const line = compact(text.slice(a, b));
    if (HEADER.test(line) || HEADER.test(before + line)) headerEnd = b;
    before = line;
    a = b + 1;
  }
  if (headerEnd < 0) return out;
  // runs of items numbered from 1
  const runs: number[][] = [];
  raw.forEach((r, i) => {
    if (r.body.span()[0] < headerEnd) return;
    const no = r.no.replace(/[^\d]/g, "");
    if (no === "1" || !runs.length) runs.push([i]);
    else runs[runs.length - 1].push(i);
  });
  if (runs.length < 2) return out;
  const end = raw[raw.length - 1].body.span()[1];
  // the lines that are a unit's or a post's cell: a short name on a line of its own
  const cells: { at: number; cell: ColumnUnit }[] = [];
  for (let a = headerEnd + 1; a < end; ) {
    let b = text.indexOf("\n", a);
    if (b < 0 || b > end) b = end;
    const line = text.slice(a, b);
    const name = compact(line);
    if (CELL_LINE.test(line.replace(/^[\s、，,]+|[\s、，,。]+$/g, "")) && name.length >= 2 && name.length <= 10) {
      const role = POST.test(name) ? "leaders" : isUnitName(name) || SECTION.test(name) ? "lead" : null;
      if (role) {
        const from = line.search(/[^\s、，,]/);
        const to = line.replace(/[\s、，,。]+$/, "").length;
        cells.push({ at: a, cell: { role, name, st: Stitched.of(text, a + from, a + to) } });
      }
    }
    a = b + 1;
  }
  if (cells.length < 2) return out;
  const startOf = (run: number[]) => raw[run[0]].body.span()[0];
  // a cell above the first run: cells stand at the top of their runs; else inside (or after) them
  const top = cells.some((c) => c.at < startOf(runs[0]));
  const found = runs.map((run, k) => {
    const from = top ? (k ? startOf(runs[k - 1]) + 1 : headerEnd) : startOf(run);
    const to = top ? startOf(run) : k + 1 < runs.length ? startOf(runs[k + 1]) : end;
    const inRun = cells.filter((c) => c.at >= from && c.at < to);
    // (top: the last cell before the run's first item)
    return top ? inRun[inRun.length - 1] : inRun.length === 1 ? inRun[0] : undefined;
  });
  // two runs or more with their cells: the table's layout, not a stray name
  if (found.filter(Boolean).length < 2) return out;
  runs.forEach((run, k) => {
    const c = found[k];
    if (c) for (const i of run) out.set(i, c.cell);
  });
  return out;
}
