// Task level choice on invented plans: the level that names its units holds the tasks.
import { describe, expect, it } from "vitest";
import { extractPlan } from "../index.js";

const tasksOf = async (text: string) => (await extractPlan(text, { filename: "x.txt" })).plan.tasks;
const row = (t: { no: string; section: string | null; title: string; lead: string[]; co: string[]; measures: number }) =>
  [t.no, t.section, t.title, t.lead.join("、"), t.co.join("、"), t.measures].join("|");

describe("task level", () => {
  it("takes （一） items as tasks when their 1. 2. lines are closed by one unit line", async () => {
    const text = [
      "青禾市教育局2026年工作要点",
      "一、加强党的建设",
      "（一）强化理论学习",
      "1.组织专题读书班。",
      "2.开展青年理论宣讲。",
      "牵头单位：机关党委；配合单位：人事科",
      "（二）推进清廉学校建设",
      "1.开展廉政警示教育。",
      "2.建立廉政档案。",
      "3.逐级签订责任书。",
      "牵头单位：纪检组；配合单位：财务科、各区（县、市）教育局",
      "二、推进学前教育",
      "（一）扩大普惠资源",
      "1.新建幼儿园2所。",
      "2.新增学位300个。",
      "牵头单位：学前科",
    ].join("\n");
    expect((await tasksOf(text)).map(row)).toEqual([
      "一|一|强化理论学习|机关党委|人事科|2",
      "二|一|推进清廉学校建设|纪检组|财务科、各区（县、市）教育局|3",
      "一|二|扩大普惠资源|学前科||2",
    ]);
  });

  it("keeps 1. items as tasks when they carry their own units", async () => {
    const text = [
      "青禾县教育局2026年工作要点",
      "一、加强党的建设",
      "1.强化理论学习。组织专题读书班。（牵头单位：办公室）",
      "2.推进清廉学校建设。开展警示教育。（牵头单位：纪检组）",
      "二、推进学前教育",
      "1.扩大普惠资源。新建幼儿园2所。（牵头单位：学前股；配合单位：计财股）",
    ].join("\n");
    expect((await tasksOf(text)).map(row)).toEqual([
      "1|一|强化理论学习|办公室||0",
      "2|一|推进清廉学校建设|纪检组||0",
      "1|二|扩大普惠资源|学前股|计财股|0",
    ]);
  });

  it("reads 一是/二是 paragraphs with their own units as tasks, and skips the closing requirements", async () => {
    const text = [
      "青禾县2026年教育工作要点",
      "一、提升育人质量",
      "一是深化课堂改革。推广小组合作学习。（牵头单位：教研室；配合单位：基教股）",
      "二是加强劳动教育。建设劳动基地5个。（牵头单位：德育股）",
      "二、加强队伍建设",
      "一是抓好教师培训。培训教师900人次以上。（牵头单位：人事股；配合单位：人事股、教研室、教研室）",
      "三、工作要求",
      "一是要加强领导，各单位主要负责人亲自抓；二是要强化督查，每季度通报一次。",
      "青禾县教育局",
      "2026年2月9日",
    ].join("\n");
    const tasks = await tasksOf(text);
    expect(tasks.map(row)).toEqual([
      "一|一|深化课堂改革|教研室|基教股|0",
      "二|一|加强劳动教育|德育股||0",
      "一|二|抓好教师培训|人事股|人事股、教研室|0",
    ]);
    expect(tasks.flatMap((t) => t.deadlines)).toEqual([]);
  });

  it("keeps 1. items numbered straight through （一） headings as tasks", async () => {
    const text = ["青禾县2026年教育工作要点", "一、重点任务", "（一）党建", "1.强化学习。内容。", "2.推进清廉。内容。", "（二）教学", "3.深化课改。内容。", "4.加强教研。内容。"].join("\n");
    expect((await tasksOf(text)).map((t) => `${t.no}|${t.section}`)).toEqual(["1|一", "2|一", "3|二", "4|二"]);
  });

  it("without units, takes heading-like （一） items as tasks when their 1. lines restart under each", async () => {
    const text = ["松川县2026年教育工作要点", "一、加强党建", "（一）强化理论武装", "1.组织专题学习。", "2.开展理论宣讲。", "（二）推进清廉建设", "1.开展警示教育。", "2.签订责任书。", "二、推进发展", "（一）扩大学前资源", "1.新建幼儿园3所。", "2.新增学位600个。"].join("\n");
    expect((await tasksOf(text)).map((t) => `${t.no}|${t.section}|${t.title}|${t.measures}`)).toEqual(["一|一|强化理论武装|2", "二|一|推进清廉建设|2", "一|二|扩大学前资源|2"]);
  });

  it("finds no tasks in a speech that assigns nothing", async () => {
    const text = [
      "在全市2026年春季开学工作会议上的讲话",
      "（2026年2月20日）",
      "同志们：",
      "今天召开会议，我讲三点意见。",
      "一、认清形势",
      "（一）要在提高质量上下功夫。力争到2028年建成教育强市。",
      "（二）要在安全稳定上下功夫。确保全年不发生重大事故。",
      "二、狠抓落实",
      "谢谢大家！",
    ].join("\n");
    const { plan, warnings } = await extractPlan(text, { filename: "s.txt" });
    expect(plan.tasks).toEqual([]);
    expect(warnings.some((w) => w.includes("讲话"))).toBe(true);
  });
});

describe("document furniture after the last task", () => {
  it("ends the last task before 抄送 and 印发 lines", async () => {
    const text = [
      "云岭县教育局2031年为民办实事项目",
      "1. 改造食堂。完成8所学校食堂改造。（牵头单位：后勤科；完成时限：2031年9月底）",
      "2. 送教上门。为30名残疾儿童送教上门。（牵头单位：特教中心；完成时限：2031年12月底）",
      "抄送：县委办、县政府办。",
      "云岭县教育局办公室      2031年3月2日印发",
    ].join("\n");
    const tasks = await tasksOf(text);
    expect(tasks.map((t) => t.deadlines.map((d) => d.by))).toEqual([["2031-09"], ["2031-12"]]);
    expect(tasks[1].body).not.toMatch(/抄送|印发/);
  });

  it("takes bold unnumbered lead sentences with units as tasks under 一、 sections", async () => {
    const md = [
      "# 青禾省2026年教育工作要点",
      "**一、夯实基础教育**",
      "**扩大托育服务供给。**新建托育点12个。（学前处牵头，财务处、规划处配合）",
      "**改善农村校舍条件。**完成薄弱校舍改造。（基建处牵头）",
      "**二、提升教师素质**",
      "**实施骨干教师培养。**培养骨干教师300名。（师资处牵头，人事处配合）",
    ].join("\n");
    const tasks = (await extractPlan(md, { filename: "x.md" })).plan.tasks;
    expect(tasks.map(row)).toEqual([
      "1|一|扩大托育服务供给|学前处|财务处、规划处|0",
      "2|一|改善农村校舍条件|基建处||0",
      "3|二|实施骨干教师培养|师资处|人事处|0",
    ]);
  });

  it("takes （1） items as tasks when a responsibility line follows each", async () => {
    const text = [
      "青禾区教育局2026年教学工作计划",
      "一、改进课堂教学",
      "（1）推广小组合作学习。每校建设示范班2个。",
      "分管领导：周 立    责任科室：教研室",
      "（2）规范课后服务。课后服务覆盖率达到100%。",
      "分管领导：周 立    责任科室：基教股、督导室",
      "二、加强教研",
      "（1）开展片区联合教研。每学期4次。",
      "分管领导：吴 一 凡    责任科室：教研室",
      "各责任科室要认真落实，每学期末报告工作情况。",
    ].join("\n");
    expect((await tasksOf(text)).map(row)).toEqual([
      "1|一|推广小组合作学习|教研室||0",
      "2|一|规范课后服务|基教股、督导室||0",
      "1|二|开展片区联合教研|教研室||0",
    ]);
  });

  it("finds no tasks in a notice whose numbered items are general requirements", async () => {
    const text = [
      "青禾县教育局",
      "关于做好2026年寒假安全工作的通知",
      "各中小学：",
      "为确保寒假期间师生安全，现就有关事项通知如下：",
      "一、提高思想认识。各校要充分认识假期安全工作的重要性。",
      "二、加强组织领导。各校校长是第一责任人，要明确分工。",
      "三、强化督查问责。局将开展专项检查，对工作不力的严肃追责。",
      "青禾县教育局",
      "2026年1月10日",
    ].join("\n");
    const { plan, warnings } = await extractPlan(text, { filename: "x.txt" });
    expect(plan.tasks).toEqual([]);
    expect(plan.title).toBe("关于做好2026年寒假安全工作的通知");
    expect(warnings.some((w) => /通知/.test(w))).toBe(true);
  });

  it("takes a target named in a task heading once when the text under it restates it", async () => {
    const text = ["青禾县2031年为民办实事项目清单", "一、新建乡镇公办幼儿园3所", "主要内容：在东部乡镇新建公办幼儿园3所，新增学位600个。", "责任单位：学前股", "二、改造农村学校食堂", "主要内容：改造食堂12个。", "责任单位：后勤中心"].join("\n");
    const tasks = (await extractPlan(text, { filename: "x.txt" })).plan.tasks;
    expect(tasks.map((t) => [t.no, t.title, t.lead.join("、"), t.targets.map((g) => `${g.value}${g.unit}`).join("、")].join("|"))).toEqual([
      "一|新建乡镇公办幼儿园3所|学前股|3所、600个",
      "二|改造农村学校食堂|后勤中心|12个",
    ]);
  });

  it("keeps the items of a notice that lists quantified projects", async () => {
    const text = ["青禾县教育局", "关于做好2031年民生实事项目建设工作的通知", "各学校：", "现就有关事项通知如下：", "一、新建城东幼儿园1所，新增学位360个。", "二、改造农村学校旱厕20座，6月底前完工。", "三、为全县中小学配备直饮水设备150台。", "青禾县教育局", "2031年3月1日"].join("\n");
    expect((await tasksOf(text)).map((t) => t.no)).toEqual(["一", "二", "三"]);
  });

  it("re-joins a unit name hard-wrapped after its label line", async () => {
    const text = ["青禾县教育局2031年工作要点", "一、改善办学条件", "1.新建幼儿园。新建公办幼儿园2所，新增学位500个，确保按期投入使用。", "牵头单位：县教育局计划财务股；配合单位：县教育局", "基础教育股", "2.改造校舍。完成农村学校校舍改造，消除危房隐患。", "牵头单位：县教育局后勤服务中心"].join("\n");
    expect((await tasksOf(text)).map(row)).toEqual(["1|一|新建幼儿园|县教育局计划财务股|县教育局基础教育股|0", "2|一|改造校舍|县教育局后勤服务中心||0"]);
  });

  it("takes bold lead sentences under short numbered headings as tasks even without units", async () => {
    const md = ["# 青禾县2031年教育工作要点", "一、夯实基础教育", "**扩大托育服务供给。**新建托育点12个。", "**改善农村校舍条件。**完成薄弱校舍改造。", "二、提升教师素质", "**实施骨干教师培养。**培养骨干教师300名。", "**加强师德建设。**开展师德专题教育。"].join("\n");
    const tasks = (await extractPlan(md, { filename: "x.md" })).plan.tasks;
    expect(tasks.map((t) => [t.no, t.section, t.title].join("|"))).toEqual(["1|一|扩大托育服务供给", "2|一|改善农村校舍条件", "3|二|实施骨干教师培养", "4|二|加强师德建设"]);
  });
});

