// Who may do what: the one place. Every route names a permission (or is public / session-only),
// and test/policies.test.ts walks the route table × every role against this table.
import { ROLES, type Role } from "../../shared/roles.js";
export { ROLES, ROLE_NAMES, type Role } from "../../shared/roles.js";

const everyone: readonly Role[] = ROLES;

export const PERMISSIONS = {
  "orgs.read": everyone,
  "orgs.write": ["admin"],
  "units.read": everyone,
  "units.write": ["admin", "office"],
  "users.read": ["admin", "office", "director"],
  "users.write": ["admin"],
  "directory.import": ["admin"],
  "audit.read": ["admin"],
  "plans.read": everyone,
  "plans.write": ["admin", "office"],
  "rounds.manage": ["admin", "office"],
  // Files (writes and submits) the report of a unit that nobody can log in as, when no liaison
  // unit of the task can (代报; who files what is decided in scope.ts reportAccess).
  "reports.file-for-unit": ["office"],
  "settings.manage": ["admin"],
  /** Findings: everyone reaches the routes, the scoped loader decides which findings (the assigned unit reports). */
  "findings.read": everyone,
  /** Register, issue the notice and the assignment, close, return, reopen. */
  "findings.manage": ["admin", "office"],
  /** Bulletins (通报 / 工作专报): everyone reaches the routes, the scoped loader decides which (units: the published ones). */
  "bulletins.read": everyone,
  /** Generate from a round, edit, publish. */
  "bulletins.manage": ["admin", "office"],
  /** Approve (审定) before publishing. */
  "bulletins.approve": ["leader", "director"],
  /** 工作台统计 and 进展调度: the bureau's overseers and leaders (a leader's 进展调度 is their own tasks). */
  "dashboard.read": ["admin", "office", "director", "viewer", "leader"],
  /** 下级对比 (roll-up): the roles of an upper org that read the work below it (scope.ts READS_WORK_BELOW). */
  "rollup.read": ["director", "viewer"],
  /** 全文搜索: everyone; commands/search/query.ts keeps to what each may read. */
  "search.read": everyone,
  /** 目标管理考核: everyone reaches the route, the scope decides (a unit account sees its own unit only). */
  "assessment.read": everyone,
  /** Set the year's rules, enter 加分 / 减分 / 一票否决 items. */
  "assessment.manage": ["admin", "office"],
  /** The whole ranking as XLSX / DOCX. */
  "assessment.export": ["admin", "office", "director", "viewer", "leader"],
  /** 签收 and 延期申请: a lead or co unit (scope.ts taskSupervisionAccess decides which tasks); the
   * office signs on behalf of (代签) units without accounts, as a liaison unit's members do. */
  "tasks.sign": ["unit_staff", "unit_head", "office"],
  "tasks.extension.request": ["unit_staff", "unit_head"],
  /** Decide a 延期申请: the task's leader or the director. */
  "tasks.extension.decide": ["leader", "director"],
  /** 申请办结: the lead unit's head. */
  "tasks.closure.declare": ["unit_head"],
  /** 办结 (confirm or send back a declaration, or close directly): the task's leader, the director, the office. */
  "tasks.closure.decide": ["leader", "director", "office", "admin"],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof PERMISSIONS;

/** "public": no session needed; "session": any signed-in user, even one who must change the password first. */
export type Access = "public" | "session" | Permission;

export function hasPermission(roles: readonly string[], permission: Permission): boolean {
  const allowed: readonly string[] = PERMISSIONS[permission];
  return roles.some((r) => allowed.includes(r));
}
