// A clause that opens an item starts after the item's number, whichever numbering the item uses.
import { describe, expect, it } from "vitest";
import { afterItemNumber } from "./clauses.js";

describe("afterItemNumber", () => {
  it("steps over Arabic, circled, bracketed and Chinese item numbers", () => {
    expect(afterItemNumber("3.各校每周巡查两次", 0)).toBe(2);
    expect(afterItemNumber("②完成台账", 0)).toBe(1);
    expect(afterItemNumber("二、 每周巡查5次", 0)).toBe(3);
    expect(afterItemNumber("（四）6月底前完成验收", 0)).toBe(3);
    expect(afterItemNumber("要求如下。（二）每班配备2名", 5)).toBe(8);
  });
  it("leaves figures and words that only start with a numeral", () => {
    expect(afterItemNumber("3.5万元用于维修", 0)).toBe(0);
    expect(afterItemNumber("2031年春季完成", 0)).toBe(0);
    expect(afterItemNumber("一律按规定执行", 0)).toBe(0);
  });
});
