// A task's name: its sentence while short, its leading clauses when long, the lead phrase of a run-on
// enumeration's point (invented sentences).
import { describe, expect, it } from "vitest";
import { extractPlan } from "../index.js";
import { clauseCutEnd, leadPhraseEnd, leadTimeEnd, longCellNameEnd, purposeEnd } from "./titleCut.js";

const cut = (t: string) => {
  const end = clauseCutEnd(t);
  return end ? t.slice(0, end) : t;
};
const lead = (title: string, point: string) => {
  const end = leadPhraseEnd(title, point);
  return end ? title.slice(0, end) : title;
};

describe("clauseCutEnd: where a sentence too long to name a task is cut", () => {
  it("keeps a sentence of up to 40 characters whole", () => {
    expect(cut("组织开展校园环境整治，更新教学楼消防器材")).toBe("组织开展校园环境整治，更新教学楼消防器材");
  });

  it("cuts a long sentence at the first clause end past its middle", () => {
    const t = "餐厅管理由后勤组统一负责，每周检查一次操作间卫生，每月公布一次食材采购台账，发现问题当天整改到位";
    expect(cut(t)).toBe("餐厅管理由后勤组统一负责，每周检查一次操作间卫生");
  });

  it("never cuts inside quotes, a cited title or a time of day", () => {
    const t = "各班围绕“读书，明理，励志”开展主题班会，9:30前上报活动照片，由德育处汇总后于周五前在校园网集中展示";
    expect(cut(t)).toBe("各班围绕“读书，明理，励志”开展主题班会，9:30前上报活动照片");
  });

  it("names a very long sentence by the label before its colon", () => {
    const t = "图书室管理：每周二、周四下午向学生开放，借阅登记由图书管理员负责，新到图书当月编目上架，破损图书每学期集中修补一次，寒暑假前清点全部馆藏并登记造册";
    expect(cut(t)).toBe("图书室管理");
  });

  it("cuts off a clause naming by example the projects or channels the work goes through, however short", () => {
    expect(cut("推进智慧校园建设，重点抓好录播教室、校园广播改造等项目")).toBe("推进智慧校园建设");
    expect(cut("做好招生政策解读，通过班级群、校园公众号等渠道向家长推送")).toBe("做好招生政策解读");
    // (a list in the name's own first clause stays)
    expect(cut("对初一、初二等年级开展体质抽测")).toBe("对初一、初二等年级开展体质抽测");
  });

  it("cuts off a further step joined by 并, however short, where it comes before any other cut (xtitles)", () => {
    expect(cut("布置好签到台，并安排两名志愿者引导来宾")).toBe("布置好签到台");
    expect(cut("各年级于3月10日前汇总报名表，并将名单报送教务处")).toBe("各年级于3月10日前汇总报名表");
    // (a clause of its own before it stays in a long name; a long sentence's own cut comes first)
    expect(cut("整理图书室借阅台账，核对缺损书目并补购，登记新书编号，并于学期末前向全体师生公布借阅排行和图书室开放时间")).toBe(
      "整理图书室借阅台账，核对缺损书目并补购，登记新书编号",
    );
    // (not 并非/并不, nor a word of 并: 并重, 并举)
    expect(cut("家校共育与课堂教学，并重推进")).toBe("家校共育与课堂教学，并重推进");
    expect(cut("本次检查为常规抽查，并非专项督导")).toBe("本次检查为常规抽查，并非专项督导");
    // (nor one inside quotes)
    expect(cut("开展“读好书，并分享”主题活动")).toBe("开展“读好书，并分享”主题活动");
  });

  it("cuts off a prohibition that spells out the work its first clause names, however short (xtitles)", () => {
    expect(cut("规范使用实验室器材，严禁私自带出实验室")).toBe("规范使用实验室器材");
    expect(cut("参观期间听从讲解员安排，不得擅自离队，不能触摸展品")).toBe("参观期间听从讲解员安排");
    // (not a prohibition after a later clause, nor an aim: 杜绝…)
    expect(cut("图书由管理员登记，按班级通知归还，不得转借")).toBe("图书由管理员登记，按班级通知归还，不得转借");
    expect(cut("严格执行作业公示制度，杜绝超量布置")).toBe("严格执行作业公示制度，杜绝超量布置");
  });

  it("never leaves a name that only states a condition: the clause after it belongs to the name", () => {
    const t = "值日教师如为新进教师（含代课教师，如外聘或兼职等），请务必经教研组长确认后再签到上岗";
    expect(cut(t)).toBe(t);
    expect(cut("校车如遇恶劣天气临时停运（含雨雪天气，如暴雨或冰冻等），请各班及时通知家长，由政教处统一安排")).toBe(
      "校车如遇恶劣天气临时停运（含雨雪天气，如暴雨或冰冻等），请各班及时通知家长",
    );
  });

  it("keeps a sentence whose clause ends all lie before its middle and is too long to cut otherwise", () => {
    expect(clauseCutEnd("完善课后服务，落实教师轮值和家长接送登记并对托管学生的作业完成情况逐日记录和反馈家长")).toBe(0);
  });
});

