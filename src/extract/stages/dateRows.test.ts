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
