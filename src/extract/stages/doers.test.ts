import { describe, expect, it } from "vitest";
import { addresseeOf, asAddressee, dutyHolder, isRoleBody, findBracketedPeople, findDoers, findPeopleOnDuty } from "./doers.js";
import { extractPlan } from "../index.js";
import { Stitched } from "./stitched.js";

const doers = (s: string) => findDoers(Stitched.of(s, 0, s.length)).map((d) => d.name);

describe("units named as the doers of sentences", () => {
  it("reads a body acting on what it oversees (就所…) and one doing the work for those it serves (为全校师生…) (xr28b)", () => {
    expect(doers("由各市教育局、县教育处就所主管学校依本办法办理推荐。")).toEqual(["各市教育局", "县教育处"]);
    expect(doers("区教育处就其所属幼儿园进行摸底。")).toEqual(["区教育处"]);
    expect(doers("校团委为全校师生在图书馆增设阅读角。")).toEqual(["校团委"]);
    expect(doers("为全校师生营造良好环境。")).toEqual([]);
  });
  it("reads the doer after a day and its time of day, behind a number closed by its bracket alone; 举办 as a duty (xnotices)", () => {
    expect(doers("4)5月12日晚7:00学生会举办辩论赛决赛")).toEqual(["学生会"]);
    expect(doers("5月6日下午3点教务处组织期中检查。")).toEqual(["教务处"]);
    expect(doers("学校举办秋季运动会。")).toEqual([]);
    // (针对 and the matter taken up, then the duty: "X针对…及时提出…")
    expect(doers("（四）复查整改。巡查组针对发现的隐患及时下发整改通知。")).toEqual(["巡查组"]);
    expect(doers("针对存在的问题，要及时整改。")).toEqual([]);
    // (a name holds no 到 of going somewhere: "提前半天分年级到教务处领取" names 教务处 alone)
    expect(doers("试卷由教务处统一印制，考前半天分年级到教务处统一领取。")).toEqual(["教务处"]);
  });
  it("reads the body that receives the notice as the doer of what follows (xnotices)", () => {
    expect(doers("3、各中学接到通知后，按统一格式为本校考生编号。")).toEqual(["各中学"]);
    expect(doers("各幼儿园收到本通知后，立即开展隐患排查。")).toEqual(["各幼儿园"]);
    expect(doers("接到通知后，请认真组织学习。")).toEqual([]);
    // (a body left to arrange the work itself, "由X（协调）自行…", does it)
    expect(doers("补考于3月2日至6日由各学院协调自行组织，成绩统一录入。")).toEqual(["各学院"]);
    expect(doers("具体时间由各中心校自行安排。")).toEqual(["各中心校"]);
  });
  it("reads no room, no frequency and no 会办 as a doer, 敦请 as a duty, and a partner after （每月）与 as assisting (xoffices23)", () => {
    const roles = (s: string) => findDoers(Stitched.of(s, 0, s.length)).map((d) => `${d.role ?? "lead"}:${d.name}`);
    expect(roles("全部课程结束后，教室应进行通风和消毒。")).toEqual([]);
    expect(roles("要完善通报机制，每月与县卫健局开展一次数据核对。")).toEqual(["co:县卫健局"]);
    expect(roles("教導處整理名單，會辦各處室進行後續通知。")).toEqual([]);
    expect(roles("總務處敦請廠商依約完成維修。")).toEqual(["lead:總務處"]);
    // an office named with its section opens the item: its doer whatever the verb; not its head's post, nor a clause's words
    expect(roles("（二）學務處衛生組彙整各班名單，送交校護。")).toEqual(["lead:學務處衛生組"]);
    expect(roles("1.总务处事务组清点库存桌椅。")).toEqual(["lead:总务处事务组"]);
    expect(roles("教务处课程组长统计代课节数。")).toEqual([]);
    expect(roles("首先教务处和体育组要把名单整理好。")).toEqual(["lead:教务处", "lead:体育组"]);
    // (与 inside a body's name is no partner: "后勤与资产管理处")
    expect(roles("后勤与资产管理处、保卫部协调物业做好保障。")).toEqual(["lead:后勤与资产管理处", "lead:保卫部"]);
  });
  it("reads the modal 会 before a verb of duty: the body that will do the work (xunits25b)", () => {
    expect(doers("片区中心校会加强对各村小安全工作的指导。")).toEqual(["片区中心校"]);
    expect(doers("教研室會組織一次公開課評比。")).toEqual(["教研室"]);
    expect(doers("学生会组织志愿者清扫操场。")).toEqual(["学生会"]);
    expect(doers("县教育局会同财政局核定经费。")).toEqual(["县教育局"]);
  });
  it("reads no body in a clause that defines a figure (其… / X为Y) (xunits25b)", () => {
    expect(doers("指标一为覆盖率，其含义为本校各院系召开评审会之比例。")).toEqual([]);
    expect(doers("该比率是本校院系召开会议的次数除以总数。")).toEqual([]);
    expect(doers("其他学院要按时报送名单。")).toEqual(["其他学院"]);
  });
  it("reads no doer in the sanction or reward the sender will give (将予以…, 将给予…) (xunits25b)", () => {
    expect(doers("请各班按时归还器材，逾期两次者，器材室将予以暂停借用一个月。")).toEqual([]);
    expect(doers("成绩突出的，教务处将给予通报表扬。")).toEqual([]);
    expect(doers("教务处将考试安排通知各班。")).toEqual(["教务处"]);
  });
  it("reads a college's 系, a 集团, a list closed by 等相关部门, and the units a bureau asks to act", () => {
    expect(doers("首先美术系和团委要做好布置。")).toEqual(["美术系", "团委"]);
    expect(doers("图书馆、物业集团等相关部门要做好值守。")).toEqual(["图书馆", "物业集团"]);
    expect(doers("该区教育局要求各片区学校、幼儿园及时报送。")).toEqual(["各片区学校", "幼儿园"]);
    expect(doers("健全责任体系要落到实处，会同财政局将经费列入预算。")).toEqual([]);
  });
  it("takes the places of a level addressed in the formal way, 各 and the other kinds in brackets, as doers", () => {
    expect(doers("各市（州）、县（市、区）要按照检查内容开展自查。")).toEqual(["各市（州）", "县（市、区）"]);
    expect(doers("各乡(镇、街道)、各部门要提高认识。")).toEqual(["各乡(镇、街道)"]);
    expect(doers("各县（市、区）教育局要做好统计。")).toEqual(["各县（市、区）教育局"]);
    // bare levels are addressees; a bracketed level with no duty after it is no doer
    expect(doers("各乡镇要提高认识。")).toEqual([]);
    expect(doers("各区县按照原则制定方案。")).toEqual([]);
    expect(doers("各市（州）的自查报告于月底前报送。")).toEqual([]);
  });
  it("reads a province's departments (…厅), a list given its work by 由所涉及的…等…部门（单位）牵头, and 等…部门共同参与 as assisting", () => {
    expect(doers("由所涉及的省政府办公厅、交通运输厅、省粮食局等省级主管部门（单位）牵头完成自查报告。")).toEqual(["省政府办公厅", "交通运输厅", "省粮食局"]);
    expect(doers("由省教育厅、省财政厅牵头完成。")).toEqual(["省教育厅", "省财政厅"]);
    // a hall is no department; a level's departments in general are addressees
    expect(doers("餐厅要做好卫生。")).toEqual([]);
    expect(doers("学校大厅要保持整洁。")).toEqual([]);
    expect(doers("县级部门要按照职责分工开展自查。")).toEqual([]);
    const found = findDoers(Stitched.of("由校长牵头，总务处、后勤处等相关职能部门共同参与。", 0, 27));
    expect(found.map((d) => [d.name, d.role])).toEqual([["总务处", "co"], ["后勤处", "co"]]);
  });
  it("takes the units at the start of a clause followed by a verb of duty", () => {
    expect(doers("2.招生办根据录取安排，提前做好新生报到准备。")).toEqual(["招生办"]);
    expect(doers("（二）做好值守。督导室牵头开展专项检查，加大巡查力度。")).toEqual(["督导室"]);
    expect(doers("3.资助中心、各中学和班主任要核实名单；团委和学生会要组织志愿服务。")).toEqual(["资助中心", "各中学", "团委", "学生会"]);
    expect(doers("图书馆、档案馆等部门及各院系要安排好开放时间。")).toEqual(["图书馆", "档案馆", "各院系"]);
    expect(doers("后勤处、信息中心等单位要做好保障。")).toEqual(["后勤处", "信息中心"]);
  });
  it("keeps a bracketed alternative of the unit word, and reads 要求/由…负责 openers", () => {
    expect(doers("安全保障部（处）要组织排查。")).toEqual(["安全保障部（处）"]);
    expect(doers("学校要求后勤科加紧维修，2031年5月底完成。")).toEqual(["后勤科"]);
    expect(doers("此项由基建股负责。")).toEqual(["基建股"]);
    expect(doers("汇总后由财务科审核。")).toEqual([]);
  });
  it("reads a school's groups (教研组, 年级组, 图音组) as doers, after a date, with 派出 or its teachers' duty", () => {
    expect(doers("1、美术组教师在6月2日上午9:00前要将作品挂好。")).toEqual(["美术组"]);
    expect(doers("2、6月2日下午大队部到各班检查卫生。摄影组派出人员全程拍照。")).toEqual(["大队部", "摄影组"]);
    expect(doers("3、数学教研组要组织一次公开课。")).toEqual(["数学教研组"]);
    expect(doers("少先队要组织队员开展宣传；护校队负责放学路队。")).toEqual(["少先队", "护校队"]);
    expect(doers("少先隊要組織升旗。")).toEqual(["少先隊"]);
    expect(doers("各中队要开展主题队会。")).toEqual([]);
    expect(doers("区委教育工作领导小组进行统筹协调，明确任务。")).toEqual(["区委教育工作领导小组"]);
    expect(doers("成立3个督导小组，每组督导2次。")).toEqual([]);
    // (the group named earlier, referred to by its kind alone, is no new unit)
    expect(doers("检查结束后，领导小组将检查情况形成文字。")).toEqual([]);
    expect(doers("4、學生按年級分組要排好隊。")).toEqual([]);
    expect(doers("5、各班分组进行比赛。")).toEqual([]);
    expect(doers("6、各备课组、学科组落实本学期计划。")).toEqual([]);
    expect(doers("7、联络员要做好学校与督学的联系工作。")).toEqual([]);
    expect(doers("8、各年级组、各课题组要按时上交计划。")).toEqual([]);
  });
  it("reads the plan's own working groups addressed with 各 as doers (xleaders22)", () => {
    expect(doers("各工作小组要明确分工，按节点推进迎检准备。")).toEqual(["各工作小组"]);
    expect(doers("各区县禁毒专项行动领导小组要于6月10日前将排查情况报市办。")).toEqual(["各区县禁毒专项行动领导小组"]);
    expect(doers("各专项工作组按照方案开展督查。")).toEqual(["各专项工作组"]);
  });
  it("reads no doer whose name starts with a time (会后…, 目前…), and a bureau that works with others (多次与…对接)", () => {
    expect(doers("会后大队部派人检查卫生。")).toEqual([]);
    expect(doers("目前學校無實驗室。")).toEqual([]);
    expect(doers("当前学校要做好防汛。")).toEqual([]);
    expect(doers("学前教育股要做好招生。")).toEqual(["学前教育股"]);
    expect(doers("一是明确目标。区教育局多次与财政、住建等部门对接，制定计划。")).toEqual(["区教育局"]);
    expect(doers("县教体局主动与镇政府沟通，落实用地。")).toEqual(["县教体局"]);
  });
  it("reads the offices a school's work is given to with 由…执行 (the owner before 之/的 left out), and the assisting ones", () => {
    const roles = (s: string) => findDoers(Stitched.of(s, 0, s.length)).map((d) => `${d.role ?? "lead"}:${d.name}`);
    expect(roles("執行：由各聯盟學校之教務處、學務處及圖書館執行子計畫；人事室、會計室擔任行政支援任務。")).toEqual(["lead:教務處", "lead:學務處", "lead:圖書館", "co:人事室", "co:會計室"]);
    expect(roles("由本校的教务处、总务处执行。财务科配合做好经费保障。")).toEqual(["lead:教务处", "lead:总务处", "co:财务科"]);
    expect(roles("由学校执行。")).toEqual([]);
  });
  it("reads a doer after a time, with 汇总 or 将 and its object, and a verb that begins with 人", () => {
    expect(doers("7、开学两周后教务处汇总通报注册情况。")).toEqual(["教务处"]);
    expect(doers("各院将以上安排通知到本院学生。")).toEqual(["各院"]);
    expect(doers("学校要求总务处组织人力立即维修。")).toEqual(["总务处"]);
    // what the sender will do is no work given to a unit
    // the roles a division table names are addressees ("主要责任单位要与协同配合单位…"); "并鼓励…" is an action
    expect(doers("主要责任单位要加强沟通，协同配合单位要服从大局。各牵头单位要细化方案。各部门各单位要报送进展。")).toEqual([]);
    expect(doers("继续实施资助政策，并鼓励和支持中小学开展勤工俭学活动。")).toEqual([]);
    expect(doers("局督导室将于9月1日开展专项督导。教育局将对上报的目标进行审察。")).toEqual([]);
  });
  it("ignores addressees, people, objects and clauses that start with an action", () => {
    expect(doers("各单位要高度重视；各部门、相关部门要落实责任。全校师生要注意安全。")).toEqual([]);
    expect(doers("名单交教务处汇总。鼓励高中学校结合自身优势办出特色。")).toEqual([]);
    expect(doers("加强校园管理，落实部门安全责任。")).toEqual([]);
    expect(doers("后勤科负责人要到岗。")).toEqual([]);
  });
  it("reads no doer in a clause that opens with a verb of effort (充分发挥, 抓好, 狠抓, 着力)", () => {
    expect(doers("各中队要开展活动，充分发挥红领巾志愿队组织在劳动教育中的作用。")).toEqual([]);
    expect(doers("完善考核办法，抓好基层团组织落实责任制情况专项检查。")).toEqual([]);
    expect(doers("狠抓学生会组织建设。着力校史馆建设。大力宣传部署。")).toEqual([]);
    // (a name does not end inside 处室/科室/股室)
    expect(doers("各处室巡查人员要按要求巡查。各科室值班人员要到岗。")).toEqual([]);
    expect(doers("教务处、总务处要按要求巡查。")).toEqual(["教务处", "总务处"]);
    // (a doer after the clause's opening still reads)
    expect(doers("完善考核办法，校团委要抓好基层团组织建设。")).toEqual(["校团委"]);
  });
});

