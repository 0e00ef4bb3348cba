// The cover notice (关于印发…的通知, 文号, signature and date) and the plan's own title.
import { numbering } from "./numbering.js";
import { Stitched } from "./stitched.js";
import { columnRole } from "./columnRoles.js";
import { headerRoles } from "./tables.js";
import type { Para, PlanMeta, Stage, WorkDoc } from "./types.js";
import { located } from "./types.js";
import { HAN, HAN_RANGES } from "./han.js";
import { ROC_SCHOOL_YEAR, rocYear } from "./datedLines.js";
import { minguoYear, signerLine } from "./dates.js";
import { ymd } from "./dateNumerals.js";
import { foldHan } from "./hanFold.js";
import { letterheadIssuer, minguoFieldDate, wordNumber } from "./letterHead.js";
import { firstMatch } from "./matchFrom.js";
import { DOC_KIND_END } from "./docKinds.js";
import { recordDateYear } from "./recordDates.js";
import { withoutBreadcrumb } from "./breadcrumbs.js";

const DOC_NO_RE = new RegExp(String.raw`[${HAN_RANGES}A-Za-z]{1,14}\s*[〔［\[【(（]\s*(\d{4})\s*[〕］\]】)）]\s*第?\s*\d{1,4}\s*号`, "u");
// a signing date on its own line; a speech prints it in brackets under its title: "（2022年8月26日）"
const DATE_LINE_RE = /^\s*[（(]?\s*(\d{4}|[〇○零一二三四五六七八九]{4})\s*年\s*(\d{1,2}|[一二三四五六七八九十]{1,2})\s*月\s*(\d{1,2}|[一二三四五六七八九十]{1,3})\s*日\s*[）)]?\s*$/;
// a signing date in figures, "2031.9.20", "2031-9-20", "2031/9/20", alone on its line
const NUMERIC_DATE_LINE_RE = /^\s*((?:19|20)\d{2})\s*[.．/\-]\s*(\d{1,2})\s*[.．/\-]\s*(\d{1,2})\s*$/;
const REFERS_TO = /(?:参见|参照|详见)[^《。；;]{0,30}《[^》]*关于/;
const NOTICE_RE = /关于印发.*的\s*通\s*知|关于.{0,40}(方案|要点|计划|安排)的\s*通\s*知/;
// the notice's own sentence handing the document out ("根据《…的通知》要求，现将…放假安排通知如下")
const HANDS_OUT = /现将[^。；;]*(?:印发|下发|转发|通知如下|通知你们)|印发给你们/;
/**
 * A paragraph that names such a notice only inside the titles it cites ("根据省教育厅《关于申报…计划的
 * 通知》…进行申报", "为贯彻落实《…关于印发…的通知》精神，特制定本细则") and hands nothing out: no cover.
 */
function citesOnly(t: string): boolean {
  const c = t.replace(/\s+/g, "");
  return /《[^》]*关于/.test(c) && !NOTICE_RE.test(c.replace(/《[^》]*》/g, "《》")) && !HANDS_OUT.test(c);
}
// what a plan's title ends with, including 为民办实事项目 lists and speeches (在…上的讲话)
const PLAN_WORD = /(方案|要点|要點|责任书|責任書|重点|重點|计划|計劃|計畫|计画|安排|清单|清單|分解表|分工表|任务表|分工|意见|意見|细则|細則|办法|辦法|规划|規劃|实事|實事|实事项目|民生项目|台账|任务|要求|工作|讲话|致辞|发言|工作报告)$/;
const RECORD_LABEL_CELL = /^\s*(?:成文日期|发文日期|印发日期|发文字号|文号|发文机关|发布机构)\s*[：:]?\s*$/;
const RECORD_ROW_PAIR = /(成文日期|发文日期|印发日期|发文字号|文号|发文机关|发布机构)\s*[：:]?\s*[|｜]\s*([^|｜\s][^|｜]*?)(?=\s*(?:[|｜]|$))/g;
const RECORD_NAME = /^\s*(?:名称|标题|文件名称)\s*[：:]\s*(\S[^：:]{3,58}?)(?=\s+[^\s：:]{1,6}\s*[：:]|\s*$)/;
// what a document-sharing site adds after a title: the count of its collection ("（精选7篇）", "8篇",
// "精编5篇", "模板合集4篇") or the page shown ("_第1页", " 第3页", "（第2/3页）") — no part of the plan's title
const SITE_SUFFIX = /\s*(?:[（(](?:[^（()）]{0,4}?)[\d一二三四五六七八九十百]+\s*篇[）)]|(?:[（(]案例[）)])?(?:精选|精選|精编|精編|汇编|彙編|合集|模板合集|模板汇编|模板彙編)?[\d一二三四五六七八九十百]+\s*篇|[_\s]?第\d{1,3}[页頁]|[（(]第\d+\/\d+[页頁][）)])$/;
// a file name a document-sharing site prints as the title ("2026年…分解表.docx")
// (book118 marks a member's file: "….docxVIP")
const FILE_EXT = /\.(?:docx?|wps|pdf|xlsx?)(?:VIP)?$/i;
// (a bureau's or a school's office signs its own documents: 督导室, 政教处, 基础教育股)
const ORG_WORD = /(局|委员会|工委|政府|小组|办公室|中心|委|厅|党组|党委|学校|中学|小学|幼儿园|学院|大学|中专|[^全各本]室|[^全各本]处|[^全各本]股|[^全各本]科)$/;

