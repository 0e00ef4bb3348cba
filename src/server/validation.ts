// zod → VALIDATION_FAILED with the field named in Chinese.
import { z } from "zod";
import { errors } from "./errors.js";

z.config(z.locales.zhCN());
// zod's own zh-CN messages ("无效输入：期望 object，实际接收 string") are for developers; a clerk
// reads these instead. A schema's own message always wins over this map.
z.config({ customError: (issue) => plainMessage(issue as unknown as Issue) });

type Issue = {
  code: string;
  input?: unknown;
  expected?: string;
  origin?: string;
  minimum?: number | bigint;
  maximum?: number | bigint;
  inclusive?: boolean;
  format?: string;
  values?: unknown[];
  divisor?: number;
};

const TYPE_NAMES: Record<string, string> = {
  string: "文字", number: "数字", int: "整数", bigint: "整数", boolean: "是或否（true/false）", array: "列表",
  object: "一组字段（对象）", date: "日期", null: "空值",
};

function plainMessage(issue: Issue): string | undefined {
  const min = Number(issue.minimum);
  const max = Number(issue.maximum);
  switch (issue.code) {
    case "invalid_type":
      if (issue.input === undefined) return "不能为空";
      return `须为${TYPE_NAMES[issue.expected ?? ""] ?? "正确的格式"}`;
    case "too_small":
      if (issue.origin === "string") return min <= 1 ? "不能为空" : `至少 ${min} 个字`;
      if (issue.origin === "array" || issue.origin === "set") return min <= 1 ? "至少填写一项" : `至少 ${min} 项`;
      return issue.inclusive ? `不能小于 ${min}` : `须大于 ${min}`;
    case "too_big":
      if (issue.origin === "string") return `不能超过 ${max} 个字`;
      if (issue.origin === "array" || issue.origin === "set") return `最多 ${max} 项`;
      return issue.inclusive ? `不能大于 ${max}` : `须小于 ${max}`;
    case "invalid_format":
      if (issue.format === "email") return "邮箱格式不正确";
      if (issue.format === "url") return "网址格式不正确";
      if (issue.format === "date" || issue.format === "datetime") return "日期格式不正确";
      return "格式不正确";
    case "invalid_value":
      return issue.values?.length ? `须为 ${issue.values.map(String).join("、")} 之一` : "取值无效";
    case "not_multiple_of":
      return `须为 ${issue.divisor} 的倍数`;
    default:
      return "格式不正确";
  }
}

/** Field names in Chinese. A key that means different things in different places gets its context below. */
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
  // tasks
  after: "插入位置",
  no: "序号",
  sectionNo: "篇目序号",
  sectionTitle: "篇目标题",
  sections: "篇目",
  body: "任务内容",
  lead: "牵头单位",
  co: "协办单位",
  liaison: "联络股室",
  leaders: "责任领导",
  measures: "具体措施",
  targets: "指标",
  metric: "指标名称",
  op: "比较方式",
  value: "目标值",
  unit: "计量单位",
  what: "节点内容",
  by: "完成时限",
  span: "原文位置",
  confidence: "识别可信度",
  userId: "领导账号",
  at: "拆分位置",
  order: "任务顺序",
  taskIds: "任务",
  section: "篇目",
  leader: "责任领导",
  leaderId: "责任领导",
  overdue: "逾期筛选",
  // plans
  year: "年度",
  docNumber: "文号",
  issuer: "发文机关",
  issuedOn: "印发日期",
  region: "地区",
  rhythm: "调度频次",
  openDay: "每期开始日",
  dueDay: "每期截止日",
  filename: "文件名",
  apply: "是否确认导入",
  // reports and rounds
  targetId: "指标",
  milestoneId: "时间节点",
  doneOn: "完成日期",
  problems: "存在问题",
  nextSteps: "下步计划",
  reportIds: "报告",
  quarter: "季度",
  scope: "总结范围",
  // settings
  reminders: "提醒设置",
  beforeDays: "提前提醒天数",
  escalateAfterDays: "逾期后提醒上级的天数",
  findingEscalateAfterDays: "督导问题逾期后提醒上级的天数",
  channels: "通知渠道",
  dingtalk: "钉钉",
  wecom: "企业微信",
  enabled: "是否启用",
  webhook: "机器人地址",
  secret: "加签密钥",
  host: "邮件服务器",
  port: "端口",
  secure: "加密连接",
  user: "邮箱账号",
  pass: "邮箱密码",
  // lists and filters
  entity: "对象类型",
  includeInactive: "是否包含已停用",
  role: "角色",
  limit: "条数",
  unread: "未读",
  before: "起点（更早于该通知）",
  state: "状态",
  id: "编号",
  // findings
  source: "问题来源",
  category: "问题类别",
  severity: "严重程度",
  description: "问题描述",
  place: "发现地点",
  taskId: "关联任务",
  foundOn: "发现日期",
  foundBy: "发现人",
  deadline: "整改期限",
  requirement: "整改要求",
  reason: "原因",
  draft: "是否只保存",
  hazard: "隐患台账筛选",
  // assessment (目标管理考核)
  weights: "各项分值",
  thresholds: "等次分数线",
  points: "分值",
  capGrade: "否决后的最高等次",
  evidence: "依据材料",
};

