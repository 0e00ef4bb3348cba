import { describe, expect, it } from "vitest";
import { afterWeekday, dayList, dayRange, eachMonth, monthDay, realDay, weekdayThenStart, weekdayYear } from "./dateDays.js";

describe("dateDays", () => {
  it("knows the real days of a month (29 February counts)", () => {
    expect(realDay(2, 29)).toBe(true);
    expect(realDay(4, 31)).toBe(false);
    expect(realDay(13, 1)).toBe(false);
  });
  it("splits digits into a month and a day only where one split is real", () => {
    expect(monthDay("37")).toEqual([3, 7]);
    expect(monthDay("1225")).toEqual([12, 25]);
    expect(monthDay("112")).toBeNull(); // 1-12 or 11-2
  });
  it("runs a list or a range on past a part of the day after its first day (上午/下午)", () => {
    expect(dayList("3月9日下午、10日各组批阅试卷", "3月9日".length)?.day).toBe(10);
    expect(dayRange("6月2日上午至4日集中培训", "6月2日".length)?.day).toBe(4);
    // (a part of the day with no day after it stays out of any run)
    expect(dayList("3月9日下午报到", "3月9日".length)).toBeNull();
  });
  it("steps over a weekday in its bracket after a day", () => {
    const t = "5月6日（星期三）前提交";
    expect(afterWeekday(t, "5月6日".length)).toBe("前提交");
    expect(afterWeekday("5月6日前提交", "5月6日".length)).toBe("前提交");
  });
  it("knows a day whose bracketed weekday, with 星期 or alone, is followed by 起 as a start (xdates23)", () => {
    const at = (t: string) => t.indexOf("日") + 1;
    expect(weekdayThenStart("9月7日(二)起恢复走读", at("9月7日(二)起恢复走读"))).toBe(true);
    expect(weekdayThenStart("9月7日（星期二）开始补课", at("9月7日（星期二）开始补课"))).toBe(true);
    expect(weekdayThenStart("9月7日(二)前交回", at("9月7日(二)前交回"))).toBe(false);
    expect(weekdayThenStart("9月7日起恢复走读", at("9月7日起恢复走读"))).toBe(false);
  });
  it("moves a day to the year whose calendar puts it on its printed weekday", () => {
    // 1 March 2030 is a Friday; 1 March 2029 a Thursday
    expect(weekdayYear("3月1日（周五）", 4, 2030, 3, 1)).toBe(2030);
    expect(weekdayYear("3月1日（周四）", 4, 2030, 3, 1)).toBe(2029);
    expect(weekdayYear("3月1日前", 4, 2030, 3, 1)).toBe(2030);
  });
  it("reads a range's last day and a list's", () => {
    const r = dayRange("5月6日至5月9日完成", "5月6日".length);
    expect(r).toMatchObject({ month: 5, day: 9 });
    expect(dayRange("5月6日完成", "5月6日".length)).toBeNull();
    const l = dayList("5月6日、8日和6月2日报到", "5月6日".length);
    expect(l).toMatchObject({ month: 6, day: 2 });
    expect(l!.days.map((d) => [d.month, d.day])).toEqual([
      [null, 8],
      [6, 2],
    ]);
  });
  it("takes a list of days each in a later month as one deadline a day", () => {
    const l = dayList("1月5日、4月5日、7月5日前", "1月5日".length)!;
    expect(eachMonth(1, l)).toBe(true);
    const same = dayList("1月5日、1月6日前", "1月5日".length)!;
    expect(eachMonth(1, same)).toBe(false);
  });
});