describe("two-column and lead-in numbering", () => {
  it("counts two numbered measures set side by side on one line", async () => {
    const text = [
      "青禾市教育局2031年督导要点",
      "一、完善机制",
      "1.健全问责机制。落实督导报告制度。",
      "  （1）出台问责细则      （2）建立整改台账",
      "  （3）开展约谈",
      "（责任科室：督导科；配合科室：人事科）",
      "2.加强队伍建设。配齐专兼职督学。",
      "  （1）组织培训      （2）开展考核",
      "（责任科室：督导科）",
    ].join("\n");
    expect((await tasksOf(text)).map(row)).toEqual(["1|一|健全问责机制|督导科|人事科|3", "2|一|加强队伍建设|督导科||2"]);
  });
  it("leaves 一是/二是 out of a bold lead-in title", async () => {
    const text = [
      "青禾市教育局2031年工作要点",
      "一、压实责任",
      "**一是落实第一责任人制度。**各校建立负责制。（责任处室：基教处）",
      "**二是健全排查机制。**每月开展一次自查。（责任处室：体卫处）",
    ].join("\n");
    expect((await tasksOf(text)).map((t) => t.title)).toEqual(["落实第一责任人制度", "健全排查机制"]);
  });
});

describe("month-by-month schedules", () => {
  it("gives each item its month heading as deadline, crossing into the next year after 十二月", async () => {
    const text = [
      "青禾中学2031年下学期德育工作计划",
      "一、月度安排",
      "十一月：安全教育月",
      "1. 组织应急演练。全校师生参加。（责任部门：安全办）",
      "2. 召开家长会。11月20日前召开。（责任部门：政教处）",
      "十二月：感恩教育月",
      "1. 开展合唱比赛。（责任部门：团委）",
      "一月：总结月",
      "1. 完成综合素质评价。1月15日前完成录入。（责任部门：教务处）",
      "2. 评选优秀班主任。（责任部门：校办）",
      "二、常规工作",
      "1. 坚持文明班级评比。每周一次。（责任部门：政教处）",
      "2. 落实家访制度。每月至少一次。（责任部门：政教处）",
    ].join("\n");
    const tasks = await tasksOf(text);
    expect(tasks.map((t) => t.deadlines.map((d) => d.by).join(","))).toEqual(["2031-11", "2031-11-20", "2031-12", "2032-01-15", "2032-01", "", ""]);
  });
});

describe("month-by-month schedules saved with commas for line breaks", () => {
  it("reads \",三月,\" as the month heading, also with a label line between it and the items", async () => {
    const text = [
      "青禾幼儿园2031年园务工作计划",
      "青禾幼儿园2031年园务工作计划,新的一年已来临,给大家推荐一份,“年度工作计划”,把握全年工作!,",
      ",一月,",
      ",学期尾声,总结考核,常规事项:,",
      ",1、学期尾声,半年教学效果检验。,2、寒假安全、春节礼仪教育。,",
      ",二月,",
      ",春节寒假,规划全局,常规事项:,",
      ",1、插班生入园的准备。,2、新学期物品的采购和发放。,",
      ",季节性工作:,",
      ",1、预防春季传染病,注意空气消毒。,",
    ].join("\n");
    const tasks = await tasksOf(text);
    expect(tasks.map((t) => t.deadlines.map((d) => `${d.by}=${d.text}`).join(","))).toEqual([
      "2031-01=一月",
      "2031-01=一月",
      "2031-02=二月",
      "2031-02=二月",
      "2031-02=二月",
    ]);
  });
});

describe("month lines inside a task", () => {
  it("are the task's text, not schedule headings", async () => {
    const text = [
      "青禾县教育局2031年工作要点",
      "一、推进课后服务。全面开展课后服务。（牵头单位：基教股）",
      "3月：完成摸底；",
      "4月：全面推开。",
      "二、加强师资培训。开展全员培训。（牵头单位：人事股）",
    ].join("\n");
    const tasks = await tasksOf(text);
    expect(tasks.map((t) => t.title)).toEqual(["推进课后服务", "加强师资培训"]);
    expect(tasks[1].deadlines).toEqual([]);
  });
});

describe("wrapped texts: a closing unit bracket glued to the last measure, tab-separated measures, year-first month headings", () => {
  it("keeps the numbered items as tasks when the unit bracket ends their last measure line", async () => {
    const text = [
      "青禾市教育局2031年督导要点",
      "一、完善机制",
      "1.健全问责机制。落实督导报告制度。",
      "（1）出台教育督导问责实施细则\t（2）建立问题整改台账",
      "（责任科室：督导科；配合科室：人事科）",
      "2.加强队伍建设。配齐专兼职督学。",
      "（1）组织督学全员培训和履职考核工作，全面提升督学履职能力",
      "（责任科室：督导科）",
      "二、强化监测",
      "3.组织质量监测。完成监测任务。",
      "（责任科室：督导科）",
    ].join("\n");
    expect((await tasksOf(text)).map(row)).toEqual(["1|一|健全问责机制|督导科|人事科|2", "2|一|加强队伍建设|督导科||1", "3|二|组织质量监测|督导科||0"]);
  });
  it("reads 2032年1月： as a month heading in that year", async () => {
    const text = ["青禾中学2031年秋季学期工作计划", "一、月度安排", "十二月：", "1. 开展合唱比赛。（责任部门：团委）", "2032年1月：", "1. 完成评价。（责任部门：教务处）", "2. 评选班主任。（责任部门：校办）"].join("\n");
    expect((await tasksOf(text)).map((t) => t.deadlines.map((d) => d.by).join(","))).toEqual(["2031-12", "2032-01", "2032-01"]);
  });
});

