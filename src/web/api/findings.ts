// API calls and types of the findings loop (督导问题).
import { request } from "./client.js";
import type { Id, Items } from "./types.js";
import type { Finding, FindingDetail, FindingStatsRow } from "../../shared/findings.js";

export type { Finding, FindingDetail, FindingStatsRow };

export interface FindingFilters {
  state?: string;
  unitId?: Id;
  taskId?: Id;
  category?: string;
  source?: string;
  overdue?: "true" | "false";
  /** Not yet closed (未销号). */
  open?: "true";
  hazard?: "true" | "false";
  from?: string;
  to?: string;
}

export interface NewFinding {
  source: string;
  title: string;
  description?: string;
  category: string;
  severity?: string;
  place?: string;
  unitId?: Id | null;
  foundOn: string;
  foundBy?: string;
}

const qs = (f: FindingFilters) => {
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries(f)) if (v !== undefined && v !== "" && v !== null) p.set(k, String(v));
  const s = p.toString();
  return s ? `?${s}` : "";
};


export interface LedgerImportError {
  row: number;
  message: string;
}

export type FindingStep = "notice" | "assign" | "report" | "close" | "return" | "reopen";

export const findingsApi = {
  list: (f: FindingFilters) => request<Items<Finding>>(`/api/findings${qs(f)}`),
  exportUrl: (f: FindingFilters) => `/api/findings/export.xlsx${qs(f)}`,
  get: (id: Id) => request<FindingDetail>(`/api/findings/${id}`),
  create: (input: NewFinding) => request<FindingDetail>("/api/findings", { method: "POST", body: input }),
  step: (id: Id, step: FindingStep, body: Record<string, unknown> & { version: number }) =>
    request<FindingDetail>(`/api/findings/${id}/${step}`, { method: "POST", body }),
  documentUrl: (id: Id, form: "notice" | "assignment" | "report") => `/api/findings/${id}/documents/${form}.docx`,
  stats: (f: FindingFilters) => request<{ byUnit: FindingStatsRow[]; byCategory: FindingStatsRow[] }>(`/api/findings/stats${qs(f)}`),
  templateUrl: (hazard: boolean) => `/api/findings/import/template.xlsx${hazard ? "?hazard=true" : ""}`,
  importLedger: (file: File, hazard: boolean) => {
    const form = new FormData();
    form.append("file", file);
    return request<{ created: number; ids: Id[] }>(`/api/findings/import${hazard ? "?hazard=true" : ""}`, { method: "POST", body: form });
  },
  raiseFromReport: (reportId: Id) => request<FindingDetail & { created: boolean }>(`/api/reports/${reportId}/finding`, { method: "POST", body: {} }),
  uploadReportForm: (id: Id, file: File) => {
    const form = new FormData();
    form.append("file", file);
    return request<{ id: Id; fileName: string }>(`/api/findings/${id}/report-form`, { method: "POST", body: form });
  },
  upload: (id: Id, file: File) => {
    const form = new FormData();
    form.append("file", file);
    return request<{ id: Id; fileName: string }>(`/api/findings/${id}/files`, { method: "POST", body: form });
  },
};
