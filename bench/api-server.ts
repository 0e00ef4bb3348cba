// The two servers `bench:api` measures, in a process of their own: duban itself (startServer, the
// real thing, scheduler off) and a bare fastify server answering the same JSON bytes after one
// hand-written SQL query on the same database — the floor any framework and ORM stand on.
// Told what to serve over IPC by bench/api.bench.ts.
import { join } from "node:path";
import { writeHeapSnapshot } from "node:v8";
import { pathToFileURL } from "node:url";
import Fastify from "fastify";
import SQLite from "better-sqlite3";
import pg from "pg";

const root = process.env.BENCH_ROOT!;
const { startServer } = (await import(pathToFileURL(join(root, "src/server/start.ts")).href)) as typeof import("../src/server/start.js");
const dataDir = process.env.DUBAN_DATA_DIR!;
const databaseUrl = process.env.BENCH_PG_URL;
const pgSchema = process.env.BENCH_PG_SCHEMA;

const server = await startServer({ port: 0, host: "127.0.0.1", dataDir, databaseUrl: databaseUrl ?? "", pgSchema });

let query: (text: string, params: unknown[]) => Promise<unknown[]>;
let closeBare: () => Promise<void>;
if (databaseUrl) {
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 10, options: `-c search_path=${pgSchema}` });
  query = async (text, params) => {
    let i = 0;
    return (await pool.query(text.replace(/\?/g, () => `$${++i}`), params)).rows;
  };
  closeBare = () => pool.end();
} else {
  const native = new SQLite(join(dataDir, "duban.sqlite"), { readonly: true });
  query = async (text, params) => native.prepare(text).all(...params);
  closeBare = async () => void native.close();
}

const bare = Fastify({ logger: false });
const routes = new Map<string, { sql: string; params: unknown[]; body: string }>();
bare.get("/bare/:name", async (req, reply) => {
  const r = routes.get((req.params as { name: string }).name);
  if (!r) return reply.code(404).send();
  await query(r.sql, r.params);
  return reply.type("application/json; charset=utf-8").send(r.body);
});
await bare.listen({ port: 0, host: "127.0.0.1" });
const address = bare.server.address();

process.on("message", async (m: { route?: { name: string; sql: string; params: unknown[]; body: string }; stop?: boolean; memory?: boolean }) => {
  // Where the resident memory is: V8's heap (used / reserved), memory outside it that V8 knows of
  // (Buffers: compressed bodies, sockets), and the rest (SQLite's page cache and statements, pg, code).
  if (m.memory) process.send!({ memory: process.memoryUsage() });
  // BENCH_HEAP=DIR: a heap snapshot of the server after the requests (open in Chrome's DevTools, Memory).
  if (m.stop && process.env.BENCH_HEAP) writeHeapSnapshot(join(process.env.BENCH_HEAP, `server-${Date.now()}.heapsnapshot`));
  if (m.route) {
    routes.set(m.route.name, m.route);
    process.send!({ ok: m.route.name });
  }
  if (m.stop) {
    await bare.close();
    await closeBare();
    await server.close();
    process.exit(0);
  }
});
process.send!({ duban: server.url, bare: `http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}` });
