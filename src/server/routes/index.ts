// The route table: every API route of the server. The policy test walks it.
import type { RouteDef } from "./define.js";
import { systemRoutes } from "./system.js";
import { authRoutes } from "./auth.js";
import { orgRoutes } from "./orgs.js";
import { unitRoutes } from "./units.js";
import { userRoutes } from "./users.js";
import { auditRoutes } from "./audit.js";
import { directoryImportRoutes } from "./directory-import.js";
import { planRoutes } from "./plans.js";
import { taskRoutes } from "./tasks.js";
import { ledgerRoutes } from "./ledger.js";
import { roundRoutes } from "./rounds.js";
import { reportRoutes } from "./reports.js";
import { meRoutes } from "./me.js";
import { settingsRoutes } from "./settings.js";
import { summaryRoutes } from "./summaries.js";
import { findingRoutes } from "./findings.js";
import { bulletinRoutes } from "./bulletins.js";
import { dashboardRoutes } from "./dashboard.js";
import { searchRoutes } from "./search.js";
import { assessmentRoutes } from "./assessment.js";
import { supervisionRoutes } from "./supervision.js";
import { benchmarkRoutes } from "./benchmark.js";
import { rollupRoutes } from "./rollup.js";

export const allRoutes: RouteDef[] = [
  ...systemRoutes,
  ...authRoutes,
  ...orgRoutes,
  ...unitRoutes,
  ...userRoutes,
  ...auditRoutes,
  ...directoryImportRoutes,
  ...planRoutes,
  ...taskRoutes,
  ...ledgerRoutes,
  ...roundRoutes,
  ...reportRoutes,
  ...meRoutes,
  ...settingsRoutes,
  ...summaryRoutes,
  ...findingRoutes,
  ...bulletinRoutes,
  ...dashboardRoutes,
  ...searchRoutes,
  ...assessmentRoutes,
  ...supervisionRoutes,
  ...benchmarkRoutes,
  ...rollupRoutes,
] as RouteDef[];
