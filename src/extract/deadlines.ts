// The deadline finder alone, for cells people type (a ledger's 完成时限): without the readers and the
// pipeline, which a server exporting ledgers need not load (perf13).
import { findDeadlines } from "./stages/dates.js";
import { Stitched } from "./stages/stitched.js";

/**
 * The dated commitments in one short text ("2026年6月底前完成选址", "暑假前"), relative dates resolved
 * against the plan year — for cells people type, such as a ledger's 完成时限.
 */
export function deadlinesIn(text: string, planYear: number | null): { by: string; what: string }[] {
  return findDeadlines(Stitched.of(text, 0, text.length), planYear).map(({ by, what }) => ({ by, what }));
}
