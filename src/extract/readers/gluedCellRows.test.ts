import { describe, expect, it } from "vitest";
import { extractPlan } from "../index.js";
import { joinGluedCellRows } from "./gluedCellRows.js";

// an invented 法治宣传月 schedule whose cells ran together: the header's names glued, a row a line opened by its day
const schedule = [
  "某中学2031年法治宣传月活动安排",
  "三、活动安排",
  "日 期内容地点负责部门",
  "3月3日启动仪式大报告厅校法治工作领导小组",
  "3月5日法治讲座进班级各班级德育处",
  "3月10日模拟法庭观摩实验楼三楼教室团委",
  "3月12日法治手抄报评比各班级、各年级组德育处、团委、工会",
  "3月16日家长法治课堂校门口总务处",
  "3月20日宪法知识竞赛各班级教务处",
  "3月31日活动总结各班级校法治工作领导小组",
  "四、工作要求",
  "各部门要高度重视。",
];

describe("a schedule whose cells ran together, a row a line opened by its day", () => {
  it("cuts each row back into its columns: the day, the work, the place, the bodies", () => {
    expect(joinGluedCellRows(schedule).slice(2, 12)).toEqual([
      "| 日期 | 内容 | 地点 | 负责部门 |",
      "|---|---|---|---|",
      "| 3月3日 | 启动仪式 | 大报告厅 | 校法治工作领导小组 |",
      "| 3月5日 | 法治讲座进班级 | 各班级 | 德育处 |",
      "| 3月10日 | 模拟法庭观摩 | 实验楼三楼教室 | 团委 |",
      "| 3月12日 | 法治手抄报评比 | 各班级、各年级组 | 德育处、团委、工会 |",
      "| 3月16日 | 家长法治课堂 | 校门口 | 总务处 |",
      "| 3月20日 | 宪法知识竞赛 | 各班级 | 教务处 |",
      "| 3月31日 | 活动总结 | 各班级 | 校法治工作领导小组 |",
      "四、工作要求",
    ]);
  });
  it("makes a task of each row, its day the deadline, its bodies the lead", async () => {
    const { plan } = await extractPlan(schedule.join("\n"), { filename: "schedule.txt" });
    expect(plan.tasks.slice(0, 4).map((t) => [t.title, t.deadlines.map((d) => d.by), t.lead])).toEqual([
      ["启动仪式", ["2031-03-03"], ["校法治工作领导小组"]],
      ["法治讲座进班级", ["2031-03-05"], ["德育处"]],
      ["模拟法庭观摩", ["2031-03-10"], ["团委"]],
      ["法治手抄报评比", ["2031-03-12"], ["德育处", "团委", "工会"]],
    ]);
  });
  it("reads a header indented or spaced by full-width spaces, and tells a line not opening with 时/日 at once (xperf)", () => {
    const indented = schedule.map((l) => (l === "日 期内容地点负责部门" ? "\u3000\u3000日\u3000期内容 地点 负责部门" : l));
    expect(joinGluedCellRows(indented).slice(2, 4)).toEqual(["| 日期 | 内容 | 地点 | 负责部门 |", "|---|---|---|---|"]);
    const opened = schedule.map((l) => (l === "日 期内容地点负责部门" ? "活动日期内容地点负责部门" : l));
    expect(joinGluedCellRows(opened)).toBe(opened);
  });
  it("leaves a header that is no run of column names, or too few dated rows, as it is", () => {
    const prose = ["时间安排如下", "3月3日启动", "3月5日讲座"];
    expect(joinGluedCellRows(prose)).toBe(prose);
  });
});
