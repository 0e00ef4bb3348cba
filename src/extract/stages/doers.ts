// Units named as the doers of an item's sentences, where no label or division phrase names them:
// "教务处根据开学安排…", "保卫处牵头开展…", "学生处、各学院要…", "武装保卫部（处）要…",
// "学校要求总务处做好…", "由基教股负责…". A doer is a list of unit names at the start of a clause
// followed by a verb of duty; generic addressees (各单位, 各部门, 相关部门, 全校师生) are no units.
import { Stitched } from "./stitched.js";
import { isHanCodePoint } from "./han.js";
import { foldHan } from "./hanFold.js";
import { bareName, HEADS_GROUP, isPersonName, POSTED_GROUP } from "./people.js";
import { SURNAMES } from "./surnames.js";

// the words a unit's name ends with (longest first); 单位/部门 only in "各…单位" ("各教学单位")
export const SUFFIXES = [
  "办公室", "值班室", "委会", "幼儿园", "幼兒園", "团组织", "團組織", "学生会", "學生會", "委员会", "委員會",
  "中心", "公司", "集团", "集團", "学院", "學院", "学校", "學校", "院系", "院校", "小学", "小學", "中学", "中學",
  "片区", "片區", "学区", "學區", "中心校", "食堂", "工会", "工會",
  // a party body of a college or a unit: "各院（系）党组织"
  "党组织", "黨組織",
  "处", "處", "科", "股", "室", "局", "部", "馆", "館", "站", "办", "辦", "委", "院",
  // a place's government and its prefecture office: "各镇政府", "各县(区)人民政府(管委会)", "各行署" (xunits22)
  "政府", "行署",
  // the people's organisations: "各县市区妇联", "区残联" (xunits22)
  "妇联", "婦聯", "残联", "殘聯", "文联", "文聯", "科协", "科協", "侨联", "僑聯",
  // a province's department: "财政厅", "省政府办公厅" (not a hall: "餐厅", "大厅", "展厅")
  "厅", "廳",
  // a college's department: "体育系", "中文系" (not "体系", "关系", "联系")
  "系",
  // a school's group: "教研组", "年级组", "图音组" (not "分组", "编组")
  "组", "組",
  // a school's 少先队, 护校队, 志愿服务队 (not "大队", "中队": a class's squad)
  "队", "隊",
].sort((a, b) => b.length - a.length);
const EACH_ONLY = ["单位", "單位", "部门", "部門"];
// 机构 only after 各: "各卫生健康监督机构", "各医疗机构" — every body of a kind (not "定期邀请专业机构…", xunits21)
const AFTER_EACH_ONLY = ["机构", "機構"];
// a school level said short, only after 各: "各国中小", "各国小", "各高中" (a Taiwanese notice's addressees)
const EACH_SCHOOLS = ["国中小", "國中小", "国小", "國小", "国中", "國中", "中小", "高中", "高职", "高職"];
// a school's campuses, only after 各: "各校区要对本校区…" — every one of them given the work (not a school's classes or
// grades, "各班要…", "各年级要…": the golds give them no unit, the classes of the school that writes the plan)
const EACH_CAMPUS = ["校区", "校區"];
const OFFICE_WORDS = ["处室", "處室", "科室", "股室"];
// a plan's own working groups addressed with 各: "各工作组", "各工作小组", "各地市…领导小组" (not a school's groups of
// teachers, "各课题组", "各学科组", "各年级组": readers of the plan)
const WORKING_GROUPS = /^各[^、，,。；;\n]{0,12}?(?:工作|领导|領導|专项|專項)小?[组組]$/u;
export const POINTING = /^(?:各|各有关|各相关|有关|相关|相關|有關|职能|職能|其他|其它|所有|上级|上級|主管|业务|業務|行政|责任|責任|用人|基层|基層|下属|下屬)/u;
// the verbs of duty that follow a doer ("负责" but not "负责人")
const VERBS = [
  "要(?!求)", "应", "應", "须", "須", "需", "必须", "務必", "务必", "负责", "負責", "牵头", "牽頭", "根据", "根據", "按照", "依据",
  "结合", "結合", "协调", "協調", "组织", "組織", "做好", "加强", "加強", "认真", "認真", "切实", "切實", "提前", "提早",
  "及时", "及時", "督促", "敦请", "会同", "會同", "联合", "聯合", "统筹", "統籌", "开展", "開展", "落实", "落實", "完成",
  "加紧", "加緊", "抓好", "继续", "繼續", "积极", "積極", "主动", "主動", "严格", "嚴格", "承担", "承擔", "抓紧", "抓緊",
  "全力", "共同", "分别", "分別", "具体", "具體", "无", "無", "成立", "统一", "召开", "召開",
  // "保健室主导卫生防疫…": the unit that leads the work (not a principle's "政府主导、社会参与")
  "主导(?![、，,。；;\\s作])", "主導(?![、，,。；;\\s作])",
  // "各班制定工作计划", "政教处制订…"
  "制定", "制订", "制訂",
  // what a unit does with the work it receives: "教务处汇总…", "各院将以上安排通知…" (将 with its
  // object; "督导室将于…", "教育局将对…" say what the sender will do, not who the work is given to, nor does
  // "总务处将予以停权…", "将给予表扬": the sanction or reward the sender will give those who do the work)
  "汇总", "彙總", "匯總", "将(?![于於在会會对對予给給])", "將(?![于於在会會对對予给給])",
  // "摄影组派出人员…", "大队部派人检查", "大队部到各班检查"
  "派出", "派人", "派员", "派員", "派(?=[一二两兩三四五六七八九十\\d]|专人|專人)", "执行", "執行", 
  // "各校接到通知后，按…": the body that receives the notice does what it asks next (xnotices)
  "(?:接到|收到|接)(?:本|此|该|該)?(?:通知|文件)(?:后|後)",
  // "团委举办知识竞赛": the body that holds an event (xnotices)
  "举办", "舉辦",
  // "各校精心组织…": care in the doing
  "精心", "到(?=各|现场|現場|班级|班級|校园|校園)",
  // (xr28b) "某教育处就所主管学校依计划推荐…": the body that acts about what it oversees; "校工会为全校师生安装…": the body
  // that does the work for those it serves
  "就(?=所|其|本)", "为(?=广大|全校|全体|全院|师生|學生|学生|教职工|教職工)", "為(?=廣大|全校|全體|全院|師生|學生|教職工)",
  // "各科室对照考核指标，认真…"
  "对照(?=[^，,。；;\n]{1,20}?[，,])", "對照(?=[^，,。；;\n]{1,20}?[，,])",
  // "其他行政处室、各系部进行部分搬迁"
  // (not a check of others' work: "开学前中心校进行检查")
  "进行(?!了|检查|檢查|督查|抽查|考核|评比|評比)", "進行(?!了|检查|檢查|督查|抽查|考核|评比|評比)",
];
// "卫生室近期重点做好…": an adverb of time or emphasis may stand before the verb
// (and the modal 会 of what a body will do: "中心校会加强…"; not 会同/会办/会议)
// (a manner word may stand between the doer and its verb: "县教育局适时组织…", "教育局定期组织…")
const VERB_RE = new RegExp(`^(?:近期|近日|本周|本月|今年|同时|也|还|均|都|每天|每日)?(?:可以|可(?=组织|組織|开展|開展|结合|結合|根据|根據)|[会會](?![同办辦议議]))?(?:适时|適時|及时|及時|定期|不定期|第一时间|第一時間)?(?:重点|主要)?(?:进行|進行)?(?:${[...VERBS].sort((a, b) => b.length - a.length).join("|")})(?!(?<=负责|負責)人)`, "u");
// "保卫处在放假前对全校…", "各校对学生出入口…要设立": a time or an object first, the duty later in the clause
// (a time with 在/于: "在放假前", "于3月底前"; "学校在完成…基础上" is a condition, not a duty;
// "市教育局适时对进展情况予以通报": a manner word, an object, the duty)
// ("督查组针对检查中存在的问题及时提出整改建议": the matter the doer takes up, then its duty, xnotices)
const PREP_THEN_VERB =
  /^(?:(?:针对|針對)[^，,。；;！!\n]{1,24}?(?:及时|及時|要|应|應|须|須|提出|开展|開展|进行|進行|制定|组织|組織)|(?:多次|主动|主動|积极|積極)?(?:与|與|同)[^，,。；;\n的]{1,24}?(?:对接|對接|协商|協商|沟通|溝通|联系|聯繫|衔接|銜接)|(?:在|于)[^，,。；;\n]{0,12}?(?:前|期间|时|后|内)[^，,。；;\n]{0,16}?(?:要|应|须|进行|开展|完成|做好|组织|检查|充分|发动|發動|动员|動員|召开|召開)|(?:在|于)[^，,。；;\n]{0,20}?(?:前|内)\s*(?:将(?![于於在会會对對])|把)|(?:适时|適時|及时|及時|定期|不定期)?对[^，,。；;\n]{0,20}?(?:要|应|须|予以|進行|进行)|每[^，,。；;\n]{0,12}?(?:进行|开展|组织|完成|检查)|每[年月周季][^，,。；;\n]{0,8}?[前内內]\s*(?:要|应|應|须|須)|(?:放假|放學|放学|开学|開學|假期|期末|期中|考试|考試|活动|活動|会议|會議|节日|節日|节|節|月底|周末|週末)(?:之|以)?(?:前|后|後|期间|期間)(?:要|应|應|须|須|必须|必須|进行(?!检查|檢查|督查|抽查)|進行(?!檢查|督查|抽查)|开展|開展|完成|做好|组织|組織|召开|召開))/u;
