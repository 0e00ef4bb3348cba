// The pieces of work a news report's sentences name (newsWorkCandidate in newsWork.ts), as invented variants.
import { describe, expect, it } from "vitest";
import { extractPlan } from "../index.js";

const run = (lines: string[]) => extractPlan(lines.join("\n"), { filename: "x.txt" });

describe("a news report that names a bureau's pieces of work in its prose", () => {
  it("takes each sentence that opens with work, its doer, time and frame aside, with one warning", async () => {
    const { plan, warnings } = await run([
      "某区卫健局多措并举推进健康村建设",
      "为了推动健康村建设提质增效，某区卫健局建立“周调度”机制，对全区30个村分类建立台账。同时，还建立驻村指导机制，每季度至少召开一次现场会。",
      "作为牵头单位，某区卫健局建立督办通报机制，对进度滞后的镇街下发督办单。（记者 某某）",
    ]);
    expect(plan.tasks.map((t) => t.title)).toEqual(["建立“周调度”机制", "建立驻村指导机制", "建立督办通报机制"]);
    expect(warnings.filter((w) => /结构不清晰.*请逐项核对/.test(w))).toHaveLength(1);
  });

  it("dates a piece of work by the sentence after it that opens with its time and names no work of its own", async () => {
    const { plan } = await run([
      "来源:2031-03-02 | 人围观",
      "今年，某市林业局将加快林业重点工程建设，着力构建绿色屏障。",
      "全力抓好森林防火工作，保障林区群众生命财产安全。4月底前，市林业局将修订完善各类防火预案，将120处林区卡点防火责任落实到人。加快推进国有林场改革，提升林场经营水平。",
      "做好古树名木保护工作。目前，已建立档案300份。",
    ]);
    expect(plan.tasks.map((t) => t.title)).toEqual(["加快林业重点工程建设", "全力抓好森林防火工作", "加快推进国有林场改革", "做好古树名木保护工作"]);
    expect(plan.tasks.map((t) => t.deadlines.map((d) => d.by))).toEqual([[], ["2031-04"], [], []]);
    // (only the time and the clause it dates: the figures after them are not the work's targets)
    expect(plan.tasks[1].targets).toEqual([]);
  });

  it("reads a year's plan told after 将, the frame 以…为抓手 kept, a topic's sentence and a cut line left out", async () => {
    const { plan } = await run([
      "来源：某某在线",
      "今年，某市林业局将紧紧围绕全市中心工作，努力推动林业发展实现新跨越。",
      "今年，某市林业局将加快林业重点工程建设，着力构建绿色屏障。按照省厅统一部署，抓紧编制完成林地保护利用规划并组织实施。加快推进国有林场改革，年内完成改革任务。以5个示范基地为抓手，推动全市苗木产业发展。",
      "森林防火方面，某市林业局将修订各类应急预案。",
      "保障林区道路建设方面，为加快",
    ]);
    expect(plan.tasks.map((t) => t.title)).toEqual(["加快林业重点工程建设", "抓紧编制完成林地保护利用规划并组织实施", "加快推进国有林场改革", "以5个示范基地为抓手，推动全市苗木产业发展"]);
    // (the bureau the report is about is its own, no unit of the work it names)
    expect(plan.tasks[0].lead).toEqual([]);
  });

  it("reads work whose verb follows a manner word (以点带面, 稳步, 有序, 因地制宜) after its frame 以…为抓手", async () => {
    const { plan } = await run([
      "来源：某某在线",
      "今年，某市交通运输局将加快农村公路建设，着力构建城乡路网。以4个示范县为抓手，以点带面推动全市“四好农村路”建设，新改建农村公路300公里。稳步推进城乡公交一体化，年内新增公交车辆40辆。",
    ]);
    expect(plan.tasks.map((t) => t.title)).toEqual(["加快农村公路建设", "以4个示范县为抓手，以点带面推动全市“四好农村路”建设", "稳步推进城乡公交一体化"]);
    expect(plan.tasks[1].targets.map((x) => `${x.value}${x.unit}`)).toEqual(["300公里"]);
  });

  it("gives nothing where no sentence names its doer (a notice's demands), where work was done, or for one sentence", async () => {
    const demands = await run(["某县关于做好寒假工作的通知", "各地各校做好期末复习工作，确保各项任务顺利完成。加强校园安全管理，全面排查各类隐患。"]);
    expect(demands.plan.tasks.map((t) => t.title)).not.toContain("加强校园安全管理");
    const done = await run(["某县教育局召开会议", "3月2日，某县教育局召开了全县教育工作会议。会议传达了全市教育工作会议精神，部署了全年工作。"]);
    expect(done.plan.tasks).toEqual([]);
    const one = await run(["某市交通局推进农村公路建设", "今年，某市交通局加快农村公路建设，力争年底前完工。届时，全市实现村村通公路。"]);
    expect(one.plan.tasks.map((t) => t.title)).not.toContain("加快农村公路建设");
  });
  it("reads the work a body announces (将, 还将, 决定), its place before its verb and a 把 after its frames, a sentence's second 将 too", async () => {
    const { plan } = await run([
      "青禾区调整初中招生片区",
      "据青禾区政府昨日召开的发布会介绍,青禾区将在东湖、西岭两个街道启动集团化办学试点,预计明年三月份将在全区所有初中全面推进集团化办学,以缩小校际差距。",
      "截至目前,青禾区共有初中21所。针对部分片区生源不均的问题,青禾区决定在现有招生片区的基础上,依据街道区划,把全区21所初中合并为7个教育集团,每个集团设1所核心校。",
      "同时,青禾区还将成立集团化办学指导中心,统筹集团间的教师交流和课程共建,推动优质资源在全区共享",
    ]);
    expect(plan.tasks.map((t) => t.title)).toEqual([
      "在东湖、西岭两个街道启动集团化办学试点",
      "在全区所有初中全面推进集团化办学",
      "把全区21所初中合并为7个教育集团",
      "成立集团化办学指导中心",
    ]);
    expect(plan.tasks[2].targets.map((t) => t.value)).toContain(7);
  });

  it("reads no announced work where the body reports what it did or names no work after its 将", async () => {
    const { plan } = await run([
      "青禾区召开教育工作会",
      "青禾区将在会后印发会议纪要。青禾区已在东湖街道启动集团化办学试点。",
      "青禾区决定在现有基础上,进一步研究。",
    ]);
    expect(plan.tasks).toEqual([]);
  });
  it("takes one piece of work a named body says it will do (将), after a time such as 适时 or 下一步", async () => {
    const { plan } = await run([
      "某县教育局关于做好校舍维修工作的补充通知",
      "各中小学:",
      "8月上旬,各校已完成校舍安全自查并上报了维修清单。适时,县教育局将组织专家赴各校开展验收,请各校做好准备。",
    ]);
    expect(plan.tasks.map((t) => t.title)).toEqual(["组织专家赴各校开展验收"]);
  });
});

describe("work a report's sentence names past its opening (xtasksB25)", () => {
  it("reads a deployment's demand and a body's next step after the period it is for", async () => {
    const { plan } = await extractPlan(
      [
        "青石镇各小学扎实开展寒假安全巡查工作",
        "为了做好寒假学生安全工作，青石镇中心学校对寒假安全工作进行了专题部署，将全镇划分为12个巡查片区，要求各小学建立台账，明确片区责任人，每周开展一次巡查。",
        "放假以来，各小学认真落实了部署，巡查记录完整。",
        "平安过寒假，安全不放假，寒假安全巡查工作刚刚开始，假期中，中心学校会加强对各小学巡查工作的检查和指导，确保学生度过一个平安的寒假。",
      ].join("\n"),
      { filename: "x.txt" },
    );
    expect(plan.tasks.map((t) => t.title)).toEqual(["要求各小学建立台账，明确片区责任人", "加强对各小学巡查工作的检查和指导"]);
  });
});
