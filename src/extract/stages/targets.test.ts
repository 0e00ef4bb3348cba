import { describe, expect, it } from "vitest";
import { Stitched } from "./stitched.js";
import { findTargets, routineOf, withoutRepeats } from "./targets.js";

const find = (s: string) => findTargets(Stitched.of(s, 0, s.length)).map((t) => `${t.op} ${t.value} ${t.unit}`);

describe("findTargets", () => {
  it("reads comparators and units", () => {
    expect(find("学前三年毛入园率达到 94%，普惠性幼儿园覆盖率达到93%")).toEqual([">= 94 %", ">= 93 %"]);
    expect(find("完成教师培训 8000人次以上")).toEqual([">= 8000 人次"]);
    expect(find("按不低于1:1000的师生比配齐教师")).toEqual([">= 1000 ratio"]);
    expect(find("新建 4 所公办幼儿园")).toEqual(["= 4 所"]);
    expect(find("新建校舍3.03 万平方米")).toEqual(["= 3.03 万平方米"]);
    expect(find("新增公办学位1.5万个")).toEqual(["= 15000 个"]);
    expect(find("结对帮扶新教师120对")).toEqual(["= 120 对"]);
    expect(find("开展1对1帮扶")).toEqual([]);
    expect(find("送教上门比例低于10%")).toEqual(["<= 10 %"]);
    expect(find("入学率、巩固率为100%")).toEqual(["= 100 %"]);
  });
  it("counts what is counted by 只 and what a road or channel opened counts (打通, 贯通)", () => {
    expect(find("为各村安装240只应急广播喇叭")).toEqual(["= 240 只"]);
    expect(find("打通东环路等9条断头路")).toEqual(["= 9 条"]);
    expect(find("贯通滨河绿道3公里")).toEqual(["= 3 公里"]);
  });
  it("reads lamps, metres of pipe, cases screened, courts and short square metres as units, and percent signs of other input methods", () => {
    expect(find("为河东村安装节能路灯260盏")).toEqual(["= 260 盏"]);
    expect(find("新铺设供水管道1200米")).toEqual(["= 1200 米"]);
    expect(find("年内完成适龄妇女宫颈癌筛查3000例以上")).toEqual([">= 3000 例"]);
    expect(find("新建笼式足球场6片")).toEqual(["= 6 片"]);
    expect(find("新建学生宿舍1.2万平米")).toEqual(["= 1.2 万平米"]);
    expect(find("改造教师周转房450平米")).toEqual(["= 450 平米"]);
    expect(find("春季蔬菜抽检合格率达 97℅以上")).toEqual([">= 97 ℅"]);
    expect(find("犬只狂犬病免疫率达 95﹪")).toEqual([">= 95 %"]);
  });
  it("reads no race, relay, track or distance around a place as metres of work", () => {
    expect(find("组织开展50米跑和4×100米接力比赛")).toEqual([]);
    expect(find("开展校园周边300米范围内流动摊点整治")).toEqual([]);
    expect(find("新建200米环形塑胶跑道")).toEqual([]);
  });
  it("reads Chinese numerals only where a quantity is promised", () => {
    expect(find("集中学法全年不少于两次")).toEqual([">= 2 次"]);
    expect(find("每月一次集中学习")).toEqual(["= 1 次"]);
    expect(find("合格率达到百分之九十五")).toEqual([">= 95 %"]);
    expect(find("违纪案件较上年减少一半以上")).toEqual([">= 50 %"]);
    expect(find("落实“四帮一”帮扶，培养一批骨干")).toEqual([]);
  });
  it("never reads what was actually done (a 完成情况 report) as a target", () => {
    expect(find("任务新建食堂12所,实际建成14所")).toEqual(["= 12 所"]);
  });
  it("reads the dated steps of a schedule towards a total of the same unit as no targets of their own", () => {
    expect(find("新建社区食堂5个，新增助餐点40个。1.社区食堂：4月底前建成2个；8月底前完成5个。2.助餐点：5月底前新增20个以上。")).toEqual(["= 5 个", "= 40 个"]);
    expect(find("新建书屋3家。10月底前再新建书屋6家")).toEqual(["= 3 家", "= 6 家"]);
    expect(find("9月底前全区中小学午餐供应率达到100%")).toEqual([">= 100 %"]);
  });
  it("takes the lower end of a range", () => {
    expect(find("每年培养公费师范生50-100人")).toEqual([">= 50 人"]);
  });
  it("reads a population (人口) as the size of a place, no count of people", () => {
    expect(find("5万人口以上的镇至少建成2所标准化幼儿园")).toEqual([">= 2 所"]);
    expect(find("项目建成后可改善6万人口的出行条件")).toEqual([]);
    expect(find("服务两万人口的社区新建卫生站1个")).toEqual(["= 1 个"]);
    expect(find("全年新增城镇就业1.2万人以上")).toEqual([">= 1.2 万人"]);
  });
  it("keeps parallel counts in one sentence", () => {
    expect(find("完成攻坚项目 20 个，高中标准化项目 5 个")).toEqual(["= 20 个", "= 5 个"]);
  });
  it("counts the people and groups recruited or invited (招募, 邀请)", () => {
    expect(find("面向社会招募文明交通志愿者800名")).toEqual(["= 800 名"]);
    expect(find("邀请消防大队官兵3人现场指导")).toEqual(["= 3 人"]);
  });
  it("ignores ordinals, quotes, titles, dates, conditions and references", () => {
    expect(find("结合第41个教师节，落实“13530”机制，学习《2024年3项规定》")).toEqual([]);
    expect(find("对党员数超过 50 人的学校成立党总支")).toEqual([]);
    expect(find("对照教育部7项资源配置指标开展自查整改")).toEqual([]);
    expect(find("2024 年 9 月建成")).toEqual([]);
  });
  it("reads measure words of buildings, equipment and lengths", () => {
    expect(find("维修校舍危房7栋，更换课桌椅3000套")).toEqual(["= 7 栋", "= 3000 套"]);
    expect(find("为乡镇学校配置录播设备45台，修建塑胶跑道6条")).toEqual(["= 45 台", "= 6 条"]);
    expect(find("改造旱厕12座，铺设管网3.5公里")).toEqual(["= 12 座", "= 3.5 公里"]);
  });
  it("reads the count of what an action is done to", () => {
    expect(find("对15所幼儿园开展办园行为督导")).toEqual(["= 15 所"]);
  });
  it("skips thresholds that define a category", () => {
    expect(find("全面消除66人以上超大班额")).toEqual([]);
    expect(find("对超过45人的班级进行分流")).toEqual([]);
    expect(find("高考本科上线人数达到800人以上")).toEqual([">= 800 人"]);
    expect(find("打造3个以上特色学校联盟")).toEqual([">= 3 个"]);
  });
  it("skips a bound figure that qualifies, through 之, the noun closing its clause (which cases a rule covers)", () => {
    expect(find("一、 借书逾期3次以上及遗失图书未赔偿之读者，暂停借阅一个月。")).toEqual([]);
    expect(find("每学期末汇总迟到8次以上之学生名单，送交班主任。")).toEqual([]);
    expect(find("新建3所以上之学校")).toEqual([">= 3 所"]);
    expect(find("图书借阅量达到2000册以上之目标")).toEqual([">= 2000 册"]);
  });
  it("skips a figure quoted in corner brackets, a criterion named as in “” (「…」, 『…』)", () => {
    expect(find("每学期借阅记录「逾期累计5次以上」者需参加图书馆讲习。")).toEqual([]);
    expect(find("推荐『年度阅读20本以上』之班级参加评比，另新建阅览室2间。")).toEqual(["= 2 间"]);
  });
  it("reads decimal ratios and ranges", () => {
    expect(find("小学师生比达到1:18.5")).toEqual([">= 18.5 ratio"]);
    expect(find("每校打造2至3项特色课程")).toEqual([">= 2 项"]);
  });
  it("keeps deadline words out of the metric", () => {
    const metrics = (s: string) => findTargets(Stitched.of(s, 0, s.length)).map((t) => t.metric);
    expect(metrics("秋季开学前建成投用幼儿园3所")).toEqual(["建成投用幼儿园"]);
    expect(metrics("9月底前完成校舍改造20个")).toEqual(["完成校舍改造"]);
  });
});