// what joins two doers: "学生处、教务处", "党委学生工作部（处）和各二级学院", "…图书馆等部门及教学院系"
const JOIN_RE = /^(?:等(?:部门|部門|单位|單位|处室|處室|科室)?(?:及|和|与|與|以及)|、|和|及|与|與|以及)/u;
// a group of people after the units ("学生处、各学院和上课教师要"): the list ends before it
// (a time may stand before the duty: "美术组教师在6月2日前要…")
const PEOPLE_RE = /^[^\s，,。；;、]{0,8}?(?:教师|老师|教師|老師|人员|人員|师生|師生|学生|學生|班主任|家长|家長)(?:(?:在|于|於)[^，,。；;\n]{1,16}?(?:前|后|後|内|內|时|時))?(?:要|应|應|须|須|负责|負責|及时|认真|做好)/u;
// a clause that opens with the school asking a unit to act: "学校要求总务处…", "由基教股负责…"
const OPENER_RE = /^(?:(?:首先|其次|然后|最后|此外|另外)|(?:\d{4}\s*年)|(?:\d{1,2}月\d{1,2}[日号號](?:上午|下午|晚上|中午)?(?:以前|之前|前)?)|(?:[^，,。；;：:\n由]{1,6}?(?:[周天日月]后|前))|(?:学校|學校|我校|本校|局|我局|[^，,。；;：:\n由]{1,6}?(?:局|校|处|處|室|办|辦|部门|部門))?(?:要求|督促|责成|責成|安排)|(?:此项|該項|该项|本项)?(?:工作|任务)?由|(?:所以|因此|故)?(?:建议|建議))/u;
// a request to a body, "请各校于…前上网填报", "另请受访视学校务必…", "亦需请各系(所)办协助…": the body asked does the work
// (the sender asking is none of its units, so a body asked to assist it is the lead); whatever it is asked
// to do follows — a time first, a manner, or the verb
// (not 请求/请示/请假: the sender asks its superiors, "请求上级部门…", "请示局领导…"; no body it asks)
const REQUEST = /^(?:[亦另并並也再]?(?:需|须|須)?(?:敬)?[请請])(?![求示假])/u;
// (a time first: "…于7月25日中午12时前上网填报"; or straight the work — anything but the rest of a noun, "各校长", "各部门的", nor
// a character that carries the name on to a longer one: "各国中|小", "各系(所)|办", "各部|门")
const NAME_GOES_ON = () => new Set([...SUFFIXES, ...EACH_ONLY, ...AFTER_EACH_ONLY, ...EACH_SCHOOLS, ...OFFICE_WORDS].map((w) => w[0]).concat([...EACH_ONLY, ...OFFICE_WORDS].flatMap((w) => [...w])));
const REQUEST_VERB = new RegExp(
  `${VERB_RE.source}|^\\s*(?:于|於|在)\\s*[^，,。；;\\n]{0,30}?(?:前|内|內|后|後|时|時)|^(?![的之长長人员員们們、和及与與或等${[...NAME_GOES_ON()].join("")}])\\p{Script=Han}`,
  "u",
);
const ASKED_PEOPLE = /老师|教师|导师|家长|同学|们|班主任|任课|人员|学生(?![处会])/u;
/** Whether `i` of `t` is in a remark, bracketed or on a line of its own ("（备注：…请各学校做好解释工作。）", "注：…由各县教育局根据实际确定"). */
// (looked for in the 200 characters before `i` only: a text without structure may be one body of megabytes)
function inNote(t: string, i: number): boolean {
  const from = Math.max(0, i - 200);
  const back = t.slice(from, i + 1);
  const open = Math.max(back.lastIndexOf("（"), back.lastIndexOf("("));
  if (open >= 0 && !/[）)]/.test(back.slice(open)) && /^[（(]\s*(?:备注|附注|注|说明)\s*[：:]/u.test(back.slice(open, open + 8))) return true;
  const line = back.lastIndexOf("\n", back.length - 2);
  return (line >= 0 || from === 0) && /^\s*(?:备注|附注|注|说明)\s*[：:]/u.test(back.slice(line + 1));
}
// checking on others' work: "对…进行明查暗访", "将适时组织督查", "应对幼儿园执行情况进行监管"
const CHECKING = /明查暗访|明察暗访|暗访|抽查|督查|核查|检查|监管|监督|督导|巡查/u;
const OVERSEES = /^[^，,。；;！!\n]{0,30}?(?:将|对|及时|及時)[^，,。；;！!\n]{0,30}?(?:明查暗访|明察暗访|暗访|抽查|督查|核查|检查指导|监管|监督|督导|巡查|介入)(?!内容|要求|标准|组|方案)/u;
// addressees, not units
// (a bureau naming itself by its level, "县局成立了…", "縣局組織人員…", is the sender: no gold gives it a task, xleaders2)
// ("各级各有关部门要…": every level and every department, no kind of body named)
export const GENERIC = /^(?:各|各有关|各相关|有关|相关|相關|有關|全校|全体|本|我)?(?:单位|單位|部门|部門|处室|處室|科室|股室|二级单位|二級單位)$|^(?:[省市县縣区區乡鄉镇鎮校]|乡镇|鄉鎮)[级級](?:有关|相关|有關|相關|主管|职能|職能)?(?:部门|部門|单位|單位)$|^(?:学校|學校|我校|本校|全校|该校|該校|我局|本局|[县縣市区區]局|小学|小學|中学|中學|幼儿园|幼兒園|大学|大學|(?:党|黨)?支部|本支部|我支部)$|^各地各|^各[级級]各(?:有关|相关|有關|相關)?(?:部门|部門|单位|單位)$|^各(?:部门|部門|单位|單位)各|^各?(?:主要)?(?:牵头|牽頭|责任|責任|协同配合|協同配合|配合|协办|協辦|协同|協同|参与|參與|承办|承辦)(?:单位|單位|部门|部門)$/u;
const SCHOOL_LEVEL = /^(?:小学|中学|幼儿园|大学)$/u;
// (and a school kind in an address list, after 、 or a comma: "各县区、学校要…" — not "各级教育行政部门和学校要…")
const LISTED_SCHOOL = /^(?:学校|高校|中小学)$/u;
const EACH_OFFICE = /^各(?:处室|處室|科室|股室)$/u;
// the plan's own level's government or party committee ("市政府将安排…", "区委、区政府要…": the sender, as 县局 is), a
// government at every level, a government's departments in general: no doer (a level's government after places
// addressed with 各 is one of them: "各行署、市政府…"; xunits22)
// a body named by its role in the work, not addressed with 各 ("项目实施单位要…", "议题主办部门要…", "成员单位要…", "区绩效考评
// 部门要…"): whoever holds the role, no body (the golds give "各项目实施单位", "各成员单位" — addressed with 各 — a unit)
// (a role still names someone responsible — structure's refusal of a notice of general demands reads it so —: only
// the task's units leave it out, `fields`)
const ROLE_BODY = /^(?!各).{0,6}?(?:实施|實施|主办|主辦|成员|成員|考评|考評)(?:单位|單位|部门|部門)$/u;
/** Whether a doer is a body named by its role in the work, not addressed with 各 ("项目实施单位", "议题主办部门"). */
export const isRoleBody = (name: string) => ROLE_BODY.test(foldHan(name));
const LEVEL_GOVERNMENT = /^(?:[省市州县縣区區乡鄉镇鎮]|乡镇|鄉鎮)(?:人民)?政府$/u;
// (nor a condition's clause, "凡未检附资料以致本部…者", "若…": whoever it describes, no body)
const NOT_DOER = /^(?:凡|若|倘若|如果)|^(?:[省市州县縣区區乡鄉镇鎮]|乡镇|鄉鎮)[委]$|^各[级級](?:人民)?政府$|^(?:[省市州县縣区區]|[县縣区區]市|市[县縣区區])?政府各(?:有关|相关|有關|相關)?(?:部门|部門|单位|單位)$/u;
// a clause that starts with a verb or a preposition names an action, not a doer
// (and an adverb of effort or a verb of grasping: "充分发挥少先队组织…", "抓好基层党组织落实…" name the work, not a doer)
const ACTION_START = /^(?:提请|提請|报请|報請|坚决|堅決|禁止|严禁|嚴禁|不得|不准|杜绝|杜絕|充分|发挥|發揮|抓好|抓实|抓實|狠抓|着力|著力|大力|首先|其次|然后|最后|此外|另外|会同|會同|会办|协助|協助|配合|负责|負責|部署|安排|并|並|且|而|加强|加強|做好|落实|落實|开展|開展|组织|組織|推进|推進|完善|建立|认真|認真|切实|切實|请|請|对|對|在|按|根据|根據|进一步|進一步|深入|全面|积极|積極|严格|嚴格|及时|及時|确保|確保|保证|保證|实施|實施|提高|强化|強化|召开|召開|参加|參加|学习|學習|鼓励|鼓勵|支持|引导|引導|促进|促進|推动|推動|指导|指導|要求|督促|帮助|幫助|利用|通过|通過|围绕|圍繞|聚焦|依托|以|把|将|將|让|讓|使|创建|創建|新建|改建|扩建|擴建|建设|建設|组建|組建|设立|設立|打造|培育|探索|构建|構建|形成|实现|實現|支持)/u;

