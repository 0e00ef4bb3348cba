// npx tsx scripts/postmortem/dump.mts OUT [--fixtures DIR] [--corpus NAME] [--held]  (from a checkout: that checkout's engine on every gold doc of the seeds and the dev corpora, a plan JSON each)
import { readFileSync, writeFileSync, mkdirSync, readdirSync, existsSync } from "node:fs";
import { join, basename } from "node:path";
const cwd = process.cwd();
const { extractPlan } = await import(join(cwd, "src/extract/index.ts"));
const args = process.argv.slice(2);
const out = args[0];
const fi = args.indexOf("--fixtures");
const fixtures = fi >= 0 ? args[fi + 1] : join(cwd, "test/fixtures");
const ci = args.indexOf("--corpus");
const only = ci >= 0 ? args[ci + 1] : null;
const held = args.includes("--held");
let HELD = new Set<string>();
try { HELD = (await import(join(cwd, "scripts/held-out.ts"))).HELD_OUT; } catch {}
const corpora: [string, string, string][] = [["seeds", join(cwd, "../shared/seeds"), join(cwd, "../shared/gold")]];
for (const c of readdirSync(fixtures).sort()) {
  if (!/^(blind|real)\d*$/.test(c)) continue;
  if (HELD.has(c) && !held && only !== c) continue;
  const base = join(fixtures, c);
  const docs = existsSync(join(base, "docs")) ? join(base, "docs") : base;
  corpora.push([c, docs, join(base, "gold")]);
}
for (const [name, docs, gold] of corpora) {
  if (only && name !== only) continue;
  if (!existsSync(gold)) continue;
  mkdirSync(join(out, name), { recursive: true });
  const files = readdirSync(docs);
  for (const g of readdirSync(gold).filter((f) => f.endsWith(".json"))) {
    const stem = basename(g, ".json");
    const f = files.find((x) => x.startsWith(stem + ".") && !x.endsWith(".json"));
    if (!f) { console.error("no doc for", name, stem); continue; }
    try {
      const { plan } = await extractPlan(readFileSync(join(docs, f)), { filename: f });
      writeFileSync(join(out, name, stem + ".json"), JSON.stringify(plan));
    } catch (e) { console.error(name, stem, String(e)); }
  }
}
console.log("dumped", corpora.length, "corpora to", out);
process.exit(0);