describe("leadPhraseEnd: the lead phrase of a point of a run-on enumeration", () => {
  it("names a point that runs on to the next one in its sentence by its lead phrase", () => {
    expect(lead("压实安全责任，切实把隐患排查放在首位", "压实安全责任，切实把隐患排查放在首位；二要加强值守，确保节日平稳")).toBe("压实安全责任");
  });

  it("names a long point by its lead phrase", () => {
    const t = "抓好工程进度，对照时间表倒排工期，明确每个节点的责任人和完成时限，确保暑期完工";
    expect(lead(t, `${t}。`)).toBe("抓好工程进度");
  });

  it("keeps a short point that is a sentence of its own whole", () => {
    expect(lead("提升服务意识，优化办事流程", "提升服务意识，优化办事流程。要深入基层听取意见")).toBe("提升服务意识，优化办事流程");
  });
});

describe("task names in a plan", () => {
  it("names the points of a meeting's run-on 一要/二要 by their lead phrases", async () => {
    const { plan } = await extractPlan(
      ["溪山县教育局召开安全工作会议", "会议强调，一要压实安全责任，切实把隐患排查放在首位；二要加强节日值守，确保假期校园平稳；三要做好应急准备，完善各类预案。"].join("\n"),
      { filename: "x.txt" },
    );
    // (the last point, closed by a full stop, is named like the points before it: xnews19)
    expect(plan.tasks.map((t) => t.title)).toEqual(["压实安全责任", "加强节日值守", "做好应急准备"]);
  });
});

describe("leadTimeEnd: a clause that only says when opens no name", () => {
  const name = (t: string) => t.slice(leadTimeEnd(t));
  it("skips a date, a span of dates or a time of day before the task", () => {
    expect(name("5月12日至13日，七年级新生分批报到")).toBe("七年级新生分批报到");
    expect(name("2031年6月3日：召开毕业班家长会")).toBe("召开毕业班家长会");
    expect(name("115年3月2日：教師研習報到")).toBe("教師研習報到");
    expect(name("下午3:40，各班打扫包干区")).toBe("各班打扫包干区");
    expect(name("在6月20日前，各校上报暑期值班表")).toBe("各校上报暑期值班表");
  });

  it("skips a day in slashes with its weekday and hour, as a Taiwanese notice dates it", () => {
    expect(name("115/3/9(一)上午8點起，開放各處室登記會議室")).toBe("開放各處室登記會議室");
    expect(name("4/18（五）前，各班繳交校外教學名冊")).toBe("各班繳交校外教學名冊");
    // (a fraction or a score in slashes with no comma after it stays)
    expect(name("1/3班級完成換座位")).toBe("1/3班級完成換座位");
  });

  it("skips a time of day run into the task with no mark after it", () => {
    expect(name("7:40召开晨会")).toBe("召开晨会");
    expect(name("15:30左右各班活动结束")).toBe("各班活动结束");
  });

  it("keeps a weekday (it dates a week's task), an event and a short remainder", () => {
    expect(name("周三下午3:30，全体教师集中学习")).toBe("周三下午3:30，全体教师集中学习");
    expect(name("开学典礼结束，各班返回教室")).toBe("开学典礼结束，各班返回教室");
    expect(name("6月1日，放假")).toBe("6月1日，放假");
    expect(name("3月5日起实行夏季作息")).toBe("3月5日起实行夏季作息");
  });
});

