// Quantified targets: 达到 94%、8000 人次以上、不低于 1:1000、新建 4 所、3.03 万平方米、百分之九十五、两次.
import type { ExtractedTarget } from "../model.js";
import { afterItemNumber, clauseEnd, clauseStart, insideQuotes, sentenceEnd, sentenceStart } from "./clauses.js";
import { cnToInt } from "./numbering.js";
import type { Stitched } from "./stitched.js";
import { HAN, HAN_RANGES } from "./han.js";
import { foldHan } from "./hanFold.js";
import { firstMatch } from "./matchFrom.js";

// Longer units first ("平方公里" before "公里"). Measure words of buildings, equipment and works
// (栋 座 块 处 条 公里), trees planted (株) and hospital beds (床), count as units as printed.
// Two-character measure words come before their first character ("场次" before "场"; "项次", events counted
// each time held, before "项").
// ("㎡" and "m²" as printed: the scorer folds both to "m2"; "平米" is 平方米 said short, "3万平米" a unit of its own)
// Works and services counted as printed: lamps (盏), metres of pipe laid (米), cases screened (例), courts
// and pitches (片); harvests in their statistics' units (亿斤, 万斤: "产量稳定在70亿斤左右"). Percent signs as typed by other input methods: "﹪" (small) reads as "%", "℅" stays as printed.
const UNITS = "微克每立方米|微克/立方米|毫克每立方米|毫克/立方米|万平方米|平方米|万平米|平米|万㎡|㎡|万m²|m²|平方公里|公里|千米|米|万亩|亩|万元|亿元|元|亿斤|万斤|万人次|万人|个百分点|个工作日|%|％|﹪|℅|人次|项次|场次|批次|班次|课时|学时|学分|所|个|名|人|次|项|节|期|小时|分钟|家|间|台|套|篇|场|支|张|件|册|辆|栋|幢|座|块|处|条|门|对|天|份|轮|户|位|字|株|床|盒|箱|瓶|袋|桶|只|盏|例|片|群";
// ("3,000人", "1，200个": thousands separated as printed)
// ("85%—90%": a range of percentages prints the sign twice)
const NUM = String.raw`(\d{1,3}(?:[,，]\d{3})+(?![\d.])|\d+(?:\.\d+)?)(?:(?:\s*[-—~～至到]\s*|\s*[%％]\s*[-—~～至到]\s*(?=\d+(?:\.\d+)?\s*[%％]))(\d+(?:\.\d+)?))?`;
// "2万个" is 20000 个; 万平方米 / 万亩 / 万元 / 万人次 / 万人 (statistics of people) are units of their own
// "200余人次", "3万余次", "1200余万元": 余 (more than) between the number and its unit is read as printed
// without it
const ARABIC_RE = new RegExp(String.raw`(?<![\d.．#＃\-])${NUM}\s*(?:(万)\s*(?!平方米|平米|㎡|m²|元|人|亩|斤))?(?:余\s*)?(${UNITS})`, "g");
const COEF_RE = /(系数)[^，。；;\d]{0,8}?(?:不高于|不超过|低于|控制在|小于|不大于|达到|不低于|[≤≥<>＜＞]=?)\s*(\d\.\d{1,3})(?![\d%％])(?:\s*[和、与及]\s*(\d\.\d{1,3})(?![\d%％]))?/g;
// "六成" is 60 %, only where it is promised ("不少于六成", "六成以上")
const CHENG_RE = /([一二三四五六七八九])成(?=以上|[，。；、,;）)\s]|$)/g;
// ("1∶4000": the ratio sign U+2236 as well as colons)
const RATIO_RE = /(?<![\d:：∶])(\d{1,3})\s*[:：∶]\s*(\d{1,5}(?:\.\d{1,3})?)(?![\d:：∶.])/g;
// a time of day before "8:30": 早上 上午 中午 下午 晚上 凌晨 each day's …
const CLOCK_BEFORE = /(?:早上|早晨|上午|中午|下午|晚上|傍晚|凌晨|每天|每日|当天|当日)\s*$/;
// ("一百名", "三千人次": hundreds and thousands too, "三千五百人", "一万个", "两万二千名" with their tens of
// thousands; "百余名" is no count; "“勤”“快”三个字" counts a slogan's words)
// ("一套设备", "一幅标语", "二十元", "一小时": measure words of things, money and time, which say what they count as
// plainly as a digit does; read by the rules of an Arabic count, see `AS_ARABIC`)
const CN_RE = /(?<![第每一二两三四五六七八九十百千万])([一两二三四五六七八九十]{1,3}|[一两二三四五六七八九](?:[万千百][零一两二三四五六七八九十百千]{0,6}))(场次|人次|小时|分钟|次|场|节|期|所|个|名|人|项|门|辆|盒|箱|瓶|袋|桶|套|幅|台|元)(?![性批级手类年字地景馆])/g;
// Chinese-numeral counts whose measure word names a thing, money or time ("配备一套", "收取二十元", "每天一小时") are
// targets where the Arabic count would be; the event and generic words (次 场 个 项 名 …) keep the stricter rules
// ("开展一次检查", "一个中心" are no counts)
const AS_ARABIC = /^(?:套|幅|台|元|小时|分钟)$/;
const ABSTRACT_AFTER = /^[^，,。；;、]{0,6}?(?:机制|制度|体系|办法|方案|流程|标准|模式|做法|规范|规程|班子|组合拳|蓝图|画卷|图景|思路|措施)/;
// "达到学生人数的三分之二": a share said as a fraction, read as a percentage (one decimal)
const FRACTION_CN_RE = /([一二三四五六七八九十]{1,3})分之([一二三四五六七八九十]{1,3})/g;
const PERCENT_CN_RE = /百分之([零一二三四五六七八九十百点]+)/g;
const HALF_RE = /一半/g;
// "一周一小查、一月一大查", "一季度一通报", "一学期一评比", "一周一述职": once in each period, an action (not "一校一策",
// "一人一档": no period; not "一年一度的", "一月一主题": no action; not "一月一课一片": a longer slogan)
const FREQ_IDIOM_RE = /(?<![一二三四五六七八九十每])一(?:日|天|周|旬|月|季度?|学期|年)一(?:[小大专]?(?:检查|排查|督查|巡查|查|评比|评议|评|通报|调度|督导|总结|研判|报告|述职|汇报|报|会商|例会|会|演练|测|考|巡))(?=$|[，,。；;、）)\s])/g;
// "提前15分钟到岗", "开考前30分钟入场", "赛前10分钟检录": how early to arrive, a minimum
const ARRIVE_AFTER = /^\s*(?:到岗|到场|到位|到达|到校|到检|到会|入场|进场|入座|集合|报到|签到|就位|候场|检录|抵达)/;
const CONDITION_AFTER = /^[^，,。；;]{0,8}?(?:始得|方可|方能|才能|才可|始可)/;
// "须于动支前3日完成签核", "请提前3天前完成预借": how many days before a use or an event a step is to be done, a
// minimum as an arrival's lead time is (the day may be 日 here: "前3日" counts days, no date)
const DONE_AHEAD = /^\s*(?:前|以前|之前)?\s*(?:完成|提出|提交|申请|送达|送交|报送|办理|预约|预借|通知|告知)/;
const LEAD_DAYS_RE = /(?<=前\s*)(\d{1,3})\s*日(?=\s*(?:前|以前|之前)?\s*(?:完成|提出|提交|申请|送达|送交|报送|办理|预约|预借|通知|告知))/g;

