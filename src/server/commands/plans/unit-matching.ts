// Matching unit and leader names from a plan document against the bureau's directory.
import type { Selectable } from "kysely";
import type { UnitTable } from "../../db/schema.js";
import { normalizeName } from "../../db/unit-names.js";

export { normalizeName };

/** The forms a document may prefix to a bureau's own unit: 县教育局基教股 → 基教股. */
const OWN_PREFIX = /^(?:[\u4e00-\u9fa5]{0,8}?[县区市])?(?:教育(?:体育)?局|教体局)(?:机关)?/u;

export type UnitRow = Selectable<UnitTable>;

export function matchUnit(name: string, units: UnitRow[]): UnitRow | null {
  const n = normalizeName(name);
  if (!n) return null;
  const candidates = [n, n.replace(OWN_PREFIX, "")].filter(Boolean);
  for (const c of candidates) {
    const byName = units.find((u) => normalizeName(u.name) === c);
    if (byName) return byName;
    const byAlias = units.find((u) => (JSON.parse(u.aliases) as string[]).some((a) => normalizeName(a) === c));
    if (byAlias) return byAlias;
  }
  return null;
}

/** A sensible kind for a unit the plan names that the directory does not have yet. */
export function guessUnitKind(name: string): UnitTable["kind"] {
  const n = normalizeName(name);
  if (/(学校|中学|小学|幼儿园|学院|一中|二中|三中|完小|中心校|职中|职校|特校|附中|实验校)$/u.test(n)) return "school";
  if (/^(县委|县政府|县人大|县政协|区委|区政府|市委|市政府|各乡镇|乡镇|街道|公安|财政|人社|卫健|住建|自然资源|发改|编办)/u.test(n)) return "external";
  if (/(股|室|站|中心|办公室|办|科|组|队|所|馆)$/u.test(n)) return "department";
  return "external";
}
