// "Nothing a user typed is ever lost": what is typed into a report or summary is kept in
// localStorage (per record and version, debounced, flushed on page hide) until the server has it.
import { useEffect, useRef } from "react";
import { useBlocker } from "react-router-dom";

export interface StoredDraft<T> {
  version: number;
  savedAt: string;
  value: T;
}

// Drafts are kept per user (offices share PCs): the key carries the signed-in user's id, set by
// the session code. With no owner nothing is read or written. Logout removes every draft.
const ROOT = "duban.draft.";
let owner: number | null = null;

/** The user whose drafts are read and written from now on (null: none). */
export function setDraftOwner(userId: number | null): void {
  owner = userId;
}

const prefix = (scope: string, id: number) => `${ROOT}u${owner ?? "-"}.${scope}.${id}@`;

function storage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

export function writeDraft<T>(scope: string, id: number, version: number, value: T): void {
  if (owner === null) return;
  try {
    storage()?.setItem(prefix(scope, id) + version, JSON.stringify({ version, savedAt: new Date().toISOString(), value }));
  } catch {
    // Full or disabled storage: the on-page text is still there; nothing else to do.
  }
}

/** The most recently written draft of the record, whichever version it was typed on. */
export function readLatestDraft<T>(scope: string, id: number): StoredDraft<T> | null {
  const s = storage();
  if (!s || owner === null) return null;
  let latest: StoredDraft<T> | null = null;
  for (let i = 0; i < s.length; i++) {
    const key = s.key(i);
    if (!key?.startsWith(prefix(scope, id))) continue;
    try {
      const draft = JSON.parse(s.getItem(key) ?? "") as StoredDraft<T>;
      if (!latest || draft.savedAt > latest.savedAt) latest = draft;
    } catch {
      // A damaged entry is skipped.
    }
  }
  return latest;
}

export function clearDrafts(scope: string, id: number): void {
  const s = storage();
  if (!s) return;
  const keys: string[] = [];
  for (let i = 0; i < s.length; i++) {
    const key = s.key(i);
    if (key?.startsWith(prefix(scope, id))) keys.push(key);
  }
  for (const key of keys) s.removeItem(key);
}

/**
 * Removes every kept draft of every user (including ones written before drafts were keyed by
 * user) and stops keeping drafts until the next sign-in: what is flushed while the page unmounts
 * after logout is not written.
 */
export function clearAllDrafts(): void {
  owner = null;
  const s = storage();
  if (!s) return;
  const keys: string[] = [];
  for (let i = 0; i < s.length; i++) {
    const key = s.key(i);
    if (key?.startsWith(ROOT)) keys.push(key);
  }
  for (const key of keys) s.removeItem(key);
}

/** Keeps the typed value in localStorage while it differs from the server's (debounced). */
export function usePersistDraft<T>(scope: string, id: number, version: number, value: T, dirty: boolean, delayMs = 500): void {
  const latest = useRef({ value, dirty, version });
  latest.current = { value, dirty, version };
  useEffect(() => {
    if (!dirty) return;
    const timer = window.setTimeout(() => writeDraft(scope, id, version, value), delayMs);
    return () => window.clearTimeout(timer);
  }, [scope, id, version, value, dirty, delayMs]);
  useEffect(() => {
    const flush = () => {
      if (latest.current.dirty) writeDraft(scope, id, latest.current.version, latest.current.value);
    };
    window.addEventListener("pagehide", flush);
    window.addEventListener("beforeunload", flush);
    return () => {
      flush();
      window.removeEventListener("pagehide", flush);
      window.removeEventListener("beforeunload", flush);
    };
  }, [scope, id]);
}

/**
 * Warns before leaving with unsaved changes: the browser's own prompt on reload/close, and
 * `confirm` (e.g. a modal) for navigation inside the app.
 */
export function useUnsavedPrompt(dirty: boolean, confirm: (proceed: () => void, stay: () => void) => void): void {
  useEffect(() => {
    if (!dirty) return;
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      event.returnValue = "";
    };
    window.addEventListener("beforeunload", onBeforeUnload);
    return () => window.removeEventListener("beforeunload", onBeforeUnload);
  }, [dirty]);
  const blocker = useBlocker(({ currentLocation, nextLocation }) => dirty && currentLocation.pathname !== nextLocation.pathname);
  const asked = useRef(false);
  useEffect(() => {
    if (blocker.state !== "blocked") {
      asked.current = false;
      return;
    }
    if (asked.current) return;
    asked.current = true;
    confirm(
      () => blocker.proceed(),
      () => blocker.reset(),
    );
  }, [blocker, confirm]);
}
