// bench:api (issues 12 and 17): the list requests a bureau's users make all day, on 1, 3 and 10
// years of history, against the real server (its own process) and beside a bare fastify route
// answering the same JSON bytes from the same database after one hand-written query, measured in
// the same run. Prints per-request time (p50/p95 under concurrent clients), throughput against
// the bare route, and how each request grows from the smallest to the largest history. The search
// requests' bare route runs the statements the measured checkout's search itself runs for that user.
//
//   npm run bench:api                       small bureau (4 plans × 30 tasks, 60 units, 200 users), 1×, 3×, 10×, SQLite
//   npm run bench:api -- --full             issue 12's bureau: 20 plans × 60 tasks, 300 units, 1,000 users, 12 rounds
//   npm run bench:api -- --years=1,10 --pg  sizes to build; --pg uses TEST_DATABASE_URL (a schema of its own)
//   options: --concurrency=N (20; 50 with --full)  --seconds=S per request (3)  --explain (query plans of every request; --explain=analyze: PostgreSQL's EXPLAIN (ANALYZE, BUFFERS) whole)
//            --users=distinct (each request as the next of many users of the role — every unit_staff clerk, every leader,
//            and directors and office users added to the measured copy up to N — instead of one user per request:
//            the response cache then answers from its entries only as often as the printed hit rate says; the bare
//            route still serves the first user's body, so "vs bare" compares unlike work for the clerks)
//            --profile=DIR (a CPU profile of the server process per size)
//            --only=dashboard,board,grid (those requests only, by name)
//   DUBAN_RESPONSE_CACHE_MB=0 measures the server without its response cache (src/server/responseCache.ts).
//            --cpu[=N] (also the server's CPU per request, one client sending N requests one after another; 300)
//            --node-flags="--max-semi-space-size=N …" runs duban's process with these Node flags instead of those of
//            the measured checkout's `npm start` (package.json); --node-flags= without any
//   BENCH_ROOT=/path/to/another/checkout measures that code (a before/after) on the same dataset shape.
//   BENCH_DUMP=DIR writes each request's response body there (compare two checkouts' JSON).
//   BENCH_HEAP=DIR writes a heap snapshot of the server process after each size's requests.
//   The server runs with MALLOC_MMAP_THRESHOLD_=131072, as the README's service does (perf13: each login's
//   16 MB scrypt buffer is otherwise kept by the allocator of the libuv thread that ran it);
//            --malloc=default measures it with glibc's own (dynamic) threshold.
//   BENCH_PG_KEEP=1 keeps the PostgreSQL schema (not dropped at the end; drop it yourself); BENCH_PG_SCHEMA=NAME
//   BENCH_PG_DATA=DIR (both printed at the end) measure such a kept dataset instead of building one (one size, same shape).
//   BENCH_DATASET=DIR keeps each built SQLite dataset there, and measures a kept one instead of building it again.
import { fork, type ChildProcess } from "node:child_process";
import { get as httpGet } from "node:http";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { CompiledQuery, Kysely, PostgresDialect, SqliteDialect, sql, type LogEvent } from "kysely";
import SQLite from "better-sqlite3";
import { serverNodeFlags } from "../test/helpers/server-flags.js";
import pg from "pg";
import type { DB } from "../src/server/db/schema.js";
import { buildPeople, buildYear, FULL, PASSWORD, SMALL, type People } from "./api-dataset.js";

