// The two servers `bench:api` measures, each in a process of its own (BENCH_SERVE=duban|bare): duban
// itself (startServer, the real thing, scheduler off) and a bare fastify server answering the same JSON
// bytes after one hand-written SQL query on the same database — the floor any framework and ORM stand
// on. Apart, so that the server's RSS is duban's alone (it used to count the bare route's rows, the
// JSON string it encodes for every answer and their garbage too). Told what to serve over IPC by
// bench/api.bench.ts.
import { join } from "node:path";
import { getHeapSpaceStatistics, writeHeapSnapshot } from "node:v8";
import { pathToFileURL } from "node:url";
import { brotliCompressSync, constants as zlib, gzipSync } from "node:zlib";
import Fastify from "fastify";
import SQLite from "better-sqlite3";
import pg from "pg";

const root = process.env.BENCH_ROOT!;
const dataDir = process.env.DUBAN_DATA_DIR!;
const databaseUrl = process.env.BENCH_PG_URL;
const pgSchema = process.env.BENCH_PG_SCHEMA;

/** Its URL, and how it stops. */
async function duban(): Promise<{ url: string; close: () => Promise<void> }> {
  const { startServer } = (await import(pathToFileURL(join(root, "src/server/start.ts")).href)) as typeof import("../src/server/start.js");
  const server = await startServer({ port: 0, host: "127.0.0.1", dataDir, databaseUrl: databaseUrl ?? "", pgSchema });
  return { url: server.url, close: () => server.close() };
}

/** Each route: its statements (one hand-written read, or the route's own — search), run in order, and its body. */
interface BareRoute { name: string; queries: { sql: string; params: unknown[] }[]; body: string }
/**
 * The body as the client asked for it, compressed once when the route is set: duban answers a fetch
 * (which accepts br and gzip) compressed, and the one client process decompresses what it gets, so an
 * uncompressed bare body left the client less work per bare answer — on two cores the client's share
 * showed as duban's throughput. The bare server still compresses nothing per request.
 */
interface Bodies { json: string; br?: Buffer; gzip?: Buffer }
const routes = new Map<string, BareRoute & { bodies: Bodies }>();
const COMPRESS_FROM = 1024; // duban's threshold (responseCache.ts, app.ts)
function bodiesOf(json: string): Bodies {
  if (Buffer.byteLength(json) < COMPRESS_FROM) return { json };
  return { json, br: brotliCompressSync(json, { params: { [zlib.BROTLI_PARAM_QUALITY]: 4 } }), gzip: gzipSync(json) };
}

async function bare(): Promise<{ url: string; close: () => Promise<void> }> {
  let query: (text: string, params: unknown[]) => Promise<unknown[]>;
  let closeDb: () => Promise<void>;
  if (databaseUrl) {
    const pool = new pg.Pool({ connectionString: databaseUrl, max: 10, options: `-c search_path=${pgSchema}` });
    query = async (text, params) => {
      let i = 0;
      return (await pool.query(text.replace(/\?/g, () => `$${++i}`), params)).rows;
    };
    closeDb = () => pool.end();
  } else {
    const native = new SQLite(join(dataDir, "duban.sqlite"), { readonly: true });
    query = async (text, params) => native.prepare(text).all(...params);
    closeDb = async () => void native.close();
  }
  const app = Fastify({ logger: false });
  app.get("/bare/:name", async (req, reply) => {
    const r = routes.get((req.params as { name: string }).name);
    if (!r) return reply.code(404).send();
    for (const q of r.queries) await query(q.sql, q.params);
    reply.type("application/json; charset=utf-8");
    const accepted = String(req.headers["accept-encoding"] ?? "");
    const encoding = r.bodies.br && /\bbr\b/.test(accepted) ? "br" : r.bodies.gzip && /\bgzip\b/.test(accepted) ? "gzip" : undefined;
    return encoding ? reply.header("vary", "accept-encoding").header("content-encoding", encoding).send(r.bodies[encoding]) : reply.send(r.bodies.json);
  });
  await app.listen({ port: 0, host: "127.0.0.1" });
  const address = app.server.address();
  return { url: `http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}`, close: async () => (await app.close(), await closeDb()) };
}

const server = process.env.BENCH_SERVE === "bare" ? await bare() : await duban();

// Where the resident memory is at its highest: process.memoryUsage() every 20 ms (the sample with the
// largest RSS since the last `memory` message), with the size of V8's young generation at that moment.
interface Sample extends NodeJS.MemoryUsage { newSpace: number }
let peak: Sample | undefined;
const sampler = setInterval(() => {
  // The RSS alone first (memoryUsage() walks V8's heap spaces: 6 % of the CPU of a cached answer under load).
  if (peak && process.memoryUsage.rss() <= peak.rss) return;
  const u = process.memoryUsage();
  const young = getHeapSpaceStatistics().filter((s) => s.space_name === "new_space" || s.space_name === "new_large_object_space");
  peak = { ...u, newSpace: young.reduce((n, s) => n + s.space_size, 0) };
}, 20);
sampler.unref();

process.on("message", async (m: { route?: BareRoute; stop?: boolean; memory?: boolean }) => {
  // Where the resident memory is: V8's heap (used / reserved), memory outside it that V8 knows of
  // (Buffers: compressed bodies, sockets), and the rest (SQLite's page cache and statements, pg, code);
  // now, and at the highest RSS sampled since the last ask.
  if (m.memory) {
    process.send!({ memory: process.memoryUsage(), peak });
    peak = undefined;
  }
  // BENCH_HEAP=DIR: a heap snapshot of the server after the requests (open in Chrome's DevTools, Memory).
  if (m.stop && process.env.BENCH_HEAP && process.env.BENCH_SERVE === "duban") writeHeapSnapshot(join(process.env.BENCH_HEAP, `server-${Date.now()}.heapsnapshot`));
  if (m.route) {
    routes.set(m.route.name, { ...m.route, bodies: bodiesOf(m.route.body) });
    process.send!({ ok: m.route.name });
  }
  if (m.stop) {
    await server.close();
    process.exit(0);
  }
});
process.send!({ url: server.url });
