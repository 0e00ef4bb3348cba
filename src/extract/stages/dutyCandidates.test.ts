// A body's duties, a paragraph each, where nothing is numbered (dutyCandidates.ts), as invented variants.
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

describe("a duty list one cell a line: a body's name on its line, its duties on the next (xprose)", () => {
  const lines = [
    "溪川县民政局权责清单",
    "事项名称 春季防汛保障",
    "相关部门",
    "职责分工",
    "县民政局",
    "做好受灾群众临时安置、救灾物资发放。",
    "县水务局",
    "负责河道巡查和水位监测；组织抢险队伍开展演练。",
    "县交通运输局",
    "抢修受损道路桥梁，保障救援车辆通行。",
    "相关依据",
    "《溪川县防汛应急预案》。",
  ];
  it("gives a task per body, named by its duty's first sentence, the body its lead", async () => {
    const { plan } = await run(lines);
    expect(plan.tasks.map((t) => t.title)).toEqual(["做好受灾群众临时安置、救灾物资发放", "负责河道巡查和水位监测", "抢修受损道路桥梁，保障救援车辆通行"]);
    expect(plan.tasks.map((t) => t.lead.join())).toEqual(["县民政局", "县水务局", "县交通运输局"]);
  });
  it("reads the same list where a page's record label and its value are lines of their own (a Word copy)", async () => {
    const { plan } = await run(["溪川县民政局权责清单", "管理事项", "春季防汛保障", "职责分工", "相关部门", "职责分工", ...lines.slice(4)]);
    expect(plan.tasks.map((t) => t.lead.join())).toEqual(["县民政局", "县水务局", "县交通运输局"]);
  });
  it("needs two bodies over their duties in a row", async () => {
    const { plan } = await run(["溪川县民政局", "做好受灾群众临时安置、救灾物资发放。", "感谢各位的支持和配合。"]);
    expect(plan.tasks.every((t) => t.lead.join() !== "溪川县民政局" || t.title !== "做好受灾群众临时安置、救灾物资发放")).toBe(true);
  });
});

