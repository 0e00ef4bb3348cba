// The signature and date a text flow ran onto the end of a line, split off (segment.ts).
import { describe, expect, it } from "vitest";
import { splitSignature } from "./segment.js";

describe("a signature and date run onto the end of a line", () => {
  const texts = (text: string) => splitSignature({ text, start: 0 }).map((l) => l.text);
  it("are lines of their own, the date ending in 日 or in its bracket", () => {
    expect(texts("请各单位认真落实。 某县教育局 2024年3月5日")).toEqual(["请各单位认真落实。", "某县教育局", "2024年3月5日"]);
    expect(texts("某市教育体育局 （二〇二五年十月九日）")).toEqual(["某市教育体育局", "（二〇二五年十月九日）"]);
    expect(texts("特此通知。 某区教育委员会 (2023年12月1日)")).toEqual(["特此通知。", "某区教育委员会", "(2023年12月1日)"]);
  });
  it("leave a line that ends otherwise as it is", () => {
    expect(texts("某县教育局 2024年3月5日前完成")).toEqual(["某县教育局 2024年3月5日前完成"]);
    expect(texts("联系人 张三 电话12345678")).toEqual(["联系人 张三 电话12345678"]);
    expect(texts("")).toEqual([""]);
  });
});
