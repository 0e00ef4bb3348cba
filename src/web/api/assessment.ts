// API calls and types of 目标管理考核.
import { request } from "./client.js";
import type { Id } from "./types.js";
import type { AssessmentItem, AssessmentItemKind, AssessmentRule, AssessmentRules, Grade, UnitScoreView } from "../../shared/assessment.js";
export type { AssessmentItem, RuleScore } from "../../shared/assessment.js";
/** Results published before quotas have no quota fields. */
export type UnitScore = UnitScoreView;

export interface AssessmentView {
  year: number;
  years: number[];
  today: string;
  orgName: string;
  rules: AssessmentRules & { version: number; updatedAt: string | null };
  ruleInfo: { rule: AssessmentRule; label: string; hint: string }[];
  grades: { grade: Grade; label: string }[];
  /** Published (frozen) results: when and by whom; null while they follow the data. */
  published: { at: string; by: string | null } | null;
  unitsTotal: number;
  units: UnitScore[];
  can: { manage: boolean; export: boolean };
}

export interface ItemInput {
  year: number;
  unitId: Id;
  kind: AssessmentItemKind;
  points?: number;
  capGrade?: Grade;
  reason: string;
  evidence?: string;
}

const q = (year?: number) => (year ? `?year=${year}` : "");

export const assessmentApi = {
  get: (year?: number) => request<AssessmentView>(`/api/assessment${q(year)}`),
  saveRules: (input: AssessmentRules & { year: number; version: number }) => request<AssessmentView["rules"]>("/api/assessment/rules", { method: "PUT", body: input }),
  addItem: (input: ItemInput) => request<AssessmentItem>("/api/assessment/items", { method: "POST", body: input }),
  removeItem: (id: Id, version: number) => request<{ deleted: boolean }>(`/api/assessment/items/${id}?version=${version}`, { method: "DELETE" }),
  publish: (year: number, step: "publish" | "reopen") => request<AssessmentView>(`/api/assessment/${step}`, { method: "POST", body: { year } }),
  xlsxUrl: (year: number) => `/api/assessment/export.xlsx${q(year)}`,
  docxUrl: (year: number) => `/api/assessment/export.docx${q(year)}`,
};
