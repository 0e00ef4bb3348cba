// Chinese labels for codes used across screens.
import { ROLE_NAMES } from "../../shared/roles.js";
import type { MyRole, OrgLevel, PlanStatus, RoleCode, TaskValue, UnitKind } from "../api/types.js";

export const ROLE_LABELS: Record<RoleCode, string> = ROLE_NAMES;

export const ROLE_OPTIONS = (Object.keys(ROLE_LABELS) as RoleCode[]).map((value) => ({ value, label: ROLE_LABELS[value] }));

export const UNIT_KIND_LABELS: Record<UnitKind, string> = {
  department: "股室",
  school: "学校",
  external: "外单位",
};

export const UNIT_KIND_OPTIONS = (Object.keys(UNIT_KIND_LABELS) as UnitKind[]).map((value) => ({
  value,
  label: UNIT_KIND_LABELS[value],
}));

export const ORG_LEVEL_LABELS: Record<OrgLevel, string> = {
  province: "省级",
  city: "市级",
  county: "县/区级",
};

/** The level a child org gets under a parent of the given level (null: no children allowed). */
export function childOrgLevel(parent: OrgLevel | null): OrgLevel | null {
  if (parent === null) return "province";
  if (parent === "province") return "city";
  if (parent === "city") return "county";
  return null;
}

export const PLAN_STATUS_LABELS: Record<PlanStatus, { label: string; color: string }> = {
  draft: { label: "草稿", color: "orange" },
  published: { label: "已发布", color: "green" },
  archived: { label: "已归档", color: "default" },
};

export const MY_ROLE_LABELS: Record<MyRole, string> = { lead: "牵头", co: "协办", liaison: "联络", leader: "责任领导" };

/** Field names of a task in Chinese (history, diffs). */
export const TASK_FIELD_LABELS: Record<keyof TaskValue, string> = {
  no: "序号",
  sectionNo: "篇目序号",
  sectionTitle: "篇目",
  title: "任务名称",
  body: "任务原文",
  lead: "牵头单位",
  co: "协办单位",
  liaison: "联络股室",
  leaders: "责任领导",
  measures: "具体措施",
  targets: "量化指标",
  milestones: "时间节点",
};

/** Audit action codes → what a clerk reads. The raw code stays available in a tooltip. */
export const AUDIT_ACTION_LABELS: Record<string, string> = {
  "user.create": "新建用户",
  "user.update": "修改用户",
  "user.deactivate": "停用用户",
  "user.reset-password": "重置密码",
  "user.change-password": "修改密码",
  "user.lock": "账号锁定",
  setup: "系统初始化",
  "org.create": "新建机构",
  "org.update": "修改机构",
  "unit.create": "新建单位",
  "unit.update": "修改单位",
  "unit.deactivate": "停用单位",
  "unit.alias": "单位别名",
  "plan.import": "导入方案",
  "plan.create": "新建方案",
  "plan.update": "修改方案",
  "plan.publish": "发布方案",
  "plan.archive": "归档方案",
  "plan.delete": "删除方案",
  "plan.reextract": "重新识别方案",
  "plan.reorder": "调整任务顺序",
  "plan.map-unit": "单位对应",
  "task.create": "新增任务",
  "task.update": "修改任务",
  "task.delete": "删除任务",
  "task.split": "拆分任务",
  "task.merge": "合并任务",
  "demo.user": "示例账号",
};

export const auditActionLabel = (code: string) => AUDIT_ACTION_LABELS[code] ?? code;

/** Who may import, edit and publish plans (the server's plans.write). */
export const canWritePlans = (roles: RoleCode[]) => roles.includes("admin") || roles.includes("office");
/** Who has tasks of their own: unit clerks and heads, responsible leaders. */
export const hasOwnTasks = (roles: RoleCode[]) => roles.some((role) => role === "unit_staff" || role === "unit_head" || role === "leader");
