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
import { CompiledQuery, sql, type Kysely } from "kysely";
import type { Database } from "./connection.js";
import type { DB } from "./schema.js";

interface Touches {
  /** SQLite: rows changed by this connection's session bookkeeping and its writes attributed to bureaus. */
  rows: number;
  /** PostgreSQL: ids of this process's bookkeeping transactions not yet known to have ended. */
  open: Set<number>;
  /** PostgreSQL: bookkeeping transactions known to have ended before every snapshot since (below an xmin). */
  ended: number;
  /** PostgreSQL: this process's attributed write transactions not yet known to have ended, with the bureaus and bells they move. */
  attributed: Map<number, { orgs: number[]; bells: number[]; bumped: boolean }>;
  /** Each bureau's data version: how many attributed writes moved it (this process's count). */
  orgs: Map<number, number>;
  /** Each user's bell version: how many attributed writes changed their notifications (this process's count). */
  bells: Map<number, number>;
}

const touchesOf = new WeakMap<Kysely<DB>, Touches>();
function touches(db: Kysely<DB>): Touches {
  let t = touchesOf.get(db);
  if (!t) touchesOf.set(db, (t = { rows: 0, open: new Set(), ended: 0, attributed: new Map(), orgs: new Map(), bells: new Map() }));
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
  const { rows } = await database.db.executeQuery(CompiledQuery.raw(`select ${versionColumns(database.dialect).map(([e, a]) => `${e} as ${a}`).join(", ")}`));
  return versionOf(database, rows[0] as VersionRow);
}

/** What versionColumns reads: SQLite, dv_changes and dv_other; PostgreSQL, the snapshot as text (dv_snapshot). */
export type VersionRow = Record<string, unknown>;

/**
 * The data version's columns, as SQL to put in the select list of another statement: every signed-in
 * request reads its session (auth/sessions.ts) and, for a cached answer, the version — one statement
 * instead of two. The row they give goes to versionOf.
 */
export function versionColumns(dialect: Database["dialect"]): [expression: string, alias: string][] {
  return dialect === "sqlite"
    ? [["total_changes()", "dv_changes"], ["(select data_version from pragma_data_version)", "dv_other"]]
    : [["pg_current_snapshot()::text", "dv_snapshot"]];
}

/** The data version from a row holding versionColumns (read just now: it moves the PostgreSQL bureaus' versions it sees ended). */
export function versionOf(database: Database, row: VersionRow): string {
  const t = touches(database.db);
  if (database.dialect === "sqlite") return `${Number(row.dv_changes) - t.rows}.${row.dv_other}`;
  // The snapshot as text: "xmin:xmax:xip,xip…" (pg_snapshot's output; the in-progress list may be empty).
  const [xminText, xmaxText, xipText] = String(row.dv_snapshot).split(":");
  const xmin = Number(xminText), xmax = Number(xmaxText);
  const inProgress = new Set(xipText ? xipText.split(",").map(Number) : []);
  let touchesEnded = t.ended;
  for (const id of t.open) {
    if (id < xmin) {
      // Ended for good: folded into the count.
      t.open.delete(id);
      t.ended++;
      touchesEnded++;
    } else if (id < xmax && !inProgress.has(id)) touchesEnded++;
  }
  for (const [id, w] of t.attributed) {
    // An attributed write that ended: its bureaus' versions move (once, before anyone reads them after
    // this snapshot), and it does not count in the global version — folded in, as a touch, only below
    // an xmin (a snapshot taken earlier and read later must not leave it out twice).
    const ended = id < xmin || (id < xmax && !inProgress.has(id));
    if (!ended) continue;
    if (!w.bumped) {
      w.bumped = true;
      bump(t, w.orgs, w.bells);
    }
    if (id < xmin) {
      t.attributed.delete(id);
      t.ended++;
    }
    touchesEnded++;
  }
  return String(xmax - inProgress.size - touchesEnded);
}

