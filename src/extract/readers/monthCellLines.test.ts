import { describe, expect, it } from "vitest";
import { extractPlan } from "../index.js";
import { joinMonthCellLines } from "./monthCellLines.js";

// an invented 德育处 行事历 by month copied one cell a line: the months and weeks spelled a character a line,
// the last column's name cut to its last character, its cells a body and a post
const calendar = [
  "某校2031年春季德育工作行事历",
  "月份",
  "周次",
  "主要工作",
  "者",
  "三",
  "月",
  "份",
  "第",
  "一",
  "周",
  "1、召开班主任工作会议;",
  "2、开展学雷锋志愿服务活动。",
  "德育处",
  "四",
  "月",
  "份",
  "二",
  "至",
  "五",
  "周",
  "1、清明节文明祭扫教育;",
  "2、春季运动会筹备。",
  "3、心理健康讲座。",
  "班主任",
  "说明:各班据此安排。",
];

// an invented 安全工作行事历 by month, no name over the months, cells apart by blank lines, a theme wrapped
// over two lines, the work's list and the measures' list in a row, the school year going on into January
const themed = [
  "某小学2030年秋季安全工作行事历",
  "工作主题",
  "工作重点",
  "具体措施",
  "",
  "十一月",
  "",
  "消防安全",
  "宣传月",
  "",
  "1.消防演练;",
  "",
  "2.用电检查。",
  "",
  "1.组织全校疏散演练;",
  "2.11月9日开展消防宣传;",
  "3.检查教室电器线路。",
  "",
  "十二月",
  "冬季安全",
  "教育月",
  "1.防冻防滑教育;",
  "1.开展冬季安全主题班会;",
  "2.清扫校园积雪。",
  "",
  "一月",
  "期末安全",
  "总结月",
  "1.寒假安全教育;",
  "1.发放寒假安全告家长书。",
];

describe("a month-by-month schedule copied one cell a line", () => {
  it("joins each month back into a row: the month and the weeks spelled over lines one cell each, the list one cell, the bodies one", () => {
    expect(joinMonthCellLines(calendar)).toEqual([
      "某校2031年春季德育工作行事历",
      "| 月份 | 周次 | 主要工作 | 者 |",
      "|---|---|---|---|",
      "| 三月份 | 第一周 | 1、召开班主任工作会议;<br>2、开展学雷锋志愿服务活动。 | 德育处 |",
      "| 四月份 | 二至五周 | 1、清明节文明祭扫教育;<br>2、春季运动会筹备。<br>3、心理健康讲座。 | 班主任 |",
      "说明:各班据此安排。",
    ]);
  });
  it("makes a task of each item, its month its deadline, the body its lead, the post alone its leader", async () => {
    const { plan } = await extractPlan(calendar.join("\n"), { filename: "calendar.txt" });
    expect(plan.tasks.map((t) => [t.title, t.deadlines.map((d) => d.by), t.lead, t.leaders])).toEqual([
      ["召开班主任工作会议", ["2031-03"], ["德育处"], []],
      ["开展学雷锋志愿服务活动", ["2031-03"], ["德育处"], []],
      ["清明节文明祭扫教育", ["2031-04"], [], ["班主任"]],
      ["春季运动会筹备", ["2031-04"], [], ["班主任"]],
      ["心理健康讲座", ["2031-04"], [], ["班主任"]],
    ]);
  });
  it("names the month column the header leaves unnamed and reads a month's theme as its task, the measures its list", async () => {
    const joined = joinMonthCellLines(themed);
    expect(joined.slice(1, 4)).toEqual([
      "| 月份 | 工作主题 | 工作重点 | 具体措施 |",
      "|---|---|---|---|",
      "| 十一月 | 消防安全宣传月 | 1.消防演练;<br>2.用电检查。 | 1.组织全校疏散演练;<br>2.11月9日开展消防宣传;<br>3.检查教室电器线路。 |",
    ]);
    const { plan } = await extractPlan(themed.join("\n"), { filename: "themed.txt" });
    expect(plan.tasks.map((t) => [t.title, t.measures])).toEqual([
      ["消防安全宣传月", 3],
      ["冬季安全教育月", 2],
      ["期末安全总结月", 1],
    ]);
    expect(plan.tasks[1].deadlines.map((d) => d.by)).toEqual(["2030-12"]);
    expect(plan.tasks[2].deadlines.map((d) => d.by)).toEqual(["2031-01"]);
  });
  it("leaves short lines that no month follows, and months with no list, as they are", () => {
    const prose = ["工作安排", "时间", "内容", "地点", "九月", "开学典礼", "十月", "运动会"];
    expect(joinMonthCellLines(prose)).toBe(prose);
  });
});
