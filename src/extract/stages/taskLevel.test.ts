// The label an item names itself by, read one way for choosing the task level and for naming the tasks.
import { describe, expect, it } from "vitest";
import { labelOf } from "./taskLevel.js";

describe("labelOf", () => {
  it("reads the words before the first colon when text follows it", () => {
    expect(labelOf("开展消防演练：每学期组织两次疏散演练")).toBe("开展消防演练");
    expect(labelOf("器材:逐间检查灭火器")).toBe("器材");
    expect(labelOf("加强巡查，及时上报：值班人员每日…")).toBe("加强巡查，及时上报");
  });
  it("reads no label where a sentence ends first or nothing follows the colon", () => {
    expect(labelOf("组织演练。时间：五月")).toBeNull();
    expect(labelOf("开展消防演练：")).toBeNull();
    expect(labelOf("演：练习")).toBeNull();
  });
});