describe("people in brackets closing an item", () => {
  const people = (s: string) => findBracketedPeople(Stitched.of(s, 0, s.length)).map((d) => d.name);
  it("reads surnames and names, and leaves the place in the bracket", () => {
    expect(people("周五参加片区教研活动。（李）")).toEqual(["李"]);
    expect(people("周二上午参加数学教材培训。（孙、何、吴，城东小学）")).toEqual(["孙", "何", "吴"]);
    expect(people("参加区美术教师会议。(周小林,区少年宫)")).toEqual(["周小林"]);
  });
  it("reads a teacher's post as who answers for a class's share, not those the work is done with (xevents)", () => {
    expect(people("学唱校歌；（陈某某、班主任）")).toEqual(["陈某某", "班主任"]);
    expect(people("制作环保手抄报。（各班主任）")).toEqual(["各班主任"]);
    expect(people("讲一个安全故事。（班主任、家长）")).toEqual(["班主任"]);
    expect(people("整理图书角。（四年级班主任）")).toEqual(["四年级班主任"]);
    expect(people("开一次主题队会。（班会课）")).toEqual([]);
    expect(people("给家人写一封信。（家长）")).toEqual([]);
  });
  it("names an item without the bracket of its owners, who are its leaders (xevents)", async () => {
    const text = ["青禾小学爱眼护眼活动方案", "一、宣传教育", "1、出一期爱眼护眼黑板报；（各班主任）", "2、观看护眼科普视频。（周某某、班主任）", "3、做眼保健操比赛。（班会课）"].join("\n");
    const { plan } = await extractPlan(Buffer.from(text), { filename: "x.txt" });
    expect(plan.tasks.map((t) => [t.title, t.leaders])).toEqual([
      ["出一期爱眼护眼黑板报", ["各班主任"]],
      ["观看护眼科普视频", ["周某某", "班主任"]],
      ["做眼保健操比赛", []],
    ]);
  });
  it("ignores brackets that are no people", () => {
    expect(people("推荐小记者参加。（到教导处报名）")).toEqual([]);
    expect(people("实习老师执教《春晓》（第一课时）。")).toEqual([]);
    expect(people("召开家长会（各班）。")).toEqual([]);
    // a news item's source office closing the text ("（文明办）", "（党办）", "（宣传部）") is no person
    expect(people("及时报送创建材料。（文明办）")).toEqual([]);
    expect(people("做好迎检准备。(党办)")).toEqual([]);
    expect(people("加强学习宣传。（宣传部）")).toEqual([]);
  });
});

