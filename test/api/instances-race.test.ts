// Several instances on one PostgreSQL database, as real `duban serve` processes with their own data
// folders, one audit key and both schedulers on: races answer 201/200/409 (never 5xx) and leave the
// winners' data; sessions and the lockout are shared; each scheduled job runs once and each message
// is delivered once (to a webhook receiver and an SMTP server of the test's own); an instance killed
// in the middle of a job leaves it to another once its lease runs out; a rolling restart under load
// loses no acknowledged write. Prints requests / 5xx, jobs expected / run, acknowledged / lost.
// Short in CI; FIGURES_FULL=1 for three instances, more rounds of everything.
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { SMTPServer } from "smtp-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dubanBin, FULL, HttpClient, makeDataset, size, type Answer, type Dataset } from "../figures/live.js";
import { ADMIN_PASSWORD } from "../helpers/harness.js";
import { localDay } from "../../src/server/clock.js";
import { MIN_OUTBOX_LEASE_MS } from "../../src/server/commands/rounds/outbox.js";

const URL_ = process.env.TEST_DATABASE_URL;
if (!URL_) console.log("PostgreSQL suites skipped: TEST_DATABASE_URL is not set (instances-race)");

const INSTANCES = size("FIGURES_INSTANCES", 2, 3);
const RACE = size("FIGURES_RACE", 20, 60); // names, each sent twice
const CYCLES = size("FIGURES_CYCLES", 2, 6); // scheduler cycles (plan → round created → opened → reminded)
const ROLLS = size("FIGURES_ROLLS", 1, 4); // rolling restarts of every instance
const LEASE_MS = 3000;
/** Each simulated user's pause between requests: a steady load, not a flood that starves the restarting instance. */
const PAUSE_MS = 20;
/** How long each instance start took (printed, never asserted). */
const startMs: number[] = [];
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

const figures = { requests: 0, fiveXX: 0, network: 0, jobsExpected: 0, jobsRun: 0, outboxItems: 0, delivered: 0, acknowledged: 0, lost: 0 };

/** An HttpClient that counts every answer (and every 5xx) into the figures. */
class Client extends HttpClient {
  async request(method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<Answer> {
    figures.requests++;
    const res = await super.request(method, path, body, headers);
    if (res.status >= 500) {
      figures.fiveXX++;
      console.log(`5xx on ${method} ${path}: ${res.status} ${res.body.slice(0, 300)}`);
    }
    return res;
  }
  /** The same session, sent to another instance. */
  on(instance: Instance): Client {
    const c = new Client(instance.url, 60_000);
    c.cookie = this.cookie;
    c.csrf = this.csrf;
    return c;
  }
}

/** `duban serve` as one instance of several: its own data folder, the shared database and audit key. */
class Instance {
  child?: ChildProcess;
  url = "";
  jobRuns: string[] = [];
  private tail = "";
  private dir = mkdtempSync(join(tmpdir(), "duban-instance-"));
  constructor(public name: string, private bin: string, private env: Record<string, string>) {}

  async start(): Promise<string> {
    const t0 = performance.now();
    try {
      return await this.launch();
    } finally {
      startMs.push(Math.round(performance.now() - t0));
    }
  }

