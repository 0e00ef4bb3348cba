// The one typed API client. Every request goes through `request`, which
//  - sends the cookie session and, on mutating requests, the X-CSRF-Token header;
//  - turns error bodies {"error":{code,message,details}} into ApiError;
//  - reports 401 (session gone) and 403 PASSWORD_CHANGE_REQUIRED to handlers the app installs.
import type {
  AuditEntry,
  CreatedUser,
  ImportResult,
  Id,
  Items,
  DemoAccount,
  LedgerImportResult,
  ListedMilestone,
  MyTaskList,
  MyTaskListQuery,
  Org,
  OrgLevel,
  Page,
  Plan,
  PlanImportResult,
  PlanSource,
  PublishResult,
  RoleCode,
  SessionPayload,
  Task,
  TaskDetail,
  TaskSupervisionView,
  TaskFilters,
  LedgerTask,
  TaskValue,
  Unit,
  UnitKind,
  User,
} from "./types.js";

export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly details?: unknown;
  constructor(status: number, code: string, message: string, details?: unknown) {
    super(message);
    this.name = "ApiError";
    this.status = status;
    this.code = code;
    this.details = details;
  }
}

interface SessionEventHandlers {
  /** A request was refused because the session is missing or expired. */
  onUnauthorized(error: ApiError): void;
  /** The server insists on a password change first. */
  onPasswordChangeRequired(error: ApiError): void;
}

let handlers: SessionEventHandlers = { onUnauthorized() {}, onPasswordChangeRequired() {} };
let csrfToken: string | null = null;

export function installSessionEventHandlers(next: SessionEventHandlers): void {
  handlers = next;
}

/** The CSRF token lives in memory only; it comes from login, me, setup and password change. */
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

const MUTATING_METHODS = new Set(["POST", "PUT", "PATCH", "DELETE"]);

export interface RequestOptions {
  method?: "GET" | "POST" | "PUT" | "PATCH" | "DELETE";
  body?: unknown;
  /** Calls whose 401 is an answer, not an expired session (login, the start-up "who am I"). */
  ownsUnauthorized?: boolean;
}

export async function request<T>(path: string, options: RequestOptions = {}): Promise<T> {
  const method = options.method ?? "GET";
  const headers: Record<string, string> = { Accept: "application/json" };
  let body: BodyInit | undefined;
  if (options.body instanceof FormData) {
    body = options.body;
  } else if (options.body !== undefined) {
    headers["Content-Type"] = "application/json";
    body = JSON.stringify(options.body);
  }
  if (MUTATING_METHODS.has(method) && csrfToken) headers["X-CSRF-Token"] = csrfToken;

  let response: Response;
  try {
    response = await fetch(path, { method, headers, body, credentials: "same-origin" });
  } catch {
    throw new ApiError(0, "NETWORK_ERROR", "无法连接服务器，请检查网络后重试");
  }

  if (response.ok) {
    if (response.status === 204) return undefined as T;
    const type = response.headers.get("Content-Type") ?? "";
    return (type.includes("application/json") ? await response.json() : undefined) as T;
  }

  const error = await readError(response);
  if (response.status === 401 && !options.ownsUnauthorized) handlers.onUnauthorized(error);
  if (response.status === 403 && error.code === "PASSWORD_CHANGE_REQUIRED") handlers.onPasswordChangeRequired(error);
  throw error;
}

async function readError(response: Response): Promise<ApiError> {
  try {
    const parsed = (await response.json()) as { error?: { code?: string; message?: string; details?: unknown } };
    if (parsed?.error?.message) {
      return new ApiError(response.status, parsed.error.code ?? "ERROR", parsed.error.message, parsed.error.details);
    }
  } catch {
    // Not JSON (e.g. a proxy error page): fall through to a generic message; never show raw bodies.
  }
  return new ApiError(response.status, `HTTP_${response.status}`, genericMessage(response.status));
}

function genericMessage(status: number): string {
  if (status === 401) return "登录已过期，请重新登录";
  if (status === 403) return "没有权限执行此操作";
  if (status === 404) return "请求的内容不存在";
  if (status === 413) return "文件太大，无法上传";
  if (status === 429) return "操作过于频繁，请稍后再试";
  if (status >= 500) return "服务器出错了，请稍后重试或联系系统管理员";
  return `请求失败（${status}）`;
}

function query(params: Record<string, string | number | undefined | null>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && value !== "") search.set(key, String(value));
  }
  const text = search.toString();
  return text ? `?${text}` : "";
}

