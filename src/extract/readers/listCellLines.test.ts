import { describe, expect, it } from "vitest";
import { joinListCellLines } from "./listCellLines.js";
import { parseTextBlocks, timedParagraphsAsTables } from "./text.js";

const rows = (text: string) => parseTextBlocks(text).map((b) => (b.kind === "table" ? b.rows.map((r) => r.map((c) => c.text).join("‖")).join(" / ") : `P ${b.text}`));

// an invented duty roster copied one cell a line: 分队 / 岗位名 / 任务 would be the column names of any such table
const roster = [
  "运动会工作分工",
  "",
  "队别",
  "岗位",
  "职掌",
  "",
  "总指挥",
  "副校长",
  "  1. 统筹运动会各项筹备",
  "  2. 审定竞赛日程",
  "  3. 主持开幕式",
  "",
  "记录组",
  "教研员",
  "负责登记各项比赛成绩",
  "",
  "后勤组",
  "后勤主任",
  "  1. 采购比赛器材",
  "  2. 布置运动场地",
  "",
  "保管员",
  "  1. 清点器材数量",
  "  2. 赛后回收入库",
  "  3. 登记损坏器材",
  "",
  "门卫",
  "宣传组",
  "宣传委员",
  "  1. 撰写赛事通讯",
  "  2. 拍摄比赛照片",
];

describe("a table copied one cell a line whose last column lists numbered duties", () => {
  it("keeps each numbered list inside its row's cell, the header's width from the short cells before the first list", () => {
    const out = joinListCellLines(roster);
    expect(out.slice(0, 4)).toEqual(["运动会工作分工", "", "| 队别 | 岗位 | 职掌 |", "|---|---|---|"]);
    expect(out[4]).toBe("| 总指挥 | 副校长 | 1. 统筹运动会各项筹备<br>2. 审定竞赛日程<br>3. 主持开幕式 |");
    expect(out[5]).toBe("| 记录组 | 教研员 | 负责登记各项比赛成绩 |");
  });
  it("carries a group merged down over its rows, and a row with no list of its own joins the row above in its group", () => {
    const out = joinListCellLines(roster);
    expect(out[6]).toBe("| 后勤组 | 后勤主任 | 1. 采购比赛器材<br>2. 布置运动场地 |");
    // (门卫 stands after 保管员's list and before a new group: it shares 保管员's merged cell; 宣传组 opens the next row)
    expect(out[7]).toBe("| 后勤组 | 保管员<br>门卫 | 1. 清点器材数量<br>2. 赛后回收入库<br>3. 登记损坏器材 |");
    expect(out[8]).toBe("| 宣传组 | 宣传委员 | 1. 撰写赛事通讯<br>2. 拍摄比赛照片 |");
  });
  it("tells a run of short lines with no list under it from the first line of content on (xperf)", () => {
    // (four short lines then content: too few short cells before it for a header and a first row)
    const few = ["运动会工作分工", "队别", "岗位", "总指挥", "副校长", "负责统筹运动会各项筹备", "记录组"];
    expect(joinListCellLines(few)).toBe(few);
  });
  it("reads a short cell spaced out or indented as a short cell (its whitespace aside), not a long line", () => {
    // (as typed in a word processor: "队  别", a full-width space inside a name, an indented cell)
    const spaced = roster.map((l) => (l === "队别" ? "队  别" : l === "岗位" ? "岗\u3000位" : l === "记录组" ? "  记录组 " : l));
    const out = joinListCellLines(spaced);
    expect(out[2]).toBe("| 队别 | 岗位 | 职掌 |");
    expect(out[5]).toBe("| 记录组 | 教研员 | 负责登记各项比赛成绩 |");
    // (seven characters spaced out are one too many for a short cell: no table opens there)
    expect(joinListCellLines(["运 动 会 工 作 分 工", ...roster.slice(1)].map((l) => (l === "队别" ? "队 别 组 织 分 工 表" : l)))[2]).toBe("队 别 组 织 分 工 表");
  });
  it("puts a post without a list that opens its group with the row below it, set by how the columns' cells end", () => {
    const lines = [...roster.slice(0, 20), "", "安全组", "安全主任", "安全组长", "  1. 巡查看台护栏", "  2. 疏导散场人流", "", "医务组", "校医", "  1. 设立临时医务点", "  2. 处理运动损伤"];
    const out = joinListCellLines(lines);
    expect(out).toContain("| 安全组 | 安全主任<br>安全组长 | 1. 巡查看台护栏<br>2. 疏导散场人流 |");
  });
  it("reads the table's rows as tasks through the text reader: a row's list one cell, each list item a line of it", () => {
    const out = rows(roster.join("\n"));
    expect(out[0]).toBe("P 运动会工作分工");
    expect(out[1].split(" / ")[1]).toBe("总指挥‖副校长‖1. 统筹运动会各项筹备\n2. 审定竞赛日程\n3. 主持开幕式");
  });
  it("reads a Word file's paragraphs whose list numbers are the paragraphs' own", () => {
    const blocks = roster.filter((t) => t.trim()).map((t) => {
      const m = /^\s*(\d)\.\s*(.*)$/.exec(t);
      return m ? { kind: "paragraph" as const, text: m[2], numbering: `${m[1]}.` } : { kind: "paragraph" as const, text: t };
    });
    const doc = { format: "docx", warnings: [], blocks } as unknown as Parameters<typeof timedParagraphsAsTables>[0];
    const table = timedParagraphsAsTables(doc).blocks.find((b) => b.kind === "table");
    expect(table && table.kind === "table" ? table.rows.map((r) => r[1].text) : []).toEqual(["岗位", "副校长", "教研员", "后勤主任", "保管员\n门卫", "宣传委员"]);
  });
  it("leaves prose alone: short headings over one numbered list, or lists with no short cells between them", () => {
    const prose = ["工作要求", "", "组织领导", "", "分工明确", "", "  1. 成立领导小组", "  2. 明确责任分工", "", "全面落实", "", "  1. 细化工作方案", "  2. 按时报送进度"];
    expect(joinListCellLines(prose)).toEqual(prose);
  });
});
