import { describe, expect, it } from "vitest";
import type { Paragraph, SourceDocument } from "../model.js";
import { labelCellParagraphs } from "./labelCells.js";
import { readText } from "./text.js";

const texts = (doc: SourceDocument) => doc.blocks.map((b) => (b as Paragraph).text);

describe("labelCellParagraphs", () => {
  it("reads a letter's number-and-text cells as its numbered paragraphs", () => {
    const doc = readText(
      [
        "主旨： | 检送甲市少儿书法比赛简章1份，请踊跃报名。 |",
        "说明： |",
        "一、 | 依据乙部2031年1月5日来函办理。 |",
        "二、 | 报名事项如下： |",
        "（一） | 报名方式： |",
        "1、 | 请各校于2031年3月1日前填写报名表。 |",
      ].join("\n"),
      "txt",
    );
    expect(texts(doc)).toEqual([
      "主旨： 检送甲市少儿书法比赛简章1份，请踊跃报名。",
      "说明：",
      "一、依据乙部2031年1月5日来函办理。",
      "二、报名事项如下：",
      "（一）报名方式：",
      "1、请各校于2031年3月1日前填写报名表。",
    ]);
  });

  it("leaves a page's label-and-value footer and lines of few such cells as they are", () => {
    const footer: SourceDocument = {
      format: "docx",
      warnings: [],
      blocks: ["索引号： | 0001/2031-01 |", "发布机构： | 甲市教育局 |", "成文日期： | 2031-01-05 |"].map((text) => ({ kind: "paragraph", text })),
    };
    expect(labelCellParagraphs(footer)).toBe(footer);
    const few: SourceDocument = { ...footer, blocks: ["一、 | 甲 |", "二、 | 乙 |"].map((text) => ({ kind: "paragraph", text })) };
    expect(labelCellParagraphs(few)).toBe(few);
  });

  it("reads a cell whose text a page wrapped, its closing pipe on the next line", () => {
    const doc: SourceDocument = {
      format: "pdf",
      warnings: [],
      blocks: ["一、 | 甲 |", "二、 | 乙 |", "1、 | 请各校于3月1日前填写报名表，网址如下：\nhttps://example.org/form |"].map((text) => ({ kind: "paragraph", text })),
    };
    expect(texts(labelCellParagraphs(doc))[2]).toBe("1、请各校于3月1日前填写报名表，网址如下：\nhttps://example.org/form");
  });
});

