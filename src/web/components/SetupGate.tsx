// Sends every visitor to the first-run page while the system has no bureau and admin yet.
import { useQuery } from "@tanstack/react-query";
import { Navigate, Outlet, useLocation } from "react-router-dom";
import { api } from "../api/client.js";
import { SETUP_KEY } from "../hooks/session.js";
import { FullPageSpin } from "./FullPageSpin.js";
import { ServerUnavailable } from "./ServerUnavailable.js";

export function SetupGate() {
  const location = useLocation();
  const setup = useQuery({ queryKey: SETUP_KEY, queryFn: api.setup.status, staleTime: Infinity, meta: { inlineError: true } });
  if (setup.isPending) return <FullPageSpin />;
  if (setup.isError) return <ServerUnavailable onRetry={() => void setup.refetch()} />;
  const onSetupPage = location.pathname === "/setup";
  if (setup.data.needsSetup && !onSetupPage) return <Navigate replace to="/setup" />;
  if (!setup.data.needsSetup && onSetupPage) return <Navigate replace to="/login" />;
  return <Outlet />;
}
