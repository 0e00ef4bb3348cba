import { sql, type Transaction } from "kysely";
import type { Database } from "./connection.js";
import type { DB } from "./schema.js";
import { constraintError } from "./constraint-errors.js";

export type Tx = Transaction<DB>;

/**
 * Runs fn in one transaction. On SQLite the first statement is a write, so the write lock is
 * taken at the start (waiting on busy_timeout) instead of failing later when a read
 * transaction tries to upgrade while another process (the CLI) writes. A constraint the
 * database refused (a race another instance won) comes out as the AppError it stands for.
 */
export async function inTransaction<T>(database: Database, fn: (tx: Tx) => Promise<T>): Promise<T> {
  const hooks: (() => void)[] = [];
  let result: T;
  try {
    result = await database.db.transaction().execute(async (tx) => {
      owners.set(tx, { database, hooks });
      if (database.dialect === "sqlite") await sql`update audit_head set seq = seq where id = -1`.execute(tx);
      return fn(tx);
    });
  } catch (e) {
    throw constraintError(e) ?? e;
  }
  for (const hook of hooks) hook();
  return result;
}

const owners = new WeakMap<Tx, { database: Database; hooks: (() => void)[] }>();

function ownerOf(tx: Tx) {
  const owner = owners.get(tx);
  if (!owner) throw new Error("transaction not opened by inTransaction");
  return owner;
}

/** The database a transaction runs on (its audit key, its dialect). */
export const databaseOf = (tx: Tx): Database => ownerOf(tx).database;

/** Runs fn once the transaction has committed (never when it rolls back). */
export function afterCommit(tx: Tx, fn: () => void): void {
  ownerOf(tx).hooks.push(fn);
}

export const now = () => new Date().toISOString();
