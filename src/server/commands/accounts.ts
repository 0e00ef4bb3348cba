// Use cases on accounts: first-run setup, login with lockout, password changes, user records.
import { sql, type Kysely } from "kysely";
import type { Database } from "../db/connection.js";
import type { DB } from "../db/schema.js";
import { inTransaction, now, type Tx } from "../db/transaction.js";
import { flag, updateVersioned } from "../db/versioned.js";
import { bookkeeping } from "../db/data-version.js";
import { errors } from "../errors.js";
import { DUMMY_HASH, hashPassword, passwordProblem, temporaryPassword, verifyPassword } from "../auth/passwords.js";
import { endUserSessions, type UserRow } from "../auth/sessions.js";
import { SYSTEM_ACTOR, writeAudit, type Actor } from "./audit.js";
import type { Role } from "../policies/index.js";

export const MAX_FAILED_LOGINS = 5;
export const LOCKOUT_MINUTES = 15;

/** What the audit trail keeps of a user: never the password hash. */
export function auditableUser(u: UserRow) {
  const { password_hash, failed_logins, first_failed_at, ...rest } = u;
  return rest;
}

export async function needsSetup(db: Kysely<DB>): Promise<boolean> {
  const row = await db.selectFrom("users").select("id").limit(1).executeTakeFirst();
  return !row;
}

export interface SetupInput {
  orgName: string;
  username: string;
  name: string;
  password: string;
  mustChangePassword?: boolean;
  /** The installation's top bureau: a county by default; a city or province sets up its bureaus below. */
  level?: "province" | "city" | "county";
}

/**
 * The first run happens once: refused when there are accounts, and when another first run (the
 * page, or the demo data, on another instance) is under way — the meta key lets one through.
 */
export async function claimSetup(tx: Tx): Promise<void> {
  if (await tx.selectFrom("users").select("id").limit(1).executeTakeFirst()) throw errors.alreadySetUp();
  const first = await tx.insertInto("meta").values({ key: "setup", value: now() }).onConflict((oc) => oc.column("key").doNothing()).returning("key").executeTakeFirst();
  if (!first) throw errors.alreadySetUp();
}

