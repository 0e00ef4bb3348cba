// Sessions live in the database so that any app instance can serve any request.
import { hash, randomBytes } from "node:crypto";
import { CompiledQuery, sql, type Kysely, type Selectable } from "kysely";
import type { DB, UserTable } from "../db/schema.js";
import type { Database } from "../db/connection.js";
import { bookkeeping, touchSession, versionColumns, versionOf } from "../db/data-version.js";

export const SESSION_COOKIE = "duban_sid";

// crypto.hash (Node ≥ 20.12): one call, no Hash object — every request hashes its session cookie.
export const sha256 = (s: string) => hash("sha256", s, "hex");
const token = () => randomBytes(32).toString("base64url");

export type UserRow = Selectable<UserTable>;

/** A new session (the caller runs it as bookkeeping: db/data-version.ts). */
export async function createSession(db: Kysely<DB>, userId: number): Promise<{ token: string; csrfToken: string }> {
  const t = token();
  const csrfToken = token();
  const at = new Date().toISOString();
  await db.insertInto("sessions").values({ id: sha256(t), user_id: userId, csrf_token: csrfToken, created_at: at, last_seen_at: at }).execute();
  return { token: t, csrfToken };
}

export type SessionLookup =
  | { state: "none" }
  | { state: "expired" }
  /** `dataVersion` is the data version read with the session (db/data-version.ts): the response cache's, for this request. */
  | { state: "ok"; sessionId: string; csrfToken: string; user: UserRow; dataVersion: string };

const sessionQuery = (db: Kysely<DB>, dialect: Database["dialect"], id: string) =>
  versionColumns(dialect).reduce(
    (q, [expression, alias]) => q.select(sql.raw<unknown>(expression).as(alias)),
    db
      .selectFrom("sessions")
      .innerJoin("users", "users.id", "sessions.user_id")
      .selectAll("users")
      .select(["sessions.csrf_token", "sessions.last_seen_at"])
      .where("sessions.id", "=", id),
  );
type SessionRow = Awaited<ReturnType<ReturnType<typeof sessionQuery>["executeTakeFirstOrThrow"]>> & { dv_changes?: unknown; dv_other?: unknown; dv_snapshot?: unknown };

/**
 * The session query's text, compiled once per database: every signed-in request runs it, and
 * building and compiling it each time cost as much as running it. The data version is read in the
 * same statement (the response cache needs it for every cached answer): one statement a request.
 */
const sessionSqlOf = new WeakMap<Kysely<DB>, string>();
function sessionSql(database: Database): string {
  let text = sessionSqlOf.get(database.db);
  if (!text) sessionSqlOf.set(database.db, (text = sessionQuery(database.db, database.dialect, "").compile().sql));
  return text;
}

/** Finds the session for a cookie token, ends it when idle too long, and touches it otherwise. */
export async function lookupSession(database: Database, cookieToken: string | undefined, idleMinutes: number): Promise<SessionLookup> {
  if (!cookieToken) return { state: "none" };
  const db = database.db;
  const id = sha256(cookieToken);
  const [row] = (await db.executeQuery(CompiledQuery.raw(sessionSql(database), [id]))).rows as SessionRow[];
  if (!row) return { state: "expired" };
  // Worked out now, before a touch below commits (its bookkeeping is left out of the count from then on).
  const version = versionOf(database, row);
  const idleMs = Date.now() - Date.parse(row.last_seen_at);
  if (idleMs > idleMinutes * 60_000 || !row.active) {
    await endSession(database, id);
    return { state: "expired" };
  }
  // Touch at most every 15 s to spare the database a write per request; a touch leaves the response cache be.
  if (idleMs > 15_000) await touchSession(database, id, new Date().toISOString());
  const { csrf_token, last_seen_at, dv_changes, dv_other, dv_snapshot, ...user } = row;
  return { state: "ok", sessionId: id, csrfToken: csrf_token, user: user as UserRow, dataVersion: version };
}

/** Logout, expiry: bookkeeping, the cached answers stay. */
export async function endSession(database: Database, sessionId: string): Promise<void> {
  await bookkeeping(database, async (tx) => void (await tx.deleteFrom("sessions").where("id", "=", sessionId).execute()));
}

export async function endUserSessions(db: Kysely<DB>, userId: number, except?: string): Promise<void> {
  let q = db.deleteFrom("sessions").where("user_id", "=", userId);
  if (except) q = q.where("id", "!=", except);
  await q.execute();
}

export async function purgeIdleSessions(database: Database, idleMinutes: number): Promise<void> {
  const cutoff = new Date(Date.now() - idleMinutes * 60_000).toISOString();
  await bookkeeping(database, async (tx) => void (await tx.deleteFrom("sessions").where("last_seen_at", "<", cutoff).execute()));
}