// ---- writes attributed to bureaus --------------------------------------------------------------
// A write transaction opened by inTransaction whose every audit event names a bureau (the actor's org)
// moves the data versions of the bureaus that read that bureau's data — the org itself, the ones above
// it (they read the work below) and the ones below it (they read the plans above) — and not the global
// version. The policies let a user write only their own bureau's data and the data of bureaus below
// it, all of which is in that reach. Counted exactly as the session bookkeeping: SQLite, the rows the
// transaction changed (total_changes() at its start and end, on the one connection kysely holds for
// it), added to the rows the global version leaves out and the bureaus moved before its COMMIT (no
// other statement runs on the connection before the commit); PostgreSQL, its transaction id noted
// before COMMIT and, once a snapshot shows it ended, left out of the count and its bureaus moved
// (dataVersion above, before the cache reads them). A transaction with no audit event, with one of
// the system (no bureau), or that failed, is not attributed: it moves the global version (everyone's).
// The bell (GET /api/notifications) reads only the caller's notifications: it is kept under the user's
// BELL version instead of the bureau's (perf13), which an attributed write moves for the users whose
// notifications it inserted or deleted (noteBells, from notify() and every other write of notifications).
// A transaction that writes only one user's notifications (marking them read) says so (noteBellsOnly):
// it moves that bell and nothing else.

/** What a transaction wrote for: filled by noteWriteOrg (db/transaction.ts) from its audit events. */
export interface Attribution {
  orgs: Set<number>;
  /** An audit event without a bureau (the system's): the write is everyone's. */
  unknown: boolean;
  /** SQLite: total_changes() at the transaction's start. */
  start: number;
  /** The users whose notifications the transaction wrote. */
  bells: Set<number>;
  /** It wrote nothing but the notifications of `bells` (no audit event needed). */
  bellsOnly: boolean;
}

export const newAttribution = (): Attribution => ({ orgs: new Set(), unknown: false, start: 0, bells: new Set(), bellsOnly: false });

function bump(t: Touches, orgs: readonly number[], bells: readonly number[]) {
  for (const o of orgs) t.orgs.set(o, (t.orgs.get(o) ?? 0) + 1);
  for (const u of bells) t.bells.set(u, (t.bells.get(u) ?? 0) + 1);
}

const totalChanges = async (tx: Kysely<DB>) => Number((await sql<{ n: number }>`select total_changes() as n`.execute(tx)).rows[0].n);

/** At a write transaction's start (SQLite: its count of changes so far). */
export async function beginAttribution(database: Database, tx: Kysely<DB>, a: Attribution): Promise<void> {
  if (database.dialect === "sqlite") a.start = await totalChanges(tx);
}

/** At a write transaction's end, before its COMMIT: attributes it to the bureaus it wrote for (see above). */
export async function attributeWrite(database: Database, tx: Kysely<DB>, a: Attribution): Promise<void> {
  if (a.unknown || (a.orgs.size === 0 && !a.bellsOnly)) return;
  const ids = [...a.orgs];
  const bells = [...a.bells];
  // The reach of the bureaus: themselves, the ones above and the ones below (the tree as the write leaves it).
  const { rows } = ids.length === 0 ? { rows: [] } : await sql<{ id: number }>`
    WITH RECURSIVE up(id, parent_id) AS (
      SELECT id, parent_id FROM orgs WHERE id IN (${sql.join(ids)})
      UNION SELECT o.id, o.parent_id FROM orgs o JOIN up ON o.id = up.parent_id
    ), down(id) AS (
      SELECT id FROM orgs WHERE id IN (${sql.join(ids)})
      UNION SELECT o.id FROM orgs o JOIN down ON o.parent_id = down.id
    ) SELECT id FROM up UNION SELECT id FROM down`.execute(tx);
  const reach = [...new Set([...ids, ...rows.map((r) => Number(r.id))])];
  const t = touches(database.db);
  if (database.dialect === "sqlite") {
    // FTS5 keeps its index changes in memory until the commit; a savepoint writes them now, so that the
    // commit changes no row the count below leaves out.
    await sql`savepoint attribution`.execute(tx);
    await sql`release attribution`.execute(tx);
    t.rows += (await totalChanges(tx)) - a.start;
    bump(t, reach, bells);
    return;
  }
  const { rows: xid } = await sql<{ xid: string }>`select pg_current_xact_id()::text as xid`.execute(tx);
  t.attributed.set(Number(xid[0].xid), { orgs: reach, bells, bumped: false });
}

/**
 * A bureau's data version in this process: moves with every attributed write in its reach. Read after
 * dataVersion() (which moves the versions of the PostgreSQL writes it sees ended).
 */
export function orgVersion(database: Database, orgId: number): number {
  return touches(database.db).orgs.get(orgId) ?? 0;
}

/** A user's bell version in this process: moves with every attributed write of their notifications. Read after dataVersion(). */
export function bellVersion(database: Database, userId: number): number {
  return touches(database.db).bells.get(userId) ?? 0;
}
