import {
  AlignmentType,
  Document,
  Footer,
  Packer,
  PageNumber,
  Paragraph as DocxParagraph,
  Table as DocxTable,
  TableCell as DocxTableCell,
  TableRow,
  TextRun,
  WidthType,
} from "docx";
import { describe, expect, it } from "vitest";
import { addHeadersAndPageNumbers, drawTable, hasCjkFont, makePdf } from "../../../test/fixtures/pdf.js";
import { ExtractError, type Paragraph, type Table } from "../model.js";
import { findSoffice } from "./legacy.js";
import { readPdf } from "./pdf.js";
import { convertWithSoffice } from "../../../test/fixtures/soffice.js";

const LONG_PARAGRAPH =
  "加快建设全市领先、全省有位、全国有名的教育强县，深化区域合作，打造区域教育高地。教育教学质量进入省市第一方阵、排名稳中有进；义务教育优质均衡综合评估各项指标较上年有明显提升，全县中小学布局更加合理，办学条件更加优良，师资力量更加雄厚";
const TASK =
  "1.大力推进基础教育扩优提质行动。全面推进学前教育工程、小学教育工程、初中教育工程、高中教育工程，促进各类教育优质协调发展，强化教研训一体化措施";

const fontMissing = !hasCjkFont();
if (fontMissing) console.warn("[pdf.test] 跳过：未找到 Noto CJK 字体（apt-get install fonts-noto-cjk），无法生成中文 PDF");

async function expectExtractError(promise: Promise<unknown>, code: ExtractError["code"]) {
  const error = await promise.then(() => undefined, (e: unknown) => e);
  expect(error).toBeInstanceOf(ExtractError);
  expect((error as ExtractError).code).toBe(code);
  return error as ExtractError;
}

