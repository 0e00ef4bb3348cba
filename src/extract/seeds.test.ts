// Extracts the seed documents, the six corpora of unseen-shape documents and the six corpora of real web
// pages kept as regression checks, and scores them with the project's scorer; fails below the floors.
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, extname, join, resolve } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { extractPlan } from "./index.js";

const shared = resolve(import.meta.dirname, "../../../shared");
const seeds = join(shared, "seeds");
const gold = join(shared, "gold");
const scorer = join(shared, "tools/score-extraction.mjs");
const present = existsSync(seeds) && existsSync(gold) && existsSync(scorer);
if (!present) console.log(`seeds.test: ${shared} not found (seeds/gold/scorer) — seed scoring skipped`);

const FLOORS = { tasks: 0.98, units: 0.95, leaders: 0.95, targets: 0.85, deadlines: 0.8, meta: 0.9 };
/** The blind corpora were written without looking at the engine; later fixes were tested on them. */
const CORPUS_FLOORS = { tasks: 0.98, units: 0.95, leaders: 0.95, targets: 0.9, deadlines: 0.9, meta: 0.9 };
/** blind5 and blind6 (measured once, then fixed as classes): every measure at 100 after the fixes. */
const REACHED = { tasks: 1, units: 1, leaders: 1, targets: 1, deadlines: 1, meta: 1 };
/**
 * real1: real public web pages (measured blind, then used to find failure classes): floors just
 * below what the table fixes reached as text; raise them as the prose classes are fixed.
 */
const REAL1_FLOORS = { tasks: 0.99, units: 0.99, leaders: 0.99, targets: 0.97, deadlines: 0.98, meta: 0.99 };
/**
 * real2: real public web pages, held out until the prose classes (units named as doers, bracketed
 * leaders, notices' days, month headings) were fixed on it; floors just below what it reached as text.
 */
const REAL2_FLOORS = { tasks: 0.94, units: 0.88, leaders: 0.99, targets: 0.77, deadlines: 0.85, meta: 0.88 };
/**
 * real3 and real4: real public web pages measured once as held-out corpora, then development corpora
 * (fixed by class, never by document); floors just below what they reached as text (branch xtext).
 */
