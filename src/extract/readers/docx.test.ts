import {
  Document,
  HeadingLevel,
  LevelFormat,
  Packer,
  Paragraph as DocxParagraph,
  Table as DocxTable,
  TableCell as DocxTableCell,
  TableRow,
  TextRun,
  VerticalMergeType,
  Footer,
  Header,
} from "docx";
import { zipSync, strToU8 } from "fflate";
import { describe, expect, it } from "vitest";
import type { Paragraph, Table } from "../model.js";
import { numbered, planNumbering } from "../../../test/fixtures/docx.js";
import { readDocx } from "./docx.js";

async function buildPlanDocx(): Promise<Uint8Array> {
  const cell = (text: string | string[], options: Record<string, unknown> = {}) =>
    new DocxTableCell({
      children: (Array.isArray(text) ? text : [text]).map((line) => new DocxParagraph(line)),
      ...options,
    });
  const document = new Document({
    numbering: planNumbering([
      [LevelFormat.CHINESE_COUNTING, "（%1）"],
      [LevelFormat.DECIMAL, "%2."],
      [LevelFormat.DECIMAL_ENCLOSED_CIRCLE, "%3"],
    ]),
    sections: [
      {
        headers: { default: new Header({ children: [new DocxParagraph("页眉文字不应出现")] }) },
        footers: { default: new Footer({ children: [new DocxParagraph("页脚文字不应出现")] }) },
        children: [
          new DocxParagraph({ text: "某县教育局2025年工作要点", heading: HeadingLevel.TITLE }),
          new DocxParagraph({ text: "一、总体要求", heading: HeadingLevel.HEADING_1 }),
          numbered("强化党建引领", 0),
          new DocxParagraph({
            numbering: { reference: "plan", level: 1 },
            children: [new TextRun({ text: "强化思想政治引领。", bold: true }), new TextRun("深入开展主题教育。")],
          }),
          numbered("落实意识形态责任制", 1),
          numbered("第一项措施", 2),
          numbered("第二项措施", 2),
          numbered("推进教育优质均衡", 0),
          numbered("新建学校4所", 1),
          new DocxParagraph({ children: [new TextRun({ text: "全段加粗的段落", bold: true })] }),
          new DocxParagraph(""),
          new DocxTable({
            rows: [
              new TableRow({ children: [cell("序号"), cell("工作任务"), cell("牵头单位"), cell("完成时限")] }),
              new TableRow({
                children: [
                  cell("1"),
                  cell(["新建幼儿园2所", "改扩建小学1所"]),
                  cell("基教股", { verticalMerge: VerticalMergeType.RESTART }),
                  cell("2025年9月"),
                ],
              }),
              new TableRow({
                children: [
                  cell("2"),
                  cell("完善控辍保学机制"),
                  cell("", { verticalMerge: VerticalMergeType.CONTINUE }),
                  cell("2025年12月"),
                ],
              }),
              new TableRow({ children: [cell("合计", { columnSpan: 2 }), cell("—"), cell("—")] }),
            ],
          }),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(document));
}

describe("readDocx", () => {
  it("reconstructs automatic numbering, headings, bold and merged table cells", async () => {
    const doc = readDocx(await buildPlanDocx());
    expect(doc.format).toBe("docx");
    const paragraphs = doc.blocks.filter((b): b is Paragraph => b.kind === "paragraph");
    const texts = paragraphs.map((p) => p.text);
    expect(texts.join("")).not.toContain("页眉");
    expect(texts.join("")).not.toContain("页脚");

    const byText = (text: string) => paragraphs.find((p) => p.text.startsWith(text))!;
    expect(byText("一、总体要求").heading).toBe(1);
    expect(byText("强化党建引领").numbering).toBe("（一）");
    expect(byText("强化思想政治引领").numbering).toBe("1.");
    expect(byText("强化思想政治引领").boldPrefix).toBe("强化思想政治引领。");
    expect(byText("强化思想政治引领").bold).toBeUndefined();
    expect(byText("落实意识形态责任制").numbering).toBe("2.");
    expect(byText("第一项措施").numbering).toBe("①");
    expect(byText("第二项措施").numbering).toBe("②");
    expect(byText("推进教育优质均衡").numbering).toBe("（二）");
    // The decimal level restarts when the higher level advances.
    expect(byText("新建学校4所").numbering).toBe("1.");
    expect(byText("全段加粗").bold).toBe(true);
    expect(byText("全段加粗").boldPrefix).toBeUndefined();
    expect(texts).not.toContain("");

    const table = doc.blocks.find((b): b is Table => b.kind === "table")!;
    expect(table.rows.map((row) => row.map((c) => c.text))).toEqual([
      ["序号", "工作任务", "牵头单位", "完成时限"],
      ["1", "新建幼儿园2所\n改扩建小学1所", "基教股", "2025年9月"],
      ["2", "完善控辍保学机制", "基教股", "2025年12月"],
      ["合计", "合计", "—", "—"],
    ]);
    expect(table.rows[1][2]).toEqual({ text: "基教股", rowSpan: 2 });
    expect(table.rows[2][2]).toEqual({ text: "基教股", continuation: true });
    expect(table.rows[3][0]).toEqual({ text: "合计", colSpan: 2 });
    expect(table.rows[3][1].continuation).toBe(true);
  });

  it("reads a document without any text as no blocks", async () => {
    const document = new Document({ sections: [{ children: [new DocxParagraph("")] }] });
    const doc = readDocx(new Uint8Array(await Packer.toBuffer(document)));
    expect(doc.blocks).toEqual([]);
  });
});

// Handmade packages for what the docx generator cannot produce.
const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';

function packDocx(documentBody: string, parts: Record<string, string> = {}): Uint8Array {
  const files: Record<string, Uint8Array> = {
    "word/document.xml": strToU8(`<?xml version="1.0" encoding="UTF-8"?><w:document ${W}><w:body>${documentBody}</w:body></w:document>`),
  };
  for (const [name, xml] of Object.entries(parts)) files[name] = strToU8(xml);
  return zipSync(files);
}

describe("readDocx with handmade XML", () => {
  it("takes numbering and bold from paragraph styles, honours startOverride and w:br", () => {
    const styles = `<w:styles ${W}>
      <w:style w:type="paragraph" w:styleId="Task"><w:name w:val="任务"/><w:pPr><w:numPr><w:numId w:val="7"/></w:numPr></w:pPr><w:rPr><w:b/></w:rPr></w:style>
      <w:style w:type="paragraph" w:styleId="Sub"><w:name w:val="子项"/><w:basedOn w:val="Task"/><w:pPr><w:numPr><w:ilvl w:val="1"/></w:numPr></w:pPr><w:rPr><w:b w:val="0"/></w:rPr></w:style>
      <w:style w:type="paragraph" w:styleId="2"><w:name w:val="heading 2"/></w:style>
      <w:style w:type="paragraph" w:styleId="TOC1"><w:name w:val="toc 1"/></w:style>
    </w:styles>`;
    const numbering = `<w:numbering ${W}>
      <w:abstractNum w:abstractNumId="3">
        <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCountingThousand"/><w:lvlText w:val="%1、"/></w:lvl>
        <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1.%2"/><w:isLgl/></w:lvl>
      </w:abstractNum>
      <w:num w:numId="7"><w:abstractNumId w:val="3"/></w:num>
      <w:num w:numId="8"><w:abstractNumId w:val="3"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="10"/></w:lvlOverride></w:num>
    </w:numbering>`;
    const p = (style: string, text: string, extra = "") =>
      `<w:p><w:pPr><w:pStyle w:val="${style}"/>${extra}</w:pPr><w:r><w:t>${text}</w:t></w:r></w:p>`;
    const body = [
      p("TOC1", "总体目标……1"),
      p("Task", "总体目标"),
      p("Sub", "子目标"),
      p("Task", "重点任务"),
      p("Task", "重新编号", `<w:numPr><w:numId w:val="8"/></w:numPr>`),
      p("Task", "不编号", `<w:numPr><w:numId w:val="0"/></w:numPr>`),
      p("2", "二级标题"),
      p("Normal", "大纲级别", `<w:outlineLvl w:val="0"/>`),
      `<w:p><w:r><w:t xml:space="preserve">第一行</w:t><w:br/><w:t>第二行</w:t><w:tab/><w:t>续</w:t></w:r><w:r><w:rPr><w:vanish/></w:rPr><w:t>隐藏文字</w:t></w:r><w:r><w:rPr><w:b/></w:rPr><w:delText>删除</w:delText></w:r></w:p>`,
    ].join("");
    const doc = readDocx(packDocx(body, { "word/styles.xml": styles, "word/numbering.xml": numbering }));
    const paragraphs = doc.blocks as Paragraph[];
    expect(paragraphs.map((b) => [b.numbering, b.text, b.bold ?? false, b.heading])).toEqual([
      ["一、", "总体目标", true, undefined],
      ["1.1", "子目标", false, undefined],
      ["二、", "重点任务", true, undefined],
      ["十、", "重新编号", true, undefined],
      [undefined, "不编号", true, undefined],
      [undefined, "二级标题", false, 2],
      [undefined, "大纲级别", false, 1],
      [undefined, "第一行\n第二行 续", false, undefined],
    ]);
  });

  it("reads text boxes once, unwraps 1×1 frame tables and flattens nested tables", () => {
    const textBox = `<w:p><w:r><mc:AlternateContent xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006">
      <mc:Choice Requires="wps"><w:drawing><w:txbxContent><w:p><w:r><w:t>文本框内容</w:t></w:r></w:p></w:txbxContent></w:drawing></mc:Choice>
      <mc:Fallback><w:pict><w:txbxContent><w:p><w:r><w:t>文本框内容</w:t></w:r></w:p></w:txbxContent></w:pict></mc:Fallback>
    </mc:AlternateContent></w:r></w:p>`;
    const inner = `<w:tbl><w:tr><w:tc><w:p><w:r><w:t>甲</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>乙</w:t></w:r></w:p></w:tc></w:tr></w:tbl>`;
    const frame = `<w:tbl><w:tr><w:tc><w:p><w:r><w:t>框内段落</w:t></w:r></w:p>
      <w:tbl><w:tr><w:tc><w:p><w:r><w:t>单元格</w:t></w:r></w:p>${inner}</w:tc><w:tc><w:p><w:r><w:t>右</w:t></w:r></w:p></w:tc></w:tr></w:tbl>
    </w:tc></w:tr></w:tbl>`;
    const doc = readDocx(packDocx(textBox + frame));
    expect(doc.blocks).toEqual([
      { kind: "paragraph", text: "文本框内容" },
      { kind: "paragraph", text: "框内段落" },
      { kind: "table", rows: [[{ text: "单元格\n甲 | 乙" }, { text: "右" }]] },
    ]);
  });
});

describe("a DOCX table whose 工作任务 is merged down over numbered rows (vMerge; issue 9, xmerge20)", () => {
  it("titles each numbered row by its own work, the merged name glued to none", async () => {
    const { extractPlan } = await import("../index.js");
    const tc = (t: string, merge = "") => `<w:tc><w:tcPr>${merge}</w:tcPr><w:p><w:r><w:t>${t}</w:t></w:r></w:p></w:tc>`;
    const tr = (cells: string[]) => `<w:tr>${cells.join("")}</w:tr>`;
    const start = '<w:vMerge w:val="restart"/>', cont = "<w:vMerge/>";
    const body = [
      `<w:p><w:r><w:t>某校2031年校务公开工作任务分解表</w:t></w:r></w:p>`,
      "<w:tbl>",
      tr([tc("序号"), tc("工作任务"), tc("具体分工"), tc("责任处室"), tc("完成时限")]),
      tr([tc("1"), tc("推进校务公开", start), tc("按月公开招生、收费、评优等办事结果"), tc("办公室"), tc("长期坚持")]),
      tr([tc("2"), tc("", cont), tc("规范公开家长委员会议事记录"), tc("德育处"), tc("长期坚持")]),
      tr([tc("3"), tc("", cont), tc("每学期公布一次食堂账目"), tc("总务处"), tc("2031年7月前")]),
      "</w:tbl>",
    ].join("");
    const { plan } = await extractPlan(Buffer.from(packDocx(body)), { filename: "merged.docx" });
    expect(plan.tasks.map((t) => [t.no, t.title, t.lead.join("/")].join("|"))).toEqual([
      "1|推进校务公开|办公室",
      "2|规范公开家长委员会议事记录|德育处",
      "3|每学期公布一次食堂账目|总务处",
    ]);
  });
});

