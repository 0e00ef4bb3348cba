import { describe, expect, it } from "vitest";
import { assess } from "./progress.js";

describe("target assessment", () => {
  it("counts keep pace with the share of the year gone", () => {
    expect(assess(">=", 4, 1, "2026-03", "所")).toBe("on_track"); // 25% by March
    expect(assess(">=", 4, 1, "2026-06", "所")).toBe("behind");
    expect(assess(">=", 4, 4, "2026-06", "所")).toBe("met");
  });
  it("rates must stay close to the goal and are behind once the year is over", () => {
    expect(assess(">=", 95, 93, "2026-03", "%")).toBe("on_track");
    expect(assess(">=", 95, 80, "2026-03", "%")).toBe("behind");
    expect(assess(">=", 95, 93, "2026-12", "%")).toBe("behind");
    expect(assess(">=", 95, 96, "2026-12", "%")).toBe("met");
  });
  it("upper bounds are met or behind", () => {
    expect(assess("<=", 13, 12.5, "2026-03", "ratio")).toBe("met");
    expect(assess("<=", 13, 14, "2026-03", "ratio")).toBe("behind");
  });
});