/** Keys whose meaning depends on the list or object they sit in ("parent.key"). */
const CONTEXT_LABELS: Record<string, string> = {
  "targets.text": "指标原文",
  "milestones.text": "节点原文",
  "targets.value": "目标值",
  "values.value": "指标值",
  "sections.no": "篇目序号",
  "sections.title": "篇目标题",
  "lead.name": "牵头单位名称",
  "co.name": "协办单位名称",
  "liaison.name": "联络股室名称",
  "lead.unitId": "牵头单位",
  "co.unitId": "协办单位",
  "liaison.unitId": "联络股室",
  "leaders.name": "领导姓名",
  "channels.email": "邮件通知",
  "email.from": "发件人地址",
  "values.targetId": "对应指标",
  "milestones.milestoneId": "对应节点",
  "weights.on_time": "按时报送率分值",
  "weights.first_pass": "一次通过率分值",
  "weights.targets": "指标完成分值",
  "weights.milestones": "节点按期分值",
  "weights.findings": "问题按期整改分值",
  "thresholds.excellent": "优秀分数线",
  "thresholds.good": "良好分数线",
  "thresholds.pass": "合格分数线",
  "quotas.excellent": "优秀名额比例",
  "quotas.good": "良好名额比例",
};

/** Keys that mean something else on one route (by its URL pattern). */
const ROUTE_LABELS: Record<string, Record<string, string>> = {
  "/api/plans/import": { text: "方案文本" },
  "/api/plans": { title: "方案标题", status: "方案状态" },
  "/api/plans/:id": { title: "方案标题" },
  "/api/plans/:id/tasks": { title: "任务名称", unitId: "单位", status: "推进状态" },
  "/api/tasks/:id": { title: "任务名称" },
  "/api/tasks/:id/split": { title: "新任务名称" },
  "/api/plans/:id/unit-mappings": { name: "方案中的单位名称", unitId: "对应的单位" },
  "/api/units": { name: "单位名称", orgId: "所属机构" },
  "/api/units/:id": { name: "单位名称", active: "是否启用" },
  "/api/users": { name: "姓名" },
  "/api/users/:id": { name: "姓名", active: "是否启用" },
  "/api/orgs": { name: "机构名称" },
  "/api/bulletins/:id": {
    title: "通报标题", issuer: "版头", distribution: "发送范围", sections: "通报正文的部分", "sections.heading": "部分标题", "sections.text": "正文",
    "sections.blocks": "正文段落", "blocks.type": "段落类型", "blocks.level": "标题级别", "blocks.runs": "文字", "runs.text": "文字", "runs.bold": "加粗",
    "blocks.ordered": "列表编号方式", "blocks.items": "列表项", "blocks.rows": "表格行", blocks: "正文段落", runs: "文字", items: "列表项", rows: "表格行",
  },
  "/api/assessment/items": { kind: "加减分类型", unitId: "被考核单位", reason: "事由" },
  "/api/assessment/rules": { quotas: "等次名额比例" },
  "/api/findings": { title: "问题标题", unitId: "责任单位" },
  "/api/findings/export.xlsx": { unitId: "承办单位" },
  "/api/findings/:id/assign": { unitId: "承办单位" },
  "/api/findings/:id/report": { text: "整改情况", measures: "整改措施" },
  "/api/orgs/:id": { name: "机构名称" },
  "/api/setup": { name: "管理员姓名" },
  "/api/summaries/:id": { text: "总结内容" },
  "/api/summaries/:id/submit": { text: "总结内容" },
  "/api/summaries/:id/approve": { text: "总结内容" },
  "/api/summaries/:id/return": { text: "总结内容" },
  "/api/plans/:id/summaries": { leaderId: "分管领导" },
  "/api/audit": { entity: "对象类型", action: "操作类型" },
  "/api/outbox": { state: "发送状态" },
};

