// A part that lists the problems a check found is no work: the measures of the report's other part are (invented documents).
import { describe, expect, it } from "vitest";
import { extractPlan } from "../index.js";
import { listsProblems } from "./partTitles.js";

const run = (lines: string[]) => extractPlan(lines.join("\n"), { filename: "x.txt" });

describe("listsProblems: a heading that names the problems found", () => {
  it("reads the problems parts of 整改 reports", () => {
    for (const t of ["存在的问题", "当前存在的主要问题", "食堂卫生隐患问题：后厨排查", "现状分析与需解决问题", "发现的不足：", "现状分析与需解决问题目前，本园在卫生方面存在以下问题："]) expect(listsProblems(t), t).toBe(true);
  });

  it("leaves headings that act on problems, or join them to the measures", () => {
    for (const t of ["着力解决突出问题", "坚持问题导向，推动整改落实", "存在问题及整改措施", "整改措施", "关于师资配备不足的问题", "存在的困难"]) expect(listsProblems(t), t).toBe(false);
  });
});

describe("a 整改 report: the problems part is no work", () => {
  it("takes the measures, not the problems found", async () => {
    const { plan } = await run([
      "青川镇第二小学食堂卫生排查整改报告",
      "为保障师生饮食安全，学校对食堂进行了全面检查，现将排查结果报告如下：",
      "一、食堂卫生隐患问题：",
      "1、后厨排水沟堵塞，存在卫生隐患。",
      "2、部分餐具消毒记录不全。",
      "3、留样冰箱温度不达标。",
      "二、整改措施：",
      "1、疏通并加盖排水沟，每周清理一次。",
      "2、落实餐具消毒登记制度，专人签字。",
      "3、更换留样冰箱，每日记录温度。",
    ]);
    expect(plan.tasks.map((t) => t.title)).toEqual(["疏通并加盖排水沟，每周清理一次", "落实餐具消毒登记制度，专人签字", "更换留样冰箱，每日记录温度"]);
    expect(plan.tasks.every((t) => t.section === "二")).toBe(true);
  });

  it("leaves out the problems announced by a heading run into its text, whichever level the tasks take", async () => {
    const { plan } = await run([
      "2031年幼儿园卫生保健工作计划",
      "一、现状分析与需解决问题目前，本园在卫生保健方面存在以下问题：",
      "1.晨检记录不完整，部分班级漏检。",
      "2.保育员消毒操作不规范。",
      "3.幼儿体检档案更新滞后。",
      "二、实施步骤",
      "1.组建卫生保健检查小组，园长任组长，每月检查一次。",
      "2.开展保育员消毒操作培训，9月底前完成。",
    ]);
    const titles = plan.tasks.map((t) => t.title);
    expect(titles.some((t) => /晨检|消毒操作不规范|体检档案/.test(t))).toBe(false);
    expect(titles.some((t) => /现状分析/.test(t))).toBe(false);
  });
});
