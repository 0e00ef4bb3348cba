import { describe, expect, it } from "vitest";
import { normalizeDeadline } from "./deadline.js";

describe("normalizeDeadline", () => {
  it("reads the ways people write a 时限", () => {
    expect(normalizeDeadline("2026年6月")).toBe("2026-06");
    expect(normalizeDeadline("2026年6月底")).toBe("2026-06");
    expect(normalizeDeadline("2026年6月30日")).toBe("2026-06-30");
    expect(normalizeDeadline("2026.6")).toBe("2026-06");
    expect(normalizeDeadline("2026/6/3")).toBe("2026-06-03");
    expect(normalizeDeadline("2026-06")).toBe("2026-06");
    expect(normalizeDeadline("2026年底")).toBe("2026");
    expect(normalizeDeadline("2026年13月")).toBe("2026年13月");
    expect(normalizeDeadline("六月底")).toBe("六月底");
  });
});
