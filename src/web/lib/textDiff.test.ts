import { describe, expect, it } from "vitest";
import { diffText } from "./textDiff.js";

const render = (parts: ReturnType<typeof diffText>) => parts.map((p) => (p.kind === "same" ? p.text : p.kind === "added" ? `[+${p.text}]` : `[-${p.text}]`)).join("");

describe("diffText", () => {
  it("shows an addition inside a sentence as that addition", () => {
    expect(render(diffText("新园建设按计划推进。", "新园建设按计划推进，4月10日开工。"))).toBe("新园建设按计划推进[+，4月10日开工]。");
  });
  it("keeps unchanged sentences and marks a replaced one", () => {
    const parts = diffText("甲已完成。乙正在推进。丙未启动。", "甲已完成。乙已完成。丙未启动。");
    expect(parts.filter((p) => p.kind === "same").map((p) => p.text).join("")).toContain("甲已完成。");
    expect(render(parts)).toBe("甲已完成。乙[-正在推进][+已完成]。丙未启动。");
  });
  it("an appended sentence is one addition; a removed one one removal", () => {
    expect(render(diffText("甲。", "甲。乙。"))).toBe("甲。[+乙。]");
    expect(render(diffText("甲。乙。", "乙。"))).toBe("[-甲。]乙。");
  });
  it("the parts put back together give both texts", () => {
    const a = "一、学前教育：两所新园选址完成。\n二、资金已纳入预算；下月招标。";
    const b = "一、学前教育：两所新园选址完成，4月10日开工。\n二、资金已到位；下月招标。\n三、补充师资。";
    const parts = diffText(a, b);
    expect(parts.filter((p) => p.kind !== "added").map((p) => p.text).join("")).toBe(a);
    expect(parts.filter((p) => p.kind !== "removed").map((p) => p.text).join("")).toBe(b);
  });
  it("empty sides", () => {
    expect(diffText("", "新")).toEqual([{ kind: "added", text: "新" }]);
    expect(diffText("旧", "")).toEqual([{ kind: "removed", text: "旧" }]);
    expect(diffText("", "")).toEqual([]);
  });
});
