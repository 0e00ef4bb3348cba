// A report's demands after "下一步，" (demandCandidates.ts), as invented variants.
import { describe, expect, it } from "vitest";
import { extractPlan } from "../index.js";

const run = (lines: string[]) => extractPlan(lines.join("\n"), { filename: "x.txt" });

describe("a report's next steps: the demands after 下一步，", () => {
  it("reads each demand after 下一步 as a task, a 委 or an 办 as its doer too", async () => {
    const { plan } = await run([
      "关于3月份重点项目推进情况的通报",
      "各乡镇、县直各单位：",
      "今年以来，各单位扎实推进重点项目，取得积极成效。截至3月底，已完成12项。",
      "下一步，各责任单位要压实主体责任，对滞后项目逐一分析原因，加快推进。县住建委要会同县督查办开展专项督导，对滞后事项予以通报。",
    ]);
    expect(plan.tasks.map((t) => t.title)).toEqual(["各责任单位要压实主体责任", "县住建委要会同县督查办开展专项督导"]);
  });
});