describe("findTargets: counts in words and shared values", () => {
  it("reads Chinese-numeral counts before or after the noun", () => {
    expect(find("新培育市级示范学校两所，带动薄弱校发展")).toEqual(["= 2 所"]);
    expect(find("力争三个街道通过省级评估")).toEqual(["= 3 个"]);
    expect(find("为全体教职工免费体检一次")).toEqual(["= 1 次"]);
    expect(find("坚持“两个维护”，落实一个中心")).toEqual([]);
  });
  it("reads counts before the noun inside 为…/对… phrases", () => {
    expect(find("为全县35所农村学校配备净水设备")).toEqual(["= 35 所"]);
    expect(find("为120名留守儿童建立成长档案")).toEqual(["= 120 名"]);
    expect(find("对12所民办学校开展年检")).toEqual(["= 12 所"]);
  });
  it("keeps two-character measure words whole", () => {
    expect(find("开展科普讲座不少于20场次")).toEqual([">= 20 场次"]);
    expect(find("开设校本选修课程6门")).toEqual(["= 6 门"]);
    expect(find("教师每年参加培训不少于72学时")).toEqual([">= 72 学时"]);
    expect(find("组织送教下乡4批次")).toEqual(["= 4 批次"]);
  });
  it("gives one target per metric when metrics share a value", () => {
    expect(find("食堂明厨亮灶覆盖率、“互联网+明厨亮灶”接入率均达到100%")).toEqual([">= 100 %", ">= 100 %"]);
    expect(find("入学率、巩固率为100%")).toEqual(["= 100 %"]);
  });
});

describe("findTargets: rectification plans, money and places", () => {
  it("skips the baselines of a problem statement and keeps the measures' targets", () => {
    expect(find("问题：全县达标率为72%，仍有大班额9个。整改措施：新建教室30间，达标率达到90%以上。责任单位：基教股")).toEqual(["= 30 间", ">= 90 %"]);
    expect(find("存在问题：师生比为1:25。整改目标：师生比不低于1:19")).toEqual([">= 19 ratio"]);
  });
  it("reads investments and new places", () => {
    expect(find("改造运动场，投资350万元，新增学位480个")).toEqual(["= 350 万元", "= 480 个"]);
    expect(find("总投资1.2亿元")).toEqual(["= 1.2 亿元"]);
  });
  it("reads where an action happens as its size unless the clause counts something else", () => {
    expect(find("在12所学校开展课后服务试点")).toEqual(["= 12 所"]);
    expect(find("在城区5所小学新建教室20间")).toEqual(["= 20 间"]);
    expect(find("支持15所乡村学校改善办学条件")).toEqual(["= 15 所"]);
  });
  it("reads organised counts in Chinese numerals but not one-off actions or idioms", () => {
    expect(find("组织三次联考")).toEqual(["= 3 次"]);
    expect(find("开展一次专项检查")).toEqual([]);
    expect(find("建立一人一档，推行一校一案")).toEqual([]);
    expect(find("每周开放不少于6天")).toEqual([">= 6 天"]);
  });
});

describe("findTargets: days", () => {
  it("counts days only as a minimum or a frequency", () => {
    expect(find("接到通知后完成整改15天")).toEqual([]);
    expect(find("每月开展活动不少于2天")).toEqual([">= 2 天"]);
  });
});

describe("findTargets: idioms", () => {
  it("keeps a count followed by a word starting with 一", () => {
    expect(find("新建两所一贯制学校")).toEqual(["= 2 所"]);
  });
});

