// The matters a meeting heard reports on, a paragraph each (meetingMatters.ts), as invented news reports.
import { describe, expect, it } from "vitest";
import { extractPlan } from "../index.js";

const run = (lines: string[]) => extractPlan(lines.join("\n"), { filename: "x.txt" });

describe("a meeting's matters, each a paragraph opening with the report it heard (xprose)", () => {
  it("gives a task per matter, named by it, with the paragraph's figures and doers", async () => {
    const { plan } = await run([
      "溪川县召开县政府常务会议研究民生工作",
      "6月3日上午，县长主持召开县政府常务会议。",
      "会议听取了关于农村供水提质工程的情况汇报。会议指出，要加快项目建设，计划新建水厂12座。县水利局要抓紧制定实施方案。",
      "会议听取了城区停车场建设工作汇报。县住建局要做好选址论证，尽快开工。",
      "责任编辑：张某",
    ]);
    expect(plan.tasks.map((t) => t.title)).toEqual(["农村供水提质工程", "城区停车场建设"]);
    expect(plan.tasks[0].targets.map((x) => x.value)).toContain(12);
    expect(plan.tasks.map((t) => t.lead.join())).toEqual(["县水利局", "县住建局"]);
  });
  it("needs two matters", async () => {
    const { plan } = await run(["溪川县召开会议", "会议听取了关于农村供水提质工程的情况汇报。", "与会人员进行了讨论。"]);
    expect(plan.tasks.map((t) => t.title)).not.toContain("农村供水提质工程");
  });
});