  private async launch(): Promise<string> {
    const child = spawn(process.execPath, [this.bin, "serve"], { env: { ...process.env, ...this.env, DUBAN_DATA_DIR: this.dir }, stdio: ["ignore", "pipe", "pipe"] });
    this.child = child;
    let output = "";
    this.url = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`${this.name} 未在 120 秒内启动：${output.slice(-2000)}`)), 120_000);
      const onData = (chunk: Buffer) => {
        const text = chunk.toString();
        output = (output + text).slice(-60_000);
        this.scan(text);
        const m = /http:\/\/localhost:(\d+)/.exec(output);
        if (m) {
          clearTimeout(timer);
          resolve(`http://127.0.0.1:${m[1]}`);
        }
      };
      child.stdout!.on("data", onData);
      child.stderr!.on("data", onData);
      child.once("exit", (code, signal) => {
        clearTimeout(timer);
        reject(new Error(`${this.name} 退出（${code ?? signal}）：${output.slice(-2000)}`));
      });
    });
    return this.url;
  }

  /** Pino lines "scheduled job ran" (the scheduler logs every job it ran). */
  private scan(text: string) {
    const lines = (this.tail + text).split("\n");
    this.tail = lines.pop() ?? "";
    for (const line of lines) {
      if (!line.includes("scheduled job ran")) continue;
      try {
        this.jobRuns.push(JSON.parse(line).job);
      } catch {
        /* not a JSON line */
      }
    }
  }

  get alive() {
    return !!this.child && this.child.exitCode === null && this.child.signalCode === null;
  }

  async stop(signal: NodeJS.Signals = "SIGTERM") {
    const child = this.child;
    if (!child || !this.alive) return;
    const exited = new Promise<void>((r) => child.once("exit", () => r()));
    child.kill(signal);
    await exited;
  }

  remove() {
    rmSync(this.dir, { recursive: true, force: true });
  }
}

/** A robot webhook receiver (DingTalk and WeCom answer {errcode: 0}). */
function webhookReceiver() {
  const got: { path: string; text: string }[] = [];
  const server: Server = createServer((req, res) => {
    let data = "";
    req.on("data", (c) => (data += c));
    req.on("end", () => {
      got.push({ path: req.url!.split("?")[0], text: JSON.parse(data).text.content });
      res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify({ errcode: 0, errmsg: "ok" }));
    });
  });
  return { got, server, start: () => new Promise<string>((r) => server.listen(0, "127.0.0.1", () => r(`http://127.0.0.1:${(server.address() as AddressInfo).port}`))) };
}

function smtpSink() {
  const mails: string[] = [];
  const server = new SMTPServer({
    authOptional: true, disabledCommands: ["STARTTLS"], logger: false,
    onData(stream, _s, cb) {
      let d = "";
      stream.on("data", (c) => (d += c));
      stream.on("end", () => {
        mails.push(d);
        cb();
      });
    },
  });
  return { mails, server, start: () => new Promise<number>((r) => server.listen(0, "127.0.0.1", () => r((server.server.address() as AddressInfo).port))) };
}

