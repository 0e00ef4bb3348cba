// The paragraphs of work under a numbered part with no items (partParagraphs.ts), as invented variants.
import { describe, expect, it } from "vitest";
import { extractPlan } from "../index.js";

const run = (lines: string[]) => extractPlan(lines.join("\n"), { filename: "x.txt" });

describe("paragraphs of work under a part that has no items", () => {
  it("gives a task a paragraph after a checklist, one ending on ；going on in the next, a purpose paragraph none", async () => {
    const { plan } = await run([
      "C.食堂卫生。",
      "1、餐具是否每餐消毒。",
      "2、进货时有无专人查验票证。",
      "3、从业人员能否按规定佩戴口罩。",
      "四、落实要求。",
      "落实工作责任,把食堂专项整治摆上重要议事日程,不走过场。",
      "坚持边查边改,对排查出的问题要建立清单,明确整改时限;",
      "对一时难以整改的,要制定临时管控措施;",
      "确保整改到位。",
      "为保障师生饮食安全,落实学校主体责任,特制定本方",
    ]);
    expect(plan.tasks.map((t) => t.title)).toEqual(["落实工作责任,把食堂专项整治摆上重要议事日程,不走过场", "坚持边查边改,对排查出的问题要建立清单,明确整改时限"]);
    expect(plan.tasks[0].section).toBe("四");
  });

  it("leaves a part with one paragraph of work, and paragraphs that ask what to check", async () => {
    const one = await run(["二、工作要求", "落实工作责任,把食堂专项整治摆上重要议事日程。"]);
    expect(one.plan.tasks.map((t) => t.title)).not.toContain("落实工作责任,把食堂专项整治摆上重要议事日程");
    const asks = await run(["三、检查重点", "检查留样制度是否落实,留样柜是否上锁。", "检查从业人员是否持证上岗。"]);
    expect(asks.plan.tasks.map((t) => t.title)).not.toContain("检查从业人员是否持证上岗");
  });
});