describe.skipIf(fontMissing)("readPdf", () => {
  it("re-joins wrapped lines, drops headers/footers/page numbers and keeps a ruled table", async () => {
    const bytes = await makePdf((doc) => {
      doc.fontSize(18).text("某县教育局2025年工作要点", { align: "center" });
      doc.moveDown();
      doc.fontSize(12).text("一、总体要求");
      doc.text(LONG_PARAGRAPH, { indent: 24 });
      doc.text("（一）强化党建引领。");
      doc.text(TASK, { indent: 24 });
      const bottom = drawTable(doc, doc.y + 10, [40, 260, 150], [
        ["序号", "工作任务", "牵头单位"],
        ["1", "新建幼儿园2所\n改扩建小学1所", "基教股"],
        ["2", "完善控辍保学机制", "政教股"],
      ]);
      doc.fontSize(12).text("二、保障措施", 72, bottom + 20);
      doc.addPage();
      doc.fontSize(12).text("（二）加强督导检查。每月调度一次。");
      addHeadersAndPageNumbers(doc, "某县教育局办公室");
    });
    const doc = await readPdf(bytes);
    expect(doc.format).toBe("pdf");
    expect(doc.warnings).toEqual(["已忽略第1–2页的页眉页脚和页码"]);
    const paragraphs = doc.blocks.filter((b): b is Paragraph => b.kind === "paragraph");
    expect(paragraphs.map((p) => p.text)).toEqual([
      "某县教育局2025年工作要点",
      "一、总体要求",
      LONG_PARAGRAPH,
      "（一）强化党建引领。",
      TASK,
      "二、保障措施",
      "（二）加强督导检查。每月调度一次。",
    ]);
    expect(paragraphs[0].heading).toBe(1);
    expect(paragraphs[1].heading).toBeUndefined();
    expect(paragraphs[6].page).toBe(2);
    const table = doc.blocks.find((b): b is Table => b.kind === "table")!;
    expect(table.page).toBe(1);
    expect(table.rows.map((row) => row.map((cell) => cell.text))).toEqual([
      ["序号", "工作任务", "牵头单位"],
      ["1", "新建幼儿园2所改扩建小学1所", "基教股"],
      ["2", "完善控辍保学机制", "政教股"],
    ]);
  });

  it("reads a ruled table's grid: merged cells get spans and continuations, wrapped cell lines re-join without spaces", async () => {
    // columns at x = 72 | 132 | 312 | 432 ; rows at y = 100 | 130 | 180 | 220
    const xs = [72, 132, 312, 432];
    const ys = [100, 130, 180, 220];
    const bytes = await makePdf((doc) => {
      doc.lineWidth(0.75);
      // the first column has no rule between rows 2 and 3: one cell over both
      for (const y of ys) doc.moveTo(y === ys[2] ? xs[1] : xs[0], y).lineTo(xs[3], y).stroke();
      for (const x of xs) doc.moveTo(x, ys[0]).lineTo(x, ys[3]).stroke();
      doc.fontSize(10.5);
      const put = (text: string, x: number, y: number) => doc.text(text, x + 4, y, { lineBreak: false });
      put("类别", xs[0], 108);
      put("工作任务", xs[1], 108);
      put("责任单位", xs[2], 108);
      put("德育", xs[0], 168);
      put("深入开展社会主义核心价", xs[1], 138);
      put("值观教育活动", xs[1], 153);
      put("基教股", xs[2], 145);
      put("加强心理健康教育", xs[1], 192);
      put("政教股", xs[2], 192);
    });
    const doc = await readPdf(bytes);
    const tables = doc.blocks.filter((b): b is Table => b.kind === "table");
    expect(tables).toHaveLength(1);
    expect(tables[0].rows).toEqual([
      [{ text: "类别" }, { text: "工作任务" }, { text: "责任单位" }],
      [{ text: "德育", rowSpan: 2 }, { text: "深入开展社会主义核心价值观教育活动" }, { text: "基教股" }],
      [{ text: "德育", continuation: true }, { text: "加强心理健康教育" }, { text: "政教股" }],
    ]);
  });

  it("joins a ruled table continued on the next page: the repeated header row goes, the split row is one row", async () => {
    const widths = [40, 250, 120];
    const header = ["序号", "工作任务", "牵头单位"];
    const bytes = await makePdf((doc) => {
      doc.fontSize(12).text("附件：重点任务分解表", 72, 72);
      drawTable(doc, 100, widths, [header, ["1", "完善控辍保学机制", "基教股"], ["2", "推进集团化办学，扩大优质", "政教股"]]);
      doc.addPage();
      drawTable(doc, 72, widths, [header, ["", "教育资源覆盖面", ""], ["3", "加强教师队伍建设", "人事股"]]);
      doc.fontSize(12).text("以上任务请认真落实。", 72, 200);
      addHeadersAndPageNumbers(doc, "某县教育局办公室");
    });
    const doc = await readPdf(bytes);
    expect(doc.blocks.map((b) => b.kind)).toEqual(["paragraph", "table", "paragraph"]);
    expect((doc.blocks[1] as Table).rows.map((row) => row.map((c) => c.text))).toEqual([
      header,
      ["1", "完善控辍保学机制", "基教股"],
      ["2", "推进集团化办学，扩大优质教育资源覆盖面", "政教股"],
      ["3", "加强教师队伍建设", "人事股"],
    ]);
    expect(doc.warnings).toEqual(["已忽略第1–2页的页眉页脚和页码"]);
  });

  it("keeps two ruled tables set one under the other apart when their columns differ", async () => {
    const bytes = await makePdf((doc) => {
      const bottom = drawTable(doc, 100, [40, 250, 120], [["序号", "工作任务", "牵头单位"], ["1", "完善控辍保学机制", "基教股"]]);
      drawTable(doc, bottom, [120, 90, 200], [["项目名称", "责任单位", "完成时限"], ["新建幼儿园", "计财股", "2025年9月底前"]]);
    });
    const doc = await readPdf(bytes);
    const tables = doc.blocks.filter((b): b is Table => b.kind === "table");
    expect(tables.map((t) => t.rows.map((row) => row.map((c) => c.text)))).toEqual([
      [["序号", "工作任务", "牵头单位"], ["1", "完善控辍保学机制", "基教股"]],
      [["项目名称", "责任单位", "完成时限"], ["新建幼儿园", "计财股", "2025年9月底前"]],
    ]);
  });

  it("reads a borderless table by its columns: cells set in the middle of their row, wrapped cells, a centred header cell", async () => {
    const bytes = await makePdf((doc) => {
      doc.fontSize(12).text("附件：重点任务分解表", 72, 72);
      doc.fontSize(10.5);
      const put = (text: string, x: number, y: number) => doc.text(text, x, y, { lineBreak: false });
      // columns at x = 72 | 110 | 260 | 400; line step 14, rows 20 apart
      put("序号", 72, 110);
      put("工作任务", 110, 110);
      put("牵头", 400, 103);
      put("单位", 400, 117);
      put("具体要求", 260, 110);
      put("1", 72, 158);
      put("完善控辍保学机制，", 110, 151);
      put("落实联控联保责任", 110, 165);
      put("建立台账，每月调度一", 260, 144);
      put("次，确保义务教育巩固", 260, 158);
      put("率达到100%", 260, 172);
      put("基教股", 400, 158);
      put("2", 72, 206);
      put("推进集团化办学", 110, 206);
      put("城区学校结对帮扶农村学校", 260, 206);
      put("政教股", 400, 206);
      doc.fontSize(12).text("以上任务请认真落实。", 72, 260);
    });
    const doc = await readPdf(bytes);
    expect(doc.blocks.map((b) => b.kind)).toEqual(["paragraph", "table", "paragraph"]);
    expect((doc.blocks[1] as Table).rows.map((row) => row.map((c) => c.text))).toEqual([
      ["序号", "工作任务", "具体要求", "牵头单位"],
      ["1", "完善控辍保学机制，落实联控联保责任", "建立台账，每月调度一次，确保义务教育巩固率达到100%", "基教股"],
      ["2", "推进集团化办学", "城区学校结对帮扶农村学校", "政教股"],
    ]);
  });

  it("refuses a PDF without a text layer", async () => {
    const scanned = await makePdf((doc) => {
      doc.rect(100, 100, 300, 400).fill("#888");
    });
    const error = await expectExtractError(readPdf(scanned), "NO_TEXT_LAYER");
    expect(error.message).toContain("扫描件");
  });

  it("says nothing of a blank page but names a page that shows only an image", async () => {
    // a 1×1 grey PNG
    const png = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAAAAAA6fptVAAAACklEQVR4nGNgAAAAAgABSK+kcQAAAABJRU5ErkJggg==", "base64");
    const blankFirst = await makePdf((doc) => {
      doc.addPage();
      doc.text("一、加强党的建设，落实全面从严治党责任。");
    });
    expect((await readPdf(blankFirst)).warnings.join("")).not.toContain("没有可提取的文字");
    const scannedSecond = await makePdf((doc) => {
      doc.text("一、加强党的建设，落实全面从严治党责任。");
      doc.addPage();
      doc.image(png, 72, 72, { width: 400 });
    });
    expect((await readPdf(scannedSecond)).warnings).toContain("第2页没有可提取的文字（可能是扫描页），已跳过");
  });

  it("reports encrypted and truncated PDFs as unreadable", async () => {
    const locked = await makePdf((doc) => doc.text("机密内容"), { userPassword: "secret" });
    expect((await expectExtractError(readPdf(locked), "UNREADABLE")).message).toContain("密码");
    const whole = await makePdf((doc) => doc.text("完整内容"));
    await expectExtractError(readPdf(whole.subarray(0, 200)), "UNREADABLE");
  });
});

