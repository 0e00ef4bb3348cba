// A dated goal with figures opening a top-level prose part of goals, beside the plan's task parts, is a task of its own
// (invented documents; goalParagraphs.ts).
import { describe, expect, it } from "vitest";
import { extractPlan } from "../index.js";

const run = (lines: string[]) => extractPlan(lines.join("\n"), { filename: "x.txt" });

const TASK_PART = ["二、重点任务", "1.扩充学前教育资源。新建公办幼儿园若干所。", "2.改善乡村学校办学条件。完成薄弱学校改造。"];

describe("goalParagraphs: a goal part's dated goal as a task", () => {
  it("names the task by the goal clause the part opens with, with its figures and years", async () => {
    const { plan } = await run([
      "青川县学前教育提质行动方案",
      "一、总体目标",
      "到2028年，全县学前三年毛入园率达到96%以上，普惠性幼儿园覆盖率达到90%；力争到2030年，基本建成覆盖城乡的学前教育公共服务体系。",
      ...TASK_PART,
    ]);
    expect(plan.tasks.map((t) => [t.no, t.title])).toEqual([
      ["", "到2028年，全县学前三年毛入园率达到96%以上"],
      ["1", "扩充学前教育资源"],
      ["2", "改善乡村学校办学条件"],
    ]);
    const goal = plan.tasks[0];
    expect(goal.section).toBe("一");
    expect(goal.targets.map((x) => [x.value, x.unit])).toEqual([
      [96, "%"],
      [90, "%"],
    ]);
    expect(goal.deadlines.map((d) => d.by)).toEqual(["2028", "2030"]);
  });

  it("names the task by the aim the part opens with where its dated goals follow it", async () => {
    const { plan } = await run([
      "青川县学前教育提质行动方案",
      "一、总体目标",
      "以扩大普惠性资源和提升保教质量为目标，以公办园建设为重点，推动城乡学前教育均衡发展。到2028年，全县学前三年毛入园率达到96%以上；到2030年，新增公办学位1200个。",
      ...TASK_PART,
    ]);
    expect(plan.tasks.map((t) => [t.no, t.title])).toEqual([
      ["", "以扩大普惠性资源和提升保教质量为目标"],
      ["1", "扩充学前教育资源"],
      ["2", "改善乡村学校办学条件"],
    ]);
    expect(plan.tasks[0].deadlines.map((d) => d.by)).toEqual(["2028", "2030"]);
  });

  it("reads a goal run into its part's heading line", async () => {
    const { plan } = await run(["青川县学前教育提质行动方案", "一、工作目标。到2027年，新增公办学位1200个，城乡幼儿园结对帮扶实现全覆盖。", ...TASK_PART]);
    expect(plan.tasks[0].title).toBe("到2027年，新增公办学位1200个");
  });

  it("leaves a goal inside a 总体要求 part's prose to the part, framing", async () => {
    const { plan } = await run([
      "青川县学前教育提质行动方案",
      "一、总体要求",
      "坚持公益普惠基本方向，办好人民满意的学前教育。到2028年，全县新增普惠性学位1500个以上，乡镇中心幼儿园实现全覆盖。",
      ...TASK_PART,
    ]);
    expect(plan.tasks.map((t) => t.title)).toEqual(["扩充学前教育资源", "改善乡村学校办学条件"]);
  });

  it("leaves a goal part framing where its prose sets no dated goal with figures", async () => {
    const noFigure = await run([
      "青川县学前教育提质行动方案",
      "一、总体目标",
      "到2028年，全县学前教育普及普惠水平明显提升，保教质量全面提高。",
      ...TASK_PART,
    ]);
    expect(noFigure.plan.tasks.map((t) => t.title)).toEqual(["扩充学前教育资源", "改善乡村学校办学条件"]);
    const undated = await run([
      "青川县学前教育提质行动方案",
      "一、总体目标",
      "全县学前三年毛入园率稳定在95%以上，普惠性幼儿园覆盖率达到90%。",
      ...TASK_PART,
    ]);
    expect(undated.plan.tasks.map((t) => t.title)).toEqual(["扩充学前教育资源", "改善乡村学校办学条件"]);
  });

  it("leaves goals numbered under their part to the walk, and a deeper goals item alone", async () => {
    const numbered = await run([
      "青川县学前教育提质行动方案",
      "一、总体目标",
      "到2028年，全县学前教育普及普惠水平明显提升。",
      "（一）学前三年毛入园率达到96%以上。",
      "（二）普惠性幼儿园覆盖率达到90%。",
      "二、重点任务",
      "（一）扩充学前教育资源。新建公办幼儿园若干所。",
      "（二）改善乡村学校办学条件。完成薄弱学校改造。",
    ]);
    expect(numbered.plan.tasks.some((t) => t.title.startsWith("到2028年"))).toBe(false);
  });

  it("leaves the goals to the plan as a whole where its tasks name who answers for them and the goals name no one", async () => {
    const { plan } = await run([
      "青川县学前教育提质行动方案",
      "一、工作目标",
      "到2028年，全县学前三年毛入园率达到96%以上，普惠性幼儿园覆盖率达到90%。",
      "二、重点任务",
      "1.扩充学前教育资源。新建公办幼儿园若干所。（责任单位：县教育局）",
      "2.改善乡村学校办学条件。完成薄弱学校改造。（责任单位：县发改局）",
    ]);
    expect(plan.tasks.map((t) => t.title)).toEqual(["扩充学前教育资源", "改善乡村学校办学条件"]);
  });

  it("adds no goal task beside nothing: a plan of framing parts alone has its goals part as its one task (goalsAlone)", async () => {
    const { plan } = await run([
      "青川县学前教育提质行动方案",
      "一、指导思想",
      "坚持公益普惠基本方向，办好人民满意的学前教育。",
      "二、主要目标",
      "到2028年，全县学前三年毛入园率达到96%以上，普惠性幼儿园覆盖率达到90%。",
    ]);
    expect(plan.tasks.map((t) => [t.no, t.section, t.title])).toEqual([["", "二", "到2028年，全县学前三年毛入园率达到96%以上"]]);
  });

  it("names a goals part taken as the plan's one task by the goal its text opens with", async () => {
    const { plan } = await run([
      "青川县教育强县建设实施意见",
      "一、指导思想",
      "坚持教育优先发展，办好人民满意的教育。",
      "二、建设目标",
      "到2030年，基本建成城乡一体、优质均衡的现代教育体系，群众对教育的满意度明显提高。",
    ]);
    expect(plan.tasks.map((t) => [t.no, t.title])).toEqual([["", "到2030年，基本建成城乡一体、优质均衡的现代教育体系"]]);
    expect(plan.tasks[0].deadlines.map((d) => d.by)).toEqual(["2030"]);
  });

  it("keeps the name of a goals item under a part, whose goal it heads", async () => {
    const { plan } = await run([
      "青川县教育强县建设实施意见",
      "一、总体要求",
      "（一）指导思想。坚持教育优先发展，办好人民满意的教育。",
      "（二）建设目标。到2030年，基本建成城乡一体、优质均衡的现代教育体系。",
    ]);
    expect(plan.tasks.map((t) => t.title)).not.toContain("到2030年，基本建成城乡一体、优质均衡的现代教育体系");
  });

  it("names a part whose text opens with the plan year's figures by the part, the year no deadline (xtargets26)", async () => {
    const { plan } = await run([
      "青川县农业农村局2031年工作要点",
      "一、总体要求",
      "2031年，全县农业农村系统坚持稳中求进，守住粮食安全底线。",
      "二、目标任务",
      "2031年全县粮食播种面积达到120万亩，产量稳定在9.5亿斤左右。推广稻油轮作种植3.2万亩。发展设施蔬菜8万亩。全县农产品加工业产值达到150亿元以上，4个现代农业产业园加工产值达60亿元以上。",
      "三、重点工作",
      "（一）稳定粮食生产。压实属地责任，确保粮食播种面积120万亩，产量稳定在9.5亿斤左右。",
      "（二）发展特色产业。培育区域公共品牌。",
    ]);
    const goal = plan.tasks.find((t) => t.section === "二")!;
    expect([goal.no, goal.title]).toEqual(["", "目标任务"]);
    expect(goal.targets.map((x) => [x.value, x.unit])).toEqual([
      [120, "万亩"],
      [9.5, "亿斤"],
      [3.2, "万亩"],
      [8, "万亩"],
      [150, "亿元"],
      [60, "亿元"],
    ]);
    expect(goal.deadlines).toEqual([]);
  });
});

