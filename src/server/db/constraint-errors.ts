// The database's own refusals, as the answers a single instance gives: a unique constraint that a
// check-then-insert lost to another instance (or another request) is a 409 naming the field; a
// foreign key whose row another request just deleted, and a deadlock between two writers, are a
// 409 too. Both drivers: node-postgres (SQLSTATE + constraint name) and better-sqlite3 (code +
// "UNIQUE constraint failed: table.col, table.col").
import { AppError } from "../errors.js";

interface UniqueRule {
  table: string;
  columns: string[];
  /** The constraint's name on PostgreSQL. */
  pg: string;
  code: string;
  /** The field, as the screens name it. */
  field: string;
  message: string;
}

const AGAIN = "（可能刚被他人同时创建），请刷新后查看";

const UNIQUE: UniqueRule[] = [
  { table: "units", columns: ["org_id", "name"], pg: "units_org_name", code: "UNIT_NAME_TAKEN", field: "单位名称", message: `单位名称已被使用：本机构已有同名单位${AGAIN}` },
  { table: "unit_names", columns: ["org_id", "name_key"], pg: "unit_names_pk", code: "UNIT_NAME_TAKEN", field: "单位名称或别名", message: `单位名称或别名已被使用：本机构已有单位使用该名称或别名${AGAIN}` },
  { table: "users", columns: ["username"], pg: "users_username_key", code: "USERNAME_TAKEN", field: "用户名", message: `用户名已被使用${AGAIN}` },
  { table: "rounds", columns: ["plan_id", "period"], pg: "rounds_plan_period", code: "ROUND_EXISTS", field: "调度周期", message: `该调度周期的调度已存在${AGAIN}` },
  { table: "summaries", columns: ["plan_id", "quarter", "owner_key"], pg: "summaries_owner", code: "SUMMARY_EXISTS", field: "季度总结", message: `该季度总结已存在${AGAIN}` },
  { table: "reports", columns: ["round_id", "task_id", "unit_id"], pg: "reports_round_task_unit", code: "REPORT_EXISTS", field: "单位报告", message: `该单位本轮的报告已存在${AGAIN}` },
  { table: "bulletins", columns: ["org_id", "kind", "year", "seq"], pg: "bulletins_number_unique", code: "BULLETIN_NUMBER_TAKEN", field: "期号", message: `该期号已被使用${AGAIN}` },
  ...(["notice", "assignment", "report"] as const).map((form) => ({
    table: "findings", columns: ["org_id", `${form}_year`, `${form}_no`], pg: `findings_${form}_no`,
    code: "FINDING_NUMBER_TAKEN", field: "文书编号", message: `该编号已被使用${AGAIN}`,
  })),
  { table: "settings", columns: ["org_id", "key"], pg: "settings_pk", code: "SETTING_CONFLICT", field: "设置", message: "设置正被他人同时修改，请刷新后重试" },
  { table: "meta", columns: ["key"], pg: "meta_pkey", code: "ALREADY_SET_UP", field: "系统初始化", message: "系统已完成初始化" },
  { table: "report_values", columns: ["report_id", "target_id"], pg: "report_values_pk", code: "VERSION_CONFLICT", field: "指标数值", message: "该报告已被他人修改：请重新加载" },
  { table: "report_milestones", columns: ["report_id", "milestone_id"], pg: "report_milestones_pk", code: "VERSION_CONFLICT", field: "时间节点", message: "该报告已被他人修改：请重新加载" },
];

const byPg = new Map(UNIQUE.map((r) => [r.pg, r]));
const bySqlite = new Map(UNIQUE.map((r) => [r.columns.map((c) => `${r.table}.${c}`).join(", "), r]));

const duplicate = (rule?: UniqueRule) =>
  rule
    ? new AppError(409, rule.code, rule.message, [{ field: rule.field, message: rule.message }])
    : new AppError(409, "DUPLICATE", `该记录与已有记录重复${AGAIN}`);

const referenceGone = () => new AppError(409, "REFERENCE_CHANGED", "相关记录已被他人删除或修改，请刷新后重试");
const contended = () => new AppError(409, "CONCURRENT_UPDATE", "数据正被他人同时修改，请稍后重试");

/** The AppError a database error stands for, or null when it is not one a user's request can cause. */
export function constraintError(err: unknown): AppError | null {
  const e = err as { code?: unknown; constraint?: unknown; message?: unknown } | null;
  if (!e || typeof e.code !== "string") return null;
  // PostgreSQL: SQLSTATE classes.
  if (e.code === "23505") return duplicate(typeof e.constraint === "string" ? byPg.get(e.constraint) : undefined);
  if (e.code === "23503") return referenceGone();
  if (e.code === "40P01" || e.code === "40001" || e.code === "55P03") return contended();
  // better-sqlite3.
  if (e.code === "SQLITE_CONSTRAINT_UNIQUE" || e.code === "SQLITE_CONSTRAINT_PRIMARYKEY") {
    const cols = /constraint failed: (.+)$/.exec(String(e.message ?? ""))?.[1]?.trim();
    return duplicate(cols ? bySqlite.get(cols) : undefined);
  }
  if (e.code === "SQLITE_CONSTRAINT_FOREIGNKEY") return referenceGone();
  return null;
}
