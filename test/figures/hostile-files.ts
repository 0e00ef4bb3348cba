// Malicious uploads for figure 2: zip bombs, billion laughs inside DOCX/XLSX, row bombs, lying
// extensions, path-traversal names, empty and truncated files. Built at run time (nothing large
// is stored in the repository); the big ones are deflated in chunks so building them stays cheap.
import { crc32, deflateRawSync, constants } from "node:zlib";
import { Document, Packer, Paragraph } from "docx";
import ExcelJS from "exceljs";

interface ZipPart {
  name: string;
  /** Uncompressed content, or a repeated chunk: `times` copies of `chunk` between `head` and `tail`. */
  data?: Buffer;
  repeat?: { head: string; chunk: string; times: number; tail: string };
  /** Declares a smaller uncompressed size than the real one (a bomb that lies). */
  lieAboutSize?: boolean;
}

/** A ZIP archive written by hand, so an entry can be far larger inflated than anything held in memory here. */
export function zip(parts: ZipPart[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const part of parts) {
    const { compressed, size, crc } = part.data ? deflateWhole(part.data) : deflateRepeated(part.repeat!);
    const name = Buffer.from(part.name, "utf8");
    const declared = part.lieAboutSize ? Math.min(size, 1000) : size;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6); // UTF-8 names
    local.writeUInt16LE(8, 8); // deflate
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(compressed.length, 18);
    local.writeUInt32LE(declared >>> 0, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(compressed.length, 20);
    central.writeUInt32LE(declared >>> 0, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, compressed);
    centrals.push(central, name);
    offset += local.length + name.length + compressed.length;
  }
  const cd = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, cd, end]);
}

function deflateWhole(data: Buffer) {
  return { compressed: deflateRawSync(data, { level: 9 }), size: data.length, crc: crc32(data) };
}

/** Deflates head + chunk×times + tail block by block with Z_FULL_FLUSH, never holding the whole. */
function deflateRepeated(r: { head: string; chunk: string; times: number; tail: string }) {
  const chunk = Buffer.from(r.chunk.repeat(Math.max(1, Math.floor((1 << 20) / r.chunk.length))));
  const perBlock = Math.floor(chunk.length / r.chunk.length);
  const out: Buffer[] = [];
  let crc = 0;
  let size = 0;
  const piece = (data: Buffer) => {
    crc = crc32(data, crc);
    size += data.length;
    out.push(deflateRawSync(data, { level: 9, finishFlush: constants.Z_FULL_FLUSH }));
  };
  piece(Buffer.from(r.head));
  const full = Math.floor(r.times / perBlock);
  if (full > 0) {
    // Every full block deflates to the same bytes (a full flush resets the window): compress it once.
    const block = deflateRawSync(chunk, { level: 9, finishFlush: constants.Z_FULL_FLUSH });
    for (let i = 0; i < full; i++) {
      crc = crc32(chunk, crc);
      size += chunk.length;
      out.push(block);
    }
  }
  const rest = r.times - full * perBlock;
  if (rest) piece(Buffer.from(r.chunk.repeat(rest)));
  crc = crc32(Buffer.from(r.tail), crc);
  size += Buffer.byteLength(r.tail);
  out.push(deflateRawSync(Buffer.from(r.tail), { level: 9 }));
  return { compressed: Buffer.concat(out), size, crc: crc >>> 0 };
}

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const CT_DOCX = `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`;
const RELS_DOCX = `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`;
const CT_XLSX = `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>`;
const RELS_XLSX = `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`;
const WORKBOOK = `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>`;
const WORKBOOK_RELS = `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`;

function docx(documentXml: ZipPart): Buffer {
  return zip([{ name: "[Content_Types].xml", data: Buffer.from(CT_DOCX) }, { name: "_rels/.rels", data: Buffer.from(RELS_DOCX) }, { ...documentXml, name: "word/document.xml" }]);
}