describe("doers: more forms of a unit at the head of a clause", () => {
  it("reads a doer followed by a time or an object before its duty", () => {
    expect(doers("后勤科在开学前对全部宿舍进行检修。")).toEqual(["后勤科"]);
    expect(doers("3、各校对校门口要设置减速带。")).toEqual(["各校"]);
    expect(doers("各分校每学期至少进行两次消防演练。")).toEqual(["各分校"]);
    expect(doers("实验中学在完成扩建的基础上争创示范校。")).toEqual([]);
  });
  it("reads traditional script, a bracketed part of a name, and 由…统一", () => {
    expect(doers("總務處和圖書館工作人員及時做好清點。")).toEqual(["總務處", "圖書館"]);
    expect(doers("由各市（县、区）教育局统一部署。")).toEqual(["各市（县、区）教育局"]);
  });
  it("reads a 部门 named by what it does, 片区 and 中心校, and 成立", () => {
    expect(doers("宣传部门近期重点做好展板更新。")).toEqual(["宣传部门"]);
    expect(doers("相关部门要做好配合。")).toEqual([]);
    expect(doers("各片区和中心校应结合实际制定计划。")).toEqual(["各片区", "中心校"]);
    expect(doers("一、中心幼儿园成立以园长为组长的工作小组。")).toEqual(["中心幼儿园"]);
  });
  it("does not take words that only end like a unit", () => {
    expect(doers("办学条件改造任务全部完成。")).toEqual([]);
    expect(doers("值班干部要保持通讯畅通。")).toEqual([]);
    expect(doers("支部按照要求按时收缴党费。")).toEqual([]);
  });
});

describe("doers: a manner word between the unit and its duty", () => {
  const names = (s: string) => findDoers(Stitched.of(s, 0, s.length)).map((d) => d.name);
  it("reads 适时/定期 before the verb or before 对…予以", () => {
    expect(names("区教育局适时对各校整改情况予以通报。")).toEqual(["区教育局"]);
    expect(names("区教育局定期组织食堂卫生检查。")).toEqual(["区教育局"]);
    expect(names("区教育局及时对问题进行复核。")).toEqual(["区教育局"]);
  });
  it("still reads no doer in a sentence about a unit", () => {
    expect(names("区教育局适时的指导很有帮助。")).toEqual([]);
  });
});

describe("the doer named after 由 inside a clause, and a committee's short name", () => {
  it("reads 由X组织/统一负责 after the work, not a body that organised something else", () => {
    expect(doers("六、艺术节演出的所有节目由校办、政教处组织评比，按专业办统计积分名次。")).toEqual(["校办", "政教处"]);
    expect(doers("五、遇有需要跨专业办的编排等相关事项，统由团委会统一负责协调。")).toEqual(["团委会"]);
    expect(doers("一、团委会负责艺术节相关工作的筹划安排。")).toEqual(["团委会"]);
    expect(doers("积极参加由市教育局组织的培训。")).toEqual([]);
    expect(doers("问题清单由学生处通报。")).toEqual([]);
  });
  it("reads the body the work must pass (须经X审核/审批), not the sender's leave (经区政府同意)", () => {
    expect(doers("3.凡对外签订的协议，须经校资产管理处审核。")).toEqual(["校资产管理处"]);
    expect(doers("校外人员确需进校的，需经保卫科审批。")).toEqual(["保卫科"]);
    expect(doers("经县政府同意，现将方案印发给你们。")).toEqual([]);
    expect(doers("经费由财务科审核。")).toEqual([]);
  });
  it("reads a doer that acts at once (第一时间) and one that convenes (召开)", () => {
    expect(doers("巡察组反馈意见后，市教育局党委第一时间召开专题会议，研究整改事项。")).toEqual(["市教育局党委"]);
    expect(doers("教务处召开教研组长会议。学校召开家长会。")).toEqual(["教务处"]);
  });
});

