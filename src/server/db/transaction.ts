import { sql, type Transaction } from "kysely";
import type { Database } from "./connection.js";
import type { DB } from "./schema.js";

export type Tx = Transaction<DB>;

/**
 * Runs fn in one transaction. On SQLite the first statement is a write, so the write lock is
 * taken at the start (waiting on busy_timeout) instead of failing later when a read
 * transaction tries to upgrade while another process (the CLI) writes.
 */
export async function inTransaction<T>(database: Database, fn: (tx: Tx) => Promise<T>): Promise<T> {
  return database.db.transaction().execute(async (tx) => {
    if (database.dialect === "sqlite") await sql`update audit_head set seq = seq where id = -1`.execute(tx);
    return fn(tx);
  });
}

export const now = () => new Date().toISOString();