describe("never nothing: a document with numbered items yields tasks", () => {
  const run = (lines: string[]) => extractPlan(lines.join("\n"), { filename: "x.txt" });

  it("reads a fragment with a single numbered task as a plan of one task", async () => {
    const { plan, warnings } = await run(["青禾县教育局2026年工作安排", "1. 开展校园食品安全专项检查，6月底前完成全覆盖检查。牵头单位：后勤股。"]);
    expect(plan.tasks.map(row)).toEqual(["1||开展校园食品安全专项检查，6月底前完成全覆盖检查|后勤股||0"]);
    expect(plan.tasks[0].deadlines.map((d) => d.by)).toEqual(["2026-06"]);
    expect(warnings).toContain("本文档只识别到1项任务，请核对是否完整");
    expect(warnings).not.toContain("未识别到任何任务，请手工录入");
  });

  it("takes the one item under a single heading as the task and the heading as its section", async () => {
    const { plan } = await run(["青禾县教育局2026年工作要点", "一、加强教师队伍建设", "（一）开展新教师岗前培训，9月底前完成。责任单位：人事股。"]);
    expect(plan.tasks.map(row)).toEqual(["一|一|开展新教师岗前培训，9月底前完成|人事股||0"]);
    expect(plan.sections.map((s) => s.title)).toEqual(["加强教师队伍建设"]);
  });

  it("finds two tasks under one heading", async () => {
    const { plan } = await run(["青禾县教育局2026年工作要点", "一、加强党的建设", "1. 开展主题教育。牵头单位：办公室。", "2. 推进清廉学校建设。牵头单位：纪检组。"]);
    expect(plan.tasks.map(row)).toEqual(["1|一|开展主题教育|办公室||0", "2|一|推进清廉学校建设|纪检组||0"]);
  });

  it("reads a notice with one numbered demand, signed after it, as its own plan", async () => {
    const { plan, warnings } = await run([
      "青禾县教育局关于报送2026年教师培训计划的通知",
      "各中小学：",
      "一、报送内容",
      "（一）请各校于2026年3月15日前报送本校年度教师培训计划。",
      "青禾县教育局",
      "2026年3月1日",
    ]);
    expect(plan.title).toBe("青禾县教育局关于报送2026年教师培训计划的通知");
    expect(plan.issuedOn).toBe("2026-03-01");
    expect(plan.tasks.map((t) => [t.title, t.deadlines.map((d) => d.by).join()])).toEqual([["请各校于2026年3月15日前报送本校年度教师培训计划", "2026-03-15"]]);
    expect(warnings.some((w) => w.includes("一般性要求"))).toBe(false);
  });

  it("takes numbered items without headings or units with low confidence and says so", async () => {
    const { plan, warnings } = await run(["2026年春季学期德育工作安排", "（1）开展文明礼仪教育月活动，3月底前完成。", "（2）组织清明节祭扫活动。", "（3）举办校园艺术节。"]);
    expect(plan.tasks.map((t) => t.title)).toEqual(["开展文明礼仪教育月活动，3月底前完成", "组织清明节祭扫活动", "举办校园艺术节"]);
    expect(plan.tasks.every((t) => t.confidence <= 0.4)).toBe(true);
    expect(warnings).toContain("未能确定哪一级编号是任务，已按“（1）”级编号列出3项任务，请逐项核对");
  });

  it("lists the items of a plan whose every part looks like a non-task part, with a warning", async () => {
    const { plan, warnings } = await run(["青禾县实验小学2026年工作安排", "一、工作目标", "（一）新建录播教室1间。", "（二）开展校本教研活动不少于10次。", "二、保障措施", "（一）落实经费保障。", "（二）加强督查考核。"]);
    expect(plan.tasks.length).toBe(4);
    expect(warnings.some((w) => w.startsWith("未能确定哪一级编号是任务"))).toBe(true);
  });

  it("lists the goals and the stages of an 实施方案 made of 工作目标 and 实施步骤 only, not the 实施步骤 heading", async () => {
    const { plan, warnings } = await run([
      "青禾县2026年校舍改造实施方案",
      "一、工作目标",
      "（一）幼儿园改造。新建幼儿园2所，新增学位360个。",
      "（二）中小学改造。改造校舍1.2万平方米。",
      "二、实施步骤",
      "（一）部署阶段（3月）。召开部署会议，制定方案。",
      "（二）施工阶段（4月—10月）。倒排工期，10月底前完工。",
    ]);
    expect(plan.tasks.map((t) => [t.section, t.title])).toEqual([
      ["一", "幼儿园改造"],
      ["一", "中小学改造"],
      ["二", "部署阶段（3月）"],
      ["二", "施工阶段（4月—10月）"],
    ]);
    expect(warnings.some((w) => w.startsWith("未能确定哪一级编号是任务"))).toBe(true);
  });

  it("lists the stages of a staged plan whose other parts are prose, not the prose parts' headings (xstages17)", async () => {
    const { plan } = await run([
      "青禾镇市容专项整治方案",
      "一、指导思想",
      "坚持问题导向，集中力量解决突出问题。",
      "二、整治范围及重点",
      "本次整治覆盖集镇主街、农贸市场及周边道路，重点清理占道经营。",
      "三、实施步骤",
      "1. 动员部署阶段",
      "召开动员会，印发宣传单，广泛告知商户。",
      "2. 集中整治阶段（5月1日—6月30日）",
      "组织执法队逐街整治，依法查处违规行为。",
      "3. 总结验收阶段",
      "总结经验，建立长效管理制度。",
      "四、预期效果",
      "集镇面貌明显改观，群众满意度显著提高。",
    ]);
    expect(plan.tasks.map((t) => [t.section, t.title])).toEqual([
      ["三", "动员部署阶段"],
      ["三", "集中整治阶段"],
      ["三", "总结验收阶段"],
    ]);
    // (counter-example: the 工作目标 + 实施步骤 plan above, whose level also holds goals, keeps goals and stages)
  });

  it("reads ⒈ ⒉ items, and dates every item of a plan for one month by that month", async () => {
    const { plan } = await run([
      "青禾幼儿园2031年四月园部月计划",
      "⒈开展园务委员会会议，审核活动方案，时间4月10日下午。",
      "⒉小班组开展春日社会实践活动。",
      "⒊开展师德专题培训。",
    ]);
    expect(plan.tasks.map((t) => [t.no, t.deadlines.map((d) => d.by).join()])).toEqual([
      ["1", "2031-04-10"],
      ["2", "2031-04"],
      ["3", "2031-04"],
    ]);
  });

  it("dates the items of a week's plan by the period under its title, a weekday by its date", async () => {
    const { plan } = await run(["第三周工作计划", "2031-3-10—2031-3-14", "一、行政工作", "1、讨论完善园务计划。", "2、周三下午全体教师会议。", "二、后勤工作", "1、制订并公布幼儿食谱。"]);
    expect(plan.tasks.map((t) => t.deadlines.map((d) => d.by).join())).toEqual(["2031-03-14", "2031-03-12", "2031-03-14"]);
  });

  it("names an item by its short label when a sentence or sub-items follow it, not when a list of short items does", async () => {
    const { plan } = await run([
      "青禾县2031年教育事业发展目标",
      "一、学前教育：在园幼儿达到1.2万人，学前三年毛入园率达到92%以上。",
      "二、开学准备：员工大会、宣布计划、清洁消毒，做好家访。",
      "三、做好暑期安全教育，开展防溺水专题活动。",
      "四、组织教师参加暑期业务培训。",
    ]);
    expect(plan.tasks.slice(0, 2).map((t) => t.title)).toEqual(["学前教育", "开学准备：员工大会、宣布计划、清洁消毒，做好家访"]);
  });

  it("names the item of short things by its label too where most of its siblings are named by theirs (siblingHeads)", async () => {
    const { plan } = await run([
      "青禾县2031年教育事业发展目标",
      "一、学前教育：在园幼儿达到1.2万人，学前三年毛入园率达到92%以上。",
      "二、后勤保育：1）严格执行接送制度；2）做好午睡巡视。",
      "三、开学准备：员工大会、宣布计划、清洁消毒，做好家访。",
      "四、观影交流会：邀请家长代表、退休教师一同观影，课后分组交流感受。",
    ]);
    expect(plan.tasks.map((t) => t.title)).toEqual(["学前教育", "后勤保育", "开学准备", "观影交流会"]);
  });

  it("leaves a bracket of days closing an item's name out of the name (it dates the item), not a month nor a bracket the name goes on after", async () => {
    const { plan } = await run([
      "青禾中学2031年读书月活动方案",
      "一、启动阶段（4月2日—4月8日）。发布活动方案，各班制定读书计划。",
      "二、交流阶段（4月中下旬）。各班举办读书交流会。",
      "三、展示阶段（4月26日）：评选书香班级。",
    ]);
    expect(plan.tasks.map((t) => t.title)).toEqual(["启动阶段", "交流阶段（4月中下旬）", "展示阶段（4月26日）：评选书香班级"]);
    expect(plan.tasks[0].deadlines.map((d) => d.by)).toEqual(["2031-04-08"]);
  });

  // (the schools a notice is sent to do its work: collective units, docs/ARCHITECTURE.md "Collective units")
  it("gives the schools a notice is sent to as the units of its items, a bare 幼儿园 after 各 among them", async () => {
    const { plan } = await run([
      "青禾县教育局关于做好2031年暑期安全工作的通知",
      "各中小学、幼儿园：",
      "1.防溺水。各中小学、幼儿园要开展防溺水专题教育，7月8日前完成家长告知书发放。",
      "2.防交通事故。各学校要加强交通安全教育，暑假前完成一次专题教育。",
    ]);
    expect(plan.tasks.map((t) => t.lead.join("、"))).toEqual(["各中小学、幼儿园", "各学校"]);
  });

  it("restores an item whose number the page lost between two numbered siblings", async () => {
    const { plan } = await run([
      "青禾学院关于做好2031年春季学期开学工作的通知",
      "一、认真做好学生返校统计",
      "各学院要逐一统计学生返校时间，3月1日前报学生处。",
      "二、扎实做好开学教育",
      "各学院应于3月1日晚召开主题班会。",
      "切实做好学生思想状况摸排",
      "各学院应组织辅导员进班级、进宿舍，掌握学生思想动态。",
      "四、妥善做好毕业生返校管理",
      "各学院要制定毕业生返校方案。",
    ]);
    expect(plan.tasks.map((t) => [t.no, t.title])).toEqual([
      ["一", "认真做好学生返校统计"],
      ["二", "扎实做好开学教育"],
      ["三", "切实做好学生思想状况摸排"],
      ["四", "妥善做好毕业生返校管理"],
    ]);
  });

  it("reads a page without a title that addresses those it is sent to as a notice: an unnumbered part is one task", async () => {
    const { plan } = await run([
      "县（区）教体局，市直各学校（园）：",
      "暑假即将来临，现就全市中小学暑假和秋季开学有关工作提出如下要求。",
      "一、暑假放假时间和开学时间安排",
      "全市小学暑假放假时间为7月1日至8月31日，9月1日正式开学。",
      "二、切实做好放假前的各项工作",
      "1. 认真做好期末质量检测工作。",
      "2. 认真做好放假前安全检查工作。",
    ]);
    expect(plan.tasks.map((t) => t.title)).toEqual(["暑假放假时间和开学时间安排", "认真做好期末质量检测工作", "认真做好放假前安全检查工作"]);
  });

  it("does not take the part that holds the tasks (四、主要工作) for the one task of an unclear plan", async () => {
    const { plan } = await run([
      "青禾中心学校2031年安全工作计划",
      "一、指导思想",
      "坚持安全第一、预防为主。",
      "二、工作目标",
      "1.全年开展安全检查2次以上。",
      "2.各中小学校组织应急演练1次以上。",
      "三、主要工作",
      "（一）加强安全法制教育。",
    ]);
    expect(plan.tasks.map((t) => t.title)).not.toContain("主要工作");
    expect(plan.tasks.length).toBeGreaterThanOrEqual(2);
  });

  it("lists the projects a report numbers (一、“××”建设项目完成情况), keeping a quoted name's quotes", async () => {
    const { plan } = await run([
      "2031年青禾乡人民政府民生实事项目实施情况的报告",
      "一、“书香青禾”文化公园建设项目完成情况",
      "作为今年乡村建设的项目之一，总投资230万元，完成景墙、健身步道、智慧健身广场、议事亭等建设，现已投入使用。",
      "二、青禾小学道路提升项目完成情况",
      "总投资278万元，完成青禾小学连接省道的道路提升工程，全长600米，路面从原先的3.5米拓宽至6米。",
      "各位代表，乡政府将继续办好民生实事。",
    ]);
    expect(plan.tasks.map((t) => t.title)).toEqual(["“书香青禾”文化公园建设项目完成情况", "青禾小学道路提升项目完成情况"]);
  });

  it("reads numbers typed without their mark or with a colon that carry a sequence (2围绕… 3:定期…)", async () => {
    const { plan } = await run([
      "青禾幼儿园第二学期工作计划",
      "一、主要工作任务和要求：",
      "1、加强本园教研组的建设和管理，加强与其他幼儿园的交流。",
      "2围绕本土化教育资源的利用，充分调动教师的积极性。",
      "3:定期组织教师学习优秀的教育活动文章，提高教育水平。",
      "4、坚持园内培训和外出学习相结合，提高教师素质。",
    ]);
    expect(plan.tasks.map((t) => t.no)).toEqual(["1", "2", "3", "4"]);
  });

  it("reads the short lead sentences of paragraphs under heading-only items as a plan's tasks, as bold lead-ins", async () => {
    const { plan } = await run([
      "青禾县教育局2031年工作要点",
      "一、实施党建引领工程，把准教育发展方向",
      "深入学习宣传党的创新理论。把学习宣传作为首要政治任务，通过理论学习中心组开展专题学习。",
      "加强党对教育工作的全面领导。发挥教育工作领导小组作用，完善议事规则。",
      "二、推进学前教育普及普惠",
      "扩大普惠性学前教育资源。新建公办幼儿园2所，新增学位360个。",
    ]);
    expect(plan.tasks.map((t) => [t.section, t.title])).toEqual([
      ["一", "深入学习宣传党的创新理论"],
      ["一", "加强党对教育工作的全面领导"],
      ["二", "扩大普惠性学前教育资源"],
    ]);
  });

  it("reads units named inline after the work and keeps them out of the title", async () => {
    const { plan } = await run([
      "青禾县教育局2031年工作要点",
      "一、推进基础教育",
      "1.推进课堂改革（教研室牵头，各中小学配合）。",
      "2.推进学前教育【责任单位：学前股】",
      "3.推进校舍维修，由基建股负责，财务股配合。",
      "4.推进安全教育（责任单位：安全股，完成时限：6月底前）",
    ]);
    expect(plan.tasks.map((t) => [t.title, t.lead.join("、"), t.co.join("、"), t.deadlines.map((d) => d.by).join()])).toEqual([
      ["推进课堂改革", "教研室", "各中小学", ""],
      ["推进学前教育", "学前股", "", ""],
      ["推进校舍维修", "基建股", "财务股", ""],
      ["推进安全教育", "安全股", "", "2031-06"],
    ]);
  });

  it("keeps a bracket naming who is in charge by its label, or referring elsewhere, out of the title", async () => {
    const { plan } = await run([
      "青禾小学2031年校园文化节方案",
      "一、活动安排",
      "1.书画作品展评（负责部门：美术组）",
      "2.经典诵读比赛（负责人：王某某）",
      "3.报名安排（见附件报名流程表）。",
      "4.布置展厅（见下表），并做好安全保障",
    ]);
    // (a referring bracket inside the sentence stays; the step joined by 并 is no part of the name, xtitles)
    expect(plan.tasks.map((t) => t.title)).toEqual(["书画作品展评", "经典诵读比赛", "报名安排", "布置展厅（见下表）"]);
  });

  it("keeps a closing bracket that lists what the work takes in out of the title, not a bracket of one thing", async () => {
    const { plan } = await run([
      "青禾中学2031年春游活动方案",
      "一、活动安排",
      "1.参观科技馆（集合讲解、分组参观）",
      "2.班主任强调安全事项（交通安全、饮食卫生、互帮互助）",
      "3.分组完成研学任务单（第二课堂）",
    ]);
    expect(plan.tasks.map((t) => t.title)).toEqual(["参观科技馆", "班主任强调安全事项", "分组完成研学任务单（第二课堂）"]);
  });

  it("reads ● and △ bullets under headings as items, the tasks where they name their units", async () => {
    const { plan } = await run([
      "青禾县教育局2031年民生实事项目",
      "一、学前教育",
      "●新建公办幼儿园2所，年底前投入使用。（责任单位：学前股）",
      "●改扩建乡镇中心幼儿园3所，9月底前完工。（责任单位：基建股）",
      "二、义务教育",
      "△实施农村学校厕所改造30所，6月底前完成。（责任单位：后勤中心）",
    ]);
    expect(plan.tasks.map((t) => [t.section, t.title, t.lead.join("、")])).toEqual([
      ["一", "新建公办幼儿园2所，年底前投入使用", "学前股"],
      ["一", "改扩建乡镇中心幼儿园3所，9月底前完工", "基建股"],
      ["二", "实施农村学校厕所改造30所，6月底前完成", "后勤中心"],
    ]);
  });

  it("ends an item's title before the 地点：/时间： of the activity it names", async () => {
    const { plan } = await run(["青禾幼儿园2031年四月园部月计划", "1.开展骨干教师送教共建活动，地点：青禾幼儿园，时间：4月11日上午。", "2.开展园本教研，时间：4月2日中午。"]);
    expect(plan.tasks.map((t) => [t.title, t.deadlines.map((d) => d.by).join()])).toEqual([
      ["开展骨干教师送教共建活动", "2031-04-11"],
      ["开展园本教研", "2031-04-02"],
    ]);
  });

  it("takes the numbered items of a cover notice when the body has none, with a warning", async () => {
    const { plan, warnings } = await run([
      "青禾县教育局关于印发《2026年校园安全工作方案》的通知",
      "各学校：",
      "现将方案印发给你们，请认真贯彻落实。",
      "1. 请于3月底前完成校园安全隐患排查。",
      "青禾县教育局",
      "2026年3月1日",
    ]);
    expect(plan.tasks.map((t) => [t.title, t.deadlines.map((d) => d.by).join()])).toEqual([["请于3月底前完成校园安全隐患排查", "2026-03"]]);
    expect(warnings.some((w) => w.startsWith("未能确定哪一级编号是任务"))).toBe(true);
  });

  it("says the table was not understood, not that there is nothing, when a table gives no task", async () => {
    const { plan, warnings } = await run(["青禾县教育局值班安排", "| 日子 | 人员 |", "|---|---|", "| 周一 | 张三 |", "| 周二 | 李四 |"]);
    expect(plan.tasks).toEqual([]);
    expect(warnings).toContain("文档中的表格未识别出任务（未找到任务名称列），请核对表格或手工录入");
    expect(warnings).not.toContain("未识别到任何任务，请手工录入");
  });

  it("does not take numbered fragments beside a table of data that gave no task", async () => {
    const { plan, warnings } = await run(["青禾县教育局重点工作清单", "| 类别 | 人员 |", "|---|---|", "| 党建 | 张三 |", "| 教学 | 李四 |", "①完善学校党组织会议和校", "①创建清廉学校示范点15"]);
    expect(plan.tasks).toEqual([]);
    expect(warnings).toContain("文档中的表格未识别出任务（未找到任务名称列），请核对表格或手工录入");
  });

  it("still says there are no tasks when nothing is numbered", async () => {
    const { plan, warnings } = await run(["青禾县教育局工作动态", "本周全县教育系统召开了安全工作会议，部署了近期重点工作。"]);
    expect(plan.tasks).toEqual([]);
    expect(warnings).toContain("未识别到任何任务，请手工录入");
  });
});

