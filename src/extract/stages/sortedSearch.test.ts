import { describe, expect, it } from "vitest";
import { countBefore } from "./sortedSearch.js";

describe("countBefore", () => {
  it("counts the leading entries before a point: the lower bound of a list in order", () => {
    const starts = [2, 5, 5, 9, 14];
    for (const [at, n] of [[0, 0], [2, 0], [3, 1], [5, 1], [6, 3], [14, 4], [15, 5]] as const) expect(countBefore(starts.length, (i) => starts[i] < at), String(at)).toBe(n);
    expect(countBefore(starts.length, (i) => starts[i] <= 5)).toBe(3);
  });

  it("is 0 for an empty list and asks no more than about log n entries", () => {
    expect(countBefore(0, () => true)).toBe(0);
    let asked = 0;
    expect(countBefore(1024, (i) => (asked++, i < 700))).toBe(700);
    expect(asked).toBeLessThanOrEqual(11);
  });
});
