// "Never nothing" (issue 9 §3): a plan with numbered parts or a task table yields its tasks, a guess
// said to be one; a page with only framing parts or no structure yields none (written cases).
import { describe, expect, it } from "vitest";
import { extractPlan } from "../index.js";

describe("a plan whose only task part has no items (issue 9 §3)", () => {
  it("takes the part as its one task, with low confidence and a warning", async () => {
    const text = "某校隐患排查整治实施方案一、指导思想以安全稳定为主线，强化常规管理。二、工作目标通过专项行动，落实安全管理责任。三、领导小组组长:XX成员:XXX四、主要任务此次开展隐患再排查再整治专项行动，主要是排查整改责任不明确等问题";
    const { plan, warnings } = await extractPlan(Buffer.from(text), { filename: "x.txt" });
    expect(plan.tasks.map((t) => t.title)).toEqual(["主要任务"]);
    expect(plan.tasks[0].confidence).toBeLessThanOrEqual(0.4);
    expect(warnings.some((w) => w.includes("没有分项编号"))).toBe(true);
  });
  it("gives nothing where the parts are only framing ones", async () => {
    const text = "某县教育现代化实施意见一、指导思想以立德树人为根本任务，推进教育现代化。二、工作目标到2035年，基本实现教育现代化。";
    const { plan } = await extractPlan(Buffer.from(text), { filename: "x.txt" });
    expect(plan.tasks).toHaveLength(0);
  });
});
