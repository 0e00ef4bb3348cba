// Issue 15 (search): GET /api/search on SQLite and PostgreSQL, two bureaus (乙县 below 甲县's
// installation root), every role. Results never include what the caller may not read — each hit is
// opened through its own API as the same caller, and the whole set is the hand-written one; a
// two-character word finds a task, a report and a finding, highlighted; edits update the index.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dialects, makeTestServer, type TestClient, type TestServer } from "../helpers/harness.js";
import { bureauPeople, must, otherBureau, publishShaped } from "../helpers/bureaus.js";
import { shanghaiInstant } from "../../src/server/clock.js";
import { sql } from "kysely";
import { compiledStats, forgetCompiled } from "../../src/server/commands/search/compiled-once.js";

const PLAN = `示例县教育局2026年工作要点
一、后勤保障
1. 规范学校食堂管理。（责任领导：张明，责任股室：基础教育股）
2. 加强校园食堂安全。（责任领导：张明，责任股室：安全管理股）
3. 开展教师全员培训。（责任领导：张明，责任股室：基础教育股）
`;
const PLAN_B = `乙县教育局2026年工作要点
一、办学条件
1. 改造学校食堂。（责任领导：王五，责任股室：乙县计财股）
`;


const API: Record<string, string> = { plan: "/api/plans/", task: "/api/tasks/", report: "/api/reports/", finding: "/api/findings/", bulletin: "/api/bulletins/" };