// A plan whose numbered parts are all framing (指导思想, 工作目标, 组织机构…: a short 实施方案, or an excerpt cut after its goals)
// and whose goals part states two figures or more: the goals part is its work, not nothing (goalsAlone, xtargets issue 9).
describe("goalParagraphs: goals as the only work of a plan of framing parts", () => {
  it("names one sentence of goals by its dated goal, with every figure and the goal's year its only deadline", async () => {
    const { plan, warnings } = await run([
      "青川县促进青年就业工作方案",
      "一、指导思想",
      "坚持就业优先战略，推动实现更加充分更高质量就业。",
      "二、目标任务",
      "到2029年，全县每年实现城镇新增就业1500人以上，帮助就业困难人员就业260人，城镇调查失业率控制在5.5%以内",
    ]);
    expect(plan.tasks.map((t) => [t.no, t.section, t.title])).toEqual([["", "二", "到2029年，全县每年实现城镇新增就业1500人以上"]]);
    expect(plan.tasks[0].targets.map((x) => [x.op, x.value, x.unit])).toEqual([
      [">=", 1500, "人"],
      ["=", 260, "人"],
      ["<=", 5.5, "%"],
    ]);
    expect(plan.tasks[0].deadlines.map((d) => d.by)).toEqual(["2029"]);
    expect(warnings.join("")).not.toContain("只有指导思想");
  });

  it("names one undated sentence by its first clause; the months of the work's yearly calendar are no deadline", async () => {
    const { plan } = await run([
      "青川县2031年义务教育巩固提升工作方案",
      "一、指导思想",
      "全面贯彻党的教育方针，保障适龄儿童少年依法接受义务教育。",
      "二、工作目标",
      "切实做好义务教育巩固工作，办好4月份和10月份“依法送学”宣传周活动，确保全县小学入学率达99.5%以上、初中辍学率控制在0.6%以内、残疾儿童少年入学率达92%以上。",
      "三、组织机构",
      "成立巩固提升工作领导小组，由分管副县长任组长。",
    ]);
    const goal = plan.tasks.find((t) => t.section === "二")!;
    expect(goal.title).toBe("切实做好义务教育巩固工作");
    expect(goal.targets.map((x) => [x.op, x.value, x.unit])).toEqual([
      [">=", 99.5, "%"],
      ["<=", 0.6, "%"],
      [">=", 92, "%"],
    ]);
    expect(goal.deadlines).toEqual([]);
  });

  it("names a paragraph of several sentences of goals by its part", async () => {
    const { plan } = await run([
      "青川县学前教育普惠发展实施意见",
      "一、总体要求",
      "坚持政府主导、公益普惠，办好人民满意的学前教育。",
      "二、工作目标",
      "到2030年，全县学前三年毛入园率达到97%，普惠性幼儿园覆盖率达到92%。基本建成覆盖城乡的学前教育公共服务体系。幼儿园专任教师持证率达到100%。",
    ]);
    expect(plan.tasks.map((t) => [t.no, t.section, t.title])).toEqual([["", "二", "工作目标"]]);
    expect(plan.tasks[0].targets.map((x) => x.value)).toEqual([97, 92, 100]);
    expect(plan.tasks[0].deadlines.map((d) => d.by)).toEqual(["2030"]);
  });

  it("reads goals set out field by field, a labelled paragraph each, as a task each named by its label", async () => {
    const { plan } = await run([
      "2031年全县交通运输工作要点",
      "一、主要目标",
      "结合全县实际，主要指标设置如下：",
      "公路建设方面：新改建农村公路120公里，危桥改造不少于8座。",
      "客运服务方面：建制村通客车率保持100%，新增新能源公交车30辆。",
      "安全生产方面：道路运输较大事故起数为零，安全隐患整改率达到98%以上。",
    ]);
    expect(plan.tasks.map((t) => [t.section, t.title])).toEqual([
      ["一", "公路建设方面"],
      ["一", "客运服务方面"],
      ["一", "安全生产方面"],
    ]);
    expect(plan.tasks[0].targets.map((x) => `${x.value}${x.unit}`)).toEqual(["120公里", "8座"]);
    expect(plan.tasks[1].targets.map((x) => `${x.value}${x.unit}`)).toEqual(["100%", "30辆"]);
    expect(plan.tasks[2].targets.map((x) => `${x.value}${x.unit}`)).toContain("98%");
  });

  it("leaves a plan of framing parts whose goals state one figure or none as it was: nothing to chase", async () => {
    const { plan, warnings } = await run([
      "青川县学前教育提质行动方案",
      "一、指导思想",
      "坚持公益普惠基本方向，办好人民满意的学前教育。",
      "二、主要目标",
      "全面提升保教质量，全县学前三年毛入园率达到96%以上。",
    ]);
    expect(plan.tasks.some((t) => t.section === "二" && t.title === "主要目标")).toBe(false);
    expect(plan.tasks.every((t) => t.title !== "全面提升保教质量")).toBe(true);
    void warnings;
  });
});


