// A count of works announced before a colon, then as many sentences run into one paragraph (countedRuns.ts; invented texts).
import { describe, expect, it } from "vitest";
import { extractPlan } from "../index.js";

const run = (lines: string[]) => extractPlan(lines.join("\n"), { filename: "x.txt" });

describe("countedRuns: the works a paragraph counts and then lists", () => {
  it("gives a task a sentence where the sentences are as many as the count, led by the body that has them", async () => {
    const { plan } = await run([
      "青川网讯 2031年，青川县教育系统将重点推进5项民生工程。",
      "据了解，今年县教育局一共有5项建设任务：新建城区幼儿园3所，其中公办2所。加快乡村学校建设，改造薄弱学校12所(含甲镇2所)。积极探索“医教结合”，完成资源教室建设任务。推进课后服务全覆盖。新建200套教师周转宿舍。",
      "县教育局要求各校高度重视，",
    ]);
    expect(plan.tasks.map((t) => t.title)).toEqual(["新建城区幼儿园3所", "加快乡村学校建设", "完成资源教室建设任务", "推进课后服务全覆盖", "新建200套教师周转宿舍"]);
    expect(plan.tasks.map((t) => t.lead)).toEqual(Array(5).fill(["县教育局"]));
    expect(plan.tasks.map((t) => t.targets.map((x) => [x.value, x.unit]))).toEqual([[[3, "所"]], [[12, "所"]], [], [], [[200, "套"]]]);
  });

  it("reads no list where the sentences after the colon are not as many as the count", async () => {
    const { plan } = await run([
      "青川网讯 2031年，青川县教育系统将重点推进5项民生工程。",
      "据了解，今年县教育局一共有5项建设任务：新建城区幼儿园3所。加快乡村学校建设，改造薄弱学校12所。推进课后服务全覆盖。",
    ]);
    expect(plan.tasks.map((t) => t.title)).not.toContain("推进课后服务全覆盖");
  });
});
