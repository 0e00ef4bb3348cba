// The documents bench/extract.bench.ts measures, built from the seeds (shared with
// scripts/extract-snapshot.ts, which checks that a speed change leaves their extraction unchanged).
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { Document, Packer, Paragraph as DocxParagraph, Table, TableCell, TableRow } from "docx";
import { drawTable, makePdf } from "../test/fixtures/pdf.js";

const here = path.dirname(fileURLToPath(import.meta.url));

export function planText(): string {
  const seeds = path.resolve(here, "../../shared/seeds");
  if (existsSync(seeds)) {
    const files = readdirSync(seeds).filter((name) => name.endsWith(".txt")).sort();
    if (files.length) return files.map((name) => readFileSync(path.join(seeds, name), "utf8")).join("\n\n");
  }
  const tasks = Array.from({ length: 60 }, (_, i) =>
    `${i + 1}.推进第${i + 1}项重点工作。完善工作机制，新建学校${i % 7}所，覆盖率达到9${i % 10}%，2025年${(i % 12) + 1}月底前完成。（责任股室：基教股）`,
  );
  return ["某县教育局2025年工作要点", "一、总体要求", ...tasks].join("\n");
}

export async function docxOf(text: string): Promise<Uint8Array> {
  const lines = text.split("\n").filter((line) => line.trim());
  const cell = (t: string) => new TableCell({ children: [new DocxParagraph(t)] });
  const table = new Table({
    rows: lines.slice(0, 40).map((line, i) => new TableRow({ children: [cell(String(i + 1)), cell(line.slice(0, 40)), cell("基教股")] })),
  });
  const document = new Document({ sections: [{ children: [...lines.map((line) => new DocxParagraph(line)), table] }] });
  return new Uint8Array(await Packer.toBuffer(document));
}

export async function pdfOf(text: string): Promise<Uint8Array> {
  return makePdf((doc) => {
    for (const line of text.split("\n").filter((l) => l.trim())) doc.text(line, { indent: 24 });
  });
}

/** A 20-page division table with rules (序号 / 工作任务 / 牵头单位), header row repeated on each page. */
export async function pdfTableOf(text: string, pages = 20): Promise<Uint8Array> {
  const lines = text.split("\n").filter((l) => l.trim().length > 20);
  const header = ["序号", "工作任务", "牵头单位"];
  const widths = [40, 330, 90];
  return makePdf((doc) => {
    let next = 0;
    for (let page = 0; page < pages; page++) {
      if (page) doc.addPage();
      const rows = [header];
      for (let r = 0; r < 9; r++, next++) {
        const line = lines[next % lines.length].replace(/\s+/g, "");
        rows.push([String(next + 1), [0, 1, 2].map((k) => line.slice(k * 28, (k + 1) * 28)).filter(Boolean).join("\n"), "基教股"]);
      }
      drawTable(doc, 72, widths, rows);
    }
  });
}
