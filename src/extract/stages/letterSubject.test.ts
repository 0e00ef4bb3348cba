import { describe, expect, it } from "vitest";
import { extractPlan } from "../index.js";
import { subjectAsk } from "./letterSubject.js";

const asked = (text: string) => {
  const a = subjectAsk(text);
  return a ? text.slice(a.start, a.end) : null;
};

describe("subjectAsk", () => {
  it("reads the ask from its 请, the closing formula aside", () => {
    expect(asked("主旨：检送「2031年少儿书法比赛」简章及报名表各1份，请转知所属学生踊跃报名，请查照。")).toBe("请转知所属学生踊跃报名");
  });
  it("keeps the thing sent before an ask that names nothing, after its programme's quote", () => {
    expect(asked("主旨：检送甲大学办理「2031学年度阅读推广计划」优良读书会评选办法1份，请踊跃参加。")).toBe("优良读书会评选办法1份，请踊跃参加");
  });
  it("finds no ask in a subject that only forwards", () => {
    expect(asked("主旨：转知乙部召开之研商会议重要决议，详如说明，请查照。")).toBeNull();
    expect(asked("检送简章1份，请踊跃参加。")).toBeNull();
  });
});

describe("letterSubject", () => {
  it("makes the subject's ask the letter's first task, led by its addressee, and drops an item that only explains", async () => {
    const text = [
      "丙市体育局 函",
      "受文者：丁市立实验中学",
      "主旨：检送「2031年校园足球联赛」竞赛规程1份，请转知所属教练及早组队报名，请查照。",
      "说明：",
      "一、为推广校园足球运动，提升学生体质，本局订定竞赛规程（如附件），并委托市足球协会办理赛务。",
      "二、请各校于2031年3月15日前将报名表送至本局群体科。",
    ].join("\n");
    const { plan } = await extractPlan(text, { filename: "x.txt" });
    expect(plan.tasks.map((t) => t.title)).toEqual(["请转知所属教练及早组队报名", "请各校于2031年3月15日前将报名表送至本局群体科"]);
    expect(plan.tasks[0].lead).toEqual(["丁市立实验中学"]);
  });

  it("reads a subject and an addressee set apart from their labels, as a Word copy sets them", async () => {
    const text = ["受文者：", "丁市立实验中学", "主旨：", "检送竞赛规程1份，请转知所属教练及早组队报名，请查照。", "说明：", "一、请各校于2031年3月15日前将报名表送至本局群体科。"].join("\n");
    const { plan } = await extractPlan(text, { filename: "x.txt" });
    expect(plan.tasks[0].title).toBe("请转知所属教练及早组队报名");
    expect(plan.tasks[0].lead).toEqual(["丁市立实验中学"]);
  });
});
