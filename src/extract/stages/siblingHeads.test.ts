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
  it("counts an item that is only its head and a colon as named by it (xtaskspool)", async () => {
    const { plan } = await run([
      "青禾小学秋季开学典礼方案",
      "一、物品准备及分工",
      "1、宣传横幅、活动流程：",
      "2、话筒设备：",
      "3、拍照、通讯稿：",
      "4、各班整队：各班班主任、副班主任以及各科老师",
    ]);
    expect(plan.tasks.map((t) => t.title)).toEqual(["宣传横幅、活动流程", "话筒设备", "拍照、通讯稿", "各班整队"]);
  });

  it("lets the items that open with a head decide, plain sentences aside (xtaskspool)", async () => {
    const { plan } = await run([
      "青禾小学教师跳绳比赛方案",
      "一、具体安排",
      "1.全体教师下午3:40到体育馆集合，换好运动鞋。",
      "2.各组组长带领组员做热身运动，避免拉伤。",
      "3.物品准备：跳绳、计时器、记录表（李明）",
      "4.奖状准备：周红",
      "5.安全保障：赵兰、钱芳、孙丽",
    ]);
    expect(plan.tasks.slice(2).map((t) => t.title)).toEqual(["物品准备", "奖状准备", "安全保障"]);
  });
});