/** "…、后勤管理处等单位要": the list closes with 等 and a verb of duty. */
function etcThenVerb(rest: string): boolean {
  const etc = ETC.exec(rest);
  return !!etc && VERB_RE.test(rest.slice(etc[0].length));
}
// "等单位", "等相关部门", "等省级主管部门（单位）": what closes a list of bodies
const ETC = /^等(?:(?:相关|有关|相關|有關)?(?:部门|部門|单位|單位|处室|處室|科室)|[^\s，,。；;、：:（()）的]{1,8}?(?:部门|部門|单位|單位)(?:[（(](?:部门|部門|单位|單位)[）)])?)?/u;
/** The text after a list's closing 等… ("等省级主管部门（单位）牵头" → "牵头"). */
const afterEtc = (rest: string) => rest.slice(ETC.exec(rest)?.[0].length ?? 0);

const isHan = (s: string, i: number) => isHanCodePoint(s.codePointAt(i) ?? 0);

/** The length of a unit name starting at `i` of `t` that is followed by a join or a verb of duty; 0 if none. */
// "市、区、县各卫生健康监督机构应…", "市、州教育行政部门要…": the levels before a body's name share it (one name,
// as splitNames reads "区、县(市)教育局")
const LEVELS_BEFORE_EACH = /^(?:[省市区區县縣镇鎮乡鄉][、,，]){1,3}[省市区區县縣镇鎮乡鄉](?=各)|^(?:[省市区區县縣镇鎮乡鄉州][、,，]){1,3}(?=[省市区區县縣镇鎮乡鄉州][^、,，])/u;
function nameAt(t: string, i: number, verb = VERB_RE, commaJoins = false): number {
  const levels = LEVELS_BEFORE_EACH.exec(t.slice(i, i + 8));
  if (levels) {
    const n = nameAt(t, i + levels[0].length, verb, commaJoins);
    return n ? levels[0].length + n : 0;
  }
  if (!isHan(t, i) || ACTION_START.test(t.slice(i, i + 4))) return 0;
  for (let k = 2; k <= 24 && i + k <= t.length; k++) {
    // a bracketed part inside the name ("各县（市、区）教育局") is read whole
    if (/[（(]/.test(t[i + k - 1]) && k > 1) {
      const close = closingBracket(t, i + k - 1);
      if (close < 0 || close - i > 24) return 0;
      k = close - i + 1;
      // ("各县（市、区）要…": a place level with its alternatives in brackets)
      if (t[i] === "各" && DIVISIONS.test(t.slice(i, close + 1)) && DUTY_AFTER_DIVISIONS(t.slice(close + 1))) return close + 1 - i;
      // ("乡镇（街道）负责完善…": the level with its kinds in brackets names every place of it, 各 or not — before a verb of duty)
      if (t[i] !== "各" && DIVISIONS.test("各" + t.slice(i, close + 1)) && VERB_RE.test(t.slice(close + 1))) return close + 1 - i;
      continue;
    }
    if (!isHan(t, i + k - 1) && !/[）)]/.test(t[i + k - 1])) return 0;
    let name = t.slice(i, i + k);
    let end = i + k;
    // 单位/部门 end a name after 各 ("各教学单位") or after what the unit does ("教学部门", "卫生保健部门");
    // not after a word that only points at units ("相关部门", "职能部门")
    const suffix =
      SUFFIXES.find((s) => name.endsWith(s)) ??
      // "各校": 校 alone ends a name only after 各 ("留校" is no unit)
      (/^各.?校$/.test(name) ? "校" : undefined) ??
      (/^各/.test(name) || (name.length >= 4 && name.length <= 8 && !POINTING.test(name) && !/相关|有关|[并和及与或等]/.test(name)) ? EACH_ONLY.find((s) => name.endsWith(s)) : undefined) ??
      (/^各/.test(name) ? [...AFTER_EACH_ONLY, ...EACH_SCHOOLS].find((s) => name.endsWith(s)) : undefined) ??
      (/^各.{0,2}$/.test(name) ? EACH_CAMPUS.find((s) => name.endsWith(s)) : undefined);
    if (!suffix) continue;
    // "…办公室": a name does not end inside a longer unit word (办 of 办公室, 委 of 委员会)
    // (nor inside 处室/科室/股室: "各处室检查人员要…" names no 各处)
    // (but "发展改革委会同农业部…": 委 before 会同 ends the name, no 委会)
    if ([...SUFFIXES, ...OFFICE_WORDS].some((w) => w.length > suffix.length && w.startsWith(suffix) && t.startsWith(w, end - suffix.length)) && !/^[会會]同/.test(t.slice(end))) continue;
    // "武装保卫部（处）": a bracketed alternative of the unit word belongs to the name
    // ("各级学校(含幼儿/稚园)", "各国中小(含私立)": what a collective includes, in brackets, is part of its name)
    const alt = /^[（(](?:[^（()）]{1,3}|(?:含|包括|包含)[^（()）]{1,10})[）)]/u.exec(t.slice(end));
    if (alt) {
      end += alt[0].length;
      name = t.slice(i, end);
    }
    // "名单交教务处汇总": a name does not hold a verb of handing over or a time ("两周后")
    // (交通 and 交警 are words of a body's name: "交通运输局", "校园交通安全管理中队")
    // (nor the object of the work: "定期对食堂进行…", "放假前对本单位进行…"; 对外, 对口 name a body's field)
    // (nor people: "承办人员于单位…", "承办人员应…" — 办 of 承办人, 经办人 ends no name)
    if (/.(?:人员|人員)/u.test(name) || (/[办辦]$/u.test(name) && /^人/u.test(t.slice(end)))) return 0;
    // ("开考前半天分系部到教务处统一领取": a name does not hold the 到 of going somewhere; 报到处 is one)
    if (/[由的要请請]|到(?![处處])|[周天日月年][后前]|.[交报送呈](?<!.交(?=[通警]))|.[对對](?![外口])/.test(name)) return 0;
    // "其内涵为本校各院系召开…": a pronoun's clause, "X为/是Y", defines a figure and names no body
    if (/^其(?![他它余餘])|.[为為是]/u.test(name)) return 0;
    // "副班长张与体委共同…": a post and its holder are people, not a unit's name
    if (/班长|班長|委员(?!会)|委員(?!會)|组长|組長|队长|隊長|主任|书记|書記/u.test(name)) return 0;
    // "会后大队部…", "开学前中心校…", "目前学校…": a time before the name is no part of it
    if (/^(?:.{1,2}?[后後前](?![勤台方教办辦科股])|目前|当前|當前|现在|現在|同时|同時)/u.test(name)) return 0;
    // "每季度与市扶贫办开展…": a frequency before the name is no part of it
    if (/^每[年月周季天日学]/u.test(name)) return 0;
    // "教室应进行消毒": a room is no unit
    if (/(?:教室|寝室|会议室|阅览室|活动室|功能室)$/u.test(name)) continue;
    // "特殊情况下办公室…", "必要时教务处…": a condition before the name is no part of it
    if (/^(?:[^，,。；;]{0,4}情[况況]下|必要[时時])/u.test(name)) return 0;
    const rest = t.slice(end);
    if (suffix === "系" && /[体關关联聯派世]系$/.test(name)) continue;
    // ("其他学科要出5节教案": a subject of teaching is no unit; 科 ends an office's name, "教务科")
    if ((suffix === "科") && /(?:学科|學科|各科|全科|文科|理科|工科|专科|專科|本科)$/u.test(name)) continue;
    // ("各课题组、学科组落实…": groups addressed with 各 are readers, not units)
    // (a squad, "大队", "三中队", is a class's; a body's named squad, "交警中队", "校园交通安全管理中队", is a unit: xunits21)
    if ((suffix === "队" || suffix === "隊") && (name.length < 3 || /^各/.test(name) || (/^[大中小]$/.test(name.slice(-2, -1)) && name.length <= 4))) continue;
    // (but the plan's own working groups addressed with 各 do its work: "各工作组进一步细化…", "各地市环保专项行动领导小组要…", xleaders22)
    if ((suffix === "组" || suffix === "組") && (name.length < 3 || (/^各/.test(name) && !WORKING_GROUPS.test(name)) || /[分编編重改每按]/.test(name) || /^.{0,2}小[组組]$/.test(name))) continue;
    // "全部", "干部", "内部": words that end in 部 without naming a unit
    if (/(?:全部|干部|幹部|内部|內部|外部|局部|支部)$/.test(name) && !/党支部|黨支部/.test(name)) continue;
    if ((suffix === "厅" || suffix === "廳") && (name.length < 3 || /[餐大客展礼禮舞门門歌茶前后後乐樂会會报報]厅$|[餐大客展禮舞門歌茶前後樂會報]廳$/u.test(name))) continue;
    // (对照 only after bodies addressed with 各: "各科室对照考核指标，…"; "县级自查县区教育局对照…" runs a heading into its text)
    if (/^(?:对照|對照)/u.test(rest) && t[i] !== "各") continue;
    if (verb.test(rest) || CO_VERB.test(rest) || JOIN_RE.test(rest) || (commaJoins && COMMA_EACH.test(rest)) || etcThenVerb(rest) || PREP_THEN_VERB.test(rest) || PEOPLE_RE.test(rest) || (t[i] === "各" && DUE_BY.test(rest))) return end - i;
  }
  return 0;
}

