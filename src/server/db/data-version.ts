// The data version the response cache keys on (responseCache.ts): a value that changes on every
// committed write, from any connection or instance, EXCEPT a session's last-seen touch (≤ 1 per
// 15 s per signed-in session; counting them would empty the cache all day long).
// - SQLite: `total_changes()` of the app's one connection, less the rows its session touches
//   changed, and `PRAGMA data_version` (moves when another connection commits). A touch runs in a
//   transaction of its own and is counted before that transaction ends: kysely holds the one
//   connection for the whole transaction, so no reading sees the change without the count.
// - PostgreSQL: how many transaction ids have ended (a snapshot's xmax less its in-progress list),
//   less this process's session touches among them. A touch's id is noted before its COMMIT is sent,
//   and counted only once the snapshot shows it ended — the same moment it starts counting above.
//   Nothing serialises writers (no counter row); the count never goes back, so an unchanged value
//   means no other write ended.
// Another instance's touches are not known here: they move the version (a needless miss, never a
// stale answer).
import { sql, type Kysely } from "kysely";
import type { Database } from "./connection.js";
import type { DB } from "./schema.js";

interface Touches {
  /** SQLite: rows changed by this connection's session touches. */
  rows: number;
  /** PostgreSQL: ids of this process's touch transactions not yet known to have ended. */
  open: Set<number>;
  /** PostgreSQL: touch transactions known to have ended before every snapshot since (below an xmin). */
  ended: number;
}

const touchesOf = new WeakMap<Kysely<DB>, Touches>();
function touches(db: Kysely<DB>): Touches {
  let t = touchesOf.get(db);
  if (!t) touchesOf.set(db, (t = { rows: 0, open: new Set(), ended: 0 }));
  return t;
}

/** Sets a session's last-seen time without moving the data version. */
export async function touchSession(database: Database, sessionId: string, at: string): Promise<void> {
  const t = touches(database.db);
  await database.db.transaction().execute(async (tx) => {
    if (database.dialect === "sqlite") {
      const res = await tx.updateTable("sessions").set({ last_seen_at: at }).where("id", "=", sessionId).executeTakeFirst();
      t.rows += Number(res.numUpdatedRows);
    } else {
      const { rows } = await sql<{ xid: string }>`update sessions set last_seen_at = ${at} where id = ${sessionId} returning pg_current_xact_id()::text as xid`.execute(tx);
      if (rows[0]) t.open.add(Number(rows[0].xid));
    }
  });
}

/** The data version: changes on every committed write but a session touch, from any connection or instance. */
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
