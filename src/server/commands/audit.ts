// The audit trail: append-only, each row chained to the previous one with an HMAC whose key lives
// outside the database (db/audit-key.ts), written in the same transaction as the change it
// records. After each commit the head (seq + hash) is anchored in a file of the data folder, so
// cutting the last rows and rewinding the head is noticed too.
import { createHash } from "node:crypto";
import { existsSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import type { Database } from "../db/connection.js";
import { afterCommit, databaseOf, inTransaction, noteWriteOrg, type Tx } from "../db/transaction.js";
import type { AuditEventTable } from "../db/schema.js";
import { hmac, keyId, type AuditSecret } from "../db/audit-key.js";
import { withoutAppendOnly } from "../db/migrations.js";

export interface Actor {
  id: number | null;
  name: string | null;
  orgId: number | null;
}

export const SYSTEM_ACTOR: Actor = { id: null, name: "系统", orgId: null };

export interface AuditInput {
  action: string;
  entity: string;
  entityId?: string | number | null;
  before?: unknown;
  after?: unknown;
}

type Row = Omit<AuditEventTable, "hash">;
const GENESIS = "0".repeat(64);

function canonical(row: Row): string {
  return JSON.stringify([
    row.seq, row.at, row.actor_id, row.actor_name, row.org_id, row.action, row.entity, row.entity_id,
    row.before_json, row.after_json, row.prev_hash,
  ]);
}

/** HMAC-SHA256 of the row with the audit key: nobody without the key can recompute it. */
export const hashRow = (row: Row, key: Buffer): string => hmac(key, canonical(row));

/** The rule of chains written before the key (sha256, no secret); only read to re-key them. */
const legacyHashRow = (row: Row): string => createHash("sha256").update(canonical(row)).digest("hex");

function secretOf(database: Database): AuditSecret {
  if (!database.audit) throw new Error("审计密钥未加载：数据库须经 openDatabase 打开");
  return database.audit;
}

const pendingHeads = new WeakMap<Tx, { seq: number; hash: string }>();

export async function writeAudit(tx: Tx, actor: Actor, input: AuditInput): Promise<void> {
  const database = databaseOf(tx);
  const secret = secretOf(database);
  noteWriteOrg(tx, actor.orgId);
  // Locking the head row orders concurrent appends (row lock on PostgreSQL; the write lock on SQLite).
  const head = await tx
    .updateTable("audit_head")
    .set((eb) => ({ seq: eb.ref("seq") }))
    .where("id", "=", 1)
    .returning(["seq", "hash"])
    .executeTakeFirstOrThrow();
  const row: Row = {
    seq: head.seq + 1,
    at: new Date().toISOString(),
    actor_id: actor.id,
    actor_name: actor.name,
    org_id: actor.orgId,
    action: input.action,
    entity: input.entity,
    entity_id: input.entityId == null ? null : String(input.entityId),
    before_json: input.before === undefined ? null : JSON.stringify(input.before),
    after_json: input.after === undefined ? null : JSON.stringify(input.after),
    prev_hash: head.hash,
  };
  const hash = hashRow(row, secret.key);
  await tx.insertInto("audit_events").values({ ...row, hash }).execute();
  await tx.updateTable("audit_head").set({ seq: row.seq, hash }).where("id", "=", 1).execute();
  if (!pendingHeads.has(tx)) afterCommit(tx, () => writeAnchor(secret, pendingHeads.get(tx)!));
  pendingHeads.set(tx, { seq: row.seq, hash });
}

// ---- anchor ----

export interface Anchor {
  seq: number;
  hash: string;
  at: string;
  mac: string;
}

const anchorMac = (key: Buffer, seq: number, hash: string) => hmac(key, `duban audit anchor|${seq}|${hash}`);

export function makeAnchor(key: Buffer, head: { seq: number; hash: string }): Anchor {
  return { seq: head.seq, hash: head.hash, at: new Date().toISOString(), mac: anchorMac(key, head.seq, head.hash) };
}

/** Writes the committed head to the anchor file (atomically); never moves it back. */
export function writeAnchor(secret: AuditSecret, head: { seq: number; hash: string }, file = secret.anchorFile): void {
  if (file === secret.anchorFile) {
    if (head.seq <= secret.anchoredSeq) return;
    secret.anchoredSeq = head.seq;
  }
  try {
    const tmp = `${file}.${process.pid}.tmp`;
    writeFileSync(tmp, JSON.stringify(makeAnchor(secret.key, head)) + "\n", { mode: 0o600 });
    renameSync(tmp, file);
  } catch (e) {
    // The change is committed; a missing anchor only weakens the truncation check.
    console.error(`审计锚点写入失败（${file}）：${(e as Error).message}`);
  }
}

export function readAnchor(file: string): Anchor | null {
  if (!existsSync(file)) return null;
  return JSON.parse(readFileSync(file, "utf8")) as Anchor;
}

export async function auditHead(database: Database): Promise<{ seq: number; hash: string }> {
  return database.db.selectFrom("audit_head").select(["seq", "hash"]).where("id", "=", 1).executeTakeFirstOrThrow();
}

// ---- verification ----

export type VerifyResult =
  | { ok: true; count: number; anchor: "checked" | "none"; anchorSeq?: number }
  | { ok: false; count: number; badSeq: number; reason: string };

type ChainCheck = { ok: true; count: number; last: string } | { ok: false; count: number; badSeq: number; reason: string };

async function walkChain(database: Database, hashOf: (row: Row) => string, onRow?: (row: Row & { hash: string }) => void): Promise<ChainCheck> {
  const db = database.db;
  let prev = GENESIS;
  let expectedSeq = 1;
  let count = 0;
  const pageSize = 1000;
  for (let from = 0; ; ) {
    const rows = await db.selectFrom("audit_events").selectAll().where("seq", ">", from).orderBy("seq").limit(pageSize).execute();
    if (!rows.length) break;
    for (const r of rows) {
      if (r.seq !== expectedSeq) return { ok: false, count, badSeq: expectedSeq, reason: `缺失（记录被删除；下一条是第 ${r.seq} 条）` };
      if (r.prev_hash !== prev) return { ok: false, count, badSeq: r.seq, reason: "与上一条记录的链接不符（记录被改动或调换）" };
      const { hash, ...rest } = r;
      if (hashOf(rest) !== hash) return { ok: false, count, badSeq: r.seq, reason: "内容与哈希不符（记录被改动）" };
      onRow?.(r);
      prev = hash;
      expectedSeq++;
      count++;
    }
    from = rows[rows.length - 1].seq;
  }
  return { ok: true, count, last: prev };
}

/**
 * Walks the chain in order and names the first row whose HMAC or link does not hold; then checks
 * the head and the anchor (default: the data folder's; a backup's with `anchorFile`).
 */
export async function verifyAuditChain(database: Database, opts: { anchorFile?: string } = {}): Promise<VerifyResult> {
  const secret = secretOf(database);
  const head = await database.db.selectFrom("audit_head").selectAll().where("id", "=", 1).executeTakeFirstOrThrow();
  if (head.key_id !== keyId(secret.key)) {
    return { ok: false, count: 0, badSeq: 1, reason: head.key_id ? "所用的审计密钥与数据库不符（请使用写入时的 DUBAN_AUDIT_KEY 或 audit.key）" : "尚未启用密钥（请先启动一次服务）" };
  }
  const hashes = new Map<number, string>();
  const anchor = readAnchor(opts.anchorFile ?? secret.anchorFile);
  const chain = await walkChain(database, (r) => hashRow(r, secret.key), anchor ? (r) => r.seq === anchor.seq && hashes.set(r.seq, r.hash) : undefined);
  if (!chain.ok) return chain;
  if (head.seq !== chain.count || head.hash !== chain.last) {
    return { ok: false, count: chain.count, badSeq: chain.count + 1, reason: "链尾记录缺失（审计记录被删除）" };
  }
  if (!anchor) return { ok: true, count: chain.count, anchor: "none" };
  if (anchor.mac !== anchorMac(secret.key, anchor.seq, anchor.hash)) {
    return { ok: false, count: chain.count, badSeq: anchor.seq, reason: "与锚点不符：锚点文件被改动" };
  }
  if (anchor.seq > chain.count) {
    return {
      ok: false, count: chain.count, badSeq: chain.count + 1,
      reason: `缺失：锚点（${anchor.at}）记录到第 ${anchor.seq} 条，数据库只有 ${chain.count} 条（审计日志被截断）`,
    };
  }
  if (anchor.seq > 0 && hashes.get(anchor.seq) !== anchor.hash) {
    return { ok: false, count: chain.count, badSeq: anchor.seq, reason: `与锚点（${anchor.at}）记录的哈希不符（此前的记录被重写）` };
  }
  return { ok: true, count: chain.count, anchor: "checked", anchorSeq: anchor.seq };
}

/**
 * At start: a chain is written with this key, or is made so. A chain of before the key (key_id
 * null) is verified with its old sha256 rule and then re-keyed, once, in one transaction; a
 * broken old chain is not re-keyed (that would launder it) and the start stops. A different
 * key stops the start too: its rows could never be verified with the other instances' rows.
 */
export async function ensureKeyedChain(database: Database): Promise<{ rekeyed: number } | null> {
  const secret = secretOf(database);
  const id = keyId(secret.key);
  const current = await database.db.selectFrom("audit_head").select("key_id").where("id", "=", 1).executeTakeFirstOrThrow();
  if (current.key_id === id) return null;
  if (current.key_id) {
    throw new Error("审计密钥与数据库中审计日志所用的不符：多个实例共用一个数据库时，须设置同一个 DUBAN_AUDIT_KEY（或共用同一个 audit.key）");
  }
  if (readAnchor(secret.anchorFile)) {
    throw new Error(`数据库的审计日志没有密钥标记，而数据文件夹中有审计锚点（${secret.anchorFile}）：数据库可能被替换或篡改，请查明原因`);
  }
  return inTransaction(database, async (tx) => {
    const head = await tx.updateTable("audit_head").set((eb) => ({ seq: eb.ref("seq") })).where("id", "=", 1).returning(["seq", "key_id"]).executeTakeFirstOrThrow();
    if (head.key_id === id) return null; // another instance did it meanwhile
    const legacy = await walkChain({ ...database, db: tx }, legacyHashRow);
    if (!legacy.ok) {
      throw new Error(`审计日志在启用密钥前已校验失败：第 ${legacy.badSeq} 条记录${legacy.reason}。未改用密钥链，请先查明原因`);
    }
    let prev = GENESIS;
    await withoutAppendOnly(tx, database.dialect, "audit_events", async () => {
      for (let from = 0; ; ) {
        const rows = await tx.selectFrom("audit_events").selectAll().where("seq", ">", from).orderBy("seq").limit(1000).execute();
        if (!rows.length) break;
        for (const { hash: _old, ...r } of rows) {
          const hash = hashRow({ ...r, prev_hash: prev }, secret.key);
          await tx.updateTable("audit_events").set({ prev_hash: prev, hash }).where("seq", "=", r.seq).execute();
          prev = hash;
        }
        from = rows[rows.length - 1].seq;
      }
    });
    await tx.updateTable("audit_head").set({ hash: prev, key_id: id }).where("id", "=", 1).execute();
    const rekeyed = legacy.count;
    afterCommit(tx, () => {
      secret.anchoredSeq = 0; // the same rows, new hashes: the anchor is rewritten, not advanced
      writeAnchor(secret, { seq: rekeyed, hash: prev });
    });
    return { rekeyed };
  });
}