describe.each(dialects())("search on $name", (dialect) => {
  let s: TestServer;
  const c: Record<string, TestClient> = {};
  const unit: Record<string, number> = {};
  const rec: Record<string, string> = {}; // name → "kind:id"
  const task: Record<string, any> = {};

  const hits = async (who: TestClient, q: string, extra = "") => must(await who.get(`/api/search?q=${encodeURIComponent(q)}${extra}`));
  const keys = (r: any) => (r.items as any[]).map((i) => `${i.kind}:${i.id}`).sort();
  const named = (...names: string[]) => names.map((n) => rec[n]).sort();

  beforeAll(async () => {
    s = await makeTestServer(dialect, { apiRatePerMinute: 100_000 }, { clock: () => shanghaiInstant("2026-03-21", 10) });
    const people = await bureauPeople(s, [["jj", "基础教育股"], ["aq", "安全管理股"]], ["jj", "aq"]);
    Object.assign(unit, people.unit);
    Object.assign(c, people.users, { admin: people.admin, office: people.office, director: people.director, zhang: people.zhang });
    c.viewer = await s.user({ username: "viewer", name: "市局查看", roles: ["viewer"] });
    c.li = await s.user({ username: "li", name: "李强", roles: ["leader"] });
    const leaders = [{ name: "张明", userId: people.zhangId }];
    const { planId, task: published } = await publishShaped(c.office, PLAN, {
      "1": { lead: [{ name: "基础教育股", unitId: unit.jj }], co: [{ name: "安全管理股", unitId: unit.aq }], leaders },
      "2": { lead: [{ name: "安全管理股", unitId: unit.aq }], co: [], leaders },
      "3": { lead: [{ name: "基础教育股", unitId: unit.jj }], co: [], leaders },
    });
    Object.assign(task, published);
    rec.aT1 = `task:${task["1"].id}`;
    rec.aT2 = `task:${task["2"].id}`;
    const draft = must(await c.office.post("/api/plans", { title: "学校食堂管理办法（征求意见稿）", year: 2026 }), 201);
    rec.aDraft = `plan:${draft.plan?.id ?? draft.id}`;

    const round = must(await c.office.post(`/api/plans/${planId}/rounds`, { period: "2026-03", opensOn: "2026-03-20", dueOn: "2026-03-25" })).round.id;
    const reports = must(await c.office.get(`/api/rounds/${round}/reports`)).items as any[];
    const reportOf = (no: string, key: string) => reports.find((r) => r.taskId === task[no].id && r.unitId === unit[key]);
    const write = async (no: string, key: string, text: string) => {
      const r = reportOf(no, key);
      const saved = must(await c[`${key}_staff`].request("PUT", `/api/reports/${r.id}`, { text, status: "on_track", version: r.version }));
      return saved;
    };
    const r1 = await write("1", "jj", "已完成食堂改造选址，三所学校开工。");
    must(await c.jj_head.post(`/api/reports/${r1.id}/submit`, { version: r1.version }));
    rec.aR1 = `report:${r1.id}`; // the lead's, sent
    rec.aR2 = `report:${(await write("1", "aq", "协助开展食堂消防检查。")).id}`; // a co-unit's draft
    rec.aR3 = `report:${(await write("2", "aq", "食堂安全排查一次。")).id}`; // the lead's draft
    rec.aF = `finding:${must(await c.office.post("/api/findings", { source: "督导检查", title: "食堂台账不全", category: "其他", unitId: unit.aq, foundOn: "2026-03-05" }), 201).id}`;
    const b = must(await c.office.post(`/api/rounds/${round}/bulletins`, { kind: "brief" }), 201);
    const bulletin = b.bulletin ?? b;
    must(await c.office.request("PUT", `/api/bulletins/${bulletin.id}`, { version: bulletin.version, title: "关于学校食堂专项整治的工作专报" }));
    rec.aBul = `bulletin:${bulletin.id}`;

    // 乙县, a bureau below: its office, a published plan with a task, a finding.
    const root = (await s.database.db.selectFrom("orgs").select("id").where("parent_id", "is", null).executeTakeFirstOrThrow()).id;
    const { office: officeB, planId: planB } = await otherBureau(s, PLAN_B, root);
    c.officeB = officeB;
    rec.bT1 = `task:${(must(await c.officeB.get(`/api/plans/${planB}/tasks`)).items as any[])[0].id}`;
    const draftB = must(await c.officeB.post("/api/plans", { title: "乙县食堂整治方案（草稿）", year: 2026 }), 201);
    rec.bDraft = `plan:${draftB.plan?.id ?? draftB.id}`;
    rec.bF = `finding:${must(await c.officeB.post("/api/findings", { source: "督导检查", title: "乙县学校食堂问题", category: "其他", foundOn: "2026-03-01" }), 201).id}`;
  }, 180_000);
  afterAll(async () => s?.close());

  // Who finds what of the word 食堂 (the rule of scope.ts; drafts only for the office).
  const expected: Record<string, string[]> = {
    office: ["aDraft", "aT1", "aT2", "aR1", "aR2", "aR3", "aF", "aBul"],
    admin: ["aDraft", "aT1", "aT2", "aR1", "aR2", "aR3", "aF", "aBul"],
    director: ["aT1", "aT2", "aR1", "aR2", "aR3", "aF", "aBul", "bT1", "bF"],
    viewer: ["aT1", "aT2", "aR1", "aR2", "aR3", "aF", "aBul", "bT1", "bF"],
    zhang: ["aT1", "aT2", "aR1", "aR2", "aR3", "aF", "aBul"],
    li: ["aT1", "aT2", "aF", "aBul"],
    jj_staff: ["aT1", "aR1"],
    jj_head: ["aT1", "aR1"],
    aq_staff: ["aT1", "aT2", "aR2", "aR3", "aF"],
    aq_head: ["aT1", "aT2", "aR2", "aR3", "aF"],
    officeB: ["bDraft", "bT1", "bF"],
  };

  it("every role finds exactly what it may read, and every hit opens for it", async () => {
    for (const [who, names] of Object.entries(expected)) {
      const r = await hits(c[who], "食堂");
      expect(keys(r), who).toEqual(named(...names));
      for (const item of r.items) {
        const res = await c[who].get(`${API[item.kind]}${item.id}`);
        expect(res.statusCode, `${who} opens ${item.kind} ${item.id}`).toBe(200);
      }
    }
  });

  it("a two-character word finds a task, a report and a finding, highlighted, with links; kind filters", async () => {
    const r = await hits(c.office, "食堂");
    expect(r.terms).toEqual(["食堂"]);
    const byKind = (k: string) => r.items.filter((i: any) => i.kind === k);
    for (const k of ["task", "report", "finding"]) expect(byKind(k).length, k).toBeGreaterThan(0);
    const t1 = r.items.find((i: any) => `${i.kind}:${i.id}` === rec.aT1);
    expect(t1.link).toBe(`/tasks/${task["1"].id}`);
    expect(t1.title.filter((p: any) => p.hit).map((p: any) => p.text)).toEqual(["食堂"]);
    const r1 = r.items.find((i: any) => `${i.kind}:${i.id}` === rec.aR1);
    expect(r1.link).toBe(`/reports/${rec.aR1.split(":")[1]}`);
    expect(r1.snippet.filter((p: any) => p.hit).map((p: any) => p.text)).toEqual(["食堂"]);
    expect(r1.label).toContain("基础教育股");
    const f = r.items.find((i: any) => `${i.kind}:${i.id}` === rec.aF);
    expect(f.title.map((p: any) => (p.hit ? `[${p.text}]` : p.text)).join("")).toBe("[食堂]台账不全");
    expect(keys(await hits(c.office, "食堂", "&kind=report"))).toEqual(named("aR1", "aR2", "aR3"));
    expect(keys(await hits(c.office, "食堂", "&kind=task&limit=1")).length).toBe(1);
    // Two words: both must be found; a one-character query reads the text.
    expect(keys(await hits(c.office, "食堂 消防"))).toEqual(named("aR2"));
    expect(keys(await hits(c.jj_staff, "堂"))).toEqual(named("aT1", "aR1"));
    expect((await hits(c.office, "！？")).items).toEqual([]);
  });

  it("a unit caller (its readable rows first): kind filters, two words, a word and a character, in the office's order", async () => {
    const order = (r: any) => (r.items as any[]).map((i) => `${i.kind}:${i.id}`);
    for (const who of ["aq_staff", "jj_staff"]) {
      for (const [q, extra] of [["食堂", ""], ["食堂", "&kind=report"], ["食堂", "&kind=task"], ["食堂 消防", ""], ["食堂 堂", ""]]) {
        const mine = order(await hits(c[who], q, extra));
        const all = order(await hits(c.office, q, extra));
        expect(mine, `${who} ${q}${extra}`).toEqual(all.filter((k) => mine.includes(k)));
      }
    }
    expect(keys(await hits(c.aq_staff, "食堂", "&kind=report"))).toEqual(named("aR2", "aR3"));
    expect(keys(await hits(c.aq_staff, "食堂", "&kind=task"))).toEqual(named("aT1", "aT2"));
    expect(keys(await hits(c.aq_staff, "食堂 消防"))).toEqual(named("aR2"));
    expect(keys(await hits(c.aq_staff, "食堂 堂"))).toEqual(named("aT1", "aT2", "aR2", "aR3", "aF"));
  });

  it("ranks as bm25 did: fewer words first, then the newest; no other bureau's record in the ranking (two bureaus)", async () => {
    // Each record's words are distinct, so bm25 falls with the record's number of words alone: on SQLite
    // the route orders by that count (xsearch18), compared here with the count and with FTS5's own bm25,
    // for callers of both bureaus (PostgreSQL ranks by ts_rank, unchanged).
    const db = s.database.db as any;
    const docs = await db.selectFrom("search_docs").select(["id", "kind", "record_id", "org_id", "tokens"]).execute();
    const words = (d: any) => (d.tokens ? d.tokens.split(" ").length : 0);
    const byKey = new Map<string, any>(docs.map((d: any) => [`${d.kind}:${d.record_id}`, d]));
    const ranked = (ks: string[]) => [...ks].sort((a, b) => words(byKey.get(a)) - words(byKey.get(b)) || byKey.get(b).id - byKey.get(a).id);
    const orgOf = async (who: string) => (await db.selectFrom("users").select("org_id").where("username", "=", who === "officeB" ? "office_b" : who).executeTakeFirst())?.org_id;
    for (const who of ["office", "officeB", "director", "aq_staff"]) {
      for (const q of ["食堂", "学校", "食堂 学校"]) {
        const r = await hits(c[who], q);
        const got = (r.items as any[]).map((i) => `${i.kind}:${i.id}`);
        expect(got.length, `${who} ${q}`).toBeGreaterThan(0);
        if (dialect.name === "sqlite") {
          expect(got, `${who} ${q}`).toEqual(ranked(got));
          const match = q.split(" ").map((w) => `"${w}"`).join(" AND ");
          const bm25 = await sql<{ id: number; score: number }>`select rowid as id, bm25(search_fts) as score from search_fts where search_fts match ${match}`.execute(db);
          const score = new Map(bm25.rows.map((x) => [x.id, x.score]));
          const byBm25 = [...got].sort((a, b) => score.get(byKey.get(a).id)! - score.get(byKey.get(b).id)! || byKey.get(b).id - byKey.get(a).id);
          expect(got, `${who} ${q} (bm25)`).toEqual(byBm25);
        }
      }
    }
    // 乙县's office ranks only its own records (and 甲县's only 甲县's).
    const orgA = await orgOf("office");
    for (const [who, own] of [["officeB", false], ["office", true]] as const) {
      const got = ((await hits(c[who], "食堂")).items as any[]).map((i) => byKey.get(`${i.kind}:${i.id}`));
      expect(got.every((d) => (d.org_id === orgA) === own), who).toBe(true);
    }
  });

  it("a unit clerk's readable rows are found from the indexes alone, not from search_docs rows (migration 0023)", async () => {
    const db = s.database.db as any;
    if (dialect.name === "postgres") {
      const defs = (await sql<{ indexname: string; indexdef: string }>`select indexname, indexdef from pg_indexes where tablename = 'search_docs' and schemaname = current_schema()`.execute(db)).rows;
      const cols = (name: string) => defs.find((d) => d.indexname === name)?.indexdef.replace(/^.*\((.*)\)$/, "$1");
      expect(cols("search_docs_task_scope")).toBe("task_id, kind, org_id, role, state");
      expect(cols("search_docs_unit_scope")).toBe("unit_id, kind, org_id");
      expect(cols("search_docs_org_scope")).toBe("org_id, kind, state");
      expect(defs.map((d) => d.indexname)).not.toContain("search_docs_task");
      return;
    }
    // The statements the route runs for the clerk, as compiled (a second connection that logs them).
    const { default: SQLite } = await import("better-sqlite3");
    const { Kysely, SqliteDialect } = await import("kysely");
    const { search } = await import("../../src/server/commands/search/query.js");
    const native = new SQLite(s.database.file!, { readonly: true });
    const statements: { sql: string; parameters: readonly unknown[] }[] = [];
    const logged = new Kysely<any>({ dialect: new SqliteDialect({ database: native }), log: (e) => void (e.level === "query" && statements.push(e.query)) });
    try {
      const user = await logged.selectFrom("users").selectAll().where("username", "=", "aq_staff").executeTakeFirstOrThrow();
      statements.length = 0;
      expect((await search(logged, "sqlite", user as any, { q: "食堂" })).items.length).toBeGreaterThan(0);
      // The count of the readable rows (which way the search goes): each way in by its scope index, and
      // no column of a search_docs row read (its cursor is only ever sought lazily, never read).
      const count = statements.find((q) => /count\(\*\)/.test(q.sql))!;
      expect(count, "the count of readable rows").toBeDefined();
      const plan = (native.prepare(`EXPLAIN QUERY PLAN ${count.sql}`).all(...(count.parameters as unknown[])) as { detail: string }[]).map((r) => r.detail).join("\n");
      for (const index of ["search_docs_task_scope", "search_docs_unit_scope", "search_docs_org_scope"]) expect(plan).toContain(index);
      const root = (native.prepare("select rootpage from sqlite_master where name = 'search_docs'").get() as { rootpage: number }).rootpage;
      const ops = native.prepare(`EXPLAIN ${count.sql}`).all(...(count.parameters as unknown[])) as { opcode: string; p1: number; p2: number }[];
      const table = new Set(ops.filter((o) => o.opcode === "OpenRead" && o.p2 === root).map((o) => o.p1));
      expect(ops.filter((o) => table.has(o.p1) && o.opcode === "Column"), "columns read from search_docs rows").toEqual([]);
      // The old indexes (their keys are the scope indexes' first columns) are gone.
      const names = (native.prepare("select name from pragma_index_list('search_docs')").all() as { name: string }[]).map((r) => r.name);
      for (const old of ["search_docs_task", "search_docs_unit", "search_docs_org"]) expect(names).not.toContain(old);
    } finally {
      await logged.destroy();
    }
  });

  it("a unit caller is searched from its readable rows or, past narrowRows of them, from the newest matches: the same hits, the newest matchCap readable matches ranked (both dialects)", async () => {
    // The two ways of search(): a caller with few readable rows from those rows (their indexes), a busy
    // unit (≥ narrowRows) and everyone else from the newest matches, stopping at matchCap readable ones
    // (PostgreSQL too since xperf19: before, a busy unit's every readable row of the years was read).
    const { search } = await import("../../src/server/commands/search/query.js");
    const statements: string[] = [];
    const db = (s.database.db as any).withPlugin({
      transformQuery: (args: any) => (statements.push(s.database.db.getExecutor().compileQuery(args.node, args.queryId).sql), args.node),
      transformResult: async (args: any) => args.result,
    });
    const docs = await db.selectFrom("search_docs").select(["id", "kind", "record_id"]).execute();
    const docId = new Map<string, number>(docs.map((d: any) => [`${d.kind}:${d.record_id}`, d.id]));
    const order = (r: any) => (r.items as any[]).map((i) => `${i.kind}:${i.id}`);
    const fromRows = { matchCap: 1000, narrowRows: 1_000_000 }, fromMatches = { matchCap: 1000, narrowRows: 0 };
    // The statement that reads the matches (the last before the rows are read whole: it names the words).
    const matching = () => statements.filter((q) => /search_fts|tsv/.test(q)).at(-1)!;
    let capBites = 0, walkedOn = 0;
    for (const who of ["aq_staff", "aq_head", "jj_staff", "jj_head"]) {
      const user = await db.selectFrom("users").selectAll().where("username", "=", who).executeTakeFirstOrThrow();
      for (const [q, kind] of [["食堂", undefined], ["食堂", "report"], ["食堂 消防", undefined], ["食堂 堂", undefined], ["学校", undefined]] as const) {
        const label = `${who} ${q} ${kind ?? ""}`;
        // Compiled afresh (compiled-once.ts would run a kept statement, past the plugin that notes them).
        forgetCompiled();
        statements.length = 0;
        const rows = await search(db, dialect.name, user, { q, kind }, fromRows);
        const few = matching();
        forgetCompiled();
        statements.length = 0;
        const matches = await search(db, dialect.name, user, { q, kind }, fromMatches);
        const busy = matching();
        // The two ways are two different statements: from the readable rows (SQLite: the match checked
        // against their ids; PostgreSQL: a union of the branches), from the matches (one scope, newest first).
        if (dialect.name === "sqlite") {
          expect(few, label).toMatch(/\+"search_fts"\."rowid" in/);
          expect(busy, label).not.toMatch(/\+"search_fts"\."rowid" in/);
        } else {
          expect(few, label).toMatch(/ union /);
          expect(busy, label).not.toMatch(/ union /);
        }
        expect(order(matches), label).toEqual(order(rows));
        if (order(rows).length > 2) capBites++;
        // With a cap of 2, either way ranks the caller's two newest readable matches.
        const newest = new Set([...order(rows)].sort((a, b) => docId.get(b)! - docId.get(a)!).slice(0, 2));
        for (const bounds of [fromRows, fromMatches]) {
          statements.length = 0;
          const capped = await search(db, dialect.name, user, { q, kind }, { ...bounds, matchCap: 2 });
          // PostgreSQL walks the ids newest first in windows (4 ids per match wanted, then sized by what was found).
          if (bounds === fromMatches && statements.filter((q) => /"d"\."id" > /.test(q)).length > 1) walkedOn++;
          expect(order(capped), `${label} capped ${bounds.narrowRows}`).toEqual(order(rows).filter((k) => newest.has(k)));
        }
      }
    }
    expect(capBites, "searches of more than two hits, where the cap leaves some").toBeGreaterThan(3);
    if (dialect.name === "postgres") expect(walkedOn, "searches that walked more than one window of ids").toBeGreaterThan(3);
  });

  it("a statement compiled once per shape answers as a fresh compile does, for every role, asked in turn (compiled-once.ts)", async () => {
    const asks = Object.keys(c).flatMap((who) => ["食堂", "食堂 管理", "食堂 安"].map((q) => [who, q] as const));
    const fresh: string[] = [];
    for (const [who, q] of asks) {
      forgetCompiled();
      fresh.push(JSON.stringify(await hits(c[who], q)));
    }
    const hitsBefore = compiledStats.hits;
    for (let round = 0; round < 2; round++) {
      // A write moves the data version: the answers are computed again, not served by the response cache.
      await sql`update orgs set name = name`.execute(s.database.db);
      for (const [i, [who, q]] of asks.entries()) expect(JSON.stringify(await hits(c[who], q)), `${who} ${q}`).toBe(fresh[i]);
    }
    expect(compiledStats.hits).toBeGreaterThan(hitsBefore);
  });

  it("refuses bad input in Chinese", async () => {
    for (const url of ["/api/search", "/api/search?q=%20", "/api/search?q=食堂&kind=user", "/api/search?q=食堂&limit=0", "/api/search?q=食堂&x=1"]) {
      const res = await c.office.get(url);
      expect(res.statusCode, url).toBe(400);
      expect(res.json().error.message, url).toMatch(/[\u4e00-\u9fa5]/);
    }
    expect((await s.client().get("/api/search?q=食堂")).statusCode).toBe(401);
  });

  it("a rebuild of the index (the bench's, a repair) writes the rows the commands wrote, each with its words indexed", async () => {
    // Before the edits (a report's indexed title is its task's when written; an edit of the task leaves it):
    // the rebuild gives the rows new ids. Outside a transaction it writes a chunk per transaction,
    // 200 rows per INSERT (xperf19), then the words of those rows to FTS5 / tsvector.
    const { rebuildSearchIndex } = await import("../../src/server/commands/search/store.js");
    const db = s.database.db as any;
    const rows = async () => {
      const docs = await db.selectFrom("search_docs").selectAll().execute();
      const words = dialect.name === "sqlite"
        ? new Map((await sql<{ id: number; tokens: string }>`select rowid as id, tokens from search_fts`.execute(db)).rows.map((r) => [r.id, r.tokens]))
        : new Map((await sql<{ id: number; tsv: string | null }>`select id, array_to_string(tsvector_to_array(tsv), ' ') as tsv from search_docs`.execute(db)).rows.map((r) => [r.id, r.tsv]));
      return docs.map(({ id, tsv: _tsv, ...d }: any) => {
        const indexed = words.get(id);
        const sorted = (t: string | null | undefined) => (t ? t.split(" ").sort().join(" ") : "");
        return { ...d, indexed: sorted(indexed) === sorted(d.tokens) };
      }).sort((a: any, b: any) => `${a.kind}:${a.record_id}`.localeCompare(`${b.kind}:${b.record_id}`));
    };
    const before = await rows();
    expect(before.length).toBeGreaterThan(10);
    expect(await rebuildSearchIndex(db, dialect.name)).toBe(before.length);
    const after = await rows();
    expect(after).toEqual(before);
    expect(after.every((d: any) => d.indexed)).toBe(true);
    expect(keys(await hits(c.office, "食堂", "&kind=report"))).toEqual(named("aR1", "aR2", "aR3"));
  });

  it("an edit updates the index in the same transaction: task, report, finding, plan publish", async () => {
    const t2 = must(await c.office.get(`/api/tasks/${task["2"].id}`));
    must(await c.office.request("PATCH", `/api/tasks/${task["2"].id}`, { title: "加强校园营养餐安全", body: "", version: (t2.task ?? t2).version }));
    expect(keys(await hits(c.office, "食堂", "&kind=task"))).toEqual(named("aT1"));
    expect(keys(await hits(c.office, "营养餐"))).toEqual([rec.aT2]);
    expect(keys(await hits(c.aq_staff, "营养"))).toEqual([rec.aT2]);

    const r2 = must(await c.aq_staff.get(`/api/reports/${rec.aR2.split(":")[1]}`));
    const version = (r2.report ?? r2).version;
    must(await c.aq_staff.request("PUT", `/api/reports/${rec.aR2.split(":")[1]}`, { text: "协助开展校车安全检查。", status: "on_track", version }));
    expect(keys(await hits(c.office, "食堂", "&kind=report"))).toEqual(named("aR1", "aR3"));
    expect(keys(await hits(c.office, "校车"))).toEqual([rec.aR2]);

    // The draft plan becomes visible to everyone of the bureau once published (here: once it has a task and is published).
    const draftId = Number(rec.aDraft.split(":")[1]);
    must(await c.office.post(`/api/plans/${draftId}/tasks`, { title: "食堂从业人员健康证全覆盖", lead: [{ name: "基础教育股", unitId: unit.jj }] }), 201);
    expect(keys(await hits(c.jj_staff, "健康证"))).toEqual([]);
    must(await c.office.post(`/api/plans/${draftId}/publish`, {}));
    const after = keys(await hits(c.jj_staff, "健康证"));
    expect(after.length).toBe(1);
    expect(after[0]).toMatch(/^task:/);
    expect(keys(await hits(c.director, "征求意见稿"))).toEqual([rec.aDraft]);
  });
});
