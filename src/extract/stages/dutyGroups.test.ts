import { describe, expect, it } from "vitest";
import { extractPlan } from "../index.js";

const plan = async (text: string) => (await extractPlan(Buffer.from(text), { filename: "x.txt" })).plan;

describe("an event's working groups with their numbered duties (xunits21)", () => {
  it("gives each duty the group whose roster and 主要职责 label stand above it", async () => {
    const text = [
      "青石小学春季田径运动会组织方案",
      "一、组织机构及职责",
      "宣传组",
      "组长：孙某",
      "成员：各班班主任",
      "主要职责：",
      "1.撰写开幕式主持词；",
      "2.拍摄比赛照片并制作展板。",
      "器材组：",
      "组长：钱某",
      "副组长：李某",
      "主要职责：",
      "1.清点跳高架、接力棒等器材；",
      "2.划定跑道并检查场地安全；",
      "3.赛后回收器材。",
    ].join("\n");
    const tasks = (await plan(text)).tasks;
    expect(tasks.map((t) => `${t.title}|${t.lead.join("、")}`)).toEqual([
      "撰写开幕式主持词|宣传组",
      "拍摄比赛照片并制作展板|宣传组",
      "清点跳高架、接力棒等器材|器材组",
      "划定跑道并检查场地安全|器材组",
      "赛后回收器材|器材组",
    ]);
  });
  it("reads a block run into one line (后勤组组长：…成员：…主要职责：1.…)", async () => {
    const text = "后勤组组长：周某成员：各班班主任主要职责：1.准备饮用水和急救药品；2.安排裁判员午餐。\n一、指导思想\n增强学生体质。";
    const tasks = (await plan(text)).tasks.filter((t) => t.lead.length);
    expect(tasks.map((t) => t.lead.join("、"))).toEqual(["后勤组", "后勤组"]);
  });
  it("gives nothing where no roster stands between a group's name and the duties, or the group is a numbered team", async () => {
    const text = ["运动会安排", "一、分组", "第一组", "组长：孙某", "主要职责：", "1.检录；", "2.计时。"].join("\n");
    const tasks = (await plan(text)).tasks;
    expect(tasks.every((t) => !t.lead.includes("第一组"))).toBe(true);
  });
});
