// A page's plan stated by its figures (plannedFigureCandidate in reportCandidates.ts), as invented variants.
import { describe, expect, it } from "vitest";
import { extractPlan } from "../index.js";

const run = (lines: string[]) => extractPlan(lines.join("\n"), { filename: "x.txt" });

describe("a page with no structure that states its plan by figures", () => {
  it("takes the lead's first clause that does work by a count, named after its 将, with a warning", async () => {
    const { plan, warnings } = await run([
      "某县教育项目建设稳步推进",
      "本报讯 近日，记者从某县教育局获悉，今年，某县将新建、改扩建学校校舍12所，总投资5.6亿元，总建筑面积8万平方米。",
      "据介绍，某县第三小学已完成主体建设，其余项目正在有序推进。",
    ]);
    expect(plan.tasks.map((t) => t.title)).toEqual(["新建、改扩建学校校舍12所"]);
    expect(warnings.filter((w) => /结构不清晰.*请逐项核对/.test(w))).toHaveLength(1);
  });

  it("goes on over the clauses after it that do more work by a count", async () => {
    const { plan } = await run([
      "某市今年学位建设情况",
      "某市2031年计划新建中小学校6所，新增学位9000个。",
    ]);
    expect(plan.tasks.map((t) => t.title)).toEqual(["新建中小学校6所，新增学位9000个"]);
  });

  it("names the work by the quotes that make it a project, in a sentence that reports progress", async () => {
    const { plan } = await run([
      "某市民生实事项目进展",
      "截至目前，“新增公办幼儿园学位4000个”民生实事项目按计划推进，已完成总进度的七成。",
    ]);
    expect(plan.tasks.map((t) => t.title)).toEqual(["新增公办幼儿园学位4000个"]);
  });

  it("gives nothing where the lead only reports what was done or counts without work", async () => {
    const reported = await run(["某县学校建设情况", "截至目前，某县已完成新建学校5所，完工率达到百分之九十。"]);
    expect(reported.plan.tasks).toEqual([]);
    const counts = await run(["某区教育概况", "今年某区共有中小学校30所，在校学生2万名。", "去年，某区推进学校建设项目8个。"]);
    expect(counts.plan.tasks).toEqual([]);
  });
});
