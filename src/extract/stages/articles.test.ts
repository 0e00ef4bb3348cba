// A 制度 or regulation numbered by articles (第一章 … 第一条 …): each article is a task, named by its lead phrase
// (invented document; numbering.ts).
import { describe, expect, it } from "vitest";
import { extractPlan } from "../index.js";

describe("articles: 第N条 items under 第N章 chapters", () => {
  it("takes each article as a task in its chapter, its number off the name", async () => {
    const { plan } = await extractPlan(
      [
        "青川县中小学校园安全管理制度",
        "第一章 学校职责",
        "第一条 落实安全责任。校长是学校安全工作第一责任人，签订安全责任书。",
        "第二条 开展安全教育。每月组织一次安全教育，每学期开展一次应急疏散演练。",
        "第二章 教师职责",
        "第三条 做好课堂管理。任课教师负责课堂纪律和学生安全。",
      ].join("\n"),
      { filename: "x.txt" },
    );
    expect(plan.tasks.map((t) => [t.section, t.title])).toEqual([
      ["一", "落实安全责任"],
      ["一", "开展安全教育"],
      ["二", "做好课堂管理"],
    ]);
  });
});
