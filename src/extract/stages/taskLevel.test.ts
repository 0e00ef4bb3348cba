// The label an item names itself by, read one way for choosing the task level and for naming the tasks.
import { describe, expect, it } from "vitest";
import { labelOf } from "./taskLevel.js";

describe("labelOf", () => {
  it("reads the words before the first colon when text follows it", () => {
    expect(labelOf("开展消防演练：每学期组织两次疏散演练")).toBe("开展消防演练");
    expect(labelOf("器材:逐间检查灭火器")).toBe("器材");
    expect(labelOf("加强巡查，及时上报：值班人员每日…")).toBe("加强巡查，及时上报");
  });
  it("reads no label where a sentence ends first or nothing follows the colon", () => {
    expect(labelOf("组织演练。时间：五月")).toBeNull();
    expect(labelOf("开展消防演练：")).toBeNull();
    expect(labelOf("演：练习")).toBeNull();
  });
});

describe("a notice's labels over its demands", () => {
  it("takes the demands numbered under labels closed by their colons as the tasks", async () => {
    const { extractPlan } = await import("../index.js");
    const text = [
      "甲市教育局关于举办少儿书法比赛的通知",
      "一、比赛事项如下：",
      "（一）报名方式：",
      "1、请各校于2031年3月1日前填写报名表。",
      "（二）交件时间：",
      "1、请各校于2031年4月1日前将作品送至市少年宫。",
      "2、请各区教研室于2031年4月10日前汇总评审结果。",
    ].join("\n");
    const { plan } = await extractPlan(text, { filename: "x.txt" });
    expect(plan.tasks.map((t) => t.no)).toEqual(["1", "1", "2"]);
    expect(plan.tasks[2].deadlines.map((d) => d.by)).toEqual(["2031-04-10"]);
  });
});
