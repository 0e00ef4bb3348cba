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

/**
 * The part of each task whose heading is a department, by task index. Only where the plan is cut up
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
  const headed = [...parts.values()].filter((p) => isUnitName(p.title));
  if (headed.length < 2 || headed.length * 2 < parts.size) return out;
  for (const p of headed) {
    // the heading's unit: its own words in the heading line, after the numbering
    const line = Stitched.of(text, p.span[0], p.span[1]);
    const at = line.text.lastIndexOf(p.title);
    const unit = { name: p.title, st: at >= 0 ? line.slice(at, at + p.title.length) : line };
    const firstItem = raw[p.first].body.span()[0];
    const contacts = firstItem > p.span[1] ? partContacts(Stitched.of(text, p.span[1], firstItem)) : { leaders: [], units: [] };
    for (const i of p.indexes) out.set(i, { unit, units: contacts.units, leaders: contacts.leaders });
  }
  return out;
}