describe("a statement of one body's duties", () => {
  it("finds the body a line of the opening defines, and no body in an ordinary preamble", () => {
    expect(dutyHolder("学校资助管理中心是学生资助工作的具体办事机构，在学校的领导下开展资助管理工作。\n")?.name).toBe("学校资助管理中心");
    expect(dutyHolder("教务处工作职责\n教务处是学校教学管理的职能部门。\n")?.name).toBe("教务处");
    expect(dutyHolder("为做好学生资助工作，现将有关事项通知如下：\n")).toBeNull();
    expect(dutyHolder("各部门是落实安全工作的责任主体。\n")).toBeNull();
  });
  it("gives every item of the statement to that body when no item names a doer", async () => {
    const { plan } = await extractPlan(
      ["后勤服务中心是学校后勤保障工作的具体办事机构，在学校的领导下开展工作。", "一、主要职责", "1.负责校舍维修和水电保障工作。", "2.做好食堂食品安全管理。", "3.及时处理师生报修事项。"].join("\n"),
      { filename: "x.txt" },
    );
    expect(plan.tasks.map((t) => t.lead)).toEqual([["后勤服务中心"], ["后勤服务中心"], ["后勤服务中心"]]);
  });
});

describe("people given an item's work by name", () => {
  const people = (s: string) => findPeopleOnDuty(Stitched.of(s, 0, s.length)).map((p) => p.name);
  it("reads a person who opens the item as its doer, and who produces a piece of its work", () => {
    expect(people("1、秦卫刚负责日常节目的统筹、协调、报道、材料汇总")).toEqual(["秦卫刚"]);
    expect(people("3、王湖负责宣传、摄影")).toEqual(["王湖"]);
    expect(people("2.专家讲座培训，时间：4月9日，主讲人：肖广艳，参加人员：行政。培训方案：沈秋杰，新闻照片：许贝贝")).toEqual(["沈秋杰", "许贝贝"]);
  });
  it("reads the people a clause gives the work with 由…负责, not a unit or a post", () => {
    expect(people("3、为使会场更美观，由赵敏、钱小雨、孙立新负责设计节目单，与布置同时完成。")).toEqual(["赵敏", "钱小雨", "孙立新"]);
    expect(people("（二）宣传展板由吴刚具体负责。")).toEqual(["吴刚"]);
    expect(people("4、展板由教务处负责制作。")).toEqual([]);
    expect(people("4、展板由王校长、李主任负责。")).toEqual([]);
  });
  it("reads a person with a post who opens the item or is given it with 由, by the name only", () => {
    expect(people("1、李明副校长负责全面协调。")).toEqual(["李明"]);
    expect(people("2、副校长周敏负责安全保卫。")).toEqual(["周敏"]);
    expect(people("3、宣传工作由德育主任吴芳牵头。")).toEqual(["吴芳"]);
    expect(people("4、教务处主任负责排课。")).toEqual([]);
  });
  it("reads no person in a role, a unit that opens the item, or a 负责人 label", () => {
    expect(people("主讲人：肖广艳，联系人：谢日光，作者：贾征")).toEqual([]);
    expect(people("1、教务处负责期末考试安排")).toEqual([]);
    expect(people("1、王校长负责人：全面协调")).toEqual([]);
    expect(people("1、李主任负责全面协调")).toEqual([]);
  });
  it("gives the people of a division of duties to their items", async () => {
    const { plan } = await extractPlan(
      ["（三）工作组人员分工", "1、秦卫刚负责日常节目的统筹、协调", "2、黄凤英负责颁奖典礼的统筹、协调", "3、陈红负责教工类节目的统筹、协调"].join("\n"),
      { filename: "x.txt" },
    );
    expect(plan.tasks.map((t) => t.leaders)).toEqual([["秦卫刚"], ["黄凤英"], ["陈红"]]);
  });
});

describe("collectives, partners and conditions in a doer's clause (xunits11)", () => {
  it("reads a doer that draws up its plan (制定/制订) or may organise (可组织); every class (各班) is no unit", () => {
    expect(doers("教导处、团委制订活动方案，各班制定班级计划。")).toEqual(["教导处", "团委"]);
    expect(doers("5月30日下午德育处可组织主题班会。")).toEqual(["德育处"]);
    expect(doers("1、学生会在4月10日前充分发动学生报名。")).toEqual(["学生会"]);
    // (the classes and grades of a school are where the work is done, not units the office chases)
    expect(doers("各班要建立值日制度。")).toEqual([]);
  });

  it("reads the bodies worked with (联合, 会同, 协同) as assisting units", () => {
    const co = (s: string) => findDoers(Stitched.of(s, 0, s.length)).filter((d) => d.role === "co").map((d) => d.name);
    expect(co("本学期联合城关镇政府、城关派出所、交警中队落实校园周边治理。")).toEqual(["城关镇政府", "城关派出所", "交警中队"]);
    expect(co("县教育局会同县公安局和县卫健委开展安全检查。")).toEqual(["县公安局", "县卫健委"]);
    expect(co("學校聯合社區衛生服務中心開展健康講座。")).toEqual(["社區衛生服務中心"]);
    // (people worked with are no units)
    expect(co("学校联合家长共同开展活动。")).toEqual([]);
  });

  it("takes no condition into a name, and ends no name inside 办公室", () => {
    expect(doers("议题由校领导提交，特殊情况下办公室工作人员要主动征集。")).toEqual([]);
    expect(doers("必要时教务处要调整课表。")).toEqual([]);
  });
});

describe("doers: a party body, posts with their holders, and the heads of a body", () => {
  it("reads a party body (党组织), no post and name for a unit, and no doer in a clause of 协助", () => {
    expect(doers("各学部（院）党组织要压实责任。")).toEqual(["各学部（院）党组织"]);
    expect(doers("副组长刘与学生会共同布置会场。")).toEqual([]);
    expect(doers("膳食组负责膳食管理，协助园部加强师德建设。")).toEqual(["膳食组"]);
  });
  it("names the people a body's heads are (由…担任…组长), each a person's name", () => {
    const people = (s: string) => findPeopleOnDuty(Stitched.of(s, 0, s.length)).map((p) => p.name);
    expect(people("保教组主要承担保教工作。由李红担任保教组长，由王芳、赵丽分别担任小组长。")).toEqual(["李红", "王芳", "赵丽"]);
    expect(people("由教务处担任组长单位。")).toEqual([]);
  });
});