const here = fileURLToPath(new URL(".", import.meta.url));
const root = resolve(process.env.BENCH_ROOT ?? join(here, ".."));
const arg = (name: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const flag = (name: string) => process.argv.includes(`--${name}`);
const full = flag("full") || process.env.BENCH_FULL === "1";
const shape = full ? FULL : SMALL;
const sizes = (arg("years") ?? "1,3,10").split(",").map(Number);
const concurrency = Number(arg("concurrency") ?? (full ? 50 : 20));
const seconds = Number(arg("seconds") ?? 3);
const distinct = arg("users") === "distinct";
const pgUrl = flag("pg") ? process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL : undefined;
if (flag("pg") && !pgUrl) throw new Error("--pg needs TEST_DATABASE_URL");

// The Node flags of the server as `npm start` runs it in the measured checkout ("node <flags> bin/duban.mjs serve").
const serverFlags = arg("node-flags") !== undefined
  ? arg("node-flags")!.split(" ").filter(Boolean)
  : serverNodeFlags(root);
const mod = async <T>(path: string): Promise<T> => (await import(pathToFileURL(join(root, path)).href)) as T;
const { prepareDatabase, VERSION } = await mod<typeof import("../src/server/start.js")>("src/server/start.ts");
const { configFromEnv } = await mod<typeof import("../src/server/config.js")>("src/server/config.ts");
const { setUp } = await mod<typeof import("../src/server/commands/accounts.js")>("src/server/commands/accounts.ts");
const { hashPassword } = await mod<typeof import("../src/server/auth/passwords.js")>("src/server/auth/passwords.ts");
const taskStore = await mod<typeof import("../src/server/commands/plans/task-store.js")>("src/server/commands/plans/task-store.ts");
// A checkout from before the bulk insert of a plan's tasks stores them one by one.
const insertTasks: typeof taskStore.insertNewPlanTasks = taskStore.insertNewPlanTasks ?? (async (tx, planId, items) => {
  for (const [i, { value }] of items.entries()) await taskStore.insertTask(tx, planId, i, value);
});
const { localDay } = await mod<typeof import("../src/server/clock.js")>("src/server/clock.ts");
// The search index (issue 15); a checkout from before it has no search to measure.
const searchStore = await mod<typeof import("../src/server/commands/search/store.js")>("src/server/commands/search/store.ts").catch(() => null);

interface Endpoint {
  name: string;
  label: string;
  user: keyof Omit<People, "orgId" | "busyUnitId">;
  url: string;
  /** The bare route's one query: the main read of the same request, by hand. */
  sql: string;
  params: unknown[];
  /** Or the statements the route itself runs, in order (search: taken from the measured code, see searchQueries). */
  queries?: { sql: string; params: readonly unknown[] }[];
}

/** process.memoryUsage() of the server at its highest sampled RSS, with V8's young generation then. */
type Sample = NodeJS.MemoryUsage & { newSpace: number };
const mb = (x: number) => (x / 1024 / 1024).toFixed(0);
const split = (u: NodeJS.MemoryUsage) =>
  `V8 heap ${mb(u.heapUsed)} MB used of ${mb(u.heapTotal)} MB, external ${mb(u.external)} MB (Buffers ${mb(u.arrayBuffers)} MB), the rest ${mb(u.rss - u.heapTotal - u.external)} MB (code, SQLite/pg, stacks)`;

interface Stats { p50: number; p95: number; mean: number; rps: number; n: number; bytes: number; cache: Record<string, number> }

const ms = (x: number) => (x < 10 ? x.toFixed(1) : x.toFixed(0));
const pct = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))];

type Role = Endpoint["user"];
/** Session cookies of the users each role's requests are sent as (one user per role unless --users=distinct). */
type Pools = Record<Role, string[]>;

