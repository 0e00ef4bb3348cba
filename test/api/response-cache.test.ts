// The data-version response cache (src/server/responseCache.ts, issues 12 and 14) on SQLite and
// PostgreSQL: a kept answer is served again only while nothing was committed — through the API,
// or by another connection (a second instance, a job, the CLI) — and only to the user it was made
// for, on the same day. Over the counties world (test/helpers/counties.ts).
import { join } from "node:path";
import { brotliDecompressSync } from "node:zlib";
import SQLite from "better-sqlite3";
import pg from "pg";
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { dialects, signedInAccount } from "../helpers/harness.js";
import { buildCounties, must, type CountiesWorld } from "../helpers/counties.js";
import { guarded, placeOf, ResponseCache } from "../../src/server/responseCache.js";
import { bellVersion, dataVersion, orgVersion, touchSession, touchStats } from "../../src/server/db/data-version.js";
import { addDays, localDay } from "../../src/server/clock.js";
import { createSession, SESSION_COOKIE, sha256 } from "../../src/server/auth/sessions.js";

type Res = { statusCode: number; headers: Record<string, unknown>; body: string };
const state = (res: Res) => res.headers["x-response-cache"];
/**
 * Asks until the answer comes from the cache: on PostgreSQL the data version is the cluster's
 * snapshot, which other test files' writes (other schemas) move too — a miss, never a stale hit.
 */
async function hitOf<R extends Res>(get: () => Promise<R>): Promise<R> {
  let res: R | undefined;
  for (let i = 0; i < 6; i++) {
    res = await get();
    if (state(res) === "hit") return res;
  }
  throw new Error(`never answered from the cache: ${String(state(res!))}`);
}

