// 对标 (issue 15): the same kind of target across the bureaus below, compared. What server and web
// share: the metric normaliser (one key for "学前三年毛入园率达到92%" and "毛入园率不低于90%"), the
// similarity that proposes groups, and the units made comparable (0.5万人次 = 5000 人次; % apart from 所).
// Pure functions, no Node or React.

/** Words around a figure that say how, not what: "达到", "不低于", "提高到", "以上". */
const BOUND_WORDS =
  /(?:不低于|不少于|不高于|不超过|不大于|不小于|达到|提高到|提升到|提高至|提升至|增加到|增长到|降低到|降低至|降至|控制在|保持在|稳定在|力争|确保|超过|高于|低于|少于|至少|以上|以下|以内|左右|约|达|为|≥|≤|>=|<=|[<>＜＞])/g;
/** A year or a date inside the metric ("2026年", "到2027年底", "年底前"). */
const TIME_WORDS = /(?:到|至|于|在)?\s*(?:\d{4}\s*年(?:度|底|末)?(?:前)?|\d{1,2}\s*月(?:底|末|份)?(?:前)?|年底前?|年末前?|年内|全年|本年度?|上半年|下半年)/g;
/** Figures with their unit words, and bare figures. */
const FIGURES = /(?:\d+(?:\.\d+)?|[零一二两三四五六七八九十百千]+(?=[万亿%％‰个所座人次名项]))\s*(?:万|亿)?\s*(?:%|％|‰|个百分点|人次|人|名|所|个|座|项|次|万元|亿元|元)?/g;
/** Scope words that do not change what is measured ("全县", "全市"). */
const SCOPE_WORDS = /(?:全[省市县区旗州镇乡]|本[省市县区]|我[省市县区])/g;
const PUNCT = /[\s\p{P}\p{S}]/gu;

/**
 * The metric as a key: figures, years and dates, bound words (达到 / 不低于 / 提高到), scope words
 * (全县) and punctuation stripped, full-width folded. "学前三年毛入园率达到92%" → "学前三年毛入园率".
 */
export function normaliseMetric(text: string): string {
  let s = text.normalize("NFKC");
  s = s.replace(TIME_WORDS, "");
  s = s.replace(FIGURES, "");
  s = s.replace(BOUND_WORDS, "");
  s = s.replace(SCOPE_WORDS, "");
  s = s.replace(PUNCT, "");
  return s.replace(/[的]$/, "");
}

function bigrams(s: string): Set<string> {
  const chars = [...s];
  if (chars.length < 2) return new Set(chars);
  const out = new Set<string>();
  for (let i = 0; i + 1 < chars.length; i++) out.add(chars[i] + chars[i + 1]);
  return out;
}

/** Character-bigram Jaccard similarity of two normalised metrics, 0…1. */
export function metricSimilarity(a: string, b: string): number {
  if (!a || !b) return 0;
  if (a === b) return 1;
  const x = bigrams(a), y = bigrams(b);
  let common = 0;
  for (const g of x) if (y.has(g)) common++;
  return common / (x.size + y.size - common);
}

/** Similar enough to be proposed as one group: one contains the other (学前三年毛入园率 ⊃ 毛入园率), or close by bigrams. */
export const SIMILAR = 0.5;
export function sameMetric(a: string, b: string): boolean {
  if (!a || !b) return false;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if ([...short].length >= 3 && long.includes(short)) return true;
  return metricSimilarity(a, b) >= SIMILAR;
}

// ---- units ----------------------------------------------------------------------------------------

/** What a unit measures: values of one kind are comparable, values of different kinds are not. */
export type UnitKind = "percent" | "persons" | "institutions" | "money" | "area" | "ratio" | "other";

export interface NormalUnit {
  kind: UnitKind;
  /** The unit values of this kind are shown in (人次, 所, %, 万元 …). */
  base: string;
  /** value × factor = value in `base`. */
  factor: number;
  /** Counts add up over bureaus and targets; rates do not. */
  additive: boolean;
}

