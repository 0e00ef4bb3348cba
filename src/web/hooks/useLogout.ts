import { useQueryClient } from "@tanstack/react-query";
import { useCallback } from "react";
import { useNavigate } from "react-router-dom";
import { api } from "../api/client.js";
import { clearAllDrafts } from "../scenes/reports/localDraft.js";
import { forgetSession } from "./session.js";

/**
 * Ends the session on the server (best effort), forgets it here, removes the drafts kept in this
 * browser (shared office PCs: the next person must not find them), goes to the login page.
 */
export function useLogout(): () => void {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  return useCallback(() => {
    void api.auth
      .logout()
      .catch(() => undefined)
      .finally(() => {
        clearAllDrafts();
        forgetSession(queryClient, "loggedOut");
        navigate("/login", { replace: true });
      });
  }, [queryClient, navigate]);
}