describe("purposeEnd: what the work is for opens no name (xreal27)", () => {
  const name = (t: string) => t.slice(purposeEnd(t));
  it("skips the purpose's clauses to the clause a body opens with its 将/要, the body and its modal left out", () => {
    expect(name("为了保障考试安全，及时应对突发情况，在日常巡查之外，教务处还将在考试期间增派监考人员。")).toBe("在考试期间增派监考人员。");
    expect(name("为加强午餐管理，各班要安排两名值日生维持秩序。")).toBe("安排两名值日生维持秩序。");
  });

  it("skips a clause that only frames the work (…的同时, 在…外)", () => {
    expect(name("为了改善阅读环境，学校在添置图书的同时，向社区征集旧书，建立班级书角。")).toBe("向社区征集旧书，建立班级书角。");
  });

  it("keeps a sentence where no clause says the work apart from the purpose, or too little follows", () => {
    expect(name("为确保活动顺利，成立活动领导小组。")).toBe("为确保活动顺利，成立活动领导小组。");
    expect(name("为规范借用，逾期未归还者，后勤处将予以停权一周。")).toBe("为规范借用，逾期未归还者，后勤处将予以停权一周。");
    expect(name("为提高使用效率，请提前三天预约场地。")).toBe("为提高使用效率，请提前三天预约场地。");
    expect(name("为期两周，各班要轮流值日。")).toBe("为期两周，各班要轮流值日。");
    expect(name("为方便家长，学校将开放。")).toBe("为方便家长，学校将开放。");
    expect(name("为规范借用，逾期未归还者，后勤处将予以停权一周。")).toBe("为规范借用，逾期未归还者，后勤处将予以停权一周。");
    expect(name("为提高使用效率，请提前三天预约，逾期未取消者，后勤处将予以停权一周。")).toBe("为提高使用效率，请提前三天预约，逾期未取消者，后勤处将予以停权一周。");
  });
});

// What the golds of every corpus do with a task's opening doer and time (counted over all of them):
// a doer opening the sentence stays (46 kept, 1 dropped), and so does a doer's own deadline inside its
// clause ("X在6月10日前完成…": 12 kept, 4 dropped); a clause that only says when is dropped (23 to 2).
describe("a doer and a time opening a task's sentence", () => {
  it("keeps the doer and its deadline inside the clause, drops a clause that only says when", async () => {
    const { plan } = await extractPlan(
      Buffer.from(
        [
          "某某中学2031年读书节活动方案",
          "一、筹备工作",
          "1.各年级在6月10日前完成参演节目的报送。",
          "2.总务处负责采购读书节所需的奖品和器材。",
          "3.6月12日上午，全体评委召开赛前培训会。",
          "二、活动安排",
          "1.语文教研组于6月15日组织课本剧展演。",
          "2.6月18日至19日，各班开展好书交换活动。",
        ].join("\n"),
      ),
      { filename: "x.txt" },
    );
    expect(plan.tasks.map((t) => t.title)).toEqual([
      "各年级在6月10日前完成参演节目的报送",
      "总务处负责采购读书节所需的奖品和器材",
      "全体评委召开赛前培训会",
      "语文教研组于6月15日组织课本剧展演",
      "各班开展好书交换活动",
    ]);
  });
});

describe("a stage's period dated with its year closes its name", () => {
  it("leaves a year-and-month bracket out of a stage's name, keeps a bare month's", async () => {
    const { plan } = await extractPlan(
      [
        "关于开展校园安全专项行动的通知",
        "一、实施步骤",
        "（一）宣传发动阶段（2031年3月底前）。各校制定具体方案，明确任务分工。",
        "（二）集中整治阶段（2031年4月—2032年6月）。各校按照方案开展排查整治。",
        "（三）总结提升阶段（2032年7月—9月）。各校总结经验做法并报送。",
        "（四）复查阶段（10月下旬）。各校对照清单复查。",
      ].join("\n"),
      { filename: "stages.txt" },
    );
    expect(plan.tasks.map((t) => t.title)).toEqual(["宣传发动阶段", "集中整治阶段", "总结提升阶段", "复查阶段（10月下旬）"]);
    expect(plan.tasks[1].deadlines.map((d) => d.by)).toEqual(["2032-06"]);
  });
});

