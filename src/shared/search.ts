// Search (issue 15): what GET /api/search answers; server and web.
export const SEARCH_KINDS = ["plan", "task", "report", "finding", "bulletin"] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number];
export const SEARCH_KIND_NAMES: Record<SearchKind, string> = {
  plan: "工作方案", task: "任务", report: "进展报告", finding: "督导问题", bulletin: "通报",
};

/** A piece of text; `hit` marks a match of the query. */
export interface SearchPart {
  text: string;
  hit: boolean;
}

export interface SearchHit {
  kind: SearchKind;
  id: number;
  /** The record's page in the web app. */
  link: string;
  title: SearchPart[];
  /** Plan, unit, period, state… */
  label: string;
  snippet: SearchPart[];
}

export interface SearchResult {
  q: string;
  /** The words looked for (jieba's cut of the query). */
  terms: string[];
  items: SearchHit[];
}
