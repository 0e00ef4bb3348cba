import { describe, expect, it } from "vitest";
import { foldWidth, layout } from "./normalize.js";

describe("foldWidth", () => {
  it("folds full-width digits, letters and number signs one for one", () => {
    expect(foldWidth("１２、新建ＡＢ楼３栋，达标率９８．５％")).toBe("12、新建AB楼3栋，达标率98.5%");
    expect(foldWidth("（一）牵头单位：办公室；")).toBe("（一）牵头单位：办公室；");
  });
  it("keeps offsets: the folded text has the original's length and the plan keeps the original", () => {
    const doc = layout({ format: "txt", warnings: [], blocks: [{ kind: "paragraph", text: "７、修建围墙５处" }] }, "x.txt");
    expect(doc.text.length).toBe(doc.original!.length);
    expect(doc.text).toContain("7、修建围墙5处");
    expect(doc.original).toContain("７、修建围墙５处");
  });
  it("starts a line after the commas a web page's line breaks were saved as", () => {
    const doc = layout({ format: "txt", warnings: [], blocks: [{ kind: "paragraph", text: ",1、整理图书。," }] }, "x.txt");
    const first = doc.items[0];
    expect(first.kind === "line" && first.line.text).toBe("1、整理图书。,");
    expect(first.kind === "line" && doc.text.slice(first.line.start)).toMatch(/^1、整理图书/);
  });
});

import { numbering } from "./numbering.js";
describe("item numbers before numbers", () => {
  it("tells item 2 about May from the decimal 2.5", () => {
    expect(numbering("2.5月底前完成方案")?.no).toBe("2");
    expect(numbering("1、6月前完成验收")?.no).toBe("1");
    expect(numbering("3.5万平方米校舍")).toBeNull();
    // one-character forms: ⒈ (digit full stop) and ⑴ (parenthesized digit)
    expect(numbering("⒊开展专题培训")).toMatchObject({ level: 3, no: "3", length: 1 });
    expect(numbering("⑵ 做好安全检查")).toMatchObject({ level: 4, no: "2", length: 2 });
    // the mark typed after a circled number is the number's ("①、联络处")
    expect(numbering("①、联络处")).toMatchObject({ level: 5, no: "①", length: 2 });
  });
});