async function build(years: number): Promise<{ dataDir: string; schema?: string; endpoints: Endpoint[]; counts: Record<string, number>; pools?: Pools }> {
  const keptData = pgUrl ? process.env.BENCH_PG_DATA : undefined;
  const dataDir = keptData ?? mkdtempSync(join(tmpdir(), "duban-bench-"));
  const keptSchema = pgUrl ? process.env.BENCH_PG_SCHEMA : undefined;
  const schema = pgUrl ? keptSchema ?? `bench_${Date.now().toString(36)}` : undefined;
  if (schema && !keptSchema) await pgRun((c) => c.query(`CREATE SCHEMA ${schema}`));
  const config = configFromEnv({ NODE_ENV: "test" }, { dataDir, databaseUrl: pgUrl });
  // BENCH_DATASET=DIR (SQLite): a dataset built once is kept there and measured again (a before/after
  // without building twice); it must be of the same shape and size.
  const kept = !pgUrl && process.env.BENCH_DATASET ? join(process.env.BENCH_DATASET, `${full ? "full" : "small"}-${years}`) : undefined;
  const reuse = (kept !== undefined && existsSync(join(kept, "duban.sqlite"))) || keptSchema !== undefined;
  if (reuse && kept) for (const f of readdirSync(kept)) copyFileSync(join(kept, f), join(dataDir, f));
  const database = await prepareDatabase(config, schema);
  const db = database.db;
  let people: People;
  if (reuse) {
    const ofUser = (username: string) => db.selectFrom("users").select(["org_id", "unit_id"]).where("username", "=", username).executeTakeFirstOrThrow();
    people = { orgId: (await ofUser("director")).org_id, busyUnitId: (await ofUser("u0_1")).unit_id!, clerk: "u0_1", leader: "leader0", director: "director", office: "office" };
  } else {
    await setUp(database, { orgName: "示例县教育局", username: "admin", name: "管理员", password: PASSWORD });
    const hash = await hashPassword(PASSWORD);
    people = await database.db.transaction().execute((tx) => buildPeople(tx, shape, hash));
    const thisYear = Number(localDay(new Date()).slice(0, 4));
    for (let y = thisYear - years + 1; y <= thisYear; y++) {
      await database.db.transaction().execute((tx) => buildYear(tx, shape, people, y, y === thisYear, (db, planId, items) => insertTasks(db as any, planId, items)));
    }
    // The dataset is bulk-loaded past the commands: index it as the migration does for existing rows.
    if (searchStore) await searchStore.rebuildSearchIndex(database.db, database.dialect);
    if (kept) {
      mkdirSync(kept, { recursive: true });
      await sql`VACUUM INTO ${join(kept, "duban.sqlite")}`.execute(db);
      for (const f of readdirSync(dataDir)) if (f.startsWith("audit.")) copyFileSync(join(dataDir, f), join(kept, f));
    }
  }
  // A PostgreSQL database in use has been vacuumed and analyzed by autovacuum; a bulk-loaded one has no
  // statistics, no visibility map (every index-only scan visits the heap) and no hint bits (the first
  // reads of each page write it): the first run after a build measured that, not the requests. Only this
  // schema's tables: a bare VACUUM would walk every test schema in the database.
  if (pgUrl) {
    const tables = await sql<{ name: string }>`SELECT quote_ident(table_name) AS name FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'`.execute(db);
    for (const { name } of tables.rows) await sql`VACUUM (ANALYZE) ${sql.raw(name)}`.execute(db);
  }
  const plan = await db.selectFrom("plans").select("id").where("status", "=", "published").orderBy("id").executeTakeFirstOrThrow();
  const round = await db.selectFrom("rounds").select("id").where("plan_id", "=", plan.id).where("state", "=", "open").executeTakeFirstOrThrow();
  const idOf = async (username: string) => (await db.selectFrom("users").select("id").where("username", "=", username).executeTakeFirstOrThrow()).id;
  const clerk = await idOf(people.clerk);
  const leader = await idOf(people.leader);
  const counts: Record<string, number> = {};
  for (const t of ["tasks", "reports", "report_events", "notifications"] as const) {
    counts[t] = Number((await db.selectFrom(t).select((eb) => eb.fn.countAll().as("n")).executeTakeFirstOrThrow()).n);
  }
  const pools = distinct ? await distinctUsers(db, people.orgId) : undefined;
  await database.close();
  const endpoints: Endpoint[] = [
    // 我的任务's first page, as the screen asks it (paged on the server since issue 12; a checkout from
    // before answers its whole list to the same URL).
    { name: "mine-clerk", label: "我的任务 (busiest clerk)", user: "clerk", url: "/api/tasks/mine?page=1&pageSize=15",
      sql: "SELECT t.* FROM task_units tu JOIN tasks t ON t.id = tu.task_id JOIN plans p ON p.id = t.plan_id WHERE tu.unit_id = ? AND p.status = 'published' ORDER BY t.plan_id, t.position, t.id LIMIT 15", params: [people.busyUnitId] },
    { name: "mine-leader", label: "我的任务 (leader)", user: "leader", url: "/api/tasks/mine?page=1&pageSize=15",
      sql: "SELECT t.* FROM task_leaders tl JOIN tasks t ON t.id = tl.task_id JOIN plans p ON p.id = t.plan_id WHERE tl.user_id = ? AND p.status = 'published' ORDER BY t.plan_id, t.position, t.id LIMIT 15", params: [leader] },
    { name: "ledger", label: "ledger of one plan", user: "office", url: `/api/plans/${plan.id}/tasks`,
      sql: "SELECT * FROM tasks WHERE plan_id = ? ORDER BY position", params: [plan.id] },
    // The ledger screen's own request (since the ledger's rows carry only what it shows).
    { name: "ledger-list", label: "ledger screen (?view=list)", user: "office", url: `/api/plans/${plan.id}/tasks?view=list`,
      sql: "SELECT * FROM tasks WHERE plan_id = ? ORDER BY position", params: [plan.id] },
    { name: "grid", label: "round grid (office)", user: "office", url: `/api/rounds/${round.id}/reports`,
      sql: "SELECT r.id, r.state, r.status, r.task_id, r.unit_id, r.version FROM reports r WHERE r.round_id = ?", params: [round.id] },
    { name: "todos-director", label: "todos (director)", user: "director", url: "/api/me/todos",
      sql: "SELECT r.id, r.state FROM reports r JOIN rounds o ON o.id = r.round_id WHERE o.state = 'open' AND r.state = 'submitted' AND r.role = 'lead'", params: [] },
    { name: "todos-clerk", label: "todos (busiest clerk)", user: "clerk", url: "/api/me/todos",
      sql: "SELECT r.id, r.state FROM reports r JOIN rounds o ON o.id = r.round_id WHERE o.state = 'open' AND r.unit_id = ? AND r.state IN ('draft', 'returned')", params: [people.busyUnitId] },
    { name: "bell", label: "notifications (busiest clerk)", user: "clerk", url: "/api/notifications",
      sql: "SELECT * FROM notifications WHERE user_id = ? ORDER BY id DESC LIMIT 50", params: [clerk] },
    // Issue 14: the dashboard and 进展调度 are part of the measure (their bare route: the main aggregate).
    { name: "dashboard", label: "dashboard (director)", user: "director", url: "/api/dashboard",
      sql: "SELECT o.plan_id, r.state, count(*) AS n FROM reports r JOIN rounds o ON o.id = r.round_id JOIN plans p ON p.id = o.plan_id WHERE p.org_id = ? AND p.status = 'published' GROUP BY o.plan_id, r.state", params: [people.orgId] },
    { name: "board", label: "进展调度 (director)", user: "director", url: "/api/dashboard/progress",
      sql: "SELECT r.task_id, r.state, r.status FROM reports r JOIN rounds o ON o.id = r.round_id JOIN plans p ON p.id = o.plan_id WHERE p.org_id = ? AND p.status = 'published' AND o.state = 'open' AND r.role = 'lead'", params: [people.orgId] },
  ];
  if (searchStore) {
    // 调度 is in every report's text: the most matches a word can have (ranked, then the first 50).
    // The bare route runs the statements the measured code's search runs for that user (searchQueries),
    // so that "vs bare" compares like work; before, it ranked every year's matches of the bureau by
    // bm25 — an older query, slower than the route's.
    const url = `/api/search?q=${encodeURIComponent("调度")}&limit=50`;
    endpoints.push(
      { name: "search-office", label: "search 调度 (office)", user: "office", url, sql: "", params: [], queries: await searchQueries(dataDir, schema, people.office, "调度") },
      { name: "search-clerk", label: "search 调度 (busiest clerk)", user: "clerk", url, sql: "", params: [], queries: await searchQueries(dataDir, schema, people.clerk, "调度") },
    );
  }
  const only = arg("only")?.split(",");
  return { dataDir, schema, endpoints: only ? endpoints.filter((e) => only.includes(e.name)) : endpoints, counts, pools };
}