describe("bounds in time, fractions, point changes and less common measure words", () => {
  const tg = (s: string) => findTargets(Stitched.of(s, 0, s.length)).map((x) => `${x.op}${x.value}${x.unit}`);
  it("reads N小时内 / N个工作日内 as upper bounds, but not N天内", () => {
    expect(tg("举报线索24小时内核查处置")).toEqual(["<=24小时"]);
    expect(tg("督导问题在30个工作日内整改到位")).toEqual(["<=30个工作日"]);
    expect(tg("15天内完成整改")).toEqual([]);
  });
  it("takes no reported figures and no plain breakdowns after 其中, but the count a task sets", () => {
    expect(tg("任务补充配置电脑数300台，实际补充312台，共覆盖学校45所，其中农村学校10所。")).toEqual(["=300台"]);
    expect(tg("项目指标任务数实验室12间，实际建设9间。")).toEqual(["=12间"]);
    expect(tg("新增学位5000个，其中幼儿园420个，其中乡村学校不少于160个。")).toEqual(["=5000个", ">=160个"]);
  });
  it("reads 成 fractions only where promised, and 个百分点 changes", () => {
    expect(tg("其中分配到乡村学校的不少于六成")).toEqual([">=60%"]);
    expect(tg("八成新的设备")).toEqual([]);
    expect(tg("近视率较上年下降1个百分点")).toEqual(["=1个百分点"]);
  });
  it("reads 份 / 轮 / 万人, counts said before the verb, and 突破", () => {
    expect(tg("全年形成督导意见书不少于200份")).toEqual([">=200份"]);
    expect(tg("开展食堂专项检查不少于2轮")).toEqual([">=2轮"]);
    expect(tg("惠及农村学生3.2万人")).toEqual(["=3.2万人"]);
    expect(tg("秋季开学前新增公办学位2万个")).toEqual(["=20000个"]);
    expect(tg("为全县中小学680间教室更换护眼灯具")).toEqual(["=680间"]);
    expect(tg("为两所乡镇寄宿制学校新建学生宿舍")).toEqual(["=2所"]);
    expect(tg("全市新聘任挂牌责任督学120名")).toEqual(["=120名"]);
    expect(tg("力争本科上线人数突破1500人")).toEqual([">1500人"]);
  });
});

describe("coefficients", () => {
  it("reads a bound on a coefficient as a unitless target, one per value", () => {
    const tg = (s: string) => findTargets(Stitched.of(s, 0, s.length)).map((x) => `${x.op}${x.value}${x.unit}`);
    expect(tg("县域内小学、初中校际差异系数分别不高于0.50和0.45")).toEqual(["<=0.5", "<=0.45"]);
    expect(tg("差异系数情况")).toEqual([]);
  });
});

describe("bodies counted as the subject of the work their clause names", () => {
  it("reads a named place's N家/所 doing the work as a count, not a report of it nor a bare count", () => {
    const tg = (s: string) => findTargets(Stitched.of(s, 0, s.length)).map((x) => `${x.op}${x.value}${x.unit}`);
    expect(tg("某某高新区15家重点排污企业实施清洁生产改造，完成30家餐饮企业油烟整治")).toEqual(["=15家", "=30家"]);
    expect(tg("某某新区12所学校开展了消防演练")).toEqual([]);
    expect(tg("全县已有8所学校完成改造")).toEqual([]);
  });
});

describe("a list of figures under 分别 sharing the last one's unit", () => {
  it("reads each bare figure of the list in the unit of the last (微克每立方米, 微克/立方米)", () => {
    const tg = (s: string) => findTargets(Stitched.of(s, 0, s.length)).map((x) => `${x.op}${x.value}${x.unit}`);
    expect(tg("细颗粒物、可吸入颗粒物年均浓度分别不高于28.5、45微克每立方米")).toEqual(["<=28.5微克每立方米", "<=45微克每立方米"]);
    expect(tg("二氧化硫、二氧化氮年均浓度分别控制在8、20和30微克/立方米以下")).toEqual(["<=8微克/立方米", "<=20微克/立方米", "<=30微克/立方米"]);
    expect(tg("年均浓度不高于30微克/立方米")).toEqual(["<=30微克/立方米"]);
  });
});

