// GET /api/search (issue 15): the index rows that match every word of the query and that the
// caller may read. The rule is scope.ts's, restated as one WHERE over search_docs so that the
// database filters before it ranks and limits:
//   plans      the bureaus whose work the caller reads (workReadOrgs); drafts only for the office
//              (and admin) of their own bureau
//   tasks      the same, and a caller with only unit roles sees the tasks their unit is named on
//   reports    reportAccess: overseers all (director and viewer the bureaus below too), the task's
//              leader, the unit its own, the lead and liaison unit the sent reports of their tasks
//   findings   findingListScope; bulletins bulletinListScope (drafts for those who write/approve)
// Every branch is narrower than or equal to the scoped loader's answer, so a hit always opens.
import { expressionBuilder, sql, type Compilable, type Expression, type SelectQueryBuilder, type ExpressionBuilder, type Kysely, type SqlBool } from "kysely";
import type { DB } from "../../db/schema.js";
import type { Dialect } from "../../db/connection.js";
import type { UserRow } from "../../auth/sessions.js";
import { bulletinListScope, findingListScope, rolesOf, workReadOrgs } from "../../policies/scope.js";
import type { SearchHit, SearchKind, SearchResult } from "../../../shared/search.js";
import { markTerms, queryTerms, snippet } from "./tokens.js";
import { newestMatches } from "./newest-matches.js";
import { compiledOnce } from "./compiled-once.js";

const OVERSEERS = ["office", "admin", "director", "viewer"];
/** How many of the newest readable matches of a word are ranked. */
export const MATCH_CAP = 1000;
const UNIT_ROLES = ["unit_staff", "unit_head"];
/** Fewer readable rows than this: the search starts from them (see search()). */
export const NARROW_ROWS = 2000;

/** The search's bounds (tests set them small to see both ways a caller is searched). */
export interface SearchBounds {
  matchCap: number;
  narrowRows: number;
}
const BOUNDS: SearchBounds = { matchCap: MATCH_CAP, narrowRows: NARROW_ROWS };

type Eb = ExpressionBuilder<DB & { d: DB["search_docs"] }, "d">;

