// One extraction in a worker thread (see pool.ts): reads workerData.job, answers one message.
import { parentPort, workerData } from "node:worker_threads";
import { extractPlan } from "../../extract/index.js";
import { isGarbled } from "../commands/plans/garbled.js";
import { stripNul } from "../validation.js";
import type { WorkerReply } from "./pool.js";
import type { ExtractionJob, ExtractionResult } from "./extraction.js";

const job = workerData.job as ExtractionJob;
let reply: WorkerReply<ExtractionResult>;
try {
  const input = typeof job.data === "string" ? job.data : Buffer.from(job.data.buffer, job.data.byteOffset, job.data.byteLength);
  const { plan, warnings } = await extractPlan(input, { filename: job.filename });
  // The text checks run here too, not on the event loop: U+0000 cannot be stored in PostgreSQL
  // text; in the source text it becomes a space so that spans keep their offsets.
  const { sourceText, ...rest } = plan;
  reply = {
    ok: true,
    value: { plan: { ...stripNul(rest), sourceText: stripNul(sourceText ?? "", " ") }, warnings: stripNul(warnings ?? []), garbled: isGarbled(sourceText ?? "") },
  };
} catch (e) {
  const err = e as { name?: string; code?: string; message?: string };
  reply = { ok: false, error: { name: err?.name ?? "Error", code: err?.code, message: err?.message ?? String(e) } };
}
parentPort!.postMessage(reply);