/** The index of the bracket closing the one at `i` (nested brackets counted), or -1 within a short span. */
function closingBracket(t: string, i: number): number {
  let depth = 0;
  for (let j = i; j < t.length && j < i + 16; j++) {
    if (t[j] === "（" || t[j] === "(") depth++;
    else if (t[j] === "）" || t[j] === ")") {
      depth--;
      if (depth === 0) return j;
    } else if (/[，。；;\n]/.test(t[j])) return -1;
  }
  return -1;
}

// the places of a level addressed in the government's formal way, the level's other kinds in brackets:
// "各市（州）", "各县（市、区）", "各镇（街道）" — the governments there (a bare "各乡镇", "各区县" stays an
// addressee: the golds give it a unit in some documents and not in others)
const DIVISION_LEVEL = String.raw`(?:省|市|州|县|縣|区|區|乡镇|鄉鎮|镇|鎮|乡|鄉|街道|县区|縣區|区县|區縣|市县|市縣|县市区|縣市區)`;
const DIVISION_KINDS = String.raw`[（(](?:[市州县縣区區镇鎮乡鄉]|街道)(?:[、,，](?:[市州县縣区區镇鎮乡鄉]|街道)){0,3}[）)]`;
const DIVISIONS = new RegExp(String.raw`^各${DIVISION_LEVEL}${DIVISION_KINDS}$`, "u");
// a place after such a 各 place: "县（市、区）", "县区"
const NEXT_DIVISION = new RegExp(String.raw`^${DIVISION_LEVEL}(?:${DIVISION_KINDS})?`, "u");
// a division list is a doer only before a verb of duty or a join to the next place ("各市（州）、县（市、区）要")
const DUTY_AFTER_DIVISIONS = (rest: string) => VERB_RE.test(rest) || /^[、和及与與]/.test(rest);

