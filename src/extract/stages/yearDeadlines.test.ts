import { describe, expect, it } from "vitest";
import { findDeadlines } from "./dates.js";
import { Stitched } from "./stitched.js";

// made-up sentences, one a reason a printed year is or is not a deadline (yearDeadlines.ts)
const find = (s: string, y = 2031) => findDeadlines(Stitched.of(s, 0, s.length), y).map((d) => d.by);

describe("readYearDates: each reason by its name", () => {
  it("quotedOrBracketed: a year in quotes is no date; an item's bracketed month is", () => {
    expect(find("开展“2032年读书月”主题活动。")).toEqual([]);
    expect(find("（二）排查整改阶段（2032年5月底前）")).toEqual(["2032-05"]);
  });
  it("dayOffEnd: a holiday's days are no deadline", () => {
    expect(find("2032年10月1日至10月7日放假调休，共7天。")).toEqual([]);
  });
  it("startsAPeriod: the start of a period is not when work is due", () => {
    expect(find("从2032年3月起，各校每周开放图书室。")).toEqual([]);
  });
  it("saysWhatTheYearIs: a sentence about the year, or what work builds on", () => {
    expect(find("2032年是课程改革的攻坚之年。")).toEqual([]);
    expect(find("在2031年工作的基础上，继续推进课后服务。")).toEqual([]);
  });
  it("addMonthDate: a month and a run of days, due on the last", () => {
    expect(find("2032年6月18-19日举办艺术节展演。")).toEqual(["2032-06-19"]);
  });
  it("partNotDue: a term naming a plan is no date; a term promised by is", () => {
    expect(find("各校拟定2032年秋季学期工作计划。")).toEqual([]);
    expect(find("2032年底前完成食堂改造。")).toEqual(["2032-12"]);
  });
  it("bareYearDates: a year alone dates work after a preposition or before a verb, not when it names a figure", () => {
    expect(find("力争于2033年建成智慧校园。")).toEqual(["2033"]);
    expect(find("2033年全面完成薄弱校改造。")).toEqual(["2033"]);
    expect(find("2032年，全镇奖补经费30万元。")).toEqual([]);
  });
});