const CN_D: Record<string, number> = { "〇": 0, "○": 0, 零: 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
function cnNum(s: string): number {
  if (/^\d+$/.test(s)) return Number(s);
  if (s.length === 4 && [...s].every((c) => c in CN_D)) return Number([...s].map((c) => CN_D[c]).join(""));
  let v = 0;
  if (s.includes("十")) {
    const [a, b] = s.split("十");
    v = (a ? CN_D[a] : 1) * 10 + (b ? CN_D[b] : 0);
  } else v = CN_D[s] ?? NaN;
  return v;
}

// a year inside a span of birth dates ("2027年9月1日—2028年8月31日期间出生", "2027年8月31日前出生"): children's ages
const BIRTH_SPAN = /^[^。；;！!\n]{0,40}?(?:出生|出世)/u;
/** The date a date line gives ("2024年3月5日", "二〇二四年三月五日", "2024.3.5": year, month and day the match's first three groups) as "yyyy-mm-dd", or null where it is no date. */
function issuedDate(m: RegExpExecArray): string | null {
  const y = cnNum(m[1]), mo = cnNum(m[2]), d = cnNum(m[3]);
  return y > 1990 && mo >= 1 && mo <= 12 && d >= 1 && d <= 31 ? ymd(y, mo, d) : null;
}

function compact(s: string): string {
  return s
    .replace(COMPACT_AFTER_HAN, "$1")
    .replace(COMPACT_AFTER_DIGIT, "$1")
    .trim();
}

const COMPACT_AFTER_HAN = new RegExp(String.raw`(${HAN}|[”》）)])\s+(?=[\d${HAN_RANGES}“《（(])`, "gu");
const COMPACT_AFTER_DIGIT = new RegExp(String.raw`(\d)\s+(?=${HAN})`, "gu");
const PLACE_RE = new RegExp(String.raw`^(${HAN}{2,3}?(?:省|自治区))?(${HAN}{2,4}?(?:市|州|盟))?(${HAN}{1,4}?(?:县|区|旗))?`, "u");
const NOTICE_TITLE_RE = new RegExp(String.raw`^(?:${HAN}{2,20}?(?:局|厅|委员会|委|政府|办公室))?关于.{2,50}的(?:通知|紧急通知|补充通知|${HAN}{0,4}通报|公示)$`, "u");
// what else a page's own title may end with: a bulletin, a notice of results, a timetable, a table
/** A forum's or a page's stamp of when a file or a post went up: "2017-5-3 19:43 上传" (spaces taken out). */
const POST_STAMP = /^((?:19|20)\d{2})[-/.]\d{1,2}[-/.]\d{1,2}(?:\d{1,2}:\d{2}(?::\d{2})?)?(?:上传|上傳|发表|發表|发布|發佈|发表于|發表於)$/;
/** A page's time stamp alone on its line at the head, "时间:2031-01-19 09:26:00" (spaces taken out): when the site posted the text. */
const PRINTED_MONTH = /(?<![\d.．/\-:：])(?:1[0-2]|[1-9])\s*月(?!\s*[份]?\s*[：:])/;
// a page's stamp alone on its line, a date and a time of day: "2031-07-01 13:06:22" (spaces dropped)
const CLOCK_STAMP = /^((?:19|20)\d{2})-\d{1,2}-\d{1,2}\d{1,2}:\d{2}(?::\d{2})?$/;
const TIME_STAMP = /^(?:时间|時間)[:：]((?:19|20)\d{2})[-/.]\d{1,2}[-/.]\d{1,2}(?:\d{1,2}:\d{1,2}(?::\d{1,2})?)?$/;
/** A notice's or a decision's own name, the 的 left out as web pages do: "关于立即开展…情况意见通知". */
const NOTICE_HEAD = /^关于.{4,}(?:通知|通报|决定|意见|函)$/;
const PAGE_TITLE_END = /(通报|公示|公告|时间|时间表|一览表|目标表|推进表|进度表|安排表|时间安排|行事历|校历)$/;
const TITLE_ISSUER_RE = new RegExp(String.raw`^((?:中共)?${HAN}{2,20}?(?:教育体育局|教育局|教体局|局|委员会|工委|政府|办公室))(?=\s*(?:\d{4}\s*年|关于))`, "u");
const COUNTY_RE = new RegExp(String.raw`(?:《|^|\n|[，。；：、])(${HAN}{1,3}?[县区])(?=${HAN})(?![长委级域直属内外])`, "gu");

export function regionOf(name: string | null): string | null {
  if (!name) return null;
  // a title may open with its year ("2031年青禾县…", "2031青禾州…")
  const s = name.replace(/^中共/, "").replace(/\s+/g, "").replace(/^20\d{2}(?:年度?)?/, "");
  const m = PLACE_RE.exec(s);
  if (!m) return null;
  // "在全县…", "副县长": a preposition, a title or 全/本/各 is not a place name
  // (an issuer or a title is a name: "于都县" starts with 于 and is a place all the same)
  const place = (x: string | undefined) =>
    x && !/^(全|本|我|各|城|市|县|区|在|对|副|该|省|原|关于|为)/.test(x) && !/[全为]|推动|推进|印发|关于/.test(x) ? x : undefined;
  const city = place(m[2]);
  const county = place(m[3]);
  if (county) return (city ?? "") + county;
  // a provincial body ("江西省教育厅") places its document in the province
  return city ?? place(m[1]) ?? null;
}

/** The title row of a table (one distinct text across the row, naming a plan) above its header row. */
function tableTitle(doc: WorkDoc): Stitched | null {
  for (const it of doc.items) {
    if (it.kind !== "table") continue;
    const rows = it.table.rows;
    for (let r = 0; r < Math.min(rows.length, 4); r++) {
      const texts = rows[r].map((c, i) => c.text || it.table.merged?.[r]?.[i]?.text || "");
      if (headerRoles(texts)) break;
      const filled = rows[r].filter((c) => c.text.trim());
      if (filled.length !== 1) continue;
      const c = filled[0].text.replace(/\s+/g, "");
      if (c.length <= 60 && c.length >= 4 && PLAN_WORD.test(c.replace(/[（(].*[）)]$/, ""))) return filled[0].trim();
    }
    return null;
  }
  return null;
}

/** "2026312" → 2026-03-12, "20260312" → 2026-03-12 and "202632" → 2026-03-02; null where no date or more than one fits. */
export function bareDigitDate(line: string): string | null {
  const m = /^(20\d{2})(\d{2,4})$/.exec(line.trim());
  if (!m) return null;
  const r = m[2];
  // ("202122": a month and a day of one digit each, 2021-02-02)
  const splits = r.length === 4 ? [[r.slice(0, 2), r.slice(2)]] : r.length === 2 ? [[r.slice(0, 1), r.slice(1)]] : [[r.slice(0, 1), r.slice(1)], [r.slice(0, 2), r.slice(2)]];
  const valid = splits.map(([mo, d]) => [Number(mo), Number(d)]).filter(([mo, d]) => mo >= 1 && mo <= 12 && d >= 1 && d <= 31);
  return valid.length === 1 ? ymd(m[1], valid[0][0], valid[0][1]) : null;
}

// a signature with its date on one line: the body, then the date in figures or with 年月日, its year perhaps of the
// Minguo calendar (1912 = year 1): "某某大學 防疫小組 111/4/7", "教务处 2031.6.4"
const SIGNED_LINE_RE = /^(\S[^，。：:；;,()（）]{1,30}?)\s+((?:19|20)\d{2}|1[0-4]\d|9\d)\s*(?:([./])\s*(\d{1,2})\s*\3\s*(\d{1,2})|年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日)\s*$/;
/** The body and the date of a signature printed on one line, or null. */
export function signedLine(line: string): { signer: string; date: string } | null {
  const m = SIGNED_LINE_RE.exec(line.trim());
  if (!m || !ORG_WORD.test(foldHan(m[1]).replace(/\s+/g, ""))) return null;
  const y = Number(m[2]) + (m[2].length < 4 ? 1911 : 0);
  const mo = Number(m[4] ?? m[6]), d = Number(m[5] ?? m[7]);
  if (!(mo >= 1 && mo <= 12 && d >= 1 && d <= 31)) return null;
  return { signer: m[1].replace(/\s+/g, ""), date: ymd(y, mo, d) };
}

/** A list's bullet, as a DOCX's numbering gives it: no count, no item number. */
const BULLET = /^[•◦▪▫●○■□◆◇►▶✓✔·\-–—*\uf0a7\uf0b7\uf0d8\uf076]$/;

/**
 * The first title-like line at the top of a page or fragment: short, no sentence punctuation, not a
 * label, not numbered, naming a year, a place or a kind of document. A page that prints its title
 * twice on one line ("X X表") gives the first.
 */
const ANY_HAN = new RegExp(HAN, "u");
function pageTitle(paras: Para[]): { st: Stitched; index: number } | null {
  // (a kind of document closing a line titles the page only above its first sentence: "实施…制度" under a
  // paragraph is a measure's heading)
  let prose = false;
  for (let i = 0; i < Math.min(paras.length, 8); i++) {
    const p = paras[i];
    const t = p.st.text.trim();
    if (!t) continue;
    if (i > 0 && /[。，,；;]/.test(paras[i - 1].st.text)) prose = true;
    // (a bullet is no item number: a web page's link list above its title, "• 相关推荐", as Word lists it)
    if ((p.numbering && !BULLET.test(p.numbering)) || numbering(t)) return null;
    let st = p.st.trim();
    const halves = t.split(/\s+/);
    if (halves.length === 2 && halves[1].startsWith(halves[0])) st = st.slice(0, halves[0].length);
    const c = st.text.replace(/\s+/g, "").replace(FILE_EXT, "").replace(SITE_SUFFIX, "");
    if (c.length < 6 || c.length > 60 || !ANY_HAN.test(c)) continue;
    if (POST_STAMP.test(c)) continue;
    if (/[。；;，,！!？?]/.test(c) || /[：:]$/.test(c) || /^[^：:]{1,6}[：:]/.test(c) || DATE_LINE_RE.test(c) || DOC_NO_RE.test(c)) continue;
    if (ORG_WORD.test(c) || /^(?:附件|目录|图片)/.test(c)) continue;
    // (a Minguo year opening it names a year too: "113年度某某奖")
    if (!(/20\d{2}/.test(c) || /^(?:民国)?1[0-4]\d(?:学)?年/.test(c) || regionOf(c) || PAGE_TITLE_END.test(c) || PLAN_WORD.test(c) || NOTICE_HEAD.test(c) || (!prose && !p.numbering && !/^[•◦▪▫●■□◆◇►▶·]/.test(c) && DOC_KIND_END.test(c)))) continue;
    const ext = FILE_EXT.exec(st.text);
    return { st: ext ? st.slice(0, st.text.length - ext[0].length) : st, index: i };
  }
  return null;
}

/**
 * The year a title names: "2031年…"; a school year's second term is in its second year
 * ("2030-2031学年第二学期" → 2031), its first term in its first; "2031青禾州…" without 年.
 */
const YEAR_BEFORE_HAN = new RegExp(String.raw`(?<![\d\-—])(20\d{2})(?=${HAN})`, "u");
const MINGUO_DATE = /(?<![\d一二三四五六七八九十百零〇○])((?:民[国國]\s*)?(?:1[0-4]\d|一百(?:[零〇○][一二三四五六七八九]|[一二三四]?十[一二三四五六七八九]?)?)|民[国國]\s*(?:[3-9]\d|[三四五六七八九]十[一二三四五六七八九]?))\s*年\s*(?:\d{1,2}|十[一二]?|[一二三四五六七八九])\s*月/g;
// a Minguo date in figures with its day ("(109/02/17)", "111.4.7"), one separator throughout
const MINGUO_FIGURES = /(?<![\d.．/])(9\d|1[0-4]\d)([./])(0?[1-9]|1[0-2])\2(0?[1-9]|[12]\d|3[01])(?![\d.．/])/g;
const FORWARDED_DOC_YEAR = /(?:现将|现把|特将|兹将|将)《[^》\n]{4,120}》\s*[（(][^（()）\n]{0,20}[〔[［【]\s*((?:19|20)\d{2})\s*[〕\]］】][^（()）\n]{0,8}[）)]\s*(?:转发|印发|转)/;
const DOC_NO_YEAR = /[〔[［【(（]\s*((?:19|20)\d{2})\s*[〕\]］】)）]/;
/**
 * The year a school year or its term names, where a plan names one: "2030-2031学年第二学期" (also
 * "2030/2031学年", "2030--2031学年") → 2031, a whole school year or its first term → 2030,
 * "2030学年第二学期" → 2031, a Minguo school year ("113學年度第2學期" → 2025).
 */
function schoolYear(text: string): number | null {
  const sy = /(20\d{2})\s*[-—–至~/－]{0,2}\s*(20\d{2})\s*[学學]年(?:度)?\s*(第二[学學]期|下[学學]?期|春季[学學]期|寒假|暑假)?/.exec(text);
  if (sy && Number(sy[2]) === Number(sy[1]) + 1) return Number(sy[3] ? sy[2] : sy[1]);
  const one = /(?<![\d/\-—–~－至]\s*)(20\d{2})\s*[学學]年(?:度)?\s*(?:第二[学學]期|下[学學]?期|春季[学學]期)/.exec(text);
  if (one) return Number(one[1]) + 1;
  const roc = ROC_SCHOOL_YEAR.exec(text);
  if (roc) return rocYear(roc).base + (rocYear(roc).secondTerm ? 1 : 0);
  return null;
}

function titleYear(title: string): number | null {
  // (a 寒假 of a school year falls in its second year too: "2030-2031学年寒假及春季学期开学…")
  const sy = /(20\d{2})\s*[-—–至~/－]{1,2}\s*(20\d{2})\s*学年(?:度)?\s*(第二学期|下学期|春季学期|寒假)?/.exec(title);
  // (a school year's 寒假 or spring further on, no first term named: "关于做好2030-2031学年度全市中小学寒假工作的通知")
  if (sy && !sy[3] && Number(sy[2]) === Number(sy[1]) + 1) {
    const rest = title.slice(sy.index + sy[0].length);
    if (/寒假|春季|第二学期|下学期/.test(rest) && !/第一学期|上学期|秋季|暑假/.test(rest)) return Number(sy[2]);
  }
  if (sy) return Number(sy[3] ? sy[2] : sy[1]);
  // a school year written with 年 and its term: "2030-2031年第二学期" → 2031, "2030-2031年度第一学期" → 2030
  const yt = /(20\d{2})\s*[-—–至~/－]{1,2}\s*(20\d{2})\s*年度?\s*(?:(第二学期|下学期|春季学期|寒假)|第一学期|上学期|秋季学期)/.exec(title);
  if (yt && Number(yt[2]) === Number(yt[1]) + 1) return Number(yt[3] ? yt[2] : yt[1]);
  // a school year named by its first year: "2030学年第二学期" is the spring of 2031
  const one = /(?<![\d/\-—–~－至]\s*)(20\d{2})\s*学年(?:度)?\s*(?:第二学期|下学期|春季学期)/.exec(title);
  if (one) return Number(one[1]) + 1;
  // a Taiwanese school's year of the Minguo calendar: "113学年度第1学期" is the autumn of 2024
  const roc = ROC_SCHOOL_YEAR.exec(title);
  if (roc) return rocYear(roc).base + (rocYear(roc).secondTerm ? 1 : 0);
  // a Minguo year of a plan: "114年度校慶運動會計畫", "民國104年…計畫" (not "建校120年")
  const rocPlan = /(?<![\d])(?:(1[0-4]\d)\s*年度|民[国國]\s*(1[0-4]\d|[89]\d)\s*年)/.exec(title);
  if (rocPlan) return Number(rocPlan[1] ?? rocPlan[2]) + 1911;
  // a plan over several years ("三年行动（2030—2032年）") is for its first
  const span = /(20\d{2})\s*年?\s*[-—–~至－]{1,2}\s*(20\d{2})\s*年/.exec(title);
  if (span && Number(span[2]) > Number(span[1])) return Number(span[1]);
  const y = /(20\d{2})\s*年/.exec(title) ?? YEAR_BEFORE_HAN.exec(title);
  return y ? Number(y[1]) : null;
}

const ISSUER_FIELD_RE = /^[\s•·●▪■◆\-]*(?:印发机关|印發機關|发文机关|發文機關|发布机构|發布機構)\s*[:：]?\s*(\S+)$/u;
const NOT_ISSUER_RE = /^[\s•·●▪■◆|｜]*(?:$|[一二三四五六七八九十]+[、.．]|\d{1,2}[、.．](?!\d)|[（(][一二三四五六七八九十\d]+[)）]|(?:发文字号|文号|文號|索引号|索引號|发往|發往)|阶段|階段)/u;

// a title naming the review of a period's work: its evaluation, count, check or summing-up
const REVIEW_TITLE = /总结|總結|评估|評估|考核|统计|統計|验收|驗收|表彰|述职|述職|评议|評議/;
const SUMMARY_TITLE = /总结|總結/;
/** Whether a text names the year after `year` on its own (not in a span "2030—2031年"), where the title names no other year. */
function nextYearNamed(text: string, year: number, title: string): boolean {
  const years = title.match(/(?<!\d)(?:19|20)\d{2}(?!\d)/g) ?? [];
  if (years.some((y) => Number(y) !== year)) return false;
  const re = new RegExp(String.raw`(?<![\d\-—–~～至/－]\s*)${year + 1}\s*年(?!\s*[\-—–~～至－])`);
  return re.test(text.length > 200_000 ? text.slice(0, 200_000) : text);
}

// a signature dated by its month only: "二○○八年二月", "2031年3月" on the line under the body that signs
const MONTH_DATE_LINE_RE = /^\s*(\d{4}|[〇○零一二三四五六七八九]{4})\s*年\s*(\d{1,2}|[一二三四五六七八九十]{1,2})\s*月\s*$/;
function monthSignature(paras: Para[]): { year: number; month: number; span: [number, number] } | null {
  for (let i = 1; i < paras.length; i++) {
    const t = paras[i].st.text;
    if (t.length > 20) continue;
    const m = MONTH_DATE_LINE_RE.exec(t);
    if (!m) continue;
    const signer = paras[i - 1].st.text.trim();
    if (signer.length > 30 || /[，。：:；;,]/.test(signer) || !ORG_WORD.test(signer)) continue;
    const y = cnNum(m[1]), mo = cnNum(m[2]);
    if (y > 1990 && mo >= 1 && mo <= 12) return { year: y, month: mo, span: paras[i].st.trim().span() };
  }
  return null;
}

export const cover: Stage = (doc) => {
  const paras = doc.paras;
  const text = (p: Para) => p.st.text.trim();
  const head = Math.min(paras.length, 60);
  const meta: PlanMeta = { issuer: null, docNumber: null, issuedOn: null, title: null, year: null, region: null, located: {}, bodyStart: 0 };

  let docNoIdx = -1;
  for (let i = 0; i < head; i++) {
    if (text(paras[i]).length >= 40) continue;
    const m = DOC_NO_RE.exec(text(paras[i]));
    if (m) {
      docNoIdx = i;
      meta.docNumber = m[0].replace(/\s+/g, "");
      const at = paras[i].st.text.indexOf(m[0]);
      meta.located.docNumber = located(paras[i].st.span(at, at + m[0].length), 0.95);
      break;
    }
  }
  let noticeIdx = -1;
  // (not a sentence that refers the reader to another notice: "…参见XX《关于…安排的通知》。")
  for (let i = 0; i < head; i++) if (text(paras[i]).length < 300 && NOTICE_RE.test(text(paras[i]).replace(/\s+/g, "")) && !REFERS_TO.test(text(paras[i])) && !citesOnly(text(paras[i]))) { noticeIdx = i; break; }

  // issuing body: the masthead line above the 文号, or the signature above the date (a date in
  // figures only as a signature's, under the signer's name in the text's second half: "教务处" over
  // "2031.9.20"; not a page's date stamp under its title)
  const dateLine = (i: number) =>
    DATE_LINE_RE.exec(text(paras[i])) ?? (i > 0 && i >= paras.length / 2 && signerLine(text(paras[i - 1])) ? NUMERIC_DATE_LINE_RE.exec(text(paras[i])) : null);
  let dateIdx = -1;
  for (let i = 0; i < head; i++) {
    const m = dateLine(i);
    if (!m || (noticeIdx >= 0 && i < noticeIdx)) continue;
    const date = issuedDate(m);
    if (!date) continue;
    dateIdx = i;
    meta.issuedOn = date;
    meta.located.issuedOn = located(paras[i].st.trim().span(), 0.9);
    break;
  }
  // a notice's signing date whose 年月日 a web copy lost ("2026312" under the notice text): read only
  // where the digits allow one date alone
  if (dateIdx < 0 && noticeIdx >= 0) {
    for (let i = noticeIdx + 1; i < Math.min(head, noticeIdx + 12); i++) {
      const d = bareDigitDate(text(paras[i]));
      if (!d) continue;
      dateIdx = i;
      meta.issuedOn = d;
      meta.located.issuedOn = located(paras[i].st.trim().span(), 0.6);
      break;
    }
  }
  // no date on the cover: the signature at the end (issuer line, then date) signs the plan
  if (dateIdx < 0) {
    for (let i = paras.length - 1; i >= Math.max(head, paras.length - 6); i--) {
      const m = dateLine(i);
      const date = m && issuedDate(m);
      if (!date) continue;
      dateIdx = i;
      meta.issuedOn = date;
      meta.located.issuedOn = located(paras[i].st.trim().span(), 0.85);
      break;
    }
  }
  // the signature's body and date on one line, among the last lines
  let signedOn: { signer: string; i: number } | null = null;
  for (let i = paras.length - 1; dateIdx < 0 && i >= Math.max(0, paras.length - 3); i--) {
    const s = signedLine(text(paras[i]));
    if (!s) continue;
    dateIdx = i;
    meta.issuedOn = s.date;
    meta.located.issuedOn = located(paras[i].st.trim().span(), 0.8);
    signedOn = { signer: s.signer, i };
  }
  const issuerFrom = (i: number, conf: number) => {
    const t = text(paras[i]).replace(/\s*文\s*件$/, "");
    if (!t || t.length > 40 || /[，。：:《》]/.test(t) || DATE_LINE_RE.test(t) || /^关于/.test(t) || NOTICE_RE.test(t.replace(/\s+/g, ""))) return false;
    meta.issuer = compact(t);
    meta.located.issuer = located(paras[i].st.trim().span(0, t.length), conf);
    return true;
  };
  if (docNoIdx > 0) {
    for (let i = docNoIdx - 1; i >= Math.max(0, docNoIdx - 3) && !meta.issuer; i--) issuerFrom(i, 0.9);
  }
  // a web copy printing the 文号, then the body, then the notice's title ("…〔2023〕52号" / "XX区教育局" / "关于…的通知")
  if (!meta.issuer && docNoIdx >= 0 && docNoIdx + 2 < head) {
    const t = text(paras[docNoIdx + 1]);
    if (t.length <= 30 && ORG_WORD.test(t) && !/\d|年/.test(t) && /^关于.*通\s*知$/.test(text(paras[docNoIdx + 2]).replace(/\s+/g, ""))) issuerFrom(docNoIdx + 1, 0.7);
  }
  if (!meta.issuer && signedOn) {
    meta.issuer = signedOn.signer;
    meta.located.issuer = located(paras[signedOn.i].st.trim().span(), 0.7);
  }
  if (!meta.issuer && dateIdx > 0) {
    for (let i = dateIdx - 1; i >= Math.max(0, dateIdx - 3) && !meta.issuer; i--) if (ORG_WORD.test(text(paras[i]))) issuerFrom(i, 0.8);
  }

  // a letter's letterhead: the body's name over 函 ("某某局 函")
  for (let i = 0; i < head && !meta.issuer; i++) {
    const name = letterheadIssuer(text(paras[i]));
    if (!name) continue;
    meta.issuer = name;
    meta.located.issuer = located(paras[i].st.trim().span(0, name.length), 0.8);
  }
  // an issuing body's name as the first line, without 文件 (a plain letterhead)
  if (!meta.issuer) {
    for (let i = 0; i < Math.min(3, paras.length) && !meta.issuer; i++) {
      const t = text(paras[i]);
      if (t.length <= 30 && ORG_WORD.test(t) && !/\d|年/.test(t) && !DOC_NO_RE.test(t)) issuerFrom(i, 0.7);
    }
  }

  // the signature prints the short name ("双峰县教育局"); the letterhead line at the top the full
  // one ("娄底市双峰县教育局"): the full name is the issuer
  if (meta.issuer && dateIdx > 3) {
    const short = meta.issuer;
    for (let i = 0; i < Math.min(3, paras.length); i++) {
      const t = text(paras[i]).replace(/\s+/g, "");
      if (t.length > short.length && t.length <= 30 && t.endsWith(short) && ORG_WORD.test(t) && !/\d|年/.test(t)) {
        meta.issuer = t;
        meta.located.issuer = located(paras[i].st.trim().span(), 0.8);
        break;
      }
    }
  }

  // the plan's title: after the cover notice's date, else near the top, before the first numbered heading
  let from = 0;
  if (noticeIdx >= 0) from = dateIdx > noticeIdx ? dateIdx + 1 : noticeIdx + 1;
  else if (docNoIdx >= 0) from = docNoIdx + 1;
  let titleIdx = -1;
  const findTitle = (start: number) => {
    for (let i = start; i < Math.min(paras.length, start + 25); i++) {
      const t = text(paras[i]);
      if (numbering(t) || paras[i].numbering) break;
      if (noticeIdx >= 0 && dateIdx < 0 && /[：:]$/.test(t)) continue;
      const c = t.replace(/\s+/g, "").replace(FILE_EXT, "").replace(SITE_SUFFIX, "");
      // a bare label ("任务安排") over a block, or a table's column header, is no title
      if (c.length <= 8 && !/\d/.test(c) && columnRole(c)) continue;
      if (c.length > 60 || c.length <= 4 || /[。；;，,]/.test(c) || /文件$/.test(c) || DOC_NO_RE.test(c) || DATE_LINE_RE.test(t) || /^附件/.test(c)) continue;
      if (PLAN_WORD.test(c.replace(/[（(].*[）)]$/, ""))) return i;
    }
    return -1;
  };
  titleIdx = findTitle(from);
  // the notice signs only at the very end (after the plan): the plan's title follows the notice text
  if (titleIdx < 0 && noticeIdx >= 0 && dateIdx > noticeIdx) {
    titleIdx = findTitle(noticeIdx + 1);
    if (titleIdx >= 0) from = noticeIdx + 1;
  }
  if (titleIdx >= 0) {
    let first = titleIdx;
    // a bold or heading line naming a body above the title is part of it; so is a school's name
    // printed on the line above ("XX小学" / "2026年春季学期…方案"): a school names itself in its plans' titles
    const joins = (p: Para) => p.heading || p.bold || /(学校|小学|中学|幼儿园)$/.test(text(p));
    while (first > from && joins(paras[first - 1]) && ORG_WORD.test(text(paras[first - 1])) && text(paras[first - 1]).length <= 30) first--;
    const parts = paras.slice(first, titleIdx + 1).map(text).map((t) => t.replace(FILE_EXT, ""));
    meta.title = compact(parts.join(" "));
    const a = paras[first].st.trim().span()[0];
    const b = paras[titleIdx].st.trim().span()[1] - (FILE_EXT.exec(text(paras[titleIdx]))?.[0].length ?? 0);
    meta.located.title = located([a, b], first < titleIdx ? 0.75 : 0.9);
    meta.bodyStart = titleIdx + 1;
  } else if (noticeIdx >= 0) {
    const nt = text(paras[noticeIdx]);
    const m = /《([^》]{2,80})》/.exec(nt);
    if (m) {
      meta.title = compact(m[1]);
      const at = paras[noticeIdx].st.text.indexOf(m[1]);
      meta.located.title = located(paras[noticeIdx].st.span(at, at + m[1].length), 0.7);
    }
    meta.bodyStart = Math.max(from, dateIdx + 1);
    // "关于报送…计划的通知" asks for a plan and signs after its own numbered demands: it is the plan
    const numberedBeforeDate = paras.slice(noticeIdx + 1, dateIdx).some((p) => p.numbering || numbering(text(p)));
    if (!m && dateIdx > noticeIdx && numberedBeforeDate) {
      meta.title = compact(nt);
      meta.located.title = located(paras[noticeIdx].st.trim().span(), 0.8);
      meta.bodyStart = noticeIdx + 1;
      meta.notice = /通\s*知$/.test(nt);
    }
  }

  // labelled metadata when nothing better: "发布机构：…", "成文日期：…" kept from a web page, a
  // quoted header "> 发布单位：X ｜ 文号：Y ｜ 发布日期：2024-03-12", a table's "制表时间：…" row
  const fieldSources: Stitched[] = [...(doc.pageMeta ?? []), ...paras.slice(0, head).map((p) => p.st)];
  for (const it of doc.items) {
    if (it.kind !== "table") continue;
    for (const row of it.table.rows.slice(0, 3)) for (const c of row) if (c.text.trim()) fieldSources.push(c);
    break;
  }
  // a page's record printed as a table row of label and value cells ("成文日期： | 2026-03-12 |")
  for (const it of doc.items) {
    if (it.kind !== "table") continue;
    for (const row of it.table.rows)
      for (let j = 0; j + 1 < row.length; j++)
        // (joined by a colon when the label cell has none: "发文日期 | 2022-07-14 |" is the same field)
        if (RECORD_LABEL_CELL.test(row[j].text) && row[j + 1].text.trim())
          fieldSources.push(Stitched.join([row[j].trim(), row[j + 1].trim()], /[：:]\s*$/.test(row[j].text) ? " " : "："));
  }
  // the same row left as a line of text
  for (const st of [...(doc.pageMeta ?? []), ...paras.slice(0, head).map((p) => p.st), ...paras.slice(Math.max(head, paras.length - 6)).map((p) => p.st)]) {
    const t = st.text;
    if (!/[|｜]/.test(t)) continue;
    for (const m of t.matchAll(RECORD_ROW_PAIR)) {
      const v = m.index! + m[0].length - m[2].length;
      fieldSources.push(Stitched.join([st.slice(m.index!, m.index! + m[1].length), st.slice(v, v + m[2].length)], "："));
    }
  }
  let pageYear: number | null = null;
  // a news page's 发稿时间 or bare 日期: the year only of a page that writes no year of its own
  let postedYear: number | null = null;
  // a page's record with a bare 时间 ("作者： 时间：2025-03-28 点击数：") posts the document that year
  // (a post's stamp at the head, "2017-5-3 19:43 上传", posts the text that year)
  for (const p of paras.slice(0, head)) {
    // (a bare time stamp only for a text whose months need a year: "4月末完成…", "9月20日至10月31日")
    // (the stamp is looked for first: the whole text is scanned for a month only behind one)
    // (both stamps open with a year or with 时间: a paragraph that opens otherwise, most, is not rewritten)
    const t = text(p);
    if (t[0] !== "1" && t[0] !== "2" && t[0] !== "时" && t[0] !== "時") continue;
    const flat = t.replace(/\s+/g, "");
    const bare = TIME_STAMP.exec(flat) ?? CLOCK_STAMP.exec(flat);
    const m = POST_STAMP.exec(flat) ?? (bare && PRINTED_MONTH.test(doc.text) ? bare : null);
    if (m) {
      postedYear = Number(m[1]);
      break;
    }
  }
  for (const st of doc.pageMeta ?? []) {
    // (or a news page's 来源 that gives the date where a source's name would stand: "来源:2031-05-04 | 人围观")
    const m = /(?:^|[\s｜|])(?:时间|来源)\s*[：:]\s*(20\d{2})\s*[-年/.]\s*\d{1,2}/.exec(st.text);
    if (m) {
      pageYear = Number(m[1]);
      break;
    }
  }
  for (const st of fieldSources) {
    const t = st.text;
    if (t.length > 200) continue;
    // fields are separated by ｜ | or wide gaps
    const FIELD = /(发布单位|发布机构|发文机关|发文单位|印发单位|发文字号|文号|成文日期|成文时间|发文日期|公发布日|发布日期|发布时间|发稿时间|(?<![\u4e00-\u9fff])日期|印发日期|制表时间|制表日期|填报时间)\s*[：:]\s*([^｜|\n]*?)(?=\s*(?:[｜|]|\s{2,}|\u3000|$|\n))/g;
    for (const m of t.matchAll(FIELD)) {
      const value = m[2].trim();
      if (!value) continue;
      const at = m.index! + m[0].indexOf(m[2]);
      if (/单位|机构|机关/.test(m[1])) {
        // (a body's name: spam injected into a page's record names none)
        if (!meta.issuer && value.length <= 40 && (ORG_WORD.test(value.replace(/\s+/g, "")) || /办$/.test(value))) {
          meta.issuer = compact(value);
          meta.located.issuer = located(st.span(at, at + value.length), 0.6);
        }
      } else if (/文号|字号/.test(m[1])) {
        const d = DOC_NO_RE.exec(value);
        if (!meta.docNumber && d) {
          meta.docNumber = d[0].replace(/\s+/g, "");
          const da = at + value.indexOf(d[0]);
          meta.located.docNumber = located(st.span(da, da + d[0].length), 0.7);
        }
        // (a Taiwanese office's 字号, "某教字第1130000001号": no bracketed year; a letter's, dated by its 发文日期 —
        // a law's record, "公发布日" over "发文字号", numbers its last amendment, not the page's text)
        const w = d || !fieldSources.some((f) => /发文日期\s*[：:]/.test(f.text)) ? null : wordNumber(value);
        if (!meta.docNumber && w) {
          meta.docNumber = w;
          meta.located.docNumber = located(st.span(at, at + value.length), 0.6);
        }
      } else if (!meta.issuedOn) {
        // a page's 发布日期/发布时间 is when the site posted it, not when the document was signed:
        // only beside the document's own record (its 文号 or 发文/成文日期 in the same line) does it date it
        // (so does a news page's 发稿时间 or bare 日期: "日期：2031-07-10 11:07 来源：…")
        if (/^(?:发布|发稿|日期)/.test(m[1]) && !/(?:文号|字号)\s*[：:]\s*[^\s｜|：:]|发文日期|成文日期/.test(t)) {
          const y = /^(20\d{2})\s*[-年/.]/.exec(value) ? Number(value.slice(0, 4)) : null;
          if (/^发布/.test(m[1])) pageYear ??= y;
          else postedYear ??= y;
          continue;
        }
        // (a letter's Minguo date: "发文日期：中华民国113年03月29日"; a law's record, "公发布日：民国 101 年 09 月 27 日")
        const minguo = /发文日期|成文日期|公发布日/.test(m[1]) ? minguoFieldDate(value) : null;
        if (minguo) {
          meta.issuedOn = minguo;
          meta.located.issuedOn = located(st.span(at, at + value.length), 0.7);
          continue;
        }
        const d = /^(\d{4})\s*[-年/.]\s*(\d{1,2})\s*[-月/.]\s*(\d{1,2})/.exec(value);
        if (d && Number(d[2]) >= 1 && Number(d[2]) <= 12 && Number(d[3]) >= 1 && Number(d[3]) <= 31) {
          meta.issuedOn = ymd(d[1], Number(d[2]), Number(d[3]));
          meta.located.issuedOn = located(st.span(at, at + d[0].length), /成文|发布|印发/.test(m[1]) ? 0.7 : 0.5);
        }
      }
    }
  }
  // the page's record names the document: "名称：…  文号：…"
  if (!meta.title) {
    // (a page record left among the lines: "名称：…" opening a line before the first numbered one)
    const firstNumbered = paras.findIndex((p) => p.numbering || numbering(text(p)));
    const top = paras.slice(0, firstNumbered < 0 ? head : Math.min(head, firstNumbered)).map((p) => p.st);
    for (const st of [...(doc.pageMeta ?? []), ...top]) {
      const m = RECORD_NAME.exec(st.text);
      if (!m) continue;
      const at = m.index + m[0].length - m[1].length;
      meta.title = compact(m[1]);
      meta.located.title = located(st.span(at, at + m[1].length), 0.7);
      break;
    }
  }
  // a spreadsheet whose title is a merged row of its table (after an "附件" row)
  if (!meta.title) {
    const found = tableTitle(doc);
    if (found) {
      meta.title = compact(found.text);
      meta.located.title = located(found.span(), 0.8);
    }
  }
  // a notice that hands out no plan ("关于做好…工作的通知"): its own title is the document's
  if (!meta.title && noticeIdx < 0) {
    for (let i = 0; i < head; i++) {
      const c = text(paras[i]).replace(/\s+/g, "");
      if (c.length > 60 || !NOTICE_TITLE_RE.test(c)) continue;
      meta.title = compact(text(paras[i]));
      meta.located.title = located(paras[i].st.trim().span(), 0.8);
      meta.bodyStart = Math.max(meta.bodyStart, i + 1);
      meta.notice = /通知$/.test(c);
      break;
    }
  }
  // a web page or a fragment without a plan's title: its own first title-like line
  if (!meta.title) {
    const found = pageTitle(paras);
    if (found) {
      meta.title = compact(found.st.text);
      meta.located.title = located(found.st.span(), 0.6);
      meta.bodyStart = Math.max(meta.bodyStart ?? 0, found.index + 1);
    }
  }
  // a letter with no title of its own: its letterhead heads it ("某某局 函")
  if (!meta.title) {
    const i = paras.slice(0, head).findIndex((p) => letterheadIssuer(text(p)));
    if (i >= 0) {
      meta.title = compact(text(paras[i]));
      meta.located.title = located(paras[i].st.trim().span(), 0.5);
      meta.bodyStart = Math.max(meta.bodyStart ?? 0, i + 1);
    }
  }
  // a site's tag before or after a page's title ("【转发】…", "…【某某署】") is no part of it (a tag inside it, "…【第45届】…", is)
  if (meta.title && /^【[^【】]{1,6}】|【[^【】]{1,6}】$/.test(meta.title)) {
    const bare = meta.title.replace(/^【[^【】]{1,6}】|【[^【】]{1,6}】$/g, "").trim();
    if (bare.length >= 6) meta.title = bare;
  }
  // a page's breadcrumb trail before its title ("您的当前位置:首页…") is no part of it
  if (meta.title) meta.title = withoutBreadcrumb(meta.title);
  // an issuer read from a page's field of the body that printed it ("• 印发机关教育部") is the body; one that is an
  // item's heading ("一、成立…领导小组"), a bullet or a table rule, or a field's label ("文号", "发文字号",
  // "索引号…") names no body
  if (meta.issuer) {
    const field = ISSUER_FIELD_RE.exec(meta.issuer);
    if (field && field[1].length >= 2) meta.issuer = field[1];
    else if (NOT_ISSUER_RE.test(meta.issuer)) {
      meta.issuer = null;
      delete meta.located.issuer;
    }
  }
  // a body's name alone on the last line, with no date under it ("青禾市民生办"), signs the document
  if (!meta.issuer && paras.length >= 3) {
    const last = paras[paras.length - 1];
    const t = text(last).replace(/\s+/g, "");
    if (t.length >= 4 && t.length <= 20 && !/[\d，。；：:,]/.test(t) && (ORG_WORD.test(t) || /办$/.test(t)) && regionOf(t)) {
      meta.issuer = t;
      meta.located.issuer = located(last.st.trim().span(), 0.6);
    }
  }
  // "XX县教育局2023年度…分解表": the body named at the head of the title issued it
  // (not a bare "市教育局…": a copy that lost the place names no body)
  if (!meta.issuer && meta.title) {
    const m = TITLE_ISSUER_RE.exec(meta.title);
    if (m && regionOf(m[1])) {
      meta.issuer = m[1];
      const [a] = meta.located.title!.span;
      meta.located.issuer = located([a, a + m[1].length], 0.6);
    }
  }

  // year: the title's, else the signing date's, else the year the text mentions most
  if (meta.title) meta.title = meta.title.replace(SITE_SUFFIX, "") || meta.title;
  // a site's excerpt opening with a dash ("——2026春季学期…计划"): the dash is no part of the title
  const dash = meta.title ? /^[—―]+\s*/.exec(meta.title) : null;
  if (meta.title && dash && meta.title.length > dash[0].length) {
    meta.title = meta.title.slice(dash[0].length);
    const at = meta.located.title;
    if (at && doc.text.slice(at.span[0], at.span[0] + dash[0].length) === dash[0]) meta.located.title = located([at.span[0] + dash[0].length, at.span[1]], at.confidence);
  }
  let ty = meta.title ? titleYear(meta.title) : null;
  // the document's own date — its signing date, or a signature dated by its month only ("二○○八年二月"
  // under the school's name) — against a title's year: a plan is signed in its year, or late in the year
  // before it (from September). A title year later than that is a page's headline or a copy re-dated
  // for the site ("2017年…工作计划" over a text signed in 2008), and the signature's year is the document's.
  const signed = meta.issuedOn ? { year: Number(meta.issuedOn.slice(0, 4)), month: Number(meta.issuedOn.slice(5, 7)), span: meta.located.issuedOn?.span } : monthSignature(paras);
  if (ty && signed && (ty > signed.year + 1 || (ty === signed.year + 1 && signed.month < 9))) {
    meta.year = signed.year;
    meta.located.year = located(signed.span ?? [0, 0], 0.6);
    ty = null;
  } else if (ty && signed && signed.year === ty + 1 && REVIEW_TITLE.test(meta.title!)) {
    // a review of a year's work — its evaluation, its count, its summing-up ("关于做好2030年度…督导评估的通知",
    // "2030学年…统计工作的通知") — signed in the year after is work of that year
    meta.year = signed.year;
    meta.located.year = located(signed.span ?? [0, 0], 0.6);
    ty = null;
  } else if (ty && !signed && SUMMARY_TITLE.test(meta.title!) && nextYearNamed(doc.text, ty, meta.title!)) {
    // an unsigned summing-up of one year ("2030年…工作总结", "…2030年教育工作总结会召开") whose text goes on to
    // the next year by itself ("2031年是…之年", "2031年…活动月工作") is of that next year: its undated months are
    meta.year = ty + 1;
    ty = null;
  } else if (ty) meta.year = redatedTitleYear(doc.text, meta.title!, ty) ?? ty;
  else if (meta.issuedOn) meta.year = Number(meta.issuedOn.slice(0, 4));
  else if (signed) meta.year = signed.year;
  else if (meta.docNumber && DOC_NO_YEAR.test(meta.docNumber)) {
    // the plan's own 文号 names the year it was issued in ("青政发〔2031〕8号")
    meta.year = Number(DOC_NO_YEAR.exec(meta.docNumber)![1]);
  } else if (schoolYear(doc.text.slice(0, 600)) !== null) {
    // a school year or its term named at the head — a title line the reader did not take, run into a
    // file name above it ("學期行事曆.pdf 青禾國民小學 113學年度…") or a page's blurb ("导读：小学2030学年第二学期…")
    meta.year = schoolYear(doc.text.slice(0, 600));
  } else {
    const counts = new Map<number, number>();
    const sample = doc.text.length > 2_000_000 ? doc.text.slice(0, 2_000_000) : doc.text;
    // ("2031春季园务计划": a term after the year stands for 年)
    // (not the years of a birth span, "满3周岁(2027年9月1日—2028年8月31日期间出生)": an age, not the plan's time)
    for (const m of sample.matchAll(/(?<!\d)(20\d{2})\s*(?:年(?!\s*以来)|(?=春季|秋季))/g)) {
      if (BIRTH_SPAN.test(sample.slice(m.index!, m.index! + 48))) continue;
      counts.set(Number(m[1]), (counts.get(Number(m[1])) ?? 0) + 1);
    }
    // Minguo dates with their month ("民國 101 年 09 月 27 日", "一百零一年十月三十一日", "104年10月12日"), as Gregorian years
    for (const m of sample.matchAll(MINGUO_DATE)) {
      const y = minguoYear((m[1] ?? "").replace(/[國]/g, "国"));
      if (y !== null && y >= 1940 && y <= 2060) counts.set(y, (counts.get(y) ?? 0) + 1);
    }
    for (const m of sample.matchAll(MINGUO_FIGURES)) counts.set(Number(m[1]) + 1911, (counts.get(Number(m[1]) + 1911) ?? 0) + 1);
    // a span with its year cut to two figures ("10年2月26日—2月28日", a calendar's first week): 2010, where
    // no year is written whole
    if (!counts.size) {
      for (const m of sample.matchAll(/(?<![\d年*])([0-3]\d)\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*[—–\-~～至]/g)) counts.set(2000 + Number(m[1]), (counts.get(2000 + Number(m[1])) ?? 0) + 1);
    }
    let best = 0;
    for (const [y, n] of counts) if (n > best || (n === best && y < (meta.year ?? 9999))) { best = n; meta.year = y; }
    // a text that speaks of "明年" looks ahead from its own year: the earliest year it names, where the years
    // it names follow on from it ("今年11月至明年3月前…2011年秋季…2010年-2011年上半年…" is of 2010)
    if (best && /明年|明年度/.test(sample)) {
      const years = [...counts.keys()].sort((a, b) => a - b);
      if (years.length >= 2 && years[years.length - 1] - years[0] <= 3 && years[0] < meta.year!) meta.year = years[0];
    }
    // a year named once is a weaker sign than the year the page posted the document in
    if (best < 2 && pageYear) meta.year = pageYear;
    else if (!best && postedYear) meta.year = postedYear;
    // nothing dated at all: a notice forwarding a document is of that document's year, its 文号 printed
    // in the sentence that forwards it ("现将《…》（…〔2031〕1号）转发给你们")
    if (meta.year === null) {
      const fwd = FORWARDED_DOC_YEAR.exec(doc.text.slice(0, 3000));
      if (fwd) meta.year = Number(fwd[1]);
    }
    // still nothing: a government page's record at the head dates it ("发布日期 | 2031-03-07")
    if (meta.year === null) meta.year = recordDateYear(doc.text.slice(0, 600));
  }
  if (meta.year !== null && !meta.located.year) meta.located.year = located(meta.located.title?.span ?? meta.located.issuedOn?.span ?? [0, 0], ty ? 0.9 : 0.6);

  meta.region = regionOf(meta.issuer) ?? regionOf(meta.title);
  if (!meta.region) {
    const counts = new Map<string, number>();
    const sample = doc.text.length > 2_000_000 ? doc.text.slice(0, 2_000_000) : doc.text;
    // a county named at the start of a line or a clause; not "副县长", "全县", "县区"
    // the recipients ("各县（市、区）教育局，赣江新区…：") are addressed, they do not place the document
    const recipients = paras
      .slice(0, head)
      .filter((p) => /^(?:各|全[省市县区]各|局属|厅机关|市直|县直|区直)/.test(text(p)) && /[：:]$/.test(text(p)) && text(p).length <= 160)
      .map((p) => p.st.trim().span());
    for (const m of sample.matchAll(COUNTY_RE)) {
      if (recipients.some(([a, b]) => m.index! >= a - 1 && m.index! < b)) continue;
      if (/^(全|本|我|各|城|该|辖|市|县|区|校|园|社|片|学|景|小|副|在|对|于|两|山|郊|新|老|城)/u.test(m[1])) continue;
      if (/[每所个的和与及其这那此城郊全为]|推动|推进/u.test(m[1])) continue; // "每所城区", "这个县", "推动全县": not names
      if (/^(?:根据|按照|依据|结合|经|由|向|报|从|请|把|将|以|据)/u.test(m[1])) continue; // "根据区教育局…": a preposition before 区, not a name
      counts.set(m[1], (counts.get(m[1]) ?? 0) + 1);
    }
    let best = 0;
    for (const [r, n] of counts) if (n > best) { best = n; meta.region = r; }
  }
  return { ...doc, meta };
};

// a year named in a line, "2014年" (read by redatedTitleYear only)
const YEAR_NAMED = /(?<!\d)(20\d{2}|19\d{2})\s*年/g;

/**
 * A title's year that the text under it never names, where the text names one other year, two years or more
 * earlier, twice or more ("2017年…工作计划范文" over "开展2014年“安全月”…活动时间：2014年5月25日…"): a copy
 * re-dated for a site, the text's own year the plan's; null for any other title (xsched).
 */
function redatedTitleYear(text: string, title: string, ty: number): number | null {
  const counts = new Map<number, number>();
  for (const line of text.slice(0, 200_000).split("\n")) {
    // (the title printed again, as a heading or with a sample's number after it, is the title)
    // (a line without 年, most lines, names no year)
    if (!line.includes("年") || line.includes(title)) continue;
    for (let m = firstMatch(YEAR_NAMED, line); m; m = YEAR_NAMED.exec(line)) counts.set(Number(m[1]), (counts.get(Number(m[1])) ?? 0) + 1);
  }
  if (counts.size !== 1 || counts.has(ty)) return null;
  const [[year, n]] = [...counts];
  return n >= 2 && year <= ty - 2 ? year : null;
}

