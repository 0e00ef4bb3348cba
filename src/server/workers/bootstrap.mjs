// Entry of every worker thread: TypeScript through tsx (as bin/duban.mjs does for the process), then
// the job's module. Hooks registered in the parent do not reach a worker, so each one registers its own.
import { workerData } from "node:worker_threads";
import { register } from "tsx/esm/api";

register();
await import(workerData.entry);
