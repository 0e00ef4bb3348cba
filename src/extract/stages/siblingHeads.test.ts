// Items of one list named by their heads before a colon: an item whose value looked like a list keeps only its
// head when its siblings show the split (invented documents).
import { describe, expect, it } from "vitest";
import { extractPlan } from "../index.js";

const run = (lines: string[]) => extractPlan(lines.join("\n"), { filename: "x.txt" });

describe("siblingHeads: a list's items are named alike", () => {
  it("names an item by its head when the other items of its list are named by theirs", async () => {
    const { plan } = await run([
      "青禾幼儿园秋季园务计划",
      "一、工作目标",
      "1.课程建设：梳理园本课程体系，使活动内容贴合幼儿年龄特点，提升活动趣味性。",
      "2.队伍建设：组织教师参加专题培训，每月开展两次教研活动，培养骨干教师。",
      "3.后勤管理：规范采购、入库、领用手续，做到账物相符。",
      "4.家园合作：召开家长会，开展亲子活动，提升家长满意度。",
    ]);
    expect(plan.tasks.map((t) => t.title)).toEqual(["课程建设", "队伍建设", "后勤管理", "家园合作"]);
  });

  it("leaves a list alone whose items are not named by heads", async () => {
    const { plan } = await run([
      "青禾幼儿园秋季园务计划",
      "一、工作安排",
      "1.开学准备：清洁、消毒、布置，迎接新生。",
      "2.召开全体教师会议，部署本学期工作。",
      "3.组织新生家长会，介绍入园须知。",
    ]);
    expect(plan.tasks[0].title).toBe("开学准备：清洁、消毒、布置，迎接新生");
  });
});
