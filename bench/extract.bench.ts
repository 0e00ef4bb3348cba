// Extraction throughput per input format, each next to a baseline measured in the same run
// that only reads and decodes the same bytes (the machine is shared and noisy: compare ratios).
//   npm run bench:extract
import { strFromU8, unzipSync } from "fflate";
import { extractPlan } from "../src/extract/index.js";
import { readDocument } from "../src/extract/readers/index.js";
import { hasCjkFont } from "../test/fixtures/pdf.js";
import { docxOf, pdfOf, pdfTableOf, planText } from "./documents.js";

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 7);

// pdfjs is imported only for the PDF baseline, after the other formats: its polyfills replace
// built-ins (JSON.stringify, Array.prototype.push) and must not slow the text and DOCX rows
// (the engine itself loads pdfjs with the first PDF and keeps the built-ins, see readers/builtins.ts)
async function pdfBaseline(bytes: Uint8Array): Promise<void> {
  const { getDocument } = await import("pdfjs-dist/legacy/build/pdf.mjs");
  const pdf = await getDocument({ data: new Uint8Array(bytes), verbosity: 0, isEvalSupported: false }).promise;
  for (let i = 1; i <= pdf.numPages; i++) await (await pdf.getPage(i)).getTextContent();
  await pdf.destroy();
}

async function medianMs(run: () => unknown): Promise<number> {
  await run(); // warm-up
  const times: number[] = [];
  for (let i = 0; i < ROUNDS; i++) {
    const start = performance.now();
    await run();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}

async function benchFormat(label: string, bytes: Uint8Array, filename: string, baseline: () => unknown): Promise<void> {
  const megabytes = bytes.length / 1024 / 1024;
  const base = await medianMs(baseline);
  const read = await medianMs(() => readDocument(Buffer.from(bytes), filename));
  const extract = await medianMs(() => extractPlan(Buffer.from(bytes), { filename }));
  const row = (name: string, ms: number) =>
    `${label.padEnd(5)} ${name.padEnd(14)} ${ms.toFixed(1).padStart(8)} ms  ${(megabytes / (ms / 1000)).toFixed(2).padStart(8)} MB/s  ×${(ms / base).toFixed(1)} baseline`;
  console.log(`${label.padEnd(5)} ${(bytes.length / 1024).toFixed(0)} KB`);
  console.log(row("baseline", base));
  console.log(row("readDocument", read));
  console.log(row("extractPlan", extract));
  const pages = filename.endsWith(".pdf") ? pageCount(bytes) : 0;
  if (pages) console.log(`${label.padEnd(5)} ${pages} pages: extractPlan ${(extract / pages).toFixed(1)} ms/page, baseline ${(base / pages).toFixed(1)} ms/page`);
}

function pageCount(bytes: Uint8Array): number {
  return (Buffer.from(bytes).toString("latin1").match(/\/Type\s*\/Page(?!s)/g) ?? []).length;
}

const text = planText();
const textBytes = new TextEncoder().encode(text);
console.log(`median of ${ROUNDS} rounds per document (after one warm-up); ratio = time / baseline time`);
await benchFormat("text", textBytes, "plan.txt", () => new TextDecoder("utf-8", { fatal: true }).decode(textBytes));

const docx = await docxOf(text);
await benchFormat("docx", docx, "plan.docx", () => strFromU8(unzipSync(docx)["word/document.xml"]));

if (hasCjkFont()) {
  const pdf = await pdfOf(text);
  await benchFormat("pdf", pdf, "plan.pdf", () => pdfBaseline(pdf));
  const tables = await pdfTableOf(text);
  await benchFormat("pdf20", tables, "tables.pdf", () => pdfBaseline(tables));
} else {
  console.log("pdf   skipped: Noto CJK font not installed (apt-get install fonts-noto-cjk)");
}