describe("fragments and numbered lists that are not tasks", () => {
  const run = (lines: string[]) => extractPlan(lines.join("\n"), { filename: "x.txt" });

  it("takes the 1. items of a fragment opening under （三）（四） and going on under month headings as tasks", async () => {
    const { plan } = await run([
      "（三）卫生保健",
      "1.做好晨检工作。",
      "2.每周消毒玩具。",
      "（四）家长工作",
      "1.召开家长会。",
      "二、每月工作安排",
      "三月份：",
      "1、组织植树活动。",
      "2、开展春季运动会。",
      "四月份：",
      "1、举办亲子阅读周。",
      "2、组织春游。",
    ]);
    expect(plan.tasks.map((t) => [t.section, t.no, t.title].join("|"))).toEqual([
      "三|1|做好晨检工作",
      "三|2|每周消毒玩具",
      "四|1|召开家长会",
      "二|1|组织植树活动",
      "二|2|开展春季运动会",
      "二|1|举办亲子阅读周",
      "二|2|组织春游",
    ]);
    expect(plan.tasks[4].body).not.toContain("四月份");
    expect(plan.tasks.flatMap((t) => t.deadlines)).toEqual([]);
  });

  it("does not take a ranking of names on one numbered line as tasks", async () => {
    const { plan } = await run([
      "青禾市民生工程进度通报",
      "一、综合排名",
      "1、甲山县；2、乙水区；3、丙河县；4、丁湖区。",
      "二、项目进展",
      "1、学前教育提升，牵头单位：市教育局。进展较慢的为乙水区。",
      "2、教师培训，牵头单位：市教育局。",
    ]);
    expect(plan.tasks.map((t) => [t.section, t.no, t.title, t.lead.join("、")].join("|"))).toEqual(["二|1|学前教育提升|市教育局", "二|2|教师培训|市教育局"]);
  });

  it("does not take a contents list with page numbers as tasks", async () => {
    const { plan } = await run([
      "目录",
      "1.青禾市教育局2031年工作要点3",
      "2.青禾县教育局2031年工作要点15",
      "3.青禾区教育局2031年工作要点27",
      "一、加强党建",
      "1.深化理论学习",
      "2.推进清廉学校建设",
      "二、办好学前教育",
      "3.新建幼儿园",
    ]);
    expect(plan.tasks.map((t) => t.title)).toEqual(["深化理论学习", "推进清廉学校建设", "新建幼儿园"]);
  });
});