describe.each(dialects())("response cache on $name", (dialect) => {
  let w: CountiesWorld;
  /** Runs SQL on a connection of its own, as another instance would. */
  let external: (text: string, params?: unknown[]) => Promise<void>;
  let externalClient: pg.Client | undefined;
  let externalSqlite: SQLite.Database | undefined;

  beforeAll(async () => {
    w = await buildCounties(dialect);
    if (dialect.databaseUrl) {
      const schema = (await sql<{ s: string }>`select current_schema() as s`.execute(w.s.database.db)).rows[0].s;
      externalClient = new pg.Client({ connectionString: dialect.databaseUrl, options: `-c search_path=${schema}` });
      await externalClient.connect();
      external = async (text, params = []) => void (await externalClient!.query(text.replace(/\?/g, (() => { let i = 0; return () => `$${++i}`; })()), params));
    } else {
      externalSqlite = new SQLite(join(w.s.dataDir, "duban.sqlite"));
      externalSqlite.pragma("busy_timeout = 5000");
      external = async (text, params = []) => void externalSqlite!.prepare(text).run(...params);
    }
  }, 240_000);
  afterAll(async () => {
    await externalClient?.end();
    externalSqlite?.close();
    await w?.s.close();
  });

  it("answers again from the cache until a write through the API, then counts the write", async () => {
    const { director, office } = w.counties.A;
    const first = await director.get("/api/dashboard?year=2026");
    expect(first.statusCode).toBe(200);
    expect(state(first)).toBe("miss");
    const again = await hitOf(() => director.get("/api/dashboard?year=2026"));
    expect(again.body).toBe(first.body);
    // The same query written another way is the same entry.
    await hitOf(() => director.get("/api/dashboard?year=2026&"));

    const before = JSON.parse(first.body).findings.total as number;
    must(await office.post("/api/findings", { source: "督导检查", title: "缓存后新增的问题", category: "其他", foundOn: "2026-03-20" }), 201);
    const after = await director.get("/api/dashboard?year=2026");
    expect(state(after)).toBe("miss");
    expect(JSON.parse(after.body).findings.total).toBe(before + 1);
  });

  it("sees a write committed by another connection (a second instance or a job), and not before its commit", async () => {
    const { office, tasks, rounds } = w.counties.A;
    const url = `/api/rounds/${rounds["2026-03"]}/reports`;
    const titleOf = (res: Res) => (JSON.parse(res.body).items as any[]).find((r) => r.taskId === tasks["2"]).taskTitle as string;
    const first = await office.get(url);
    expect(first.statusCode).toBe(200);
    const old = titleOf(first);
    await hitOf(() => office.get(url));

    // Open: the change is not committed, nobody may see it (and the answer of the moment is fine).
    await external(dialect.databaseUrl ? "BEGIN" : "BEGIN IMMEDIATE");
    await external("UPDATE tasks SET title = ? WHERE id = ?", ["另一实例改过的标题", tasks["2"]]);
    const during = await office.get(url);
    expect(titleOf(during)).toBe(old);
    // Committed: the next answer has it (on PostgreSQL the snapshot's xmax did not move at the commit).
    await external("COMMIT");
    const after = await office.get(url);
    expect(state(after)).toBe("miss");
    expect(titleOf(after)).toBe("另一实例改过的标题");
    expect(titleOf(await hitOf(() => office.get(url)))).toBe("另一实例改过的标题");
    await external("UPDATE tasks SET title = ? WHERE id = ?", [old, tasks["2"]]);
    expect(titleOf(await office.get(url))).toBe(old);
  });

  it("is not emptied by a session's last-seen touch (the next request after 15 s idle), only by data", async () => {
    const { director } = w.counties.A;
    const url = "/api/dashboard?year=2026";
    const db = w.s.database.db;
    const directorId = (await db.selectFrom("users").select("id").where("username", "=", "a_director").executeTakeFirstOrThrow()).id;
    const lastSeen = async () => (await db.selectFrom("sessions").select("last_seen_at").where("user_id", "=", directorId).execute()).map((r) => r.last_seen_at).join();
    await hitOf(() => director.get(url));
    vi.useFakeTimers({ toFake: ["Date"] });
    try {
      // Each round is 20 s later: the request touches its session first. On PostgreSQL other test
      // files' writes may move the version meanwhile, hence a few rounds; a touch that counted would miss every one.
      let touchedHit = false;
      for (let i = 0; i < 6 && !touchedHit; i++) {
        vi.setSystemTime(Date.now() + 20_000);
        const before = await lastSeen();
        const res = await director.get(url);
        expect(res.statusCode).toBe(200);
        const touched = (await lastSeen()) !== before;
        expect(touched).toBe(true);
        touchedHit = state(res) === "hit";
      }
      expect(touchedHit).toBe(true);
    } finally {
      vi.useRealTimers();
    }
    // Data still counts: a write after the touches is seen.
    must(await w.counties.A.office.post("/api/findings", { source: "督导检查", title: "触碰之后的问题", category: "其他", foundOn: "2026-03-20" }), 201);
    const after = await director.get(url);
    expect(state(after)).toBe("miss");
  });

  it("keeps the data version across touches, and moves it for a write to any other table", async () => {
    const session = await w.s.database.db.selectFrom("sessions").select("id").executeTakeFirstOrThrow();
    let unchanged = false;
    for (let i = 0; i < 6 && !unchanged; i++) {
      const v0 = await dataVersion(w.s.database);
      await touchSession(w.s.database, session.id, new Date().toISOString());
      await touchSession(w.s.database, "no such session", new Date().toISOString());
      unchanged = (await dataVersion(w.s.database)) === v0;
    }
    expect(unchanged).toBe(true);
    const v1 = await dataVersion(w.s.database);
    await w.s.database.db.updateTable("orgs").set({ version: sql`version` }).where("id", "=", w.counties.A.orgId).execute();
    expect(await dataVersion(w.s.database)).not.toBe(v1);
  });

  it("keeps a bureau's entries across another bureau's write, and refreshes the writer's and the bureaus above it (perf11)", async () => {
    const { A, B, X } = w.counties;
    const url = "/api/dashboard?year=2026";
    const board = "/api/dashboard/progress?pageSize=2";
    const findings = (res: Res) => JSON.parse(res.body).findings.total as number;
    // On PostgreSQL other test files' writes (other schemas) move the global version now and then,
    // hence a few rounds; every round checks that nothing stale is served.
    let kept = false;
    for (let i = 0; i < 6 && !kept; i++) {
      const aBefore = await hitOf(() => A.director.get(url));
      await hitOf(() => w.city.director.get(url));
      const bBefore = await hitOf(() => B.director.get(url));
      const xBefore = await hitOf(() => X.director.get(url));
      const bBoard = await hitOf(() => B.director.get(board));
      const versions = { g: await dataVersion(w.s.database), a: orgVersion(w.s.database, A.orgId), b: orgVersion(w.s.database, B.orgId) };
      must(await A.office.post("/api/findings", { source: "督导检查", title: `甲县第${i + 1}个新问题`, category: "其他", foundOn: "2026-03-20" }), 201);
      // The writer's bureau: refreshed, with the new finding.
      const aAfter = await A.director.get(url);
      expect(state(aAfter)).toBe("miss");
      expect(findings(aAfter)).toBe(findings(aBefore) + 1);
      // The city above reads 甲县's work (下级对比): refreshed too.
      const cityAfter = await w.city.director.get(url);
      expect(state(cityAfter)).toBe("miss");
      expect(orgVersion(w.s.database, A.orgId)).toBeGreaterThan(versions.a);
      expect(orgVersion(w.s.database, B.orgId)).toBe(versions.b);
      // 乙县 (a sibling) and 己县 (another city's): their entries are still served, unchanged.
      const bAfter = await B.director.get(url);
      const xAfter = await X.director.get(url);
      const bBoardAfter = await B.director.get(board);
      for (const [after, before] of [[bAfter, bBefore], [xAfter, xBefore], [bBoardAfter, bBoard]] as const) {
        expect(after.body).toBe(before.body);
        expect(after.body).not.toContain("甲县");
      }
      kept = [bAfter, xAfter, bBoardAfter].every((r) => state(r) === "hit") && (await dataVersion(w.s.database)) === versions.g;
    }
    expect(kept, "another bureau's write left 乙县's and 己县's entries served").toBe(true);
    // A write of no known bureau (a job, the system, another connection) still empties every bureau's.
    await hitOf(() => B.director.get(url));
    const touchFinding = () => external("UPDATE findings SET title = title || '。' WHERE title LIKE ?", ["甲县第1个新问题%"]);
    await touchFinding();
    expect(state(await B.director.get(url))).toBe("miss");
    await touchFinding(); // the next case starts afresh
  });

  it("keeps a user's bell across a write of their bureau that notifies another, and answers the notified one's afresh (perf13)", async () => {
    const { A } = w.counties;
    const bell = "/api/notifications";
    const today = localDay(new Date());
    const titles = (res: Res) => (JSON.parse(res.body).items as { title: string }[]).map((n) => n.title);
    const ids = async (...names: string[]) =>
      (await w.s.database.db.selectFrom("users").select("id").where("username", "in", names).orderBy("username").execute()).map((u) => u.id);
    const [directorId, staffId] = await ids("a_director", "a_staff");
    // On PostgreSQL other test files' writes move the global version now and then, hence a few rounds;
    // every round checks that nothing stale is served.
    let kept = false;
    for (let i = 0; i < 6 && !kept; i++) {
      const directorBefore = await hitOf(() => A.director.get(bell));
      const staffBefore = await hitOf(() => A.staff.get(bell));
      const versions = { g: await dataVersion(w.s.database), director: bellVersion(w.s.database, directorId), staff: bellVersion(w.s.database, staffId) };
      // 甲县's office assigns a finding to the unit: its clerks hear of it, the director does not.
      const title = `铃铛第${i + 1}个交办问题`;
      let f = must(await A.office.post("/api/findings", { source: "督导检查", title, category: "其他", unitId: A.unitId, foundOn: today }), 201);
      f = must(await A.office.post(`/api/findings/${f.id}/notice`, { version: f.version }));
      must(await A.office.post(`/api/findings/${f.id}/assign`, { version: f.version, deadline: addDays(today, 7) }));
      const staffAfter = await A.staff.get(bell);
      expect(state(staffAfter)).toBe("miss");
      expect(titles(staffAfter)[0]).toBe(`交办督导问题：${title}`);
      expect(JSON.parse(staffAfter.body).unread).toBe(JSON.parse(staffBefore.body).unread + 1);
      expect(bellVersion(w.s.database, staffId)).toBeGreaterThan(versions.staff);
      expect(bellVersion(w.s.database, directorId)).toBe(versions.director);
      // The director's bell: served from the cache, unchanged, though the bureau's data moved.
      const directorAfter = await A.director.get(bell);
      expect(directorAfter.body).toBe(directorBefore.body);
      kept = state(directorAfter) === "hit" && (await dataVersion(w.s.database)) === versions.g;
    }
    expect(kept, "a write notifying the unit's clerks left the director's bell served").toBe(true);
    // The bureau's other answers are refreshed by that write as before (the director's dashboard counts findings).
    const dashboard = await hitOf(() => A.director.get("/api/dashboard?year=2026"));
    must(await A.office.post("/api/findings", { source: "督导检查", title: "铃铛之后的问题", category: "其他", foundOn: today }), 201);
    const dashboardAfter = await A.director.get("/api/dashboard?year=2026");
    expect(state(dashboardAfter)).toBe("miss");
    expect(JSON.parse(dashboardAfter.body).findings.total).toBe(JSON.parse(dashboard.body).findings.total + 1);

    // Marking read writes the clerk's bell alone: theirs is answered afresh, everyone else's answers stay served.
    let readKept = false;
    for (let i = 0; i < 6 && !readKept; i++) {
      await hitOf(() => A.staff.get(bell));
      const directorBoard = await hitOf(() => A.director.get("/api/dashboard?year=2026"));
      const g = await dataVersion(w.s.database);
      expect((await A.staff.post("/api/notifications/read-all", {})).statusCode).toBe(204);
      const staffRead = await A.staff.get(bell);
      expect(state(staffRead)).toBe("miss");
      expect(JSON.parse(staffRead.body).unread).toBe(0);
      const boardAfter = await A.director.get("/api/dashboard?year=2026");
      expect(boardAfter.body).toBe(directorBoard.body);
      readKept = state(boardAfter) === "hit" && (await dataVersion(w.s.database)) === g;
    }
    expect(readKept, "marking read left the bureau's other answers served").toBe(true);
  });

  it("never shares an entry between two users, not across bureaus nor with a unit clerk", async () => {
    const { A, B } = w.counties;
    const a = await A.director.get("/api/dashboard?year=2026");
    const b = await B.director.get("/api/dashboard?year=2026");
    expect(state(b)).toBe("miss");
    expect(b.body).not.toBe(a.body);
    expect(b.body).toContain("乙县");
    expect(b.body).not.toContain("甲县");
    await hitOf(() => B.director.get("/api/dashboard?year=2026"));
    expect(JSON.parse((await A.director.get("/api/dashboard?year=2026")).body).options.plans[0].title).toContain("甲县");

    // A clerk of another 股室 of the same bureau asks for the grid the office just had from the cache.
    const unitId = must(await w.admin.post("/api/units", { orgId: A.orgId, name: "安全管理股", kind: "department" }), 201).id as number;
    const clerk = (await signedInAccount(w.s, w.admin, { username: "a2_staff", name: "安全经办", roles: ["unit_staff"], unitId, orgId: A.orgId })).client;
    const url = `/api/rounds/${A.rounds["2026-03"]}/reports`;
    const byOffice = await A.office.get(url);
    await hitOf(() => A.office.get(url));
    expect(JSON.parse(byOffice.body).items.length).toBeGreaterThan(0);
    const byClerk = await clerk.get(url);
    expect(state(byClerk)).not.toBe("hit");
    if (byClerk.statusCode === 200) expect(JSON.parse(byClerk.body).items).toEqual([]);
    else expect(byClerk.statusCode).toBe(404);
    // The 股室 of the bureau's reports: its own clerk sees only its own rows.
    const own = await A.staff.get(url);
    expect(state(own)).not.toBe("hit");
    expect((JSON.parse(own.body).items as any[]).every((r) => r.unitId === A.unitId)).toBe(true);
  });

  it("shares an answer among the users of one place (bureau, unit, roles), never across bureaus, units or scopes", async () => {
    const { A, B } = w.counties;
    const account = async (username: string, roles: string[], orgId: number, unitId?: number) =>
      (await signedInAccount(w.s, w.admin, { username, name: username, roles, orgId, unitId })).client;
    // Users of the same places as A's office and clerk, and of other places: another bureau, another 股室, another role.
    const office2 = await account("a_office2", ["office"], A.orgId);
    const staff2 = await account("a_staff2", ["unit_staff"], A.orgId, A.unitId);
    const head2 = await account("a_head2", ["unit_head"], A.orgId, A.unitId);
    const otherUnit = must(await w.admin.post("/api/units", { orgId: A.orgId, name: "计划财务股", kind: "department" }), 201).id as number;
    const otherStaff = await account("a_cw_staff", ["unit_staff"], A.orgId, otherUnit);
    const bStaff = await account("b_staff2", ["unit_staff"], B.orgId, B.unitId);
    const ledger = `/api/plans/${A.planId}/tasks?view=list`;
    const get = async (c: typeof office2, url: string) => {
      const res = await c.get(url);
      return { status: res.statusCode, state: state(res), body: res.body };
    };
    // Each case starts a new data version (a write), asks as the first user until their answer is
    // kept (PostgreSQL: other files' writes move the version too), then as the second user, who has
    // asked nothing in this version: a hit is the first user's entry.
    const pairs: { url: string; first: typeof office2; second: typeof office2; shared: boolean }[] = [
      { url: ledger, first: A.office, second: office2, shared: true },
      { url: "/api/me/todos", first: A.staff, second: staff2, shared: true },
      { url: "/api/dashboard?year=2026", first: A.director, second: B.director, shared: false },
      { url: "/api/me/todos", first: A.staff, second: otherStaff, shared: false },
      { url: "/api/me/todos", first: A.staff, second: A.head, shared: false },
      { url: "/api/me/todos", first: A.staff, second: bStaff, shared: false },
      { url: `/api/rounds/${A.rounds["2026-03"]}/reports`, first: A.office, second: A.staff, shared: false },
      { url: ledger, first: A.office, second: B.office, shared: false },
      // The bell and 我的任务 read the user's id: kept per user even within one place.
      { url: "/api/notifications", first: A.staff, second: staff2, shared: false },
      { url: "/api/notifications", first: A.head, second: head2, shared: false },
    ];
    for (const { url, first, second, shared } of pairs) {
      let sharedSeen = false;
      for (let i = 0; i < 6 && !sharedSeen; i++) {
        await w.s.database.db.updateTable("orgs").set({ version: sql`version` }).where("id", "=", A.orgId).execute();
        await get(first, url);
        const mine = await get(first, url);
        if (mine.state !== "hit") continue;
        const theirs = await get(second, url);
        if (!shared) expect(theirs.state, `${url} must not be shared`).not.toBe("hit");
        sharedSeen = theirs.state === "hit";
        if (sharedSeen) expect(theirs.body).toBe(mine.body);
      }
      if (shared) expect(sharedSeen, `${url} shared within one place`).toBe(true);
    }
    // Another bureau's answers name their own bureau only.
    const bLedger = await B.office.get(`/api/plans/${B.planId}/tasks?view=list`);
    expect(bLedger.body).not.toContain("甲县");
    expect((await B.office.get(ledger)).statusCode).toBe(404);
    expect((await otherStaff.get(`/api/rounds/${A.rounds["2026-03"]}/reports`)).body).not.toContain("第1项进展");
  });

  it("keeps its entries across logins, failed logins, logouts and expired sessions (session bookkeeping)", async () => {
    const { A } = w.counties;
    const url = `/api/plans/${A.planId}/tasks?view=list`;
    const username = "a_office_login";
    const passer = await signedInAccount(w.s, w.admin, { username, name: "登录者", roles: ["office"], orgId: A.orgId });
    const password = `Pw#2026${username.length}Zzx`;
    const db = w.s.database.db;
    // On PostgreSQL other test files' writes may move the version meanwhile, hence a few rounds.
    let loginsKept = false;
    for (let i = 0; i < 6 && !loginsKept; i++) {
      await hitOf(() => A.office.get(url));
      const other = w.s.client();
      must(await other.login(username, password)); // a new session, the attempt count and its reset
      expect((await w.s.client().login(username, "Wrong#2026x")).statusCode).toBe(401); // a failed attempt
      must(await other.login(username, password)); // a login over a session ends that session
      expect((await other.post("/api/auth/logout")).statusCode).toBe(204);
      loginsKept = state(await A.office.get(url)) === "hit";
    }
    expect(loginsKept).toBe(true);
    let expiryKept = false;
    for (let i = 0; i < 6 && !expiryKept; i++) {
      // The test's own write (an idle session): it moves the version; the expiry it leads to must not.
      await db.updateTable("sessions").set({ last_seen_at: "2020-01-01T00:00:00.000Z" }).where("user_id", "=", passer.id).execute();
      await hitOf(() => A.office.get(url));
      expect((await passer.client.get("/api/auth/me")).statusCode).toBe(401);
      expect(await db.selectFrom("sessions").select("id").where("user_id", "=", passer.id).execute()).toEqual([]);
      expiryKept = state(await A.office.get(url)) === "hit";
      must(await passer.client.login(username, password));
    }
    expect(expiryKept).toBe(true);
    // Data still counts.
    must(await A.office.post("/api/findings", { source: "督导检查", title: "登录之后的问题", category: "其他", foundOn: "2026-03-20" }), 201);
    expect(state(await A.office.get(url))).toBe("miss");
  });

  it("commits the touches of many sessions asking at once together (one transaction, not one each)", async () => {
    const db = w.s.database.db;
    const userId = (await db.selectFrom("users").select("id").where("username", "=", "a_staff").executeTakeFirstOrThrow()).id;
    const tokens: string[] = [];
    for (let i = 0; i < 12; i++) tokens.push((await createSession(db, userId)).token);
    const idle = new Date(Date.now() - 60_000).toISOString();
    await db.updateTable("sessions").set({ last_seen_at: idle }).where("id", "in", tokens.map(sha256)).execute();
    const commits = touchStats.commits;
    const answers = await Promise.all(tokens.map((t) => w.s.app.inject({ method: "GET", url: "/api/me/todos", headers: { cookie: `${SESSION_COOKIE}=${t}` } })));
    expect(answers.map((r) => r.statusCode)).toEqual(tokens.map(() => 200));
    // Each answer came after its touch was committed.
    const seen = await db.selectFrom("sessions").select("last_seen_at").where("id", "in", tokens.map(sha256)).execute();
    expect(seen.filter((r) => r.last_seen_at > idle)).toHaveLength(tokens.length);
    // The first starts a commit at once, the others wait for it and share the next (SQLite: two; PostgreSQL's
    // pool answers the lookups at different moments, a few) — never one commit per session.
    expect(touchStats.commits - commits).toBeGreaterThanOrEqual(1);
    if (dialect.databaseUrl) expect(touchStats.commits - commits).toBeLessThan(tokens.length);
    else expect(touchStats.commits - commits).toBeLessThanOrEqual(3);
  });

  it("starts afresh on a new day (overdue depends on the day)", async () => {
    const { director } = w.counties.A;
    await hitOf(() => director.get("/api/dashboard/progress"));
    w.setDay("2026-03-29");
    try {
      const next = await director.get("/api/dashboard/progress");
      expect(state(next)).toBe("miss");
      expect(JSON.parse(next.body).filters.today).toBe("2026-03-29");
    } finally {
      w.setDay("2026-03-28");
    }
  });

  it("answers If-None-Match with 304, and keeps the compressed body beside the JSON", async () => {
    const { director } = w.counties.A;
    const first = await director.get("/api/dashboard?year=2026");
    const etag = String(first.headers.etag);
    expect(etag).toMatch(/^W\/"/);
    expect(first.headers["cache-control"]).toBe("private, no-cache");
    const unchanged = await director.request("GET", "/api/dashboard?year=2026", undefined, { "if-none-match": etag });
    expect(unchanged.statusCode).toBe(304);
    expect(unchanged.body).toBe("");
    const br = await director.request("GET", "/api/dashboard?year=2026", undefined, { "accept-encoding": "br, gzip" });
    expect(br.headers["content-encoding"]).toBe("br");
    expect(brotliDecompressSync(br.rawPayload).toString()).toBe(first.body);
    const again = await hitOf(() => director.request("GET", "/api/dashboard?year=2026", undefined, { "accept-encoding": "br, gzip" }));
    expect(again.rawPayload.equals(br.rawPayload)).toBe(true);
    // Another user's tag does not open this user's answer.
    const other = await w.counties.B.director.request("GET", "/api/dashboard?year=2026", undefined, { "if-none-match": etag });
    expect(other.statusCode).toBe(200);
  });

  it("keeps no more than its bounds, least recently used out first", async () => {
    // One data version throughout (this test is about the bounds).
    class Still extends ResponseCache {
      override async dataVersion() {
        return "v";
      }
    }
    const cache = new Still(w.s.database, { maxEntries: 2, maxBytes: 1024 * 1024 });
    const reply = fakeReply();
    const serve = (scope: string) => cache.serve({ headers: {} } as any, reply as any, scope, null, "2026-03-28", async () => ({ scope }));
    await serve("a");
    await serve("b");
    await serve("a");
    await serve("c"); // b is the least recently used
    expect(cache.size).toBe(2);
    const hits = cache.hits;
    await serve("a");
    expect(cache.hits).toBe(hits + 1);
    await serve("b");
    expect(cache.hits).toBe(hits + 1);
    // By bytes: entries of ~0.9 KB in 4 KB: four kept, the oldest out for the fifth.
    const small = new Still(w.s.database, { maxEntries: 100, maxBytes: 4000 });
    const fill = (k: string) => small.serve({ headers: {} } as any, reply as any, k, null, "2026-03-28", async () => ({ k, pad: "字".repeat(300) }));
    for (const k of ["v", "w", "x", "y", "z"]) await fill(k);
    expect(small.size).toBe(4);
    expect(small.bytes).toBeLessThanOrEqual(4000);
    const hits2 = small.hits;
    await fill("z");
    expect(small.hits).toBe(hits2 + 1);
    await fill("v");
    expect(small.hits).toBe(hits2 + 1);
  });

  if (!dialect.databaseUrl) {
    it("reads the version on the app's one SQLite connection: its own writes by total_changes, others' by data_version", async () => {
      const cache = new ResponseCache(w.s.database);
      const parts = async () => (await cache.dataVersion()).split(".").map(Number);
      const [changes0, data0] = await parts();
      must(await w.counties.A.office.post("/api/findings", { source: "督导检查", title: "本实例写入", category: "其他", foundOn: "2026-03-20" }), 201);
      const [changes1, data1] = await parts();
      // The API wrote through the connection the cache reads, for one bureau: counted in that bureau's
      // version (perf11), not in the global one, and not as "another connection".
      expect(changes1).toBe(changes0);
      expect(data1).toBe(data0);
      // An unaudited write on the same connection (no bureau known) counts in the global version.
      await w.s.database.db.updateTable("orgs").set({ version: sql`version` }).where("id", "=", w.counties.A.orgId).execute();
      expect((await parts())[0]).toBeGreaterThan(changes1);
      const [changes15] = await parts();
      await external("UPDATE orgs SET version = version WHERE id = ?", [w.counties.A.orgId]);
      await external("UPDATE findings SET title = title || '。' WHERE title = ?", ["本实例写入"]);
      const [changes2, data2] = await parts();
      expect(changes2).toBe(changes15);
      expect(data2).not.toBe(data1);
    });
  }
});

function fakeReply() {
  const reply: any = { sent: false, headers: {} as Record<string, unknown> };
  reply.header = (k: string, v: unknown) => ((reply.headers[k] = v), reply);
  reply.status = () => reply;
  reply.type = () => reply;
  reply.send = () => reply;
  return reply;
}

describe("the caller's guard (what an answer read of the user)", () => {
  const user = { id: 7, org_id: 1, unit_id: 2, username: "u", name: "某人", roles: '["unit_staff"]', roleList: ["unit_staff"], sessionId: "s", csrfToken: "c" } as any;
  it("counts the place's fields as shared, any other field as personal", () => {
    const place = guarded(user);
    expect([place.user!.org_id, place.user!.unit_id, place.user!.roles, place.user!.roleList.length]).toEqual([1, 2, '["unit_staff"]', 1]);
    // Fields no user row has read the same for everyone (a promise check, a toJSON).
    expect((place.user as any).then).toBeUndefined();
    expect("id" in place.user!).toBe(true);
    expect(place.personal).toBe(false);
    const byId = guarded(user);
    expect(byId.user!.id).toBe(7);
    expect(byId.personal).toBe(true);
    const spread = guarded(user);
    expect({ ...spread.user }.org_id).toBe(1);
    expect(spread.personal).toBe(true);
    const json = guarded(user);
    JSON.stringify({ who: json.user });
    expect(json.personal).toBe(true);
    expect(placeOf(user)).toBe('o1|n2|r["unit_staff"]');
  });
});