/** A small generic table of units: measure words of one kind share a base. */
const KINDS: { kind: UnitKind; base: string; additive: boolean; words: string[]; factor?: number }[] = [
  // ‰ is a tenth of a %: one kind of rate. "提高3个百分点" is a change, not a level: a kind of its own.
  { kind: "percent", base: "%", additive: false, words: ["%", "％"] },
  { kind: "percent", base: "%", additive: false, words: ["‰"], factor: 0.1 },
  { kind: "persons", base: "人次", additive: true, words: ["人次", "人", "名", "位", "人员"] },
  { kind: "institutions", base: "所", additive: true, words: ["所", "个", "座", "家", "处"] },
  { kind: "money", base: "元", additive: true, words: ["元"] },
  { kind: "area", base: "平方米", additive: true, words: ["平方米", "㎡", "m2"] },
  { kind: "ratio", base: "ratio", additive: false, words: ["ratio"] },
];
const SCALES: [string, number][] = [["万", 10_000], ["亿", 100_000_000], ["千", 1_000], ["百", 100]];

/**
 * The unit as a kind, a base unit and a factor: "0.5万人次" is persons, ×10000 人次; "万元" is money,
 * ×10000 元; "5‰" is 0.5 %; "%" apart from "所". An unknown unit is a kind of its own ("other:次"), never mixed.
 */
export function normaliseUnit(unit: string): NormalUnit {
  let u = (unit ?? "").normalize("NFKC").replace(/\s/g, "").replace(/^余/, "");
  let factor = 1;
  for (const [prefix, scale] of SCALES) {
    if (u.length > 1 && u.startsWith(prefix)) {
      factor = scale;
      u = u.slice(prefix.length);
      break;
    }
  }
  for (const k of KINDS) if (k.words.includes(u)) return { kind: k.kind, base: k.base, factor: factor * (k.factor ?? 1), additive: k.additive };
  return { kind: "other", base: u || "（无单位）", factor, additive: true };
}

/** The key values are compared under: the kind, and for an unknown unit the unit itself. */
export const unitKey = (n: NormalUnit) => (n.kind === "other" ? `other:${n.base}` : n.kind);

/** The value in the base unit of its kind, rounded to keep float noise out (0.5 × 10000 = 5000). */
export function toBase(value: number, unit: string): number {
  const n = normaliseUnit(unit);
  return Math.round(value * n.factor * 1e6) / 1e6;
}

// ---- API shapes -----------------------------------------------------------------------------------

/** A group of similar metrics found in the plans below the caller (GET /api/benchmark/metrics). */
export interface BenchmarkMetricGroup {
  /** The key to ask for: the shortest normalised metric of the group ("毛入园率"). */
  key: string;
  /** The metrics as the plans print them. */
  variants: string[];
  /** How many bureaus below set a target of the group (and which), and how many targets. */
  orgs: number;
  orgNames: string[];
  targets: number;
  /** The base units found ("%", "人次"). */
  units: string[];
}

export interface BenchmarkRow {
  orgId: number;
  orgName: string;
  rank: number;
  /** The bureau's planned value in the section's base unit (counts summed over its targets). */
  planned: number;
  /** The latest reported value, null when nothing has been reported. */
  latest: number | null;
  latestPeriod: string | null;
  /** latest / planned (planned / latest for a ceiling such as 生师比 ≤), null without a report. */
  ratio: number | null;
  /** The targets as planned: "学前三年毛入园率 ≥ 92%". */
  targets: { metric: string; plan: string; task: string; planTitle: string }[];
}

/** One kind of unit: values of different kinds are shown apart, never mixed. */
export interface BenchmarkSection {
  kind: UnitKind;
  unit: string;
  rows: BenchmarkRow[];
}

export interface BenchmarkResult {
  metric: string;
  year: number | null;
  /** The normalised metrics matched. */
  matched: string[];
  sections: BenchmarkSection[];
  /** Bureaus below without a target of this metric. */
  missing: { orgId: number; orgName: string }[];
}
