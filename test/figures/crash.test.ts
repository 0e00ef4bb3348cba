// Figure 3, crash durability: the real server is SIGKILLed at random moments while clients write;
// every write the server acknowledged (201) must be there after the restarts, the SQLite file must
// pass PRAGMA integrity_check and the audit chain `duban audit verify`. On PostgreSQL the app is
// killed and the database survives. Short in CI; FIGURES_FULL=1 (npm run figures:crash) for 200 kills.
import SQLite from "better-sqlite3";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { dialects } from "../helpers/harness.js";
import { SQLITE_FILE } from "../../src/server/db/connection.js";
import { duban, dubanBin, HttpClient, LiveServer, makeDataset, prng, size, type Dataset } from "./live.js";

const WRITERS = 3;

describe.each(dialects())("figure 3 — crash durability on $name", (dialect) => {
  const kills = dialect.name === "sqlite" ? size("FIGURES_KILLS", 50, 200) : size("FIGURES_KILLS", 10, 200);
  let ds: Dataset | undefined;
  afterAll(async () => ds?.drop());

  it(`loses no acknowledged write across ${kills} SIGKILLs`, { timeout: 60 * 60_000 }, async () => {
    const seed = Number(process.env.FIGURES_SEED ?? 20261204);
    const random = prng(seed);
    ds = await makeDataset(dialect);
    const bin = await dubanBin();
    const server = new LiveServer(bin, ds.env);
    const client = new HttpClient("", 10_000);
    const acknowledged: { kind: "unit" | "plan"; name: string }[] = [];
    const unexpected: string[] = [];
    let attempt = 0;

    const writer = async (stop: { now: boolean }) => {
      while (!stop.now) {
        const n = ++attempt;
        const kind = n % 3 === 0 ? "plan" : "unit";
        const name = kind === "unit" ? `崩溃测试单位${n}` : `崩溃测试方案${n}`;
        try {
          const res = kind === "unit"
            ? await client.post("/api/units", { name, kind: "department" })
            : await client.post("/api/plans", { title: name, year: 2026 });
          if (res.status === 201) acknowledged.push({ kind, name });
          else unexpected.push(`${kind} ${res.status} ${res.body.slice(0, 200)}`);
        } catch {
          return; // the connection died with the server: not acknowledged
        }
      }
    };

    for (let k = 0; k < kills; k++) {
      client.base = await server.start();
      // The session is a database row: it outlives the process unless the kill came before its commit.
      if ((await client.get("/api/auth/me")).status !== 200) {
        const login = await client.login("admin", ds.accounts[0].password);
        expect(login.status, login.body).toBe(200);
      }
      const stop = { now: false };
      const writing = Promise.all(Array.from({ length: WRITERS }, () => writer(stop)));
      // The kill falls at a random moment after the cycle's first acknowledged write, so every
      // cycle kills in the middle of writing however slow the machine is.
      const before = acknowledged.length;
      for (let waited = 0; acknowledged.length === before && waited < 30_000; waited += 5) await new Promise((r) => setTimeout(r, 5));
      await new Promise((r) => setTimeout(r, random() * 200));
      await server.stop("SIGKILL");
      stop.now = true;
      await writing;
    }

    // Every acknowledged write is there after one more start.
    client.base = await server.start();
    await server.stop("SIGTERM");
    const database = ds.open();
    const units = new Set((await database.db.selectFrom("units").select("name").execute()).map((r) => r.name));
    const plans = new Set((await database.db.selectFrom("plans").select("title").execute()).map((r) => r.title));
    await database.close();
    const lost = acknowledged.filter((w) => !(w.kind === "unit" ? units : plans).has(w.name));

    let integrity = "n/a (PostgreSQL keeps running)";
    if (dialect.name === "sqlite") {
      const native = new SQLite(join(ds.dataDir, SQLITE_FILE), { readonly: true });
      integrity = String(native.pragma("integrity_check", { simple: true }));
      native.close();
    }
    const verify = await duban(bin, ds.env, "audit", "verify");
    console.log(
      `crash: kills ${kills}, acknowledged ${acknowledged.length}, lost ${lost.length}, integrity ${integrity}, ` +
        `audit ${verify.code === 0 ? "ok" : "FAILED"} (${dialect.name}, seed ${seed})`,
    );
    expect(lost).toEqual([]);
    expect(unexpected).toEqual([]);
    expect(acknowledged.length).toBeGreaterThanOrEqual(kills);
    if (dialect.name === "sqlite") expect(integrity).toBe("ok");
    expect(verify.code, verify.stderr).toBe(0);
  });
});