/**
 * --users=distinct: sessions, made in the database (no scrypt per user), for every user of each role the
 * requests are sent as: the unit_staff clerks, the leaders; directors and office users are added (to the
 * measured copy, never to a kept dataset) up to the number of clients, seeing what the first one sees.
 */
async function distinctUsers(db: Kysely<DB>, orgId: number): Promise<Pools> {
  const { createSession, SESSION_COOKIE } = await mod<typeof import("../src/server/auth/sessions.js")>("src/server/auth/sessions.ts");
  const users = await db.selectFrom("users").selectAll().where("org_id", "=", orgId).where("active", "=", 1).orderBy("id").execute();
  const withRole = (role: string) => users.filter((u) => (JSON.parse(u.roles) as string[]).includes(role));
  const roleOf: Record<Role, string> = { clerk: "unit_staff", leader: "leader", director: "director", office: "office" };
  const pools = {} as Pools;
  for (const [key, role] of Object.entries(roleOf) as [Role, string][]) {
    const list = withRole(role);
    if (role === "director" || role === "office") {
      const { id: _id, ...first } = list[0];
      const added = Array.from({ length: Math.max(0, concurrency - list.length) }, (_, k) => ({ ...first, username: `${first.username}_b${k + 1}`, name: `${first.name}${k + 1}` }));
      if (added.length) await (db as Kysely<any>).insertInto("users").values(added).execute();
      list.push(...(await db.selectFrom("users").selectAll().where("username", "in", added.length ? added.map((a) => a.username) : [""]).execute()));
    }
    pools[key] = [];
    for (const u of list) pools[key].push(`${SESSION_COOKIE}=${(await createSession(db, u.id)).token}`);
  }
  return pools;
}

/** The statements the measured checkout's search runs for this user and query, as compiled (the bare search route's). */
async function searchQueries(dataDir: string, schema: string | undefined, username: string, q: string) {
  const { search } = await mod<typeof import("../src/server/commands/search/query.js")>("src/server/commands/search/query.ts");
  const queries: { sql: string; params: readonly unknown[] }[] = [];
  let on = false;
  const db = open(dataDir, schema, (e) => void (on && e.level === "query" && queries.push({ sql: e.query.sql, params: e.query.parameters })));
  try {
    const user = await db.selectFrom("users").selectAll().where("username", "=", username).executeTakeFirstOrThrow();
    on = true;
    await search(db, pgUrl ? "postgres" : "sqlite", user as any, { q, limit: 50 });
  } finally {
    await db.destroy();
  }
  return queries;
}

function open(dataDir: string, schema: string | undefined, log?: (e: LogEvent) => void): Kysely<DB> {
  const dialect = pgUrl
    ? new PostgresDialect({ pool: new pg.Pool({ connectionString: pgUrl, max: 4, options: `-c search_path=${schema}` }) })
    : new SqliteDialect({ database: new SQLite(join(dataDir, "duban.sqlite")) });
  return new Kysely<DB>({ dialect, ...(log ? { log } : {}) });
}

async function pgRun<T>(fn: (c: pg.Client) => Promise<T>): Promise<T> {
  const c = new pg.Client({ connectionString: pgUrl });
  await c.connect();
  try {
    return await fn(c);
  } finally {
    await c.end();
  }
}

async function login(base: string, username: string): Promise<string> {
  const res = await fetch(`${base}/api/auth/login`, { method: "POST", headers: { "content-type": "application/json", origin: base }, body: JSON.stringify({ username, password: PASSWORD }) });
  if (res.status !== 200) throw new Error(`login ${username}: ${res.status} ${await res.text()}`);
  return res.headers.getSetCookie()[0].split(";")[0];
}

interface Target { url: string; cookies: string[] }

/** A process's CPU time so far in ms (user + system, from /proc; clock ticks of 10 ms). */
function cpuMs(pid: number): number {
  const f = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1].split(" ");
  return ((Number(f[11]) + Number(f[12])) * 1000) / 100;
}

/** A process's resident memory now and at its peak so far (VmRSS, VmHWM), in MB. */
function memoryMB(pid: number): { rss: number; peak: number } {
  const status = readFileSync(`/proc/${pid}/status`, "utf8");
  const kb = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, "m").exec(status)?.[1] ?? NaN);
  return { rss: kb("VmRSS") / 1024, peak: kb("VmHWM") / 1024 };
}

