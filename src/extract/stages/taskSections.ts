import type { ExtractedSection } from "../model.js";
import type { RawTask } from "./types.js";

/** The sections the tasks sit under, in order, once each (by number and title). */
export function sectionsOf(tasks: RawTask[]): ExtractedSection[] {
  const out: ExtractedSection[] = [];
  const seen = new Map<string, Set<string>>();
  for (const t of tasks) {
    const s = t.section;
    if (!s) continue;
    const titles = seen.get(s.no) ?? new Set<string>();
    if (titles.has(s.title)) continue;
    titles.add(s.title);
    seen.set(s.no, titles);
    out.push(s);
  }
  return out;
}