const REAL3_FLOORS = { tasks: 0.96, units: 0.9, leaders: 0.99, targets: 0.98, deadlines: 0.95, meta: 0.92 };
const REAL4_FLOORS = { tasks: 0.95, units: 0.93, leaders: 0.99, targets: 0.88, deadlines: 0.98, meta: 0.89 };
/** real5: real public web pages, held out and then a development corpus (session 7); floors just below what it reaches as text. */
const REAL5_FLOORS = { tasks: 0.92, units: 0.86, leaders: 0.99, targets: 0.83, deadlines: 0.85, meta: 0.86 };
/** real6: real public web pages, held out and then a development corpus (session 8); floors just below what it reaches as text. */
const REAL6_FLOORS = { tasks: 0.98, units: 0.99, leaders: 0.99, targets: 0.99, deadlines: 0.95, meta: 0.86 };
/** real7: real public web pages, held out in session 8 and a development corpus since session 9; floors just below what it reaches as text. */
const REAL7_FLOORS = { tasks: 0.93, units: 0.95, leaders: 0.99, targets: 0.96, deadlines: 0.87, meta: 0.83 };
/** real8: real public pages and fragments, held out in session 9 and a development corpus since session 10; floors just below what it reaches as text. */
const REAL8_FLOORS = { tasks: 0.83, units: 0.84, leaders: 0.99, targets: 0.57, deadlines: 0.88, meta: 0.85 };
/** real9: real public pages and fragments, held out in session 10 and a development corpus since session 11; floors just below what it reaches as text. */
const REAL9_FLOORS = { tasks: 0.88, units: 0.84, leaders: 0.99, targets: 0.75, deadlines: 0.84, meta: 0.89 };
/** real10: real public pages and fragments, held out in session 11 and a development corpus since session 12; floors just below what it reaches as text. */
const REAL10_FLOORS = { tasks: 0.93, units: 0.92, leaders: 0.99, targets: 0.73, deadlines: 0.81, meta: 0.88 };
/** real11: real public pages and fragments, held out at session 12's start and a development corpus since its second round; floors just below what it reaches as text. */
const REAL11_FLOORS = { tasks: 0.9, units: 0.66, leaders: 0.78, targets: 0.86, deadlines: 0.9, meta: 0.83 };
/** real12: real public pages and fragments, held out in session 12 and a development corpus since session 13; floors just below what it reaches as text. */
const REAL12_FLOORS = { tasks: 0.9, units: 0.81, leaders: 0.97, targets: 0.62, deadlines: 0.87, meta: 0.88 };
/** real13: real public pages and fragments, held out in session 13 and a development corpus since session 14; floors just below what it reaches as text. */
const REAL13_FLOORS = { tasks: 0.96, units: 0.92, leaders: 0.99, targets: 0.93, deadlines: 0.74, meta: 0.95 };
/** real14: real public pages and fragments, held out in session 14 and a development corpus since session 15; floors just below what it reaches as text (its gold has no target: the figure is 0 while the engine finds any). */
const REAL14_FLOORS = { tasks: 0.84, units: 0.88, leaders: 0.96, targets: 0, deadlines: 0.74, meta: 0.89 };
/** real15: real public pages and fragments, held out in session 15 and a development corpus since session 16; floors just below what it reaches as text (its gold has no target: the figure is 0 while the engine finds any). */
const REAL15_FLOORS = { tasks: 0.78, units: 0.65, leaders: 0.9, targets: 0, deadlines: 0.55, meta: 0.91 };
/** real16: real public pages and fragments, held out in session 16 and a development corpus since session 17; floors just below what it reaches as text. */
const REAL16_FLOORS = { tasks: 0.86, units: 0.91, leaders: 0.99, targets: 0.99, deadlines: 0.96, meta: 0.86 };
/** real17: real public pages and fragments, held out in session 17 and a development corpus since session 18; floors just below what it reaches as text. */
const REAL17_FLOORS = { tasks: 0.79, units: 0.79, leaders: 0.51, targets: 0.66, deadlines: 0.68, meta: 0.96 };
/** real18: real public pages and fragments, held out in session 18 and a development corpus since session 19; floors just below what it reaches as text. */
const REAL18_FLOORS = { tasks: 0.83, units: 0.78, leaders: 0.99, targets: 0.89, deadlines: 0.8, meta: 0.89 };
/** real19: real public pages and fragments, held out in session 19 and a development corpus since session 20; floors just below what it reaches as text. */
const REAL19_FLOORS = { tasks: 0.9, units: 0.84, leaders: 0.92, targets: 0.86, deadlines: 0.63, meta: 0.89 };
/** real20: real public pages and fragments, held out in session 20 and a development corpus since session 21; floors just below what it reaches as text. */
const REAL20_FLOORS = { tasks: 0.77, units: 0.92, leaders: 0.99, targets: 0.87, deadlines: 0.96, meta: 0.93 };
/** real21: real public pages and fragments, held out in session 21 and a development corpus since session 22; floors just below what it reaches as text. */
const REAL21_FLOORS = { tasks: 0.82, units: 0.86, leaders: 0.99, targets: 0.91, deadlines: 0.88, meta: 0.92 };
/** real22: real public pages and fragments, held out in session 22 and a development corpus since session 23; floors just below what it reaches as text. */
const REAL22_FLOORS = { tasks: 0.75, units: 0.71, leaders: 0.99, targets: 0.68, deadlines: 0.8, meta: 0.87 };
/** real23: real public pages and fragments, held out in session 23 and a development corpus since session 24; floors just below what it reaches as text. */
const REAL23_FLOORS = { tasks: 0.91, units: 0.89, leaders: 0.99, targets: 0.79, deadlines: 0.91, meta: 0.83 };
/** real24: real public pages and fragments, held out in session 24 and a development corpus since session 25; floors just below what it reaches as text. */
const REAL24_FLOORS = { tasks: 0.71, units: 0.62, leaders: 0.99, targets: 0.67, deadlines: 0.63, meta: 0.81 };
/** real25: real public pages and fragments, held out in session 25 and a development corpus since session 26; floors just below what it reaches as text. */
const REAL25_FLOORS = { tasks: 0.91, units: 0.79, leaders: 0.88, targets: 0.56, deadlines: 0.64, meta: 0.86 };
/** real26: real public pages and fragments, held out in session 26 and a development corpus since session 27; floors just below what it reaches as text. */
const REAL26_FLOORS = { tasks: 0.94, units: 0.81, leaders: 0.99, targets: 0.96, deadlines: 0.9, meta: 0.91 };
/** real27: real public pages and fragments, held out in session 27 and a development corpus since session 28; floors just below what it reaches as text. */
const REAL27_FLOORS = { tasks: 0.86, units: 0.91, leaders: 0.95, targets: 0.61, deadlines: 0.95, meta: 0.87 };
/** real28: real public pages and fragments, held out in session 28 and a development corpus since session 29; floors just below what it reaches as text. */
const REAL28_FLOORS = { tasks: 0.85, units: 0.72, leaders: 0.77, targets: 0.89, deadlines: 0.79, meta: 0.9 };
const fixtures = resolve(import.meta.dirname, "../../test/fixtures");

