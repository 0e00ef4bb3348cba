// A search's statements compiled once per shape (xperf20): building and compiling the scope's OR of
// branches with kysely cost about a third of what running the statement did (the office's search on
// the bench's bureau). A statement is a function of its shape — the scope's inputs (roles, unit, the
// bureaus read, the findings' and bulletins' scopes, the leader's id), the words, the kind, the bounds —
// so the compiled text and parameters are kept under that key and run again as they are. Bounded:
// cleared when full, as the query cuts are (tokens.ts).
import type { Compilable, CompiledQuery } from "kysely";

const kept = new Map<string, CompiledQuery<unknown>>();
const KEPT = 500;
/** How often a kept statement was used, and how often one was compiled (tests). */
export const compiledStats = { hits: 0, compiled: 0 };

/** The statement `build` makes for this key, compiled on its first use only. */
export function compiledOnce<R>(key: string, build: () => Compilable<R>): CompiledQuery<R> {
  let q = kept.get(key) as CompiledQuery<R> | undefined;
  if (q) {
    compiledStats.hits++;
    return q;
  }
  compiledStats.compiled++;
  if (kept.size >= KEPT) kept.clear();
  q = build().compile();
  kept.set(key, q);
  return q;
}

/** Forgets every kept statement (tests compare with fresh compiles). */
export function forgetCompiled(): void {
  kept.clear();
}
