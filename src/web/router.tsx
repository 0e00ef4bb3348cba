// All routes. Screens are loaded lazily (one chunk per scene); the shell and guards are eager.
import { createBrowserRouter, Navigate, type RouteObject } from "react-router-dom";
import { AppShell } from "./components/AppShell.js";
import { FullPageSpin } from "./components/FullPageSpin.js";
import { RequireRole, RequireSession } from "./components/RequireSession.js";
import { SetupGate } from "./components/SetupGate.js";

type SceneModule = { default: React.ComponentType };
const scene = (load: () => Promise<SceneModule>) => async () => ({ Component: (await load()).default });

const adminRoutes: RouteObject[] = [
  { index: true, element: <Navigate replace to="/admin/units" /> },
  { path: "orgs", lazy: scene(() => import("./scenes/admin/orgs/OrgsPage.js")) },
  { path: "units", lazy: scene(() => import("./scenes/admin/units/UnitsPage.js")) },
  { path: "users", lazy: scene(() => import("./scenes/admin/users/UsersPage.js")) },
  { path: "import", lazy: scene(() => import("./scenes/admin/import/ImportPage.js")) },
  { path: "audit", lazy: scene(() => import("./scenes/admin/audit/AuditPage.js")) },
  { path: "notifications", lazy: scene(() => import("./scenes/admin/notifications/NotificationSettingsPage.js")) },
];

const shellRoutes: RouteObject[] = [
  { index: true, lazy: scene(() => import("./scenes/dashboard/DashboardPage.js")) },
  { path: "mine", lazy: scene(() => import("./scenes/tasks/MyTasksPage.js")) },
  { path: "plans", lazy: scene(() => import("./scenes/plans/PlansPage.js")) },
  { path: "plans/:planId/review", lazy: scene(() => import("./scenes/plans/review/ReviewPage.js")) },
  { path: "tasks", lazy: scene(() => import("./scenes/tasks/TasksPage.js")) },
  { path: "tasks/:taskId", lazy: scene(() => import("./scenes/tasks/TaskDetailPage.js")) },
  { path: "rounds", lazy: scene(() => import("./scenes/rounds/RoundsPage.js")) },
  { path: "rounds/:roundId", lazy: scene(() => import("./scenes/rounds/RoundPage.js")) },
  { path: "reports/:reportId", lazy: scene(() => import("./scenes/reports/report/ReportPage.js")) },
  { path: "summaries", lazy: scene(() => import("./scenes/summaries/SummariesPage.js")) },
  { path: "summaries/:summaryId", lazy: scene(() => import("./scenes/summaries/SummaryPage.js")) },
  { path: "findings", lazy: scene(() => import("./scenes/findings/FindingsPage.js")) },
  { path: "findings/:findingId", lazy: scene(() => import("./scenes/findings/FindingPage.js")) },
  { path: "bulletins", lazy: scene(() => import("./scenes/bulletins/BulletinsPage.js")) },
  { path: "bulletins/:bulletinId", lazy: scene(() => import("./scenes/bulletins/BulletinPage.js")) },
  { path: "assessment", lazy: scene(() => import("./scenes/assessment/AssessmentPage.js")) },
  { path: "benchmark", lazy: scene(() => import("./scenes/benchmark/BenchmarkPage.js")) },
  { path: "rollup", lazy: scene(() => import("./scenes/rollup/RollupPage.js")) },
  { path: "search", lazy: scene(() => import("./scenes/search/SearchPage.js")) },
  {
    path: "admin",
    lazy: async () => {
      const { AdminLayout } = await import("./scenes/admin/AdminLayout.js");
      return {
        Component: () => (
          <RequireRole role="admin">
            <AdminLayout />
          </RequireRole>
        ),
      };
    },
    children: adminRoutes,
  },
  { path: "*", lazy: scene(() => import("./scenes/not-found/NotFoundPage.js")) },
];

export function createAppRouter() {
  return createBrowserRouter([
    {
      element: <SetupGate />,
      hydrateFallbackElement: <FullPageSpin />,
      children: [
        { path: "/setup", lazy: scene(() => import("./scenes/setup/SetupPage.js")) },
        { path: "/login", lazy: scene(() => import("./scenes/login/LoginPage.js")) },
        {
          path: "/change-password",
          lazy: async () => {
            const { default: ChangePasswordPage } = await import("./scenes/change-password/ChangePasswordPage.js");
            return {
              Component: () => (
                <RequireSession>
                  <ChangePasswordPage />
                </RequireSession>
              ),
            };
          },
        },
        {
          path: "/",
          element: (
            <RequireSession>
              <AppShell />
            </RequireSession>
          ),
          children: shellRoutes,
        },
      ],
    },
  ]);
}