/** Bytes a GET transfers (status line and headers as sent, and the body as encoded), as a browser asks for it. */
function transferred(url: string, headers: Record<string, string> = {}): Promise<{ status: number; bytes: number }> {
  return new Promise((resolve, reject) => {
    const req = httpGet(url, { headers: { "accept-encoding": "gzip, deflate, br", ...headers } }, (res) => {
      let bytes = `HTTP/1.1 ${res.statusCode} ${res.statusMessage}\r\n`.length + 2;
      for (let i = 0; i < res.rawHeaders.length; i += 2) bytes += res.rawHeaders[i].length + 2 + Buffer.byteLength(res.rawHeaders[i + 1]) + 2;
      res.on("data", (chunk: Buffer) => (bytes += chunk.length));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, bytes }));
      res.on("error", reject);
    });
    req.on("error", reject);
  });
}

/**
 * What the login page transfers (issue 12: ≤ 600 kB): index.html, the entry chunk with its static
 * imports, the login screen's chunk with its own, their styles and assets (vite's manifest), and the
 * session check the page starts with — compressed as the server sends them. Without favicon and
 * fonts the browser may fetch besides (test/e2e/bundle-budget.e2e.ts counts in Chromium).
 */
async function loginPageBytes(base: string): Promise<string> {
  const dist = join(root, "dist/web");
  if (!existsSync(join(dist, ".vite/manifest.json"))) return "no web build (npm run build:web)";
  type Chunk = { file: string; isEntry?: boolean; imports?: string[]; css?: string[]; assets?: string[] };
  const manifest = JSON.parse(readFileSync(join(dist, ".vite/manifest.json"), "utf8")) as Record<string, Chunk>;
  const files = new Set<string>();
  const walk = (key: string, seen = new Set<string>()) => {
    if (seen.has(key) || !manifest[key]) return;
    seen.add(key);
    const c = manifest[key];
    for (const f of [c.file, ...(c.css ?? []), ...(c.assets ?? [])]) files.add(f);
    for (const i of c.imports ?? []) walk(i, seen);
  };
  const entry = Object.keys(manifest).find((k) => manifest[k].isEntry);
  if (entry) walk(entry);
  const login = Object.keys(manifest).find((k) => k.endsWith("scenes/login/LoginPage.tsx"));
  if (login) walk(login);
  let total = 0;
  for (const path of ["/", ...[...files].map((f) => `/${f}`), "/api/auth/me"]) {
    const r = await transferred(base + path);
    if (r.status !== 200 && !path.startsWith("/api/")) return `${path}: ${r.status}`;
    total += r.bytes;
  }
  return `${(total / 1024).toFixed(0)} kB in ${files.size + 2} responses (goal ≤ 600 kB)`;
}

/**
 * `concurrency` clients, each sending its next request when the last is answered. The two servers
 * take turns (six slices of `seconds`/3 each), so that both see the same load of the machine.
 */
async function measurePair(a: Target, b: Target): Promise<[Stats, Stats]> {
  const runs = [a, b].map(() => ({ times: [] as number[], bytes: 0, elapsed: 0, cache: {} as Record<string, number> }));
  let next = 0;
  const one = async (t: Target) => {
    const started = performance.now();
    // Each request as the next user of the pool (one user: always the same).
    // A failed request names its server (duban or the bare route) and how long it waited.
    const res = await fetch(t.url, { headers: { cookie: t.cookies[next++ % t.cookies.length] } }).catch(async (e: Error & { cause?: { code?: string } }) => {
      const waited = performance.now() - started;
      await new Promise((r) => setTimeout(r, 500)); // time for a dying server's exit to arrive
      const alive = [...servers].map(([c, serve]) => `${serve} ${c.exitCode === null && c.signalCode === null ? "running" : `exited (${c.exitCode ?? c.signalCode})`}`).join(", ");
      throw new Error(`${t.url}: ${e.cause?.code ?? e.message} after ${waited.toFixed(0)} ms; servers: ${alive}`, { cause: e });
    });
    const body = await res.arrayBuffer();
    if (res.status !== 200) throw new Error(`${t.url}: ${res.status} ${Buffer.from(body).toString().slice(0, 200)}`);
    return { ms: performance.now() - started, bytes: body.byteLength, cache: res.headers.get("x-response-cache") ?? "none" };
  };
  for (const t of [a, b]) await Promise.all(Array.from({ length: concurrency }, () => one(t)));
  for (let slice = 0; slice < 6; slice++) {
    const k = slice % 2;
    const target = [a, b][k], run = runs[k];
    const started = performance.now();
    const end = started + (seconds * 1000) / 3;
    await Promise.all(
      Array.from({ length: concurrency }, async () => {
        while (performance.now() < end) {
          const r = await one(target);
          run.times.push(r.ms);
          run.bytes = r.bytes;
          run.cache[r.cache] = (run.cache[r.cache] ?? 0) + 1;
        }
      }),
    );
    run.elapsed += (performance.now() - started) / 1000;
  }
  return runs.map(({ times, bytes, elapsed, cache }) => {
    times.sort((x, y) => x - y);
    return { p50: pct(times, 0.5), p95: pct(times, 0.95), mean: times.reduce((x, y) => x + y, 0) / times.length, rps: times.length / elapsed, n: times.length, bytes, cache };
  }) as [Stats, Stats];
}

