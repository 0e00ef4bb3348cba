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
