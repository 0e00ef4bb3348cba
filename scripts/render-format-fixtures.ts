// Renders the text documents of the seeds and of the blind corpora into the Word files bureaus
// upload, and keeps them as fixtures for src/extract/formats.test.ts (which then needs neither
// pandoc nor LibreOffice):
//
//   npx tsx scripts/render-format-fixtures.ts        → test/fixtures/formats/<corpus>/<name>.docx, <name>.lo.docx (, <name>.pdf)
//
// docx = pandoc -f markdown -t docx; lo.docx = pandoc → HTML with bordered tables → LibreOffice
// (see scripts/score-formats.ts). Regenerate after a corpus changes; Word's core properties carry
// the render time, so the bytes change while the content does not.
import { existsSync, mkdirSync, readdirSync } from "node:fs";
import { basename, extname, join, resolve } from "node:path";
import { render } from "./score-formats.js";

const root = resolve(import.meta.dirname, "..");
const fixtures = join(root, "test/fixtures");

export interface FormatCorpus {
  name: string;
  docs: string;
  gold: string;
  /** The formats kept (both when not said). */
  formats?: ("docx" | "lodocx" | "pdf")[];
}

export const FORMAT_CORPORA: FormatCorpus[] = [
  { name: "seeds", docs: resolve(root, "../shared/seeds"), gold: resolve(root, "../shared/gold") },
  ...["blind", "blind2", "blind3", "blind4"].map((name) => ({ name, docs: join(fixtures, name, "docs"), gold: join(fixtures, name, "gold") })),
  // these keep their documents at the top of the folder
  ...["blind5", "blind6", "blind7"].map((name) => ({ name, docs: join(fixtures, name), gold: join(fixtures, name, "gold") })),
  // the real documents (development corpora): pandoc's DOCX only, every text line run into its paragraph
  ...["real1", "real2", "real3", "real4", "real5"].map((name) => ({ name, docs: join(fixtures, name, "docs"), gold: join(fixtures, name, "gold"), formats: ["docx" as const] })),
  // (and real6, real7 and real8 as LibreOffice's PDF too: bordered tables, web copies laid out in pages)
  { name: "real7", docs: join(fixtures, "real7", "docs"), gold: join(fixtures, "real7", "gold"), formats: ["docx", "pdf"] },
  { name: "real8", docs: join(fixtures, "real8", "docs"), gold: join(fixtures, "real8", "gold"), formats: ["docx", "pdf"] },
];

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  // (npx tsx scripts/render-format-fixtures.ts real1 real2: those corpora only)
  const only = process.argv.slice(2);
  for (const corpus of FORMAT_CORPORA.filter((c) => !only.length || only.includes(c.name))) {
    if (!existsSync(corpus.docs)) {
      console.log(`${corpus.name}: ${corpus.docs} not found, skipped`);
      continue;
    }
    const out = join(fixtures, "formats", corpus.name);
    mkdirSync(out, { recursive: true });
    for (const f of readdirSync(corpus.docs).sort()) {
      if (![".txt", ".md"].includes(extname(f).toLowerCase()) || !existsSync(join(corpus.gold, basename(f, extname(f)) + ".json"))) continue;
      for (const format of corpus.formats ?? (["docx", "lodocx"] as const)) {
        const file = render(join(corpus.docs, f), format, out);
        console.log(`${corpus.name} ${format} ${basename(file)}`);
      }
    }
  }
}