describe("findTargets: signs, zero and traditional script", () => {
  it("reads ≥ and ≤ as bounds, a coefficient after ≤, and 为零 as zero", () => {
    expect(find("体质达标率≥96%，肥胖率≤8%")).toEqual([">= 96 %", "<= 8 %"]);
    expect(find("校际均衡差异系数≤0.3")).toEqual(["<= 0.3 "]);
    expect(find("校园欺凌事件为零")).toEqual(["= 0 "]);
  });
  it("reads traditional script as it reads simplified", () => {
    expect(find("新建設2所標準化幼兒園，培訓教師500人")).toEqual(["= 2 所", "= 500 人"]);
  });
  it("reads 余 (more than) between a number and its unit as the unit printed after it", () => {
    expect(find("组织教师培训200余人次")).toEqual(["= 200 人次"]);
    expect(find("举办各类竞赛活动10余场")).toEqual(["= 10 场"]);
    expect(find("组织开展家访3万余次")).toEqual(["= 30000 次"]);
    expect(find("投入资金1200余万元")).toEqual(["= 1200 万元"]);
    expect(find("惠及学生1万余人")).toEqual(["= 10000 人"]);
    expect(find("我县共有教师5000余名")).toEqual([]);
  });
  it("reads Chinese hundreds and thousands as counts", () => {
    expect(find("培训教师一百名")).toEqual(["= 100 名"]);
    expect(find("新建幼儿园五所")).toEqual(["= 5 所"]);
    expect(find("培养骨干教师百余名")).toEqual([]);
  });
  it("reads households, persons (位) and areas printed as ㎡", () => {
    expect(find("完成120户家庭走访")).toEqual(["= 120 户"]);
    expect(find("培育10位教学名师")).toEqual(["= 10 位"]);
    expect(find("完成校舍维修改造面积2.3万㎡")).toEqual(["= 2.3 万㎡"]);
    expect(find("进入全省前10位")).toEqual([]);
  });
  it("reads thousands separators and the ratio sign ∶", () => {
    expect(find("招聘教师3,000人")).toEqual(["= 3000 人"]);
    expect(find("新增学位1，200个")).toEqual(["= 1200 个"]);
    expect(find("师生比不低于1∶4000")).toEqual([">= 4000 ratio"]);
  });
  it("reads the figure a change starts from (由85%提高到90%) as a baseline, the one it reaches as the target", () => {
    expect(find("学前三年毛入园率由85%提高到90%")).toEqual([">= 90 %"]);
    expect(find("优质均衡覆盖率从60%提升至75%")).toEqual([">= 75 %"]);
    expect(find("普惠率由2023年的80%提高到2025年的88%")).toEqual([">= 88 %"]);
    expect(find("大班额比例由5.2%降至3%以下")).toEqual(["<= 3 %"]);
    expect(find("专任教师数从1200人增加到1500人")).toEqual([">= 1500 人"]);
    const metric = findTargets(Stitched.of("入园率由85%提高到90%", 0, 15))[0].metric;
    expect(metric).toBe("入园率");
  });
  it("reads a figure on a line of its own (a target cell) as what the row promises", () => {
    expect(find("校舍改造\n8所\n2025年10月")).toEqual(["= 8 所"]);
    expect(find("8所以上")).toEqual([">= 8 所"]);
    expect(find("现有学校：56所，在校生3万人")).toEqual([]);
  });
  it("never reads what is done already (已建成, 截至目前) as a target", () => {
    expect(find("已建成学校3所")).toEqual([]);
    expect(find("截至目前，共新建学校5所")).toEqual([]);
    expect(find("上半年已完成新建学校2所")).toEqual([]);
    expect(find("已完成前期工作，年内新建学校3所")).toEqual(["= 3 所"]);
    expect(find("尚未完成改造的12所学校年内全部完成")).toEqual(["= 12 所"]);
  });
  it("reads ranges of percentages and Chinese ranges at their lower end", () => {
    expect(find("力争通过率达到85%—90%")).toEqual([">= 85 %"]);
    expect(find("优良率提高5%-10%")).toEqual([">= 5 %"]);
    expect(find("新建学校两到三所")).toEqual([">= 2 所"]);
    expect(find("争创省级示范校2-3所")).toEqual([">= 2 所"]);
  });
  it("reads the count closing a list of names (A、B等9所) as the size of the action on them", () => {
    expect(find("主要改扩建城东幼儿园、桃园幼儿园、新城幼儿园等9所幼儿园")).toEqual(["= 9 所"]);
    expect(find("年内将城关中心学校等12所学校创建成合格学校")).toEqual(["= 12 所"]);
    expect(find("为甲小学、乙小学、丙小学3所学校按标准配齐设施设备")).toEqual(["= 3 所"]);
    expect(find("全县有城关小学、实验小学等5所学校")).toEqual([]);
    expect(find("城关小学、实验小学等5所学校参加比赛")).toEqual([]);
  });
  it("reads 新（改、扩）建 as the verb it abbreviates", () => {
    expect(find("新（改、扩）建校舍6.5万平方米")).toEqual(["= 6.5 万平方米"]);
  });
  it("reads 24小时 as round the clock, not a figure, unless it bounds a time", () => {
    expect(find("值班人员保持24小时通讯畅通")).toEqual([]);
    expect(find("接报后24小时内处置到位")).toEqual(["<= 24 小时"]);
  });
});

describe("counts a school applies for or competes for", () => {
  it("reads 申报 / 争创 / 推荐 counts as targets", () => {
    expect(find("申报3所省级示范学校，争创2个省级、4个市级特色品牌，推荐市级名师1名")).toEqual(["= 3 所", "= 2 个", "= 4 个", "= 1 名"]);
  });
  it("counts the honours a plan aims to win (获评, 获得, 评为, 选树) as targets", () => {
    const vals = (s: string) => findTargets(Stitched.of(s, 0, s.length)).map((t) => `${t.value}${t.unit}`);
    expect(vals("力争获评国家级奖项2项，选树典型案例10个。")).toEqual(["2项", "10个"]);
  });
});

describe("word counts", () => {
  it("reads a number of characters to write as a target", () => {
    const s = "每位教师每学期要写3000字的读书笔记。";
    expect(findTargets(Stitched.of(s, 0, s.length)).map((t) => [t.value, t.unit])).toEqual([[3000, "字"]]);
  });
});

describe("reports and lists among the figures (issue 9)", () => {
  it("reads 万亩 as a unit of area, like 万平方米, 株 as a unit, and 建好 / 办好 / 评出 / 种植 as verbs of a count", () => {
    expect(find("实施土壤培肥、田间监测3万亩")).toEqual(["= 3 万亩"]);
    expect(find("建好3所思源实验学校和1所思源实验高中")).toEqual(["= 3 所", "= 1 所"]);
    expect(find("评出6个精神文明运动队")).toEqual(["= 6 个"]);
    expect(find("种植桂花、紫薇等苗木8000株")).toEqual(["= 8000 株"]);
  });
  it("never reads what a sentence opening on 目前 reports, nor what a verb with 了 did, as a target", () => {
    expect(find("目前，每班召开主题班会3次、家长会1次，推送安全信息20余条。")).toEqual([]);
    expect(find("目前，全县已有2所，力争年底前新建3所。")).toEqual(["= 3 所"]);
    expect(find("县直18部门编制了项目清单，规划设计了42个重点项目。")).toEqual([]);
  });
  it("never reads the number of topics just listed (等八项), nor a slogan's 三个字, as a target", () => {
    expect(find("检查交通安全、消防安全、食品卫生安全等八项。")).toEqual([]);
    expect(find("每天的工作中体现“勤”、“快”、“好”三个字。")).toEqual([]);
    expect(find("3.23-3.29节水宣传周，开展节水主题班会")).toEqual([]);
    expect(find("投资1.25-1.50万元")).toEqual([">= 1.25 万元"]);
  });
});

describe("idioms of nobody left out", () => {
  it("never reads 一个学生不漏 / 一个都不能少 as a count", () => {
    expect(find("逐一排查学生返校时间，确保一个学生不漏，每个学生的信息真实有效。")).toEqual([]);
    expect(find("控辍保学，确保一个都不能少。")).toEqual([]);
  });
});

