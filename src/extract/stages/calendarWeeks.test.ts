// A school calendar's weeks and the bare days its notes name (invented rows).
import { describe, expect, it } from "vitest";
import { calendarWeeks, weekDeadlines } from "./calendarWeeks.js";
import { Stitched } from "./stitched.js";

const st = (t: string) => Stitched.of(t, 0, t.length);
const row = (cells: string[]) => cells.map(st);
const HEADER = ["年 月", "周 次", "星期一", "星期二", "星期三", "星期四", "星期五", "星期六", "星期日", "备 注"];

describe("calendar weeks", () => {
  it("tells each week's days from the month cells and the day numbers starting again", () => {
    const weekOf = calendarWeeks(HEADER, null)!;
    expect(weekOf(row(["2031 9", "一", "1", "2", "3", "4", "5", "6", "7", ""]))[0]).toEqual({ year: 2031, month: 9, day: 1 });
    weekOf(row(["", "二", "22", "23", "24", "25", "26", "27", "28", ""]));
    // the next month named on the week before its first day: that week stays in the month it is in
    const split = weekOf(row(["10", "三", "29", "30", "1", "2", "3", "4", "5", ""]));
    expect(split.map((d) => `${d.month}-${d.day}`)).toEqual(["9-29", "9-30", "10-1", "10-2", "10-3", "10-4", "10-5"]);
    weekOf(row(["2032 1", "四", "29", "30", "31", "", "", "", "", ""]));
    expect(weekOf(row(["", "五", "", "", "", "1", "2", "3", "4", ""]))[0]).toEqual({ year: 2032, month: 1, day: 1 });
    expect(calendarWeeks(["序号", "工作任务", "责任单位"], 2031)).toBeNull();
  });

  it("dates the bare days a week's notes name, not days off, class swaps or observances", () => {
    const week = [22, 23, 24, 25, 26, 27, 28].map((day) => ({ year: 2031, month: 9, day }));
    const by = (t: string) => weekDeadlines(st(t), week).map((d) => d.by);
    expect(by("23日新生报到；24日上午开学典礼，下午始业教育；25日新生上课；28日上周五的课；28日国际聋人节。")).toEqual(["2031-09-23", "2031-09-24", "2031-09-25"]);
    // a range's last day, in the week's month or the next
    expect(by("23—30日新生军训")).toEqual(["2031-09-30"]);
    expect(by("2日开始教育实习")).toEqual(["2031-10-02"]);
    expect(by("24—25秋季运动会，停课两天。")).toEqual(["2031-09-25"]);
    expect(by("27—30日国庆放假。")).toEqual([]);
    // a number that is no day: a class ("11级"), a count
    expect(by("高职装饰11级西北采风，共3个班")).toEqual([]);
  });
});