describe("unnumbered tasks", () => {
  const run = (lines: string[]) => extractPlan(lines.join("\n"), { filename: "x.txt" });

  it("takes the one paragraph of a section parallel to numbered ones as its task, without its heading repeated", async () => {
    const { plan } = await run([
      "青禾区教育局2031年民生实事项目完成情况",
      "一、省级民生实事项目",
      "1.补充配置电脑项目。任务数300台。",
      "2.建设实验室项目。任务数12间。",
      "二、市级民生实事项目",
      "市级民生实事项目实施3所乡村学校达标工程。完成运动场改造及校舍维修。",
    ]);
    expect(plan.tasks.map((t) => [t.section, t.no, t.title].join("|"))).toEqual(["一|1|补充配置电脑项目", "一|2|建设实验室项目", "二||实施3所乡村学校达标工程"]);
  });

  it("does not take the paragraphs of a section that is not parallel to the numbered ones", async () => {
    const { plan } = await run([
      "青禾市2031年寒假及开学时间",
      "一、放假及开学时间",
      "义务教育学校定于2031年1月20日放寒假，2031年2月16日正式开学。",
      "二、假期前后工作安排",
      "1.认真做好学期收尾工作。各校要加强常规管理。",
      "2.提前做好开学准备工作。各校要利用假期时间做好准备。",
    ]);
    expect(plan.tasks.map((t) => t.title)).toEqual(["认真做好学期收尾工作", "提前做好开学准备工作"]);
  });

  it("takes the paragraph under a 任务安排 label, and not the progress under 落实情况, as a plan of one task", async () => {
    const { plan, warnings } = await run(["青禾区2031年民生实事：教育行动", "任务安排", "新建中小学校3所，新增义务教育学位4000座。", "落实情况", "第一季度：3所学校已开工建设。"]);
    // read either as prose or as a one-row table (column names over their cells), which numbers its row
    expect(plan.tasks.map((t) => [t.title, t.targets.map((x) => x.value).join("、")].join("|"))).toEqual(["新建中小学校3所，新增义务教育学位4000座|3、4000"]);
    expect(warnings).not.toContain("未识别到任何任务，请手工录入");
  });
});

describe("labelled blocks run together", () => {
  it("splits a page's labelled blocks a text flow ran into one paragraph, and takes the task block", async () => {
    const { plan } = await extractPlan("青禾区2031年民生实事：教育行动（2项） 任务安排 新建中小学校3所，新增义务教育学位4000座。 落实情况 第一季度：3所学校已开工建设。", { filename: "x.txt" });
    expect([plan.title, ...plan.tasks.map((t) => t.title)]).toEqual(["青禾区2031年民生实事：教育行动（2项）", "新建中小学校3所，新增义务教育学位4000座"]);
  });
  it("leaves a label word inside a sentence alone", async () => {
    const { plan } = await extractPlan(["青禾县2031年工作要点", "1.落实 工作任务 要求。牵头单位：办公室。", "2.开展培训。牵头单位：人事股。"].join("\n"), { filename: "x.txt" });
    expect(plan.tasks.map((t) => t.title)).toEqual(["落实工作任务要求", "开展培训"]);
  });
});

describe("headings run together with what follows them", () => {
  it("splits a 一、 heading with a comma from its first item, and a short 二、 heading from its paragraph", async () => {
    const { plan } = await extractPlan(
      [
        "青禾区教育局2031年民生实事项目完成情况",
        "一、聚焦办好实事，推进省级民生实事项目 1.补充配置电脑项目。任务数300台，按期完成采购与安装调试工作。",
        "2.建设实验室项目。任务数12间，按期完成建设并投入使用。",
        "二、市级民生实事项目 市级民生实事项目实施3所乡村学校达标工程。完成运动场改造及校舍维修。",
      ].join("\n"),
      { filename: "x.txt" },
    );
    expect(plan.sections.map((s) => s.title)).toEqual(["聚焦办好实事，推进省级民生实事项目", "市级民生实事项目"]);
    expect(plan.tasks.map((t) => [t.section, t.no, t.title].join("|"))).toEqual(["一|1|补充配置电脑项目", "一|2|建设实验室项目", "二||实施3所乡村学校达标工程"]);
  });
});

describe("the numbering tree chooses the task level (invented plans)", () => {
  const titles = async (text: string) => (await tasksOf(text)).map((t) => `${t.no}|${t.title}`);

  it("takes no framing part as a task and, when nothing else is numbered, none at all", async () => {
    const text = ["溪山县关于推进集团化办学的实施意见", "一、总体要求", "坚持公益普惠，促进优质均衡。", "二、工作目标", "到2031年，集团化办学覆盖全部乡镇。"].join("\n");
    expect(await titles(text)).toEqual([]);
  });

  it("takes a goal numbered under 主要目标 when the frame holds the only numbered item", async () => {
    const text = ["溪山县教育局2031年工作计划", "一、总体要求", "办好人民满意的教育。", "二、主要目標", "（一）全面提升办学质量", "——入园率达到95%以上；", "——巩固率达到99%。"].join("\n");
    expect(await titles(text)).toEqual(["一|全面提升办学质量"]);
  });

  it("takes another level's items when the counted level sits under 工作要求", async () => {
    const text = [
      "（一）动员部署阶段（3月）。成立专班，制定方案。",
      "（二）集中整改阶段（4月至5月）。对照清单逐项整改。",
      "（三）总结验收阶段（6月）。形成总结报告。",
      "二、工作要求",
      "一是要提高认识，加强统筹。",
      "二是要压实责任，按时推进。",
    ].join("\n");
    expect(await titles(text)).toEqual(["一|动员部署阶段（3月）", "二|集中整改阶段（4月至5月）", "三|总结验收阶段（6月）"]);
  });

  it("takes the numbered list under short headings when it runs on from heading to heading", async () => {
    const text = ["溪山中学2031学年工作计划", "第一章 目标与指标", "1.1质量指标", "①中考优秀率≥40%；", "②体质达标率≥95%；", "1.2队伍指标", "③骨干教师占比≥20%；", "④教师培训覆盖率100%。", "?家长满意度≥90%。"].join("\n");
    // (the last circled number was lost by the page's encoding: an item with an illegible number)
    expect(await titles(text)).toEqual(["①|中考优秀率≥40%", "②|体质达标率≥95%", "③|骨干教师占比≥20%", "④|教师培训覆盖率100%", "|家长满意度≥90%"]);
  });

  it("takes the 一、 items as tasks when they are sentences and 1、 under some of them are their measures", async () => {
    const text = [
      "溪山镇中心小学安全工作计划",
      "一、健全安全组织，中心小学成立安全工作小组，各村小相应成立。",
      "二、落实安全责任制。层层签订责任书。",
      "三、各校要建立安全管理制度，有关制度上墙公示。",
      "1、实行事故报告制度。",
      "2、实行外出活动报批制度。",
      "四、加大安全隐患排查力度，重点排查校舍、饮水和交通。",
      "1、每月开展一次排查。",
      "2、建立隐患台账。",
    ].join("\n");
    const tasks = await tasksOf(text);
    expect(tasks.map((t) => t.no)).toEqual(["一", "二", "三", "四"]);
    expect(tasks.map((t) => t.measures)).toEqual([0, 0, 2, 2]);
  });

  it("in a notice, takes the 时间安排 items and a part that is one paragraph as tasks", async () => {
    const text = [
      "关于2031年寒假放假安排的通知",
      "各部门：",
      "一、时间安排",
      "（一）学生放假时间",
      "1月20日起放假，2月25日报到。",
      "（二）教职工放假时间",
      "1月25日起放假，2月22日上班。",
      "二、做好假期安全工作",
      "各部门要在放假前开展安全检查，落实值班制度。",
      "特此通知。",
    ].join("\n");
    expect(await titles(text)).toEqual(["一|学生放假时间", "二|教职工放假时间", "|做好假期安全工作"]);
  });
});

describe("a bracket naming who leads the item", () => {
  it("is no part of the item's name", async () => {
    const text = ["溪山中学迎检工作方案", "一、工作分工", "1、宣传组：（某副校长牵头）", "负责校园宣传氛围布置。", "2、环境组（某副校长牵头）", "负责校园环境整治。"].join("\n");
    expect((await tasksOf(text)).map((t) => t.title)).toEqual(["宣传组", "环境组"]);
  });
});

import { runInHeadingEnd } from "./itemTitles.js";
describe("a heading run into its text without punctuation", () => {
  it("ends where a second action opens the text", () => {
    expect(runInHeadingEnd("切实做好校园食品安全的检查和评估统筹抓好各校食堂的日常管理，定期通报。")).toBe("切实做好校园食品安全的检查和评估".length);
    expect(runInHeadingEnd("认真开展全市中小学课后服务专项督导指导督促各地完善经费保障")).toBe("认真开展全市中小学课后服务专项督导".length);
  });
  it("leaves a sentence, a coordination and a cited title alone", () => {
    // (no action opens it: a sentence with its subject)
    expect(runInHeadingEnd("责任督学在对学校实施经常性督导中发现问题的，应当及时提出")).toBe(0);
    expect(runInHeadingEnd("全面提升教师队伍整体素质和加强师德师风建设工作的长效机制")).toBe(0);
    expect(runInHeadingEnd("做好疫情防控工作按《关于加强寒假前后疫情防控工作的通知》执行")).toBe(0);
    // (a short heading closed by its punctuation is no run-in)
    expect(runInHeadingEnd("加强学校安全管理。落实责任")).toBe(0);
  });
});

