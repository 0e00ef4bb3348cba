// Matching unit and leader names from a plan document against the bureau's directory.
import type { Selectable } from "kysely";
import type { UnitTable } from "../../db/schema.js";
import { normalizeName } from "../../db/unit-names.js";

export { normalizeName };

/** The forms a document may prefix to a bureau's own unit: 县教育局基教股 → 基教股. */
const OWN_PREFIX = /^(?:[\u4e00-\u9fa5]{0,8}?[县区市])?(?:教育(?:体育)?局|教体局)(?:机关)?/u;

export type UnitRow = Selectable<UnitTable>;

/**
 * The key two spellings of one unit share: width and spaces (NFKC), the bureau's own prefix
 * (县教育局 / 县教体局 …), a 股室 printed for 股, brackets' width. Two units of one key are one unit.
 */
export function unitKey(name: string): string {
  const n = normalizeName(name).replace(/[（(]/gu, "(").replace(/[）)]/gu, ")");
  const bare = n.replace(OWN_PREFIX, "") || n;
  return bare.replace(/股室$/u, "股");
}

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
  const key = unitKey(n);
  return units.find((u) => unitKey(u.name) === key || (JSON.parse(u.aliases) as string[]).some((a) => unitKey(a) === key)) ?? null;
}

/** An abbreviation (基教股 for 基础教育股): the shorter in order within the longer, same first and last character. */
function abbreviates(short: string, long: string): boolean {
  if (short.length < 2 || short.length >= long.length || short[0] !== long[0] || short.at(-1) !== long.at(-1)) return false;
  let i = 0;
  for (const ch of long) if (ch === short[i]) i++;
  return i === short.length;
}

function editDistance(a: string, b: string): number {
  const d = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let prev = d[0]!;
    d[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const cur = d[j]!;
      d[j] = Math.min(d[j]! + 1, d[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = cur;
    }
  }
  return d[b.length]!;
}

/** Names that look like the same unit without being the same key: an abbreviation, or one character apart. */
export function looksAlike(a: string, b: string): boolean {
  const x = unitKey(a), y = unitKey(b);
  if (x === y) return true;
  return abbreviates(x, y) || abbreviates(y, x) || (Math.min(x.length, y.length) >= 3 && editDistance(x, y) <= 1);
}

/** A sensible kind for a unit the plan names that the directory does not have yet. */
export function guessUnitKind(name: string): UnitTable["kind"] {
  const n = normalizeName(name);
  if (/(学校|中学|小学|幼儿园|学院|一中|二中|三中|完小|中心校|职中|职校|特校|附中|实验校)$/u.test(n)) return "school";
  if (/^(县委|县政府|县人大|县政协|区委|区政府|市委|市政府|各乡镇|乡镇|街道|公安|财政|人社|卫健|住建|自然资源|发改|编办)/u.test(n)) return "external";
  if (/(股|室|站|中心|办公室|办|科|组|队|所|馆)$/u.test(n)) return "department";
  return "external";
}
