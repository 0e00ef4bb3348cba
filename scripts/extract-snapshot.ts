// Runs extractPlan on every document of every corpus (seeds, test/fixtures/extract, blind…blind7,
// real1, real2, the format renders, the bench's generated documents) and writes one JSON snapshot
// of the plans and warnings. A speed change must leave the snapshot identical:
//   npx tsx scripts/extract-snapshot.ts /tmp/before.json
//   npx tsx scripts/extract-snapshot.ts /tmp/after.json --compare /tmp/before.json
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { docxOf, pdfOf, pdfTableOf, planText } from "../bench/documents.js";
import { extractPlan } from "../src/extract/index.js";
import { hasCjkFont } from "../test/fixtures/pdf.js";
import { HELD_OUT } from "./held-out.js";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const DOCUMENT = /\.(txt|md|docx|pdf|xlsx|html?|doc|wps|rtf|xls|et)$/i;

function documentsUnder(dir: string, recursive: boolean): string[] {
  if (!existsSync(dir)) return [];
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) {
      if (recursive) out.push(...documentsUnder(full, true));
    } else if (DOCUMENT.test(name) && name !== "README.md") out.push(full);
  }
  return out;
}

function corpusFiles(): string[] {
  const fixtures = path.join(root, "test/fixtures");
  const dirs = [path.resolve(root, "../shared/seeds"), "/work/shared/seeds", path.join(fixtures, "extract")];
  for (const name of readdirSync(fixtures).sort()) {
    if (!/^(blind\d*|real\d+)$/.test(name)) continue;
    if (HELD_OUT.has(name) && process.env.SNAPSHOT_HELD_OUT !== "1") continue; // only the integrator measures them
    const docs = path.join(fixtures, name, "docs");
    dirs.push(existsSync(docs) ? docs : path.join(fixtures, name));
  }
  const files = [...new Set(dirs)].flatMap((dir) => documentsUnder(dir, false));
  files.push(...documentsUnder(path.join(fixtures, "formats"), true));
  return [...new Set(files.map((f) => path.resolve(f)))];
}

type Entry = { plan: unknown; warnings: string[] } | { error: string };

async function run(name: string, input: Buffer, filename: string): Promise<Entry> {
  try {
    return await extractPlan(input, { filename });
  } catch (error) {
    return { error: `${(error as Error).name}: ${(error as Error).message}` };
  }
}

const [out, flag, basePath] = process.argv.slice(2);
if (!out) {
  console.error("usage: tsx scripts/extract-snapshot.ts OUT.json [--compare BASE.json]");
  process.exit(2);
}
const snapshot: Record<string, Entry> = {};
const started = performance.now();
for (const file of corpusFiles()) {
  const key = path.relative(root, file);
  snapshot[key] = await run(key, readFileSync(file), path.basename(file));
}
const text = planText();
snapshot["bench:plan.txt"] = await run("bench", Buffer.from(text), "plan.txt");
snapshot["bench:plan.docx"] = await run("bench", Buffer.from(await docxOf(text)), "plan.docx");
if (hasCjkFont()) {
  snapshot["bench:plan.pdf"] = await run("bench", Buffer.from(await pdfOf(text)), "plan.pdf");
  snapshot["bench:tables.pdf"] = await run("bench", Buffer.from(await pdfTableOf(text)), "tables.pdf");
}
writeFileSync(out, JSON.stringify(snapshot, null, 1));
console.log(`${Object.keys(snapshot).length} documents in ${((performance.now() - started) / 1000).toFixed(1)} s → ${out}`);

if (flag === "--compare" && basePath) {
  const base = JSON.parse(readFileSync(basePath, "utf8")) as Record<string, Entry>;
  const keys = [...new Set([...Object.keys(base), ...Object.keys(snapshot)])].sort();
  const differing = keys.filter((k) => JSON.stringify(base[k]) !== JSON.stringify(snapshot[k]));
  for (const k of differing) console.log(`DIFFERS: ${k}`);
  console.log(differing.length ? `${differing.length} of ${keys.length} documents differ` : `identical (${keys.length} documents)`);
  process.exit(differing.length ? 1 : 0);
}
