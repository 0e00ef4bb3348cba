// 目标管理考核 (issue 14): the rules' vocabulary shared by server and web.

/** The five scored rules, in the order they are shown. */
export const ASSESSMENT_RULES = ["on_time", "first_pass", "targets", "milestones", "findings"] as const;
export type AssessmentRule = (typeof ASSESSMENT_RULES)[number];

export const ASSESSMENT_RULE_NAMES: Record<AssessmentRule, string> = {
  on_time: "按时报送率",
  first_pass: "一次通过率",
  targets: "指标完成",
  milestones: "节点按期",
  findings: "问题按期整改",
};

/** What each rule counts: the numerator over the denominator. */
export const ASSESSMENT_RULE_HINTS: Record<AssessmentRule, string> = {
  on_time: "截止日当天结束前报送的报告 / 已到截止日或已报送的报告",
  first_pass: "未经退回即审定的报告 / 已审定或被退回过的报告",
  targets: "已完成的量化指标 / 牵头任务的量化指标",
  milestones: "按期完成的时间节点 / 已到期或已完成的时间节点（牵头任务）",
  findings: "按整改期限销号的督导问题 / 已到整改期限或已销号的督导问题（当年发现）",
};

export const GRADES = ["excellent", "good", "pass", "fail"] as const;
export type Grade = (typeof GRADES)[number];
export const GRADE_NAMES: Record<Grade, string> = { excellent: "优秀", good: "良好", pass: "合格", fail: "不合格" };

export const ITEM_KINDS = ["bonus", "penalty", "veto"] as const;
export type AssessmentItemKind = (typeof ITEM_KINDS)[number];
export const ITEM_KIND_NAMES: Record<AssessmentItemKind, string> = { bonus: "加分", penalty: "减分", veto: "一票否决" };

export interface AssessmentRules {
  /** Points of each rule at a rate of 100 %. */
  weights: Record<AssessmentRule, number>;
  /** The lowest total of each grade but the last: excellent ≥ a, good ≥ b, pass ≥ c, else fail. */
  thresholds: { excellent: number; good: number; pass: number };
}

export const DEFAULT_ASSESSMENT_RULES: AssessmentRules = {
  weights: { on_time: 30, first_pass: 20, targets: 20, milestones: 15, findings: 15 },
  thresholds: { excellent: 90, good: 80, pass: 60 },
};

/** The grade of a total by the thresholds, then capped by the worst veto item (a veto caps, it never raises). */
export function gradeOf(total: number, t: AssessmentRules["thresholds"], caps: Grade[] = []): Grade {
  let g: Grade = total >= t.excellent ? "excellent" : total >= t.good ? "good" : total >= t.pass ? "pass" : "fail";
  for (const cap of caps) if (GRADES.indexOf(cap) > GRADES.indexOf(g)) g = cap;
  return g;
}
