// Where LibreOffice is (DUBAN_SOFFICE, else soffice / libreoffice on the PATH): its own module, so that the
// PDF export finds it without loading the DOCX/XLSX readers (perf13).
import { existsSync } from "node:fs";
import path from "node:path";

export function findSoffice(): string | undefined {
  const override = process.env.DUBAN_SOFFICE;
  if (override) return existsSync(override) ? override : undefined;
  for (const dir of (process.env.PATH ?? "").split(path.delimiter)) {
    for (const name of ["soffice", "libreoffice"]) {
      const candidate = path.join(dir, name);
      if (dir && existsSync(candidate)) return candidate;
    }
  }
  return undefined;
}