// A goals part numbered below the top level and above the task level, no item under it ("1.2 总体目标" beside "1.1 指导思想",
// the tasks "2.1.1"…): a task named by its heading, numbered as printed (withSubGoalParts); and a lone "一、总体要求" whose
// text, run into its name, opens with a dated goal with figures (goalParts, goalsAlone).
describe("goalParagraphs: goals parts at a second level, and a lone general-requirements part", () => {
  it("takes a leaf goals part at the level of the sections as a task, with its figures and its dated goal", async () => {
    const { plan } = await run([
      "青川县实验小学2031年学校工作计划",
      "第一章 指导思想与目标",
      "1.1 指导思想",
      "坚持立德树人，推动学校高质量发展。",
      "1.2 总体目标",
      "到2031年7月，建成区域优质学校；学生体质健康达标率≥95%，家长满意度≥90%。",
      "第二章 教学工作",
      "2.1 课堂建设",
      "2.1.1 集体备课：完善集体备课制度，每周一次。",
      "2.1.2 听课评课：每位教师每学期听课不少于20节。",
    ]);
    const goal = plan.tasks.find((t) => t.title === "总体目标")!;
    expect(goal.no).toBe("1.2");
    expect(goal.targets.map((x) => [x.op, x.value, x.unit])).toEqual([
      [">=", 95, "%"],
      [">=", 90, "%"],
    ]);
    expect(goal.deadlines.map((d) => d.by)).toEqual(["2031-07"]);
    expect(plan.tasks.map((t) => t.no)).toEqual(["1.2", "2.1.1", "2.1.2"]);
  });

  it("takes a goals item at the task level under a framing part, numbered on with the tasks, as a task of its own", async () => {
    const { plan } = await run([
      "某市人民政府关于加快推进城乡客运一体化的意见",
      "一、总体要求",
      "（一）指导思想。坚持以人民为中心，推动城乡客运均衡发展。",
      "（二）主要目标。力争到2033年全市基本实现城乡客运一体化。建制村通客车率达到100%；新能源公交车占比达到80%以上。",
      "二、完善客运网络",
      "（三）优化线路布局。各县区人民政府统筹规划城乡客运线路。",
      "（四）改善站点设施。新建改建农村客运站点，完善候车设施。",
    ]);
    expect(plan.tasks.map((t) => [t.no, t.section, t.title])).toEqual([
      ["二", "一", "主要目标"],
      ["三", "二", "优化线路布局"],
      ["四", "二", "改善站点设施"],
    ]);
    expect(plan.tasks[0].targets.map((x) => `${x.op}${x.value}${x.unit}`)).toEqual([">=100%", ">=80%"]);
    expect(plan.tasks[0].deadlines.map((d) => d.by)).toEqual(["2033"]);
  });

  it("takes no leaf goals part that states one figure or none, nor a framing leaf", async () => {
    const { plan } = await run([
      "青川县实验小学2031年学校工作计划",
      "第一章 指导思想与目标",
      "1.1 指导思想",
      "坚持立德树人，推动学校高质量发展。",
      "1.2 总体目标",
      "建成人民满意的学校，家长满意度≥90%。",
      "第二章 教学工作",
      "2.1 课堂建设",
      "2.1.1 集体备课：完善集体备课制度，每周一次。",
      "2.1.2 听课评课：每位教师每学期听课不少于20节。",
    ]);
    expect(plan.tasks.map((t) => t.no)).toEqual(["2.1.1", "2.1.2"]);
  });

  it("takes a lone general-requirements part run into its dated goal as the plan's one task, named by the part", async () => {
    const { plan } = await run([
      "青川县防灾减灾能力提升行动计划",
      "为提高防灾减灾能力，结合我县实际，制定本计划。一、总体要求到2032年，初步建成防灾减灾体系，年均因灾直接经济损失占全县生产总值比例控制在1%以内，突发事件有效处置率达100%。",
      "-县应急指挥平台全面建成，应急信息化水平显著提升。",
    ]);
    expect(plan.tasks.map((t) => [t.no, t.section, t.title])).toEqual([["", "一", "总体要求"]]);
    expect(plan.tasks[0].targets.map((x) => x.value)).toEqual([1, 100]);
  });
});
