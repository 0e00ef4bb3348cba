// A bridge so code outside React (query caches, the API client) can show antd messages
// through the App context (static antd methods do not see the theme or locale).
import type { useAppProps } from "antd/es/app/context.js";
import { ApiError } from "../api/client.js";

let appApi: useAppProps | null = null;

export function connectNotifier(api: useAppProps): void {
  appApi = api;
}

/** A user-facing message for any thrown value; never a stack trace. */
export function errorMessage(error: unknown): string {
  if (error instanceof ApiError) return error.message;
  return "操作失败，请稍后重试";
}

/** Errors the session handlers already deal with by navigating; no toast for those. */
export function isHandledBySessionRedirect(error: unknown): boolean {
  return error instanceof ApiError && (error.status === 401 || error.code === "PASSWORD_CHANGE_REQUIRED");
}

export function notifyError(error: unknown): void {
  if (isHandledBySessionRedirect(error)) return;
  const text = errorMessage(error);
  // Keyed by its text: a screen's own handler and the global one showing one error give one toast.
  appApi?.message.error({ content: text, key: `error:${text}` });
}

export function notifySuccess(text: string): void {
  appApi?.message.success(text);
}

/** A check the form makes before asking the server ("请选择单位"): the user's own text, not a failure. */
export function notifyWarning(text: string): void {
  appApi?.message.warning(text);
}
