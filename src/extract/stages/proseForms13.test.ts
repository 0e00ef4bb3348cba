// Prose forms of session 13 (xprose13), each as invented variants: a body's duties a paragraph each, a
// report's "下一步，" demands, item numbers glued to their month, a part heading that names its 牵头 unit.
import { describe, expect, it } from "vitest";
import { extractPlan } from "../index.js";

const run = (lines: string[]) => extractPlan(lines.join("\n"), { filename: "x.txt" });

describe("a body's duties, a paragraph each, nothing numbered", () => {
  it("gives a task per body, the body its lead", async () => {
    const { plan } = await run([
      "青禾实验小学管理分工",
      "教务处主要负责全校课程安排和教学常规检查，组织期中期末考试。由李明任主任。",
      "德育室主要承担学生行为规范教育和班主任培训两项职能。由周红任主任。",
      "总务组的职责是：管理校舍维修、食堂和财产。下设采购、保管两个小组。",
    ]);
    expect(plan.tasks.map((t) => t.title)).toEqual(["教务处主要负责全校课程安排和教学常规检查", "德育室主要承担学生行为规范教育和班主任培训两项职能", "总务组的职责是：管理校舍维修、食堂和财产"]);
    expect(plan.tasks.map((t) => t.lead.join())).toEqual(["教务处", "德育室", "总务组"]);
  });

  it("leaves one duty paragraph among prose alone", async () => {
    const { plan } = await run(["溪山中学简介", "学校创办于1958年，现有教师120人。", "教研组负责组织全校教研活动。"]);
    expect(plan.tasks.length).toBeLessThanOrEqual(1);
  });
});

describe("a report's next steps: the demands after 下一步，", () => {
  it("reads each demand after 下一步 as a task, a 委 or an 办 as its doer too", async () => {
    const { plan } = await run([
      "关于3月份重点项目推进情况的通报",
      "各乡镇、县直各单位：",
      "今年以来，各单位扎实推进重点项目，取得积极成效。截至3月底，已完成12项。",
      "下一步，各责任单位要压实主体责任，对滞后项目逐一分析原因，加快推进。县住建委要会同县督查办开展专项督导，对滞后事项予以通报。",
    ]);
    expect(plan.tasks.map((t) => t.title)).toEqual(["各责任单位要压实主体责任", "县住建委要会同县督查办开展专项督导"]);
  });
});

describe("item numbers glued to the month their items open with", () => {
  it("splits 1/2/3 glued to 3月/6月份/7-8月份 into items, the number out of the text", async () => {
    const { plan } = await run([
      "溪山镇2031年教育工作规划",
      "一、完善教学管理，提高质量13月上旬召开全镇教学工作会，部署全年工作。26月份组织全镇毕业班模拟考试。37-8月份做好新生招生工作。二、加强队伍建设1、开展教师全员培训。24月份组织青年教师赛课。3、评选优秀班主任。",
    ]);
    expect(plan.tasks.map((t) => `${t.no}|${t.title.slice(0, 9)}`)).toEqual([
      "1|3月上旬召开全镇教",
      "2|6月份组织全镇毕业",
      "3|7-8月份做好新生",
      "1|开展教师全员培训",
      "2|4月份组织青年教师",
      "3|评选优秀班主任",
    ]);
  });

  it("does not split a date after 年 or 于, nor a 1 no 2 follows", async () => {
    const { plan } = await run([
      "溪山镇考核安排",
      "一、县级自查。各校于2031年12月底前完成自查，形成报告。",
      "二、市级考核。市考核组于12月中旬进行实地考核，召开反馈会。",
    ]);
    expect(plan.tasks.map((t) => t.no)).toEqual(["一", "二"]);
  });
});

describe("a part heading that names the unit leading its work", () => {
  it("gives the items under 'X牵头工作（N项）' that unit as lead", async () => {
    const { plan } = await run([
      "溪山县2031年重点工作任务清单",
      "一、县城投公司牵头工作（2项）",
      "1.建设城南污水处理厂二期工程。",
      "2.完成老旧小区改造15个。",
      "二、县教育局牵头工作（2项）",
      "1.新建公办幼儿园3所。",
      "2.推进义务教育优质均衡发展。",
    ]);
    expect(plan.tasks.map((t) => t.lead.join())).toEqual(["县城投公司", "县城投公司", "县教育局", "县教育局"]);
  });
});