async function scopeWhere(db: Kysely<DB>, user: UserRow) {
  const roles = rolesOf(user);
  const has = (list: string[]) => roles.some((r) => list.includes(r));
  const readOrgs = await workReadOrgs(db, user);
  const overseer = has(OVERSEERS);
  const leader = roles.includes("leader");
  const drafts = has(["office", "admin"]);
  const unitId = user.unit_id != null && has(UNIT_ROLES) ? user.unit_id : null;
  const findings = await findingListScope(db, user);
  const bulletins = await bulletinListScope(db, user);
  const own = user.org_id;
  // A caller with only unit roles reads a few hundred rows a year (their unit's), an overseer or a
  // leader the whole bureau's: the search starts from the readable rows for the first, from the
  // matches for the others.
  const narrow = !overseer && !leader;

  // Each way in as a branch of its own: their OR is the rule (where); apart, each is found by its own
  // index (the readable ids of a narrow caller on PostgreSQL, see search()).
  // `counting`: the branches as the PostgreSQL count of a narrow caller's rows reads them (see search()).
  const branches = (eb: Eb, counting = false): Expression<SqlBool>[] => {
    const kind = (k: SearchKind) => eb("d.kind", "=", k);
    // The own bureau as a check, not a way in (unary +): a branch naming its tasks or its unit is
    // found by search_docs_task_scope / search_docs_unit_scope, not by every row of the bureau; those
    // indexes carry org_id, role and state, so the check is read from them, not from the row (0023).
    // Counting, the column itself: PostgreSQL estimates `+org_id = n` at 0.5 % of the rows, so it
    // expected a busy unit's count never to reach its limit and read every index entry of the unit's
    // years (a bitmap, 71,000 entries at 10 years) in parallel workers; on the column it stops at the limit.
    const ownOrg = counting ? eb("d.org_id", "=", own) : eb(sql<number>`+${sql.ref("d.org_id")}`, "=", own);
    const notDraft = drafts ? eb.or([eb("d.state", "!=", "draft"), eb("d.org_id", "=", own)]) : eb("d.state", "!=", "draft");
    const branches: Expression<SqlBool>[] = [];
    // plans and tasks
    branches.push(eb.and([kind("plan"), eb("d.org_id", "in", readOrgs), notDraft]));
    if (overseer || leader) branches.push(eb.and([kind("task"), eb("d.org_id", "in", readOrgs), notDraft]));
    else if (unitId != null) {
      branches.push(eb.and([kind("task"), ownOrg, eb("d.state", "!=", "draft"),
        eb("d.task_id", "in", eb.selectFrom("task_units").select("task_units.task_id").where("task_units.unit_id", "=", unitId))]));
    }
    // reports (each way in a branch of its own, so that each can be found by its index)
    if (overseer) branches.push(eb.and([kind("report"), eb("d.org_id", "in", readOrgs)]));
    else {
      const report = (...and: Expression<SqlBool>[]) => branches.push(eb.and([kind("report"), ownOrg, ...and]));
      if (leader) report(eb("d.task_id", "in", eb.selectFrom("task_leaders").select("task_leaders.task_id").where("task_leaders.user_id", "=", user.id)));
      if (unitId != null) {
        report(eb("d.unit_id", "=", unitId));
        report(
          eb("d.task_id", "in", eb.selectFrom("task_units").select("task_units.task_id").where("task_units.unit_id", "=", unitId).where("task_units.role", "in", ["lead", "liaison"])),
          eb.or([eb("d.role", "=", "lead"), eb("d.state", "in", ["submitted", "merged"])]),
        );
      }
    }
    // findings
    if (findings && findings.orgIds.length) {
      branches.push(eb.and([kind("finding"), eb("d.org_id", "in", findings.orgIds), ...(findings.unitId != null ? [eb("d.unit_id", "=", findings.unitId)] : [])]));
    }
    // bulletins
    if (bulletins.allOf.length) branches.push(eb.and([kind("bulletin"), eb("d.org_id", "in", bulletins.allOf)]));
    if (bulletins.publishedOf.length) branches.push(eb.and([kind("bulletin"), eb("d.org_id", "in", bulletins.publishedOf), eb("d.state", "=", "published")]));
    return branches;
  };
  /** How many branches (made only where asked: only a statement being compiled needs them). */
  const count = () => branches(expressionBuilder<DB & { d: DB["search_docs"] }, "d">()).length;
  const where = (eb: Eb): Expression<SqlBool> => eb.or(branches(eb));
  /** The i-th branch alone. */
  const branch = (i: number, counting = false) => (eb: Eb): Expression<SqlBool> => branches(eb, counting)[i];
  /** Everything the branches are made of: equal shapes, equal statements (compiled-once.ts). */
  const shape = JSON.stringify([readOrgs, overseer, leader, drafts, own, unitId, leader && !overseer ? user.id : null, findings, bulletins]);
  return { where, narrow, count, branch, shape };
}

function linkOf(d: { kind: SearchKind; record_id: number; plan_id: number | null; state: string }): string {
  switch (d.kind) {
    case "plan": return d.state === "draft" ? `/plans/${d.record_id}/review` : `/tasks?plan=${d.record_id}`;
    case "task": return d.state === "draft" ? `/plans/${d.plan_id}/review` : `/tasks/${d.record_id}`;
    case "report": return `/reports/${d.record_id}`;
    case "finding": return `/findings/${d.record_id}`;
    case "bulletin": return `/bulletins/${d.record_id}`;
  }
}

export interface SearchQuery {
  q: string;
  kind?: SearchKind;
  limit?: number;
}

