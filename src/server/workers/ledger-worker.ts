// Reads an uploaded ledger XLSX with exceljs in a worker thread (see pool.ts): one job, one answer.
import { parentPort, workerData } from "node:worker_threads";
import { parseLedgerWorkbook, type LedgerParse } from "../../export/ledger-xlsx.js";
import type { WorkerReply } from "./pool.js";

const job = workerData.job as { data: Uint8Array; planYear: number | null };
let reply: WorkerReply<LedgerParse>;
try {
  reply = { ok: true, value: await parseLedgerWorkbook(Buffer.from(job.data.buffer, job.data.byteOffset, job.data.byteLength), job.planYear) };
} catch (e) {
  const err = e as { name?: string; code?: string; message?: string };
  reply = { ok: false, error: { name: err?.name ?? "Error", code: err?.code, message: err?.message ?? String(e) } };
}
parentPort!.postMessage(reply);
