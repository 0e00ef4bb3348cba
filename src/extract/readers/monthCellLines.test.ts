import { describe, expect, it } from "vitest";
import { joinMonthCellLines } from "./monthCellLines.js";
import { timedParagraphsAsTables } from "./text.js";
import { extractPlan } from "../index.js";
import { columnRole } from "../stages/columnRoles.js";

// an invented school calendar copied one cell a line: months and weeks a character a line, the works numbered from 1
// in every row, who answers for them a line each after the works (a body, a post); the owner column's name wrapped
// so that only its last character is left on the header's line
const calendar = [
  "某中学2031年教研工作行事历",
  "月份",
  "周次",
  "主要工作",
  "者",
  "九",
  "月",
  "份",
  "第",
  "一",
  "周",
  "1、教研组长会议;",
  "2、青年教师座谈会;",
  "3、期初教学常规检查。",
  "教务处",
  "十",
  "月",
  "份",
  "五",
  "至",
  "八",
  "周",
  "1、优秀教案评比;",
  "2、2031学年公开课展示。",
  "教务处",
  "外聘专家",
  "十一",
  "月",
  "份",
  "九",
  "至",
  "十二",
  "周",
  "1、读书交流活动;",
  "2、外出参观学习。",
  "备课组长",
];

describe("a school calendar one cell a line, months spelled a character a line (monthCellLines)", () => {
  it("joins it into pipe rows, a row a work, the period and owner cells repeated beside each work", () => {
    const out = joinMonthCellLines(calendar);
    expect(out[0]).toBe("某中学2031年教研工作行事历");
    expect(out[1]).toBe("| 月份 | 周次 | 主要工作 | 者 |");
    expect(out.slice(3)).toEqual([
      "| 九月份 | 第一周 | 1、教研组长会议; | 教务处 |",
      "| 九月份 | 第一周 | 2、青年教师座谈会; | 教务处 |",
      "| 九月份 | 第一周 | 3、期初教学常规检查。 | 教务处 |",
      "| 十月份 | 五至八周 | 1、优秀教案评比; | 教务处 外聘专家 |",
      "| 十月份 | 五至八周 | 2、2031学年公开课展示。 | 教务处 外聘专家 |",
      "| 十一月份 | 九至十二周 | 1、读书交流活动; | 备课组长 |",
      "| 十一月份 | 九至十二周 | 2、外出参观学习。 | 备课组长 |",
    ]);
  });
  it("reads a task a work, due in its month, a body its lead and a post standing alone its leader", async () => {
    const { plan } = await extractPlan(calendar.join("\n"), { filename: "a.txt" });
    const got = plan.tasks.map((t) => `${t.title}|${t.lead.join("、")}|${t.leaders.join("、")}|${t.deadlines.map((d) => d.by).join("、")}`);
    expect(got).toEqual([
      "教研组长会议|教务处||2031-09",
      "青年教师座谈会|教务处||2031-09",
      "期初教学常规检查|教务处||2031-09",
      "优秀教案评比|教务处|外聘专家|2031-10",
      "2031学年公开课展示|教务处|外聘专家|2031-10",
      "读书交流活动||备课组长|2031-11",
      "外出参观学习||备课组长|2031-11",
    ]);
  });
  it("reads the same calendar as a Word file's paragraphs, a paragraph a line", () => {
    const blocks = calendar.map((text) => ({ kind: "paragraph" as const, text }));
    const doc = { format: "docx", warnings: [], blocks } as unknown as Parameters<typeof timedParagraphsAsTables>[0];
    const table = timedParagraphsAsTables(doc).blocks.find((b) => b.kind === "table");
    expect(table && table.kind === "table" ? table.rows.map((r) => r[3].text) : []).toEqual(["者", "教务处", "教务处", "教务处", "教务处 外聘专家", "教务处 外聘专家", "备课组长", "备课组长"]);
  });
  it("leaves alone a header with no owner column, a month heading over one list, and lines that spell no period", () => {
    const noOwner = calendar.map((l) => (l === "者" ? "备注" : l));
    expect(joinMonthCellLines(noOwner)).toEqual(noOwner);
    const oneList = ["月份", "周次", "主要工作", "负责者", "九", "月", "份", "第", "一", "周", "1、教研组长会议;", "2、青年教师座谈会。", "教务处"];
    expect(joinMonthCellLines(oneList)).toEqual(oneList);
    const notPeriods = calendar.map((l) => (l === "份" ? "底" : l));
    expect(joinMonthCellLines(notPeriods)).toEqual(notPeriods);
  });
  it("names 负责者 / 主持者 and a lone 者 a column of who answers for the row", () => {
    expect(columnRole("负责者")).toBe("leaders");
    expect(columnRole("主持者")).toBe("leaders");
    expect(columnRole("者")).toBe("leaders");
    expect(columnRole("作者")).toBe(null);
  });
});
