// The figures run against a real server: `duban serve` in a child process with a data folder (or a
// PostgreSQL schema) of its own, driven over loopback HTTP, killed and restarted as a user's machine would.
import { execFile, spawn, type ChildProcess } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { promisify } from "node:util";
import { build } from "esbuild";
import { configFromEnv } from "../../src/server/config.js";
import { prepareDatabase } from "../../src/server/start.js";
import { setUp } from "../../src/server/commands/accounts.js";
import { loadDemoData, type DemoAccount } from "../../src/server/commands/demo.js";
import { openDatabase, type Database } from "../../src/server/db/connection.js";
import { ADMIN_PASSWORD, withPg, type DialectCase } from "../helpers/harness.js";
import { serverNodeFlags } from "../helpers/server-flags.js";

/** FIGURES_FULL=1 runs the figures at the size the issue names; otherwise the short CI version. */
export const FULL = process.env.FIGURES_FULL === "1";

/** A size of a figure: its own environment variable, else the full or the short default. */
export function size(envName: string, short: number, full: number): number {
  const v = Number(process.env[envName]);
  return Number.isFinite(v) && v > 0 ? v : FULL ? full : short;
}

/** A small seeded PRNG (mulberry32), so the random moments of a run can be replayed from its seed. */
export function prng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

let bundled: Promise<string> | undefined;
/**
 * The duban CLI (src/cli/main.ts, what bin/duban.mjs runs), bundled once with our sources inlined
 * and node_modules left as they are: the same code, without compiling TypeScript at every start,
 * so a restart takes about half the time (the crash loop restarts the server hundreds of times).
 * It sits two folders below the project, where start.ts finds package.json as from src/server.
 */
export function dubanBin(): Promise<string> {
  bundled ??= (async () => {
    const dir = resolve(".scratch/figures");
    mkdirSync(dir, { recursive: true });
    // Bundles of test processes that are gone (a worker killed at the end of a run leaves its own).
    for (const f of readdirSync(dir)) {
      const pid = Number(/^duban-(\d+)\.mjs$/.exec(f)?.[1]);
      if (pid && !processAlive(pid)) rmSync(join(dir, f), { force: true });
    }
    const outfile = join(dir, `duban-${process.pid}.mjs`);
    process.once("exit", () => rmSync(outfile, { force: true }));
    await build({ entryPoints: [resolve("src/cli/main.ts")], bundle: true, platform: "node", format: "esm", packages: "external", outfile, logLevel: "warning" });
    return outfile;
  })();
  return bundled;
}

