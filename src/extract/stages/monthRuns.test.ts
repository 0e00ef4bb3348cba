// A month-by-month schedule run into prose (monthRuns.ts), as invented variants.
import { describe, expect, it } from "vitest";
import { extractPlan } from "../index.js";

const run = (lines: string[]) => extractPlan(lines.join("\n"), { filename: "x.txt" });

describe("months run into the text in their order", () => {
  it("gives a task a month, named by its first clause of work, due in its month across the new year", async () => {
    const { plan } = await run([
      "桂园小学2031-2032年度卫生工作逐月安排",
      "十月份开学后,立即组织全体学生进行一次视力筛查,建立视力档案。十一月份开展秋冬季传染病预防宣传,张贴宣传画。十二月份“12.1”艾滋病日,举办青春期健康知识讲座(班会、手抄报等)并评比一月份完成全年卫生工作总结;",
    ]);
    expect(plan.tasks.map((t) => t.title)).toEqual(["组织全体学生进行一次视力筛查", "开展秋冬季传染病预防宣传", "举办青春期健康知识讲座", "完成全年卫生工作总结"]);
    expect(plan.tasks.map((t) => t.deadlines.map((d) => d.by))).toEqual([["2031-10"], ["2031-11"], ["2031-12"], ["2032-01"]]);
  });

  it("reads no run from months that are not each the next", async () => {
    const { plan } = await run([
      "桂园小学卫生工作简报",
      "三月份学校开展了视力筛查。六月份各班评比卫生红旗。九月份新生入学体检顺利完成。",
    ]);
    expect(plan.tasks).toEqual([]);
  });
});
