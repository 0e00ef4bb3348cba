// Entry point: antd + React 19 render hook, Chinese locale, providers, router.
import { QueryCache, QueryClient, QueryClientProvider, MutationCache } from "@tanstack/react-query";
import { App as AntApp, ConfigProvider, unstableSetRender } from "antd";
import type { Locale } from "antd/es/locale/index.js";
import zhCNModule from "antd/es/locale/zh_CN.js";
import dayjs from "dayjs";
import "dayjs/locale/zh-cn.js";
import { StrictMode, useEffect } from "react";
import { createRoot, type Root } from "react-dom/client";
import { RouterProvider } from "react-router-dom";
import { installSessionEventHandlers } from "./api/client.js";
import { forgetSession } from "./hooks/session.js";
import { connectNotifier, notifyError } from "./lib/notify.js";
import { loginPath } from "./lib/redirect.js";
import { createAppRouter } from "./router.js";

// People who ask their system for less motion get none: dialogs and menus appear at once. (The
// browser tests ask for it too, so a click never lands on a dialog that is still zooming in.)
const reducedMotion = typeof window !== "undefined" && window.matchMedia?.("(prefers-reduced-motion: reduce)").matches === true;

dayjs.locale("zh-cn");

// antd's package is not marked as ESM, so TypeScript (NodeNext) types this default import as the
// CommonJS module object; the bundler hands us the locale itself. Accept both shapes.
const zhCN = ((zhCNModule as unknown as { default?: Locale }).default ?? zhCNModule) as Locale;

// antd 5 renders modals/messages with ReactDOM.render by default, which React 19 removed.
unstableSetRender((node, container) => {
  const holder = container as (Element | DocumentFragment) & { __antdRoot?: Root };
  holder.__antdRoot ??= createRoot(container);
  const root = holder.__antdRoot;
  root.render(node);
  return async () => {
    await new Promise((resolve) => setTimeout(resolve, 0));
    root.unmount();
    delete holder.__antdRoot;
  };
});

const queryClient = new QueryClient({
  defaultOptions: {
    queries: { retry: false, refetchOnWindowFocus: false, staleTime: 30_000 },
  },
  queryCache: new QueryCache({
    onError: (error, query) => {
      if (query.meta?.inlineError) return;
      notifyError(error);
    },
  }),
  mutationCache: new MutationCache({
    onError: (error, _variables, _context, mutation) => {
      if (mutation.meta?.inlineError) return;
      notifyError(error);
    },
  }),
});

const router = createAppRouter();

installSessionEventHandlers({
  onUnauthorized() {
    const { pathname, search } = router.state.location;
    if (pathname === "/login" || pathname === "/setup") return;
    forgetSession(queryClient, "expired");
    void router.navigate(loginPath({ expired: true, redirect: pathname + search }), { replace: true });
  },
  onPasswordChangeRequired() {
    const { pathname, search } = router.state.location;
    if (pathname === "/change-password") return;
    void router.navigate(`/change-password?redirect=${encodeURIComponent(pathname + search)}`, { replace: true });
  },
});

function NotifierBridge() {
  const app = AntApp.useApp();
  useEffect(() => connectNotifier(app), [app]);
  return null;
}

createRoot(document.getElementById("root")!).render(
  <StrictMode>
    <ConfigProvider locale={zhCN} theme={{ token: { borderRadius: 4, motion: !reducedMotion } }} button={{ autoInsertSpace: false }}>
      <AntApp>
        <NotifierBridge />
        <QueryClientProvider client={queryClient}>
          <RouterProvider router={router} />
        </QueryClientProvider>
      </AntApp>
    </ConfigProvider>
  </StrictMode>,
);
