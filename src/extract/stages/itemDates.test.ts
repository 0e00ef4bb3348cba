import { describe, expect, it } from "vitest";
import { extractPlan } from "../index.js";

const tasks = async (lines: string[]) =>
  (await extractPlan(Buffer.from(lines.join("\n\n")), { filename: "x.txt" })).plan.tasks.map((t) => [t.title, t.deadlines.map((d) => d.by)]);

describe("a column of numbered items, then the column of their dates, copied a cell a line", () => {
  it("gives each item its own date, in order", async () => {
    const got = await tasks(["某小学2031年秋季远足活动实施计划", "工作项目", "完成期限", "1.发放家长同意书", "2.统计参加人数", "3.开展行前安全教育", "9月17日前收齐交教导处", "9月19日前报总务处", "9月23日出发前完成"]);
    expect(got).toEqual([
      ["发放家长同意书", ["2031-09-17"]],
      ["统计参加人数", ["2031-09-19"]],
      ["开展行前安全教育", ["2031-09-23"]],
    ]);
  });
  it("leaves dates whose count is not the items' where they are", async () => {
    const got = await tasks(["某小学2031年秋季远足活动实施计划", "1.发放家长同意书", "2.统计参加人数", "3.开展行前安全教育", "9月17日前收齐交教导处", "9月19日前报总务处"]);
    expect(got.map((t) => t[1])).toEqual([[], [], ["2031-09-17", "2031-09-19"]]);
  });
});
