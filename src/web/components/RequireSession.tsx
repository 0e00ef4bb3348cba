// Route guards: signed in, password changed when the server demands it, role held.
import { Result } from "antd";
import type { ReactNode } from "react";
import { Navigate, useLocation } from "react-router-dom";
import type { RoleCode } from "../api/types.js";
import { hasRole, useSessionQuery, useSignedInSession } from "../hooks/session.js";
import { loginPath } from "../lib/redirect.js";
import { FullPageSpin } from "./FullPageSpin.js";
import { ServerUnavailable } from "./ServerUnavailable.js";

export function RequireSession({ children }: { children: ReactNode }) {
  const location = useLocation();
  const { data, isPending, isError, refetch } = useSessionQuery();
  if (isPending) return <FullPageSpin />;
  if (isError) return <ServerUnavailable onRetry={() => void refetch()} />;
  const here = location.pathname + location.search;
  if (data.status === "signedOut") {
    if (data.reason === "loggedOut") return <Navigate replace to="/login" />;
    return <Navigate replace to={loginPath({ expired: data.reason === "expired", redirect: here })} />;
  }
  if (data.mustChangePassword && location.pathname !== "/change-password") {
    return <Navigate replace to={`/change-password?redirect=${encodeURIComponent(here)}`} />;
  }
  return <>{children}</>;
}

export function RequireRole({ role, children }: { role: RoleCode; children: ReactNode }) {
  const session = useSignedInSession();
  if (!hasRole(session, role)) {
    return <Result status="403" title="没有访问权限" subTitle="此页面仅对系统管理员开放。如需使用，请联系本单位系统管理员。" />;
  }
  return <>{children}</>;
}