describe("doers: places addressed with the schools, partners before a manner word", () => {
  const roles = (s: string) => findDoers(Stitched.of(s, 0, s.length)).map((d) => `${d.role ?? "lead"}:${d.name}`);
  it("reads the places and the schools of 各地各校 as the doers (xreal18b: the golds of real13–real15 give both)", () => {
    expect(roles("各地各校要及时整理排查台账。")).toEqual(["lead:各地", "lead:各校"]);
  });
  it("ends a partner's name before 逐校 and keeps a named 部门, not a pointing one", () => {
    expect(roles("区教育局要会同卫生监督部门逐校开展抽查。")).toEqual(["co:卫生监督部门", "lead:区教育局"]);
    expect(roles("区教育局要会同相关职能部门逐校开展抽查。")).toEqual(["lead:区教育局"]);
  });
  it("reads 由X会同Y…等部门负责 as X leading and Y… assisting (a government's 分工 notice)", () => {
    expect(roles("（二）关于“改造薄弱校舍”的问题，由省发展改革委会同省财政厅、省住建厅等部门研究提出实施意见。")).toEqual(["co:省财政厅", "co:省住建厅", "lead:省发展改革委"]);
    expect(roles("（三）关于“扩大优质学位”的问题，由省教育厅會同省编办等部門負責落實。")).toEqual(["co:省编办", "lead:省教育厅"]);
    // (a 委 before 会同 ends the name: no 委会 of a 村委会 there; a 村委会 stays one)
    expect(roles("由市卫健委会同市医保局负责。")).toEqual(["co:市医保局", "lead:市卫健委"]);
    expect(roles("各村委会要做好宣传。")).toEqual(["lead:各村委会"]);
    // ("由X通报" still gives X no work)
    expect(roles("检查结果由县教育局通报。")).toEqual([]);
  });
  it("reads a list whose duty is only to take part and assist (要对照职责，深度参与，密切配合) as assisting units", () => {
    expect(roles("各地文明办、团委、县总工会等相关部门要对照各自职责，深度参与，密切配合，共同办好读书节。")).toEqual(["co:各地文明办", "co:团委", "co:县总工会"]);
    expect(roles("县总工会要组织职工读书活动。")).toEqual(["lead:县总工会"]);
    // (a list that does the work, and assists in it by the way, leads: "要牵头组织，密切配合…" is not read so)
    expect(roles("县文明办、团委要认真组织读书节活动，做好宣传。")).toEqual(["lead:县文明办", "lead:团委"]);
  });
  it("reads a body whose name holds 交通/交警 or ends in a named 中队 (not a class's squad, not a hand-over)", () => {
    expect(roles("城建办、校园交通秩序管理中队要将排查情况书面报送。")).toEqual(["lead:城建办", "lead:校园交通秩序管理中队"]);
    expect(roles("县交通运输局要做好校车线路审核。")).toEqual(["lead:县交通运输局"]);
    expect(roles("三中队要做好值日。")).toEqual([]);
    expect(roles("名单交德育处汇总。")).toEqual([]);
  });
  it("reads the bodies of a kind after 各 with the levels that share them (市、区、县各…机构)", () => {
    expect(roles("针对以上问题，市、区、县各食品安全监管机构应建立台账。")).toEqual(["lead:市、区、县各食品安全监管机构"]);
    expect(roles("各托育服务机构要落实晨检制度。")).toEqual(["lead:各托育服务机构"]);
    // (机构 names a body of a kind only after 各: "定期请检测机构对…" is the work, no doer)
    expect(roles("- 每月请检测机构对饮用水进行抽检。")).toEqual([]);
    // (a level alone is no body: "市、县" before no 各 names nobody)
    expect(roles("市、县要落实晨检制度。")).toEqual([]);
    // (and any body's name: "市、州教育行政部门要…" is the body of both levels)
    expect(roles("市、州文旅行政部门要组织复核。")).toEqual(["lead:市、州文旅行政部门"]);
  });
});

describe("the heads of each body opening a line of the item (xleaders17)", () => {
  const people = (s: string) => findPeopleOnDuty(Stitched.of(s, 0, s.length)).map((p) => p.name);
  it("names 各节目负责人 opening a line as the item's leaders", () => {
    expect(people("服装道具\n各节目负责人跟进各自节目的服装，6月20日前到位。")).toEqual(["各节目负责人"]);
    expect(people("各分会主席组织教职工报名。")).toEqual(["各分会主席"]);
  });
  it("leaves heads named inside a sentence, and 各责任人 alone, to nobody", () => {
    expect(people("本次活动各组负责人要充分重视。")).toEqual([]);
    expect(people("各责任人要切实履行职责。")).toEqual([]);
    expect(people("各节目负责人：见附表")).toEqual([]);
  });
});

describe("every level and every department: an addressee, no unit (xreal18b)", () => {
  it("takes no unit from 各级各部门 / 各级各有关部门 opening an item", async () => {
    const { plan } = await extractPlan(
      ["一、压实工作责任", "各级各有关部门要把校园周边治理摆上重要议程，明确分管负责同志。", "二、强化督促检查", "各级各部门要定期开展联合检查，及时通报存在问题。", "三、做好宣传引导", "县教育局要会同县委宣传部做好政策解读。"].join("\n"),
      { filename: "x.txt" },
    );
    expect(plan.tasks.map((t) => t.lead)).toEqual([[], [], ["县教育局"]]);
  });
  it("still reads a level's bodies of one kind (各级教育行政部门, 各级各类学校)", () => {
    expect(doers("各级教育行政部门要加强对开学工作的督查。")).toEqual(["各级教育行政部门"]);
  });
});

describe("a body that checks on others' work after the work is stated oversees it (xreal18b)", () => {
  it("takes no doer from a later sentence that inspects (将…明查暗访, 对…进行检查指导)", () => {
    expect(doers("（二）集中整治阶段（6月1日-8月31日）。各幼儿园要认真排查整改，建立问题台账。县教育局将适时对各幼儿园整改情况进行明查暗访，各片区中心园要对所辖民办园进行检查指导。")).toEqual(["各幼儿园"]);
    expect(doers("3.总务处要在开学前完成校舍维修。校办将组织人员抽查。")).toEqual(["总务处"]);
    expect(doers("四、议定事项由牵头科室起草纪要，各成员单位认真落实。如有推诿，督查室应及时介入，加强监督。")).toEqual(["各成员单位"]);
  });
  it("keeps the body that inspects where the task is the checking, or where the checking is its first sentence", () => {
    expect(doers("（三）督查阶段。县教育局要对各校工作进行督查，及时通报。")).toEqual(["县教育局"]);
    expect(doers("五、组织开学检查。各校要深入开展自查，县教育局要会同督导室逐校开展检查，市教育局要对各县进行抽查。")).toEqual(["各校", "督导室", "县教育局", "市教育局"]);
    expect(doers("（一）学校自查。各校要对照督查内容逐项进行自查。")).toEqual(["各校"]);
  });
});