describe("schedules, lead times and frequencies (xtargets10)", () => {
  it("never reads a clock time as a ratio, even beside 比赛 or 评比", () => {
    expect(find("每天早上8:30开始正常的比赛赛程。")).toEqual([]);
    expect(find("下午14:00在操场举行评比颁奖。")).toEqual([]);
    expect(find("按不低于1:20的师生比配备教师")).toEqual([">= 20 ratio"]);
  });
  it("reads how early one must arrive as a minimum", () => {
    expect(find("相关工作人员和裁判员提前15分钟到岗。")).toEqual([">= 15 分钟"]);
    expect(find("考生须于开考前30分钟入场，迟到者不得进入考场。")).toEqual([">= 30 分钟"]);
    expect(find("運動員賽前20分鐘到檢錄處檢錄。")).toEqual([">= 20 分钟"]);
    expect(find("30分钟后开始比赛")).toEqual([]);
  });
  it("reads how many days before a use or an event a step is to be done as a minimum (xtargets25)", () => {
    expect(find("借用器材者須於活動前5日完成登記。")).toEqual([">= 5 日"]);
    expect(find("请各社团提前7天前提交场地申请。")).toEqual([">= 7 天"]);
    expect(find("请于9日前完成报送。")).toEqual([]);
    expect(find("开学前10天开始晨检。")).toEqual([]);
  });
  it("never reads a year's own figure as a target; counts groups (群) as a unit (xtargets25)", () => {
    expect(find("学生满意度111年为86.5%，112年亦为88%。")).toEqual([]);
    expect(find("到2031年为95%以上。")).toEqual([">= 95 %"]);
    expect(find("遴选合作诊所至少12群参与筛查。")).toEqual([">= 12 群"]);
  });
  it("never reads the condition a case must meet to be allowed as a target (xtargets25)", () => {
    expect(find("报名队伍需达8人以上始得参赛(人数未达8人者请合并组队)。")).toEqual([]);
    expect(find("参赛队伍需达到8支以上。")).toEqual([">= 8 支"]);
  });
  it("never reads the factor of a formula defining a rate as a target (xtargets25)", () => {
    expect(find("达标率＝达标班级数/全部班级数×100%")).toEqual([]);
  });
  it("reads once-a-period idioms (一周一查) as one time each", () => {
    expect(find("隐患排查做到一周一小查，一月一大查。")).toEqual(["= 1 次", "= 1 次"]);
    expect(find("整改进度实行一季度一通报、一学期一评比。")).toEqual(["= 1 次", "= 1 次"]);
    expect(find("落实一校一策、一人一档，开展一月一主题活动，打造一年一度的艺术节，推行一月一课一片")).toEqual([]);
  });
  it("reads a count after 其中 with a planning word (what the plan sets out), not a plain breakdown", () => {
    expect(find("制定年度建设计划，其中拟维修改造甲镇中心小学等42所学校。")).toEqual(["= 42 所"]);
    expect(find("全年新建学校10所，其中计划新建农村学校6所。")).toEqual(["= 10 所", "= 6 所"]);
    expect(find("全年新建学校10所，其中农村学校6所。")).toEqual(["= 10 所"]);
  });
  it("never reads what a progress report says is done now (目前…完工N所) as a target; completion verbs count in a plan", () => {
    expect(find("目前所有项目如期开工，改造项目完工27所，预计年底前全部交付使用。")).toEqual([]);
    expect(find("年内完工中小学校16所，开建幼儿园项目20个。")).toEqual(["= 16 所", "= 20 个"]);
    expect(find("计划竣工项目38个。")).toEqual(["= 38 个"]);
  });
  it("reads the figures of a list of problems found (存在以下几个问题：) as baselines", () => {
    expect(find("办学条件方面，主要存在以下几个问题：一是班额超标（标准为不超过50人）；二是生均占地面积为5.31平方米。")).toEqual([]);
    expect(find("经检查发现如下三方面问题：图书生均不足3册。")).toEqual([]);
  });
});

describe("a report's clauses after a figure done already", () => {
  it("never reads the next clauses of 已完成N所 as targets, unless they plan", () => {
    expect(find("甲县任务数是11所，已完成5所，开工10所。")).toEqual(["= 11 所"]);
    expect(find("已建成3所，年内再新建2所。")).toEqual(["= 2 所"]);
    expect(find("已完成前期工作，新建学校3所。")).toEqual(["= 3 所"]);
  });
});

describe("Chinese numerals with tens of thousands", () => {
  it("reads 一万个, 两万二千个, 三千五百人次 as counts", () => {
    expect(find("年内新增學位一萬個。")).toEqual(["= 10000 个"]);
    expect(find("新增学位两万二千个")).toEqual(["= 22000 个"]);
    expect(find("全年培训教师三千五百人次。")).toEqual(["= 3500 人次"]);
    expect(find("惠及一万多名学生")).toEqual([]);
  });
});

describe("so many times in one period", () => {
  it("reads 一年两次 / 一学期三次 as a frequency", () => {
    expect(find("家长会一年两次。")).toEqual(["= 2 次"]);
    expect(find("应急演练一学期三次")).toEqual(["= 3 次"]);
    expect(find("一年两所学校")).toEqual([]);
  });
});

describe("what a clause says was done (verb 了 … figure)", () => {
  it("never reads 配备了…4个 or the report's next clause as targets; 为了 is a purpose", () => {
    expect(find("整改措施：学校已经在配电间配备了灭火器2组共4个，沙桶2个。")).toEqual([]);
    expect(find("去年建成了幼儿园3所，今年新建5所。")).toEqual(["= 5 所"]);
    expect(find("为了缓解入学压力，新建学校3所。")).toEqual(["= 3 所"]);
  });
});

describe("the share of a plan done so far", () => {
  it("never reads 占年度计划的15.5% as a target; a floor of the share is one", () => {
    expect(find("截至3月，完成投资7510万元、占年度计划的15.5%。")).not.toContain("= 15.5 %");
    expect(find("项目完成投資，佔全年任務的60%")).toEqual([]);
    expect(find("上半年完成投资占全年计划的50%以上")).toEqual([">= 50 %"]);
  });
});

