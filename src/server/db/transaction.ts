import { sql, type Transaction } from "kysely";
import type { Database } from "./connection.js";
import type { DB } from "./schema.js";
import { constraintError } from "./constraint-errors.js";
import { attributeWrite, beginAttribution, newAttribution, type Attribution } from "./data-version.js";

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
      const attribution: Attribution = newAttribution();
      owners.set(tx, { database, hooks, attribution });
      if (database.dialect === "sqlite") await sql`update audit_head set seq = seq where id = -1`.execute(tx);
      await beginAttribution(database, tx, attribution);
      const out = await fn(tx);
      // The bureaus the write is of (its audit events' actors): it moves their data versions, not everyone's.
      await attributeWrite(database, tx, attribution);
      return out;
    });
  } catch (e) {
    throw constraintError(e) ?? e;
  }
  for (const hook of hooks) hook();
  return result;
}

const owners = new WeakMap<Tx, { database: Database; hooks: (() => void)[]; attribution: Attribution }>();

function ownerOf(tx: Tx) {
  const owner = owners.get(tx);
  if (!owner) throw new Error("transaction not opened by inTransaction");
  return owner;
}

/** The database a transaction runs on (its audit key, its dialect). */
export const databaseOf = (tx: Tx): Database => ownerOf(tx).database;

/**
 * Names the bureau a transaction writes for (the audit event's actor): the response cache then drops
 * only the answers of the bureaus that read that one's data. null (the system, no bureau): everyone's.
 */
export function noteWriteOrg(tx: Tx, orgId: number | null): void {
  const a = ownerOf(tx).attribution;
  if (orgId == null) a.unknown = true;
  else a.orgs.add(orgId);
}

/**
 * Names the users whose notifications the transaction inserts or deletes: their bells (kept under each
 * user's bell version, not the bureau's) are answered afresh. Every write of notifications says so.
 * A transaction not opened by inTransaction moves everyone's data version anyway.
 */
export function noteBells(tx: Tx, userIds: Iterable<number>): void {
  const a = owners.get(tx)?.attribution;
  if (a) for (const id of userIds) a.bells.add(id);
}

/** The transaction writes nothing but this user's notifications (marks them read): it moves their bell only. */
export function noteBellsOnly(tx: Tx, userId: number): void {
  const a = ownerOf(tx).attribution;
  a.bellsOnly = true;
  a.bells.add(userId);
}

/** Runs fn once the transaction has committed (never when it rolls back). */
export function afterCommit(tx: Tx, fn: () => void): void {
  ownerOf(tx).hooks.push(fn);
}

export const now = () => new Date().toISOString();