describe("a breakdown after the name", () => {
  it("cuts a sentence before its ，其中 clause, however short", () => {
    expect(cut("全县新增城镇就业3000人以上，其中困难人员再就业500人以上")).toBe("全县新增城镇就业3000人以上");
    expect(cut("各校开展课后服务，其中小学全覆盖")).toBe("各校开展课后服务");
    expect(cut("其中，初中开设社团不少于20个，小学不少于15个，每周活动两次，学期末组织一次集中展示")).toBe("其中，初中开设社团不少于20个，小学不少于15个");
  });
});

describe("a character a wrong charset lost, printed as ?", () => {
  it("ends no name: doubled, or before a reading's Latin letters; a question mark before Chinese does", async () => {
    const { plan } = await extractPlan(
      [
        "教学研究制度",
        "1、教师每学期向?qū)W校提供一个教学实践中遇到的值得探讨的问题。",
        "2、考试期间确??纪律严明，对于考试中出现的突发情况应及时报告。",
        "3、教师要做好什么?请各校自定。",
      ].join("\n"),
      { filename: "x.txt" },
    );
    expect(plan.tasks.map((t) => t.title)).toEqual([
      "教师每学期向?qū)W校提供一个教学实践中遇到的值得探讨的问题",
      "考试期间确??纪律严明，对于考试中出现的突发情况应及时报告",
      "教师要做好什么",
    ]);
  });
});

describe("longCellNameEnd: a table cell that copies a report's paragraph of work whole", () => {
  const cell =
    "全面推进校舍安全隐患整治，抓紧完成老旧教学楼抗震加固，二级以上风险点位应改尽改、应查尽查，全面完成消防设施更新，守好安全底线；" +
    "新建学生食堂投入使用，城南小学加快建设，改扩建乡镇中心幼儿园，提升村小办学条件；深入开展阳光体育运动，举办全县中小学生运动会，创建省级平安校园。";

  it("is named by its lead phrase", () => {
    expect(cell.slice(0, longCellNameEnd(cell))).toBe("全面推进校舍安全隐患整治");
  });

  it("keeps a cell short enough to be a name, or one of a single sentence, whole", () => {
    expect(longCellNameEnd("期中考试；期中总结；班主任工作例会（期中工作交流）；读书节系列活动")).toBe(0);
    expect(longCellNameEnd(cell.replace(/；/g, "，"))).toBe(0);
  });

  it("names the one row of a task table copied one cell a line by its lead phrase", async () => {
    const { plan } = await extractPlan(["具体任务", cell, "责任单位", "教体局、住建局", "配合单位", "各乡镇", "完成时限", "12月底前取得明显成效"].join("\n"), { filename: "x.txt" });
    expect(plan.tasks.map((t) => t.title)).toEqual(["全面推进校舍安全隐患整治"]);
  });

  it("names an item of work by its first clause where its long sentence goes on to the figures it is to reach, not under a part of indicators (xtargets26)", async () => {
    const items = [
      "1.新建、改扩建中小学幼儿园6所，新增班级96个，学位3200个。",
      "2.深入推进普惠性幼儿园建设，学前三年毛入园率达到92%，公办园在园幼儿占比达到55%，普惠性幼儿园覆盖率达到85%以上。",
      "3.扎实推进“全国中小学生视力健康示范区”建设，力争在2031年底实现教室照明达标率100%。",
    ];
    const work = await extractPlan(["某区教体局2031年工作计划", "一、2031年重点项目", ...items].join("\n"), { filename: "x.txt" });
    expect(work.plan.tasks.map((t) => t.title)).toEqual(["新建、改扩建中小学幼儿园6所，新增班级96个，学位3200个", "深入推进普惠性幼儿园建设", "扎实推进“全国中小学生视力健康示范区”建设"]);
    expect(work.plan.tasks[1].targets.map((x) => x.value)).toEqual([92, 55, 85]);
    const goals = await extractPlan(["某区教体局2031年工作计划", "一、主要指标", ...items, "二、重点工作", "1.推进集团化办学。"].join("\n"), { filename: "x.txt" });
    expect(goals.plan.tasks.map((t) => t.title)).toContain("深入推进普惠性幼儿园建设，学前三年毛入园率达到92%，公办园在园幼儿占比达到55%");
  });
});

