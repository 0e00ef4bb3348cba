// Legacy binary formats (.doc/.wps/.rtf, .xls/.et) are converted by LibreOffice in headless
// mode into OOXML in a private temp dir, then read by the DOCX/XLSX readers. Each conversion
// uses its own LibreOffice profile dir so parallel conversions do not fight over one lock.
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { ExtractError, type SourceDocument } from "../model.js";
import { readDocx } from "./docx.js";
import { readXlsx } from "./xlsx.js";
import { findSoffice } from "./soffice.js";

export { findSoffice };

export type LegacyKind = "word" | "spreadsheet";

const CONVERSION_TIMEOUT_MS = 90_000;


/** Which kind of OLE2 compound file this is, from the stream names in its directory. */
export function oleKind(bytes: Uint8Array): LegacyKind | "encrypted" | "presentation" | undefined {
  const names = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const has = (name: string) => names.includes(Buffer.from(name, "utf16le"));
  if (has("EncryptedPackage")) return "encrypted";
  if (has("WordDocument")) return "word";
  if (has("Workbook") || has("Book")) return "spreadsheet";
  if (has("PowerPoint Document")) return "presentation";
  return undefined;
}

export async function readLegacy(bytes: Uint8Array, kind: LegacyKind, extension: string): Promise<SourceDocument> {
  const label = `.${extension || (kind === "word" ? "doc" : "xls")}`;
  const soffice = findSoffice();
  if (!soffice) {
    const saveAs = kind === "word" ? ".docx" : ".xlsx";
    const app = kind === "word" ? "Word/WPS" : "Excel/WPS";
    throw new ExtractError(
      "NEEDS_CONVERSION",
      `无法读取 ${label} 文件：本机未安装 LibreOffice。请在 ${app} 中另存为 ${saveAs} 后再上传`,
    );
  }
  const target = kind === "word" ? "docx" : "xlsx";
  const workDir = await mkdtemp(path.join(os.tmpdir(), "duban-convert-"));
  try {
    const input = path.join(workDir, `input.${kind === "word" ? "doc" : "xls"}`);
    await writeFile(input, bytes);
    await runSoffice(soffice, [
      `-env:UserInstallation=file://${path.join(workDir, "profile")}`,
      "--headless",
      "--norestore",
      "--nolockcheck",
      "--convert-to",
      target,
      "--outdir",
      path.join(workDir, "out"),
      input,
    ]);
    const output = path.join(workDir, "out", `input.${target}`);
    if (!existsSync(output)) throw new ExtractError("UNREADABLE", `${label} 文件无法转换，可能已损坏。请在 Word/WPS 中打开后另存为 .${target} 再上传`);
    const converted = new Uint8Array(await readFile(output));
    const document = kind === "word" ? readDocx(converted) : readXlsx(converted);
    return {
      ...document,
      format: kind === "word" ? "doc" : "xlsx",
      warnings: [`已用 LibreOffice 将 ${label} 文件转换后读取，编号和格式可能与原文略有出入`, ...document.warnings],
    };
  } finally {
    await rm(workDir, { recursive: true, force: true });
  }
}

function runSoffice(command: string, args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { detached: true, stdio: "ignore" });
    const timer = setTimeout(() => {
      try {
        if (child.pid) process.kill(-child.pid, "SIGKILL");
      } catch {
        // already gone
      }
      reject(new ExtractError("UNREADABLE", "文件转换超时，可能已损坏或过于复杂。请另存为 .docx 后再上传"));
    }, CONVERSION_TIMEOUT_MS);
    child.on("error", () => {
      clearTimeout(timer);
      reject(new ExtractError("NEEDS_CONVERSION", "LibreOffice 无法启动，请另存为 .docx/.xlsx 后再上传"));
    });
    child.on("exit", () => {
      clearTimeout(timer);
      resolve();
    });
  });
}