describe("what was built already, bracketed", () => {
  it("never reads 已新(扩)建…67所 as a target", () => {
    expect(find("今年全市已新(扩)建幼儿园67所。")).toEqual([]);
    expect(find("今年全市新（扩）建幼儿园67所。")).toEqual(["= 67 所"]);
  });
});

describe("ranges under an upper bound, beds, lists between two verbs (xdates11)", () => {
  it("reads a range under an upper bound as its upper end", () => {
    expect(find("会议纪要一般在会议结束后1-2个工作日内报送审签")).toEqual(["<= 2 个工作日"]);
    expect(find("申请材料于受理后3～5个工作日内办结")).toEqual(["<= 5 个工作日"]);
    expect(find("班额控制在40-45人以内")).toEqual(["<= 45 人"]);
    expect(find("每学期组织2-3次家长开放日")).toEqual([">= 2 次"]);
  });
  it("reads hospital beds as a unit", () => {
    expect(find("新建门诊楼1栋，总床位数120床，宿舍40套。")).toEqual(["= 1 栋", "= 120 床", "= 40 套"]);
  });
  it("reads a list's count between a driving verb and the work it counts", () => {
    expect(find("着力推进甲小学、乙中学等6所农村学校改扩建。")).toEqual(["= 6 所"]);
    expect(find("加快推动东区幼儿园、西区幼儿园等3所幼儿园建设")).toEqual(["= 3 所"]);
  });
  it("counts what an action is done to with a scope word after 对, as after 为", () => {
    expect(find("对全区12所村级小学全面提档升级")).toEqual(["= 12 所"]);
    expect(find("对本县6所乡镇卫生院开展标准化改造")).toEqual(["= 6 所"]);
  });
});

describe("goods and vehicles bought or hired, a figure of eight (xdates13)", () => {
  it("counts goods and vehicles in words where they are bought, hired or got ready", () => {
    expect(find("联系客运公司六辆大客车，早上7:30出发。")).toEqual(["= 6 辆"]);
    expect(find("后勤组到超市采购以下物品：面包三箱，牛奶五箱。")).toEqual(["= 3 箱", "= 5 箱"]);
    expect(find("每个小组准备饮用水两桶。")).toEqual(["= 2 桶"]);
  });
  it("never counts goods that are only there, nor a figure of eight", () => {
    expect(find("教室里放着两箱旧书。")).toEqual([]);
    expect(find("开展体育节8字跳绳比赛。")).toEqual([]);
    expect(find("每位教师撰写读书笔记不少于3000字。")).toEqual([">= 3000 字"]);
  });
});

describe("routines and money spent (xtargets14)", () => {
  const routine = (s: string) => findTargets(Stitched.of(s, 0, s.length)).map((t) => routineOf(t) ?? "-");
  it("tells a plain frequency from an allocation to each body; a floor, a share or an idiom is neither", () => {
    expect(routine("德育处每周检查一次。")).toEqual(["frequency"]);
    expect(routine("各教研组每两周开展一次集体备课。")).toEqual(["frequency"]);
    expect(routine("每学期开展消防演练2次。")).toEqual(["frequency"]);
    expect(routine("各年级每班推选两名志愿者。")).toEqual(["allocation"]);
    expect(routine("每组推荐3名选手参赛。")).toEqual(["allocation"]);
    expect(routine("其余每一年级安排一名讲解员。")).toEqual(["allocation"]);
    expect(routine("每学期开展消防演练不少于2次。")).toEqual(["-"]);
    expect(routine("每所学校配备专职心理教师比例达到30%。")).toEqual(["-"]);
    expect(routine("校园巡查做到一周一小查。")).toEqual(["-"]);
    expect(routine("新建公办幼儿园3所。")).toEqual(["-"]);
  });
  it("reads money already spent as progress, money planned or to spend as a target", () => {
    expect(find("校舍改造工程完成投资260万元。")).toEqual([]);
    expect(find("东西校区项目完成投资分别为120万元和85万元。")).toEqual([]);
    expect(find("项目规划投资总额300万元。")).toEqual(["= 300 万元"]);
    expect(find("年内完成投资4500万元。")).toEqual(["= 4500 万元"]);
  });
});

describe("one statement said again in one task (xtargets, issue 9)", () => {
  const once = (s: string) => withoutRepeats(findTargets(Stitched.of(s, 0, s.length))).map((t) => `${t.op} ${t.value} ${t.unit}`);
  it("reads the same statement said again in one task as one target", () => {
    expect(once("(1)草坪：每年施肥3次。(2)花坛：每年施肥3次。")).toEqual(["= 3 次"]);
    expect(once("申请公开：自受理之日起10个工作日内答复\n依申请公开：自受理之日起10个工作日内答复")).toEqual(["<= 10 个工作日"]);
    expect(once("巡查率、整改率均达到100%")).toEqual([">= 100 %", ">= 100 %"]);
  });
});

describe("works launched and money raised (xtargets22, issue 9)", () => {
  it("counts projects launched (上马) and money raised (筹资, 筹集) for the work", () => {
    expect(find("年内上马3座中型水闸改造项目")).toEqual(["= 3 座"]);
    expect(find("筹资250万元新建乡镇敬老院2所")).toEqual(["= 250 万元", "= 2 所"]);
    expect(find("多渠道筹集资金1200万元用于校舍维修")).toEqual(["= 1200 万元"]);
    expect(find("累计募集善款5600元")).toEqual([]);
  });
});