describe.runIf(URL_)(`${INSTANCES} instances on one PostgreSQL database`, () => {
  let ds: Dataset;
  let db: pg.Client;
  const instances: Instance[] = [];
  let admin: Client;
  const hook = webhookReceiver();
  const smtp = smtpSink();
  let orgId = 0;
  const today = () => localDay(new Date());

  beforeAll(async () => {
    ds = await makeDataset({ name: "postgres", databaseUrl: URL_ });
    db = new pg.Client({ connectionString: URL_, options: `-c search_path=${ds.schema}` });
    await db.connect();
    const bin = await dubanBin();
    const auditKey = readFileSync(join(ds.dataDir, "audit.key"), "utf8").trim();
    for (let i = 0; i < INSTANCES; i++) {
      const name = `duban-${String.fromCharCode(97 + i)}`;
      instances.push(new Instance(name, bin, {
        ...ds.env, DATABASE_URL: `${ds.env.DATABASE_URL}&application_name=${name}`, DUBAN_AUDIT_KEY: auditKey,
        LOG_LEVEL: "info", DUBAN_SCHEDULER_INTERVAL_MS: "250", DUBAN_LEASE_MS: String(LEASE_MS),
      }));
    }
    await Promise.all(instances.map((x) => x.start()));
    admin = new Client(instances[0].url, 60_000);
    expect((await admin.login("admin", ADMIN_PASSWORD)).status).toBe(200);
    orgId = (await db.query("select org_id from users where username = 'admin'")).rows[0].org_id;
  }, 300_000);

  afterAll(async () => {
    await Promise.all(instances.map((x) => x.stop("SIGKILL")));
    instances.forEach((x) => x.remove());
    hook.server.close();
    smtp.server.close();
    await db?.end();
    await ds?.drop();
  });

  const on = (i: number) => admin.on(instances[i % instances.length]);
  const count = async (q: string, params: unknown[] = []) => Number((await db.query(q, params)).rows[0].n);

  /** A published plan of two tasks led by the unit (typed in, as the 手工录入 screen does). */
  async function publishPlan(title: string, unit: string, via = admin): Promise<number> {
    const created = await via.post("/api/plans", { title });
    expect(created.status, created.body).toBe(201);
    const id = created.json().plan.id as number;
    for (const task of ["加强校园安全管理", "做好防汛准备"]) {
      const res = await via.post(`/api/plans/${id}/tasks`, { title: task, lead: [{ name: unit }], leaders: [{ name: "张明" }] });
      expect(res.status, res.body).toBe(201);
    }
    const published = await via.post(`/api/plans/${id}/publish`, {});
    expect(published.status, published.body).toBe(200);
    return id;
  }

  it("concurrent creations and edits of the same records answer 201/200/409, never 5xx; the winners' data stays", { timeout: 300_000 }, async () => {
    const codes = new Map<number, number>();
    const tally = (rs: Answer[]) => rs.forEach((r) => codes.set(r.status, (codes.get(r.status) ?? 0) + 1));
    const created = (rs: Answer[]) => rs.filter((r) => r.status === 201).length;
    const messages = new Set<string>();
    const conflictsName = (rs: Answer[], code: string, field: string) =>
      rs.filter((r) => r.status === 409).every((r) => {
        messages.add(`${r.json().error.code}: ${r.json().error.message}`);
        return r.json().error.code === code && r.json().error.message.includes(field);
      });

    // Units: every name sent twice, to two instances at once (the 40 requests).
    const names = Array.from({ length: RACE }, (_, i) => `竞争单位${i}`);
    let rs = await Promise.all(names.flatMap((name, i) => [on(i).post("/api/units", { name, kind: "school" }), on(i + 1).post("/api/units", { name, kind: "school" })]));
    tally(rs);
    expect(created(rs)).toBe(RACE);
    expect(conflictsName(rs, "UNIT_NAME_TAKEN", "名称")).toBe(true);
    expect(await count("select count(*) n from units where name like '竞争单位%'")).toBe(RACE);

    // Aliases: two new units claiming the same alias (a name spelled with a space: the same key).
    rs = await Promise.all(names.slice(0, RACE / 2).flatMap((_, i) => [
      on(i).post("/api/units", { name: `别名甲${i}`, kind: "department", aliases: [`共同别名${i}`] }),
      on(i + 1).post("/api/units", { name: `别名乙${i}`, kind: "department", aliases: [`共同 别名${i}`] }),
    ]));
    tally(rs);
    expect(created(rs)).toBe(RACE / 2);
    expect(rs.filter((r) => r.status === 409).every((r) => r.json().error.code.startsWith("UNIT_"))).toBe(true);
    const withAlias = await db.query("select aliases from units where name like '别名%'");
    expect(withAlias.rows.length).toBe(RACE / 2);

    // Accounts: every user name twice.
    rs = await Promise.all(names.slice(0, RACE / 2).flatMap((_, i) => [0, 1].map((k) => on(i + k).post("/api/users", { username: `race${i}`, name: `竞争用户${i}`, roles: ["viewer"] }))));
    tally(rs);
    expect(created(rs)).toBe(RACE / 2);
    expect(conflictsName(rs, "USERNAME_TAKEN", "用户名")).toBe(true);
    expect(await count("select count(*) n from users where username like 'race%'")).toBe(RACE / 2);

    // Edits of one unit from one version: one wins, its name stays; the others are told it changed.
    const unit = (await admin.post("/api/units", { name: "改名对象", kind: "department" })).json();
    rs = await Promise.all(Array.from({ length: 8 }, (_, k) => on(k).request("PATCH", `/api/units/${unit.id}`, { name: `改名结果${k}`, version: unit.version })));
    tally(rs);
    const winners = rs.map((r, k) => (r.status === 200 ? k : -1)).filter((k) => k >= 0);
    expect(winners.length).toBe(1);
    expect(rs.filter((r) => r.status === 409).every((r) => r.json().error.code === "VERSION_CONFLICT")).toBe(true);
    expect((await db.query("select name from units where id = $1", [unit.id])).rows[0].name).toBe(`改名结果${winners[0]}`);

    // A round for one period of one plan, asked for on every instance at once.
    const planId = await publishPlan("并发调度方案", "竞争单位0");
    const next = new Date(Date.parse(`${today().slice(0, 7)}-01T00:00:00Z`) + 40 * 86_400_000); // next month: not the scheduler's current one, not open yet
    const period = next.toISOString().slice(0, 7);
    rs = await Promise.all(Array.from({ length: 6 }, (_, k) => on(k).post(`/api/plans/${planId}/rounds`, { period })));
    tally(rs);
    expect(created(rs), rs.map((r) => r.body).join("\n")).toBe(1);
    expect(conflictsName(rs, "ROUND_EXISTS", "调度")).toBe(true);
    expect(await count("select count(*) n from rounds where plan_id = $1 and period = $2", [planId, period])).toBe(1);

    // The bureau's first settings, saved on every instance at once: one row, the last write.
    rs = await Promise.all(Array.from({ length: 6 }, (_, k) =>
      on(k).put("/api/settings/notifications", {
        reminders: { beforeDays: 2, escalateAfterDays: 3 },
        channels: { dingtalk: { enabled: false, webhook: "", secret: "" }, wecom: { enabled: false, webhook: "" }, email: { enabled: false, host: "", port: 25, secure: false, user: "", pass: "", from: "" } },
      })));
    tally(rs);
    expect(rs.every((r) => r.status === 200)).toBe(true);
    expect(await count("select count(*) n from settings where org_id = $1 and key = 'channels'", [orgId])).toBe(1);

    console.log(`instances race: answers ${JSON.stringify(Object.fromEntries(codes))}; 409 messages:\n  ${[...messages].filter((m) => !/\d/.test(m)).join("\n  ")}`);
    expect([...codes.keys()].every((c) => c === 200 || c === 201 || c === 409)).toBe(true);
  });

  it("a session made on one instance works on the others; logout on one ends it everywhere; the lockout counts across instances", { timeout: 120_000 }, async () => {
    const mine = new Client(instances[0].url, 60_000);
    expect((await mine.login("admin", ADMIN_PASSWORD)).status).toBe(200);
    for (let i = 0; i < instances.length; i++) expect((await mine.on(instances[i]).get("/api/auth/me")).json().user.username).toBe("admin");
    expect((await mine.on(instances[1]).post("/api/units", { name: "跨实例会话单位", kind: "department" })).status).toBe(201);
    expect((await mine.on(instances[1]).post("/api/auth/logout")).status).toBeLessThan(300);
    for (let i = 0; i < instances.length; i++) expect((await mine.on(instances[i]).get("/api/auth/me")).status).toBe(401);

    const password = "Lock#Test2026zz";
    expect((await admin.post("/api/users", { username: "lockme", name: "锁定测试", roles: ["viewer"], password })).status).toBe(201);
    const guesses = await Promise.all(Array.from({ length: 12 }, (_, k) => new Client(instances[k % instances.length].url, 60_000).login("lockme", `wrong${k}`)));
    expect(guesses.every((r) => r.status === 401 || r.status === 429)).toBe(true);
    for (const x of instances) expect((await new Client(x.url, 60_000).login("lockme", password)).status).toBe(401);
    const row = (await db.query("select failed_logins, locked_until from users where username = 'lockme'")).rows[0];
    expect(row.locked_until).not.toBeNull();
    expect(row.failed_logins).toBeLessThanOrEqual(5);
  });

  // ---- scheduled work ----

  let channelsOn = false;
  async function channels() {
    if (channelsOn) return;
    const base = await hook.start();
    const smtpPort = await smtp.start();
    const unit = (await admin.post("/api/units", { name: "安全巡查股", kind: "department" })).json();
    expect((await admin.post("/api/users", { username: "patrol", name: "巡查经办", roles: ["unit_staff"], unitId: unit.id, email: "patrol@example.test" })).status).toBe(201);
    const saved = await admin.put("/api/settings/notifications", {
      reminders: { beforeDays: 2, escalateAfterDays: 3 },
      channels: {
        dingtalk: { enabled: true, webhook: `${base}/robot/send?access_token=t`, secret: "SECtest" },
        wecom: { enabled: true, webhook: `${base}/cgi-bin/webhook/send?key=k` },
        email: { enabled: true, host: "127.0.0.1", port: smtpPort, secure: false, user: "", pass: "", from: "duban@example.test" },
      },
    });
    expect(saved.status, saved.body).toBe(200);
    channelsOn = true;
  }

  /** Makes a job due now, as its hour coming would. */
  async function trigger(job: string) {
    for (let waited = 0; !(await count("select count(*) n from jobs where name = $1", [job])); waited += 100) {
      if (waited > 60_000) throw new Error(`定时任务 ${job} 未登记`);
      await sleep(100);
    }
    await db.query("update jobs set next_run_at = $2 where name = $1", [job, new Date(Date.now() - 1000).toISOString()]);
    figures.jobsExpected++;
  }

  /** Waits until the job ran (its next run moved on and its lease is free). */
  async function ranOnce(job: string, timeoutMs = 30_000) {
    const started = Date.now();
    for (;;) {
      const r = (await db.query("select next_run_at, lease_until, last_error from jobs where name = $1", [job])).rows[0];
      if (r.next_run_at > new Date().toISOString() && !r.lease_until) {
        expect(r.last_error).toBeNull();
        return;
      }
      if (Date.now() - started > timeoutMs) throw new Error(`定时任务 ${job} 未在 ${timeoutMs} ms 内完成`);
      await sleep(100);
    }
  }

  async function outboxSettled(timeoutMs = 30_000) {
    const started = Date.now();
    while (await count("select count(*) n from outbox where state <> 'sent'")) {
      if (Date.now() - started > timeoutMs) throw new Error(`外发消息未在 ${timeoutMs} ms 内发出：${JSON.stringify((await db.query("select id, state, last_error from outbox where state <> 'sent'")).rows)}`);
      await sleep(100);
    }
  }

  /** A published plan whose round the scheduler creates and opens, due today. */
  async function dueRound(title: string): Promise<number> {
    const planId = await publishPlan(title, "安全巡查股");
    await trigger("rounds");
    await ranOnce("rounds");
    let round = (await db.query("select id, state from rounds where plan_id = $1", [planId])).rows;
    expect(round.length).toBe(1);
    await db.query("update rounds set due_on = $2 where id = $1", [round[0].id, today()]);
    if (round[0].state === "scheduled") {
      await db.query("update rounds set opens_on = $2 where id = $1", [round[0].id, today()]); // its opening day has come
      await trigger("rounds");
      await ranOnce("rounds");
    }
    round = (await db.query("select id, state from rounds where plan_id = $1", [planId])).rows;
    expect(round[0].state).toBe("open");
    expect(await count("select count(*) n from audit_events where action = 'round.create' and entity_id = $1", [String(round[0].id)])).toBe(1);
    expect(await count("select count(*) n from audit_events where action = 'round.open' and entity_id = $1", [String(round[0].id)])).toBe(1);
    return round[0].id;
  }

  const received = (title: string) => ({
    dingtalk: hook.got.filter((g) => g.path === "/robot/send" && g.text.includes(title)).length,
    wecom: hook.got.filter((g) => g.path === "/cgi-bin/webhook/send" && g.text.includes(title)).length,
    email: smtp.mails.filter((m) => m.includes("patrol@example.test") && decodeMail(m).includes(title)).length,
  });

  it(`runs each scheduled job once with ${INSTANCES} schedulers on: rounds open once, each reminder is sent once`, { timeout: 300_000 }, async () => {
    await channels();
    for (let c = 0; c < CYCLES; c++) {
      const title = `调度测试方案${c}`;
      await dueRound(title);
      await trigger("reminders");
      await ranOnce("reminders");
      await outboxSettled();
      expect(received(title)).toEqual({ dingtalk: 1, wecom: 1, email: 1 });
    }
    await sleep(1000); // a late second run would show now
    expect(instances.flatMap((x) => x.jobRuns).length).toBe(figures.jobsExpected);
  });

  it("an instance SIGKILLed in the middle of a job: its lease runs out, another completes the job, nothing is sent twice", { timeout: 300_000 }, async () => {
    await channels();
    const title = "宕机接管方案";
    await dueRound(title);
    // Only the reminder job counts here: another job (rounds, findings) may run on its own schedule meanwhile.
    const runsOf = (job: string) => instances.flatMap((x) => x.jobRuns).filter((j) => j === job).length;
    const runsBefore = runsOf("reminders");

    // The reminder job blocks at its first notification (the test holds the table), inside its transaction.
    const lock = new pg.Client({ connectionString: URL_, options: `-c search_path=${ds.schema}` });
    await lock.connect();
    let victim: Instance | undefined;
    try {
      await lock.query("begin");
      await lock.query("lock table notifications in exclusive mode");
      await trigger("reminders");
      victim = await blockedInstance("notifications");
      await victim.stop("SIGKILL");
    } finally {
      await lock.query("commit").catch(() => {});
      await lock.end();
    }
    await ranOnce("reminders", LEASE_MS + 30_000); // once the dead instance's lease ran out
    await outboxSettled();
    expect(received(title)).toEqual({ dingtalk: 1, wecom: 1, email: 1 });
    expect(runsOf("reminders")).toBe(runsBefore + 1);

    // A message leased by an instance killed before it sent it: sent once, by another.
    await victim.start();
    const lock2 = new pg.Client({ connectionString: URL_, options: `-c search_path=${ds.schema}` });
    await lock2.connect();
    try {
      await lock2.query("begin");
      await lock2.query("lock table settings in access exclusive mode");
      const now = new Date().toISOString();
      await db.query(
        "insert into outbox (channel, org_id, payload, dedupe_key, state, attempts, next_attempt_at, created_at) values ('dingtalk', $1, $2, 'kill-test', 'pending', 0, $3, $3)",
        [orgId, JSON.stringify({ orgId, text: "【督办提醒】宕机投递测试" }), now],
      );
      victim = await blockedInstance("settings");
      await victim.stop("SIGKILL");
    } finally {
      await lock2.query("commit").catch(() => {});
      await lock2.end();
    }
    await outboxSettled(MIN_OUTBOX_LEASE_MS + 30_000); // a message's lease outlasts a send
    expect(hook.got.filter((g) => g.text === "【督办提醒】宕机投递测试").length).toBe(1);
    await victim.start();
  });

  /** The instance whose database session waits on the lock the test holds on `table`. */
  async function blockedInstance(table: string): Promise<Instance> {
    for (let waited = 0; waited < 30_000; waited += 50) {
      const r = await db.query("select application_name from pg_stat_activity where wait_event_type = 'Lock' and application_name like 'duban-%' and query ilike $1", [`%${table}%`]);
      if (r.rows.length) return instances.find((x) => x.name === r.rows[0].application_name)!;
      await sleep(50);
    }
    throw new Error(`没有实例在等待 ${table} 的锁`);
  }

  it(`rolling restart of ${INSTANCES} instances under steady reads and writes: no 5xx, no acknowledged write lost`, { timeout: 400_000 }, async () => {
    const up = new Set(instances.map((_, i) => i));
    const pick = () => {
      const ids = [...up];
      return instances[ids[Math.floor(Math.random() * ids.length)]];
    };
    const acknowledged: string[] = [];
    const problems: string[] = [];
    const stop = { now: false };
    let n = 0;
    const writer = async () => {
      while (!stop.now) {
        const name = `滚动重启单位${++n}`;
        try {
          const res = await admin.on(pick()).post("/api/units", { name, kind: "department" });
          if (res.status === 201) acknowledged.push(name);
          else problems.push(`${res.status} ${res.body.slice(0, 200)}`);
        } catch (e) {
          figures.network++;
          problems.push(`network ${(e as Error).message}`);
        }
        await sleep(PAUSE_MS);
      }
    };
    const reader = async () => {
      while (!stop.now) {
        try {
          const res = await admin.on(pick()).get("/api/units");
          if (res.status !== 200) problems.push(`read ${res.status}`);
        } catch (e) {
          figures.network++;
          problems.push(`read network ${(e as Error).message}`);
        }
        await sleep(PAUSE_MS);
      }
    };
    const load = Promise.all([writer(), writer(), writer(), reader(), reader()]);
    // A load balancer's rolling restart: take one instance out, let its requests drain, restart it, put it back.
    for (let r = 0; r < ROLLS; r++) {
      for (let i = 0; i < instances.length; i++) {
        await sleep(300);
        up.delete(i);
        await sleep(300);
        await instances[i].stop("SIGTERM");
        await instances[i].start();
        up.add(i);
      }
    }
    await sleep(500);
    stop.now = true;
    await load;
    const stored = new Set((await db.query("select name from units where name like '滚动重启单位%'")).rows.map((x) => x.name));
    const lost = acknowledged.filter((x) => !stored.has(x));
    figures.acknowledged = acknowledged.length;
    figures.lost = lost.length;
    expect(problems).toEqual([]);
    expect(lost).toEqual([]);
    expect(acknowledged.length).toBeGreaterThan(0);
  });

  it("prints the figures", async () => {
    figures.jobsRun = instances.flatMap((x) => x.jobRuns).length;
    figures.outboxItems = await count("select count(*) n from outbox where state = 'sent'");
    figures.delivered = hook.got.length + smtp.mails.length;
    console.log(
      `instances (${INSTANCES} on PostgreSQL${FULL ? ", full" : ""}): requests ${figures.requests} / 5xx ${figures.fiveXX} (network errors ${figures.network}); ` +
        `jobs expected ${figures.jobsExpected} / run ${figures.jobsRun}; outbox items sent ${figures.outboxItems} / delivered ${figures.delivered}; ` +
        `acknowledged ${figures.acknowledged} / lost ${figures.lost}; instance starts ${startMs.join(", ")} ms`,
    );
    expect(figures.fiveXX).toBe(0);
    expect(figures.jobsRun).toBe(figures.jobsExpected);
    expect(figures.delivered).toBe(figures.outboxItems);
    expect(figures.lost).toBe(0);
  });
});

/** The text of a plain e-mail (nodemailer writes quoted-printable or base64 for Chinese). */
function decodeMail(raw: string): string {
  const [head, ...rest] = raw.split(/\r?\n\r?\n/);
  const body = rest.join("\n\n");
  if (/content-transfer-encoding:\s*base64/i.test(head)) return Buffer.from(body.replace(/\s+/g, ""), "base64").toString("utf8");
  if (/content-transfer-encoding:\s*quoted-printable/i.test(head)) {
    const bytes = body.replace(/=\r?\n/g, "").replace(/=([0-9A-F]{2})/gi, (_, h) => String.fromCharCode(parseInt(h, 16)));
    return Buffer.from(bytes, "latin1").toString("utf8");
  }
  return body;
}
