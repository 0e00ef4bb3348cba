// Opens the database, migrates, bootstraps the first admin from the environment, and listens.
import { readFileSync, writeFileSync, rmSync, existsSync } from "node:fs";
import { join } from "node:path";
import { configFromEnv, type ServerConfig } from "./config.js";
import { openDatabase, type Database } from "./db/connection.js";
import { checkSchemaVersion, migrate } from "./db/migrations.js";
import { auditHead, ensureKeyedChain } from "./commands/audit.js";
import { buildApp } from "./app.js";
import { needsSetup, setUp } from "./commands/accounts.js";
import { purgeIdleSessions } from "./auth/sessions.js";
import { passwordProblem } from "./auth/passwords.js";
import { startScheduler } from "./jobs/scheduler.js";

export const VERSION: string = JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")).version;
export const PID_FILE = "server.pid";

export interface StartOptions {
  port?: number;
  host?: string;
  dataDir?: string;
  databaseUrl?: string;
  pgSchema?: string;
  env?: Record<string, string | undefined>;
  sessionIdleMinutes?: number;
  webDir?: string;
}

export async function prepareDatabase(config: ServerConfig, pgSchema?: string): Promise<Database> {
  const database = openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir, pgSchema, auditKey: config.auditKey });
  try {
    await migrate(database);
    await checkSchemaVersion(database);
    await ensureKeyedChain(database);
  } catch (e) {
    await database.close();
    throw e;
  }
  return database;
}

/** DUBAN_ADMIN_PASSWORD creates the first account without the first-run page, not forced to change. */
async function bootstrapAdmin(database: Database, config: ServerConfig, log: (msg: string) => void) {
  if (!config.adminPassword || !(await needsSetup(database.db))) return;
  const problem = passwordProblem(config.adminPassword, config.adminUsername);
  if (problem) throw new Error(`DUBAN_ADMIN_PASSWORD 不符合密码要求：${problem}`);
  await setUp(database, { orgName: config.orgName ?? "教育局", level: config.orgLevel, username: config.adminUsername, name: "系统管理员", password: config.adminPassword });
  log(`已创建管理员账号 ${config.adminUsername}`);
}

/** Another instance did the first run meanwhile: nothing left to do here. */
function setUpElsewhere(e: unknown): undefined {
  if ((e as { code?: string }).code === "ALREADY_SET_UP") return undefined;
  throw e;
}

export async function startServer(opts: StartOptions = {}) {
  const env = opts.env ?? process.env;
  const config = configFromEnv(env, {
    ...(opts.port !== undefined ? { port: opts.port } : {}),
    ...(opts.host ? { host: opts.host } : {}),
    ...(opts.dataDir ? { dataDir: opts.dataDir } : {}),
    ...(opts.databaseUrl !== undefined ? { databaseUrl: opts.databaseUrl || undefined } : {}),
    ...(opts.sessionIdleMinutes !== undefined ? { sessionIdleMinutes: opts.sessionIdleMinutes } : {}),
  });
  const database = await prepareDatabase(config, opts.pgSchema);
  const app = await buildApp({ database, config, version: VERSION }, { webDir: opts.webDir });
  if (env.DUBAN_DEMO === "1" && (await needsSetup(database.db))) {
    const { loadDemoData, formatDemoAccounts } = await import("./commands/demo.js");
    // Several instances started at once: one loads the demo, the others find it done.
    const accounts = await loadDemoData(database, { mustChangePassword: false, adminPassword: config.adminPassword }).catch(setUpElsewhere);
    if (accounts) console.log(formatDemoAccounts(accounts, false));
  }
  await bootstrapAdmin(database, config, (m) => app.log.info(m)).catch(setUpElsewhere);
  const stopScheduler =
    env.DUBAN_SCHEDULER === "0"
      ? async () => {}
      : startScheduler({ database, config, version: VERSION }, (m, err) => app.log.error({ err }, m), (fields, m) => app.log.info(fields, m));
  const purge = setInterval(() => purgeIdleSessions(database, config.sessionIdleMinutes).catch(() => {}), 10 * 60_000);
  purge.unref();
  // The audit head also goes to the log (kept elsewhere than the data folder, if logs are shipped).
  let loggedSeq = -1;
  const logHead = () =>
    auditHead(database)
      .then((head) => {
        if (head.seq !== loggedSeq) app.log.info({ auditHead: head }, "audit head");
        loggedSeq = head.seq;
      })
      .catch(() => {});
  await logHead();
  const headLog = setInterval(logHead, 60_000);
  headLog.unref();
  await app.listen({ port: config.port, host: config.host });
  const address = app.server.address();
  const port = typeof address === "object" && address ? address.port : config.port;
  const pidFile = database.dialect === "sqlite" ? join(config.dataDir, PID_FILE) : null;
  if (pidFile) writeFileSync(pidFile, String(process.pid));
  return {
    app,
    database,
    url: `http://127.0.0.1:${port}`,
    async close() {
      clearInterval(purge);
      clearInterval(headLog);
      const schedulerStopped = stopScheduler(); // no new tick; the one under way finishes before the pool closes
      await app.close();
      await schedulerStopped;
      await database.close();
      if (pidFile && existsSync(pidFile) && readFileSync(pidFile, "utf8") === String(process.pid)) rmSync(pidFile);
    },
  };
}