/** Creates the bureau and its administrator, once. */
export async function setUp(database: Database, input: SetupInput): Promise<UserRow> {
  const problem = passwordProblem(input.password, input.username);
  if (problem) throw errors.weakPassword(problem);
  const hash = await hashPassword(input.password);
  return inTransaction(database, async (tx) => {
    await claimSetup(tx);
    const org = await tx
      .insertInto("orgs")
      .values({ name: input.orgName, parent_id: null, level: input.level ?? "county", version: 1, created_at: now() })
      .returningAll()
      .executeTakeFirstOrThrow();
    const user = await tx
      .insertInto("users")
      .values({
        org_id: org.id, unit_id: null, username: input.username, name: input.name, phone: null,
        roles: JSON.stringify(["admin"]), password_hash: hash, must_change_password: input.mustChangePassword ? 1 : 0,
        active: 1, failed_logins: 0, first_failed_at: null, locked_until: null, version: 1, created_at: now(),
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    await writeAudit(tx, SYSTEM_ACTOR, { action: "org.create", entity: "org", entityId: org.id, after: org });
    await writeAudit(tx, SYSTEM_ACTOR, { action: "setup", entity: "user", entityId: user.id, after: auditableUser(user) });
    return user;
  });
}

/**
 * Checks a password, counting failures: at most MAX_FAILED_LOGINS passwords are tried within
 * LOCKOUT_MINUTES of the first failure; the last failure locks the account for LOCKOUT_MINUTES,
 * and even the right password is refused until then.
 *
 * Each attempt first takes a numbered ticket with one conditional UPDATE … RETURNING (an
 * atomic increment on both dialects), and only a ticket within the limit gets its password
 * checked: parallel guesses cannot all read the same count. Unknown, locked and wrong answer
 * alike, after the same scrypt work, so the answer does not tell whether an account exists.
 */
export async function login(database: Database, username: string, password: string): Promise<UserRow> {
  const db = database.db;
  const user = await db.selectFrom("users").selectAll().where("username", "=", username).executeTakeFirst();
  // The attempt count and its reset are bookkeeping (no cached answer reads them): a login leaves
  // the response cache's entries be (db/data-version.ts). A lockout is audited and counts.
  const ticket = user ? await bookkeeping(database, (tx) => takeLoginTicket(tx, user.id, new Date())) : null;
  const ok = await verifyPassword(password, user && ticket ? user.password_hash : DUMMY_HASH);
  if (!user || !ticket) throw errors.invalidCredentials();
  if (!ok) {
    if (ticket >= MAX_FAILED_LOGINS) await lockAccount(database, user.id);
    throw errors.invalidCredentials();
  }
  if (!user.active) throw errors.accountInactive();
  await bookkeeping(database, (tx) => tx.updateTable("users").set({ failed_logins: 0, first_failed_at: null, locked_until: null }).where("id", "=", user.id).execute());
  return user;
}

/**
 * Counts an attempt and returns its number within the window (1…MAX_FAILED_LOGINS), or null
 * when the account is locked or its attempts are used up. A success resets the count.
 */
async function takeLoginTicket(db: Kysely<DB>, userId: number, at: Date): Promise<number | null> {
  const t = at.toISOString();
  const windowStart = new Date(at.getTime() - LOCKOUT_MINUTES * 60_000).toISOString();
  const stale = sql<boolean>`(first_failed_at is null or first_failed_at < ${windowStart})`;
  const row = await db
    .updateTable("users")
    .set({
      failed_logins: sql`case when ${stale} then 1 else failed_logins + 1 end`,
      first_failed_at: sql`case when ${stale} then ${t} else first_failed_at end`,
    })
    .where("id", "=", userId)
    .where((eb) => eb.or([eb("locked_until", "is", null), eb("locked_until", "<=", t)]))
    .where(sql<boolean>`(${stale} or failed_logins < ${MAX_FAILED_LOGINS})`)
    .returning("failed_logins")
    .executeTakeFirst();
  return row ? row.failed_logins : null;
}

/** The count stays at MAX_FAILED_LOGINS while locked: exactly that many passwords were tried. */
async function lockAccount(database: Database, userId: number) {
  const until = new Date(Date.now() + LOCKOUT_MINUTES * 60_000).toISOString();
  await inTransaction(database, async (tx) => {
    await tx.updateTable("users").set({ locked_until: until }).where("id", "=", userId).execute();
    await writeAudit(tx, SYSTEM_ACTOR, { action: "user.lock", entity: "user", entityId: userId, after: { lockedUntil: until } });
  });
}

export async function changePassword(database: Database, user: UserRow, current: string, next: string, keepSession: string): Promise<UserRow> {
  if (!(await verifyPassword(current, user.password_hash))) throw errors.validation("当前密码不正确", [{ field: "currentPassword", message: "当前密码不正确" }]);
  const problem = passwordProblem(next, user.username);
  if (problem) throw errors.weakPassword(problem);
  if (await verifyPassword(next, user.password_hash)) throw errors.weakPassword("新密码不能与当前密码相同");
  const hash = await hashPassword(next);
  return inTransaction(database, async (tx) => {
    const updated = await tx
      .updateTable("users")
      .set({ password_hash: hash, must_change_password: 0, version: user.version + 1 })
      .where("id", "=", user.id)
      .returningAll()
      .executeTakeFirstOrThrow();
    await endUserSessions(tx, user.id, keepSession);
    await writeAudit(tx, { id: user.id, name: user.name, orgId: user.org_id }, { action: "user.change-password", entity: "user", entityId: user.id });
    return updated;
  });
}

export interface NewUser {
  username: string;
  name: string;
  phone?: string | null;
  email?: string | null;
  password?: string;
  roles: Role[];
  unitId?: number | null;
  orgId: number;
}

/** A new account's password, hashed (scrypt, ~40 ms) before the transaction that stores it. */
export interface PreparedPassword {
  hash: string;
  temporaryPassword?: string;
}

/** Hashes the given password, or a temporary one when none is given. */
export async function preparePassword(password?: string): Promise<PreparedPassword> {
  const temp = password ? undefined : temporaryPassword();
  return { hash: await hashPassword(password ?? temp!), temporaryPassword: temp };
}

/**
 * Creates an account. Without a password a temporary one is made; either way it must be changed at
 * first login. `prepared` (from preparePassword, made before the transaction) keeps the hashing out
 * of a transaction that holds SQLite's write lock for everybody: a bulk import of hundreds of users.
 */
export async function createUser(tx: Tx, actor: Actor, input: NewUser, prepared?: PreparedPassword): Promise<{ user: UserRow; temporaryPassword?: string }> {
  await checkUserRefs(tx, input.orgId, input.unitId ?? null);
  if (await tx.selectFrom("users").select("id").where("username", "=", input.username).executeTakeFirst()) {
    throw errors.conflict("USERNAME_TAKEN", `用户名“${input.username}”已被使用`);
  }
  if (input.password) {
    const problem = passwordProblem(input.password, input.username);
    if (problem) throw errors.weakPassword(problem);
  }
  const { hash, temporaryPassword: temp } = prepared ?? (await preparePassword(input.password));
  const user = await tx
    .insertInto("users")
    .values({
      org_id: input.orgId, unit_id: input.unitId ?? null, username: input.username, name: input.name, phone: input.phone ?? null,
      email: input.email || null, roles: JSON.stringify(input.roles), password_hash: hash, must_change_password: 1,
      active: 1, failed_logins: 0, first_failed_at: null, locked_until: null, version: 1, created_at: now(),
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  await writeAudit(tx, actor, { action: "user.create", entity: "user", entityId: user.id, after: auditableUser(user) });
  return { user, temporaryPassword: temp };
}

export interface UserPatch {
  name?: string;
  phone?: string | null;
  email?: string | null;
  roles?: Role[];
  unitId?: number | null;
  active?: boolean;
  version?: number;
}

export async function updateUser(tx: Tx, actor: Actor, id: number, patch: UserPatch): Promise<UserRow> {
  const before = await tx.selectFrom("users").selectAll().where("id", "=", id).executeTakeFirst();
  if (!before) throw errors.notFound("USER_NOT_FOUND", "找不到该用户");
  if (patch.version !== undefined && patch.version !== before.version) throw errors.stale();
  if (patch.unitId !== undefined) await checkUserRefs(tx, before.org_id, patch.unitId);
  if (actor.id === id && patch.active === false) throw errors.validation("不能停用自己的账号");
  if (actor.id === id && patch.roles && !patch.roles.includes("admin") && JSON.parse(before.roles).includes("admin")) {
    throw errors.validation("不能移除自己的管理员角色");
  }
  const after = await updateVersioned(tx, "users", before, {
    name: patch.name,
    phone: patch.phone,
    email: patch.email === undefined ? undefined : patch.email || null,
    roles: patch.roles && JSON.stringify(patch.roles),
    unit_id: patch.unitId,
    active: flag(patch.active),
  });
  if (patch.active === false) await endUserSessions(tx, id);
  await writeAudit(tx, actor, { action: patch.active === false ? "user.deactivate" : "user.update", entity: "user", entityId: id, before: auditableUser(before), after: auditableUser(after) });
  return after;
}

/** `prepared` (preparePassword() without a password) hashes the temporary password before the transaction. */
export async function resetPassword(tx: Tx, actor: Actor, id: number, prepared?: PreparedPassword): Promise<string> {
  const before = await tx.selectFrom("users").selectAll().where("id", "=", id).executeTakeFirst();
  if (!before) throw errors.notFound("USER_NOT_FOUND", "找不到该用户");
  const { hash, temporaryPassword: temp } = prepared?.temporaryPassword ? prepared : await preparePassword();
  await tx
    .updateTable("users")
    .set({ password_hash: hash, must_change_password: 1, failed_logins: 0, first_failed_at: null, locked_until: null, version: before.version + 1 })
    .where("id", "=", id)
    .execute();
  await endUserSessions(tx, id);
  await writeAudit(tx, actor, { action: "user.reset-password", entity: "user", entityId: id });
  return temp!;
}

async function checkUserRefs(tx: Tx, orgId: number, unitId: number | null) {
  if (!(await tx.selectFrom("orgs").select("id").where("id", "=", orgId).executeTakeFirst())) {
    throw errors.validation("所属机构不存在", [{ field: "orgId", message: "所属机构不存在" }]);
  }
  if (unitId != null) {
    const unit = await tx.selectFrom("units").select(["org_id"]).where("id", "=", unitId).executeTakeFirst();
    if (!unit || unit.org_id !== orgId) throw errors.validation("所属单位不存在或不属于该机构", [{ field: "unitId", message: "所属单位不存在或不属于该机构" }]);
  }
}
