import { describe, expect, it } from "vitest";
import { extractPlan } from "../index.js";
import { numbering } from "./numbering.js";
import { subsectionsOverLists } from "./subsections.js";

const run = (lines: string[]) => extractPlan(lines.join("\n"), { filename: "x.txt" });

describe("decimal subsections (2.1.1)", () => {
  it("numbers a subsection under its section, not a date or an amount", () => {
    expect(numbering("2.1.1标准化：修订手册")).toMatchObject({ level: 3, no: "2.1.1" });
    expect(numbering("2.1教学质量")).toMatchObject({ level: 2, no: "2.1" });
    expect(numbering("97.09.23出发前实施")).toBeNull();
    expect(numbering("1.2.3万元")).toBeNull();
  });

  it("takes the subsections as the tasks under their sections", async () => {
    const { plan } = await run([
      "某校2031年工作计划",
      "第一章 党建工作",
      "1.1支部建设",
      "1.1.1标准化：修订支部手册，统一会议流程。",
      "1.1.2品牌化：打造党员服务品牌，每月开展一次活动。",
      "1.2队伍建设",
      "1.2.1师德教育：每学期组织一次师德培训。",
    ]);
    expect(plan.tasks.map((t) => `${t.no}|${t.title}`)).toEqual(["1.1.1|标准化", "1.1.2|品牌化", "1.2.1|师德教育"]);
  });

  it("ranks a subsection above the plain list that opens under it", () => {
    const sub = { level: 3, no: "4.3.1" };
    const item = (no: string) => ({ level: 3, no });
    expect(subsectionsOverLists([sub, null, item("1"), item("2")]).map((n) => n?.level)).toEqual([2, undefined, 3, 3]);
    // (a subsection with subsections after it keeps its rank)
    expect(subsectionsOverLists([sub, null, { level: 3, no: "4.3.2" }]).map((n) => n?.level)).toEqual([3, undefined, 3]);
  });
});