describe("items that are their parents' fields", () => {
  it("makes the parents the tasks when the same labels come back under each", async () => {
    const text = [
      "现将我局2026年实事项目完成情况公示如下：",
      "一、青禾镇中心小学改扩建",
      "1、考核任务：青禾镇中心小学改扩建，规划投资总额200万元。",
      "2、完成情况：已完成教学楼改造。完成投资200万元。",
      "二、石桥村幼儿园新建",
      "1、考核任务：石桥村幼儿园新建，规划投资总额80万元。",
      "2、完成情况：已完成主体工程。",
    ].join("\n");
    expect((await tasksOf(text)).map((t) => `${t.no}|${t.title}`)).toEqual(["一|青禾镇中心小学改扩建", "二|石桥村幼儿园新建"]);
  });
  it("keeps labelled items as tasks when their labels do not come back", async () => {
    const text = [
      "青禾县教育局2026年工作要点",
      "一、加强党的建设",
      "1、理论学习：组织专题读书班，开展青年理论宣讲。",
      "2、清廉学校：开展廉政警示教育，建立廉政档案。",
      "二、推进学前教育",
      "1、普惠资源：新建幼儿园2所，新增学位300个。",
      "2、保教质量：开展保教质量评估。",
    ].join("\n");
    expect((await tasksOf(text)).map((t) => t.no)).toEqual(["1", "2", "1", "2"]);
  });
  it("keeps items labelled with whom they are for as tasks", async () => {
    const text = [
      "各部门：现将暑假放假及开学时间通知如下：",
      "一、放假时间安排",
      "1.学生：由教务处根据教学进度另行通知。",
      "2.教职工：7月6日起轮休，由各部门自行安排。",
      "二、开学时间安排",
      "1.学生：9月5日报到注册，9月7日正式上课。",
      "2.教职工：9月4日开始上班。",
    ].join("\n");
    expect((await tasksOf(text)).map((t) => t.no)).toEqual(["1", "2", "1", "2"]);
  });
});

describe("a schedule under period headings", () => {
  it("takes the dated lines as the tasks", async () => {
    const text = [
      "青禾小学校历安排",
      "1.2026年秋季学期安排（教学时间共19周）",
      "⑴2026年9月1日开学。",
      "⑵2027年1月15日期末考试。",
      "⑶2027年1月20日学期结束，寒假开始。",
      "2.2027年春季学期安排（教学时间共20周）",
      "⑴2027年2月20日开学。",
      "⑵2027年7月1日学期结束，暑假开始。",
    ].join("\n");
    expect((await tasksOf(text)).map((t) => t.title)).toEqual([
      "2026年9月1日开学",
      "2027年1月15日期末考试",
      "2027年1月20日学期结束，寒假开始",
      "2027年2月20日开学",
      "2027年7月1日学期结束，暑假开始",
    ]);
  });
  it("keeps work items whose steps are dated as the tasks", async () => {
    const text = [
      "青禾小学读书活动方案",
      "1.开展校园读书月活动",
      "⑴3月1日启动，发布活动通知。",
      "⑵3月31日总结表彰。",
      "2.举办科技节",
      "⑴5月10日启动。",
      "⑵5月20日展示评比。",
    ].join("\n");
    expect((await tasksOf(text)).map((t) => t.title)).toEqual(["开展校园读书月活动", "举办科技节"]);
  });
});

describe("the one-character （一） numbers", () => {
  it("number items like （一）", async () => {
    const text = [
      "青禾小学2026年春季学校工作计划",
      "一、指导思想",
      "坚持立德树人，全面提升教学质量。",
      "二、工作目标及措施",
      "㈠、落实主体责任，确保开学安全稳定。",
      "各部门要细化防控措施。",
      "㈡、加强课堂教学管理，提高教学质量。",
      "教导处要落实教学常规检查。",
    ].join("\n\n");
    expect((await tasksOf(text)).map((t) => `${t.no}|${t.title}`)).toEqual(["一|落实主体责任，确保开学安全稳定", "二|加强课堂教学管理，提高教学质量"]);
  });
});

describe("a dash printed for the stroke of 一", () => {
  it("numbers the first item （一）", async () => {
    const text = [
      "青禾中学运动会各部门工作安排",
      "一、学工部",
      "(—)负责看台的人员分布。",
      "(二)负责开幕式及闭幕式的广播工作。",
      "二、后勤处",
      "（－）保证供应食品的卫生。",
      "（二）保证浴室的正常开放。",
    ].join("\n");
    expect((await tasksOf(text)).map((t) => `${t.no}|${t.title}`)).toEqual(["一|负责看台的人员分布", "二|负责开幕式及闭幕式的广播工作", "一|保证供应食品的卫生", "二|保证浴室的正常开放"]);
  });
});

describe("parts that state a plan's principles or whom it is for", () => {
  it("hold no tasks, and a short label before one sentence names its item", async () => {
    const text = [
      "青禾区2026年义务教育阶段招生工作方案",
      "一、招生计划",
      "（一）小学：全区各类小学拟招收一年级新生4480人。",
      "（二）初中：全区各类初中拟招收初一年级新生6400人。",
      "二、招生原则",
      "严格按照就近入学、划片招生的原则安排入学。",
      "三、招生对象和范围",
      "（一）招生对象",
      "1.户籍在本区的适龄儿童少年；",
      "2.在本区购买商品住宅的房屋产权人子女；",
      "3.具有本区有效期内居住证的随迁子女。",
    ].join("\n");
    expect((await tasksOf(text)).map((t) => `${t.no}|${t.title}`)).toEqual(["一|小学", "二|初中"]);
  });
});

describe("a heading that names a thing run into its text", () => {
  it("is a heading over its items, not a sentence they are measures of", async () => {
    const text = [
      "青禾市第三期名校长培养工程人选培养方案",
      "一、培养目标通过名校长培养工程，提高名校长人选职业道德水平、专业能力和人文素养。",
      "二、培养形式按照“专业引领、同伴互助、实践反思”的思路，实行按需培训、分层培训，采取参与式、讨论式培训形式。",
      "（一）集中研修通过专家讲座、集中研讨等形式，夯实和更新教育管理理论知识，更新办学理念。",
      "（二）个人自修采用线下和线上学习研讨相结合的学习方式，进行泛在学习。",
    ].join("\n");
    expect((await tasksOf(text)).map((t) => `${t.no}|${t.title}`)).toEqual(["一|集中研修", "二|个人自修"]);
  });
});

describe("a plan's organization and its groups' rosters", () => {
  it("are no tasks: the groups with duties are", async () => {
    const text = [
      "青禾中学运动会组织机构及分组职责",
      "一、组织机构及成员",
      "1.组委会主任：谢新国",
      "2.执委会主任：张克林",
      "二、分组安排及职责",
      "1.联络协调组",
      "组 长：王学林",
      "职责：负责邀请和接待来宾，填写奖状。",
      "2.竞赛仲裁组",
      "组 长：邓亮亮",
      "职责：负责竞赛项目、日程的安排。",
      "3.督查小组：",
      "组 长：杨再复",
      "成 员：徐永福 瞿中华",
      "肖德洪 孙一飞",
    ].join("\n");
    expect((await tasksOf(text)).map((t) => `${t.no}|${t.title}`)).toEqual(["1|联络协调组", "2|竞赛仲裁组"]);
  });
  it("keeps an item that forms a group over its roster: a step of the work, its heads the leaders (xleaders17)", async () => {
    const text = [
      "青禾小学2031年招生工作方案",
      "一、具体工作",
      "1、成立招生工作小组：",
      "组长：邵一鸣",
      "组员：柏青 韩立新 秦悦",
      "2、督查小组：",
      "组长：杨再复",
      "成员：徐永福 瞿中华",
      "3、确定招生工作具体事宜。（负责人：柏青）",
    ].join("\n");
    const tasks = await tasksOf(text);
    // (the group named over its roster alone, "督查小组：", stays no task)
    expect(tasks.map((t) => `${t.no}|${t.title}|${t.leaders.join("、")}`)).toEqual(["1|成立招生工作小组|邵一鸣", "3|确定招生工作具体事宜|柏青"]);
  });
});

describe("a deeper list right under a part's heading", () => {
  it("holds that part's tasks when the other parts number theirs one level up", async () => {
    const text = [
      "青禾中学五四青年节篮球赛活动方案",
      "一、比赛具体要求：",
      "(1)比赛的组织成员要做好比赛的各项准备工作。",
      "(2)整个比赛过程中，队员应服从组织安排、听从指挥。",
      "二、竞赛办法：",
      "1、采用淘汰赛办法；",
      "2、按制定的赛程图抽签结果进行比赛。",
    ].join("\n\n");
    expect((await tasksOf(text)).map((t) => `${t.no}|${t.title}`)).toEqual(["1|比赛的组织成员要做好比赛的各项准备工作", "2|整个比赛过程中，队员应服从组织安排、听从指挥", "1|采用淘汰赛办法", "2|按制定的赛程图抽签结果进行比赛"]);
  });
});

describe("an item named by a label before its text", () => {
  it("takes a label of up to twelve characters as the name", async () => {
    const text = [
      "青禾县2026年民生工程实施计划",
      "一、具体工作内容",
      "1.提升教育资源均衡化水平：加大对农村学校的投入，改善办学条件。",
      "2.加强师资队伍建设：通过多种方式吸引优秀人才，提高教师待遇。",
    ].join("\n");
    expect((await tasksOf(text)).map((t) => t.title)).toEqual(["提升教育资源均衡化水平", "加强师资队伍建设"]);
  });
});

describe("a list of findings", () => {
  it("is no list of tasks when the rectifications follow", async () => {
    const text = [
      "青禾中学关于均衡发展存在问题的整改报告",
      "学校组织自查，检查中发现还存在以下问题：",
      "1、教室照明不足；",
      "2、体育设施不全；",
      "针对以上问题，学校成立整改领导小组，现将整改情况报告如下：",
      "1、总务处立即更换灯管，提升照明质量，7月底前完成整改；",
      "2、总务处加快操场建设，9月底前配齐体育设施。",
    ].join("\n\n");
    expect((await tasksOf(text)).map((t) => t.title)).toEqual(["总务处立即更换灯管，提升照明质量，7月底前完成整改", "总务处加快操场建设，9月底前配齐体育设施"]);
  });
});

