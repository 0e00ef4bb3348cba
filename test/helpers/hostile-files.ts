// Hostile inputs built in the test, streamed through fflate so that the test itself never holds
// the inflated content: row bombs, absurd cell addresses, zip bombs, huge pasted plans.
import { strToU8, Zip, ZipDeflate } from "fflate";

const CONTENT_TYPES = `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>`;
const ROOT_RELS = `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`;
const WORKBOOK = `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="任务台账" sheetId="1" r:id="rId1"/></sheets></workbook>`;
const WORKBOOK_RELS = `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`;
const SHEET_HEAD = `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>`;
const SHEET_TAIL = `</sheetData></worksheet>`;

/** An XLSX whose one sheet's <sheetData> is the concatenation of `chunks` (a generator: never all in memory). */
export function xlsxWithSheetData(chunks: Iterable<Uint8Array | string>): Buffer {
  const out: Uint8Array[] = [];
  const zip = new Zip((err, chunk) => {
    if (err) throw err;
    out.push(chunk);
  });
  const add = (name: string, content: string) => {
    const file = new ZipDeflate(name, { level: 9 });
    zip.add(file);
    file.push(strToU8(content), true);
  };
  add("[Content_Types].xml", CONTENT_TYPES);
  add("_rels/.rels", ROOT_RELS);
  add("xl/workbook.xml", WORKBOOK);
  add("xl/_rels/workbook.xml.rels", WORKBOOK_RELS);
  const sheet = new ZipDeflate("xl/worksheets/sheet1.xml", { level: 9 });
  zip.add(sheet);
  sheet.push(strToU8(SHEET_HEAD));
  for (const c of chunks) sheet.push(typeof c === "string" ? strToU8(c) : c);
  sheet.push(strToU8(SHEET_TAIL), true);
  zip.end();
  return Buffer.concat(out);
}

/**
 * `rows` empty rows, written in blocks of 100,000: `<row/>` (8 million rows ≈ 48 MB of XML, about
 * 70 KB zipped), or numbered as Excel writes them, `<row r="1"/>` (≈ 150 MB of XML, a few MB zipped).
 */
export function rowBombXlsx(rows: number, opts: { numbered?: boolean } = {}): Buffer {
  const block = strToU8("<row/>".repeat(100_000));
  const numbered = (from: number, to: number) => {
    let xml = "";
    for (let r = from; r <= to; r++) xml += `<row r="${r}"/>`;
    return strToU8(xml);
  };
  return xlsxWithSheetData(
    (function* () {
      for (let done = 0; done < rows; done += 100_000) {
        const end = Math.min(rows, done + 100_000);
        if (opts.numbered) yield numbered(done + 1, end);
        else yield end - done === 100_000 ? block : strToU8("<row/>".repeat(end - done));
      }
    })(),
  );
}

/** A few rows, each with one cell in the last column Excel allows (XFD = 16,384). */
export function wideXlsx(rows = 3): Buffer {
  return xlsxWithSheetData(Array.from({ length: rows }, (_, i) => `<row r="${i + 1}"><c r="XFD${i + 1}" t="inlineStr"><is><t>x</t></is></c></row>`));
}

/** A sheet of `megabytes` MB of blanks inside one cell's text: a plain zip bomb (ratio ≈ 1000:1). */
export function zipBombXlsx(megabytes: number): Buffer {
  const mb = new Uint8Array(1024 * 1024).fill(0x20);
  return xlsxWithSheetData(
    (function* () {
      yield `<row r="1"><c r="A1" t="inlineStr"><is><t>`;
      for (let i = 0; i < megabytes; i++) yield mb;
      yield `</t></is></c></row>`;
    })(),
  );
}

/** A pasted division table (markdown pipe table) of `tasks` rows: each row becomes one task. */
export function divisionTableText(tasks: number): string {
  const rows = Array.from({ length: tasks }, (_, i) => `| ${i + 1} | 推进第${i + 1}项重点工作 | 基础教育股 | 2026年6月底前 |`);
  return `示例县教育局2026年重点工作分工方案\n\n| 序号 | 目标任务 | 牵头单位 | 完成时限 |\n|---|---|---|---|\n${rows.join("\n")}\n`;
}