/** Parses "A、B和C要" at `i`: the names, if a verb of duty (or a group of people and then one) follows the list. */
function doerList(t: string, i: number, verb = VERB_RE): [number, number][] | null {
  const names: [number, number][] = [];
  let p = i + (OWNER.exec(t.slice(i, i + 16))?.[0].length ?? 0);
  // ("要求全市各校、幼儿园…": the whole place before the bodies addressed with 各 is no part of their names)
  p += /^全(?:省|市|州|县|縣|区|區|镇|鎮|乡|鄉)(?=各)/u.exec(t.slice(p, p + 3))?.[0].length ?? 0;
  for (;;) {
    // ("各市（州）、县（市、区）要": the 各 of the first place distributes over the places after it)
    const place = names.length && t[names[0][0]] === "各" && DIVISIONS.test(t.slice(...names[0])) ? divisionAt(t, p) : 0;
    // ("各市、各高职院校要…": a bare level addressed with 各 before a body addressed with 各 is one of the doers)
    const level = !names.length ? (EACH_LEVEL.exec(t.slice(p, p + 6))?.[1].length ?? 0) : 0;
    // ("各县区、学校要…": or before a school kind that takes the 各 too)
    // ("各中小学校、幼儿园，各民办教育机构要…": in a list addressed with 各 a comma may join the next body addressed with 各)
    const eachList = names.length > 0 && t[names[0][0]] === "各";
    const n =
      place ||
      (level && ((nameAt(t, p + level + 1, verb) && t[p + level + 1] === "各") || CARRIED_SCHOOL.test(t.slice(p + level + 1))) ? level : 0) ||
      nameAt(t, p, verb, eachList) ||
      (eachList ? (CARRIED_SCHOOL.exec(t.slice(p))?.[1].length ?? 0) : 0);
    // "各学院、部门、单位要": the 各 of the first name distributes over bare unit words (addressees, no units)
    const bare = !n && names.length && t[names[0][0]] === "各" ? BARE_WORD.exec(t.slice(p)) : null;
    if (n) names.push([p, p + n]);
    else if (!bare) {
      // ("各主责单位和相关职能部门要…": the departments pointed at after the bodies are no units; the bodies are the doers)
      const pointed = names.length ? POINTED_TAIL.exec(t.slice(p)) : null;
      if (pointed && VERB_RE.test(t.slice(p + pointed[0].length))) return names;
      return names.length && PEOPLE_RE.test(t.slice(p)) ? names : null;
    }
    p += n || bare![0].length;
    const rest = t.slice(p);
    if (verb.test(rest) || CO_VERB.test(rest) || etcThenVerb(rest) || PREP_THEN_VERB.test(rest) || (!JOIN_RE.test(rest) && PEOPLE_RE.test(rest)) || (t[names[0][0]] === "各" && DUE_BY.test(rest))) return names;
    // ("各中小学校、幼儿园，各民办教育机构要…": an address list runs on after a comma to the next body addressed with 各)
    const join = JOIN_RE.exec(rest) ?? (t[names[0][0]] === "各" ? COMMA_EACH.exec(rest) : null);
    if (!join) return null;
    p += join[0].length;
  }
}
const POINTED_TAIL = /^(?:相关|有关|相關|有關|其他|其它)(?:职能|職能)?(?:部门|部門|单位|單位|科室|处室|處室)/u;
const EACH_LEVEL = /^(各(?:省|市|州|县|縣|区|區|县区|縣區|区县|區縣|州市|县市|縣市|市县|市縣))[、，,]/u;
// a school kind after a bare level addressed with 各, named with its duty: "各县区、学校要…", "各州市、高校要…"
const CARRIED_SCHOOL = new RegExp(`^(学校|學校|高校|中小学|中小學|幼儿园|幼兒園)(?:${VERB_RE.source.slice(1)}|(?=[于於]))`, "u");
// a day the bodies addressed with 各 must act by, before the work: "各校于2031年5月20日(星期二)前，将…" — they are its doers
const DUE_BY = /^(?:于|於)[^，,。；;\n]{0,30}?(?:\d|[一二三四五六七八九十]\s*[月日号號])[^，,。；;\n]{0,20}?(?:前|之前|以前)/u;
const COMMA_EACH = /^[，,](?=各)/u;
/** The length of a place level at `i` after a 各 place ("县（市、区）"), or 0. */
function divisionAt(t: string, i: number): number {
  const m = NEXT_DIVISION.exec(t.slice(i, i + 14));
  if (!m) return 0;
  const rest = t.slice(i + m[0].length);
  return DUTY_AFTER_DIVISIONS(rest) || PEOPLE_RE.test(rest) ? m[0].length : 0;
}
// the verbs after "由X" that give X the work ("由学生处通报" does not)
// (and "由发展改革委会同农业部等部门负责落实": the body that works with others named after 会同 leads them)
// ("原则通过并由党政综合办公室修改完善后上报": a body that reworks a decided text does the work; not one that drafts, "由牵头科室起草纪要")
// ("最后由校团委根据投票结果评选出…", "由教务处、各二级学院根据教学进度另行通知": a body acting on its own grounds does the work)
// ("具体由各镇街自行决定", "由各系部协调自行组织考试": a body left to settle or arrange the work itself does it, xnotices)
// ("由各县市教育处就所主管学校依计划办理": a body acting on what it oversees does the work, xr28b)
const BY_VERB = /^(?:就(?=所|其)|负责|負責|牵头|牽頭|统一|統一|统筹|統籌|组织|組織|执行|執行|会同|會同|修改|修订|修訂|完善|根据|根據|(?:协调|協調)?自行)/u;
const BY_WORK = new RegExp(`${VERB_RE.source}|${BY_VERB.source}`, "u");
// the verbs after "经X" that make X the body the work must pass ("须经法律事务办审核"; not "经区政府同意": a sender's leave)
const PASS_VERB = /^(?:审核|审批)/u;
// the verbs that give a doer the assisting part: "人事室、会计室担任后勤支援任务", "财务科配合做好…"
const CO_VERB = /^(?:配合|協助|协助|(?:共同)?(?:参与|參與)(?![度率人者])|(?:担任|擔任|承担|承擔)[^，,。；;\n]{0,8}?(?:支援|支持|协助|協助|配合|保障))/u;
// a duty that is only to assist, in the clauses right after the verb: "要对照相应职责，深度参与，密切配合，…"
const CO_CLAUSE = /^[^。；;！!\n]{0,16}?[，,]\s*(?:(?:深度|积极|主动|全面)(?:参与|參與)[，,]\s*)?(?:密切|积极|積極|主动|主動|全力|大力)(?:配合|協助|协助)/u;
// the body that owns the units named after it: "由各合办学校之教务处、学务处…执行"
const OWNER = /^(?:各|本|该|該)?[^\s，,。；;、之的由]{0,10}?(?:学校|學校|学院|學院|校)[之的]/u;
// (and a government's departments after the governments addressed with 各: "各镇政府、县政府各有关部门要…")
const BARE_WORD = /^(?:部门|部門|单位|單位|处室|處室|科室|(?:[省市州县縣区區]|[县縣区區]市|市[县縣区區])?政府各(?:有关|相关|有關|相關)?(?:部门|部門|单位|單位))/u;

// the bodies a doer works with: "联合…、…落实", "会同…开展", "协同…做好", a clause's "（每季度）与…开展" (each a body's whole name;
// "会同督导部门逐校开展": the manner word before the verb is no part of the name)
// ("会同农业部、水利部等部门研究提出…": the last body before 等 is one of them, the kind after it none)
const PARTNERS = /((?:联合|聯合|会同|會同|协同|協同|(?<=^|每[年月周季]度?|定期|主动|积极|密切|预计|拟|计划|将)与(?![会會]))\s*)([^，,。；;：:\s]{3,60}?)(?:共同|一起|一道|逐[校级級一项項个個所])?(?:落实|落實|开展|開展|做好|组织|組織|举办|舉辦|办理|辦理|实施|實施|推进|推進|加强|加強|进行|進行|完成|检查|檢查|负责|負責|研究)/u;
// a list of bodies closed by 等部门 whose mechanism of working together the item sets up ("…等部门、乡镇的协同推进机制")
const MECHANISM = /([^，,。；;：:\s]{3,80}?)等(?:部门|部門|单位|單位|乡镇|鄉鎮)(?:[、和及](?:部门|部門|单位|單位|乡镇|鄉鎮))*的?(?:协同|協同|协作|協作|联动|聯動|会商|會商)(?:推进|推進|工作|联动|聯動)?机制/u;
const PARTNERS_ETC = /等(?:有关|相关|有關|相關)?(?:部门|部門|单位|單位)$/u;
const PARTNER_END = /^[^、和及与與]{2,20}(?:政府|(?<!相关|相關|有关|有關|职能|職能|其他|其它)部门|(?<!相关|相關|有关|有關|职能|職能|其他|其它)部門|派出所|大队|大隊|中队|中隊|支队|支隊|公司|集团|集團|中心|医院|醫院|[局委办辦院所站处處科股室部会會校园園馆館队隊厅廳])$/u;