/**
 * The server process's CPU time per request (user + system, from /proc), one client sending `n`
 * requests one after another: the fixed cost of a request without the queueing of many clients.
 */
async function cpuPerRequest(pid: number, t: { url: string; cookie: string }, n: number): Promise<number> {
  const cpu = () => cpuMs(pid);
  const get = async () => {
    const res = await fetch(t.url, { headers: { cookie: t.cookie } });
    await res.arrayBuffer();
  };
  for (let i = 0; i < Math.min(50, n); i++) await get();
  const before = cpu();
  for (let i = 0; i < n; i++) await get();
  return (cpu() - before) / n;
}

/** Every statement the requests run, with its plan; scans of the tables that grow with history are flagged. */
async function explain(dataDir: string, schema: string | undefined, endpoints: Endpoint[], people: Record<string, string>) {
  const { buildApp } = await mod<typeof import("../src/server/app.js")>("src/server/app.ts");
  const seen = new Map<string, { sql: string; params: readonly unknown[]; from: string }>();
  let current = "";
  const perRequest = new Map<string, { n: number; ms: number }>();
  const db = open(dataDir, schema, (e) => {
    if (e.level !== "query") return;
    const tally = perRequest.get(current) ?? { n: 0, ms: 0 };
    perRequest.set(current, { n: tally.n + 1, ms: tally.ms + e.queryDurationMillis });
    if (e.queryDurationMillis > 5) console.log(`      ${e.queryDurationMillis.toFixed(1)} ms: ${e.query.sql.replace(/\s+/g, " ").slice(0, 400)}`);
    if (!seen.has(e.query.sql)) seen.set(e.query.sql, { sql: e.query.sql, params: e.query.parameters, from: current });
  });
  const config = configFromEnv({ NODE_ENV: "test" }, { dataDir, databaseUrl: pgUrl });
  const database = { db, dialect: pgUrl ? "postgres" : "sqlite", close: () => db.destroy() } as const;
  const app = await buildApp({ database: database as any, config, version: VERSION }, { webDir: join(dataDir, "no-web") });
  const cookies = new Map<string, string>();
  for (const e of endpoints) {
    const username = people[e.user];
    if (!cookies.has(username)) {
      const res = await app.inject({ method: "POST", url: "/api/auth/login", payload: { username, password: PASSWORD } });
      cookies.set(username, String(res.headers["set-cookie"]).split(";")[0]);
    }
    current = e.name;
    perRequest.delete(current);
    const t = performance.now();
    const res = await app.inject({ method: "GET", url: e.url, headers: { cookie: cookies.get(username)! } });
    if (res.statusCode !== 200) throw new Error(`${e.url}: ${res.statusCode}`);
    const tally = perRequest.get(current) ?? { n: 0, ms: 0 };
    console.log(`  ${e.label.padEnd(30)} ${String(tally.n).padStart(3)} queries, ${tally.ms.toFixed(1).padStart(6)} ms in the database of ${(performance.now() - t).toFixed(1)} ms`);
  }
  const big = /\b(reports|report_values|report_milestones|report_events|notifications|tasks|task_units|task_leaders|targets|milestones|sessions|audit_events)\b/;
  const analyze = pgUrl !== undefined && arg("explain") === "analyze";
  const verb = pgUrl ? (analyze ? "EXPLAIN (ANALYZE, BUFFERS)" : "EXPLAIN") : "EXPLAIN QUERY PLAN";
  console.log(`\nquery plans (${verb}); ⚠ = a scan of a table that grows with history`);
  for (const q of seen.values()) {
    if (!/^\s*select/i.test(q.sql)) continue;
    const rows = (await db.executeQuery(CompiledQuery.raw(`${verb} ${q.sql}`, [...q.params]))).rows as Record<string, string>[];
    const lines = rows.map((r) => String(pgUrl ? r["QUERY PLAN"] : r.detail));
    const scans = lines.filter((l) => (pgUrl ? /Seq Scan on (\w+)/.exec(l)?.[1] : /^SCAN (\w+)(?! USING (COVERING )?INDEX)/.exec(l.trim())?.[1])?.match(big) && !/USING (COVERING )?INDEX/.test(l));
    console.log(`${scans.length ? "⚠" : " "} [${q.from}] ${q.sql.replace(/\s+/g, " ").slice(0, 150)}`);
    for (const l of analyze ? lines : pgUrl ? lines.filter((l) => /Scan|Sort|Join|Loop/.test(l)).slice(0, 8) : lines) console.log(`      ${l.trim()}`);
  }
  await app.close();
}

/** The server processes running (duban's and the bare route's), and what to undo if the run dies. */
const servers = new Map<ChildProcess, "duban" | "bare">();
let abandon: (() => void) | undefined;
process.on("exit", (code) => void (code !== 0 && abandon?.()));

const results = new Map<number, Map<string, { duban: Stats; bare: Stats }>>();
console.log(`bench:api — ${full ? "full" : "small"} bureau per year: ${shape.plans} plans × ${shape.tasks} tasks, ${shape.units} units, ${shape.users} users, ${shape.rounds} rounds; ` +
  `${pgUrl ? "PostgreSQL" : "SQLite"}; ${concurrency} concurrent clients, ${seconds} s per request; code: ${root}`);
