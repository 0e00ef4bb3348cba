// Figure 5: an attacker with full database rights (the append-only triggers dropped first, as a
// superuser would) tampers with the audit trail; the keyed, anchored chain notices every case.
import { afterAll, describe, expect, it } from "vitest";
import { createHash } from "node:crypto";
import { rmSync, statSync } from "node:fs";
import { sql, type Kysely } from "kysely";
import { dialects, makeTestServer, type TestServer } from "../helpers/harness.js";
import { ensureKeyedChain, verifyAuditChain } from "../../src/server/commands/audit.js";
import { prepareDatabase } from "../../src/server/start.js";
import { AUDIT_ANCHOR_FILE } from "../../src/server/db/audit-key.js";
import { join } from "node:path";

type Row = { seq: number; at: string; actor_id: number | null; actor_name: string | null; org_id: number | null; action: string; entity: string; entity_id: string | null; before_json: string | null; after_json: string | null; prev_hash: string; hash: string };

/** The old, keyless rule: what an attacker can compute. */
const sha256Row = (r: Omit<Row, "hash">) =>
  createHash("sha256")
    .update(JSON.stringify([r.seq, r.at, r.actor_id, r.actor_name, r.org_id, r.action, r.entity, r.entity_id, r.before_json, r.after_json, r.prev_hash]))
    .digest("hex");

async function dropTriggers(db: Kysely<any>, dialect: string) {
  if (dialect === "sqlite") {
    await sql.raw("DROP TRIGGER audit_events_no_update").execute(db);
    await sql.raw("DROP TRIGGER audit_events_no_delete").execute(db);
  } else {
    await sql.raw("DROP TRIGGER audit_events_no_change ON audit_events").execute(db);
    await sql.raw("DROP TRIGGER audit_events_no_truncate ON audit_events").execute(db);
  }
}

const rows = (db: Kysely<any>) => db.selectFrom("audit_events").selectAll().orderBy("seq").execute() as Promise<Row[]>;

/** Rewrites rows from `from` on with the keyless rule and moves the head: a "recomputed" chain. */
async function recomputeWithSha256(db: Kysely<any>, from: number) {
  const all = await rows(db);
  let prev = from > 1 ? all[from - 2].hash : "0".repeat(64);
  for (const r of all.filter((x) => x.seq >= from)) {
    const { hash: _h, ...rest } = { ...r, prev_hash: prev };
    const hash = sha256Row(rest);
    await db.updateTable("audit_events").set({ prev_hash: prev, hash }).where("seq", "=", r.seq).execute();
    prev = hash;
  }
  await db.updateTable("audit_head").set({ hash: prev }).where("id", "=", 1).execute();
}

const CASES: Record<string, (db: Kysely<any>, all: Row[]) => Promise<number>> = {
  /** edit one row's content */
  async update(db) {
    await db.updateTable("audit_events").set({ actor_name: "篡改者" }).where("seq", "=", 3).execute();
    return 3;
  },
  /** delete a row in the middle */
  async delete(db) {
    await db.deleteFrom("audit_events").where("seq", "=", 4).execute();
    return 4;
  },
  /** swap two rows (contents and hashes), keeping the numbering */
  async reorder(db, all) {
    const [a, b] = [all[2], all[3]];
    const { seq: _a, ...aRest } = a;
    const { seq: _b, ...bRest } = b;
    await db.updateTable("audit_events").set(bRest).where("seq", "=", a.seq).execute();
    await db.updateTable("audit_events").set(aRest).where("seq", "=", b.seq).execute();
    return a.seq;
  },
  /** cut the last rows and rewind the head: the rest is a perfect chain */
  async truncate(db, all) {
    const keep = all.length - 2;
    await db.deleteFrom("audit_events").where("seq", ">", keep).execute();
    await db.updateTable("audit_head").set({ seq: keep, hash: all[keep - 1].hash }).where("id", "=", 1).execute();
    return keep + 1;
  },
  /** edit a row and recompute every later hash and the head (without the key: sha256) */
  async recompute(db) {
    await db.updateTable("audit_events").set({ after_json: '{"name":"改过的"}' }).where("seq", "=", 2).execute();
    await recomputeWithSha256(db, 2);
    return 2;
  },
};

