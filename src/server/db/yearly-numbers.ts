// Numbers that run per bureau and year (the findings' 提示单/交办单/报告单 numbers, a bulletin's 第N期):
// the next one is max + 1, read under a transaction-scoped advisory lock on PostgreSQL (SQLite's
// write lock already orders transactions). Should two instances still compute the same number, the
// table's unique constraint refuses the second (constraint-errors.ts maps it to a *_NUMBER_TAKEN
// code) and withNumberRetry runs the whole transaction again.
import { sql } from "kysely";
import { databaseOf, type Tx } from "./transaction.js";

/** First keys of the advisory locks (the second key is the org id). */
export const NUMBER_LOCKS = { findings: 13_0013, bulletins: 14_0014 } as const;

export async function lockNumbering(tx: Tx, lock: number, orgId: number): Promise<void> {
  if (databaseOf(tx).dialect === "postgres") await sql`select pg_advisory_xact_lock(${lock}, ${orgId})`.execute(tx);
}

export async function withNumberRetry<T>(fn: () => Promise<T>, attempts = 8): Promise<T> {
  for (let i = 1; ; i++) {
    try {
      return await fn();
    } catch (e) {
      const code = (e as { code?: unknown }).code;
      if (typeof code !== "string" || !code.endsWith("_NUMBER_TAKEN") || i >= attempts) throw e;
      await new Promise((r) => setTimeout(r, Math.random() * 20 * i));
    }
  }
}