// (悬挂/张贴: signs and posters put up, "悬挂一幅标语";
// 上马: a project launched, "上马6座水库洪水预报项目"; 挂牌/启动: bases named, pilots started, "挂牌成立30个…基地", "启动12所试点";
// 筹资/筹集: money raised for the work, "筹资400万元新建…";
// not 募集, donations collected as a report's figure)
const VERBS =
  /(新[（(][改扩、，,]{1,5}[）)]建|新建|新增|组建|增加|建成|建设|建优|培优|创建|创成|完成|招聘|招考|招录|录取|评选|表彰|选拔|遴选|培养|培训|撤并|改造|改扩建|打造|举办|开展|组织|推出|帮扶|托管|配备|配齐|补充|引进|认定|命名|达标|立项|资助|发放|减少|开设|覆盖|惠及|招收|选派|选定|扩充|提供|新开|实施|投入|安排|完善|提升|提高|主办|承办|建立|设立|培育|购置|更新|改善|消除|化解|解决|配置|安装|共建|搭建|修建|维修|铺设|更换|购买|新购|改建|加固|建造|硬化|绿化|体检|投资|支持|结对|聘任|聘用|新聘|申报|争创|推荐|增补|扩建|扩大|获评|获得|荣获|评为|选树|入选|获批|建好|办好|评出|种植|栽植|完工|竣工|开工|开建|动工|打通|贯通|招募|邀请|上马|筹资|筹集|挂牌|启动|悬挂|张贴)/;
const GE_BEFORE = /(≥|>=|＞=|不低于|不少于|至少|达到|达|(?:提高|提升|增加|增长|扩大|上升|升)[到至]|(?<!不)超过|(?<![不未赶])超(?=\s*$)|(?<!不)高于|突破|以上)\s*[^，。；]{0,14}$/;
const LE_BEFORE = /(≤|<=|＜=|不超过|不超(?=\s*$)|不高于|(?<!不)低于|(?<!不)少于|控制在|以内|降至|(?:降低|下降|减少|压缩|缩小)[到至])\s*[^，。；]{0,14}$/;
// "入园率由85%提高到90%", "从60%提升至75%": the figure a change starts from is where things stand
const CHANGE_AFTER = /^\s*(?:[的]\s*)?(?:提高|提升|增加|增长|扩大|上升|升|降低|下降|减少|压缩|缩小|降)\s*[到至]/;
const CHANGE_FROM = /(?:由|从)[^，。；由从]{0,12}$/;

// A deadline at the start of the clause is not part of the metric: "秋季开学前建成投用 3 所".
const DEADLINE_LEAD =
  /^\s*(?:(?:(?:20\d{2}\s*年)?\s*\d{1,2}\s*月(?:份|底|末|中旬|上旬|下旬)?|20\d{2}\s*年(?:底|末)?|年底|年末|年内|上半年|下半年|暑假|寒假|秋季开学|春季开学|教师节|国庆节?|汛期|第?[一二三四]季度(?:末|底)?|五四青年节|六一儿童节|六一)(?:以前|之前|前)?|(?:到|于|在)(?=\s*20\d{2}))[，,\s]*/;

