// Scores every real corpus of test/fixtures as text in one run, a row each and their mean: the figure to
// watch for TRANSFER — a fix made on one corpus should move the others, and above all the held-out one.
//
//   npx tsx scripts/score-corpora.ts                      development corpora (real1, real2, …)
//   SNAPSHOT_HELD_OUT=1 npx tsx scripts/score-corpora.ts  the held-out corpus too (the integrator only)
//   npx tsx scripts/score-corpora.ts --fixtures DIR       another checkout's corpora, scored by THIS checkout's engine
//                                                         (run it from a worktree of an older commit for a before/after)
import { existsSync, readdirSync } from "node:fs";
import { join, resolve } from "node:path";
import { HELD_OUT } from "./held-out.js";
import { formatRow, scoreFormat, type Totals } from "./score-formats.js";

const args = process.argv.slice(2);
const at = args.indexOf("--fixtures");
const fixtures = at >= 0 ? resolve(args[at + 1]) : resolve(import.meta.dirname, "../test/fixtures");
const withHeldOut = process.env.SNAPSHOT_HELD_OUT === "1";

const corpora = readdirSync(fixtures)
  .filter((n) => /^real\d+$/.test(n) && existsSync(join(fixtures, n, "gold")))
  .filter((n) => withHeldOut || !HELD_OUT.has(n))
  .sort((a, b) => Number(a.slice(4)) - Number(b.slice(4)));

const rows: Totals[] = [];
for (const name of corpora) {
  const t = await scoreFormat(join(fixtures, name, "docs"), join(fixtures, name, "gold"), "text");
  rows.push(t);
  console.log(formatRow(`${name}${HELD_OUT.has(name) ? " (held out)" : ""}`, t));
}
const mean = (k: keyof Totals) => rows.reduce((s, r) => s + r[k], 0) / Math.max(1, rows.length);
console.log(formatRow("mean", { tasks: mean("tasks"), units: mean("units"), leaders: mean("leaders"), targets: mean("targets"), deadlines: mean("deadlines"), meta: mean("meta") }));
