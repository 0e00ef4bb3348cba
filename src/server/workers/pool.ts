// A bounded pool of worker threads for work whose cost the input decides (document extraction,
// LibreOffice conversion): at most `concurrency` jobs at once, a bounded queue behind them, a
// memory cap per worker (V8 heap limits) and a timeout. Every job gets a fresh worker, so a
// document's memory is returned when its job ends and one job's failure touches no other.
import { Worker } from "node:worker_threads";

export interface PoolOptions {
  concurrency: number;
  /** Jobs waiting for a free slot; beyond this the pool refuses (PoolBusyError). */
  queueLimit: number;
  timeoutMs: number;
  /** Old-generation heap of each worker, in MB. */
  memoryMb: number;
}

export class PoolBusyError extends Error {}
export class WorkerTimeoutError extends Error {}
export class WorkerMemoryError extends Error {}
/** The job threw: `error` is what the worker reported (name, code, message). */
export class WorkerJobError extends Error {
  constructor(public readonly error: { name: string; code?: string; message: string }) {
    super(error.message);
  }
}

export type WorkerReply<T> = { ok: true; value: T } | { ok: false; error: { name: string; code?: string; message: string } };

const BOOTSTRAP = new URL("./bootstrap.mjs", import.meta.url);

export class WorkerPool {
  private running = 0;
  private readonly waiting: (() => void)[] = [];

  constructor(readonly options: PoolOptions) {}

  get stats() {
    return { running: this.running, queued: this.waiting.length };
  }

  /** Runs `entry` (a worker module that answers one WorkerReply) on `job` in a fresh worker. */
  async run<T>(entry: URL, job: unknown): Promise<T> {
    if (this.running < this.options.concurrency) this.running++;
    else if (this.waiting.length >= this.options.queueLimit) throw new PoolBusyError("worker pool queue is full");
    else await new Promise<void>((resolve) => this.waiting.push(resolve)); // the slot is handed over, `running` unchanged
    try {
      return await this.runInWorker<T>(entry, job);
    } finally {
      const next = this.waiting.shift();
      if (next) next();
      else this.running--;
    }
  }

  private runInWorker<T>(entry: URL, job: unknown): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      const worker = new Worker(BOOTSTRAP, {
        workerData: { entry: entry.href, job },
        resourceLimits: { maxOldGenerationSizeMb: this.options.memoryMb },
      });
      let settled = false;
      const settle = (fn: () => void) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        fn();
        void worker.terminate();
      };
      const timer = setTimeout(() => settle(() => reject(new WorkerTimeoutError(`job exceeded ${this.options.timeoutMs} ms`))), this.options.timeoutMs);
      worker.on("message", (reply: WorkerReply<T>) => settle(() => (reply.ok ? resolve(reply.value) : reject(new WorkerJobError(reply.error)))));
      worker.on("error", (err: Error & { code?: string }) =>
        settle(() => reject(err.code === "ERR_WORKER_OUT_OF_MEMORY" ? new WorkerMemoryError(err.message) : err)),
      );
      worker.on("exit", (code) => settle(() => reject(new Error(`worker exited (${code}) without an answer`))));
    });
  }
}
