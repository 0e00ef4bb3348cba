import { Document, Packer, Paragraph as DocxParagraph } from "docx";
import ExcelJS from "exceljs";
import { afterEach, describe, expect, it } from "vitest";
import { addHeadersAndPageNumbers, hasCjkFont, makePdf } from "../../../test/fixtures/pdf.js";
import { ExtractError } from "../model.js";
import { detectFormat, MAX_INPUT_BYTES, readDocument } from "./index.js";
import { findSoffice } from "./legacy.js";

async function rejection(promise: Promise<unknown>): Promise<ExtractError> {
  const error = await promise.then(() => undefined, (e: unknown) => e);
  expect(error).toBeInstanceOf(ExtractError);
  return error as ExtractError;
}

async function smallDocx(text: string): Promise<Buffer> {
  return Packer.toBuffer(new Document({ sections: [{ children: [new DocxParagraph(text)] }] }));
}

const savedSoffice = process.env.DUBAN_SOFFICE;
afterEach(() => {
  if (savedSoffice === undefined) delete process.env.DUBAN_SOFFICE;
  else process.env.DUBAN_SOFFICE = savedSoffice;
});

describe("readDocument dispatch", () => {
  it("trusts the bytes over the file name", async () => {
    const docx = await smallDocx("正文内容");
    const doc = await readDocument(docx, "方案.pdf");
    expect(doc.format).toBe("docx");
    expect(doc.blocks).toEqual([{ kind: "paragraph", text: "正文内容" }]);

    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet("表").getCell("A1").value = "任务";
    const xlsx = Buffer.from(await workbook.xlsx.writeBuffer());
    expect((await readDocument(xlsx, "noext")).format).toBe("xlsx");
  });

  it("sniffs HTML and reads text and markdown", async () => {
    const html = Buffer.from("<!DOCTYPE html><html><body><p>一、总体要求</p></body></html>");
    expect((await readDocument(html, "page.txt")).format).toBe("html");
    expect((await readDocument(Buffer.from("一、总体要求\n（一）强化引领"), "plan.txt")).format).toBe("txt");
    expect((await readDocument(Buffer.from("# 标题"), "plan.md")).format).toBe("md");
    expect((await readDocument("<p>网页</p>", "a.html")).format).toBe("html");
  });

  it("reads a page's source pasted as text or saved as .txt as the page: tags out, entities decoded, server code out", async () => {
    const page =
      '<%@ page language="java" contentType="text/html; charset=UTF-8"%>\n<%\n  String base = request.getContextPath();\n%>\n' +
      '<div class="main"><div class="text">各学校：\n<b>一、开展自查</b><br />\n各校于5月10日前报送自查表。&nbsp;&nbsp;<%= base %>\n' +
      "<p>二、组织抽查</p><script>var a = '三、不是正文';</script></div></div>";
    for (const input of [page, Buffer.from(page)]) {
      const doc = await readDocument(input, "notice.txt");
      expect(doc.format).toBe("html");
      const texts = doc.blocks.map((b) => (b.kind === "paragraph" ? b.text : ""));
      expect(texts).toContain("一、开展自查");
      expect(texts).toContain("各校于5月10日前报送自查表。");
      expect(texts).toContain("二、组织抽查");
      expect(texts.join("\n")).not.toMatch(/[<>%&]|request|不是正文/);
    }
    // an article's markup copied alone, without <html> or <body>
    const fragment = "<p>一、工作目标</p>\n<p>全年完成培训3次。</p>\n<p>二、工作措施</p>";
    expect((await readDocument(fragment, "paste.txt")).format).toBe("html");
    // plain text naming a tag or two is still text; markdown keeps its own few tags
    expect((await readDocument("一、总体要求\n表中<br>为换行", "plan.txt")).format).toBe("txt");
    expect((await readDocument("<div>一、目标</div>\n<p>完成</p>\n<p>检查</p>", "plan.md")).format).toBe("md");
  });

  it("reads a name masked by stars as the text does: the stars left out, in a Word file as in a .txt", async () => {
    const line = "二、会同******局、财政局及某某镇等部门推进，落实***要求。";
    const want = "二、会同局、财政局及某某镇等部门推进，落实要求。";
    expect((await readDocument(line, "x.txt")).blocks).toEqual([{ kind: "paragraph", text: want }]);
    expect((await readDocument(await smallDocx(line), "x.docx")).blocks).toEqual([{ kind: "paragraph", text: want }]);
    // (Markdown's bold marks are read as before)
    expect((await readDocument("**一、总体要求**", "x.txt")).blocks).toEqual([{ kind: "paragraph", text: "一、总体要求", bold: true }]);
  });

  it.skipIf(!hasCjkFont())("leaves out a list's number alone in a PDF where its list goes on nowhere (an item with no text)", async () => {
    const pdf = await makePdf((doc) => {
      doc.text("某县新闻网");
      doc.text("1.");
      doc.text("某县今年拟新增学位2000个。");
      doc.text("记者日前从县教育局获悉，今年计划新建学校3所。");
    });
    const texts = (await readDocument(Buffer.from(pdf), "x.pdf")).blocks.map((b) => (b.kind === "paragraph" ? b.text : "table"));
    expect(texts).not.toContain("1.");
    expect(texts.join("")).toContain("某县今年拟新增学位2000个。");
  });

  it.skipIf(!hasCjkFont())("detects PDF by its header", async () => {
    const pdf = await makePdf((doc) => {
      doc.text("一、总体要求。全面贯彻党的教育方针。");
      addHeadersAndPageNumbers(doc, "页眉");
    });
    expect((await readDocument(Buffer.from(pdf), "x.docx")).format).toBe("pdf");
  });

  it("refuses images, unknown binaries, other archives and oversized input in Chinese", async () => {
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]);
    const image = await rejection(readDocument(png, "scan.png"));
    expect(image.code).toBe("UNSUPPORTED_FORMAT");
    expect(image.message).toContain("图片");
    expect(image.message).toContain(".docx");

    const binary = await rejection(readDocument(Buffer.from([1, 2, 3, 0, 0, 7, 8]), "x.bin"));
    expect(binary.code).toBe("UNSUPPORTED_FORMAT");

    const { zipSync, strToU8 } = await import("fflate");
    const archive = await rejection(readDocument(Buffer.from(zipSync({ "a.txt": strToU8("x") })), "files.zip"));
    expect(archive.message).toContain("压缩包");

    const tooLarge = await rejection(readDocument(Buffer.alloc(MAX_INPUT_BYTES + 1, 0x41), "big.txt"));
    expect(tooLarge.code).toBe("TOO_LARGE");
    expect(tooLarge.message).toContain("50 MB");
  });

  it("asks for conversion when a .doc arrives and LibreOffice is missing", async () => {
    process.env.DUBAN_SOFFICE = "/nonexistent/soffice";
    const ole = Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.from("WordDocument", "utf16le")]);
    const error = await rejection(readDocument(ole, "方案.doc"));
    expect(error.code).toBe("NEEDS_CONVERSION");
    expect(error.message).toBe("无法读取 .doc 文件：本机未安装 LibreOffice。请在 Word/WPS 中另存为 .docx 后再上传");
    expect(detectFormat(ole, "方案.doc").kind).toBe("ole");
  });
});

const soffice = findSoffice();
if (!soffice) console.warn("[readers/index.test] 跳过 .doc 转换测试：本机未安装 LibreOffice（soffice）");

describe.skipIf(!soffice)("legacy .doc through LibreOffice", () => {
  it("converts a .doc made by LibreOffice and reads it", { timeout: 180_000 }, async () => {
    const { execFileSync } = await import("node:child_process");
    const { mkdtempSync, writeFileSync, readFileSync, rmSync } = await import("node:fs");
    const os = await import("node:os");
    const dir = mkdtempSync(`${os.tmpdir()}/duban-doc-test-`);
    try {
      writeFileSync(`${dir}/plan.docx`, await smallDocx("一、总体要求"));
      execFileSync(soffice!, [`-env:UserInstallation=file://${dir}/profile`, "--headless", "--convert-to", "doc", "--outdir", dir, `${dir}/plan.docx`], {
        timeout: 120_000,
        stdio: "ignore",
      });
      const doc = await readDocument(readFileSync(`${dir}/plan.doc`), "plan.doc");
      expect(doc.format).toBe("doc");
      expect(doc.blocks).toEqual([{ kind: "paragraph", text: "一、总体要求" }]);
      expect(doc.warnings[0]).toContain("LibreOffice");
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
