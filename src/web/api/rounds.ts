// API calls of the reporting rounds (进展调度), reports, todos, the bell, quarterly summaries
// and notification settings. Kept apart from client.ts; uses its request (session, CSRF, errors).
import { request } from "./client.js";
import type { Id, Items } from "./types.js";
import type {
  Coverage,
  NotificationPage,
  Evidence,
  NotificationSettings,
  JobStatus,
  OutboxItem,
  ReportDetail,
  ReportInput,
  ReportSummary,
  Round,
  RoundList,
  Summary,
  TaskReport,
  Todos,
} from "./roundTypes.js";

/** A task's reports over every round, newest first (报送历史). */
export const taskReportsApi = { list: (taskId: Id) => request<Items<TaskReport>>(`/api/tasks/${taskId}/reports`) };

export const roundsApi = {
  list: (planId: Id) => request<RoundList>(`/api/plans/${planId}/rounds`),
  create: (planId: Id, input: { period: string; opensOn?: string; dueOn?: string }) =>
    request<{ round: Round }>(`/api/plans/${planId}/rounds`, { method: "POST", body: input }),
  get: (id: Id) => request<Round>(`/api/rounds/${id}`),
  coverage: (planId: Id) => request<Coverage>(`/api/plans/${planId}/coverage`),
  reports: (id: Id) => request<Items<ReportSummary>>(`/api/rounds/${id}/reports`),
  open: (id: Id) => request<{ round: Round }>(`/api/rounds/${id}/open`, { method: "POST" }),
  close: (id: Id) => request<{ round: Round }>(`/api/rounds/${id}/close`, { method: "POST" }),
  remind: (id: Id, reportIds?: Id[]) =>
    request<{ reports: number; skipped: number; noRecipients: number; late: number; notices: number }>(`/api/rounds/${id}/remind`, { method: "POST", body: reportIds ? { reportIds } : {} }),
};

export const reportsApi = {
  get: (id: Id) => request<ReportDetail>(`/api/reports/${id}`),
  save: (id: Id, input: ReportInput) => request<ReportDetail>(`/api/reports/${id}`, { method: "PUT", body: input }),
  submit: (id: Id, version: number) => request<ReportDetail>(`/api/reports/${id}/submit`, { method: "POST", body: { version } }),
  approve: (id: Id, version: number, comment?: string) =>
    request<ReportDetail>(`/api/reports/${id}/approve`, { method: "POST", body: { version, ...(comment ? { comment } : {}) } }),
  returnTo: (id: Id, version: number, comment: string) =>
    request<ReportDetail>(`/api/reports/${id}/return`, { method: "POST", body: { version, comment } }),
  upload: (id: Id, file: File) => {
    const form = new FormData();
    form.append("file", file);
    return request<Evidence>(`/api/reports/${id}/evidence`, { method: "POST", body: form });
  },
  removeEvidence: (id: Id) => request<void>(`/api/evidence/${id}`, { method: "DELETE" }),
};

export const meApi = {
  todos: () => request<Todos>("/api/me/todos"),
  notifications: (before?: Id) => request<NotificationPage>(`/api/notifications${before ? `?before=${before}` : ""}`),
  read: (id: Id) => request<void>(`/api/notifications/${id}/read`, { method: "POST" }),
  readAll: () => request<void>("/api/notifications/read-all", { method: "POST" }),
};

export const summariesApi = {
  list: (planId: Id) => request<Items<Summary> & { quarters: { value: string; label: string }[]; defaultQuarter: string }>(`/api/plans/${planId}/summaries`),
  create: (planId: Id, input: { quarter: string; scope: "unit" | "leader"; unitId?: Id; leaderId?: Id }) =>
    request<Summary>(`/api/plans/${planId}/summaries`, { method: "POST", body: input }),
  get: (id: Id) => request<Summary>(`/api/summaries/${id}`),
  save: (id: Id, version: number, text: string) => request<Summary>(`/api/summaries/${id}`, { method: "PUT", body: { version, text } }),
  act: (id: Id, action: "submit" | "approve" | "return", version: number, comment?: string) =>
    request<Summary>(`/api/summaries/${id}/${action}`, { method: "POST", body: { version, ...(comment ? { comment } : {}) } }),
  exportUrl: (id: Id) => `/api/summaries/${id}/export.docx`,
};

export const settingsApi = {
  notifications: () => request<NotificationSettings>("/api/settings/notifications"),
  saveNotifications: (input: NotificationSettings) => request<{ ok: true }>("/api/settings/notifications", { method: "PUT", body: input }),
  outbox: (state?: string) => request<Items<OutboxItem>>(`/api/outbox${state ? `?state=${state}` : ""}`),
  jobs: () => request<Items<JobStatus>>("/api/settings/jobs"),
};

/** The plan's reporting rhythm and days, changed by the office on 进展调度 (PATCH /api/plans/:id). */
export const planScheduleApi = {
  save: (planId: Id, input: { rhythm: string; openDay: number; dueDay: number; version: number }) =>
    request<unknown>(`/api/plans/${planId}`, { method: "PATCH", body: input }),
};
