// Plan document → structured plan. No server or database imports.
import { runPipeline } from "./pipeline.js";
import { readDocument } from "./readers/index.js";
import type { ExtractedPlan } from "./model.js";

export * from "./model.js";
export { deadlinesIn } from "./deadlines.js";

export async function extractPlan(input: Buffer | string, { filename }: { filename: string }): Promise<{ plan: ExtractedPlan; warnings: string[] }> {
  const source = await readDocument(input, filename);
  const base = filename.split(/[\\/]/).pop() ?? filename;
  return runPipeline(source, base);
}
