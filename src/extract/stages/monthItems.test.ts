// A month-by-month plan inside one item (monthItems.ts), as invented records.
import { describe, expect, it } from "vitest";
import { extractPlan } from "../index.js";

const run = (lines: string[]) => extractPlan(lines.join("\n"), { filename: "x.txt" });

describe("month headings under one item over its numbered lines (xprose)", () => {
  const record = (year: string) => [
    `青禾幼儿园${year}家长委员会会议记录`,
    "一、通报本学期招生情况。",
    "二、园方介绍下阶段工作：",
    "1、园方接到上级通知，要求做好春季传染病防控。",
    "2、下阶段工作安排：",
    "九月份",
    "（1）开展新生入园适应活动。",
    "（2）召开新学期家长会。",
    "十月份",
    "（1）组织秋季亲子运动会。",
    "十一月份",
    "（1）开展消防安全演练。",
    "（2）举办教师半日开放活动。",
    "三、家长代表发言。",
  ];
  it("takes the months' items as tasks in the item's section, not the item's measures", async () => {
    const { plan } = await run(record(""));
    const titles = plan.tasks.map((t) => t.title);
    expect(titles).toEqual(expect.arrayContaining(["开展新生入园适应活动", "召开新学期家长会", "组织秋季亲子运动会", "开展消防安全演练", "举办教师半日开放活动"]));
    expect(titles).not.toContain("下阶段工作安排");
    expect(plan.tasks.find((t) => t.title === "组织秋季亲子运动会")!.measures).toBe(0);
    expect(plan.tasks.find((t) => t.title === "组织秋季亲子运动会")!.deadlines).toEqual([]);
  });
  it("dates each item by its month where the plan's year is known", async () => {
    const { plan } = await run(record("2031年"));
    expect(plan.tasks.find((t) => t.title === "组织秋季亲子运动会")!.deadlines.map((d) => d.by)).toEqual(["2031-10"]);
    expect(plan.tasks.find((t) => t.title === "举办教师半日开放活动")!.deadlines.map((d) => d.by)).toEqual(["2031-11"]);
  });
  it("leaves an item with one month heading, or numbered lines before its months, as it was", async () => {
    const one = await run(["某校会议记录", "一、工作安排：", "1、下月工作：", "九月份", "（1）开展新生入园适应活动。", "（2）召开新学期家长会。", "2、做好校园安全检查。"]);
    expect(one.plan.tasks.map((t) => t.title)).not.toContain("召开新学期家长会");
    const mixed = await run(["某校会议记录", "一、工作安排：", "1、下阶段工作：", "（1）完善值班制度。", "九月份", "（1）开展新生入园适应活动。", "（2）召开新学期家长会。", "十月份", "（1）组织秋季亲子运动会。", "（2）开展消防安全演练。", "2、做好校园安全检查。"]);
    expect(mixed.plan.tasks.map((t) => t.title)).not.toContain("组织秋季亲子运动会");
  });
});