const corpora = [
  { name: "seeds", docs: seeds, gold, floors: FLOORS, present },
  { name: "blind", docs: join(fixtures, "blind/docs"), gold: join(fixtures, "blind/gold"), floors: CORPUS_FLOORS, present: existsSync(scorer) },
  { name: "blind2", docs: join(fixtures, "blind2/docs"), gold: join(fixtures, "blind2/gold"), floors: CORPUS_FLOORS, present: existsSync(scorer) },
  { name: "blind3", docs: join(fixtures, "blind3/docs"), gold: join(fixtures, "blind3/gold"), floors: CORPUS_FLOORS, present: existsSync(scorer) },
  { name: "blind4", docs: join(fixtures, "blind4/docs"), gold: join(fixtures, "blind4/gold"), floors: CORPUS_FLOORS, present: existsSync(scorer) },
  // blind5 and blind6 keep their documents next to README, make.mjs and gold/: only the files with a gold are scored
  { name: "blind5", docs: join(fixtures, "blind5"), gold: join(fixtures, "blind5/gold"), floors: REACHED, present: existsSync(scorer) },
  { name: "blind6", docs: join(fixtures, "blind6"), gold: join(fixtures, "blind6/gold"), floors: REACHED, present: existsSync(scorer) },
  { name: "real1", docs: join(fixtures, "real1/docs"), gold: join(fixtures, "real1/gold"), floors: REAL1_FLOORS, present: existsSync(scorer) },
  { name: "real2", docs: join(fixtures, "real2/docs"), gold: join(fixtures, "real2/gold"), floors: REAL2_FLOORS, present: existsSync(scorer) },
  { name: "real3", docs: join(fixtures, "real3/docs"), gold: join(fixtures, "real3/gold"), floors: REAL3_FLOORS, present: existsSync(scorer) },
  { name: "real4", docs: join(fixtures, "real4/docs"), gold: join(fixtures, "real4/gold"), floors: REAL4_FLOORS, present: existsSync(scorer) },
  { name: "real5", docs: join(fixtures, "real5/docs"), gold: join(fixtures, "real5/gold"), floors: REAL5_FLOORS, present: existsSync(scorer) },
  { name: "real6", docs: join(fixtures, "real6/docs"), gold: join(fixtures, "real6/gold"), floors: REAL6_FLOORS, present: existsSync(scorer) },
  { name: "real7", docs: join(fixtures, "real7/docs"), gold: join(fixtures, "real7/gold"), floors: REAL7_FLOORS, present: existsSync(scorer) },
  { name: "real8", docs: join(fixtures, "real8/docs"), gold: join(fixtures, "real8/gold"), floors: REAL8_FLOORS, present: existsSync(scorer) },
  { name: "real9", docs: join(fixtures, "real9/docs"), gold: join(fixtures, "real9/gold"), floors: REAL9_FLOORS, present: existsSync(scorer) },
  { name: "real10", docs: join(fixtures, "real10/docs"), gold: join(fixtures, "real10/gold"), floors: REAL10_FLOORS, present: existsSync(scorer) },
  { name: "real11", docs: join(fixtures, "real11/docs"), gold: join(fixtures, "real11/gold"), floors: REAL11_FLOORS, present: existsSync(scorer) },
  { name: "real12", docs: join(fixtures, "real12/docs"), gold: join(fixtures, "real12/gold"), floors: REAL12_FLOORS, present: existsSync(scorer) },
  { name: "real13", docs: join(fixtures, "real13/docs"), gold: join(fixtures, "real13/gold"), floors: REAL13_FLOORS, present: existsSync(scorer) },
  { name: "real14", docs: join(fixtures, "real14/docs"), gold: join(fixtures, "real14/gold"), floors: REAL14_FLOORS, present: existsSync(scorer) },
  { name: "real15", docs: join(fixtures, "real15/docs"), gold: join(fixtures, "real15/gold"), floors: REAL15_FLOORS, present: existsSync(scorer) },
  { name: "real16", docs: join(fixtures, "real16/docs"), gold: join(fixtures, "real16/gold"), floors: REAL16_FLOORS, present: existsSync(scorer) },
  { name: "real17", docs: join(fixtures, "real17/docs"), gold: join(fixtures, "real17/gold"), floors: REAL17_FLOORS, present: existsSync(scorer) },
  { name: "real18", docs: join(fixtures, "real18/docs"), gold: join(fixtures, "real18/gold"), floors: REAL18_FLOORS, present: existsSync(scorer) },
  { name: "real19", docs: join(fixtures, "real19/docs"), gold: join(fixtures, "real19/gold"), floors: REAL19_FLOORS, present: existsSync(scorer) },
  { name: "real20", docs: join(fixtures, "real20/docs"), gold: join(fixtures, "real20/gold"), floors: REAL20_FLOORS, present: existsSync(scorer) },
  { name: "real21", docs: join(fixtures, "real21/docs"), gold: join(fixtures, "real21/gold"), floors: REAL21_FLOORS, present: existsSync(scorer) },
  { name: "real22", docs: join(fixtures, "real22/docs"), gold: join(fixtures, "real22/gold"), floors: REAL22_FLOORS, present: existsSync(scorer) },
  { name: "real23", docs: join(fixtures, "real23/docs"), gold: join(fixtures, "real23/gold"), floors: REAL23_FLOORS, present: existsSync(scorer) },
  { name: "real24", docs: join(fixtures, "real24/docs"), gold: join(fixtures, "real24/gold"), floors: REAL24_FLOORS, present: existsSync(scorer) },
  { name: "real25", docs: join(fixtures, "real25/docs"), gold: join(fixtures, "real25/gold"), floors: REAL25_FLOORS, present: existsSync(scorer) },
  { name: "real26", docs: join(fixtures, "real26/docs"), gold: join(fixtures, "real26/gold"), floors: REAL26_FLOORS, present: existsSync(scorer) },
  { name: "real27", docs: join(fixtures, "real27/docs"), gold: join(fixtures, "real27/gold"), floors: REAL27_FLOORS, present: existsSync(scorer) },
  { name: "real28", docs: join(fixtures, "real28/docs"), gold: join(fixtures, "real28/gold"), floors: REAL28_FLOORS, present: existsSync(scorer) },
];