/** Whole messages for a key, replacing "label：message" (by key; "url key" for one route). */
const KEY_MESSAGES: Record<string, { any?: string; required?: string; tooBig?: string }> = {
  id: { any: "编号须为正整数", tooBig: "编号超出范围，没有这条记录" },
  comment: { required: "请填写意见" },
  "/api/reports/:id/return comment": { required: "退回时须填写意见，说明需要修改的地方" },
};

const lastKey = (path: PropertyKey[]) => [...path].reverse().find((p) => typeof p === "string") as string | undefined;

export function fieldLabel(path: PropertyKey[], url?: string): string {
  const strings = path.filter((p): p is string => typeof p === "string");
  const key = strings.at(-1);
  if (!key) return "请求内容";
  const parent = strings.at(-2);
  const route = url ? ROUTE_LABELS[url] : undefined;
  const context = parent ? `${parent}.${key}` : undefined;
  return (
    (context && (route?.[context] ?? CONTEXT_LABELS[context])) ?? route?.[key] ?? FIELD_LABELS[key] ?? "其中一项内容"
  );
}

/** "时间节点第 2 项的" for a field inside a list, so the clerk knows which row to fix. */
function itemPrefix(path: PropertyKey[], url?: string): string {
  const i = path.findLastIndex((p) => typeof p === "number");
  if (i <= 0 || i === path.length - 1 || typeof path[i - 1] !== "string") return "";
  return `${fieldLabel(path.slice(0, i), url)}第 ${(path[i] as number) + 1} 项的`;
}

function issueMessage(issue: z.core.$ZodIssue, url?: string): string {
  const key = lastKey(issue.path);
  const own = key ? (url && KEY_MESSAGES[`${url} ${key}`]) || KEY_MESSAGES[key] : undefined;
  const missing = issue.code === "invalid_type" && (issue as { input?: unknown }).input === undefined;
  if (own?.tooBig && issue.code === "too_big") return own.tooBig;
  if (own?.any) return own.any;
  if (own?.required && missing) return own.required;
  const label = fieldLabel(issue.path, url);
  const prefix = itemPrefix(issue.path, url);
  // A schema's own message that already names the field ("比较方式须为 …") is not labelled twice.
  if (issue.message.includes(label)) return prefix ? `${prefix.replace(/的$/, "")}：${issue.message}` : issue.message;
  return `${prefix}${label}：${issue.message}`;
}

/** Validates with Chinese messages; `url` (the route's URL pattern) picks the route's own field names. */
export function parseWith<T extends z.ZodType>(schema: T, value: unknown, where = "请求内容", url?: string): z.infer<T> {
  const result = schema.safeParse(value ?? {});
  if (result.success) return result.data;
  const seen = new Set<string>();
  const details = result.error.issues.flatMap((issue) => {
    if (issue.code === "unrecognized_keys") {
      return [{ field: issue.keys.join(","), message: `不允许的字段：${issue.keys.join("、")}` }];
    }
    // One message per field: the first says what is wrong ("须为文字" before "至少 2 个字").
    const field = issue.path.join(".");
    if (seen.has(field)) return [];
    seen.add(field);
    return [{ field, message: issueMessage(issue, url) }];
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

/**
 * Integer columns are int4 on PostgreSQL: a larger id or number would fail in the database (500)
 * instead of here. Every integer of params, query and body is an int32 (z.int32() in bodies);
 * test/api/client-errors.test.ts checks the route table for it.
 */
export const INT4_MAX = 2_147_483_647;
/** Query strings and path parameters arrive as text: an integer in the int4 range. */
export const queryInt = () => z.coerce.number().int().min(-INT4_MAX - 1).max(INT4_MAX);
export const YEAR_MESSAGE = "年度须在 2000—2100 之间";
/** A year in a query string (?year=2025), with the Chinese message. */
export const queryYear = () => queryInt().min(2000, YEAR_MESSAGE).max(2100, YEAR_MESSAGE);
export const idParam = z.strictObject({ id: queryInt().positive() });

/** A trimmed text field with Chinese length messages. */
export const text = (min: number, max: number) =>
  z.string().trim().min(min, min <= 1 ? "不能为空" : `至少 ${min} 个字`).max(max, `不能超过 ${max} 个字`);
