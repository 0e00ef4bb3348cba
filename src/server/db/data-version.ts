// The data version the response cache keys on (responseCache.ts): a value that changes on every
// committed write, from any connection or instance, EXCEPT a session's bookkeeping — the last-seen
// touch (≤ 1 per 15 s per signed-in session), a login's new session and its attempt count, a
// logout, an expired session's delete. Counting them would empty the cache all day long (every
// login emptied everyone's), and no cached answer reads them: no cached route reads `sessions`, nor
// the users' login columns (failed_logins, first_failed_at, locked_until: only the accounts list,
// not cached, shows the lock). A lockout is an audited write and counts.
// - SQLite: `total_changes()` of the app's one connection, less the rows its bookkeeping changed
//   (total_changes() before and after, inside the bookkeeping's own transaction), and
//   `PRAGMA data_version` (moves when another connection commits). kysely holds the one connection
//   for the whole transaction, so no reading sees the change without the count.
// - PostgreSQL: how many transaction ids have ended (a snapshot's xmax less its in-progress list),
//   less this process's bookkeeping transactions among them. A bookkeeping transaction's id is noted
//   before its COMMIT is sent, and counted only once the snapshot shows it ended — the same moment
//   it starts counting above. Nothing serialises writers (no counter row); the count never goes
//   back, so an unchanged value means no other write ended.
// Another instance's bookkeeping is not known here: it moves the version (a needless miss, never a
// stale answer).
import { sql, type Kysely } from "kysely";
import type { Database } from "./connection.js";
import type { DB } from "./schema.js";

interface Touches {
  /** SQLite: rows changed by this connection's session bookkeeping. */
  rows: number;
  /** PostgreSQL: ids of this process's bookkeeping transactions not yet known to have ended. */
  open: Set<number>;
  /** PostgreSQL: bookkeeping transactions known to have ended before every snapshot since (below an xmin). */
  ended: number;
}

const touchesOf = new WeakMap<Kysely<DB>, Touches>();
function touches(db: Kysely<DB>): Touches {
  let t = touchesOf.get(db);
  if (!t) touchesOf.set(db, (t = { rows: 0, open: new Set(), ended: 0 }));
  return t;
}

/**
 * Runs a session's bookkeeping (`write`: sessions rows, a user's login columns, nothing else) in a
 * transaction of its own that does not move the data version.
 */
export async function bookkeeping<T>(database: Database, write: (tx: Kysely<DB>) => Promise<T>): Promise<T> {
  const t = touches(database.db);
  return database.db.transaction().execute(async (tx) => {
    if (database.dialect === "sqlite") {
      const changes = async () => Number((await sql<{ n: number }>`select total_changes() as n`.execute(tx)).rows[0].n);
      const before = await changes();
      const result = await write(tx);
      t.rows += (await changes()) - before;
      return result;
    }
    const result = await write(tx);
    // The transaction's id (assigned now if the write changed nothing), noted before its COMMIT.
    const { rows } = await sql<{ xid: string }>`select pg_current_xact_id()::text as xid`.execute(tx);
    t.open.add(Number(rows[0].xid));
    return result;
  });
}

/** Touches waiting for the next commit, and the commit before them (a group commit per database). */
interface TouchBatch {
  pending: Map<string, string>;
  next: Promise<void> | null;
  tail: Promise<void>;
}
const batchOf = new WeakMap<Kysely<DB>, TouchBatch>();
/** How many touch transactions were committed (tests: many sessions' touches share one). */
export const touchStats = { commits: 0 };

/**
 * Sets a session's last-seen time without moving the data version. Touches are committed together:
 * one starts at once when none is being written, and those asked meanwhile wait for the next, one
 * transaction for all of them. Each commit waits for its fsync (SQLite synchronous=FULL), so 50
 * users' requests arriving at once cost one, not 50 — every request of a user not seen for 15 s
 * touches. The caller's promise ends with the commit of its touch.
 */
export function touchSession(database: Database, sessionId: string, at: string): Promise<void> {
  let b = batchOf.get(database.db);
  if (!b) batchOf.set(database.db, (b = { pending: new Map(), next: null, tail: Promise.resolve() }));
  const batch = b;
  batch.pending.set(sessionId, at);
  if (!batch.next) {
    const next = batch.tail.then(async () => {
      batch.next = null; // touches from now on go in the commit after this one
      const touched = [...batch.pending];
      batch.pending.clear();
      // The latest time for all (they are milliseconds apart), ids in chunks.
      const latest = touched.reduce((m, [, t]) => (t > m ? t : m), "");
      await bookkeeping(database, async (tx) => {
        for (let i = 0; i < touched.length; i += 500) {
          await tx.updateTable("sessions").set({ last_seen_at: latest }).where("id", "in", touched.slice(i, i + 500).map(([id]) => id)).execute();
        }
      });
      touchStats.commits++;
    });
    batch.next = next;
    batch.tail = next.catch(() => undefined);
  }
  return batch.next;
}

/** The data version: changes on every committed write but a session's bookkeeping, from any connection or instance. */
export async function dataVersion(database: Database): Promise<string> {
  const t = touches(database.db);
  if (database.dialect === "sqlite") {
    const { rows } = await sql<{ changes: number; other: number }>`select total_changes() as changes, (select data_version from pragma_data_version) as other`.execute(database.db);
    return `${Number(rows[0].changes) - t.rows}.${rows[0].other}`;
  }
  const { rows } = await sql<{ xmin: string; xmax: string; xip: string[] }>`
    select pg_snapshot_xmin(s)::text as xmin, pg_snapshot_xmax(s)::text as xmax, array(select pg_snapshot_xip(s)::text) as xip
    from (select pg_current_snapshot() as s) as snap`.execute(database.db);
  const xmin = Number(rows[0].xmin), xmax = Number(rows[0].xmax);
  const inProgress = new Set(rows[0].xip.map(Number));
  let touchesEnded = t.ended;
  for (const id of t.open) {
    if (id < xmin) {
      // Ended for good: folded into the count.
      t.open.delete(id);
      t.ended++;
      touchesEnded++;
    } else if (id < xmax && !inProgress.has(id)) touchesEnded++;
  }
  return String(xmax - inProgress.size - touchesEnded);
}
