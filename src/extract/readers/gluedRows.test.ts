import { describe, expect, it } from "vitest";
import type { SourceDocument } from "../model.js";
import { rowWidth, unglueNumberedRows, unglueParagraphs, unglueRows } from "./gluedRows.js";

describe("unglueRows", () => {
  it("cuts a table's rows run into one paragraph back into rows of the width whose columns agree", () => {
    const rows = [
      "序号 | 工作任务 | 牵头单位 | 完成时限 |",
      "1 | 新建幼儿园两所，新增学位六百个。 | 县教育局 | 2025年9月 |",
      "2 | 改造农村学校运动场地十处。 | 县体育局 | 2025年10月 |",
      "3 | 开展教师全员培训，覆盖全体在职教师。 | 县人社局 | 2025年12月 |",
    ];
    expect(unglueRows(`甲县重点工作分解表 ${rows.join(" ")} 甲县人民政府办公室`)).toEqual(["甲县重点工作分解表", ...rows, "甲县人民政府办公室"]);
  });

  it("reads cells one a line, empty cells, and a page footer after the table", () => {
    const cells = ["日期", "工作内容", "责任处室", "", "3月2日", "召开开学工作会议", "办公室", "", "3月5日", "组织学生体检", "卫生室", "", "3月9日", "教师业务培训", "教务处", ""];
    const out = unglueRows(`${cells.map((c) => `${c} |`).join(" ")} 索引号: | 0012/2025 | 发布机构: | 乙校 |`);
    expect(out?.slice(0, 4)).toEqual(["日期 | 工作内容 | 责任处室 |  |", "3月2日 | 召开开学工作会议 | 办公室 |  |", "3月5日 | 组织学生体检 | 卫生室 |  |", "3月9日 | 教师业务培训 | 教务处 |  |"]);
    expect(out?.[4]).toMatch(/^索引号:/);
  });

  it("gives the words after the last pipe to the row an excerpt ended in", () => {
    const rows = ["星期 | 工作安排 | 负责人 |", "一 | 升旗仪式，安全教育。 | 德育处 |", "二 | 教研组集体备课。 | 教务处 |", "三 | 消防疏散演练。 | 总务处 |"];
    expect(unglueRows(`${rows.join(" ")} 四 | 上午：家长开放日，下午：`)).toEqual([...rows, "四 | 上午：家长开放日，下午： |"]);
    // a whole last row: the words after it are the text after the table
    expect(unglueRows(`${rows.join(" ")} 附：值周安排另发。`)).toEqual([...rows, "附：值周安排另发。"]);
  });

  it("keeps a header name spaced out a character at a time whole, the title before it apart", () => {
    const rows = ["日 期 | 星 期 | 學 校 行 事 | 備 註 |", "9月2日~9月6日 | 一~五 | 友善校園週 | 品德教育宣導 |", "9月11日 | 三 | 防災演練 | 操場 |", "9月25日 | 三 | 教師節活動 |  |"];
    expect(unglueRows(`甲國小 113學年度 第1學期 行事曆 ${rows.join(" ")}`)).toEqual(["甲國小 113學年度 第1學期 行事曆", ...rows]);
  });

  it("leaves a single row, and text with a pipe or two, alone", () => {
    expect(unglueRows("甲 | 乙 | 丙 | 丁 |")).toBeNull();
    expect(unglueRows("说明：A | B 两种情形按规定办理。")).toBeNull();
    expect(rowWidth(["一", "二", "三"])).toBe(0);
  });
});

describe("unglueParagraphs", () => {
  it("cuts rows run together under a header line of their own by the header's width", () => {
    const doc: SourceDocument = {
      format: "docx",
      warnings: [],
      blocks: [
        { kind: "paragraph", text: "周次 | 时间 | 工作内容 |" },
        { kind: "paragraph", text: "第1周 | 9.1-9.7 | 开学准备：完成课表编排。 | 第2周 | 9.8-9.14 | 教学秩序规范：检查候课。" },
      ],
    };
    expect(unglueParagraphs(doc).blocks.map((b) => (b.kind === "paragraph" ? b.text : ""))).toEqual([
      "周次 | 时间 | 工作内容 |",
      "第1周 | 9.1-9.7 | 开学准备：完成课表编排。 |",
      "第2周 | 9.8-9.14 | 教学秩序规范：检查候课。 |",
    ]);
  });
});

describe("unglueNumberedRows", () => {
  it("cuts rows numbered with bare numbers where the number goes on, the header line first", () => {
    const text = "序号 重点任务 进展情况 7 新建公办幼儿园三所。 已完成主体施工。 8 推进学校食堂改造。 完成招标，2 所学校开工。 9 开展教师培训。 已培训 300 人次。";
    expect(unglueNumberedRows(text)).toEqual(["序号 重点任务 进展情况", "7 新建公办幼儿园三所。 已完成主体施工。", "8 推进学校食堂改造。 完成招标，2 所学校开工。", "9 开展教师培训。 已培训 300 人次。"]);
    expect(unglueNumberedRows("新增学位 300 个，改造校舍 12 所。")).toBeNull();
  });
});

describe("a table a row a paragraph, or a row a few paragraphs, is no rows run together", () => {
  const doc = (texts: string[]): SourceDocument => ({ format: "docx", warnings: [], blocks: texts.map((text) => ({ kind: "paragraph", text })) });
  const texts = (d: SourceDocument) => d.blocks.map((b) => (b.kind === "paragraph" ? b.text : ""));
  it("keeps each row of a wide table whole where its neighbours are as wide", () => {
    const rows = [
      "类别 | 公开事项 | 公开内容 | 公开依据 | 公开时限 | 公开主体 | 公开渠道 | 链接 | 公开对象 | 公开方式 |",
      "机构 | 机构职能 | 本局职能 | 《条例》 | 20个工作日 | 区教育局 | 政府网站 | 查看 | 全社会 | 主动 |",
      "政策 | 规范性文件 | 本局文件 | 《条例》 | 20个工作日 | 区教育局 | 政府网站 | 查看 | 全社会 | 主动 |",
    ];
    expect(texts(unglueParagraphs(doc(rows)))).toEqual(rows);
  });
  it("keeps the lines of numbered rows broken over paragraphs as they are (traditional script)", () => {
    const lines = [
      "序號 | 事項 | 內容 |",
      "責任單位 | 時限 | |",
      "1 | 機構職能 | 本局職能、內設機構及下屬單位職能 | 《條例》 | 辦公室 | 20個工作日內 | 網站 | 全社會 | √ |",
      "√ | |",
      "2 | 政策文件 | 本局規範性文件 | 《條例》 | 法規股 | 20個工作日內 | 網站 | 全社會 | √ | ||||",
      "3 | 預算 | 年度預算 |",
    ];
    expect(texts(unglueParagraphs(doc(lines)))).toEqual(lines);
  });
});
