import { describe, expect, it } from "vitest";
import { extractPlan } from "../index.js";
import { recordDateYear } from "./recordDates.js";

describe("a government page's record dates a text that names no year (xmeta)", () => {
  it("reads the record's date field, in its cell or after a space", () => {
    expect(recordDateYear("索引号 | 0000-1-/2031-0405001 | 发布机构 | 青禾县教育局\n发布日期 | 2031-04-05 |")).toBe(2031);
    expect(recordDateYear("生成日期 2031-02-21 发布日期 2031-03-02")).toBe(2031);
    // (a post stamp or an index number is no record's date)
    expect(recordDateYear("2031-01-13 09:47:09 某某网")).toBeNull();
    expect(recordDateYear("索引号 12345/203103-00017")).toBeNull();
  });

  it("dates an undated notice under such a record", async () => {
    const text = "索引号 | 0000-1-/2031-0405001 | 发布机构 | 青禾县教育局 |\n公开目录 | 人事信息 | 发布日期 | 2031-04-05 |\n青禾县教育局关于做好教师调配工作的通知\n各学校：\n一、各校于5月底前上报空编情况。\n二、调配方案经审核后公布。\n";
    const { plan } = await extractPlan(text, { filename: "x.txt" });
    expect(plan.year).toBe(2031);
  });
});