describe("doers: care or a daily round between the unit and its work, a number sent, the canteen (xreal18b)", () => {
  it("reads the unit before 精心 / 每天 and before 派 with a number of people", () => {
    expect(doers("（二）落实阶段。各校精心组织，逐项抓好落实。")).toEqual(["各校"]);
    expect(doers("2、食堂每天做好餐具消毒，留样备查。")).toEqual(["食堂"]);
    expect(doers("5、卫生室派两名校医到场保障。")).toEqual(["卫生室"]);
  });
  it("still reads no doer where 食堂 or 每天 is no subject", () => {
    expect(doers("加强食堂管理，每天检查餐具消毒。")).toEqual([]);
  });
});

describe("a bureau naming itself by its level", () => {
  it("is the sender, no doer", () => {
    expect(doers("县局成立了以局长为组长的工作小组。")).toEqual([]);
    expect(doers("市局组织人员对各校食堂进行督查。")).toEqual([]);
    // a bureau with its place's name stays a doer
    expect(doers("县教育局要做好统筹。")).toEqual(["县教育局"]);
  });
});

describe("doers: a dated step's time, a measure numbered inside the paragraph, bans, subjects, assisting offices (xunits22)", () => {
  it("reads the time before the doer whole: a day's 前 is no part of the unit", () => {
    expect(doers("4、9月3日前教务处、德育处完成排课；")).toEqual(["教务处", "德育处"]);
    expect(doers("2、10月8日前各部门将名单报办公室汇总；")).toEqual([]);
    expect(doers("3、期末前年级组进行总结。")).toEqual(["年级组"]);
  });
  it("opens a clause after a measure's own number inside the paragraph", () => {
    expect(doers("1、做好暑期安全。(1)各校要开展安全教育；(2)保卫科要检修设施。")).toEqual(["各校", "保卫科"]);
    expect(doers("2、抓好培训。①教研室要组织培训；②各中学要选派教师。")).toEqual(["教研室", "各中学"]);
  });
  it("reads 进行 as a verb of duty, not where it is a check or the unit is its object", () => {
    expect(doers("5、月底前，其他行政处室、各系部进行部分搬迁；")).toEqual(["其他行政处室", "各系部"]);
    expect(doers("开学前督导室进行检查。")).toEqual([]);
    expect(doers("定期对食堂进行保洁。")).toEqual([]);
    expect(doers("放假前对本单位进行排查。")).toEqual([]);
  });
  it("names no doer in a ban or a subject of teaching", () => {
    expect(doers("1. 坚决禁止各中学组织学生集体外出。")).toEqual([]);
    expect(doers("严禁各校利用假期补课。")).toEqual([]);
    expect(doers("语文数学写出教案。其他学科要写出3节教案。")).toEqual([]);
    expect(doers("教务科要检查教案。")).toEqual(["教务科"]);
  });
  it("gives the offices addressed with 各 the assisting part where they only assist", () => {
    const found = findDoers(Stitched.of("二、后勤处(财务处)负责新校区的具体工作，各处室配合；", 0, 27));
    expect(found.map((d) => [d.name, d.role])).toEqual([["后勤处(财务处)", undefined], ["各处室", "co"]]);
  });
});

describe("doers: governments addressed as the doers of a level (xunits22)", () => {
  it("reads the governments addressed with 各, a prefecture's 行署, and a level's government listed after them", () => {
    expect(doers("一、各县(区)人民政府(管委会)要成立自评领导小组，制定工作方案。")).toEqual(["各县(区)人民政府(管委会)"]);
    expect(doers("各镇政府、县政府各有关部门要把此项工作作为重中之重。")).toEqual(["各镇政府"]);
    expect(doers("各行署、市、县政府对辖区内问题进行深入检查。")).toEqual(["各行署", "市、县政府"]);
    expect(doers("各行署、市政府要认真总结。")).toEqual(["各行署", "市政府"]);
    expect(doers("各区(市)县政府、市政府各部门每月10日前要将工作情况报送研究室。")).toEqual(["各区(市)县政府"]);
  });
  it("takes no government of the plan's own level, of every level, nor the one a request goes to, as a doer", () => {
    expect(doers("市政府将安排全面复查。")).toEqual([]);
    expect(doers("区委、区政府要加强督查。")).toEqual([]);
    expect(doers("各级政府要加大投入。")).toEqual([]);
    expect(doers("提请区人民政府成立领导小组。")).toEqual([]);
    // a government's office stays a unit
    expect(doers("市级复查由市政府教育督导室负责组织实施。")).toEqual(["市政府教育督导室"]);
  });
});

describe("doers: a reply's addressee and the bodies of a mechanism worked in (xunits22)", () => {
  it("reads the body a reply addresses alone as its 你局 / 你校", () => {
    const head = "某某网\n市住建局：\n你局《关于某某规划的请示》收悉。现批复如下：\n";
    const to = addresseeOf(head);
    expect(to?.name).toBe("市住建局");
    expect(head.slice(...to!.st.span())).toBe("市住建局");
    const you = findDoers(Stitched.of("二、你局要抓紧组织实施。", 0, 12))[0];
    expect(asAddressee(you, to).name).toBe("市住建局");
    // a list of addressees, or bodies addressed with 各, is no one addressee
    expect(addresseeOf("各县（区）教育局、各直属学校：\n")).toBeNull();
    expect(addresseeOf("各学校：\n")).toBeNull();
    expect(addresseeOf("通知如下：\n")).toBeNull();
    expect(asAddressee(you, null).name).toBe("你局");
  });
  it("gives the bodies of a mechanism of working together, closed by 等部门, the assisting part", () => {
    const found = findDoers(Stitched.of("二、区教育局要建立与自然资源局、财政局及城关镇等部门、乡镇的协同推进机制。", 0, 38));
    expect(found.map((d) => [d.name, d.role])).toEqual([["自然资源局", "co"], ["财政局", "co"], ["城关镇", "co"], ["区教育局", undefined]]);
    expect(findDoers(Stitched.of("各镇要完善与派出所、卫生院等单位的联动机制。", 0, 22)).map((d) => [d.name, d.role])).toEqual([["派出所", "co"], ["卫生院", "co"]]);
  });
});

describe("doers: the offices addressed with 各 (xunits22)", () => {
  it("reads 各科室 / 各处室 / 各股室 as doers, assisting where they only assist", () => {
    expect(doers("一是认真梳理。要求各科室对照考核指标，认真研判。")).toEqual(["各科室"]);
    expect(doers("各股室要积极思考、主动作为。")).toEqual(["各股室"]);
    const found = findDoers(Stitched.of("总务处负责具体工作，各处室配合。", 0, 16));
    expect(found.map((d) => [d.name, d.role])).toEqual([["总务处", undefined], ["各处室", "co"]]);
  });
  it("takes no office whose people are the doers, nor a body before 对照 that is not addressed with 各", () => {
    expect(doers("各处室检查人员要按要求检查。")).toEqual([]);
    expect(doers("（一）县级自查县区教育局对照量化表组织自查。")).toEqual([]);
    // bare addressees stay none
    expect(doers("各部门要高度重视。")).toEqual([]);
  });
});

