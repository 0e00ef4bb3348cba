// A 时间安排 part whose numbered items are the stages of the work, each with when it runs: the stages are tasks
// beside the plan's other work (invented documents; partFacts.ts `stagedParts`, itemTitles.ts label then days).
import { describe, expect, it } from "vitest";
import { extractPlan } from "../index.js";

const run = (lines: string[]) => extractPlan(lines.join("\n"), { filename: "x.txt" });

describe("stagedParts: dated stages under a framing part", () => {
  it("takes the stages of a 时间安排 part as tasks, each named by its label", async () => {
    const { plan } = await run([
      "青禾中学科技周活动方案",
      "一、活动内容",
      "1.科技小制作展评。",
      "2.科普知识竞赛。",
      "二、时间安排",
      "1.动员：11月3日—7日；",
      "2.评选：11月10日—14日；",
      "3.表彰，11月18日",
    ]);
    expect(plan.tasks.map((t) => t.title)).toEqual(["科技小制作展评", "科普知识竞赛", "动员", "评选", "表彰"]);
  });

  it("leaves a 时间安排 part of other items out", async () => {
    const { plan } = await run([
      "青禾中学科技周活动方案",
      "一、活动内容",
      "1.科技小制作展评。",
      "2.科普知识竞赛。",
      "二、时间安排",
      "1.各班要合理安排学生参加活动的时间。",
      "2.活动期间不得影响正常教学秩序。",
    ]);
    expect(plan.tasks.map((t) => t.title)).toEqual(["科技小制作展评", "科普知识竞赛"]);
  });
});
