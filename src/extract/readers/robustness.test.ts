// Hostile and broken inputs: every failure must be an ExtractError, and nothing may hang.
import { Document, Packer, Paragraph as DocxParagraph } from "docx";
import fc from "fast-check";
import { deflateSync, strToU8, zipSync } from "fflate";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ExtractError } from "../model.js";
import { readDocument } from "./index.js";
import { SafeZip } from "./zip.js";

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
let savedSoffice: string | undefined;
beforeAll(() => {
  // Never spawn LibreOffice for random OLE-looking bytes.
  savedSoffice = process.env.DUBAN_SOFFICE;
  process.env.DUBAN_SOFFICE = "/nonexistent/soffice";
});
afterAll(() => {
  if (savedSoffice === undefined) delete process.env.DUBAN_SOFFICE;
  else process.env.DUBAN_SOFFICE = savedSoffice;
});

async function outcome(input: Uint8Array, name: string): Promise<"ok" | ExtractError["code"]> {
  try {
    await readDocument(Buffer.from(input), name);
    return "ok";
  } catch (error) {
    if (!(error instanceof ExtractError)) throw new Error(`non-ExtractError for ${name}: ${String(error)}`);
    return error.code;
  }
}

function docxWithBody(documentXml: string): Uint8Array {
  return zipSync({ "word/document.xml": strToU8(documentXml) });
}

/** A zip whose single entry has the given real content but a forged declared size. */
function forgedZip(name: string, content: Uint8Array, declaredSize?: number): Uint8Array {
  const zip = zipSync({ [name]: content }, { level: 9 });
  if (declaredSize === undefined) return zip;
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  for (let pos = 0; pos + 4 <= zip.length; pos++) {
    const signature = view.getUint32(pos, true);
    if (signature === 0x04034b50) view.setUint32(pos + 22, declaredSize, true);
    if (signature === 0x02014b50) view.setUint32(pos + 24, declaredSize, true);
  }
  return zip;
}

describe("archive safety", () => {
  it("refuses an entry whose declared size is huge before inflating", async () => {
    const zip = forgedZip("word/document.xml", strToU8(`<w:document ${W}/>`), 0xfffffff0);
    expect(await outcome(zip, "bomb.docx")).toBe("UNSAFE_ARCHIVE");
  });

  it("refuses an extreme compression ratio", async () => {
    const zip = zipSync({ "word/document.xml": new Uint8Array(20 * 1024 * 1024) }, { level: 9 });
    expect(zip.length).toBeLessThan(100 * 1024);
    expect(await outcome(zip, "bomb.docx")).toBe("UNSAFE_ARCHIVE");
  });

  it("stops inflating when an entry produces more than it declared", async () => {
    const zip = forgedZip("word/document.xml", new Uint8Array(5 * 1024 * 1024), 1000);
    expect(await outcome(zip, "liar.docx")).toBe("UNSAFE_ARCHIVE");
  });

  it("refuses too many entries", async () => {
    const files: Record<string, Uint8Array> = { "word/document.xml": strToU8(`<w:document ${W}/>`) };
    for (let i = 0; i < 10_001; i++) files[`word/media/x${i}.txt`] = new Uint8Array(0);
    expect(await outcome(zipSync(files, { level: 0 }), "many.docx")).toBe("UNSAFE_ARCHIVE");
  });

  it("caps the total declared size of all entries", () => {
    const archive = zipSync({ a: new Uint8Array(600_000), b: new Uint8Array(600_000) }, { level: 0 });
    const limits = { maxEntries: 10, maxEntryBytes: 1_000_000, maxTotalBytes: 1_000_000, maxRatio: 200 };
    expect(() => new SafeZip(archive, limits)).toThrow(/总大小超过上限/);
    expect(new SafeZip(archive, { ...limits, maxTotalBytes: 2_000_000 }).read("a")?.length).toBe(600_000);
  });

  it("refuses DOCTYPE / entity tricks in document.xml", async () => {
    const laughs = `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;"><!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]><w:document ${W}><w:body><w:p><w:r><w:t>&lol3;</w:t></w:r></w:p></w:body></w:document>`;
    expect(await outcome(docxWithBody(laughs), "lol.docx")).toBe("UNSAFE_ARCHIVE");
    const external = `<?xml version="1.0"?><!DOCTYPE d [<!ENTITY x SYSTEM "file:///etc/passwd">]><w:document ${W}><w:body><w:p><w:r><w:t>&x;</w:t></w:r></w:p></w:body></w:document>`;
    expect(await outcome(docxWithBody(external), "xxe.docx")).toBe("UNSAFE_ARCHIVE");
    const undefinedEntity = `<w:document ${W}><w:body><w:p><w:r><w:t>&x;</w:t></w:r></w:p></w:body></w:document>`;
    expect(await outcome(docxWithBody(undefinedEntity), "entity.docx")).toBe("UNREADABLE");
  });
});