describe("a label whose characters carry their readings", () => {
  it("names its item", async () => {
    const text = ["青禾市2026年民生實(shí)事項(xiàng)目完成情況公示", "1、省實(shí)事工程：擴(kuò)大公辦學(xué)前教育資源，增加公辦幼兒園學(xué)位970個(gè)。", "2、市實(shí)事工程：提質(zhì)改造鄉(xiāng)村學(xué)校30所，建成足球場(chǎng)7個(gè)。"].join("\n\n");
    expect((await tasksOf(text)).map((t) => t.title)).toEqual(["省實(shí)事工程", "市實(shí)事工程"]);
  });
});

describe("item titles", () => {
  it("names an item by its 目标 label, whatever the sentence after it lists", async () => {
    const tasks = await tasksOf(
      ["青禾幼儿园2031年工作计划", "一、工作目标", "1. 保教质量目标:深化园本课程研究,构建游戏课程体系。", "2. 队伍建设目标:打造一支师德高尚、业务精湛、富有爱心的专业化教师队伍。", "3. 安全健康目标:全年无重大安全责任事故。"].join("\n"),
    );
    expect(tasks.map((t) => t.title)).toEqual(["保教质量目标", "队伍建设目标", "安全健康目标"]);
  });
});

describe("a list of duties by post", () => {
  it("makes each numbered duty under a post's 职责 heading a task, the numbering restarting under each post", async () => {
    const { extractPlan } = await import("../index.js");
    const text = [
      "某中学运动会工作人员职责",
      "一、总裁判职责",
      "总裁判由教务主任担任，负责以下工作：",
      "1.审定竞赛日程和秩序册；",
      "2.组织裁判员学习竞赛规则；",
      "3.处理比赛中出现的争议。",
      "二、检录员职责",
      "1.按时点名检录运动员；",
      "2.检查运动员号码布。",
    ].join("\n");
    const { plan } = await extractPlan(text, { filename: "x.txt" });
    expect(plan.tasks.map((t) => t.title)).toEqual(["审定竞赛日程和秩序册", "组织裁判员学习竞赛规则", "处理比赛中出现的争议", "按时点名检录运动员", "检查运动员号码布"]);
  });
  it("reads the same list in traditional script with bracketed numbers", async () => {
    const { extractPlan } = await import("../index.js");
    const text = [
      "某校考試工作人員職責",
      "一、監考員職責",
      "(1)考前十五分鐘進入考場；",
      "(2)核對考生證件；",
      "二、巡視員職責",
      "(1)巡視各考場秩序；",
      "(2)及時報告突發情況。",
    ].join("\n");
    const { plan } = await extractPlan(text, { filename: "x.txt" });
    expect(plan.tasks.map((t) => t.title)).toEqual(["考前十五分鐘進入考場", "核對考生證件", "巡視各考場秩序", "及時報告突發情況"]);
  });
});

describe("parts that are clauses of their own beside parts over items (a regulation's articles)", () => {
  const titles = async (lines: string[]) => (await extractPlan(lines.join("\n"), { filename: "x.txt" })).plan.tasks.map((t) => `${t.no}|${t.title.split(/[，,]/)[0]}`);

  it("takes each clause part as a task beside the items of the part that is a heading", async () => {
    expect(
      await titles([
        "溪山中学教研活动制度",
        "一、教研活动主要内容：",
        "1、学习课程标准和教材，研究教学方法；",
        "2、组织集体备课，统一教学进度；",
        "3、开展听课评课，总结推广教学经验。",
        "二、教研活动每两周举行一次，由教研组长主持，活动情况记入教研档案。",
        "三、教师无故缺席教研活动的，按学校考勤制度处理，并在学期考核中扣分。",
      ]),
    ).toEqual(["1|学习课程标准和教材", "2|组织集体备课", "3|开展听课评课", "二|教研活动每两周举行一次", "三|教师无故缺席教研活动的"]);
  });

  it("reads the same in traditional script, with the clause parts first", async () => {
    expect(
      await titles([
        "青禾國小圖書館管理辦法",
        "一、圖書館由教務處負責管理，每日中午開放學生借閱。",
        "二、借閱規定：",
        "1、每人每次限借二冊；",
        "2、借期為二週，逾期者暫停借閱一週。",
      ]),
    ).toEqual(["一|圖書館由教務處負責管理", "1|每人每次限借二冊；", "2|借期為二週"].map((s) => s.replace("；", "")));
  });

  it("leaves framing parts and parts run into their heading as they were", async () => {
    expect(
      await titles([
        "溪山县名师培养方案",
        "一、培养目标通过三年培养，造就一批师德高尚、业务精湛的骨干教师，发挥示范引领作用。",
        "二、培养内容：",
        "1、开展专题研修，提升教学能力；",
        "2、组织课题研究，提高科研水平。",
        "三、主要措施2031年，进一步围绕培养目标，开拓创新，扎实推进各项工作。",
      ]),
    ).toEqual(["1|开展专题研修", "2|组织课题研究"]);
  });
});

describe("a part whose lines open with their dates (a schedule under 时间安排)", () => {
  const run = async (lines: string[]) => (await extractPlan(lines.join("\n"), { filename: "x.txt" })).plan.tasks;

  it("takes each dated line as a task of its part, due by its last day", async () => {
    const tasks = await run([
      "关于开展2031年校园安全隐患排查工作的通知",
      "各学院、各部门：",
      "为切实做好校园安全工作，经研究，决定开展安全隐患排查，现将有关事项通知如下。",
      "一、时间安排",
      "2031年3月1日至6月30日。其中：",
      "3月1日至3月20日，各单位完成自查，建立隐患台账；",
      "3月21日—4月30日：学校组织抽查，逐项核实整改情况；",
      "5月底前，汇总排查结果并报学校安全领导小组。",
      "二、工作要求",
      "（一）各单位要高度重视，由保卫处牵头组织实施。",
      "（二）各单位要按时报送材料，确保排查工作取得实效。",
    ]);
    expect(tasks.filter((t) => t.section === "一").map((t) => t.title)).toEqual(["各单位完成自查，建立隐患台账", "学校组织抽查，逐项核实整改情况", "汇总排查结果并报学校安全领导小组"]);
    expect(tasks.find((t) => t.title.startsWith("学校组织抽查"))?.deadlines.map((d) => d.by)).toContain("2031-04-30");
  });

  it("leaves a part with one dated line as one part", async () => {
    const tasks = await run([
      "关于做好2031年暑期教师培训工作的通知",
      "各学校：",
      "现将暑期教师培训有关事项通知如下。",
      "一、培训时间",
      "7月10日至7月20日，共10天。",
      "二、培训内容",
      "（一）开展师德师风专题培训，提升教师职业道德素养。",
      "（二）组织新课标专题研修，提升教师课堂教学能力。",
    ]);
    expect(tasks.some((t) => t.title.startsWith("共10天"))).toBe(false);
  });
});

describe("a measures part under a goals part (xextra14)", () => {
  const titles = async (lines: string[]) => (await tasksOf(lines.join("\n"))).map((t) => t.title);
  const goals = ["青禾小学2026年春季工作计划", "一、指导思想", "以立德树人为根本任务，办好人民满意的教育。", "二、工作目标", "1. 提升课堂教学质量，优秀率提高5个百分点。", "2. 加强教师队伍建设，骨干教师达到20人。"];

  it("takes the bare headings of the measures part as its tasks", async () => {
    expect(await titles([...goals, "三、具体措施", "（一）教学工作", "1. 严格执行课程计划。", "2. 加强备课管理。", "（二）德育工作", "1. 开展主题班会。", "2. 组织家访活动。"])).toEqual([
      "提升课堂教学质量，优秀率提高5个百分点",
      "加强教师队伍建设，骨干教师达到20人",
      "教学工作",
      "德育工作",
    ]);
  });

  it("also with one heading and a comma inside it", async () => {
    const got = await titles([...goals, "三、主要措施", "（一）加强后勤队伍建设，探索规范化管理", "1. 开展后勤人员培训。", "2. 完善岗位职责。"]);
    expect(got.slice(2)).toEqual(["加强后勤队伍建设，探索规范化管理"]);
  });

  it("keeps the items where a heading is a sentence", async () => {
    const got = await titles([...goals, "三、工作要点", "（一）完善各项制度，抓好基础建设。", "1. 每周召开例会。", "2. 加强辅导员培训。"]);
    expect(got.slice(2)).toEqual(["每周召开例会", "加强辅导员培训"]);
  });

  it("keeps the items where they are numbered on through the parts", async () => {
    const got = await titles([...goals, "三、重点工作", "（一）教学工作", "3. 严格执行课程计划。", "4. 加强备课管理。", "（二）德育工作", "5. 开展主题班会。", "6. 组织家访活动。"]);
    expect(got.slice(2)).toEqual(["严格执行课程计划", "加强备课管理", "开展主题班会", "组织家访活动"]);
  });

  it("keeps the items where the part beside them is no goals part", async () => {
    const got = await titles(["青禾小学六一活动方案", "一、活动内容", "（一）颁奖仪式", "1. 少先队准备奖状。", "2. 德育处评选名单。", "（二）班级活动", "1. 发放活动经费。", "2. 组织游艺活动。", "二、文艺汇演", "1. 节目排练", "2. 场地布置"]);
    expect(got.slice(0, 4)).toEqual(["少先队准备奖状", "德育处评选名单", "发放活动经费", "组织游艺活动"]);
  });
});

