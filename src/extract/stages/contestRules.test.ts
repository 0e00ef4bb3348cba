// A competition's rules as a part of its own — its method, its scoring — hold no work (invented documents).
import { describe, expect, it } from "vitest";
import { extractPlan } from "../index.js";
import { CONTEST_RULES_HEADING } from "./partTitles.js";

const run = (lines: string[]) => extractPlan(lines.join("\n"), { filename: "x.txt" });

describe("CONTEST_RULES_HEADING: a part that states how a contest goes", () => {
  it("reads the parts of a sports meet's or a contest's rules", () => {
    for (const t of ["比赛规则", "比赛方法和规则", "竞赛规则", "记分和录取名次办法", "计分办法", "录取名次", "比賽規則"]) expect(CONTEST_RULES_HEADING.test(t), t).toBe(true);
  });

  it("leaves parts that organise the contest or act on it", () => {
    for (const t of ["竞赛办法", "比赛项目", "奖项设置", "活动与竞赛项目", "确定比赛项目", "报名办法", "比赛时间", "工作规则", "民生实事项目"]) expect(CONTEST_RULES_HEADING.test(t), t).toBe(false);
  });
});

describe("a sports meet's plan: its rules are no tasks", () => {
  it("takes the preparations, not the method or the scoring", async () => {
    const { plan } = await run([
      "柳溪小学2031年春季田径运动会方案",
      "一、组织分工",
      "1.体育组负责编排秩序册，准备比赛器材。",
      "2.德育处负责组织开幕式入场训练。",
      "3.总务处负责平整场地，画好跑道。",
      "二、比赛方法和规则",
      "1.各项目分年级组进行，每人限报两项。",
      "2.径赛采用分组计时，按成绩排名。",
      "三、记分和录取名次办法",
      "1.各单项取前六名，按7、5、4、3、2、1计分。",
      "2.破校纪录者另加5分。",
    ]);
    expect(plan.tasks.map((t) => t.section)).toEqual(["一", "一", "一"]);
  });
});
