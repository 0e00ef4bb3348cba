import { describe, expect, it } from "vitest";
import { extractPlan } from "../index.js";

const plan = async (text: string) => (await extractPlan(text, { filename: "x.txt" })).plan;

describe("a run of items led into by a time label", () => {
  it("is done in the label's time, unless an item names its own date", async () => {
    const p = await plan(
      [
        "青禾县2031年读书月活动方案",
        "一、活动目标",
        "1、营造全民阅读氛围。",
        "二、活动安排",
        "第一阶段：宣传发动",
        "时间：3月—4月",
        "内容：各校制定读书计划，召开动员会。",
        "第二阶段：全面实施",
        "时间：5月—6月",
        "内容：",
        "1、举办一场亲子共读展示活动。",
        "2、开展好书推荐评选，5月20日前报送名单。",
        "3、组织读书征文比赛。",
      ].join("\n"),
    );
    const by = Object.fromEntries(p.tasks.map((t) => [t.title, t.deadlines.map((d) => d.by)]));
    expect(by["举办一场亲子共读展示活动"]).toEqual(["2031-06"]);
    expect(by["开展好书推荐评选"] ?? by["开展好书推荐评选，5月20日前报送名单"]).toEqual(["2031-05-20"]);
    expect(by["组织读书征文比赛"]).toEqual(["2031-06"]);
  });
  it("ends where other text stands between items", async () => {
    const p = await plan(
      [
        "青禾县2031年读书月活动方案",
        "一、活动目标",
        "1、营造全民阅读氛围。",
        "二、宣传发动",
        "时间：3月",
        "2、召开动员会。",
        "3、印发宣传册。",
        "三、总结表彰",
        "4、评选优秀组织单位。",
      ].join("\n"),
    );
    expect(p.tasks.map((t) => t.deadlines.map((d) => d.by))).toEqual([[], ["2031-03"], ["2031-03"], []]);
  });
});

describe("a part's heading that dates its items by their names", () => {
  it("gives each item the date of the clause that names it, unless it names its own", async () => {
    const p = await plan(
      [
        "青禾县2031年学校安全工作考核方案",
        "一、考核对象",
        "（一）全县各中小学校。",
        "二、考核安排：校级自评工作于2031年11月20日前结束，县级复核工作于2031年12月底结束",
        "（一）校级自评",
        "各校对照考核细则开展自评，填写自评表。",
        "（二）县级复核",
        "县教育局组织人员对各校进行实地复核，12月10日前通报结果。",
        "（三）结果运用",
        "考核结果纳入学校年度考核。",
      ].join("\n"),
    );
    const by = Object.fromEntries(p.tasks.map((t) => [t.title, t.deadlines.map((d) => d.by)]));
    expect(by["校级自评"]).toEqual(["2031-11-20"]);
    expect(by["县级复核"]).toEqual(["2031-12-10"]);
    expect(by["结果运用"]).toEqual([]);
  });
});
