// Runs the pure stages over a read document, unified-style: each stage takes the working
// document and the context (which collects warnings) and returns the next working document.
import type { ExtractedPlan, SourceDocument } from "./model.js";
import { tableOfContents } from "./stages/contents.js";
import { containerParagraphs } from "./stages/containerParagraphs.js";
import { cover } from "./stages/cover.js";
import { cutOffPart } from "./stages/cutOffPart.js";
import { divisionLines } from "./stages/divisionLines.js";
import { fewTasks } from "./stages/fewTasks.js";
import { fields } from "./stages/fields.js";
import { gluedHeaderTables } from "./stages/gluedHeader.js";
import { letterSubject } from "./stages/letterSubject.js";
import { layout } from "./stages/normalize.js";
import { monthItems } from "./stages/monthItems.js";
import { parallelLists } from "./stages/parallelLists.js";
import { siblingHeads } from "./stages/siblingHeads.js";
import { restoreScript } from "./stages/script.js";
import { segment } from "./stages/segment.js";
import { structure } from "./stages/structure.js";
import { rebuildFlattenedTables, tableTasks } from "./stages/tables.js";
import type { Ctx, Stage, Warning, WarningCode } from "./stages/types.js";
import { webChrome } from "./stages/webChrome.js";

export const STAGES: Stage[] = [webChrome, tableOfContents, rebuildFlattenedTables, gluedHeaderTables, segment, cover, tableTasks, structure, monthItems, fewTasks, divisionLines, parallelLists, siblingHeads, containerParagraphs, cutOffPart, letterSubject, fields, restoreScript];

export function createCtx(): Ctx {
  const warnings: Warning[] = [];
  return {
    warnings,
    warn(message: string, code?: WarningCode) {
      if (!warnings.some((w) => w.message === message)) warnings.push(code ? { message, code } : { message });
    },
  };
}

export function runPipeline(source: SourceDocument, file: string, stages: Stage[] = STAGES): { plan: ExtractedPlan; warnings: string[] } {
  const ctx = createCtx();
  for (const w of source.warnings) ctx.warn(w);
  let doc = layout(source, file);
  for (const stage of stages) doc = stage(doc, ctx);
  return { plan: doc.plan!, warnings: ctx.warnings.map((w) => w.message) };
}