describe("quotas of works (xtargets22, issue 9)", () => {
  it("counts the acts or lessons each body is to put up or write, named by the work right after the figure", () => {
    expect(find("一年级2个节目、二年级3个节目")).toEqual(["= 2 个", "= 3 个"]);
    expect(find("东校区、西校区各1个节目")).toEqual(["= 1 个"]);
    expect(find("数学英语要写出各8节教案，其他学科写4节教案")).toEqual(["= 8 节", "= 4 节"]);
    expect(find("每位教师提交3篇论文")).toEqual(["= 3 篇"]);
  });
  it("reads no period of the day and no copies of a report as works", () => {
    expect(find("周三下午第二节课召开班会")).toEqual([]);
    expect(find("报送区教育局、区督导室各1份")).toEqual([]);
    // (copies of papers handed over: the form of a delivery, not a number to reach; a floor of copies stays one)
    expect(find("申办团体须于三月一日前把申请表及12份办学计划书交至教育局规划科。")).toEqual([]);
    expect(find("请将汇总表一式三份报送办公室。")).toEqual([]);
    expect(find("全年提交调研报告不少于20份。")).not.toEqual([]);
  });
});

describe("a breakdown run over its clauses (xtargets22, issue 9)", () => {
  it("reads every part after 其中 in the unit of its first part as the total's breakdown", () => {
    expect(find("新增学位6000个，其中幼儿园学位800个，小学学位3200个，初中学位2000个。")).toEqual(["= 6000 个"]);
    expect(find("培训新型农民12万人，其中电商培训3万人，技能培训9万人。")).toEqual(["= 12 万人"]);
  });
  it("keeps another count after the breakdown, and a planned part", () => {
    expect(find("新增学位3000个，其中公办学位2000个，新建学校5所。")).toEqual(["= 3000 个", "= 5 所"]);
    expect(find("新增学位3000个，其中公办学位2000个，年内再新增民办学位500个。")).toEqual(["= 3000 个", "= 500 个"]);
  });
});

describe("the number of a plan's own tasks (xtargets22, issue 9)", () => {
  it("reads a plain count of the plan's tasks as its size, a quota of them with a floor as a target", () => {
    expect(find("围绕强县建设8项重点任务，编制项目清单")).toEqual([]);
    expect(find("梳理形成任务清单36项")).toEqual([]);
    expect(find("各镇至少申报3项重点工作")).toEqual([">= 3 项"]);
    expect(find("年内完成改革任务6项")).toEqual(["= 6 项"]);
  });
});

describe("one of each place (xtargets22, issue 9)", () => {
  it("reads every place having one as coverage, building one or a floor as a target", () => {
    expect(find("力争每个街道都有一所标准化社区学校")).toEqual([]);
    expect(find("做到每一个行政村有一个综合文化服务中心")).toEqual([]);
    expect(find("每个乡镇都建有1所公办中心幼儿园")).toEqual(["= 1 所"]);
    expect(find("每个乡镇至少有一所寄宿制学校")).toEqual([">= 1 所"]);
  });
});

describe("durations that describe (xtargets22, issue 9)", () => {
  it("reads the length of a programme and the walk to a place as no time to keep to", () => {
    expect(find("录制时长30分钟的安全教育专题片")).toEqual([]);
    expect(find("城区居民步行15分钟即可到达健身场地")).toEqual([]);
    expect(find("每天户外活动时间不少于2小时")).toEqual([">= 2 小时"]);
  });
});

describe("sizes of a work (xtargets22, issue 9)", () => {
  it("reads the length of what is laid or built as its size, the site it stands on as none", () => {
    expect(find("改造城区雨水管网，全长约2.6公里")).toEqual(["= 2.6 公里"]);
    expect(find("新建综合服务中心，占地12亩")).toEqual([]);
    expect(find("推进占地80亩的物流园建设")).toEqual([]);
    expect(find("新建教学楼，总建筑面积5200平方米")).toEqual(["= 5200 平方米"]);
  });
});

describe("pieces each body hands in (xtargets22b, issue 9)", () => {
  it("reads written pieces each body hands in without a floor as the rule of a collection; a floor, a quota named by its work or a plain count stays", () => {
    expect(find("各年级每班上交手抄报3份")).toEqual([]);
    expect(find("各班推选2篇优秀日记参加评比")).toEqual([]);
    expect(find("期末每位老师整理出1-2篇教学反思")).toEqual([]);
    expect(find("每位教师每学期撰写教学随笔不少于10篇")).toEqual([">= 10 篇"]);
    expect(find("全年在市级以上媒体刊发宣传稿件不少于60篇")).toEqual([">= 60 篇"]);
    expect(find("每位教师提交3篇论文")).toEqual(["= 3 篇"]);
    expect(find("年内新增优秀课例资源40件")).toEqual(["= 40 件"]);
  });
});

describe("findTargets: texts without the signs a pattern needs", () => {
  it("reads Chinese numerals in a text without digits", () => {
    expect(find("新建三所乡村学校，培训骨干教师两百名")).toEqual(["= 3 所", "= 200 名"]);
    expect(find("推进校园文化建设")).toEqual([]);
  });

  it("reads a ratio only beside a colon sign, and leaves out a baseline after its label", () => {
    expect(find("生师比不高于15∶1")).toEqual(["<= 1 ratio"]);
    expect(find("现状：全镇共有托育点12个。目标：新增托育点4个")).toEqual(["= 4 个"]);
    expect(find("存在以下两方面问题：食堂设备老化8台；目标：更新设备6台")).toEqual(["= 6 台"]);
  });

  it("quotes a target's text without the spaces between its words", () => {
    const st = Stitched.of("完成 12 所 学校 改造", 0, 13);
    expect(findTargets(st).map((t) => t.text)).toEqual(["完成12所"]);
  });
});

describe("events counted each time held, and what a plan means to develop (xtargets24)", () => {
  it("reads 项次 as its own unit", () => {
    expect(find("全年举办各类青少年竞赛活动达到45项次以上")).toEqual([">= 45 项次"]);
    expect(find("完成专项检查12项")).toEqual(["= 12 项"]);
  });
  it("reads a planned development's figures, a list of them in one sentence", () => {
    expect(find("拟发展茶叶4200亩，中药材860亩，花卉1500亩。")).toEqual(["= 4200 亩", "= 860 亩", "= 1500 亩"]);
    // (发展 alone is no verb of a count)
    expect(find("促进学生全面发展，年级共有12个班。")).toEqual([]);
  });
});

