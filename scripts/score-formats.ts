// Scores one corpus in the formats bureaus upload: its text, a DOCX and a PDF made from it with
// public tools (Debian's pandoc and LibreOffice), each extracted by the engine and scored against
// the gold with ../shared/tools/score-extraction.mjs.
//
//   npx tsx scripts/score-formats.ts DOCS_DIR GOLD_DIR [--formats text,docx,lodocx,pdf,docxpdf] [--keep OUT] [--verbose] [--lines]
//
// Formats of a .txt/.md document (other documents — .docx, .xlsx, .html — are scored as they are):
//   text    the file itself
//   docx    pandoc -f markdown -t docx (real tables, heading styles)
//   lodocx  pandoc → HTML with border="1" tables → soffice --convert-to docx
//   pdf     the same HTML → soffice → docx → pdf (bordered tables, header rows repeated)
//   docxpdf the pandoc DOCX → soffice --convert-to pdf (a Word file's own PDF: heading styles,
//           pandoc's borderless tables, Word's list numbering laid out as text)
// pandoc reads a .txt as Markdown, which glues lines without a blank line between them into one
// paragraph (the harder case: text that ran together). With --lines every line of a .txt is a
// paragraph of its own, as when text copied from a web page is pasted into Word.
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, extname, join, resolve } from "node:path";
import { extractPlan } from "../src/extract/index.js";
import { decodeText } from "../src/extract/readers/text.js";

export const FORMATS = ["text", "docx", "lodocx", "pdf", "docxpdf"] as const;
export type Format = (typeof FORMATS)[number];
const TEXT_EXT = new Set([".txt", ".md"]);

export function sofficePath(): string | undefined {
  for (const p of ["/usr/bin/soffice", "/usr/bin/libreoffice", "/usr/lib/libreoffice/program/soffice"]) if (existsSync(p)) return p;
}
export function pandocPath(): string | undefined {
  return existsSync("/usr/bin/pandoc") ? "/usr/bin/pandoc" : undefined;
}

/**
 * The document as pandoc should read it: UTF-8 (pandoc reads anything else as Latin-1, and a
 * UTF-16 file sends it into minutes of backtracking), and a pipe-table cell's "<p>…</p>" (a web
 * copy's markup, which the text reader reads as a space) as text: pandoc drops raw HTML from a
 * DOCX, so the cell's content would be missing from the file, not merely hard to read.
 */
function pandocInput(source: string, dir: string): string {
  const text = decodeText(readFileSync(source));
  const lines = text.split(/\r?\n/).map((line) => (/^\s*\|.*\|\s*$/.test(line) ? line.replace(/<\/?p>/gi, " ") : line));
  const cleaned = (options.lines && extname(source).toLowerCase() === ".txt" ? paragraphPerLine(lines) : lines).join("\n");
  const out = join(dir, `${basename(source, extname(source))}.input.md`);
  writeFileSync(out, cleaned);
  return out;
}

/**
 * A blank line between two lines of text (not between two pipe-table rows): one paragraph each. A
 * line that starts with a pipe outside a pipe table (no "|---|" row among its neighbours: a web
 * table's row closed one cell a line, "| 周次") keeps its pipe as text: pandoc would read it as a line
 * block and drop the pipe (or the whole line, when the pipe is alone), which a Word file the text
 * was pasted into never does.
 */
function paragraphPerLine(lines: string[]): string[] {
  const out: string[] = [];
  const isRow = (l: string) => l.trimStart().startsWith("|");
  const plain = pipesOutsideTables(lines);
  for (const [i, raw] of lines.entries()) {
    // (a line indented by spaces, as a web page's text is, is a paragraph's indent in Word: without it
    // pandoc would read four spaces or a tab as a code block, every line after it one block's lines)
    const line = plain.has(i) ? raw.replace(/^(\s*)\|/, "$1\\|") : raw.replace(/^[ \t]+(?=\S)/, "");
    const prev = out.length ? out[out.length - 1] : "";
    if (line.trim() && prev.trim() && !(isRow(line) && isRow(prev))) out.push("");
    out.push(line);
  }
  return out;
}

/** Indexes of the lines that start with a pipe in a run of such lines with no pipe table's "|---|" row. */
function pipesOutsideTables(lines: string[]): Set<number> {
  const plain = new Set<number>();
  const starts = (l: string) => l.trimStart().startsWith("|");
  for (let i = 0; i < lines.length; ) {
    if (!starts(lines[i])) {
      i++;
      continue;
    }
    let end = i;
    while (end < lines.length && starts(lines[end])) end++;
    if (!lines.slice(i, end).some((l) => /^\s*\|?\s*:?-{3,}/.test(l))) for (let k = i; k < end; k++) plain.add(k);
    i = end;
  }
  return plain;
}

export const options = { lines: false, reuse: false };

