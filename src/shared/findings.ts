// Findings (督导问题) and their closed loop: 登记 → 已发提示单 → 已交办 → 整改中 → 已报整改结果 → 已销号.
// One list of states, sources, categories and forms for the server, the DOCX forms and the screens.
export const FINDING_STATES = {
  registered: "登记",
  noticed: "已发提示单",
  assigned: "已交办",
  rectifying: "整改中",
  reported: "已报整改结果",
  closed: "已销号",
} as const;
export type FindingState = keyof typeof FINDING_STATES;

export const FINDING_SOURCES = ["督导检查", "调度发现", "专项督查", "群众反映", "审计巡察", "上级交办"] as const;
export const FINDING_CATEGORIES = ["安全隐患", "工作落实", "教育教学", "经费管理", "校园管理", "师德师风", "其他"] as const;
/** Findings of this category make the 隐患台账 (hazard ledger). */
export const HAZARD_CATEGORY = "安全隐患";
export const FINDING_SEVERITIES = { general: "一般", serious: "较重", major: "重大" } as const;
export type FindingSeverity = keyof typeof FINDING_SEVERITIES;

/** The steps of the loop as API actions. */
export const FINDING_ACTIONS = ["notice", "assign", "report", "close", "return", "reopen"] as const;
export type FindingAction = (typeof FINDING_ACTIONS)[number];
export const FINDING_ACTION_NAMES: Record<FindingAction | "create" | "save" | "escalate", string> = {
  create: "登记问题",
  notice: "发出提示单",
  assign: "交办",
  save: "保存整改情况",
  report: "报送整改结果",
  close: "销号",
  return: "退回整改",
  reopen: "重新打开",
  escalate: "逾期提醒上级",
};

/** The three forms, each numbered per bureau and year: 督导问题提示单〔2026〕第3号. */
export const FINDING_FORMS = {
  notice: "督导问题提示单",
  assignment: "督导问题交办单",
  report: "督导问题整改结果报告单",
} as const;
export type FindingForm = keyof typeof FINDING_FORMS;

export const formNumber = (form: FindingForm, year: number, no: number) => `${FINDING_FORMS[form]}〔${year}〕第${no}号`;

/** What a form is filled from: the finding as the DOCX export needs it (no server types). */
export interface FindingFormData {
  form: FindingForm;
  number: string;
  orgName: string;
  title: string;
  description: string;
  source: string;
  category: string;
  severity: string;
  place: string;
  unitName: string;
  foundOn: string;
  foundBy: string;
  taskTitle: string | null;
  requirement: string;
  deadline: string | null;
  reportText: string;
  reportMeasures: string;
  reportedOn: string | null;
  reportedBy: string;
  /** The day written under the signature, 2026年12月4日. */
  date: string;
}

/** "2026-12-04" → "2026年12月4日" */
export function chineseDate(day: string | null | undefined): string {
  if (!day) return "";
  const [y, m, d] = day.slice(0, 10).split("-").map(Number);
  return `${y}年${m}月${d}日`;
}

/** One row of the findings statistics (per unit or per category), as GET /api/findings/stats answers. */
export interface FindingStatsRow {
  /** the unit's id (null: no unit yet) or the category */
  key: number | string | null;
  name: string;
  found: number;
  closed: number;
  closedOnTime: number;
  /** open (not closed) and past the deadline today */
  openOverdue: number;
  averageDaysToClose: number | null;
}

/** A finding as the API answers it (list rows, and the head of the detail): presenters/findings.ts. */
export interface Finding {
  id: number;
  orgId: number;
  source: string;
  title: string;
  description: string;
  category: string;
  hazard: boolean;
  severity: string;
  severityLabel: string;
  place: string;
  unitId: number | null;
  unitName: string | null;
  taskId: number | null;
  /** the round's report it was raised from (登记为督导问题) */
  reportId: number | null;
  taskTitle: string | null;
  foundOn: string;
  foundBy: string;
  state: FindingState;
  stateLabel: string;
  requirement: string;
  deadline: string | null;
  overdue: boolean;
  overdueDays: number;
  closedOnTime: boolean | null;
  noticeNumber: string | null;
  assignmentNumber: string | null;
  reportNumber: string | null;
  noticedAt: string | null;
  assignedAt: string | null;
  reportText: string;
  reportMeasures: string;
  reportedAt: string | null;
  closedAt: string | null;
  closeComment: string | null;
  returnCount: number;
  lastReason: string | null;
  escalatedAt: string | null;
  version: number;
  createdAt: string;
  updatedAt: string;
}

export type FindingFileKind = "photo" | "evidence" | "report_form";

/** What the user may do with a finding now, for the buttons of the detail screen. */
export type FindingSteps = Record<FindingAction | "upload", boolean>;

/** GET /api/findings/:id and the answer of every step. */
export interface FindingDetail extends Finding {
  events: { at: string; actorName: string | null; action: string; state: string; stateLabel: string; comment: string | null }[];
  files: { id: number; kind: FindingFileKind; fileName: string; mime: string; size: number; uploadedAt: string; url: string }[];
  can: FindingSteps;
}