function xlsx(sheetXml: ZipPart, extra: ZipPart[] = []): Buffer {
  return zip([
    { name: "[Content_Types].xml", data: Buffer.from(CT_XLSX) }, { name: "_rels/.rels", data: Buffer.from(RELS_XLSX) },
    { name: "xl/workbook.xml", data: Buffer.from(WORKBOOK) }, { name: "xl/_rels/workbook.xml.rels", data: Buffer.from(WORKBOOK_RELS) },
    { ...sheetXml, name: "xl/worksheets/sheet1.xml" }, ...extra,
  ]);
}

/** The ledger and directory imports read XLSX with ExcelJS, whole: bounded on branch bounds (wt-bounds). */

const LAUGHS = `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">${Array.from({ length: 9 }, (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i || ""};`.repeat(10)}">`).join("")}]>`;

export interface HostileFile {
  label: string;
  filename: string;
  data: Buffer;
}

export async function hostileFiles(opts: { bombBytes: number; rowBombRows: number }): Promise<HostileFile[]> {
  const goodDocx = await Packer.toBuffer(new Document({ sections: [{ children: [new Paragraph("示例县教育局2026年工作要点"), new Paragraph("一、提升教育质量"), new Paragraph("1. 推进集团化办学。（责任股室：基础教育股）")] }] }));
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("台账");
  ws.addRow(["序号", "任务", "牵头单位"]);
  ws.addRow([1, "推进集团化办学", "基础教育股"]);
  const goodXlsx = Buffer.from(await wb.xlsx.writeBuffer());
  const paragraph = "<w:p><w:r><w:t>推进集团化办学。</w:t></w:r></w:p>";
  const docHead = `<?xml version="1.0" encoding="UTF-8"?><w:document ${W}><w:body>`;
  const docTail = "</w:body></w:document>";
  const sheetHead = `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>`;
  const sheetTail = "</sheetData></worksheet>";
  const rows = (n: number) => ({ head: sheetHead, chunk: '<row><c t="inlineStr"><is><t>任务</t></is></c><c><v>1</v></c></row>', times: n, tail: sheetTail });
  const pdf = Buffer.from("%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n");

  return [
    // zip bombs: a DOCX/XLSX whose one part inflates to far more than the upload
    { label: "zip bomb DOCX", filename: "方案.docx", data: docx({ name: "", repeat: { head: docHead, chunk: paragraph, times: Math.ceil(opts.bombBytes / paragraph.length), tail: docTail } }) },
    { label: "zip bomb DOCX lying about its size", filename: "方案.docx", data: docx({ name: "", lieAboutSize: true, repeat: { head: docHead, chunk: paragraph, times: Math.ceil(opts.bombBytes / paragraph.length), tail: docTail } }) },
    { label: "zip bomb XLSX", filename: "台账.xlsx", data: xlsx({ name: "", repeat: { head: sheetHead, chunk: '<row><c><v>0</v></c></row>', times: Math.ceil(opts.bombBytes / 26), tail: sheetTail } }) },
    { label: "zip bomb in a ZIP evidence file", filename: "佐证.zip", data: zip([{ name: "zeros.txt", repeat: { head: "", chunk: "0", times: opts.bombBytes, tail: "" } }]) },
    // billion laughs: nested entities inside the XML parts
    { label: "billion laughs DOCX", filename: "方案.docx", data: docx({ name: "", data: Buffer.from(`${LAUGHS}<w:document ${W}><w:body><w:p><w:r><w:t>&lol9;</w:t></w:r></w:p></w:body></w:document>`) }) },
    { label: "billion laughs XLSX", filename: "台账.xlsx", data: xlsx({ name: "", data: Buffer.from(`${LAUGHS}<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&lol9;</t></is></c></row></sheetData></worksheet>`) }) },
    { label: "billion laughs XLSX sharedStrings", filename: "名单.xlsx", data: xlsx({ name: "", data: Buffer.from(`${sheetHead}<row r="1"><c r="A1" t="s"><v>0</v></c></row>${sheetTail}`) }, [{ name: "xl/sharedStrings.xml", data: Buffer.from(`${LAUGHS}<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>&lol9;</t></si></sst>`) }]) },
    { label: "external entity (XXE) DOCX", filename: "方案.docx", data: docx({ name: "", data: Buffer.from(`<?xml version="1.0"?><!DOCTYPE d [<!ENTITY x SYSTEM "file:///etc/passwd">]><w:document ${W}><w:body><w:p><w:r><w:t>&x;</w:t></w:r></w:p></w:body></w:document>`) }) },
    { label: "deeply nested DOCX XML", filename: "方案.docx", data: docx({ name: "", data: Buffer.from(`${docHead}${"<w:tbl><w:tr><w:tc>".repeat(5000)}${"</w:tc></w:tr></w:tbl>".repeat(5000)}${docTail}`) }) },
    // row bombs: a small XLSX declaring and holding a great many rows
    { label: "row-bomb XLSX (20k rows)", filename: "台账.xlsx", data: xlsx({ name: "", repeat: rows(20_000) }) },
    { label: `row-bomb XLSX (${opts.rowBombRows} rows)`, filename: "台账.xlsx", data: xlsx({ name: "", repeat: rows(opts.rowBombRows) }) },
    { label: "XLSX claiming a huge dimension", filename: "台账.xlsx", data: xlsx({ name: "", data: Buffer.from(`${sheetHead.replace("<sheetData>", '<dimension ref="A1:XFD1048576"/><sheetData>')}<row r="1048576"><c r="XFD1048576"><v>1</v></c></row>${sheetTail}`) }) },
    // lying extensions
    { label: "PNG named .docx", filename: "方案.docx", data: Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(2048, 7)]) },
    { label: "XLSX named .docx", filename: "方案.docx", data: goodXlsx },
    { label: "DOCX named .xlsx", filename: "台账.xlsx", data: goodDocx },
    { label: "PDF named .xlsx", filename: "台账.xlsx", data: pdf },
    { label: "text named .pdf", filename: "方案.pdf", data: Buffer.from("一、提升教育质量\n1. 推进集团化办学。") },
    { label: "ZIP named .pdf", filename: "佐证.pdf", data: zip([{ name: "a.txt", data: Buffer.from("x") }]) },
    { label: "HTML named .txt", filename: "方案.txt", data: Buffer.from("<script>alert(1)</script><h1>方案</h1>") },
    { label: "OLE garbage named .doc", filename: "方案.doc", data: Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(512, 0)]) },
    // names
    ...["../../../../etc/passwd.docx", "..\\..\\..\\windows\\win.ini.xlsx", "/etc/shadow.txt", "方案\u0000.exe.docx", "方\u202Excod.exe.txt", `${"长".repeat(5000)}.xlsx`, ".xlsx", "CON.docx", "a/../../b.pdf"]
      .map((name) => ({ label: `file name ${JSON.stringify(name.slice(0, 40))}`, filename: name, data: name.endsWith(".xlsx") ? goodXlsx : name.endsWith(".docx") ? goodDocx : name.endsWith(".pdf") ? pdf : Buffer.from("1. 推进集团化办学。") })),
    // empty and truncated
    ...["方案.docx", "台账.xlsx", "方案.pdf", "方案.txt", "方案.doc", "佐证.png", "佐证.zip"].map((filename) => ({ label: `empty ${filename}`, filename, data: Buffer.alloc(0) })),
    { label: "truncated DOCX", filename: "方案.docx", data: goodDocx.subarray(0, Math.floor(goodDocx.length / 2)) },
    { label: "truncated XLSX", filename: "台账.xlsx", data: goodXlsx.subarray(0, Math.floor(goodXlsx.length / 2)) },
    { label: "truncated PDF", filename: "方案.pdf", data: pdf.subarray(0, 40) },
    { label: "XLSX without its sheet", filename: "台账.xlsx", data: zip([{ name: "[Content_Types].xml", data: Buffer.from(CT_XLSX) }, { name: "xl/workbook.xml", data: Buffer.from(WORKBOOK) }]) },
  ];
}