describe("broken documents", () => {
  it("reports truncated and corrupted DOCX as unreadable with a Chinese message", async () => {
    const docx = new Uint8Array(await Packer.toBuffer(new Document({ sections: [{ children: [new DocxParagraph("内容")] }] })));
    for (const cut of [10, 100, Math.floor(docx.length / 2), docx.length - 10]) {
      expect(await outcome(docx.subarray(0, cut), "cut.docx"), `cut at ${cut}`).toBe("UNREADABLE");
    }
    try {
      await readDocument(Buffer.from(docx.subarray(0, docx.length / 2)), "cut.docx");
    } catch (error) {
      expect((error as Error).message).toMatch(/^文件已损坏或不完整/);
    }
  });

  it("reads moderately nested tables and refuses absurd nesting", async () => {
    const nest = (depth: number) => {
      let inner = `<w:p><w:r><w:t>最内层</w:t></w:r></w:p>`;
      for (let i = 0; i < depth; i++) inner = `<w:tbl><w:tr><w:tc><w:p><w:r><w:t>层${i}</w:t></w:r></w:p>${inner}</w:tc><w:tc><w:p/></w:tc></w:tr></w:tbl>`;
      return `<w:document ${W}><w:body>${inner}</w:body></w:document>`;
    };
    const shallow = await readDocument(Buffer.from(docxWithBody(nest(20))), "nest.docx");
    expect(JSON.stringify(shallow.blocks)).toContain("最内层");
    expect(await outcome(docxWithBody(nest(2000)), "deep.docx")).toBe("UNREADABLE");
  });

  it("refuses absurdly nested HTML with a Chinese message instead of overflowing the stack", async () => {
    const html = `<html><body>${"<div>".repeat(5000)}<p>正文</p>${"</div>".repeat(5000)}</body></html>`;
    expect(await outcome(strToU8(html), "deep.html")).toBe("UNREADABLE");
    const fine = `<html><body>${"<div>".repeat(300)}<p>正文内容</p>${"</div>".repeat(300)}</body></html>`;
    expect((await readDocument(Buffer.from(fine), "ok.html")).blocks).toEqual([{ kind: "paragraph", text: "正文内容" }]);
  });

  it("survives a merge over a whole sheet", async () => {
    const sheet = `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>标题</t></is></c></row><row r="2"><c r="A2" t="inlineStr"><is><t>甲</t></is></c><c r="B2" t="inlineStr"><is><t>乙</t></is></c></row></sheetData><mergeCells><mergeCell ref="A1:XFD1048576"/></mergeCells></worksheet>`;
    const xlsx = zipSync({
      "xl/workbook.xml": strToU8(`<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="S" sheetId="1" r:id="rId1"/></sheets></workbook>`),
      "xl/_rels/workbook.xml.rels": strToU8(`<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`),
      "xl/worksheets/sheet1.xml": strToU8(sheet),
    });
    const doc = await readDocument(Buffer.from(xlsx), "merge.xlsx");
    expect(doc.blocks).toEqual([{ kind: "paragraph", text: "标题" }]);
  });
});

describe("fuzzing", () => {
  const names = ["a.docx", "a.xlsx", "a.pdf", "a.txt", "a.html", "a.doc", "a", "a.md"];
  const prefixes = [
    new Uint8Array(0),
    strToU8("PK\u0003\u0004"),
    strToU8("%PDF-1.4\n"),
    new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]),
    strToU8("<html><body>"),
    new Uint8Array([0xef, 0xbb, 0xbf]),
  ];

  it("random bytes only ever yield a document or an ExtractError", async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...prefixes), fc.uint8Array({ maxLength: 2048 }), fc.constantFrom(...names), async (prefix, body, name) => {
        const input = new Uint8Array(prefix.length + body.length);
        input.set(prefix);
        input.set(body, prefix.length);
        await outcome(input, name);
      }),
      { numRuns: 300 },
    );
  });

  it("mutated DOCX and XLSX packages only ever yield a document or an ExtractError", async () => {
    const docx = new Uint8Array(await Packer.toBuffer(new Document({ sections: [{ children: [new DocxParagraph("一、总体要求")] }] })));
    const stored = zipSync({ "word/document.xml": strToU8(`<w:document ${W}><w:body><w:p><w:r><w:t>内容</w:t></w:r></w:p></w:body></w:document>`) }, { level: 0 });
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(docx, stored),
        fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 8 }),
        async (original, flips) => {
          const mutated = original.slice();
          for (const [position, value] of flips) mutated[position % mutated.length] = value;
          await outcome(mutated, "m.docx");
        },
      ),
      { numRuns: 200 },
    );
  });

  it("raw deflate garbage inside a zip entry is unreadable, not a crash", async () => {
    const garbage = deflateSync(strToU8("<w:document>")).map((b, i) => (i > 2 ? b ^ 0x5a : b));
    const zip = forgedZip("word/document.xml", garbage);
    expect(["ok", "UNREADABLE"]).toContain(await outcome(zip, "g.docx"));
  });
});
