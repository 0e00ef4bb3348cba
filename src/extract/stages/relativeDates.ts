// The words that date work against the plan year: a part of the year (年底, 上半年), a school break or term
// (暑假前, 秋季开学前), a festival (国庆节前), a quarter; and the same words said after a printed year.
import { ym } from "./dateNumerals.js";

export const RELATIVE: [RegExp, (y: number) => string][] = [
  [/^(?:年底|年末|年内|下半年)/, (y) => `${y}-12`],
  [/^年初/, (y) => `${y}-01`],
  [/^上半年/, (y) => `${y}-06`],
  [/^(?:暑假前|暑期前|放暑假前|上学期(?:末|结束前)?)/, (y) => `${y}-07`],
  // work done during the summer break is done by its end
  [/^暑假期间/, (y) => `${y}-08`],
  [/^寒假前/, (y) => `${y}-01`],
  [/^(?:秋季开学前|秋季学期开学前|秋季开学时)/, (y) => `${y}-08`],
  [/^(?:春季开学前|春季学期开学前)/, (y) => `${y}-02`],
  // 汛期 begins in May in most provinces (June in the north): pre-flood-season work is due in May
  [/^汛(?:期)?前/, (y) => `${y}-05`],
];

// Festivals as date anchors, by month and day. "Before" a festival on the 1st of a month is the
// month before (六一前 → 05, 国庆节前 → 09); otherwise the festival's own month (五四青年节前 → 05,
// 教师节前 → 09, 六一期间 → 06, 国庆期间 → 10). 元旦 / 春节 (which year? the lunar calendar) and the
// lunar festivals are left unresolved (清明 is a solar term: early April).
const FESTIVALS: [RegExp, number, number][] = [
  [/^清明节?/, 4, 5],
  [/^(?:五一(?:劳动节)?|劳动节)/, 5, 1],
  [/^(?:五四(?:青年节)?|青年节)/, 5, 4],
  [/^(?:六一(?:儿童节)?|儿童节)/, 6, 1],
  [/^(?:七一|建党节)/, 7, 1],
  [/^(?:八一|建军节)/, 8, 1],
  [/^教师节/, 9, 10],
  [/^国庆节?/, 10, 1],
];
export const FESTIVAL_AFTER = /^\s*(清明节|清明|五一劳动节|五一|劳动节|五四青年节|五四|青年节|六一儿童节|六一|儿童节|七一|建党节|八一|建军节|教师节|国庆节|国庆)(以前|之前|前|期间)/;
export function festivalMonth(anchor: string, before: boolean): number | null {
  const f = FESTIVALS.find(([re]) => re.test(anchor));
  if (!f) return null;
  return before && f[2] === 1 ? f[1] - 1 : f[1];
}

export const SUFFIX_BY: [RegExp, (y: number) => string][] = [
  // the start of a term before the term itself ("2027年春季学期开学前" is February, not the term's end)
  [/^\s*(?:秋季学期开学前|秋季开学前|秋季开学时)/, (y) => `${y}-08`],
  [/^\s*(?:春季学期开学前|春季开学前)/, (y) => `${y}-02`],
  [/^\s*暑假期间/, (y) => `${y}-08`],
  [/^\s*(?:暑假前|暑期前|放暑假前)/, (y) => `${y}-07`],
  [/^\s*寒假前/, (y) => `${y}-01`],
  // "2031年秋季整体搬迁": the autumn, when a school year opens (its term words, below, are the term's end)
  [/^\s*秋季(?!\s*(?:学期|学年|开学|运动会|招生|校历|行事历))/, (y) => `${y}-09`],
  [/^\s*(?:底|末)/, (y) => `${y}-12`],
  [/^\s*初/, (y) => `${y}-01`],
  [/^\s*上半年/, (y) => `${y}-06`],
  [/^\s*下半年/, (y) => `${y}-12`],
  [/^\s*(?:上学期|春季学期|暑假前)/, (y) => `${y}-07`],
  [/^\s*(?:下学期|秋季学期)/, (y) => `${y}-12`],
  [/^\s*秋季开学前/, (y) => `${y}-08`],
  ...["一", "二", "三", "四"].map((q, i): [RegExp, (y: number) => string] => [new RegExp(`^\\s*第?[${q}${i + 1}]\\s*季度(?:末|底)?`), (y) => ym(y, i * 3 + 3)]),
];
