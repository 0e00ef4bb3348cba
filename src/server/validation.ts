// zod → VALIDATION_FAILED with the field named in Chinese.
import { z } from "zod";
import { errors } from "./errors.js";

z.config(z.locales.zhCN());

const FIELD_LABELS: Record<string, string> = {
  username: "用户名",
  password: "密码",
  currentPassword: "当前密码",
  newPassword: "新密码",
  name: "名称",
  orgName: "教育局名称",
  orgId: "所属机构",
  parentId: "上级机构",
  level: "机构级别",
  unitId: "所属单位",
  kind: "单位类型",
  aliases: "别名",
  roles: "角色",
  phone: "手机号",
  active: "状态",
  version: "版本号",
  actorId: "操作人",
  action: "操作",
  from: "开始日期",
  to: "结束日期",
  page: "页码",
  pageSize: "每页条数",
  q: "搜索词",
  email: "邮箱",
  text: "进展情况",
  status: "推进状态",
  comment: "意见",
  period: "调度周期",
  opensOn: "开始日期",
  dueOn: "截止日期",
  title: "标题",
  values: "指标值",
  milestones: "时间节点",
};

export function fieldLabel(path: PropertyKey[]): string {
  const key = [...path].reverse().find((p) => typeof p === "string") as string | undefined;
  return key ? (FIELD_LABELS[key] ?? key) : "请求内容";
}

export function parseWith<T extends z.ZodType>(schema: T, value: unknown, where = "请求内容"): z.infer<T> {
  const result = schema.safeParse(value ?? {});
  if (result.success) return result.data;
  const details = result.error.issues.map((issue) => {
    if (issue.code === "unrecognized_keys") {
      return { field: issue.keys.join(","), message: `不允许的字段：${issue.keys.join("、")}` };
    }
    return { field: issue.path.join("."), message: `${fieldLabel(issue.path)}：${issue.message}` };
  });
  throw errors.validation(details.map((d) => d.message).join("；") || `${where}无效`, details);
}

/**
 * U+0000 never belongs in a name or a text, and PostgreSQL refuses it in text columns
 * ("invalid byte sequence for encoding UTF8: 0x00"): every JSON body, query and path
 * parameter is cleaned of it before validation. `replacement` keeps offsets when a text
 * is referred to by spans (the source text of an imported plan).
 */
export function stripNul<T>(value: T, replacement = ""): T {
  if (typeof value === "string") return (value.includes("\u0000") ? value.replaceAll("\u0000", replacement) : value) as T;
  if (Array.isArray(value)) return value.map((v) => stripNul(v, replacement)) as T;
  if (value && Object.prototype.toString.call(value) === "[object Object]") {
    // Plain objects only (JSON bodies, parsed query strings, whose prototype may be a bare one).
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [stripNul(k, replacement), stripNul(v, replacement)])) as T;
  }
  return value;
}

/** Query strings arrive as text: numbers and booleans are coerced here. */
export const queryInt = () => z.coerce.number().int().positive();
export const idParam = z.strictObject({ id: z.coerce.number().int().positive() });

/** A trimmed text field with Chinese length messages. */
export const text = (min: number, max: number) =>
  z.string().trim().min(min, min <= 1 ? "不能为空" : `至少 ${min} 个字`).max(max, `不能超过 ${max} 个字`);
