import { describe, expect, it } from "vitest";
import { extractPlan } from "../index.js";
import { joinWeekRowLines } from "./weekRowLines.js";

// an invented 教务处 week schedule copied one cell a line, its header lost and its first row cut
const schedule = [
  "某校第二学期教务处工作安排",
  "教案检查;作业抽查",
  "教务处、教研组",
  "第三周",
  "3.4-3.10",
  "青年教师汇报课",
  "教务处、教研组",
  "第四周",
  "3.11-3.17",
  "月考命题与阅卷",
  "教务处、年级组",
  "第五周",
  "3.18-3.24",
  "学生评教座谈会",
  "教务处、年级组",
  "一、工作目标",
  "1.教学秩序平稳有序",
];

describe("a week schedule copied one cell a line without its header", () => {
  it("joins each week back into a row, the cut first row's cells before the first week its own row, the columns named by their cells", () => {
    expect(joinWeekRowLines(schedule)).toEqual([
      "某校第二学期教务处工作安排",
      "| 周次 | 日期 | 工作内容 | 负责部门 |",
      "|---|---|---|---|",
      "|  |  | 教案检查;作业抽查 | 教务处、教研组 |",
      "| 第三周 | 3.4-3.10 | 青年教师汇报课 | 教务处、教研组 |",
      "| 第四周 | 3.11-3.17 | 月考命题与阅卷 | 教务处、年级组 |",
      "| 第五周 | 3.18-3.24 | 学生评教座谈会 | 教务处、年级组 |",
      "一、工作目标",
      "1.教学秩序平稳有序",
    ]);
  });
  it("makes a task of each week, its bodies the lead and the week's last day its deadline", async () => {
    const { plan } = await extractPlan(["2024年春季学期教务处工作安排", ...schedule.slice(1, 15)].join("\n"), { filename: "weeks.txt" });
    const rows = plan.tasks.map((t) => [t.title, t.lead, t.deadlines.map((d) => d.by)]);
    expect(rows).toContainEqual(["青年教师汇报课", ["教务处", "教研组"], ["2024-03-10"]]);
    expect(rows).toContainEqual(["学生评教座谈会", ["教务处", "年级组"], ["2024-03-24"]]);
  });
  it("leaves lines alone where the weeks stand at no one distance, or fewer than three weeks", () => {
    const uneven = ["第一周", "9.1-9.7", "开学典礼", "第二周", "9.8-9.14", "军训", "国防教育讲座", "第三周", "9.15-9.21", "班会"];
    expect(joinWeekRowLines(uneven)).toEqual(uneven);
    expect(joinWeekRowLines(schedule.slice(0, 11))).toEqual(schedule.slice(0, 11));
  });
});
