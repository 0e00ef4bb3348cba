// Extraction throughput per input format, each next to a baseline measured in the same run
// that only reads and decodes the same bytes (the machine is shared and noisy: compare ratios).
//   npm run bench:extract
import { existsSync, readFileSync } from "node:fs";
import { strFromU8, unzipSync } from "fflate";
import { extractPlan } from "../src/extract/index.js";
import { readDocument } from "../src/extract/readers/index.js";
import { hasCjkFont } from "../test/fixtures/pdf.js";
import { docxOf, pdfOf, pdfTableOf, planText } from "./documents.js";

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 7);
// The first rounds after one warm-up run mostly unoptimised code (as one upload to a server that
// has been idle does); "steady" rows are measured again after this many more rounds.
const STEADY = Number(process.env.BENCH_STEADY ?? 30);

// pdfjs is imported only for the PDF baseline, after the other formats: its polyfills replace
// built-ins (JSON.stringify, Array.prototype.push) and must not slow the text and DOCX rows
// (the engine itself loads pdfjs with the first PDF and keeps the built-ins, see readers/builtins.ts)
async function pdfBaseline(bytes: Uint8Array): Promise<void> {
  const { getDocument } = await import("pdfjs-dist/legacy/build/pdf.mjs");
  const pdf = await getDocument({ data: new Uint8Array(bytes), verbosity: 0, isEvalSupported: false }).promise;
  for (let i = 1; i <= pdf.numPages; i++) await (await pdf.getPage(i)).getTextContent();
  await pdf.destroy();
}

async function medianMs(run: () => unknown, warmups = 1): Promise<number> {
  for (let i = 0; i < warmups; i++) await run(); // warm-up
  const times: number[] = [];
  for (let i = 0; i < ROUNDS; i++) {
    const start = performance.now();
    await run();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}

interface Measured {
  label: string;
  bytes: number;
  pages: number;
  base: number;
  read: number;
  extract: number;
  /** After STEADY more warm-up rounds (text and DOCX only): the engine's code optimised. */
  steady?: { read: number; extract: number };
}

async function benchFormat(label: string, bytes: Uint8Array, filename: string, baseline: () => unknown, steady = false): Promise<Measured> {
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
  const out: Measured = { label, bytes: bytes.length, pages, base, read, extract };
  if (steady && STEADY > 0) {
    out.steady = {
      read: await medianMs(() => readDocument(Buffer.from(bytes), filename), STEADY),
      extract: await medianMs(() => extractPlan(Buffer.from(bytes), { filename }), STEADY),
    };
    console.log(row("read, steady", out.steady.read));
    console.log(row("extract, steady", out.steady.extract));
  }
  return out;
}

function pageCount(bytes: Uint8Array): number {
  return (Buffer.from(bytes).toString("latin1").match(/\/Type\s*\/Page(?!s)/g) ?? []).length;
}

const text = planText();
const textBytes = new TextEncoder().encode(text);
console.log(`median of ${ROUNDS} rounds per document (after one warm-up); ratio = time / baseline time`);
const rows: Measured[] = [];
rows.push(await benchFormat("text", textBytes, "plan.txt", () => new TextDecoder("utf-8", { fatal: true }).decode(textBytes), true));

const docx = await docxOf(text);
rows.push(await benchFormat("docx", docx, "plan.docx", () => strFromU8(unzipSync(docx)["word/document.xml"]), true));

if (hasCjkFont()) {
  const pdf = await pdfOf(text);
  rows.push(await benchFormat("pdf", pdf, "plan.pdf", () => pdfBaseline(pdf)));
  const tables = await pdfTableOf(text);
  rows.push(await benchFormat("pdf20", tables, "tables.pdf", () => pdfBaseline(tables)));
  // a real plan of 20 pages as LibreOffice prints it (bench/fixtures/README.md)
  const real = new URL("./fixtures/plan20.pdf", import.meta.url);
  if (existsSync(real)) {
    const plan20 = new Uint8Array(readFileSync(real));
    rows.push(await benchFormat("plan20", plan20, "plan20.pdf", () => pdfBaseline(plan20)));
  }
} else {
  console.log("pdf   skipped: Noto CJK font not installed (apt-get install fonts-noto-cjk)");
}

// The figures the speed goals are stated in, each beside what the same run measured for reading alone.
const mbps = (bytes: number, ms: number) => `${(bytes / 1024 / 1024 / (ms / 1000)).toFixed(2)} MB/s`;
const perSecond = (ms: number) => `${(1000 / ms).toFixed(1)} docs/s`;
const stages = (m: { read: number; extract: number }) => `stages ×${((m.extract - m.read) / m.read).toFixed(1)} the reading`;
console.log("\nsummary");
for (const m of rows) {
  if (m.label === "text") {
    console.log(`text   extractPlan ${mbps(m.bytes, m.extract)} vs readDocument ${mbps(m.bytes, m.read)}: ${stages(m)}   (goal ≥ 10 MB/s)`);
    if (m.steady) console.log(`       steady:     ${mbps(m.bytes, m.steady.extract)} vs readDocument ${mbps(m.bytes, m.steady.read)}: ${stages(m.steady)}`);
  } else if (m.label === "docx") {
    console.log(`docx   extractPlan ${perSecond(m.extract)} vs readDocument ${perSecond(m.read)}, baseline (unzip + decode) ${perSecond(m.base)}: ${stages(m)}`);
    if (m.steady) console.log(`       steady:     ${perSecond(m.steady.extract)} vs readDocument ${perSecond(m.steady.read)}: ${stages(m.steady)}`);
  } else if (m.label === "pdf") {
    console.log(`pdf    extractPlan ${(m.extract / m.pages).toFixed(1)} ms/page vs baseline (pdfjs text only) ${(m.base / m.pages).toFixed(1)} ms/page, readDocument ${(m.read / m.pages).toFixed(1)} ms/page (${m.pages} pages)`);
  } else if (m.label === "pdf20") {
    console.log(`pdf20  ${m.pages}-page table plan: extractPlan ${m.extract.toFixed(0)} ms vs baseline ${m.base.toFixed(0)} ms (×${(m.extract / m.base).toFixed(1)}), readDocument ${m.read.toFixed(0)} ms   (goal < 1000 ms)`);
  } else if (m.label === "plan20") {
    console.log(`plan20 ${m.pages}-page plan (LibreOffice): extractPlan ${m.extract.toFixed(0)} ms, ${(m.extract / m.pages).toFixed(1)} ms/page vs baseline ${(m.base / m.pages).toFixed(1)} ms/page (×${(m.extract / m.base).toFixed(1)}), readDocument ${m.read.toFixed(0)} ms   (goal < 1000 ms)`);
  }
}