describe("readPdf without fonts", () => {
  it("reports garbage after a PDF header as unreadable", async () => {
    await expectExtractError(readPdf(new TextEncoder().encode("%PDF-1.7\n垃圾内容 garbage")), "UNREADABLE");
  });
});

const soffice = findSoffice();
if (!soffice || fontMissing) console.warn("[pdf.test] 跳过 LibreOffice 导出 PDF 的测试：未安装 LibreOffice 或 Noto CJK 字体");

describe.skipIf(!soffice || fontMissing)("readPdf on a PDF exported by LibreOffice", () => {
  it("rebuilds a ruled table whose narrow header cell wraps, and the paragraphs around it", { timeout: 180_000 }, async () => {
    const cell = (text: string) => new DocxTableCell({ children: [new DocxParagraph(text)] });
    const rows = [["序号", "工作任务", "具体措施", "牵头单位", "完成时限"]];
    for (let i = 1; i <= 6; i++) {
      rows.push([String(i), `第${i}项重点任务名称比较长需要换行显示`, "①完善工作机制，落实责任分工，加强督查考核；②建立台账，按月调度", "基教股", `2025年${i}月`]);
    }
    const document = new Document({
      styles: { default: { document: { run: { font: "Noto Sans CJK SC", size: 21 } } } },
      sections: [
        {
          children: [
            new DocxParagraph("附件：重点任务分解表"),
            new DocxTable({
              width: { size: 100, type: WidthType.PERCENTAGE },
              columnWidths: [600, 2400, 3600, 1400, 1200],
              rows: rows.map((row) => new TableRow({ children: row.map(cell) })),
            }),
            new DocxParagraph("以上任务请各单位认真落实。"),
          ],
        },
      ],
    });
    const pdf = convertWithSoffice(soffice!, new Uint8Array(await Packer.toBuffer(document)), "docx", "pdf");
    const doc = await readPdf(pdf);
    expect(doc.blocks.map((b) => b.kind)).toEqual(["paragraph", "table", "paragraph"]);
    const table = doc.blocks[1] as Table;
    expect(table.rows.map((row) => row.map((c) => c.text))).toEqual(rows);
    expect((doc.blocks[2] as Paragraph).text).toBe("以上任务请各单位认真落实。");
  });

  it("keeps touching tables apart whose column rules moved, though LibreOffice draws shared borders through; the header repeated on the next page goes", { timeout: 180_000 }, async () => {
    // two tables with the same header, set one right under the other with other column widths
    // (a division table split in two, as a converter writes it); the second runs onto page 2,
    // where LibreOffice repeats its header row with the first table's column rules
    const header = ["序号", "工作任务", "具体措施", "进展情况", "牵头单位"];
    const measure = "①完善工作机制，落实责任分工，加强督查考核，每月调度一次进展情况；②建立工作台账，按季度通报，年底开展考核评估并通报结果。";
    const first = [1, 2].map((i) => [String(i), `第${i}项重点任务`, measure, "", "基教股"]);
    const second = [3, 4, 5, 6, 7, 8, 9].map((i) => [String(i), `第${i}项重点任务`, measure.repeat(2), "", "人事股"]);
    const table = (widths: number[], rows: string[][]) =>
      `<table border="1" cellspacing="0" width="600"><colgroup>${widths.map((w) => `<col width="${w}" />`).join("")}</colgroup>` +
      `<thead><tr>${header.map((h) => `<th>${h}</th>`).join("")}</tr></thead><tbody>` +
      rows.map((row) => `<tr>${row.map((c) => `<td>${c}</td>`).join("")}</tr>`).join("") +
      "</tbody></table>";
    const html =
      `<html><head><meta charset="utf-8"></head><body style="font-family:'Noto Sans CJK SC'"><p>附件：重点任务分工方案</p>` +
      `${table([48, 132, 276, 60, 84], first)}${table([48, 108, 312, 48, 84], second)}<p>以上任务请认真落实。</p></body></html>`;
    const docx = convertWithSoffice(soffice!, new TextEncoder().encode(html), "html", "docx:MS Word 2007 XML");
    const doc = await readPdf(convertWithSoffice(soffice!, docx, "docx", "pdf"));
    const tables = doc.blocks.filter((b): b is Table => b.kind === "table");
    expect(tables.map((t) => t.rows.map((row) => row.map((c) => c.text)))).toEqual([
      [header, ...first],
      [header, ...second],
    ]);
    expect(doc.blocks.filter((b) => b.kind === "paragraph").map((b) => (b as Paragraph).text)).toEqual(["附件：重点任务分工方案", "以上任务请认真落实。"]);
  });

  it("joins 公文-style indented paragraphs across lines and pages and drops the page-number footer", { timeout: 180_000 }, async () => {
    const sentences = ["全面落实立德树人根本任务，深化基础教育课程改革。", "加强教师队伍建设，公开招考中小学教师200人。", "完善教育经费保障机制，确保教育支出只增不减。"];
    const paragraphs = Array.from({ length: 14 }, (_, i) => `${i + 1}.推进第${i + 1}项重点工作。${sentences.join("").repeat(1 + (i % 3))}`);
    const document = new Document({
      styles: { default: { document: { run: { font: "Noto Sans CJK SC", size: 32 } } } },
      sections: [
        {
          footers: {
            default: new Footer({
              children: [new DocxParagraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: ["— ", PageNumber.CURRENT, " —"] })] })],
            }),
          },
          children: paragraphs.map(
            (text) => new DocxParagraph({ alignment: AlignmentType.JUSTIFIED, indent: { firstLine: 640 }, children: [new TextRun(text)] }),
          ),
        },
      ],
    });
    const pdf = convertWithSoffice(soffice!, new Uint8Array(await Packer.toBuffer(document)), "docx", "pdf");
    const doc = await readPdf(pdf);
    expect(doc.blocks.map((b) => (b.kind === "paragraph" ? b.text : "table"))).toEqual(paragraphs);
    expect(doc.warnings).toHaveLength(1);
    expect(doc.warnings[0]).toMatch(/^已忽略第1–\d页的页眉页脚和页码$/);
  });
});

