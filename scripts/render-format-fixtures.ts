// Renders the text documents of the seeds and of the blind corpora into the Word files bureaus
// upload, and keeps them as fixtures for src/extract/formats.test.ts (which then needs neither
// pandoc nor LibreOffice):
//
//   npx tsx scripts/render-format-fixtures.ts        → test/fixtures/formats/<corpus>/<name>.docx, <name>.lo.docx (, <name>.pdf)
//
// docx = pandoc -f markdown -t docx; lo.docx = pandoc → HTML with bordered tables → LibreOffice;
// pdf = that LibreOffice DOCX → PDF (see scripts/score-formats.ts). The seeds and the blind corpora
// are read as Markdown (lines run into one paragraph: the harder case); the real corpora a paragraph
// per line (--lines), as their users' files are. Regenerate after a corpus changes; Word's core properties carry
// the render time, so the bytes change while the content does not.
import { existsSync, mkdirSync, readdirSync } from "node:fs";
import { basename, extname, join, resolve } from "node:path";
import { options, render, renderPdfs } from "./score-formats.js";

const root = resolve(import.meta.dirname, "..");
const fixtures = join(root, "test/fixtures");

export interface FormatCorpus {
  name: string;
  docs: string;
  gold: string;
  /** The formats kept (both when not said). */
  formats?: ("docx" | "lodocx" | "pdf")[];
  /** A paragraph per line of the .txt (scripts/score-formats.ts --lines), not Markdown's lines run into one paragraph. */
  lines?: boolean;
}

/**
 * The real documents (development corpora) as their users have them: a Word file from the OA system,
 * or a web page copied into Word, keeps a paragraph per line (read as Markdown, lines without a blank
 * line between them would run into ONE paragraph, and a schedule copied one cell per line into one
 * string, which no user's file does). pandoc's DOCX, and LibreOffice's PDF (bordered tables, pages).
 */
export const REAL_CORPORA = ["real1", "real2", "real3", "real4", "real5", "real6", "real7", "real8", "real9", "real10", "real11", "real12", "real13", "real14", "real15", "real16", "real17", "real18", "real19", "real20", "real21", "real22", "real23", "real24", "real25", "real26", "real27", "real28"];

export const FORMAT_CORPORA: FormatCorpus[] = [
  { name: "seeds", docs: resolve(root, "../shared/seeds"), gold: resolve(root, "../shared/gold") },
  ...["blind", "blind2", "blind3", "blind4"].map((name) => ({ name, docs: join(fixtures, name, "docs"), gold: join(fixtures, name, "gold") })),
  // these keep their documents at the top of the folder
  ...["blind5", "blind6", "blind7"].map((name) => ({ name, docs: join(fixtures, name), gold: join(fixtures, name, "gold") })),
  ...REAL_CORPORA.map((name) => ({ name, docs: join(fixtures, name, "docs"), gold: join(fixtures, name, "gold"), formats: ["docx" as const, "pdf" as const], lines: true })),
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
    options.lines = corpus.lines ?? false;
    const docs = readdirSync(corpus.docs)
      .sort()
      .filter((f) => [".txt", ".md"].includes(extname(f).toLowerCase()) && existsSync(join(corpus.gold, basename(f, extname(f)) + ".json")))
      .map((f) => join(corpus.docs, f));
    for (const format of corpus.formats ?? (["docx", "lodocx"] as const)) {
      // (the PDFs in one LibreOffice run per step: starting it per document is most of its time)
      const files = format === "pdf" ? renderPdfs(docs, out) : docs.map((doc) => render(doc, format, out));
      for (const file of files) console.log(`${corpus.name} ${format} ${basename(file)}`);
    }
  }
}
