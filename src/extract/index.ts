// Plan document → structured plan. No server or database imports.
import { runPipeline } from "./pipeline.js";
import { readDocument } from "./readers/index.js";
import type { ExtractedPlan } from "./model.js";
import { findDeadlines } from "./stages/dates.js";
import { Stitched } from "./stages/stitched.js";

export * from "./model.js";

export async function extractPlan(input: Buffer | string, { filename }: { filename: string }): Promise<{ plan: ExtractedPlan; warnings: string[] }> {
  const source = await readDocument(input, filename);
  const base = filename.split(/[\\/]/).pop() ?? filename;
  return runPipeline(source, base);
}

/**
 * The dated commitments in one short text ("2026年6月底前完成选址", "暑假前"), relative dates resolved
 * against the plan year — for cells people type, such as a ledger's 完成时限.
 */
export function deadlinesIn(text: string, planYear: number | null): { by: string; what: string }[] {
  return findDeadlines(Stitched.of(text, 0, text.length), planYear).map(({ by, what }) => ({ by, what }));
}
