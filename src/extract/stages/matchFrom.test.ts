// The scans behind a test for what every match holds (matchFrom.ts, perf27): each pattern still finds what it
// found when it was tried on every text, and a text without that mark finds nothing — made-up plan sentences.
import { describe, expect, it } from "vitest";
import { findDeadlines } from "./dates.js";
import { firstMatch } from "./matchFrom.js";
import { Stitched } from "./stitched.js";
import { findTargets } from "./targets.js";

const targets = (s: string) => findTargets(Stitched.of(s, 0, s.length)).map((t) => `${t.op} ${t.value} ${t.unit}`);
const deadlines = (s: string, y = 2031) => findDeadlines(Stitched.of(s, 0, s.length), y).map((d) => d.by);

describe("firstMatch", () => {
  it("reads a global pattern's matches from offset 0, as matchAll does, whatever its lastIndex was", () => {
    const re = /(\d+)所/g;
    const t = "新建学校3所，改扩建5所，维修12所";
    re.lastIndex = 7;
    const seen: string[] = [];
    for (let m = firstMatch(re, t); m; m = re.exec(t)) seen.push(`${m.index}:${m[1]}`);
    expect(seen).toEqual([...t.matchAll(/(\d+)所/g)].map((m) => `${m.index}:${m[1]}`));
    expect(firstMatch(re, "没有数字")).toBeNull();
  });
});

describe("findTargets behind its marks", () => {
  it("finds each kind of figure where its mark is", () => {
    expect(targets("课后服务实行一季度一通报")).toEqual(["= 1 次"]);
    expect(targets("校际差异系数不高于0.45")).toEqual(["<= 0.45 "]);
    expect(targets("校园安全责任事故为零")).toEqual(["= 0 "]);
    expect(targets("优质课覆盖率不少于六成")).toEqual([">= 60 %"]);
    expect(targets("体质健康达标率达到百分之九十五")).toEqual([">= 95 %"]);
    expect(targets("师生比不低于1∶12")).toEqual([">= 12 ratio"]);
    expect(targets("新建塑胶跑道两个，培训班主任三百名")).toEqual(["= 2 个", "= 300 名"]);
  });
  it("finds none in a text without a figure", () => {
    expect(targets("全面加强学校思政课建设，健全家校社协同育人机制")).toEqual([]);
  });
});

describe("findDeadlines behind its marks", () => {
  it("finds each kind of date where its mark is", () => {
    expect(deadlines("2031年3-5月开展教师全员轮训")).toEqual(["2031-05"]);
    expect(deadlines("9月底前完成校舍安全排查")).toEqual(["2031-09"]);
    expect(deadlines("3月15日前上报方案，18日前完成评审")).toEqual(["2031-03-15", "2031-03-18"]);
    expect(deadlines("活动时间：4.23-5.30")).toEqual(["2031-05-30"]);
    expect(deadlines("第三季度完成验收")).toEqual(["2031-09"]);
    expect(deadlines("明年3月底前全面完成")).toEqual(["2032-03"]);
  });
  it("finds none in a text without a date", () => {
    expect(deadlines("持续推进集团化办学，深化教育评价改革")).toEqual([]);
  });
});
