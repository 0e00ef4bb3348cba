import { describe, expect, it } from "vitest";
import { clauseStarting } from "./dateContext.js";
import { yearOf } from "./dateYears.js";

describe("yearOf", () => {
  it("takes the year printed before a month in its sentence, the next one when the month comes round again", () => {
    const years = { planYear: 2030, rollover: 0, eve: null, prior: { y: 2029, mo: 12 } };
    expect(yearOf(years, 12)).toBe(2029);
    expect(yearOf(years, 1)).toBe(2030);
  });
  it("puts an autumn term's early months in the next year", () => {
    const years = { planYear: 2030, rollover: 1, eve: null, prior: undefined };
    expect(yearOf(years, 1)).toBe(2031);
    expect(yearOf(years, 9)).toBe(2030);
  });
  it("puts months from the plan's own time on in that year when it is the year before", () => {
    const years = { planYear: 2030, rollover: 0, eve: { y: 2029, mo: 9 }, prior: undefined };
    expect(yearOf(years, 10)).toBe(2029);
    expect(yearOf(years, 3)).toBe(2030);
  });
});

describe("clauseStarting", () => {
  it("is true for a date opening its clause, after an item's number too", () => {
    const a = "工作要求：3月底前完成";
    expect(clauseStarting(a, a.indexOf("3月"))).toBe(true);
    const b = "（二）3月底前完成";
    expect(clauseStarting(b, b.indexOf("3月"))).toBe(true);
    const c = "各校于3月底前完成";
    expect(clauseStarting(c, c.indexOf("3月"))).toBe(false);
  });
});