describe("doers: a bare level addressed with 各 before bodies addressed with 各, and 院校 (xunits22)", () => {
  it("reads both the level and the bodies", () => {
    expect(doers("各市、各高职院校要及时报告活动情况。")).toEqual(["各市", "各高职院校"]);
    expect(doers("各院校要做好准备。")).toEqual(["各院校"]);
  });
  it("leaves a bare level alone, or before a body not addressed with 各, an addressee", () => {
    expect(doers("各市要做好统计。")).toEqual([]);
    expect(doers("各市、教育局要做好统计。")).toEqual([]);
  });
});

describe("doers: the people's organisations (xunits22)", () => {
  it("reads 妇联, 残联, 科协 as the end of a body's name", () => {
    expect(doers("各县市区妇联、市直机关妇委会组织发动志愿者。")).toEqual(["各县市区妇联", "市直机关妇委会"]);
    expect(doers("区残联要做好帮扶。")).toEqual(["区残联"]);
  });
});

describe("doers: a body named by its role in the work (xunits22)", () => {
  it("takes no role as a task's unit unless the bodies holding it are addressed with 各", () => {
    const units = (s: string) => doers(s).filter((d) => !isRoleBody(d));
    expect(units("项目实施单位要严格执行项目管理制度。")).toEqual([]);
    expect(units("议题主办部门要主动征求意见。")).toEqual([]);
    expect(units("区绩效考评部门要加强检查督促。")).toEqual([]);
    expect(units("一般性工作由主办部门牵头负责协调落实。")).toEqual([]);
    expect(units("各项目实施单位要严格执行。")).toEqual(["各项目实施单位"]);
    expect(units("各成员单位要依托平台开展抽查。")).toEqual(["各成员单位"]);
    // a body named by its field stays one
    expect(units("城建部门负责廉租房建设。")).toEqual(["城建部门"]);
    // (the role is still someone responsible: a doer for structure's reading of a notice)
    expect(doers("议题主办部门要主动征求意见。")).toEqual(["议题主办部门"]);
  });
});

describe("doers: a level with its kinds in brackets, the whole place before 各, a partner a plan expects to work with (xunits24)", () => {
  it("reads 乡镇（街道） as a doer before a verb of duty, 各 or not", () => {
    expect(doers("二是补齐设施。乡镇（街道）负责在河塘边设置警示牌。")).toEqual(["乡镇（街道）"]);
    // (not before anything but a duty: a place's frame)
    expect(doers("乡镇（街道）范围内的河塘均已排查。")).toEqual([]);
  });
  it("reads the bodies a bureau asks across its whole place", () => {
    expect(doers("一是落实提醒。县教育局要求全县各校、幼儿园认真落实放学提醒制度。")).toEqual(["各校", "幼儿园"]);
    expect(doers("市教育局部门要求全市各中小学做好开学准备。")).toEqual(["各中小学"]);
  });
  it("gives the body a plan expects to work with the assisting part", () => {
    const found = findDoers(Stitched.of("三、本县预计与县书法家协会共同办理教师书法研习。", 0, 24));
    expect(found.map((d) => [d.name, d.role])).toEqual([["县书法家协会", "co"]]);
  });
});

describe("people in brackets: a label's bracket lists units (xunits24)", () => {
  it("finds no people in a labelled unit bracket", () => {
    const people = (s: string) => findBracketedPeople(Stitched.of(s, 0, s.length)).map((d) => d.name);
    expect(people("（二）做好公开目录编制。（责任单位：各科室、单位）")).toEqual([]);
    expect(people("（三）完善申请办理流程。（牵头科室：综合室、单位）")).toEqual([]);
    // people's brackets stay
    expect(people("3. 布置展板。（杨、谢，实验小学）")).toEqual(["杨", "谢"]);
  });
  it("keeps 各科室、单位 as the task's units and names no leader", () => {
    const text = "一、履行主体责任\n（一）加强政策解读。及时发布解读材料。（责任单位：各科室、单位）\n（二）规范公开目录。持续动态更新目录。（责任单位：各科室、单位）\n";
    return extractPlan(Buffer.from(text), { filename: "x.txt" }).then(({ plan }) => {
      expect(plan.tasks.map((t) => [t.lead, t.leaders])).toEqual([
        [["各科室", "单位"], []],
        [["各科室", "单位"], []],
      ]);
    });
  });
});

describe("doers: a unit that leads the work (主导), a meeting called by a time (xunits24)", () => {
  it("reads the units of a division of duties", () => {
    expect(doers("园委会于3月1日前召开专题会议，明确分工：教务办统筹协调进度，卫生室主导晨检与消毒。")).toEqual(["园委会", "教务办", "卫生室"]);
  });
  it("takes no doer from a principle's 政府主导", () => {
    expect(doers("一、基本原则。坚持政府主导、社会参与，多元投入。")).toEqual([]);
    expect(doers("二、政府主导，部门协同。")).toEqual([]);
  });
});

describe("doers: bodies before the departments a plan only points at (xunits24)", () => {
  it("reads the bodies and leaves 相关职能部门 out", () => {
    expect(doers("第二，按期完成整改。各主责单位和相关职能部门要在5月底前完成整改。")).toEqual(["各主责单位"]);
    expect(doers("教务处、总务处及有关科室要做好排课。")).toEqual(["教务处", "总务处"]);
    // (the pointing words alone stay no doer)
    expect(doers("相关职能部门要做好配合。")).toEqual([]);
  });
});

