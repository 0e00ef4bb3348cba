// A ceremony's run sheet is no task; a part named 流程 that lists stages of work holds tasks (invented documents).
import { describe, expect, it } from "vitest";
import { extractPlan } from "../index.js";

const run = (lines: string[]) => extractPlan(lines.join("\n"), { filename: "x.txt" });

describe("runSheets: the steps of a ceremony are no tasks", () => {
  it("drops the steps under a part named 议程 and keeps the work of the other parts", async () => {
    const { plan } = await run([
      "青禾小学秋季运动会开幕式方案",
      "一、筹备工作",
      "1、总务处布置主席台和看台，9月20日前完成。",
      "2、体育组编排比赛秩序册，印发各班。",
      "二、开幕式议程",
      "1、主持人宣布开幕式开始。",
      "2、运动员入场。",
      "3、校长讲话。",
      "三、安全要求",
      "1、班主任全程跟班，清点学生人数。",
    ]);
    expect(plan.tasks.map((t) => t.title)).toEqual(["总务处布置主席台和看台，9月20日前完成", "体育组编排比赛秩序册，印发各班", "班主任全程跟班，清点学生人数"]);
  });

  it("drops a 流程 item at the task level together with its steps", async () => {
    const { plan } = await run([
      "溪山幼儿园亲子游园会方案",
      "一、活动安排",
      "1. 游园准备",
      "各班布置游戏摊位，准备奖品。",
      "2. 活动流程",
      "（1）园长致辞。",
      "（2）亲子游戏。",
      "3. 安全保障",
      "保安在园门口值守，控制人流。",
    ]);
    expect(plan.tasks.map((t) => t.title)).toEqual(["游园准备", "安全保障"]);
  });

  it("keeps the stages of a 流程 part whose items hold work of their own", async () => {
    const { plan } = await run([
      "溪山中学读书月活动方案",
      "一、活动流程",
      "（一）启动阶段",
      "1、各班召开读书动员班会。",
      "2、图书馆开放新书借阅。",
      "（二）展示阶段",
      "1、举办读书征文评比。",
      "二、活动要求",
      "（一）各班认真组织，及时上报材料。",
    ]);
    expect(plan.tasks.map((t) => t.title)).toContain("启动阶段");
  });
});