export async function search(db: Kysely<DB>, dialect: Dialect, user: UserRow, input: SearchQuery, bounds: SearchBounds = BOUNDS): Promise<SearchResult> {
  const { matchCap, narrowRows } = bounds;
  const { words, chars } = queryTerms(input.q);
  const terms = [...words, ...chars];
  if (!terms.length) return { q: input.q, terms, items: [] };
  const limit = Math.min(Math.max(input.limit ?? 50, 1), 100);
  const scope = await scopeWhere(db, user);

  // What the query asks besides the words: the kind, and the one-character terms (by LIKE).
  const asked = (eb: Eb): Expression<SqlBool>[] => [
    ...(input.kind ? [eb("d.kind", "=", input.kind)] : []),
    ...chars.map((c) => eb.or([eb("d.title", "like", `%${c}%`), eb("d.body", "like", `%${c}%`)])),
  ];
  const shown = ["d.id", "d.kind", "d.record_id", "d.plan_id", "d.state", "d.title", "d.label", "d.body"] as const;
  // The matches are found, scoped, capped and ranked on ids and a score alone; only the `limit` rows
  // returned are then read whole (title, body for the snippets) — not the MATCH_CAP ranked.
  const idOnly = db.selectFrom("search_docs as d").select("d.id");
  // Each statement below is a function of this key and its own tag (the way it was reached): compiled once.
  const shapeKey = JSON.stringify([dialect, scope.shape, input.kind ?? null, words, chars, limit, matchCap, narrowRows]);
  const once = <R>(tag: string, build: () => Compilable<R>) => compiledOnce(`${tag}|${shapeKey}`, build);
  // Built only when a statement is compiled (a builder's where() makes its tree at once).
  const query = () => idOnly.where((eb) => eb.and([...asked(eb), scope.where(eb)]));
  let rows: { id: number; kind: SearchKind; record_id: number; plan_id: number | null; state: string; title: string; label: string; body: string }[];
  if (!words.length) {
    rows = (await db.executeQuery(once("newest", () => db.selectFrom("search_docs as d").select(shown).where((eb) => eb.and([...asked(eb), scope.where(eb)]))
      .orderBy("d.id", "desc").limit(limit)))).rows;
  } else {
    // A word in every report (调度) matches years of them: the newest MATCH_CAP matches the caller
    // may read are ranked, not all of them. Newest first walks the index backwards and stops there.
    let capped: (() => SelectQueryBuilder<DB & { d: DB["search_docs"] }, "d", { id: number; score: number }>) | undefined;
    /** The way `capped` was reached (its statement's tag). */
    let way = "";
    rows = [];
    if (dialect === "sqlite") {
      const match = words.map((w) => `"${w.replace(/"/g, '""')}"`).join(" AND ");
      // A narrow caller: the readable rows first (their indexes: search_docs_unit_scope, _task_scope, _org_scope), each
      // then matched by its rowid — SQLite keeps a CROSS JOIN's order. Otherwise the matches first.
      const joined = () => query().innerJoin(sql<{ rowid: number }>`search_fts`.as("search_fts"), "search_fts.rowid", "d.id");
      // A narrow caller: the ids they may read are found once by their indexes (a few hundred a year),
      // and each match is checked against them before its row is read — instead of reading every
      // match's row (all the reports of the years, for 调度) to find the few readable ones.
      // (Unary +: the list is not handed to FTS5 as rowid = constraints, each of which would run the MATCH again.)
      // A busy unit (lead on many tasks) reads thousands: its newest readable matches come soon in the
      // matches' own order, so it goes that way (counted up to NARROW_ROWS, by the same indexes).
      const readable = () => db.selectFrom("search_docs as d").select("d.id").where(scope.where);
      const few = scope.narrow && Number((await db.executeQuery(once("sqlite-count", () => db.selectFrom(readable().limit(narrowRows).as("r")).select((eb) => eb.fn.countAll().as("n"))))).rows[0].n) < narrowRows;
      way = few ? "sqlite-few" : "sqlite-matches";
      const scoped = () => (few ? joined().where(sql<number>`+${sql.ref("search_fts.rowid")}`, "in", readable()) : joined());
      // The rank is bm25's order without bm25: a record's words are distinct (indexTokens), so each word
      // of the query occurs once in every match and bm25 = -(Σ idf) · (k1 + 1) / (1 + k1 · (1 − b + b · dl / avgdl))
      // falls as dl, the record's number of words, grows — equal dl, equal score. Ordering by dl (its
      // spaces) gives the same order and spares bm25's per-query pass over every match of each word (its
      // idf: 43,000 rows for 调度) and a docsize read per row.
      capped = () => scoped()
        .select(sql<number>`length(${sql.ref("d.tokens")}) - length(replace(${sql.ref("d.tokens")}, ' ', ''))`.as("score"))
        .where(sql<SqlBool>`search_fts match ${match}`)
        // By the FTS rowid (= d.id): SQLite reads the matches in that order and stops at the cap.
        .orderBy("search_fts.rowid", "desc");
    } else {
      const tsq = words.map((w) => `'${w.replace(/'/g, "''")}'`).join(" & ");
      const match = sql<SqlBool>`d.tsv @@ ${tsq}::tsquery`;
      const score = sql<number>`-ts_rank(d.tsv, ${tsq}::tsquery)`.as("score");
      // A narrow caller's readable rows, counted up to narrowRows as SQLite does — each way in (branch)
      // alone, found by its own index (an OR of them is found by none), each stopping where the count does
      // (UNION ALL streams; a row two branches reach counts twice, which only sends a unit near the bound
      // the other way a little sooner: both ways answer the same). A constant, not the id: each branch's
      // index holds all it asks (an index-only scan where the table is vacuumed).
      // With the newest id, where a busy unit's walk starts (one round trip less).
      const countBranch = (i: number) => db.selectFrom("search_docs as d").select(sql<number>`1`.as("one")).where(scope.branch(i, true));
      const counted = scope.narrow
        ? (await db.executeQuery(once("pg-count", () => db.selectFrom(Array.from({ length: scope.count() }, (_, i) => countBranch(i)).reduce((a, b) => a.unionAll(b)).limit(narrowRows).as("r"))
          .select((eb) => [eb.fn.countAll().as("n"), eb.selectFrom("search_docs").select((e) => e.fn.max("id").as("top")).as("top")])))).rows[0]
        : undefined;
      const few = counted !== undefined && Number(counted.n) < narrowRows;
      if (few) {
        // A narrow caller of a few readable rows: the matches among them, each branch found by its
        // own index and checked there, their union deduplicated and the newest matchCap of it read —
        // the work is what the caller may read, fewer than narrowRows rows whatever the history.
        capped = () => {
          const ids = Array.from({ length: scope.count() }, (_, i) =>
            db.selectFrom("search_docs as d").select("d.id").where((eb) => eb.and([scope.branch(i)(eb), ...asked(eb), match])));
          const newest = db.selectFrom(ids.reduce((a, b) => a.union(b)).as("r")).select("r.id").orderBy("r.id", "desc").limit(matchCap);
          return idOnly.select(score).where("d.id", "in", newest).orderBy("d.id", "desc");
        };
        way = "pg-few";
      } else if (!scope.narrow) {
        // An overseer or a leader reads the bureau: the newest matches first, stopping at the cap
        // (PostgreSQL expects readable matches soon, so it walks the primary key backwards).
        capped = () => query().select(score).where(match).orderBy("d.id", "desc");
        way = "pg-matches";
      } else {
        // A busy unit (its readable rows grow with every year: 9,000 a year for a unit that leads many
        // tasks): the newest matches first too, each checked against the scope, stopping at the cap —
        // the work is the newest rows read until matchCap readable matches are found, not every
        // readable row of the years (SQLite: FTS5 by rowid descending). Walked in windows of ids
        // (newest-matches.ts): asked at once, PostgreSQL expected a few readable matches of a unit's
        // scope and scanned every row. Ranked here, then the `limit` rows read by their ids.
        const found = await newestMatches(db, (eb) => eb.and([...asked(eb), scope.where(eb), match]), sql<number>`-ts_rank(d.tsv, ${tsq}::tsquery)`, matchCap, Number(counted?.top ?? 0));
        const top = found.sort((a, b) => a.score - b.score || b.id - a.id).slice(0, limit);
        const read = top.length ? await db.selectFrom("search_docs as d").select(shown).where("d.id", "in", top.map((t) => t.id)).execute() : [];
        const byId = new Map(read.map((r) => [r.id, r]));
        rows = top.map((t) => byId.get(t.id)!);
      }
    }
    // Ranked and limited on (id, score) first, then the `limit` rows read by their ids.
    if (capped) {
      const ranked = capped;
      rows = (await db.executeQuery(once(way, () => {
        const top = db.selectFrom(ranked().limit(matchCap).as("h")).select(["h.id", "h.score"])
          .orderBy("h.score").orderBy("h.id", "desc").limit(limit);
        return db.selectFrom(top.as("top"))
          .innerJoin("search_docs as d", "d.id", "top.id")
          .select(shown)
          .orderBy("top.score").orderBy("top.id", "desc");
      }))).rows;
    }
  }
  const items: SearchHit[] = rows.map((d) => ({
    kind: d.kind,
    id: d.record_id,
    link: linkOf(d),
    title: markTerms(d.title, terms),
    label: d.label,
    snippet: snippet(d.body, terms),
  }));
  return { q: input.q, terms, items };
}
