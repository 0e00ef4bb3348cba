// A school calendar typed as dated lines: each activity line is a task, its date the deadline.
import { describe, expect, it } from "vitest";
import { extractPlan } from "../index.js";

const planOf = async (text: string) => (await extractPlan(text, { filename: "x.txt" })).plan;

describe("dated-line calendar", () => {
  it("reads a calendar of list items, each a dated sentence closed by its full stop", async () => {
    const text = [
      "2031年春季学期行事安排",
      "二月：新学期",
      "- 2月10日：学生报到，各班召开开学班会。",
      "- 2月12日-14日：开展新生入学教育。",
      "三月：春风",
      "- 3月5日：学雷锋志愿服务活动。",
      "- 3月20日左右：春季运动会，各年级组织训练。",
      "- 3月28日：举行消防疏散演练。",
      "---",
    ].join("\n");
    const plan = await planOf(text);
    expect(plan.tasks.map((t) => [t.title, t.deadlines.map((d) => d.by).join(",")])).toEqual([
      ["学生报到，各班召开开学班会", "2031-02-10"],
      ["开展新生入学教育", "2031-02-14"],
      ["学雷锋志愿服务活动", "2031-03-05"],
      ["春季运动会，各年级组织训练", "2031-03-20"],
      ["举行消防疏散演练", "2031-03-28"],
    ]);
  });


  it("reads each activity line as a task, with week rows, ranges, holidays and themes", async () => {
    const text = [
      "2031学年度第二学期青禾幼儿园行事历",
      "月份 周次 日 期",
      "行 事 内 容",
      "1 2 3 4 5 6 7 2/3新学期报到",
      "2/5消防疏散演练",
      "整理班级图书角",
      "8 9 10 11 12 13 14 2/10~2/12家访周",
      "2/13元宵手工会",
      "15 16 17 18 19 20 21 2/18~20春节假期三天",
      "三月成长季",
      "3/6三月份生日会",
      ".亲子阅读打卡",
      "绘本借阅第",
      "3/20春季运动会",
    ].join("\n");
    const plan = await planOf(text);
    expect(plan.tasks.map((t) => [t.title, t.deadlines.map((d) => d.by).join(",")])).toEqual([
      ["新学期报到", "2032-02-03"],
      ["消防疏散演练", "2032-02-05"],
      ["整理班级图书角", ""],
      ["家访周", "2032-02-12"],
      ["元宵手工会", "2032-02-13"],
      ["三月份生日会", "2032-03-06"],
      ["亲子阅读打卡", ""],
      ["春季运动会", "2032-03-20"],
    ]);
  });

  it("leaves a notice whose dated lines are sentences to the prose stages", async () => {
    const text = [
      "关于做好2031年秋季开学工作的通知",
      "各校：",
      "9/1全体学生报到，各校要做好迎新工作。",
      "9/2正式上课，各校要按课表开齐课程。",
      "9/3召开家长会，班主任通报本学期安排。",
      "9/5完成学籍核对，教务处汇总上报。",
      "9/8开展安全教育周活动，政教处负责组织。",
    ].join("\n");
    const plan = await planOf(text);
    expect(plan.tasks.every((t) => !/^9\//.test(t.title))).toBe(true);
  });
});