let labels: Endpoint[] = [];
for (const years of sizes) {
  const t = performance.now();
  const { dataDir, schema, endpoints, counts, pools } = await build(years);
  // If the run dies (a failed request throws), its servers and its copy of the dataset go with it: they
  // outlived it before (two servers and a 1.3 GB copy of the 10-year dataset, still there 40 minutes on).
  abandon = () => {
    for (const c of servers.keys()) c.kill();
    if (!(schema && (process.env.BENCH_PG_KEEP === "1" || process.env.BENCH_PG_SCHEMA))) rmSync(dataDir, { recursive: true, force: true });
  };
  labels = endpoints;
  console.log(`\n${years}× (${years} year${years > 1 ? "s" : ""}): built in ${((performance.now() - t) / 1000).toFixed(0)} s — ${Object.entries(counts).map(([k, v]) => `${v.toLocaleString("en")} ${k}`).join(", ")}`);
  const people = { clerk: "u0_1", leader: "leader0", director: "director", office: "office" };
  if (flag("explain") || arg("explain")) await explain(dataDir, schema, endpoints, people);
  // Duban and the bare route each in a process of their own (bench/api-server.ts); duban with the Node
  // flags `npm start` gives it in the measured checkout (package.json), or --node-flags="…".
  const spawn = (serve: "duban" | "bare") => {
    const child = fork(join(here, "api-server.ts"), [], {
      // --profile=DIR: a V8 CPU profile of each server process per size, for `node --cpu-prof` readers.
      execArgv: ["--import", "tsx", ...(serve === "duban" ? serverFlags : []), ...(arg("profile") ? ["--cpu-prof", `--cpu-prof-dir=${arg("profile")}`] : [])],
      env: { ...process.env, ...(arg("malloc") === "default" ? {} : { MALLOC_MMAP_THRESHOLD_: "131072" }), BENCH_SERVE: serve, BENCH_ROOT: root, DUBAN_DATA_DIR: dataDir, BENCH_PG_URL: pgUrl ?? "", BENCH_PG_SCHEMA: schema ?? "", DUBAN_SCHEDULER: "0", DUBAN_API_RATE: "100000000", DUBAN_LOGIN_RATE: "100000", LOG_LEVEL: "silent", NODE_ENV: "production" },
    });
    servers.set(child, serve);
    // A server that ends before it is told to stop says so (did it crash, or was it killed: the signal).
    child.once("exit", (code, signal) => {
      if (servers.has(child)) console.error(`${serve} server (pid ${child.pid}) exited: code ${code}, signal ${signal}`);
    });
    return new Promise<{ child: ChildProcess; url: string }>((res, rej) => {
      child.once("message", (m) => res({ child, url: (m as { url: string }).url }));
      child.once("exit", (code) => rej(new Error(`${serve} server exited ${code}`)));
    });
  };
  const [{ child, url: dubanUrl }, { child: bareChild, url: bareUrl }] = await Promise.all([spawn("duban"), spawn("bare")]);
  const urls = { duban: dubanUrl, bare: bareUrl };
  const cookies = new Map<string, string>();
  const row = new Map<string, { duban: Stats; bare: Stats }>();
  const cpuN = flag("cpu") ? 300 : Number(arg("cpu") ?? 0);
  const memory = { start: memoryMB(child.pid!), cpu: cpuMs(child.pid!) };
  // The server's memory now, and its sample of the highest RSS since the last ask (bench/api-server.ts).
  const askMemory = () => new Promise<{ memory: NodeJS.MemoryUsage; peak?: Sample }>((res) => {
    const on = (m: any) => m?.memory && (child.off("message", on), res(m));
    child.on("message", on);
    child.send({ memory: true });
  });
  const peaks: (Sample | undefined)[] = [];
  console.log(`  login page: ${await loginPageBytes(urls.duban)}`);
  if (pools) console.log(`  --users=distinct: each request as the next of ${Object.entries(pools).map(([role, list]) => `${list.length} ${role}s`).join(", ")}`);
  console.log(`  ${"request".padEnd(30)} ${"KB".padStart(6)}  ${"p50 ms".padStart(7)} ${"p95 ms".padStart(7)} ${"req/s".padStart(6)}  │ bare ${"p50".padStart(5)} ${"req/s".padStart(6)}  │ vs bare │ cache hits` +
    (cpuN ? `  │ CPU ms/request (bare)` : ""));
  for (const e of endpoints) {
    const username = people[e.user];
    if (!cookies.has(username)) cookies.set(username, await login(urls.duban, username));
    const cookie = pools?.[e.user][0] ?? cookies.get(username)!;
    const body = await (await fetch(urls.duban + e.url, { headers: { cookie } })).text();
    // BENCH_DUMP=DIR keeps each response body, to compare two checkouts' JSON on the same dataset.
    if (process.env.BENCH_DUMP) writeFileSync(join(process.env.BENCH_DUMP, `${years}-${e.name}.json`), body);
    await new Promise<void>((res) => {
      bareChild.once("message", () => res());
      bareChild.send({ route: { name: e.name, queries: e.queries ?? [{ sql: e.sql, params: e.params }], body } });
    });
    const [duban, bare] = await measurePair({ url: urls.duban + e.url, cookies: pools?.[e.user] ?? [cookie] }, { url: `${urls.bare}/bare/${e.name}`, cookies: [""] });
    // Of the measured requests, those the response cache answered from an entry (hit), from a computation
    // another client of the same key had started (shared), or computed (miss).
    const answered = Object.values(duban.cache).reduce((x, y) => x + y, 0);
    const hits = `${((100 * (duban.cache.hit ?? 0)) / answered).toFixed(0).padStart(3)}%${duban.cache.shared ? ` (+${((100 * duban.cache.shared) / answered).toFixed(0)}% shared)` : ""}${duban.cache.none ? " (not cached)" : ""}`;
    row.set(e.name, { duban, bare });
    const { peak } = await askMemory();
    peaks.push(peak);
    const cpu = cpuN
      ? `  │ ${(await cpuPerRequest(child.pid!, { url: urls.duban + e.url, cookie }, cpuN)).toFixed(2)} (${(await cpuPerRequest(bareChild.pid!, { url: `${urls.bare}/bare/${e.name}`, cookie: "" }, cpuN)).toFixed(2)})`
      : "";
    const rssPeak = peak ? `  │ RSS ${mb(peak.rss)} (heap ${mb(peak.heapTotal)}, young ${mb(peak.newSpace)})` : "";
    console.log(`  ${(pools ? `${e.label.replace(/ \((busiest )?(clerk|leader|director|office)\)$/, "")} (${pools[e.user].length} ${e.user}s)` : e.label).padEnd(30)} ${(duban.bytes / 1024).toFixed(0).padStart(6)}  ${ms(duban.p50).padStart(7)} ${ms(duban.p95).padStart(7)} ${duban.rps.toFixed(0).padStart(6)}  │ bare ${ms(bare.p50).padStart(5)} ${bare.rps.toFixed(0).padStart(6)}  │ ${(duban.rps / bare.rps).toFixed(2).padStart(7)} │ ${hits}${cpu}${rssPeak}`);
  }
  const end = memoryMB(child.pid!);
  const served = [...row.values()].reduce((n, r) => n + r.duban.n, 0);
  const { memory: usage } = await askMemory();
  const top = peaks.reduce<Sample | undefined>((a, b) => (b && (!a || b.rss > a.rss) ? b : a), undefined);
  console.log(`  server RSS: ${memory.start.rss.toFixed(0)} MB at start, ${end.rss.toFixed(0)} MB after the requests, peak ${end.peak.toFixed(0)} MB (goal < 300 MB; node ${serverFlags.join(" ") || "without flags"}; malloc: ${arg("malloc") === "default" ? "glibc's default" : "MALLOC_MMAP_THRESHOLD_=131072"}); ` +
    `CPU ${((cpuMs(child.pid!) - memory.cpu) / 1000).toFixed(1)} s for ${served} measured requests (${((cpuMs(child.pid!) - memory.cpu) / served).toFixed(2)} ms each, logins and warm-up included)\n` +
    `    after: ${split(usage)}` + (top ? `\n    at the sampled peak (${mb(top.rss)} MB): ${split(top)}, of the heap the young generation ${mb(top.newSpace)} MB` : ""));
  results.set(years, row);
  for (const c of [child, bareChild]) {
    servers.delete(c);
    c.send({ stop: true });
    await new Promise((res) => c.once("exit", res));
  }
  // BENCH_PG_KEEP=1 keeps the PostgreSQL dataset (its schema is printed) to study its plans afterwards.
  if (schema && (process.env.BENCH_PG_KEEP === "1" || process.env.BENCH_PG_SCHEMA)) console.log(`  kept: BENCH_PG_SCHEMA=${schema} BENCH_PG_DATA=${dataDir}`);
  else {
    rmSync(dataDir, { recursive: true, force: true });
    if (schema) await pgRun((c) => c.query(`DROP SCHEMA ${schema} CASCADE`));
  }
}

if (sizes.length > 1) {
  const lo = sizes[0], hi = sizes.at(-1)!;
  console.log(`\ngrowth ${hi}×/${lo}× of the per-request time (goal ≤ 1.5), and of the bare route's in the same run:`);
  for (const e of labels) {
    const a = results.get(lo)!.get(e.name)!, b = results.get(hi)!.get(e.name)!;
    const growth = b.duban.p50 / a.duban.p50, bareGrowth = b.bare.p50 / a.bare.p50;
    console.log(`  ${e.label.padEnd(30)} p50 ${ms(a.duban.p50)} → ${ms(b.duban.p50)} ms: ${growth.toFixed(2)}   p95 ${(b.duban.p95 / a.duban.p95).toFixed(2)}   bare p50 ${bareGrowth.toFixed(2)}   → against the bare route: ${(growth / bareGrowth).toFixed(2)}`);
  }
  console.log("  (the last figure divides out how much busier the machine was during one size than the other)");
}
process.exit(0);
