// Bounded work (issue 10), measured on a real server (fastify.inject, SQLite):
//   - time to refuse an 8-million-row XLSX at the ledger, directory and plan imports, and the RSS
//   - health latency while a 1.6 MB plan is extracted (worker pool) next to the event-loop block
//     the same extraction causes when run on the main thread (what the server did before)
//   - with --before: exceljs loading the row bomb in a child process (what the imports did before),
//     stopped after BENCH_BEFORE_SECONDS (default 60) or when it runs out of its 2 GB heap.
//   npx tsx bench/bounded-work.bench.ts [--before]
import { fork } from "node:child_process";
import { fileURLToPath } from "node:url";
import { makeTestServer, multipartBody } from "../test/helpers/harness.js";
import { divisionTableText, rowBombXlsx } from "../test/helpers/hostile-files.js";
import { extractPlan } from "../src/extract/index.js";

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
const peak = () => mb(process.resourceUsage().maxRSS * 1024);

if (process.argv[2] === "--child-exceljs") {
  const { default: ExcelJS } = await import("exceljs");
  const bomb = rowBombXlsx(8_000_000, { numbered: true });
  process.send!({ rss: process.memoryUsage().rss, size: bomb.length });
  const timer = setInterval(() => process.send!({ rss: process.memoryUsage().rss }), 200);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bomb as any);
  clearInterval(timer);
  process.send!({ done: true, rss: process.memoryUsage().rss, rows: wb.worksheets[0]?.rowCount });
  process.exit(0);
}

const s = await makeTestServer({ name: "sqlite" });
const admin = await s.admin();
const planId = (await admin.post("/api/plans", { title: "台账", year: 2026 })).json().plan.id;
for (const numbered of [false, true]) {
  const bomb = rowBombXlsx(8_000_000, { numbered });
  console.log(`row bomb ${numbered ? '<row r="n"/>' : "<row/>"}: ${(bomb.length / 1024).toFixed(0)} KB zipped, 8,000,000 rows; RSS ${mb(process.memoryUsage().rss)}, peak ${peak()}`);
  for (const url of [`/api/plans/${planId}/ledger-import`, "/api/import/directory", "/api/plans/import"]) {
    const mp = multipartBody("file", "bomb.xlsx", bomb);
    const t = performance.now();
    const res = await admin.request("POST", url, mp.body, mp.headers);
    console.log(`  ${url}: ${res.statusCode} in ${(performance.now() - t).toFixed(0)} ms — ${res.json().error.message}`);
  }
}
const rows = rowBombXlsx(1_000_000, { numbered: true });
for (const url of [`/api/plans/${planId}/ledger-import`, "/api/import/directory", "/api/plans/import"]) {
  const mp = multipartBody("file", "rows.xlsx", rows);
  const t = performance.now();
  const res = await admin.request("POST", url, mp.body, mp.headers);
  console.log(`  1,000,000 numbered rows (${mb(rows.length)} zipped) → ${url}: ${res.statusCode} in ${(performance.now() - t).toFixed(0)} ms — ${res.json().error.message}`);
}
console.log(`  after the refusals: RSS ${mb(process.memoryUsage().rss)}, peak ${peak()}`);

const text = divisionTableText(1900) + "\n" + "推进教育优质均衡发展，".repeat(45_000);
/** The longest gap between ticks of a 5 ms interval while `work` runs: how long the event loop was blocked. */
async function longestBlock(work: () => Promise<unknown>): Promise<number> {
  let last = performance.now();
  let longest = 0;
  const tick = setInterval(() => {
    const now = performance.now();
    longest = Math.max(longest, now - last);
    last = now;
  }, 5);
  await new Promise((r) => setTimeout(r, 20));
  await work();
  await new Promise((r) => setTimeout(r, 20));
  clearInterval(tick);
  return longest;
}

let t = performance.now();
const blocked = await longestBlock(() => extractPlan(text, { filename: "big.md" }));
console.log(`\n${mb(Buffer.byteLength(text))} plan extracted on the main thread (as before): ${(performance.now() - t - 40).toFixed(0)} ms, event loop blocked up to ${blocked.toFixed(0)} ms`);

t = performance.now();
const extraction = admin.post("/api/plans/import", { text, filename: "big.md" });
let pending = true;
void extraction.then(() => (pending = false));
const healthMs: number[] = [];
while (pending) {
  const h = performance.now();
  await admin.get("/api/health");
  healthMs.push(performance.now() - h);
  await new Promise((r) => setTimeout(r, 50));
}
const res = await extraction;
healthMs.sort((a, b) => a - b);
t = performance.now();
const poolBlocked = await longestBlock(() => admin.post("/api/plans/import", { text, filename: "big.md" }));
console.log(`the same plan imported through the worker pool: event loop blocked up to ${poolBlocked.toFixed(0)} ms (storing its 1,900 tasks), ${(performance.now() - t - 40).toFixed(0)} ms in all`);
console.log(
  `the same plan through the worker pool: ${res.statusCode} in ${(performance.now() - t).toFixed(0)} ms; ${healthMs.length} health requests meanwhile, ` +
    `median ${healthMs[Math.floor(healthMs.length / 2)].toFixed(1)} ms, max ${healthMs.at(-1)!.toFixed(1)} ms; peak RSS ${peak()}`,
);
await s.close();

if (process.argv.includes("--before")) {
  const seconds = Number(process.env.BENCH_BEFORE_SECONDS ?? 60);
  console.log(`\nbefore: exceljs loads the row bomb (child process, 2 GB heap, stopped after ${seconds} s)`);
  const child = fork(fileURLToPath(import.meta.url), ["--child-exceljs"], { execArgv: ["--import", "tsx", "--max-old-space-size=2048"] });
  const started = performance.now();
  let maxRss = 0;
  const outcome = await new Promise<string>((resolve) => {
    const stop = setTimeout(() => {
      child.kill("SIGKILL");
      resolve(`still parsing after ${seconds} s, killed`);
    }, seconds * 1000);
    child.on("message", (m: { rss: number; done?: boolean; rows?: number; size?: number }) => {
      maxRss = Math.max(maxRss, m.rss);
      if (m.size) console.log(`  the bomb: ${(m.size / 1024 / 1024).toFixed(1)} MB zipped`);
      if (m.done) {
        clearTimeout(stop);
        resolve(`loaded ${m.rows} rows`);
      }
    });
    child.on("exit", (code, signal) => {
      clearTimeout(stop);
      resolve(`process died (${signal ?? code})`);
    });
  });
  console.log(`  ${outcome} after ${((performance.now() - started) / 1000).toFixed(0)} s; child RSS up to ${mb(maxRss)}`);
}
process.exit(0);
