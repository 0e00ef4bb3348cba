// An inspection checklist's questions are what is checked, not work (checklists.ts), as invented variants.
import { describe, expect, it } from "vitest";
import { extractPlan } from "../index.js";

const run = (lines: string[]) => extractPlan(lines.join("\n"), { filename: "x.txt" });

describe("an inspection checklist", () => {
  it("gives no task of its questions, nor of the plain points listed among them", async () => {
    const { plan } = await run([
      "K.食堂卫生。",
      "1、餐具是否每餐消毒,留样柜是否上锁。",
      "2、进货时有无专人查验票证。",
      "3、从业人员能否按规定佩戴口罩。",
      "L.门卫管理。",
      "1.实行来访登记;",
      "2.门岗是否配齐防护器械。",
      "3.夜间值守安排。",
    ]);
    expect(plan.tasks).toEqual([]);
  });

  it("leaves a list of work with one question in it", async () => {
    const { plan } = await run([
      "白鹭镇中心校2031年春季安全工作安排",
      "1、开展消防疏散演练,检验师生能否在三分钟内撤离。",
      "2、完善门卫值守制度,落实来访登记。",
      "3、加强食堂食品安全管理,严格执行留样制度。",
      "4、组织校车驾驶员安全培训。",
    ]);
    expect(plan.tasks.map((t) => t.no)).toEqual(["1", "2", "3", "4"]);
  });

  it("keeps headings whose paragraphs say what to check: the parts of an inspection's work", async () => {
    const { plan } = await run([
      "关于开展食堂管理专项督查的通知",
      "一、督查内容",
      "（一）食材采购管理",
      "检查是否建立索证索票制度，是否存在采购三无产品的问题。",
      "（二）加工过程管理",
      "检查生熟是否分开，是否按规定留样。",
      "（三）从业人员管理",
      "检查健康证是否齐全，是否开展岗前培训。",
    ]);
    expect(plan.tasks.map((t) => t.title)).toEqual(["食材采购管理", "加工过程管理", "从业人员管理"]);
  });
});