describe("an item closed by a bracket of its units' names (xprose)", () => {
  it("is named without the bracket, which gives its lead; a name made of documents' titles is whole however long", async () => {
    const { plan } = await extractPlan(
      [
        "溪川县水利局普法责任清单",
        "一、重点普法内容及责任部门",
        "（一）《中华人民共和国水法》（全局各单位、各部门）",
        "（二）《溪川县河道管理条例》（河湖管理科）",
        "（三）《溪川县水土保持办法》《溪川县节约用水管理规定》《溪川县农村供水工程运行管理办法》《溪川县水利工程质量监督规定（试行）》（水土保持站）",
        "（四）整修防洪堤坝（工程管理科、县水利工程队）",
      ].join("\n"),
      { filename: "x.txt" },
    );
    expect(plan.tasks.map((t) => t.title)).toEqual([
      "《中华人民共和国水法》",
      "《溪川县河道管理条例》",
      "《溪川县水土保持办法》《溪川县节约用水管理规定》《溪川县农村供水工程运行管理办法》《溪川县水利工程质量监督规定（试行）》",
      "整修防洪堤坝",
    ]);
    expect(plan.tasks.map((t) => t.lead.join())).toEqual(["全局各单位,各部门", "河湖管理科", "水土保持站", "工程管理科,县水利工程队"]);
  });
  it("keeps a bracket that names no body", async () => {
    const { plan } = await extractPlan(["某校2031年工作要点", "一、重点工作", "1.开设兴趣课程（书法、围棋）", "2.组织春季运动会（第三届）"].join("\n"), { filename: "x.txt" });
    expect(plan.tasks.map((t) => t.title)[1]).toBe("组织春季运动会（第三届）");
  });
});

describe("an excerpt cut inside its last item's first sentence (xprose)", () => {
  it("names that item by its first clause: how long the sentence ran is unknown", async () => {
    const lines = ["溪川县2031年水利工作要点", "一、强化组织领导", "（一）全面落实河湖长制工作责任。", "（二）持续推进水利工程标准化管理，不断提升工程运行维护水平和防汛抗旱安全保障能力，深入落实水利工程管理单位主体责任"];
    const { plan } = await extractPlan(lines.join("\n"), { filename: "x.txt" });
    expect(plan.tasks.map((t) => t.title)).toEqual(["全面落实河湖长制工作责任", "持续推进水利工程标准化管理"]);
    // (a last item whose sentence is whole, or short enough to name it whole, is named as any other)
    const whole = await extractPlan([...lines.slice(0, 3), "（二）持续推进水利工程标准化管理，不断提升工程运行维护水平和防汛抗旱安全保障能力，深入落实水利工程管理单位主体责任。"].join("\n"), { filename: "x.txt" });
    expect(whole.plan.tasks[1].title).toBe("持续推进水利工程标准化管理，不断提升工程运行维护水平和防汛抗旱安全保障能力");
  });
});

describe("an excerpt cut inside the document's title its last item opens with (xprose)", () => {
  it("drops that item: half a title names no document", async () => {
    const lines = ["溪川县水利局普法责任清单", "一、重点普法内容及责任部门", "（一）《中华人民共和国水法》（政策法规科）", "（二）《溪川县河道管理条例》（河湖管理科）"];
    const cut = await extractPlan([...lines, "（三）《中华人民共"].join("\n"), { filename: "x.txt" });
    expect(cut.plan.tasks.map((t) => t.title)).toEqual(["《中华人民共和国水法》", "《溪川县河道管理条例》"]);
    const whole = await extractPlan([...lines, "（三）《溪川县节约用水办法》"].join("\n"), { filename: "x.txt" });
    expect(whole.plan.tasks).toHaveLength(3);
  });
});
