import { describe, expect, it } from "vitest";
import { runInWorkHeadEnd } from "./nominalHeads.js";

describe("runInWorkHeadEnd (a heading naming a piece of work run into its text)", () => {
  it("cuts where when, who or how the work is done opens the text", () => {
    expect(runInWorkHeadEnd("读书活动每月开展一次主题阅读，由语文组负责。")).toBe("读书活动".length);
    expect(runInWorkHeadEnd("消防演练在开学第二周，组织全体师生进行疏散演练。")).toBe("消防演练".length);
    expect(runInWorkHeadEnd("校级评比各班推荐两名学生参加，评出一二三等奖。")).toBe("校级评比".length);
    expect(runInWorkHeadEnd("年终考核区教育局组织考核组到各校实地查看。")).toBe("年终考核".length);
    expect(runInWorkHeadEnd("教师培训通过专家讲座和课例研讨提升教学能力。")).toBe("教师培训".length);
    expect(runInWorkHeadEnd("新生入学准备3月1日前完成分班和教室布置。")).toBe("新生入学准备".length);
  });
  it("cuts where the text opens with the action the work takes", () => {
    expect(runInWorkHeadEnd("校园安全管理强化门卫值守和来访登记，每日巡查两次。")).toBe("校园安全管理".length);
    expect(runInWorkHeadEnd("阅读与评估引入分级阅读书目：每月测评一次。")).toBe("阅读与评估".length);
    expect(runInWorkHeadEnd("教学质量目标深刻转变课堂教学方式。")).toBe("教学质量目标".length);
    // (a heading's own last words are no text: "…改革深化行动")
    expect(runInWorkHeadEnd("课程教学改革深化行动")).toBe(0);
  });
  it("leaves a sentence that names no such work, or says too little after it", () => {
    expect(runInWorkHeadEnd("全体教师在开学前完成备课。")).toBe(0);
    expect(runInWorkHeadEnd("加强学校安全管理，落实责任。")).toBe(0);
    expect(runInWorkHeadEnd("安全检查每周，由后勤处负责。")).toBe(0);
  });
});