// a department and its section: "教务处课程组", "学务处生教组", "总务处事务股" (not a post: "…组长")
const OFFICE_SECTION = /^(\p{Script=Han}{1,6}?[处室部]\p{Script=Han}{1,6}?[组科股])(?![长的])(?=\p{Script=Han})/u;
// a period a clause's work falls in, before its doer: "放假期间", "寒假期间", "国庆节期间", "假期" (not "假期间…")
const PERIOD_FRAME = /^(?:[\u4e00-\u9fff]{1,5}?(?:期间|期間)|[寒暑]?假期(?![间間]))(?=[\u4e00-\u9fff])/u;
// a day and its time of day opening the clause, before its doer: "4月21日晚6:30团委举办…", "5月6日下午3点教务处…" (xnotices)
const DAY_TIME_OPENER = /^\d{1,2}月\d{1,2}[日号號](?:上午|下午|晚上|中午|早上|晚|早)\s*\d{1,2}(?:[:：]\d{2}|[时時点點](?:\d{1,2}分?|半)?)/u;
/** Units named as the doers of the clauses of `body` (lead units), in order, once each. */
export function findDoers(body: Stitched): { name: string; st: Stitched; role?: "co" }[] {
  // matched on the text with traditional characters folded; names read as printed
  const t = foldHan(body.text);
  const out: { name: string; st: Stitched; role?: "co" }[] = [];
  const seen = new Set<string>();
  // the item's own number is no part of the first clause
  // (and a number closed by its bracket alone, "3)4月21日晚…")
  const numbered = /^\s*(?:[（(]\s*[一二三四五六七八九十\d]{1,3}\s*[）)]|[一二三四五六七八九十]{1,3}\s*[、.．]|\d{1,3}\s*(?:、|[.．](?!\d)|[）)]))\s*/.exec(t);
  const starts = [numbered ? numbered[0].length : 0];
  for (let i = 0; i < t.length; i++) if ("。；;！!，,：:\n".includes(t[i])) starts.push(i + 1);
  // the end of the body's first sentence: its own work, or the heading that names it and then the work
  // ("（二）具体实施阶段（5月20日-10月8日）。各校…")
  const ends = [...t.matchAll(/[。；;！!\n]/g)].map((m) => m.index);
  const heading = ends.length > 0 && ends[0] <= 24 && !/要|应|須|须|将|負責|负责/.test(t.slice(0, ends[0]));
  let firstEnd = heading ? (ends[1] ?? -1) : (ends[0] ?? -1);
  // (a task that is itself the checking, "五、迅速组织开学工作检查", is done by those who check)
  if (firstEnd >= 0 && CHECKING.test(t.slice(0, ends[0]))) firstEnd = -1;
  for (let s of starts) {
    while (s < t.length && /\s/.test(t[s])) s++;
    // a measure's own number on a line of its own ("\n4、各校…")
    if (t[s - 1] === "\n" || s === 0) s += /^(?:[（(]\s*[一二三四五六七八九十\d]{1,3}\s*[）)]|[一二三四五六七八九十\d]{1,3}\s*[、.．](?!\d))?\s*/.exec(t.slice(s, s + 8))![0].length;
    // (a measure numbered inside the item's paragraph, "…工作。(1)各地各校要…", "；②教务处…": its number opens the clause)
    else s += /^(?:[（(]\s*\d{1,2}\s*[）)]|[①②③④⑤⑥⑦⑧⑨⑩])\s*/u.exec(t.slice(s, s + 6))?.[0].length ?? 0;
    // "一是各学校要…": the enumeration word opens the clause
    if (/^[一二三四五六七八九十]是/.test(t.slice(s, s + 2))) s += 2;
    // "放假期间后勤处要…", "假期学校将…": the period the work falls in opens the clause, no part of the doer's name (xnotice27)
    s += PERIOD_FRAME.exec(t.slice(s, s + 10))?.[0].length ?? 0;
    // "各地各校要…": the places addressed with the schools name no body; the schools are the doers
    // (only the short 各校: "各地各学校要…" stands where a task names its schools in full, "各中小学校…")
    // (the places are bodies too where they come with the short 各校: the golds of "各地各校要…" give both)
    if (/^各地(?=各校)/.test(t.slice(s, s + 4))) {
      if (!seen.has("各地")) {
        seen.add("各地");
        out.push({ name: body.text.slice(s, s + 2), st: body.slice(s, s + 2) });
      }
      s += 2;
    }
    const opener = DAY_TIME_OPENER.exec(t.slice(s, s + 16)) ?? OPENER_RE.exec(t.slice(s, s + 8));
    // (a body asked is named as a body: not people, "请导师填写汇整表缴回学务处", "请家长们按照幼儿园…", nor a name holding a
    // duty's verb, "请贵校配合办理" — the request's lenient reading would run on into the work)
    const asking = (names: [number, number][]) =>
      names.filter(([a, b]) => {
        const name = t.slice(a, b);
        return !ASKED_PEOPLE.test(name) && ![...name].some((_, j) => j > 0 && (VERB_RE.test(name.slice(j)) || CO_VERB.test(name.slice(j))));
      });
    // ("各学校、幼儿园要…": a school level alone after a name with 各 takes the 各 too)
    const units = (list: [number, number][] | null) =>
      (list ?? []).filter(([a, b], k, all) => {
        const name = t.slice(a, b).replace(/\s+/g, "");
        return (
          (!GENERIC.test(name) && !NOT_DOER.test(name) && !(LEVEL_GOVERNMENT.test(name) && !(k > 0 && t[all[0][0]] === "各"))) ||
          (k > 0 && SCHOOL_LEVEL.test(name) && t[all[0][0]] === "各") ||
          (k > 0 && LISTED_SCHOOL.test(name) && t[all[0][0]] === "各" && /[、，,]/u.test(t[a - 1])) ||
          // ("…负责具体工作，各处室配合": the offices addressed whose part is to assist are the task's co-units)
          // ("各科室要…", "各处室配合": the offices addressed with 各 are doers — not where their people are: "各处室检查人员要…")
          (EACH_OFFICE.test(name) && !PEOPLE_RE.test(t.slice(all[all.length - 1][1])))
        );
      });
    let list = units(doerList(t, s));
    let asked = false;
    // (one request names the item's doer: a later one, or one after a doer the item named, repeats or adds a reader —
    // "请各国中小…填报…。请各校务必依据…公告", "由学生处统一组织…。请各学院于…前…")
    const request = list.length || inNote(t, s) || out.some((d) => !d.role) ? null : REQUEST.exec(t.slice(s, s + 6));
    if (request) {
      list = asking(units(doerList(t, s + request[0].length, REQUEST_VERB)));
      asked = list.length > 0;
    }
    // "教务处课程组匡列…": an office named with its section opens the item's first clause — its doer, whatever the verb
    if (!list.length && s === starts[0]) {
      const section = OFFICE_SECTION.exec(t.slice(s, s + 16));
      if (section && !/[和及与要把的在是对将由]|^(?:首先|其次|然后|最后|此外|另外)/u.test(section[1]) && !ACTION_START.test(section[1])) list = [[s, s + section[1].length]];
    }
    if (!list.length && opener) {
      // ("由所涉及的省政府办公厅、…牵头": the bodies the work concerns)
      const concerned = opener[0].endsWith("由") ? (/^(?:所涉及的|所涉及|涉及的)/u.exec(t.slice(s + opener[0].length))?.[0].length ?? 0) : 0;
      list = units(doerList(t, s + opener[0].length + concerned));
      // "由X" names a doer only with 负责/牵头 ("由学生处通报" does not)
      if (list.length && opener[0].endsWith("由") && !BY_VERB.test(afterEtc(t.slice(list[list.length - 1][1])))) continue;
    }
    // "所有节目由校办、政教处组织评比", "…事项，统由团委会统一负责协调": 由 inside the clause names the doer
    // of the work before it (not "参加由市教育局组织的培训": a doer of something else)
    // "凡合同、协议等材料，须经法律事务办审核", "特殊情况需经学生处审批": the body the work must pass is its doer
    if (!list.length) {
      const clause = /^[^，,。；;！!：:\n]*/.exec(t.slice(s))![0];
      for (const by of clause.matchAll(/由|经|(?:移|函|转|轉)[请請]/gu)) {
        if (by.index > 30 || (by[0] === "由" && by.index === 0)) continue;
        if (by[0].length === 2) {
          const handed = asking(units(doerList(t, s + by.index + 2, REQUEST_VERB)));
          if (handed.length) {
            list = handed;
            asked = true;
            break;
          }
          continue;
        }
        const inner = units(doerList(t, s + by.index + 1, by[0] === "由" ? BY_WORK : PASS_VERB));
        const after = inner.length ? t.slice(inner[inner.length - 1][1], s + clause.length) : "";
        if (inner.length && (by[0] === "由" ? BY_VERB : PASS_VERB).test(after) && (!/的/.test(after) || /^(?:根据|根據)/u.test(after)) && !(/^(?:根据|根據)/u.test(after) && inNote(t, s))) {
          list = inner;
          break;
        }
      }
    }
    // "联合上党镇政府、派出所、交警大队落实…", "会同公安局、卫健局开展…": the bodies worked with assist
    const partners = PARTNERS.exec(t.slice(s).split(/[，,。；;！!：:\n]/)[0]);
    if (partners) {
      let at = s + partners.index + partners[1].length;
      for (const piece of partners[2].split(/(?<=[、和及与與])/)) {
        const name = piece.replace(/[、和及与與]$/, "").replace(PARTNERS_ETC, "");
        if (PARTNER_END.test(name) && !GENERIC.test(name) && !seen.has(name)) {
          seen.add(name);
          out.push({ name: body.text.slice(at, at + name.length).replace(/\s+/g, ""), st: body.slice(at, at + name.length), role: "co" });
        }
        at += piece.length;
      }
    }
    // "你局要建立与住建局、财政局及小溪镇等部门、乡镇的协同推进机制": the bodies of a mechanism worked in with assist
    const mechanism = MECHANISM.exec(t.slice(s).split(/[，,。；;！!：:\n]/)[0]);
    if (mechanism) {
      let at = s + mechanism.index;
      for (const piece of mechanism[1].split(/(?<=[、和及与與])/)) {
        // (the list's first body after the doer's verb and its 与: "你局要建立与住建局")
        const lead = at === s + mechanism.index ? (/^.*(?:与|與|同|要|应|應|须|須)/u.exec(piece)?.[0].length ?? 0) : 0;
        const name = piece.slice(lead).replace(/[、和及与與]$/, "");
        if ((PARTNER_END.test(name) || /^[^、和及与與]{2,8}(?:镇|鎮|乡|鄉|街道)$/u.test(name)) && !GENERIC.test(name) && !seen.has(name)) {
          seen.add(name);
          out.push({ name: body.text.slice(at + lead, at + lead + name.length).replace(/\s+/g, ""), st: body.slice(at + lead, at + lead + name.length), role: "co" });
        }
        at += piece.length;
      }
    }
    // "…区教育局将适时对学校工作情况进行明查暗访": a body that, after the work is stated, checks on others'
    // doing it oversees the task and does none of it
    // (not in the sentence that states the work: "各幼儿园应…，各辖区教育主管部门应对执行情况进行监管" — golds differ)
    if (list.length && firstEnd >= 0 && s > firstEnd && OVERSEES.test(/^[^。；;！!\n]*/.exec(t.slice(list[list.length - 1][1]))![0])) continue;
    // ("人事室、会计室担任后勤支援任务": the list assists)
    // (and "X、Y等相关部门要对照相应职责，深度参与，密切配合，…": a list whose duty is to take part and assist)
    const co = !asked && list.length > 0 && (CO_VERB.test(afterEtc(t.slice(list[list.length - 1][1]))) || CO_CLAUSE.test(afterEtc(t.slice(list[list.length - 1][1]))));
    for (const [a, b] of list) {
      const name = body.text.slice(a, b).replace(/\s+/g, "");
      if (seen.has(name)) continue;
      seen.add(name);
      out.push(co ? { name, st: body.slice(a, b), role: "co" } : { name, st: body.slice(a, b) });
    }
  }
  return out;
}