describe.skipIf(fontMissing)("readPdf: a line wrapped early before a word that cannot be broken", () => {
  it("joins a line that stopped short because the next line's first word (pinyin in brackets) did not fit", async () => {
    const full = "各学校要做好开学准备工作认真排查校园安全隐患确保师生平安返校做好开学";
    const bytes = await makePdf((doc) => {
      doc.fontSize(12);
      [full, full, `开学时间安排如下认真排查校园安全隐患确保师生平安返校。1.小学`, "(xué)、初中学生均于9月1日开学、上课。", full].forEach((line, i) =>
        doc.text(line, 72, 100 + i * 18, { lineBreak: false }),
      );
    });
    const doc = await readPdf(bytes);
    const texts = doc.blocks.map((b) => (b.kind === "paragraph" ? b.text : "table"));
    expect(texts.some((t) => t.includes("1.小学(xué)、初中学生均于9月1日"))).toBe(true);
  });
});

describe.skipIf(fontMissing)("readPdf: a line wrapped before a document number's bracketed year", () => {
  it("joins a line that stopped short because 〔2022〕 (【2021】, ［2023］) did not fit at its end", async () => {
    const full = "各学校要做好开学准备工作认真排查校园安全隐患确保师生平安返校做好开学";
    for (const [open, close] of [["〔", "〕"], ["【", "】"], ["［", "］"]]) {
      const bytes = await makePdf((doc) => {
        doc.fontSize(12);
        [full, full, "根据《某省教育厅关于做好二〇二二年秋季学期开学工作的通知》某教发", `${open}2022${close}16号文件精神,现将有关事项通知如下。`, full].forEach((line, i) =>
          doc.text(line, 72, 100 + i * 18, { lineBreak: false }),
        );
      });
      const texts = (await readPdf(bytes)).blocks.map((b) => (b.kind === "paragraph" ? b.text : "table"));
      expect(texts.some((t) => t.includes(`某教发${open}2022${close}16号文件精神`)), open).toBe(true);
    }
  });
});

