// Each part takes its own deepest list: a part that holds no item at the plan's task level but a list
// of shallower items ("六、活动时间" over （一）（二）, where the other parts number 1. 2.) gives those items.
import { describe, expect, it } from "vitest";
import { extractPlan } from "../index.js";
import { NumberingState, splitRunOnLine } from "./runOn.js";

const titlesOf = async (text: string) => (await extractPlan(text, { filename: "x.txt" })).plan.tasks.map((t) => `${t.no}|${t.section ?? ""}|${t.title}`);

describe("a part's own deepest list", () => {
  it("takes the （一） items of a part without 1. items beside parts that number 1. 2.", async () => {
    const text = [
      "松溪镇中心小学秋季运动会实施计划",
      "一、活动目的：增强学生体质。",
      "二、活动时间：",
      "（一）筹备会议：10月8日下午召开。",
      "（二）预赛：10月15日至10月20日。",
      "（三）决赛：10月24日全天。",
      "三、活动内容：",
      "1.短跑接力赛。",
      "2.跳远比赛。",
      "3.拔河比赛。",
      "四、奖项设置：",
      "1.设团体总分奖。",
      "2.设体育道德风尚奖。",
    ].join("\n");
    expect(await titlesOf(text)).toEqual(["一|二|筹备会议：10月8日下午召开", "二|二|预赛", "三|二|决赛：10月24日全天", "1|三|短跑接力赛", "2|三|跳远比赛", "3|三|拔河比赛", "1|四|设团体总分奖", "2|四|设体育道德风尚奖"]);
  });

  it("leaves a part's single shallower item and a framing part alone", async () => {
    const text = [
      "河湾区少年宫艺术节方案",
      "一、指导思想",
      "（一）坚持以美育人",
      "（二）坚持全员参与",
      "二、活动安排",
      "1.各班排练合唱曲目。",
      "2.年级组织初赛。",
      "3.征集学生书画作品。",
      "三、奖项设置",
      "（一）设优秀组织奖。",
    ].join("\n");
    expect(await titlesOf(text)).toEqual(["1|二|各班排练合唱曲目", "2|二|年级组织初赛", "3|二|征集学生书画作品"]);
  });
});

describe("a weekday bracketed after its date", () => {
  it("is no run-in item （二）", () => {
    const state = new NumberingState();
    splitRunOnLine({ text: "（一）预备会议：9月3日(二)上午8:00至8:30。", start: 0 }, state);
    expect(splitRunOnLine({ text: "（二）预赛：9月10日（五）、9月12日（日）下午举行。", start: 0 }, state).map((l) => l.text)).toEqual([
      "（二）预赛：9月10日（五）、9月12日（日）下午举行。",
    ]);
  });
});

describe("categories over items that name themselves", () => {
  it("takes the named items under one-word categories as the tasks", async () => {
    const text = [
      "某中学实验室安全管理要点",
      "一、管理措施：",
      "1.预防：",
      "（1）落实危化品双人双锁：危化品柜每学期由两名教师共同清点登记。",
      "（2）开展实验前安全讲解：每节实验课前由任课教师讲解操作规范。",
      "2.处置：",
      "（1）启动实验室应急预案：发生泄漏时立即疏散学生并报告总务处。",
      "（2）做好现场记录：事后由实验员整理经过并存档。",
    ].join("\n");
    expect(await titlesOf(text)).toEqual(["1|1|落实危化品双人双锁", "2|1|开展实验前安全讲解", "1|2|启动实验室应急预案", "2|2|做好现场记录"]);
  });

  it("keeps headings whose items do not name themselves as the tasks", async () => {
    const text = [
      "某中学实验室安全管理要点",
      "一、管理措施：",
      "1.预防：",
      "（1）危化品柜每学期由两名教师共同清点登记。",
      "（2）每节实验课前由任课教师讲解操作规范。",
      "2.处置：",
      "（1）发生泄漏时立即疏散学生并报告总务处。",
      "（2）事后由实验员整理经过并存档。",
    ].join("\n");
    expect((await titlesOf(text)).map((t) => t.split("|")[2])).toEqual(["预防", "处置"]);
  });
});
