// The one internal document model every reader produces (as mammoth's readers do):
// a flat list of blocks in reading order. Stages never look at the original format.
import type { TableRowSource } from "../shared/tasks.js";

export type SourceFormat = "txt" | "md" | "docx" | "pdf" | "xlsx" | "html" | "doc";

export interface Paragraph {
  kind: "paragraph";
  /** Text of the paragraph without automatic numbering; line breaks inside kept as "\n". */
  text: string;
  /** Automatic numbering reconstructed by the reader (e.g. "1.", "（一）"), when not part of text. */
  numbering?: string;
  /** Outline level of a heading (1 = top), from styles or markdown "#"; undefined for body text. */
  heading?: number;
  /** Leading bold run(s) of the paragraph, e.g. "1. 强化思想政治引领。" */
  boldPrefix?: string;
  /** The whole paragraph is bold. */
  bold?: boolean;
  /** 1-based page, where the format has pages. */
  page?: number;
}

export interface TableCell {
  text: string;
  rowSpan?: number;
  colSpan?: number;
  /** This cell is covered by a merged cell above or to the left; text repeats the merged cell's. */
  continuation?: boolean;
}

export interface Table {
  kind: "table";
  rows: TableCell[][];
  page?: number;
}

export type Block = Paragraph | Table;

export interface SourceDocument {
  format: SourceFormat;
  blocks: Block[];
  /** Chinese sentences a clerk understands, e.g. "第3页页眉已忽略". */
  warnings: string[];
}

/** Said once when page chrome copied from a web page (当前位置, 浏览次数, 打印本页…) was dropped, by a reader or a stage. */
export const WEB_CHROME_WARNING = "已忽略从网页复制的页面信息（当前位置、索引号、浏览次数、打印本页等）";

/** A reader failure the user can act on; message is Chinese. */
export class ExtractError extends Error {
  constructor(
    public code:
      | "UNSUPPORTED_FORMAT"
      | "UNREADABLE"
      | "TOO_LARGE"
      | "NO_TEXT_LAYER"
      | "NEEDS_CONVERSION"
      | "UNSAFE_ARCHIVE",
    message: string,
  ) {
    super(message);
    this.name = "ExtractError";
  }
}

// ---------------------------------------------------------------------------
// The engine's output: the gold schema (gold/SCHEMA.md) plus provenance.
// Every span is [start, end) into ExtractedPlan.sourceText.

export type Span = [number, number];

/** A value found in the source, where it came from, and how sure the engine is (0..1). */
export interface Located {
  span: Span;
  confidence: number;
}

export interface LocatedText extends Located {
  text: string;
}

export interface ExtractedSection {
  no: string;
  title: string;
  span?: Span;
}

export interface ExtractedTarget extends Partial<Located> {
  metric: string;
  op: ">=" | "<=" | "=" | ">" | "<";
  value: number;
  unit: string;
  text: string;
}

export interface ExtractedDeadline extends Partial<Located> {
  what: string;
  by: string;
  text: string;
}

export interface TaskFields {
  title: LocatedText;
  lead: LocatedText[];
  co: LocatedText[];
  liaison: LocatedText[];
  leaders: LocatedText[];
  measures: LocatedText[];
}

// The table row a task was read from, for the review screen: one definition shared with the web app.
export type { SourceCell, TableRowSource } from "../shared/tasks.js";

export interface ExtractedTask {
  no: string;
  section: string | null;
  title: string;
  lead: string[];
  co: string[];
  liaison: string[];
  leaders: string[];
  measures: number;
  targets: ExtractedTarget[];
  deadlines: ExtractedDeadline[];
  // provenance and review aids (ignored by the scorer)
  sectionTitle: string | null;
  body: string;
  measureItems: string[];
  span: Span;
  confidence: number;
  fields: TaskFields;
  /** Set when the task was read from a table (absent in plans extracted before it existed). */
  tableRow?: TableRowSource;
}

/** The plan's header as read from its cover and title (each null when not found). */
export interface PlanHeader {
  issuer: string | null;
  docNumber: string | null;
  issuedOn: string | null;
  title: string | null;
  year: number | null;
  region: string | null;
}

export interface ExtractedPlan extends PlanHeader {
  file: string;
  sections: ExtractedSection[];
  tasks: ExtractedTask[];
  sourceText: string;
  format: SourceFormat;
  /** Span and confidence of each metadata field that was found. */
  meta: Partial<Record<keyof PlanHeader, Located>>;
}
