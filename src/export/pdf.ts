// DOCX → PDF through LibreOffice headless, each conversion with its own profile folder (parallel
// conversions do not share a lock) and a time limit; the process group is killed on timeout.
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { findSoffice } from "../extract/readers/soffice.js";

export class PdfUnavailable extends Error {}

export async function docxToPdf(docx: Buffer, timeoutMs = 120_000): Promise<Buffer> {
  const soffice = findSoffice();
  if (!soffice) throw new PdfUnavailable("本机未安装 LibreOffice，无法生成 PDF，请下载 DOCX 后在 Word/WPS 中另存为 PDF");
  const dir = await mkdtemp(path.join(os.tmpdir(), "duban-pdf-"));
  try {
    await writeFile(path.join(dir, "doc.docx"), docx);
    await new Promise<void>((resolve, reject) => {
      const child = spawn(soffice, [`-env:UserInstallation=file://${path.join(dir, "profile")}`, "--headless", "--norestore", "--nolockcheck", "--convert-to", "pdf", "--outdir", path.join(dir, "out"), path.join(dir, "doc.docx")], { detached: true, stdio: "ignore" });
      const timer = setTimeout(() => {
        try { if (child.pid) process.kill(-child.pid, "SIGKILL"); } catch { /* gone */ }
        reject(new PdfUnavailable("生成 PDF 超时，请稍后重试或下载 DOCX"));
      }, timeoutMs);
      child.on("error", () => { clearTimeout(timer); reject(new PdfUnavailable("LibreOffice 无法启动，请下载 DOCX")); });
      child.on("exit", () => { clearTimeout(timer); resolve(); });
    });
    const out = path.join(dir, "out", "doc.pdf");
    if (!existsSync(out)) throw new PdfUnavailable("PDF 生成失败，请下载 DOCX");
    return await readFile(out);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
