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
  /** At most this per cent of the units scored may get 优秀 / 良好 (null: no quota). On top of the thresholds;
   *  a grade with a quota may have its threshold equal to the next one's, the quota alone then decides. */
  quotas: QuotaRules;
}

export type QuotaGrade = "excellent" | "good";
export type QuotaRules = Record<QuotaGrade, number | null>;
export const QUOTA_GRADES: QuotaGrade[] = ["excellent", "good"];

export const DEFAULT_ASSESSMENT_RULES: AssessmentRules = {
  weights: { on_time: 30, first_pass: 20, targets: 20, milestones: 15, findings: 15 },
  thresholds: { excellent: 90, good: 80, pass: 60 },
  quotas: { excellent: null, good: null },
};

// The API's answer (server: commands/assessment/scores.ts computes it; web: api/assessment.ts reads it).

export interface RuleScore {
  rule: AssessmentRule;
  label: string;
  numerator: number;
  denominator: number;
  /** numerator / denominator to four places; null when there is nothing to count (full points). */
  rate: number | null;
  weight: number;
  points: number;
}

/** An item (加分 / 减分 / 一票否决) of a unit's year. */
export interface AssessmentItem {
  id: number;
  unitId: number;
  kind: AssessmentItemKind;
  kindLabel: string;
  points: number;
  capGrade: Grade | null;
  capGradeLabel: string | null;
  reason: string;
  evidence: string;
  createdBy: string | null;
  createdAt: string;
  version: number;
}

export interface UnitScore {
  unitId: number;
  name: string;
  rank: number;
  base: number;
  bonus: number;
  penalty: number;
  total: number;
  grade: Grade;
  gradeLabel: string;
  /** The grade the thresholds gave before a veto item capped it. */
  gradeBeforeVeto: Grade;
  /** The grade by thresholds and veto, before a quota (优秀 / 良好 ≤ N %) lowered it. */
  gradeBeforeQuota: Grade;
  /** How the quotas placed the unit (empty without quotas). */
  quotaNotes: string[];
  vetoed: boolean;
  rules: RuleScore[];
  items: AssessmentItem[];
}

/** A unit's score as the API returns it: results published before quotas have no quota fields. */
export type UnitScoreView = Omit<UnitScore, "gradeBeforeQuota" | "quotaNotes"> & Partial<Pick<UnitScore, "gradeBeforeQuota" | "quotaNotes">>;

/** 名额: how many units a quota of `percent` % of `units` allows, rounded down (a quota is a ceiling). */
export const quotaSlots = (units: number, percent: number) => Math.floor((units * percent) / 100 + 1e-9);

export interface QuotaUnit {
  total: number;
  /** The grade by the thresholds and veto caps; lowered here where a quota is full. */
  grade: Grade;
  /** Why the quota kept or lowered the grade, in the breakdown. */
  quotaNotes: string[];
}

/**
 * Grades within quotas, by rank: `units` in ranking order (total descending). For 优秀 then 良好, the units
 * holding that grade take the places in rank order; a group of equal totals is taken whole or not at all:
 * if it would pass the quota, every unit of the group and every unit after it drops to the next grade
 * (ties at the boundary are never split by name or order — the quota is a ceiling). A unit a veto capped
 * below the grade takes no place. Mutates grade and quotaNotes.
 */
export function applyQuotas(units: QuotaUnit[], quotas: QuotaRules | undefined): void {
  const n = units.length;
  for (const g of QUOTA_GRADES) {
    const percent = quotas?.[g];
    if (percent === null || percent === undefined) continue;
    const slots = quotaSlots(n, percent);
    const name = GRADE_NAMES[g], next = GRADE_NAMES[GRADES[GRADES.indexOf(g) + 1]!];
    const why = `${name}名额 ${slots} 个（${n} 个单位 × ${percent}%，向下取整）`;
    const holders = units.filter((u) => u.grade === g);
    let used = 0, full = false;
    for (let i = 0; i < holders.length; ) {
      let j = i;
      while (j < holders.length && holders[j]!.total === holders[i]!.total) j++;
      const group = holders.slice(i, j);
      if (!full && used + group.length <= slots) {
        used += group.length;
        for (const u of group) u.quotaNotes.push(`${why}，本单位在名额内`);
      } else {
        const split = !full && used < slots;
        full = true;
        for (const u of group) {
          u.grade = GRADES[GRADES.indexOf(g) + 1]!;
          u.quotaNotes.push(split
            ? `${why}，已评 ${used} 个；本单位与另 ${group.length - 1} 个单位同为 ${u.total} 分，并列将超出名额，同分单位均评为${next}`
            : `${why}已满，评为${next}`);
        }
      }
      i = j;
    }
  }
}

/** The grade of a total by the thresholds, then capped by the worst veto item (a veto caps, it never raises). */
export function gradeOf(total: number, t: AssessmentRules["thresholds"], caps: Grade[] = []): Grade {
  let g: Grade = total >= t.excellent ? "excellent" : total >= t.good ? "good" : total >= t.pass ? "pass" : "fail";
  for (const cap of caps) if (GRADES.indexOf(cap) > GRADES.indexOf(g)) g = cap;
  return g;
}
