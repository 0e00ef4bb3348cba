import { describe, expect, it } from "vitest";
import { notDue, progressReport, restLabelled, restPeriod, signatureDate, signerLine } from "./notDue.js";

describe("notDue", () => {
  it("keeps a plain deadline", () => {
    expect(notDue("各单位", "前完成自查")).toBe(false);
  });
  it("drops a standing rule, a notice's period, a waited-for or done event, a reason", () => {
    expect(notDue("每学年于", "组织体检")).toBe(true);
    expect(notDue("公示期为", "")).toBe(true);
    expect(notDue("待新楼", "竣工后")).toBe(true);
    expect(notDue("", "完成了验收")).toBe(true);
    expect(notDue("由于", "方案未定")).toBe(true);
    expect(notDue("", "由评审小组研究确定")).toBe(true);
  });
  it("drops the date of a document cited by its number, keeps a deadline after it (xdates23)", () => {
    expect(notDue("按照市局", "青教基字第58号文件要求")).toBe(true);
    expect(notDue("依据县局", "石教发〔2031〕12号通知")).toBe(true);
    expect(notDue("各校于", "前报送第2号表")).toBe(false);
  });
  it("finds a rest period in its clause or under a break's label", () => {
    const t = "教职工于8月1日至8月3日轮休";
    expect(restPeriod(t, t.indexOf("8月1日"), t.indexOf("轮休"))).toBe(true);
    const u = "国庆假期时间：10月1日";
    expect(restLabelled(u, u.indexOf("10月"))).toBe(true);
    expect(restPeriod(u, u.indexOf("10月"), u.length)).toBe(true);
    const w = "各校于8月1日前上报方案";
    expect(restPeriod(w, w.indexOf("8月"), w.indexOf("前"))).toBe(false);
    expect(restLabelled(w, w.indexOf("8月"))).toBe(false);
  });
  it("finds the date a progress report counts to", () => {
    const t = "截至6月底，已建成九所";
    expect(progressReport(t, t.indexOf("6月"), t.indexOf("，"))).toBe(true);
    const u = "到6月底建成九所";
    expect(progressReport(u, u.indexOf("6月"), u.indexOf("建"))).toBe(false);
  });
  it("finds a signature's date on its own line under the body that signs", () => {
    expect(signerLine("某某区教育局")).toBe(true);
    expect(signerLine("做好开学准备工作。")).toBe(false);
    const t = "请遵照执行。\n某某区教育局\n2030年3月1日";
    expect(signatureDate(t, t.indexOf("2030"), t.length)).toBe(true);
    const u = "请遵照执行。\n2030年3月1日前报送";
    expect(signatureDate(u, u.indexOf("2030"), u.indexOf("前"))).toBe(false);
  });
});