// "为全区48所学校安装…", "为全县中小学680间教室更换…", "为两所乡镇学校新建…"
const FOR_WHOM = new RegExp(String.raw`^\s*(?:[为对向]|要为|将为)(?:(?:全[省市县区旗州镇乡]|本[省市县区])${HAN}{0,6})?\s*$`, "u");
const CATEGORY_AFTER = new RegExp(String.raw`^\s*(?:及以上|以上|以下|及以下)\s*(?:的|${HAN})`, "u");
// ("对全县17所乡镇中心幼儿园提档升级": a scope word between 对 and the count, as FOR_WHOM takes after 为)
const OBJECT_OF = new RegExp(String.raw`(?:^|[^${HAN_RANGES}]|[为向])对\s*(?:(?:全[省市县区旗州镇乡]|本[省市县区])\s*)?$`, "u");
// "将A等", "为A、B、C", "年内将A等": a list marked as the object of a verb that follows it
// (将 after a time word, a subject or at the clause start; not inside a word: "即将", "必将")
const LIST_OBJECT = new RegExp(String.raw`(?:^|[^${HAN_RANGES}]|[要应内底前后中])[为对将把向][^，。；]{2,}$`, "u");
// an award handed to those counted before it: "…10人颁奖", "…20人颁发证书", "…授予…称号"
const AWARD_AFTER = /^[^，,。；;]*?(?:颁奖|颁发|授予)/;
const AWARDED = /(?<![成作认称视以因])[为向][^，,。；;]{2,}$/;
// "其中农村学校10所": a breakdown of the total before it; "其中拟改造A等42所学校", "其中计划新建3所": what the
// plan itself sets out (a planning word after 其中)
const BREAKDOWN = /其中(?![^，。；]*(?:拟|计划|将|要|力争|确保|争取))/;
// what a figure reaches later in its clause: "…产业园食品加工产值达275亿元以上"
const REACHES = /达到|达|实现|超过|突破|不低于|不少于|稳定在|控制在/;
// "幼儿园88所（含新蔡县6所）": the part a bracket says the total includes, a breakdown as 其中 gives
const INCLUDED = /[（(]\s*(?:含|包含|包括|其中)[^（()），,。；;]*$/;
// "培训农村劳动力240万人，其中转移培训30万人，实用技术培训200万人，创业培训10万人": the breakdown goes on over the
// clauses after 其中 that each give a part in the same unit, to the sentence's end (not "…，新建学校5所": another count)
const BREAKDOWN_RUN = new RegExp(String.raw`其中[^，,。；;\d]*\d[\d.]*[^，,。；;\d]*(?:[，,][^，,。；;\d]*\d[\d.]*[^，,。；;\d]*)*[，,][^，,。；;\d]*$`, "u");
const SCOPE_OF = new RegExp(String.raw`^\s*(?:及以上|以上|以下|及以下)[^，,。；;：:、\n]{0,16}之\s*${HAN}{1,6}\s*$`, "u");
const PLANNED_GROWTH = /(?:拟|计划|力争|争取)\s*发展/;
const REMOVE_VERB = /(消除|化解|杜绝|清理|取消|整治|排查|禁止)[^，。；]{0,6}$/;

// ("已建成学校3所", "截至目前，共新建学校5所": what is done already; "尚未完成" is not)
const REPORTED = /(?:实际|实有|累计已|已经)(?:完成|建成|补充|建设|配置|招聘|培训|投入|覆盖|新增|改造|安装|发放|惠及|资助|开工|交付)|截[至止](?:目前|当前|现在)/;
// (in the figure's own clause: "已完成前期工作，年内新建学校3所" promises the 3)
// "目前，每班召开主题班会3次", "目前所有项目如期开工，完工27所": a sentence that opens on where things stand now
// reports (not "目前，…力争…")
const NOW_REPORT = /^\s*目前\s*[，,]?(?![^。；]*(?:力争|确保|争取|计划|将|要|应))/;
// "规划设计了42个重点项目": a verb with 了 before the figure tells what was done
// ("已经在配电间配备了灭火器2组共4个": the 了 after the verb, its object between; not 为了/除了/了解)
const DONE_LE = new RegExp(String.raw`(?![为除])${HAN}了(?!解)[^，。；了\d]{0,16}$`, "u");
// ("今年全市已新(扩)建幼儿园67所": the bracketed 新(扩)建 too)
const DONE_ALREADY = /(?<![未尚])已(?:经)?(?:全部|基本|累计|共|顺利)?(?:达成|新[（(][改扩、，,]{1,5}[）)]建|完成|建成|补充|建设|配置|招聘|培训|投入|覆盖|新增|新建|改造|安装|发放|惠及|资助|开工|交付)/;

// "已完成5所，开工10所": a sentence that reports a figure done already goes on reporting in its next clauses
// (not a clause with a planning word: "已建成3所，年内再新建2所")
const DONE_FIGURE = new RegExp(String.raw`(?:${DONE_ALREADY.source}[^，。；]{0,10}|${DONE_LE.source.slice(0, -1)})\d`, "u");
const PLANNING = /计划|预计|力争|确保|争取|[将拟要]|年内|年底|年末|今年|明年/;

/** A figure in a run of parts after 其中, counted in the unit of the run's first part (see `BREAKDOWN_RUN`). */
function partOfBreakdown(t: string, hits: Hit[], h: Hit, ss: number, sentenceBefore: string, before: string): boolean {
  if (!BREAKDOWN_RUN.test(sentenceBefore) || PLANNING.test(before)) return false;
  const from = ss + sentenceBefore.lastIndexOf("其中");
  // (a breakdown of a total said before it: "开展…试点，其中城区41所…，各县启动12所…" names no total, its parts are the plan's)
  if (!hits.some((o) => o.index >= ss && o.index < from)) return false;
  const first = hits.find((o) => o.index > from && o.index < h.index);
  return first !== undefined && first.unit === h.unit;
}

/** More than this in one task is not a plan any more; stop rather than slow down. */
const MAX_TARGETS = 200;

interface Hit {
  index: number;
  end: number;
  value: number;
  unit: string;
  range: boolean;
  /** the upper end of a range printed with both ends ("1-2个工作日内") */
  high?: number;
  chinese: boolean;
  /** "一周一查": once a period, said as an idiom */
  freq?: boolean;
  /** "三分之二": a share as a fraction, a target only with a bound before it */
  fraction?: boolean;
}

// Each pattern of findHits is tried only on a text holding what every match of it must hold (a digit, its
// literal word, its sign): most of them open with a lookbehind, which is tried at every offset of a text
// that cannot match. Its matches are read with exec (matchFrom.ts; none of the patterns matches the empty string).
const DIGIT = /\d/;
const RATIO_SIGN = /[:：∶]/;
const CN_DIGIT = /[一两二三四五六七八九十]/;
// (the idiom's core, "一周一", "一季度一": what every match of FREQ_IDIOM_RE holds)
const FREQ_IDIOM_CORE = /一(?:日|天|周|旬|月|季度?|学期|年)一/;

function findHits(t: string): Hit[] {
  const hits: Hit[] = [];
  const digit = DIGIT.test(t);
  if (digit) for (let m = firstMatch(ARABIC_RE, t); m; m = ARABIC_RE.exec(t)) {
    const unit = m[4].replace(/[％﹪]/, "%");
    // "100米跑", "4×100米接力", "400米标准跑道", "学校周边200米范围内": a race, a track's kind or a distance round a
    // place, no length of work
    if (unit === "米" && (/^\s*(?:跑|短跑|长跑|接力|栏|赛|标准|环形|塑胶|直道|田径|自由泳|蛙泳|仰泳|蝶泳|游泳|往返|折返|障碍|冲刺|范围|以内|之内|内|外|远|处|左右|高|深|宽|长)/.test(t.slice(m.index! + m[0].length, m.index! + m[0].length + 3)) || /[×xX*]\s*$/.test(t.slice(Math.max(0, m.index! - 2), m.index!)))) continue;
    // "1对1帮扶", "200对" (pairs) but not "3对" as a preposition before a number
    if (unit === "对" && /^\s*[\d一两二三四五六七八九十]/.test(t.slice(m.index! + m[0].length, m.index! + m[0].length + 2))) continue;
    // "3.23-3.29节水宣传周": a span of days written month.day, not an amount
    if (m[2] !== undefined && [m[1], m[2]].every((x) => /^(?:[1-9]|1[0-2])\.(?:0[1-9]|[12]\d|3[01])$/.test(x)) && !/元|%|％|百分点|平方/.test(unit)) continue;
    const scale = m[3] ? 10000 : 1;
    const n = Number(m[1].replace(/[,，]/g, ""));
    hits.push({ index: m.index!, end: m.index! + m[0].length, value: m[3] ? Math.round(n * scale * 100) / 100 : n, unit, range: m[2] !== undefined, high: m[2] !== undefined ? Number(m[2]) * scale : undefined, chinese: false });
  }
  // "PM2.5、PM10年平均浓度分别不高于20.5、37微克每立方米": the bare figures listed before the last one under 分别 are in its
  // unit (one hit each, read by what comes before the list)
  if (digit && t.includes("分别")) for (const h of [...hits]) {
    let at = h.index;
    for (let m = BARE_BEFORE.exec(t.slice(0, at)); m && /分别[^，,。；;：:]*$/.test(t.slice(0, m.index)); m = BARE_BEFORE.exec(t.slice(0, at))) {
      at = m.index;
      hits.push({ index: at, end: at + m[1].length, value: Number(m[1]), unit: h.unit, range: false, chinese: false });
    }
  }
  if (digit && t.includes("日")) for (let m = firstMatch(LEAD_DAYS_RE, t); m; m = LEAD_DAYS_RE.exec(t)) hits.push({ index: m.index!, end: m.index! + m[0].length, value: Number(m[1]), unit: "日", range: false, chinese: false });
  if (digit && RATIO_SIGN.test(t)) for (let m = firstMatch(RATIO_RE, t); m; m = RATIO_RE.exec(t)) {
    // "10:30" times are not ratios; a ratio has a noun like 比 nearby
    // (比 of 比赛/评比/比较 is no ratio: "每天早上8:30开始比赛"; a clock time after a time-of-day word is none either)
    const around = t.slice(Math.max(0, m.index! - 12), m.index! + m[0].length + 8).replace(/比赛|评比|比较|对比|比拼|比武|比分/g, "");
    if (!/比/.test(around)) continue;
    if (CLOCK_BEFORE.test(t.slice(Math.max(0, m.index! - 4), m.index!)) && /^\d{2}$/.test(m[2]) && Number(m[2]) < 60 && Number(m[1]) <= 24) continue;
    hits.push({ index: m.index!, end: m.index! + m[0].length, value: Number(m[2]), unit: "ratio", range: false, chinese: false });
  }
  if (CN_DIGIT.test(t)) for (let m = firstMatch(CN_RE, t); m; m = CN_RE.exec(t)) {
    // "一人一档", "一校一策": an idiom, not a count ("两所一贯制学校" is one)
    if (m[1] === "一" && t[m.index! + m[0].length] === "一") continue;
    // "确保一个学生不漏", "一名学生都不能少": nobody left out, not a count
    if (m[1] === "一" && /^[^，,。；;、]{0,6}?(?:不漏|不落|不少|不掉|不能少|不落下)/.test(t.slice(m.index! + m[0].length, m.index! + m[0].length + 10))) continue;
    // "城乡二元结构", "三元区": 元 of a word or a name, no money; "建立一套机制", "绘就一幅蓝图": a whole of rules or a
    // picture said of the work, no thing to count
    const next = t.slice(m.index! + m[0].length, m.index! + m[0].length + 8);
    if (m[2] === "元" && /^[结区素化论宵]/.test(next)) continue;
    if (/^[套幅]$/.test(m[2]) && ABSTRACT_AFTER.test(next)) continue;
    const v = cnToInt(m[1].replace("两", "二"));
    if (!Number.isFinite(v)) continue;
    // "两到三所": a range, read at its lower end
    const low = /([一两二三四五六七八九十])\s*[到至～~\-—]\s*$/.exec(t.slice(Math.max(0, m.index! - 3), m.index!));
    if (low) {
      const at = m.index! - low[0].length;
      hits.push({ index: at, end: m.index! + m[0].length, value: cnToInt(low[1].replace("两", "二")), unit: m[2], range: true, high: v, chinese: true });
      continue;
    }
    hits.push({ index: m.index!, end: m.index! + m[0].length, value: v, unit: m[2], range: false, chinese: true });
  }
  if (t.includes("分之")) for (let m = firstMatch(FRACTION_CN_RE, t); m; m = FRACTION_CN_RE.exec(t)) {
    const whole = cnToInt(m[1]),
      part = cnToInt(m[2]);
    if (!(whole > part && part > 0)) continue;
    hits.push({ index: m.index!, end: m.index! + m[0].length, value: Math.round((part / whole) * 1000) / 10, unit: "%", range: false, chinese: false, fraction: true });
  }
  if (t.includes("百分之")) for (let m = firstMatch(PERCENT_CN_RE, t); m; m = PERCENT_CN_RE.exec(t)) {
    const [a, b] = m[1].split("点");
    const v = cnToInt(a) + (b ? Number("0." + [...b].map((c) => cnToInt(c)).join("")) : 0);
    if (Number.isFinite(v)) hits.push({ index: m.index!, end: m.index! + m[0].length, value: v, unit: "%", range: false, chinese: false });
  }
  // a coefficient has no unit: "差异系数分别不高于0.50和0.45" (only with a bound before the number)
  if (t.includes("系数")) for (let m = firstMatch(COEF_RE, t); m; m = COEF_RE.exec(t)) {
    const at = m.index! + m[0].indexOf(m[2], m[1].length);
    hits.push({ index: at, end: at + m[2].length, value: Number(m[2]), unit: "", range: false, chinese: false });
    if (m[3]) {
      const at3 = m.index! + m[0].lastIndexOf(m[3]);
      hits.push({ index: at3, end: at3 + m[3].length, value: Number(m[3]), unit: "", range: false, chinese: false });
    }
  }
  if (t.includes("成")) for (let m = firstMatch(CHENG_RE, t); m; m = CHENG_RE.exec(t)) {
    const around = t.slice(Math.max(0, m.index! - 8), m.index! + 4);
    if (!/(不少于|不低于|至少|达到|超过|以上)/.test(around)) continue;
    hits.push({ index: m.index!, end: m.index! + 2, value: cnToInt(m[1]) * 10, unit: "%", range: false, chinese: false });
  }
  if (t.includes("为零")) for (let m = firstMatch(ZERO_RE, t); m; m = ZERO_RE.exec(t)) {
    const at = m.index! + m[0].indexOf("零");
    hits.push({ index: at, end: at + 1, value: 0, unit: "", range: false, chinese: false });
  }
  if (FREQ_IDIOM_CORE.test(t)) for (let m = firstMatch(FREQ_IDIOM_RE, t); m; m = FREQ_IDIOM_RE.exec(t)) {
    hits.push({ index: m.index!, end: m.index! + m[0].length, value: 1, unit: "次", range: false, chinese: false, freq: true });
  }
  if (t.includes("一半")) for (let m = firstMatch(HALF_RE, t); m; m = HALF_RE.exec(t)) {
    if (!/(减少|增加|以上|超过|至少|达到)/.test(t.slice(Math.max(0, m.index! - 8), m.index! + 6))) continue;
    hits.push({ index: m.index!, end: m.index! + 2, value: 50, unit: "%", range: false, chinese: false });
  }
  return hits.sort((a, b) => a.index - b.index);
}

// a bare figure closing a list before the next one ("20.5、" before "37微克每立方米"; not a figure of a name, "PM2.5、")
const BARE_BEFORE = /(?<![\d.A-Za-z])(\d+(?:\.\d+)?)\s*[、和]\s*$/;

// the place, at most, before bodies counted as a clause's subject; and the work their clause names after them
const SUBJECT_COUNT_BEFORE = /^\s*(?:[\u4e00-\u9fff]{2,8}?(?:省|市|县|区|镇|乡|开发区|经开区|园区))?\s*$/;
const SUBJECT_WORK = /^[\u4e00-\u9fff“”"、]{2,16}?(?:实施|完成|开展|推进|创建|建成)(?!了)/;

// each body that hands written pieces in: "每班", "各班", "每位教师", "每个学生", "各组"
const PIECES_BY = /(?:每|各)\s*(?:个|位|名)?\s*(?:班|组|校|学校|年级|教师|老师|学生|人|单位|部门|科室|教研组)/;

// works of a show or of teaching, put up or written: what a quota of them counts
// a sentence that hands papers over to an office (its copies are counted as 份)
const HANDED_OVER = /交抵|提交|报送|上交|上报|送交|递交|呈交|寄送|一式/;

const WORKS_AFTER = /^\s*(?:节目|教案|作品|论文|课件|课例|微课|教学设计|稿件|征文)/;

// goods and vehicles, counted where they are bought, hired or got ready
const GOODS = /^(?:辆|盒|箱|瓶|袋|桶)$/;
const GOODS_VERB = /购买|采购|购置|准备|备好|备齐|租用|租赁|联系|预订|订购|配备/;

// "事故为零", "审计问题为零": a count promised to stay at nothing
const ZERO_RE = /为零(?=$|[，,。；;、）)\s])/g;

/**
 * Targets that say how often or how many per body a thing is done, without a floor: a frequency
 * ("每周检查一次", "一学期两次") or an allocation to each body ("每班两名", "每组推荐2名"; not the idiom
 * "一月一大查"). A plan with quantified targets counts both; in a document whose only figures they are,
 * the allocations are a roster of how an activity runs, no targets (`fields.ts`).
 */
const ROUTINES = new WeakMap<ExtractedTarget, "frequency" | "allocation">();
export const routineOf = (t: ExtractedTarget): "frequency" | "allocation" | undefined => ROUTINES.get(t);
// what 每 counts: a period ("每周", "每两周", "每个月", "每学期") or a body ("每班", "每位教师", "每个乡镇")
const EACH_PERIOD = /每\s*(?:[一两二三四五六七八九十半]\s*)?(?:个\s*)?(?:日|天|晚|周|旬|月|季度?|学期|学年|年(?!级)|星期|期|节|课)/;

export function findTargets(st: Stitched): ExtractedTarget[] {
  // matched on the text with traditional characters folded; texts read as printed
  const o = st.text;
  const t = foldHan(o);
  const out: ExtractedTarget[] = [];
  let lastSentence = -1;
  let lastAccepted = -1;
  const hits = findHits(t);
  const baseline = baselineRanges(t);
  for (const h of hits) {
    if (out.length >= MAX_TARGETS) break;
    // ("异常案件「件数前十及20件以上」需…": a figure quoted in 「」 names a criterion as 《》 and “” do, no target)
    if (t[h.index - 1] === "第" || insideQuotes(t, h.index, true)) continue;
    // ("℅" as printed is a percent sign too)
    const percent = h.unit === "%" || h.unit === "℅";
    if (baseline.some(([a, b]) => h.index >= a && h.index < b)) continue;
    const after = t.slice(h.end, h.end + 4);
    if (/^(年|月|日|周岁|岁|届|号|条|版)/.test(after)) continue;
    if (CHANGE_AFTER.test(t.slice(h.end, h.end + 8)) && CHANGE_FROM.test(t.slice(Math.max(0, h.index - 14), h.index))) continue;
    // "3万人口以上乡镇", "改善9万人口的饮水": a population is the size of a place, no count of people to reach
    if (/人$/.test(h.unit) && after[0] === "口") continue;
    const cs = afterItemNumber(t, clauseStart(t, h.index));
    const ce = clauseEnd(t, h.end);
    const ss = sentenceStart(t, h.index);
    const before = t.slice(cs, h.index);
    const sentenceBefore = t.slice(ss, h.index);
    // what was actually done ("实际补充6914台", in a 完成情况 report) is progress, not a promise; so is a figure said to
    // run as high as ("落实率高达98.5%": 高达 tells a result, a plan says 达到)
    if (/^\s*实际/.test(before) || /高达\s*$/.test(before)) continue;
    // "107年为88.6%，108年亦为90%": a year's own figure, a statistic of that year, is where things stood (not "到2031年为…")
    if (/(?<![到至])(?:\d{2,4})\s*年度?\s*亦?为\s*$/.test(before) && !/(?:到|至)\s*\d{2,4}\s*年度?\s*亦?为\s*$/.test(before)) continue;
    // "人数需达10人以上始得借用", "人数未达10人者": the condition a case must meet (or fails) to be allowed, no figure to reach
    if (CONDITION_AFTER.test(t.slice(h.end, ce)) || /(?:未达|未满|不足)\s*$/.test(before)) continue;
    // "达标数/总数×100%": the factor of a formula defining a rate, no figure to reach
    if (percent && /[×xX*＊]\s*$/.test(before)) continue;
    // "…定期召开小组会议。(3%)", "…執行率達97%以上(2%)。": a share alone in its bracket after an item is the item's weight in
    // a scoring form, no figure to reach (not a rate's own figure bracketed after it, "入园率（95%）")
    if (percent && /[（(]\s*$/.test(t.slice(Math.max(0, h.index - 2), h.index)) && /^\s*[）)]/.test(after) && !/(?:率|比例|占比|比重|达到|达|为|至|到)\s*[（(]\s*$/.test(t.slice(Math.max(0, h.index - 6), h.index))) continue;
    // "24小时值班", "保持24小时畅通": round the clock, a duty, not a figure to reach ("24小时内" is a limit)
    if (h.unit === "小时" && h.value === 24 && !/^\s*内/.test(after)) continue;
    let op: ExtractedTarget["op"] = "=";
    let confidence = 0.7;
    const ge = GE_BEFORE.exec(before);
    const le = LE_BEFORE.exec(before);
    const leadTime = /^(分钟|小时|天|日)$/.test(h.unit) && /前\s*$/.test(before) && (ARRIVE_AFTER.test(t.slice(h.end, h.end + 6)) || (/^(天|日)$/.test(h.unit) && DONE_AHEAD.test(t.slice(h.end, h.end + 6))));
    if (leadTime) op = ">=";
    else if (/^\s*(以上|及以上|多)/.test(after)) op = ">=";
    else if (/^\s*(以下|以内)/.test(after)) op = "<=";
    // "24小时内核查处置", "30个工作日内整改到位": an upper bound on the time taken (not "15天内": days
    // are a promise only as a minimum or a frequency)
    else if (/^内/.test(after) && /^(小时|分钟|个工作日)$/.test(h.unit)) op = "<=";
    else if (le && (!ge || le.index > ge.index)) op = /^(少于)$/.test(le[1]) ? "<" : "<=";
    else if (ge) op = ge[1] === "超过" || ge[1] === "超" || ge[1] === "高于" || ge[1] === "突破" ? ">" : ">=";
    else if (h.range) op = ">=";
    if (op === "=" && /为\s*$/.test(before)) op = "=";
    // a condition ("超过 50 人的学校") describes what is counted, it promises nothing
    // ("三分之二的学生", "约占三分之一": a fraction without a bound describes a share, no figure to reach)
    if (h.fraction && !ge && !le) continue;
    // so does 超 right after a count of a kind ("培育一批超10亿元的企业", "超5亿元的项目": which ones, by size; not
    // "展览面积超3万平米的展会", what the plan's show is to reach)
    if (ge?.[1] === "超" && /^\s*的/.test(after) && /(?:^|[批个些类家种和及与、])\s*超\s*$/.test(before) && !percent) continue;
    if ((ge?.[1] === "超过" || le?.[1] === "低于" || le?.[1] === "少于") && /^\s*的/.test(after) && !percent) continue;
    // so does a threshold that names a category: "消除 56 人以上大班额", "60 人以上的班级"
    // ("2 个以上优质集团" is a count: the measure word counts the noun that follows)
    if (!percent && CATEGORY_AFTER.test(t.slice(h.end, h.end + 12)) && (/^\s*(?:及以上|以上|以下|及以下)\s*的/.test(after + t.slice(h.end + 4, h.end + 8)) || REMOVE_VERB.test(before) || /班额|规模/.test(t.slice(h.end, h.end + 12)))) continue;
    // "3次以上催办之案件", "迟到5次以上之学生名单": a bound figure whose clause closes on 之 and a noun qualifies that noun,
    // saying which cases a rule covers (之 as 的 in "60 人以上的班级"), no quantity to reach (not after a verb of work or a
    // bound: "新建3所以上之学校")
    if (!percent && !ge && !le && !VERBS.test(before) && SCOPE_OF.test(t.slice(h.end, ce))) continue;
    // what was done ("实际补充6914台，共覆盖45所") reports, it promises nothing; a plain breakdown after
    // 其中 ("其中农村学校10所") is part of the total before it (a floor for a part, "其中…不少于160名", is a target)
    if (REPORTED.test(sentenceBefore) || NOW_REPORT.test(sentenceBefore) || DONE_LE.test(before) || DONE_ALREADY.test(before) || (DONE_FIGURE.test(sentenceBefore) && !PLANNING.test(before)) || (BREAKDOWN.test(before) && op === "=") || (op === "=" && INCLUDED.test(before)) || (op === "=" && partOfBreakdown(t, hits, h, ss, sentenceBefore, before))) continue;
    // "完成投资160万元", "项目完成投资分别为…": money already spent is progress (pooled golds never count it;
    // "年内完成投资5亿元" plans it)
    if (/元$/.test(h.unit) && /完成投资[^，。；]*$/.test(before) && !PLANNING.test(before)) continue;
    // "完成投资7510万元、占年度计划的15.5%": the share of the year's plan done so far, a report (a floor,
    // "上半年完成投资占全年计划的50%以上", is a target)
    if (op === "=" && percent && /占[^，。；、]{0,8}(?:计划|任务)[^，。；、]{0,4}的\s*$/.test(before)) continue;
    // "共占地6亩", "占地300亩的工业园": the site a work stands on describes it, no size of the work to reach
    if (/占地(?:面积)?\s*(?:约|为|达|共|计)?\s*$/.test(before) && /亩|平方米|公顷/.test(h.unit)) continue;
    // "推出时长50分钟的直播节目", "步行10-15分钟就能找到": the length of a programme or the walk to a place describes it, no
    // time to keep to
    if (/^(?:分钟|小时)$/.test(h.unit) && /(?:时长|步行|车程|骑行|驾车|路程)\s*(?:约|为|在)?\s*$/.test(before)) continue;
    // "确保每个乡镇都有一所公办中心幼儿园": every place having one is coverage, said of each, no count to reach
    // ("每个乡镇都建有1所" builds one; "至少有一所" is a floor)
    if (op === "=" && h.value === 1 && /每/.test(sentenceBefore) && /(?<![建办设配增])(?:都|均)?有\s*$/.test(before)) continue;
    // "围绕…建设11项重点任务", "制定任务清单42项": the number of a plan's own tasks names the plan's size, no target
    // (a quota with a floor, "至少报4项重点工作", is one)
    if (op === "=" && h.unit === "项" && (/^\s*(?:重点|主要|工作)?任务/.test(after + t.slice(h.end + 4, h.end + 6)) || /任务清单\s*$/.test(before))) continue;
    const comparator = op !== "=" || /为\s*$/.test(before);
    // ("每周两次", and "一年两次", "一学期三次": so many times in one period)
    const frequency = /每/.test(sentenceBefore) || (/一(?:年|学年|学期|月|周|季度?|天|日)\s*$/.test(before) && /^(?:次|场次|场|轮|节|课时)$/.test(h.unit));
    // "对 10 所学校开展审计": the count of what the action is done to
    // "为全区 48 所学校安装…": the count of those an action is done for, said before the verb
    // a list of names closed by its count: "改扩建A、B、C等9所幼儿园" (the verb before the list),
    // "将A等12所学校创建成…", "为A、B、C3所学校配齐…" (the object marked, the verb after the count)
    const listed = /等\s*$|、[^、，。；]{1,16}$/.test(before);
    const verb =
      VERBS.test(before.slice(-24)) ||
      (listed && VERBS.test(before)) ||
      // "着力推进A中学、B中学等5所学校改扩建": the list between a driving verb and the work it counts
      (listed && /(?:推进|加快|推动|启动|抓好)/.test(before) && VERBS.test(t.slice(h.end, ce))) ||
      (listed && LIST_OBJECT.test(before) && VERBS.test(t.slice(h.end, ce))) ||
      // "为先进集体10个、优秀教师20人颁奖": those an award is given to, counted before the award (xevents)
      (AWARDED.test(before) && AWARD_AFTER.test(t.slice(h.end, ce))) ||
      // "任务数考室12间": the count a task sets
      /(?:任务|指标|目标)数/.test(before) ||
      // "拟发展水稻18758亩": what a plan means to develop (发展 alone, "促进学生全面发展", is no verb of a count)
      PLANNED_GROWTH.test(before.slice(-24)) ||
      // "发展城郊蔬菜65万亩": an acreage to develop is a planting goal as "种植…万亩" is
      (/亩$/.test(h.unit) && /发展/.test(before.slice(-16))) ||
      // "总建筑面积208030平方米", "校舍面积约6万平方米": the size of what is built (not 占地, the site, above)
      (/面积\s*(?:约|为|达|共|计)?\s*$/.test(before) && /平方米|平方公里|亩/.test(h.unit)) ||
      // "铺设供热主管网，全长约4.3公里": the length of what is laid or built, as its area
      (/(?:全长|总长)\s*(?:约|为|达|共|计)?\s*$/.test(before) && /^(?:公里|千米|km|米)$/.test(h.unit)) ||
      OBJECT_OF.test(before) ||
      // "某开发区20家重点企业实施…行动": bodies counted as the subject of the work their clause goes on to name (a place
      // before them at most)
      (SUBJECT_COUNT_BEFORE.test(before) && /^(?:家|所|个|座|处)$/.test(h.unit) && SUBJECT_WORK.test(t.slice(h.end, ce))) ||
      (FOR_WHOM.test(before) && VERBS.test(t.slice(h.end, ce))) ||
      // "在10所学校开展试点": where the action happens is its size, unless the clause counts
      // something else ("在6所小学新增教室48间" → 48 间)
      (/^\s*(?:要|将)?在(?:全[省市县区旗州镇乡]|本[省市县区])?\s*$/.test(before) && VERBS.test(t.slice(h.end, ce)) && !hits.some((o) => o.index >= h.end && o.index < ce));
    // "大一班4个节目", "语文数学外语要写出各10节教案": the works a body is to put up or write, counted with the work's
    // own noun right after the figure (a quota of a show's acts or of lessons prepared; not "第一节课", a period of the day)
    const works = /^(?:个|節|节|篇|件|幅|首)$/.test(h.unit) && WORKS_AFTER.test(t.slice(h.end, h.end + 6));
    // (not a count that names whose figure its own clause goes on to reach: "6个绿色食品加工产业园食品加工产值达275亿元以上")
    const reachedNext = hits.find((o) => o.index >= h.end && o.index < ce);
    const parallel = lastSentence === ss && lastAccepted >= 0 && !(reachedNext && REACHES.test(t.slice(h.end, reachedNext.index)) && !/[、和及与]/.test(t.slice(h.end, reachedNext.index)));
    // a figure on a line of its own (a target cell of a division table: "8所", "95%以上") is what
    // the row promises
    const alone =
      (cs === 0 || t[cs - 1] === "\n") &&
      before.trim() === "" &&
      (ce >= t.length || t[ce] === "\n") &&
      /^\s*(?:以上|及以上|以下|以内|左右)?\s*(?:[（(][^）)]*[）)]?)?\s*$/.test(t.slice(h.end, ce));
    // "8字跳绳": a figure of eight names the game; a count of characters asked for is never a single digit
    if (h.unit === "字" && h.value < 10) continue;
    if (h.chinese && GOODS.test(h.unit)) {
      // "联系旅游公司八辆大巴车", "购买以下物品：矿泉水两箱": goods and vehicles counted for what is bought or hired
      if (GOODS_VERB.test(sentenceBefore)) {
        out.push({ metric: (before.replace(/\s+/g, "") || t.slice(h.end, ce).replace(/\s+/g, "")).slice(-30), op: "=", value: h.value, unit: h.unit, text: compactText(o.slice(cs, h.end).replace(/\s+/g, " ").trim()), span: st.span(cs, h.end), confidence: 0.7 });
        lastSentence = ss;
        lastAccepted = h.index;
      }
      continue;
    }
    if (h.chinese && !AS_ARABIC.test(h.unit)) {
      // "新组建教育集团两个，", "体检一次。": a count closing its clause after what was done;
      // "力争两个乡镇通过…", "新建两所": a count right after the commitment or the verb
      const closes = ce === h.end && VERBS.test(before);
      const rest = t.slice(h.end, ce);
      const leads =
        (/(?:力争|确保|争取)\s*$/.test(before) && rest.length >= 2) ||
        // "为两所乡镇学校新建宿舍": those the action is done for, counted before the verb
        (FOR_WHOM.test(before) && VERBS.test(rest)) ||
        (before.trim() === "" && rest.length >= 2 && (VERBS.test(rest) || /通过/.test(rest))) ||
        /(?:新建|新增|组建|培育|建成|创建|评选|打造|遴选|建设)\s*$/.test(before) ||
        // "组织四次全真模拟考试" is a count; "开展一次专项检查" is just the action
        // ("分六区办理六场家长课程": 办理, the events held)
        (/(?:组织|开展|举办|办理)\s*$/.test(before) && h.value > 1);
      if (!(frequency || closes || leads || /至少|不少于|不低于/.test(sentenceBefore))) continue;
      if (/每\s*$/.test(before)) continue;
      // "…交通安全、消防安全…等八项": the number of topics just listed, closing the clause, promises nothing
      if (h.unit === "项" && ce === h.end && /等\s*$/.test(before)) continue;
    } else if (h.unit === "" && !comparator) continue;
    else if (h.unit === "天" ? !(comparator || frequency) : !(h.freq || percent || h.unit === "ratio" || h.unit === "个百分点" || comparator || frequency || verb || works || parallel || h.range || alone)) continue;
    // "每班上交2份", "各班精选5篇", "每位教师要整理出1-2篇": written pieces (篇 份 件 幅) each body hands in, without a
    // floor, are the rule of a collection, no target (every such gold figure has a floor: "每学期不少于15篇", "不少于200份")
    // (a quota named by the work right after the figure, "每位教师提交3篇论文", stays: see `WORKS_AFTER`)
    if (/^(?:篇|份|件|幅)$/.test(h.unit) && !ge && !le && !/^\s*(?:以上|及以上|多)/.test(after) && PIECES_BY.test(sentenceBefore) && !WORKS_AFTER.test(t.slice(h.end, h.end + 6))) continue;
    // "把申请表及22份计划书交抵…", "报送材料一式三份": copies of papers handed over are the form of a delivery, no target
    if (h.unit === "份" && !ge && !le && HANDED_OVER.test(t.slice(ss, sentenceEnd(t, h.end)))) continue;
    // "每个县市区核查时间为1天": days each body is given (每 counting bodies, not periods: "每周开放5天") allot the time a
    // visit takes, no promise (a floor, "每校不少于2天", is one)
    if (h.unit === "天" && op === "=" && /每/.test(sentenceBefore) && !EACH_PERIOD.test(sentenceBefore.slice(sentenceBefore.lastIndexOf("每")))) continue;
    // "15天内完成": a number of days is a promise only as a minimum or a frequency ("每周开放不少于5天")
    if (comparator || percent) confidence = 0.85;
    // "1-2个工作日内送签", "控制在40-45人以内": a range under an upper bound promises its upper end
    const value = op === "<=" && h.range && h.high !== undefined && h.high > h.value ? h.high : h.value;
    const end = Math.min(ce, t.length);
    const bound = /^\s*(以上|及以上|以下|以内)/.exec(after) ?? (op === "<=" && /^内/.test(after) ? /^内/.exec(after) : null);
    const textEnd = bound ? h.end + bound[0].length : h.end;
    const text = o.slice(cs, Math.max(textEnd, h.end)).replace(/\s+/g, " ").trim();
    let metric = before
      // "入园率由85%提高到" → "入园率": the starting figure and the change are no part of the metric
      .replace(/(?:由|从)[^由从，。；]*?(?:提高|提升|增加|增长|扩大|上升|升|降低|下降|减少|压缩|缩小|降)\s*[到至][^，。；]*$/, "")
      .replace(/(不低于|不少于|至少|达到|达|提高到|提升到|超过|高于|不超过|不超|超|不高于|低于|少于|控制在|为|各)\s*$/, "")
      .replace(DEADLINE_LEAD, "")
      .replace(/^(确保|力争|争取|全面|实现|保证)/, "")
      .replace(/\s+/g, "")
      .trim();
    const tail = t.slice(textEnd, end).replace(/^[\s的]+/, "").replace(/\s+/g, "");
    if (metric.length < 2 || VERBS.test(metric.slice(-2)) || leadTime) metric = (metric + tail).slice(0, 60);
    // "A率、B率均达到100%": one value promised for each metric
    const shared = /^(.+)[均都]$/.exec(metric);
    const metrics = shared ? splitOutsideQuotes(shared[1]) : [];
    if (metrics.length >= 2 && metrics.every((m) => /(率|比例|占比|覆盖面)$/.test(m))) {
      for (const m of metrics.slice(0, -1)) out.push({ metric: m, op, value, unit: h.unit, text: compactText(text), span: st.span(cs, Math.max(textEnd, h.end)), confidence });
      metric = metrics[metrics.length - 1];
    }
    const target: ExtractedTarget = {
      metric: metric || tail || text,
      op,
      value,
      unit: h.unit,
      text: compactText(text),
      span: st.span(cs, Math.max(textEnd, h.end)),
      confidence,
    };
    // "每周检查一次", "每班两名": a plain frequency or allocation, no floor and no share
    // (money each body pays or gets, "每人收取20元活动费", is a fee or a grant, no roster: neither)
    if (frequency && !h.freq && op === "=" && !comparator && !percent && h.unit !== "ratio" && !/元$/.test(h.unit)) {
      const each = sentenceBefore.lastIndexOf("每");
      ROUTINES.set(target, each < 0 || EACH_PERIOD.test(sentenceBefore.slice(each)) ? "frequency" : "allocation");
    }
    out.push(target);
    lastSentence = ss;
    lastAccepted = h.index;
    void end;
  }
  return withoutMilestones(out);
}

// "3月底前新建成2家；6月底前新建成2家；9月底前完成7家" under "新建成驿站7家": a figure whose clause opens on a
// month it is due by, in a task that states a total of the same unit at least as large without one, is a
// step of the schedule towards that total (a deadline), not a target of its own. (A dated figure that stands
// alone, "6月底前覆盖率达到100%", stays.)
const MONTH_LEAD = /^\s*(?:20\d{2}\s*年)?\s*\d{1,2}\s*月(?:份|底|末|中旬|上旬|下旬)?\s*(?:以前|之前|前)/;
function withoutMilestones(out: ExtractedTarget[]): ExtractedTarget[] {
  const dated = out.map((x) => MONTH_LEAD.test(foldHan(x.text)));
  if (!dated.some(Boolean)) return out;
  return out.filter((x, i) => !dated[i] || !out.some((y, j) => !dated[j] && y.unit === x.unit && y.value >= x.value));
}

// A problem statement in a rectification plan ("问题：…初中为4.8人，低于5.3人的标准。整改措施：…")
// states where things stand: its numbers are baselines, and only the measures' numbers are targets.
// The statement runs from its label to the next "label：" (整改措施、整改目标、责任单位…) or paragraph end.
const BASELINE_LABEL = new RegExp(String.raw`(?<![${HAN_RANGES}])(?:存在的?问题|主要问题|问题表现|问题描述|具体问题|问题|现状|基本情况)\s*[：:]`, "gu");
// ("主要存在以下几个问题：一是…；二是…", "发现如下三方面问题：": the list of problems found, a baseline too)
const FOUND_PROBLEMS = /(?:存在|发现)(?:以下|如下)[^：:。；\n]{0,10}问题\s*[：:]/gu;
const NEXT_LABEL = new RegExp(String.raw`(?<![${HAN_RANGES}])${HAN}{2,6}\s*[：:]|\n`, "u");
// (every label above holds one of these words: a text with none has no baseline, told without trying the
// patterns, which open with a lookbehind, at every offset)
const BASELINE_WORD = /问题|现状|基本情况/;
function baselineRanges(t: string): [number, number][] {
  const out: [number, number][] = [];
  if (!BASELINE_WORD.test(t)) return out;
  for (const m of [...t.matchAll(BASELINE_LABEL), ...t.matchAll(FOUND_PROBLEMS)]) {
    const from = m.index! + m[0].length;
    const rest = t.slice(from);
    const n = NEXT_LABEL.exec(rest);
    out.push([from, n ? from + n.index : t.length]);
  }
  return out;
}

/**
 * "(2)绿化带：每年修剪4次，每学期2次。(3)绿篱：每年修剪4次，每学期2次。", a table's rows run into one task each saying
 * "5个工作日内公开": the same statement said again in one task is one target of the ledger (one value to report).
 * (Several metrics sharing one statement, "A率、B率均达到100%", come from one place and all stay.)
 */
export function withoutRepeats(out: ExtractedTarget[]): ExtractedTarget[] {
  return out.filter((x, i) => !out.slice(0, i).some((y) => y.text === x.text && y.value === x.value && y.unit === x.unit && y.op === x.op && y.metric === x.metric && (y.span?.[0] !== x.span?.[0] || y.span?.[1] !== x.span?.[1])));
}

function compactText(text: string): string {
  // (most texts hold no space: the Unicode-aware patterns below would still be tried at every offset)
  if (!HAS_SPACE.test(text)) return text;
  return text.replace(SPACE_AFTER_HAN, "$1").replace(SPACE_AFTER_DIGIT, "$1");
}
const HAS_SPACE = /\s/;
const SPACE_AFTER_HAN = new RegExp(String.raw`(${HAN})\s+(?=[\d${HAN_RANGES}%])`, "gu");
const SPACE_AFTER_DIGIT = new RegExp(String.raw`(\d)\s+(?=${HAN})`, "gu");

/** Splits "A率、“B”率" on 、 outside quotes and brackets. */
function splitOutsideQuotes(s: string): string[] {
  const out: string[] = [];
  let depth = 0,
    from = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if ("“《（(".includes(c)) depth++;
    else if ("”》）)".includes(c)) depth = Math.max(0, depth - 1);
    else if (c === "、" && depth === 0) {
      out.push(s.slice(from, i));
      from = i + 1;
    }
  }
  out.push(s.slice(from));
  return out.map((x) => x.trim()).filter(Boolean);
}
