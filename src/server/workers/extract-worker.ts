// One extraction in a worker thread (see pool.ts): reads workerData.job, answers one message.
import { parentPort, workerData } from "node:worker_threads";
import { extractPlan } from "../../extract/index.js";
import type { WorkerReply } from "./pool.js";
import type { ExtractionJob, ExtractionResult } from "./extraction.js";

const job = workerData.job as ExtractionJob;
let reply: WorkerReply<ExtractionResult>;
try {
  const input = typeof job.data === "string" ? job.data : Buffer.from(job.data.buffer, job.data.byteOffset, job.data.byteLength);
  reply = { ok: true, value: await extractPlan(input, { filename: job.filename }) };
} catch (e) {
  const err = e as { name?: string; code?: string; message?: string };
  reply = { ok: false, error: { name: err?.name ?? "Error", code: err?.code, message: err?.message ?? String(e) } };
}
parentPort!.postMessage(reply);
