import { describe, expect, it } from "vitest";
import { compact } from "./deadlineScan.js";

describe("compact", () => {
  it("drops the spaces after Chinese characters and digits before Chinese characters", () => {
    expect(compact("于 5 月底前完成")).toBe("于5月底前完成");
    expect(compact("2031年 10月 底前 报送 材料")).toBe("2031年10月底前报送材料");
    expect(compact("提交 report 2 份")).toBe("提交 report 2份");
  });

  it("gives a text without spaces back as it is", () => {
    const s = "9月30日前完成";
    expect(compact(s)).toBe(s);
  });
});
