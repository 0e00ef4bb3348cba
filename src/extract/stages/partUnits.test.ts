// A part heading that names the unit leading its work (partUnits.ts), as invented variants.
import { describe, expect, it } from "vitest";
import { extractPlan } from "../index.js";

const run = (lines: string[]) => extractPlan(lines.join("\n"), { filename: "x.txt" });

describe("a part heading that names the unit leading its work", () => {
  it("gives the items under 'X牵头工作（N项）' that unit as lead", async () => {
    const { plan } = await run([
      "溪山县2031年重点工作任务清单",
      "一、县城投公司牵头工作（2项）",
      "1.建设城南污水处理厂二期工程。",
      "2.完成老旧小区改造15个。",
      "二、县教育局牵头工作（2项）",
      "1.新建公办幼儿园3所。",
      "2.推进义务教育优质均衡发展。",
    ]);
    expect(plan.tasks.map((t) => t.lead.join())).toEqual(["县城投公司", "县城投公司", "县教育局", "县教育局"]);
  });
});
