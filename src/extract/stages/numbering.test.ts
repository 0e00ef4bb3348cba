// The one decimal-section pattern (DECIMAL_SECTION) that numbering, runOn and contents read "1.1" / "2.1.1" by.
import { describe, expect, it } from "vitest";
import { DECIMAL_SECTION, DECIMAL_SECTION_NUMBER, decimalSection, numbering, numberingLength } from "./numbering.js";
import { dropContents } from "./contents.js";
import type { Item } from "./types.js";

/** Lines that open with a decimal section (made up), its parts and its marker's length (spaces after it included). */
const SECTIONS: [string, number[], number][] = [
  ["1.1组建工作专班", [1, 1], 3],
  ["2.1.1完善听课制度", [2, 1, 1], 5],
  ["3.2 “两操”质量提升", [3, 2], 4],
  ["4.3《家校共育手册》修订", [4, 3], 3],
  ["10.12.3.1细化考评流程", [10, 12, 3, 1], 9],
];

/** Lines that open with a number that is no section: a version, an amount, a date, a rate, a clause, a model. */
const NOT_SECTIONS = [
  "2.0版智慧平台上线",
  "2.0工作模式全面推行",
  "0.5公里内设置站点",
  "1.5米以上隔离带",
  "3.5%的增幅",
  "2025.9开学前完成",
  "V2.1系统升级",
  "第1.2条规定执行",
  "2.1版手册印发",
  "1.2万元专项经费",
  "1.05倍于去年",
  "98.07.15前送交",
  "1.2.3.4.5分项",
  "1.2",
];

describe("decimalSection: a decimal section number at a line's start", () => {
  it("reads 1.1, 2.1.1 and up to four parts before the heading's words (a quote or a title mark too)", () => {
    for (const [line, path, length] of SECTIONS) expect(decimalSection(line), line).toEqual({ path, length });
  });

  it("never takes a version, an amount, a rate, a date, a clause reference or a model number for a section", () => {
    for (const line of NOT_SECTIONS) expect(decimalSection(line), line).toBeNull();
  });

  it("is anchored only where a caller anchors it", () => {
    expect(new RegExp(DECIMAL_SECTION).exec("见下文2.3加强督导")?.index).toBe(3);
    expect(new RegExp(`^${DECIMAL_SECTION}`).test("见下文2.3加强督导")).toBe(false);
    expect(new RegExp(`^${DECIMAL_SECTION_NUMBER}`).exec("2.3年度安排")?.[0]).toBe("2.3");
    expect(new RegExp(`^${DECIMAL_SECTION_NUMBER}`).test("2.03年度安排")).toBe(false);
  });
});

describe("numbering reads decimal sections by the same pattern", () => {
  it("numbers two parts at the （一） level and three at the 1. level; four parts are no prose level", () => {
    expect(numbering("1.1组建工作专班")).toEqual({ level: 2, no: "1.1", length: 3 });
    expect(numbering("3.2 “两操”质量提升")).toEqual({ level: 2, no: "3.2", length: 4 });
    expect(numbering("2.1.1完善听课制度")).toEqual({ level: 3, no: "2.1.1", length: 5 });
    expect(numbering("10.12.3.1细化考评流程")).toBeNull();
  });

  it("numbers none of the lines that are no sections", () => {
    for (const line of NOT_SECTIONS) expect(numbering(line), line).toBeNull();
  });
});

describe("a table of contents reads its decimal entries by the shared number", () => {
  const lines = (texts: string[]): Item[] => {
    let start = 0;
    return texts.map((text) => {
      const item: Item = { kind: "line", line: { text, start } };
      start += text.length + 1;
      return item;
    });
  };

  it("drops an outline of decimal headings, a title starting with a year word too, that the body starts over", () => {
    const outline = ["1.1工作背景", "1.2年度重点", "1.3实施范围", "2.1组织保障", "2.2经费保障", "2.3督查考核"];
    const { dropped } = dropContents(lines([...outline, "1.1工作背景", "为落实上级部署，制定本方案。"]));
    expect(dropped).toBe(outline.length);
  });

  it("keeps a run of dates written with dots: their parts start with 0", () => {
    const dated = ["98.07.15送交初稿", "98.07.20汇总意见", "98.08.01定稿印发", "98.08.05部署实施", "98.08.10检查进度", "98.08.20总结"];
    const { dropped } = dropContents(lines([...dated, "98.07.15送交初稿", "各组按时完成。"]));
    expect(dropped).toBe(0);
  });
});

describe("numberingLength", () => {
  it("measures the item number that opens a text, the spaces around it included", () => {
    expect(numberingLength("  三、 依据市局来函办理。")).toBe(5);
    expect(numberingLength("（二）后续安排")).toBe(3);
    expect(numberingLength("12. 按时上报")).toBe(4);
    expect(numberingLength("④整改台账")).toBe(1);
  });
  it("reads no number in words that only start with a numeral or a figure", () => {
    expect(numberingLength("一律按规定执行")).toBe(0);
    expect(numberingLength("2031年春季开学")).toBe(0);
    expect(numberingLength("十分重视安全")).toBe(0);
  });
});

// numbering tries only the forms a line's first character can open: each kind of opening still reaches every
// form it can start (made-up lines, one per form, in the order the forms are tried)
describe("numbering by the line's first character", () => {
  const cases: [string, number, string][] = [
    ["贰、工作安排", 7, "贰"],
    ["三、保障措施", 1, "三"],
    ["第二部分 主要任务", 1, "二"],
    ["（四）加强督查", 2, "四"],
    ["（—）统筹安排", 2, "一"],
    ["3.2 完善制度", 2, "3.2"],
    ["2.1.3 细化分工", 3, "2.1.3"],
    ["7、开展培训", 3, "7"],
    ["(5) 做好宣传", 4, "5"],
    ["6）按时报送", 4, "6"],
    ["④ 组织验收", 5, "④"],
    ["⒊ 落实经费", 3, "3"],
    ["⑵ 明确责任", 4, "2"],
    ["㈢ 强化考核", 2, "三"],
  ];
  for (const [line, level, no] of cases) it(line, () => expect(numbering(line)).toMatchObject({ level, no }));
  it("no form for other openings, nor for an amount or a year", () => {
    for (const line of ["加强领导", "“双减”落实", "2025年工作", "3.5万元", "【重点】", "#1 项"]) expect(numbering(line)).toBeNull();
  });
});

// The articles of a regulation or a 制度 (第一条 …), under its chapters (第一章 …): items of the level below the chapters.
describe("numbering reads articles", () => {
  it("reads 第N条 as an item under the chapters, its number off the heading", () => {
    expect(numbering("第三条 加强日常巡查。每周检查一次。")).toEqual({ level: 2, no: "三", length: 4 });
    expect(numbering("第十二条完善档案管理")).toEqual({ level: 2, no: "十二", length: 4 });
    expect(numbering("第一章 总则")?.level).toBe(1);
  });

  it("leaves a citation of an article alone", () => {
    expect(numbering("第四条规定，学生应按时报到")).toBeNull();
    expect(numbering("第二条中所列情形")).toBeNull();
  });
});
