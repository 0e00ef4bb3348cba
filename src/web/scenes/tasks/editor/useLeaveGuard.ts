import { App } from "antd";
import { useEffect, useRef } from "react";
import { useBlocker } from "react-router-dom";

/** Asks before leaving the page (in the app or the browser) while there are unsaved changes. */
export function useLeaveGuard(active: boolean) {
  const app = App.useApp();
  const blocker = useBlocker(
    ({ currentLocation, nextLocation }) =>
      active && currentLocation.pathname !== nextLocation.pathname && !["/login", "/change-password"].includes(nextLocation.pathname),
  );
  const latest = useRef(blocker);
  latest.current = blocker;
  useEffect(() => {
    if (blocker.state !== "blocked") return;
    app.modal.confirm({
      title: "任务有未保存的修改",
      content: "离开本页将放弃这些修改。",
      okText: "放弃修改并离开",
      cancelText: "留在本页",
      onOk: () => {
        if (latest.current.state === "blocked") latest.current.proceed();
      },
      onCancel: () => {
        if (latest.current.state === "blocked") latest.current.reset();
      },
    });
  }, [blocker.state, app]);
  useEffect(() => {
    if (!active) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, [active]);
}
