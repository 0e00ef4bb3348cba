// Document work off the event loop, in one bounded pool: plan extraction (and the LibreOffice
// conversions inside it) and reading an uploaded ledger XLSX.
import { ExtractError, type ExtractedPlan } from "../../extract/model.js";
import type { LedgerParse } from "../../export/ledger-xlsx.js";
import { AppError } from "../errors.js";
import { PoolBusyError, WorkerJobError, WorkerMemoryError, WorkerPool, WorkerTimeoutError, type PoolOptions } from "./pool.js";

export interface ExtractionJob {
  data: Uint8Array | string;
  filename: string;
}
/** The plan with U+0000 removed, and whether its text is a converter's noise (see garbled.ts). */
export type ExtractionResult = { plan: ExtractedPlan; warnings: string[]; garbled: boolean };

const EXTRACT = new URL("./extract-worker.ts", import.meta.url);
const LEDGER = new URL("./ledger-worker.ts", import.meta.url);

export function extractionPoolOptions(env: Record<string, string | undefined> = process.env): PoolOptions {
  const num = (value: string | undefined, fallback: number) => (value && Number(value) > 0 ? Number(value) : fallback);
  return {
    concurrency: num(env.DUBAN_EXTRACT_WORKERS, 2),
    queueLimit: num(env.DUBAN_EXTRACT_QUEUE, 16),
    // Longer than LibreOffice's own 90 s conversion timeout, so that a conversion is killed by its reader first.
    timeoutMs: num(env.DUBAN_EXTRACT_TIMEOUT_SECONDS, 150) * 1000,
    memoryMb: num(env.DUBAN_EXTRACT_MEMORY_MB, 768),
  };
}

let pool: WorkerPool | undefined;

export function extractionPool(): WorkerPool {
  pool ??= new WorkerPool(extractionPoolOptions());
  return pool;
}

/** Replaces the process's extraction pool (tests, or a server configured differently). */
export function configureExtractionPool(options: Partial<PoolOptions>): WorkerPool {
  pool = new WorkerPool({ ...extractionPoolOptions(), ...options });
  return pool;
}

/** extractPlan (and the text checks after it) in a worker; ExtractErrors come back as ExtractErrors, the pool's refusals as Chinese AppErrors. */
export function extractInWorker(job: ExtractionJob): Promise<ExtractionResult> {
  return inPool<ExtractionResult>(EXTRACT, job);
}

/** parseLedgerWorkbook in a worker (the file has passed the spreadsheet size checks). */
export function parseLedgerInWorker(job: { data: Uint8Array; planYear: number | null }): Promise<LedgerParse> {
  return inPool<LedgerParse>(LEDGER, job);
}

async function inPool<T>(entry: URL, job: unknown): Promise<T> {
  try {
    return await extractionPool().run<T>(entry, job);
  } catch (e) {
    if (e instanceof WorkerJobError && e.error.name === "ExtractError") throw new ExtractError(e.error.code as ExtractError["code"], e.error.message);
    if (e instanceof PoolBusyError) return busy();
    if (e instanceof WorkerTimeoutError) throw new AppError(422, "EXTRACT_TIMEOUT", "文件识别超时：文件可能过大或过于复杂。请删去与方案无关的内容，或另存为 .docx 后再上传");
    if (e instanceof WorkerMemoryError) throw new AppError(413, "EXTRACT_TOO_LARGE", "文件过大或过于复杂，识别时超出内存上限。请删去与方案无关的内容，或拆分后再上传");
    throw e;
  }
}

function busy(): never {
  throw new AppError(503, "EXTRACT_BUSY", "正在识别的文件较多，系统繁忙，请稍后再试");
}