describe("a 工作要求 part's items beside the plan's other work (xlevel15)", () => {
  it("takes its items as tasks where the other parts' items are clauses of work", async () => {
    const text = [
      "青禾中学2031年秋季运动会工作方案",
      "一、报名方式",
      "1. 网上报名：各班体育委员在规定时间内登录校园平台填写参赛名单。",
      "2. 名单审核：体育组对提交的名单进行核对，并于周五前公布。",
      "二、工作要求",
      "1. 各班主任要加强安全教育，提醒学生做好赛前热身。",
      "2. 后勤处要提前检修跑道和器材，确保比赛顺利进行。",
    ].join("\n");
    expect((await tasksOf(text)).map((t) => t.title)).toEqual(["网上报名", "名单审核", "各班主任要加强安全教育，提醒学生做好赛前热身", "后勤处要提前检修跑道和器材，确保比赛顺利进行"]);
  });

  it("leaves them out beside tasks that are bare headings", async () => {
    const text = [
      "青禾中学2031年校园安全责任分解方案",
      "一、责任分解",
      "（一）用电安全",
      "总务处负责全校线路巡查。",
      "（二）饮水安全",
      "后勤处负责水质检测。",
      "二、工作要求",
      "（一）各责任人要切实履行职责，发现隐患及时报告。",
      "（二）各处室要建立工作台账，每月底前报送校办。",
    ].join("\n");
    expect((await tasksOf(text)).map((t) => t.title)).toEqual(["用电安全", "饮水安全"]);
  });
});

describe("a heading of the task level that only names a kind of requirements over one item (xlevel15)", () => {
  it("takes the one item under it as the task", async () => {
    const text = [
      "青禾小学2031年读书节活动方案",
      "一、活动内容",
      "（一）开展班级共读，各班每周安排一节阅读课。",
      "（二）举办读书征文比赛，语文组负责评选。",
      "（三）活动要求",
      "1. 各班主任要精心组织，按时上报活动照片和总结。",
    ].join("\n");
    expect((await tasksOf(text)).map((t) => t.title)).toEqual(["开展班级共读，各班每周安排一节阅读课", "举办读书征文比赛，语文组负责评选", "各班主任要精心组织，按时上报活动照片和总结"]);
  });
});

describe("which level and part hold the tasks (xmissed16)", () => {
  it("reads units named under one item only, among its siblings, as that item's measures", async () => {
    const text = [
      "青禾小学2031年一年级招生工作安排",
      "一、招生时间：",
      "上午8:30至11:30。",
      "二、具体工作：",
      "1、确定招生地段",
      "2、印发招生简章",
      "3、准备工作：",
      "（1）布置报名场地。（负责人：甲老师）",
      "（2）准备报名表格。（负责人：乙老师）",
      "4、新生报到",
    ].join("\n");
    expect((await tasksOf(text)).map((t) => t.title)).toEqual(["确定招生地段", "印发招生简章", "准备工作", "新生报到"]);
  });

  it("takes the items of a 组织领导 part as tasks", async () => {
    const text = [
      "青禾小学六一活动安全方案",
      "一、指导思想：",
      "确保活动安全有序。",
      "二、方法措施：",
      "1、各班主任要清点学生人数。",
      "2、工作人员要提前检查会场。",
      "三、组织领导：",
      "1、成立安全领导小组，统筹活动安全工作。",
      "2、领导小组成员要各负其责。",
    ].join("\n");
    expect((await tasksOf(text)).map((t) => t.title)).toEqual(["各班主任要清点学生人数", "工作人员要提前检查会场", "成立安全领导小组，统筹活动安全工作", "领导小组成员要各负其责"]);
  });

  it("takes a 组织领导 part written as prose, at the task level, as a task", async () => {
    const text = [
      "青禾市教育局关于开展读书月活动的通知",
      "各县（区）教育局：",
      "一、指导思想",
      "以立德树人为根本任务。",
      "二、组织领导",
      "读书月活动由市教育局牵头，各县区教育局组织实施，各学校具体落实。",
      "三、活动安排",
      "各学校于4月30日前完成读书分享会。",
    ].join("\n");
    expect((await tasksOf(text)).map((t) => t.title)).toContain("组织领导");
  });

  // (xwild17) an event plan's other facts — why it is held, who answers for it, what it costs — are no tasks
  it("drops an event plan's 背景, 负责人 and 经费预算 headings, in either script, and keeps its work", async () => {
    const text = [
      "青禾中学迎新晚会策划书",
      "一、活動背景",
      "新学期伊始，为帮助新同学尽快融入集体，增进师生之间的了解和交流，学生会决定举办本次迎新晚会。",
      "二、活动负责人",
      "三、组织节目排练",
      "各班于10月10日前报送节目，文艺部负责组织彩排和节目审核工作。",
      "四、布置晚会会场",
      "后勤组负责舞台搭建、音响调试和座位安排，确保晚会当天各项设施正常使用。",
      "五、經費預算",
      "道具、奖品和饮用水等各项开支合计约八百元，由学生会活动经费统一支出。",
    ].join("\n");
    expect((await tasksOf(text)).map((t) => t.title)).toEqual(["组织节目排练", "布置晚会会场"]);
  });

  it("keeps a heading that asks for the act, not the fact (落实经费保障)", async () => {
    const text = [
      "青禾中学迎新晚会工作安排",
      "一、组织节目排练",
      "各班于10月10日前报送节目，文艺部负责组织彩排和节目审核工作。",
      "二、落实活动经费",
      "财务室于10月8日前核拨晚会所需经费，并做好登记和报销工作。",
    ].join("\n");
    expect((await tasksOf(text)).map((t) => t.title)).toEqual(["组织节目排练", "落实活动经费"]);
  });

  it("drops a framing part named as the run-in lead of its item (（一）指导思想。以…)", async () => {
    const text = [
      "青禾区教育局2026年课后服务实施方案",
      "一、总体要求",
      "（一）指导思想。以立德树人为根本任务，全面提升课后服务质量，促进学生全面发展。",
      "（二）基本原则：坚持学生自愿、学校主导、家长参与，确保课后服务规范有序开展。",
      "（三）工作目标。到2026年底，全区义务教育学校课后服务实现全覆盖。",
    ].join("\n");
    expect((await tasksOf(text)).map((t) => t.title)).toEqual(["工作目标"]);
  });
});

describe("a lone item the headings lead down to", () => {
  it("takes the items under a lone heading-like （一） as the tasks, not the （一）", async () => {
    const tasks = await tasksOf(
      [
        "某县校园安全责任落实工作方案",
        "一、工作目标",
        "健全校园安全责任体系，确保各项安全责任落实到人。",
        "二、工作任务",
        "（一）学校主体责任全覆盖",
        "1.落实校长第一责任。各学校要制定校园安全责任清单，明确校长、分管副校长和班主任的安全职责。4月底前，将责任清单报县教育局备案。",
      ].join("\n"),
    );
    expect(tasks.map((t) => [t.no, t.title])).toEqual([["1", "落实校长第一责任"]]);
  });
});

// (xtasks26) a notice's heading glued to its text that opens with the addressees' 要, and a heading that names no work
describe("a notice's items named past a glued addressee, and past a heading that names no work", () => {
  it("cuts a heading run into 各地各校要…, and names 其他事项 by the work of its paragraph", async () => {
    const text = [
      "关于做好2031年端午节假期工作的通知",
      "各县教育局，各直属学校：",
      "一、严格落实值班制度",
      "各地各校要提前安排好假期值班，值班人员24小时坚守岗位。",
      "二、强化师生假期安全教育各地各校要做好防溺水、防交通事故等安全教育，严格师生健康管理。",
      "三、其他事项",
      "各县、各校于2031年5月28日（星期三）18:00前，在工作群内在线填报《假期值班表》。值班室电话：66001234",
    ].join("\n");
    const tasks = await tasksOf(text);
    expect(tasks.map((t) => `${t.no}|${t.title}`)).toEqual(["一|严格落实值班制度", "二|强化师生假期安全教育", "三|在工作群内在线填报《假期值班表》"]);
  });

  it("names a notice's part of other matters, its paragraph unnumbered, by the work past the period and the addressees' 要", async () => {
    const text = [
      "某市人民政府办公室关于做好2031年度教育督导评估的通知",
      "各县（区）人民政府，市直有关单位：",
      "一、县区自查",
      "各县（区）人民政府要按照评估方案要求，认真组织开展自查自评工作，自评报告于4月10日前报送市教育局。",
      "二、市级复查",
      "市级复查工作由市教育督导室负责组织实施。",
      "三、其他事项",
      "在市级督导评估期间，各县（区）人民政府要做好相关组织安排工作，接待从简。",
    ].join("\n");
    const tasks = await tasksOf(text);
    expect(tasks.map((t) => t.title)).toContain("做好相关组织安排工作，接待从简");
    expect(tasks.some((t) => t.title === "其他事项")).toBe(false);
  });

  it("names an item by its work past a period and the addressees' 要, not past a person's", async () => {
    const text = [
      "关于做好2031年清明节期间工作安排的通知",
      "各中小学、幼儿园：",
      "1、节假日期间，各单位要充实值班力量，合理安排值班工作，严格落实领导带班制度。",
      "2、各单位于4月1日前在平台填报值班表。",
      "3、线上教学期间，教师授课时务必落实线上点名，做好学生考勤记录。",
    ].join("\n");
    const tasks = await tasksOf(text);
    expect(tasks[0].title).toBe("充实值班力量，合理安排值班工作，严格落实领导带班制度");
    expect(tasks[2].title.startsWith("线上教学期间")).toBe(true);
  });

  it("keeps a heading of other matters over its own numbered items", async () => {
    const text = ["某校暑假安排", "一、做好安全检查", "各部门要认真开展安全自查。", "二、其他", "1.加强值班，落实领导带班制度。", "2.做好开学准备工作。"].join("\n");
    const tasks = await tasksOf(text);
    expect(tasks.some((t) => /在工作群/.test(t.title))).toBe(false);
    expect(tasks.every((t) => t.title !== "")).toBe(true);
  });
});
