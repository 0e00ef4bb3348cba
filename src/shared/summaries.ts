// 季度总结 as the API answers it (presenters/summaries.ts), for the server and the web client alike.
export type SummaryState = "draft" | "submitted" | "returned" | "approved";

export interface Summary {
  id: number;
  planId: number;
  quarter: string;
  quarterLabel: string;
  scope: "unit" | "leader";
  unitId: number | null;
  leaderId: number | null;
  title: string;
  text: string;
  state: SummaryState;
  comment: string | null;
  submittedAt: string | null;
  decidedAt: string | null;
  version: number;
  updatedAt: string;
  /** What the user may do with it now (the detail and the answers of its steps, not the list). */
  can?: SummarySteps;
}

export interface SummarySteps {
  write: boolean;
  submit: boolean;
  decide: boolean;
}
