// Activities numbered afresh under sub-headings, each with its person in charge, are the sub-heading's measures;
// items naming responsible units keep their level (invented documents).
import { describe, expect, it } from "vitest";
import { extractPlan } from "../index.js";

const run = (lines: string[]) => extractPlan(lines.join("\n"), { filename: "x.txt" });

describe("subheadingMeasures: a sub-heading over activities with their owners is the task", () => {
  it("takes the （一） sub-headings as tasks when their items only name the people in charge", async () => {
    const { plan } = await run([
      "青禾小学读书节活动方案",
      "一、活动目的",
      "激发学生阅读兴趣，营造书香校园。",
      "二、活动内容",
      "（一）宣传发动",
      "1.利用升旗仪式发出读书倡议。",
      "2.各班出一期读书主题黑板报。",
      "（二）比赛安排",
      "1、朗诵比赛，项目负责人：周晓岚（具体见朗诵比赛方案）",
      "2、书签制作比赛，项目负责人：孙启明、郑雨桐",
      "3、读书小报评比，项目负责人：何嘉怡",
    ]);
    expect(plan.tasks.map((t) => t.title)).toEqual(["宣传发动", "比赛安排"]);
    const contests = plan.tasks[1];
    expect(contests.measures).toBe(3);
    expect(contests.leaders).toEqual(expect.arrayContaining(["周晓岚", "何嘉怡"]));
  });

  it("keeps the items as tasks when they name their responsible units", async () => {
    const { plan } = await run([
      "溪山县教育局2031年安全工作要点",
      "一、重点任务",
      "（一）校园安全",
      "1、开展校舍安全隐患排查，牵头单位：安全股。",
      "2、组织应急疏散演练，牵头单位：体卫艺股。",
      "（二）交通安全",
      "1、规范校车运营管理，牵头单位：安全股。",
      "2、开展交通安全进校园活动，牵头单位：德育股。",
    ]);
    expect(plan.tasks.map((t) => t.title)).toEqual(["开展校舍安全隐患排查", "组织应急疏散演练", "规范校车运营管理", "开展交通安全进校园活动"]);
  });
});

describe("loneRunLevel: one run of items under one of a part's short sub-headings (xevents)", () => {
  it("takes the sub-headings as the tasks, the run the measures of its own, and no attendee as a task", async () => {
    const { plan } = await run([
      "一、活动目的",
      "为庆祝校运动会闭幕，特制定本方案。",
      "二、参加人员",
      "（一）全体教职工；",
      "（二）各班学生代表。",
      "三、活动流程",
      "（一）颁发奖状",
      "1.德育主任宣读获奖名单。",
      "2.校领导为优胜班级6个、优秀运动员24名颁奖。",
      "（二）运动员代表发言",
      "（三）校长总结讲话。",
    ]);
    expect(plan.tasks.map((t) => [t.no, t.title, t.measures, t.targets.map((x) => `${x.value}${x.unit}`)])).toEqual([
      ["一", "颁发奖状", 2, ["6个", "24名"]],
      ["二", "运动员代表发言", 0, []],
      ["三", "校长总结讲话", 0, []],
    ]);
  });
});