describe("doers: the body a request is made to (xunits25)", () => {
  const roles = (s: string) => findDoers(Stitched.of(s, 0, s.length)).map((d) => `${d.role ?? "lead"}:${d.name}`);
  it("reads the body asked after 请, whatever it is asked to do, a time first too", () => {
    expect(roles("二、請各國小(含附幼)於 9 月 12 日(星期三)下午 5 時前上網登錄。")).toEqual(["lead:各國小(含附幼)"]);
    expect(roles("三、請各校確實依規定辦理。")).toEqual(["lead:各校"]);
    expect(roles("另請抽測學校務必於測驗後三日內回傳成績。")).toEqual(["lead:抽測學校"]);
    expect(roles("請各處室繕打交接清冊。")).toEqual(["lead:各處室"]);
    // (the sender asking is none of the task's units: the body asked to assist leads)
    expect(roles("五、為避免延誤,請各系(所)辦協助催辦;必要時亦需請各系(所)辦協助說明。")).toEqual(["lead:各系(所)辦"]);
  });
  it("reads the body the work is handed over to inside a clause, not one a paper is sent to", () => {
    expect(roles("步道照明設計完成後移請工務處施工。")).toEqual(["lead:工務處"]);
    expect(roles("名冊於月底前送請人事室備查。")).toEqual([]);
  });
  it("asks no people, no name holding a duty's verb, nothing in a remark, and only once an item", () => {
    expect(roles("請導師填寫名冊繳回教務處。")).toEqual([]);
    expect(roles("请家长们按照幼儿园规定的时间接送。")).toEqual([]);
    expect(roles("請貴校配合辦理。")).toEqual([]);
    expect(roles("1.初中于6月30日放假。(备注:因考场布置,请各学校提前做好安排。)")).toEqual([]);
    expect(roles("一、请各小学于5月10日前报送名单。请各校务必按时公示。")).toEqual(["lead:各小学"]);
    expect(roles("由教务处统一组织。请各学院于3月1日前报送人数。")).toEqual(["lead:教务处"]);
    // (not a grade's head: "请各校长…")
    expect(roles("請各校長於會後留步。")).toEqual([]);
  });
  it("reads what a collective includes, in brackets, as part of its name", () => {
    expect(roles("（三）各級學校(含附設幼兒園)應於 8 月底前完成演練。")).toEqual(["lead:各級學校(含附設幼兒園)"]);
  });
  it("reads a body that reworks a decided text (由…修改完善) and no partner in 与会人员", () => {
    expect(roles("经会议研究，原则通过并由院长办公室修改完善后印发。")).toEqual(["lead:院长办公室"]);
    expect(roles("与会人员就课程设置、实习安排等方面进行了讨论。")).toEqual([]);
    expect(roles("三、為確保進度,承辦人員應主動追蹤案件。")).toEqual([]);
  });
});

describe("doers: a body acting on grounds, a suggestion, a time then 将 (xunits25)", () => {
  const roles = (s: string) => findDoers(Stitched.of(s, 0, s.length)).map((d) => `${d.role ?? "lead"}:${d.name}`);
  it("reads them as the work's doers", () => {
    expect(roles("2.教師:由人事室、各系根據課表另行排定。")).toEqual(["lead:人事室", "lead:各系"]);
    expect(roles("最后由校学生会根据评委的打分，评出十佳歌手。")).toEqual(["lead:校学生会"]);
    expect(roles("因此建議各校應加裝夜間照明。")).toEqual(["lead:各校"]);
    expect(roles("各小学于5月20日17:00前将报名表报送教研室。")).toEqual(["lead:各小学"]);
  });
  it("keeps 由 before a bare report, and a 由 phrase that modifies a noun, out", () => {
    expect(roles("由学生处通报。")).toEqual([]);
    expect(roles("参加由市教育局组织的培训。")).toEqual([]);
  });
});

describe("doers: a remark's line (xunits25)", () => {
  it("takes no body acting on grounds from a 注 line", () => {
    const s = "⑶7月1日学期结束，暑假开始。\n注:教职工到校时间由各县(市、区)教育局根据实际情况确定";
    expect(findDoers(Stitched.of(s, 0, s.length)).map((d) => d.name)).toEqual([]);
  });
});

describe("no doer in a petition upward nor in a condition's clause (xunits26)", () => {
  const names = (s: string) => findDoers(Stitched.of(s, 0, s.length)).map((d) => d.name);
  it("reads no body from 请求/请示, nor from a clause opening with 凡/若", () => {
    expect(names("2、请求上级有关部门在校门口增设减速带；请求上级部门对停放车辆进行清理。")).toEqual([]);
    expect(names("3.凡未附佐证材料以致本部无法评分者，该项以0分计。")).toEqual([]);
    expect(names("请各校于7月25日前上网填报。")).toEqual(["各校"]);
  });
});

describe("doers: an event's time between the doer and its duty, and a school's campuses (xpeople)", () => {
  const names = (s: string) => findDoers(Stitched.of(s, 0, s.length)).map((d) => d.name);
  it("reads a bare time of the school year before the verb (放假前, 开学前, 期末前, 会议后)", () => {
    expect(names("二、各科室放假前进行一次消防自查，关闭门窗和电源。")).toEqual(["各科室"]);
    expect(names("各级各类学校开学前要组织一次校舍安全排查。")).toEqual(["各级各类学校"]);
    expect(names("教务处期末前完成教材征订。")).toEqual(["教务处"]);
    expect(names("总务处会议后要及时整理纪要。")).toEqual(["总务处"]);
    // (a check of others' work after the time stays none of the body's duty; a time before the body is no part of it)
    expect(names("督导室放假前进行检查。")).toEqual([]);
    expect(names("放假前后勤处要清点物资。")).toEqual(["后勤处"]);
  });
  it("reads every campus addressed with 各 as a unit, not the classes or grades of the school", () => {
    expect(names("各校区要对本校区的消防设施进行全面自查。")).toEqual(["各校区"]);
    expect(names("各校區要於月底前完成自查。")).toEqual(["各校區"]);
    expect(names("各班要加强安全教育。")).toEqual([]);
    expect(names("各年级要做好期末复习安排。")).toEqual([]);
  });
});

describe("a period before the doer (xnotice27)", () => {
  const names = (s: string) => findDoers(Stitched.literal(s)).map((d) => d.name);
  it("reads the doer after the period its work falls in", () => {
    expect(names("2.放假期间保卫处要进行安全检查，做好防火工作。")).toEqual(["保卫处"]);
    expect(names("寒假期间后勤处、信息中心要加强巡查。")).toEqual(["后勤处", "信息中心"]);
    expect(names("国庆节期间各学院要安排好值班。")).toEqual(["各学院"]);
  });
  it("names no body where the period stood before a word that is none", () => {
    expect(names("五、假期学校将根据施工进度决定侧门开放时间。")).toEqual([]);
  });
});

describe("an address list with 各 (xunits)", () => {
  const names = (s: string) => findDoers(Stitched.literal(s)).map((d) => d.name);
  it("reads a school kind after a bare level addressed with 各 as taking the 各 too", () => {
    expect(names("各县市、学校要加强组织领导，做好期末工作。")).toEqual(["各县市", "学校"]);
    expect(names("各州市、高校要安排好假期值班。")).toEqual(["各州市", "高校"]);
  });
  it("runs the list on over a comma to the next body addressed with 各", () => {
    expect(names("假期期间，各小学、幼儿园，各培训机构要做好值班工作。")).toEqual(["各小学", "幼儿园", "各培训机构"]);
  });
  it("reads the bodies addressed with 各 before the day they must act by as its doers", () => {
    expect(names("各县市、高校于2031年4月28日(星期一)17:00前，在工作群内填报值班表。")).toEqual(["各县市", "高校"]);
    expect(names("各学区于2031年5月9日前，将自查报告报送办公室。")).toEqual(["各学区"]);
  });
  it("gives no 各 to a school kind joined by 和", () => {
    expect(names("各级教育行政部门和学校要高度重视开学工作。")).toEqual(["各级教育行政部门"]);
  });
});