describe("days each body is given (xtargets24)", () => {
  it("drops the days per place of a visit, keeps days per period and a floor", () => {
    expect(find("每个乡镇验收时间为2天。")).toEqual([]);
    expect(find("图书室每周开放6天。")).toEqual(["= 6 天"]);
    expect(find("每校培训不少于3天。")).toEqual([">= 3 天"]);
  });
});

describe("events counted in words, and results said as high as (xtargets24)", () => {
  it("reads 场 counted in words after a verb of holding", () => {
    expect(find("分三片办理四场家长学校讲座。")).toEqual(["= 4 场"]);
    expect(find("举办两场消防演练。")).toEqual(["= 2 场"]);
    expect(find("一场大雨过后，全面检查校舍。")).toEqual([]);
  });
  it("drops a figure said to run as high as (高达), keeps the one promised", () => {
    expect(find("上学期作业公示率高达97.5%，本学期力争达到100%。")).toEqual([">= 100 %"]);
  });
  it("reads harvests in 亿斤, an acreage to develop, a count naming whose figure its clause reaches, weights and included parts (xtargets26)", () => {
    expect(find("确保粮食播种面积120万亩，产量稳定在9.5亿斤左右")).toEqual(["= 120 万亩", "= 9.5 亿斤"]);
    expect(find("发展设施蔬菜8万亩。")).toEqual(["= 8 万亩"]);
    expect(find("3个产业园实现产值40亿元以上，4个加工园加工产值达60亿元以上。")).toEqual([">= 40 亿元", ">= 60 亿元"]);
    expect(find("新建村级广播室12个、乡镇分控中心3个")).toEqual(["= 12 个", "= 3 个"]);
    expect(find("1.每学期召开专题会议，出席次数达3次以上。(4%)")).toEqual([">= 3 次"]);
    expect(find("2.项目经费执行率达95%以上(3%)。")).toEqual([">= 95 %"]);
    expect(find("学前三年毛入园率（95%）")).toEqual(["= 95 %"]);
    expect(find("新建改扩建幼儿园40所(含甲县5所)。")).toEqual(["= 40 所"]);
    expect(find("各组开展一周一述职。")).toEqual(["= 1 次"]);
    expect(find("推进产教融合，挂牌成立12个实训基地。")).toEqual(["= 12 个"]);
    expect(find("开展课后托管试点，其中城区20所小学全面托管，各县启动6所试点小学。")).toEqual(["= 6 所"]);
    expect(find("建成阅读中心20个，其中城区建成8个，乡镇建成12个。")).toEqual(["= 20 个"]);
  });
});

describe("Chinese-numeral counts of things, money and time, 超 and fractions (xcnnum)", () => {
  it("reads 套 幅 台 元 小时 分钟 in Chinese numerals where the Arabic count is read", () => {
    expect(find("为每个教学点配备一套应急照明设备。")).toEqual(["= 1 套"]);
    expect(find("在校门口悬挂一幅交通安全宣传横幅。")).toEqual(["= 1 幅"]);
    expect(find("为图书室购置两台电脑。")).toEqual(["= 2 台"]);
    expect(find("每位学员缴纳三十元资料费。")).toEqual(["= 30 元"]);
    expect(find("保证学生每天一小时户外活动。")).toEqual(["= 1 小时"]);
    expect(find("每节课后安排十分钟休息。")).toEqual(["= 10 分钟"]);
  });
  it("reads none where the Arabic count would not be read either, and keeps the stricter rules of 次 个 批", () => {
    expect(find("用一台投影仪播放宣传片。")).toEqual([]);
    expect(find("午休一小时。")).toEqual([]);
    expect(find("开展一次消防安全检查。")).toEqual([]);
    expect(find("培养一批青年骨干教师。")).toEqual([]);
    expect(find("围绕一个目标，建立一套机制。")).toEqual([]);
  });
  it("reads money per head as no roster allocation", () => {
    expect(routineOf(findTargets(Stitched.of("每名队员补助50元。", 0, 9))[0])).toBeUndefined();
    expect(routineOf(findTargets(Stitched.of("每班安排3名教师。", 0, 9))[0])).toBe("allocation");
  });
  it("reads 超 right before a figure as more than, 不超 as at most", () => {
    expect(find("全镇农业产值超800万元。")).toEqual(["> 800 万元"]);
    expect(find("举办面积超2万平方米的农产品博览会")).toEqual(["> 2 万平方米"]);
    expect(find("每班人数不超45人")).toEqual(["<= 45 人"]);
    expect(find("超额完成任务")).toEqual([]);
  });
  it("reads no 超 figure that picks out a kind by its size", () => {
    expect(find("扶持一批超5亿元的龙头企业")).toEqual([]);
    expect(find("超50人的班级实行分组教学")).toEqual([]);
  });
  it("reads a fraction under a bound as a percentage, and none without a bound", () => {
    expect(find("参训教师不少于全体教师的四分之三。")).toEqual([">= 75 %"]);
    expect(find("家访覆盖面要达到学生总数的三分之二")).toEqual([">= 66.7 %"]);
    expect(find("约三分之一的学生住校。")).toEqual([]);
  });
});

describe("Chinese-numeral 元 and 套 in words (xcnnum)", () => {
  it("reads no money in 二元结构 or a place name, and no count in a set of rules", () => {
    expect(find("逐步消除城乡二元结构")).toEqual([]);
    expect(find("为三元区各校配备心理咨询室")).toEqual([]);
    expect(find("制定一套完整的考核办法")).toEqual([]);
  });
});

describe("those an award is given to, counted before it (xevents)", () => {
  it("reads each count of the awarded list, not a count with no award after it", () => {
    expect(find("由校领导为优秀学生干部12名、三好学生30名颁奖。")).toEqual(["= 12 名", "= 30 名"]);
    expect(find("向先进班级5个颁发流动红旗。")).toEqual(["= 5 个"]);
    expect(find("校长为大家讲话10分钟。")).toEqual([]);
  });
});
