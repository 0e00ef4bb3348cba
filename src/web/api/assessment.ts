// API calls and types of 目标管理考核.
import { request } from "./client.js";
import type { Id } from "./types.js";
import type { AssessmentItemKind, AssessmentRule, AssessmentRules, Grade } from "../../shared/assessment.js";

export interface RuleScore {
  rule: AssessmentRule;
  label: string;
  numerator: number;
  denominator: number;
  rate: number | null;
  weight: number;
  points: number;
}

export interface AssessmentItem {
  id: Id;
  unitId: Id;
  kind: AssessmentItemKind;
  kindLabel: string;
  points: number;
  capGrade: Grade | null;
  capGradeLabel: string | null;
  reason: string;
  evidence: string;
  createdBy: string | null;
  createdAt: string;
  version: number;
}

export interface UnitScore {
  unitId: Id;
  name: string;
  rank: number;
  base: number;
  bonus: number;
  penalty: number;
  total: number;
  grade: Grade;
  gradeLabel: string;
  gradeBeforeVeto: Grade;
  /** Absent in results published before quotas. */
  gradeBeforeQuota?: Grade;
  quotaNotes?: string[];
  vetoed: boolean;
  rules: RuleScore[];
  items: AssessmentItem[];
}

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