describe.each(corpora)("$name documents", ({ name, docs, gold: goldDir, floors, present: here }) => {
  const out = mkdtempSync(join(tmpdir(), `duban-${name}-`));
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  it.skipIf(!here)("scores at or above the floors", async () => {
    for (const f of readdirSync(docs)) {
      if (!existsSync(join(goldDir, basename(f, extname(f)) + ".json"))) continue;
      const { plan } = await extractPlan(readFileSync(join(docs, f)), { filename: f });
      writeFileSync(join(out, basename(f, extname(f)) + ".json"), JSON.stringify(plan));
    }
    const result = JSON.parse(execFileSync(process.execPath, [scorer, out, goldDir, "--json"], { encoding: "utf8" }));
    const t = result.total;
    console.log(
      `${name} TOTAL tasks ${t.tasks.f.toFixed(3)} units ${t.units.f.toFixed(3)} leaders ${t.leaders.f.toFixed(3)} ` +
        `targets ${t.targets.f.toFixed(3)} deadlines ${t.deadlines.f.toFixed(3)} meta ${t.meta.toFixed(3)}`,
    );
    expect(t.tasks.f).toBeGreaterThanOrEqual(floors.tasks);
    expect(t.units.f).toBeGreaterThanOrEqual(floors.units);
    expect(t.leaders.f).toBeGreaterThanOrEqual(floors.leaders);
    expect(t.targets.f).toBeGreaterThanOrEqual(floors.targets);
    expect(t.deadlines.f).toBeGreaterThanOrEqual(floors.deadlines);
    expect(t.meta).toBeGreaterThanOrEqual(floors.meta);
  });
});