export const api = {
  setup: {
    status: () => request<{ needsSetup: boolean }>("/api/setup"),
    create: (input: { orgName: string; username: string; name: string; password: string }) =>
      request<Omit<SessionPayload, "mustChangePassword"> & { mustChangePassword?: boolean }>("/api/setup", {
        method: "POST",
        body: input,
      }),
    /** Loads the example bureau; the accounts' passwords are returned this once. */
    demo: () => request<{ accounts: DemoAccount[] }>("/api/setup/demo", { method: "POST" }),
  },
  auth: {
    login: (input: { username: string; password: string }) =>
      request<SessionPayload>("/api/auth/login", { method: "POST", body: input, ownsUnauthorized: true }),
    me: () => request<SessionPayload>("/api/auth/me", { ownsUnauthorized: true }),
    logout: () => request<void>("/api/auth/logout", { method: "POST", ownsUnauthorized: true }),
    changePassword: (input: { currentPassword: string; newPassword: string }) =>
      request<SessionPayload>("/api/auth/password", { method: "POST", body: input }),
  },
  orgs: {
    list: () => request<Items<Org>>("/api/orgs"),
    create: (input: { name: string; parentId: Id | null; level: OrgLevel }) =>
      request<Org>("/api/orgs", { method: "POST", body: input }),
    rename: (id: Id, name: string, version?: number) =>
      request<Org>(`/api/orgs/${id}`, { method: "PATCH", body: { name, version } }),
  },
  units: {
    list: (orgId?: Id) => request<Items<Unit>>(`/api/units${query({ orgId })}`),
    create: (input: { orgId?: Id; name: string; kind: UnitKind; aliases: string[] }) =>
      request<Unit>("/api/units", { method: "POST", body: input }),
    /** `version` is the record's version when it was read: a stale write gets 409. */
    update: (id: Id, input: Partial<Pick<Unit, "name" | "kind" | "aliases" | "active" | "version">>) =>
      request<Unit>(`/api/units/${id}`, { method: "PATCH", body: input }),
  },
  users: {
    list: (params: { orgId?: Id; q?: string } = {}) => request<Items<User>>(`/api/users${query(params)}`),
    create: (input: {
      username: string;
      name: string;
      phone?: string;
      password?: string;
      roles: RoleCode[];
      unitId?: Id;
      orgId?: Id;
    }) => request<CreatedUser>("/api/users", { method: "POST", body: input }),
    update: (
      id: Id,
      input: { name?: string; phone?: string | null; roles?: RoleCode[]; unitId?: Id | null; active?: boolean; version?: number },
    ) =>
      request<User>(`/api/users/${id}`, { method: "PATCH", body: input }),
    resetPassword: (id: Id) =>
      request<{ temporaryPassword: string }>(`/api/users/${id}/reset-password`, { method: "POST" }),
  },
  import: {
    templateUrl: "/api/import/template.xlsx",
    directory: (file: File) => {
      const form = new FormData();
      form.append("file", file);
      return request<ImportResult>("/api/import/directory", { method: "POST", body: form });
    },
  },
  audit: {
    list: (params: { actorId?: Id; action?: string; from?: string; to?: string; page: number; pageSize: number }) =>
      request<Page<AuditEntry>>(`/api/audit${query(params)}`),
  },
  plans: {
    list: (params: { year?: number; status?: string; orgId?: Id } = {}) => request<Items<Plan>>(`/api/plans${query(params)}`),
    get: (id: Id) => request<Plan>(`/api/plans/${id}`),
    create: (input: { title: string; year: number | null }) =>
      request<PlanImportResult>("/api/plans", { method: "POST", body: input }),
    importFile: (file: File) => {
      const form = new FormData();
      form.append("file", file);
      return request<PlanImportResult>("/api/plans/import", { method: "POST", body: form });
    },
    importText: (input: { text: string; filename?: string }) =>
      request<PlanImportResult>("/api/plans/import", { method: "POST", body: input }),
    update: (
      id: Id,
      input: Partial<Pick<Plan, "title" | "year" | "docNumber" | "issuer" | "issuedOn" | "region" | "sections">> & { version?: number },
    ) => request<Plan>(`/api/plans/${id}`, { method: "PATCH", body: input }),
    source: (id: Id) => request<PlanSource>(`/api/plans/${id}/source`),
    fileUrl: (id: Id) => `/api/plans/${id}/file`,
    publish: (id: Id, version: number, units?: { name: string; unitId: Id | null }[]) =>
      request<PublishResult>(`/api/plans/${id}/publish`, { method: "POST", body: { version, ...(units?.length ? { units } : {}) } }),
    /** What publishing would create: new units (spellings of one name merged) and look-alikes of existing units. */
    unitProposals: (id: Id) =>
      request<{ items: { name: string; names: string[]; tasks: number; similar: { unitId: Id; name: string }[]; similarNew: string[] }[]; similar: number }>(`/api/plans/${id}/unit-proposals`),
    archive: (id: Id) => request<Plan>(`/api/plans/${id}/archive`, { method: "POST" }),
    remove: (id: Id) =>
      request<{ deleted: { tasks: number; rounds: number; reports: number; evidenceFiles: number; summaries: number } }>(`/api/plans/${id}`, { method: "DELETE" }),
    mapUnit: (id: Id, input: { name: string; unitId: Id }) =>
      request<{ unitId: Id; unitName: string; changed: number }>(`/api/plans/${id}/unit-mappings`, { method: "POST", body: input }),
    tasks: (id: Id, filters: TaskFilters = {}) =>
      request<{ items: Task[]; total: number }>(`/api/plans/${id}/tasks${query({ ...filters })}`),
    /** The ledger screen's rows: only what it shows. */
    ledger: (id: Id, filters: TaskFilters = {}) =>
      request<{ items: LedgerTask[]; total: number }>(`/api/plans/${id}/tasks${query({ ...filters, view: "list" })}`),
    createTask: (id: Id, input: Partial<TaskValue> & { title: string; after?: Id | null }) =>
      request<Task>(`/api/plans/${id}/tasks`, { method: "POST", body: input }),
    reorder: (id: Id, order: Id[]) => request<Items<Task>>(`/api/plans/${id}/tasks/reorder`, { method: "POST", body: { order } }),
    merge: (id: Id, taskIds: Id[]) => request<Task>(`/api/plans/${id}/tasks/merge`, { method: "POST", body: { taskIds } }),
    exportUrl: (id: Id) => `/api/plans/${id}/export.xlsx`,
    /** Without `apply` the server only answers the differences; with it, all rows are written at once. */
    ledgerImport: (id: Id, file: File, apply: boolean) => {
      const form = new FormData();
      form.append("file", file);
      return request<LedgerImportResult>(`/api/plans/${id}/ledger-import${apply ? "?apply=1" : ""}`, { method: "POST", body: form });
    },
  },
  tasks: {
    get: (id: Id) => request<TaskDetail>(`/api/tasks/${id}`),
    /** 我的任务, one page at a time (issue 12). */
    mine: (q: MyTaskListQuery = {}) => request<MyTaskList>(`/api/tasks/mine${query({ ...q })}`),
    /** A task's milestones (我的任务's tooltip: its rows carry only their summary). */
    milestones: (id: Id) => request<Items<ListedMilestone>>(`/api/tasks/${id}/milestones`),
    update: (id: Id, input: Partial<TaskValue> & { version: number }) =>
      request<Task>(`/api/tasks/${id}`, { method: "PATCH", body: input }),
    remove: (id: Id) => request<void>(`/api/tasks/${id}`, { method: "DELETE" }),
    split: (id: Id, input: { at: number; title?: string }) => request<Task>(`/api/tasks/${id}/split`, { method: "POST", body: input }),
    supervision: (id: Id) => request<TaskSupervisionView>(`/api/tasks/${id}/supervision`),
    sign: (id: Id, unitId?: Id) => request<TaskSupervisionView>(`/api/tasks/${id}/sign`, { method: "POST", body: unitId ? { unitId } : {} }),
    reopen: (id: Id, reason: string) => request<TaskSupervisionView>(`/api/tasks/${id}/reopen`, { method: "POST", body: { reason } }),
    requestExtension: (id: Id, input: { milestoneId: Id | null; by: string; reason: string }) =>
      request<TaskSupervisionView>(`/api/tasks/${id}/extensions`, { method: "POST", body: input }),
    decideExtension: (extensionId: Id, input: { approve: boolean; comment?: string }) =>
      request<TaskSupervisionView>(`/api/extensions/${extensionId}/decide`, { method: "POST", body: input }),
    declareDone: (id: Id, note?: string) => request<TaskSupervisionView>(`/api/tasks/${id}/declare-done`, { method: "POST", body: { note } }),
    close: (id: Id, comment?: string) => request<TaskSupervisionView>(`/api/tasks/${id}/close`, { method: "POST", body: { comment } }),
    rejectDone: (id: Id, comment: string) => request<TaskSupervisionView>(`/api/tasks/${id}/reject-done`, { method: "POST", body: { comment } }),
  },
};
