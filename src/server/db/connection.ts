import { mkdirSync } from "node:fs";
import { join } from "node:path";
import SQLite from "better-sqlite3";
import pg from "pg";
import { Kysely, PostgresDialect, SqliteDialect, sql } from "kysely";
import type { DB } from "./schema.js";
import { loadAuditSecret, type AuditSecret } from "./audit-key.js";

export type Dialect = "sqlite" | "postgres";

export interface Database {
  db: Kysely<DB>;
  dialect: Dialect;
  /** Where the SQLite file lives; undefined on PostgreSQL. */
  file?: string;
  /** The audit chain's key and anchor file; a database opened without it cannot write audit rows. */
  audit?: AuditSecret;
  close(): Promise<void>;
}

export interface DatabaseOptions {
  databaseUrl?: string;
  dataDir: string;
  /** PostgreSQL schema to use (tests isolate themselves in one). */
  pgSchema?: string;
  /** DUBAN_AUDIT_KEY; without it the key file of the data folder is used (made if missing). */
  auditKey?: string;
}

export const SQLITE_FILE = "duban.sqlite";

export function openDatabase(opts: DatabaseOptions): Database {
  try {
    mkdirSync(opts.dataDir, { recursive: true });
  } catch (e) {
    // PostgreSQL with DUBAN_AUDIT_KEY needs no data folder (only the anchor file is then lost).
    if (!opts.databaseUrl || !opts.auditKey) throw e;
  }
  const audit = loadAuditSecret(opts.dataDir, opts.auditKey);
  const database = opts.databaseUrl ? openPostgres(opts.databaseUrl, opts.pgSchema) : openSqlite(join(opts.dataDir, SQLITE_FILE));
  return { ...database, audit };
}

export function openSqlite(file: string): Database {
  const native = new SQLite(file);
  native.pragma("journal_mode = WAL");
  native.pragma("synchronous = FULL");
  native.pragma("foreign_keys = ON");
  native.pragma("busy_timeout = 5000");
  // SQLite's default page cache is 2 MB: with years of history the hot indexes no longer fit and
  // every list request re-reads its pages from the OS under load. 32 MB holds them (issue 17).
  native.pragma("cache_size = -32768");
  checkSqlitePragmas(native);
  const db = new Kysely<DB>({ dialect: new SqliteDialect({ database: keepingStatements(native) }) });
  return { db, dialect: "sqlite", file, close: () => db.destroy() };
}

/**
 * better-sqlite3 for kysely with its prepared statements kept (the last 500 texts used): kysely
 * prepares every query anew, which cost a list request about as much as running its small
 * queries. kysely runs a statement synchronously to its end (all/run), so a kept statement is
 * never busy when it is used again; SQLite re-prepares it by itself after a schema change.
 * Bounded (perf12): a prepared statement holds its compiled program, ~20 KB for a list's join and
 * more for a long IN list, so at most KEPT_STATEMENTS are kept, and none with more than
 * KEPT_STATEMENT_PARAMS parameters — an id list bound one parameter apiece is a text seldom seen twice.
 */
export const KEPT_STATEMENTS = 200;
export const KEPT_STATEMENT_PARAMS = 100;

export function keepingStatements(native: SQLite.Database, size = KEPT_STATEMENTS) {
  const kept = new Map<string, SQLite.Statement>();
  return {
    close: () => native.close(),
    prepare(text: string) {
      let stmt = kept.get(text);
      if (stmt) kept.delete(text);
      else {
        stmt = native.prepare(text);
        if (countParams(text) > KEPT_STATEMENT_PARAMS) return stmt;
      }
      kept.set(text, stmt);
      if (kept.size > size) kept.delete(kept.keys().next().value!);
      return stmt;
    },
  };
}

/** The `?` placeholders of a statement's text (kysely's SQLite dialect binds every value as one). */
function countParams(text: string): number {
  let n = 0;
  for (let i = text.indexOf("?"); i !== -1 && n <= KEPT_STATEMENT_PARAMS; i = text.indexOf("?", i + 1)) n++;
  return n;
}

/** Refuse to run on a database whose durability settings did not take. */
function checkSqlitePragmas(native: SQLite.Database) {
  const mode = String(native.pragma("journal_mode", { simple: true })).toLowerCase();
  const sync = Number(native.pragma("synchronous", { simple: true }));
  const fk = Number(native.pragma("foreign_keys", { simple: true }));
  if (mode !== "wal" || sync !== 2 || fk !== 1) {
    throw new Error(`SQLite 设置未生效（journal_mode=${mode}, synchronous=${sync}, foreign_keys=${fk}）`);
  }
}

function openPostgres(url: string, schema?: string): Database {
  const pool = new pg.Pool({
    connectionString: url,
    max: 10,
    // No JIT: our statements are short reads, and where PostgreSQL over-estimates one (a search's count
    // at ten years) it spent 600 ms compiling it for a 20 ms answer.
    options: `-c jit=off${schema ? ` -c search_path=${schema.replace(/[^a-z0-9_]/gi, "")}` : ""}`,
  });
  const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool }) });
  return { db, dialect: "postgres", close: () => db.destroy() };
}

export async function ping(database: Database): Promise<void> {
  await sql`select 1`.execute(database.db);
}
