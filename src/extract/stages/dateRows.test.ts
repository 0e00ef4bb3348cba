// A schedule table copied one cell per line, its dates on lines of their own: each date and the
// lines after it are a row (the work, then who answers for it).
import { describe, expect, it } from "vitest";
import { extractPlan } from "../index.js";

describe("a schedule copied one cell per line with dates on their own lines", () => {
  it("reads each date's lines as its row", async () => {
    const rows = [
      ["3月1日—4月4日", "各小学对辖区内适龄儿童摸底", "编制上报招生计划", "各小学"],
      ["3月17日—4月25日", "楼盘情况摸底汇总、学区调整", "何敬之"],
      ["4月29日", "小学招生工作会", "何敬之"],
      ["5月8日", "下达各小学学区划分表", "教务处"],
      ["5月12日—16日", "各小学公示《新生入学告知书》", "各小学"],
      ["6月11日", "下达外来务工人员子女招生", "计划", "何敬之"],
    ];
    const text = ["2014年小学招生工作日程安排", "时间", "内容", "责任人", ...rows.flat()].join("\n\n");
    const { plan } = await extractPlan(Buffer.from(text), { filename: "x.txt" });
    expect(plan.tasks.map((t) => [t.title, t.deadlines.map((d) => d.by)[0], t.leaders, t.lead])).toEqual([
      // (the schools of the row's last line do its work: a collective unit, docs/ARCHITECTURE.md)
      ["各小学对辖区内适龄儿童摸底编制上报招生计划", "2014-04-04", [], ["各小学"]],
      ["楼盘情况摸底汇总、学区调整", "2014-04-25", ["何敬之"], []],
      ["小学招生工作会", "2014-04-29", ["何敬之"], []],
      ["下达各小学学区划分表", "2014-05-08", [], ["教务处"]],
      ["各小学公示《新生入学告知书》", "2014-05-16", [], ["各小学"]],
      ["下达外来务工人员子女招生计划", "2014-06-11", ["何敬之"], []],
    ]);
  });
});

describe("a week's row of a schedule (周次 | 日期 | 内容)", () => {
  const plan = async (rows: string[]) => (await extractPlan(Buffer.from(["（2031年9月—2032年1月）", "周次 | 日期 | 工作内容 |", ...rows].join("\n")), { filename: "x.txt" })).plan;
  it("dates the row's work by the week's last day, a day inside the week no deadline of its own", async () => {
    const p = await plan(["1 | 9. 1—9.7 | 9月1日新生报到; 9月3日召开教师大会。 |", "2 | 9.8—9.14 | 开展入学教育; 9月20日前上报学籍。 |"]);
    expect(p.tasks.map((t) => t.deadlines.map((d) => d.by).sort())).toEqual([["2031-09-07"], ["2031-09-14", "2031-09-20"]]);
  });
  it("names a row by all its pieces, however many the semicolons set apart (xtitles)", async () => {
    const p = await plan(["1 | 9.1—9.7 | 组织开学检查; 召开教师大会; 开展入学教育; 布置教室环境。 |", "2 | 9.8—9.14 | 庆祝教师节; 表彰优秀教师 |", "3 | 9.15—9.21 | 月考质量分析会；班级文化评比（展板；墙报）；校运会报名 |"]);
    expect(p.tasks.map((t) => t.title)).toEqual(["组织开学检查; 召开教师大会; 开展入学教育; 布置教室环境", "庆祝教师节; 表彰优秀教师", "月考质量分析会；班级文化评比（展板；墙报）；校运会报名"]);
  });
});
