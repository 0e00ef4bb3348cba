// Dates that are no deadline: what the task waits for or what was done, a reason, a standing rule, a notice's own
// period, the day a body considers a matter, a cited document's date; a holiday or rest period, a class swap, a progress report's date,
// a signature's date under the body that signs.
import { clauseEnd, clauseStart } from "./clauses.js";

// a clause opening on 待/等到 ("二是待…完成后"): the condition the work waits for
const NOT_DUE_BEFORE = /^\s*(?:[一二三四五六七八九十]是)?\s*(?:待|等到)[^，,。；;]*$/;
// a verb of work with 了 after the date ("…通过了测评"): what was done then
const DONE_AFTER = /(?:通过|完成|召开|举办|举行|开展|取得|实现|建成|获得|启动)了/;
// ("3月已完成资料报送", "10月業已召開說明會": 已 right after the date, what was done by then)
const ALREADY_AFTER = /^\s*(?:已经?|业已)\s*(?:全部|顺利|基本)?\s*(?:完成|召开|举办|举行|开展|建成|通过|送|报|上传|填报|发放|实施|启动|印发|下发)/;
const AFTER_DATE = /^\s*(?:[（(][^）)]{1,6}[）)])?\s*(?:开学|开课|开工)?\s*(?:以后|之后|后(?![勤续期备进台盾]))(?![^，,。；;]{0,10}内)/;
// a clause opened by its reason: 由于/因为, or 因 right before the date
const CAUSE_BEFORE = /^\s*(?:(?:由于|因为)[^，,。；;]*|因\s*)$/;

// a document's number right after the date: "依本部3月5日某教字第12号函", "…2031年3月5日某教发〔2031〕8号通知" — the date a
// cited document was sent
const DOC_NUMBER_AFTER = /^\s*[^\s，,。；;、]{1,12}?(?:字\s*第?\s*\d+\s*号|〔\s*\d{4}\s*〕\s*第?\s*\d+\s*号)/;

// the schedule a change replaces: "原定2月11日开学", "寒假原为1月21日至2月10日", "原109年1月17日(星期五)及1月20日之课程"
// (the dates run on after 原 up to this one; not 原则, 原因: a word goes on after 原)
const FORMER_BEFORE = /(?<![按照依])原(?:定|为|订|计划|本|先|来)?\s*(?:于|在)?\s*(?:[\d\s年月日号、及和与至到—\-～~]|[（(](?:星期|周)?[一二三四五六日天][）)])*$/;
// "指挥中心2月2日决定将开学日延后": the day a decision was taken, not what is due by it; "3月9日(星期四)仍未填报的学校":
// the day a condition is checked (what is still not done by then), the deadline coming after it
const DECIDED_AFTER = /^\s*(?:[（(][^）)]{1,6}[）)])?\s*(?:决定|宣布|决议|(?:仍|尚|还)未)/;

// the observance a day is (after a colon, or 是/为): 世界…日, 全国…日, …节, …纪念日, closed by a list mark or the clause's end
const OBSERVANCE_AFTER = /^\s*(?:[：:]|是|为)\s*(?:(?:世界|全国|国际|中国|国家)[\u4e00-\u9fff]{1,10}日|[\u4e00-\u9fff]{1,8}(?:节|纪念日))(?=\s*(?:[、，,;；。]|$))/;

/** Whether the text right after a day names the observance the day is ("4月22日：世界地球日、…", "9月10日：教师节"): no deadline. */
export function observanceDay(after: string): boolean {
  return OBSERVANCE_AFTER.test(after);
}

/** Whether a date between the words of its clause before it (`lead`) and after it (`tail`) is no date anything is due by. */
export function notDue(lead: string, tail: string): boolean {
  // "公示时间为12月11日至12月17日": the period of the notice itself, no task's deadline
  if (/公示(?:时间|期)/.test(lead)) return true;
  if (DOC_NUMBER_AFTER.test(tail)) return true;
  // "每年于1月重新建立台账", "每学期3月份开展": a date that comes round every year or term is a standing rule
  if (/每(?:一)?(?:年|学年|学期)/.test(lead)) return true;
  // "待村委会3月末换届完成后", "虽然去年1月份通过了验收": what the task waits for, or what was done
  if (NOT_DUE_BEFORE.test(lead) && /后\s*$/.test(tail)) return true;
  if (/^\s*虽(?:然)?/.test(lead) || DONE_AFTER.test(tail) || ALREADY_AFTER.test(tail)) return true;
  // "于9月开学后公告于班级", "3月10日以后陆续办理": what starts after the date, nothing due by it (not "开学后两周内")
  if (AFTER_DATE.test(tail)) return true;
  if (FORMER_BEFORE.test(lead) || DECIDED_AFTER.test(tail)) return true;
  // "某某防制法于112年3月22日修正施行": the day a law took effect, cited (no gold dates a law's 施行)
  if (/(?:法|条例|办法|规定|细则)\s*(?:于|自|已于)?\s*$/.test(lead) && /^\s*(?:起)?\s*(?:修正|修订)?\s*(?:公布)?\s*施行/.test(tail)) return true;
  // "临时办公室会持续延至明年2月底", "高温将持续至9月初": how long a state lasts, nothing due by its end
  if (/(?:持续|延续)\s*延?\s*(?:至|到)\s*(?:今年|明年|次年)?\s*$/.test(lead)) return true;
  // "8月16日由领导小组研究决定人选": the day a body is to consider the matter, what it decides being open
  if (/^\s*(?:[（(][^）)]{1,6}[）)])?\s*由[^，,。；;]{1,16}?(?:研究|讨论|商定)/.test(tail)) return true;
  // "因7月3日举行派位仪式，…", "由于2031年测评体系还未下发，…": the reason for the work
  return CAUSE_BEFORE.test(lead);
}