/** One LibreOffice profile for the whole run: a fresh one costs LibreOffice seconds to set up on every render. */
let sofficeProfile: string | undefined;
function profile(): string {
  if (!sofficeProfile) {
    sofficeProfile = mkdtempSync(join(tmpdir(), "duban-render-profile-"));
    process.on("exit", () => rmSync(sofficeProfile!, { recursive: true, force: true }));
  }
  return sofficeProfile;
}

/** The file name a render of `name` in `format` is kept under. */
function keptName(name: string, format: Format): string {
  if (format === "docxpdf") return `${name}.docx.pdf`;
  return `${name}${format === "lodocx" ? ".lo" : ""}.${format === "pdf" ? "pdf" : "docx"}`;
}

/** Renders a Markdown/text document into `format`; returns the file's path. */
export function render(source: string, format: Format, dir: string): string {
  const name = basename(source, extname(source));
  if (format === "text" || !TEXT_EXT.has(extname(source).toLowerCase())) return source;
  // --reuse: a render kept by an earlier run with --keep is read again (LibreOffice is slow)
  const kept = join(dir, keptName(name, format));
  if (options.reuse && existsSync(kept)) return kept;
  const pandoc = pandocPath();
  if (!pandoc) throw new Error("pandoc 未安装（apt-get install pandoc）");
  const work = mkdtempSync(join(tmpdir(), "duban-render-"));
  try {
    const input = pandocInput(source, work);
    // a "<br>" in a pipe-table cell is a line break in the cell (pandoc drops raw HTML from a DOCX)
    const filter = join(work, "br.lua");
    writeFileSync(filter, 'function RawInline(el)\n  if el.format == "html" and el.text:match("^<br%s*/?>$") then return pandoc.LineBreak() end\nend\n');
    if (format === "docx") {
      const out = join(dir, `${name}.docx`);
      execFileSync(pandoc, ["-f", "markdown", "-t", "docx", "--lua-filter", filter, input, "-o", out], { timeout: 120_000 });
      return out;
    }
    const soffice = sofficePath();
    if (!soffice) throw new Error("LibreOffice 未安装（apt-get install libreoffice-writer-nogui）");
    const convert = (target: string, file: string) =>
      execFileSync(soffice, [`-env:UserInstallation=file://${profile()}`, "--headless", "--convert-to", target, "--outdir", work, file], {
        timeout: 180_000,
        stdio: "ignore",
      });
    if (format === "docxpdf") {
      const docx = join(work, `${name}.docx`);
      execFileSync(pandoc, ["-f", "markdown", "-t", "docx", "--lua-filter", filter, input, "-o", docx], { timeout: 120_000 });
      convert("pdf:writer_pdf_Export", docx);
      const out = join(dir, keptName(name, format));
      writeFileSync(out, readFileSync(join(work, `${name}.pdf`)));
      return out;
    }
    const htmlFile = borderedHtml(source, work);
    // HTML → DOCX → PDF: LibreOffice's HTML-to-PDF filter (writer_web_pdf_Export) leaves page 1 blank
    // and drops the first lines of the document, which a bureau's PDF never does.
    convert("docx:MS Word 2007 XML", htmlFile);
    if (format === "pdf") convert("pdf:writer_pdf_Export", join(work, `${name}.docx`));
    const ext = format === "pdf" ? "pdf" : "docx";
    const out = join(dir, keptName(name, format));
    writeFileSync(out, readFileSync(join(work, `${name}.${ext}`)));
    return out;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** pandoc's HTML of a document with border="1" tables, written into `work`; returns its path. */
function borderedHtml(source: string, work: string): string {
  const name = basename(source, extname(source));
  const input = pandocInput(source, work);
  // a list numbered "(1) " or "1) " keeps its marks as the text has them: HTML's <ol> has no such
  // delimiter, and LibreOffice would number it "1.", a level the document's "1." items hold
  const filter = join(work, "paren-lists.lua");
  writeFileSync(
    filter,
    'function OrderedList(el)\n  local d = el.listAttributes.delimiter\n  if d ~= "OneParen" and d ~= "TwoParens" then return nil end\n' +
      '  local out = {}\n  for i, item in ipairs(el.content) do\n    local n = tostring(el.listAttributes.start + i - 1)\n' +
      '    local mark = d == "TwoParens" and ("(" .. n .. ")") or (n .. ")")\n' +
      '    if item[1] and (item[1].t == "Para" or item[1].t == "Plain") then item[1] = pandoc.Para({pandoc.Str(mark), pandoc.Space(), table.unpack(item[1].content)}) end\n' +
      '    for _, b in ipairs(item) do table.insert(out, b) end\n  end\n  return out\nend\n',
  );
  const html = execFileSync(pandocPath()!, ["-f", "markdown", "-t", "html", "-s", "--lua-filter", filter, "--metadata", `title=${name}`, input], { encoding: "utf8", timeout: 120_000 })
    .replace(/<title>[^<]*<\/title>/, "")
    .replace(/<header[\s\S]*?<\/header>/, "")
    .replace(/<table>/g, '<table border="1" cellspacing="0">');
  const htmlFile = join(work, `${name}.html`);
  writeFileSync(htmlFile, html);
  return htmlFile;
}

/**
 * Renders many text documents into the `pdf` format at once (the same files as `render`, one by
 * one): LibreOffice converts the lot in two runs (HTML → DOCX, DOCX → PDF) instead of starting
 * twice per document, which is most of its time. Returns the PDFs' paths.
 */
export function renderPdfs(sources: string[], dir: string): string[] {
  if (!pandocPath()) throw new Error("pandoc 未安装（apt-get install pandoc）");
  const soffice = sofficePath();
  if (!soffice) throw new Error("LibreOffice 未安装（apt-get install libreoffice-writer-nogui）");
  const work = mkdtempSync(join(tmpdir(), "duban-render-"));
  try {
    const texts = sources.filter((s) => TEXT_EXT.has(extname(s).toLowerCase()));
    const html = texts.map((s) => borderedHtml(s, work));
    const convert = (target: string, files: string[]) => {
      if (files.length)
        execFileSync(soffice, [`-env:UserInstallation=file://${profile()}`, "--headless", "--convert-to", target, "--outdir", work, ...files], {
          timeout: 180_000 + 60_000 * files.length,
          stdio: "ignore",
        });
    };
    convert("docx:MS Word 2007 XML", html);
    convert("pdf:writer_pdf_Export", html.map((h) => h.replace(/\.html$/, ".docx")));
    return texts.map((s) => {
      const name = basename(s, extname(s));
      const out = join(dir, keptName(name, "pdf"));
      writeFileSync(out, readFileSync(join(work, `${name}.pdf`)));
      return out;
    });
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

export interface Totals {
  tasks: number;
  units: number;
  leaders: number;
  targets: number;
  deadlines: number;
  meta: number;
}

/** Extracts every document of `docs` that has a gold, in one format, and scores the lot. */
export async function scoreFormat(docs: string, gold: string, format: Format, keep?: string, verbose = false): Promise<Totals> {
  const out = keep ? join(keep, format) : mkdtempSync(join(tmpdir(), `duban-score-${format}-`));
  const renders = join(out, "renders");
  mkdirSync(renders, { recursive: true });
  const preds = join(out, "pred");
  mkdirSync(preds, { recursive: true });
  try {
    for (const f of readdirSync(docs).sort()) {
      const name = basename(f, extname(f));
      if (!existsSync(join(gold, name + ".json"))) continue;
      try {
        const file = render(join(docs, f), format, renders);
        const { plan } = await extractPlan(readFileSync(file), { filename: basename(file) });
        writeFileSync(join(preds, name + ".json"), JSON.stringify(plan, null, 2));
      } catch (e) {
        console.error(`${format} ${f}: ${(e as Error).message}`);
      }
    }
    const scorer = resolve(import.meta.dirname, "../../shared/tools/score-extraction.mjs");
    if (verbose) console.log(execFileSync(process.execPath, [scorer, preds, gold, "--verbose"], { encoding: "utf8" }));
    const t = JSON.parse(execFileSync(process.execPath, [scorer, preds, gold, "--json"], { encoding: "utf8" })).total;
    return { tasks: t.tasks.f, units: t.units.f, leaders: t.leaders.f, targets: t.targets.f, deadlines: t.deadlines.f, meta: t.meta };
  } finally {
    if (!keep) rmSync(out, { recursive: true, force: true });
  }
}

export function formatRow(label: string, t: Totals): string {
  const f = (n: number) => n.toFixed(3);
  return `${label.padEnd(24)} tasks ${f(t.tasks)} units ${f(t.units)} leaders ${f(t.leaders)} targets ${f(t.targets)} deadlines ${f(t.deadlines)} meta ${f(t.meta)}`;
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  const args = process.argv.slice(2);
  const opt = (k: string) => {
    const i = args.indexOf(k);
    return i >= 0 ? args.splice(i, 2)[1] : undefined;
  };
  const formats = (opt("--formats") ?? FORMATS.join(",")).split(",") as Format[];
  const keep = opt("--keep");
  const verbose = args.includes("--verbose");
  options.lines = args.includes("--lines");
  options.reuse = args.includes("--reuse");
  const [docs, gold] = args.filter((a) => !a.startsWith("--"));
  if (!docs || !gold) {
    console.error("usage: tsx scripts/score-formats.ts DOCS_DIR GOLD_DIR [--formats text,docx,lodocx,pdf,docxpdf] [--keep OUT [--reuse]] [--verbose] [--lines]");
    process.exit(2);
  }
  for (const format of formats) console.log(formatRow(`${basename(resolve(docs))} ${format}`, await scoreFormat(docs, gold, format, keep, verbose)));
}