// a place or a body in the same bracket ("（谢、王，实验小学）"): the venue, not a person
const PLACE_END = /(?:学校|學校|小学|小學|中学|中學|幼儿园|幼兒園|学院|學院|中心|会议室|會議室|教室|礼堂|禮堂|处|處|室|局|馆|館|站|校|园|園|厅|廳|场|場|宫|宮)$/u;

// a teacher named by the post every class has: "班主任", "各班主任", "三年级班主任", "辅导员", "各班教师"
const TEACHER_POST = /^(?:各|全体)?(?:[一二三四五六七八九\d]{1,2}年级|各年级|各班|本班)?(?:班主任|辅导员|任课教师|任课老师)$|^各班(?:教师|老师)$/u;
// those a school's work is done with or for: parents, pupils
const PARTICIPANTS = /^(?:各班|全体)?(?:家长|学生|学生家长|少先队员|队员|师生)$/u;

/**
 * People in brackets closing an item of a school's weekly plan: "（杨）", "（谢、王、潘，实验小学）",
 * "（邵一鸣，区教师进修学校）" — every part is a person (a surname, with or without a given name) or
 * a place, and at least one is a person.
 */
export function findBracketedPeople(body: Stitched): { name: string; st: Stitched }[] {
  const t = body.text;
  const re = /[（(]([^（()）\n]{1,30})[）)]\s*[。；;]?\s*(?=\n|$)/gu;
  for (let m = re.exec(t); m; m = re.exec(t)) {
    const innerAt = m.index + m[0].indexOf(m[1]);
    const people = bracketPeople(m[1]);
    if (people.length) return people.map(([a, b]) => ({ name: m![1].slice(a, b), st: body.slice(innerAt + a, innerAt + b) }));
  }
  return [];
}

/** Whether a bracket's text names only people (and their places), as a school's plan closes an item with its owners. */
export function bracketNamesPeople(inner: string): boolean {
  return bracketPeople(inner).length > 0;
}

/** Where the people stand in a bracket's text, [start, end) each; none where a part is neither a person nor a place. */
function bracketPeople(inner: string): [number, number][] {
  const people: [number, number][] = [];
  let from = 0;
  for (const part of inner.split(/[、，,；;\s]+/)) {
    const at = inner.indexOf(part, from);
    from = at + part.length;
    if (!part) continue;
    // ("（责任单位：各科室、单位）": a label's bracket lists units, not a venue and its people)
    if (/[：:]/.test(part)) return [];
    if (part.length >= 3 && PLACE_END.test(part)) continue;
    // (those the work is done with, "（班主任、家长）", answer for nothing — xevents)
    if (PARTICIPANTS.test(part)) continue;
    // (a surname alone, "杨", or a name; "文明办", "党办", "宣传部": an office's short name, the source of a news item, is no person;
    // a teacher's post names who answers for a class's share, "（周某、班主任）", "（各班主任）" — xevents)
    if (TEACHER_POST.test(part) || (part.length === 1 ? SURNAMES.has(part) : part.length <= 3 && isPersonName(part))) {
      people.push([at, at + part.length]);
      continue;
    }
    return [];
  }
  return people;
}

