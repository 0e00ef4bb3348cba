// Grade quotas by hand: places by rank, rounded down; a tie crossing the boundary is taken whole or not
// at all; a unit a veto capped below the grade takes no place; without quotas nothing moves.
import { describe, expect, it } from "vitest";
import { applyQuotas, quotaSlots, type Grade, type QuotaUnit } from "./assessment.js";

const units = (xs: [number, Grade][]): QuotaUnit[] => xs.map(([total, grade]) => ({ total, grade, quotaNotes: [] }));
const grades = (us: QuotaUnit[]) => us.map((u) => u.grade);

describe("grade quotas", () => {
  it("rounds places down", () => {
    expect([quotaSlots(10, 20), quotaSlots(7, 20), quotaSlots(3, 67), quotaSlots(3, 33), quotaSlots(5, 100)]).toEqual([2, 1, 2, 0, 5]);
  });

  it("gives 优秀 by rank within the quota, then 良好 to those lowered and the rest", () => {
    // 10 units: 优秀 ≤ 20 % → 2 places, 良好 ≤ 30 % → 3 places.
    const us = units([[98, "excellent"], [95, "excellent"], [93, "excellent"], [91, "excellent"], [88, "good"], [85, "good"], [70, "pass"], [66, "pass"], [50, "fail"], [40, "fail"]]);
    applyQuotas(us, { excellent: 20, good: 30 });
    expect(grades(us)).toEqual(["excellent", "excellent", "good", "good", "good", "pass", "pass", "pass", "fail", "fail"]);
    expect(us[2]!.quotaNotes).toEqual(["优秀名额 2 个（10 个单位 × 20%，向下取整）已满，评为良好", "良好名额 3 个（10 个单位 × 30%，向下取整），本单位在名额内"]);
    expect(us[5]!.quotaNotes).toEqual(["良好名额 3 个（10 个单位 × 30%，向下取整）已满，评为合格"]);
    expect(us[6]!.quotaNotes).toEqual([]);
  });

  it("drops a whole tied group at the boundary, and a vetoed unit takes no place", () => {
    // 5 units, 优秀 ≤ 40 % → 2 places. The first is vetoed down to 合格: no place. 90 takes one; 85 and 85 tie for the last.
    const us = units([[95, "pass"], [90, "excellent"], [85, "excellent"], [85, "excellent"], [60, "pass"]]);
    applyQuotas(us, { excellent: 40, good: null });
    expect(grades(us)).toEqual(["pass", "excellent", "good", "good", "pass"]);
    expect(us[2]!.quotaNotes[0]).toBe("优秀名额 2 个（5 个单位 × 40%，向下取整），已评 1 个；本单位与另 1 个单位同为 85 分，并列将超出名额，同分单位均评为良好");
    expect(us[0]!.quotaNotes).toEqual([]);
  });

  it("moves nothing without quotas", () => {
    const us = units([[95, "excellent"], [95, "excellent"]]);
    applyQuotas(us, { excellent: null, good: null });
    applyQuotas(us, undefined);
    expect(grades(us)).toEqual(["excellent", "excellent"]);
  });
});