describe.each(dialects())("audit tamper on $name", (dialect) => {
  // One server at a time: each case starts from a fresh chain.
  let current: TestServer | undefined;
  const closeCurrent = async () => {
    await current?.close();
    current = undefined;
  };
  afterAll(closeCurrent);

  async function serverWithHistory() {
    await closeCurrent();
    const s = (current = await makeTestServer(dialect));
    const admin = await s.admin();
    for (let i = 0; i < 6; i++) expect((await admin.post("/api/units", { name: `审计测试股${i}`, kind: "department" })).statusCode).toBe(201);
    const before = await verifyAuditChain(s.database);
    expect(before).toMatchObject({ ok: true, anchor: "checked" });
    return s;
  }

  it("detects update, delete, reorder, truncate and recompute", async () => {
    let detected = 0;
    const report: string[] = [];
    for (const [name, tamper] of Object.entries(CASES)) {
      const s = await serverWithHistory();
      const db = s.database.db as unknown as Kysely<any>;
      await dropTriggers(db, dialect.name);
      const expectedSeq = await tamper(db, await rows(db));
      const result = await verifyAuditChain(s.database);
      if (!result.ok) detected++;
      report.push(`${name}: ${result.ok ? "NOT detected" : `第 ${result.badSeq} 条${result.reason}`}`);
      expect(result.ok, name).toBe(false);
      if (!result.ok) expect(result.badSeq, `${name}: ${result.reason}`).toBe(expectedSeq);
    }
    const tried = Object.keys(CASES).length;
    console.log(`audit tamper: detected ${detected}/${tried} (${dialect.name})\n  ${report.join("\n  ")}`);
    expect(detected).toBe(tried);
  });

  it("a chain written before the key verifies with the old rule once and is re-keyed; a broken one is not", async () => {
    const s = await serverWithHistory();
    const db = s.database.db as unknown as Kysely<any>;
    // Make it a chain of before the key: sha256 rows, no key mark, no anchor.
    await dropTriggers(db, dialect.name);
    await recomputeWithSha256(db, 1);
    await db.updateTable("audit_head").set({ key_id: null }).where("id", "=", 1).execute();
    rmSync(join(s.dataDir, AUDIT_ANCHOR_FILE));
    await sql.raw(dialect.name === "sqlite"
      ? "CREATE TRIGGER audit_events_no_update BEFORE UPDATE ON audit_events BEGIN SELECT RAISE(ABORT, 'audit_events is append-only'); END"
      : "CREATE TRIGGER audit_events_no_change BEFORE UPDATE OR DELETE ON audit_events FOR EACH ROW EXECUTE FUNCTION audit_events_refuse()").execute(db);
    const count = (await rows(db)).length;
    expect(await verifyAuditChain(s.database)).toMatchObject({ ok: false, reason: expect.stringContaining("尚未启用密钥") });
    expect(await ensureKeyedChain(s.database)).toEqual({ rekeyed: count });
    expect(await verifyAuditChain(s.database)).toMatchObject({ ok: true, count, anchor: "checked" });
    // The append-only triggers are back after the re-keying.
    await expect(sql`update audit_events set action = 'x'`.execute(db)).rejects.toThrow(/append-only/);

    // A broken old chain is not laundered into a keyed one.
    await dropTriggers(db, dialect.name).catch(() => {});
    await recomputeWithSha256(db, 1);
    await db.updateTable("audit_events").set({ actor_name: "篡改者" }).where("seq", "=", 2).execute();
    await db.updateTable("audit_head").set({ key_id: null }).where("id", "=", 1).execute();
    rmSync(join(s.dataDir, AUDIT_ANCHOR_FILE));
    await expect(ensureKeyedChain(s.database)).rejects.toThrow(/第 2 条/);
  });

  it("another key cannot write to the chain: the start stops with an explanation", async () => {
    const s = await serverWithHistory();
    expect(statSync(join(s.dataDir, "audit.key")).mode & 0o777).toBe(0o600);
    const schema = dialect.databaseUrl
      ? (await s.database.db.selectNoFrom((eb) => eb.fn<string>("current_schema", []).as("s")).executeTakeFirst())?.s
      : undefined;
    await expect(
      prepareDatabase({ ...s.config, auditKey: "another-key-another-key-another-key-42" }, schema),
    ).rejects.toThrow(/DUBAN_AUDIT_KEY/);
  });
});
