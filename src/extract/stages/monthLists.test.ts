// A month-by-month calendar without numbers: the lines under each month's work label are tasks.
import { describe, expect, it } from "vitest";
import { extractPlan } from "../index.js";

describe("a calendar whose months each label their work lines", () => {
  it("takes the lines under the work labels, due in their month, and not the suggestions", async () => {
    const text = [
      "2025年幼儿园工作日历",
      "一月",
      "元旦：结合节日氛围装饰班级，邀请家长参与元旦亲子联欢会。",
      "1月份幼儿园重点工作：",
      "学期收尾,写好评语,汇报幼儿情况",
      "做好寒假安全工作",
      "元旦假期：2024年12月30日-2025年1月1日",
      "二月",
      "立春：宜带领孩子进行耕种活动。",
      "2月份幼儿园重点工作：",
      "做好春节假期前的幼儿园整体环境检查工作，断水电、关门窗。",
      "春假放假时间为2月15日—2月21日。",
    ].join("\n\n");
    const { plan, warnings } = await extractPlan(Buffer.from(text), { filename: "x.txt" });
    expect(plan.tasks.map((t) => [t.title, t.deadlines.map((d) => d.by)])).toEqual([
      ["学期收尾,写好评语,汇报幼儿情况", ["2025-01"]],
      ["做好寒假安全工作", ["2025-01"]],
      ["做好春节假期前的幼儿园整体环境检查工作，断水电、关门窗", ["2025-02"]],
    ]);
    expect(plan.tasks.every((t) => t.confidence <= 0.4)).toBe(true);
    expect(warnings.some((w) => w.includes("重点工作"))).toBe(true);
  });
});