// a body defined at the top of a statement of its duties: "学校资助管理中心是学生资助工作的具体办事机构，…"
// (the defining sentence names it as the body that does the work: 机构, 部门, 科室…)
const DEFINES_BODY =
  /^([^\s，,。；;：:、“”"（()）]{2,20}?)(?:是|为|為)(?:[^，,。；;\n]{0,30}?的)?(?:具体|具體|专门|專門|主要|常设|常設)?(?:办事|辦事|职能|職能|工作|管理|执行|執行)?(?:机构|機構|部门|部門|科室|处室|處室)/u;
const BODY_END = /(?:中心|办公室|辦公室|委员会|委員會|[处處科股室部办辦局站馆館院校园園])$/u;

/**
 * The body whose duties a whole document lists, named by a line of the document's opening that defines
 * it ("学校资助管理中心是学生资助工作的具体办事机构，在学校的领导下开展资助管理工作。" above
 * "一、主要职责 1.负责…"): every item is that body's work. `head` is the text before the first item.
 */
export function dutyHolder(head: string): { name: string; st: Stitched } | null {
  let at = 0;
  for (const line of head.split("\n")) {
    const lead = /^\s*/.exec(line)![0].length;
    const m = DEFINES_BODY.exec(foldHan(line.slice(lead)));
    if (m && BODY_END.test(m[1]) && !POINTING.test(m[1]) && !GENERIC.test(m[1])) {
      return { name: line.slice(lead, lead + m[1].length), st: Stitched.of(head, at + lead, at + lead + m[1].length) };
    }
    at += line.length + 1;
  }
  return null;
}

// the one body a reply or a notice is addressed to, on a line of its own before the body of the text: "县教育局：";
// "你局要…" in its items names that body (a 批复's addressee does the work it approves; xunits22)
const ADDRESSEE_LINE = /^\s*([^\s，,。；;：:、“”"（()）各]{2,20}?)\s*[：:]\s*$/u;
const YOU = /^(?:你|贵|貴)(?:局|校|单位|單位|院|处|處|厅|廳|委|办|辦|中心|园|園|所|站)$/u;

/**
 * The body a document's opening addresses alone ("县教育局：" on a line of its own; not a list of
 * addressees, nor one addressed with 各), where a "你局…" of its items can name it; null otherwise.
 */
export function addresseeOf(head: string): { name: string; st: Stitched } | null {
  let at = 0;
  for (const line of head.split("\n")) {
    const m = ADDRESSEE_LINE.exec(line);
    const name = m ? foldHan(m[1]) : "";
    if (m && BODY_END.test(name) && !POINTING.test(name) && !GENERIC.test(name) && !/[的和及与與]/u.test(name)) {
      const a = at + line.indexOf(m[1]);
      return { name: m[1], st: Stitched.of(head, a, a + m[1].length) };
    }
    at += line.length + 1;
  }
  return null;
}

/** The doer "你局" / "你校" / "贵单位" (the body addressed) read as that body: `addressee`'s name, where the document has one. */
export function asAddressee<T extends { name: string; st: Stitched }>(doer: T, addressee: { name: string; st: Stitched } | null): T {
  return addressee && YOU.test(foldHan(doer.name)) ? { ...doer, name: addressee.name, st: addressee.st } : doer;
}

// what one person is put down to produce in an item ("培训方案：沈秋杰，新闻照片：许贝贝"): a piece of work,
// not a role (主讲人, 联系人, 作者) or a time
const DUTY_PIECE = /(?:方案|照片|新闻|新聞|报道|報道|宣传|宣傳|摄影|攝影|拍照|总结|總結|记录|記錄|简报|簡報|美篇|通讯|通訊|信息|稿件)$/u;

const POST_WORD = String.raw`(?:党支部|党总支|党组|党委)?副?(?:书记|校长|局长|主任|园长|组长|院长|处长|科长|股长|部长)`;
const POSTED_PERSON = new RegExp(
  String.raw`(?:^|由)(?:([^\s，,。；;：:、由]{2,3}?)${POST_WORD}|[^\s，,。；;：:、由]{0,4}?${POST_WORD}([^\s，,。；;：:、由]{2,3}?))(?:具体|全面)?(?:负责|牵头)(?!人)`,
  "u",
);

// a clause's doer before 负责: from the clause's start (or an opening bracket) up to the verb
const CLAUSE_DOER = /(?:^|[，,。；;\n（(])\s*([^，,。；;\n（()）：:]{2,24}?)(?:具体|共同|分别|统一)?负责(?!人)/gu;

const HEADS_RE = /由((?:[^\s，,。；;：:、由担]{2,3}、)*[^\s，,。；;：:、由担]{2,3})(?:分别)?(?:担任|任)[^，,。；;\n]{0,12}?(?:组长|长|负责人)/gu;

/** The people of a "由A、B…" match (group 1), if every one is a person's name. */
function byNames(body: Stitched, m: RegExpExecArray | RegExpMatchArray): { name: string; st: Stitched }[] {
  const names = m[1].split("、");
  if (!names.every(isPersonName)) return [];
  let at = m.index! + 1;
  return names.map((n) => {
    const p = { name: body.text.slice(at, at + n.length), st: body.slice(at, at + n.length) };
    at += n.length + 1;
    return p;
  });
}

/**
 * People given an item's work by name: the item opens with a person as its doer ("1、吴志刚负责日常节目的统筹、协调"),
 * or names who produces a piece of its work ("培训方案：沈秋杰，新闻照片：许贝贝").
 */
export function findPeopleOnDuty(body: Stitched): { name: string; st: Stitched }[] {
  const t = foldHan(body.text);
  const out: { name: string; st: Stitched }[] = [];
  const numbered = /^\s*(?:[（(]\s*[一二三四五六七八九十\d]{1,3}\s*[）)]|[一二三四五六七八九十]{1,3}\s*[、.．]|\d{1,3}\s*(?:、|[.．](?!\d)))?\s*/.exec(t)![0].length;
  // "1、吴志刚负责…", "由何晓兰老师负责…", "由各班班主任负责…", "江晓燕、汪敏负责主持词…，郑悦负责…", "（孙立新、钱敏、周 涛负责）":
  // each clause whose doer before 负责 (after its 由, if any) is people's names only gives them
  for (const m of t.slice(numbered).matchAll(CLAUSE_DOER)) {
    let at = numbered + m.index! + m[0].indexOf(m[1]);
    let chunk = m[1];
    const by = chunk.lastIndexOf("由");
    if (by >= 0) {
      at += by + 1;
      chunk = chunk.slice(by + 1);
    }
    const pieces = chunk.split("、");
    const names: { name: string; st: Stitched }[] = [];
    for (const piece of pieces) {
      const printed = body.text.slice(at, at + piece.length);
      const name = bareName(printed) ?? (POSTED_GROUP.test(foldHan(printed.trim())) ? printed.trim() : null);
      if (!name) break;
      const lead = printed.search(/\S/);
      names.push({ name, st: body.slice(at + lead, at + printed.trimEnd().length) });
      at += piece.length + 1;
    }
    if (names.length !== pieces.length) continue;
    for (const n of names) if (!out.some((p) => p.name === n.name)) out.push(n);
  }
  // "各节目负责人跟进各自节目的服装…": a line of the item opening with the heads of each body as its doer
  // (HEADS_GROUP; not "本次活动各组负责人要…", whose doer is not at the line's start)
  if (!out.length) {
    let at = 0;
    for (const line of body.text.split("\n")) {
      const m = /^\s*(各[^\s、，,。；;：:（(]{1,6}?(?:负责人|责任人|主席))(?=\p{Script=Han})/u.exec(line);
      if (m && HEADS_GROUP.test(foldHan(m[1]))) {
        const a = at + m[0].indexOf(m[1]);
        out.push({ name: m[1], st: body.slice(a, a + m[1].length) });
        break;
      }
      at += line.length + 1;
    }
  }
  // "1、李明副校长负责…", "2、副校长李明负责…", "由教务主任周敏牵头…": a person with a post (the name only)
  const posted = out.length ? null : POSTED_PERSON.exec(t.slice(numbered));
  if (posted) {
    const name = posted[1] ?? posted[2];
    const at = numbered + posted.index + (posted[1] ? posted[0].indexOf(name) : posted[0].lastIndexOf(name));
    // (a word before 负责 that opens with a surname's character is no name: "校长全面负责")
    if (isPersonName(name)) out.push({ name: body.text.slice(at, at + name.length), st: body.slice(at, at + name.length) });
  }
  // "由张明担任教研大组长，由李红、王芳分别担任…组长": the people heading the body whose duties the item states
  if (!out.length) for (const m of t.matchAll(HEADS_RE)) out.push(...byNames(body, m));
  const re = /(?:^|[，,。；;\s])([^\s，,。；;：:、]{2,8})[：:]\s*([^\s，,。；;：:、()（）]{2,3})(?=$|[，,。；;\s])/gu;
  for (let m = re.exec(t); m; m = re.exec(t)) {
    if (!DUTY_PIECE.test(m[1]) || !isPersonName(m[2])) continue;
    const at = m.index + m[0].length - m[2].length;
    if (!out.some((p) => p.name === m![2])) out.push({ name: body.text.slice(at, at + m[2].length), st: body.slice(at, at + m[2].length) });
  }
  return out;
}
