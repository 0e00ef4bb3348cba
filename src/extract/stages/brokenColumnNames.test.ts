import { describe, expect, it } from "vitest";
import { columnNameGroups, fitColumnNames, isBracketTail } from "./brokenColumnNames.js";

const NAMES = new Set(["序号", "工作内容", "责任领导", "领导", "完成情况", "牵头单位", "年度目标", "任务", "年度目标任务", "季度完成情况"]);
const isName = (s: string) => NAMES.has(s);
const isPiece = (s: string) => s.length <= 12 && !/[，。]/.test(s);

describe("column names one a line, some broken over two lines", () => {
  it("joins a line that names nothing with the next where the two name a column", () => {
    expect(columnNameGroups(["工作内容", "责任", "领导", "牵头", "单位", "完成情况", "1"], isName, isPiece)).toEqual([[0], [1, 2], [3, 4], [5]]);
  });
  it("joins a bracketed note wrapped onto a line of its own to the name above it (\"责任股室\" / \"(单位)\")", () => {
    const named = (s: string) => isName(s) || s === "责任股室(单位)" || s === "投资(万元)";
    expect(columnNameGroups(["工作内容", "责任股室", "(单位)", "完成情况", "1"], named, isPiece)).toEqual([[0], [1, 2], [3]]);
    // (a bracket under a line that names nothing with it, or a figure in brackets, is no such note)
    expect(columnNameGroups(["工作内容", "(单位)", "完成情况"], named, isPiece)).toEqual([[0]]);
    expect(isBracketTail("（万元）")).toBe(true);
    expect(isBracketTail("(2)")).toBe(false);
  });
  it("stops at a line that is neither a name nor half of one", () => {
    expect(columnNameGroups(["工作内容", "推进校舍改造。", "领导"], isName, isPiece)).toEqual([[0]]);
    expect(columnNameGroups(["工作内容", "完成", "改造"], isName, isPiece)).toEqual([[0]]);
  });
});

describe("a wrapped header wider than its rows", () => {
  const texts = ["序号", "工作内容", "年度目标", "任务", "季度", "完成情况"];
  const groups = [[0], [1], [2], [3], [4, 5]];
  it("joins the name whose second part is shortest, where the two name a column", () => {
    expect(fitColumnNames(groups, texts, 4, isName)).toEqual([[0], [1], [2, 3], [4, 5]]);
  });
  it("leaves a header as wide as its rows, or with no two names that join, as it is", () => {
    expect(fitColumnNames(groups, texts, 5, isName)).toEqual(groups);
    expect(fitColumnNames(groups, texts, 2, isName)).toEqual([[0], [1], [2, 3], [4, 5]]);
  });
});