function processAlive(pid: number) {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** A data folder, and a PostgreSQL schema when the dialect is PostgreSQL, with the server's environment. */
export interface Dataset {
  dialect: DialectCase;
  dataDir: string;
  schema?: string;
  /** Demo accounts (passwords as created), or just the admin. */
  accounts: DemoAccount[];
  env: Record<string, string>;
  open(): Database;
  drop(): Promise<void>;
}

export async function makeDataset(dialect: DialectCase, opts: { demo?: boolean } = {}): Promise<Dataset> {
  const dataDir = mkdtempSync(join(tmpdir(), "duban-figures-"));
  let schema: string | undefined;
  if (dialect.databaseUrl) {
    schema = `f_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`;
    await withPg(dialect.databaseUrl, (c) => c.query(`CREATE SCHEMA ${schema}`));
  }
  const config = configFromEnv({ NODE_ENV: "test" }, { dataDir, databaseUrl: dialect.databaseUrl });
  const database = await prepareDatabase(config, schema);
  let accounts: DemoAccount[];
  try {
    if (opts.demo) {
      accounts = await loadDemoData(database, { mustChangePassword: false, adminPassword: ADMIN_PASSWORD });
      accounts = accounts.map((a) => (a.username === "admin" ? { ...a, password: ADMIN_PASSWORD } : a));
    } else {
      await setUp(database, { orgName: "示例县教育局", username: "admin", name: "管理员", password: ADMIN_PASSWORD });
      accounts = [{ username: "admin", name: "管理员", role: "admin", password: ADMIN_PASSWORD }];
    }
  } finally {
    await database.close();
  }
  // The CLI and the server reach the schema through the connection string (node-postgres passes `options`).
  const databaseUrl = dialect.databaseUrl && schema ? withSearchPath(dialect.databaseUrl, schema) : "";
  const env = {
    DUBAN_DATA_DIR: dataDir, DATABASE_URL: databaseUrl, PORT: "0", HOST: "127.0.0.1", LOG_LEVEL: "warn",
    DUBAN_ADMIN_PASSWORD: "", DUBAN_DEMO: "", NODE_ENV: "production",
    // Every simulated user comes from 127.0.0.1: the per-address limits would count them as one.
    DUBAN_API_RATE: "100000000", DUBAN_LOGIN_RATE: "100000000",
  };
  return {
    dialect, dataDir, schema, accounts, env,
    open: () => openDatabase({ dataDir, databaseUrl: dialect.databaseUrl, pgSchema: schema }),
    drop: async () => {
      if (schema) await withPg(dialect.databaseUrl!, (c) => c.query(`DROP SCHEMA ${schema} CASCADE`));
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

function withSearchPath(url: string, schema: string) {
  return `${url}${url.includes("?") ? "&" : "?"}options=${encodeURIComponent(`-c search_path=${schema}`)}`;
}

/** `duban serve` in a child process, with the Node flags `npm start` gives it. */
export class LiveServer {
  child?: ChildProcess;
  url = "";
  output = "";
  constructor(private bin: string, private env: Record<string, string>) {}

  async start(timeoutMs = 60_000): Promise<string> {
    const child = spawn(process.execPath, [...serverNodeFlags(resolve(".")), this.bin, "serve"], { env: { ...process.env, ...this.env }, stdio: ["ignore", "pipe", "pipe"] });
    this.child = child;
    this.url = await new Promise<string>((resolveUrl, reject) => {
      const timer = setTimeout(() => reject(new Error(`服务未在 ${timeoutMs} ms 内启动：${this.output.slice(-2000)}`)), timeoutMs);
      const onData = (chunk: Buffer) => {
        this.output = (this.output + chunk.toString()).slice(-20_000);
        const m = /http:\/\/localhost:(\d+)/.exec(this.output);
        if (m) {
          clearTimeout(timer);
          resolveUrl(`http://127.0.0.1:${m[1]}`);
        }
      };
      child.stdout!.on("data", onData);
      child.stderr!.on("data", onData);
      child.once("exit", (code, signal) => {
        clearTimeout(timer);
        reject(new Error(`服务退出（${code ?? signal}）：${this.output.slice(-2000)}`));
      });
    });
    this.output = "";
    return this.url;
  }

  get alive() {
    return !!this.child && this.child.exitCode === null && this.child.signalCode === null;
  }

  /** Resident memory of the server process, in MB (Linux). */
  rssMb(): number {
    const status = readFileSync(`/proc/${this.child!.pid}/status`, "utf8");
    return Math.round(Number(/VmRSS:\s+(\d+)/.exec(status)![1]) / 1024);
  }

  /** Ends the process with the signal (SIGKILL: no shutdown code runs) and waits until it is gone. */
  async stop(signal: NodeJS.Signals = "SIGTERM"): Promise<void> {
    const child = this.child;
    if (!child || !this.alive) return;
    const exited = new Promise<void>((r) => child.once("exit", () => r()));
    child.kill(signal);
    await exited;
  }
}

/** Runs a `duban` command (backup, restore, audit verify…) on the dataset's environment. */
export async function duban(bin: string, env: Record<string, string>, ...args: string[]) {
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, [bin, ...args], { env: { ...process.env, ...env } });
    return { code: 0, stdout, stderr };
  } catch (e: any) {
    return { code: (e.code as number) ?? 1, stdout: String(e.stdout ?? ""), stderr: String(e.stderr ?? e.message) };
  }
}

export interface Answer {
  status: number;
  body: string;
  ms: number;
  json(): any;
}

/** A browser's side of a session: the cookie, the CSRF header, JSON in and out, over loopback. */
export class HttpClient {
  cookie = "";
  csrf = "";
  constructor(public base: string, private timeoutMs = 60_000) {}

  async login(username: string, password: string): Promise<Answer> {
    const res = await this.request("POST", "/api/auth/login", { username, password });
    if (res.status === 200) this.csrf = res.json().csrfToken;
    return res;
  }

  async request(method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<Answer> {
    const raw = body === undefined || typeof body === "string" || Buffer.isBuffer(body);
    const started = performance.now();
    const res = await fetch(this.base + path, {
      method,
      headers: {
        ...(this.cookie ? { cookie: this.cookie } : {}),
        ...(this.csrf ? { "x-csrf-token": this.csrf } : {}),
        ...(raw ? {} : { "content-type": "application/json" }),
        ...headers,
      },
      body: body === undefined ? undefined : raw ? (Buffer.isBuffer(body) ? new Uint8Array(body) : (body as string)) : JSON.stringify(body),
      signal: AbortSignal.timeout(this.timeoutMs),
    });
    const text = await res.text();
    const ms = performance.now() - started;
    const set = res.headers.getSetCookie()[0];
    if (set) this.cookie = set.split(";")[0];
    return { status: res.status, body: text, ms, json: () => JSON.parse(text) };
  }

  get = (path: string) => this.request("GET", path);
  post = (path: string, body?: unknown) => this.request("POST", path, body ?? {});
  put = (path: string, body?: unknown) => this.request("PUT", path, body ?? {});
}

/** A signed-in client, or an error naming the account. */
export async function signedIn(base: string, account: { username: string; password: string }): Promise<HttpClient> {
  const c = new HttpClient(base);
  const res = await c.login(account.username, account.password);
  if (res.status !== 200) throw new Error(`登录 ${account.username} 失败：${res.status} ${res.body}`);
  return c;
}

/** Opens a round on every published plan (as the office), so units have reports to write. */
export async function openRounds(office: HttpClient): Promise<number[]> {
  const today = new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10); // Asia/Shanghai
  const plans = (await office.get("/api/plans")).json().items as { id: number; status: string }[];
  const rounds: number[] = [];
  for (const p of plans.filter((x) => x.status === "published")) {
    const { periods } = (await office.get(`/api/plans/${p.id}/rounds`)).json() as { periods: { period: string; opensOn: string; dueOn: string; taken: boolean }[] };
    const free = periods.filter((x) => !x.taken);
    const period = free.find((x) => x.opensOn <= today && today <= x.dueOn) ?? free.filter((x) => x.opensOn <= today).at(-1) ?? free[0];
    const res = await office.post(`/api/plans/${p.id}/rounds`, { period: period.period, opensOn: today, dueOn: period.dueOn > today ? period.dueOn : today });
    if (res.status !== 201) throw new Error(`新建调度轮次失败：${res.status} ${res.body}`);
    rounds.push(res.json().round.id);
  }
  return rounds;
}

export function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return 0;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}
