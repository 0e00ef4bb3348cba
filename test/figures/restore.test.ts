// Figure 4, the restore drill: `duban backup` taken online while clients write, `duban restore`
// into a fresh data folder, then every record of the restore compared with the source database.
// The writes only add records, so each restored row must equal its source row, and every write
// acknowledged before the backup began must be in the restore. SQLite only: PostgreSQL is backed
// up with pg_dump. FIGURES_FULL=1 (npm run figures:restore) repeats the drill and writes more.
import SQLite from "better-sqlite3";
import { chmodSync, copyFileSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { AUDIT_KEY_FILE } from "../../src/server/db/audit-key.js";
import { SQLITE_FILE } from "../../src/server/db/connection.js";
import { duban, dubanBin, LiveServer, makeDataset, openRounds, signedIn, size, type Dataset, type HttpClient } from "./live.js";

/**
 * Rows that a read touches (a session's last-seen time) are not records of the bureau, nor is the
 * search index (search_docs and the FTS5 tables search_fts*): it is derived from the records and
 * rewritten whole for a record saved again after the backup.
 */
const NOT_RECORDS = new Set(["sessions"]);
const notRecord = (table: string) => NOT_RECORDS.has(table) || table.startsWith("search_");

describe("figure 4 — restore drill under writes on sqlite", () => {
  const drills = size("FIGURES_DRILLS", 1, 5);
  let ds: Dataset | undefined;
  const folders: string[] = [];
  afterAll(async () => {
    await ds?.drop();
    for (const f of folders) rmSync(f, { recursive: true, force: true });
  });

  it("restores an online backup identical to the source as of the backup", { timeout: 30 * 60_000 }, async () => {
    ds = await makeDataset({ name: "sqlite" }, { demo: true });
    const bin = await dubanBin();
    const server = new LiveServer(bin, ds.env);
    const base = await server.start();
    const account = (u: string) => ds!.accounts.find((a) => a.username === u)!;
    const office = await signedIn(base, account("office"));
    await openRounds(office);
    const staff = await signedIn(base, account("jjg_staff"));

    let compared = 0;
    let superseded = 0;
    let differing: string[] = [];
    let missingAcked: string[] = [];
    for (let d = 0; d < drills; d++) {
      const acked: string[] = [];
      const stop = { now: false };
      let n = 0;
      const writes = Promise.all([
        (async () => {
          while (!stop.now) {
            const name = `备份演练${d}单位${++n}`;
            const res = await office.post("/api/units", { name, kind: "department" });
            expect(res.status, res.body).toBe(201);
            acked.push(name);
          }
        })(),
        saveReports(staff, stop, `演练${d}`),
      ]);
      await new Promise((r) => setTimeout(r, 300));
      const before = [...acked];
      const file = join(ds.dataDir, `backup-${d}.sqlite`);
      const backup = await duban(bin, ds.env, "backup", file);
      expect(backup.code, backup.stderr).toBe(0);
      await new Promise((r) => setTimeout(r, 200)); // writes go on after the backup too
      stop.now = true;
      await writes;

      const fresh = mkdtempSync(join(tmpdir(), "duban-restored-"));
      folders.push(fresh);
      // The audit key is kept apart from the backup (whoever holds a backup must not be able to
      // rewrite its chain): the operator brings it to the new folder, as on a new machine.
      copyFileSync(join(ds.dataDir, AUDIT_KEY_FILE), join(fresh, AUDIT_KEY_FILE));
      chmodSync(join(fresh, AUDIT_KEY_FILE), 0o600);
      const restore = await duban(bin, { ...ds.env, DUBAN_DATA_DIR: fresh }, "restore", file);
      expect(restore.code, restore.stderr).toBe(0);

      const result = compare(join(fresh, SQLITE_FILE), join(ds.dataDir, SQLITE_FILE));
      compared += result.compared;
      superseded += result.superseded;
      differing = differing.concat(result.differing);
      const restoredUnits = new Set(result.unitNames);
      missingAcked = missingAcked.concat(before.filter((x) => !restoredUnits.has(x)));
      const verify = await duban(bin, { ...ds.env, DUBAN_DATA_DIR: fresh }, "audit", "verify");
      expect(verify.code, verify.stderr).toBe(0);
      expect(before.length).toBeGreaterThan(0);
    }
    await server.stop();

    console.log(`restore: records compared ${compared}, differing ${differing.length} (drills ${drills}; ${superseded} reports saved again in the source after the backup)`);
    expect(differing).toEqual([]);
    expect(missingAcked).toEqual([]);
  });
});

/** A unit clerk saving drafts of the unit's reports in turn, while the backup runs. */
async function saveReports(staff: HttpClient, stop: { now: boolean }, mark: string) {
  const todos = (await staff.get("/api/me/todos")).json();
  const ids = (todos.write as { id: number }[]).map((r) => r.id);
  for (let i = 0; !stop.now && ids.length; i++) {
    const id = ids[i % ids.length];
    const report = (await staff.get(`/api/reports/${id}`)).json();
    const res = await staff.put(`/api/reports/${id}`, { text: `${mark}第 ${i} 次保存`, version: report.version });
    expect(res.status, res.body).toBe(200);
  }
}

/** Every row of every table of the restore, found by its primary key in the source and compared field by field. */
function compare(restoredFile: string, sourceFile: string) {
  const restored = new SQLite(restoredFile, { readonly: true });
  const source = new SQLite(sourceFile, { readonly: true });
  try {
    const tables = (restored.prepare("select name from sqlite_master where type = 'table' and name not like 'sqlite_%' order by name").all() as { name: string }[])
      .map((t) => t.name)
      .filter((t) => !notRecord(t));
    let compared = 0;
    let superseded = 0;
    const differing: string[] = [];
    for (const table of tables) {
      const columns = restored.prepare(`pragma table_info("${table}")`).all() as { name: string; pk: number }[];
      const key = columns.filter((c) => c.pk > 0).sort((a, b) => a.pk - b.pk).map((c) => c.name);
      const keyOf = key.length ? key : ["rowid"];
      const lookup = source.prepare(`select * from "${table}" where ${keyOf.map((k) => `"${k}" = ?`).join(" and ")}`);
      for (const row of restored.prepare(`select ${key.length ? "*" : "rowid, *"} from "${table}"`).all() as Record<string, unknown>[]) {
        compared++;
        const twin = lookup.get(...keyOf.map((k) => row[k])) as Record<string, unknown> | undefined;
        const mine = { ...row };
        if (!key.length) delete mine.rowid;
        if (!twin || JSON.stringify(twin) !== JSON.stringify(mine)) {
          // A record a write changed after the backup: the later version is the source's now.
          if (twin && changedAfterBackup(source, table, mine, twin)) {
            superseded++;
            continue;
          }
          differing.push(`${table} ${keyOf.map((k) => row[k]).join(",")}`);
        }
      }
    }
    const unitNames = (restored.prepare("select name from units").all() as { name: string }[]).map((u) => u.name);
    return { compared, superseded, differing, unitNames };
  } finally {
    restored.close();
    source.close();
  }
}

/**
 * Records that writes after the backup changed: a report draft saved again (a newer version), and
 * the audit chain's head, which moved on from the restored head (that head must still be a row of
 * the source's chain).
 */
function changedAfterBackup(source: SQLite.Database, table: string, restored: Record<string, unknown>, now: Record<string, unknown>) {
  if (table === "reports") return Number(now.version) > Number(restored.version);
  if (table === "audit_head") {
    const row = source.prepare("select hash from audit_events where seq = ?").get(restored.seq) as { hash: string } | undefined;
    return Number(now.seq) > Number(restored.seq) && row?.hash === restored.hash;
  }
  return false;
}