export const SIGNER_LINE = /(?:^|\n)[^\n，,。；;：:]{2,30}(?:局|处|室|校|院|办|委|会|中心|园|部|政府|小学|中学|大学)[ \t]*\n[ \t]*$/u;
/** Whether a line names a body that signs ("教务处", "城港路街道中心小学"): the line a signing date goes under. */
export function signerLine(line: string): boolean {
  return SIGNER_LINE.test(`${line}\n`);
}
/** A date that is the whole of its line, under a line naming the body that signs. */
export function signatureDate(t: string, a: number, b: number): boolean {
  const ls = t.lastIndexOf("\n", a - 1) + 1;
  const nl = t.indexOf("\n", b);
  return ls > 0 && /^[ \t]*$/.test(t.slice(ls, a)) && /^[ \t]*$/.test(t.slice(b, nl < 0 ? t.length : nl)) && SIGNER_LINE.test(t.slice(Math.max(0, ls - 40), ls));
}

// days off: a holiday, a rest period, leave taken in turns
// ("学生寒假从2月7日开始至3月2日结束", "暑假为7月15日至8月29日": the break's own span)
const REST = /放假|休假|轮休|调休|假期为|(?:暑假|寒假)为|放寒假|放暑假|为(?:暑假|寒假|假期)|(?:暑假|寒假)时间|(?:暑假|寒假|假期)(?:从|自)|离校/;
// "9月28日（周四）上周五的课", "10月8日按周一课表上课": a class swap
export const SWAP_DAY = /^\s*(?:上|补|按)\s*(?:周|星期)[一二三四五六日天](?:的)?课/;
// a rule or a duty that holds through a period ("一律不得", "值班", "带班")
export const DUTY_OR_RULE = /不得|禁止|严禁|一律|值班|带班|值守/;
/** The days from `a` to `b` are a holiday or a rest period ("放假时间为…至…", "…至…合理安排轮休"). */
export function restPeriod(t: string, a: number, b: number): boolean {
  let cs = clauseStart(t, a);
  // "学生假期从1月20日起，均止于2月26日": a clause of only the span's end is said of by the one before
  if (cs > 0 && "，,".includes(t[cs - 1]) && /^\s*(?:均|都|一律)?\s*(?:止于|止至|截止于|截止到)\s*$/.test(t.slice(cs, a))) cs = clauseStart(t, cs - 1);
  let ce = clauseEnd(t, b);
  // "10月1日—7日，全体师生放假": a clause of only the days is said of by the next one
  if (t.slice(b, ce).trim().length < 2 && ce < t.length && "，,".includes(t[ce])) ce = clauseEnd(t, ce + 1);
  // ("寒假放假时间：1月8日至2月25日": the label before the clause names the break)
  return REST.test(t.slice(cs, a)) || REST.test(t.slice(b, ce)) || restLabelBefore(t, cs);
}
const REST_LABEL = /(?:放假|休假|假期)(?:时间|日期|安排)?\s*[：:]$/;
/** The label right before the clause at `cs` names a break ("元旦放假时间：…"). */
function restLabelBefore(t: string, cs: number): boolean {
  return cs > 0 && REST_LABEL.test(t.slice(Math.max(0, cs - 12), cs));
}
/** The date at `a` stands in a clause under a break's label: the day off. */
export function restLabelled(t: string, a: number): boolean {
  return restLabelBefore(t, clauseStart(t, a));
}
/** "截止4月底，11个项目已完工": the date of a progress report, no deadline. */
export function progressReport(t: string, a: number, b: number): boolean {
  const lead = t.slice(Math.max(0, a - 14), a);
  // "完成情况：截止8月底某校完成教学楼改造": under a report's label, what was done by the day it counts to
  if (REPORT_LABEL_BEFORE.test(lead)) return true;
  // "至2031年12月底，某局圆满完成…任务": a clause opened by the day, told as done (圆满/顺利完成 with no 确保/力争/要 before it)
  const opened = (a <= 8 ? "\n" : "") + t.slice(Math.max(0, a - 8), a);
  const done = DONE_IN_FULL_AFTER.exec(t.slice(b, b + 40));
  if (/[。；;\n]\s*(?:截止|截至|至)(?:到)?\s*$/.test(opened) && done && !INTENT.test(done[1])) return true;
  // ("报表内容为截至3月底各地工作进展情况": the day a report's figures are counted to)
  return /(?:截止|截至)(?:到)?\s*$/.test(t.slice(Math.max(0, a - 4), a)) && (/^[^。；;\n]{0,30}?已/.test(t.slice(b)) || /^[^，,。；;\n]{0,16}?(?:进展情况|进度情况|完成情况|情况|数据)/.test(t.slice(b)));
}
// a report's label right before the day it counts to ("2、完成情况：截止8月底", "推进情况:截至6月")
const REPORT_LABEL_BEFORE = /(?:完成|进展|推进|落实|進展|推進|落實)情[况況]\s*[：:]\s*(?:截止|截至)(?:到)?\s*$/;
// the clause after the day tells the work as done in full ("，某局圆满完成…"), no word of intent before it
const DONE_IN_FULL_AFTER = /^\s*(?:底|末)?\s*[，,]?([^，,。；;\n]{0,16}?)(?:圆满|圓滿|顺利|順利)完成/;
const INTENT = /确保|確保|力争|力爭|要|务必|務必|争取|爭取|将|將|须|須|应|應|拟|擬|计划|計劃/;
