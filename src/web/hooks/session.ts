// The signed-in session, kept in the React Query cache under SESSION_KEY.
// The CSRF token from the session payload is handed to the API client (memory only).
import { useQuery, type QueryClient } from "@tanstack/react-query";
import { ApiError, api, setCsrfToken } from "../api/client.js";
import type { RoleCode, SessionPayload } from "../api/types.js";
import { setDraftOwner } from "../scenes/reports/localDraft.js";

export const SESSION_KEY = ["session"] as const;
export const SETUP_KEY = ["setup"] as const;

export type SessionState =
  | ({ status: "signedIn" } & SessionPayload)
  | { status: "signedOut"; reason: SignedOutReason };

/** unauthenticated: never signed in here; expired: the server ended the session; loggedOut: the user left. */
export type SignedOutReason = "unauthenticated" | "expired" | "loggedOut";

async function loadSession(): Promise<SessionState> {
  try {
    const payload = await api.auth.me();
    setCsrfToken(payload.csrfToken);
    setDraftOwner(payload.user.id);
    return { status: "signedIn", ...payload };
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) {
      setCsrfToken(null);
      return { status: "signedOut", reason: error.code === "SESSION_EXPIRED" ? "expired" : "unauthenticated" };
    }
    throw error;
  }
}

export function useSessionQuery() {
  return useQuery({ queryKey: SESSION_KEY, queryFn: loadSession, staleTime: Infinity, retry: false });
}

/** The signed-in session; only call below a RequireSession guard. */
export function useSignedInSession(): Extract<SessionState, { status: "signedIn" }> {
  const { data } = useSessionQuery();
  if (data?.status !== "signedIn") throw new Error("useSignedInSession used outside a signed-in area");
  return data;
}

export function hasRole(session: { user: { roles: RoleCode[] } }, role: RoleCode): boolean {
  return session.user.roles.includes(role);
}

/** Store a fresh session payload (from login, setup or password change). */
export function rememberSession(queryClient: QueryClient, payload: SessionPayload): void {
  setCsrfToken(payload.csrfToken);
  setDraftOwner(payload.user.id);
  const signedIn: SessionState = { status: "signedIn", ...payload };
  queryClient.setQueryData<SessionState>(SESSION_KEY, signedIn);
}

/** Forget the session and every cached record (the next user must not see them). */
export function forgetSession(queryClient: QueryClient, reason: SignedOutReason): void {
  setCsrfToken(null);
  queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== SESSION_KEY[0] && query.queryKey[0] !== SETUP_KEY[0] });
  const signedOut: SessionState = { status: "signedOut", reason };
  queryClient.setQueryData<SessionState>(SESSION_KEY, signedOut);
}
