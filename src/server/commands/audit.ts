// The audit trail: append-only, each row hash-chained to the previous one, written in the
// same transaction as the change it records.
import { createHash } from "node:crypto";
import type { Kysely } from "kysely";
import type { Tx } from "../db/transaction.js";
import type { DB, AuditEventTable } from "../db/schema.js";

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

export function hashRow(row: Row): string {
  const canonical = JSON.stringify([
    row.seq, row.at, row.actor_id, row.actor_name, row.org_id, row.action, row.entity, row.entity_id,
    row.before_json, row.after_json, row.prev_hash,
  ]);
  return createHash("sha256").update(canonical).digest("hex");
}

export async function writeAudit(tx: Tx, actor: Actor, input: AuditInput): Promise<void> {
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
  const hash = hashRow(row);
  await tx.insertInto("audit_events").values({ ...row, hash }).execute();
  await tx.updateTable("audit_head").set({ seq: row.seq, hash }).where("id", "=", 1).execute();
}

export type VerifyResult = { ok: true; count: number } | { ok: false; count: number; badSeq: number; reason: string };

/** Walks the chain in order; names the first row whose hash or link does not hold. */
export async function verifyAuditChain(db: Kysely<DB>): Promise<VerifyResult> {
  let prev = "0".repeat(64);
  let expectedSeq = 1;
  let count = 0;
  const pageSize = 1000;
  for (let from = 0; ; ) {
    const rows = await db.selectFrom("audit_events").selectAll().where("seq", ">", from).orderBy("seq").limit(pageSize).execute();
    if (!rows.length) break;
    for (const r of rows) {
      if (r.seq !== expectedSeq) return { ok: false, count, badSeq: r.seq, reason: `序号不连续（应为 ${expectedSeq}）` };
      if (r.prev_hash !== prev) return { ok: false, count, badSeq: r.seq, reason: "与上一条记录的链接不符" };
      const { hash, ...rest } = r;
      if (hashRow(rest) !== hash) return { ok: false, count, badSeq: r.seq, reason: "内容与哈希不符（记录被改动）" };
      prev = hash;
      expectedSeq++;
      count++;
    }
    from = rows[rows.length - 1].seq;
  }
  const head = await db.selectFrom("audit_head").selectAll().where("id", "=", 1).executeTakeFirst();
  if (head && (head.seq !== count || head.hash !== prev)) {
    return { ok: false, count, badSeq: count + 1, reason: "链尾记录缺失（审计记录被删除）" };
  }
  return { ok: true, count };
}
