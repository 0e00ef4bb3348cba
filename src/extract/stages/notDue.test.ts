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
  it("drops what was done by the date and what starts after it; keeps a span after a start (xtargets25)", () => {
    expect(notDue("", "已完成场地验收")).toBe(true);
    expect(notDue("", "业已召开说明会")).toBe(true);
    expect(notDue("于", "开学后,将海报张贴于公布栏")).toBe(true);
    expect(notDue("", "以后陆续办理")).toBe(true);
    expect(notDue("于", "开学后两周内完成宣导")).toBe(false);
    expect(notDue("", "后勤处完成检修")).toBe(false);
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
  it("finds a report's record: under a 完成情况 label, or a clause opened by its day and told as done in full", () => {
    const t = "1、工程内容：新建食堂。\n2、完成情况：截止8月底某某学校完成食堂改造，完成投资80万元。";
    expect(progressReport(t, t.indexOf("8月"), t.indexOf("8月") + 3)).toBe(true);
    const u = "一、总体情况\n至2030年12月底，某某局圆满完成2030年实事工程建设任务。";
    expect(progressReport(u, u.indexOf("2030年12"), u.indexOf("2030年12") + 10)).toBe(true);
    const v = "一、工作目标\n至2031年12月底，确保圆满完成全部建设任务。";
    expect(progressReport(v, v.indexOf("2031"), v.indexOf("2031") + 10)).toBe(false);
    const w = "工作要求：截止8月底完成食堂改造。";
    expect(progressReport(w, w.indexOf("8月"), w.indexOf("8月") + 3)).toBe(false);
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

describe("notDue: the schedule a change replaces, the day a decision was taken (xtargets24)", () => {
  it("drops the dates after 原 / 原定 / 原为, the run of them up to this one", () => {
    expect(notDue("运动会原定于", "举行，现改期")).toBe(true);
    expect(notDue("冬令营原为", "至2月3日")).toBe(true);
    expect(notDue("原3月4日(星期二)及", "之课程，请另行安排")).toBe(true);
    // (原则, 原因: a word goes on after 原; as first set, 按原定, the date holds)
    expect(notDue("原则上于", "前完成")).toBe(false);
    expect(notDue("按原定", "前完成")).toBe(false);
  });
  it("drops the day a body decided, keeps what is due", () => {
    expect(notDue("市防控小组", "决定将返校日推迟")).toBe(true);
    expect(notDue("请于", "前决定参赛名单")).toBe(false);
    expect(notDue("", "(星期二)仍未报送的学校")).toBe(true);
  });
});

describe("notDue: how long a state lasts (xtargets24)", () => {
  it("drops the end of a state that lasts, keeps a postponed day", () => {
    expect(notDue("临时教室会持续延至明年", "，请各处室预作安排")).toBe(true);
    expect(notDue("寒潮将持续到", "")).toBe(true);
    expect(notDue("运动会延至", "举行")).toBe(false);
    expect(notDue("某某保护条例于", "修正施行")).toBe(true);
    expect(notDue("新制度于", "前施行到位")).toBe(false);
  });
});

describe("restPeriod: a break said with 为 (xtargets24)", () => {
  it("takes the span after 暑假为 as the break", () => {
    const t = "下学年暑假为7月12日至8月30日。";
    expect(restPeriod(t, t.indexOf("7月"), t.indexOf("。"))).toBe(true);
  });
});

describe("observanceDay", () => {
  it("reads a day named after a colon as the observance it is, not a deadline", async () => {
    const { observanceDay } = await import("./notDue.js");
    expect(observanceDay(":世界水日、中国水周;")).toBe(true);
    expect(observanceDay("：全国科普日。")).toBe(true);
    expect(observanceDay("：中秋节")).toBe(true);
    expect(observanceDay("：科技节开幕式在操场举行")).toBe(false);
    expect(observanceDay("前完成自查")).toBe(false);
    const { extractPlan } = await import("../index.js");
    const { plan } = await extractPlan("某校2031年工作安排\n1、3月22日:世界水日。组织学生开展节水宣传。\n2、3月31日前完成节水自查。", { filename: "o.txt" });
    expect(plan.tasks.map((t) => t.deadlines.map((d) => d.by))).toEqual([[], ["2031-03-31"]]);
  });
});
