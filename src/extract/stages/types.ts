// The working state the stages pass along, and the context that collects warnings.
import type { CalendarDay } from "./calendarWeeks.js";
import type { ExtractedPlan, ExtractedSection, ExtractedTarget, Located, PlanHeader, SourceDocument } from "../model.js";
import type { Stitched } from "./stitched.js";

export interface Line {
  text: string;
  start: number; // offset of text[0] in sourceText
  heading?: number;
  bold?: boolean;
  boldPrefix?: string;
  /** Automatic numbering from the reader (docx), not part of text. */
  numbering?: string;
  /** The rest of a sentence a page break cut (a document site's next page): it goes on the line before. */
  continuesPage?: boolean;
}

/** A table row with cells as stitched texts (provenance kept). */
export interface GridTable {
  rows: Stitched[][];
  /** Index in WorkDoc.items order. */
  order: number;
  /**
   * For a position covered by a merged cell (the reader's `continuation`), the merged cell's own
   * text; null elsewhere. rows[r][c] is empty there so that a merged value is read once, unless a
   * stage decides it applies to every covered row (a unit column merged down).
   */
  merged?: (Stitched | null)[][];
  /** Reconstructed from text flattened by PDF-to-text rather than read as a table. */
  flattened?: boolean;
  /** Rebuilt from a header whose column names ran together (gluedHeader.ts): its rows are a guess. */
  glued?: boolean;
  /** Rebuilt from rows with no header, its columns named by what their cells are (serialRows.ts): a guess. */
  headerless?: boolean;
}

export type Item = { kind: "line"; line: Line } | { kind: "table"; table: GridTable };

/** The line at `i` of a stream of items, or null where a table (or nothing) stands there. */
export function lineAt(items: Item[], i: number): Line | null {
  const it = items[i];
  return it && it.kind === "line" ? it.line : null;
}

/** A logical paragraph: wrapped lines joined back together. */
export interface Para {
  st: Stitched;
  heading?: number;
  boldPrefix?: string;
  bold?: boolean;
  numbering?: string;
}

export type UnitRole = "lead" | "co" | "liaison" | "leaders" | "responsible";

/** One task as found by the table or the prose stage, before field extraction. */
export interface RawTask {
  no: string;
  section: ExtractedSection | null;
  title: Stitched;
  titleConfidence: number;
  /** Whole text of the task (title, body, cells). */
  body: Stitched;
  /** Unit cells from table columns, by role. */
  unitCells: { role: UnitRole; cell: Stitched }[];
  measureItems: Stitched[];
  /** Text searched for targets and deadlines. */
  factText: Stitched;
  confidence: number;
  /** Under a month heading of a month-by-month schedule ("九月：…"): that month is the item's deadline. */
  /** exact: the line's own date ("3/14 家长会"), more precise than any month the title names. */
  /** from: the first day of a span of days (a week's row "2.17—2.23"): days inside the span are the span's work, due at its end. */
  scheduled?: { by: string; year: number; st: Stitched; exact?: boolean; from?: string };
  /** A school calendar's row: the days of its week, which date the bare days its notes name. */
  week?: CalendarDay[];
  /** Targets read from table cells that hold a bare amount (an investment column in 万元). */
  cellTargets?: ExtractedTarget[];
  /** A goals part read as the plan's only work (goalParagraphs.ts `goalsAlone`): it is due by the year of its goal alone. */
  goals?: true;
}

export interface PlanMeta extends PlanHeader {
  located: ExtractedPlan["meta"];
  /** The document is a notice of its own ("关于做好…的通知"), not a plan handed out by one. */
  notice?: boolean;
  /** Index into paras where the plan body starts (after the cover notice and title). */
  bodyStart: number;
}

export interface WorkDoc {
  file: string;
  source: SourceDocument;
  /** Source text with full-width digits and letters folded (same length as original; stages read this). */
  text: string;
  /** Source text as laid out, unfolded: the plan's sourceText, which every span points into. */
  original?: string;
  /**
   * The original with full-width digits folded, when the stages read something else: traditional
   * characters folded to simplified ones, pinyin annotations taken out (script.ts). The plan's
   * strings are given back in these characters.
   */
  printed?: string;
  /** Offset in `printed` of each offset of `text`, when the two differ in length. */
  toPrinted?: Int32Array;
  items: Item[];
  /** Lines of a web page's own fields (发布机构, 发布日期…) taken out of the body; the cover still reads them. */
  pageMeta?: Stitched[];
  paras: Para[];
  meta?: PlanMeta;
  tableTasks: RawTask[];
  proseTasks: RawTask[];
  sections: ExtractedSection[];
  /** The prose stage decided the document holds no tasks (a speech, a notice of general demands, framing only). */
  refused?: boolean;
  /**
   * Whether a paragraph of the body names who is responsible (`namesResponsibility`): a plan that hands out its
   * work. Reckoned once by structure; its rules, its goal paragraphs and the walk's part facts read it.
   */
  responsible?: boolean;
  plan?: ExtractedPlan;
}

/**
 * What a warning says in kind, given where it is made, so that a later stage finds it without reading
 * its Chinese words: the rule stages' guesses at a document's structure, which `fewTasks` replaces by one.
 */
export type WarningCode =
  | "one-task" // 本文档只识别到1项任务
  | "level-guess" // 未能确定哪一级编号是任务，已按…级编号列出
  | "part-unsplit" // “…”部分没有分项编号，已将其整体列为1项任务
  | "unnumbered" // 文档没有编号的任务，已将…列为任务
  | "dated-lines"; // 文档是按日期排列的行事历

/** A warning on its way through the stages; the plan's warnings are their messages (the API sends strings). */
export interface Warning {
  message: string;
  code?: WarningCode;
}

export interface Ctx {
  warnings: Warning[];
  warn(message: string, code?: WarningCode): void;
}

export type Stage = (doc: WorkDoc, ctx: Ctx) => WorkDoc;

export function located(span: [number, number], confidence: number): Located {
  return { span, confidence };
}
