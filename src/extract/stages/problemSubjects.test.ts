import { describe, expect, it } from "vitest";
import { extractPlan } from "../index.js";
import { problemSubjects } from "./problemSubjects.js";
import { Stitched } from "./stitched.js";

const subjects = (s: string) => problemSubjects(Stitched.of(s, 0, s.length)).map((n) => n.name);
const plan = async (text: string) => (await extractPlan(text, { filename: "x.txt" })).plan;

describe("the schools a problem list finds wanting (xunits26)", () => {
  it("reads the schools opening a problem's sentences, cut at the school's own name", () => {
    expect(subjects("2.读书活动尚需开展:甲镇乙小学、丙区丁幼儿园尚未开展共读活动。戊镇第三小学、庚辛学校等教师指导次数偏少。")).toEqual([
      "甲镇乙小学",
      "丙区丁幼儿园",
      "戊镇第三小学",
      "庚辛学校",
    ]);
    expect(subjects("3.图书室配置不达标:甲镇乙小学图书室无相关设施。庚辛学校初中部借阅制度未上墙。")).toEqual(["甲镇乙小学", "庚辛学校"]);
  });
  it("reads no school the sentence states no shortfall of, nor one after a preposition", () => {
    expect(subjects("1.甲镇乙小学开展了读书月活动。督查组对丙学校进行了回访。")).toEqual([]);
  });
  it("gives the schools as the problems' units in a 问题清单", async () => {
    const p = await plan(
      [
        "全县各学校:",
        "现将问题清单印发给你们,请所涉及学校迅速整改。",
        "附件:周督导问题清单",
        "周督导问题清单",
        "1.课后服务开展不佳。甲乙学校初中部课后服务内容单一,人员安排不到位。",
        "2.图书室配置不达标:乙镇丙小学图书室无相关设施设备。丁镇中心幼儿园借阅制度未上墙。",
      ].join("\n"),
    );
    expect(p.tasks.map((t) => t.lead)).toEqual([["甲乙学校"], ["乙镇丙小学", "丁镇中心幼儿园"]]);
  });
});
