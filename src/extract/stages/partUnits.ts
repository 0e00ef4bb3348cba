// A notice that hands out the work department by department ("一、学院办公室 / 联系人：郑大远 /
// （一）负责起草…"): each part's heading is the unit that does the items under it, and the people
// and assisting units named between the heading and its first item answer for them.
import { isUnitName, partContacts, type Named } from "./rosters.js";
import { Stitched } from "./stitched.js";
import type { RawTask } from "./types.js";

export interface PartUnit {
  unit: Named;
  units: Named[];
  leaders: Named[];
}

// a part's heading that names the unit leading its work: "县园区管委会牵头工作（6项）", "教务处负责的任务"
const LEAD_HEADING = /^([^，,。；;：:]{2,24}?)(?:牵头|牽頭|负责|負責)(?:的)?(?:工作|任务|任務|事项|事項|项目|項目)?\s*(?:[（(]\s*\d+\s*项\s*[）)])?$/;

/**
 * The part of each task whose heading is a department (or names the unit that leads its work), by task index. Only where the plan is cut up
 * that way: two or more parts, and at least half of them, are headed by a department's name.
 */
export function partsByUnit(text: string, raw: RawTask[]): Map<number, PartUnit> {
  const out = new Map<number, PartUnit>();
  const parts = new Map<string, { first: number; indexes: number[]; title: string; span: [number, number] }>();
  raw.forEach((r, i) => {
    const s = r.section;
    if (!s?.span) return;
    const key = `${s.span[0]}:${s.span[1]}`;
    const part = parts.get(key);
    if (part) part.indexes.push(i);
    else parts.set(key, { first: i, indexes: [i], title: s.title, span: s.span });
  });
  // (a heading that says its unit leads the work, "一、县园区管委会牵头工作（6项）", is one by itself)
  const leadOf = (title: string) => {
    const m = LEAD_HEADING.exec(title.trim());
    // (the heading's 牵头 says it is a body: a committee or a government too, "县发改委", "某镇人民政府")
    return m && (isUnitName(m[1]) || /^[\u4e00-\u9fff]{2,20}(?:委|会|會|政府|院|中心|公司|队|隊)$/u.test(m[1])) ? m[1] : null;
  };
  const all = [...parts.values()];
  const byName = all.filter((p) => isUnitName(p.title));
  const headed = byName.length >= 2 && byName.length * 2 >= parts.size ? byName : all.filter((p) => leadOf(p.title));
  for (const p of headed) {
    // the heading's unit: its own words in the heading line, after the numbering
    const name = isUnitName(p.title) ? p.title : leadOf(p.title)!;
    const line = Stitched.of(text, p.span[0], p.span[1]);
    const at = line.text.lastIndexOf(name);
    const unit = { name, st: at >= 0 ? line.slice(at, at + name.length) : line };
    const firstItem = raw[p.first].body.span()[0];
    const contacts = firstItem > p.span[1] ? partContacts(Stitched.of(text, p.span[1], firstItem)) : { leaders: [], units: [] };
    for (const i of p.indexes) out.set(i, { unit, units: contacts.units, leaders: contacts.leaders });
  }
  return out;
}
