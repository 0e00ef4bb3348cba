// A person's name recognised by its structure (issue 9, xleaders14): a surname, then one or two
// characters — written spaced for width ("张 华"), in traditional script ("張華"), or with the post
// or form of address that follows it ("周敏老师", "李明副校长", "王芳同志"), which is dropped. Never a
// body's or a place's name (…办, …处, …组, …学校), a group (各…, 全体…) or one of the common words
// that merely open with a surname's character (全面, 明确, 安全, 万元).
import { SURNAMES } from "./surnames.js";
import { foldHan } from "./hanFold.js";

// the two-character surnames a name of four characters opens with
const DOUBLE_SURNAMES = /^(?:欧阳|司马|上官|诸葛|东方|皇甫|尉迟|公孙|慕容|长孙|宇文|司徒|夏侯|令狐|端木|百里|呼延|南宫|西门|独孤|澹台|申屠|万俟|闻人|太史)/u;
// a post or a form of address after the name
const POST_AFTER = /(?:副?(?:校长|局长|园长|院长|主任|书记|组长|部长|处长|科长|股长|馆长)|老师|教师|同志|先生|女士)$/u;
// a post before the name ("副校长李明", "教务主任周敏")
const POST_BEFORE = /^(?:[\u4e00-\u9fff]{0,4}?副?(?:校长|局长|园长|院长|主任|书记|组长|部长|处长|科长|股长))(?=[\u4e00-\u9fff]{2,3}$)/u;
// the end of a body's, a place's (文昌镇, 城关区) or a post's name
const BODY_END = /(?:[办部委队组科股系处室局馆站校园厅场宫所院会团班级段镇乡村街区县市省州台]|中心|学校|小学|中学|幼儿园|年级|成员|人员|代表|领导|干部|师生|学生|家长)$/u;
// the last character of a post ("队长", "主任", "导师", "书记", "议员"): no name ends with it
const POST_END = /[长任师记员]$/u;
// common words opening with a surname's character, which a clause may put before 负责
const NOT_NAMES = new Set(
  "单位 單位 全面 全体 全部 全校 全员 全权 全程 全力 万元 明确 安全 文明 文化 文艺 高度 高中 高校 成立 和谐 平安 时间 方面 关于 常规 向上 于是 周末 单独 宣传 方案 管理 金额 计划 项目 任务 工作 责任 包干 包保 相关 应急 通知 严格 卫生 党政 党建 常务 齐抓 曾经".split(" "),
);

/** Every character of `s` is a Han character of U+3400–9FFF or U+F900–FAFF (by char code: a character outside the BMP is none). */
function allHan(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (!((c >= 0x3400 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff))) return false;
  }
  return true;
}

/**
 * The bare name when `text` is a person's name (with the spaces, the post or the form of address
 * around it dropped), otherwise null. `text` is the printed form: the result keeps its script.
 */
export function bareName(text: string): string | null {
  let s = text.replace(/[\s\u3000]+/g, "");
  // (a post after the name, then one before it: "李明副校长", "副校长李明")
  const after = POST_AFTER.exec(foldHan(s));
  if (after) {
    // ("李校长", "王老师": a surname with a post names the post's holder, not a name the ledger can match)
    if (after.index < 2) return null;
    s = s.slice(0, after.index);
  }
  const before = POST_BEFORE.exec(foldHan(s));
  if (before) s = s.slice(before[0].length);
  const f = foldHan(s);
  if (!allHan(s)) return null;
  const double = DOUBLE_SURNAMES.test(f);
  if (s.length < 2 || s.length > (double ? 4 : 3)) return null;
  if (!double && !SURNAMES.has(s[0]) && !SURNAMES.has(f[0])) return null;
  if (BODY_END.test(f) || POST_END.test(f) || NOT_NAMES.has(f) || /^(?:各|全体|所有)/u.test(f)) return null;
  // a day of the week ("（周四）", "周日") opens with a surname's character but names no one
  if (/^周[一二三四五六日天末]$/u.test(f)) return null;
  return s;
}

/**
 * Whether `text` (three Han characters, no post around it) may be a person's name of a surname outside the list
 * ("甲乙丙" where the text's structure already says it names a person): none of the words bareName refuses.
 */
export function mayBeName(text: string): boolean {
  const f = foldHan(text.replace(/[\s\u3000]+/g, ""));
  // (a clause's words before the post: "成立以园长为组长…", "由校长负责…")
  if (/[以的为由在是和与及对把将使让请]/u.test(f) || NOT_NAMES.has(f.slice(0, 2))) return false;
  if (isPersonName(text)) return true;
  return f.length === 3 && allHan(f) && !POST_AFTER.test(f) && !BODY_END.test(f) && !POST_END.test(f) && !/^(?:各|全|本|该|我|每|学|校|副)/u.test(f);
}

/** Whether `text` is a person's name as printed, with no post around it. */
export const isPersonName = (text: string) => bareName(text) === text.replace(/[\s\u3000]+/g, "");

/**
 * The teachers of each class or grade named by their post ("各班班主任", "各年级教师"): in a plan's own
 * sentences — "由各班班主任负责", "（责任人：各班主任）" — they answer for the work, as its leaders.
 */
export const POSTED_GROUP = /^各\S{0,6}?(?:班主任|教师|老师|辅导员)$/u;

/**
 * The head of each of several bodies named by the post ("各节目负责人", "各分会主席"; not 各责任人 alone): people
 * who answer for the work — its leaders wherever they are named, never a unit (xleaders17).
 */
export const HEADS_GROUP = /^各[^\s、，,]{1,6}?(?:负责人|责任人|主席)$/u;
