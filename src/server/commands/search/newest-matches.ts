// A word's newest matches that the caller may read, on PostgreSQL (xperf19): what SQLite gets from
// FTS5 read by rowid descending. Asked in one statement (`ORDER BY id DESC LIMIT cap` over the match
// and the caller's scope), PostgreSQL walks the primary key backwards only when it expects to find the
// cap soon; for a unit's scope (an OR of branches, two of them hashed subplans) it expected ~50 rows
// of 43,000 matches and scanned every row of the years instead (149 ms for the busiest clerk on the
// bench's 1-year bureau). So the ids are walked here, newest first, in windows: each statement reads
// one range of the primary key — by that range, or by the word's GIN entries within it when the word
// is rare — and stops at what is still wanted; the walk stops at the cap. The work is the newest rows
// read until `cap` readable matches are found, whatever the history behind them.
import { sql, type Expression, type ExpressionBuilder, type Kysely, type SqlBool } from "kysely";
import type { DB } from "../../db/schema.js";

type Eb = ExpressionBuilder<DB & { d: DB["search_docs"] }, "d">;

/** The first window: this many ids per match wanted. */
const FIRST_WINDOW = 4;
/** A window is at most this many times as wide as the one before. */
const MAX_GROWTH = 8;

export interface Match {
  id: number;
  score: number;
}

/**
 * Up to `cap` rows satisfying `where`, the newest (highest id, from `newestId` down) first, with their `score`. Each next
 * window is sized to what is still wanted at the rate readable matches were found so far (a quarter
 * more), between `cap` ids and MAX_GROWTH times the last window.
 */
export async function newestMatches(db: Kysely<DB>, where: (eb: Eb) => Expression<SqlBool>, score: Expression<number>, cap: number, newestId: number): Promise<Match[]> {
  let hi = newestId;
  const found: Match[] = [];
  let width = FIRST_WINDOW * cap;
  let walked = 0;
  while (hi > 0 && found.length < cap) {
    const lo = Math.max(0, hi - width);
    const rows = await db.selectFrom("search_docs as d")
      .select(["d.id", sql<number>`${score}`.as("score")])
      .where("d.id", ">", lo).where("d.id", "<=", hi).where(where)
      .orderBy("d.id", "desc").limit(cap - found.length).execute();
    for (const r of rows) found.push({ id: r.id, score: Number(r.score) });
    walked += hi - lo;
    hi = lo;
    const wanted = cap - found.length;
    const rate = found.length / walked;
    width = rate > 0 ? Math.min(MAX_GROWTH * width, Math.max(cap, Math.ceil((1.25 * wanted) / rate))) : MAX_GROWTH * width;
  }
  return found;
}
